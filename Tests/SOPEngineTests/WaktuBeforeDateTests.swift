import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A deadline before a date ("Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat",
/// tester 26, finding 1): not read as a 2-month span; said with `waktu_baku: {sampai, sebelum}`,
/// the date answered at the row itself; `waktu_baku: tanpa` for no standard. And a standard chosen
/// by a decision below the row, on the pass the case came back through it (finding 6).
@Suite struct WaktuBeforeDateTests {
    static let text = """
        nomor: "07"
        judul: Usul Kenaikan Pangkat
        pelaksana:
          - {id: analis, nama: Analis Kepegawaian, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menyampaikan berkas usul
            pelaksana: analis
            formulir: [{nama: tmt_periode, label: TMT periode, jenis: tanggal}]
            mutu_baku:
              waktu: Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat
              waktu_baku: {sampai: tmt_periode, sebelum: 2 bulan}
          - no: 2
            uraian: Meneliti kelengkapan berkas
            pelaksana: analis
            mutu_baku:
              waktu: 3 hari kerja
              waktu_baku: {menurut: 3, jika: {Berkas Kurang: 5 hari kerja}, lainnya: 3 hari kerja}
          - no: 3
            uraian: Memverifikasi berkas
            pelaksana: analis
            keputusan: {cabang: {Memenuhi Syarat: 4, Berkas Kurang: 2}}
          - no: 4
            uraian: Mengarsipkan
            pelaksana: analis
            mutu_baku: {waktu: "-", waktu_baku: tanpa}

        """

    @Test func aLimitBeforeAnEventIsNoSpanAndNoStandardIsStated() throws {
        let printed = """
            nomor: "07"
            judul: Usul
            pelaksana: [{id: analis, nama: Analis, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menyampaikan, pelaksana: analis, mutu_baku: {waktu: Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat}}
              - {no: 2, uraian: Meneliti, pelaksana: analis, mutu_baku: {waktu: Paling lambat 2 (dua) bulan setelah berkas diterima}}
              - {no: 3, uraian: Mengarsipkan, pelaksana: analis, mutu_baku: {waktu: 1 hari kerja, waktu_baku: "-"}}
              - {no: 4, uraian: Menyerahkan, pelaksana: analis, mutu_baku: {waktu: Sesuai jadwal BKN, waktu_baku: Tanpa}}

            """
        let (sop, _) = Fixtures.sop(text: printed)
        #expect(sop.step("1")?.mutuBaku.waktu?.duration == nil)
        // "setelah" counts from a moment: still a span.
        let after = try #require(sop.step("2")?.mutuBaku.waktu?.duration)
        #expect(after.high == 2 && after.unit == .bulan)
        for row in ["3", "4"] {
            let waktu = try #require(sop.step(row)?.mutuBaku.waktu)
            #expect(waktu.statedNone && waktu.duration == nil && !waktu.dependsOnCase)
        }
        #expect(sop.waktuCellLines(at: 2, .id) == ["1 hari kerja", "tanpa standar waktu"])
        var run = CommandRun(sop, roles: ["analis"])
        #expect(run.visit("1")?.due == nil)
        try run.run(.completeStep(step: "1"))
        try run.run(.completeStep(step: "2"), afterHours: 24 * 90)
        #expect(try run.engine.clock(of: #require(run.visit("2")), in: run.state)?.late == true)
        try run.run(.completeStep(step: "3"), afterHours: 24 * 30)
        #expect(run.visit("3")?.due == nil)
        #expect(try run.engine.clock(of: #require(run.visit("3")), in: run.state) == nil)
    }

    @Test func theDateAnsweredAtTheRowSetsItsDueTwoMonthsBefore() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let dueBy = try #require(sop.step("1")?.mutuBaku.waktu?.dueBy)
        #expect(dueBy.before == WaktuDuration(low: 2, unit: .bulan))
        var run = CommandRun(sop, roles: ["analis"])
        // Not known when the row starts: no limit yet.
        #expect(run.visit("1")?.due == nil)
        try run.run(.answerField(step: "1", field: "tmt_periode", value: "01-04-2027"))
        try run.run(.completeStep(step: "1"), afterHours: 1)
        let one = try #require(run.visit("1"))
        let clock = try #require(run.engine.clock(of: one, in: run.state))
        #expect(clock.due == run.engine.calendar.endOfServiceDay("2027-02-01", at: nil))
        #expect(clock.late == false)
    }

    @Test func answeredAfterTheDateBeforeThePeriodIsLate() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["analis"])
        // Monday 30 November 2026: the period of 1 January 2027 was due by 1 November 2026.
        try run.run(.answerField(step: "1", field: "tmt_periode", value: "2027-01-01"))
        try run.run(.completeStep(step: "1"))
        #expect(try run.engine.clock(of: #require(run.visit("1")), in: run.state)?.late == true)
    }

    @Test func theDueIsMovedBackOnTheCalendarOfItsUnit() throws {
        let calendar = WorkCalendar.standard
        func due(_ date: String, _ offset: WaktuDuration?) -> Date? { calendar.due(onDate: date, at: nil, before: offset) }
        #expect(due("2027-04-01", nil) == calendar.endOfServiceDay("2027-04-01", at: nil))
        #expect(due("2027-04-01", WaktuDuration(low: 2, unit: .bulan)) == calendar.endOfServiceDay("2027-02-01", at: nil))
        // The month's last day when the day does not exist; across a year.
        #expect(due("2027-03-31", WaktuDuration(low: 1, unit: .bulan)) == calendar.endOfServiceDay("2027-02-28", at: nil))
        #expect(due("2027-01-15", WaktuDuration(low: 2, unit: .bulan)) == calendar.endOfServiceDay("2026-11-15", at: nil))
        #expect(due("2027-01-15", WaktuDuration(low: 14, unit: .bulan)) == calendar.endOfServiceDay("2025-11-15", at: nil))
        #expect(due("2027-04-01", WaktuDuration(low: 3, unit: .hari)) == calendar.endOfServiceDay("2027-03-29", at: nil))
        #expect(due("2027-04-01", WaktuDuration(low: 1, unit: .minggu)) == calendar.endOfServiceDay("2027-03-25", at: nil))
        // Thursday 1 April 2027, 5 working days before: Thursday 25 March (the weekend skipped).
        #expect(due("2027-04-01", WaktuDuration(low: 5, unit: .hariKerja)) == calendar.endOfServiceDay("2027-03-25", at: nil))
        let noon = calendar.endOfServiceDay("2027-04-01", at: "12.00")
        #expect(calendar.due(onDate: "2027-04-01", at: "12.00", before: WaktuDuration(low: 2, unit: .jam))
            == noon?.addingTimeInterval(-7200))
        #expect(due("2027-02-30", WaktuDuration(low: 1, unit: .bulan)) == nil)
    }

    @Test func aDecisionBelowChoosesTheStandardOfThePassItSentBack() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["analis"])
        try run.run(.answerField(step: "1", field: "tmt_periode", value: "2027-04-01"))
        try run.run(.completeStep(step: "1"))
        // First pass: decision 3 has taken no branch, `lainnya` applies (3 hari kerja).
        let first = try #require(run.visit("2")?.due)
        #expect(first == run.engine.calendar.due(from: run.time, waktu: WaktuDuration(low: 3, unit: .hariKerja)))
        try run.run(.completeStep(step: "2"))
        try run.run(.chooseBranch(step: "3", label: "Berkas Kurang"))
        try run.run(.completeStep(step: "3"))
        // Back through "Berkas Kurang": 5 hari kerja.
        let second = try #require(run.visit("2")?.due)
        #expect(run.state.visits["2"] == 2)
        #expect(second == run.engine.calendar.due(from: run.time, waktu: WaktuDuration(low: 5, unit: .hariKerja)))
        // Done on the fourth working day: on time against 5, late against the printed 3.
        try run.run(.completeStep(step: "2"), afterHours: 24 * 3 + 2)
        #expect(try run.engine.clock(of: #require(run.visit("2")), in: run.state)?.late == false)
    }
}
