import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// SOP 01 from start to end: every answer committed, every step timed against its waktu.
@Suite struct SOP01SessionTests {
    let harness = Harness(Fixtures.sop("sop/01-pengaduan-langsung.yaml"))

    /// Step 1 (recorded by the receptionist) to step 6, one operator playing both desks.
    static let fullRun: [Reply] = answers(
        "y",  // Identitas
        "Siti Aminah", "3573014101900001", "0812-3456-7890", "", "2", "Menanyakan izin usaha mikro",  // form
        "Identitas dan maksud dicatat",  // output Data pelapor
        "",  // complete 1
        "",  // complete 2
        "y", "Ringkasan masalah perizinan", "",  // 3
        "",  // 4
        "y", "@surat.pdf", "",  // 5 (output as a file)
        "y", "Formulir ditandatangani", ""  // 6
    )

    @Test func runsToTheEndWithEveryAnswerRecorded() throws {
        let prompter = ScriptedTestPrompter(Self.fullRun, clock: harness.clock, minutesPerAnswer: 1)
        let session = try harness.start(prompter, roles: ["resepsionis", "staf-pengaduan"])
        #expect(session.run() == .completed)
        let state = session.state
        #expect(state.status == .completed)
        #expect(state.id.rawValue == "01-2026-000001")
        #expect(state.completed.map(\.step) == ["1", "2", "3", "4", "5", "6"])
        let first = try #require(state.completed.first)
        #expect(first.role == "resepsionis")
        #expect(first.fields == ["nama": "Siti Aminah", "nik": "3573014101900001", "telepon": "081234567890",
                                 "alamat": "", "cara_menghubungi": "Datang langsung", "maksud": "Menanyakan izin usaha mikro"])
        #expect(first.kelengkapan == ["Identitas": true])
        #expect(state.completed[4].outputs["Bahan/data/informasi dari bidang"]?.attachment?.name == "surat.pdf")
        #expect(state.completed[5].role == "staf-pengaduan", "the complainant's last step is recorded by the staff")
        // Every answer became its own event, in a gapless log.
        let events = try harness.store.events(of: state.id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        #expect(events.first?.kind.type == "case-started")
        #expect(events.last?.kind.type == "case-completed")
        #expect(events.filter { $0.kind.type == "field-answered" }.count == 6)
    }

    @Test func timesEachStepAgainstItsWaktu() throws {
        let prompter = ScriptedTestPrompter(Self.fullRun, clock: harness.clock, minutesPerAnswer: 1)
        let session = try harness.start(prompter, roles: ["resepsionis", "staf-pengaduan"])
        _ = session.run()
        let done = prompter.messages.compactMap { message -> StepDone? in
            if case .stepDone(let done) = message { return done }
            return nil
        }
        // Step 1: 9 answers at one minute each against 5 menit: 4 minutes over.
        #expect(done.map { $0.used / 60 } == [9, 1, 3, 1, 3, 3])
        #expect(done.map { $0.margin.map { $0 / 60 } } == [-4, nil, 27, nil, 57, 2])
        let first = try #require(session.state.completed.first)
        #expect(first.due == Fixtures.monday.addingTimeInterval(5 * 60))
    }

    @Test func handsOffToAnotherDeskAndContinuesThere() throws {
        let desk = ScriptedTestPrompter(Array(Self.fullRun.prefix(10)))
        let session = try harness.start(desk, roles: ["resepsionis"], name: "budi")
        #expect(session.run() == .waiting)
        let handoff = desk.messages.contains { message in
            if case .handedOff(let step, let role, let name, _) = message {
                return step == "3" && role == "staf-pengaduan" && name == "Staf layanan pengaduan"
            }
            return false
        }
        #expect(handoff)
        let tasks = try harness.store.tasks(roles: ["staf-pengaduan"])
        #expect(tasks.map(\.entry.step) == ["3"])
        #expect(tasks.first?.entry.due == Fixtures.monday.addingTimeInterval(30 * 60))
        #expect(try harness.store.tasks(roles: ["resepsionis"]).isEmpty)

        let other = ScriptedTestPrompter(Array(Self.fullRun.dropFirst(10)))
        let continued = try harness.resume(session.state.id, other, roles: ["staf-pengaduan"], name: "sari")
        #expect(continued.run() == .completed)
        let events = try harness.store.events(of: session.state.id)
        #expect(Set(events.map(\.operatorName)) == ["budi", "sari"])
        // Step 3 was opened by the receptionist finishing step 2, and worked by the complaint staff.
        #expect(events.filter { $0.kind.step == "3" && $0.kind.type != "step-started" }
            .allSatisfy { $0.operatorName == "sari" && $0.role == "staf-pengaduan" })
    }

    @Test func badAnswersAreRefusedAndAskedAgain() throws {
        var replies = Self.fullRun
        replies.insert(.answer("35730141019"), at: 2)  // a NIK of 11 digits
        replies.insert(.answer("mungkin"), at: 0)  // not y/t
        let prompter = ScriptedTestPrompter(replies)
        let session = try harness.start(prompter, roles: ["resepsionis", "staf-pengaduan"])
        #expect(session.run() == .completed)
        #expect(prompter.refusals == [
            "answer y (present) or t (missing)",
            "a NIK has 16 digits; got 11 characters (11 digits)",
        ])
        #expect(session.state.completed.first?.fields["nik"] == "3573014101900001")
    }

    @Test func aScriptStopsAtTheFirstBadAnswerKeepingWhatWasValid() throws {
        let prompter = ScriptedTestPrompter(answers("y", "Siti", "123"), retry: false)
        let session = try harness.start(prompter, roles: ["resepsionis"])
        guard case .failed(let step, let reason) = session.run() else {
            Issue.record("expected a failure")
            return
        }
        #expect(step == "1")
        #expect(reason.id == "NIK harus 16 angka; tertulis 3 karakter (3 angka)")
        let visit = try #require(session.state.active.first)
        #expect(visit.kelengkapan == ["Identitas": true])
        #expect(visit.fields == ["nama": "Siti"])
        #expect(try harness.store.events(of: session.state.id).count == 4)
    }

    @Test func missingKelengkapanIsRecordedAndTheCaseGoesOn() throws {
        var replies = Self.fullRun
        replies[0] = .answer("t")
        let prompter = ScriptedTestPrompter(replies)
        let session = try harness.start(prompter, roles: ["resepsionis", "staf-pengaduan"])
        #expect(session.run() == .completed)
        #expect(session.state.completed.first?.kelengkapan == ["Identitas": false])
    }

    @Test func notesPauseAndResume() throws {
        let prompter = ScriptedTestPrompter([.answer("y"), .command(.note("Pelapor membawa pendamping")), .command(.pause)])
        let session = try harness.start(prompter, roles: ["resepsionis"])
        #expect(session.run() == .paused)
        #expect(session.state.status == .paused)
        #expect(session.state.notes.map(\.text) == ["Pelapor membawa pendamping"])
        #expect(try harness.store.summary(of: session.state.id)?.projection.status == .paused)

        let again = ScriptedTestPrompter(Array(Self.fullRun.dropFirst()))
        let resumed = try harness.resume(session.state.id, again, roles: ["resepsionis", "staf-pengaduan"])
        #expect(resumed.run() == .completed)
        #expect(prompter.committedTypes.suffix(2) == ["note-added", "case-paused"])
        #expect(again.committedTypes.first == "case-resumed")
    }

    @Test func cancelNeedsAReason() throws {
        let prompter = ScriptedTestPrompter([.command(.cancel("  ")), .command(.cancel("Pelapor mencabut pengaduan"))])
        let session = try harness.start(prompter, roles: ["resepsionis"])
        #expect(session.run() == .cancelled)
        #expect(prompter.refusals == ["cancelling needs a reason, e.g. /cancel the complainant withdrew"])
        #expect(session.state.cancelReason == "Pelapor mencabut pengaduan")
        #expect(try harness.store.tasks(roles: []).isEmpty)
        // A finished case refuses anything more.
        let late = ScriptedTestPrompter(answers("y"))
        let closed = try harness.resume(session.state.id, late, roles: ["resepsionis"])
        #expect(closed.run() == .cancelled)
        #expect(late.questions.isEmpty)
    }

    @Test func endOfInputLeavesTheCaseOpen() throws {
        let prompter = ScriptedTestPrompter(answers("y", "Siti"))
        let session = try harness.start(prompter, roles: ["resepsionis"])
        #expect(session.run() == .stopped)
        #expect(session.state.status == .open)
        #expect(session.state.active.first?.fields == ["nama": "Siti"])
    }

    @Test func staleWritesAreRefusedAndTheCaseReloaded() throws {
        // Two terminals hold the same case; the second answers after the first has moved on.
        let opener = ScriptedTestPrompter([])
        let first = try harness.start(opener, roles: ["resepsionis"])
        let id = first.state.id
        let a = ScriptedTestPrompter(answers("y"))
        let b = ScriptedTestPrompter(answers("t", "Siti"))
        let sessionA = try harness.resume(id, a, roles: ["resepsionis"], name: "a")
        let sessionB = try harness.resume(id, b, roles: ["resepsionis"], name: "b")
        #expect(sessionA.run() == .stopped)
        #expect(sessionB.run() == .stopped)
        let stale = b.messages.contains { if case .staleReloaded = $0 { return true } else { return false } }
        #expect(stale)
        let events = try harness.store.events(of: id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        // B's "t" was refused as stale; after reloading, B was asked the next question.
        let checks = events.compactMap { event -> Bool? in
            if case .kelengkapanChecked(let check) = event.kind { return check.present }
            return nil
        }
        #expect(checks == [true])
    }

    @Test func aStepOfAnotherRoleIsNotYours() throws {
        let opener = ScriptedTestPrompter([])
        let session = try harness.start(opener, roles: ["resepsionis"])
        let engine = Engine(sop: harness.sop)
        #expect(throws: EngineError.self) {
            try engine.execute(.checkKelengkapan(step: "1", item: "Identitas", present: true), on: session.state,
                               by: Operator(name: "x", roles: ["bidang-terkait"]), at: Fixtures.monday)
        }
        let outsider = ScriptedTestPrompter(answers("y"))
        let other = try harness.resume(session.state.id, outsider, roles: ["bidang-terkait"])
        #expect(other.run() == .waiting)
        #expect(outsider.questions.isEmpty)
    }
}
