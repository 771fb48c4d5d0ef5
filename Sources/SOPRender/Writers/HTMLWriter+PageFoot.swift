import SOPCore
import SOPModel

/// The printed page around the table (issue 10): the foot of every page of an SOP signed
/// electronically (the certifying body's text with the QR code beside it, as BSrE-signed PDFs
/// print it), and the images that travel inside the document.
extension HTMLWriter {
    /// Every sheet is one printed page; a sheet with a page foot keeps it at the bottom.
    var sheetClass: String { IdentityBlock(layout.sop).pageFoot == nil ? "sheet" : "sheet footed" }

    /// The foot printed on every page, or nothing.
    func pageFoot() -> String {
        guard let foot = IdentityBlock(layout.sop).pageFoot else { return "" }
        let height = Markup.number(Metrics.pageFootHeight(lines: foot.lines.count)) + "px"
        return "<footer class=\"page-foot\" style=\"height:\(height)\">" + (foot.qrCode.map { image($0, css: "") } ?? "")
            + "<div>" + foot.lines.map { "<div class=\"l\">\(Emphasis.html($0))</div>" }.joined() + "</div></footer>\n"
    }

    /// An image file beside the SOP (a logo, a QR code) as data inside the document: nothing
    /// is fetched when it is opened or printed. An unreadable file is left out (lint reports it).
    func image(_ file: String, css: String) -> String {
        guard case .success(let image) = LogoImage.load(file, besides: layout.sop.file) else { return "" }
        return "<img\(css.isEmpty ? "" : " class=\"\(css)\"") alt=\"\" src=\"\(image.dataURI)\">"
    }
}

extension Metrics {
    /// The foot of an electronically signed page: the QR code and the text beside it.
    static func pageFootHeight(lines: Int) -> Double { max(38, Double(lines) * 12 + 4) }
}

extension SOP {
    /// The height every page gives up to its foot (none without one).
    var pageFootRoom: Double {
        IdentityBlock(self).pageFoot.map { Metrics.pageFootHeight(lines: $0.lines.count) } ?? 0
    }
}
