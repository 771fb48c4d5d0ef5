import _CryptoExtras
import Crypto
import Foundation
import SOPEngine

/// PINs as salted scrypt hashes (swift-crypto): slow on purpose, so that a copied store does not
/// give the PINs away cheaply. N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s a try).
public enum PINHash {
    public static let parameters = "scrypt:32768:8:1"

    public static func make(_ pin: String, operatorName: String, at time: Date, by: String) throws -> PINRecord {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255, using: &generator) }
        return PINRecord(operatorName: operatorName, salt: salt, hash: try derive(pin, salt: salt, parameters: parameters),
                         parameters: parameters, setAt: time, setBy: by)
    }

    /// Whether the PIN matches the record (compared in constant time).
    public static func verify(_ pin: String, against record: PINRecord) -> Bool {
        guard let derived = try? derive(pin, salt: record.salt, parameters: record.parameters),
            derived.count == record.hash.count
        else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(derived, record.hash) { difference |= a ^ b }
        return difference == 0
    }

    static func derive(_ pin: String, salt: [UInt8], parameters: String) throws -> [UInt8] {
        let parts = parameters.split(separator: ":")
        guard parts.count == 4, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]) else {
            throw PINHashError.unknownParameters(parameters)
        }
        let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32, rounds: n, blockSize: r,
                                           parallelism: p)
        return key.withUnsafeBytes { Array($0) }
    }
}

enum PINHashError: Error {
    case unknownParameters(String)
}
