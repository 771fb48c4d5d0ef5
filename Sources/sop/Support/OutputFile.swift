#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import SOPCore
import SOPRender

/// `-o FILE` of `sop report` and `sop render`: written whole into a new file beside it, then
/// renamed over it, so a reader never sees half a file. A folder, a device or a FIFO named
/// as output is refused with a message (never Foundation's "NSCocoaErrorDomain error 512").
enum OutputFile {
    /// `mode` for a new file: 0600 for reports (they name operators and cases), 0644 for SOP
    /// documents; the umask narrows it further. An existing file keeps being replaced, with the
    /// new file's mode.
    static func write(_ bytes: Data, to path: String, mode: mode_t, language: Language) throws(CommandFailure) {
        var info = stat()
        if stat(path, &info) == 0, let kind = Catalog.Faults.kind(mode: info.st_mode) {
            throw CommandFailure(Catalog.Faults.cannotWrite(path, reason: Catalog.Faults.notRegularReason(kind)),
                                 language: language, exitCode: 2)
        }
        let temporary = path + ".sop-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(path, errno, language) }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return fsync(descriptor) == 0
        }
        let code = errno
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            let code = ok ? errno : code
            unlink(temporary)
            throw failure(path, code, language)
        }
    }

    /// To `output` when one is named, else to stdout.
    static func write(_ bytes: Data, to output: String?, mode: mode_t, language: Language) throws(CommandFailure) {
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        try write(bytes, to: output, mode: mode, language: language)
    }

    /// A PDF printed through Chromium, never sent to a terminal.
    static func pdf(html: String, output: String?, global: GlobalOptions) throws(CommandFailure) -> Data {
        let language = global.language
        if output == nil, global.stdout.isTTY {
            throw CommandFailure(Catalog.Render.pdfToTerminal, language: language, exitCode: 2)
        }
        do {
            return try ChromiumPrinter.print(html: html, environment: global.environment)
        } catch {
            throw CommandFailure(error.message, language: language, exitCode: 2)
        }
    }

    private static func failure(_ path: String, _ code: Int32, _ language: Language) -> CommandFailure {
        CommandFailure(Catalog.Faults.cannotWrite(path, reason: Catalog.Faults.reason(errno: code)), language: language, exitCode: 2)
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
