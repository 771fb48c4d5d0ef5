import SOPCore
import SOPModel

/// `berhenti: ya` ends one box's path inside a printed row of several boxes, without an end
/// terminator: another box of that row must go on, or the case would end with no end drawn.
struct StopMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "stop-misplaced", severity: .error, category: .flow,
        summary: Catalog.Lang2.Summary.stopMisplaced,
        triggering: [
            .sop(actors: actors, steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: ppk}
                  - {no: 2, uraian: Menutup berkas, pelaksana: ppk, berhenti: ↓ya}
                """),
        ],
        nonTriggering: [
            .sop(actors: actors, steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: ppk, paralel: [ppk-2, kpa-2]}
                  - {no: 2, id: ppk-2, baris: terpisah, uraian: Memeriksa hasil, pelaksana: ppk}
                  - {no: 2, id: kpa-2, uraian: Mengetahui hasil, pelaksana: kpa, berhenti: ya}
                  - {no: 3, uraian: Menutup berkas, pelaksana: ppk}
                """),
        ])

    static let actors = """
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: kpa, nama: KPA, jenis: staf}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for range in steps.rowRanges {
            let goesOn = range.contains { steps[$0].drawn.stops?.value != true }
            if goesOn, range.count > 1 { continue }
            for index in range {
                guard let stop = steps[index].drawn.stops, stop.value else { continue }
                findings.add(description, Catalog.Lang2.stopAlone, at: file.location(stop))
            }
        }
    }
}
