#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import SOPCore
import SOPYAML

/// Reads a whole file with POSIX calls, refusing files above a size bound before reading them.
/// The one reader of every file a user names: SOPs and calendars (show, render, run, list, lint),
/// `--answers` files and `@file` outputs. Only regular files are read: the file is opened
/// non-blocking and checked with fstat on that same descriptor, so a FIFO, a device or a
/// directory is refused at once (a FIFO without a writer would otherwise block for ever, and
/// `/dev/zero` never ends).
public enum FileReader {
    public enum Failure: Error, Sendable, Equatable {
        case unreadable(reason: Localized)
        case tooLarge(bytes: Int)
        case isDirectory
        case notRegular(kind: Catalog.Faults.FileKind)

        public func diagnostic(path: String, limit: Int) -> Diagnostic {
            switch self {
            case .unreadable(let reason):
                .error(Code.unreadable, Catalog.Faults.unreadable(path, reason: reason), at: nil)
            case .isDirectory:
                .error(Code.unreadable, Catalog.Faults.notRegularFile(path, kind: .directory), at: nil)
            case .notRegular(let kind):
                .error(Code.unreadable, Catalog.Faults.notRegularFile(path, kind: kind), at: nil)
            case .tooLarge(let bytes):
                .error(YAMLReader.Code.tooLarge, Catalog.YAML.fileTooLarge(bytes: bytes, limit: limit),
                       at: Location(file: path, mark: .start))
            }
        }

        /// The message alone (answers files, attachments), with what the limit is for.
        public func message(path: String, limit: Int, what: Catalog.Faults.LimitedFile) -> Localized {
            if case .tooLarge(let bytes) = self { return Catalog.Faults.fileTooLarge(path, what: what, bytes: bytes, limit: limit) }
            return diagnostic(path: path, limit: limit).message
        }
    }

    public enum Code {
        public static let unreadable: DiagnosticCode = "io-unreadable"
    }

    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.unreadable(reason: errnoText())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: errnoText())) }
        switch Catalog.Faults.kind(mode: info.st_mode) {
        case nil: break
        case .directory: return .failure(.isDirectory)
        case let kind?: return .failure(.notRegular(kind: kind))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(bytes: size)) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var total = 0
        while true {
            if total == bytes.count {
                // The file may have grown since fstat; read on in chunks up to the limit.
                if total > limit { return .failure(.tooLarge(bytes: total)) }
                bytes.append(contentsOf: repeatElement(0, count: 4096))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: errnoText()))
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeSubrange(total...)
        if total > limit { return .failure(.tooLarge(bytes: total)) }
        return .success(bytes)
    }

    /// Why open or read failed, in the user's words (never the C library's English).
    static func errnoText() -> Localized {
        Catalog.Faults.reason(errno: errno)
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
