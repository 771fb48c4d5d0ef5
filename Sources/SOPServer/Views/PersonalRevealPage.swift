import SOPCore
import SOPEngine
import SOPModel

/// The case page's "Data pribadi" section (one "Tampilkan" button per personal answer, for those
/// who may see it) and the page that shows the one answer asked for.
enum PersonalRevealPage {
    typealias Words = Catalog.PersonalReveal

    /// The case's personal answers (NIK, phone, `pribadi` fields), latest value each (corrections
    /// applied), in the SOP's order.
    static func answered(_ pinned: PinnedCase) -> [(field: FormField, value: String)] {
        let latest = pinned.state.latestFields
        var seen: Set<String> = []
        var out: [(field: FormField, value: String)] = []
        for step in pinned.sop.steps {
            for field in step.form where field.isPersonal && seen.insert(field.name.value).inserted {
                if let value = latest[field.name.value], !value.isEmpty { out.append((field, value)) }
            }
        }
        return out
    }

    /// Whether the operator may be offered the buttons: the rule `PersonalAccessGate` applies
    /// (a role of the case's SOP, or the role administrator); the server checks again.
    static func offered(_ pinned: PinnedCase, context: DeskContext) -> Bool {
        guard let roster = context.roster, let name = context.operatorName else { return false }
        return !roster.isEnforced || roster.isAdmin(name) || !roster.roles(of: name, sop: pinned.sop.nomor).isEmpty
    }

    /// The section under the timeline: nothing when the case has no personal answer or the
    /// operator may not see them.
    static func section(_ pinned: PinnedCase, context: DeskContext) -> String {
        let fields = answered(pinned)
        guard !fields.isEmpty, offered(pinned, context: context) else { return "" }
        let language = context.language
        let buttons = fields.map { field, _ in
            "<button type=\"submit\" class=\"kedua\" name=\"isian\" value=\"\(h(field.name.value))\">\(h(Words.showButton(field.label).text(language)))</button>"
        }.joined(separator: "\n")
        return """
            <section id="data-pribadi">
            <h2>\(h(Words.heading.text(language)))</h2>
            <p class="kecil">\(h(Words.explanation.text(language)))</p>
            <form method="post" action="/kasus/\(segment(pinned.state.id.rawValue))/data-pribadi">\(Layout.csrf(context))
            <div class="tindakan">\(buttons)</div>
            </form>
            </section>
            """
    }

    /// The one answer in clear, with who it was shown to and that it was recorded.
    static func render(_ pinned: PinnedCase, field: FormField, value: String, context: DeskContext) -> String {
        let language = context.language, id = pinned.state.id.rawValue
        let shown = field.shown(value, showPersonal: true, language: language)
        let link = field.type.value == .telepon ? "<a href=\"tel:\(h(value.filter { ("0"..."9").contains($0) || $0 == "+" }))\">\(h(shown))</a>" : h(shown)
        return Layout.page(Words.pageTitle(id).text(language), context: context, body: """
            <p class="kecil">SOP \(h(pinned.sop.nomor)) · \(h(pinned.sop.judul))</p>
            <dl id="data-terbuka"><dt>\(h(field.label))</dt><dd class="nilai-pribadi">\(link)</dd></dl>
            <p class="kecil" id="tercatat">\(h(Words.recorded(context.operatorName ?? "-").text(language)))</p>
            <div class="tindakan"><a class="tombol kedua" href="/kasus/\(segment(id))">\(h(Words.backToCase.text(language)))</a></div>
            """)
    }
}
