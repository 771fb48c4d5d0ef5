import SOPCore
import SOPModel

/// A Kelengkapan cell printed merged over several rows (`kelengkapan_gabung_sampai`, tester 14
/// F2): it must name a later step, be written on its first row, and no row inside it may write
/// a kelengkapan of its own (the printed table has one cell there, checked once at its first row).
struct KelengkapanMergedRule: SOPRule {
    let description = RuleDescription(
        id: "kelengkapan-merged", severity: .error, category: .mutuBaku,
        summary: Catalog.MergedCells.kelengkapanMergedSummary,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {kelengkapan: [Formulir], kelengkapan_gabung_sampai: ↓9}}
                  - {no: 2, uraian: Memeriksa, pelaksana: petugas, mutu_baku: {kelengkapan: [Surat tugas], kelengkapan_gabung_sampai: 3}}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {kelengkapan: [↓Draft izin]}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {kelengkapan: [Surat tugas, Alat ukur], kelengkapan_gabung_sampai: 2}}
                  - {no: 2, uraian: Mengukur, pelaksana: petugas}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {kelengkapan: [Draft izin]}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        guard steps.contains(where: { $0.mutuBaku.kelengkapanMergedThrough != nil }) else { return }
        let ids = steps.map(\.id.value)
        for (first, step) in steps.enumerated() {
            guard let through = step.mutuBaku.kelengkapanMergedThrough else { continue }
            let at = file.location(through)
            guard let last = ids.firstIndex(of: through.value) else {
                findings.add(description, Catalog.Waktu.unknownStep(MergedColumn.kelengkapan.key, through.value, known: ids), at: at,
                             notes: Suggestion.closest(to: through.value, among: ids).map { [.init(Catalog.didYouMean($0))] } ?? [])
                continue
            }
            guard last > first else {
                findings.add(description, Catalog.MergedCells.kelengkapanMergedNotLater(through.value), at: at)
                continue
            }
            if step.mutuBaku.kelengkapan.isEmpty { findings.add(description, Catalog.MergedCells.kelengkapanMergedEmpty, at: at) }
            for inner in steps[(first + 1)...last] {
                guard let item = inner.mutuBaku.kelengkapan.first else { continue }
                findings.add(description, Catalog.MergedCells.kelengkapanMergedInner(inner.id.value, first: step.id.value),
                             at: file.location(item.text))
            }
        }
    }
}
