import Foundation
import SOPCore
import Testing

/// Runs the built `sop` binary, as users do, and compares what it prints with golden files.
enum SOPBinary {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The `sop` executable next to the test bundle (same build folder).
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var folder = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sop").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("sop")
    }()

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// How long one run of `sop` may take before it is ended and the test fails: far beyond any
    /// command of the suite on a loaded machine, so that a child that hangs (a lock wait, a
    /// prompt no one answers) fails its test instead of holding the whole run forever.
    static let deadline: TimeInterval = 240

    /// Runs `sop` with a fixed, colourless environment in the repository root (or `directory`),
    /// through `ChildProcess` (not Foundation's `Process`, whose `run()` crashes now and then on
    /// this toolchain); a child still running after `deadline` is killed and the test fails
    /// saying which command hung.
    static func run(_ arguments: [String], environment extra: [String: String] = [:], directory: URL? = nil,
                    stdin: String? = nil, executable: URL = executable, deadline: TimeInterval = deadline,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        var environment = ["PATH": "/usr/bin:/bin", "COLUMNS": "100", "LANG": "C.UTF-8",
                           "HOME": FileManager.default.temporaryDirectory.path]
        environment.merge(extra) { _, new in new }
        let outcome = try ChildProcess.run(executable.path, arguments: arguments, environment: environment,
                                           directory: (directory ?? root).path, input: Data((stdin ?? "").utf8), deadline: deadline)
        if outcome.timedOut {
            Issue.record("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not end within \(deadline) s: killed",
                         sourceLocation: sourceLocation)
        }
        return Output(status: outcome.status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
                      stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }

    /// Compares with Tests/EndToEndTests/Golden/NAME; SOP_UPDATE_GOLDEN=1 rewrites the file.
    /// `maskingDigests`: every 64-hex-digit digest reads `<digest>` (a report's chain head digest
    /// depends on the cases' random tracking codes).
    static func expectGolden(_ text: String, _ name: String, maskingDigests: Bool = false,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = maskingDigests ? maskDigests(text) : text
        let url = root.appendingPathComponent("Tests/EndToEndTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["SOP_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "output differs from golden \(name); SOP_UPDATE_GOLDEN=1 rewrites it",
                sourceLocation: sourceLocation)
    }

    static func maskDigests(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{64}", with: "<digest>", options: .regularExpression)
    }

    /// A temporary working folder whose `sop/` subfolder holds the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sop-e2e-\(UUID().uuidString)")
        let sop = url.appendingPathComponent("sop")
        try FileManager.default.createDirectory(at: sop, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: sop.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }
}

