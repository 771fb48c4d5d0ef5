import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A row of several boxes in hari kerja, paused with the clock stopped: the row's Waktu times the
/// pass from its first box's start to its last box's end, so the report moves the row's due time
/// by the pause on that span, as the desk does, not from the last box's own start.
@Suite struct PausedRowPassReportTests {
    typealias F = ReportFixtures

    static let sop = SOPLoader.load(text: """
        nomor: "09"
        judul: Verifikasi bertahap
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        kegiatan:
          - {id: periksa, no: 1, baris: berurutan, uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
          - {id: setujui, no: 1, uraian: Memeriksa berkas, pelaksana: kabid}

        """, path: "09.yaml").sop!

    @Test func aPauseInsideTheRowsPassMovesTheRowsDueTimeInTheReportAsAtTheDesk() throws {
        let engine = Engine(sop: Self.sop, calendar: F.calendar)
        var state = CaseState(id: CaseID("09-2026-000001"))
        let actor = Operator(name: "budi", roles: ["petugas", "kabid"])
        func apply(_ kinds: [CaseEvent.Kind], at time: Date) {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: "budi", role: nil, kind: kind))
            }
        }
        func run(_ command: Command, at minutes: Double) throws {
            apply(try engine.execute(command, on: state, by: actor, at: F.minutes(minutes)), at: F.minutes(minutes))
        }
        let started = CaseEvent.CaseStarted(nomor: "09", judul: "Verifikasi", revision: "rev", revisionDate: "-", file: "f")
        apply(engine.start(started, by: "petugas", at: F.t0), at: F.t0)
        // Monday 09.00 the row's first box, done 14.00; the second box paused from 15.00 until
        // Tuesday 15.00 (a whole working day), done Tuesday 15.30: the row is due Tuesday 09.00,
        // moved on by the paused day to Wednesday 09.00.
        try run(.completeStep(step: "periksa"), at: 300)
        try run(.pause, at: 360)
        try run(.resume, at: 360 + 24 * 60)
        try run(.completeStep(step: "setujui"), at: 360 + 24 * 60 + 30)
        let rows = state.completed.map { visit in
            VisitRow(caseID: state.id, nomor: "09", revision: "rev", step: visit.step, visit: visit.visit, role: visit.role,
                     startedAt: visit.startedAt, due: visit.due, completedAt: visit.completedAt, completedBy: "budi",
                     used: visit.used)
        }
        let last = try #require(state.completed.last)
        #expect(try #require(engine.clock(of: last, in: state)).late == false)
        let report = ReportBuilder(revisions: ["rev": Self.sop], calendar: F.calendar, now: F.minutes(3 * 24 * 60))
            .build(visits: rows, cases: [], from: nil, to: nil)
        let steps = try #require(report.sops.first?.steps)
        // Judged once, at the row's last box, within as at the desk.
        #expect(steps.first { $0.step == "periksa" }?.within == nil)
        #expect(steps.first { $0.step == "setujui" }?.within == Share(within: 1, of: 1))
    }
}
