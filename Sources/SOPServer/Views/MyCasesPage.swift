import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// /kasus-saya: the operator's own cases, each row linked to its timeline: the case and its SOP,
/// the title (`Perihal`), where it is now (the steps waiting and their roles; a finished case:
/// its status, with the outcome it ended by, and when it ended, `selesai: Tidak memenuhi syarat ·
/// 06-12-2026 17.23 WIB`), its due time (overdue marked), as the worklist's table (a
/// card per case at phone width).
enum MyCasesPage {
    typealias Words = Catalog.MyCases

    /// `outcomes`: what each completed case listed ended with (`CaseOutcomes.of`).
    static func render(_ cases: [CaseSummary], outcomes: [CaseID: String] = [:], more: Bool, now: Date, context: DeskContext,
                       time: TimeText) -> String {
        let language = context.language, serve = Catalog.Serve.self
        let rows = cases.map { summary -> String in
            let id = summary.id.rawValue, projection = summary.projection
            let status = CaseOutcomes.status(summary, outcomes: outcomes).text(language)
            let title = projection.lookup.title
            let running = !projection.status.isFinished
            let place: String
            if running {
                let steps = projection.active.map { Words.waitingStep($0.stepLabel, role: $0.roleName).text(language) }
                place = steps.isEmpty ? status : steps.joined(separator: "; ") + (projection.status == .paused ? " (\(status))" : "")
            } else {
                // An outcome's words end with a label of the SOP: the time set apart from it.
                let outcome = projection.status == .completed && outcomes[summary.id] != nil
                place = status + (projection.endedAt.map { (outcome ? " · " : " ") + time.dateTime($0) } ?? "")
            }
            let dueAt = running ? due(projection) : nil
            let late = dueAt.map { $0 < now } ?? false
            let dueText = dueAt.map { time.dateTime($0) } ?? "-"
            return """
                <tr class="kasus\(late ? " terlambat" : "")\(running ? "" : " selesai")" data-kasus="\(h(id))">
                  <td><a href="/kasus/\(h(segment(id)))">\(h(id))</a><div class="kecil">SOP \(h(projection.nomor)) · \(h(projection.judul))</div></td>
                  <td data-label="\(h(serve.columnTitle.text(language)))">\(h(title.isEmpty ? "-" : WorklistPage.shortened(title)))</td>
                  <td data-label="\(h(Words.columnNow.text(language)))">\(h(place))</td>
                  <td data-label="\(h(serve.columnDue.text(language)))">\(h(dueText))\(late ? " <span class=\"tanda-terlambat\">\(h(serve.overdue.text(language)))</span>" : "")</td>
                </tr>
                """
        }.joined(separator: "\n")
        let list = cases.isEmpty ? Layout.notice(Words.myCasesNothing.text(language)) : """
            <table id="daftar-kasus" class="kasus-saya kartu">
              <thead><tr><th>\(h(serve.columnCase.text(language)))</th><th>\(h(serve.columnTitle.text(language)))</th><th>\(h(Words.columnNow.text(language)))</th><th>\(h(serve.columnDue.text(language)))</th></tr></thead>
              <tbody>
            \(rows)
              </tbody>
            </table>
            """
        return Layout.page(Words.myCasesTitle.text(language), context: context, body: """
            <p class="kecil">\(h(Words.myCasesIntro.text(language)))</p>
            \(list)
            \(more ? "<p class=\"kecil\" id=\"lebih-banyak\">\(h(Words.moreCases(MyCasesRoutes.shown).text(language)))</p>" : "")
            <p><a href="/">\(h(serve.backToWorklist.text(language)))</a></p>
            """)
    }

    /// A running case's due time: the nearest of its waiting steps', else the whole case's.
    static func due(_ projection: CaseProjection) -> Date? {
        projection.active.compactMap(\.due).min() ?? projection.due
    }
}
