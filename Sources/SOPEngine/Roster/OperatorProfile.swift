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
