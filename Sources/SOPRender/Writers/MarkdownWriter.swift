import SOPCore
import SOPModel

/// The document as Markdown for wikis and READMEs: the identity block, the activity table with
/// one column per actor (the symbol of each row marked in its actor's column: ⬭ terminator,
/// ▭ process, ◇ decision) and where the flow goes, then the Mermaid flowchart, which GitHub
/// and GitLab draw.
public struct MarkdownWriter {
    public let sop: SOP
    public let language: Language

    public init(sop: SOP, language: Language) {
        self.sop = sop
        self.language = language
    }

    typealias Words = Catalog.Document

    public func document() -> String {
        var out = "# SOP \(text(sop.nomor)) — \(text(sop.lineJudul))\n\n"
        let agency = [sop.identity.instansi?.value, sop.identity.unit?.value].compactMap { $0 }
        if !agency.isEmpty { out += agency.map { "**\(text($0))**" }.joined(separator: "<br>") + "\n\n" }
        out += identity() + "\n" + lists() + "\n"
        // The note printed at the foot of every page: once here, a wiki page has no pages.
        if let foot = IdentityBlock(sop).pageFoot { out += foot.lines.map(text).joined(separator: "<br>\n") + "\n\n" }
        out += "## \(text(Words.kegiatan.text(language)))\n\n"
        if sop.tables.count > 1 {
            // Each table as printed: its heading, its own actor columns and rows, its footnotes.
            if sop.tablesAreAlternatives { out += "*\(text(Catalog.TableConnectors.alternatives(sop.tables.count).text(language)))*\n\n" }
            let whole = FlowGraph(sop: sop)
            for (index, table) in sop.tables.enumerated() {
                let title = table.title.map { TableChoice.oneLine($0.value) } ?? "Tabel \(index + 1)"
                out += "### \(text(title))\n\n"
                out += MarkdownWriter(sop: sop.table(index), language: language)
                    .activities(graph: whole.part(table.steps).graph, whole: sop) + "\n"
                if !table.footnotes.isEmpty { out += table.footnotes.map { text($0.value) }.joined(separator: "<br>\n") + "\n\n" }
            }
        } else {
            out += activities() + "\n"
            if let footnotes = sop.tables.first?.footnotes, !footnotes.isEmpty {
                out += footnotes.map { text($0.value) }.joined(separator: "<br>\n") + "\n\n"
            }
        }
        out += "## \(text(Catalog.Render.flowchart.text(language)))\n\n```mermaid\n"
        out += MermaidWriter(sop: sop, language: language).document() + "```\n"
        return out
    }

    private func identity() -> String {
        let block = IdentityBlock(sop)
        var out = "| \(text(Catalog.Render.identitas.text(language))) | |\n|---|---|\n"
        for field in block.fields {
            let value = switch field.value {
            case .text(let value), .printed(let value): text(value)
            case .title(let value): "**\(text(value))**"
            case .lines(let lines): lines.map(text).joined(separator: "<br>")
            case .approver(let position, let signed, let electronic, _, _, _):
                ([position, electronic].compactMap { $0 } + signed).map(text).joined(separator: "<br>")
            }
            out += "| \(text(field.label.text(language))) | \(value.isEmpty && !field.value.keepsBlank ? "-" : value) |\n"
        }
        return out
    }

    private func lists() -> String {
        func numbered(_ section: IdentityBlock.ListSection) -> String {
            if let table = section.table, !section.items.isEmpty {
                // A table inside a table's cell: a line per printed row, its headings in bold.
                let lines = [table.columns.map { "**\(text($0))**" }.joined(separator: " · ")]
                    + table.rows.map { $0.map(text).joined(separator: " · ") }
                return ((section.intro.map { [text($0)] } ?? []) + lines).joined(separator: "<br>")
            }
            let items = section.paragraph
                ? [section.items.map(text).joined(separator: " ")].filter { !$0.isEmpty }
                : zip(section.items, PrintedItem.numbers(section.items)).map { item, number in (number.map { "\($0). " } ?? "") + text(item) }
            let lines = (section.intro.map { [text($0)] } ?? []) + items
            return lines.isEmpty ? (section.blank ? "" : "-") : lines.joined(separator: "<br>")
        }
        var out = ""
        for (index, (left, right)) in IdentityBlock(sop).lists.enumerated() {
            out += "| **\(text(left.label.text(language)))** | \(right.map { "**\(text($0.label.text(language)))**" } ?? "") |\n"
            if index == 0 { out += "|---|---|\n" }
            out += "| \(numbered(left)) | \(right.map(numbered) ?? "") |\n"
        }
        return out
    }

    /// The activity table. For one table of several, `graph` is that table's (`FlowGraph.part`)
    /// and steps of other tables are named from `whole`.
    private func activities(graph: FlowGraph? = nil, whole: SOP? = nil) -> String {
        let graph = graph ?? FlowGraph(sop: sop)
        let elsewhere = whole.map { whole in { (index: Int) -> String in
            let step = whole.steps[index]
            return Catalog.TableConnectors.tableStep((whole.table(of: index) ?? 0) + 1, step: step.number ?? step.id.value).text(language)
        } }
        let printing = sop.identity.printing
        let headings = [printing.label("no", default: Words.columnNo, language), printing.label("kegiatan", default: Words.columnKegiatan, language)]
            + sop.actors.map(\.name)
            + [("kelengkapan", Words.columnKelengkapan), ("waktu", Words.columnWaktu), ("output", Words.columnOutput)]
                .map { printing.label($0.0, default: $0.1, language) }
            + [printing.label("keterangan", default: Catalog.Render.keterangan, language)]
        var out = "| " + headings.map(text).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: headings.count) + "\n"
        let blanks = Array(repeating: "", count: sop.actors.count + 4)
        // One table row per printed row: the boxes of a row (two actors at once) share it, each
        // marked in its own actor's column, as are the boxes of its `bersama` actors; each
        // distinct text is printed once.
        for range in sop.steps.rowRanges {
            let steps = Array(sop.steps[range])
            if let section = steps[0].section {
                out += row(["**\(text(section.code ?? ""))**", "**\(text(section.title))**"] + blanks)
            }
            // The Kegiatan cell holds what the paper prints there; where the flow goes stands
            // beside each box's symbol in its actor's column, as its arrows are drawn (tester 31
            // F11, tester 33): "▭ → 11" and "▭ → 9" for the two boxes of one row.
            var kegiatan = distinct(steps.map(\.uraian.value)).map(text)
            for step in steps {
                if let question = step.questionUnderActivity {
                    kegiatan.append("*\(text(question.value))*")
                }
            }
            // The boxes of a row going on to different rows each say where (row 8: "→ 11", "→ 9");
            // boxes all going on to the same row need no word, as a single box going on to the next.
            let apart = Set(range.map { index in graph.drawnEdges.filter { $0.from == index }.map { "\($0.to)" }.sorted() }).count > 1
            let marks = sop.actors.map { actor in
                let boxes = range.filter { sop.steps[$0].performer.value == actor.id.value }
                if !boxes.isEmpty {
                    return boxes.map { index in
                        let inside = sop.steps[index].symbolText.map { " " + text($0.value) } ?? ""
                        let flow = flowText(index, graph, elsewhere: elsewhere, always: apart)
                        return symbol(sop.drawnSymbol(of: index)) + inside + (flow.map { "<br>" + $0 } ?? "")
                    }.joined(separator: "<br>")
                }
                return steps.contains { $0.drawn.jointWith.contains { $0.value == actor.id.value } } ? symbol(.proses) : ""
            }
            let kelengkapan = distinct(range.flatMap { index in
                sop.kelengkapanCellLines(at: index, language) { item in
                    item.text.value + (item.requiredToProceed ? " (\(Catalog.Render.wajib.text(language)))" : "")
                }
            }).map(text)
            out += row([text(steps[0].number ?? ""), kegiatan.joined(separator: "<br>")] + marks + [
                kelengkapan.joined(separator: "<br>"),
                distinct(range.flatMap { sop.waktuCellLines(at: $0, language) }).map(text).joined(separator: "<br>"),
                distinct(range.flatMap { sop.outputCellLines(at: $0, language) { $0.value } }).map(text).joined(separator: "<br>"),
                distinct(steps.compactMap(\.keterangan)).map(text).joined(separator: "<br>"),
            ])
        }
        // A Total waktu row only where the unit prints one.
        guard sop.identity.printing.totalRow else { return out }
        let total = sop.identity.printing.totalText?.value ?? WaktuFormatter.format(sop.totalWaktu, language)
        let label = sop.identity.printing.label("total_waktu", default: Words.totalWaktu, language)
        out += row(["", "**\(text(label))**"] + Array(repeating: "", count: sop.actors.count + 1)
            + ["**\(text(total))**", "", ""])
        return out
    }

    /// Where the flow goes when it is not simply the next row (or, `always`, for each box of a
    /// row of several, as each has its own arrow): branches, jumps, splits, joins, as arrows.
    private func flowText(_ index: Int, _ graph: FlowGraph, elsewhere: ((Int) -> String)? = nil, always: Bool = false) -> String? {
        let ownRow = sop.steps.rowRanges.first { $0.contains(index) }
        func nodeName(_ node: FlowGraph.Node) -> String {
            if case .outside(let step) = node, let elsewhere { return elsewhere(step) }
            // A box of the same row (the end capsule beside the box): named by its symbol, as drawn.
            if case .step(let target) = node, target != index, ownRow?.contains(target) == true {
                return symbol(sop.drawnSymbol(of: target)) + (sop.steps[target].symbolText.map { " " + $0.value } ?? "")
            }
            return name(node)
        }
        let step = sop.steps[index]
        var parts: [String] = []
        if !step.waitsFor.isEmpty {
            parts.append(Catalog.Document.waitsFor(step.waitsFor.map { name(sop.stepIndex($0.value)) }.joined(separator: ", "))
                .text(language))
        }
        let edges = graph.drawnEdges.filter { $0.from == index }
        switch step.flow {
        case .decision:
            // An exit drawn without a label: the arrow alone ("→ 5"), never an empty label before it.
            parts.append(edges.map { edge in
                let label = edge.label?.trimmingWhitespace() ?? ""
                return (label.isEmpty ? "" : label + " ") + "→ \(nodeName(edge.to))"
            }.joined(separator: "; "))
        case .parallel:
            parts.append("→ " + edges.map { nodeName($0.to) }.joined(separator: ", "))
        case .next(let target?):
            let following = index + 1 < sop.steps.count ? Target.step(sop.steps[index + 1].id.value) : Target.end
            if target.value != following || always {
                // An end drawn as the box's own terminator has no arrow: the target is still named.
                let names = edges.isEmpty ? [name(target.value == .end ? .end : .step(sop.stepIndex(target.value.text) ?? index))]
                    : edges.map { nodeName($0.to) }
                parts.append("→ " + names.joined(separator: ", "))
            }
        case .next(nil):
            if always, !edges.isEmpty { parts.append("→ " + edges.map { nodeName($0.to) }.joined(separator: ", ")) }
        }
        let joined = parts.filter { !$0.isEmpty }.map(text).joined(separator: "<br>")
        return joined.isEmpty ? nil : joined
    }

    private func name(_ node: FlowGraph.Node) -> String {
        switch node {
        case .step(let index), .outside(let index): name(index)
        case .end: Catalog.Render.selesai.text(language)
        }
    }

    private func name(_ index: Int?) -> String {
        guard let index else { return "?" }
        let step = sop.steps[index]
        // A box of a row of several is named by its actor, as the desk names it ("8 (Petugas
        // Loket)"), never by its YAML id (tester 31, F11); boxes of one actor by the number alone.
        return step.number.map { number in
            let row = sop.steps.filter { $0.number == number }
            guard row.count > 1, let actor = sop.actor(step.performer.value),
                  row.filter({ $0.performer.value == step.performer.value }).count == 1 else { return number }
            return "\(number) (\(actor.lineName))"
        } ?? step.id.value
    }

    private func symbol(_ symbol: Symbol) -> String {
        switch symbol {
        case .terminator: "⬭"
        case .proses: "▭"
        case .keputusan: "◇"
        case .tanpa: "│"
        }
    }

    private func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// Text in a Markdown table cell: characters Markdown reads as markup are escaped, line
    /// breaks become `<br>`; words written `*so*` stay in italics (`Emphasis`).
    private func text(_ value: String) -> String {
        Emphasis.runs(value).map { $0.italic ? "*" + escaped($0.text) + "*" : escaped($0.text) }.joined()
    }

    private func escaped(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\", "`", "*", "_", "|", "[", "]", "<", ">", "#": out += "\\" + String(character)
            case "\n": out += "<br>"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }
}
