import SOPCore
import SOPModel

/// The flowchart as a Graphviz graph: one cluster per actor holding its steps, the arrows of
/// `FlowGraph` with the branch labels, numbered connectors as circles holding their number and
/// joint boxes (`bersama`) joined by a plain line (`GraphExtras`). Node ids are `s1`, `s2`… (the row position); every
/// text is a quoted DOT string.
public struct DOTWriter {
    public let sop: SOP
    public let language: Language

    public init(sop: SOP, language: Language) {
        self.sop = sop
        self.language = language
    }

    public func document() -> String {
        let graph = FlowGraph(sop: sop)
        let extras = GraphExtras(sop: sop, graph: graph)
        var out = "digraph \(quote("SOP \(sop.nomor)")) {\n"
        out += "  graph [label=\(quote("SOP \(sop.nomor) — \(sop.judul)")), labelloc=t, fontname=\"DejaVu Sans\", "
            + "newrank=true, nodesep=0.4, ranksep=0.45];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10, shape=box, style=filled, fillcolor=white];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        guard sop.tables.count > 1 else {
            for group in extras.groups(graph.actorGroups(in: sop), actors: sop.actors, table: 0) {
                out += "  subgraph cluster_a\(group.actor + 1) {\n"
                out += "    label=\(quote(sop.actors[group.actor].name)); style=rounded; color=gray50;\n"
                for index in group.steps { out += "    s\(index + 1) [\(attributes(index))];\n" }
                out += extraNodes(extras, in: .init(table: 0, actor: sop.actors[group.actor].id.value), indent: "    ")
                if group.holdsEnd {
                    out += "    selesai [label=\(quote(Catalog.Render.selesai.text(language))), style=\"rounded,filled\"];\n"
                }
                out += "  }\n"
            }
            for edge in graph.edges {
                let target: Int? = if case .step(let index) = edge.to { index } else { nil }
                out += arrow(from: extras.source(of: edge.from, to: target, in: sop), to: edge.to.graphID, edge,
                             pair: target.flatMap { extras.pair(of: edge, target: $0) })
            }
            out += extraLinks(extras) + "}\n"
            return out
        }
        // An SOP printed as several tables: one cluster per table (its heading), holding one
        // per actor column of that table, each table with its own end.
        var arrows = ""
        for table in TableFlow.tables(of: sop, graph: graph) {
            let t = "t\(table.number)"
            out += "  subgraph cluster_\(t) {\n    label=\(quote(table.title)); style=solid; color=black;\n"
            for group in extras.groups(table.groups, actors: table.part.actors, table: table.number - 1) {
                out += "    subgraph cluster_\(t)_a\(group.actor + 1) {\n"
                out += "      label=\(quote(table.part.actors[group.actor].name)); style=rounded; color=gray50;\n"
                for index in group.steps { out += "      s\(index + 1) [\(attributes(index))];\n" }
                out += extraNodes(extras, in: .init(table: table.number - 1, actor: table.part.actors[group.actor].id.value),
                                  indent: "      ")
                if group.holdsEnd {
                    out += "      \(t)_selesai [label=\(quote(Catalog.Render.selesai.text(language))), style=\"rounded,filled\"];\n"
                }
                out += "    }\n"
            }
            out += "  }\n"
            for arrow in table.arrows {
                let (target, index): (String, Int?) = switch arrow.to {
                case .step(let index): ("s\(index + 1)", index)
                case .end: ("\(t)_selesai", nil)
                }
                arrows += self.arrow(from: extras.source(of: arrow.from, to: index, in: sop), to: target, arrow.edge,
                                     pair: index.flatMap { extras.pair(of: arrow.edge, target: $0) })
            }
        }
        out += arrows + extraLinks(extras) + "}\n"
        return out
    }

    /// The numbered circles and joint boxes standing in one actor's column.
    private func extraNodes(_ extras: GraphExtras, in place: GraphExtras.Place, indent: String) -> String {
        let (circles, joints) = extras.nodes(in: place)
        var out = ""
        for circle in circles {
            out += indent + "\(circle.id) [label=\(quote(circle.number)), shape=circle, width=0.3, fixedsize=true, fontsize=9];\n"
        }
        for joint in joints { out += indent + "\(joint.id) [label=\(quote(sop.steps[joint.step].number ?? ""))];\n" }
        return out
    }

    /// From each pair's second circle on to its target; each joint box's plain line (no
    /// arrowhead), the two boxes side by side.
    private func extraLinks(_ extras: GraphExtras) -> String {
        var out = ""
        for pair in extras.pairs { out += "  \(pair.inID) -> s\(pair.target + 1);\n" }
        for joint in extras.joints where joint.line {
            out += "  s\(joint.step + 1) -> \(joint.id) [dir=none, constraint=false];\n"
            out += "  { rank=same; s\(joint.step + 1); \(joint.id); }\n"
        }
        return out
    }

    /// One arrow; one the document does not print (`panah: tidak`) is invisible, keeping the
    /// order of the boxes.
    /// One drawn through numbered connectors runs into its pair's first circle.
    private func arrow(from source: String, to target: String, _ edge: FlowGraph.Edge, pair: GraphExtras.Pair?) -> String {
        var attributes: [String] = []
        if let label = edge.label { attributes.append("label=\(quote(label))") }
        if edge.hidden { attributes.append("style=invis") }
        return "  \(source) -> \(pair?.outID ?? target)" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";\n"
    }

    private func attributes(_ index: Int) -> String {
        let step = sop.steps[index]
        let label = "label=\(quote(FlowText.summary(step)))"
        switch sop.drawnSymbol(of: index) {
        case .terminator: return label + ", style=\"rounded,filled\""
        case .proses: return label
        case .keputusan: return label + ", shape=diamond"
        case .tanpa: return label + ", shape=plaintext"
        }
    }

    /// A DOT string: backslashes and quotes escaped, line breaks as `\n`; words written `*so*`
    /// lose their marks.
    private func quote(_ text: String) -> String {
        var out = "\""
        for character in Emphasis.plain(text) {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
