import Foundation
import SOPCore
import SOPEngine
import SOPLint
import SOPModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SOP folder as the desk last read it: every SOP with its lint result, the role that starts
/// it, and the roles' names, for every page (the `Mulai kasus` link, the header) and for starting
/// a case. One cache, read on every request, so a new or edited file needs no restart:
///
/// - the folder and each file are `stat`ed (device, inode, size, modification and change times,
///   to the nanosecond); a file whose stat is as kept is not read;
/// - a file whose stat differs is read, and parsed and linted again only when its bytes differ
///   (a `touch` costs a read, not a parse); so does every file on a new day (lint rules depend
///   on the date);
/// - a stat taken within `settling` seconds of the file's last change is not trusted alone (a
///   write in the same clock tick can leave size and times unchanged): the bytes are compared
///   until the change is older than that, as git does with its index.
final class FolderCache: @unchecked Sendable {
    /// The folder's SOPs as read at one moment.
    struct Snapshot: Sendable {
        /// Every SOP file of the folder, by file name (calendars left out).
        let sops: [StartableSOP]
        /// Each role's name as the SOPs print it (the first SOP that names it).
        let names: [String: String]

        static let empty = Snapshot(sops: [], names: [:])
    }

    /// A file's identity and last change, from `stat`.
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
                && a.modified.tv_nsec == b.modified.tv_nsec && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }

        /// What a path that cannot be `stat`ed (gone, a dangling link) gives.
        static let none = Stamp(device: 0, inode: 0, size: -1, modified: timespec(), changed: timespec())

        /// The stat of `path`; `.none` when it cannot be taken.
        static func of(_ path: String) -> Stamp {
            var info = stat()
            guard stat(path, &info) == 0 else { return .none }
            return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modified: info.st_mtim, changed: info.st_ctim)
        }

        /// Whether the last change is more than `seconds` before `now` (real time).
        func settled(before now: timespec, seconds: Double) -> Bool {
            func value(_ time: timespec) -> Double { Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 }
            return self == .none || value(now) - max(value(modified), value(changed)) > seconds
        }
    }

    private struct File {
        var stamp: Stamp
        var settled: Bool
        var bytes: [UInt8]?
        /// nil for a calendar (not an SOP).
        var entry: StartableSOP?
    }

    /// Bytes read whole to be compared (a larger file is refused by the loader, which says so).
    static let readLimit = 16 << 20

    // @unchecked: everything below is read and written only under `lock`.
    private let lock = NSLock()
    private let folder: SOPFolder
    private let calendar: WorkCalendar
    /// Seconds after a change during which a file's stat alone is not trusted.
    private let settling: Double
    private var listing: (stamp: Stamp, settled: Bool, paths: [String])?
    private var files: [String: File] = [:]
    private var day = Int.min
    private var snapshot = Snapshot.empty
    private var parses = 0
    private var reads = 0

    init(folder: SOPFolder, calendar: WorkCalendar, settling: Double = 2) {
        self.folder = folder
        self.calendar = calendar
        self.settling = settling
    }

    /// The folder now (`today`: the desk's day, for the lint rules that depend on it).
    func current(today: Date) -> Snapshot {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let day = Int((today.timeIntervalSince1970 / 86400).rounded(.down))
        return lock.withLock { refresh(day: day, now: now, today: today) }
    }

    /// How many files were parsed and linted, and how many read only to be compared, so far.
    var counts: (parses: Int, reads: Int) { lock.withLock { (parses, reads) } }

    private func refresh(day: Int, now: timespec, today: Date) -> Snapshot {
        guard let paths = paths(now: now) else {
            files = [:]
            snapshot = .empty
            return snapshot
        }
        let newDay = day != self.day
        var changed = newDay || paths != snapshotPaths
        var fresh: [String: File] = [:]
        for path in paths {
            let stamp = Stamp.of(path)
            let settled = stamp.settled(before: now, seconds: settling)
            if var kept = files[path], !newDay {
                if kept.stamp == stamp, kept.settled {
                    fresh[path] = kept
                    continue
                }
                reads += 1
                if case .success(let bytes) = FileReader.read(path, limit: FolderCache.readLimit), bytes == kept.bytes {
                    kept.stamp = stamp
                    kept.settled = settled
                    fresh[path] = kept
                    continue
                }
            }
            changed = true
            parses += 1
            let (bytes, entry) = parse(path, today: today)
            fresh[path] = File(stamp: stamp, settled: settled, bytes: bytes, entry: entry)
        }
        files = fresh
        self.day = day
        guard changed else { return snapshot }
        snapshotPaths = paths
        let sops = paths.compactMap { fresh[$0]?.entry }
        var names: [String: String] = [:]
        for actor in sops.compactMap(\.sop).flatMap(\.actors) where names[actor.id.value] == nil { names[actor.id.value] = actor.lineName }
        snapshot = Snapshot(sops: sops, names: names)
        return snapshot
    }

    private var snapshotPaths: [String] = []

    /// The folder's YAML files: listed again only when the folder's own stat moved (a file
    /// added, removed or renamed changes it) or is recent. nil when the folder cannot be read.
    private func paths(now: timespec) -> [String]? {
        let stamp = Stamp.of(folder.path)
        guard stamp != .none else { return nil }
        if let listing, listing.stamp == stamp, listing.settled { return listing.paths }
        guard let paths = try? folder.files() else { return nil }
        listing = (stamp, stamp.settled(before: now, seconds: settling), paths)
        return paths
    }

    /// A file parsed and linted: the bytes read (nil when unreadable) and the SOP (nil for a calendar).
    private func parse(_ path: String, today: Date) -> ([UInt8]?, StartableSOP?) {
        switch SOPFolder.document(at: path) {
        case .calendar:
            if case .success(let bytes) = FileReader.read(path, limit: FolderCache.readLimit) { return (bytes, nil) }
            return (nil, nil)
        case .sop(let result):
            let findings = Linter(today: today).lint([.memory(path: result.source.path, bytes: result.source.bytes)])[0].diagnostics
            let entry = StartableSOP(nomor: result.sop?.nomor ?? result.source.path, judul: result.sop?.judul ?? "",
                                     path: result.source.path, bytes: result.source.bytes, sop: result.sop,
                                     hasErrors: result.hasErrors || findings.hasErrors || result.sop == nil,
                                     firstRole: result.sop.flatMap { Desk.firstRole(of: $0, calendar: calendar) })
            return (result.sop == nil && result.source.bytes.isEmpty ? nil : result.source.bytes, entry)
        }
    }
}
