import SOPCore
import SOPModel

/// An Output item assigned to a box (`{butir, oleh: BOX}`, tester 22, finding 4) belongs to a
/// row of several boxes written with one Output cell: `oleh` must name a box of that row, and the
/// item must be written on the row's first box, which carries the row's cell.
struct OutputBoxRule: SOPRule {
    let description = RuleDescription(
        id: "output-box", severity: .error, category: .mutuBaku,
        summary: Catalog.MergedCells.outputBoxSummary,
        triggering: [
            .sop(actors: """
                  - {id: pemohon, nama: Pemohon, jenis: eksternal}
                  - {id: petugas, nama: Petugas, jenis: staf}
                """, steps: """
                  - {no: 1, uraian: Menetapkan jadwal, pelaksana: petugas}
                  - id: siap-pemohon
                    no: 2
                    uraian: Menyiapkan UTTP dan blanko
                    pelaksana: pemohon
                    mutu_baku: {output: [UTTP siap diuji, {butir: Blanko SKHP, oleh: ↓periksa}]}
                  - {id: siap-petugas, no: 2, pelaksana: petugas}
                  - no: 3
                    id: periksa
                    uraian: Memeriksa
                    pelaksana: petugas
                    mutu_baku: {output: [{butir: Berita acara, oleh: ↓periksa}]}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: pemohon, nama: Pemohon, jenis: eksternal}
                  - {id: petugas, nama: Petugas, jenis: staf}
                """, steps: """
                  - {no: 1, uraian: Menetapkan jadwal, pelaksana: petugas}
                  - id: siap-pemohon
                    no: 2
                    uraian: Menyiapkan UTTP dan blanko
                    pelaksana: pemohon
                    mutu_baku: {output: [{butir: UTTP siap diuji, oleh: siap-pemohon}, {butir: Blanko SKHP, oleh: siap-petugas}]}
                  - {id: siap-petugas, no: 2, pelaksana: petugas}
                  - {no: 3, uraian: Memeriksa, pelaksana: petugas}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let sop = file.sop
        for (index, step) in sop.steps.enumerated() {
            for item in step.mutuBaku.output {
                guard let box = step.mutuBaku.outputBy[item.value] else { continue }
                let row = sop.rowPass(of: index)
                guard let row, row.lowerBound == index, sop.steps[row].contains(where: { $0.id.value == box.value }) else {
                    // A misspelt box id: the near box of the row it is written on.
                    let near = row.flatMap { Suggestion.closest(to: box.value, among: sop.steps[$0].map(\.id.value)) }
                    findings.add(description, Catalog.MergedCells.outputBoxNotInRow(item.value, box: box.value), at: file.location(box),
                                 notes: near.map { [.init(Catalog.didYouMean($0))] } ?? [])
                    continue
                }
            }
        }
    }
}
