import SOPCore
import SOPModel

/// A waktu no service standard means: over a year (365 hari, 52 minggu, 12 bulan) or, on the
/// clock, over 1000 hours. Usually a wrong unit ("90 jam" for "90 menit") or a typo.
struct WaktuAbsurdRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-absurd", severity: .warning, category: .mutuBaku,
        summary: Catalog.Lint.Summary.waktuAbsurd,
        triggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓400 hari kerja}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: ↓2000 jam}}
                  - {uraian: Menandatangani, pelaksana: petugas, mutu_baku: {waktu: ↓1-18 bulan}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 365 hari}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 1000 jam}}
                  - {uraian: Menandatangani, pelaksana: petugas, mutu_baku: {waktu: 14 x 24 jam}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let duration = waktu.duration,
                let limit = Self.limit(duration)
            else { continue }
            findings.add(description, Catalog.Lint.waktuAbsurd(waktu.text.value, limit: limit),
                         at: file.location(waktu.text))
        }
    }

    /// The bound the duration passes, if it passes one.
    static func limit(_ duration: WaktuDuration) -> Localized? {
        let high = max(duration.low, duration.high)
        switch duration.unit {
        case .menit: return high > 1000 * 60 ? Catalog.Lint.waktuLimit(1000, .hours) : nil
        case .jam where duration.isMultipleOf24Hours: return high > 365 * 24 ? Catalog.Lint.waktuLimit(365, .days) : nil
        case .jam: return high > 1000 ? Catalog.Lint.waktuLimit(1000, .hours) : nil
        case .hari, .hariKerja: return high > 365 ? Catalog.Lint.waktuLimit(365, .days) : nil
        case .minggu: return high > 52 ? Catalog.Lint.waktuLimit(52, .weeks) : nil
        case .bulan: return high > 12 ? Catalog.Lint.waktuLimit(12, .months) : nil
        }
    }
}
