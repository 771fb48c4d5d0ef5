/// The events a case's timeline marks with ⚠ (`sop case`, its `--events` and `--json`, the web
/// desk's case page), each for what `sop db verify` reports of it: written by an operator who did
/// not hold the role at that time (the roster's history), or in a role other than the one the
/// step was run in (the SOP revision the case follows). Found by the store's audits; shown here.
public struct RoleMarks: Sendable, Equatable {
    /// Sequences of events whose operator did not hold their role at that time.
    public var unheld: Set<Int>
    /// Sequences of events written in a role other than their step's, with the step's role.
    public var otherRole: [Int: String]

    public init(unheld: Set<Int> = [], otherRole: [Int: String] = [:]) {
        self.unheld = unheld
        self.otherRole = otherRole
    }

    public var isEmpty: Bool { unheld.isEmpty && otherRole.isEmpty }

    /// Whether the event is marked at all.
    public func contains(_ sequence: Int) -> Bool { unheld.contains(sequence) || otherRole[sequence] != nil }
}
