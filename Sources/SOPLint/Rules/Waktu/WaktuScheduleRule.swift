import SOPCore
import SOPModel

/// A printed waktu that reads as a schedule ("Setiap hari Senin", "Setiap bulan", "Tiap
/// triwulan", "Mingguan"): it names when the step is done, not how long it may take, so the
/// step has no deadline and is never judged late (tester 10, F16). A note, not an error: the
/// cell stays as printed; a standard can be given beside it with `waktu_baku`.
struct WaktuScheduleRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-schedule", severity: .note, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.waktuSchedule,
        triggering: [
            .sop(steps: "  - {uraian: Mengirim laporan, pelaksana: petugas, mutu_baku: {waktu: ↓Setiap hari Senin}}"),
            .sop(steps: "  - {uraian: Merekap, pelaksana: petugas, mutu_baku: {waktu: ↓Tiap triwulan}}"),
            .sop(steps: "  - {uraian: Merekap, pelaksana: petugas, mutu_baku: {waktu: ↓Bulanan}}"),
            // A date set in the case (tester 22, finding 5): the hint names `{sampai}`.
            .sop(steps: "  - {uraian: Datang ke lokasi, pelaksana: petugas, mutu_baku: {waktu: ↓sesuai jadwal}}"),
            .sop(steps: "  - {uraian: Menguji, pelaksana: petugas, mutu_baku: {waktu: ↓Pada tanggal yang dijadwalkan}}"),
            // A limit before a date (tester 26, finding 1): the hint names `{sampai, sebelum}` and `tanpa`.
            .sop(steps: "  - {uraian: Menyampaikan usul, pelaksana: petugas, mutu_baku: {waktu: ↓Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Mengirim laporan, pelaksana: petugas, mutu_baku: {waktu: Setiap hari Senin, waktu_baku: 1 hari kerja}}
                  - {uraian: Menyesuaikan, pelaksana: petugas, mutu_baku: {waktu: Menyesuaikan, waktu_baku: tanpa}}
                  - {uraian: Memeriksa, pelaksana: petugas, mutu_baku: {waktu: Setiap saat, waktu_baku: tanpa}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {uraian: Menyampaikan usul, pelaksana: petugas, mutu_baku: {waktu: 2 bulan sebelum periode, waktu_baku: tanpa}}
                  - {uraian: Mengarsipkan, pelaksana: petugas, mutu_baku: {waktu: Setiap bulan, waktu_baku: "-"}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, waktu.duration == nil, waktu.stated == nil, waktu.dailyAt == nil, !waktu.dependsOnCase else { continue }
            if let read = Self.beforeEvent(waktu.text.value) {
                findings.add(description, Catalog.WaktuFromCase.beforeEvent(waktu.text.value, read: read), at: file.location(waktu.text),
                             notes: [.init(Catalog.WaktuFromCase.beforeEventHint(Self.offset(read)))])
                continue
            }
            let dated = Self.isScheduledDate(waktu.text.value)
            guard dated || Self.isSchedule(waktu.text.value) else { continue }
            findings.add(description, Catalog.Waktu.schedule(waktu.text.value), at: file.location(waktu.text),
                         notes: [.init(dated ? Catalog.WaktuFromCase.scheduleDateHint : Catalog.Waktu.scheduleHint)])
        }
    }

    /// The duration part of a limit before a date ("Paling lambat 2 (dua) bulan" in "… sebelum
    /// periode"), or nil when the waktu is not one.
    static func beforeEvent(_ text: String) -> String? {
        guard case .inText(_, let read) = WaktuParser.read(text), WaktuParser.isBeforeEvent(text, read: read) else { return nil }
        return read
    }

    /// The offset to write in `sebelum:`: the duration as read ("2 bulan"), the words around it dropped.
    static func offset(_ read: String) -> String {
        guard case .exact(let duration) = WaktuParser.read(read) else { return read }
        return WaktuFormatter.standard(duration)
    }

    /// Words that open a schedule ("setiap", "tiap") followed by a period or a day, or a
    /// period adjective on its own ("mingguan", "bulanan").
    static func isSchedule(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard let first = words.first else { return false }
        if periodic.contains(first) { return true }
        guard every.contains(first) || (first == "per" && words.count > 1) else { return false }
        return words.dropFirst().prefix(2).contains { periods.contains($0) || days.contains($0) }
    }

    /// A date set for the case ("sesuai jadwal", "sesuai jadwal yang ditetapkan", "pada tanggal
    /// yang dijadwalkan", "terjadwal"): a due date the case can record.
    static func isScheduledDate(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { $0 == "jadwal" || $0 == "dijadwalkan" || $0 == "terjadwal" }
    }

    private static let every: Set<String> = ["setiap", "tiap", "tiap-tiap", "saban"]
    private static let periods: Set<String> = [
        "hari", "minggu", "pekan", "bulan", "triwulan", "caturwulan", "semester", "tahun", "kuartal", "akhir", "awal", "pagi", "sore",
    ]
    private static let days: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum", "sabtu", "minggu", "ahad"]
    private static let periodic: Set<String> = ["harian", "mingguan", "bulanan", "triwulanan", "semesteran", "tahunan", "berkala"]
}
