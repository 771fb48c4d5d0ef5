import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the `sop` binary on a pseudo-terminal, as a person at a desk would: it sees a TTY,
/// reads what it prompts, and types answers.
final class PseudoTerminal: @unchecked Sendable {
    let process = Process()
    private let master: FileHandle
    private let masterFD: Int32
    private let reader = DispatchGroup()
    private let lock = NSLock()
    private var buffer = Data()
    private var cursor = 0

    /// `columns`: the window size the terminal reports (TIOCGWINSZ); nil reports none, so
    /// COLUMNS decides.
    init(_ arguments: [String], environment: [String: String], directory: URL, columns: UInt16? = nil) throws {
        var masterFD: Int32 = -1, slaveFD: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: columns ?? 0, ws_xpixel: 0, ws_ypixel: 0)
        let opened = columns == nil ? openpty(&masterFD, &slaveFD, nil, nil, nil) : openpty(&masterFD, &slaveFD, nil, nil, &size)
        guard opened == 0 else { throw POSIXError(.EIO) }
        self.masterFD = masterFD
        master = FileHandle(fileDescriptor: masterFD, closeOnDealloc: true)
        let slave = FileHandle(fileDescriptor: slaveFD, closeOnDealloc: true)
        process.executableURL = SOPBinary.executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
        // Read with plain read(2): once the child exits, the master side reports EIO, which
        // FileHandle turns into a crash.
        reader.enter()
        Thread.detachNewThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = Glibc.read(self.masterFD, &chunk, chunk.count)
                if count <= 0 { break }
                lock.withLock { buffer.append(contentsOf: chunk[0..<count]) }
            }
            reader.leave()
        }
    }

    var output: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

    /// Waits until `text` appears after what was already consumed; returns everything up to it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let found: String? = lock.withLock {
                let unread = String(decoding: buffer[cursor...], as: UTF8.self)
                guard let range = unread.range(of: text) else { return nil }
                cursor += unread[..<range.upperBound].utf8.count
                return String(unread[..<range.upperBound])
            }
            if let found { return found }
            if !process.isRunning, !output.isEmpty {
                Thread.sleep(forTimeInterval: 0.05)
                if !lock.withLock({ String(decoding: buffer[cursor...], as: UTF8.self).contains(text) }) { break }
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw ExpectFailure(expected: text, output: output)
    }

    func type(_ line: String) {
        master.write(Data((line + "\n").utf8))
    }

    /// Ctrl-D at the start of a line: end of input.
    func endOfInput() {
        master.write(Data([0x04]))
    }

    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func wait() -> Int32 {
        process.waitUntilExit()
        _ = reader.wait(timeout: .now() + 5)
        return process.terminationStatus
    }

    struct ExpectFailure: Error, CustomStringConvertible {
        let expected: String
        let output: String
        var description: String { "did not see \"\(expected)\" in:\n\(output)" }
    }
}
