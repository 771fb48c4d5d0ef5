import SOPCore
import SOPModel

/// The file cannot be opened or read (missing, no permission, a folder named *.yaml).
/// `sop lint` exits with 2 when it meets one.
struct IOUnreadableRule: Rule {
    let description = RuleDescription(
        id: FileReader.Code.unreadable, severity: .error, category: .file,
        summary: Catalog.Lint.Summary.ioUnreadable,
        triggering: [
            .missingFile,
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
