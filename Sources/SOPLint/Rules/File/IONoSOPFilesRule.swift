import SOPCore

/// A folder named on the command line (or the SOP folder) holds no SOP file: nothing would be
/// checked, so a CI job must not pass. Reported in its place, in every format, without a line;
/// `sop lint` exits with 2. A folder is searched at any depth for `*.yaml` and `*.yml` in any
/// capitals (`B.YAML`), hidden files and folders skipped.
struct IONoSOPFilesRule: Rule {
    static let code: DiagnosticCode = "io-no-sop-files"

    let description = RuleDescription(
        id: Self.code, severity: .error, category: .file,
        summary: Catalog.SOPFiles.Summary.ioNoSOPFiles,
        triggering: [
            .emptyFolder,
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
