import Foundation
import SOPCore
import SOPEngine
import SOPModel
@testable import SOPServer
import Testing

/// The one cache of the SOP folder (`FolderCache`): a file whose stat is as kept is not read; a
/// file whose stat moved is read and compared, and parsed and linted again only when its bytes
/// changed; a stat taken while the change is recent is not trusted alone.
@Suite struct FolderCacheTests {
    static let monday = Date(timeIntervalSince1970: 1_796_004_000)

    static func folder() throws -> (URL, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-folder-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01-pengaduan-langsung.yaml")
        try Data(contentsOf: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml")).write(to: file)
        return (folder, file)
    }

    @Test func anUnchangedFolderIsNeitherReadNorParsedAgain() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // settling 0: the stat is trusted as soon as the change is in the past.
        let cache = FolderCache(folder: SOPFolder(path: folder.path), calendar: .standard, settling: 0)
        let first = cache.current(today: Self.monday)
        #expect(first.sops.map(\.nomor) == ["01"])
        #expect(first.sops[0].firstRole == "resepsionis")
        #expect(!first.sops[0].hasErrors)
        #expect(first.names["resepsionis"] == "Resepsionis")
        #expect(cache.counts.parses == 1)
        for _ in 0..<20 { _ = cache.current(today: Self.monday) }
        #expect(cache.counts.parses == 1)
        #expect(cache.counts.reads == 0)
    }

    @Test func aTouchedFileIsReadButNotParsedAndAnEditedOneIsParsed() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = FolderCache(folder: SOPFolder(path: folder.path), calendar: .standard, settling: 0)
        _ = cache.current(today: Self.monday)
        // Same bytes, a new modification time: read to be compared, not parsed.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file.path)
        #expect(cache.current(today: Self.monday).sops.count == 1)
        #expect(cache.counts.parses == 1)
        #expect(cache.counts.reads == 1)
        // Edited: a lint error (a NIP that is not 18 digits). Parsed and linted again.
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "nip: 19700907 199602 1 001", with: "nip: \"12345\"").utf8).write(to: file)
        let edited = cache.current(today: Self.monday)
        #expect(cache.counts.parses == 2)
        #expect(edited.sops[0].hasErrors)
        #expect(edited.sops[0].firstRole == "resepsionis")
        // A new day lints again (some rules depend on the date).
        _ = cache.current(today: Self.monday.addingTimeInterval(86400))
        #expect(cache.counts.parses == 3)
    }

    @Test func anEditThatKeepsSizeAndModificationTimeIsFound() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The default settling (a change within the last 2 seconds is checked by its bytes), and the change time.
        let cache = FolderCache(folder: SOPFolder(path: folder.path), calendar: .standard)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        #expect(cache.current(today: Self.monday).sops[0].judul == "Pelayanan Pengaduan Langsung")
        // The same size, and the modification time put back: only the bytes tell.
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "judul: Pelayanan Pengaduan Langsung", with: "judul: Pelayanan Pengaduan Langsunk").utf8)
            .write(to: file)
        if let before { try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: file.path) }
        #expect(cache.current(today: Self.monday).sops[0].judul == "Pelayanan Pengaduan Langsunk")
    }

    @Test func aFileAddedOrRemovedIsSeen() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = FolderCache(folder: SOPFolder(path: folder.path), calendar: .standard, settling: 0)
        #expect(cache.current(today: Self.monday).sops.count == 1)
        try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent("02-salinan.yaml"))
        #expect(cache.current(today: Self.monday).sops.map(\.path.lastPathComponentForTest) == ["01-pengaduan-langsung.yaml", "02-salinan.yaml"])
        try FileManager.default.removeItem(at: file)
        #expect(cache.current(today: Self.monday).sops.map(\.path.lastPathComponentForTest) == ["02-salinan.yaml"])
        try FileManager.default.removeItem(at: folder)
        #expect(cache.current(today: Self.monday).sops.isEmpty)
    }
}

extension String {
    fileprivate var lastPathComponentForTest: String { (self as NSString).lastPathComponent }
}
