import SOPCore
import SOPModel

/// A printed waktu that holds no duration and is neither a schedule (`waktu-schedule`) nor a
/// blank cell ("-"): "Menunggu ketersediaan blanko", "Sesuai kebutuhan", "Segera". The step then
/// has no time standard and is never judged late, which the official should know rather than
/// find out (tester 28, F3). A note, not an error: the cell stays as printed; `waktu_baku: tanpa`
/// says the step has none indeed (and the note goes), `waktu_baku: <durasi>` gives it one.
struct WaktuNoStandardRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-no-standard", severity: .note, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.waktuNoStandard,
        triggering: [
            .sop(steps: "  - {uraian: Menunggu blanko dari Ditjen, pelaksana: petugas, mutu_baku: {waktu: ↓Menunggu ketersediaan blanko}}"),
            .sop(steps: "  - {uraian: Memeriksa, pelaksana: petugas, mutu_baku: {waktu: ↓Sesuai kebutuhan}}"),
            .sop(steps: "  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: ↓Segera}}"),
            .sop(steps: "  - {uraian: Menyesuaikan, pelaksana: petugas, mutu_baku: {waktu: ↓Setiap saat}}"),
        ],
        // A schedule ("Setiap hari Senin") or a date set in the case ("sesuai jadwal") is
        // waktu-schedule's note instead, never both.
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menunggu blanko, pelaksana: petugas, mutu_baku: {waktu: Menunggu ketersediaan blanko, waktu_baku: tanpa}}
                  - {uraian: Memeriksa, pelaksana: petugas, mutu_baku: {waktu: Sesuai kebutuhan, waktu_baku: 1 hari kerja}}
                  - {uraian: Mengarsipkan, pelaksana: petugas, mutu_baku: {waktu: "-"}}
                  - {uraian: Mencetak, pelaksana: petugas, mutu_baku: {waktu: Setiap hari kerja pukul 14.00}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, waktu.stated == nil, !waktu.hasStandard, !waktu.isBlank else { continue }
            let text = waktu.text.value
            // A schedule, a date set in the case or a limit before a date: waktu-schedule's note.
            if WaktuScheduleRule.beforeEvent(text) != nil || WaktuScheduleRule.isScheduledDate(text) || WaktuScheduleRule.isSchedule(text) { continue }
            // A number with a unit the parser did not take is waktu-format's error, not this note.
            guard case .none = WaktuParser.read(text) else { continue }
            findings.add(description, Catalog.Waktu.noDuration(text), at: file.location(waktu.text), notes: [.init(Catalog.Waktu.noDurationHint)])
        }
    }
}
