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
        let title = table.title.map { PrintedLine.of($0.value) }
        return (number + 1, title, row, rows.count)
    }
}

extension SOP {
    /// The printed number of the last row of the table step `index` lies in, when it has one:
    /// "Kegiatan 3.b dari 9" counts as the document numbers (tester 10, finding 9).
    public func lastRowNumber(ofTableOf index: Int) -> String? {
        let last = tables.count > 1 ? tables.first { $0.steps.contains(index) }.map { $0.steps.upperBound - 1 } : nil
        return steps.indices.contains(last ?? steps.count - 1) ? steps[last ?? steps.count - 1].number : nil
    }

    /// Where step `index` stands, counted one way wherever it is said (the desk's "Kegiatan 4
    /// dari 21", the status page's "tahap 4 dari 21": tester 14, F14): the row as printed and the
    /// table's last printed number; for rows without numbers, the position among the printed rows.
    public func printedPlace(of index: Int, _ language: Language) -> (row: String, of: String) {
        let place = tableRow(of: index)
        guard let last = lastRowNumber(ofTableOf: index) else { return (String(place.row), String(place.rows)) }
        return (printedRowLabel(of: index, language), last)
    }
}
