import SOPCore

/// GitLab's Code Quality report (`artifacts: reports: codequality:`): a JSON array, one object
/// per finding, with the subset of the Code Climate issue GitLab reads:
///
///     [
///       {"description": "…", "check_name": "flow-unknown-target", "fingerprint": "3f0c…",
///        "severity": "major", "location": {"path": "sop/07-izin.yaml", "lines": {"begin": 15}}}
///     ]
///
/// - `severity`: an error is `major`, a warning `minor`, a note `info`; a path that could not be
///   read at all (the run exits 2) is `critical`.
/// - `location.path` is relative to the working directory (the repository root in a CI job),
///   also when the path was given absolute; a finding without a line is put on line 1.
/// - `fingerprint` is the same for the same finding at the same place on every run, in either
///   language: SHA-256 (first 32 hex digits) of the path, the rule, the line, the column and
///   the message in Bahasa Indonesia. GitLab shows findings with the same fingerprint once.
/// - `description` is the message in the language asked for, its notes appended.
struct GitLabReporter: LintReporter {
    let language: Language
    let paths: ReportPaths
    private var first = true

    init(language: Language, paths: ReportPaths) {
        self.language = language
        self.paths = paths
    }

    func begin() -> String { "[" }

    mutating func file(_ report: FileReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += (first ? "\n  " : ",\n  ") + issue(diagnostic, file: report.path, unreadable: report.isUnreadable).compact
            first = false
        }
        return out
    }

    func end(_ summary: LintSummary) -> String {
        first ? "]\n" : "\n]\n"
    }

    func issue(_ diagnostic: Diagnostic, file: String, unreadable: Bool) -> JSONValue {
        let path = paths.shown(diagnostic.location?.file ?? file)
        let line = diagnostic.location?.line ?? 1
        var description = diagnostic.message.text(language)
        for note in diagnostic.notes {
            description += "\nnote: " + note.message.text(language)
            if let place = note.location { description += " (\(paths.shown(place.file)):\(place.line):\(place.column))" }
        }
        return .object([
            .init("description", .string(description)),
            .init("check_name", .string(diagnostic.code.rawValue)),
            .init("fingerprint", .string(Self.fingerprint(diagnostic, path: path))),
            .init("severity", .string(unreadable && diagnostic.severity == .error ? "critical" : Self.severity(diagnostic.severity))),
            .init("location", .object([
                .init("path", .string(path)),
                .init("lines", .object([.init("begin", .int(line))])),
            ])),
        ])
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }

    /// Stable across runs and languages: the place, the rule and the Indonesian message.
    static func fingerprint(_ diagnostic: Diagnostic, path: String) -> String {
        let place = diagnostic.location.map { "\($0.line)\u{0}\($0.column)" } ?? "-"
        let key = [path, diagnostic.code.rawValue, place, diagnostic.message.text(.id)].joined(separator: "\u{0}")
        return String(SHA256.hex(Array(key.utf8)).prefix(32))
    }
}
