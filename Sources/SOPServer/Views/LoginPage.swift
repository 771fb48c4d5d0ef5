import SOPCore

/// /masuk: the operator's name and personal PIN (the roster's).
enum LoginPage {
    static func render(language: Language, csrf: String, name: String = "", error: Localized? = nil) -> String {
        typealias Words = Catalog.Serve
        let message = error.map { Layout.notice($0.text(language), error: true) } ?? ""
        return Layout.shell(Words.loginTitle.text(language), language: language, nav: "", body: """
            \(message)
            <section>
            <form id="masuk" method="post" action="/masuk">
              <input type="hidden" name="csrf" value="\(h(csrf))">
              <label for="nama">\(h(Words.loginName.text(language)))</label>
              <input type="text" id="nama" name="nama" value="\(h(name))" autocomplete="username" autocapitalize="none" required>
              <label for="pin">\(h(Words.loginPIN.text(language)))</label>
              <input type="password" id="pin" name="pin" autocomplete="current-password" inputmode="numeric" required>
              <div class="tindakan"><button type="submit">\(h(Words.loginButton.text(language)))</button></div>
            </form>
            <p class="kecil">\(h(Words.loginHint.text(language)))</p>
            </section>
            """)
    }
}
