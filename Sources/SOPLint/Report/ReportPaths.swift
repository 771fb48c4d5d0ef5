import Foundation

/// Paths as CI tools want them: relative to the working directory (the repository root in a CI
/// job), whether given relative (`sop/07.yaml`, `./sop/07.yaml`) or absolute
/// (`$CI_PROJECT_DIR/sop/07.yaml`). A path outside the working directory stays as given.
public struct ReportPaths: Sendable {
    /// The working directory, without a trailing slash.
    public let root: String

    public init(root: String = FileManager.default.currentDirectoryPath) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    /// The path relative to the root when it lies inside it (leading `./` dropped); nil for an
    /// absolute path elsewhere (or one that climbs out with `..`).
    public func relative(_ path: String) -> String? {
        var rest = Substring(path)
        if rest.hasPrefix("/") {
            if rest == root { return "." }
            let prefix = root == "/" ? "/" : root + "/"
            guard rest.hasPrefix(prefix) else { return nil }
            rest = rest.dropFirst(prefix.count)
        }
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        if rest.isEmpty { return "." }
        if rest == ".." || rest.hasPrefix("../") { return nil }
        return String(rest)
    }

    /// The path relative to the root where it can be, else as given.
    public func shown(_ path: String) -> String {
        relative(path) ?? path
    }
}
