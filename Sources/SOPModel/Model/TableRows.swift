import SOPCore

extension SOP {
    /// The step ranges of the tables when they are alternative procedures; empty otherwise.
    public var alternativeTableRanges: [Range<Int>] {
        tablesAreAlternatives && tables.count > 1 ? tables.map(\.steps) : []
    }

    /// The table (0-based) a step belongs to, when the SOP is printed as several tables.
    public func table(of index: Int) -> Int? {
        tables.count > 1 ? tables.firstIndex { $0.steps.contains(index) } : nil
    }

    /// The total waktu of one table's rows (an alternative procedure), counted like `totalWaktu`.
    public func totalWaktu(table: Int) -> WaktuTotal {
        guard tables.indices.contains(table) else { return totalWaktu }
        return totalWaktu(rowsWhere: { tables[table].steps.contains($0.lowerBound) })
    }

    /// Where a step is printed, as the run screens name it: in an SOP of several tables, the
    /// table (1-based, with its heading on one line) and the row within that table's own
    /// numbering; else no table and the row among all printed rows.
    public func tableRow(of index: Int) -> (table: Int?, title: String?, row: Int, rows: Int) {
        guard tables.count > 1, let number = tables.firstIndex(where: { $0.steps.contains(index) }) else {
            return (nil, nil, row(of: index), rowCount)
        }
        let table = tables[number]
        let rows = steps.rowRanges.filter { table.steps.contains($0.lowerBound) }
        let row = (rows.firstIndex { $0.contains(index) } ?? 0) + 1
        let title = table.title?.value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return (number + 1, title, row, rows.count)
    }
}
