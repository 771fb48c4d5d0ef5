import SOPCore

/// A suppression naming a rule that does not exist (a typo: the nearest rule is suggested).
struct SuppressionUnknownRuleRule: Rule {
    let description = RuleDescription(
        id: "suppression-unknown-rule", severity: .error, category: .suppression,
        summary: Catalog.Lint.Summary.suppressionUnknownRule,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  # sop-lint: disable-next-line ↓actor-unsed -- kolom tetap dicetak
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
        ],
        nonTriggering: [
            .sop(actors: RuleExample.reasonedSuppression),
        ],
        suppressible: false)
}
