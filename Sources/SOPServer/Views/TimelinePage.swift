import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore
import SOPTerminal

/// /kasus/{id}: every event of the case in order (time, operator, role, what happened; personal
/// values masked), the correction form and the case's actions.
enum TimelinePage {
    typealias Words = Catalog.Serve

    static func render(_ pinned: PinnedCase, context: DeskContext, time: TimeText, now: Date = Date(), notice: String = "",
                       form: FormData = FormData(), errors: [String: Localized] = [:]) -> String {
        let language = context.language, sop = pinned.sop, state = pinned.state
        let (summary, items) = entries(pinned, time: time, now: now, roster: context.roster)
        let title = state.title(sop: sop)
        let status = state.statusWords.text(language)
        return Layout.page(Words.timelineTitle(state.id.rawValue).text(language), context: context, body: """
            <p class="kecil">SOP \(h(sop.nomor)) · \(h(sop.judul))\(title.isEmpty ? "" : " · " + h(title))</p>
            \(notice)
            <p>\(h(Words.statusWord.text(language))): <strong id="status-kasus">\(h(status))</strong></p>
            \(TimelineHead.render(pinned, time: time, now: now))
            \(summary)
            <section><ol id="linimasa">
            \(items)
            </ol></section>
            \(AttachmentList.render(pinned, context: context))
            \(PersonalRevealPage.section(pinned, context: context))
            \(state.status == .cancelled ? "" : correction(pinned, context: context, form: form, errors: errors))
            \(CaseActions.render(pinned, context: context))
            """)
    }

    /// The words of `sop case`'s timeline (its own code, personal values masked), folded once from
    /// the events it masks itself: the case's lines after its title and status (revision,
    /// cancellation reason), and one item per step visit (who, when, answers, corrections from → to
    /// with the reason, notes), then pauses and notes of the whole case. An event whose operator
    /// did not hold its role at that time (`RosterAudit.unheld`, by `roster`'s history), or written
    /// in a role other than its step's (the pinned revision), is marked as `sop case` marks it.
    static func entries(_ pinned: PinnedCase, time: TimeText, now: Date, roster: Roster?) -> (summary: String, items: String) {
        let marks = RoleMarks(pinned.events, engine: pinned.engine, roster: roster?.history)
        var view = CaseTimelineView(id: pinned.state.id, events: pinned.events, sop: pinned.sop, engine: pinned.engine, time: time,
                                    showPersonal: false, now: now, marks: marks)
        // The receipt's promise, as `sop case` prints it (beside a service standard only).
        view.promise(pinned.engine)
        let text = view.render()
        // The terminal's hint names its --show-personal flag: no browser has it.
        let hint = Set([Language.id, .en].map { Catalog.Listing.personalHidden.text($0) })
        var blocks = text.components(separatedBy: "\n\n").map { block in
            block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !hint.contains($0) }
        }.filter { !$0.isEmpty }
        guard !blocks.isEmpty else { return ("", "") }
        // The title and status lines: the page has its own; who started and who cancelled, with when.
        let cancelled = view.cancelLine
        // The SOP revision's hash is for auditors (`sop case`, `sop db verify`), not the desk's staff.
        // (Staff see the revision's date only.)
        let started = pinned.state.started
        let revision = started.map { Catalog.Listing.revision($0.revisionDate, hash: $0.revision).text(time.language) }
        let dated = started.flatMap { Catalog.isBlankDate($0.revisionDate) ? nil : Catalog.WebTimeline.revisionDate($0.revisionDate).text(time.language) }
        let head = blocks.removeFirst().dropFirst(2).filter { $0 != cancelled }.compactMap { $0 == revision ? dated : $0 }
        let otherRole = marks.otherRole.isEmpty ? "" : Catalog.Verify.otherRoleSummary(marks.otherRole.count).text(time.language)
        let summary = CaseWho.started(pinned, time: time)
            + head.map { line in
                if line == view.dueLine { return "<p id=\"batas-layanan\">\(h(line))</p>" }
                guard line.hasPrefix("⚠ ") else { return "<p class=\"kecil\">\(h(line))</p>" }
                return "<p class=\"galat\" id=\"\(line == otherRole ? "peran-lain-langkah" : "peran-tak-dipegang")\">\(h(line))</p>"
            }.joined()
            + CaseWho.cancelled(pinned, time: time)
        // The pause sign drawn as a character every font has.
        blocks = blocks.map { lines in lines.map { $0.hasPrefix("⏸ ") ? "‖ " + $0.dropFirst(2) : $0 } }
        let otherRoleLines = view.otherRoleLines
        let items = blocks.map { lines -> String in
            // A mark of an event in a role not held or not the step's (`⚠ kejadian …`) stands out
            // as `sop case` prints it apart.
            "<li><strong>\(h(lines[0]))</strong>"
                + lines.dropFirst().map { line in
                    guard line.hasPrefix("⚠ ") else { return "<br>" + h(line) }
                    return "<br><span class=\"galat \(otherRoleLines.contains(line) ? "peran-lain" : "tak-dipegang")\">\(h(line))</span>"
                }.joined()
                + "</li>"
        }.joined(separator: "\n")
        return (summary, items)
    }

    private static func correction(_ pinned: PinnedCase, context: DeskContext, form: FormData, errors: [String: Localized]) -> String {
        let language = context.language
        typealias Fix = Catalog.WebCorrections
        let chosen = form["butir"] ?? ""
        // One choice per answer of each step reached, by its label: nobody types internal names.
        // A step the case passed several times: one group per pass (`sop correct --kunjungan N`).
        let groups = CorrectionItem.offered(pinned, context: context).map { group -> String in
            let options = group.items.map { value, kind, label -> String in
                let keypad = CorrectionItem.keypad(value, sop: pinned.sop).map { " data-inputmode=\"\($0)\"" } ?? ""
                return "<option value=\"\(h(value))\" data-petunjuk=\"\(h(CorrectionItem.hint(value, sop: pinned.sop).text(language)))\"\(keypad)\(chosen == value ? " selected" : "")>\(h(kind.text(language))) · \(h(label))</option>"
            }.joined()
            // A row of parallel boxes names the box, as `sop correct --kegiatan "8 (Petugas Loket)"` does.
            let number = pinned.engine.boxLabel(group.step)
            let heading = group.passes > 1 ? Catalog.WebCorrections.stepPass(number, visit: group.visit, of: group.passes) : Fix.correctionStepGroup(number)
            return "<optgroup label=\"\(h(heading.text(language)))\">\(options)</optgroup>"
        }.joined()
        // The first refused control is focused when the page loads (no script), so a phone shows it.
        let first = ["butir", "nilai", "alasan"].first { errors[$0] != nil }
        func focus(_ field: String) -> String { first == field ? " autofocus" : "" }
        func invalid(_ field: String) -> String {
            errors[field] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"galat-\(field)\"" + focus(field)
        }
        func error(_ field: String) -> String {
            errors[field].map { (it) -> String in "<div class=\"galat\" id=\"galat-\(h(field))\" data-untuk=\"\(h(field))\" role=\"alert\">\(h(it.text(language)))</div>" } ?? ""
        }
        guard !groups.isEmpty || !errors.isEmpty else {
            // A reader (the roster administrator, pimpinan) never corrects: no empty box for them.
            if let name = context.operatorName, context.roster?.roles(of: name, sop: pinned.sop.nomor).isEmpty ?? false { return "" }
            return """
                <section>
                <h2>\(h(Words.correctionTitle.text(language)))</h2>
                <p class="kecil" id="tanpa-koreksi">\(h(Catalog.WebCorrections.nothingToCorrect.text(language)))</p>
                </section>
                """
        }
        return """
            <section>
            <h2>\(h(Words.correctionTitle.text(language)))</h2>
            <form id="koreksi" method="post" action="/kasus/\(segment(pinned.state.id.rawValue))/koreksi">
              \(Layout.csrf(context))
              <label for="k-butir">\(h(Fix.correctionItem.text(language)))</label><select id="k-butir" name="butir" required\(invalid("butir"))><option value="" data-petunjuk="\(h(Catalog.WebCorrections.correctionChooseHint.text(language)))"\(chosen.isEmpty ? " selected" : "")>\(h(Catalog.WebCorrections.choose.text(language)))</option>\(groups)</select>
              \(error("butir"))
              <label for="k-nilai">\(h(Words.correctionValue.text(language)))</label><input type="text" id="k-nilai" name="nilai" value="\(h(form["nilai"] ?? ""))"\(CorrectionItem.keypad(chosen, sop: pinned.sop).map { " inputmode=\"\($0)\"" } ?? "") autocomplete="off" aria-describedby="k-nilai-petunjuk\(errors["nilai"] == nil ? "" : " galat-nilai")"\(errors["nilai"] == nil ? "" : " aria-invalid=\"true\"" + focus("nilai"))>
              <p class="kecil" id="k-nilai-petunjuk">\(h(CorrectionItem.hint(chosen, sop: pinned.sop).text(language)))</p>
              \(error("nilai"))
              <label for="k-alasan">\(h(Words.correctionReason.text(language)))</label><input type="text" id="k-alasan" name="alasan" value="\(h(form["alasan"] ?? ""))"\(invalid("alasan"))>
              \(error("alasan"))
              \(error("koreksi"))
              <div class="tindakan"><button type="submit">\(h(Words.correctionButton.text(language)))</button></div>
            </form>
            </section>
            """
    }
}

/// The correction form's one choice: step, target and name in one value (tab-separated), and
/// the pass of a step the case went through several times (its visit number, fourth).
enum CorrectionItem {
    static func value(_ step: String, _ target: String, _ name: String, visit: Int? = nil) -> String {
        ([step, target, name] + (visit.map { [String($0)] } ?? [])).joined(separator: "\t")
    }

    /// One group of choices: a step, or one pass (`visit` of `passes`) of a step passed several times.
    struct Group {
        let step: Step
        let visit: Int
        let passes: Int
        let items: [(String, Localized, String)]
    }

    /// What the operator can correct, step by step and, of a step passed several times, pass by
    /// pass (value, kind, label): the answers of each visit in a role they hold; of a visit still
    /// being worked on, only what it has answered (the rest is answered in the step: the engine
    /// refuses it).
    static func offered(_ pinned: PinnedCase, context: DeskContext) -> [Group] {
        typealias Fix = Catalog.WebCorrections
        let state = pinned.state, sop = pinned.sop
        guard let roster = context.roster else { return [] }
        let actor = Desk.actor(context.operatorName ?? "", in: sop, roster: roster)
        return sop.steps.flatMap { step -> [Group] in
            let id = step.id.value
            let visits = (state.completed + state.active).filter { $0.step == id }.sorted { $0.visit < $1.visit }
            let passes = Set(visits.map(\.visit)).count
            return visits.compactMap { visit -> Group? in
                // Its own role or one of its joint roles (`bersama`, F17): either may correct it.
                guard actor.works(visit) else { return nil }
                let working = state.active.contains { $0.step == id && $0.visit == visit.visit }
                // The pass is named only when there are several: a single pass keeps the plain value.
                let pass = passes > 1 ? visit.visit : nil
                let items: [(String, Localized, String)] =
                    step.form.filter { !working || visit.fields[$0.name.value] != nil }
                        .map { (value(id, "isian", $0.name.value, visit: pass), Fix.correctionField, $0.label) }
                    // An item this visit never recorded (a shared Output cell answered at the row's
                    // other box) has nothing to correct: the engine refuses it too.
                    + sop.askedKelengkapan(of: id).filter { working ? visit.kelengkapan[$0.text.value] != nil : Engine.records(visit, .kelengkapan, $0.text.value) }
                        .map { (value(id, "kelengkapan", $0.text.value, visit: pass), Fix.correctionKelengkapan, $0.text.value) }
                    + sop.askedOutput(of: id).filter { Engine.records(visit, .output, $0.value) }
                        .map { (value(id, "output", $0.value, visit: pass), Fix.correctionOutput, $0.value) }
                    // The branch of the case's latest decision (tester 34, F3): the engine says
                    // whether it may still be corrected (nothing recorded after it).
                    + branchItem(step, visit: visit, state: state)
                return items.isEmpty ? nil : Group(step: step, visit: visit.visit, passes: passes, items: items)
            }
        }
    }

    /// The branch choice of a decision's visit when it is the case's latest completed visit that
    /// was worked on, as the engine counts it: a visit closed undone (as a corrected branch closes
    /// one) does not count, so a branch corrected once may be corrected again (tester 36, N3).
    private static func branchItem(_ step: Step, visit: StepVisit, state: CaseState) -> [(String, Localized, String)] {
        guard case .decision(let decision) = step.flow, let branch = visit.branch, state.status == .open,
              let last = state.completed.last(where: { $0.skipped == nil }), last.step == visit.step, last.visit == visit.visit
        else { return [] }
        let question = decision.question?.value ?? step.id.value
        return [(value(step.id.value, "cabang", ""), Catalog.BranchCorrection.formChoice, "\(question): \(branch.label)")]
    }

    /// The form field a choice names, if it names one.
    private static func field(_ value: String, sop: SOP) -> FormField? {
        let parts = value.components(separatedBy: "\t")
        guard parts.count >= 3, parts[1] == "isian" else { return nil }
        return sop.step(parts[0])?.form.first { $0.name.value == parts[2] }
    }

    /// What to type as the new value of the chosen answer: a field's by its type (a NIK's 16
    /// digits, a phone's prefixes, a choice's options). Each choice's `data-petunjuk`, which
    /// `/static/app.js` shows under "Nilai baru" when the choice changes; without script, the
    /// page sent back after a refusal shows the hint of the choice it was sent with.
    static func hint(_ value: String, sop: SOP) -> Localized {
        typealias Hint = Catalog.WebCorrections
        if let field = field(value, sop: sop) {
            if field.type.value == .tanggal { return Hint.hintDate }
            return FieldHint.format(of: field) ?? Catalog.WebCorrections.correctionFieldHint
        }
        switch value.components(separatedBy: "\t").dropFirst().first ?? "" {
        case "isian": return Catalog.WebCorrections.correctionFieldHint
        case "kelengkapan": return Catalog.WebCorrections.correctionValueHint
        case "output": return Catalog.WebCorrections.correctionOutputHint
        case "cabang": return Catalog.BranchCorrection.formHint
        default: return Catalog.WebCorrections.correctionChooseHint
        }
    }

    /// The keypad of the chosen answer's field (`FieldKeypad`), if it has one.
    static func keypad(_ value: String, sop: SOP) -> String? {
        field(value, sop: sop).flatMap { FieldKeypad.mode($0.type.value) }
    }

    /// (step, target, name, pass) from `butir`, or from the separate fields `langkah`,
    /// `sasaran`, `nama`, `kunjungan`; no pass: the latest. A pass that is not a visit number
    /// (1, 2, …) is a malformed form (400).
    static func parse(_ form: FormData) throws -> (String, String, String, Int?) {
        let parts = (form["butir"] ?? "").components(separatedBy: "\t")
        let (step, target, name, pass) = parts.count == 3 || parts.count == 4
            ? (parts[0], parts[1], parts[2], parts.count == 4 ? parts[3] : nil)
            : (form.text("langkah"), form.text("sasaran"), form.text("nama"), form["kunjungan"].flatMap { $0.isEmpty ? nil : $0 })
        guard let pass else { return (step, target, name, nil) }
        guard let visit = Int(pass), visit > 0 else { throw PageError(.badRequest, Catalog.Serve.malformed) }
        return (step, target, name, visit)
    }
}

/// /kasus/{id}/jeda: pausing stops the case at every desk, so it is confirmed first.
enum PausePage {
    static func render(_ pinned: PinnedCase, context: DeskContext) -> String {
        typealias Words = Catalog.Serve
        let state = pinned.state, language = context.language, base = "/kasus/\(segment(state.id.rawValue))"
        return Layout.page(Catalog.PauseAndCancel.pauseCaseTitle(state.id.rawValue).text(language), context: context, body: """
            \(WhichCase.render(pinned, language: language))
            <section>
            <p>\(h(Words.pauseWarning.text(language)))</p>
            <form id="jeda" method="post" action="\(h(base))/jeda">
              \(Layout.csrf(context))
              <div class="tindakan"><button type="submit">\(h(Words.pause.text(language)))</button>
              <a class="tombol kedua" href="\(h(base))">\(h(Words.cancelBack.text(language)))</a></div>
            </form>
            </section>
            """)
    }
}

/// /kasus/{id}/batal: the cancellation asks for a reason and a confirmation.
enum CancelPage {
    static func render(_ pinned: PinnedCase, context: DeskContext, reason: String = "", error: Localized? = nil) -> String {
        typealias Words = Catalog.Serve
        let state = pinned.state, language = context.language, base = "/kasus/\(segment(state.id.rawValue))"
        return Layout.page(Catalog.PauseAndCancel.cancelCaseTitle(state.id.rawValue).text(language), context: context, body: """
            \(error.map { Layout.notice($0.text(language), error: true) } ?? "")
            \(WhichCase.render(pinned, language: language))
            <section>
            <p>\(h(Words.cancelWarning.text(language)))</p>
            <form id="batal" method="post" action="\(h(base))/batal">
              \(Layout.csrf(context))
              <label for="alasan">\(h(Words.cancelReason.text(language)))</label>
              <input type="text" id="alasan" name="alasan" value="\(h(reason))" required>
              <label class="centang"><input type="checkbox" name="yakin" value="ya"> \(h(Words.cancelSure.text(language)))</label>
              <div class="tindakan"><button type="submit" class="bahaya">\(h(Words.cancelConfirm.text(language)))</button>
              <a class="tombol kedua" href="\(h(base))">\(h(Words.cancelBack.text(language)))</a></div>
            </form>
            </section>
            """)
    }
}

/// /status: the complainant's lookup by tracking code; no login, no personal data.
enum StatusPage {
    /// `code`: the tracking code just looked up, repeated above its answer (`result`); the form
    /// below then asks for another code, empty. `typed`: what a refused lookup typed, given back
    /// in the field to correct. `unit`: the unit (Dinas) serving the case, named under the result.
    /// `storeDown`: the store could not be read: a banner says so in plain words (the store's own
    /// message goes to the log, never to the public page), the form stays to try again.
    static func render(language: Language, csrf: String, result: [String]? = nil, error: Localized? = nil, code: String? = nil,
                       typed: String? = nil, unit: String? = nil, storeDown: Bool = false) -> String {
        typealias Words = Catalog.Serve
        let banner = storeDown
            ? "<section id=\"status-terganggu\" class=\"galat\" role=\"alert\"><h2>\(h(Words.statusStoreDownTitle.text(language)))</h2>"
                + "<p>\(h(Words.statusStoreDown.text(language)))</p></section>"
            : ""
        let found = result.map { lines -> String in
            // The code kept on one line: a complainant reads a code broken in two as two codes.
            let heading = code.map { code in
                "<h2 id=\"kode-dicek\">" + h(Catalog.PublicStatus.lookedUp(code).text(language))
                    .replacingOccurrences(of: h(code), with: "<span class=\"kode-lacak\">\(h(code))</span>") + "</h2>"
            } ?? ""
            let served = unit.flatMap { $0.isEmpty ? nil : "<p class=\"unit\" id=\"unit-layanan\"><strong>\(h($0))</strong></p>" } ?? ""
            return "<section id=\"hasil-status\">" + heading + lines.map { (it) -> String in "<p>\(h(it))</p>" }.joined() + served + "</section>"
        } ?? ""
        let again = result != nil ? "<h2>\(h(Catalog.PublicStatus.checkAnother.text(language)))</h2>" : ""
        let value = typed.map { " value=\"\(h(String($0.prefix(64))))\"" } ?? ""
        return Layout.shell(Words.statusTitle.text(language), language: language, nav: "", body: """
            \(banner)
            \(error.map { Layout.notice($0.text(language), error: true) } ?? "")
            \(found)
            <section id="cek-lagi">
            \(again)
            <p>\(h(Words.statusIntro.text(language)))</p>
            <form id="cek-status" method="post" action="/status">
              <input type="hidden" name="csrf" value="\(h(csrf))">
              <label for="kode">\(h(Words.statusCodeLabel.text(language)))</label>
              <input type="text" id="kode" name="kode" autocomplete="off" autocapitalize="characters" maxlength="64" required\(value)>
              <div class="tindakan"><button type="submit">\(h((result != nil ? Catalog.PublicStatus.checkAnother : Words.statusButton).text(language)))</button></div>
            </form>
            </section>
            """)
    }
}
