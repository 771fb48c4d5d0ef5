import Hummingbird
import SOPCore

extension StatusPage {
    /// The public status page's answer to too many lookups from one address: in plain words,
    /// how long to wait, and the way back to the lookup (not to the staff login); 429 with
    /// Retry-After for programs.
    static func tooMany(_ language: Language) -> Response {
        typealias Words = Catalog.PublicStatus
        let html = Layout.shell(Words.statusTooManyTitle.text(language), language: language, nav: "", body: """
            \(Layout.notice(Words.statusTooMany.text(language), error: true))
            <p><a href="/status" id="kembali-status">\(h(Words.statusBack.text(language)))</a></p>
            """)
        var response = HTMLPage.response(html, status: .tooManyRequests)
        response.headers[.retryAfter] = "60"
        return response
    }
}
