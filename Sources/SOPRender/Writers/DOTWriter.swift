import SOPCore
import SOPModel

/// The flowchart as a Graphviz graph: one cluster per actor holding its steps, the arrows of
/// `FlowGraph` with the branch labels. Node ids are `s1`, `s2`… (the row position); every
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
        var out = "digraph \(quote("SOP \(sop.nomor)")) {\n"
        out += "  graph [label=\(quote("SOP \(sop.nomor) — \(sop.judul)")), labelloc=t, fontname=\"DejaVu Sans\", "
            + "newrank=true, nodesep=0.4, ranksep=0.45];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10, shape=box, style=filled, fillcolor=white];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        guard sop.tables.count > 1 else {
            for group in graph.actorGroups(in: sop) {
                out += "  subgraph cluster_a\(group.actor + 1) {\n"
                out += "    label=\(quote(sop.actors[group.actor].name)); style=rounded; color=gray50;\n"
                for index in group.steps { out += "    s\(index + 1) [\(attributes(index))];\n" }
                if group.holdsEnd {
                    out += "    selesai [label=\(quote(Catalog.Render.selesai.text(language))), style=\"rounded,filled\"];\n"
                }
                out += "  }\n"
            }
            for edge in graph.edges { out += arrow(from: edge.from, to: edge.to.graphID, edge) }
            out += "}\n"
            return out
        }
        // An SOP printed as several tables: one cluster per table (its heading), holding one
        // per actor column of that table, each table with its own end.
        var arrows = ""
        for table in TableFlow.tables(of: sop, graph: graph) {
            let t = "t\(table.number)"
            out += "  subgraph cluster_\(t) {\n    label=\(quote(table.title)); style=solid; color=black;\n"
            for group in table.groups {
                out += "    subgraph cluster_\(t)_a\(group.actor + 1) {\n"
                out += "      label=\(quote(table.part.actors[group.actor].name)); style=rounded; color=gray50;\n"
                for index in group.steps { out += "      s\(index + 1) [\(attributes(index))];\n" }
                if group.holdsEnd {
                    out += "      \(t)_selesai [label=\(quote(Catalog.Render.selesai.text(language))), style=\"rounded,filled\"];\n"
                }
                out += "    }\n"
            }
            out += "  }\n"
            for arrow in table.arrows {
                let target = switch arrow.to {
                case .step(let index): "s\(index + 1)"
                case .end: "\(t)_selesai"
                }
                arrows += self.arrow(from: arrow.from, to: target, arrow.edge)
            }
        }
        out += arrows + "}\n"
        return out
    }

    /// One arrow; one the document does not print (`panah: tidak`) is invisible, keeping the
    /// order of the boxes.
    private func arrow(from: Int, to target: String, _ edge: FlowGraph.Edge) -> String {
        var attributes: [String] = []
        if let label = edge.label { attributes.append("label=\(quote(label))") }
        if edge.hidden { attributes.append("style=invis") }
        return "  s\(from + 1) -> \(target)" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";\n"
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

    /// A DOT string: backslashes and quotes escaped, line breaks as `\n`.
    private func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
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
