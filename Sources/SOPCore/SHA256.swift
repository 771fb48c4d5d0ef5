import Crypto
import Foundation

/// SHA-256 and HMAC-SHA256 (FIPS 180-4, RFC 2104) through apple/swift-crypto: the content hash
/// that pins a case to the exact SOP it started with, names stored attachments, links each case
/// event to the one before it, and seals chain heads with a key kept outside the database.
public enum SHA256 {
    /// Lower-case hex digest of the bytes.
    public static func hex<D: DataProtocol>(_ bytes: D) -> String {
        Crypto.SHA256.hash(data: bytes).withUnsafeBytes(hexDigits)
    }

    /// The same for bytes in one buffer (every event's chain hash): hashed in place, without
    /// the generic walk over DataProtocol's regions.
    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(raw: $0) }
    }

    /// The same for bytes in place (the chain's canonical form, written in a temporary buffer).
    public static func hex(raw bytes: UnsafeRawBufferPointer) -> String {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: bytes)
        return hasher.finalize().withUnsafeBytes(hexDigits)
    }

    /// Lower-case hex HMAC-SHA256 of the message under the key.
    public static func hmacHex<D: DataProtocol>(key: [UInt8], _ message: D) -> String {
        HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)).withUnsafeBytes(hexDigits)
    }

    /// Whether `hex` is the HMAC-SHA256 of the message under the key (compared in constant time).
    public static func hmacMatches<D: DataProtocol>(key: [UInt8], _ message: D, hex: String) -> Bool {
        guard let code = bytes(hex: hex) else { return false }
        return HMAC<Crypto.SHA256>.isValidAuthenticationCode(code, authenticating: message, using: SymmetricKey(data: key))
    }

    /// Random bytes from the system's secure generator (for new keys).
    public static func randomKey(bytes count: Int = 32) -> [UInt8] {
        SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Array($0) }
    }

    public static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension SHA256 {
    /// Two lower-case hex digits per byte, written straight into the string's storage.
    static func hexDigits(_ raw: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: raw.count * 2) { out in
            for (index, byte) in raw.enumerated() {
                out[2 * index] = digit(byte >> 4)
                out[2 * index + 1] = digit(byte & 0x0f)
            }
            return raw.count * 2
        }
    }

    private static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
