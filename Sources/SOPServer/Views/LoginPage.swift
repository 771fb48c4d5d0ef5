import SOPCore

/// /masuk: the operator's name and personal PIN (the roster's). While the store refuses writes
/// (`held`), the banner every desk page has, and the form held as theirs are (`WriteHold`): a
/// login cannot be kept.
enum LoginPage {
    static func render(language: Language, csrf: String, name: String = "", error: Localized? = nil, back: String? = nil,
                       held: Bool = false) -> String {
        typealias Words = Catalog.Serve
        var message = error.map { Layout.notice($0.text(language), error: true) } ?? ""
        if error == Catalog.WebLogin.loginRefused { message += "<p class=\"kecil\" id=\"petunjuk-kunci\">\(h(Catalog.WebLogin.loginRefusedHint.text(language)))</p>" }
        let body = """
            \(message)
            <section>
            <form id="masuk" method="post" action="/masuk">
              <input type="hidden" name="csrf" value="\(h(csrf))">
              \(back.map { (it) -> String in "<input type=\"hidden\" name=\"ke\" value=\"\(h(it))\">" } ?? "")
              <label for="nama">\(h(Words.loginName.text(language)))</label>
              <input type="text" id="nama" name="nama" value="\(h(name))" autocomplete="username" autocapitalize="none" required>
              <label for="pin">\(h(Words.loginPIN.text(language)))</label>
              <input type="password" id="pin" name="pin" autocomplete="current-password" required>
              <label for="kode">\(h(Words.loginCode.text(language)))</label>
              <input type="text" id="kode" name="kode" autocomplete="one-time-code" inputmode="numeric" maxlength="7">
              <div class="tindakan"><button type="submit">\(h(Words.loginButton.text(language)))</button></div>
            </form>
            <p class="kecil">\(h(Words.loginHint.text(language)))</p>
            </section>
            """
        return Layout.shell(Words.loginTitle.text(language), language: language, nav: "",
                            body: held ? WriteHold.banner(language) + WriteHold.disableWritingForms(body) : body)
    }
}
