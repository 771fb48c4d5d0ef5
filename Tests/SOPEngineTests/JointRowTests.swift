import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A joint row (`pelaksana: operator, bersama: [fo]`, tester 28's F17): either holder of a role
/// the row names may complete it, recorded in their own role; it waits in both roles' worklists
/// and leaves both once done; the timeline names who did it in which role. On a fixed clock.
@Suite struct JointRowTests {
    static let text = """
        nomor: "12"
        judul: Penerbitan KTP-el
        pelaksana:
          - {id: fo, nama: Petugas Front Office, jenis: staf}
          - {id: operator, nama: Operator Perekaman, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
          - {id: siak, nama: SIAK, jenis: sarana, dicatat_oleh: operator}
        kasus: {judul: [nama]}
        kegiatan:
          - no: 1
            uraian: Mencatat permohonan
            pelaksana: fo
            formulir: [{nama: nama, label: Nama pemohon, jenis: teks}]
          - no: 2
            uraian: Operator perekaman dan petugas front office mencetak KTP-el dan melakukan quality control
            pelaksana: operator
            bersama: [fo, siak]
            mutu_baku: {output: [KTP-el tercetak]}
          - no: 3
            uraian: Kepala bidang menandatangani tanda terima
            pelaksana: kabid
            mutu_baku: {output: [Tanda terima]}

        """

    /// A case whose row 1 the front office did: row 2 waits.
    func waiting() throws -> (Harness, CaseID) {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let session = try harness.start(ScriptedTestPrompter(answers("Siti", "")), roles: ["fo"], name: "rina")
        _ = session.run()
        return (harness, session.state.id)
    }

    @Test func theStartCarriesTheJointStaffRolesOnly() throws {
        let (harness, id) = try waiting()
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        let visit = try #require(state.visit(of: "2"))
        // SIAK is a system recorded by the operator: not a desk of its own.
        #expect(visit.role == "operator" && visit.joint == ["fo"])
        let started = try #require(try harness.store.events(of: id).last { $0.kind.type == "step-started" })
        #expect(started.kind.payloadText.contains("\"joint\":[\"fo\"]"), "\(started.kind.payloadText)")
        // The signed KTP-el SOP: row 10 is the operator's with the front office; row 4's SIAK is no desk.
        let (ktp, _) = Fixtures.sop("Tests/Fixtures/ktp-el/12-ktp-el.yaml")
        let engine = Engine(sop: ktp)
        #expect(engine.jointRoles(of: try #require(ktp.steps.first { $0.number == "10" }), role: "operator") == ["fo"])
        #expect(engine.jointRoles(of: try #require(ktp.steps.first { $0.number == "4" }), role: "operator") == [])
    }

    @Test func theRowWaitsInBothWorklistsAndOnceForAHolderOfBoth() throws {
        let (harness, id) = try waiting()
        let fo = try harness.store.tasks(roles: ["fo"]).filter { $0.caseID == id }
        let operatorTasks = try harness.store.tasks(roles: ["operator"]).filter { $0.caseID == id }
        #expect(fo.map { "\($0.entry.step)/\($0.entry.role)/\($0.entry.roleName)" } == ["2/fo/Petugas Front Office"])
        #expect(operatorTasks.map { "\($0.entry.step)/\($0.entry.role)" } == ["2/operator"])
        #expect(try harness.store.tasks(roles: ["operator", "fo"]).map(\.entry.role) == ["operator"])
        #expect(try harness.store.tasks(roles: ["fo", "operator"]).map(\.entry.role) == ["fo"])
        #expect(try harness.store.tasks(roles: []).count == 2)
        // The case's listing row names both roles waiting.
        let summary = try #require(try harness.store.summary(of: id))
        #expect(summary.projection.active.map(\.role) == ["operator", "fo"])
    }

    @Test func theFrontOfficeCompletesItInItsOwnRoleAndItLeavesBothWorklists() throws {
        let (harness, id) = try waiting()
        harness.clock.advance(minutes: 30)
        let prompter = ScriptedTestPrompter(answers("KTP-el 1 lembar", ""))
        let session = try harness.resume(id, prompter, roles: ["fo"], name: "rina")
        _ = session.run(resumed: true)
        let events = try harness.store.events(of: id)
        let written = events.filter { $0.kind.step == "2" && $0.kind.type != "step-started" }
        #expect(Set(written.map(\.role)) == ["fo"] && Set(written.map(\.operatorName)) == ["rina"])
        #expect(Set(written.map(\.at)) == [Fixtures.monday.addingTimeInterval(30 * 60)])
        let state = CaseState(id: id, events: events)
        let done = try #require(state.completed.last { $0.step == "2" })
        #expect(done.completedBy == "rina" && done.completedRole == "fo")
        #expect(done.jointOperators == ["rina": "fo"])
        #expect(try harness.store.tasks(roles: ["fo"]).filter { $0.entry.step == "2" }.isEmpty)
        #expect(try harness.store.tasks(roles: ["operator"]).isEmpty)
        #expect(try harness.store.tasks(roles: ["kabid"]).map(\.entry.step) == ["3"])
    }

    @Test func aNewCaseStopsBeforeTheJointRowAndTheOperatorMayStillDoIt() throws {
        let (harness, id) = try waiting()
        // The front office's walk of a new case handed row 2 to its own role.
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        #expect(state.active.map(\.step) == ["2"])
        let session = try harness.resume(id, ScriptedTestPrompter(answers("KTP-el", "")), roles: ["operator"], name: "dodi")
        _ = session.run(resumed: true)
        let done = try #require(CaseState(id: id, events: try harness.store.events(of: id)).completed.last { $0.step == "2" })
        #expect(done.completedBy == "dodi" && done.completedRole == "operator" && done.jointOperators.isEmpty)
    }

    @Test func aThirdRoleIsRefused() throws {
        let (harness, id) = try waiting()
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        let engine = Engine(sop: harness.sop)
        let kabid = Operator(name: "hendra", roles: ["kabid"])
        #expect(kabid.role(for: try #require(state.visit(of: "2"))) == nil)
        #expect(throws: EngineError.self) {
            try engine.execute(.recordOutput(step: "2", item: "KTP-el tercetak", text: "x", attachment: nil), on: state, by: kabid,
                               at: Fixtures.monday)
        }
        // The front office may: the engine takes the joint role.
        let rina = Operator(name: "rina", roles: ["fo"])
        #expect(rina.role(for: try #require(state.visit(of: "2"))) == "fo")
        #expect(try engine.execute(.recordOutput(step: "2", item: "KTP-el tercetak", text: "x", attachment: nil), on: state, by: rina,
                                   at: Fixtures.monday).count == 1)
    }

    /// The joint role corrects what it recorded on the row (and the step's own role may too); a
    /// third role is refused in `sop correct`'s words.
    @Test func theFrontOfficeCorrectsItsAnswerOnTheJointRow() throws {
        let (harness, id) = try waiting()
        let session = try harness.resume(id, ScriptedTestPrompter(answers("KTP-el 1 lembar", "")), roles: ["fo"], name: "rina")
        _ = session.run(resumed: true)
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        #expect(state.completed.last { $0.step == "2" }?.completedRole == "fo")
        let engine = Engine(sop: harness.sop)
        let correction = Command.correct(step: "2", target: .output, name: "KTP-el tercetak", value: "KTP-el 2 lembar", attachment: nil,
                                         reason: "salah hitung")
        let rina = Operator(name: "rina", roles: ["fo"])
        let made = try engine.execute(correction, on: state, by: rina, at: Fixtures.monday)
        guard case .answerCorrected(let done)? = made.first else { Issue.record("\(made)"); return }
        #expect(done.step == "2" && done.value == "KTP-el 2 lembar")
        #expect(try engine.execute(correction, on: state, by: Operator(name: "dodi", roles: ["operator"]), at: Fixtures.monday).count == 1)
        do {
            _ = try engine.execute(correction, on: state, by: Operator(name: "hendra", roles: ["kabid"]), at: Fixtures.monday)
            Issue.record("a third role corrected the joint row")
        } catch {
            #expect(error.message.id == "jawaban kegiatan 2 hanya dapat dikoreksi oleh peran Operator Perekaman", "\(error.message.id)")
        }
    }

    /// Pause, resume and cancel stay with the step's own role: the joint role is told so, in
    /// both languages, before anything is written; the own role still may.
    @Test func theJointRoleIsToldThatPausingAndCancellingStayWithTheStepsOwnRole() throws {
        let (harness, id) = try waiting()
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        let engine = Engine(sop: harness.sop)
        let rina = Operator(name: "rina", roles: ["fo"]), dodi = Operator(name: "dodi", roles: ["operator"])
        let said = Localized(
            id: "Anda mengerjakan kegiatan 2 bersama, sebagai 'Petugas Front Office': Anda dapat menjawab, mengoreksi dan menyelesaikannya, "
                + "tetapi menjeda, melanjutkan atau membatalkan kasus tetap dilakukan oleh peran kegiatan itu sendiri, 'Operator Perekaman'.",
            en: "You work on step 2 jointly, as 'Petugas Front Office': you may answer, correct and complete it, "
                + "but pausing, resuming or cancelling the case stays with the step's own role, 'Operator Perekaman'.")
        for command in [Command.pause, .cancel(reason: "pemohon membatalkan")] {
            #expect(throws: EngineError(said)) { try engine.execute(command, on: state, by: rina, at: Fixtures.monday) }
        }
        #expect(try engine.execute(.pause, on: state, by: dodi, at: Fixtures.monday) == [.casePaused])
        // Paused by the operator: the front office may not resume it either, and is told why.
        var paused = state
        paused.apply(CaseEvent(sequence: state.lastSequence + 1, at: Fixtures.monday, operatorName: "dodi", role: "operator", kind: .casePaused))
        #expect(engine.resumeRefusal(paused, by: rina) == said)
        #expect(throws: EngineError(said)) { try engine.execute(.resume, on: paused, by: rina, at: Fixtures.monday) }
        #expect(engine.resumeRefusal(paused, by: dodi) == nil)
        // A third role is not a joint one: the usual refusal (the store's for a pause).
        #expect(engine.jointRoleStopRefusal(state, by: Operator(name: "hendra", roles: ["kabid"])) == nil)
        // At the terminal: `/jeda` on the joint row is refused with the sentence, the row still asked.
        let prompter = ScriptedTestPrompter([.command(.pause)])
        let session = try harness.resume(id, prompter, roles: ["fo"], name: "rina")
        _ = session.run(resumed: true)
        #expect(prompter.refusals == [said.en], "\(prompter.refusals)")
        #expect(CaseState(id: id, events: try harness.store.events(of: id)).status == .open)
    }
}

