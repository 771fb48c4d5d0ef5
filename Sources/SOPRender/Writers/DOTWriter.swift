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
        for group in graph.actorGroups(in: sop) {
            out += "  subgraph cluster_a\(group.actor + 1) {\n"
            out += "    label=\(quote(sop.actors[group.actor].name)); style=rounded; color=gray50;\n"
            for index in group.steps { out += "    s\(index + 1) [\(attributes(index))];\n" }
            if group.holdsEnd {
                out += "    selesai [label=\(quote(Catalog.Render.selesai.text(language))), style=\"rounded,filled\"];\n"
            }
            out += "  }\n"
        }
        for edge in graph.edges {
            out += "  s\(edge.from + 1) -> \(edge.to.graphID)"
            if let label = edge.label { out += " [label=\(quote(label))]" }
            out += ";\n"
        }
        out += "}\n"
        return out
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
