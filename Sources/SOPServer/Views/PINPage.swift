import SOPCore

/// /ganti-pin: the current PIN, the new one twice; a refusal said next to its field (the
/// fields are never filled back in: a PIN is not echoed into a page).
enum PINPage {
    typealias Words = Catalog.PINs

    /// `field`: the field a refusal is about; nil with a message: the PIN was changed.
    static func render(context: DeskContext, message: Localized? = nil, field: String? = nil) -> String {
        let language = context.language
        func input(_ id: String, _ label: Localized, autocomplete: String) -> String {
            let note = field == id ? message.map { Layout.notice($0.text(language), error: true, field: id) } ?? "" : ""
            let described = field == id ? " aria-invalid=\"true\"" : ""
            return """
                <label for="\(id)">\(h(label.text(language)))</label>
                <input type="password" id="\(id)" name="\(id)" autocomplete="\(autocomplete)" maxlength="200" required\(described)>
                \(note)
                """
        }
        let done = field == nil ? message.map { Layout.notice($0.text(language)) } ?? "" : ""
        return Layout.page(Words.changePINTitle.text(language), context: context, body: """
            \(done)
            <section>
            <p>\(h(Catalog.PINs.changePINIntro.text(language)))</p>
            <form id="ganti-pin" method="post" action="/ganti-pin">
              \(Layout.csrf(context))
              \(input("pin_lama", Words.currentPIN, autocomplete: "current-password"))
              \(input("pin_baru", Words.newPIN, autocomplete: "new-password"))
              \(input("pin_ulang", Words.repeatPIN, autocomplete: "new-password"))
              <div class="tindakan"><button type="submit">\(h(Words.changePINButton.text(language)))</button></div>
            </form>
            </section>
            """)
    }
}
