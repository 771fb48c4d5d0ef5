import Foundation
import SOPCore

/// One line of the roster's append-only history: who granted or revoked which role to whom,
/// for every SOP of the unit (`sop` nil) or for one SOP, and when. Sequences are gapless from 1.
public struct RosterEntry: Sendable, Equatable {
    public enum Action: String, Sendable, Equatable {
        case grant
        case revoke
    }

    public var sequence: Int
    public var at: Date
    /// The operator who made the change (on PostgreSQL, the database user).
    public var by: String
    public var action: Action
    public var operatorName: String
    public var role: String
    /// The SOP's nomor, or nil for every SOP of the unit.
    public var sop: String?
    /// SHA-256 of the entry and of the entry before it, as stored (`RosterChain`); nil before it is written.
    public var hash: String?

    public init(sequence: Int, at: Date, by: String, action: Action, operatorName: String, role: String, sop: String?,
                hash: String? = nil) {
        self.hash = hash
        self.sequence = sequence
        self.at = at
        self.by = by
        self.action = action
        self.operatorName = operatorName
        self.role = role
        self.sop = sop
    }
}

/// The roster as its history says at a given moment: who holds which role, where.
///
/// The rules, checked here for the client's messages and again where the data is written (SQLite
/// and PostgreSQL triggers, in the same transaction as the write):
/// - While the history is empty the roster is not in force: any operator acts in any role. The
///   first entry must grant `pengelola-peran` (the roster administrator) to its own author.
/// - From then on the roster is in force for good (revoking everything does not lift it): an
///   event is written only for a role its operator holds for the case's SOP, and only holders of
///   `pengelola-peran` grant and revoke. The last holder of `pengelola-peran` cannot be revoked.
public struct Roster: Sendable, Equatable {
    /// The role that grants and revokes roles: not an SOP actor.
    public static let adminRole = "pengelola-peran"

    public struct Holding: Sendable, Equatable {
        public var operatorName: String
        public var role: String
        public var sop: String?
        public var grantedBy: String
        public var grantedAt: Date
    }

    public private(set) var history: [RosterEntry]
    /// Current holdings, in the order they were granted.
    public private(set) var holdings: [Holding] = []

    public init(history: [RosterEntry]) {
        self.history = []
        for entry in history { apply(entry) }
    }

    /// Whether the roster is in force (it has ever had an entry).
    public var isEnforced: Bool { !history.isEmpty }

    public var nextSequence: Int { (history.last?.sequence ?? 0) + 1 }

    /// Whether the operator holds the role for an SOP (a grant for every SOP counts everywhere).
    public func holds(_ operatorName: String, _ role: String, sop: String?) -> Bool {
        holdings.contains { $0.operatorName == operatorName && $0.role == role && ($0.sop == nil || $0.sop == sop) }
    }

    /// The roles the operator holds for an SOP (for any SOP when `sop` is nil), in grant order.
    public func roles(of operatorName: String, sop: String?) -> [String] {
        var roles: [String] = []
        for holding in holdings where holding.operatorName == operatorName && !Self.deskRoles.contains(holding.role)
            && (sop == nil || holding.sop == nil || holding.sop == sop) && !roles.contains(holding.role)
        {
            roles.append(holding.role)
        }
        return roles
    }

    public func isAdmin(_ operatorName: String) -> Bool { holds(operatorName, Self.adminRole, sop: nil) }

    /// Why the entry may not be appended, or nil when it may.
    public func refusal(of entry: RosterEntry) -> RosterRefusal? {
        guard entry.sequence == nextSequence else { return .changedMeanwhile }
        guard !entry.operatorName.isEmpty, !entry.role.isEmpty else { return .empty }
        if entry.role == Self.adminRole, entry.sop != nil { return .adminForOneSOP }
        if history.isEmpty {
            guard entry.action == .grant, entry.role == Self.adminRole, entry.operatorName == entry.by else {
                return .firstMustBeAdmin
            }
            return nil
        }
        guard isAdmin(entry.by) else { return .notAdmin(entry.by) }
        let exact = holdings.contains {
            $0.operatorName == entry.operatorName && $0.role == entry.role && $0.sop == entry.sop
        }
        switch entry.action {
        case .grant:
            if exact { return .alreadyHeld }
        case .revoke:
            if !exact { return .notHeld }
            if entry.role == Self.adminRole, holdings.filter({ $0.role == Self.adminRole }).count == 1 {
                return .lastAdmin
            }
        }
        return nil
    }

    /// Applies an entry (already checked, or read from the store).
    public mutating func apply(_ entry: RosterEntry) {
        history.append(entry)
        switch entry.action {
        case .grant:
            holdings.append(Holding(operatorName: entry.operatorName, role: entry.role, sop: entry.sop, grantedBy: entry.by,
                                    grantedAt: entry.at))
        case .revoke:
            holdings.removeAll { $0.operatorName == entry.operatorName && $0.role == entry.role && $0.sop == entry.sop }
        }
    }

    /// The roster as it stood just after the entries up to `time` (inclusive).
    public func asOf(_ time: Date) -> Roster {
        Roster(history: history.filter { $0.at <= time })
    }
}

/// Why a roster change is refused. The stores raise the same reasons, by their `code`.
public enum RosterRefusal: Error, Sendable, Equatable {
    case changedMeanwhile
    case empty
    case adminForOneSOP
    case firstMustBeAdmin
    case notAdmin(String)
    case alreadyHeld
    case notHeld
    case lastAdmin

    /// The stable code the database triggers raise ("sop-roster: <code>").
    public var code: String {
        switch self {
        case .changedMeanwhile: "changed-meanwhile"
        case .empty: "empty"
        case .adminForOneSOP: "admin-for-one-sop"
        case .firstMustBeAdmin: "first-must-be-admin"
        case .notAdmin: "not-admin"
        case .alreadyHeld: "already-held"
        case .notHeld: "not-held"
        case .lastAdmin: "last-admin"
        }
    }

    /// The code in a database's message ("… sop-roster: not-admin …" → "not-admin").
    public static func code(in message: String) -> String? {
        guard let range = message.range(of: "sop-roster: ") else { return nil }
        return String(message[range.upperBound...].prefix { $0.isLetter || $0 == "-" })
    }

    /// A store's message carrying a roster code, as the sentence for this entry; any other
    /// message unchanged.
    public static func explain(_ message: Localized, entry: RosterEntry) -> Localized {
        guard let code = code(in: message.text(.id)) else { return message }
        return Catalog.Roster.refused(code, entry: (entry.by, entry.operatorName, entry.role, entry.sop))
    }

    public func message(_ entry: RosterEntry) -> Localized {
        Catalog.Roster.refused(self.code, entry: (entry.by, entry.operatorName, entry.role, entry.sop))
    }
}

/// A personal PIN, stored only as a salted scrypt hash, with its failed attempts and lockout.
public struct PINRecord: Sendable, Equatable {
    public var operatorName: String
    public var salt: [UInt8]
    public var hash: [UInt8]
    /// The scrypt parameters, as "scrypt:N:r:p".
    public var parameters: String
    public var failures: Int
    public var lockedUntil: Date?
    public var setAt: Date
    public var setBy: String

    public init(operatorName: String, salt: [UInt8], hash: [UInt8], parameters: String, failures: Int = 0,
                lockedUntil: Date? = nil, setAt: Date, setBy: String) {
        self.operatorName = operatorName
        self.salt = salt
        self.hash = hash
        self.parameters = parameters
        self.failures = failures
        self.lockedUntil = lockedUntil
        self.setAt = setAt
        self.setBy = setBy
    }

    /// After this many wrong PINs in a row the name is locked for `lockout`.
    public static let maxFailures = Catalog.PINLimits.maxFailures
    public static let lockout: TimeInterval = 15 * 60
}

/// What a store keeps of the roster, and of PINs (SQLite; PostgreSQL identifies its users itself).
public protocol RosterStore: AnyObject {
    func rosterHistory() throws(StoreError) -> [RosterEntry]
    /// The holdings table as stored ("operator/role/sop", sorted), for `sop db verify`.
    func storedHoldings() throws(StoreError) -> [String]
    /// Appends one entry; the store refuses it (the same rules as `Roster.refusal`) in the same
    /// transaction.
    func appendRoster(_ entry: RosterEntry) throws(StoreError)
    /// The user the store itself has authenticated (PostgreSQL's session user); nil for a file.
    var authenticatedUser: String? { get }
    func pin(of operatorName: String) throws(StoreError) -> PINRecord?
    /// Sets (or replaces) a PIN; failures and lockout start afresh. In the same transaction every
    /// web session of the operator ends (whoever held one logs in with the new PIN); returns how
    /// many ended.
    @discardableResult
    func savePIN(_ record: PINRecord) throws(StoreError) -> Int
    /// Records a PIN attempt: a success clears the failures, a failure counts one and locks the
    /// name after `PINRecord.maxFailures`. Returns the record as it stands after the attempt.
    func recordPINAttempt(of operatorName: String, success: Bool, at time: Date) throws(StoreError) -> PINRecord?
}
