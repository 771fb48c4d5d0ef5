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
        MergedCellTargets.check(file, .kelengkapan, rule: description, into: &findings,
                                item: { $0.kelengkapan.first.map { file.location($0.text) } },
                                empty: Catalog.MergedCells.kelengkapanMergedEmpty,
                                inner: { row, first, _ in Catalog.MergedCells.kelengkapanMergedInner(row, first: first) })
    }
}
