import Foundation
import SOPCore
import SOPModel

extension Engine {
    typealias DeskWords = Catalog.ServiceDesk

    /// An amendment of a visit of a step, active or done: visit `number` (the "kunjungan ke-N"
    /// the desk and `sop case` show) of a row the case went through several times, else the
    /// latest. The corrector must play the step's role or one of its joint roles, give a reason, and a value the step
    /// accepts (a field's own validation).
    /// A correction to the value already recorded is refused (the CLI and the web in the same
    /// words): it would write an event that changes nothing.
    func correction(_ stepID: String, target: CaseEvent.Correction.Target, name: String, value: String,
                    attachment: CaseEvent.Attachment?, reason: String, visit number: Int? = nil, state: CaseState,
                    actor: Operator)
        throws(EngineError) -> CaseEvent.Correction
    {
        let correction = try amendment(stepID, target: target, name: name, value: value, attachment: attachment,
                                       reason: reason, visit: number, state: state, actor: actor)
        if let recorded = Self.unchanged(correction, in: state) {
            let shown = sop.formField(named: correction.name).map { $0.shown(recorded) } ?? PersonalEcho.quoted(recorded)
            throw EngineError(Catalog.WebCorrections.alreadyRecorded(shown))
        }
        return correction
    }

    /// The value a correction would leave as it is, as recorded; nil when it changes something.
    static func unchanged(_ correction: CaseEvent.Correction, in state: CaseState) -> String? {
        guard let visit = (state.completed + state.active).last(where: { $0.step == correction.step && $0.visit == correction.visit })
        else { return nil }
        switch correction.target {
        case .field:
            return visit.fields[correction.name] == correction.value ? correction.value : nil
        case .kelengkapan:
            // An item recorded as not applying ("tidak berlaku") is changed by either answer.
            guard !visit.notApplicable.contains(correction.name) else { return nil }
            let recorded = visit.kelengkapan[correction.name].map { $0 ? "ya" : "tidak" }
            return recorded == correction.value ? correction.value : nil
        case .output:
            guard correction.attachment == nil, let record = visit.outputs[correction.name], record.attachment == nil,
                record.text == correction.value
            else { return nil }
            return correction.value
        }
    }

    /// The visit a correction amends: pass `number` of the step, else its latest (an open one first).
    static func visit(of id: String, _ number: Int?, in state: CaseState) -> StepVisit? {
        if let number { return (state.completed + state.active).last { $0.step == id && $0.visit == number } }
        return state.active.last(where: { $0.step == id }) ?? state.completed.last(where: { $0.step == id })
    }

    /// Whether a visit recorded an answer to the item (an item "tidak berlaku" is recorded too).
    public static func records(_ visit: StepVisit, _ target: CaseEvent.Correction.Target, _ name: String) -> Bool {
        switch target {
        case .field: visit.fields[name] != nil
        case .kelengkapan: visit.kelengkapan[name] != nil || visit.notApplicable.contains(name)
        case .output: visit.outputs[name] != nil
        }
    }

    /// A row's box as users name it where the row has several (parallel boxes sharing a printed
    /// number): the number and the box's actor, `8 (Petugas Loket)`; else the row's label.
    public func boxLabel(_ step: Step) -> String {
        let number = label(step)
        guard let printed = step.number, sop.steps.contains(where: { $0.id.value != step.id.value && $0.number == printed }) else {
            return number
        }
        return "\(number) (\(sop.actor(step.performer.value)?.lineName ?? step.performer.value))"
    }

    /// The step `--kegiatan` names: its id; a printed row number with its actor, as a refusal
    /// lists the boxes of a row (`8 (Petugas Loket)`); or a row number. A row of several boxes
    /// is resolved to the box that recorded the answer being corrected, else to the one box of
    /// the corrector's roles; when that still leaves several, the correction is refused with
    /// the boxes listed as they can be typed (tester 31, F1: the first box was taken, so the
    /// officer who typed the answer was refused and another "corrected" a value never recorded).
    private func box(_ stepID: String, target: CaseEvent.Correction.Target, name: String, visit number: Int?,
                     state: CaseState, actor: Operator) throws(EngineError) -> Step {
        if let step = sop.step(stepID) { return step }
        if let step = sop.steps.first(where: { step in
            step.number.map { RowNumber.same(boxLabel(step), stepID) || RowNumber.same("\($0) (\(step.performer.value))", stepID) } == true
        }) {
            return step
        }
        let boxes = sop.steps.filter { $0.number.map { RowNumber.same($0, stepID) } == true }
        guard let first = boxes.first else {
            var known: [String] = []
            for name in sop.steps.map(label) where !known.contains(name) { known.append(name) }
            throw EngineError(DeskWords.correctionUnknownStep(stepID, known: known))
        }
        guard boxes.count > 1 else { return first }
        let reached = boxes.compactMap { step in Self.visit(of: step.id.value, number, in: state).map { (step, $0) } }
        guard !reached.isEmpty else { return first }
        // The boxes that ask the item, and of those the ones that recorded it.
        let knowing = reached.filter { step, _ in resolvedName(name, target: target, of: step) != nil }
        let holding = knowing.filter { step, visit in
            resolvedName(name, target: target, of: step).map { Self.records(visit, target, $0) } ?? false
        }
        let candidates = !holding.isEmpty ? holding : !knowing.isEmpty ? knowing : reached
        if candidates.count == 1 { return candidates[0].0 }
        let mine = candidates.filter { actor.plays($0.1.role) }
        if mine.count == 1 { return mine[0].0 }
        // A name no box asks: the step's own refusal lists the names it has.
        if knowing.isEmpty { return (mine.first ?? candidates[0]).0 }
        throw EngineError(DeskWords.correctionWhichBox(label(first), boxes: (mine.isEmpty ? candidates : mine).map { boxLabel($0.0) }))
    }

    /// The item a correction names, as the step asks it (nil when the step asks none by that name).
    private func resolvedName(_ name: String, target: CaseEvent.Correction.Target, of step: Step) -> String? {
        switch target {
        case .field: step.form.first { $0.name.value == name || $0.label.lowercased() == name.lowercased() }?.name.value
        case .kelengkapan: PrintedItem.matchPart(name, among: askedKelengkapan(of: step.id.value).map(\.text.value))
        case .output: PrintedItem.matchPart(name, among: askedOutput(of: step.id.value).map(\.value))
        }
    }

    private func amendment(_ stepID: String, target: CaseEvent.Correction.Target, name: String, value: String,
                           attachment: CaseEvent.Attachment?, reason: String, visit number: Int?, state: CaseState,
                           actor: Operator)
        throws(EngineError) -> CaseEvent.Correction
    {
        guard state.status != .cancelled else { throw EngineError(Words.notOpen(state.status.rawValue)) }
        let step = try box(stepID, target: target, name: name, visit: number, state: state, actor: actor)
        let id = step.id.value
        let visits = (state.completed + state.active).filter { $0.step == id }
        let visit = Self.visit(of: id, number, in: state)
        guard let visit else {
            guard let number, !visits.isEmpty else { throw EngineError(DeskWords.correctionNotReached(boxLabel(step))) }
            throw EngineError(Catalog.Visits.noSuchVisit(boxLabel(step), number, visits: Set(visits.map(\.visit)).sorted()))
        }
        // In the step's role or one of its joint roles (`bersama`), who may answer it too (F17).
        guard actor.works(visit) else {
            throw EngineError(DeskWords.correctionNotYourStep(boxLabel(step), role: sop.actor(visit.role)?.lineName ?? visit.role))
        }
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty else { throw EngineError(DeskWords.correctionNeedsReason) }
        // In a step still being worked on, only what it has answered can be amended: the rest is
        // answered in the step itself (a "correction" would fill it in behind the step's form).
        let working = state.active.contains { $0.step == id && $0.visit == visit.visit }
        func unanswered(_ name: String) -> EngineError { EngineError(DeskWords.correctionNotAnswered(name, step: boxLabel(step))) }
        // A done step's Kelengkapan and Output items are all answered where they were asked: one
        // this visit never recorded (a shared Output cell of a row's parallel boxes, asked of
        // the box that finished last; a skipped step) has no value to correct. A form field left
        // empty may still be filled in by a correction.
        func notRecorded(_ name: String) -> EngineError {
            let elsewhere = sop.steps.filter { other in
                other.id.value != id && other.number != nil && other.number == step.number
                    && Self.visit(of: other.id.value, number, in: state).map { Self.records($0, target, name) } == true
            }
            return EngineError(DeskWords.correctionNotRecorded(name, step: boxLabel(step), recordedAt: elsewhere.map(boxLabel)))
        }
        func unknown(_ kind: Localized, _ known: [String]) -> EngineError {
            EngineError(DeskWords.correctionUnknownName(name, kind: kind, step: boxLabel(step), known: known,
                                                        suggestion: Suggestion.closest(to: name, among: known)))
        }
        switch target {
        case .kelengkapan:
            let known = askedKelengkapan(of: id).map(\.text.value)
            // As the desk shows it (no list letter or closing mark) or by its own words, when
            // they name one item (tester 16, finding 3).
            guard let item = PrintedItem.matchPart(name, among: known) else {
                throw unknown(Catalog.Desk.kelengkapan, known)
            }
            if working, visit.kelengkapan[item] == nil { throw unanswered(item) }
            if !Self.records(visit, .kelengkapan, item) { throw notRecorded(item) }
            guard let present = CaseSession.yesNo(value) else { throw EngineError(Catalog.Session.answerYesNo) }
            return .init(step: id, visit: visit.visit, target: target, name: item, value: present ? "ya" : "tidak",
                         reason: reason)
        case .field:
            guard let field = step.form.first(where: { $0.name.value == name || $0.label.lowercased() == name.lowercased() })
            else { throw unknown(DeskWords.fieldWord, step.form.map(\.name.value)) }
            if working, visit.fields[field.name.value] == nil { throw unanswered(field.label) }
            switch field.validate(value) {
            case .success(let normalized):
                return .init(step: id, visit: visit.visit, target: target, name: field.name.value, value: normalized,
                             reason: reason)
            case .failure(let problem):
                throw EngineError(problem.message)
            }
        case .output:
            let known = askedOutput(of: id).map(\.value)
            guard let item = PrintedItem.matchPart(name, among: known) else {
                throw unknown(Catalog.Desk.output, known)
            }
            if working, visit.outputs[item] == nil { throw unanswered(item) }
            if !Self.records(visit, .output, item) { throw notRecorded(item) }
            let text = value.trimmingWhitespace()
            guard !text.isEmpty || attachment != nil else { throw EngineError(Words.emptyOutput(item)) }
            return .init(step: id, visit: visit.visit, target: target, name: item, value: text, attachment: attachment,
                         reason: reason)
        }
    }
}

extension CaseState {
    /// The latest answer to each form field across the case's visits (corrections applied).
    public var latestFields: [String: String] {
        var values: [String: (Date, String)] = [:]
        for visit in completed + active {
            for (name, value) in visit.fields where (values[name]?.0 ?? .distantPast) <= visit.startedAt {
                values[name] = (visit.startedAt, value)
            }
        }
        return values.mapValues(\.1)
    }

    /// What the case is about, from the fields the SOP names (`kasus: judul`); personal values
    /// masked. Empty until one of them is answered.
    public func title(sop: SOP) -> String { title(sop, fields: latestFields) }

    /// The same, with the names the engine keeps, from the latest answers of the title's own
    /// fields only (every step's header at the desk).
    public func title(engine: Engine) -> String {
        title(engine, fields: latestFields(named: engine.titleFields.map(\.value)))
    }

    /// `latestFields` of these names only.
    func latestFields(named names: [String]) -> [String: String] {
        var fields: [String: String] = [:]
        for name in names where fields[name] == nil { fields[name] = latestField(name) }
        return fields
    }

    /// The latest answer to one form field, as `latestFields` gives it.
    func latestField(_ name: String) -> String? {
        var latest: (at: Date, value: String)?
        for visits in [completed, active] {
            for visit in visits {
                guard let value = visit.fields[name], (latest?.at ?? .distantPast) <= visit.startedAt else { continue }
                latest = (visit.startedAt, value)
            }
        }
        return latest?.value
    }

    func title<Lookup: StepLookup>(_ sop: Lookup, fields: [String: String]) -> String {
        sop.titleFields.compactMap { name -> String? in
            guard let value = fields[name.value], !value.isEmpty else { return nil }
            // A date as people read it (`01-12-2026`), personal values masked.
            return sop.formField(named: name.value).map { $0.shown(value) } ?? value
        }.joined(separator: " · ")
    }

    /// What a search may match exactly without the value being stored twice: SHA-256 of each
    /// personal answer (NIK, phone) and NIP, digits only.
    public func searchKeys(sop: SOP) -> [String] { searchKeys(sop, fields: latestFields) }

    func searchKeys<Lookup: StepLookup>(_ sop: Lookup, fields: [String: String]) -> [String] {
        fields.compactMap { name, value in
            guard let field = sop.formField(named: name), field.type.value.isSearchKey else { return nil }
            return CaseState.searchKey(value)
        }.sorted()
    }

    /// `searchKeys` read from the search-key fields' latest answers only (`StepLookup.searchKeyFields`),
    /// not from every answer of the case: the same keys (`StepFactsTests`).
    func personalKeys<Lookup: StepLookup>(_ sop: Lookup) -> [String] {
        sop.searchKeyFields.compactMap { latestField($0).flatMap(CaseState.searchKey) }.sorted()
    }

    /// The key a personal value is found by: digits only (a phone written with spaces, dashes
    /// or +62 finds the same case), hashed.
    public static func searchKey(_ value: String) -> String? {
        // ASCII text (a NIK or phone as typed) is filtered byte by byte: its characters are its
        // bytes, so the digits are the same as the characters' own filter below gives.
        var digits = value.utf8.allSatisfy { $0 < 0x80 }
            ? String(decoding: value.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, as: UTF8.self)
            : value.filter(\.isASCIIDigit)
        if digits.hasPrefix("62") { digits = "0" + digits.dropFirst(2) }
        guard digits.count >= 6 else { return nil }
        return SHA256.hex(Array(digits.utf8))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
