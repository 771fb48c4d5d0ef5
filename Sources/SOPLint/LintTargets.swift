import Foundation
import SOPCore
import SOPModel

/// The files `sop lint PATH…` checks: each file given, and every `*.yaml` / `*.yml` (in any
/// capitals: `B.YAML`, `c.Yml`, as the desk reads them) inside each folder given, recursively
/// (hidden files and folders, and links to folders, are skipped). Sorted by path, each once.
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

    /// Every path, each taken on its own: the files found, in path order, and a path that does
    /// not exist or a folder that cannot be listed as a failed input in its place, so the other
    /// files are still linted and reported (`sop lint a.yaml hilang.yaml` exits 2 after both).
    /// A folder that holds no SOP file is a failed input too (tester 12, F16: a CI job that
    /// lints nothing must not pass).
    public static func inputs(_ paths: [String]) -> [LintInput] {
        var inputs: [String: LintInput] = [:]
        for path in paths {
            do {
                let files = try collect([path])
                if files.isEmpty { inputs[path] = .noSOPFiles(folder: path) }
                for file in files where inputs[file] == nil { inputs[file] = .file(path: file) }
            } catch {
                switch error {
                case .notFound(let missing):
                    inputs[missing] = .failed(path: missing, message: Catalog.Lint.pathNotFound(missing))
                case .unreadableFolder(let folder, let reason):
                    inputs[folder] = .failed(path: folder, message: Catalog.Lint.folderUnreadable(folder, reason: reason))
                }
            }
        }
        return inputs.keys.sorted().compactMap { inputs[$0] }
    }

    public static func isYAML(_ name: String) -> Bool {
        SOPFolder.isSOPFileName(name)
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
