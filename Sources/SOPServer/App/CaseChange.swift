/// What one successful write did to a case, told to `ServerConfiguration.onChange` (live
/// updates) after it is durable. No personal data: ids, steps and roles only.
public struct CaseChange: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case started, answered, stepsChanged, paused, resumed, cancelled, completed, corrected, noted
    }

    /// A step waiting after the write, and the role it waits for.
    public struct Waiting: Sendable, Equatable {
        public var step: String
        public var role: String

        public init(step: String, role: String) {
            self.step = step
            self.role = role
        }
    }

    public var caseID: String
    public var kind: Kind
    /// The case's last event sequence after the write.
    public var sequence: Int
    public var waiting: [Waiting]

    public init(caseID: String, kind: Kind, sequence: Int, waiting: [Waiting]) {
        self.caseID = caseID
        self.kind = kind
        self.sequence = sequence
        self.waiting = waiting
    }
}
