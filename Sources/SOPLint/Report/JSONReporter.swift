import SOPCore

/// The stable JSON report, written as files are linted:
///
///     {
///       "version": 1,
///       "diagnostics": [
///         {"file": "sop/07.yaml", "line": 11, "column": 14, "length": 5, "severity": "error",
///          "rule": "waktu-format", "message": "…", "notes": [{"message": "…", "file": null, …}]}
///       ],
///       "summary": {"files": 1, "errors": 1, "warnings": 0}
///     }
///
/// Every key is always present (null when a finding has no place); order is stable: by file,
/// then line and column. Messages are in the language asked for.
struct JSONReporter: LintReporter {
    static let version = 1
    let language: Language
    private var first = true

    init(language: Language) { self.language = language }

    func begin() -> String { "{\n  \"version\": \(Self.version),\n  \"diagnostics\": [" }

    mutating func file(_ report: FileReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += (first ? "\n    " : ",\n    ") + Self.object(diagnostic, file: report.path, language).compact
            first = false
        }
        return out
    }

    func end(_ summary: LintSummary) -> String {
        let counts = JSONValue.object(["files": .int(summary.files), "errors": .int(summary.errors),
                                       "warnings": .int(summary.warnings)])
        return (first ? "]" : "\n  ]") + ",\n  \"summary\": \(counts.compact)\n}\n"
    }

    static func object(_ diagnostic: Diagnostic, file: String, _ language: Language) -> JSONValue {
        .object([
            .init("file", .string(diagnostic.location?.file ?? file)),
        ] + place(diagnostic.location) + [
            .init("severity", .string(diagnostic.severity.rawValue)),
            .init("rule", .string(diagnostic.code.rawValue)),
            .init("message", .string(diagnostic.message.text(language))),
            .init("notes", .array(diagnostic.notes.map { note in
                .object([.init("message", .string(note.message.text(language))),
                         .init("file", note.location.map { .string($0.file) } ?? .null)] + place(note.location))
            })),
        ])
    }

    private static func place(_ location: Location?) -> [JSONValue.Member] {
        [.init("line", location.map { .int($0.line) } ?? .null),
         .init("column", location.map { .int($0.column) } ?? .null),
         .init("length", location.map { .int($0.length) } ?? .null)]
    }
}
