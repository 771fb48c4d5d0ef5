import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A paused case is resumed only by a holder of a waiting step's role: opened by anyone else it
/// stays paused and they are told who paused it and whose role may resume it; the holder who
/// resumes it is told the pause is over.
@Suite struct ResumeByWaitingRoleTests {
    static let sop = Fixtures.sop(text: """
        nomor: "07"
        judul: Usul Kenaikan Pangkat
        pelaksana:
          - {id: pengelola-opd, nama: Pengelola Kepegawaian OPD, jenis: staf}
          - {id: analis, nama: Analis Kepegawaian BKPSDM, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menyampaikan berkas usul
            pelaksana: pengelola-opd
            mutu_baku: {waktu: 1 hari kerja}
          - no: 2
            uraian: Memverifikasi berkas
            pelaksana: analis
            mutu_baku: {waktu: 3 hari kerja}
            lanjut: selesai

        """)

    /// A case at step 2 (the analis's), paused by rina at 30-11-2026 09.05 WIB.
    static func pausedAtStep2() throws -> (Harness, CaseID) {
        let harness = Harness(sop)
        let first = ScriptedTestPrompter(answers(""))
        let session = try harness.start(first, roles: ["pengelola-opd"], name: "dewi")
        #expect(session.run() == .waiting)
        harness.clock.advance(minutes: 5)
        let rina = ScriptedTestPrompter([.command(.pause)])
        let paused = try harness.resume(session.state.id, rina, roles: ["analis"], name: "rina")
        #expect(paused.run() == .paused)
        #expect(paused.state.status == .paused)
        return (harness, session.state.id)
    }

    @Test func anOperatorWithoutTheWaitingRoleLeavesThePausedCasePaused() throws {
        let (harness, id) = try Self.pausedAtStep2()
        let before = try harness.store.events(of: id)
        harness.clock.advance(minutes: 30)
        let dewi = ScriptedTestPrompter(answers(""))
        let session = try harness.resume(id, dewi, roles: ["pengelola-opd"], name: "dewi")
        let outcome = session.run()
        #expect(outcome == .refused(Localized(
            id: "Kasus ini dijeda oleh rina sejak 30-11-2026 09.05 WIB; hanya pemegang peran 'Analis Kepegawaian BKPSDM' yang dapat melanjutkannya.",
            en: "This case was paused by rina since 30-11-2026 09.05 WIB; only a holder of the role 'Analis Kepegawaian BKPSDM' may resume it.")))
        // Nothing written, nothing asked, and the case is still paused.
        #expect(try harness.store.events(of: id) == before)
        #expect(dewi.questions.isEmpty && dewi.committedTypes.isEmpty)
        #expect(session.state.status == .paused)
    }

    @Test func theEngineRefusesTheResumeItself() throws {
        let (harness, id) = try Self.pausedAtStep2()
        let engine = Engine(sop: Self.sop.0)
        let state = engine.state(of: id, events: try harness.store.events(of: id))
        let dewi = Operator(name: "dewi", roles: ["pengelola-opd"])
        #expect(throws: EngineError.self) { try engine.execute(.resume, on: state, by: dewi, at: harness.clock.now()) }
        let rina = Operator(name: "rina", roles: ["analis"])
        #expect(try engine.execute(.resume, on: state, by: rina, at: harness.clock.now()) == [.caseResumed])
    }

    @Test func theHolderResumesItAndIsToldThePauseIsOver() throws {
        let (harness, id) = try Self.pausedAtStep2()
        harness.clock.advance(minutes: 60)
        // Another analis than the one who paused it, holding the role as well.
        let budi = ScriptedTestPrompter([])
        let session = try harness.resume(id, budi, roles: ["pengelola-opd", "analis"], name: "budi")
        #expect(session.run() == .stopped)
        #expect(session.state.status == .open)
        let lines = budi.messages.compactMap { message -> String? in
            if case .pauseEnded(let line) = message { return line.id }
            return nil
        }
        #expect(lines == ["Jeda selesai: kasus dilanjutkan (dijeda oleh rina, 30-11-2026 09.05 WIB)."])
        // The resume is written in the waiting step's role, which budi holds (not his first role).
        let resumed = try #require(try harness.store.events(of: id).last { $0.kind == .caseResumed })
        #expect(resumed.operatorName == "budi" && resumed.role == "analis")
        #expect(session.state.pauses.last?.resumedBy == "budi")
    }
}
