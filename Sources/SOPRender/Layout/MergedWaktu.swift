import SOPModel

extension DocumentLayout {
    /// For every table row inside a waktu cell printed merged over several rows
    /// (`gabung_sampai`): the table rows of that cell, first to last.
    public var mergedWaktuRows: [Int: ClosedRange<Int>] {
        var cells: [ClosedRange<Int>: ClosedRange<Int>] = [:]
        for (row, tableRow) in rows.enumerated() {
            for step in tableRow.stepIndices {
                guard let cell = sop.mergedCell(containing: step) else { continue }
                let known = cells[cell]
                cells[cell] = min(known?.lowerBound ?? row, row)...max(known?.upperBound ?? row, row)
            }
        }
        var result: [Int: ClosedRange<Int>] = [:]
        for range in cells.values where range.count > 1 {
            // Section headings between the rows lie inside the cell too.
            for row in range { result[row] = range }
        }
        return result
    }
}

extension FlowchartLayout {
    /// The waktu cell of band `index`, when it lies in a merged cell: nil when it does not;
    /// `.covered` when an earlier band of this page opened the cell; else the number of bands
    /// of this page the cell spans from here and the table row whose text it prints.
    func mergedWaktu(at index: Int, merged: [Int: ClosedRange<Int>]) -> MergedWaktuCell? {
        guard case .row(let row) = bands[index].kind, let cell = merged[row] else { return nil }
        if index > 0, case .row(let previous) = bands[index - 1].kind, cell.contains(previous) { return .covered }
        var span = 1
        while index + span < bands.count, case .row(let next) = bands[index + span].kind, cell.contains(next) { span += 1 }
        return .opens(rows: span, textRow: cell.lowerBound)
    }
}

enum MergedWaktuCell: Equatable {
    case covered
    case opens(rows: Int, textRow: Int)
}
