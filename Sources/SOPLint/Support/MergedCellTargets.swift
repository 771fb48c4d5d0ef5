import SOPCore
import SOPModel

/// The cells of one column printed merged over several rows (`kelengkapan_gabung_sampai`,
/// `output_gabung_sampai`), checked alike by their rules: each must name a later step, be
/// written on its first row, and no row inside it may write that column's items of its own.
enum MergedCellTargets {
    /// Reports every wrong merged cell of `column` under `rule`: `item` is a row's first item of
    /// the column (nil for none); `empty` is said of a first row without one, `inner(row, first,
    /// last)` of a row inside the cell with its own.
    static func check(_ file: SOPFile, _ column: MergedColumn, rule: RuleDescription, into findings: inout Findings,
                      item: (MutuBaku) -> Location?, empty: Localized, inner: (String, String, String) -> Localized)
    {
        let steps = file.sop.steps
        for (first, last) in cells(file, column, rule: rule, into: &findings) {
            if item(steps[first].mutuBaku) == nil, let through = column.through(steps[first].mutuBaku) {
                findings.add(rule, empty, at: file.location(through))
            }
            for row in steps[(first + 1)...last] {
                guard let at = item(row.mutuBaku) else { continue }
                findings.add(rule, inner(row.id.value, steps[first].id.value, steps[last].id.value), at: at)
            }
        }
    }

    /// The merged cells of `column` (first and last step indices); a key naming no step or no
    /// later one is reported under `rule`.
    private static func cells(_ file: SOPFile, _ column: MergedColumn, rule: RuleDescription,
                      into findings: inout Findings) -> [(first: Int, last: Int)]
    {
        let steps = file.sop.steps
        guard steps.contains(where: { column.through($0.mutuBaku) != nil }) else { return [] }
        let ids = steps.map(\.id.value)
        var cells: [(first: Int, last: Int)] = []
        for (first, step) in steps.enumerated() {
            guard let through = column.through(step.mutuBaku) else { continue }
            let at = file.location(through)
            guard let last = ids.firstIndex(of: through.value) else {
                findings.add(rule, Catalog.Waktu.unknownStep(column.key, through.value, known: ids), at: at,
                             notes: Suggestion.closest(to: through.value, among: ids).map { [.init(Catalog.didYouMean($0))] } ?? [])
                continue
            }
            guard last > first else {
                findings.add(rule, Catalog.MergedCells.mergedNotLater(column.key, through.value), at: at)
                continue
            }
            cells.append((first, last))
        }
        return cells
    }
}
