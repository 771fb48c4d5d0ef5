import SOPCore
import SOPYAML

extension ObjectView {
    /// An identity section: its items, and, where some items are written as rows of cells (the
    /// unit printed the section as a table), every item's cells (a text item is a row of one
    /// cell). A row's item is its non-empty cells joined, for what prints a list. Empty text
    /// items are reported and dropped; an empty cell is kept, as printed.
    func section(_ key: String) -> (items: [Located<String>], rows: [[Located<String>]]?)? {
        guard let nodes = list(key) else { return nil }
        var items: [Located<String>] = []
        items.reserveCapacity(nodes.count)
        // The rows written as cells, by their item's index: most sections have none, and then
        // no row is built.
        var written: [Int: [Located<String>]] = [:]
        for node in nodes {
            if case .sequence = node {
                // A cell that is not text is reported here and kept as "…", so the row's cell
                // count is not reported again.
                let cells = (context.list(node, key: key) ?? []).map { cell -> Located<String> in
                    guard case .scalar(let scalar) = cell else {
                        context.error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .text, found: cell.kind),
                                      at: context.location(of: cell))
                        return Located("…", at: cell.mark, length: cell.length)
                    }
                    return Located(scalar.value.trimmingWhitespace(), at: scalar.mark, length: scalar.length)
                }
                let joined = cells.map(\.value).filter { !$0.isEmpty }.joined(separator: " — ")
                written[items.count] = cells
                items.append(Located(joined, at: node.mark, length: node.length))
            } else if let text = context.text(node, key: key, required: true) {
                items.append(text)
            }
        }
        guard !written.isEmpty else { return (items, nil) }
        return (items, items.indices.map { written[$0] ?? [items[$0]] })
    }

    /// `cetak.baris_tambahan`: the identity block's rows beyond the form's, as printed.
    func extraIdentityRows(_ key: String) -> [ExtraIdentityRow] {
        (list(key) ?? []).compactMap { node -> ExtraIdentityRow? in
            guard let row = context.object(node, SOPLanguage.extraRow, key: key) else { return nil }
            let after = row.choice("setelah").map { $0.value == "pengesahan" ? "efektif" : $0.value }
            guard let label = row.text("label") else { return nil }
            return ExtraIdentityRow(label: label, text: row.rawText("isi") ?? Located("", at: label.mark), after: after)
        }
    }

    /// `cetak.kolom`: the column headings of the sections printed as tables.
    func sectionColumns(_ key: String) -> [String: [Located<String>]] {
        guard let object = object(key, SOPLanguage.sectionColumns) else { return [:] }
        var columns: [String: [Located<String>]] = [:]
        for field in SOPLanguage.sectionColumns.fields { columns[field.key] = object.textList(field.key) }
        return columns
    }
}
