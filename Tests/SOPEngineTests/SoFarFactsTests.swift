import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The step header's facts so far, with the completed visits' facts kept between headers
/// (`SoFarFacts`, as a desk's session keeps them), are what working them all out again gives:
/// at every answer of a case run to its end through every SOP here, with notes added during
/// and between steps, an answer of a completed step corrected, and the same keeper used for a
/// second case.
@Suite struct SoFarFactsTests {
    @Test(arguments: StepFactsTests.sops) func keptFactsAreTheSameAsWorkedOut(_ path: String) throws {
        let loaded = SOPLoader.load(path: Fixtures.root + "/" + path)
        guard let sop = loaded.sop, !loaded.hasErrors else { return }
        let engine = Engine(sop: sop)
        let kept = SoFarFacts()
        var used = 0
        for number in 1...2 {
            used += try run(sop, engine, kept, caseID: CaseID("01-2026-00000\(number)"), path: path)
        }
        #expect(used > 0, "\(path): nothing compared")
    }

    /// Runs one case of `sop` to its end (or 300 commands), comparing the facts at every command.
    private func run(_ sop: SOP, _ engine: Engine, _ kept: SoFarFacts, caseID: CaseID, path: String) throws -> Int {
        var state = CaseState(id: caseID)
        var sequence = 0
        var clock = Fixtures.monday
        func apply(_ kinds: [CaseEvent.Kind], role: String) {
            for kind in kinds {
                sequence += 1
                state.apply(CaseEvent(sequence: sequence, at: clock, operatorName: "budi", role: role, kind: kind))
            }
        }
        let started = CaseEvent.CaseStarted(nomor: sop.nomor, judul: sop.judul, revision: "rev", revisionDate: "-",
                                            file: "x.yaml", tracking: "K7QF-M2XR-9P")
        apply(engine.start(started, by: sop.actors.first?.id.value ?? "resepsionis", at: clock), role: "resepsionis")
        let actor = Operator(name: "budi", roles: sop.actors.map(\.id.value))
        var compared = 0
        var corrected = false
        while let visit = state.active.first, compared < 300 {
            compared += 1
            clock = clock.addingTimeInterval(600)
            let plain = state.soFar(sop: sop, excluding: visit)
            #expect(state.soFar(engine: engine, excluding: visit, kept: kept) == plain, "\(path) \(caseID.rawValue) command \(compared)")
            // Asked twice for the same visit (a desk that shows the header again): the same.
            #expect(state.soFar(engine: engine, excluding: visit, kept: kept) == plain, "\(path) again at \(compared)")
            var command: Command
            switch engine.pending(visit, in: state).first {
            case .kelengkapan(let item)?: command = .checkKelengkapan(step: visit.step, item: item.text.value, present: compared % 3 != 0)
            case .field(let field)?:
                let value = switch field.type.value {
                case .nik: "3573014101900001"
                case .telepon: "0812-3456-7890"
                case .pilihan: field.options.first?.value ?? ""
                case .angka: "2.5"
                case .tanggal: "2026-12-01"
                default: "Siti \(compared)"
                }
                command = .answerField(step: visit.step, field: field.name.value, value: value)
            case .output(let item)?: command = .recordOutput(step: visit.step, item: item, text: "dicatat 0812-3456-7890", attachment: nil)
            case .branch(let decision)?: command = .chooseBranch(step: visit.step, label: decision.branches[0].label.value)
            case nil: command = .completeStep(step: visit.step)
            }
            // A note within a step and one on the whole case, now and then.
            if compared % 7 == 3 { command = .addNote(step: compared % 2 == 0 ? visit.step : nil, text: "catatan \(compared)") }
            // A field of a completed step corrected once: its kept facts are not used again.
            if !corrected, let done = state.completed.last(where: { !$0.fields.isEmpty }), let name = done.fields.keys.sorted().first,
                compared % 5 == 0 {
                corrected = true
                command = .correct(step: done.step, target: .field, name: name, value: "dikoreksi", attachment: nil, reason: "salah ketik")
            }
            guard let kinds = try? engine.execute(command, on: state, by: actor, at: clock) else {
                // A value this SOP's field refuses: the step completed as it stands, else the run ends.
                guard let fallback = try? engine.execute(.completeStep(step: visit.step), on: state, by: actor, at: clock) else { break }
                apply(fallback, role: visit.role)
                continue
            }
            apply(kinds, role: visit.role)
        }
        #expect(state.soFar(engine: engine, excluding: nil, kept: kept) == state.soFar(sop: sop, excluding: nil), "\(path) at the end")
        return compared
    }
}
