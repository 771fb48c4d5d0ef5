import Foundation
import SOPCore

/// The files `sop lint PATH…` checks: each file given, and every `*.yaml` / `*.yml` inside each
/// folder given, recursively (hidden files and folders, and links to folders, are skipped).
/// Sorted by path, each once.
public enum LintTargets {
    public enum Failure: Error, Sendable, Equatable {
        case notFound(String)
        case unreadableFolder(String, reason: Localized)
    }

    public static func collect(_ paths: [String]) throws(Failure) -> [String] {
        var files = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A link that loops or points nowhere is there: the reader says why it cannot be read.
                if (try? FileManager.default.attributesOfItem(atPath: path)) != nil {
                    files.insert(path)
                    continue
                }
                throw .notFound(path)
            }
            if isDirectory.boolValue {
                try walk(path, into: &files)
            } else {
                files.insert(path)
            }
        }
        return files.sorted()
    }

    public static func isYAML(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    private static func walk(_ folder: String, into files: inout Set<String>) throws(Failure) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(folder, reason: Catalog.Console.reason(of: error))
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if type != .typeSymbolicLink { try walk(path, into: &files) }
            } else if exists || type == .typeSymbolicLink, isYAML(name) {
                files.insert(path)
            }
        }
    }
}
