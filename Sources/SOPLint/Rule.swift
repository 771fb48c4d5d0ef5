import SOPCore
import SOPModel

/// The groups `sop lint --rules` lists rules in.
public enum RuleCategory: String, Sendable, CaseIterable {
    case yaml
    case file = "berkas"
    case structure = "struktur"
    case values = "nilai"
    case identity = "identitas"
    case actors = "pelaksana"
    case flow = "alur"
    case mutuBaku = "mutu-baku"
    case forms = "formulir"
    case suppression = "penekanan"
    case calendar = "kalender"
}

/// What a rule is, for users and tools: its id, how bad a finding is, a one-line summary and
/// its examples (which its tests run and its documentation shows).
public struct RuleDescription: Sendable {
    public let id: DiagnosticCode
    public let severity: Severity
    public let category: RuleCategory
    public let summary: Localized
    /// Files on which the rule must report (at the `↓` marks, when the example has any).
    public let triggering: [RuleExample]
    /// Files on which it must not report; they give no finding at all.
    public let nonTriggering: [RuleExample]
    /// Whether `# sop-lint: disable-next-line` may silence it. Problems that keep a file from
    /// being read as written (the reader's and the loader's) cannot be silenced: every other
    /// command would still refuse the file.
    public let suppressible: Bool

    public init(id: DiagnosticCode, severity: Severity, category: RuleCategory, summary: Localized,
                triggering: [RuleExample], nonTriggering: [RuleExample], suppressible: Bool = true) {
        self.id = id
        self.severity = severity
        self.category = category
        self.summary = summary
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.suppressible = suppressible
    }
}

/// A rule. Rules whose findings the reader, the loader or the linter itself produce only
/// describe them; checking rules also conform to `SOPRule`.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
}

/// A rule checked on the model of one SOP.
public protocol SOPRule: Rule {
    /// The parts of the file that must have been read without structural errors for the check
    /// to be sound (a dropped step would make every later row look unreachable).
    var needs: Set<SOPSection> { get }
    func check(_ file: SOPFile, into findings: inout Findings)
}

extension SOPRule {
    public var needs: Set<SOPSection> { [] }
}

/// The findings of one file, each stamped with its rule's id and severity.
public struct Findings: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func add(_ rule: RuleDescription, _ message: Localized, at location: Location?,
                             notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(rule.severity, rule.id, message, at: location, notes: notes))
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        self.diagnostics += diagnostics
    }
}
