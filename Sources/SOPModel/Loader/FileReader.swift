#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import SOPCore
import SOPYAML

/// Reads a whole file with POSIX calls, refusing files above a size bound before reading them.
public enum FileReader {
    public enum Failure: Error, Sendable, Equatable {
        case unreadable(reason: String)
        case tooLarge(bytes: Int)
        case isDirectory

        public func diagnostic(path: String, limit: Int) -> Diagnostic {
            switch self {
            case .unreadable(let reason):
                .error(Code.unreadable, Catalog.unreadableFile(path, reason: reason), at: nil)
            case .isDirectory:
                .error(Code.unreadable, Catalog.unreadableFile(path, reason: "is a directory"), at: nil)
            case .tooLarge(let bytes):
                .error(YAMLReader.Code.tooLarge, Catalog.YAML.fileTooLarge(bytes: bytes, limit: limit),
                       at: Location(file: path, mark: .start))
            }
        }
    }

    public enum Code {
        public static let unreadable: DiagnosticCode = "io-unreadable"
    }

    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason: errnoText())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: errnoText())) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
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

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
