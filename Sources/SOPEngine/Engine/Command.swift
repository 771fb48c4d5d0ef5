import SOPCore

/// What an operator can do to a case. The engine turns a command into events, or refuses it.
public enum Command: Sendable, Equatable {
    case checkKelengkapan(step: String, item: String, present: Bool)
    /// A conditional Kelengkapan item ("f. SPTJM (apabila …)") that does not apply to the case.
    case markNotApplicable(step: String, item: String)
    case answerField(step: String, field: String, value: String)
    case recordOutput(step: String, item: String, text: String, attachment: CaseEvent.Attachment?)
    case chooseBranch(step: String, label: String)
    case completeStep(step: String)
    /// An optional step ("apabila diperlukan") left out, with the reason.
    case skipStep(step: String, reason: String)
    case addNote(step: String?, text: String)
    case pause
    case resume
    case cancel(reason: String)
    /// Amends an answer of a visit of a step (active or done), with a reason: visit N of a row
    /// the case went through several times (`sop correct --kunjungan N`), else the latest.
    case correct(step: String, target: CaseEvent.Correction.Target, name: String, value: String,
                 attachment: CaseEvent.Attachment?, reason: String, visit: Int? = nil)
    /// Corrects the branch of the case's latest decision (`sop correct --cabang`), with a reason.
    case correctBranch(step: String, branch: String, reason: String)
}

/// The operator at the keyboard: a name and the staff roles they play.
public struct Operator: Sendable, Equatable {
    public var name: String
    /// Actor ids of staff roles; the first is the one recorded on events they start.
    public var roles: [String]

    public init(name: String, roles: [String]) {
        self.name = name
        self.roles = roles
    }

    public func plays(_ role: String) -> Bool { roles.contains(role) }

    /// The role this operator works on the visit in: its own role when they play it, else the
    /// first of its joint roles (`bersama`, tester 28's F17) they play; nil when neither.
    public func role(for visit: StepVisit) -> String? {
        if plays(visit.role) { return visit.role }
        return visit.joint.first(where: plays)
    }

    /// Whether this operator may work on the visit: in its role or one of its joint roles.
    public func works(_ visit: StepVisit) -> Bool { role(for: visit) != nil }
}

/// Something still to be given before a step can be completed, in the order it is asked.
public enum Requirement: Sendable, Equatable {
    case kelengkapan(Kelengkapan)
    case field(FormField)
    case output(String)
    case branch(Decision)

    public static func == (a: Requirement, b: Requirement) -> Bool {
        switch (a, b) {
        case (.kelengkapan(let x), .kelengkapan(let y)): x.text.value == y.text.value
        case (.field(let x), .field(let y)): x.name.value == y.name.value
        case (.output(let x), .output(let y)): x == y
        case (.branch, .branch): true
        default: false
        }
    }
}

import SOPModel

/// Why the engine refused a command; the message is in the user's language.
public struct EngineError: Error, Sendable, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}
