import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// `kasus: jeda_menghentikan_waktu`: a pause stops a step's clock (default) or not; due times and
/// time used follow, and the verdict is judged on the standard's own clock.
@Suite struct PauseClockTests {
    static func text(_ setting: String) -> String {
        """
        nomor: "07"
        judul: Jeda
        \(setting)
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menerima berkas
            pelaksana: petugas
            mutu_baku: {waktu: 30 menit}
          - no: 2
            uraian: Menyerahkan
            pelaksana: petugas
            mutu_baku: {waktu: 5 menit}

        """
    }

    struct Run {
        let engine: Engine
        var state = CaseState(id: CaseID("07-2026-000001"))
        var time = Fixtures.monday
        let actor = Operator(name: "budi", roles: ["petugas"])

        init(_ setting: String, calendar: WorkCalendar = .standard) {
            engine = Engine(sop: Fixtures.sop(text: PauseClockTests.text(setting)).0, calendar: calendar)
            let started = CaseEvent.CaseStarted(nomor: "07", judul: "Jeda", revision: "r", revisionDate: "-", file: "f")
            apply(engine.start(started, by: "petugas", at: time))
        }

        mutating func apply(_ kinds: [CaseEvent.Kind], by name: String = "budi") {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: name, role: nil, kind: kind))
            }
        }

        mutating func run(_ command: Command, after minutes: Double, by name: String = "budi") throws {
            time = time.addingTimeInterval(minutes * 60)
            apply(try engine.execute(command, on: state, by: actor, at: time), by: name)
        }
    }

    /// Tester 31, F13: the step screen, after a resume, counted the pause the done line right
    /// after it left out (`terpakai 1 menit`, then `selesai dalam kurang dari 1 menit … tanpa 1
    /// menit dijeda`). The time used so far is the done line's, before the step is done.
    @Test func theTimeUsedSoFarLeavesThePauseOutAsTheDoneLineDoes() throws {
        var run = Run("")
        try run.run(.pause, after: 10)
        try run.run(.resume, after: 60, by: "ani")
        run.time = run.time.addingTimeInterval(5 * 60)
        let open = try #require(run.state.visit(of: "1"))
        #expect(abs(run.engine.usedSoFar(open, in: run.state, now: run.time) - 15 * 60) < 0.001)
        // Without a readable standard: the time since the row began, less the pause.
        let noStandard = Engine(sop: Fixtures.sop(text: PauseClockTests.text("").replacingOccurrences(of: "{waktu: 30 menit}", with: "{waktu: sesuai antrean}")).0,
                                calendar: .standard)
        #expect(abs(noStandard.usedSoFar(open, in: run.state, now: run.time) - 15 * 60) < 0.001)
    }

    @Test func aPauseStopsTheClockByDefault() throws {
        var run = Run("")
        #expect(run.engine.sop.caseSettings.pauseStopsClock)
        try run.run(.pause, after: 10)
        try run.run(.resume, after: 60, by: "ani")
        #expect(run.state.pauses.count == 1)
        #expect(run.state.pauses[0].pausedBy == "budi" && run.state.pauses[0].resumedBy == "ani")
        let visit = try #require(run.state.visit(of: "1"))
        // Due 09.30, moved on by the hour paused: 10.30.
        #expect(run.engine.due(of: visit, in: run.state, now: run.time) == Fixtures.monday.addingTimeInterval(90 * 60))
        try run.run(.completeStep(step: "1"), after: 15)
        let done = try #require(run.state.completed.first)
        #expect(abs((done.used ?? 0) - 25 * 60) < 0.001)  // 10 before the pause, 15 after
        let clock = try #require(run.engine.clock(of: done, in: run.state))
        #expect(!clock.late && clock.paused == 3600 && clock.standardSeconds == 1800)
    }

    @Test func whenTheSOPSaysTheClockRunsThePauseCounts() throws {
        var run = Run("kasus: {jeda_menghentikan_waktu: tidak}")
        try run.run(.pause, after: 10)
        try run.run(.resume, after: 60)
        let visit = try #require(run.state.visit(of: "1"))
        #expect(run.engine.due(of: visit, in: run.state, now: run.time) == Fixtures.monday.addingTimeInterval(30 * 60))
        try run.run(.completeStep(step: "1"), after: 15)
        let done = try #require(run.state.completed.first)
        #expect(abs((done.used ?? 0) - 85 * 60) < 0.001)
        let clock = try #require(run.engine.clock(of: done, in: run.state))
        #expect(clock.late && clock.paused == 0)
    }

    @Test func aStillPausedCaseMovesItsDueOnUntilNow() throws {
        var run = Run("")
        try run.run(.pause, after: 20)
        let visit = try #require(run.state.visit(of: "1"))
        let later = run.time.addingTimeInterval(2 * 3600)
        #expect(run.engine.due(of: visit, in: run.state, now: later) == Fixtures.monday.addingTimeInterval((30 + 120) * 60))
    }

    @Test func aBadSettingIsAnError() {
        let result = SOPLoader.load(text: Self.text("kasus: {jeda_menghentikan_waktu: mungkin}"), path: "x.yaml")
        #expect(result.hasErrors)
        #expect(result.diagnostics.contains { $0.message.id.contains("mungkin") && $0.location?.line == 3 })
    }

    @Test func lateIsJudgedOnTheServiceClock() throws {
        // Service hours 08.00-16.00: the 5-minute step started 15.58 and done 08.02 the next
        // morning used 4 minutes of service time: on time, whatever the night's length.
        let hours = ServiceHours(texts: [], entries: [.init(days: [.senin, .selasa, .rabu, .kamis, .jumat],
                                                            intervals: [.init(open: 480, close: 960)])], timeZone: nil)
        var run = Run("", calendar: WorkCalendar(hours: hours))
        try run.run(.completeStep(step: "1"), after: 418)
        try run.run(.completeStep(step: "2"), after: 964)
        let done = try #require(run.state.completed.last)
        #expect(abs((done.used ?? 0) - 240) < 0.001)
        let clock = try #require(run.engine.clock(of: done, in: run.state))
        #expect(!clock.late && clock.standardSeconds == 300)
        // Step 1 took 418 minutes of a 30-minute standard: late.
        let first = try #require(run.engine.clock(of: run.state.completed[0], in: run.state))
        #expect(first.late)
    }
}
