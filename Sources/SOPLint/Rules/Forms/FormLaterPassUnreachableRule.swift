import SOPCore
import SOPModel

/// A field asked only on a later pass (`hanya_kunjungan_ulang: ya`, e.g. the date of a visit
/// rescheduled after a loop back) on a step no arrow brings the case back to: never asked.
struct FormLaterPassUnreachableRule: SOPRule {
    let description = RuleDescription(
        id: "form-later-pass-unreachable", severity: .error, category: .forms,
        summary: Catalog.Lint.Summary.formLaterPassUnreachable,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menetapkan jadwal
                    pelaksana: petugas
                    formulir:
                      - {nama: tanggal_jadwal, jenis: tanggal}
                      - {nama: ↓tanggal_ulang, jenis: tanggal, hanya_kunjungan_ulang: ya}
                  - {no: 2, uraian: Menguji, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menetapkan jadwal
                    pelaksana: petugas
                    formulir: [{nama: tanggal_jadwal, jenis: tanggal}]
                  - no: 2
                    uraian: Menyiapkan UTTP
                    pelaksana: petugas
                    formulir: [{nama: tanggal_jadwal, jenis: tanggal, hanya_kunjungan_ulang: ya}]
                  - no: 3
                    uraian: Menilai hasil
                    pelaksana: petugas
                    keputusan: {pertanyaan: Sah?, cabang: {Ya: selesai, Tidak: 2}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        guard steps.contains(where: { $0.form.contains(where: \.laterPassOnly) }) else { return }
        let graph = FlowGraph(file.sop)
        for (index, step) in steps.enumerated() {
            let later = step.form.filter(\.laterPassOnly)
            guard !later.isEmpty, !Self.comesBack(to: index, in: graph) else { continue }
            for field in later {
                findings.add(description, Catalog.Lint.formLaterPassUnreachable(field.name.value, step: step.number ?? step.id.value),
                             at: file.location(field.name))
            }
        }
    }

    /// Whether the flow from `index` can come back to it (a loop back).
    static func comesBack(to index: Int, in graph: FlowGraph) -> Bool {
        var seen: Set<Int> = []
        var stack = graph.targets(of: index)
        while let next = stack.popLast() {
            if next == index { return true }
            guard seen.insert(next).inserted else { continue }
            stack += graph.targets(of: next)
        }
        return false
    }
}
