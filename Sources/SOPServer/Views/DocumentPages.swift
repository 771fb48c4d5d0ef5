import Foundation
import SOPCore
import SOPModel
import SOPEngine
import SOPRender
import SOPReport

/// The two pages made by the existing writers: the SOP document (`sop render`'s HTML, as
/// officials sign it) and the report (`sop report`'s HTML, with its charts), each with a bar
/// back to the desk that the printer leaves out, under a strict CSP of their own
/// (`StrictDocument`).
public enum DocumentPages {
    typealias Words = Catalog.DocumentPages

    /// The SOP the URL names, by its nomor or the short code of its file name (as /sop links
    /// it), among the folder's SOPs: never opened by a path taken from the URL. `.unknown` when
    /// there is none; `.errors` when it has errors (`sop lint`), which `sop render` refuses too.
    enum Found: Sendable {
        case sop(SOP)
        case unknown
        case errors
    }

    static func find(_ kode: String, among entries: [StartableSOP]) -> Found {
        guard !kode.isEmpty,
            let entry = entries.first(where: { $0.sop?.nomor == kode }) ?? entries.first(where: { ShortCode.of(path: $0.path) == kode })
        else { return .unknown }
        guard let sop = entry.sop, !entry.hasErrors else { return .errors }
        return .sop(sop)
    }

    /// The official document of an SOP. `header`: the desk's navigation and who is logged in
    /// (`Layout.header`), as on every desk page.
    public static func document(_ sop: SOP, language: Language, header: String = "") -> StrictDocument {
        let html = Renderer.render(sop, as: .html, language: language)
        let bar = navigation(language, header: header) + "<h1>SOP \(HTML.escape(sop.nomor)) — \(HTML.escape(sop.judul))</h1>\n"
            + "<p class=\"sop-cetak\">\(HTML.escape(Words.print.text(language)))</p>\n"
            + "<p class=\"sop-sempit\">\(HTML.escape(Catalog.PhoneScreens.documentWide.text(language)))</p>\n</nav>\n"
        return StrictDocument(selfContained: inject(html, style: barStyle + "\n" + documentPhoneStyle, body: bar))
    }

    /// The period as asked in the query (`dari`, `sampai`: days, both optional), or the
    /// message for each bad one, keyed by field name.
    public struct Period: Sendable {
        public var from: String
        public var to: String
        public var query: VisitFilter
        public var errors: [String: String]
    }

    /// A day as the desk writes it, `01-11-2026`; any text that is not a day as it is.
    static func dayShown(_ text: String) -> String {
        guard case .success(.day(let year, let month, let day)) = SOPDateParser.parse(text) else { return text }
        return [day, month].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: "-") + "-\(year)"
    }

    public static func period(from: String?, to: String?, calendar: WorkCalendar, language: Language) -> Period {
        let from = (from ?? "").trimmingCharacters(in: .whitespaces)
        let to = (to ?? "").trimmingCharacters(in: .whitespaces)
        // Shown back as people read a date (dd-mm-yyyy), whichever way it was written (a link
        // with 2026-11-01 still works).
        var period = Period(from: dayShown(from), to: dayShown(to), query: VisitFilter(), errors: [:])
        if !from.isEmpty {
            if let day = VisitFilter.midnight(of: from, calendar: calendar) {
                period.query.from = day
            } else {
                period.errors["dari"] = Words.badDay(from).text(language)
            }
        }
        if !to.isEmpty {
            if let day = VisitFilter.midnight(of: to, calendar: calendar) {
                period.query.to = day.addingTimeInterval(86_400)
            } else {
                period.errors["sampai"] = Words.badDay(to).text(language)
            }
        }
        if let first = period.query.from, let end = period.query.to, end <= first {
            period.errors["sampai"] = Words.toBeforeFrom.text(language)
        }
        return period
    }

    /// The report of the period (or, when the period has errors, the form with each message
    /// next to its field and no report).
    public static func report(_ report: Report?, period: Period, calendar: WorkCalendar, language: Language,
                              header: String = "") -> StrictDocument {
        let html: String
        if let report {
            html = ReportHTMLWriter(text: ReportText(language: language, calendar: calendar)).write(report)
        } else {
            html = """
                <!DOCTYPE html>
                <html lang="\(language.rawValue)">
                <head>
                <meta charset="utf-8">
                <title>\(HTML.escape(Words.reportTitle.text(language)))</title>
                </head>
                <body>
                <h1>\(HTML.escape(Words.reportTitle.text(language)))</h1>
                </body>
                </html>

                """
        }
        // The report counts late steps; the cases late now are listed on /kasus-unit (F3, tester 11).
        let late = "<a id=\"kasus-terlambat\" href=\"/kasus-unit?tampil=terlambat\">\(HTML.escape(Catalog.Report.lateCasesLink.text(language)))</a>\n"
        let bar = navigation(language, header: header) + late + periodForm(period, language: language) + "</nav>\n"
        return StrictDocument(selfContained: inject(html, style: barStyle, body: bar))
    }

    static func navigation(_ language: Language, header: String = "") -> String {
        "<nav class=\"sop-nav\" aria-label=\"\(HTML.escape(Words.navigation.text(language)))\">"
            + (header.isEmpty ? "<a href=\"/\">\(HTML.escape(Words.backToWorklist.text(language)))</a>\n" : "<div class=\"sop-atas\">\(header)</div>\n")
    }

    static func periodForm(_ period: Period, language: Language) -> String {
        func field(_ name: String, _ label: Localized, _ value: String) -> String {
            var out = "<span class=\"sop-field\"><label for=\"\(name)\">\(HTML.escape(label.text(language)))</label> "
            let error = period.errors[name]
            // Typed dd-mm-yyyy as everywhere else, not the browser's date picker (its order is the
            // browser's locale: mm/dd/yyyy beside the report's 07-12-2026, tester 17's F8).
            let hint = Catalog.Desk.fieldHint("tanggal")?.text(language) ?? ""
            out += "<input type=\"text\" id=\"\(name)\" name=\"\(name)\" value=\"\(HTML.escape(value))\" placeholder=\"\(HTML.escape(hint))\" size=\"10\" autocomplete=\"off\""
            out += error == nil ? ">" : " aria-invalid=\"true\" aria-describedby=\"galat-\(name)\">"
            if let error {
                out += "<span class=\"galat\" id=\"galat-\(name)\" data-untuk=\"\(name)\">\(HTML.escape(error))</span>"
            }
            return out + "</span>\n"
        }
        return "<form id=\"periode\" method=\"get\" action=\"/laporan\" aria-label=\"\(HTML.escape(Words.period.text(language)))\">\n"
            + field("dari", Words.from, period.from) + field("sampai", Words.to, period.to)
            + "<button type=\"submit\">\(HTML.escape(Words.show.text(language)))</button>"
            + " <span class=\"sop-hint\">\(HTML.escape(Words.allTime.text(language)))</span>\n</form>\n"
    }

    /// The bar's own look: on the screen only, never on paper.
    static let barStyle = """
        .sop-nav { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; background: #f4f6f8; color: #111;
          border-bottom: 1px solid #c8ced6; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 8px 16px;
          align-items: center; }
        .sop-nav a { color: #0b4f8a; font-weight: bold; }
        .sop-nav p { margin: 0; color: #444; }
        .sop-nav h1 { margin: 0; font-size: 16px; }
        .sop-nav form { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-start; margin: 0; }
        .sop-nav .sop-field { display: inline-flex; flex-direction: column; gap: 2px; }
        .sop-nav input, .sop-nav button { font: inherit; padding: 4px 6px; min-height: 32px; }
        .sop-nav button { align-self: flex-end; }
        .sop-nav .galat { color: #a40000; font-size: 13px; }
        .sop-nav .sop-hint { color: #444; font-size: 13px; align-self: flex-end; }
        .sop-nav .sop-atas { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; width: 100%; }
        .sop-nav nav.utama { display: flex; flex-wrap: wrap; gap: 6px 14px; }
        .sop-nav .pengguna { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; margin-left: auto; font-size: 13px; }
        .sop-nav form.keluar { margin: 0; }
        .sop-nav form.keluar button { padding: 2px 10px; min-height: 28px; }
        .sop-nav .sop-sempit { display: none; }
        @media screen and (max-width: 40rem) {
          .sop-nav nav.utama { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; width: 100%; }
          .sop-nav .pengguna { margin-left: 0; }
          .sop-nav .sop-sempit { display: block; font-weight: bold; }
        }
        @media print { .sop-nav { display: none; } }
        """

    /// On a phone the SOP document, an A4 landscape page, scrolls sideways under the bar, which
    /// stays as wide as the screen and says so.
    static let documentPhoneStyle = """
        @media screen and (max-width: 40rem) {
          .sop-nav { position: sticky; left: 0; max-width: 100vw; }
        }
        """

    /// Adds a `<style>` block to the head and markup right after `<body>`.
    static func inject(_ html: String, style: String, body: String) -> String {
        var html = html
        if !html.contains("name=\"viewport\""), let charset = html.range(of: "<meta charset=\"utf-8\">") {
            html.insert(contentsOf: "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", at: charset.upperBound)
        }
        if let head = html.range(of: "</head>") {
            html.insert(contentsOf: "<style>\n\(style)\n</style>\n", at: head.lowerBound)
        }
        if let open = html.range(of: "<body>") {
            html.insert(contentsOf: "\n" + body, at: open.upperBound)
        }
        return html
    }
}
