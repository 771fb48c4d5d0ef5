import Foundation
import SOPEngine
import SOPStore

/// The web desk's one check of a typed PIN, for the login (`LoginRoutes`) and `/ganti-pin`
/// (`PINRoutes`): a locked name costs the same scrypt work and fails without counting; otherwise
/// the PIN is verified, `further` (the one-time code at login) asked only of a right PIN, and the
/// attempt counted (a failure toward the lock, a success clearing it).
enum PINCheck {
    static func passes(_ pin: String, record: PINRecord, store: RosterStore, at now: Date,
                       further: () throws -> Bool = { true }) throws -> Bool {
        if let until = record.lockedUntil, until > now {
            _ = PINHash.verify(pin, against: record)
            return false
        }
        var matches = PINHash.verify(pin, against: record)
        if matches { matches = try further() }
        _ = try store.recordPINAttempt(of: record.operatorName, success: matches, at: now)
        return matches
    }
}
