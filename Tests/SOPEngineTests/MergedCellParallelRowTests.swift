import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A merged Waktu cell (`gabung_sampai`) ending on a parallel row of two boxes (tester 22,
/// finding 1): the cell is judged once per pass, at whichever box of the row is done last, and
/// every box of the row shows the cell's standard.
@Suite struct MergedCellParallelRowTests {
    static let text = """
        nomor: "07"
        judul: Tera di luar kantor
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
          - {id: loket, nama: Petugas Lokasi, jenis: staf}
          - {id: petugas, nama: Petugas Pelayanan, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menyiapkan standar ukuran
            pelaksana: penera
            mutu_baku: {waktu: 3 hari kerja, gabung_sampai: siap-lokasi}
          - {no: 2, uraian: Menetapkan jadwal, pelaksana: penera}
          - {id: siap-lokasi, no: 3, uraian: Menyiapkan UTTP dan blanko, pelaksana: loket}
          - {id: siap-petugas, no: 3, pelaksana: petugas}
          - no: 4
            uraian: Menilai hasil pengujian
            pelaksana: penera
            keputusan:
              pertanyaan: Sah?
              cabang:
                - {ke: 5, label: Ya}
                - {ke: siap-lokasi}
          - {no: 5, uraian: Menyerahkan SKHP, pelaksana: penera}

        """

    /// Monday 09.00 + 3 hari kerja: Thursday 09.00.
    static let due = Fixtures.monday.addingTimeInterval(3 * 24 * 3600)

    @Test(arguments: [["siap-lokasi", "siap-petugas"], ["siap-petugas", "siap-lokasi"]])
    func theCellIsJudgedAtTheBoxDoneLastInEitherOrder(order: [String]) throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        // Both boxes under the cell have its standard, counted from row 1; rows 1–2 have none.
        for box in ["siap-lokasi", "siap-petugas"] {
            #expect(sop.timing(of: box)?.waktu.text.value == "3 hari kerja")
            #expect(sop.timing(of: box)?.from == "1")
            #expect(sop.stepIndex(box).flatMap { sop.sharedCell(of: $0) } == nil)
        }
        #expect(sop.timing(of: "2") == nil)
        #expect(sop.stepIndex("2").flatMap { sop.sharedCell(of: $0) }?.judgedAt == "3")
        var run = CommandRun(sop, roles: ["penera", "loket", "petugas"])
        try run.run(.completeStep(step: "1"), afterHours: 1)
        try run.run(.completeStep(step: "2"), afterHours: 1)
        for box in ["siap-lokasi", "siap-petugas"] {
            #expect(run.state.active.first { $0.step == box }?.due == Self.due)
        }
        try run.run(.completeStep(step: order[0]), afterHours: 1)
        try run.run(.completeStep(step: order[1]), afterHours: 24)
        let first = try #require(run.done(order[0]).first)
        let last = try #require(run.done(order[1]).first)
        // The box done first is a part of the pass; the last one is judged, on time.
        #expect(first.used == nil)
        #expect(last.due == Self.due)
        #expect(last.used != nil)
        let clock = try #require(run.engine.clock(of: last, in: run.state))
        #expect(clock.late == false)
        #expect(clock.due == Self.due)
    }

    @Test func aSecondPassThroughOneBoxIsJudgedTooAndLateIsLate() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["penera", "loket", "petugas"])
        try run.run(.completeStep(step: "1"))
        try run.run(.completeStep(step: "2"))
        try run.run(.completeStep(step: "siap-petugas"), afterHours: 1)
        // The last box done on Friday: past Thursday 09.00, late, though its own box had no waktu.
        try run.run(.completeStep(step: "siap-lokasi"), afterHours: 4 * 24)
        let judged = try #require(run.done("siap-lokasi").first)
        #expect(judged.used != nil)
        #expect(run.engine.clock(of: judged, in: run.state)?.late == true)
        // "Sah?" unlabelled exit: back to the Lokasi box only; that pass is judged at it.
        try run.run(.chooseBranch(step: "4", label: "2"), afterHours: 1)
        try run.run(.completeStep(step: "4"))
        try run.run(.completeStep(step: "siap-lokasi"), afterHours: 1)
        let again = try #require(run.done("siap-lokasi").last)
        #expect(again.visit == 2)
        #expect(again.used != nil)
        #expect(again.due != nil)
    }
}
