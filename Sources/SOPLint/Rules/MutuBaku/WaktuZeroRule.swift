import SOPCore
import SOPModel

/// A waktu of zero ("0 menit"): a standard that cannot be met, or a blank written as a number.
struct WaktuZeroRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-zero", severity: .error, category: .mutuBaku,
        summary: Catalog.Lint.Summary.waktuZero,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓0 menit}}"),
        ],
        nonTriggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 0-5 menit}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let duration = waktu.duration,
                duration.low == 0, duration.high == 0
            else { continue }
            findings.add(description, Catalog.Lint.waktuZero(waktu.text.value), at: file.location(waktu.text))
        }
    }
}
