import Foundation

/// One unmasking of a case's personal data (NIK, phone, address): who, when, which case, by which
/// command. Kept in the store's append-only access log (issue 11, tester 11's F1).
public struct PersonalAccess: Sendable, Equatable {
    public var at: Date
    /// The operator who unmasked: the desk's checked name on SQLite, the connected database user
    /// on PostgreSQL (written by the server, not by the client).
    public var operatorName: String
    public var caseID: String
    /// The command or page that unmasked, e.g. `sop case --show-personal`.
    public var command: String

    public init(at: Date, operatorName: String, caseID: String, command: String) {
        self.at = at
        self.operatorName = operatorName
        self.caseID = caseID
        self.command = command
    }
}

/// A store that keeps the access log: each unmasking appended before the data is shown; rows are
/// never updated nor deleted (the store refuses it).
public protocol PersonalAccessLog: AnyObject {
    /// Appends one unmasking. On PostgreSQL the server records its session user as the operator,
    /// whatever `operatorName` says.
    func recordPersonalAccess(_ access: PersonalAccess) throws(StoreError)
    /// The unmaskings of one case, oldest first.
    func personalAccesses(of caseID: String) throws(StoreError) -> [PersonalAccess]
}
