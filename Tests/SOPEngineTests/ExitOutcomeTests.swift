import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// An exit that carries an outcome (`hasil`) while the flow goes on through rows shared with the
/// other exits (tester 26, finding 5): the case ends through those rows, with that outcome.
@Suite struct ExitOutcomeTests {
    static let text = """
        nomor: "07"
        judul: Usul Kenaikan Pangkat
        pelaksana:
          - {id: analis, nama: Analis Kepegawaian, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Memverifikasi berkas usul
            pelaksana: analis
            keputusan:
              cabang:
                - {ke: 2, label: Memenuhi Syarat}
                - {ke: 3, label: Tidak Memenuhi Syarat, hasil: Tidak memenuhi syarat}
          - {no: 2, uraian: Menerbitkan SK, pelaksana: analis}
          - {no: 3, uraian: Menyampaikan SK atau Surat Pemberitahuan, pelaksana: analis}

        """

    @Test func theOutcomeIsLoadedInBothForms() throws {
        let (list, _) = Fixtures.sop(text: Self.text)
        guard case .decision(let decision)? = list.step("1")?.flow else { Issue.record("no decision"); return }
        #expect(decision.branches.map { $0.outcome?.value } == [nil, "Tidak memenuhi syarat"])
        let mapped = Self.text.replacingOccurrences(of: """
                    - {ke: 2, label: Memenuhi Syarat}
                    - {ke: 3, label: Tidak Memenuhi Syarat, hasil: Tidak memenuhi syarat}
            """, with: """
                    Memenuhi Syarat: 2
                    Tidak Memenuhi Syarat: {ke: 3, hasil: Tidak memenuhi syarat}
            """)
        let (sop, _) = Fixtures.sop(text: mapped)
        guard case .decision(let exits)? = sop.step("1")?.flow else { Issue.record("no decision"); return }
        #expect(exits.branches.map(\.label.value) == ["Memenuhi Syarat", "Tidak Memenuhi Syarat"])
        #expect(exits.branches.map { $0.outcome?.value } == [nil, "Tidak memenuhi syarat"])
        #expect(exits.branches[1].target.value == .step("3"))
    }

    @Test func theCaseGoesOnAndEndsWithTheExitsOutcome() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["analis"])
        try run.run(.chooseBranch(step: "1", label: "Tidak Memenuhi Syarat"))
        try run.run(.completeStep(step: "1"))
        // The flow goes on: row 3 is open, the case is not ended.
        #expect(run.state.status == .open)
        #expect(run.state.active.map(\.step) == ["3"])
        try run.run(.completeStep(step: "3"))
        #expect(run.state.status == .completed)
        #expect(run.state.outcome == "Tidak memenuhi syarat")
    }

    @Test func theOtherExitEndsWithoutAnOutcome() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["analis"])
        try run.run(.chooseBranch(step: "1", label: "Memenuhi Syarat"))
        try run.run(.completeStep(step: "1"))
        try run.run(.completeStep(step: "2"))
        try run.run(.completeStep(step: "3"))
        #expect(run.state.status == .completed)
        #expect(run.state.outcome == nil)
    }
}
