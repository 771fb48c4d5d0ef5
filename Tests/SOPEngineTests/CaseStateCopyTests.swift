import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// `CaseState` keeps its fields in one shared box, copied when a copy of the case applies an
/// event while another copy still holds them: every copy stays the value it was.
@Suite struct CaseStateCopyTests {
    func event(_ sequence: Int, _ kind: CaseEvent.Kind) -> CaseEvent {
        CaseEvent(sequence: sequence, at: Fixtures.monday.addingTimeInterval(Double(sequence) * 60), operatorName: "budi",
                  role: "resepsionis", kind: kind)
    }

    /// The fields a case is read by, side by side.
    func fields(_ state: CaseState) -> String {
        "\(state.lastSequence) \(state.status) \(state.active) \(state.completed) \(state.visits) \(state.notes) "
            + "\(state.pauses) \(String(describing: state.updatedAt)) \(String(describing: state.started))"
    }

    @Test func aCopyThatAppliesEventsLeavesTheOtherCopiesAsTheyWere() {
        let (sop, _) = Fixtures.sop("sop/01-pengaduan-langsung.yaml")
        let engine = Engine(sop: sop)
        let started = CaseEvent.CaseStarted(nomor: sop.nomor, judul: sop.judul, revision: "rev", revisionDate: "-",
                                            file: "01.yaml", tracking: "K7QF-M2XR-9P")
        let opening = engine.start(started, by: "resepsionis", at: Fixtures.monday).enumerated().map { event($0.offset + 1, $0.element) }
        var original = CaseState(id: CaseID("01-2026-000001"), events: opening)
        let before = fields(original)
        let step = original.active[0].step

        var copy = original
        copy.apply(event(original.lastSequence + 1, .noteAdded(.init(step: step, text: "catatan"))))
        copy.apply(event(original.lastSequence + 2, .casePaused))
        #expect(fields(original) == before)
        #expect(copy.notes.map(\.text) == ["catatan"])
        #expect(copy.status == .paused && original.status == .open)

        // The original applies events of its own: the copy keeps what it had.
        let copied = fields(copy)
        original.apply(event(original.lastSequence + 1, .fieldAnswered(.init(step: step, visit: 1, field: "nama", value: "Siti"))))
        #expect(fields(copy) == copied)
        #expect(original.active[0].fields["nama"] == "Siti")
        #expect(copy.active[0].fields["nama"] == nil)

        // A case folded from every event is the same as the one built copy by copy.
        let all = opening + [event(opening.count + 1, .fieldAnswered(.init(step: step, visit: 1, field: "nama", value: "Siti")))]
        #expect(fields(CaseState(id: CaseID("01-2026-000001"), events: all)) == fields(original))
    }
}
