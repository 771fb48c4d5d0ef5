import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The exit each decision's visit took, read from its `branch-chosen` events (tester 26,
/// finding 5): what `sop report` counts per branch; a visit that chose again counts its last choice.
@Suite struct BranchTakenTests {
    @Test func aStoredChoiceIsReadAndTheLatestOfAVisitStands() {
        let first = BranchTaken.stored(caseID: "a", payload: #"{"label":"Berkas Kurang","step":"5","target":"2","visit":1}"#)
        #expect(first == BranchTaken(caseID: CaseID("a"), step: "5", visit: 1, label: "Berkas Kurang", target: "2"))
        #expect(BranchTaken.stored(caseID: "a", payload: "{") == nil)
        let again = BranchTaken(caseID: CaseID("a"), step: "5", visit: 1, label: "Memenuhi Syarat", target: "6")
        let other = BranchTaken(caseID: CaseID("a"), step: "5", visit: 2, label: "Berkas Kurang", target: "2")
        let latest = BranchTaken.latest([first!, again, other])
        #expect(latest["a\u{0}5\u{0}1"]?.label == "Memenuhi Syarat")
        #expect(latest["a\u{0}5\u{0}2"]?.label == "Berkas Kurang")
        #expect(latest.count == 2)
    }

    @Test func theStoreReadsTheChoicesOfItsCases() throws {
        let harness = Harness(Fixtures.sop(text: ExitOutcomeTests.text))
        let prompter = ScriptedTestPrompter([.answer("Tidak Memenuhi Syarat"), .answer(""), .answer("")])
        let session = try harness.start(prompter, roles: ["analis"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let id = session.state.id
        let taken = try harness.store.branchesTaken(of: [id])
        #expect(taken == BranchTaken.taken(in: try harness.store.events(of: id), of: id))
        #expect(taken.map { (branch: BranchTaken) in branch.label } == ["Tidak Memenuhi Syarat"])
        #expect(session.state.outcome == "Tidak memenuhi syarat")
    }
}
