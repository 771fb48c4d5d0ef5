import SOPCore

/// A suppression without `-- reason`: it does not apply. The next reader of the SOP needs to
/// know why a finding was accepted.
struct SuppressionNoReasonRule: Rule {
    let description = RuleDescription(
        id: "suppression-no-reason", severity: .error, category: .suppression,
        summary: Catalog.Lint.Summary.suppressionNoReason,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  ↓# sop-lint: disable-next-line actor-unused
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  ↓# sop-lint: disable-next-line actor-unused --
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
        ],
        nonTriggering: [
            .sop(actors: RuleExample.reasonedSuppression),
        ],
        suppressible: false)
}
