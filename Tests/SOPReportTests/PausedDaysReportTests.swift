import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A step in hari kerja paused with the clock stopped is judged in the report as the desk judged
/// it: its due time moved on by the pause, as a step in minutes has its paused time left out.
@Suite struct PausedDaysReportTests {
    typealias F = ReportFixtures

    static func sop(_ setting: String) -> SOP {
        SOPLoader.load(text: """
            nomor: "08"
            judul: Verifikasi
            \(setting)
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Memverifikasi berkas
                pelaksana: petugas
                mutu_baku: {waktu: 1 hari kerja}

            """, path: "08.yaml").sop!
    }

    /// One case: started Monday 09.00, paused from `pause` for `hours`, done at `end` (minutes
    /// after Monday 09.00). The report's verdict on the step, and the desk's.
    static func verdicts(_ setting: String, pause: Double?, hours: Double, end: Double) throws -> (report: Share?, desk: Bool) {
        let engine = Engine(sop: sop(setting), calendar: F.calendar)
        var state = CaseState(id: CaseID("08-2026-000001"))
        let actor = Operator(name: "budi", roles: ["petugas"])
        func apply(_ kinds: [CaseEvent.Kind], at time: Date) {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: "budi", role: nil, kind: kind))
            }
        }
        let started = CaseEvent.CaseStarted(nomor: "08", judul: "Verifikasi", revision: "rev", revisionDate: "-", file: "f")
        apply(engine.start(started, by: "petugas", at: F.t0), at: F.t0)
        if let pause {
            apply(try engine.execute(.pause, on: state, by: actor, at: F.minutes(pause)), at: F.minutes(pause))
            let back = F.minutes(pause + hours * 60)
            apply(try engine.execute(.resume, on: state, by: actor, at: back), at: back)
        }
        apply(try engine.execute(.completeStep(step: "1"), on: state, by: actor, at: F.minutes(end)), at: F.minutes(end))
        let visit = try #require(state.completed.first)
        let desk = try #require(engine.clock(of: visit, in: state))
        let row = VisitRow(caseID: state.id, nomor: "08", revision: "rev", step: "1", visit: 1, role: "petugas",
                           startedAt: visit.startedAt, due: visit.due, completedAt: visit.completedAt, completedBy: "budi",
                           used: visit.used)
        let report = ReportBuilder(revisions: ["rev": engine.sop], calendar: F.calendar, now: F.minutes(end + 60))
            .build(visits: [row], cases: [], from: nil, to: nil)
        return (report.sops.first?.steps.first?.within, desk.late)
    }

    @Test func aPausedDayIsLeftOutAsTheDeskLeavesItOut() throws {
        // Due Tuesday 09.00; paused Monday 10.00 until Tuesday 10.00 (a whole working day), done
        // Tuesday 12.00 (27 hours after the start): within, the due time moved to Wednesday 09.00.
        let paused = try Self.verdicts("", pause: 60, hours: 24, end: 27 * 60)
        #expect(paused.desk == false)
        #expect(paused.report == Share(within: 1, of: 1))
        // The same times without the pause: late, at the desk and in the report.
        let plain = try Self.verdicts("", pause: nil, hours: 0, end: 27 * 60)
        #expect(plain.desk == true)
        #expect(plain.report == Share(within: 0, of: 1))
        // An SOP whose pauses do not stop the clock: late too.
        let running = try Self.verdicts("kasus: {jeda_menghentikan_waktu: tidak}", pause: 60, hours: 24, end: 27 * 60)
        #expect(running.desk == true)
        #expect(running.report == Share(within: 0, of: 1))
        // A pause too short to cover the lateness: late in both.
        let short = try Self.verdicts("", pause: 60, hours: 1, end: 27 * 60)
        #expect(short.desk == true && short.report == Share(within: 0, of: 1))
    }
}
