import SOPCore

/// A box-drawn table whose cells wrap to fit a total width. Rows may span all columns but the
/// first (section headings).
public struct TextTable {
    public struct Column {
        public var title: String
        /// Share of the flexible width; zero for a column sized to its content.
        public var weight: Int
        public var maxWidth: Int?

        public init(_ title: String, weight: Int, maxWidth: Int? = nil) {
            self.title = title
            self.weight = weight
            self.maxWidth = maxWidth
        }
    }

    public enum Row {
        case cells([[String]])
        /// First cell, then one cell spanning the rest.
        case span(String, String)
    }

    public var columns: [Column]
    public var rows: [Row] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ cells: [[String]]) { rows.append(.cells(cells)) }
    public mutating func addSpan(_ first: String, _ rest: String) { rows.append(.span(first, rest)) }

    public func render(width total: Int, colour: Bool) -> String {
        let widths = columnWidths(total: total)
        var out = border("┌", "┬", "┐", widths)
        out += line(columns.map(\.title), widths, bold: colour)
        out += border("├", "┼", "┤", widths)
        for (index, row) in rows.enumerated() {
            if index > 0 { out += border("├", "┼", "┤", widths) }
            switch row {
            case .cells(let cells):
                let wrapped = zip(cells, widths).map { cell, width in
                    cell.flatMap { TextWrap.wrap($0, width: width) }
                }
                let height = wrapped.map(\.count).max() ?? 1
                for lineIndex in 0..<height {
                    out += line(wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths, bold: false)
                }
            case .span(let first, let rest):
                let spanWidth = widths.dropFirst().reduce(0, +) + 3 * (widths.count - 2)
                let text = TextWrap.wrap(rest, width: spanWidth)
                for (lineIndex, piece) in text.enumerated() {
                    let firstCell = lineIndex == 0 ? first : ""
                    out += "│ " + pad(firstCell, widths[0]) + " │ "
                        + (colour ? ANSIStyle.bold.apply(to: pad(piece, spanWidth)) : pad(piece, spanWidth)) + " │\n"
                }
            }
        }
        out += border("└", "┴", "┘", widths)
        return out
    }

    /// Content-sized columns first (weight 0), the rest shared by weight.
    func columnWidths(total: Int) -> [Int] {
        let chrome = 3 * columns.count + 1
        var widths = columns.enumerated().map { index, column -> Int in
            guard column.weight == 0 else { return 0 }
            let content = rows.compactMap { row -> Int? in
                guard case .cells(let cells) = row, index < cells.count else { return nil }
                return cells[index].map(\.count).max()
            }.max() ?? 0
            return min(max(content, column.title.count), column.maxWidth ?? Int.max)
        }
        let fixed = widths.reduce(0, +)
        let flexible = max(columns.filter { $0.weight > 0 }.count * 6, total - chrome - fixed)
        let weights = columns.map(\.weight).reduce(0, +)
        var remaining = flexible
        for index in columns.indices where columns[index].weight > 0 {
            let share = flexible * columns[index].weight / max(1, weights)
            widths[index] = max(6, share)
            remaining -= widths[index]
        }
        if remaining > 0, let last = columns.indices.last(where: { columns[$0].weight > 0 }) {
            widths[last] += remaining
        }
        return widths
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
    }

    private func line(_ cells: [String], _ widths: [Int], bold: Bool) -> String {
        "│ " + zip(cells, widths).map { cell, width in
            let padded = pad(cell, width)
            return bold ? ANSIStyle.bold.apply(to: padded) : padded
        }.joined(separator: " │ ") + " │\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

