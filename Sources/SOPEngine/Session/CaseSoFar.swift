import Foundation
import SOPModel

/// One line of what a case holds so far, as the next desk reads it at the top of a step: an
/// answer, an output or a note of an earlier step. Personal values are already masked.
public struct CaseFact: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case field, output, note, missing }

    /// The printed number of the step it belongs to ("" for a note on the whole case).
    public var step: String
    public var kind: Kind
    public var label: String
    public var value: String
}

extension CaseState {
    /// What earlier step visits gave (fields, outputs, missing kelengkapan) and every note, in
    /// the order the steps were done; personal values masked. The visit `current` is left out.
    public func soFar(sop: SOP, excluding current: StepVisit? = nil) -> [CaseFact] { soFar(sop, excluding: current) }

    /// The same, with the names the engine keeps (every step's header at the desk).
    public func soFar(engine: Engine, excluding current: StepVisit? = nil) -> [CaseFact] { soFar(engine, excluding: current) }

    func soFar<Lookup: StepLookup>(_ sop: Lookup, excluding current: StepVisit?) -> [CaseFact] {
        var facts: [CaseFact] = []
        // A note follows the answers of the step visit it was written in (tester 20's finding 16:
        // the notes came after every later step); the others (the whole case's) come last.
        var placed = Array(repeating: false, count: notes.count)
        func note(_ index: Int) {
            let note = notes[index]
            placed[index] = true
            let label = note.step.flatMap { sop.step($0) }.map { $0.number ?? $0.id.value } ?? ""
            facts.append(CaseFact(step: label, kind: .note, label: note.operatorName, value: PersonalEcho.quoted(note.text)))
        }
        // Every step header runs this over the whole case: the visits are walked where they
        // are (completed, then active), not copied into a new list first.
        func add(_ visit: StepVisit) {
            if visit.step == current?.step && visit.visit == current?.visit { return }
            guard let step = sop.visitFacts(of: visit.step) else { return }
            let label = step.label
            for item in step.kelengkapan where visit.kelengkapan[item.text.value] == false {
                facts.append(CaseFact(step: label, kind: .missing, label: PrintedItem.inSentence(item.text.value), value: ""))
            }
            for field in step.form {
                guard let value = visit.fields[field.name.value], !value.isEmpty else { continue }
                facts.append(CaseFact(step: label, kind: .field, label: field.label, value: field.shown(value)))
            }
            for output in step.outputs {
                guard let record = visit.outputs[output.value] else { continue }
                // The text, then the attachment's name in brackets, whichever are there.
                var value = PersonalEcho.quoted(record.text)
                if let attachment = record.attachment { value += (value.isEmpty ? "" : " ") + "[\(attachment.name)]" }
                facts.append(CaseFact(step: label, kind: .output, label: PrintedItem.inSentence(PrintedItem.withoutDash(output.value)),
                                      value: value))
            }
            for (index, written) in notes.enumerated() where !placed[index] && written.step == visit.step
                && written.at >= visit.startedAt && written.at <= (visit.completedAt ?? .distantFuture)
            {
                note(index)
            }
        }
        completed.forEach(add)
        active.forEach(add)
        for index in notes.indices where !placed[index] { note(index) }
        return facts
    }
}
