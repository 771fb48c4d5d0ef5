import SOPCore

/// The Mutu Baku cells of a printed row of several boxes (issue 10): a row has one Kelengkapan,
/// Waktu and Output cell, written once on its first box; every box of the row belongs to them.
extension SOP {
    /// The steps (indices) of the printed row a step lies in, when that row has several boxes.
    public func boxRow(of index: Int) -> Range<Int>? {
        guard let row = steps.rowRanges.first(where: { $0.contains(index) }), row.count > 1 else { return nil }
        return row
    }

    /// Whether the step is a box of a row of several boxes that takes the row's cells: it is
    /// the row's first box, or it writes no cell of that kind itself (`own`).
    func sharesRowCell(_ index: Int, own: (MutuBaku) -> Bool) -> Range<Int>? {
        guard let row = boxRow(of: index) else { return nil }
        return index == row.lowerBound || !own(steps[index].mutuBaku) ? row : nil
    }

    /// The Kelengkapan cell of a step: its own, or the row's (written on the row's first box).
    public func kelengkapan(of stepID: String) -> [Kelengkapan] {
        guard let index = stepIndex(stepID) else { return [] }
        let row = sharesRowCell(index) { !$0.kelengkapan.isEmpty }
        return steps[row?.lowerBound ?? index].mutuBaku.kelengkapan
    }

    /// The Kelengkapan items the desk asks for a step: its cell without intro lines, and none for
    /// a cell printed as "-".
    public func askedKelengkapan(of stepID: String) -> [Kelengkapan] {
        MutuBaku.askedKelengkapan(kelengkapan(of: stepID))
    }

    /// The Output cell of a step: its own, or the row's (written on the row's first box). Under
    /// an Output cell merged over several rows (`output_gabung_sampai`), the cell's items at its
    /// last row, where they are produced, and none on the rows before it.
    public func output(of stepID: String) -> [Located<String>] {
        guard let index = stepIndex(stepID) else { return [] }
        if let cell = mergedCell(containing: index, column: .output) {
            return lastRow(of: cell).contains(index) ? steps[cell.lowerBound].mutuBaku.output : []
        }
        let row = sharesRowCell(index) { !$0.output.isEmpty }
        return steps[row?.lowerBound ?? index].mutuBaku.output
    }

    /// The step's Kelengkapan, Waktu and Output as the desk shows them: its own, or its row's.
    public func rowCells(of stepID: String) -> MutuBaku {
        MutuBaku(kelengkapan: kelengkapan(of: stepID), waktu: timing(of: stepID)?.waktu, output: output(of: stepID))
    }

    /// Whether a completed visit of the step was a part of a pass through its row that did not
    /// end it: a box of a row pass recorded without time used (the row is judged at its last box).
    public func isRowPart(_ stepID: String, used: Double?) -> Bool {
        used == nil && stepIndex(stepID).flatMap(rowPass) != nil
    }

    /// The printed number of a step's row as the run screens show it: its `no`, or for a row
    /// printed without one, "tanpa nomor (sesudah 5)" after the nearest numbered row above it in
    /// its table. Unnumbered rows never shift the numbers of the others.
    public func printedRowLabel(of index: Int, _ language: Language) -> String {
        if let number = steps[index].number { return number }
        let table = steps[index].drawn.table
        let above = steps[..<index].last { $0.number != nil && $0.drawn.table == table }?.number
        return Catalog.RowBoxes.unnumbered(after: above).text(language)
    }

    /// The row of several boxes whose cells the step asks as a part of the row (a pass through
    /// the row: the Kelengkapan at its first box, the Output at its last, one Waktu for all):
    /// nil for a step of a row of one box, a box of alternatives (`pilihan`: the box that is done
    /// is the whole row), and a box that writes its own cells.
    public func rowPass(of index: Int) -> Range<Int>? {
        guard let row = boxRow(of: index), steps.rowKind(of: row) != .pilihan else { return nil }
        if index != row.lowerBound, !steps[index].mutuBaku.isEmpty { return nil }
        return row
    }
}

/// An end capsule drawn beside a box of its row (tester 29, F2): "the Back Office's box, then
/// the end terminator in the Pemohon column", written as a later box of the row with
/// `simbol: terminator`, no `uraian`, no cell, no form of its own, whose flow ends. It is a
/// symbol, not work: the desk never opens it as a step of its own; the box that leads to it
/// closes the row (its officer is asked the row's Output) and ends the case with the capsule's
/// `hasil_akhir`.
extension SOP {
    public func isEndCapsule(_ index: Int) -> Bool {
        let step = steps[index]
        guard step.symbol?.value == .terminator, let row = boxRow(of: index), index != row.lowerBound,
            step.uraian.mark == steps[row.lowerBound].uraian.mark,
            step.form.isEmpty, step.mutuBaku.isEmpty, step.waitsFor.isEmpty, step.involved.isEmpty,
            !step.drawn.isOptional, step.drawn.jointWith.isEmpty,
            !steps[row.lowerBound].mutuBaku.outputBy.values.contains(where: { $0.value == step.id.value })
        else { return false }
        switch step.flow {
        case .next(let target):
            if step.drawn.outcome != nil { return target == nil || target?.value == .end }
            if let target { return target.value == .end }
            return row.upperBound == steps.count
        case .decision, .parallel:
            return false
        }
    }

    /// Whether the step shares its printed row with a box the desk works: another box of the
    /// row that is not an end capsule. A box beside its end capsule alone is the row's whole
    /// work ("Kegiatan 6", not "bagian Petugas Back Office").
    public func sharesItsRowAtDesk(_ index: Int) -> Bool {
        guard let row = boxRow(of: index) else { return false }
        return row.contains { $0 != index && !isEndCapsule($0) }
    }
}
