import SOPCore
import SOPModel

/// The official document as one self-contained HTML file: inline CSS and SVG, no script, no
/// network. First the identity block in the two-column layout of Permenpan RB 35/2012, then the
/// activity table page by page (A4 landscape), the flowchart drawn across the actor columns.
///
/// Row heights, column widths and line breaks all come from the layout, and every line is set
/// without wrapping, so the browser draws the table exactly as measured and the flowchart's
/// rows stay level with the table's.
public struct HTMLWriter {
    public let layout: DocumentLayout

    public init(layout: DocumentLayout) {
        self.layout = layout
    }

    typealias Words = Catalog.Document
    private var language: Language { layout.language }
    private var sop: SOP { layout.sop }

    public func document() -> String {
        let title = "SOP \(sop.nomor) — \(sop.lineJudul)"
        var out = """
            <!DOCTYPE html>
            <html lang="\(language == .en ? "en" : "id")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="sop render">
            <title>\(e(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """
        out += identitySheet()
        if sop.tables.isEmpty {
            for page in layout.pages { out += tableSheet(page) }
        } else {
            out += tableSheets()
        }
        out += "</body>\n</html>\n"
        return out
    }

    // MARK: Style

    private var style: String {
        let m = layout.metrics
        return """
            @page { size: A4 landscape; margin: 10mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; background: #d9d9d9; color: #000; font-family: \(Markup.fontFamily); \
            font-size: \(px(m.fontSize)); line-height: \(px(m.lineHeight)); }
            .sheet { width: 297mm; min-height: 210mm; margin: 12px auto; padding: 10mm; background: #fff; \
            box-shadow: 0 1px 4px rgba(0,0,0,.3); break-after: page; }
            .sheet:last-child { break-after: auto; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #000; padding: \(px(m.cellPaddingY)) \(px(m.cellPaddingX)); vertical-align: top; text-align: left; }
            th { font-weight: bold; }
            .identity { width: 100%; table-layout: fixed; margin-bottom: 4mm; }
            .identity th { width: 18%; font-weight: normal; }
            .identity .agency { text-align: center; vertical-align: middle; font-weight: bold; font-size: 13px; line-height: 18px; }
            .identity .unit { font-size: 11px; margin-top: 6px; }
            .identity .judul { font-weight: bold; font-size: 12px; }
            .identity .signature { margin-top: 28px; }
            .identity .esign { margin: 6px 0; font-size: 9px; font-style: italic; }
            .identity .logo { display: block; max-width: 64px; max-height: 64px; margin: 0 auto 6px; }
            .identity .qr { display: block; width: 64px; height: 64px; margin: 4px 0; image-rendering: pixelated; }
            .sheet.footed { display: flex; flex-direction: column; }
            .page-foot { margin-top: auto; display: flex; align-items: center; gap: 6px; font-size: 9px; line-height: 12px; }
            .page-foot img { width: 34px; height: 34px; image-rendering: pixelated; }
            .identity-lists p { margin: 0; }
            .identity-lists { width: 100%; table-layout: fixed; }
            .identity-lists th { background: #f2f2f2; }
            .identity-lists ol { margin: 0; padding-left: 18px; }
            .identity-lists .empty { color: #555; }
            .identity-lists .section-table { width: 100%; margin: 2px 0; }
            .identity-lists .section-table th { background: none; text-align: center; }
            .caption { display: flex; justify-content: space-between; gap: \(px(PageCaption.gap)); margin: 0; font-weight: bold; }
            .caption > span, .caption .l { display: block; }
            .caption .title { flex: none; margin-left: auto; text-align: right; }
            .caption .page { white-space: nowrap; }
            .scaled { overflow: hidden; break-inside: avoid; }
            .activities { table-layout: fixed; }
            .table-title { font-size: 12px; margin: 0 0 2mm; }
            .footnotes p { margin: 1mm 0; font-size: 9px; }
            .column-numbers th { font-weight: normal; font-size: 9px; }
            .activities thead th { text-align: center; vertical-align: middle; background: #f2f2f2; }
            .activities td.flow { padding: 0; }
            .activities td.no { text-align: center; }
            .activities tr.section td:not(.flow) { background: #f4f4f4; }
            .activities tfoot td { font-weight: bold; }
            .flowchart { display: block; }
            .l { white-space: pre; }
            .b { font-weight: bold; }
            .i { font-style: italic; }
            @media print {
              body { background: none; }
              .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
              .sheet.footed { min-height: 189mm; }
            }
            """
    }

    // MARK: Identity

    private func identitySheet() -> String {
        let block = IdentityBlock(sop)
        var agency = ""
        let printing = sop.identity.printing
        if let logo = printing.logo { agency += image(logo.value, css: "logo") }
        if !printing.letterhead.isEmpty {
            agency += printing.letterhead.map { "<div>\(e($0.value))</div>" }.joined()
        } else if let instansi = sop.identity.instansi?.value {
            agency += "<div>\(e(instansi))</div>"
        }
        // The unit under the letterhead too, unless a line of the letterhead already names it.
        if let unit = sop.identity.unit?.value,
            !printing.letterhead.contains(where: { $0.value.localizedCaseInsensitiveContains(unit) })
        {
            agency += "<div class=\"unit\">\(e(unit))</div>"
        }
        var out = "<section class=\"\(sheetClass) identity-sheet\">\n<table class=\"identity\">\n"
        out += "<colgroup><col style=\"width:44%\"><col style=\"width:18%\"><col style=\"width:38%\"></colgroup>\n"
        for (index, field) in block.fields.enumerated() {
            out += "<tr>"
            if index == 0 { out += "<td class=\"agency\" rowspan=\"\(block.fields.count)\">\(agency)</td>" }
            let value = switch field.value {
            case .text(let text): e(text)
            case .printed(let text): e(text)
            // A two-line title or position (`judul: |-`) breaks where typed (tester 34, F9).
            case .title(let text): "<span class=\"judul\">\(lines(text))</span>"
            case .lines(let lines): lines.map(e).joined(separator: "<br>")
            case .approver(let position, let signed, let electronic, let qrCode, let qrBlank, let wet):
                (position.map(lines) ?? "") + (electronic.map { "<div class=\"esign\">\(e($0))</div>" } ?? "")
                    + (qrCode.map { image($0, css: "qr") } ?? "")
                    // A QR code printed on the signed page whose image is not at hand: its place.
                    + (qrBlank ? "<div class=\"qr\" style=\"border:1px dashed #999;box-sizing:border-box\"></div>" : "")
                    + (signed.isEmpty ? "" : "<div class=\"\(wet && electronic == nil && qrCode == nil && !qrBlank ? "signature" : "signed")\">\(signed.map(e).joined(separator: "<br>"))</div>")
            }
            out += "<th>\(e(field.label.text(language)))</th><td>\(value.isEmpty && !field.value.keepsBlank ? "-" : value)</td></tr>\n"
        }
        out += "</table>\n<table class=\"identity-lists\">\n"
        for (left, right) in block.lists {
            guard let right else {
                // The last of an odd number of printed sections, across both columns.
                out += "<tr><th colspan=\"2\">\(e(left.label.text(language)))</th></tr>\n<tr><td colspan=\"2\">\(list(left))</td></tr>\n"
                continue
            }
            out += "<tr><th>\(e(left.label.text(language)))</th><th>\(e(right.label.text(language)))</th></tr>\n"
            out += "<tr><td>\(list(left))</td><td>\(list(right))</td></tr>\n"
        }
        out += "</table>\n" + pageFoot() + "</section>\n"
        return out
    }

    private func list(_ section: IdentityBlock.ListSection) -> String {
        let intro = section.intro.map { "<p class=\"intro\">\(e($0))</p>" } ?? ""
        guard !section.items.isEmpty else { return intro.isEmpty && !section.blank ? "<span class=\"empty\">-</span>" : intro }
        if let table = section.table {
            // As the unit printed it: a small table under its own headings, cells as typed.
            return intro + "<table class=\"section-table\"><tr>" + table.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr>"
                + table.rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined() + "</table>"
        }
        if section.paragraph { return intro + "<p class=\"paragraph\">\(e(section.items.joined(separator: " ")))</p>" }
        let numbers = PrintedItem.numbers(section.items)
        guard numbers.contains(nil) else { return intro + "<ol>" + section.items.map { "<li>\(e($0))</li>" }.joined() + "</ol>" }
        // Items typed with their printed marker ("1. …", "- …") keep it and get no number; the
        // others keep theirs.
        return intro + "<ol>" + zip(section.items, numbers).map { item, number in
            number.map { "<li value=\"\($0)\">\(e(item))</li>" } ?? "<li style=\"list-style:none;margin-left:-18px\">\(e(item))</li>"
        }.joined() + "</ol>"
    }

    // MARK: Activity table

    func tableSheet(_ page: PageLayout, title: String? = nil, footnotes: [String] = []) -> String {
        // A page printed smaller is drawn from its table laid out wider (`DocumentLayout.widened`).
        if let wide = layout.widened[page.number - 1] {
            return HTMLWriter(layout: wide).tableSheet(wide.pages[page.number - 1], title: title, footnotes: footnotes)
        }
        let total = layout.pages.count
        let printing = sop.identity.printing
        var out = "<section class=\"\(sheetClass)\">\n"
        if let title { out += "<h2 class=\"table-title\">\(IdentityBlock.lines(title).map(e).joined(separator: "<br>"))</h2>\n" }
        out += caption(page: page.number, of: total)
        // A page holding the rows of the signed page where they do not fit (`tata_letak.halaman`):
        // the table laid out at full size, so that the flowchart stays level with its rows, and
        // printed smaller, in a box as tall as the smaller table.
        // Written as drawn: rounded down to the hundredths the style carries, never up (a scale
        // rounded up drew the table past the bottom of its box, its last rows cut on screen).
        let scale = (page.scale * 100 + 1e-9).rounded(.down) / 100
        let scaled = page.scale < 1 ? ";transform:scale(\(Markup.number(scale)));transform-origin:0 0" : ""
        if page.scale < 1 { out += "<div class=\"scaled\" style=\"height:\(px((page.tableHeight * scale).rounded(.up) + 2))\">" }
        out += "<table class=\"activities\" style=\"width:\(px(layout.tableWidth))\(scaled)\">\n<colgroup>"
        for column in layout.columns { out += "<col style=\"width:\(px(column.width))\">" }
        out += "</colgroup>\n" + header() + "<tbody>\n"
        let chart = page.flowchart
        let merged = Dictionary(uniqueKeysWithValues: MergedColumn.allCases.map { ($0, layout.mergedRows($0)) })
        for (index, band) in chart.bands.enumerated() {
            out += "<tr\(rowClass(band)) style=\"height:\(px(band.height))\">"
            for column in layout.columns {
                if case .actor = column.kind {
                    // One cell spans every actor column and every row of the page: the flowchart.
                    if index == 0, column.kind == layout.actorColumns.first?.kind {
                        out += "<td class=\"flow\" colspan=\"\(layout.actorColumns.count)\" rowspan=\"\(chart.bands.count)\">"
                        out += SVGWriter(layout: layout).inline(page) + "</td>"
                    }
                    continue
                }
                if let mergedColumn = MergedColumn(column.kind), let rows = merged[mergedColumn],
                    let shared = chart.mergedCell(at: index, merged: rows)
                {
                    out += mergedCell(shared, mergedColumn, page: page.number)
                    continue
                }
                out += cell(column.kind, band)
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n"
        if page.number == total, printing.totalRow { out += footer() }
        out += "</table>\n" + (page.scale < 1 ? "</div>\n" : "")
        if page.number == total, !footnotes.isEmpty {
            out += "<div class=\"footnotes\">" + footnotes.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        }
        out += pageFoot() + "</section>\n"
        return out
    }

    /// The running header: the unit and the SOP's name whole, in lines as the layout wrapped
    /// them. The identity sheet is the first page of the document: tables count from 2.
    private func caption(page: Int, of total: Int) -> String {
        let caption = layout.caption
        let (lines, number) = caption.titleLines(page: page + 1, of: total + 1, language)
        var out = "<p class=\"caption\" style=\"width:\(px(caption.width));height:\(px(caption.height))\">"
        out += "<span class=\"agency\" style=\"width:\(px(caption.agencyWidth))\">"
            + caption.agencyLines.map { "<span class=\"l\">\(e($0))</span>" }.joined() + "</span>"
        out += "<span class=\"title\" style=\"max-width:\(px(caption.titleWidth))\">"
        for (index, line) in lines.enumerated() {
            // The page number, whole, at the end of the last line.
            if index == lines.count - 1, let number, line.hasSuffix(number) {
                let text = String(line.dropLast(number.count)).trimmingWhitespace()
                out += "<span class=\"l\">\(e(text))\(text.isEmpty ? "" : " ")<span class=\"page\">\(e(number))</span></span>"
            } else {
                out += "<span class=\"l\">\(e(line))</span>"
            }
        }
        return out + "</span></p>\n"
    }

    private func header() -> String {
        let h = layout.header
        var upper = "<tr style=\"height:\(px(h.upperHeight))\">"
        var lower = "<tr style=\"height:\(px(h.lowerHeight))\">"
        let printing = sop.identity.printing
        // A heading too wide for one line in the lines the layout wrapped it to, as every other
        // text of the table (tester 28, F8); one that fits as written.
        func label(_ key: String, _ form: Localized) -> String {
            guard let lines = h.labels[key], lines.count > 1 else { return e(printing.label(key, default: form, language)) }
            return Emphasis.html(lines: lines).map { "<div class=\"l\">\($0)</div>" }.joined()
        }
        upper += "<th rowspan=\"2\">\(label("no", Words.columnNo))</th>"
        upper += "<th rowspan=\"2\">\(label("kegiatan", Words.columnKegiatan))</th>"
        let spec = sop.layout
        let size = h.actorFontSize == layout.metrics.fontSize ? "" : " style=\"font-size:\(px(h.actorFontSize))\""
        let names = h.actorNames.map { names in names.map { "<div class=\"l\">\(e($0))</div>" }.joined() + "</th>" }
        if spec.actorHeading {
            upper += "<th colspan=\"\(layout.actorColumns.count)\">\(label("pelaksana", Words.columnPelaksana))</th>"
            lower += names.map { "<th\(size)>" + $0 }.joined()
        } else {
            // No "Pelaksana" heading: each actor's name over both header rows.
            upper += names.map { "<th rowspan=\"2\"\(size)>" + $0 }.joined()
        }
        upper += "<th colspan=\"\(spec.remarksInMutuBaku ? 4 : 3)\">\(label("mutu_baku", Catalog.Render.mutuBaku))</th>"
        if !spec.remarksInMutuBaku { upper += "<th rowspan=\"2\">\(label("keterangan", Catalog.Render.keterangan))</th>" }
        upper += "</tr>\n"
        for column in sop.layout.mutuBaku {
            let (key, title) = switch column {
            case .kelengkapan: ("kelengkapan", Words.columnKelengkapan)
            case .waktu: ("waktu", Words.columnWaktu)
            case .output: ("output", Words.columnOutput)
            }
            lower += "<th>\(label(key, title))</th>"
        }
        if spec.remarksInMutuBaku { lower += "<th>\(label("keterangan", Catalog.Render.keterangan))</th>" }
        lower += "</tr>\n"
        return "<thead>\n" + upper + lower + columnNumbers() + "</thead>\n"
    }

    private func footer() -> String {
        let before = 3 + layout.actorColumns.count
        let lines = layout.totalWaktu.map { "<div class=\"l\">\(e($0))</div>" }.joined()
        return "<tfoot><tr style=\"height:\(px(layout.footerHeight))\"><td colspan=\"\(before)\">"
            + "\(e(sop.identity.printing.label("total_waktu", default: Words.totalWaktu, language)))</td><td colspan=\"3\">\(lines)</td></tr></tfoot>\n"
    }

    private func rowClass(_ band: FlowchartLayout.Band) -> String {
        switch band.kind {
        case .row(let row):
            if case .section = layout.rows[row].content { return " class=\"section\"" }
            return ""
        case .incoming, .outgoing:
            return " class=\"connectors\""
        }
    }

    private func cell(_ kind: TableColumn.Kind, _ band: FlowchartLayout.Band) -> String {
        let css = kind == .number ? " class=\"no\"" : ""
        guard case .row(let row) = band.kind, let lines = layout.rows[row].cells[kind], !lines.isEmpty else {
            return "<td\(css)></td>"
        }
        // Words written `*so*` print in italics, also where a line break falls inside them.
        return "<td\(css)>" + zip(lines, Emphasis.html(lines: lines.map(\.text))).map { line, html in
            let style = switch line.style {
            case .plain: ""
            case .bold: " b"
            case .italic: " i"
            }
            return "<div class=\"l\(style)\">\(html)</div>"
        }.joined() + "</td>"
    }

    /// One Waktu or Kelengkapan cell over several rows, as printed; across a page break the
    /// cell goes on in a piece on the next page, and its text flows on into it.
    private func mergedCell(_ shared: MergedCellSpan, _ column: MergedColumn, page: Int) -> String {
        guard case .opens(let rows, let textRow) = shared else { return "" }
        let lines = layout.mergedLines(column, row: textRow, page: page)
        return "<td class=\"merged\" rowspan=\"\(rows)\">" + Emphasis.html(lines: lines.map(\.text)).map { "<div class=\"l\">\($0)</div>" }.joined() + "</td>"
    }

    /// Printed text: escaped, words written `*so*` in italics (`Emphasis`).
    private func e(_ text: String) -> String { Emphasis.html(text) }
    /// Text typed on several lines, each escaped, broken where typed.
    private func lines(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br>") }
    private func px(_ value: Double) -> String { Markup.number(value) + "px" }
}
