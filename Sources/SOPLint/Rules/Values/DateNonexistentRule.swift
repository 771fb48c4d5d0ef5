import SOPCore
import SOPModel

/// A date read, but not in the calendar (31 April, 29 February of a common year).
struct DateNonexistentRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.dateNonexistent, severity: .error, category: .values,
        summary: Catalog.Lint.Summary.dateNonexistent,
        triggering: [
            .sop(identity: "tanggal:\n  pembuatan: ↓31 April 2021"),
            .sop(identity: "tanggal:\n  pembuatan: ↓2023-02-29"),
        ],
        nonTriggering: [
            .sop(identity: "tanggal:\n  pembuatan: 29 Februari 2024"),
        ],
        suppressible: false)
}
