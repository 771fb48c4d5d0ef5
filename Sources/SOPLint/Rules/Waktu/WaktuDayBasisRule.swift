import SOPCore
import SOPModel

/// A printed waktu in days that says neither "kalender" nor "kerja" ("1 hari") in an SOP that
/// writes its service hours (`jam_layanan`): counted as calendar days, so a step's due time can
/// fall at night or on a day the office is closed, while the unit most likely meant working days
/// (tester 16, finding 5: a receipt promising a Saturday). A warning naming both readings and the
/// key that chooses. So is one whose printed Total waktu counts working days ("3 (tiga) hari
/// kerja" under rows of "1-2 hari": tester 25, finding 4); another SOP without service hours is
/// left alone (its "hari" is read as written).
struct WaktuDayBasisRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-day-basis", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.waktuDayBasisSummary,
        triggering: [
            .sop(identity: "jam_layanan: Senin-Jumat 08.00-15.00 WIB",
                 steps: "  - {uraian: Menghubungi pemohon, pelaksana: petugas, mutu_baku: {waktu: ↓1 hari}}"),
            .sop(identity: "jam_layanan: Senin-Jumat 08.00-15.00 WIB",
                 steps: "  - {uraian: Memeriksa draft, pelaksana: petugas, mutu_baku: {waktu: ↓2 (dua) hari}}"),
            .sop(identity: "cetak: {total_waktu: 3 (tiga) hari kerja}",
                 steps: "  - {uraian: Meneliti berkas, pelaksana: petugas, mutu_baku: {waktu: ↓1-2 hari}}"),
        ],
        nonTriggering: [
            .sop(identity: "jam_layanan: Senin-Jumat 08.00-15.00 WIB", steps: """
                  - {uraian: Menghubungi pemohon, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {uraian: Menunggu sanggahan, pelaksana: petugas, mutu_baku: {waktu: 14 hari kalender}}
                  - {uraian: Menunggu balasan, pelaksana: petugas, mutu_baku: {waktu: 3 hari, waktu_baku: 3 hari kalender}}
                  - {uraian: Memindai berkas, pelaksana: petugas, mutu_baku: {waktu: 1 x 24 jam}}
                """),
            .sop(steps: "  - {uraian: Menghubungi pemohon, pelaksana: petugas, mutu_baku: {waktu: 1 hari}}"),
            .sop(identity: "cetak: {total_waktu: 1-2 hari}",
                 steps: "  - {uraian: Meneliti berkas, pelaksana: petugas, mutu_baku: {waktu: 1-2 hari}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let workingTotal = Self.workingDaysTotal(of: file.sop)
        guard file.sop.serviceHours != nil || workingTotal != nil else { return }
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, waktu.stated == nil, waktu.conditional == nil,
                let duration = waktu.duration, duration.unit == .hari, duration.basis == .calendar,
                !Self.saysBasis(waktu.text.value)
            else { continue }
            let amount = duration.isRange
                ? "\(WaktuFormatter.number(duration.low, .id))-\(WaktuFormatter.number(duration.high, .id))"
                : WaktuFormatter.number(duration.low, .id)
            let (calendar, working) = ("\(amount) hari kalender", "\(amount) hari kerja")
            let message = file.sop.serviceHours == nil && workingTotal != nil
                ? Catalog.Waktu.waktuDayBasisTotal(waktu.text.value, calendar: calendar, working: working, total: workingTotal ?? "")
                : Catalog.Waktu.waktuDayBasis(waktu.text.value, calendar: calendar, working: working)
            findings.add(description, message,
                         at: file.location(waktu.text),
                         notes: [.init(Catalog.Waktu.waktuBasisFix(calendar: calendar, working: working))])
        }
    }

    /// The printed Total waktu when it counts working days ("3 (tiga) hari kerja"), else nil.
    static func workingDaysTotal(of sop: SOP) -> String? {
        guard let total = sop.identity.printing.totalText,
            TotalVersusRowsRule.total(total.value)?.parts[.workingDays] != nil
        else { return nil }
        return total.value
    }

    /// Whether the cell names its basis itself ("kalender", "berjalan", "kerja").
    static func saysBasis(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["kalender", "berjalan", "kerja"].contains { lowered.contains($0) }
    }
}
