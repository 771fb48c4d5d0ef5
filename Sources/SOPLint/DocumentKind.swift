import SOPCore
import SOPModel
import SOPYAML

/// A kind of YAML file the project defines. SOPs are the first; a later kind (a calendar of
/// working days) registers here with its own rules, and files of that kind are linted by them
/// instead of being reported as broken SOPs. A kind is told by the keys at the top of a file.
public protocol DocumentKind: Sendable {
    /// The kind's name in reports ("sop").
    var name: String { get }
    /// Whether a file whose top-level keys are these is of this kind.
    func claims(topLevelKeys: [String]) -> Bool
    /// The kind's own rules: listed by `--rules`, and names suppressions may use.
    var rules: [any Rule] { get }
    /// Every finding of one file the strict reader has read.
    func lint(_ document: YAMLDocument) -> DocumentLint
}

/// What linting one file of a kind gives.
public struct DocumentLint: Sendable {
    public var diagnostics: [Diagnostic]
    /// Values rules across files compare ("nomor"), by name.
    public var facts: [String: Located<String>]

    public init(diagnostics: [Diagnostic], facts: [String: Located<String>] = [:]) {
        self.diagnostics = diagnostics
        self.facts = facts
    }
}

/// SOP files: the kind every file is, unless another kind claims it.
public struct SOPDocumentKind: DocumentKind {
    public init() {}

    public var name: String { "sop" }

    public func claims(topLevelKeys: [String]) -> Bool { true }

    public var rules: [any Rule] { RuleRegistry.all }

    public func lint(_ document: YAMLDocument) -> DocumentLint {
        let loaded = SOPLoader.load(document: document)
        var findings = Findings()
        findings.append(contentsOf: loaded.diagnostics)
        guard let sop = loaded.sop, let root = document.root?.mapping else {
            return DocumentLint(diagnostics: findings.diagnostics)
        }
        let file = SOPFile(path: document.source.path, source: document.source, root: root, sop: sop,
                           loadDiagnostics: loaded.diagnostics)
        for rule in RuleRegistry.sopRules where rule.needs.isSubset(of: file.intact) {
            rule.check(file, into: &findings)
        }
        var facts: [String: Located<String>] = [:]
        if !sop.nomor.isEmpty { facts[NomorDuplicateRule.fact] = sop.identity.nomor }
        if let code = sop.shortCode {
            facts[ShortCodeDuplicateRule.fact] = Located(code, at: sop.identity.nomor.mark, length: sop.identity.nomor.length)
        }
        return DocumentLint(diagnostics: findings.diagnostics, facts: facts)
    }
}
