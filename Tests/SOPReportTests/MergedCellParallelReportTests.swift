import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A merged Waktu cell ending on a parallel row (tester 22, finding 1): the report shows the
/// cell on both boxes of the row and counts every pass, each judged at the box that ended it.
@Suite struct MergedCellParallelReportTests {
    typealias F = ReportFixtures

    static let sop = SOPLoader.load(text: """
        nomor: "07"
        judul: Tera di luar kantor
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
          - {id: loket, nama: Petugas Lokasi, jenis: staf}
          - {id: petugas, nama: Petugas Pelayanan, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menyiapkan standar, pelaksana: penera, mutu_baku: {waktu: 3 hari kerja, gabung_sampai: siap-lokasi}}
          - {no: 2, uraian: Menetapkan jadwal, pelaksana: penera}
          - {id: siap-lokasi, no: 3, uraian: Menyiapkan UTTP dan blanko, pelaksana: loket}
          - {id: siap-petugas, no: 3, pelaksana: petugas}
          - no: 4
            uraian: Menilai hasil
            pelaksana: penera
            keputusan: {pertanyaan: Sah?, cabang: [{ke: 5, label: Ya}, {ke: siap-lokasi}]}
          - {no: 5, uraian: Menyerahkan SKHP, pelaksana: penera}

        """, path: "07.yaml").sop!

    @Test func everyPassThroughTheCellIsCountedAtTheBoxThatEndedIt() throws {
        let engine = Engine(sop: Self.sop, calendar: F.calendar)
        var state = CaseState(id: CaseID("07-2026-000001"))
        let actor = Operator(name: "budi", roles: ["penera", "loket", "petugas"])
        func apply(_ kinds: [CaseEvent.Kind], at time: Date) {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: "budi", role: nil, kind: kind))
            }
        }
        func run(_ command: Command, at minutes: Double) throws {
            apply(try engine.execute(command, on: state, by: actor, at: F.minutes(minutes)), at: F.minutes(minutes))
        }
        let started = CaseEvent.CaseStarted(nomor: "07", judul: "Tera", revision: "rev", revisionDate: "-", file: "f")
        apply(engine.start(started, by: "penera", at: F.t0), at: F.t0)
        // First pass: the Lokasi box first, the Petugas box last (it carries no cell of its own).
        try run(.completeStep(step: "1"), at: 60)
        try run(.completeStep(step: "2"), at: 120)
        try run(.completeStep(step: "siap-lokasi"), at: 180)
        try run(.completeStep(step: "siap-petugas"), at: 240)
        // "Sah?" goes back to the Lokasi box alone: the second pass ends there.
        try run(.chooseBranch(step: "4", label: "Tidak"), at: 300)
        try run(.completeStep(step: "4"), at: 300)
        try run(.completeStep(step: "siap-lokasi"), at: 360)
        let rows = state.completed.map { visit in
            VisitRow(caseID: state.id, nomor: "07", revision: "rev", step: visit.step, visit: visit.visit, role: visit.role,
                     startedAt: visit.startedAt, due: visit.due, completedAt: visit.completedAt, completedBy: "budi",
                     used: visit.used)
        }
        let report = ReportBuilder(revisions: ["rev": Self.sop], calendar: F.calendar, now: F.minutes(600))
            .build(visits: rows, cases: [], from: nil, to: nil)
        let steps = try #require(report.sops.first?.steps)
        let lokasi = try #require(steps.first { $0.step == "siap-lokasi" })
        let petugas = try #require(steps.first { $0.step == "siap-petugas" })
        // Both boxes show the merged cell; each pass judged once: the first at Petugas, the second at Lokasi.
        #expect(lokasi.waktu == "3 hari kerja (baris 1–3)")
        #expect(petugas.waktu == "3 hari kerja (baris 1–3)")
        #expect(petugas.within == Share(within: 1, of: 1))
        #expect(lokasi.within == Share(within: 1, of: 1))
        // Rows 1 and 2 are judged with the cell, not on their own.
        #expect(steps.first { $0.step == "1" }?.within == nil)
        #expect(steps.first { $0.step == "2" }?.within == nil)
    }
}
