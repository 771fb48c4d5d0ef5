import SOPCore
import SOPModel

/// An Output cell printed merged over several rows (`output_gabung_sampai`): it must name a
/// later step, be written on its first row, and no row inside it may write an output of its own
/// (the printed table has one cell there, produced once at its last row).
struct OutputMergedRule: SOPRule {
    let description = RuleDescription(
        id: "output-merged", severity: .error, category: .mutuBaku,
        summary: Catalog.MergedCells.outputMergedSummary,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {output: [Tanda terima], output_gabung_sampai: ↓9}}
                  - {no: 2, uraian: Memeriksa, pelaksana: petugas, mutu_baku: {output: [Berita acara], output_gabung_sampai: 3}}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {output: [↓Izin]}}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {kelengkapan: [Formulir], output_gabung_sampai: ↓2}}
                  - {no: 2, uraian: Menerbitkan izin, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Memeriksa lapangan, pelaksana: petugas, mutu_baku: {output: [Berita acara pemeriksaan], output_gabung_sampai: 2}}
                  - {no: 2, uraian: Menyusun laporan, pelaksana: petugas}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {output: [Izin]}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        MergedCellTargets.check(file, .output, rule: description, into: &findings,
                                item: { $0.output.first.map { file.location($0) } },
                                empty: Catalog.MergedCells.outputMergedEmpty,
                                inner: { row, first, last in Catalog.MergedCells.outputMergedInner(row, first: first, last: last) })
    }
}
