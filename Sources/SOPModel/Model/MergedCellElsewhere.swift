import SOPCore

/// A row inside a cell printed merged over several rows, where the desk takes the cell at
/// another row of it: a Kelengkapan is checked at the cell's first row, an Output produced and a
/// Waktu judged at its last. The desk says so on the other rows (the terminal's step screen, the
/// web step page), with the cell's items, instead of showing nothing.
public struct MergedCellElsewhere: Sendable {
    public var column: MergedColumn
    /// Step indices: the cell's first and last rows, and the row the desk takes it at.
    public var first: Int
    public var last: Int
    public var at: Int
    /// The cell's items as written on its first row (Kelengkapan, Output); none for a Waktu.
    public var kelengkapan: [Kelengkapan]
    public var output: [Located<String>]
}

extension SOP {
    /// The merged cell of `column` step `index` lies in, when the desk takes it at another row.
    public func mergedCellElsewhere(_ column: MergedColumn, of index: Int) -> MergedCellElsewhere? {
        guard let cell = mergedCell(containing: index, column: column) else { return nil }
        let at = column.takenAtLastRow ? cell.upperBound : cell.lowerBound
        guard column.takenAtLastRow ? !lastRow(of: cell).contains(index) : at != index else { return nil }
        let written = steps[cell.lowerBound].mutuBaku
        return MergedCellElsewhere(column: column, first: cell.lowerBound, last: cell.upperBound, at: at,
                                   kelengkapan: column == .kelengkapan ? written.kelengkapan : [],
                                   output: column == .output ? written.output : [])
    }

    /// What the desk says of it: "sel gabungan kegiatan 3–5, diperiksa di kegiatan 3".
    public func note(_ cell: MergedCellElsewhere) -> Localized {
        func words(_ language: Language) -> String {
            let (first, last, at) = (printedRowLabel(of: cell.first, language), printedRowLabel(of: cell.last, language),
                                     printedRowLabel(of: cell.at, language))
            let said = switch cell.column {
            case .kelengkapan: Catalog.MergedCells.kelengkapanElsewhere(first: first, last: last, at: at)
            case .output: Catalog.MergedCells.outputElsewhere(first: first, last: last, at: at)
            case .waktu: Catalog.MergedCells.waktuElsewhere(first: first, last: last, at: at)
            }
            return said.text(language)
        }
        return Localized(id: words(.id), en: words(.en))
    }
}
