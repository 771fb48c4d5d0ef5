import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Which visits a case closed without doing them (`SkippedVisit`): an optional row a person
/// skipped, and a box withdrawn by the other box of its `pilihan` row, told apart from the events
/// alone, even when every event has the same time (a fixed clock).
@Suite struct SkippedVisitTests {
    static let steps = """
          - {no: 1, uraian: Menerima permohonan, pelaksana: petugas}
          - {id: loket, no: 2, uraian: Melayani di loket, pelaksana: petugas, baris: pilihan}
          - {id: daring, no: 2, uraian: Melayani daring, pelaksana: kabid}
          - {no: 3, uraian: Meminta paraf (apabila diperlukan), pelaksana: petugas, opsional: ya}
          - {no: 4, uraian: Mengarsipkan, pelaksana: petugas}
        """

    @Test func aSkipIsToldApartFromAWithdrawnAlternative() throws {
        let harness = Harness(DrawnFlowTests.sop(Self.steps))
        let prompter = ScriptedTestPrompter([.answer(""), .answer(""), .command(.skip("tidak perlu paraf")), .answer("")])
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let id = session.state.id
        #expect(session.state.completed.filter { $0.skipped != nil }.map(\.step) == ["daring", "3"])
        let expected: Set = [SkippedVisit(caseID: id, step: "daring", visit: 1, withdrawn: true),
                             SkippedVisit(caseID: id, step: "3", visit: 1)]
        #expect(Set(SkippedVisit.closedUndone(in: try harness.store.events(of: id), of: id)) == expected)
        #expect(try harness.store.skippedVisits(of: [id]) == expected)
    }

    @Test func aStoredCompletionIsReadByTheEventBeforeIt() {
        let skipped = #"{"skipped":"tidak perlu","step":"3","visit":2}"#
        #expect(SkippedVisit.stored(caseID: "a", at: 5, payload: skipped, previousType: "step-started", previousAt: 5)
            == SkippedVisit(caseID: CaseID("a"), step: "3", visit: 2))
        // Right after another completion at the same instant: withdrawn by it.
        #expect(SkippedVisit.stored(caseID: "a", at: 5, payload: skipped, previousType: "step-completed", previousAt: 5)?.withdrawn == true)
        // A completion of an earlier command (another instant) does not make a skip a withdrawal.
        #expect(SkippedVisit.stored(caseID: "a", at: 5, payload: skipped, previousType: "step-completed", previousAt: 4)?.withdrawn == false)
        // Done, not skipped; or a payload that is not one.
        #expect(SkippedVisit.stored(caseID: "a", at: 5, payload: #"{"step":"3","visit":1}"#, previousType: nil, previousAt: nil) == nil)
        #expect(SkippedVisit.stored(caseID: "a", at: 5, payload: "{", previousType: nil, previousAt: nil) == nil)
    }
}
