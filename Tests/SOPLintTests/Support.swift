import SOPCore
import SOPModel

@testable import SOPLint

/// Lints texts in memory, as files of one folder, in the order given.
func lint(_ files: [(String, String)], linter: Linter = Linter(), workers: Int = 1) -> [FileReport] {
    linter.lint(files.map { .memory(path: $0.0, bytes: Array($0.1.utf8)) }, workers: workers)
}

func lint(_ text: String, path: String = "sop/contoh.yaml") -> FileReport {
    lint([(path, text)])[0]
}

func codes(_ report: FileReport) -> [String] {
    report.diagnostics.map(\.code.rawValue)
}

func sop(nomor: String = "\"01\"", identity: String = "", actors: String = RuleExample.defaultActors,
         steps: String = RuleExample.defaultSteps) -> String {
    RuleExample.sopText(nomor: nomor, identity: identity, actors: actors, steps: steps)
}
