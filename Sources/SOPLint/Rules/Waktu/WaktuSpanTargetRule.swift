import SOPCore
import SOPModel

/// `dihitung_sejak` must name an earlier step (or the row itself, to say the printed "sejak …"
/// is its own start) and `gabung_sampai` a later one, on a row that has a waktu; an unknown id
/// lists the step ids.
struct WaktuSpanTargetRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-span-target", severity: .error, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.spanTarget,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {waktu: 5 menit, gabung_sampai: ↓9}}
                  - {no: 2, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: 3 hari kerja, dihitung_sejak: ↓3}}
                  - {no: 3, uraian: Menyerahkan izin, pelaksana: petugas, mutu_baku: {dihitung_sejak: ↓1}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja, gabung_sampai: 2}}
                  - {no: 2, uraian: Memeriksa, pelaksana: petugas}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: 3 hari kerja, dihitung_sejak: 1}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        // Nearly no row names a span: nothing to build for a file without one.
        guard steps.contains(where: { $0.mutuBaku.countedFrom != nil || $0.mutuBaku.mergedThrough != nil }) else { return }
        let ids = steps.map(\.id.value)
        for (index, step) in steps.enumerated() {
            for (key, reference) in [("dihitung_sejak", step.mutuBaku.countedFrom), ("gabung_sampai", step.mutuBaku.mergedThrough)] {
                guard let reference else { continue }
                let at = file.location(reference)
                guard let target = ids.firstIndex(of: reference.value) else {
                    findings.add(description, Catalog.Waktu.unknownStep(key, reference.value, known: ids), at: at,
                                 notes: Suggestion.closest(to: reference.value, among: ids).map { [.init(Catalog.didYouMean($0))] } ?? [])
                    continue
                }
                if key == "dihitung_sejak", target > index {
                    findings.add(description, Catalog.Waktu.notEarlier(key, reference.value), at: at)
                } else if key == "gabung_sampai", target <= index {
                    findings.add(description, Catalog.Waktu.notLater(reference.value), at: at)
                } else if step.mutuBaku.waktu == nil {
                    findings.add(description, Catalog.Waktu.needsWaktu(key), at: at)
                }
            }
        }
    }
}
