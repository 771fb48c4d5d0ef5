import Foundation
import SOPCore
import SOPYAML

/// The SOP folder (./sop, --sop-dir or SOP_DIR) and how a reference like "01" finds its file.
public struct SOPFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// --sop-dir wins, then SOP_DIR, then ./sop.
    public static func locate(option: String?, environment: [String: String]) -> SOPFolder {
        if let option, !option.isEmpty { return SOPFolder(path: option) }
        if let value = environment["SOP_DIR"], !value.isEmpty { return SOPFolder(path: value) }
        return SOPFolder(path: "sop")
    }

    public enum Failure: Error, Sendable, Equatable {
        case missingFolder(String)
        case unreadableFolder(String, reason: Localized)
        case notFound(reference: String, folder: String, known: [String])
        case ambiguous(reference: String, files: [String])
    }

    /// The YAML files directly in the folder, sorted by name.
    public func files() throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(path)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadableFolder(path, reason: Catalog.Console.reason(of: error))
        }
        return names.filter(Self.isSOPFileName)
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { join(path, $0) }
    }

    /// Whether a file name is one of an SOP (or the calendar): `*.yaml` or `*.yml`, in any
    /// capitals (`B.YAML`, `c.Yml`: files saved by Windows tools), for the desk and `sop lint` alike.
    public static func isSOPFileName(_ name: String) -> Bool {
        let bytes = name.utf8
        for suffix in [".yaml", ".yml"] where bytes.count > suffix.utf8.count {
            if zip(bytes.suffix(suffix.utf8.count), suffix.utf8).allSatisfy({ $0 | 0x20 == $1 }) { return true }
        }
        return false
    }

    /// A file of the folder, read as the kind it is.
    public enum Document: Sendable {
        case sop(LoadResult)
        case calendar(CalendarLoadResult)
    }

    /// Every YAML file of the folder, each read once and told apart by its top-level keys.
    public func documents() throws(Failure) -> [Document] {
        try files().map(Self.document)
    }

    public static func document(at path: String) -> Document {
        switch FileReader.read(path, limit: ReaderLimits.standard.maxBytes) {
        case .failure:
            return .sop(SOPLoader.load(path: path))
        case .success(let bytes):
            let yaml = YAMLReader.read(bytes, path: path)
            let keys = yaml.root?.mapping?.pairs.map(\.key.value) ?? []
            if CalendarLanguage.isCalendar(topLevelKeys: keys) { return .calendar(CalendarLoader.load(document: yaml)) }
            return .sop(SOPLoader.load(document: yaml))
        }
    }

    /// The SOPs of the folder (calendars and other kinds left out).
    public func loadAll() throws(Failure) -> [LoadResult] {
        try documents().compactMap { document in
            if case .sop(let result) = document { return result }
            return nil
        }
    }

    /// The folder's calendar file, if it has one (the first by name when there are several;
    /// `sop lint` reports the others).
    /// Each file is read as YAML only to tell its kind: an SOP is not loaded (`sop tasks` and the
    /// other commands that need only the calendar do not pay for every SOP of a big folder).
    public func calendar() throws(Failure) -> CalendarLoadResult? {
        for file in try files() {
            guard case .success(let bytes) = FileReader.read(file, limit: ReaderLimits.standard.maxBytes) else { continue }
            let yaml = YAMLReader.read(bytes, path: file)
            let keys = yaml.root?.mapping?.pairs.map(\.key.value) ?? []
            if CalendarLanguage.isCalendar(topLevelKeys: keys) { return CalendarLoader.load(document: yaml) }
        }
        return nil
    }

    /// "01" by nomor or by the short code of the file name ("01-pengaduan-langsung.yaml"),
    /// ignoring case and spacing ("7" finds "07-…", "000.8.3.3/412/diskop-b" the nomor
    /// "000.8.3.3/ 412 /DISKOP-B"); a path to a file is loaded as it is.
    public func resolve(_ reference: String) throws(Failure) -> LoadResult {
        if reference.contains("/") || Self.isSOPFileName(reference) {
            // lstat, not stat: a symbolic link that loops is a file named here, refused as unreadable.
            if (try? FileManager.default.attributesOfItem(atPath: reference)) != nil {
                return SOPLoader.load(path: reference)
            }
        }
        let all = try loadAll()
        let byNomor = all.filter { $0.sop.map { ShortCode.matches($0.nomor, reference) } ?? false }
        let byName = all.filter { Self.fileName($0.source.path, matches: reference) }
        var matches: [LoadResult] = []
        for result in byNomor + byName where !matches.contains(where: { $0.source.path == result.source.path }) {
            matches.append(result)
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw .notFound(reference: reference, folder: path, known: all.compactMap { $0.sop?.nomor })
        }
        throw .ambiguous(reference: reference, files: matches.map(\.source.path))
    }

    /// "01" (or "1") matches "01-x.yaml", "01_x.yaml", "01.yaml" and "01.x.yaml".
    static func fileName(_ path: String, matches reference: String) -> Bool {
        guard let code = ShortCode.of(path: path) else { return false }
        return ShortCode.matches(code, reference)
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
