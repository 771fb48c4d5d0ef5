import SOPCore
import SOPModel

/// A row inside a merged waktu cell (`gabung_sampai`) that writes its own waktu: the printed
/// table has one cell there, so the row's time would count twice.
struct WaktuMergedOverlapRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-merged-overlap", severity: .error, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.mergedOverlap,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja, gabung_sampai: 3}}
                  - {no: 2, uraian: Memeriksa, pelaksana: petugas, mutu_baku: {waktu: ↓1 jam}}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja, gabung_sampai: 3}}
                  - {no: 2, uraian: Memeriksa, pelaksana: petugas}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas}
                  - {no: 4, uraian: Menyerahkan izin, pelaksana: petugas, mutu_baku: {waktu: 10 menit}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for (first, step) in steps.enumerated() {
            guard let through = step.mutuBaku.mergedThrough,
                let last = steps.firstIndex(where: { $0.id.value == through.value }), last > first
            else { continue }
            for inner in steps[(first + 1)...last] {
                guard let waktu = inner.mutuBaku.waktu else { continue }
                findings.add(description, Catalog.Waktu.mergedRowHasWaktu(inner.id.value, first: step.id.value),
                             at: file.location(waktu.text))
            }
        }
    }
}
