import Foundation

/// One unmasking of a case's personal data (NIK, phone, address), or one attempt refused: who,
/// when, which case, by which command. Kept in the store's append-only access log (issue 11,
/// tester 11's F1), each entry chained to the one before it (`AccessLogChain` in SOPStore).
public struct PersonalAccess: Sendable, Equatable {
    public var at: Date
    /// The operator who unmasked: the desk's checked name on SQLite, the connected database user
    /// on PostgreSQL (written by the server, not by the client).
    public var operatorName: String
    public var caseID: String
    /// The command or page that unmasked, e.g. `sop case --show-personal`.
    public var command: String
    /// Why the attempt was refused (a code, `Refusal`), nil when the data was shown.
    public var refused: String?
    /// The entry's place in the log (1, 2, …) and its chain hash, once stored; 0 and nil before.
    public var sequence: Int
    public var hash: String?

    public init(at: Date, operatorName: String, caseID: String, command: String, refused: String? = nil, sequence: Int = 0,
                hash: String? = nil) {
        self.at = at
        self.operatorName = operatorName
        self.caseID = caseID
        self.command = command
        self.refused = refused
        self.sequence = sequence
        self.hash = hash
    }

    /// The codes of a refused attempt, as stored.
    public enum Refusal {
        /// The roster is in force and the operator holds no role for the case's SOP.
        public static let noRole = "no-role"
    }

    /// The entry as it was asked for, without what the store adds (its place and hash).
    public var unstored: PersonalAccess {
        PersonalAccess(at: at, operatorName: operatorName, caseID: caseID, command: command, refused: refused)
    }
}

/// A store that keeps the access log: each unmasking (and each refused attempt) appended before
/// anything is shown; rows are never updated nor deleted (the store refuses it), and each carries
/// the hash of the one before it, written in the same transaction.
public protocol PersonalAccessLog: AnyObject {
    /// Appends one unmasking or refused attempt, chained after the log's last entry. On
    /// PostgreSQL the server records its session user, its clock, the place and the hash,
    /// whatever `access` says.
    func recordPersonalAccess(_ access: PersonalAccess) throws(StoreError)
    /// The entries of one case, oldest first.
    func personalAccesses(of caseID: String) throws(StoreError) -> [PersonalAccess]
    /// The whole log, by its place: what `sop db verify` checks and `sop db copy` carries.
    func personalAccessLog() throws(StoreError) -> [PersonalAccess]
}
