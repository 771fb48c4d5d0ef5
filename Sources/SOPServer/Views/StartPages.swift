import SOPCore
import SOPModel

/// /sop: the SOPs the operator may start a case of, each started by one POST; /sop/{kode}/mulai:
/// the same start from a link kept elsewhere (a bookmark).
enum StartPages {
    typealias Words = Catalog.Serve

    static func list(_ entries: [(code: String, entry: StartableSOP)], context: DeskContext) -> String {
        let language = context.language
        let items: String = entries.map { code, entry -> String in
            let state = entry.hasErrors ? "<div class=\"galat\">\(h(Words.sopHasErrors(entry.nomor).text(language)))</div>"
                : "<form class=\"mulai\" method=\"post\" action=\"/sop/\(segment(code))/mulai\">\(Layout.csrf(context))"
                    + "<button type=\"submit\" class=\"mulai\" data-sop=\"\(h(code))\">\(h(Words.startButton.text(language)))</button></form>"
            return """
                <section class="sop">
                  <h2>SOP \(h(entry.nomor)) · \(h(entry.judul))</h2>
                  <div class="tindakan">\(state) <a class="tombol kedua" href="/sop/\(segment(code))/dokumen">\(h(Words.documentLink.text(language)))</a></div>
                </section>
                """
        }.joined(separator: "\n")
        // One click starts the case (tester 20's finding 7: a second page asked for the same "Mulai"),
        // after this line says what the click does.
        let intro = "<p class=\"kecil\" id=\"mulai-petunjuk\">\(h(Catalog.WebForms.startExplained.text(language)))</p>"
        return Layout.page(Words.startTitle.text(language), context: context,
                           body: entries.isEmpty ? Layout.notice(Words.startNone.text(language)) : intro + items)
    }

    static func confirm(code: String, sop: SOP, context: DeskContext) -> String {
        let language = context.language
        let first = sop.steps.first.map { (it) -> String in "<p>\(h(it.uraian.value))</p>" } ?? ""
        let explained = "<p class=\"kecil\">\(h(Catalog.WebForms.startExplained.text(language)))</p>"
        return Layout.page("SOP \(sop.nomor) · \(sop.judul)", context: context, body: """
            <section>
            \(first)
            \(explained)
            <form id="mulai" method="post" action="/sop/\(segment(code))/mulai">
              \(Layout.csrf(context))
              <button type="submit">\(h(Words.startButton.text(language)))</button>
            </form>
            </section>
            """)
    }
}
