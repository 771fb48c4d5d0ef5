import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A 24/7 unit's SOP on the office's calendar (tester 32, F1): a BPBD Pusdalops whose printed
/// "Waktu Layanan" is "24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan
/// cuti bersama)", beside the office calendar that lists 24-12-2026 (cuti bersama) and 25-12-2026
/// (Natal). Its minutes run on Christmas night; an SOP that says nothing of holidays keeps the
/// office's reading (the holidays stop the clock); an office SOP is unchanged.
@Suite struct HolidayServiceTests {
    static let calendar: WorkCalendar = {
        let result = CalendarLoader.load(path: Fixtures.root + "/Tests/Fixtures/bpbd/sop/kalender.yaml")
        precondition(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return result.calendar!
    }()

    static func sop(_ hours: String) -> SOP {
        Fixtures.sop(text: """
            nomor: "14"
            judul: Penerimaan dan Penanganan Laporan Kejadian Bencana
            jam_layanan: \(hours)
            pelaksana:
              - {id: piket, nama: Petugas Piket Pusdalops, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima laporan, pelaksana: piket, mutu_baku: {waktu: 5 menit}}
              - {no: 2, uraian: Memverifikasi laporan, pelaksana: piket, mutu_baku: {waktu: maks. 30 menit sejak laporan diterima, dihitung_sejak: 1}}
              - {no: 3, uraian: Kaji cepat, pelaksana: piket, mutu_baku: {waktu: 1 jam}}
            """).0
    }

    static let printed = "\"24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)\""

    /// "2026-12-25 02:00" in WIB.
    static func wib(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = WorkCalendar.jakarta
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    /// A case on the engine with a clock set by the test.
    struct Run {
        let engine: Engine
        var state: CaseState
        var time: Date
        let actor = Operator(name: "piket-rina", roles: ["piket"])

        init(_ sop: SOP, at start: Date) {
            engine = Engine(sop: sop, calendar: HolidayServiceTests.calendar)
            time = start
            state = CaseState(id: CaseID("14-2026-000001"))
            let started = CaseEvent.CaseStarted(nomor: sop.nomor, judul: sop.judul, revision: "r", revisionDate: "-", file: "f")
            apply(engine.start(started, by: "piket", at: time))
        }

        mutating func apply(_ kinds: [CaseEvent.Kind]) {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: actor.name, role: "piket", kind: kind))
            }
        }

        mutating func complete(_ step: String, at moment: String) throws {
            time = HolidayServiceTests.wib(moment)
            apply(try engine.execute(.completeStep(step: step), on: state, by: actor, at: time))
        }

        func due(_ step: String) -> Date? { state.active.first { $0.step == step }?.due }
        func done(_ step: String) -> StepVisit? { state.completed.last { $0.step == step } }
    }

    @Test("Christmas night: the minutes run for an SOP that serves on holidays", arguments: [
        printed, "24 jam termasuk hari libur", "Senin-Minggu 00.00-24.00 termasuk hari libur",
        "setiap hari 24 jam, termasuk hari libur nasional dan cuti bersama",
    ])
    func christmasNight(hours: String) throws {
        let sop = Self.sop(hours)
        #expect(sop.serviceHours?.holidays == .served)
        var run = Run(sop, at: Self.wib("2026-12-25 02:00"))
        #expect(run.due("1") == Self.wib("2026-12-25 02:05"))
        try run.complete("1", at: "2026-12-25 02:04")
        #expect(abs((run.done("1")?.used ?? 0) - 4 * 60) < 0.01)
        // Row 2 counts from row 1's start: due 02.30, and verified 3 hours later it is late.
        #expect(run.due("2") == Self.wib("2026-12-25 02:30"))
        try run.complete("2", at: "2026-12-25 05:04")
        let verified = try #require(run.done("2"))
        #expect(abs((verified.used ?? 0) - (3 * 60 + 4) * 60) < 0.01)
        #expect(run.engine.calendar.servesHolidays)
        #expect(run.due("3") == Self.wib("2026-12-25 06:04"))
        // The whole case (the desk's, the receipt's and `sop status`'s date) is due that night too.
        #expect(run.engine.caseDue(in: run.state, now: run.time) == Self.wib("2026-12-25 06:04"))
    }

    @Test func cutiBersamaRunsToo() throws {
        let run = Run(Self.sop(Self.printed), at: Self.wib("2026-12-24 10:00"))
        #expect(run.due("1") == Self.wib("2026-12-24 10:05"))
    }

    @Test("Seven days silent on holidays: read as closed on them, as the office's calendar says")
    func silentOnHolidays() throws {
        let sop = Self.sop("Senin-Minggu 00.00-24.00")
        #expect(sop.serviceHours?.holidays == .unstated)
        var run = Run(sop, at: Self.wib("2026-12-25 02:00"))
        // Natal stops the clock: 5 minutes from Saturday 26 December 00.00.
        #expect(run.due("1") == Self.wib("2026-12-26 00:05"))
        try run.complete("1", at: "2026-12-25 05:04")
        #expect((run.done("1")?.used ?? 1) < 0.01)
        #expect(!run.engine.calendar.servesHolidays)
        // Said outright: the same.
        let closed = Run(Self.sop("Senin-Minggu 00.00-24.00 kecuali hari libur"), at: Self.wib("2026-12-25 02:00"))
        #expect(closed.due("1") == Self.wib("2026-12-26 00:05"))
    }

    @Test("Saturday night: seven days run, holidays or not", arguments: [printed, "Senin-Minggu 00.00-24.00", "24 jam"])
    func saturdayNight(hours: String) throws {
        var run = Run(Self.sop(hours), at: Self.wib("2026-12-05 22:30"))
        #expect(run.due("1") == Self.wib("2026-12-05 22:35"))
        try run.complete("1", at: "2026-12-05 22:33")
        try run.complete("2", at: "2026-12-05 23:50")
        // 1 jam from 23.50 Saturday crosses midnight into Sunday.
        #expect(run.due("3") == Self.wib("2026-12-06 00:50"))
    }

    @Test func anOfficeSOPStillStopsOnHolidays() throws {
        let run = Run(Self.sop("Senin-Kamis 07.30-16.00, Jumat 07.30-11.00"), at: Self.wib("2026-12-25 02:00"))
        // Natal (Friday), then the weekend: Monday 28 December 07.35.
        #expect(run.due("1") == Self.wib("2026-12-28 07:35"))
    }
}
