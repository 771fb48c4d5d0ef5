import SOPModel

/// A `berurutan` row whose boxes share an actor column draws them one under another in that
/// column, as the signed PDFs do (two diamonds stacked in the Teknisi column), and the row
/// grows to hold them. Boxes of other rows sharing a column stand side by side.
enum StackedRow {
    /// The room between two stacked symbols: the arrow between them, and its label.
    static func gap(_ metrics: Metrics) -> Double { 2 * metrics.rowBand }

    /// Whether the boxes of this row that share a column are stacked.
    static func stacks(_ steps: [Step], _ indices: [Int]) -> Bool {
        guard let first = indices.first, indices.count > 1 else { return false }
        return steps.rowKind(of: first..<(first + 1)) == .berurutan
    }

    /// The height the symbols of a stacked row take: the tallest column's stack.
    static func height(_ symbols: [(column: String, height: Double)], metrics: Metrics) -> Double {
        var columns: [String: (total: Double, count: Int)] = [:]
        for symbol in symbols {
            let current = columns[symbol.column] ?? (0, 0)
            columns[symbol.column] = (current.total + symbol.height, current.count + 1)
        }
        return columns.values.map { $0.total + Double($0.count - 1) * gap(metrics) }.max() ?? 0
    }
}
