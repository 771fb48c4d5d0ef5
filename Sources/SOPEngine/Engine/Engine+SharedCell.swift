import Foundation
import SOPCore
import SOPModel

/// A row under a merged Waktu cell (`gabung_sampai`) before the cell's last row (an outside
/// tester's finding 5, issue 10): it is not judged on its own (the cell is judged once, at its
/// last row), but it has the cell's standard and due time, counted from the start of the cell's
/// first row, shown alike at the desk, in `sop tasks`, `sop cases` and on the web step page.
extension SOP {
    /// The merged cell a step lies in before its last row: the cell's Waktu, the step id of its
    /// first row (the due time counts from its start) and the printed row it is judged at.
    public func sharedCell(of index: Int) -> (waktu: Waktu, first: String, judgedAt: String)? {
        guard let cell = mergedCell(containing: index), !lastRow(of: cell).contains(index),
            let waktu = steps[cell.lowerBound].mutuBaku.waktu
        else { return nil }
        let last = steps[cell.upperBound]
        return (waktu, steps[cell.lowerBound].id.value, last.number ?? last.id.value)
    }
}

extension Engine {
    /// The due time of a step under a merged cell that is not its last row: the cell's standard
    /// from the latest start of its first row (this step's own start when it is that row).
    func sharedCellDue(of step: Step, startingAt start: Date, in state: CaseState?) -> Date? {
        guard let index = graph.index(of: step.id.value), let cell = sop.sharedCell(of: index),
            let duration = cell.waktu.duration
        else { return nil }
        var from = start
        if cell.first != step.id.value, let state, let started = Self.latestStart(of: cell.first, in: state, before: start) {
            from = started
        }
        return calendar.due(from: from, waktu: duration)
    }
}
