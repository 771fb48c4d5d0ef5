import SOPCore
import SOPModel

/// The flowchart as Mermaid: one subgraph per actor holding its steps, the arrows of
/// `FlowGraph` with the branch labels. Node ids are `s1`, `s2`… (the row position), subgraph
/// ids `a1`, `a2`…, so no text of the SOP is ever read as Mermaid syntax; texts are quoted.
public struct MermaidWriter {
    public let sop: SOP
    public let language: Language

    public init(sop: SOP, language: Language) {
        self.sop = sop
        self.language = language
    }

    public func document() -> String {
        let graph = FlowGraph(sop: sop)
        var out = "flowchart TB\n"
        guard sop.tables.count > 1 else {
            for group in graph.actorGroups(in: sop) {
                out += "  subgraph a\(group.actor + 1)[\"\(quote(sop.actors[group.actor].name))\"]\n"
                out += "    direction TB\n"
                for index in group.steps { out += "    " + node(index) + "\n" }
                if group.holdsEnd { out += "    selesai([\"\(quote(Catalog.Render.selesai.text(language)))\"])\n" }
                out += "  end\n"
            }
            for edge in graph.edges { out += arrow(from: edge.from, to: edge.to.graphID, edge) }
            return out
        }
        // An SOP printed as several tables: one subgraph per table (its heading), holding one
        // per actor column of that table, each table with its own end. Ids stay unique: steps
        // by their position in the whole SOP, `t2`, `t2a1`, `t2selesai` for the rest.
        var arrows = ""
        for table in TableFlow.tables(of: sop, graph: graph) {
            let t = "t\(table.number)"
            out += "  subgraph \(t)[\"\(quote(table.title))\"]\n    direction TB\n"
            for group in table.groups {
                out += "    subgraph \(t)a\(group.actor + 1)[\"\(quote(table.part.actors[group.actor].name))\"]\n"
                out += "      direction TB\n"
                for index in group.steps { out += "      " + node(index) + "\n" }
                if group.holdsEnd { out += "      \(t)selesai([\"\(quote(Catalog.Render.selesai.text(language)))\"])\n" }
                out += "    end\n"
            }
            out += "  end\n"
            for arrow in table.arrows {
                let target = switch arrow.to {
                case .step(let index): "s\(index + 1)"
                case .end: "\(t)selesai"
                }
                arrows += self.arrow(from: arrow.from, to: target, arrow.edge)
            }
        }
        return out + arrows
    }

    /// One arrow; one the document does not print (`panah: tidak`) as an invisible link, which
    /// keeps the order of the boxes.
    private func arrow(from: Int, to target: String, _ edge: FlowGraph.Edge) -> String {
        if edge.hidden { return "  s\(from + 1) ~~~ \(target)\n" }
        if let label = edge.label { return "  s\(from + 1) -->|\"\(quote(label))\"| \(target)\n" }
        return "  s\(from + 1) --> \(target)\n"
    }

    private func node(_ index: Int) -> String {
        let step = sop.steps[index]
        let text = quote(FlowText.summary(step))
        switch sop.drawnSymbol(of: index) {
        case .terminator: return "s\(index + 1)([\"\(text)\"])"
        case .proses: return "s\(index + 1)[\"\(text)\"]"
        case .keputusan: return "s\(index + 1){\"\(text)\"}"
        case .tanpa: return "s\(index + 1)>\"\(text)\"]"
        }
    }

    /// Text inside a quoted Mermaid label: quotes and the characters Mermaid reads as markup
    /// become entity codes; line breaks become `<br>`.
    private func quote(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The short text of a step in a graph node: its number and the first paragraph of its uraian,
/// cut at about 90 characters, wrapped every 30 or so.
enum FlowText {
    static func summary(_ step: Step, limit: Int = 90, lineLength: Int = 30) -> String {
        var text = step.uraian.value.split(separator: "\n").first.map(String.init) ?? ""
        if text.count > limit {
            let cut = text.prefix(limit)
            text = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
        }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > lineLength {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        let body = lines.joined(separator: "\n")
        guard let number = step.number else { return body }
        return "\(number). " + body
    }
}
