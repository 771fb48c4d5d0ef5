import SOPCore
import SOPModel

/// Service hours of all seven days (`Senin-Minggu 00.00-24.00`, `24 jam`) that say nothing of
/// holidays (tester 32, F1): a unit open every day may work on libur nasional and cuti bersama
/// (a Pusdalops, an emergency room) or close on them (a market office open on weekends). Read
/// as closed, as before, so the calendar's holidays stop the clock; a warning names both readings
/// and the words that choose ("termasuk hari libur" / "kecuali hari libur").
struct ServiceHoursHolidaysRule: SOPRule {
    let description = RuleDescription(
        id: "jam-layanan-holidays", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.serviceHoursHolidaysSummary,
        triggering: [
            .sop(identity: "jam_layanan: ↓Senin-Minggu 00.00-24.00"),
            .sop(identity: "jam_layanan: ↓24 jam setiap hari"),
        ],
        nonTriggering: [
            .sop(identity: "jam_layanan: 24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)"),
            .sop(identity: "jam_layanan: Senin-Minggu 08.00-20.00 kecuali hari libur"),
            .sop(identity: "jam_layanan: Senin-Jumat 08.00-16.00, Sabtu 08.00-12.00"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let hours = file.sop.serviceHours, hours.holidays == .unstated, hours.everyDay,
            let first = hours.texts.first
        else { return }
        let written = hours.texts.map(\.value).joined(separator: ", ")
        findings.add(description, Catalog.Waktu.serviceHoursHolidays(written),
                     at: file.location(first),
                     notes: [.init(Catalog.Waktu.serviceHoursHolidaysFix(written))])
    }
}
