import Foundation
import SOPCore
import SOPModel
import SOPTerminal

/// `--format table`: aligned columns for the terminal.
public struct ReportTableWriter {
    public let text: ReportText
    /// A terminal's width: lines wrap at word boundaries and the tables' columns narrow and wrap
    /// to it, as the other screens do; nil (piped to a file or a script) keeps every line whole.
    public var width: Int?

    public init(text: ReportText, width: Int? = nil) {
        self.text = text
        self.width = width
    }

    /// A line of prose, wrapped to the width when there is one.
    private func line(_ prose: String) -> String {
        guard let width else { return prose + "\n" }
        return TextWrap.wrap(prose, width: width).joined(separator: "\n") + "\n"
    }

    public func write(_ report: Report) -> String {
        let words = Catalog.Report.self
        let language = text.language
        var out = line(words.title.text(language) + " · " + text.header(report))
        if report.sops.isEmpty { return out + "\n" + words.empty.text(language) + "\n" }
        for section in report.sops {
            out += "\n" + line("SOP \(section.nomor) · \(PrintedLine.of(section.judul))") + line(text.summary(section)) + "\n"
            let header = [words.columnNo, words.columnStep, words.columnWaktu, words.columnCases, words.columnMedian,
                          words.columnP90, words.columnWithin, words.columnLateDone, words.columnOverdueOpen].map { $0.text(language) }
            out += columns(header, section.steps.map { step in
                [step.label, Self.cut(step.box.map { "\($0): " + step.uraian } ?? step.uraian, 40, atWord: width != nil),
                 step.waktu ?? "-", text.cases(step),
                 step.duration.map { duration($0.median, clock: step.clock, standard: step.standardSeconds) } ?? "-",
                 step.duration.map { duration($0.p90, clock: step.clock, standard: step.standardSeconds) } ?? "-",
                 text.share(step.within), text.lateDone(step), text.overdueOpen(step)]
            })
            out += line(text.stepsLegend(section))
            let branches = text.branchRows(section)
            if !branches.isEmpty {
                out += "\n" + Catalog.DecisionCounts.title.text(language) + "\n"
                out += columns(ReportText.branchColumns.map { $0.text(language) }, branches)
                out += line(Catalog.DecisionCounts.legend.text(language))
            }
            for (title, column, groups) in [(words.byRole, words.roleColumn, section.roles),
                                            (words.byOperator, words.operatorColumn, section.operators)] where !groups.isEmpty {
                out += "\n" + title.text(language) + "\n"
                out += columns(ReportText.groupColumns(column).map { $0.text(language) }, groups.map { text.groupRow($0, column: column) })
                if column == words.operatorColumn { out += line(Catalog.Report.operatorLateNote.text(language)) }
            }
        }
        if let basis = report.basis { out += "\n" + basis.lines().map { line($0.text(language)) }.joined() }
        return out
    }

    /// The text on one line, cut to `width` with "…"; at a word's end when `atWord` (a terminal's
    /// table wraps the cell at its words, and "me…" would stand alone).
    static func cut(_ text: String, _ width: Int, atWord: Bool = false) -> String {
        let flat = text.split(separator: "\n").joined(separator: " ")
        guard flat.count > width else { return flat }
        return atWord ? TextCut.atWord(flat, width) : String(flat.prefix(width - 1)) + "…"
    }

    /// A duration cell; on a terminal's table "< 1 menit" for "kurang dari 1 menit".
    private func duration(_ seconds: Double, clock: Clock, standard: Double?) -> String {
        let long = text.duration(seconds, clock: clock, standard: standard)
        return width != nil && long == text.time.duration(0) ? Catalog.Report.underAMinuteShort.text(text.language) : long
    }

    private func columns(_ header: [String], _ rows: [[String]]) -> String {
        TerminalTable.render(header: header, rows: rows, width: width)
    }
}

/// `--format csv`: one row per SOP, step, role and operator; durations in seconds.
public struct ReportCSVWriter {
    public let language: Language

    public init(language: Language) { self.language = language }

    public func write(_ report: Report) -> String {
        let en = language == .en
        var rows = [Catalog.Report.csvHeader.text(language)]
        func row(_ cells: [String]) { rows.append(cells.map(Self.escape).joined(separator: ",")) }
        func number(_ value: Double?) -> String { value.map { String(format: "%.0f", $0) } ?? "" }
        for section in report.sops {
            row(["sop", section.nomor, section.nomor, section.judul, section.standardTotal,
                 String(section.cases.started), number(section.leadTime?.median), number(section.leadTime?.p90),
                 section.leadWithin.map { String($0.within) } ?? "", section.leadWithin.map { String($0.of) } ?? "", "", ""])
            for step in section.steps {
                row([en ? "step" : "kegiatan", section.nomor, step.step, step.uraian, step.waktu ?? "", String(step.cases),
                     number(step.duration?.median), number(step.duration?.p90), step.within.map { String($0.within) } ?? "",
                     step.within.map { String($0.of) } ?? "", String(step.overdueOpen), String(step.skipped)])
            }
            for (kind, groups) in [(en ? "role" : "peran", section.roles), ("operator", section.operators)] {
                for group in groups {
                    row([kind, section.nomor, group.key, group.name, "", String(group.completed), "", "",
                         group.within.map { String($0.within) } ?? "", group.within.map { String($0.of) } ?? "",
                         String(group.overdueOpen), ""])
                }
            }
        }
        // The history the figures come from: its chain head digest, and whether the visits were checked.
        if let basis = report.basis {
            row([en ? "history" : "riwayat", "", basis.headDigest, basis.checked ? (en ? "checked" : "diperiksa") : (en ? "not checked" : "belum diperiksa"),
                 "", String(basis.cases.count), "", "", "", "", "", ""])
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `--format json`: the report model itself, keys sorted, dates in ISO 8601.
public struct ReportJSONWriter {
    public init() {}

    public func write(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
