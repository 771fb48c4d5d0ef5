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
        #expect(standard.text == "3 (tiga) hari kerja" && standard.duration.unit == .hariKerja && standard.duration.high == 3)
        #expect(standard.isPrintedTotal)
        var run = CommandRun(sop, roles: ["petugas"])
        // Monday 09.00 + 3 working days, on the standard calendar (Monday–Friday).
        let promised = WorkCalendar.standard.due(from: Fixtures.monday, waktu: standard.duration)
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

    @Test func aDurationWrittenThereIsTheStandard() throws {
        let (sop, _) = Fixtures.sop(text: Self.text("kasus: {batas_layanan: 2 hari kerja}"))
        let standard = try #require(sop.caseSettings.serviceStandard)
        #expect(standard.text == "2 hari kerja" && standard.duration.high == 2 && !standard.isPrintedTotal)
        let run = CommandRun(sop, roles: ["petugas"])
        #expect(run.state.started?.due == WorkCalendar.standard.due(from: Fixtures.monday, waktu: standard.duration))
    }
}
