import SOPCore

/// A suppression that silences nothing on the next line: the problem was fixed, or the
/// suppression stands in the wrong place. Left in, it would hide the next problem there.
struct SuppressionUnusedRule: Rule {
    let description = RuleDescription(
        id: "suppression-unused", severity: .warning, category: .suppression,
        summary: Catalog.Lint.Summary.suppressionUnused,
        triggering: [
            .sop(actors: """
                  # sop-lint: disable-next-line ↓actor-unused -- kolom tetap dicetak
                  - {id: petugas, nama: Petugas, jenis: staf}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  # sop-lint: disable-next-line actor-unused -- kolom tetap dicetak

                  # (baris kosong dan komentar dilewati)
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
        ],
        suppressible: false)
}
