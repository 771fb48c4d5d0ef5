import SOPCore
import SOPModel

/// `berhenti: ya` ends one box's path inside a printed row of several boxes, without an end
/// terminator: another box of that row must go on, or the case would end with no end drawn.
struct StopMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "stop-misplaced", severity: .error, category: .flow,
        summary: Catalog.JointBoxes.Summary.stopMisplaced,
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
            .sop(actors: actors, steps: """
                  - no: 1
                    uraian: Serah terima barang
                    pelaksana: ppk
                    keputusan: {pertanyaan: Sesuai?, cabang: {Ya: [2, 3], Tidak: selesai}}
                  - {no: 2, uraian: Menyampaikan barang, pelaksana: kpa, berhenti: ya}
                  - {no: 3, uraian: Validasi dokumen pembayaran, pelaksana: ppk}
                """),
        ])

    static let actors = """
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: kpa, nama: KPA, jenis: staf}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        // A box entered by a fork (a branch drawn into several rows, or `paralel`) may stop:
        // the fork's other path goes on.
        var forked = Set<String>()
        for step in steps {
            switch step.flow {
            case .decision(let decision):
                for branch in decision.branches where !branch.alsoTargets.isEmpty {
                    for target in branch.targets { forked.insert(target.value.text) }
                }
            case .parallel(let targets):
                for target in targets { forked.insert(target.value.text) }
            case .next:
                break
            }
        }
        for range in steps.rowRanges {
            let goesOn = range.contains { steps[$0].drawn.stops?.value != true }
            if goesOn, range.count > 1 { continue }
            if range.allSatisfy({ forked.contains(steps[$0].id.value) }) { continue }
            for index in range {
                guard let stop = steps[index].drawn.stops, stop.value else { continue }
                findings.add(description, Catalog.JointBoxes.stopAlone, at: file.location(stop))
            }
        }
    }
}
