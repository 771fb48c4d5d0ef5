import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// A step form that meets its step no longer waiting (another desk or the terminal finished it,
/// or paused or cancelled the case, since the page was shown): 409, saying who did what and
/// when, that nothing was saved, what was typed (read-only, to copy; personal values masked as
/// everywhere), and the case as it is now with its actions (the resume, to who may).
enum GoneStepPage {
    typealias Words = Catalog.StalePages

    /// Whether the step in the path exists but no longer waits in an open case.
    static func isGone(_ pinned: PinnedCase, stepID: String) -> Bool {
        guard pinned.sop.step(stepID) != nil else { return false }
        return pinned.state.status != .open || pinned.state.visit(of: stepID) == nil
    }

    /// `form`: what was sent; empty when the step's link was merely opened (the browser's Back, a
    /// bookmark): the page then tells what happened without saying that something was not saved.
    /// `seen`: the last sequence the operator's page showed (the form's `versi`); without it, the
    /// latest event that ended the step or changed the case's status is told.
    static func render(_ pinned: PinnedCase, stepID: String, seen: Int?, form: FormData, context: DeskContext,
                       time: TimeText, now: Date) -> String {
        let language = context.language, sop = pinned.sop, state = pinned.state
        let label = sop.step(stepID).map { $0.number ?? $0.id.value } ?? stepID
        var told = happenings(pinned, stepID: stepID, seen: seen, me: context.operatorName ?? "", time: time)
        if told.isEmpty {
            told = [state.status == .paused ? Catalog.PauseAndCancel.casePaused(state.id.rawValue) : Catalog.Serve.notWaiting]
        } else if state.status == .paused {
            told.append(Catalog.PauseAndCancel.casePaused(state.id.rawValue))
        }
        let title = state.title(sop: sop)
        let (summary, items) = TimelinePage.entries(pinned, time: time, now: now, roster: context.roster)
        let status = state.statusWords.text(language)
        return Layout.page(Catalog.Serve.stepTitle(label, caseID: state.id.rawValue).text(language), context: context, body: """
            <p class="kecil">SOP \(h(sop.nomor)) · \(h(sop.judul))\(title.isEmpty ? "" : " · " + h(title))</p>
            <section class="bentrok" id="bentrok">
            \(told.map { "<p class=\"galat\" role=\"alert\">\(h($0.text(language)))</p>" }.joined(separator: "\n"))
            \(form.fields.isEmpty ? "" : "<p>\(h(Words.nothingSaved.text(language)))</p>")
            </section>
            \(typed(form, step: sop.step(stepID), sop: sop, language: language))
            <section id="kasus-sekarang">
            <h2>\(h(Words.caseNowTitle.text(language)))</h2>
            <p>\(h(Catalog.Serve.statusWord.text(language))): <strong id="status-kasus">\(h(status))</strong></p>
            \(summary)
            <ol id="linimasa">
            \(items)
            </ol>
            </section>
            \(CaseActions.render(pinned, context: context))
            """)
    }

    /// What the other desk did that ended the step: finishing it, pausing or cancelling the case.
    static func happenings(_ pinned: PinnedCase, stepID: String, seen: Int?, me: String, time: TimeText) -> [Localized] {
        let sop = pinned.sop
        let relevant = pinned.events.filter { event in
            guard event.sequence > (seen ?? 0) else { return false }
            switch event.kind {
            case .stepCompleted(let done): return done.step == stepID
            case .casePaused, .caseCancelled: return true
            default: return false
            }
        }
        // Without the page's version only the latest is sure to be what the operator missed.
        let shown = seen == nil ? Array(relevant.suffix(1)) : relevant
        return shown.compactMap { event -> Localized? in
            let role = event.role.map { sop.actor($0)?.lineName ?? $0 }
            let who = (event.operatorName == me ? Words.youElsewhere(event.operatorName, role: role)
                : Words.who(event.operatorName, role: role)).text(time.language)
            let at = time.dateTime(event.at)
            switch event.kind.freeTextMasked(sop: sop) {
            case .stepCompleted(let done):
                return Words.stepFinishedBy(sop.step(done.step).map { $0.number ?? $0.id.value } ?? done.step, who: who, at: at)
            case .casePaused: return Words.pausedBy(who, at: at)
            case .caseCancelled(let reason): return Words.cancelledBy(who, at: at, reason: reason.reason)
            default: return nil
            }
        }
    }

    /// The form as typed, read-only: checked items, answers (personal ones masked), outputs and
    /// the note in read-only boxes to copy from, a file by its name only.
    static func typed(_ form: FormData, step: Step?, sop: SOP, language: Language) -> String {
        guard let step else { return "" }
        var rows: [String] = []
        let mutu = sop.rowCells(of: step.id.value)
        for (index, item) in mutu.kelengkapan.enumerated() where form["k.\(index)"] == "ada" {
            rows.append("<dt>\(h(item.text.value))</dt><dd>\(h(Catalog.Serve.kelengkapanPresent.text(language)))</dd>")
        }
        for field in step.form {
            guard let value = form["f.\(field.name.value)"], !value.isEmpty else { continue }
            rows.append("<dt>\(h(field.label))</dt><dd>\(h(field.masked(value)))</dd>")
        }
        if let branch = form["cabang"], !branch.isEmpty {
            rows.append("<dt>\(h(Catalog.Serve.branchTitle.text(language)))</dt><dd>\(h(branch))</dd>")
        }
        var boxes: [String] = []
        for (index, item) in mutu.output.enumerated() {
            if let text = form["o.\(index)"], !text.isEmpty {
                boxes.append(box("ketik-o.\(index)", "\(Catalog.Serve.output.text(language)): \(item.value)", text))
            }
            if let file = form.files["of.\(index)"], !file.bytes.isEmpty {
                rows.append("<dt>\(h(item.value))</dt><dd>\(h("[\(file.filename)] · " + Words.typedFile.text(language)))</dd>")
            }
        }
        for (key, label) in [("catatan", Catalog.Serve.noteLabel), ("alasan", Catalog.Serve.skipReason)] {
            if let text = form[key], !text.isEmpty { boxes.append(box("ketik-\(key)", label.text(language), text)) }
        }
        guard !rows.isEmpty || !boxes.isEmpty else { return "" }
        return """
            <section id="yang-diketik">
            <h2>\(h(Words.typedTitle.text(language)))</h2>
            \(rows.isEmpty ? "" : "<dl class=\"fakta\">\(rows.joined())</dl>")
            \(boxes.joined(separator: "\n"))
            </section>
            """
    }

    private static func box(_ id: String, _ label: String, _ text: String) -> String {
        // A NIK or phone number typed into a note or an output is masked where it stands, as
        // in the saved note: it can no longer be saved, so it is not sent back in clear.
        "<label for=\"\(h(id))\">\(h(label))</label><textarea id=\"\(h(id))\" readonly>\(h(PersonalEcho.quoted(text)))</textarea>"
    }
}
