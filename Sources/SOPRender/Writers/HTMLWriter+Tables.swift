import SOPCore
import SOPModel

/// The document's parts for tables as the unit printed them (issue 10): an SOP of several
/// tables, a row of column numbers, footnotes under a table.
extension HTMLWriter {
    /// Each table of an SOP printed as several: its heading, its own actor columns, its rows,
    /// and its footnotes under it.
    func tableSheets() -> String {
        var out = ""
        let parts = DocumentLayout.tables(of: layout.sop, language: layout.language, style: .document)
        for (index, partLayout) in parts.enumerated() {
            let table = layout.sop.tables[index]
            let part = HTMLWriter(layout: partLayout)
            for page in part.layout.pages {
                out += part.tableSheet(page, title: page.number == 1 ? table.title?.value : nil,
                                       footnotes: table.footnotes.map(\.value))
            }
        }
        return out
    }

    /// "(1) (2) …" under the header, one per column, when the unit prints it.
    func columnNumbers() -> String {
        guard layout.sop.layout.columnNumbers else { return "" }
        let height = Markup.number(layout.header.numbersHeight) + "px"
        return "<tr class=\"column-numbers\" style=\"height:\(height)\">"
            + layout.columns.indices.map { "<th>(\($0 + 1))</th>" }.joined() + "</tr>\n"
    }
}

extension SOP {
    /// One table of an SOP printed as several, as an SOP of its own for layout: its steps, and
    /// its actor columns (those written, with any performer they leave out).
    public func table(_ index: Int) -> SOP {
        let table = tables[index]
        var own = Array(steps[table.steps])
        if drawsNoSymbols {
            // Symbols the convention gives the whole SOP (a start and an end terminator for the
            // procedure, or for each table when they are alternatives), not each table alone.
            let graph = SOPModel.FlowGraph(self)
            for (offset, index) in table.steps.enumerated() {
                own[offset].symbol = Located(drawnSymbol(of: index, graph: graph), at: own[offset].uraian.mark)
            }
        }
        let written = Set(table.columns.map(\.value))
        let used = Set(own.flatMap { [$0.performer.value] + $0.involved.map(\.value) + $0.drawn.jointWith.map(\.value) })
        let performers = Set(own.map(\.performer.value))
        let columns = actors.filter { actor in
            let id = actor.id.value
            return written.isEmpty ? used.contains(id) : written.contains(id) || performers.contains(id)
        }
        // A column heading printed otherwise in this table (nama_kolom).
        let printed = columns.map { actor in
            var actor = actor
            if let name = table.columnNames.last(where: { $0.id.value == actor.id.value }) { actor.name = name.name.value }
            return actor
        }
        var part = SOP(file: file, identity: identity, serviceHours: serviceHours, actors: printed, steps: own)
        part.layout = layout
        return part
    }
}
