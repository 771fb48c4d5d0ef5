import SOPCore
import SOPModel

/// The flowchart as SVG: symbols in actor columns and orthogonal arrows.
///
/// Every symbol carries `data-node`, `data-shape` and `data-actor` (steps also `data-step`),
/// every column `data-actor`, and every arrow `data-from` and `data-to`, so the drawing can be
/// checked by a program: which arrow joins which symbols, which column holds which symbol.
public struct SVGWriter {
    public let layout: DocumentLayout

    public init(layout: DocumentLayout) {
        self.layout = layout
    }

    private var metrics: Metrics { layout.metrics }

    // MARK: The flowchart alone

    /// A standalone SVG of the flowchart (`--format svg`): the title, the actor names over
    /// their columns, the row numbers down the left, every page's rows one under another.
    public func document() -> String {
        Self.document(sop: layout.sop, parts: [layout], language: layout.language, metrics: metrics)
    }

    /// The standalone SVG of an SOP printed as several tables: each table under its heading,
    /// with its own actor columns, start and end, one under another; the arrows between tables
    /// (tables passing one to the next) through lettered connectors; where the tables are
    /// alternative procedures, a line under the title says so.
    public static func document(sop: SOP, parts: [DocumentLayout], language: Language, metrics: Metrics) -> String {
        func n(_ value: Double) -> String { Markup.number(value) }
        let headings = parts.map { part in
            part.part.flatMap { sop.tables[$0.index].title?.value }.map(TableChoice.oneLine)
        }
        let note = sop.tablesAreAlternatives && sop.tables.count > 1 ? Catalog.TableConnectors.alternatives(sop.tables.count).text(language) : nil
        let headingHeight = metrics.lineHeight + 6
        let width = parts.map { part in
            (part.columns.first { $0.kind == .number }?.width ?? 0) + (part.pages.map(\.flowchart.width).max() ?? 0) + 1
        }.max() ?? 1
        // The title on the lines the judul was printed on, each wrapped to the drawing's width
        // (tester 22's finding 6: flattened, it ran past the edge).
        let titleLines = TextMeasure.wrap("SOP \(sop.nomor) — " + PrintedLine.lines(sop.judul).joined(separator: "\n"),
                                          width: width, fontSize: metrics.fontSize, bold: true)
        let below = Double(titleLines.count - 1) * metrics.lineHeight
        let titleHeight = 2 * metrics.lineHeight + 8 + below + (note == nil ? 0 : metrics.lineHeight)
        let height = titleHeight + zip(parts, headings).map { part, heading in
            (heading == nil ? 0 : headingHeight) + part.header.lowerHeight + part.pages.map(\.flowchart.height).reduce(0, +)
        }.reduce(0, +) + 1
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="\(Markup.fontFamily)" font-size="\(n(metrics.fontSize))">
            <title>\(Markup.escape("SOP \(sop.nomor) — \(sop.lineJudul)"))</title>
            <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="#ffffff"/>

            """
        for (index, line) in titleLines.enumerated() {
            out += "<text x=\"0\" y=\"\(n(Double(index + 1) * metrics.lineHeight))\" font-weight=\"bold\">\(Markup.escape(line))</text>\n"
        }
        if let instansi = sop.identity.instansi?.value {
            out += "<text x=\"0\" y=\"\(n(2 * metrics.lineHeight + 2 + below))\">\(Markup.escape(instansi))</text>\n"
        }
        if let note {
            out += "<text x=\"0\" y=\"\(n(3 * metrics.lineHeight + 2 + below))\" font-style=\"italic\">\(Markup.escape(note))</text>\n"
        }
        var top = titleHeight
        for (part, heading) in zip(parts, headings) {
            if let heading {
                out += "<text class=\"table-title\" x=\"0\" y=\"\(n(top + metrics.lineHeight + 2))\" font-weight=\"bold\">"
                    + Markup.escape(Emphasis.plain(heading)) + "</text>\n"
                top += headingHeight
            }
            let writer = SVGWriter(layout: part)
            out += writer.tableBlock(top: top)
            top += part.header.lowerHeight + part.pages.map(\.flowchart.height).reduce(0, +)
        }
        out += "</svg>\n"
        return out
    }

    /// The actor names over their columns, then the rows of every page one under another, from `top`.
    private func tableBlock(top headerTop: Double) -> String {
        let numberWidth = layout.columns.first { $0.kind == .number }?.width ?? 0
        let headerHeight = layout.header.lowerHeight
        var out = ""
        // Header: actor names over their columns.
        out += "<g class=\"header\">\n"
        out += rect(0, headerTop, numberWidth, headerHeight, fill: "#eeeeee")
        out += centredLines([Catalog.Document.columnNo.text(layout.language)], x: numberWidth / 2, top: headerTop, bold: true)
        for (lane, names) in zip(layout.pages.first?.flowchart.lanes ?? [], layout.header.actorNames) {
            out += rect(numberWidth + lane.x, headerTop, lane.width, headerHeight, fill: "#eeeeee")
            out += centredLines(names, x: numberWidth + lane.x + lane.width / 2, top: headerTop, bold: true,
                                size: layout.header.actorFontSize)
        }
        out += "</g>\n"
        // Rows: the number column, then the flowchart of each page under the last.
        var top = headerTop + headerHeight
        for page in layout.pages {
            for band in page.flowchart.bands {
                out += rect(0, top + band.y, numberWidth, band.height, fill: "none")
                if case .row(let row) = band.kind {
                    let number = layout.rows[row].cells[.number]?.first?.text ?? ""
                    if !number.isEmpty {
                        out += centredLines([number], x: numberWidth / 2, top: top + band.y + band.height / 2 - metrics.lineHeight / 2 - 2, bold: false)
                    }
                }
            }
            out += "<g transform=\"translate(\(n(numberWidth)),\(n(top)))\">\n"
            out += flowchartBody(page, idPrefix: idPrefix(page), sectionTitles: true)
            out += "</g>\n"
            top += page.flowchart.height
        }
        return out
    }

    /// Ids unique in the document: `p2-s3`, and `t2p1-s3` in the second table of several.
    private func idPrefix(_ page: PageLayout) -> String {
        (layout.part.map { "t\($0.index + 1)" } ?? "") + "p\(page.number)-"
    }

    // MARK: One page, inside the HTML table

    /// The flowchart of one page as an inline `<svg>` filling the actor columns of the table.
    /// The table cell holding it is one pixel shorter than its rows (their outer borders), so
    /// the drawing is too; its grid lines fall on the table's.
    public func inline(_ page: PageLayout) -> String {
        let chart = page.flowchart
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="flowchart" width="\(n(chart.width - 1))" \
            height="\(n(chart.height - 1))" viewBox="0 0 \(n(chart.width - 1)) \(n(chart.height - 1))" \
            font-family="\(Markup.fontFamily)" font-size="\(n(metrics.fontSize))" role="img" \
            aria-label="\(Markup.escape(Catalog.Render.flowchart.text(layout.language)))">

            """ + flowchartBody(page, idPrefix: idPrefix(page), sectionTitles: false, offset: -0.5) + "</svg>"
    }

    // MARK: Drawing

    /// Columns, row lines, symbols and arrows of one page. `offset` moves the grid lines onto
    /// the table's borders when inline.
    private func flowchartBody(_ page: PageLayout, idPrefix: String, sectionTitles: Bool, offset: Double = 0) -> String {
        let chart = page.flowchart
        var out = "<g class=\"columns\">\n"
        let sections = chart.bands.compactMap { band -> (FlowchartLayout.Band, String)? in
            guard case .row(let row) = band.kind, case .section(let section) = layout.rows[row].content else { return nil }
            return (band, section.text)
        }
        func shade() { for (band, _) in sections { out += rect(0, band.y, chart.width, band.height, fill: "#f4f4f4", stroke: "none") } }
        // Inside the table a section heading row is shaded under everything: the columns' lines
        // and the arrows run through it, as on the signed page, where the heading sits in the
        // No. and Kegiatan cells. Drawn alone, the heading's words sit on the band itself, over
        // the columns' lines (the arrows still cross it).
        if !sectionTitles { shade() }
        for lane in chart.lanes {
            let actor = layout.sop.actors[lane.actor]
            out += "<rect class=\"column\" data-actor=\"\(Markup.escape(actor.id.value))\" x=\"\(n(lane.x))\" y=\"0\" "
                + "width=\"\(n(lane.width))\" height=\"\(n(chart.height))\" fill=\"none\" stroke=\"none\"/>\n"
        }
        for lane in chart.lanes.dropLast() {
            out += line(lane.maxX + offset, 0, lane.maxX + offset, chart.height, colour: "#000000")
        }
        if sectionTitles {
            shade()
            for (band, text) in sections {
                out += "<text x=\"4\" y=\"\(n(band.y + band.height / 2 + metrics.fontSize / 2 - 1))\" font-weight=\"bold\">"
                    + Markup.escape(Emphasis.plain(text)) + "</text>\n"
            }
        }
        for band in chart.bands.dropLast() {
            out += line(0, band.maxY + offset, chart.width, band.maxY + offset, colour: "#000000")
        }
        if sectionTitles {
            out += rect(0, 0, chart.width, chart.height, fill: "none")
        }
        out += "</g>\n<g class=\"symbols\">\n"
        for (index, symbol) in chart.symbols.enumerated() {
            out += draw(symbol, id: "\(idPrefix)s\(index)")
        }
        for joint in chart.joints { out += draw(joint) }
        out += "</g>\n<g class=\"arrows\">\n"
        for edge in chart.edges { out += draw(edge) }
        out += "</g>\n"
        return out
    }

    private func draw(_ symbol: PlacedSymbol, id: String) -> String {
        // A joint box an arrow leaves from is drawn with its line, as a joint.
        if case .joint = symbol.key { return "" }
        let f = symbol.frame
        var attributes = "id=\"\(id)\" class=\"symbol\" data-node=\"\(Markup.escape(symbol.key.attribute(layout)))\" "
            + "data-shape=\"\(symbol.shape.rawValue)\" data-actor=\"\(Markup.escape(layout.sop.actors[symbol.actor].id.value))\""
        if case .step(let index) = symbol.key {
            attributes += " data-step=\"\(Markup.escape(layout.sop.steps[index].id.value))\""
        }
        // A connection between tables printed through numbered connectors holds its number.
        if case .connector = symbol.key { attributes += " data-connector=\"\(Markup.escape(symbol.text))\"" }
        if case .numbered(let number, _) = symbol.key { attributes += " data-connector=\"\(Markup.escape(number))\"" }
        let paint = "fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.2\""
        let shape: String
        switch symbol.shape {
        case .process:
            shape = "<rect \(attributes) x=\"\(n(f.x))\" y=\"\(n(f.y))\" width=\"\(n(f.width))\" height=\"\(n(f.height))\" \(paint)/>"
        case .terminator:
            shape = "<rect \(attributes) x=\"\(n(f.x))\" y=\"\(n(f.y))\" width=\"\(n(f.width))\" height=\"\(n(f.height))\" "
                + "rx=\"\(n(f.height / 2))\" \(paint)/>"
        case .passBy:
            return "<g><title>\(Markup.escape(Emphasis.plain(symbol.title)))</title></g>\n"
        case .decision, .offPageConnector:
            shape = "<polygon \(attributes) points=\"\(Markup.points(symbol.outline))\" \(paint)/>"
        case .numberedConnector:
            shape = "<circle \(attributes) cx=\"\(n(f.midX))\" cy=\"\(n(f.midY))\" r=\"\(n(f.width / 2))\" \(paint)/>"
        }
        var out = "<g><title>\(Markup.escape(Emphasis.plain(symbol.title)))</title>\(shape)"
        if !symbol.textLines.isEmpty {
            // Words printed inside (`teks_simbol`), centred line under line.
            let size = symbol.textSize
            let lineHeight = metrics.labelLineHeight * size / metrics.labelFontSize
            let first = f.midY - Double(symbol.textLines.count - 1) * lineHeight / 2 + size / 2 - 1
            out += "<text class=\"symbol-text\" x=\"\(n(f.midX))\" y=\"\(n(first))\" text-anchor=\"middle\" font-size=\"\(n(size))\">"
            for (index, line) in symbol.textLines.enumerated() {
                out += "<tspan x=\"\(n(f.midX))\" dy=\"\(index == 0 ? "0" : n(lineHeight))\">\(Markup.escape(line))</tspan>"
            }
            out += "</text>"
        } else if !symbol.text.isEmpty {
            let size = metrics.labelFontSize
            let textY = symbol.shape == .offPageConnector ? f.minY + f.height * 0.3 + size / 2 - 1 : f.midY + size / 2 - 1
            let fitted = fit(symbol.text, width: symbol.shape == .decision ? f.width / 2 : f.width - 4, size: size)
            out += "<text x=\"\(n(f.midX))\" y=\"\(n(textY))\" text-anchor=\"middle\" font-size=\"\(n(size))\">\(Markup.escape(fitted))</text>"
        }
        return out + "</g>\n"
    }

    /// A joint actor's box (`bersama`) and its plain line to the step's box: no arrowhead.
    private func draw(_ joint: JointBox) -> String {
        let f = joint.frame
        let step = layout.sop.steps[joint.step]
        let actor = layout.sop.actors[joint.actor]
        var out = "<g class=\"joint\" data-step=\"\(Markup.escape(step.id.value))\" data-actor=\"\(Markup.escape(actor.id.value))\">"
        out += "<title>\(Markup.escape(Emphasis.plain(step.uraian.value)))</title>"
        if joint.drawsBox {
            out += "<rect x=\"\(n(f.x))\" y=\"\(n(f.y))\" width=\"\(n(f.width))\" height=\"\(n(f.height))\" "
                + "fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.2\"/>"
        }
        if joint.line.count == 2 {
            out += "<line class=\"\(joint.stub ? "joint-stub" : "joint-line")\" x1=\"\(n(joint.line[0].x))\" y1=\"\(n(joint.line[0].y))\" "
                + "x2=\"\(n(joint.line[1].x))\" y2=\"\(n(joint.line[1].y))\" stroke=\"#000000\" stroke-width=\"1\"/>"
        }
        return out + "</g>\n"
    }

    private func draw(_ edge: RoutedEdge) -> String {
        guard edge.points.count >= 2 else { return "" }
        var attributes = "class=\"arrow\" data-from=\"\(Markup.escape(edge.from.attribute(layout)))\" "
            + "data-to=\"\(Markup.escape(edge.to.attribute(layout)))\""
        if let label = edge.label { attributes += " data-label=\"\(Markup.escape(label.text))\"" }
        let path = "M" + edge.points.map { "\(n($0.x)) \(n($0.y))" }.joined(separator: " L")
        var out = "<g \(attributes)><path d=\"\(path)\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>"
        out += "<polygon points=\"\(Markup.points(arrowHead(edge.points)))\" fill=\"#000000\"/>"
        if let label = edge.label {
            out += "<text x=\"\(n(label.anchor.x))\" y=\"\(n(label.anchor.y))\" text-anchor=\"\(label.alignment.rawValue)\" "
                + "font-size=\"\(n(label.fontSize))\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
            for (index, text) in label.lines.enumerated() {
                out += "<tspan x=\"\(n(label.anchor.x))\" dy=\"\(index == 0 ? "0" : n(metrics.labelLineHeight * label.fontSize / metrics.labelFontSize))\">\(Markup.escape(text))</tspan>"
            }
            out += "</text>"
        }
        return out + "</g>\n"
    }

    /// A filled triangle whose tip is the last point, pointing along the last segment.
    private func arrowHead(_ points: [Point]) -> [Point] {
        let tip = points[points.count - 1], before = points[points.count - 2]
        let dx = tip.x == before.x ? 0.0 : (tip.x > before.x ? 1.0 : -1.0)
        let dy = tip.y == before.y ? 0.0 : (tip.y > before.y ? 1.0 : -1.0)
        let length = metrics.arrowHeadLength, half = metrics.arrowHeadWidth / 2
        let base = Point(tip.x - dx * length, tip.y - dy * length)
        return [tip, Point(base.x - dy * half, base.y + dx * half), Point(base.x + dy * half, base.y - dx * half)]
    }

    /// The text cut with an ellipsis where it is wider than the room (a long unnumbered id).
    private func fit(_ text: String, width: Double, size: Double) -> String {
        guard TextMeasure.width(text, fontSize: size) > width else { return text }
        var cut = text
        while !cut.isEmpty, TextMeasure.width(cut + "…", fontSize: size) > width { cut.removeLast() }
        return cut + "…"
    }

    private func centredLines(_ lines: [String], x: Double, top: Double, bold: Bool, size: Double? = nil) -> String {
        let font = size.map { $0 == metrics.fontSize ? "" : " font-size=\"\(n($0))\"" } ?? ""
        return lines.enumerated().map { index, text in
            "<text x=\"\(n(x))\" y=\"\(n(top + metrics.cellPaddingY + Double(index + 1) * metrics.lineHeight - 3))\" "
                + "text-anchor=\"middle\"\(bold ? " font-weight=\"bold\"" : "")\(font)>\(Markup.escape(text))</text>\n"
        }.joined()
    }

    private func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, stroke: String = "#000000") -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>\n"
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: String) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(colour)\" stroke-width=\"1\"/>\n"
    }

    private func n(_ value: Double) -> String { Markup.number(value) }
}
