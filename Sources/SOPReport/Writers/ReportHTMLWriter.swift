import Foundation
import SOPCore
import SOPModel

/// `--format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched) for
/// the monthly report to the head of the unit: per SOP a summary, a bar chart of every step
/// against its standard, and the tables.
public struct ReportHTMLWriter {
    public let text: ReportText

    public init(text: ReportText) { self.text = text }

    public func write(_ report: Report) -> String {
        let words = Catalog.Report.self
        let language = text.language
        // The heading names the period; the line under it says only when it was made (not the period twice).
        var body = "<h1>\(escape(text.heading(report)))</h1>\n<p class=\"meta\">\(escape(words.generated(text.time.dateTime(report.generatedAt)).text(language)))</p>\n"
        if report.sops.isEmpty { body += "<p>\(escape(words.empty.text(language)))</p>\n" }
        for section in report.sops {
            body += "<section>\n<h2>SOP \(escape(section.nomor)) · \(escape(section.judul))</h2>\n"
            body += "<p>\(escape(text.summary(section)))</p>\n"
            body += chart(section)
            body += "<p class=\"grafik-sempit\">\(escape(Catalog.Report.chartOnWideScreen.text(language)))</p>\n"
            body += "<p class=\"legend grafik-legenda\">\(escape(words.legend.text(language)))"
            if section.steps.contains(where: { $0.standardSeconds == nil }) {
                body += " " + escape(Catalog.ReportPages.noStandardLegend.text(language))
            }
            body += "</p>\n"
            body += table([words.columnNo, words.columnStep, words.columnRole, words.columnWaktu, words.columnCases,
                           words.columnMedian, words.columnP90, words.columnWithin, words.columnLateDone, words.columnOverdueOpen],
                          section.steps.map { step in
                              [step.label, step.uraian, text.performer(step), step.waktu ?? "-", text.cases(step),
                               step.duration.map { text.duration($0.median, clock: step.clock, standard: step.standardSeconds) } ?? "-",
                               step.duration.map { text.duration($0.p90, clock: step.clock, standard: step.standardSeconds) } ?? "-",
                               text.share(step.within), text.lateDone(step), text.overdueOpen(step)]
                          })
            body += "<p class=\"legend\">\(escape(text.stepsLegend(section)))</p>\n"
            let branches = text.branchRows(section)
            if !branches.isEmpty {
                body += "<h3>\(escape(Catalog.DecisionCounts.title.text(language)))</h3>\n"
                body += table(ReportText.branchColumns, branches)
                body += "<p class=\"legend\">\(escape(Catalog.DecisionCounts.legend.text(language)))</p>\n"
            }
            for (title, column, groups) in [(words.byRole, words.roleColumn, section.roles),
                                            (words.byOperator, words.operatorColumn, section.operators)] where !groups.isEmpty {
                body += "<h3>\(escape(title.text(language)))</h3>\n"
                body += table(ReportText.groupColumns(column), groups.map { text.groupRow($0, column: column) })
                if column == words.operatorColumn { body += "<p class=\"legend\">\(escape(Catalog.Report.operatorLateNote.text(language)))</p>\n" }
            }
            body += "</section>\n"
        }
        if let basis = report.basis { body += "<p class=\"meta\">\(basis.lines(commands: false).map { escape($0.text(language)) }.joined(separator: " "))</p>\n" }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(text.heading(report)))</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; color: #111; margin: 24px; }
            h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 4px; } h3 { font-size: 13px; }
            .meta, .legend { color: #555; }
            table { border-collapse: collapse; margin: 8px 0 16px; }
            th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.n { text-align: right; }
            svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11px; }
            svg { max-width: 100%; height: auto; }
            .grafik-sempit { display: none; }
            @media screen and (max-width: 40rem) {
              body { font-size: 14px; margin: 8px; }
              .meta { overflow-wrap: anywhere; }
              svg.grafik, .grafik-legenda { display: none; }
              .grafik-sempit { display: block; color: #555; }
              table, tbody, tr, td { display: block; }
              table { border: none; }
              thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
              tr { border: 1px solid #999; margin: 0 0 8px; }
              td { border: none; border-top: 1px solid #ddd; padding: 3px 6px; }
              td:first-child { border-top: none; }
              td::before { content: attr(data-kolom) ": "; font-weight: bold; }
            }
            @media print { @page { size: A4 landscape; margin: 12mm; } section { break-inside: avoid; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// One row per step: the median (dark) and 90th percentile (light) against the standard
    /// (red line), each row on its own scale so every standard sits at the same place. Steps
    /// without a standard are grey, on one scale shared among them, and say so; a label wraps
    /// over as many lines as it needs.
    func chart(_ section: SOPSection) -> String {
        let rows = section.steps
        let notes = rows.map { step -> String in
            // A deadline read from the case (`waktu_baku: {sampai: …}`) has no fixed length to draw,
            // but its visits are judged: their share, as in the table (tester 31, F10).
            if (step.standardSeconds ?? 0) <= 0, step.judgedAt == nil, let within = step.within, within.of > 0 {
                return (step.waktu ?? "-") + " · " + text.share(within)
            }
            guard (step.standardSeconds ?? 0) > 0 else {
                // A row under a merged Waktu cell names the cell and the row it is judged at, as
                // the terminal's report does (tester 25, finding 6).
                let standard = step.judgedAt.map { row in
                    (step.waktu.map { $0 + " · " } ?? "") + Catalog.MergedCells.judgedWith(row, due: nil).text(text.language)
                } ?? Catalog.ReportPages.noStandard.text(text.language)
                return standard
                    + (step.duration.map { " · " + Catalog.ReportPages.median(text.duration($0.median, clock: step.clock, standard: step.standardSeconds)).text(text.language) } ?? "")
            }
            return (step.waktu ?? "-") + " · " + text.share(step.within)
        }
        // The note right of the bars on one line, never cut by the chart's edge (11px DejaVu
        // Sans: about 7px a character).
        let right = max(160.0, Double(notes.map(\.count).max() ?? 0) * 7 + 16)
        let labelWidth = 260.0, barWidth = 420.0, lineHeight = 14.0
        // A row of several boxes names each box's actor, as the text report does.
        let labels = rows.map { Self.wrap("\($0.label) · " + ($0.box.map { "\($0): " } ?? "") + $0.uraian, width: 40) }
        let heights = labels.map { max(26.0, Double($0.count) * lineHeight + 8) }
        let height = heights.reduce(0, +) + 8
        // With its viewBox the chart scales down to a narrow screen (a phone) whole: labels, bars
        // and the standard line stay in view instead of running off the edge.
        let width = Int(labelWidth + barWidth + right)
        var svg = "<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(Int(height))\" viewBox=\"0 0 \(width) \(Int(height))\" role=\"img\">\n"
        var y = 4.0
        for (index, step) in rows.enumerated() {
            defer { y += heights[index] }
            svg += "<text x=\"0\" y=\"\(format(y + 16))\">"
                + labels[index].enumerated().map { line, text in
                    "<tspan x=\"0\" dy=\"\(line == 0 ? "0" : format(lineHeight))\">\(escape(text))</tspan>"
                }.joined() + "</text>\n"
            let standard = step.standardSeconds ?? 0
            svg += "<text x=\"\(format(labelWidth + barWidth + 8))\" y=\"\(format(y + 16))\">\(escape(notes[index]))</text>\n"
            // A step without a standard gets no bar (its note says so and gives its median): a bar
            // on a scale of its own looked like the slowest step of the chart.
            guard standard > 0 else { continue }
            let largest = max(step.duration?.p90 ?? 0, standard)
            let scale = barWidth / (largest * 1.15)
            if let spread = step.duration {
                svg += rect(x: labelWidth, y: y + 3, width: spread.p90 * scale, height: 18, fill: "#9ecae1", step: step.step, kind: "p90")
                svg += rect(x: labelWidth, y: y + 7, width: spread.median * scale, height: 10, fill: "#08519c", step: step.step, kind: "median")
            }
            let x = format(labelWidth + standard * scale)
            svg += "<line x1=\"\(x)\" y1=\"\(format(y))\" x2=\"\(x)\" y2=\"\(format(y + 24))\" stroke=\"#cb181d\" stroke-width=\"2\" data-step=\"\(escape(step.step))\" data-kind=\"standard\"/>\n"
        }
        return svg + "</svg>\n"
    }

    private func rect(x: Double, y: Double, width: Double, height: Double, fill: String, step: String, kind: String) -> String {
        "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(max(width, 1)))\" height=\"\(format(height))\" fill=\"\(fill)\" data-step=\"\(escape(step))\" data-kind=\"\(kind)\"/>\n"
    }

    /// A table whose cells name their column (`data-kolom`): on a phone each row reads as a
    /// card of "Kolom: isi" lines instead of columns cut off at the screen's edge.
    private func table(_ header: [Localized], _ rows: [[String]]) -> String {
        let names = header.map { escape($0.text(text.language)) }
        var out = "<table>\n<thead><tr>" + names.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + zip(names, row).map { "<td data-kolom=\"\($0)\">\(escape($1))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Words in lines of at most `width` characters (a longer word stands on its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return line.isEmpty && !lines.isEmpty ? lines : lines + [line]
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    func escape(_ text: String) -> String { HTML.escape(text) }
}
