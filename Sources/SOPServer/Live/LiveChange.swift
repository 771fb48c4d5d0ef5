import SOPStore

/// What a live page hears: a step of a role appeared on or left the worklist, or "read
/// everything again". Ids, steps and roles only: nothing personal.
public struct LiveChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A step of `role` appeared on or left the worklist (`step` and `role` are set).
        case worklist
        /// Changes may have been missed (a lost connection to the store): read everything again.
        case resync
    }

    public var caseID: String
    public var kind: Kind
    public var step: String?
    public var role: String?

    public init(caseID: String, step: String, role: String) {
        self.caseID = caseID
        self.kind = .worklist
        self.step = step
        self.role = role
    }

    /// A worklist row that appeared or went.
    public init(_ key: WorklistKey) {
        self.init(caseID: key.caseID, step: key.step, role: key.role)
    }

    private init(resync: Void) {
        caseID = ""
        kind = .resync
    }

    public static let resync = LiveChange(resync: ())

    /// Whether an operator holding `roles` should hear of it.
    public func concerns(_ roles: Set<String>) -> Bool {
        switch kind {
        case .worklist: role.map(roles.contains) ?? false
        case .resync: true
        }
    }
}
