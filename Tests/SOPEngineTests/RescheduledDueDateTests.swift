import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A standard due on a date the case recorded (`waktu_baku: {sampai}`): a date already past is
/// said before it is kept (the engine judges "past" by the time the desk passes in), and a visit
/// rescheduled after a loop back records its new date on the loop's target row
/// (`hanya_kunjungan_ulang: ya`), which `sampai` then reads as the latest answer.
@Suite struct RescheduledDueDateTests {
    static let text = """
        nomor: "07"
        judul: Tera
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menetapkan jadwal
            pelaksana: penera
            formulir:
              - {nama: tanggal_jadwal, label: Tanggal pelaksanaan, jenis: tanggal}
              - {nama: catatan_tanggal, label: Tanggal lain, jenis: tanggal, wajib: tidak}
          - no: 2
            uraian: Pemohon menyiapkan UTTP
            pelaksana: penera
            formulir:
              - {nama: tanggal_jadwal, label: Tanggal jadwal ulang, jenis: tanggal, hanya_kunjungan_ulang: ya}
          - no: 3
            uraian: Datang ke lokasi
            pelaksana: penera
            mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal}}
          - no: 4
            uraian: Menilai
            pelaksana: penera
            keputusan: {pertanyaan: Sah?, cabang: {Ya: selesai, Tidak: 2}}

        """

    static func fields(_ step: String, _ run: CommandRun) -> [String] {
        guard let visit = run.state.visit(of: step) else { return [] }
        return run.engine.pending(visit, in: run.state).compactMap { if case .field(let field) = $0 { field.name.value } else { nil } }
    }

    @Test func aLaterPassFieldIsAskedOnlyAfterTheLoopAndMovesTheDueDate() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.step("2")?.form.first?.laterPassOnly == true && sop.step("1")?.form.first?.laterPassOnly == false)
        var run = CommandRun(sop, roles: ["penera"])
        try run.run(.answerField(step: "1", field: "tanggal_jadwal", value: "02-12-2026"))
        try run.run(.answerField(step: "1", field: "catatan_tanggal", value: ""))
        try run.run(.completeStep(step: "1"))
        // First pass: row 2 asks nothing; row 3 is due on the date row 1 recorded.
        #expect(Self.fields("2", run).isEmpty)
        try run.run(.completeStep(step: "2"))
        let first = try #require(run.visit("3")?.due)
        #expect(first == run.engine.calendar.endOfServiceDay("2026-12-02", at: nil))
        try run.run(.completeStep(step: "3"))
        try run.run(.chooseBranch(step: "4", label: "Tidak"))
        try run.run(.completeStep(step: "4"))
        // The loop back: row 2 asks the new date, and row 3's second visit is due on it.
        #expect(run.visit("2")?.visit == 2)
        #expect(Self.fields("2", run) == ["tanggal_jadwal"])
        #expect(throws: EngineError.self) { try run.run(.completeStep(step: "2")) }
        try run.run(.answerField(step: "2", field: "tanggal_jadwal", value: "09-12-2026"))
        try run.run(.completeStep(step: "2"))
        let second = try #require(run.visit("3")?.due)
        #expect(run.visit("3")?.visit == 2)
        #expect(second == run.engine.calendar.endOfServiceDay("2026-12-09", at: nil))
        #expect(second > first)
    }

    @Test func aPastDateOfAStandardIsWarnedOfAndOtherDatesAreNot() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let engine = Engine(sop: sop)
        let field = try #require(sop.step("1")?.form.first)
        let other = try #require(sop.step("1")?.form.last)
        // Monday 30 November 2026, 09:00 WIB.
        let warning = try #require(engine.pastDueDate(field, value: "27-11-2026", now: Fixtures.monday))
        #expect(warning.id == "tanggal 27-11-2026 sudah lewat (hari ini 30-11-2026): kegiatan 3 dinilai sampai tanggal itu, jadi langsung terlambat")
        #expect(warning.en == "the date 27-11-2026 has passed (today is 30-11-2026): step 3 is due by that date, so it is late at once")
        #expect(engine.pastDueDate(field, value: "30-11-2026", now: Fixtures.monday) == nil)
        #expect(engine.pastDueDate(field, value: "2026-12-01", now: Fixtures.monday) == nil)
        // Late in the evening of the 30th (WIB) it is still the 30th, not the next day in UTC.
        #expect(engine.pastDueDate(field, value: "30-11-2026", now: Fixtures.monday.addingTimeInterval(14 * 3600)) == nil)
        #expect(engine.pastDueDate(other, value: "27-11-2026", now: Fixtures.monday) == nil)
        #expect(engine.pastDueDate(field, value: "bukan tanggal", now: Fixtures.monday) == nil)
    }

    /// At the desk: said once, then Enter (or the same date typed again) keeps it.
    @Test func theDeskWarnsOfAPastDateAndEnterKeepsIt() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let prompter = ScriptedTestPrompter(answers("27-11-2026", "", "", ""))
        let session = try harness.start(prompter, roles: ["penera"])
        _ = session.run()
        let warnings = prompter.messages.compactMap { if case .warning(let text) = $0 { text } else { nil } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.id.hasPrefix("tanggal 27-11-2026 sudah lewat (hari ini 30-11-2026)") == true)
        #expect(warnings.first?.id.hasSuffix("Tekan Enter untuk tetap memakai tanggal itu (pendaftaran terlambat memang bisa terjadi), atau ketik tanggal lain.") == true)
        #expect(warnings.first?.en.hasSuffix("Press Enter to keep that date (a late registration can be real), or type another date.") == true)
        // Asked again with the date kept on Enter, and recorded as typed.
        let asked = prompter.questions.filter { if case .field(let field) = $0.kind { field.name.value == "tanggal_jadwal" } else { false } }
        #expect(asked.count == 2 && asked.last?.previous == "2026-11-27")
        #expect(session.state.completed.first { $0.step == "1" }?.fields["tanggal_jadwal"] == "2026-11-27")
    }
}

extension RescheduledDueDateTests {
    /// On a first visit a later-pass field is no form: the Output is typed, not "the form above".
    @Test func aLaterPassFieldIsNoFormOnTheFirstVisit() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let step = try #require(sop.step("2"))
        #expect(Engine.formOutput(of: step, visit: 1) == nil)
        #expect(Engine.formOutput(of: step, visit: 2) != nil)
    }
}
