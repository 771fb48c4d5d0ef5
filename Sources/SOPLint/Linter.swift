import Foundation
import SOPCore
import SOPModel
import SOPYAML

/// A file to lint: on disk, or already in memory (rule examples, tests).
public enum LintInput: Sendable {
    case file(path: String)
    case memory(path: String, bytes: [UInt8])
    /// A path named that could not be taken at all (it does not exist, or a folder cannot be
    /// listed): reported as an unreadable file, in its place among the others.
    case failed(path: String, message: Localized)
    /// A folder named that holds no SOP file (no *.yaml or *.yml, in any capitals, at any
    /// depth): reported in its place, so a CI job that would lint nothing fails (exit 2).
    case noSOPFiles(folder: String)

    public var path: String {
        switch self {
        case .file(let path), .memory(let path, _), .failed(let path, _): path
        case .noSOPFiles(let folder): folder
        }
    }
}

/// The findings of one file, final: suppressions applied, in file order.
public struct FileReport: Sendable {
    public let path: String
    /// The kind the file was read as ("sop"); nil when it could not be read.
    public let kind: String?
    public let source: SourceFile
    public let diagnostics: [Diagnostic]
    /// Whether `source` holds the file's bytes (false when it was not read: too large,
    /// missing), so that no empty line is quoted under a finding.
    public let sourceWasRead: Bool
    /// Whether the path is a file (false for a folder that holds no SOP file): the summary
    /// counts files.
    public let isFile: Bool

    /// The file could not be read at all (exit code 2).
    public var isUnreadable: Bool { kind == nil }
}

/// Counts over a run.
public struct LintSummary: Sendable, Equatable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var unreadable = 0

    public init() {}

    public mutating func add(_ report: FileReport) {
        if report.isFile { files += 1 }
        errors += report.diagnostics.errorCount
        warnings += report.diagnostics.warningCount
        if report.isUnreadable { unreadable += 1 }
    }
}

/// Lints files: each is read by the strict reader, told apart by kind, checked by that kind's
/// rules, then (in path order) by the rules across files and the file's suppressions.
public struct Linter: Sendable {
    /// Kinds tried before the SOP kind, which takes every file no other kind claims.
    public let kinds: [any DocumentKind]
    public let limits: ReaderLimits

    /// `today` is the day calendar rules judge the current year by.
    public init(extraKinds: [any DocumentKind] = [], limits: ReaderLimits = .standard, today: Date = Date()) {
        self.kinds = extraKinds + [CalendarDocumentKind(today: today), SOPDocumentKind()]
        self.limits = limits
    }

    /// Every rule, each once, in listing order.
    public var rules: [any Rule] {
        var seen = Set<DiagnosticCode>()
        return kinds.flatMap(\.rules).filter { seen.insert($0.description.id).inserted }
    }

    /// Lints the inputs on `workers` threads, calling `emit` on the calling thread in input
    /// order as soon as each report and all before it are ready. At most a few files per worker
    /// are held at any time.
    @discardableResult
    public func lint(_ inputs: [LintInput], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                     emit: (FileReport) -> Void) -> LintSummary {
        let known = Dictionary(rules.map { ($0.description.id.rawValue, $0.description) }) { first, _ in first }
        var memory = CrossFileMemory()
        var summary = LintSummary()
        OrderedParallel.run(count: inputs.count, workers: workers, window: 4 * max(1, workers),
                            produce: { [self] index in examine(inputs[index], known: known) },
                            consume: { pending in
                                let report = finish(pending, memory: &memory)
                                summary.add(report)
                                emit(report)
                            })
        return summary
    }

    /// Every report, in input order (for tests and rule examples).
    public func lint(_ inputs: [LintInput], workers: Int = 1) -> [FileReport] {
        var reports: [FileReport] = []
        lint(inputs, workers: workers) { reports.append($0) }
        return reports
    }

    /// What one file gives before the rules across files and the suppressions.
    struct Pending: Sendable {
        let path: String
        let kind: String?
        let source: SourceFile
        let diagnostics: [Diagnostic]
        let facts: [String: Located<String>]
        let suppressions: [Suppression]
        var sourceWasRead = true
        var isFile = true

        /// A path whose bytes were not read: its one finding, nothing else.
        static func unread(_ path: String, kind: String?, _ diagnostic: Diagnostic, isFile: Bool = true) -> Pending {
            Pending(path: path, kind: kind, source: SourceFile(path: path, bytes: []), diagnostics: [diagnostic],
                    facts: [:], suppressions: [], sourceWasRead: false, isFile: isFile)
        }
    }

    func examine(_ input: LintInput, known: [String: RuleDescription]) -> Pending {
        let bytes: [UInt8]
        switch input {
        case .memory(_, let data):
            bytes = data
        case .failed(let path, let message):
            return .unread(path, kind: nil, .error(FileReader.Code.unreadable, message, at: nil))
        case .noSOPFiles(let folder):
            return .unread(folder, kind: nil, .error(IONoSOPFilesRule.code, Catalog.SOPFiles.noSOPFiles(folder), at: nil),
                           isFile: false)
        case .file(let path):
            switch FileReader.read(path, limit: limits.maxBytes) {
            case .success(let data):
                bytes = data
            case .failure(let failure):
                // A file too large was read far enough to be judged: a finding, not an input failure.
                var kind: String?
                if case .tooLarge = failure { kind = SOPDocumentKind().name }
                return .unread(path, kind: kind, failure.diagnostic(path: path, limit: limits.maxBytes))
            }
        }
        let document = YAMLReader.read(bytes, path: input.path, limits: limits)
        let keys = document.root?.mapping?.pairs.map(\.key.value) ?? []
        let kind = kinds.first { $0.claims(topLevelKeys: keys) } ?? SOPDocumentKind()
        let result = kind.lint(document)
        let parsed = Suppression.parse(document.source, known: known)
        return Pending(path: input.path, kind: kind.name, source: document.source,
                       diagnostics: result.diagnostics + parsed.findings, facts: result.facts,
                       suppressions: parsed.suppressions)
    }

    func finish(_ pending: Pending, memory: inout CrossFileMemory) -> FileReport {
        var findings = Findings()
        findings.append(contentsOf: pending.diagnostics)
        for rule in RuleRegistry.crossFileRules {
            rule.check(path: pending.path, facts: pending.facts, memory: &memory, into: &findings)
        }
        let kept = Suppression.apply(pending.suppressions, to: findings.diagnostics)
        return FileReport(path: pending.path, kind: pending.kind, source: pending.source,
                          diagnostics: kept.sortedByLocation(), sourceWasRead: pending.sourceWasRead,
                          isFile: pending.isFile)
    }
}

/// A rule over several files, called for each file in path order.
public protocol CrossFileRule: Rule {
    func check(path: String, facts: [String: Located<String>], memory: inout CrossFileMemory,
               into findings: inout Findings)
}

/// What earlier files left for the rules across files: where a value was first seen, by key.
public struct CrossFileMemory: Sendable {
    public var firstSeen: [String: Location] = [:]

    public init() {}
}
