import SOPModel

/// A Mutu Baku cell printed merged over several table rows (Waktu: `gabung_sampai`;
/// Kelengkapan: `kelengkapan_gabung_sampai`; Output: `output_gabung_sampai`), as laid out: its column, the table rows it spans,
/// first to last, and its wrapped text. The cell is exactly as tall as
/// its rows: its text does not make its first row taller (`TableBuilder` leaves it out of that
/// row's height); when the text needs more than the rows give, the last row grows. Across a
/// page break the cell is printed in pieces, one per page, each spanning that page's rows, and
/// the text flows on from piece to piece, as a word processor prints a split merged cell.
struct MergedCell: Sendable {
    var column: MergedColumn
    var rows: ClosedRange<Int>
    var lines: [TextLine]

    /// The merged cells of a table in one column (every merging column when nil), each
    /// spanning more than one table row.
    static func cells(rows: [TableRow], sop: SOP, column: MergedColumn? = nil) -> [MergedCell] {
        (column.map { [$0] } ?? MergedColumn.allCases).flatMap { column in
            var spans: [ClosedRange<Int>: ClosedRange<Int>] = [:]
            for (row, tableRow) in rows.enumerated() {
                for step in tableRow.stepIndices {
                    guard let cell = sop.mergedCell(containing: step, column: column) else { continue }
                    let known = spans[cell]
                    spans[cell] = min(known?.lowerBound ?? row, row)...max(known?.upperBound ?? row, row)
                }
            }
            return spans.values.filter { $0.count > 1 }.sorted { $0.lowerBound < $1.lowerBound }.map { range in
                MergedCell(column: column, rows: range, lines: rows[range.lowerBound].cells[column.kind] ?? [])
            }
        }
    }

    /// The columns in which table row `indices` (steps) opens a merged cell that goes on below
    /// it: the row's text there is the cell's, and does not count in the row's own height.
    static func opens(_ indices: [Int], in sop: SOP) -> Set<TableColumn.Kind> {
        Set(MergedColumn.allCases.filter { column in
            indices.contains { index in
                guard let cell = sop.mergedCell(containing: index, column: column), cell.lowerBound == index else { return false }
                return !indices.contains(cell.upperBound)
            }
        }.map(\.kind))
    }

    /// The pieces of the cell, one per page it lies on: the page index and its rows there.
    func pieces(pages: [Range<Int>]) -> [(page: Int, rows: ClosedRange<Int>)] {
        pages.enumerated().compactMap { page, range in
            let low = max(range.lowerBound, rows.lowerBound), high = min(range.upperBound - 1, rows.upperBound)
            return low <= high ? (page, low...high) : nil
        }
    }

    /// How many of the cell's lines each piece prints: as many as its rows hold, the rest on
    /// the next; the last piece prints what is left (`overflow` says how many do not fit).
    func lineCounts(pages: [Range<Int>], heights: [Double], metrics: Metrics) -> (counts: [Int], overflow: Int) {
        let pieces = pieces(pages: pages)
        var left = lines.count
        var counts: [Int] = []
        var overflow = 0
        for (index, piece) in pieces.enumerated() {
            let room = piece.rows.map { heights[$0] }.reduce(0, +) - 2 * metrics.cellPaddingY - metrics.border
            let holds = max(0, Int(((room + 0.01) / metrics.lineHeight).rounded(.down)))
            let count = index == pieces.count - 1 ? left : min(left, holds)
            if index == pieces.count - 1 { overflow = max(0, left - holds) }
            counts.append(count)
            left -= count
        }
        return (counts, overflow)
    }

    /// The lines the piece on page `page` prints (empty when the text ended on an earlier page).
    func lines(onPage page: Int, pages: [Range<Int>], heights: [Double], metrics: Metrics) -> [TextLine] {
        let pieces = pieces(pages: pages)
        let counts = lineCounts(pages: pages, heights: heights, metrics: metrics).counts
        guard let position = pieces.firstIndex(where: { $0.page == page }) else { return [] }
        let start = counts[..<position].reduce(0, +)
        return Array(lines[start..<(start + counts[position])])
    }

    /// Grows the last row of every cell whose text does not fit its rows as paginated; true
    /// when a row grew (the table is then paginated again).
    static func grow(_ rows: inout [TableRow], cells: [MergedCell], pages: [Range<Int>], metrics: Metrics) -> Bool {
        var grew = false
        for cell in cells {
            let overflow = cell.lineCounts(pages: pages, heights: rows.map(\.height), metrics: metrics).overflow
            guard overflow > 0 else { continue }
            rows[cell.rows.upperBound].height += Double(overflow) * metrics.lineHeight
            grew = true
        }
        return grew
    }
}

extension DocumentLayout {
    /// For every table row inside a cell of `column` printed merged over several rows
    /// (`gabung_sampai`, `kelengkapan_gabung_sampai`, `output_gabung_sampai`): the table rows of that cell, first to last.
    func mergedRows(_ column: MergedColumn) -> [Int: ClosedRange<Int>] {
        var result: [Int: ClosedRange<Int>] = [:]
        // Section headings between the rows lie inside the cell too.
        for cell in MergedCell.cells(rows: rows, sop: sop, column: column) { for row in cell.rows { result[row] = cell.rows } }
        return result
    }

    /// The lines of the merged cell of `column` spanning table row `row`, as printed on `page` (1-based).
    func mergedLines(_ column: MergedColumn, row: Int, page: Int) -> [TextLine] {
        guard let cell = MergedCell.cells(rows: rows, sop: sop, column: column).first(where: { $0.rows.contains(row) }) else { return [] }
        return cell.lines(onPage: page - 1, pages: pages.map(\.rows), heights: rows.map(\.height), metrics: metrics)
    }
}

extension FlowchartLayout {
    /// The cell of band `index` in a merged column, when it lies in a merged cell: nil when it
    /// does not; `.covered` when an earlier band of this page opened the cell; else the number
    /// of bands of this page the cell spans from here and the table row whose text it prints.
    func mergedCell(at index: Int, merged: [Int: ClosedRange<Int>]) -> MergedCellSpan? {
        guard case .row(let row) = bands[index].kind, let cell = merged[row] else { return nil }
        if index > 0, case .row(let previous) = bands[index - 1].kind, cell.contains(previous) { return .covered }
        var span = 1
        while index + span < bands.count, case .row(let next) = bands[index + span].kind, cell.contains(next) { span += 1 }
        return .opens(rows: span, textRow: cell.lowerBound)
    }
}

enum MergedCellSpan: Equatable {
    case covered
    case opens(rows: Int, textRow: Int)
}

extension MergedColumn {
    /// The table column the cell is printed in.
    var kind: TableColumn.Kind {
        switch self {
        case .waktu: .waktu
        case .kelengkapan: .kelengkapan
        case .output: .output
        }
    }

    init?(_ kind: TableColumn.Kind) {
        switch kind {
        case .waktu: self = .waktu
        case .kelengkapan: self = .kelengkapan
        case .output: self = .output
        default: return nil
        }
    }
}
