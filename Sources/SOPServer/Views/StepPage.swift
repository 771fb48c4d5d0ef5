import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPTerminal

/// /kasus/{id}/langkah/{step}: what the step asks and what the case holds so far, and the form
/// of what is still to be given. Values the operator typed come back escaped after a refusal,
/// each refusal next to its field (`.galat[data-untuk=FIELD]`).
struct StepPage {
    typealias Words = Catalog.Serve
    let pinned: PinnedCase
    let step: Step
    let visit: StepVisit
    let context: DeskContext
    let now: Date
    let time: TimeText
    var form = FormData()
    var errors: [String: Localized] = [:]
    /// Above the page: another desk's answers (409) or a general refusal.
    var banner = ""
    /// Above the page: what the operator's last action did (the pause it ended).
    var notice = ""

    var language: Language { context.language }

    func render() -> String {
        let sop = pinned.sop, id = pinned.state.id.rawValue
        let label = sop.printedLabel(ofStep: step.id.value)?.text(language) ?? step.id.value
        let title = pinned.state.title(sop: sop)
        let general = errors[""].map { Layout.notice($0.text(language), error: true) } ?? ""
        // The summary links to the first marked answer, which the page also focuses when it loads
        // (`autofocus`: no script), so a phone shows it, not the top of a long page.
        let summary = errors.isEmpty ? ""
            : "<p class=\"galat\" role=\"alert\">\(h(Words.fixBelow.text(language)))"
                + (firstError.map { " <a href=\"#\(h($0))\">\(h(Catalog.WebForms.toFirstError.text(language)))</a>" } ?? "") + "</p>"
        // On a phone the step's words come first: a link down to the form saves two screens of scrolling.
        let toForm = "<p class=\"ke-isian\"><a href=\"#isian\">\(h(Catalog.WebForms.toTheForm.text(language)))</a></p>"
        return Layout.page(Words.stepTitle(label, caseID: id).text(language), context: context, body: """
            <p class="kecil">SOP \(h(sop.nomor)) · \(h(sop.judul))\(title.isEmpty ? "" : " · " + h(title))</p>
            \(notice)\(banner)\(summary)\(general)
            \(errors.isEmpty && banner.isEmpty ? toForm : "")
            \(uraian())
            \(mutuBaku())
            \(stepForm())
            \(soFar())
            \(skipForm())
            \(actions())
            """)
    }

    private func name(_ actor: String) -> String { pinned.sop.actor(actor)?.lineName ?? actor }

    private func uraian() -> String {
        let involved = (step.involved + step.drawn.jointWith).map { name($0.value) }
        return """
            <section id="uraian">
              <h2>\(h(Words.uraian.text(language)))</h2>
              \(step.section.map { (it) -> String in "<p class=\"kecil\">\(h(it.text))</p>" } ?? "")
              <p>\(h(step.uraian.value))</p>
              <dl class="fakta">
                <dt>\(h(Words.performer.text(language)))</dt><dd>\(h(name(step.performer.value)))</dd>
                <dt>\(h(Words.recordedBy.text(language)))</dt><dd>\(h(name(visit.role)))</dd>
                \(involved.isEmpty ? "" : "<dt>\(h(Words.involved.text(language)))</dt><dd>\(h(involved.joined(separator: ", ")))</dd>")
                \((pinned.sop.stepIndex(step.id.value).flatMap { pinned.sop.keteranganLine(of: $0) } ?? step.keteranganLine).map { (it) -> String in "<dt>\(h(Catalog.DecisionExits.keterangan.text(language)))</dt><dd id=\"keterangan\">\(h(it))</dd>" } ?? "")
              </dl>
            </section>
            """
    }

    /// The time used so far on the standard's own clock (pauses and closed hours left out), in
    /// the whole minutes `sop case` will say when the step is done; otherwise as the terminal's
    /// step screen counts it (`Engine.usedSoFar`).
    private func usedSoFar() -> String {
        let engine = pinned.engine, start = engine.rowStart(of: visit)
        guard let standard = engine.standard(of: step, startingAt: start, in: pinned.state, current: visit),
            standard.duration.unit == .menit || standard.duration.unit == .jam
        else { return time.duration(engine.usedSoFar(visit, in: pinned.state, now: now)) }
        let seconds = standard.duration.high * (standard.duration.unit == .menit ? 60 : 3600)
        return ClockWords.Minutes(used: engine.used(standard, to: now, in: pinned.state), standard: seconds).usedText(time)
    }

    private func mutuBaku() -> String {
        let mutu = pinned.sop.rowCells(of: step.id.value)
        let standard = pinned.sop.timing(of: step.id.value)?.waktu
            ?? pinned.sop.stepIndex(step.id.value).flatMap { pinned.sop.sharedCell(of: $0) }?.waktu  // a merged cell's row
        let used = usedSoFar()
        let counted = pinned.engine.itemCount(of: standard, for: visit, in: pinned.state)
        let chosen = standard?.conditional.flatMap { pinned.state.chosenStandard($0, for: visit) }
        // A printed Waktu that sets no standard ("Menyesuaikan", "-") reads as the terminal says
        // it, with no standard (tester 25, finding 10).
        let printed = standard.map { PrintedLine.of($0.text.value) }.flatMap { $0.isEmpty || $0 == "-" ? nil : $0 + " · " } ?? ""
        var waktu = standard.flatMap { $0.duration != nil || $0.dependsOnCase || $0.dailyAt != nil ? $0 : nil }
            .map { Words.timeUsed(used, standard: WaktuWords.text($0, items: counted, chosen: chosen, language: language)).text(language) }
            ?? printed + Words.timeUsedNoStandard(used).text(language)
        // Moved on by a pause, as the terminal's step screen and the done line count it.
        if let due = pinned.engine.due(of: visit, in: pinned.state, now: now) ?? visit.due {
            waktu += " · " + Words.dueAt(time.dateTime(due)).text(language)
            if due < now { waktu += " · " + Words.overdue.text(language) }
        }
        // A row of a merged cell taken at another row says where, with the cell's items (branch lang16).
        let index = pinned.sop.stepIndex(step.id.value)
        let merged = { (column: MergedColumn) in index.flatMap { pinned.sop.mergedCellElsewhere(column, of: $0) } }
        let note = { (cell: MergedCellElsewhere) in " (" + pinned.sop.note(cell).text(language) + ")" }
        if let cell = merged(.waktu) { waktu += note(cell) }
        let kelengkapan = mutu.kelengkapan.isEmpty ? merged(.kelengkapan) : nil
        let items = (kelengkapan?.kelengkapan ?? mutu.kelengkapan).map {
            h(PrintedItem.inSentence($0.text.value)) + ($0.requiredToProceed ? " (\(h(Words.requiredMark.text(language))))" : "")
        }.joined(separator: ", ") + (kelengkapan.map { h(note($0)) } ?? "")
        let output = mutu.output.isEmpty ? merged(.output) : nil
        let outputs = h((output?.output ?? mutu.output).map(\.value).joined(separator: ", ") + (output.map(note) ?? ""))
        return """
            <section id="mutu-baku">
              <h2>\(h(Words.mutuBaku.text(language)))</h2>
              <dl class="fakta">
                <dt>\(h(Words.kelengkapan.text(language)))</dt><dd>\(items.isEmpty ? "-" : items)</dd>
                <dt>\(h(Words.waktu.text(language)))</dt><dd id="waktu">\(h(waktu))</dd>
                <dt>\(h(Words.output.text(language)))</dt><dd>\(outputs.isEmpty ? "-" : outputs)</dd>
              </dl>
            </section>
            """
    }

    private func soFar() -> String {
        // Each note right after its step's visit, a step without answers too (`CaseState.soFar`).
        let facts = pinned.state.soFar(sop: pinned.sop, excluding: visit)
        let rows = facts.map { fact -> String in
            let value = fact.kind == .missing ? Words.missingItem.text(language)
                : fact.kind == .present ? Words.kelengkapanPresent.text(language) : fact.shownValue(language)
            // A later pass through a step is marked as the case's timeline marks it ("1 (#2)").
            let prefix = fact.step.isEmpty ? "" : "\(fact.step)\(fact.pass.map { " (#\($0))" } ?? ""). "
            // A note is labelled as one, with who wrote it ("2. Catatan (budi)"), not by a name alone;
            // an output as one, as `sop case` says it ("1. Output: Buku register"): an Output left
            // empty on a step with a form is recorded as the form's labels ("Isian formulir: Nomor
            // register"), which beside the fields read as one more field's answer.
            let label = switch fact.kind {
            case .note: "\(Catalog.Listing.note.text(language)) (\(fact.label))"
            case .output: "\(Catalog.Listing.outputs.text(language)): \(fact.label)"
            default: fact.label
            }
            // An earlier pass's output a later pass gave again: kept, dimmed.
            let earlier = fact.superseded ? " class=\"lama\"" : ""
            return "<dt\(earlier)>\(h(prefix + label))</dt><dd\(earlier)>\(h(value))</dd>"
        }.joined(separator: "\n")
        return """
            <section id="sejauh-ini">
              <h2>\(h(Words.soFarTitle.text(language)))</h2>
              \(facts.isEmpty ? "<p>\(h(Words.soFarEmpty.text(language)))</p>" : "<dl class=\"fakta\">\(rows)</dl>")
            </section>
            """
    }

    private func error(_ field: String) -> String {
        errors[field].map { (it) -> String in
            "<div class=\"galat\" id=\"galat-\(h(field))\" data-untuk=\"\(h(field))\" role=\"alert\">\(h(it.text(language)))</div>"
        } ?? ""
    }

    /// A refused control names its message, so a screen reader reads it with the field; the
    /// first one is focused when the page loads.
    private func described(_ field: String) -> String {
        errors[field] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"galat-\(h(field))\"" + focus(field)
    }

    /// ` autofocus` on the page's first refused control.
    private func focus(_ field: String) -> String { firstError == field ? " autofocus" : "" }

    /// The first refused answer in the page's order (its control's id).
    private var firstError: String? {
        guard !errors.isEmpty else { return nil }
        let mutu = pinned.sop.rowCells(of: step.id.value)
        let order = mutu.kelengkapan.indices.map { "k.\($0)" } + step.form.map { "f.\($0.name.value)" }
            + mutu.output.indices.map { "o.\($0)" } + ["cabang", "catatan", "alasan"]
        return order.first { errors[$0] != nil }
    }

    /// An Output's file: the browser's file control, visually hidden but still reached by Tab,
    /// under a `<label>` styled as a button in the page's language, and the name of the file
    /// chosen beside it (/static/app.js, `UploadScript`; without script the label still opens
    /// the browser's chooser and the file is sent).
    private func fileChoice(_ index: Int) -> String { Self.fileChoice(index, language: language) }

    /// The same control, for the collective form's Output too (`CollectivePage`).
    static func fileChoice(_ index: Int, language: Language) -> String {
        let none = h(Catalog.StepOutputs.noFileChosen.text(language))
        return "<div class=\"pilih-berkas\"><span class=\"kecil\">\(h(Words.outputFile.text(language)))</span>"
            + "<input type=\"file\" class=\"berkas\" id=\"of.\(index)\" name=\"of.\(index)\" data-nama=\"of.\(index)-nama\" aria-describedby=\"of.\(index)-nama\""
            + " accept=\".pdf,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain\">"
            + "<label for=\"of.\(index)\" class=\"tombol\">\(h(Catalog.StepOutputs.chooseFile.text(language)))</label>"
            + "<span class=\"kecil nama-berkas\" id=\"of.\(index)-nama\" data-kosong=\"\(none)\" aria-live=\"polite\">\(none)</span></div>"
    }

    private var hidden: String {
        "\(Layout.csrf(context))<input type=\"hidden\" name=\"versi\" value=\"\(pinned.state.lastSequence)\">"
    }

    private func stepForm() -> String {
        var parts: [String] = []
        var given: [String] = []
        let mutu = pinned.sop.rowCells(of: step.id.value)
        let pending = pinned.engine.pending(visit, in: pinned.state)
        for (index, item) in mutu.kelengkapan.enumerated() {
            let key = "k.\(index)"
            guard pending.contains(.kelengkapan(item)) else {
                // Asked at another box of its row (the first of a pass): nothing to show here.
                guard let present = visit.kelengkapan[item.text.value] else { continue }
                let answer = visit.notApplicable.contains(item.text.value) ? Catalog.ConditionalItems.notApplicableRecorded
                    : present ? Words.kelengkapanPresent : Words.missingItem
                given.append("<dt>\(h(item.text.value))</dt><dd>\(h(answer.text(language)))</dd>")
                continue
            }
            let required = item.requiredToProceed ? " (\(h(Words.requiredMark.text(language))))" : ""
            if item.isConditional {
                parts.append(conditionalItem(item, key: key, required: required))
                continue
            }
            let checked = form[key] == "ada" ? " checked" : ""
            parts.append("""
                <label class="centang"><input type="checkbox" name="\(key)" value="ada"\(checked)\(described(key))> \(h(PrintedItem.inSentence(item.text.value)))\(required): \(h(Words.kelengkapanPresent.text(language)))</label>\(error(key))
                """)
        }
        if !parts.isEmpty {
            // What a tick means, and the confirmation an unticked item needs before it is recorded missing.
            let confirmed = form["kurang"] == "ya" ? " checked" : ""
            // "From the applicant, printed on the receipt" only where the receipt lists this row's items.
            let sop = pinned.sop
            let hint = sop.receivedRows(upTo: sop.receiptStep).contains(step.id.value)
                ? Catalog.WebForms.checklistHint(from: sop.actors.first { $0.kind == .eksternal }?.lineName)
                : Catalog.WebForms.workingChecklistHint
            parts.append("<p class=\"kecil petunjuk\" id=\"petunjuk-kelengkapan\">\(h(hint.text(language)))</p>"
                + "<label class=\"centang kecil\"><input type=\"checkbox\" name=\"kurang\" value=\"ya\" id=\"kurang\"\(confirmed)> "
                + "\(h(Catalog.WebForms.confirmMissing.text(language)))</label>")
        }
        for field in step.form {
            let key = "f.\(field.name.value)"
            guard pending.contains(.field(field)) else {
                let value = visit.fields[field.name.value] ?? ""
                given.append("<dt>\(h(field.label))</dt><dd>\(h(value.isEmpty ? "-" : field.shown(value, language: language)))</dd>")
                continue
            }
            let mark = field.required ? "" : " (\(h(Words.optionalMark.text(language))))"
            let control: String
            if field.type.value == .pilihan {
                let options = field.options.map { option -> String in
                    let selected = typed(field) == option.value ? " selected" : ""
                    return "<option value=\"\(h(option.value))\"\(selected)>\(h(option.value))</option>"
                }.joined()
                control = "<select id=\"\(h(key))\" name=\"\(h(key))\"\(described(key))><option value=\"\"></option>\(options)</select>"
            } else {
                let keypad = FieldKeypad.attribute(field.type.value)
                // Everything typed in this form comes back after a refusal, personal values too:
                // they were typed in this very page (sent in the POST body, never in a URL or a
                // log; the page is not cached and the field does not autocomplete).
                let value = h(typed(field) ?? "")
                // A date is typed as the terminal asks it, dd-mm-yyyy: a text field, not the
                // browser's date picker, which shows the browser's own order (mm/dd/yyyy).
                let placeholder = (keptMasked(field) ?? dateHint(field)).map { " placeholder=\"\(h($0))\"" } ?? ""
                // The format said under the field before any mistake (NIK, phone, number…).
                let format = field.type.value == .pilihan ? nil : FieldHint.format(of: field)
                let describedBy: String
                if errors[key] != nil {
                    describedBy = format == nil ? described(key)
                        : " aria-invalid=\"true\" aria-describedby=\"petunjuk-\(h(key)) galat-\(h(key))\"" + focus(key)
                } else {
                    let ids = (format == nil ? [] : ["petunjuk-\(h(key))"]) + (previousHint(field) == nil ? [] : ["\(h(key))-sebelumnya"])
                    describedBy = ids.isEmpty ? "" : " aria-describedby=\"\(ids.joined(separator: " "))\""
                }
                control = "<input type=\"text\" id=\"\(h(key))\" name=\"\(h(key))\" value=\"\(value)\"\(keypad)\(placeholder) autocomplete=\"off\"\(describedBy)>"
                    + (format.map { "<p class=\"kecil petunjuk\" id=\"petunjuk-\(h(key))\">\(h($0.text(language)))</p>" } ?? "")
            }
            let before = previousHint(field).map { "<p class=\"kecil\" id=\"\(h(key))-sebelumnya\">\(h($0.text(language)))</p>" } ?? ""
                + pastDateKept(field)
            parts.append("<label for=\"\(h(key))\">\(h(field.label))\(dateHint(field).map { " (\(h($0)))" } ?? "")\(mark)</label>\(control)\(before)\(error(key))")
        }
        for (index, item) in mutu.output.enumerated() {
            let key = "o.\(index)"
            guard pending.contains(.output(item.value)) else {
                // Asked at another box of its row (the last of a pass): nothing to show here.
                guard let record = visit.outputs[item.value] else { continue }
                given.append("<dt>\(h(item.value))</dt><dd>\(h(record.attachment.map { "[\($0.name)]" } ?? record.text))</dd>")
                continue
            }
            // On a step with a form, the Output left empty is the form (`Engine.formOutput`), as
            // the terminal's Enter: said under the box, with the text it is recorded as.
            let asForm = Engine.formOutput(of: step, visit: visit.visit).map {
                "<p class=\"kecil petunjuk\" id=\"\(key)-formulir\">\(h(Catalog.StepOutputs.formHint($0).text(language)))</p>"
            } ?? ""
            let describedBy = errors[key] == nil && !asForm.isEmpty ? " aria-describedby=\"\(key)-formulir\"" : described(key)
            parts.append("""
                <label for="\(key)">\(h(Words.output.text(language))): \(h(PrintedItem.inSentence(PrintedItem.withoutDash(item.value))))</label>
                <textarea id="\(key)" name="\(key)"\(describedBy)>\(h(form[key] ?? ""))</textarea>\(asForm)
                \(fileChoice(index))\(error(key))
                """)
        }
        if case .decision(let decision) = step.flow, pending.contains(where: { if case .branch = $0 { true } else { false } }) {
            let exits = pinned.sop.deskExits(of: step)
            let radios = decision.branches.enumerated().map { index, branch -> String in
                let value = branch.isUnlabelled ? String(index + 1) : branch.label.value
                // An exit drawn without a label by where it leads ("kembali ke kegiatan 3.b"),
                // after the Keterangan's word for it when there is one.
                let shown = exits.indices.contains(index) ? Catalog.DecisionExits.exitName(exits[index].words).text(language)
                    : branch.isUnlabelled ? "→ \(branch.targetRow ?? branch.target.value.text)" : branch.label.value
                let checked = form["cabang"] == value ? " checked" : ""
                // The first choice carries the id the summary's link and the focus go to.
                let first = index == 0 ? " id=\"cabang\"\(focus("cabang"))" : ""
                return "<label class=\"centang\"><input type=\"radio\" name=\"cabang\" value=\"\(h(value))\"\(first)\(checked)> \(h(shown))</label>"
            }.joined(separator: "\n")
            let question = decision.question.map { (it) -> String in "<p>\(h(it.value))</p>" } ?? ""
            parts.append("<fieldset><legend>\(h(Words.branchTitle.text(language)))</legend>\(question)\(radios)\(error("cabang"))</fieldset>")
        }
        let givenList = given.isEmpty ? "" : "<h3>\(h(Words.alreadyGiven.text(language)))</h3><dl class=\"fakta\">\(given.joined())</dl>"
        return """
            <section id="isian">
            <h2>\(h(Words.formTitle.text(language)))</h2>
            \(givenList)
            <form id="langkah" method="post" action="\(h(action))" enctype="multipart/form-data">
              \(hidden)
              \(parts.joined(separator: "\n"))
              <label for="catatan">\(h(Words.noteLabel.text(language)))</label>
              <textarea id="catatan" name="catatan"\(focus("catatan"))>\(h(form["lewati"] == nil ? form["catatan"] ?? "" : ""))</textarea>\(error("catatan"))
              <div class="tindakan"><button type="submit">\(h(Words.submitStep.text(language)))</button></div>
            </form>
            </section>
            """
    }

    /// A conditional item ("(apabila …)"): present, missing, or "tidak berlaku", as the terminal's
    /// `[y/t/tb]`; none chosen counts as missing, as an unticked box does.
    private func conditionalItem(_ item: Kelengkapan, key: String, required: String) -> String {
        let choices: [(String, Localized)] = [("ada", Words.kelengkapanPresent), ("tidak", Words.missingItem),
                                              ("tb", Catalog.ConditionalItems.notApplicableRecorded)]
        let radios = choices.enumerated().map { index, choice -> String in
            let checked = form[key] == choice.0 ? " checked" : ""
            // The first choice carries the id the summary's link and the focus go to.
            let first = index == 0 ? " id=\"\(h(key))\"\(described(key))" : ""
            return "<label class=\"centang\"><input type=\"radio\" name=\"\(h(key))\" value=\"\(choice.0)\"\(first)\(checked)> \(h(choice.1.text(language)))</label>"
        }.joined(separator: "\n")
        return """
            <fieldset class="bersyarat"><legend>\(h(PrintedItem.inSentence(item.text.value)))\(required)</legend>\(radios)\(error(key))</fieldset>
            """
    }

    /// How a date is typed, `hh-bb-tttt` (the terminal's prompt), for a date field; nil for others.
    private func dateHint(_ field: FormField) -> String? {
        field.type.value == .tanggal ? Catalog.Desk.fieldHint(field.type.value.rawValue)?.text(language) : nil
    }

    /// The previous pass's answer of a field asked again on a later pass of its row (a loop
    /// back), which a field left empty keeps (`CaseState.keeping`); nil on a first pass.
    private func previous(_ field: FormField) -> String? {
        pinned.state.previousAnswer(field.name.value, step: step.id.value).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What the field shows: what was sent (a refused form), else the previous pass's answer as
    /// people read it (a date dd-mm-yyyy) unless it is personal, which is never put in the page.
    /// A past date warned of next to its field (`Engine.pastDueDate`): sent again as it is, it is kept.
    private func pastDateKept(_ field: FormField) -> String {
        let key = "f.\(field.name.value)"
        guard errors[key] != nil, let value = form[key], pinned.engine.pastDueDate(field, value: value, now: now) != nil else { return "" }
        return "<input type=\"hidden\" name=\"lampau.\(h(key))\" value=\"\(h(value))\">"
    }

    private func typed(_ field: FormField) -> String? {
        let key = "f.\(field.name.value)"
        if let sent = form[key], !sent.isEmpty { return sent }
        guard !field.isPersonal, let previous = previous(field) else { return form[key] }
        return field.shown(previous, showPersonal: true, language: language)
    }

    /// A personal previous answer, masked (the field's placeholder): the field is left empty.
    private func keptMasked(_ field: FormField) -> String? {
        guard field.isPersonal, let previous = previous(field) else { return nil }
        return field.shown(previous)
    }

    /// Under a field asked again: that an empty field keeps the previous answer (a personal one
    /// shown masked).
    private func previousHint(_ field: FormField) -> Localized? {
        guard let previous = previous(field) else { return nil }
        return field.isPersonal ? Catalog.Visits.webKeepsMasked(field.shown(previous)) : Catalog.Visits.webPrefilled
    }

    private var action: String { "/kasus/\(segment(pinned.state.id.rawValue))/langkah/\(segment(step.id.value))" }

    private func skipForm() -> String {
        guard step.drawn.isOptional, !step.isDecision else { return "" }
        return """
            <section>
            <form id="lewati" method="post" action="\(h(action))">
              \(hidden)<input type="hidden" name="lewati" value="ya">
              <label for="alasan">\(h(Words.skipReason.text(language)))</label>
              <input type="text" id="alasan" name="alasan" value="\(h(form["lewati"] != nil ? form["alasan"] ?? "" : ""))"\(focus("alasan"))>\(error("alasan"))
              <div class="tindakan"><button type="submit" class="kedua">\(h(Words.skipButton.text(language)))</button></div>
            </form>
            </section>
            """
    }

    private func actions() -> String {
        CaseActions.render(pinned, context: context)
    }
}

/// Timeline, receipt, pause/resume and cancel: under the step page and the timeline.
enum CaseActions {
    /// The case's actions; the receipt only once it can be issued (its step reached).
    static func render(_ pinned: PinnedCase, context: DeskContext) -> String {
        let issuable = if case .success = Receipt.make(state: pinned.state, sop: pinned.sop, tracking: pinned.tracking, due: nil) { true } else { false }
        return render(pinned.state, context: context, receipt: issuable, mayAct: RoleNeeded.mayAct(on: pinned, context: context))
    }

    /// `mayAct`: the operator holds a waiting step's role, so pause, resume and cancel are theirs
    /// (shown to no one else: the server would refuse them).
    static func render(_ state: CaseState, context: DeskContext, receipt: Bool, mayAct: Bool) -> String {
        typealias Words = Catalog.Serve
        let language = context.language, base = "/kasus/\(segment(state.id.rawValue))"
        var buttons = ["<a class=\"tombol kedua\" href=\"\(h(base))\">\(h(Words.timelineLink.text(language)))</a>"]
        if receipt {
            buttons.append("<a class=\"tombol kedua\" id=\"tanda-terima\" href=\"\(h(base))/tanda-terima\">\(h(Words.receiptLink.text(language)))</a>")
        }
        if mayAct {
            switch state.status {
            case .open:
                buttons.append("<a class=\"tombol kedua\" id=\"jedakan\" href=\"\(h(base))/jeda\">\(h(Words.pause.text(language)))</a>")
                buttons.append("<a class=\"tombol bahaya\" id=\"batalkan\" href=\"\(h(base))/batal\">\(h(Words.cancel.text(language)))</a>")
            case .paused:
                buttons.append("""
                    <form id="lanjut" method="post" action="\(h(base))/lanjut">\(Layout.csrf(context))<button type="submit">\(h(Words.resume.text(language)))</button></form>
                    """)
                buttons.append("<a class=\"tombol bahaya\" id=\"batalkan\" href=\"\(h(base))/batal\">\(h(Words.cancel.text(language)))</a>")
            case .completed, .cancelled:
                break
            }
        }
        return "<section><h2>\(h(Words.caseActions.text(language)))</h2><div class=\"tindakan\">\(buttons.joined(separator: "\n"))</div></section>"
    }

    /// Another desk was first: in the web's own words (not the terminal's event lines): who changed the case, that
    /// nothing of the form was saved, and that the page now shows the case as it is.
    /// `me`: the operator of the page: a change of their own (another window or tab, the terminal)
    /// is said as theirs, never as someone else's.
    static func stale(_ events: [CaseEvent], me: String, language: Language) -> String {
        let names = Set(events.map(\.operatorName))
        let others = names.subtracting([me]).sorted().joined(separator: ", ")
        let message = !names.contains(me) ? Catalog.StalePages.staleChanged(others)
            : others.isEmpty ? Catalog.StalePages.staleBySelf(me) : Catalog.StalePages.staleByOthersAndSelf(others, self: me)
        return """
            <section class="bentrok" id="bentrok">
              <p class="galat" role="alert">\(h(message.text(language)))</p>
            </section>
            """
    }
}
