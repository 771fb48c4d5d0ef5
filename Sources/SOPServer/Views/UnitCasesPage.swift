import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The page of /kasus-unit (`UnitCasesRoutes`): the choice (open, late, all), one row per case
/// with each waiting step on a line of its own, and the pages.
enum UnitCasesPage {
    typealias Words = Catalog.UnitCases

    /// `outcomes`: what each completed case shown ended with (`CaseOutcomes.of`): "selesai: Tidak
    /// memenuhi syarat", as `sop cases` says it.
    static func render(_ cases: [CaseSummary], outcomes: [CaseID: String] = [:], choice: UnitCasesRoutes.Choice, sop: String?, page: Int, pages: Int, total: Int,
                       now: Date, holders: (String, String) -> [String], time: TimeText, context: DeskContext,
                       uraian: (String, String) -> String? = { _, _ in nil }) -> String {
        let language = context.language
        func link(_ choice: UnitCasesRoutes.Choice, page: Int = 1) -> String {
            var parts = ["tampil=\(choice.rawValue)"]
            if let sop { parts.append("sop=\(segment(sop))") }
            if page > 1 { parts.append("halaman=\(page)") }
            return "/kasus-unit?" + parts.joined(separator: "&")
        }
        let label: [UnitCasesRoutes.Choice: Localized] = [.open: Words.unitOpen, .late: Words.unitLate, .all: Words.unitAll]
        let choices = UnitCasesRoutes.Choice.allCases.map { option -> String in
            let text = h(label[option]!.text(language))
            return option == choice ? "<strong aria-current=\"page\">\(text)</strong>" : "<a href=\"\(h(link(option)))\">\(text)</a>"
        }.joined(separator: " · ")
        let rows = cases.map { summary -> String in
            let id = summary.id.rawValue, projection = summary.projection
            let late = UnitCasesRoutes.isLate(summary, now: now)
            let steps = projection.status.isFinished ? [] : projection.active
            func cell(_ values: [String]) -> String {
                values.isEmpty ? "-" : values.map { "<div>\($0)</div>" }.joined()
            }
            let state: String
            switch projection.status {
            case .completed: state = h(outcomes[summary.id].map { Catalog.DecisionExits.statusEndedBy($0) }.map { $0.text(language) }
                                           ?? Words.finished.text(language))
            case .cancelled: state = h(Words.cancelled.text(language))
            case .paused: state = h(Words.paused.text(language))
            case .open: state = late ? "<span class=\"tanda-terlambat\">\(h(Words.late.text(language)))</span>" : h(Words.onTime.text(language))
            }
            let title = projection.lookup.title
            let dues = steps.map { entry -> String in
                guard let due = entry.due else { return h(Catalog.Serve.noDue.text(language)) }
                return h(time.dateTime(due)) + (due < now ? " <span class=\"tanda-terlambat\">\(h(Words.late.text(language)))</span>" : "")
            }
            let holding = steps.map { h(holders($0.role, projection.nomor).joined(separator: ", ").ifEmpty("-")) }
            return """
                <tr class="kasus\(late ? " terlambat" : "")" data-kasus="\(h(id))">
                  <td><a href="/kasus/\(h(segment(id)))">\(h(id))</a><div class="kecil">SOP \(h(projection.nomor)) · \(h(title.isEmpty ? projection.judul : WorklistPage.shortened(title, limit: 80)))</div></td>
                  <td data-label="\(h(Words.columnState.text(language)))">\(state)</td>
                  <td data-label="\(h(Words.columnStep.text(language)))">\(cell(steps.map { entry in
                      // The step's words after its number, as the worklist shows them (tester 20's finding 15).
                      h(entry.stepLabel) + (uraian(projection.nomor, entry.step).map { " <span class=\"kecil\">\(h(WorklistPage.shortened($0, limit: 90)))</span>" } ?? "")
                  }))</td>
                  <td class="peran" data-label="\(h(Words.columnRole.text(language)))">\(cell(steps.map { h($0.roleName) }))</td>
                  <td data-label="\(h(Words.columnHolder.text(language)))">\(cell(holding))</td>
                  <td data-label="\(h(Words.columnDue.text(language)))">\(cell(dues))</td>
                </tr>
                """
        }.joined(separator: "\n")
        let table = cases.isEmpty ? Layout.notice(Words.unitNothing.text(language)) : """
            <table id="kasus-unit" class="kartu">
              <thead><tr><th>\(h(Words.columnCase.text(language)))</th><th>\(h(Words.columnState.text(language)))</th><th>\(h(Words.columnStep.text(language)))</th><th>\(h(Words.columnRole.text(language)))</th><th>\(h(Words.columnHolder.text(language)))</th><th>\(h(Words.columnDue.text(language)))</th></tr></thead>
              <tbody>
            \(rows)
              </tbody>
            </table>
            """
        var paging = ""
        if pages > 1 {
            paging = "<nav class=\"halaman\" aria-label=\"\(h(Words.unitPage(page, of: pages).text(language)))\">"
            if page > 1 { paging += "<a rel=\"prev\" href=\"\(h(link(choice, page: page - 1)))\">\(h(Words.previous.text(language)))</a> " }
            paging += "<span>\(h(Words.unitPage(page, of: pages).text(language)))</span>"
            if page < pages { paging += " <a rel=\"next\" href=\"\(h(link(choice, page: page + 1)))\">\(h(Words.next.text(language)))</a>" }
            paging += "</nav>"
        }
        return Layout.page(Words.unitTitle.text(language), context: context, body: """
            <p id="pilihan-kasus">\(h(Words.unitFilter.text(language))): \(choices) <span class="kecil">(\(total))</span></p>
            \(table)
            \(paging)
            <p><a href="/">\(h(Catalog.Serve.backToWorklist.text(language)))</a></p>
            """)
    }
}

extension String {
    fileprivate func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
