import SOPCore

extension WaktuFormatter {
    /// One standard in words: "30 menit", "1 jam 30 menit", "3 hari kerja", "1 x 24 jam".
    public static func standard(_ duration: WaktuDuration, _ language: Language = .id) -> String {
        format(WaktuTotal([duration]), language)
    }
}

/// How a step's time is judged: the standard, and the step whose start it counts from.
public struct StepTiming: Sendable {
    public var waktu: Waktu
    /// The step the span starts at (`dihitung_sejak`, or the first row of a merged cell); nil
    /// when the step is timed from its own start.
    public var from: String?

    public init(waktu: Waktu, from: String?) {
        self.waktu = waktu
        self.from = from
    }
}

/// A Mutu Baku column whose cell may be printed merged over several rows.
public enum MergedColumn: Sendable, CaseIterable {
    case waktu, kelengkapan, output

    /// The key naming the cell's last row.
    public func through(_ mutuBaku: MutuBaku) -> Located<String>? {
        switch self {
        case .waktu: mutuBaku.mergedThrough
        case .kelengkapan: mutuBaku.kelengkapanMergedThrough
        case .output: mutuBaku.outputMergedThrough
        }
    }

    /// The key as written in the YAML.
    public var key: String {
        switch self {
        case .waktu: "gabung_sampai"
        case .kelengkapan: "kelengkapan_gabung_sampai"
        case .output: "output_gabung_sampai"
        }
    }

    /// Whether the desk takes the cell at its last row (a Waktu judged there, an Output produced
    /// there); a Kelengkapan is checked at its first.
    public var takenAtLastRow: Bool { self != .kelengkapan }
}

extension SOP {
    /// The standard a step is judged by. A merged waktu cell (`gabung_sampai`) is judged once,
    /// on its last row, from the start of its first row; the rows before the last have none.
    public func timing(of stepID: String) -> StepTiming? {
        guard let index = steps.firstIndex(where: { $0.id.value == stepID }) else { return nil }
        let step = steps[index]
        if let cell = mergedCell(containing: index) {
            // Every box of the cell's last printed row is timed by it: the row's pass is judged
            // at whichever box ends it (tester 22, finding 1).
            guard lastRow(of: cell).contains(index), let waktu = steps[cell.lowerBound].mutuBaku.waktu else { return nil }
            return StepTiming(waktu: waktu, from: steps[cell.lowerBound].id.value)
        }
        // A printed row has one Waktu cell, written once on its first box: every other box of
        // the row that writes none is timed by it (the desk counts it once, from the row's
        // first box to its last: `Engine.rowStart`).
        var owner = step
        if step.mutuBaku.waktu == nil, let row = boxRow(of: index), row.lowerBound != index {
            owner = steps[row.lowerBound]
        }
        guard let waktu = owner.mutuBaku.waktu else { return nil }
        return StepTiming(waktu: waktu, from: owner.mutuBaku.countedFrom?.value)
    }

    /// The rows (step indices) of the merged cell of a Mutu Baku column a step lies in, when it
    /// lies in one (Waktu: `gabung_sampai`; Kelengkapan: `kelengkapan_gabung_sampai`; Output:
    /// `output_gabung_sampai`). A cell ending on a printed row of several boxes covers every box
    /// of that row, whichever box its key names.
    public func mergedCell(containing index: Int, column: MergedColumn = .waktu) -> ClosedRange<Int>? {
        for (first, step) in steps.enumerated() where first <= index {
            guard let through = column.through(step.mutuBaku),
                var last = steps.firstIndex(where: { $0.id.value == through.value }), last > first
            else { continue }
            if let row = boxRow(of: last), row.lowerBound > first { last = row.upperBound - 1 }
            if index <= last { return first...last }
        }
        return nil
    }

    /// The boxes of a merged cell's last printed row (one, or every box of a row of several):
    /// where a Waktu is judged and an Output produced, at whichever box ends the row's pass.
    public func lastRow(of cell: ClosedRange<Int>) -> ClosedRange<Int> {
        guard let row = boxRow(of: cell.upperBound), row.lowerBound > cell.lowerBound else { return cell.upperBound...cell.upperBound }
        return row.lowerBound...(row.upperBound - 1)
    }

    /// Row indices whose time a span standard (`dihitung_sejak`) already bounds.
    var spannedRows: Set<Int> {
        Set(outerSpans.flatMap { Array($0.rows) })
    }

    /// The standards of the span rows, each counted once.
    var spanDurations: [WaktuDuration] { outerSpans.map(\.duration) }

    /// The spans (`dihitung_sejak`) not inside a longer one: "30 menit sejak berkas diterima"
    /// on row 1 lies inside "14 hari sejak permohonan diterima" on row 5, which bounds it.
    var outerSpans: [(rows: ClosedRange<Int>, duration: WaktuDuration)] {
        let rowOf = rowIndexByStep
        let spans = steps.compactMap { step -> (rows: ClosedRange<Int>, duration: WaktuDuration)? in
            // A row outside the service limit (`di_luar_batas_layanan`) is no part of the total.
            guard let from = step.mutuBaku.countedFrom?.value, !isOutsideServiceLimit(step), let duration = step.mutuBaku.waktu?.totalDuration,
                let start = rowOf[from], let end = rowOf[step.id.value], start <= end
            else { return nil }
            return (start...end, duration)
        }
        return spans.enumerated().filter { index, span in
            !spans.enumerated().contains { other, outer in
                other != index && outer.rows.contains(span.rows.lowerBound) && outer.rows.contains(span.rows.upperBound)
                    && (outer.rows.count > span.rows.count || other < index)
            }
        }.map(\.element)
    }

    private var rowIndexByStep: [String: Int] {
        var result: [String: Int] = [:]
        for (row, members) in rows.enumerated() {
            for step in members where result[step.id.value] == nil { result[step.id.value] = row }
        }
        return result
    }
}

extension SOP {
    /// The Kelengkapan cell of a step in a table whose cells cannot merge (`sop show`,
    /// Markdown): its items, with the rows a merged cell covers; "↑" on the later rows of a
    /// merged cell. `item` prints one item as the table does.
    public func kelengkapanCellLines(at index: Int, _ language: Language, item: (Kelengkapan) -> String) -> [String] {
        mergedCellLines(.kelengkapan, at: index, language, lines: steps[index].mutuBaku.kelengkapan.map(item))
    }

    /// The Output cell of a step in a table whose cells cannot merge, as `kelengkapanCellLines`.
    public func outputCellLines(at index: Int, _ language: Language, item: (Located<String>) -> String) -> [String] {
        mergedCellLines(.output, at: index, language, lines: steps[index].mutuBaku.output.map(item))
    }

    /// A cell's `lines` as printed in a table whose cells cannot merge: with the rows its merged
    /// cell covers on its first row, "↑" on the later rows.
    private func mergedCellLines(_ column: MergedColumn, at index: Int, _ language: Language, lines: [String]) -> [String] {
        let label = { (step: Step) in step.number ?? step.id.value }
        guard let cell = mergedCell(containing: index, column: column) else { return lines }
        if cell.lowerBound != index { return ["↑"] }
        return lines.isEmpty ? lines
            : lines + [Catalog.Waktu.mergedRows(label(steps[cell.lowerBound]), label(steps[cell.upperBound])).text(language)]
    }

    /// The waktu cell of a step in a table whose cells cannot merge (`sop show`, Markdown): the
    /// printed text, the rows a merged cell covers, the step a span counts from, the standards
    /// chosen by the case; "↑" on the later rows of a merged cell.
    public func waktuCellLines(at index: Int, _ language: Language) -> [String] {
        let label = { (step: Step) in step.number ?? step.id.value }
        if let cell = mergedCell(containing: index), cell.lowerBound != index { return ["↑"] }
        guard let waktu = steps[index].mutuBaku.waktu else { return [] }
        var lines = [waktu.text.value]
        if let cell = mergedCell(containing: index) {
            lines.append(Catalog.Waktu.mergedRows(label(steps[cell.lowerBound]), label(steps[cell.upperBound])).text(language))
        }
        if let from = steps[index].mutuBaku.countedFrom?.value {
            lines.append(Catalog.Waktu.countedFrom(step(from).map(label) ?? from).text(language))
        }
        // The standard's line; a row the service limit leaves out says so on it (tester 30, N5).
        var standard: Localized?
        if let daily = waktu.dailyAt {
            standard = Catalog.Waktu.standardIs(Catalog.Waktu.dailyStandard(daily.clockText, workingDays: daily.workingDaysOnly).text(language))
        } else if waktu.statedNone || (waktu.stated == nil && !waktu.hasStandard && !waktu.isBlank) {
            // No duration at all ("Menunggu ketersediaan blanko", a schedule): said, as under
            // `waktu_baku: tanpa` (tester 28, F3); a cell printed "-" says it itself.
            standard = Catalog.Desk.noStandard
        } else if let stated = waktu.stated, stated.value != waktu.text.value {
            standard = Catalog.Waktu.standardIs(stated.value)
        }
        if isOutsideServiceLimit(steps[index]) {
            standard = standard.map { Catalog.Waktu.outsideServiceLimit(on: $0) } ?? Catalog.Waktu.outsideServiceLimit
        }
        if let standard { lines.append(standard.text(language)) }
        if let conditional = waktu.conditional {
            lines += conditional.choices.map { "\($0.value.value): \($0.text.value)" }
            if let otherwise = conditional.otherwiseText { lines.append(Catalog.Waktu.otherwise(otherwise.value).text(language)) }
        }
        return lines
    }
}
