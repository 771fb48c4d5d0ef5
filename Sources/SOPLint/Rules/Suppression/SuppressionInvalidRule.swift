import SOPCore

/// A `# sop-lint:` comment that cannot be read (an unknown directive, no rule named), or that
/// names a rule which cannot be suppressed (the reader's and the loader's).
struct SuppressionInvalidRule: Rule {
    let description = RuleDescription(
        id: "suppression-invalid", severity: .error, category: .suppression,
        summary: Catalog.Lint.Summary.suppressionInvalid,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  # sop-lint: ↓disable-next-lines actor-unused -- kolom tetap dicetak
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
            .sop(identity: "# sop-lint: ↓disable-next-line -- tanpa aturan"),
            .sop(identity: "# sop-lint: disable-next-line ↓unknown-key -- kunci tambahan\ninstansii: Dinas"),
        ],
        nonTriggering: [
            .sop(actors: RuleExample.reasonedSuppression),
        ],
        suppressible: false)
}
