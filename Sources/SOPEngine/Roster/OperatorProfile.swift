import Foundation

/// An operator's full name and NIP as official papers print them (the receipt's officers and its
/// signature line), set by the role administrator; the login stays the name in the history
/// (tester 11's F23).
public struct OperatorProfile: Sendable, Equatable {
    public var operatorName: String
    public var fullName: String
    /// The civil servant's NIP (18 digits), empty for staff without one.
    public var nip: String
    public var setAt: Date
    public var setBy: String

    public init(operatorName: String, fullName: String, nip: String, setAt: Date, setBy: String) {
        self.operatorName = operatorName
        self.fullName = fullName
        self.nip = nip
        self.setAt = setAt
        self.setBy = setBy
    }

    /// The NIP as Indonesian papers print it, in its groups (birth date, TMT CPNS, sex, serial
    /// number): "19880512 201101 2 003", as the SOP's signer NIP is printed (tester 29, F8);
    /// stored as the 18 digits. Empty without one; as stored when not 18 digits.
    public var printedNIP: String { Self.printedNIP(nip) }

    public static func printedNIP(_ nip: String) -> String {
        guard validNIP(nip) else { return nip }
        let digits = Array(nip)
        return [0..<8, 8..<14, 14..<15, 15..<18].map { String(digits[$0]) }.joined(separator: " ")
    }

    /// Whether a NIP is well formed: 18 digits.
    public static func validNIP(_ nip: String) -> Bool { nip.count == 18 && nip.allSatisfy { $0.isASCII && $0.isNumber } }
}

/// A store that keeps operators' full names and NIPs (one row per operator, the latest wins).
public protocol OperatorProfileStore: AnyObject {
    func operatorProfiles() throws(StoreError) -> [OperatorProfile]
    /// Sets or replaces one operator's profile. On PostgreSQL the server refuses it unless the
    /// session user is a role administrator (or the roster is still empty).
    func saveOperatorProfile(_ profile: OperatorProfile) throws(StoreError)
}
