import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// The pages of collective completion (`CollectiveRoutes`): the waiting cases ticked with the
/// answers asked once, the confirmation, and what became of each case. Its sentences are
/// `sop kolektif`'s (`Catalog.Collective`).
struct CollectivePage {
    typealias Words = Catalog.Collective
    typealias Serve = Catalog.Serve

    let target: CollectiveTarget
    let context: DeskContext
    let time: TimeText
    /// What was posted, shown again (ticks and answers) after a refusal or `Ubah pilihan`.
    var form = FormData()
    var errors: [String: Localized] = [:]
    /// Outputs' files stored by this post (`CollectiveRoutes.submit`), by index.
    var staged: [Int: CaseEvent.Attachment] = [:]

    /// Output `index`'s file: stored by this post, else carried signed by an earlier one (`StagedUpload`).
    private func stagedFile(_ index: Int) -> CaseEvent.Attachment? {
        staged[index] ?? StagedUpload.read(form, index: index, action: target.action, session: target.sessionKey)
    }

    private var language: Language { context.language }

    /// The worklist's links, one per row marked `kolektif: ya` waiting in several of its cases.
    static func offers(_ waiting: [CollectiveWaiting], language: Language) -> String {
        waiting.map { row -> String in
            let label = row.step.number ?? row.step.id.value
            let href = "/kolektif/\(segment(row.sop.shortCode ?? row.sop.nomor))/\(segment(label))"
            return "<p class=\"info tawaran-kolektif\" role=\"status\">\(h(Words.webWorklistHint(label, count: row.count).text(language))) "
                + "<a class=\"tombol\" href=\"\(h(href))\">\(h(Words.webHeading.text(language)))</a></p>"
        }.joined()
    }

    /// The step: its SOP, number, role and uraian, as the terminal prints them first.
    private var head: String {
        """
        <p class="kecil">SOP \(h(target.sop.nomor)) · \(h(target.sop.judul))</p>
        <p><strong>\(h(Words.heading(target.label, role: target.roleName).text(language)))</strong></p>
        <p>\(h(target.step.uraian.value.replacingOccurrences(of: "\n", with: " ")))</p>
        """
    }

    private func error(_ key: String) -> String {
        errors[key].map { "<div class=\"galat\" id=\"galat-\(h(key))\" role=\"alert\">\(h($0.text(language)))</div>" } ?? ""
    }

    private func invalid(_ key: String) -> String {
        errors[key] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"galat-\(h(key))\""
    }

    // MARK: Choosing

    /// The waiting cases, all ticked unless a post said otherwise, and the step's questions.
    func choose() -> String {
        let waiting = target.waiting, now = target.now
        guard !waiting.isEmpty else {
            let none = Words.noneWaiting(target.label, roles: target.roleName).text(language)
            let refused = errors.isEmpty ? "" : Layout.notice(errorSummary, error: true)
            return Layout.page(Words.webHeading.text(language), context: context, body: head + refused + Layout.notice(none)
                               + "<div class=\"tindakan\"><a class=\"tombol kedua\" href=\"/\">\(h(Serve.navWorklist.text(language)))</a></div>")
        }
        let posted = form.fields["kasus"]
        let rows = waiting.enumerated().map { index, task -> String in
            let id = task.caseID.rawValue
            let late = task.entry.due.map { $0 < now } ?? false
            let due = task.entry.due.map { time.dateTime($0) } ?? Serve.noDue.text(language)
            let checked = posted.map { $0.contains(id) } ?? true ? " checked" : ""
            return """
                <tr class="\(late ? "terlambat" : "")">
                  <td><label class="centang"><input type="checkbox" name="kasus" value="\(h(id))" id="kasus-\(index)"\(checked)> \(h(id))</label></td>
                  <td data-label="\(h(Serve.columnTitle.text(language)))">\(h(task.title.isEmpty ? "-" : WorklistPage.shortened(task.title)))</td>
                  <td data-label="\(h(Words.webColumnSince.text(language)))">\(h(time.dateTime(task.entry.startedAt)))</td>
                  <td data-label="\(h(Serve.columnDue.text(language)))">\(h(due))\(late ? " <span class=\"tanda-terlambat\">\(h(Serve.overdue.text(language)))</span>" : "")</td>
                </tr>
                """
        }.joined(separator: "\n")
        let summary = errors.isEmpty ? "" : Layout.notice(errorSummary, error: true)
        return Layout.page(Words.webHeading.text(language), context: context, body: """
            \(head)
            \(summary)
            <form id="kolektif" method="post" action="\(h(target.action))" enctype="multipart/form-data">
              \(Layout.csrf(context))
              <section>
              <h2>\(h(Words.webCasesLegend.text(language)))</h2>
              <p class="kecil">\(h(Words.webLegend(target.label, count: waiting.count).text(language)))</p>
              \(error("kasus"))
              <table id="kasus-kolektif" class="kartu"\(invalid("kasus"))>
                <thead><tr><th>\(h(Serve.columnCase.text(language)))</th><th>\(h(Serve.columnTitle.text(language)))</th><th>\(h(Words.webColumnSince.text(language)))</th><th>\(h(Serve.columnDue.text(language)))</th></tr></thead>
                <tbody>
            \(rows)
                </tbody>
              </table>
              </section>
              \(questions)
              <div class="tindakan"><button type="submit">\(h(Words.webNext.text(language)))</button>
                <a class="tombol kedua" href="/">\(h(Serve.navWorklist.text(language)))</a></div>
            </form>
            """)
    }

    /// Every refusal of the post, in one list at the top (each is also said at its field).
    private var errorSummary: String {
        errors.sorted { $0.key < $1.key }.map { $0.value.text(language) }.joined(separator: " ")
    }

    /// The step's Kelengkapan (ada / tidak ada, and tidak berlaku for a conditional item) and
    /// Output (a text recorded in every case), asked once.
    private var questions: String {
        let (kelengkapan, outputs) = target.questions
        guard !kelengkapan.isEmpty || !outputs.isEmpty else { return "" }
        var parts: [String] = []
        for (index, item) in kelengkapan.enumerated() {
            let key = "k.\(index)"
            var choices: [(String, Localized)] = [("ada", Serve.kelengkapanPresent), ("tidak", Serve.missingItem)]
            if item.isConditional { choices.append(("tb", Catalog.ConditionalItems.notApplicableRecorded)) }
            let radios = choices.enumerated().map { position, choice -> String in
                let checked = form[key] == choice.0 ? " checked" : ""
                let first = position == 0 ? " id=\"\(h(key))\"\(invalid(key))" : ""
                return "<label class=\"centang\"><input type=\"radio\" name=\"\(h(key))\" value=\"\(choice.0)\"\(first)\(checked)> \(h(choice.1.text(language)))</label>"
            }.joined(separator: "\n")
            let required = item.requiredToProceed ? " (\(h(Serve.requiredMark.text(language))))" : ""
            parts.append("""
                <fieldset class="kelengkapan-kolektif"><legend>\(h(Serve.kelengkapan.text(language))): \(h(PrintedItem.inSentence(item.text.value)))\(required)</legend>
                \(radios)\(error(key))</fieldset>
                """)
        }
        for (index, item) in outputs.enumerated() {
            let key = "o.\(index)"
            // A text, or a file as `sop kolektif` takes `@file` (the step form's upload control).
            let kept = stagedFile(index).map { file in
                "<p class=\"kecil berkas-tersimpan\" id=\"ob.\(index)-nama\">"
                    + h(Words.webStagedFile(file.name, size: CSRFMiddleware.size(file.size)).text(language)) + "</p>"
                    + StagedUpload.fields(file, index: index, action: target.action, session: target.sessionKey)
            } ?? ""
            parts.append("""
                <label for="\(key)">\(h(Serve.output.text(language))): \(h(PrintedItem.inSentence(PrintedItem.withoutDash(item))))</label>
                <textarea id="\(key)" name="\(key)"\(invalid(key))>\(h(form[key] ?? ""))</textarea>
                \(StepPage.fileChoice(index, language: language))\(kept)\(error(key))
                """)
        }
        return """
            <section>
            <h2>\(h(Words.webAnswersLegend.text(language)))</h2>
            \(parts.joined(separator: "\n"))
            </section>
            """
    }

    // MARK: Confirming

    /// What will be written, and the question the terminal asks before it; the answers travel
    /// in hidden fields and are checked again when the confirmation is posted.
    func confirm(_ chosen: [CollectiveChoiceMade], answers: CollectiveAnswers) -> String {
        let (kelengkapan, outputs) = target.questions
        var hidden = chosen.map { "<input type=\"hidden\" name=\"kasus\" value=\"\(h($0.id.rawValue))\">" }
        var facts: [String] = []
        for (index, item) in kelengkapan.enumerated() {
            let text = item.text.value, value = form["k.\(index)"] ?? ""
            hidden.append("<input type=\"hidden\" name=\"k.\(index)\" value=\"\(h(value))\">")
            let answer = answers.notApplicable.contains(text) ? Catalog.ConditionalItems.notApplicableRecorded
                : answers.kelengkapan[text] == true ? Serve.kelengkapanPresent : Serve.missingItem
            facts.append("<dt>\(h(Serve.kelengkapan.text(language))): \(h(PrintedItem.inSentence(text)))</dt><dd>\(h(answer.text(language)))</dd>")
        }
        for (index, item) in outputs.enumerated() {
            let text = answers.outputs[item]?.text ?? ""
            hidden.append("<input type=\"hidden\" name=\"o.\(index)\" value=\"\(h(text))\">")
            var shown = text
            // A file travels as its signed reference: the browser cannot send the file again.
            if let file = answers.outputs[item]?.attachment {
                hidden.append(StagedUpload.fields(file, index: index, action: target.action, session: target.sessionKey))
                shown = Words.webFileAnswer(file.name, size: CSRFMiddleware.size(file.size)).text(language)
            }
            facts.append("<dt>\(h(Serve.output.text(language))): \(h(PrintedItem.inSentence(PrintedItem.withoutDash(item))))</dt><dd>\(h(shown))</dd>")
        }
        let cases = chosen.map { "<li>\(h($0.id.rawValue))\($0.title.isEmpty ? "" : " · " + h(WorklistPage.shortened($0.title)))</li>" }.joined()
        let fields = Layout.csrf(context) + hidden.joined()
        let question = Words.webConfirm(target.label, count: chosen.count, role: target.roleName, operatorName: target.actor.name)
        return Layout.page(Words.webConfirmTitle.text(language), context: context, body: """
            \(head)
            <section>
            <h2>\(h(Words.webCasesLegend.text(language))) (\(chosen.count))</h2>
            <ul id="kasus-terpilih">\(cases)</ul>
            \(facts.isEmpty ? "" : "<dl class=\"fakta\" id=\"jawaban-kolektif\">\(facts.joined())</dl>")
            </section>
            <p id="pertanyaan-kolektif"><strong>\(h(question.text(language)))</strong></p>
            <div class="tindakan">
              <form method="post" action="\(h(target.action))">\(fields)<input type="hidden" name="yakin" value="ya"><button type="submit">\(h(Words.webSubmit.text(language)))</button></form>
              <form method="post" action="\(h(target.action))">\(fields)<input type="hidden" name="ubah" value="ya"><button type="submit" class="kedua">\(h(Words.webChange.text(language)))</button></form>
            </div>
            """)
    }

    // MARK: The result

    /// Each case as `sop kolektif` says it (`✓`, `✗` with why), the ones not tried after a store
    /// failure, and the summary line.
    func result(_ results: [CollectiveRun.CaseResult], chosen: [CollectiveChoiceMade]) -> String {
        let titles = Dictionary(chosen.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var done = 0, refused = 0
        var items = results.map { result -> String in
            let id: CaseID, line: String, kind: String
            switch result {
            case .done(let caseID, let events):
                done += 1
                id = caseID
                kind = "selesai"
                let next = CollectiveRun.next(after: events, engine: target.engine)?.text(language)
                line = Words.done(caseID.rawValue, step: target.label, title: titles[caseID] ?? "", next: next).text(language)
            case .refused(let caseID, let reason):
                refused += 1
                id = caseID
                kind = "ditolak"
                line = Words.refusedCase(caseID.rawValue, reason: Catalog.WebRefusals.web(reason).text(language)).text(language)
            case .failed(let caseID, let error):
                id = caseID
                kind = "gagal"
                line = Words.failedCase(caseID.rawValue, reason: PageError.store(error).message.text(language)).text(language)
            }
            return "<li class=\"\(kind)\" data-kasus=\"\(h(id.rawValue))\">\(h(line)) <a href=\"/kasus/\(segment(id.rawValue))\">\(h(Serve.open.text(language)))</a></li>"
        }
        items += chosen.dropFirst(results.count).map {
            "<li class=\"tidak-dicoba\" data-kasus=\"\(h($0.id.rawValue))\">\(h(Words.webNotTried($0.id.rawValue).text(language)))</li>"
        }
        let summary = Words.summary(done: done, of: chosen.count, refused: refused, notTried: chosen.count - results.count)
        let complete = done == chosen.count
        return Layout.page(Words.webResultTitle.text(language), context: context, body: """
            \(head)
            <section>
            <ul id="hasil-kolektif">\(items.joined(separator: "\n"))</ul>
            </section>
            \(Layout.notice(summary.text(language), error: !complete))
            <div class="tindakan"><a class="tombol" href="/">\(h(Serve.navWorklist.text(language)))</a>
              \(complete ? "" : "<a class=\"tombol kedua\" href=\"\(h(target.action))\">\(h(Words.webAgain.text(language)))</a>")</div>
            """)
    }
}
