import Foundation
import SOPCore
import SOPModel

/// One line of what a case holds so far, as the next desk reads it at the top of a step: an
/// answer, an output or a note of an earlier step. Personal values are already masked.
public struct CaseFact: Sendable, Equatable {
    /// `present` is a kelengkapan item a later pass found that an earlier pass had missing.
    /// `decision` is a decision's branch, with who took it (tester 34, F5).
    public enum Kind: Sendable, Equatable { case field, output, note, missing, present, decision }

    /// The printed number of the step it belongs to ("" for a note on the whole case).
    public var step: String
    /// The pass through the step that gave it, when a loop brought the case back to the step
    /// (2 for its second visit); nil on the first.
    public var pass: Int?
    public var kind: Kind
    public var label: String
    public var value: String
    /// An output a later pass through its step gave again: kept, marked by its pass (always
    /// set, "#1" too), since a later pass may redo only part of the work (tester 24, finding 3).
    public var superseded = false
    /// The value as an English desk shows it, where it differs (a number's decimal point,
    /// tester 29, F7); `value` is the Indonesian.
    public var english: String?

    /// The value in the desk's language.
    public func shownValue(_ language: Language) -> String { language == .en ? english ?? value : value }

    public init(step: String, pass: Int? = nil, kind: Kind, label: String, value: String, superseded: Bool = false) {
        self.step = step
        self.pass = pass
        self.kind = kind
        self.label = label
        self.value = value
        self.superseded = superseded
    }

    /// The fact as it read before a later pass superseded it: a desk that already showed it
    /// does not show it again as new.
    public var asFirstShown: CaseFact {
        guard superseded else { return self }
        return CaseFact(step: step, pass: pass == 1 ? nil : pass, kind: kind, label: label, value: value)
    }
}

extension CaseState {
    /// What earlier step visits gave (fields, outputs, missing kelengkapan) and every note, in
    /// the order the steps were done; personal values masked. The visit `current` is left out.
    /// A step visited again after a loop back gives each question's latest answer only, marked
    /// by its pass: a kelengkapan item or field a later pass gave again is not listed for the
    /// earlier pass; an output is, marked superseded with its pass (a later pass may redo part).
    public func soFar(sop: SOP, excluding current: StepVisit? = nil) -> [CaseFact] { soFar(sop, excluding: current) }

    /// The same, with the names the engine keeps (every step's header at the desk). `kept`: the
    /// facts of completed visits an earlier header of the same desk worked out (`SoFarFacts`).
    public func soFar(engine: Engine, excluding current: StepVisit? = nil, kept: SoFarFacts? = nil) -> [CaseFact] {
        soFar(engine, excluding: current, kept: kept)
    }

    func soFar<Lookup: StepLookup>(_ sop: Lookup, excluding current: StepVisit?, kept: SoFarFacts? = nil) -> [CaseFact] {
        var facts: [CaseFact] = []
        let latest = latestAnswers(excluding: current)
        // A completed visit's facts are its own answers and the notes written during it, as
        // long as no step was visited twice (every answer is then the latest) and no note came
        // since: kept from the header that first listed them while the visit is still the same.
        let keeps = kept.map { $0.prepare(caseID: id, notes: notes.count, loops: latest != nil) } ?? false
        /// Whether `visit` gave the latest answer to the question `kind` + `name` of its step
        /// (`AnswerKey`). Without a step visited twice every answer is the latest, and the key
        /// is not built at all (a new string for each item of every earlier step, at every step).
        func isLatest(_ visit: StepVisit, _ kind: String, _ name: String) -> Bool {
            guard let latest else { return true }
            return latest[AnswerKey(step: visit.step, question: kind + name)] == visit.visit
        }
        // A note follows the answers of the step visit it was written in (tester 20's finding 16:
        // the notes came after every later step); the others (the whole case's) come last.
        var placed = Array(repeating: false, count: notes.count)
        func note(_ index: Int, pass: Int? = nil) {
            let note = notes[index]
            placed[index] = true
            let label = note.step.flatMap { sop.step($0) }.map { $0.number ?? $0.id.value } ?? ""
            facts.append(CaseFact(step: label, pass: pass, kind: .note, label: note.operatorName, value: PersonalEcho.quoted(note.text)))
        }
        // Every step header runs this over the whole case: the visits are walked where they
        // are (completed, then active), not copied into a new list first.
        func add(_ visit: StepVisit) {
            if visit.step == current?.step && visit.visit == current?.visit { return }
            guard let step = sop.visitFacts(of: visit.step) else { return }
            let label = step.label
            let pass = visit.visit > 1 ? visit.visit : nil
            for item in step.kelengkapan {
                guard let present = visit.kelengkapan[item.text.value], isLatest(visit, "k ", item.text.value) else { continue }
                // A found item is listed only where an earlier pass had it missing.
                if present && (pass == nil || visit.notApplicable.contains(item.text.value)
                               || !missingBefore(visit, item: item.text.value)) { continue }
                facts.append(CaseFact(step: label, pass: pass, kind: present ? .present : .missing,
                                      label: PrintedItem.inSentence(item.text.value), value: ""))
            }
            for field in step.form {
                guard let value = visit.fields[field.name.value], !value.isEmpty, isLatest(visit, "f ", field.name.value) else { continue }
                var fact = CaseFact(step: label, pass: pass, kind: .field, label: field.label, value: field.shown(value))
                // Only a number is shown differently in English (its decimal point, `FormField.shown`).
                if field.type.value == .angka {
                    let english = field.shown(value, language: .en)
                    if english != fact.value { fact.english = english }
                }
                facts.append(fact)
            }
            for output in step.outputs {
                guard let record = visit.outputs[output.value] else { continue }
                let superseded = !isLatest(visit, "o ", output.value)
                // The text, then the attachment's name in brackets, whichever are there.
                var value = PersonalEcho.quoted(record.text)
                if let attachment = record.attachment { value += (value.isEmpty ? "" : " ") + "[\(attachment.name)]" }
                facts.append(CaseFact(step: label, pass: superseded ? visit.visit : pass, kind: .output,
                                      label: PrintedItem.inSentence(PrintedItem.withoutDash(output.value)), value: value,
                                      superseded: superseded))
            }
            // The branch a decision took, and by whom: the next desk sees "[8] Lulus uji?: Ya (agus)"
            // before it prints a Kartu Uji (tester 34, F5).
            if let branch = visit.branch, isLatest(visit, "d ", ""), case .decision(let decision)? = sop.step(visit.step)?.flow {
                let by = visit.completedBy ?? visit.operators.sorted().first
                let taken = branch.label.isEmpty ? "→ " + (sop.stepLabel(branch.target) ?? branch.target) : branch.label
                facts.append(CaseFact(step: label, pass: pass, kind: .decision, label: decision.question?.value ?? Catalog.Listing.branch.text(.id),
                                      value: taken + (by.map { " (\($0))" } ?? "")))
            }
            for (index, written) in notes.enumerated() where !placed[index] && written.step == visit.step
                && written.at >= visit.startedAt && written.at <= (visit.completedAt ?? .distantFuture)
            {
                note(index, pass: pass)
            }
        }
        guard keeps, let kept else {
            completed.forEach(add)
            active.forEach(add)
            for index in notes.indices where !placed[index] { note(index) }
            return facts
        }
        // The visits compared where they are, not copied out of the list one by one.
        let done = completed
        for position in done.indices {
            if done[position].step == current?.step && done[position].visit == current?.visit { continue }
            if let entry = kept.entry(at: position, for: done[position]) {
                facts += entry.facts
                for index in entry.notes { placed[index] = true }
                continue
            }
            let (factsBefore, placedBefore) = (facts.count, placed)
            add(done[position])
            kept.keep(SoFarFacts.Entry(visit: done[position], facts: Array(facts[factsBefore...]),
                                       notes: placed.indices.filter { placed[$0] && !placedBefore[$0] }), at: position)
        }
        active.forEach(add)
        for index in notes.indices where !placed[index] { note(index) }
        return facts
    }
}

/// What a desk's step headers listed of each completed visit (`CaseState.soFar`), kept between
/// them: a later header lists the same visits again, each now worked out once (SOP 01's six
/// headers worked out 15 completed visits, 5 now). An entry is used only for the same visit at the same
/// place in the case's completed visits (`StepVisit` compared whole, so a corrected answer is
/// worked out again), and all are dropped for another case, when a note was added, or once a
/// step was visited twice (the latest answer of each question then depends on later visits).
public final class SoFarFacts {
    /// A class: handing an entry out is one reference, not a copy of its visit and facts.
    final class Entry {
        let visit: StepVisit
        let facts: [CaseFact]
        /// The case's notes listed with the visit (indices into `CaseState.notes`).
        let notes: [Int]

        init(visit: StepVisit, facts: [CaseFact], notes: [Int]) {
            self.visit = visit
            self.facts = facts
            self.notes = notes
        }
    }

    private var caseID: CaseID?
    private var notes = 0
    private var entries: [Entry?] = []

    public init() {}

    /// Whether entries may be used and kept for this case now; drops them when they may not.
    func prepare(caseID: CaseID, notes: Int, loops: Bool) -> Bool {
        if caseID != self.caseID || notes != self.notes || loops {
            entries.removeAll(keepingCapacity: true)
            self.caseID = caseID
            self.notes = notes
        }
        return !loops
    }

    func entry(at position: Int, for visit: StepVisit) -> Entry? {
        guard position < entries.count, let entry = entries[position], entry.visit == visit else { return nil }
        return entry
    }

    func keep(_ entry: Entry, at position: Int) {
        while entries.count <= position { entries.append(nil) }
        entries[position] = entry
    }
}

/// A question of a step: a kelengkapan item ("k "), a form field ("f ") or an output ("o ").
struct AnswerKey: Hashable {
    var step: String
    var question: String
}

extension CaseState {
    /// The pass that gave the latest answer to each question of a step visited more than once;
    /// nil when no step was visited again (every answer is then the latest). `current` is left out.
    func latestAnswers(excluding current: StepVisit?) -> [AnswerKey: Int]? {
        guard completed.contains(where: { $0.visit > 1 }) || active.contains(where: { $0.visit > 1 }) else { return nil }
        var latest: [AnswerKey: Int] = [:]
        func add(_ visit: StepVisit) {
            if visit.step == current?.step && visit.visit == current?.visit { return }
            func answered(_ key: String) {
                let id = AnswerKey(step: visit.step, question: key)
                if visit.visit > latest[id] ?? 0 { latest[id] = visit.visit }
            }
            for item in visit.kelengkapan.keys { answered("k " + item) }
            for (name, value) in visit.fields where !value.isEmpty { answered("f " + name) }
            for output in visit.outputs.keys { answered("o " + output) }
            if visit.branch != nil { answered("d ") }
        }
        completed.forEach(add)
        active.forEach(add)
        return latest
    }

    /// Whether an earlier pass through `visit`'s step had the kelengkapan `item` missing.
    func missingBefore(_ visit: StepVisit, item: String) -> Bool {
        completed.contains { $0.step == visit.step && $0.visit < visit.visit && $0.kelengkapan[item] == false }
    }
}
