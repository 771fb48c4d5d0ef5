import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Standards the case completes (tester 22, findings 2 and 5): "2 jam/alat" as n × 2 jam, n the
/// number of items the case recorded; "sesuai jadwal" due at the end of the scheduled date's
/// working day, or at the hour recorded beside it.
@Suite struct WaktuFromCaseTests {
    static let text = """
        nomor: "07"
        judul: Tera
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menerima permohonan
            pelaksana: penera
            formulir: [{nama: jumlah, label: Jumlah UTTP, jenis: angka}]
          - no: 2
            uraian: Menetapkan jadwal
            pelaksana: penera
            formulir: [{nama: tanggal_jadwal, jenis: tanggal}, {nama: jam_jadwal, jenis: teks}]
          - no: 3
            uraian: Datang ke lokasi
            pelaksana: penera
            mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal}}
          - no: 4
            uraian: Menguji setiap UTTP
            pelaksana: penera
            mutu_baku: {waktu: 2 jam/alat, waktu_baku: {per: jumlah, tiap: 2 jam}}
          - no: 5
            uraian: Menyerahkan hasil
            pelaksana: penera
            mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal, jam: jam_jadwal}}

        """

    @Test func theStandardIsTheTimePerItemTimesTheItemsAndTheDueDateIsTheScheduledDay() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.step("4")?.mutuBaku.waktu?.perItem?.field.value == "jumlah")
        #expect(sop.step("3")?.mutuBaku.waktu?.dueBy?.dateField.value == "tanggal_jadwal")
        var run = CommandRun(sop, roles: ["penera"])
        try run.run(.answerField(step: "1", field: "jumlah", value: "4"))
        try run.run(.completeStep(step: "1"))
        try run.run(.answerField(step: "2", field: "tanggal_jadwal", value: "09-12-2026"))
        try run.run(.answerField(step: "2", field: "jam_jadwal", value: "10.00"))
        try run.run(.completeStep(step: "2"))
        // Row 3 is due at the end of Wednesday 9 December (a calendar without service hours: midnight).
        let scheduled = try #require(run.engine.calendar.endOfServiceDay("2026-12-09", at: nil))
        #expect(run.visit("3")?.due == scheduled)
        try run.run(.completeStep(step: "3"), afterHours: 1)
        #expect(try run.engine.clock(of: #require(run.visit("3")), in: run.state)?.late == false)
        // Row 4: 4 alat × 2 jam = 8 jam, not 2.
        let fourStart = run.time
        let due = try #require(run.visit("4")?.due)
        #expect(due == run.engine.calendar.due(from: fourStart, waktu: WaktuDuration(low: 8, unit: .jam)))
        #expect(due > run.engine.calendar.due(from: fourStart, waktu: WaktuDuration(low: 2, unit: .jam)))
        // Done after 5 hours: within 8 jam (it would be late against 2 jam).
        try run.run(.completeStep(step: "4"), afterHours: 5)
        let four = try #require(run.visit("4"))
        #expect(abs((four.used ?? 0) - 5 * 3600) < 1)
        #expect(run.engine.clock(of: four, in: run.state)?.late == false)
        // Row 5: due at 10.00 on the scheduled date, the hour the case recorded.
        #expect(run.visit("5")?.due == run.engine.calendar.endOfServiceDay("2026-12-09", at: "10.00"))
        #expect(try #require(run.visit("5")?.due) < scheduled)
    }

    @Test func doneAfterTheScheduledDayIsLate() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["penera"])
        try run.run(.answerField(step: "1", field: "jumlah", value: "1"))
        try run.run(.completeStep(step: "1"))
        // Monday 30 November 2026: the visit is set for Tuesday 1 December.
        try run.run(.answerField(step: "2", field: "tanggal_jadwal", value: "2026-12-01"))
        try run.run(.answerField(step: "2", field: "jam_jadwal", value: "10.00"))
        try run.run(.completeStep(step: "2"))
        // Came on Thursday 3 December: two days after the date set.
        try run.run(.completeStep(step: "3"), afterHours: 3 * 24)
        #expect(try run.engine.clock(of: #require(run.visit("3")), in: run.state)?.late == true)
        // One alat: 2 jam; done in 3 hours is late.
        try run.run(.completeStep(step: "4"), afterHours: 3)
        #expect(try run.engine.clock(of: #require(run.visit("4")), in: run.state)?.late == true)
    }

    @Test func countsAndDatesAreReadAsTheFieldsStoreThem() {
        #expect(PerItemWaktu.count("4") == 4)
        #expect(PerItemWaktu.count(" 12 ") == 12)
        #expect(PerItemWaktu.count("4.0") == 4)
        #expect(PerItemWaktu.count("0") == nil)
        #expect(PerItemWaktu.count("-2") == nil)
        #expect(PerItemWaktu.count(nil) == nil)
        let calendar = WorkCalendar.standard
        #expect(calendar.endOfServiceDay("2026-02-30", at: nil) == nil)
        #expect(calendar.endOfServiceDay("09-12-2026", at: nil) == nil)
        let day = calendar.endOfServiceDay("2026-12-09", at: nil)
        let nine = calendar.endOfServiceDay("2026-12-09", at: "9:00")
        #expect(day != nil && nine != nil && nine! < day!)
        // An hour not read leaves the end of the day.
        #expect(calendar.endOfServiceDay("2026-12-09", at: "pagi") == day)
    }
}
