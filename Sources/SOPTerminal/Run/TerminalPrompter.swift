import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The session at a terminal: shows each step in the SOP's own words and asks its questions.
/// Lines come from `input`; text goes to `output`.
public final class TerminalPrompter: Prompter {
    private let input: () -> String?
    /// Write each answer after its prompt (when input is piped, not typed).
    private let echo: Bool
    private let output: (String) -> Void
    private let language: Language
    private let colour: Bool
    private let time: TimeText
    private let clock: Clock
    private var caseID = ""
    /// What this terminal has already shown of the case: each step shows only what is new.
    private var shownFacts: Set<String> = []
    /// Each opened step's row as printed ("tanpa nomor (sesudah 3)" for an unnumbered row), by
    /// step id: its prompts and done lines name it so, never by its id.
    private var rowLabels: [String: String] = [:]
    /// The open step's form fields by name, to name another desk's answer by its label, as the
    /// desk asked it (tester 28, finding 16: `no_register = …` named the YAML key).
    private var fieldLabels: [String: String] = [:]
    /// Whether this operator may act in a role (the roster, when in force): the hint after a
    /// hand-off names only a role they hold. Nil: any role.
    public var mayActAs: ((String) -> Bool)?
    /// At a case's end: the other SOP of the folder its last step hands the work on to, with the
    /// command starting it (`HandOff`), nil when it names none the folder holds.
    public var handOff: ((CaseState) -> Localized?)?
    /// The terminal's width: text wraps at word boundaries to it. Nil (piped output): whole lines.
    public var width: Int?
    /// The roles the operator named with `--as`, as typed: the hint to resume a paused or
    /// stopped case repeats them (tester 16, finding 15). Empty: none named.
    public var resumeRoles: [String] = []
    /// `--operator NAME` as given (a shared desk login): every hint repeats it, else the command
    /// it prints runs as the login and is refused (tester 32, F5). Nil: not given.
    public var resumeOperator: String?
    /// At a `kolektif: ya` row: the line saying that other cases wait at it too and the command
    /// that completes them all (tester 30, N1), given the step and this case's id; nil when none
    /// other waits. Shown once, before the step's first question.
    public var collectiveHint: ((Step, String) -> Localized?)?

    /// `sop run --case ID`, with the operator's own `--as` roles and `--operator`.
    private var resumeCommand: String {
        Words.runCommand(case: caseID, roles: resumeRoles, operatorName: resumeOperator)
    }

    typealias Words = Catalog.Desk

    public init(language: Language, colour: Bool, clock: Clock, time: TimeText, echo: Bool = false,
                input: @escaping () -> String?, output: @escaping (String) -> Void) {
        self.echo = echo
        self.language = language
        self.colour = colour
        self.clock = clock
        self.time = time
        self.input = input
        self.output = output
    }

    // MARK: Asking

    public func ask(_ question: Question) -> Reply {
        while true {
            output(paint(fit(prompt(for: question), reserve: 3), .bold) + " › ")
            guard let line = input() else {
                output("\n")
                return .endOfInput
            }
            if echo {
                // Answers piped on stdin are echoed as the timeline shows them: masked, and with
                // control characters made visible; a NIK or phone typed into another prompt (a
                // y/t question) is masked too.
                output(TerminalText.visible(Self.shown(line.trimmingWhitespace(), for: question)) + "\n")
            }
            let text = line.trimmingWhitespace()
            guard text == "?" || text.hasPrefix("/") else { return .answer(text) }
            if case .cancel(let reason)? = Self.command(text), !reason.trimmingWhitespace().isEmpty, !confirmCancel(reason) {
                say(Catalog.ServiceDesk.notCancelled)
                continue
            }
            if let command = Self.command(text) { return .command(command) }
            say(Words.unknownCommand)
        }
    }

    /// An answer as it may be shown again: a personal field's value masked as its type says,
    /// any other answer with every NIK- or phone-like digit run masked.
    static func shown(_ text: String, for question: Question) -> String {
        guard case .field(let field) = question.kind, field.showsByItsType else { return PersonalEcho.quoted(text) }
        // Masked as it is stored (a phone typed "0813-1234-5666" is kept as 081312345666), so the
        // echo and every later view hide the same digits (tester 11's F20).
        let stored = (try? field.validate(text).get()) ?? text
        return field.masked(stored)
    }

    /// "/batal ALASAN" asks once more: a cancelled case cannot be taken back. Only y/ya confirms;
    /// the end of input does not.
    private func confirmCancel(_ reason: String) -> Bool {
        output(paint(fit(Catalog.ServiceDesk.confirmCancel(caseID, reason: reason.trimmingWhitespace()).text(language), reserve: 3), .yellow)
               + " › ")
        guard let line = input() else {
            output("\n")
            return false
        }
        if echo { output(TerminalText.visible(PersonalEcho.quoted(line)) + "\n") }
        return CaseSession.yesNo(line) == true
    }

    public func refused(_ question: Question, reason: Localized) -> Bool {
        output(paint(fit(Words.rejected(reason.text(language)).text(language)), .red) + "\n")
        return true
    }

    /// "?", "/catatan teks", "/jeda", "/batal alasan" (and the English words).
    public static func command(_ text: String) -> SessionCommand? {
        if text == "?" { return .help }
        let body = text.dropFirst()
        let word = body.prefix { $0 != " " }.lowercased()
        let rest = body.dropFirst(word.count).trimmingWhitespace()
        switch word {
        case "bantuan", "help", "?": return .help
        case "catatan", "note": return .note(rest)
        case "jeda", "pause": return .pause
        case "batal", "cancel": return .cancel(rest)
        case "lewati", "skip": return .skip(rest)
        default: return nil
        }
    }

    private func prompt(for question: Question) -> String {
        switch question.kind {
        case .kelengkapan(let item):
            if item.isConditional {
                return Catalog.ConditionalItems.conditionalPrompt(PrintedItem.inSentence(item.text.value), required: item.requiredToProceed).text(language)
            }
            return Words.kelengkapanPrompt(PrintedItem.inSentence(item.text.value), required: item.requiredToProceed).text(language)
        case .field(let field):
            var hint = Words.fieldHint(field.type.value.rawValue)?.text(language)
            if field.type.value == .pilihan {
                hint = field.options.enumerated().map { "\($0.offset + 1) \($0.element.value)" }.joined(separator: " / ")
            }
            if let previous = question.previous, !previous.isEmpty {
                return Catalog.Visits.fieldPromptKeeping(field.label, hint: hint, previous: field.shown(previous, language: language)).text(language)
            }
            return Words.fieldPrompt(field.label, hint: hint, optional: !field.required).text(language)
        case .output(let item):
            let shown = PrintedItem.inSentence(PrintedItem.withoutDash(item))
            // On a step with a form, Enter records the form as the Output (`Engine.formOutput`).
            if Engine.formOutput(of: question.step, visit: question.visit.visit) != nil { return Catalog.StepOutputs.formPrompt(shown).text(language) }
            return Words.outputPrompt(shown).text(language)
        case .branch(let decision):
            let exits = question.exits
            let question = decision.question?.value ?? question.step.uraian.value
            if !exits.isEmpty { return question + " [" + Catalog.DecisionExits.choices(exits.map(\.words)).text(language) + "]" }
            // An exit drawn without a label is offered by the row it leads to.
            let choices = decision.branches.enumerated().map { offset, branch in
                "\(offset + 1) " + (branch.isUnlabelled
                    ? Catalog.Flow.unlabelledExit(branch.targetRow ?? branch.target.value.text).text(language) : branch.label.value)
            }
            return question + " [" + choices.joined(separator: " / ") + "]"
        case .complete:
            return Words.completePrompt(printedLabel(question.step)).text(language)
        }
    }

    // MARK: Showing

    public func show(_ message: SessionMessage) {
        switch message {
        case .caseOpened(let header):
            caseID = header.caseID.rawValue
            // Ctrl-C says what Ctrl-D says (`.stopped`), wrapped the same way.
            InterruptHint.shared.set(fit(Words.stopped.text(language)) + "\n"
                + fit(Words.continueWith(resumeCommand).text(language)) + "\n")
            output(paint(fit("SOP \(header.nomor) · \(PrintedLine.of(header.judul))"), .bold) + "\n")
            say(Words.caseHeader(header.caseID.rawValue, operatorName: header.operatorName,
                                 roles: header.roleNames.joined(separator: ", "), resumed: header.resumed))
            output(paint(fit(Words.revision(header.revisionDate, hash: header.revision).text(language)), .dim) + "\n")
        case .stepOpened(let header):
            if let label = header.rowLabel { rowLabels[header.step.id.value] = language == .en ? label.en : label.id }
            fieldLabels = Dictionary(header.step.form.map { ($0.name.value, $0.label) }) { first, _ in first }
            showStep(header)
        case .kelengkapanMissing(let item, let required):
            // A required item: the refusal that follows says it was recorded and what to do.
            if !required { say(Words.missingRecorded(PrintedItem.inSentence(item))) }
        case .warning(let warning):
            output(paint(fit("⚠ " + warning.text(language)), .yellow) + "\n")
        case .attachmentSaved(let attachment):
            say(Words.attachmentSaved(attachment.name, size: attachment.size, hash: attachment.sha256))
        case .noteSaved:
            say(Words.noteSaved)
        case .stepDone(let done):
            showDone(done)
        case .handedOff(let step, _, let roleName, let due):
            say(Words.handedOff(step, roleName: roleName, due: due.map { time.dateTime($0, reference: clock.now()) }))
        case .waiting(let steps):
            let list = steps.map { "\($0.step) (\($0.roleName))" }.joined(separator: ", ")
            say(Words.waiting(list))
            // Every waiting role once: the command for each the operator may act in, and who
            // else continues the others (tester 33: two boxes after a split named only the first).
            var held: [String] = [], others: [String] = []
            for step in steps where !held.contains(step.role) && !others.contains(step.role) {
                if mayActAs?(step.role) ?? true { held.append(step.role) } else { others.append(step.role) }
            }
            for role in held { say(Words.continueWith(Words.runCommand(case: caseID, roles: [role], operatorName: resumeOperator))) }
            if !others.isEmpty { say(Catalog.Roster.continuedByHolder(others)) }
        case .caseCompleted(let state):
            let end = state.endedAt ?? clock.now()
            let total = end.timeIntervalSince(state.startedAt ?? end)
            output(paint(fit(Words.completed(caseID, total: time.duration(total)).text(language)), .green) + "\n")
            if let outcome = state.outcome { say(Catalog.Flow.endedWithOutcome(outcome)) }
            if let next = handOff?(state) { say(next) }
        case .caseCancelled(let reason):
            say(Words.cancelled(PersonalEcho.quoted(reason)))
        case .skipped(let step, let reason):
            say(Catalog.Flow.skipped(step, reason: PersonalEcho.quoted(reason)))
        case .pauseEnded(let line):
            say(line)
        case .casePaused:
            say(Words.paused)
            say(Words.continueWith(resumeCommand))
        case .stopped:
            say(Words.stopped)
            say(Words.continueWith(resumeCommand))
        case .staleReloaded:
            output(paint(fit(Words.stale.text(language)), .yellow) + "\n")
        case .otherDeskAnswered(let events):
            for event in events {
                let what = Self.describe(event.kind, fieldLabel: { fieldLabels[$0] }).text(language)
                output(paint(fit(Catalog.ServiceDesk.otherDesk(event.operatorName, what).text(language)), .yellow) + "\n")
            }
        case .help:
            say(Words.help)
        case .answered(let question, let text):
            if case .complete = question.kind { return }
            output(prompt(for: question) + " › " + TerminalText.visible(Self.shown(text, for: question)) + "\n")
        case .committed:
            break
        }
    }

    private func showStep(_ header: StepHeader) {
        let step = header.step
        // Numbered as printed (an unnumbered row shifts nothing), and in an SOP of several
        // tables, the table by its number and heading.
        let number = header.rowLabel.map { language == .en ? $0.en : $0.id } ?? String(header.position)
        var title = Catalog.RowBoxes.stepOf(number, header.lastNumber ?? String(header.total), actor: header.part, visit: header.visit)
            .text(language)
        if let table = header.table {
            title = Catalog.SeveralTables.table(table.number, title: table.title).text(language) + " · " + title
        }
        output("\n" + paint("━━ \(title) " + String(repeating: "━", count: max(3, 60 - title.count)), .cyan) + "\n")
        if let section = step.section { output(paint(fit(section.text), .bold) + "\n") }
        output(fit(step.uraian.value) + "\n")
        if step.drawn.isOptional { output(paint(fit(Catalog.Flow.optionalHint.text(language)), .dim) + "\n") }
        var performer = header.performerName
        if !header.performerIsStaff { performer = Words.performerRecordedBy(performer, role: header.recordedBy).text(language) }
        var rows: [(Localized, String)] = [(Words.performer, performer)]
        if !header.involvedNames.isEmpty { rows.append((Words.involved, header.involvedNames.joined(separator: ", "))) }
        let dueText = header.due.map { time.dateTime($0, reference: clock.now()) }
        let used = header.rowStarted == nil ? Words.used(time.duration(header.used), due: dueText)
            : Catalog.RowBoxes.usedInRow(time.duration(header.used), due: dueText)
        // A row of a merged cell taken at another row says where (branch lang16).
        let merged = { (column: MergedColumn) in header.mergedElsewhere.first { $0.cell.column == column } }
        var waktu = (header.waktu ?? step.mutuBaku.waktu).map { WaktuWords.text($0, items: header.items, chosen: header.chosen, language: language) + " · " + used.text(language) }
            ?? Words.noStandard.text(language) + " · " + used.text(language)
        if let cell = merged(.waktu) { waktu += " (" + cell.note.text(language) + ")" }
        rows.append((Words.waktu, waktu))
        // The row's cells, on every box of a row of several boxes; where another box asks them, said so.
        if !header.cells.kelengkapan.isEmpty {
            let elsewhere = header.asksKelengkapan ? "" : " " + Catalog.RowBoxes.askedAtFirstBox.text(language)
            rows.append((Words.kelengkapan, Self.summary(header.cells.kelengkapan) + elsewhere))
        } else if let cell = merged(.kelengkapan) {
            rows.append((Words.kelengkapan, Self.summary(cell.cell.kelengkapan) + " (" + cell.note.text(language) + ")"))
        }
        if !header.cells.output.isEmpty {
            // Only what this box produces or the row's items no box claims (`oleh`).
            let (own, row) = header.boxOutput.map { ($0.own, $0.row) } ?? ([], header.cells.output.map(\.value))
            var parts = own.isEmpty ? [] : [Self.summary(own)]
            if !row.isEmpty {
                parts.append(Self.summary(row) + (header.asksOutput ? "" : " " + Catalog.RowBoxes.askedAtLastBox.text(language)))
            }
            if !parts.isEmpty { rows.append((Words.output, parts.joined(separator: "; "))) }
        } else if let cell = merged(.output) {
            rows.append((Words.output, Self.summary(cell.cell.output.map(\.value)) + " (" + cell.note.text(language) + ")"))
        }
        // The row's Keterangan, as printed: it carries the rule of a decision, a loop back, the
        // SOP to follow (tester 10, finding 5).
        if let keterangan = header.keterangan ?? step.keteranganLine { rows.append((Catalog.DecisionExits.keterangan, keterangan)) }
        let width = rows.map { $0.0.text(language).count }.max() ?? 0
        for (label, value) in rows {
            let name = label.text(language)
            output(paint(name + String(repeating: " ", count: width - name.count), .dim) + " : " + hanging(value, indent: width + 3) + "\n")
        }
        showSoFar(header)
        if step.isCollective, let hint = collectiveHint?(step, caseID) {
            output(paint(fit(hint.text(language)), .yellow) + "\n")
        }
    }

    /// The case at a glance: its title, then what earlier steps gave and every note; a step
    /// after the first one this terminal opened shows only what is new since.
    private func showSoFar(_ header: StepHeader) {
        typealias Glance = Catalog.ServiceDesk
        let title = header.title.isEmpty ? [] : ["title \(header.title)"]
        // An output a later pass superseded was shown when it was the latest: not new again.
        let facts = header.soFar.filter { !shownFacts.contains("\($0.asFirstShown)") }
        let newTitle = title.filter { !shownFacts.contains($0) }
        guard !facts.isEmpty || !newTitle.isEmpty else { return }
        shownFacts.formUnion(newTitle + facts.map { "\($0.asFirstShown)" })
        output(paint((shownFacts.count == facts.count + newTitle.count ? Glance.soFarHeading : Glance.soFarNew).text(language),
                     .dim) + "\n")
        if !newTitle.isEmpty { output(fit("  " + Glance.columnTitle.text(language) + ": " + header.title) + "\n") }
        for fact in facts {
            // A later pass through a step is marked as `sop case` marks it ("[1 #2]").
            let step = fact.step.isEmpty ? "" : "[\(fact.step)\(fact.pass.map { " #\($0)" } ?? "")] "
            switch fact.kind {
            case .field, .output, .decision:
                // An earlier pass's output, dimmed: kept, a later pass redoing only part of the work.
                let line = fit("  \(step)\(fact.label): \(fact.shownValue(language))")
                output((fact.superseded ? paint(line, .dim) : line) + "\n")
            case .missing: output(fit("  \(step)" + Glance.factMissing(fact.label).text(language)) + "\n")
            case .present: output(fit("  \(step)" + Glance.factPresent(fact.label).text(language)) + "\n")
            case .note: output(fit("  \(step)" + Glance.factNote(fact.label, fact.value).text(language)) + "\n")
            }
        }
    }

    private func showDone(_ done: StepDone) {
        let step = printedLabel(done.step)
        if let waktu = done.waktu, let clock = done.clock {
            let head = done.part.map { Catalog.RowBoxes.partDone(step, actor: $0, used: time.duration(clock.used)) }
            let (line, late) = ClockWords(time: time).done(step, waktu: WaktuWords.standard(waktu, items: done.items, chosen: done.chosen, language: language), clock: clock, head: head)
            output(paint(line, late ? .yellow : .green) + "\n")
            return
        }
        // A box done while its row goes on says so, standard or not.
        var line = (done.part.map { Catalog.RowBoxes.partDone(step, actor: $0, used: time.duration(done.used)) }
            ?? Words.done(step, used: time.duration(done.used))).text(language)
        var style = ANSIStyle.green
        if let waktu = done.waktu, let margin = done.margin {
            let verdict = margin >= 0
                ? Words.withinStandard(WaktuWords.standard(waktu, items: done.items, chosen: done.chosen, language: language), margin: time.duration(margin))
                : Words.overStandard(WaktuWords.standard(waktu, items: done.items, chosen: done.chosen, language: language), margin: time.duration(-margin))
            if margin < 0 { style = .yellow }
            line += " — " + verdict.text(language)
        } else if let cell = done.sharedCell {
            line += " (" + Catalog.MergedCells.judgedWith(cell.judgedAt, due: cell.due.map { time.dateTime($0, reference: clock.now()) })
                .text(language) + ")"
        } else {
            line += " (" + Words.noStandard.text(language) + ")"
        }
        output(paint(fit(line), style) + "\n")
    }

    /// The step's row as printed (its header told it), else its number, else its id.
    private func printedLabel(_ step: Step) -> String {
        rowLabels[step.id.value] ?? step.number ?? step.id.value
    }

    private func say(_ text: Localized) {
        output(fit(text.text(language)) + "\n")
    }

    /// Wrapped to the terminal's width (`reserve` keeps room for a prompt's " › ").
    private func fit(_ text: String, reserve: Int = 0) -> String {
        ScreenFit.fit(text, width: width, reserve: reserve)
    }

    /// A value after its label, continuation lines under the value.
    private func hanging(_ value: String, indent: Int) -> String {
        guard let width, indent + value.count > width else { return value }
        return TextWrap.wrap(value, width: max(20, width - indent)).joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    private func paint(_ text: String, _ style: ANSIStyle) -> String {
        colour ? style.apply(to: text) : text
    }
}


extension TerminalPrompter {
    /// Items on one line, joined by commas: an item printed with a closing comma or semicolon
    /// ("Formulir Laporan Gratifikasi,") does not give ",," in the summary.
    static func summary(_ items: [String]) -> String {
        items.map { item in
            PrintedItem.inSentence(PrintedItem.withoutDash(item))
        }.joined(separator: ", ")
    }
}

extension TerminalPrompter {
    /// A Kelengkapan cell on one line: an intro line leads its items ("Penelitian data
    /// administratif : a. …, b. …"), not as one of them.
    static func summary(_ items: [Kelengkapan]) -> String {
        var line = ""
        var group: [String] = []
        for item in items {
            if item.isIntro {
                if !group.isEmpty { line += (line.isEmpty ? "" : "; ") + summary(group) }
                group = []
                line += (line.isEmpty ? "" : "; ") + item.text.value + " "
            } else {
                group.append(item.text.value)
            }
        }
        return (line + summary(group)).trimmingWhitespace()
    }
}
