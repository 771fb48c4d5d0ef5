import Foundation
import SOPCore

/// The key that seals chain heads: 32 random bytes, written as 64 hex digits in a file only its
/// owner may read (mode 0600), kept off the database server. A file others can read is refused.
public enum SealKey {
    public enum Failure: Error, Sendable, Equatable {
        case missing(String)
        case tooOpen(String, mode: String)
        case unreadable(String, detail: Localized)

        public var message: Localized {
            switch self {
            case .missing(let path): Catalog.Chain.keyMissing(path)
            case .tooOpen(let path, let mode): Catalog.Chain.keyTooOpen(path, mode: mode)
            case .unreadable(let path, let detail): Catalog.Chain.keyUnreadable(path, detail: detail)
            }
        }
    }

    /// Reads the key at `path`.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .missing(path) }
            throw .unreadable(path, detail: Catalog.Faults.reason(errno: errno))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path, detail: Catalog.Console.notRegularFile) }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else { throw .tooOpen(path, mode: String(mode, radix: 8)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, detail: Catalog.Faults.reason(errno: EACCES))
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.count == 64, let key = SHA256.bytes(hex: text) else {
            throw .unreadable(path, detail: Catalog.Console.keyNotHex)
        }
        return key
    }

    /// Reads the key, or makes a new one (not written yet: `create` writes it once it is used); true when new.
    public static func readOrNew(_ path: String) throws(Failure) -> (key: [UInt8], new: Bool) {
        do {
            return (try read(path), false)
        } catch .missing {
            return (SHA256.randomKey(), true)
        }
    }

    /// Writes a new key at `path` (mode 0600, never over an existing file).
    public static func create(_ path: String, key: [UInt8]) throws(Failure) {
        do {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else { throw .unreadable(path, detail: Catalog.Faults.reason(errno: errno)) }
            defer { close(descriptor) }
            let text = Array((key.map { String(format: "%02x", $0) }.joined() + "\n").utf8)
            guard write(descriptor, text, text.count) == text.count, fsync(descriptor) == 0 else {
                throw .unreadable(path, detail: Catalog.Faults.reason(errno: errno))
            }
        }
    }
}
