import SOPCore
import SOPModel

/// A date that cannot be read.
struct DateFormatRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.dateFormat, severity: .error, category: .values,
        summary: Catalog.Lint.Summary.dateFormat,
        triggering: [
            .sop(identity: "tanggal:\n  pembuatan: ↓Marte 2021"),
        ],
        nonTriggering: [
            .sop(identity: "tanggal:\n  pembuatan: Maret 2021\n  revisi: \"-\"\n  efektif: 2021-04-01"),
        ],
        suppressible: false)
}
