import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The case's service standard (`kasus: batas_layanan`): a PATEN's signed "JUMLAH WAKTU
/// PENYELESAIAN 3 (tiga) hari kerja" is the citizen's promise (tester 25, finding 1). The case
/// falls due by it from its start, and the date does not move as rows finish early.
@Suite struct ServiceStandardDueTests {
    /// Rows adding up to 30 menit + 1 hari + 1 x 24 jam; the printed total 3 hari kerja.
    static func text(_ kasus: String) -> String {
        """
        nomor: "05"
        judul: Surat keterangan ahli waris
        cetak: {total_waktu: 3 (tiga) hari kerja}
        \(kasus)
        pelaksana:
          - {id: petugas, nama: Petugas PATEN, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 30 menit}}
          - {no: 2, uraian: Meneliti berkas, pelaksana: petugas, mutu_baku: {waktu: 1 hari}}
          - {no: 3, uraian: Menandatangani surat, pelaksana: petugas, mutu_baku: {waktu: 1 x 24 jam}}
        """
    }

    static let day: TimeInterval = 86_400

    @Test func theCaseIsDueByThePrintedTotalAndTheDateDoesNotMove() throws {
        let (sop, _) = Fixtures.sop(text: Self.text("kasus: {batas_layanan: total}"))
        let standard = try #require(sop.caseSettings.serviceStandard)
        #expect(standard.text == "3 (tiga) hari kerja" && standard.parts[0].unit == .hariKerja && standard.parts[0].high == 3)
        #expect(standard.isPrintedTotal)
        var run = CommandRun(sop, roles: ["petugas"])
        // Monday 09.00 + 3 working days, on the standard calendar (Monday–Friday).
        let promised = WorkCalendar.standard.due(from: Fixtures.monday, waktu: standard.parts[0])
        #expect(run.state.started?.due == promised)
        #expect(run.engine.caseDue(in: run.state, now: Fixtures.monday) == promised)
        // Row 1 done early: the rows' longest path would now be sooner; the promise stands,
        // and stays after the case ends.
        try run.run(.completeStep(step: "1"), afterMinutes: 5)
        #expect(run.state.active.map(\.step) == ["2"])
        #expect(run.engine.caseDue(in: run.state, now: run.time) == promised)
        try run.run(.completeStep(step: "2"), afterMinutes: 5)
        try run.run(.completeStep(step: "3"), afterMinutes: 5)
        #expect(run.state.status == .completed)
        #expect(run.engine.caseDue(in: run.state, now: run.time) == promised)
    }

    @Test func withoutTheKeyTheRowsLongestPathCounts() throws {
        let (sop, _) = Fixtures.sop(text: Self.text(""))
        #expect(sop.caseSettings.serviceStandard == nil)
        var run = CommandRun(sop, roles: ["petugas"])
        #expect(run.engine.caseDue(in: run.state, now: Fixtures.monday).map { $0.timeIntervalSince(Fixtures.monday) } == 30 * 60 + 2 * Self.day)
        // Row 1 done early: the path moves with it.
        try run.run(.completeStep(step: "1"), afterMinutes: 5)
        #expect(run.engine.caseDue(in: run.state, now: run.time).map { $0.timeIntervalSince(Fixtures.monday) } == 5 * 60 + 2 * Self.day)
    }

    /// Tester 31, F2: "9 (sembilan) hari kerja 35 menit" as printed is the promise: 35 minutes,
    /// then 9 working days, from the case's start (not 9 hari kerja alone, which drops 35 minutes).
    @Test func aPrintedTotalOfDaysAndMinutesIsThePromise() throws {
        let text = Self.text("kasus: {batas_layanan: total}").replacingOccurrences(
            of: "total_waktu: 3 (tiga) hari kerja", with: "total_waktu: 9 (sembilan) hari kerja 35 menit")
        let (sop, _) = Fixtures.sop(text: text)
        let standard = try #require(sop.caseSettings.serviceStandard)
        #expect(standard.parts.count == 2)
        let run = CommandRun(sop, roles: ["petugas"])
        let calendar = WorkCalendar.standard
        let promised = calendar.due(from: calendar.due(from: Fixtures.monday, waktu: WaktuDuration(low: 35, unit: .menit)),
                                    waktu: WaktuDuration(low: 9, unit: .hariKerja))
        #expect(run.state.started?.due == promised)
        #expect(run.engine.caseDue(in: run.state, now: Fixtures.monday) == promised)
        let daysOnly = calendar.due(from: Fixtures.monday, waktu: WaktuDuration(low: 9, unit: .hariKerja))
        #expect(promised.timeIntervalSince(daysOnly) == 35 * 60)
    }

    @Test func aDurationWrittenThereIsTheStandard() throws {
        let (sop, _) = Fixtures.sop(text: Self.text("kasus: {batas_layanan: 2 hari kerja}"))
        let standard = try #require(sop.caseSettings.serviceStandard)
        #expect(standard.text == "2 hari kerja" && standard.parts[0].high == 2 && !standard.isPrintedTotal)
        let run = CommandRun(sop, roles: ["petugas"])
        #expect(run.state.started?.due == WorkCalendar.standard.due(from: Fixtures.monday, waktu: standard.parts[0]))
    }
}
