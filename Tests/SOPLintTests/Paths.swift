import Foundation

/// Paths inside the repository, from this file's location.
enum Paths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/" + name }
}
