import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `sop tasks`: waiting steps, overdue first.
public struct TasksView {
    public let tasks: [TaskEntry]
    public let now: Date
    public let time: TimeText
    public let colour: Bool
    /// The terminal's width when the table should wrap to it; nil for a script's plain lines.
    public var width: Int?
    /// A row printed without a number named as the run screens name it ("tanpa nomor (sesudah
    /// 5)"), by `TasksView.labelKey`; the stored label (its id) otherwise.
    public var printedLabels: [String: String] = [:]
    /// Who a task's step is shown as when it is not its role alone (an outside party's step,
    /// recorded by the role; a joint row), by `TasksView.labelKey` (`SOP.performerLine`).
    public var performerLines: [String: String] = [:]

    /// By the revision too: two cases of one SOP started on different revisions may name a step
    /// differently.
    public static func labelKey(nomor: String, revision: String, step: String) -> String {
        nomor + "\u{1F}" + revision + "\u{1F}" + step
    }

    public init(tasks: [TaskEntry], now: Date, time: TimeText, colour: Bool) {
        self.tasks = tasks
        self.now = now
        self.time = time
        self.colour = colour
    }

    public func render() -> String { blocks().joined() }

    /// The header, then one block of lines per task (the worklist picker numbers them).
    public func blocks() -> [String] {
        typealias Words = Catalog.Listing
        let language = time.language
        let header = [Words.columnDue, Words.columnCase, Words.columnSOP, Words.columnStep, Words.columnRole,
                      Words.columnWaiting, Catalog.ServiceDesk.columnTitle].map { $0.text(language) }
        let rows = tasks.map { task -> [String] in
            let entry = task.entry
            let due = time.dueCell(entry.due, now: now, open: true)
            var step = printedLabels[Self.labelKey(nomor: task.nomor, revision: task.revision, step: entry.step)] ?? entry.stepLabel
            if task.status == .paused { step += " (" + Words.status(task.status.rawValue).text(language) + ")" }
            // A role name stored with its printed line break (before tester 10's F8) on one line.
            let role = performerLines[Self.labelKey(nomor: task.nomor, revision: task.revision, step: entry.step)] ?? Actor.lineName(entry.roleName)
            return [due, task.caseID.rawValue, task.nomor, step, role,
                    time.duration(now.timeIntervalSince(entry.startedAt)),
                    task.title.isEmpty ? "-" : task.title]
        }
        return Columns.blocks(header: header, rows: rows, colour: colour, width: width) { row in
            row.first?.hasSuffix(Words.overdue.text(language)) == true ? .red : nil
        }
    }
}

/// `sop cases`: cases with their status, active steps, age and whether they are overdue.
public struct CasesView {
    public let cases: [CaseSummary]
    public let now: Date
    public let time: TimeText
    public let colour: Bool
    /// The terminal's width when the table should wrap to it; nil for a script's plain lines.
    public var width: Int?
    /// The outcome a completed case ended with (a decision's exit to the end, `hasil_akhir`):
    /// its status reads "selesai: Bukan kewenangan".
    public var outcomes: [CaseID: String] = [:]

    public init(cases: [CaseSummary], now: Date, time: TimeText, colour: Bool) {
        self.cases = cases
        self.now = now
        self.time = time
        self.colour = colour
    }

    public func render() -> String {
        typealias Words = Catalog.Listing
        let language = time.language
        let header = [Words.columnCase, Words.columnSOP, Words.columnStatus, Words.columnActive, Words.columnAge,
                      Words.columnDue, Catalog.ServiceDesk.columnTitle].map { $0.text(language) }
        let rows = cases.map { summary -> [String] in
            let projection = summary.projection
            // Rows that do not match the history: only what names the case is shown.
            if !summary.broken.isEmpty {
                return [summary.id.rawValue, projection.nomor, Catalog.Listing.brokenMark.text(language), "-", "-", "-", "-"]
            }
            let active = projection.active.map { "\($0.stepLabel) (\(Actor.lineName($0.roleName)))" }.joined(separator: ", ")
            let end = projection.status.isFinished ? projection.updatedAt : now
            let due = time.dueCell(projection.active.compactMap(\.due).min(), now: now,
                                   open: !projection.status.isFinished)
            let status = CaseOutcomes.status(summary, outcomes: outcomes)
            return [summary.id.rawValue, projection.nomor, status.text(language),
                    active.isEmpty ? "-" : active, time.duration(end.timeIntervalSince(projection.startedAt)), due,
                    projection.lookup.title.isEmpty ? "-" : PersonalEcho.quoted(projection.lookup.title)]
        }
        return Columns.render(header: header, rows: rows, colour: colour, width: width) { row in
            row.dropLast().last?.hasSuffix(Words.overdue.text(language)) == true || row[2] == Catalog.Listing.brokenMark.text(language)
                ? .red : nil
        }
    }
}

/// Plain aligned columns (scripts read them too), with a bold header on a terminal. Given a
/// width (a terminal's), columns too wide for it are narrowed, widest first, and their cells
/// wrap at word boundaries (a long nomor after its '/' or '-').
enum Columns {
    static func render(header: [String], rows: [[String]], colour: Bool, width: Int? = nil,
                       style: ([String]) -> ANSIStyle?) -> String {
        blocks(header: header, rows: rows, colour: colour, width: width, style: style).joined()
    }

    /// The header, then one block (one line or more, each ending in a newline) per row.
    static func blocks(header: [String], rows: [[String]], colour: Bool, width: Int?,
                       style: ([String]) -> ANSIStyle?) -> [String] {
        var widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
        if let width {
            let words = header.indices.map { column in
                ([header[column]] + rows.map { $0[column] }).flatMap { $0.split(separator: " ") }.map(unbroken).max() ?? 0
            }
            widths = narrowed(widths, words: words, to: width)
        }
        let wraps = width != nil
        func lines(_ cells: [String]) -> [String] {
            let wrapped = zip(cells, widths).map { cell, width in wraps ? TextWrap.wrap(cell, width: width) : [cell] }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { index in
                let pieces = wrapped.map { index < $0.count ? $0[index] : "" }
                let text = pieces.enumerated().map { column, piece in
                    column == pieces.count - 1 ? piece : piece + String(repeating: " ", count: max(0, widths[column] - piece.count))
                }.joined(separator: "  ")
                return wraps ? text.trimmingTrailingSpaces() : text
            }
        }
        let head = lines(header).map { (colour ? ANSIStyle.bold.apply(to: $0) : $0) + "\n" }.joined()
        return [head] + rows.map { row in
            let style = colour ? style(row) : nil
            return lines(row).map { line in (style?.apply(to: line) ?? line) + "\n" }.joined()
        }
    }

    /// The room a word needs to stay as the README promises: whole up to 20 characters (an id,
    /// `25-2026-000004`); a longer one (`503/025/SOP-DPMPTSP/2025`) breaks after its '/' or '-',
    /// so it needs only its longest piece. A long nomor thus yields its room to the ids beside
    /// it (tester 14, F8), instead of both being cut at the width.
    static func unbroken(_ word: Substring) -> Int {
        guard word.count > 20 else { return word.count }
        var longest = 0, piece = 0
        for character in word {
            piece += 1
            if character == "/" || character == "-" { longest = max(longest, piece); piece = 0 }
        }
        return max(longest, piece)
    }

    /// Narrows columns, one character at a time, until the line fits `total`: the last column
    /// (free text) first down to 24, then the widest one that still holds its longest word
    /// (up to 20: an id or a nomor stays whole), and only then below that, to 6.
    static func narrowed(_ natural: [Int], words: [Int], to total: Int) -> [Int] {
        var widths = natural
        let gaps = 2 * max(0, widths.count - 1)
        let floors = words.map { min(20, max(4, $0)) }
        func shrink(above floor: (Int) -> Int, only: [Int]) {
            while widths.reduce(0, +) + gaps > total {
                guard let widest = only.filter({ widths[$0] > floor($0) }).max(by: { widths[$0] < widths[$1] }) else { return }
                widths[widest] -= 1
            }
        }
        if let last = widths.indices.last { shrink(above: { max(floors[$0], 24) }, only: [last]) }
        shrink(above: { floors[$0] }, only: Array(widths.indices))
        shrink(above: { _ in 6 }, only: Array(widths.indices))
        return widths
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

/// `sop case ID`: the timeline of one case, step visit by step visit. It takes the case's events
/// and, unless personal data may be shown, masks every typed free text in them itself, once, by
/// the one function every view uses (`CaseEvent.Kind.freeTextMasked`), before folding them: what
/// it prints is then shown as the state holds it, never masked again, and no caller can forget.
public struct CaseTimelineView {
    public let id: CaseID
    /// The case folded from its events as shown (masked unless `showPersonal`).
    public let state: CaseState
    public let sop: SOP?
    public let time: TimeText
    public let showPersonal: Bool
    public let now: Date
    /// The events marked (`RoleMarks`), as shown: each is marked under its step's visit, never
    /// shown as a normal entry.
    let marked: [CaseEvent]
    public let marks: RoleMarks
    /// The case's due time (`Engine.caseDue`): printed beside the SOP's service standard
    /// (`kasus: batas_layanan`), the date the receipt promised.
    public var due: Date?
    /// What the due time does not count yet (`Engine.ServicePromise`: a row outside the service
    /// limit running or to come), printed after it.
    public var dueAdded: [Localized] = []

    /// `engine`: the fold of the desk's engine (the web desk's, with its calendar); without it the
    /// events' own fold (`CaseState(id:events:)`), as `sop case` has always folded them.
    public init(id: CaseID, events: [CaseEvent], sop: SOP?, engine: Engine? = nil, time: TimeText, showPersonal: Bool, now: Date,
                marks: RoleMarks = RoleMarks()) {
        let shown = showPersonal ? events : events.map { $0.freeTextMasked(sop: sop) }
        self.id = id
        self.state = engine?.state(of: id, events: shown) ?? CaseState(id: id, events: shown)
        self.sop = sop
        self.time = time
        self.showPersonal = showPersonal
        self.now = now
        self.marks = marks
        self.marked = marks.isEmpty ? [] : shown.filter { marks.contains($0.sequence) }
    }

    /// The receipt's promise (`Engine.servicePromise`: the due time, and what it leaves to be
    /// added), printed only beside the SOP's service standard (`kasus: batas_layanan`): `sop case`
    /// and the web desk's case page set it so.
    public mutating func promise(_ engine: Engine) {
        guard let sop, sop.caseSettings.serviceStandard != nil else { return }
        let promise = engine.servicePromise(in: state, now: now)
        due = promise.due
        dueAdded = promise.added
    }

    /// The "Batas layanan" line as `render` prints it; nil without a service standard or a due time.
    public var dueLine: String? {
        guard let sop, let standard = sop.caseSettings.serviceStandard, let due else { return nil }
        let language = time.language
        // Rows whose time the limit leaves out are named (`di_luar_batas_layanan`).
        let rows = sop.steps.filter(sop.isOutsideServiceLimit).map { $0.number ?? $0.id.value }
        var rowsText: [String] = []
        for row in rows where !rowsText.contains(row) { rowsText.append(row) }
        let line = rowsText.isEmpty ? Catalog.Waktu.serviceDueLine(time.dateTime(due), standard: standard.text)
            : Catalog.ApplicantTime.serviceDueLine(time.dateTime(due), standard: standard.text, rows: rowsText.joined(separator: ", "))
        return line.text(language) + dueAdded.map { ", " + $0.text(language) }.joined()
    }

    public func render() -> String {
        typealias Words = Catalog.Listing
        let language = time.language
        let judul = PrintedLine.of(state.started?.judul ?? "")
        var out = "Kasus \(id.rawValue) · SOP \(state.started?.nomor ?? "?") \(judul)\n"
        if language == .en { out = "Case \(id.rawValue) · SOP \(state.started?.nomor ?? "?") \(judul)\n" }
        var status = state.statusWords.text(language)
        if let start = state.startedAt {
            status += " · " + Words.started(time.dateTime(start), by: state.startedBy ?? "?").text(language)
        }
        out += "Status: \(status)\n"
        if let line = dueLine { out += line + "\n" }
        if let started = state.started {
            out += Words.revision(started.revisionDate, hash: started.revision).text(language) + "\n"
        }
        if let line = cancelLine { out += line + "\n" }
        if !self.marks.unheld.isEmpty { out += Catalog.Verify.notHeldSummary(self.marks.unheld.count).text(language) + "\n" }
        if !self.marks.otherRole.isEmpty { out += Catalog.Verify.otherRoleSummary(self.marks.otherRole.count).text(language) + "\n" }
        let visits = state.completed + state.active
        var marks = TimelineMarks(marked)
        // Each pause where it happened: after the steps started before it.
        var pauses = state.pauses.sorted { $0.start < $1.start }
        for visit in visits.sorted(by: { $0.startedAt != $1.startedAt ? $0.startedAt < $1.startedAt : $0.step < $1.step }) {
            while let pause = pauses.first, pause.start < visit.startedAt {
                out += "\n" + PauseLines(time: time).lines([pause], sop: sop)
                pauses.removeFirst()
            }
            out += "\n" + render(visit)
            out += marks.take(visit).flatMap(markLines).map { "   " + $0 + "\n" }.joined()
        }
        if !pauses.isEmpty { out += "\n" + PauseLines(time: time).lines(pauses, sop: sop) }
        let general = state.notes.filter { $0.step == nil }
        for note in general { out += "\n" + noteLine(note) }
        // A step's note outside every visit of its step (after the case ended, say) is shown too,
        // named with its step: the timeline hides no event (tester 35's m6).
        for note in state.notes {
            guard let step = note.step, !visits.contains(where: { $0.step == step && note.at >= $0.startedAt
                && note.at <= ($0.completedAt ?? .distantFuture) }) else { continue }
            out += "\n" + Catalog.CaseTimeline.noteOutsideVisit(step).text(time.language) + noteLine(note)
        }
        if !marks.rest.isEmpty { out += "\n" + marks.rest.flatMap(markLines).map { $0 + "\n" }.joined() }
        if !showPersonal, hasPersonal(visits) { out += "\n" + Words.personalHidden.text(language) + "\n" }
        // What operators typed (answers, outputs, reasons) may hold escape sequences: shown, never sent.
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
            .joined(separator: "\n")
    }

    /// A cancelled case's line: who cancelled it, in which role, when and why, as the web page
    /// says it (tester 11's F24); nil for a case not cancelled. The reason as the state holds it
    /// (masked with the events unless personal data may be shown).
    public var cancelLine: String? {
        guard let reason = state.cancelReason else { return nil }
        guard let by = state.cancelledBy, let end = state.endedAt else {
            return Catalog.Listing.cancelledBecause(reason).text(time.language)
        }
        let role = state.cancelledRole.map { sop?.actor($0)?.lineName ?? $0 }
        return Catalog.CaseTimeline.cancelledBy(by, role: role, at: time.dateTime(end), reason: reason).text(time.language)
    }

    private func render(_ visit: StepVisit) -> String {
        typealias Words = Catalog.Listing
        let language = time.language
        let step = sop?.step(visit.step)
        var label = sop?.printedLabel(ofStep: visit.step)?.text(language) ?? visit.step
        // A box of a row of several names its part ("20 · bagian Pemohon"): the row's boxes read
        // apart (tester 14, F10).
        if let sop, let step, let index = sop.stepIndex(visit.step), sop.sharesItsRowAtDesk(index) {
            label += " · " + Catalog.RowBoxes.boxOf(sop.actor(step.performer.value)?.lineName ?? step.performer.value).text(language)
        }
        var out = "\(label)\(visit.visit > 1 ? " (#\(visit.visit))" : "")  \(step?.uraian.value.replacingNewlines() ?? visit.step)\n"
        // An outside party's step names the role recording it; a joint row its other actors.
        let roleName = sop?.performerLine(ofStep: visit.step, role: visit.role, language) ?? visit.role
        // Who worked on it in a joint role (`bersama`, tester 28's F17) is named with that role.
        var who = ([roleName] + visit.operators.sorted().map { name in
            visit.jointOperators[name].map { "\(name) (\(sop?.actor($0)?.lineName ?? $0))" } ?? name
        }).joined(separator: " · ")
        // Completed by `sop kolektif` for several cases at once (tester 30, N2).
        if let cases = visit.collective { who += " " + Catalog.Collective.timelineMark(cases: cases).text(language) }
        var timing = time.dateTime(visit.startedAt)
        // A visit a wrong branch started, closed by the correction of that branch: nobody worked
        // on it, so neither the corrector nor a time verdict is shown under its role; the line
        // says who closed it, in which role (tester 36, N2).
        if let end = visit.completedAt, let closing = state.branchCorrections.first(where: {
            $0.at == end && $0.correction.closed.contains(visit.step) && visit.operators.contains($0.operatorName)
        }) {
            let others = visit.operators.subtracting([closing.operatorName]).sorted()
            let line = ([roleName] + others).joined(separator: " · ")
            let corrector = closing.role.map { sop?.actor($0)?.lineName ?? $0 }
            let closed = Catalog.CaseTimeline.closedByBranchCorrection(
                step: sop?.step(closing.correction.step)?.number ?? closing.correction.step, by: closing.operatorName, role: corrector)
            return out + "   \(line) · \(timing) → \(time.clock(end)) · \(closed.text(language))\n"
        }
        if let end = visit.completedAt {
            // No time at all between start and end (a fixed clock): "0 menit", as counted.
            let span = end.timeIntervalSince(visit.startedAt)
            // The minutes between the clock times shown, whatever their seconds: "01.54 → 01.56"
            // reads as 2 minutes, and says so (tester 18's finding 10: it said 3); within one
            // clock minute, the seconds ("kurang dari 1 menit").
            let minutes = (end.timeIntervalSince1970 / 60).rounded(.down) - (visit.startedAt.timeIntervalSince1970 / 60).rounded(.down)
            let shown = minutes > 0 ? minutes * 60 : max(span, 0)
            let wall = span < 1 ? Catalog.ElapsedTime.noMinutes.text(language) : time.duration(shown)
            timing += " → " + time.clock(end)
            // A box done while its row went on is judged with the row, at the row's last box.
            if let waktu = sop?.timing(of: visit.step)?.waktu, let due = visit.due, !(sop?.isRowPart(visit.step, used: visit.used) ?? false) {
                // Minutes and hours on the standard's own clock (time used, pauses and closed
                // hours left out), in whole minutes that add up to the standard, as the desk said
                // when the step was done (`ClockWords.Minutes`); others by the due time.
                let verdict: Localized
                if let used = visit.used, waktu.conditional == nil, let standard = waktu.duration,
                    standard.unit == .menit || standard.unit == .jam
                {
                    let standardSeconds = standard.high * (standard.unit == .menit ? 60 : 3600)
                    let split = ClockWords.Minutes(used: used, standard: standardSeconds)
                    let counted = split.usedText(time)
                    // The elapsed time rounded by the same rule as the counted time (tester 11's
                    // F6): "0 menit; terhitung kurang dari 1 menit" read as two measurements.
                    let wall = span < 1 ? Catalog.ElapsedTime.noMinutes.text(language)
                        : ClockWords.Minutes(used: shown, standard: standardSeconds).usedText(time)
                    // Counted from an earlier row's start: say so, it is not this step's own time.
                    let since = sop?.timing(of: visit.step)?.from.flatMap { $0 == visit.step ? nil : $0 }
                    let elapsed: String
                    if counted == wall {
                        elapsed = wall
                    } else if let since {
                        let row = sop?.step(since).map { $0.number ?? since } ?? since
                        elapsed = Catalog.ElapsedTime.countedSince(wall, row: row, counted).text(language)
                    } else if span < 1 {
                        // No clock time at all, some counted ("0 menit; terhitung kurang dari 1
                        // menit" read as a contradiction, tester 32 F8): the counted time alone.
                        elapsed = counted
                    } else {
                        elapsed = Catalog.ElapsedTime.counted(wall, counted).text(language)
                    }
                    timing += " (" + elapsed + ")"
                    verdict = split.late ? Words.over(time.duration(TimeInterval((split.used - split.standard) * 60)))
                        : Catalog.ElapsedTime.within(split.detail(time))
                } else if let unit = waktu.duration?.unit, unit != .menit, unit != .jam {
                    // A standard of days, working days, weeks or months names its deadline, as
                    // the desk does, never a calendar remainder (tester 10, finding 10).
                    timing += " (" + wall + ")"
                    let dueText = time.dateTime(due, reference: end)
                    verdict = end <= due ? Catalog.ElapsedTime.withinDue(dueText) : Catalog.ElapsedTime.overDue(dueText)
                } else {
                    timing += " (" + wall + ")"
                    let margin = due.timeIntervalSince(end)
                    verdict = margin >= 0 ? Words.within(time.duration(margin)) : Words.over(time.duration(-margin))
                }
                let items = waktu.perItem.flatMap { state.itemCount($0, for: visit) }
                let chosen = waktu.conditional.flatMap { state.chosenStandard($0, for: visit) }
                timing += " · " + Words.standard(WaktuWords.standard(waktu, items: items, chosen: chosen, language: language), verdict: verdict)
                    .text(language)
            } else {
                timing += " (" + wall + ")"
            }
        } else if state.status == .cancelled, let end = state.endedAt {
            timing += " → " + time.clock(end) + " · " + Catalog.ServiceDesk.endedByCancellation.text(language)
        } else {
            // Nothing recorded in it yet: waiting for its role, not being worked on.
            // Not opened: how long it has waited, not a duration of work ("belum dibuka (…)").
            let waited = time.duration(now.timeIntervalSince(visit.startedAt))
            timing += " → " + (visit.operators.isEmpty ? Catalog.WebTimeline.notOpenedWaiting(waited).text(language)
                : Words.inProgress.text(language) + " (" + waited + ")")
        }
        out += "   \(who) · \(timing)\n"
        // An optional step left out (`/lewati`): said so, with the reason given (tester 14, F7).
        if let reason = visit.skipped {
            out += "   " + Catalog.SkippedSteps.skipped(reason).text(language) + "\n"
        }
        if !visit.kelengkapan.isEmpty, let items = sop?.kelengkapan(of: visit.step) {
            let text = items.compactMap { item -> String? in
                guard let present = visit.kelengkapan[item.text.value] else { return nil }
                let mark = visit.notApplicable.contains(item.text.value) ? "– " + Catalog.ConditionalItems.notApplicableRecorded.text(language)
                    : present ? "✓" : "✗ " + Words.missing.text(language)
                return "\(PrintedItem.inSentence(item.text.value)) \(mark)"
            }.joined(separator: ", ")
            out += "   \(Words.kelengkapan.text(language)): \(text)\n"
        }
        if !visit.fields.isEmpty, let form = step?.form {
            let text = form.compactMap { field -> String? in
                guard let value = visit.fields[field.name.value], !value.isEmpty else { return nil }
                // Already masked with the events: only a date is written the Indonesian way.
                return "\(field.label) = " + field.shown(value, showPersonal: true, language: language)
            }.joined(separator: "; ")
            if !text.isEmpty { out += "   \(Words.fields.text(language)): \(text)\n" }
        }
        // In the printed order of the row's Output cell (an item the SOP no longer prints after).
        let printed = sop?.askedOutput(of: visit.step).map(\.value) ?? []
        func place(_ item: String) -> Int { printed.firstIndex(of: item) ?? printed.count }
        for (item, record) in visit.outputs.sorted(by: { (place($0.key), $0.key) < (place($1.key), $1.key) }) {
            var value = record.text
            if let attachment = record.attachment {
                value += (value.isEmpty ? "" : " ") + "[\(attachment.name), sha256 \(attachment.sha256.prefix(12))]"
            }
            out += "   \(Words.outputs.text(language)): \(PrintedItem.withoutDash(item)) = \(value)\n"
        }
        if let branch = visit.branch {
            let target = branch.target == Target.endKeyword ? branch.target : (sop?.printedLabel(ofStep: branch.target)?.text(language) ?? branch.target)
            if branch.label.isEmpty {
                // An exit drawn without a label by where it went ("Cabang: kembali ke kegiatan 3.b").
                let exit = step.flatMap { step in sop?.deskExits(of: step).first { $0.label.isEmpty && $0.row == target } }
                let words = exit?.words ?? ("", nil, target, false, branch.target == Target.endKeyword)
                out += "   \(Words.branch.text(language)): \(Catalog.DecisionExits.exitName(words).text(language))\n"
            } else {
                out += "   \(Words.branch.text(language)): \(branch.label) → \(target)\n"
            }
        }
        for entry in state.corrections where entry.correction.step == visit.step && entry.correction.visit == visit.visit {
            out += "   " + correctionLine(entry, step: step) + "\n"
        }
        for entry in state.branchCorrections where entry.correction.step == visit.step && entry.correction.visit == visit.visit {
            out += "   " + branchCorrectionLine(entry) + "\n"
        }
        for note in state.notes where note.step == visit.step && note.at >= visit.startedAt
            && note.at <= (visit.completedAt ?? .distantFuture)
        {
            out += "   " + noteLine(note)
        }
        return out
    }

    /// A decision's branch corrected: from and to, who, when, why (tester 34, F3).
    private func branchCorrectionLine(_ entry: CaseState.BranchCorrectionEntry) -> String {
        let correction = entry.correction
        func shown(_ label: String, _ target: String) -> String {
            let row = target == Target.endKeyword ? target : (sop?.printedLabel(ofStep: target)?.text(time.language) ?? target)
            return label.isEmpty ? row : "\(label) → \(row)"
        }
        return Catalog.BranchCorrection.line(
            from: shown(correction.previousLabel, correction.previousTarget), to: shown(correction.label, correction.target),
            reason: correction.reason,
            by: entry.operatorName + (entry.role.map { " · " + (sop?.actor($0)?.lineName ?? $0) } ?? ""),
            at: time.dateTime(entry.at)).text(time.language)
    }

    /// An amendment: what it changed from and to, who, when, why (masked with the events).
    private func correctionLine(_ entry: CaseState.CorrectionEntry, step: Step?) -> String {
        let correction = entry.correction
        // An item without its closing ";" or "." before the colon (tester 16, finding 3).
        var name = correction.target == .field ? correction.name : PrintedItem.inSentence(correction.name)
        var show: (String) -> String = { $0 }
        if correction.target == .field, let field = step?.form.first(where: { $0.name.value == correction.name }) {
            name = field.label
            // Already masked with the events: only a date is written the Indonesian way.
            show = { field.shown($0, showPersonal: true, language: self.time.language) }
        }
        var value = show(correction.value)
        if let attachment = correction.attachment { value += " [\(attachment.name), sha256 \(attachment.sha256.prefix(12))]" }
        return Catalog.ServiceDesk.correctionLine(
            name: name, from: entry.previous.map(show) ?? "-", to: value,
            reason: correction.reason,
            by: entry.operatorName + (entry.role.map { " · " + (sop?.actor($0)?.lineName ?? $0) } ?? ""),
            at: time.dateTime(entry.at)).text(time.language)
    }

    /// "⚠ kejadian 16 (budi · Staf layanan pengaduan, …): operator tidak memegang peran ini saat
    /// itu", and "⚠ kejadian 15 (budi · Resepsionis, …): ditulis dalam peran ini, tetapi langkah itu
    /// dijalankan peran Staf layanan pengaduan": one line for each thing found of the event.
    private func markLines(_ event: CaseEvent) -> [String] {
        var lines: [String] = []
        if marks.unheld.contains(event.sequence) {
            lines.append(Catalog.Verify.notHeld(event.sequence, by: TerminalText.visible(event.operatorName), role: markRole(event),
                                                at: time.dateTime(event.at)).text(time.language))
        }
        if let expected = marks.otherRole[event.sequence] { lines.append(otherRoleLine(event, expected: expected)) }
        return lines
    }

    private func markRole(_ event: CaseEvent) -> String { TerminalText.visible(event.role.map { sop?.actor($0)?.lineName ?? $0 } ?? "-") }

    private func otherRoleLine(_ event: CaseEvent, expected: String) -> String {
        Catalog.Verify.otherRole(event.sequence, by: TerminalText.visible(event.operatorName), role: markRole(event), at: time.dateTime(event.at),
                                 expected: TerminalText.visible(sop?.actor(expected)?.lineName ?? expected)).text(time.language)
    }

    /// The mark lines of events written in a role other than their step's, as `render` prints
    /// them (the web desk styles them apart from those of a role not held).
    public var otherRoleLines: Set<String> {
        Set(marked.compactMap { event in marks.otherRole[event.sequence].map { otherRoleLine(event, expected: $0) } })
    }

    /// "Catatan (budi · Resepsionis, 30-11-2026 09.00 WIB): …": who wrote it, in which role, when.
    private func noteLine(_ note: CaseState.Note) -> String {
        let role = note.role.map { " · " + TerminalText.visible(sop?.actor($0)?.lineName ?? $0) } ?? ""
        return "\(Catalog.Listing.note.text(time.language)) (\(TerminalText.visible(note.operatorName))\(role), \(time.dateTime(note.at))): "
            + TerminalText.visible(note.text) + "\n"
    }

    private func hasPersonal(_ visits: [StepVisit]) -> Bool {
        visits.contains { visit in
            sop?.step(visit.step)?.form.contains { $0.isPersonal && !(visit.fields[$0.name.value] ?? "").isEmpty } ?? false
        }
    }
}

extension String {
    func replacingNewlines() -> String { split(separator: "\n").joined(separator: " ") }
}

extension TimeText {
    /// A due time as the desk lists show it ("-" when none), marked overdue when it has passed
    /// while the work is still open.
    fileprivate func dueCell(_ due: Date?, now: Date, open: Bool) -> String {
        guard let due else { return Catalog.Listing.noDue.text(language) }
        let text = dateTime(due, reference: now)
        return open && due < now ? text + " " + Catalog.Listing.overdue.text(language) : text
    }
}
