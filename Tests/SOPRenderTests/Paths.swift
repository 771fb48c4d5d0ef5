import Foundation

/// Paths inside the repository, from this file's location.
enum Paths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var sop01: String { root + "/sop/01-pengaduan-langsung.yaml" }
    static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/" + name }
}
