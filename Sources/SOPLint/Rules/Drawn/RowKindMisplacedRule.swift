import SOPCore
import SOPModel

/// `baris` says how the boxes of one printed row relate; it belongs on the row's first box.
struct RowKindMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "row-kind-misplaced", severity: .error, category: .flow,
        summary: Catalog.Flow.Summary.rowKindMisplaced,
        triggering: [
            .sop(actors: Self.actors, steps: """
                  - {id: 1a, no: 1, uraian: Menyerahkan berkas, pelaksana: petugas}
                  - {id: 1b, no: 1, uraian: Menerima berkas, pelaksana: kabid, baris: ↓berurutan}
                """),
        ],
        nonTriggering: [
            .sop(actors: Self.actors, steps: """
                  - {id: 1a, no: 1, uraian: Menyerahkan berkas, pelaksana: petugas, baris: berurutan}
                  - {id: 1b, no: 1, uraian: Menerima berkas, pelaksana: kabid}
                """),
        ])

    static let actors = """
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for range in steps.rowRanges {
            for index in range {
                guard let kind = steps[index].drawn.rowKind, index != range.lowerBound || range.count < 2 else { continue }
                findings.add(description, Catalog.Flow.rowKindMisplaced, at: file.location(kind))
            }
        }
    }
}
