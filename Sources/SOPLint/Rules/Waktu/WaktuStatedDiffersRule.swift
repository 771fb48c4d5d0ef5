import SOPCore
import SOPModel

/// A `waktu_baku` beside a printed waktu that reads as one duration, and says another: either
/// the print or the stated standard is wrong (not when it picks the working-time reading of a
/// cell that says calendar and working time at once, nor when it only settles the day basis of
/// a cell in bare days, "1-2 hari" with `waktu_baku: 1-2 hari kerja`, as waktu-day-basis advises).
struct WaktuStatedDiffersRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-baku-differs", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.statedDiffers,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 30 menit, waktu_baku: ↓1 jam}}"),
            .sop(steps: "  - {uraian: Meneruskan berkas, pelaksana: petugas, mutu_baku: {waktu: 1-2 hari, waktu_baku: ↓2-3 hari kerja}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: Segera, waktu_baku: 1 jam}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 1 jam 30 menit, waktu_baku: 90 menit}}
                  - {uraian: Meneruskan berkas, pelaksana: petugas, mutu_baku: {waktu: 1-2 hari, waktu_baku: 1-2 hari kerja}}
                  - {uraian: Menunggu balasan, pelaksana: petugas, mutu_baku: {waktu: 3 hari, waktu_baku: 3 hari kalender}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let stated = waktu.stated, let standard = waktu.duration else { continue }
            let printed: WaktuDuration
            switch WaktuParser.read(waktu.text.value) {
            case .exact(let duration), .inText(let duration, _): printed = duration
            default: continue
            }
            // "3 hari kalender kerja" with `waktu_baku: 3 hari kerja`: the writer chose the other
            // of its two readings (waktu-basis-contradictory), as that rule asks.
            if let readings = WaktuBasisContradictoryRule.readings(waktu.text.value),
                case .success(let working) = WaktuParser.parse(readings.working),
                working.unit == standard.unit, working.low == standard.low, working.high == standard.high
            {
                continue
            }
            // "1-2 hari" with `waktu_baku: 1-2 hari kerja`: the standard settles the day basis
            // the cell leaves open (waktu-day-basis), as that rule advises.
            if printed.unit == .hari, [.hari, .hariKerja].contains(standard.unit), !WaktuDayBasisRule.saysBasis(waktu.text.value),
                printed.low == standard.low, printed.high == standard.high
            {
                continue
            }
            guard printed.totalPart.part != standard.totalPart.part
                || printed.low * printed.totalPart.factor != standard.low * standard.totalPart.factor
                || printed.high * printed.totalPart.factor != standard.high * standard.totalPart.factor
            else { continue }
            findings.add(description,
                         Catalog.Waktu.statedDiffers(waktu.text.value, read: WaktuFormatter.standard(printed),
                                                     stated: WaktuFormatter.standard(standard)),
                         at: file.location(stated))
        }
    }
}
