import SOPCore
import SOPModel

/// A range whose low end is above its high end ("3-1 hari").
struct WaktuRangeReversedRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-range-reversed", severity: .error, category: .mutuBaku,
        summary: Catalog.Lint.Summary.waktuRangeReversed,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓3-1 hari}}"),
        ],
        nonTriggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 1 s.d. 3 hari}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let duration = waktu.duration, duration.low > duration.high
            else { continue }
            findings.add(description,
                         Catalog.Lint.waktuRangeReversed(waktu.text.value,
                                                         low: WaktuFormatter.number(duration.low, .id),
                                                         high: WaktuFormatter.number(duration.high, .id)),
                         at: file.location(waktu.text))
        }
    }
}
