import SOPCore
import SOPModel

/// The running header over every page of the activity table: the unit at the left, the SOP's
/// name and the page number at the right. Each is printed whole: where one line cannot hold
/// them, the unit and the name wrap between words in two blocks side by side, and the page
/// gives the rows below the room the extra lines take (testers 25 and 26: a name cut with "…"
/// where the page had room for it).
public struct PageCaption: Sendable {
    /// The unit: the instansi where written (a letterhead's last line is often the street
    /// address), else the letterhead's last line.
    public let agency: String
    /// The table's printed title, else "SOP nomor — judul".
    public let title: String
    /// The unit's lines, wrapped to its block.
    public let agencyLines: [String]
    /// The widths of the two blocks (the unit's, the name's).
    public let agencyWidth: Double
    public let titleWidth: Double
    /// The caption's height, as tall as its longest block.
    public let height: Double
    /// As wide as the table (the table of a page printed smaller as it is printed).
    public let width: Double

    /// Between the two blocks.
    static let gap = 12.0

    init(sop: SOP, language: Language, width: Double, metrics: Metrics) {
        let printing = sop.identity.printing
        agency = sop.identity.instansi.map { IdentityBlock.lines($0.value).joined(separator: " ") }
            ?? printing.letterhead.last?.value ?? ""
        title = printing.tableTitle?.value ?? "SOP \(sop.nomor) — \(sop.lineJudul)"
        let size = metrics.fontSize
        func measure(_ text: String) -> Double { TextMeasure.width(text, fontSize: size, bold: true).rounded(.up) }
        // The page number's room: as wide as a two-digit "Halaman 99 dari 99".
        let widest = measure(agency), titled = measure(PageCaption.numbered(title, number: 99, of: 99, language))
        if widest + PageCaption.gap + titled <= width {
            agencyWidth = widest
            titleWidth = width - widest - PageCaption.gap
        } else {
            // The unit gets what the name leaves it, at least a third of the line, and never more
            // than it needs; the name the rest.
            agencyWidth = min(widest, max((width / 3).rounded(.down), width - PageCaption.gap - titled))
            titleWidth = width - agencyWidth - PageCaption.gap
        }
        agencyLines = agency.isEmpty ? [] : TextMeasure.wrap(agency, width: agencyWidth, fontSize: size, bold: true)
        let titleLines = TextMeasure.wrap(PageCaption.numbered(title, number: 99, of: 99, language), width: titleWidth,
                                          fontSize: size, bold: true)
        let lines = max(1, agencyLines.count, titleLines.count)
        height = metrics.pageCaptionHeight + Double(lines - 1) * metrics.lineHeight
        self.metrics = metrics
        self.width = width
    }

    private let metrics: Metrics

    /// The name's lines on a page, the last ending with the page number (kept whole: its
    /// spaces do not break); without a number on a document of one page.
    public func titleLines(page: Int, of total: Int, _ language: Language) -> (lines: [String], number: String?) {
        guard total > 1 else {
            return (TextMeasure.wrap(title, width: titleWidth, fontSize: metrics.fontSize, bold: true), nil)
        }
        let text = PageCaption.numbered(title, number: page, of: total, language)
        let lines = TextMeasure.wrap(text, width: titleWidth, fontSize: metrics.fontSize, bold: true)
        return (lines, PageCaption.number(page, of: total, language))
    }

    /// "· Halaman 2 dari 5", its spaces not breaking.
    static func number(_ page: Int, of total: Int, _ language: Language) -> String {
        String(("· " + Catalog.Render.page(page, of: total).text(language)).map { $0 == " " ? "\u{A0}" : $0 })
    }

    private static func numbered(_ title: String, number: Int, of total: Int, _ language: Language) -> String {
        title + " " + PageCaption.number(number, of: total, language)
    }
}
