import SOPCore
import SOPModel

/// /sop: the SOPs the operator may start a case of; /sop/{kode}/mulai: the confirmation.
enum StartPages {
    typealias Words = Catalog.Serve

    static func list(_ entries: [(code: String, entry: StartableSOP)], context: DeskContext) -> String {
        let language = context.language
        let items: String = entries.map { code, entry -> String in
            let state = entry.hasErrors ? "<div class=\"galat\">\(h(Words.sopHasErrors(entry.nomor).text(language)))</div>"
                : "<a class=\"mulai tombol\" data-sop=\"\(h(code))\" href=\"/sop/\(segment(code))/mulai\">\(h(Words.startButton.text(language)))</a>"
            return """
                <section class="sop">
                  <h2>SOP \(h(entry.nomor)) · \(h(entry.judul))</h2>
                  <div class="tindakan">\(state) <a href="/sop/\(segment(code))/dokumen">\(h(Words.documentLink.text(language)))</a></div>
                </section>
                """
        }.joined(separator: "\n")
        return Layout.page(Words.startTitle.text(language), context: context,
                           body: entries.isEmpty ? Layout.notice(Words.startNone.text(language)) : items)
    }

    static func confirm(code: String, sop: SOP, context: DeskContext) -> String {
        let language = context.language
        let first = sop.steps.first.map { (it) -> String in "<p>\(h(it.uraian.value))</p>" } ?? ""
        return Layout.page("SOP \(sop.nomor) · \(sop.judul)", context: context, body: """
            <section>
            \(first)
            <form id="mulai" method="post" action="/sop/\(segment(code))/mulai">
              \(Layout.csrf(context))
              <button type="submit">\(h(Words.startButton.text(language)))</button>
            </form>
            </section>
            """)
    }
}
