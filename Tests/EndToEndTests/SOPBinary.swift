import Foundation
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

    /// Runs `sop` with a fixed, colourless environment in the repository root (or `directory`).
    static func run(_ arguments: [String], environment extra: [String: String] = [:], directory: URL? = nil,
                    stdin: String? = nil, executable: URL = executable) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ["PATH": "/usr/bin:/bin", "COLUMNS": "100", "LANG": "C.UTF-8",
                           "HOME": FileManager.default.temporaryDirectory.path]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
