import SOPCore
import SOPYAML

/// The loader's part for flow and tables as drawn (issue 10).
extension Constructor {
    /// Whether a key is one of those `drawnFlow` reads (label_lanjut, dicatat_oleh, hasil_akhir,
    /// opsional, berhenti, kolektif, bersama, baris; most steps write none of them), told by its length
    /// before any text is compared (a set would hash every key of every step).
    static func isDrawnKey(_ key: String) -> Bool {
        switch key.utf8.count {
        case 5: key == "baris"
        case 7: key == "bersama"
        case 8: key == "opsional" || key == "berhenti" || key == "kolektif"
        case 11: key == "hasil_akhir"
        case 12: key == "label_lanjut" || key == "dicatat_oleh"
        default: false
        }
    }

    func drawnFlow(_ view: ObjectView) -> DrawnFlow {
        var drawn = DrawnFlow()
        guard view.mapping.pairs.contains(where: { Self.isDrawnKey($0.key.value) }) else { return drawn }
        drawn.arrowLabel = view.text("label_lanjut")
        drawn.recordedBy = view.identifier("dicatat_oleh")
        drawn.outcome = view.text("hasil_akhir")
        drawn.isOptional = view.boolean("opsional", default: false)
        if view.has("kolektif") {
            drawn.collective = Located(view.boolean("kolektif", default: false), at: view.node("kolektif")?.mark ?? view.mark)
        }
        if view.has("berhenti") {
            let stops = view.boolean("berhenti", default: false)
            drawn.stops = Located(stops, at: view.node("berhenti")?.mark ?? view.mark)
        }
        drawn.jointWith = (view.list("bersama") ?? []).compactMap {
            context.text($0, key: "bersama", required: true).flatMap(context.identifier)
        }
        drawn.rowKind = view.choice("baris").flatMap { text in
            RowKind(rawValue: text.value.lowercased()).map { Located($0, at: text.mark, length: text.length) }
        }
        return drawn
    }

    /// One exit of a decision written as a list item: `{ke: 5, label: Ya}` or `{ke: 7}`.
    func exit(_ node: Node) -> Branch? {
        guard let view = context.object(node, SOPLanguage.exit, key: "cabang"), let toNode = view.node("ke") else { return nil }
        let targets = forkTargets(toNode, key: "ke")
        guard let target = targets.first else { return nil }
        let label = view.text("label") ?? Located("", at: toNode.mark)
        var branch = Branch(label: label, target: target)
        branch.alsoTargets = Array(targets.dropFirst())
        branch.connector = view.text("penghubung")
        branch.outcome = view.text("hasil")
        return branch
    }

    /// A branch's target, or the targets of a branch drawn forking into several rows (`[6, 7]`).
    func forkTargets(_ node: Node, key: String) -> [Located<Target>] {
        guard case .sequence(let sequence) = node else { return target(node, key: key).map { [$0] } ?? [] }
        if sequence.items.isEmpty {
            context.error(LoaderCode.emptyValue, Catalog.Loader.emptyValue(key), at: context.location(of: node))
        }
        return sequence.items.compactMap { target($0, key: key) }
    }

    func layout(_ view: ObjectView) -> TableLayoutSpec {
        var layout = TableLayoutSpec()
        if view.has("mutu_baku") {
            let columns = (view.list("mutu_baku") ?? []).compactMap { node -> TableLayoutSpec.MutuBakuColumn? in
                guard let text = context.text(node, key: "mutu_baku", required: true) else { return nil }
                guard let column = TableLayoutSpec.MutuBakuColumn(rawValue: text.value.lowercased()) else {
                    context.error(LoaderCode.invalidChoice,
                                  Catalog.Loader.invalidChoice(text.value, key: "mutu_baku",
                                                               options: TableLayoutSpec.MutuBakuColumn.allCases.map(\.rawValue)),
                                  at: context.location(text.mark, length: text.length))
                    return nil
                }
                return column
            }
            if !columns.isEmpty { layout.mutuBaku = columns }
        }
        layout.columnNumbers = view.boolean("nomor_kolom", default: false)
        layout.actorHeading = view.boolean("judul_pelaksana", default: true)
        layout.remarksInMutuBaku = view.boolean("keterangan_dalam_mutu_baku", default: false)
        layout.bullets = view.boolean("butir", default: false)
        if view.has("halaman") {
            layout.pageStarts = (view.list("halaman") ?? []).compactMap { context.text($0, key: "halaman", required: true) }
        }
        return layout
    }

    /// The steps of `tabel:` appended after any `kegiatan`, each table's rows numbered from 1:
    /// rows of table 2 and later without an id get `t2-3`, and a number written inside a table
    /// names that table's row.
    func tables(_ document: ObjectView, into steps: inout [Step]) -> [SOPTable] {
        guard let nodes = document.list("tabel") else { return [] }
        var tables: [SOPTable] = []
        for (tableIndex, node) in nodes.enumerated() {
            guard let view = context.object(node, SOPLanguage.table, key: "tabel") else { continue }
            let first = steps.count
            var own: [Step] = []
            for (row, stepNode) in (view.list("kegiatan") ?? []).enumerated() {
                guard var step = step(stepNode, row: row + 1) else { continue }
                step.drawn.table = tableIndex
                if tableIndex > 0, !step.idIsExplicit {
                    step.id = Located("t\(tableIndex + 1)-\(step.id.value)", at: step.id.mark, length: step.id.length)
                }
                own.append(step)
            }
            if tableIndex > 0 {
                let prefix = "t\(tableIndex + 1)-"
                // A printed row number names that table's row, also a row of boxes with ids of their own.
                let rows = own.rowRanges.filter { $0.count > 1 }.compactMap { own[$0.lowerBound].number.map { prefix + $0 } }
                let local = Set(own.filter { !$0.idIsExplicit }.map(\.id.value) + rows)
                func resolve(_ target: Located<Target>) -> Located<Target> {
                    guard case .step(let id) = target.value, local.contains(prefix + id) else { return target }
                    return Located(.step(prefix + id), at: target.mark, length: target.length)
                }
                for index in own.indices {
                    switch own[index].flow {
                    case .next(let target?): own[index].flow = .next(resolve(target))
                    case .parallel(let targets): own[index].flow = .parallel(targets.map(resolve))
                    case .decision(var decision):
                        for branch in decision.branches.indices {
                            decision.branches[branch].target = resolve(decision.branches[branch].target)
                            decision.branches[branch].alsoTargets = decision.branches[branch].alsoTargets.map(resolve)
                        }
                        own[index].flow = .decision(decision)
                    case .next(nil): break
                    }
                    own[index].drawn.lineTo = own[index].drawn.lineTo.map(resolve)
                    own[index].waitsFor = own[index].waitsFor.map { id in
                        local.contains(prefix + id.value) ? Located(prefix + id.value, at: id.mark, length: id.length) : id
                    }
                }
            }
            steps += own
            var columnNames: [(id: Located<String>, name: Located<String>)] = []
            if case .mapping(let mapping)? = view.node("nama_kolom") {
                for pair in mapping.pairs {
                    guard let name = context.text(pair.value, key: "nama_kolom", required: true) else { continue }
                    columnNames.append((Located(pair.key.value.trimmingWhitespace(), at: pair.key.mark, length: pair.key.length), name))
                }
            }
            tables.append(SOPTable(title: view.text("judul"),
                                   columns: (view.list("pelaksana") ?? []).compactMap {
                                       context.text($0, key: "pelaksana", required: true).flatMap(context.identifier)
                                   },
                                   footnotes: view.textList("catatan") ?? [], steps: first..<steps.count))
            tables[tables.count - 1].columnNames = columnNames
        }
        return tables
    }
}
