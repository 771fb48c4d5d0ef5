import Hummingbird
import NIOCore
import SOPCore

/// Escapes text for HTML content and attribute values.
func h(_ text: String) -> String { HTML.escape(text) }

/// An HTML response.
enum HTMLPage {
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// The frame of every page: the header with who is logged in and the navigation, the main
/// content, the stylesheet and script from /static (no inline style or script: the CSP
/// forbids them).
enum Layout {
    typealias Words = Catalog.Serve

    static func page(_ title: String, context: DeskContext, body: String) -> String {
        let language = context.language
        let body = context.writesRefused ? WriteHold.banner(language) + WriteHold.disableWritingForms(body) : body
        return shell(title, language: language, nav: header(context), body: body)
    }

    /// The header's navigation and who is logged in (their roles in words, `Ganti PIN`,
    /// `Keluar`): every desk page's, and the bar of the report and SOP document pages.
    static func header(_ context: DeskContext) -> String {
        let language = context.language
        guard let session = context.session else { return "" }
        let names = context.roleNames + (context.roster?.isAdmin(session.operatorName) == true ? [Catalog.WebRoles.adminRoleName.text(language)] : [])
            + (context.roster?.readsAnySOP(session.operatorName) == true ? [Catalog.WebRoles.readerRoleName.text(language)] : [])
        let roles = names.isEmpty ? "-" : names.joined(separator: ", ")
        return """
            <nav class="utama">
              <a href="/">\(h(Words.navWorklist.text(language)))</a>
              \(context.mayStart ? "<a href=\"/sop\">\(h(Words.navStart.text(language)))</a>" : "")
              <a href="/kasus-saya">\(h(Catalog.MyCases.navMyCases.text(language)))</a>
              <a href="/laporan">\(h(Catalog.Worklist.navReport.text(language)))</a>
              <a href="/kasus-unit">\(h(Catalog.UnitCases.unitNav.text(language)))</a>
              <a href="/status">\(h(Words.navStatus.text(language)))</a>
            </nav>
            <div class="pengguna"><span id="operator">\(h(Words.loggedInAs(session.operatorName, roles: roles).text(language)))</span>
              <a href="/ganti-pin" id="ganti-pin-tautan">\(h(Catalog.PINs.changePINTitle.text(language)))</a>
              <form method="post" action="/keluar" class="keluar"><input type="hidden" name="csrf" value="\(h(session.csrf))"><button type="submit">\(h(Words.logout.text(language)))</button></form>
            </div>
            """
    }

    static func shell(_ title: String, language: Language, nav: String, body: String) -> String {
        let other = language == .en ? "id" : "en"
        return """
            <!DOCTYPE html>
            <html lang="\(language == .en ? "en" : "id")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title)) · \(h(Words.appName.text(language)))</title>
            <link rel="stylesheet" href="/static/app.css">
            <link rel="icon" href="\(Favicon.path)" type="image/svg+xml">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <header class="atas">
              <a class="merek" href="/">\(h(Words.appName.text(language)))</a>
              \(nav)
              <a class="bahasa" href="?lang=\(other)">\(h(Words.otherLanguage.text(language)))</a>
            </header>
            <main>
            <h1>\(h(title))</h1>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// A message box: `.galat` for a refusal, `.info` otherwise.
    static func notice(_ text: String, error: Bool = false, field: String? = nil) -> String {
        let target = field.map { (it) -> String in " data-untuk=\"\(h(it))\"" } ?? ""
        return "<p class=\"\(error ? "galat" : "info")\"\(target) role=\"\(error ? "alert" : "status")\">\(h(text))</p>"
    }

    static func csrf(_ context: DeskContext) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(h(context.session?.csrf ?? ""))\">"
    }
}

enum ErrorPage {
    /// `context`: the request's, once the session is known: a logged-in operator's error page has
    /// the header every page has (who is logged in, their roles, the navigation, `Keluar`).
    /// `login`: where the login link goes (back to the page the refused form came from).
    static func render(status: HTTPResponse.Status, message: Localized, language: Language, loggedIn: Bool,
                       context: DeskContext? = nil, login: String = "/masuk", title: Localized? = nil,
                       link way: (href: String, text: Localized)? = nil) -> String {
        var link = loggedIn ? "<p><a href=\"/\">\(h(Catalog.Serve.backToWorklist.text(language)))</a></p>"
            : "<p><a href=\"\(h(login))\">\(h(Catalog.Serve.loginTitle.text(language)))</a></p>"
        if loggedIn, let way { link = "<p><a id=\"jalan-lain\" href=\"\(h(way.href))\">\(h(way.text.text(language)))</a></p>" + link }
        // The status code is for machines (the response has it), not in the words a clerk reads.
        let title = (title ?? Catalog.Serve.errorTitle).text(language)
        let body = Layout.notice(message.text(language), error: true) + link
        if var context, context.session != nil {
            // The page's own message says what went wrong; the banner of a store refusing writes would say it twice.
            context.writesRefused = false
            return Layout.page(title, context: context, body: body)
        }
        return Layout.shell(title, language: language, nav: "", body: body)
    }
}
