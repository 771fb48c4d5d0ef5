import SOPCore
import SOPModel

/// The flowchart as Mermaid: one subgraph per actor holding its steps, the arrows of
/// `FlowGraph` with the branch labels, numbered connectors as circles holding their number and
/// joint boxes (`bersama`) joined by a plain line (`GraphExtras`). Node ids are `s1`, `s2`… (the row position), subgraph
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
        let extras = GraphExtras(sop: sop, graph: graph)
        var out = "flowchart TB\n"
        guard sop.tables.count > 1 else {
            for group in extras.groups(graph.actorGroups(in: sop), actors: sop.actors, table: 0) {
                out += "  subgraph a\(group.actor + 1)[\"\(quote(sop.actors[group.actor].name))\"]\n"
                out += "    direction TB\n"
                for index in group.steps { out += "    " + node(index) + "\n" }
                out += extraNodes(extras, in: .init(table: 0, actor: sop.actors[group.actor].id.value), indent: "    ")
                if group.holdsEnd { out += "    selesai([\"\(quote(Catalog.Render.selesai.text(language)))\"])\n" }
                out += "  end\n"
            }
            for edge in graph.edges {
                let target: Int? = if case .step(let index) = edge.to { index } else { nil }
                out += arrow(from: extras.source(of: edge.from, to: target, in: sop), to: edge.to.graphID, edge,
                             pair: target.flatMap { extras.pair(of: edge, target: $0) })
            }
            return out + extraLinks(extras)
        }
        // An SOP printed as several tables: one subgraph per table (its heading), holding one
        // per actor column of that table, each table with its own end. Ids stay unique: steps
        // by their position in the whole SOP, `t2`, `t2a1`, `t2selesai` for the rest.
        var arrows = ""
        for table in TableFlow.tables(of: sop, graph: graph) {
            let t = "t\(table.number)"
            out += "  subgraph \(t)[\"\(quote(table.title))\"]\n    direction TB\n"
            for group in extras.groups(table.groups, actors: table.part.actors, table: table.number - 1) {
                out += "    subgraph \(t)a\(group.actor + 1)[\"\(quote(table.part.actors[group.actor].name))\"]\n"
                out += "      direction TB\n"
                for index in group.steps { out += "      " + node(index) + "\n" }
                out += extraNodes(extras, in: .init(table: table.number - 1, actor: table.part.actors[group.actor].id.value),
                                  indent: "      ")
                if group.holdsEnd { out += "      \(t)selesai([\"\(quote(Catalog.Render.selesai.text(language)))\"])\n" }
                out += "    end\n"
            }
            out += "  end\n"
            for arrow in table.arrows {
                let (target, index): (String, Int?) = switch arrow.to {
                case .step(let index): ("s\(index + 1)", index)
                case .end: ("\(t)selesai", nil)
                }
                arrows += self.arrow(from: extras.source(of: arrow.from, to: index, in: sop), to: target, arrow.edge,
                                     pair: index.flatMap { extras.pair(of: arrow.edge, target: $0) })
            }
        }
        return out + arrows + extraLinks(extras)
    }

    /// The numbered circles and joint boxes standing in one actor's column.
    private func extraNodes(_ extras: GraphExtras, in place: GraphExtras.Place, indent: String) -> String {
        let (circles, joints) = extras.nodes(in: place)
        var out = ""
        for circle in circles { out += indent + "\(circle.id)((\"\(quote(circle.number))\"))\n" }
        for joint in joints { out += indent + "\(joint.id)[\"\(quote(sop.steps[joint.step].number ?? " "))\"]\n" }
        return out
    }

    /// From each pair's second circle on to its target, and each joint box's plain line.
    private func extraLinks(_ extras: GraphExtras) -> String {
        var out = ""
        for pair in extras.pairs { out += "  \(pair.inID) --> s\(pair.target + 1)\n" }
        for joint in extras.joints where joint.line { out += "  s\(joint.step + 1) --- \(joint.id)\n" }
        return out
    }

    /// One arrow; one the document does not print (`panah: tidak`) as an invisible link, which
    /// keeps the order of the boxes.
    /// One drawn through numbered connectors runs into its pair's first circle.
    private func arrow(from source: String, to target: String, _ edge: FlowGraph.Edge, pair: GraphExtras.Pair?) -> String {
        if edge.hidden { return "  \(source) ~~~ \(target)\n" }
        let target = pair?.outID ?? target
        if let label = edge.label { return "  \(source) -->|\"\(quote(label))\"| \(target)\n" }
        return "  \(source) --> \(target)\n"
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
    /// become entity codes; line breaks become `<br>`; words written `*so*` lose their marks.
    private func quote(_ text: String) -> String {
        var out = ""
        for character in Emphasis.plain(text) {
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

/// The text of a step in a graph node: its number and the first paragraph of its uraian, cut
/// only past about 200 characters (a row that refers to another SOP keeps the reference), wrapped
/// every 30 or so.
enum FlowText {
    static func summary(_ step: Step, limit: Int = 200, lineLength: Int = 30) -> String {
        var text = Emphasis.plain(step.uraian.value).split(separator: "\n").first.map(String.init) ?? ""
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
        // "5. Petugas …", but "5.1 Petugas …": a number printed with a dot in it takes no other.
        return number + (number.contains(".") ? " " : ". ") + body
    }
}
