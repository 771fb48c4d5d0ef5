import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// A list of cases, each linked to its timeline: what the box above the worklist found (a NIK,
/// a phone number, a name or words of a title, sent by POST) and the operator's own cases
/// (/kasus-saya). Open cases first.
enum CaseListPage {
    /// `outcomes`: what each completed case listed ended with (`CaseOutcomes.of`), shown as `sop
    /// cases` shows it ("selesai: Tidak memenuhi syarat").
    static func render(_ cases: [CaseSummary], outcomes: [CaseID: String] = [:], more: Bool, title: Localized, context: DeskContext,
                       time: TimeText, empty: Localized, intro: Localized? = nil) -> String {
        typealias Words = Catalog.Serve
        let language = context.language
        let rows = cases.map { summary -> String in
            let id = summary.id.rawValue, projection = summary.projection
            let status = CaseOutcomes.status(summary, outcomes: outcomes).text(language)
            let title = projection.lookup.title
            return """
                <tr class="kasus" data-kasus="\(h(id))">
                  <td><a href="/kasus/\(h(segment(id)))">\(h(id))</a><div class="kecil">SOP \(h(projection.nomor)) · \(h(projection.judul))</div></td>
                  <td data-label="\(h(Words.columnTitle.text(language)))">\(h(title.isEmpty ? "-" : WorklistPage.shortened(title)))</td>
                  <td data-label="\(h(Words.statusWord.text(language)))">\(h(status))</td>
                  <td data-label="\(h(Catalog.CaseSearch.columnStarted.text(language)))">\(h(time.dateTime(projection.startedAt)))</td>
                </tr>
                """
        }.joined(separator: "\n")
        let list = cases.isEmpty ? Layout.notice(empty.text(language)) : """
            <table id="daftar-kasus" class="kartu">
              <thead><tr><th>\(h(Words.columnCase.text(language)))</th><th>\(h(Words.columnTitle.text(language)))</th><th>\(h(Words.statusWord.text(language)))</th><th>\(h(Catalog.CaseSearch.columnStarted.text(language)))</th></tr></thead>
              <tbody>
            \(rows)
              </tbody>
            </table>
            """
        return Layout.page(title.text(language), context: context, body: """
            \(intro.map { "<p class=\"kecil\">\(h($0.text(language)))</p>" } ?? "")
            \(list)
            \(more ? "<p class=\"kecil\" id=\"lebih-banyak\">\(h(Catalog.CaseSearch.moreCases(FindCase.shown).text(language)))</p>" : "")
            <p><a href="/">\(h(Catalog.Serve.backToWorklist.text(language)))</a></p>
            """)
    }
}
