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

    /// `total` nil: off a terminal, every column as wide as its longest line (no line wrapped).
    public func render(width total: Int?, colour: Bool) -> String {
        let widths = columnWidths(total: total)
        var out = border("┌", "┬", "┐", widths)
        // A heading longer than its column ("Persyaratan/ Kelengkapan") wraps like a cell.
        let titles = zip(columns.map(\.title), widths).map { TextWrap.wrap($0, width: $1) }
        for lineIndex in 0..<(titles.map(\.count).max() ?? 1) {
            out += line(titles.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths, bold: colour)
        }
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

    /// Content-sized columns first (weight 0); then every flexible column gets room for its
    /// longest word (up to 16 characters), and what is left is shared by weight.
    func columnWidths(total: Int?) -> [Int] {
        let chrome = 3 * columns.count + 1
        let cellLines: [[String]] = columns.indices.map { index in
            [columns[index].title] + rows.flatMap { row -> [String] in
                guard case .cells(let cells) = row, index < cells.count else { return [] }
                return cells[index]
            }
        }
        guard let total else {
            // Whole cell lines; the heading wraps at its words when its cells are narrower.
            var widths = columns.indices.map { index in
                max(cellLines[index].dropFirst().map(\.count).max() ?? 0,
                    columns[index].title.split(separator: " ").map(\.count).max() ?? 0)
            }
            // A row spanning the columns after the first keeps its text whole too.
            let spans = rows.compactMap { row -> Int? in
                if case .span(_, let rest) = row { return rest.split(separator: "\n").map(\.count).max() }
                return nil
            }
            if widths.count > 1, let longest = spans.max() {
                let spanWidth = widths.dropFirst().reduce(0, +) + 3 * (widths.count - 2)
                if longest > spanWidth { widths[widths.count - 1] += longest - spanWidth }
            }
            return widths
        }
        var widths = columns.indices.map { index -> Int in
            guard columns[index].weight == 0 else { return 0 }
            let content = cellLines[index].map(\.count).max() ?? 0
            return min(content, columns[index].maxWidth ?? Int.max)
        }
        let flexibleColumns = columns.indices.filter { columns[$0].weight > 0 }
        let minimums = flexibleColumns.map { index in
            min(16, max(6, cellLines[index].flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0))
        }
        let available = total - chrome - widths.reduce(0, +)
        let leftover = max(0, available - minimums.reduce(0, +))
        let weights = flexibleColumns.map { columns[$0].weight }.reduce(0, +)
        var given = 0
        for (position, index) in flexibleColumns.enumerated() {
            widths[index] = minimums[position] + leftover * columns[index].weight / max(1, weights)
            given += widths[index]
        }
        if let first = flexibleColumns.first, available > given { widths[first] += available - given }
        // Still too wide for the terminal (long words everywhere): narrow the widest columns.
        while widths.reduce(0, +) + chrome > total,
            let widest = widths.indices.filter({ widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] })
        {
            widths[widest] -= 1
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

