import SOPCore
import SOPModel

/// One table of an SOP printed as several, as the Mermaid and DOT writers draw it: its heading,
/// its actor columns (`SOP.table(_:)`), the steps in each column, whether its own end capsule is
/// in one, and its arrows, every step by its position in the whole SOP.
struct TableFlow {
    enum Target {
        /// A step, by its index in the whole SOP (of this table or another).
        case step(Int)
        /// This table's own end.
        case end
    }

    /// 1-based.
    var number: Int
    var title: String
    /// The table as an SOP of its own: its actor columns with their printed headings.
    var part: SOP
    var groups: [(actor: Int, steps: [Int], holdsEnd: Bool)]
    var arrows: [(from: Int, to: Target, edge: FlowGraph.Edge)]

    static func tables(of sop: SOP, graph: FlowGraph) -> [TableFlow] {
        sop.tables.enumerated().map { index, table in
            let range = table.steps
            let part = sop.table(index)
            let local = graph.part(range).graph
            let groups = local.actorGroups(in: part).map { group in
                (actor: group.actor, steps: group.steps.map { range.lowerBound + $0 }, holdsEnd: group.holdsEnd)
            }
            let arrows = local.edges.map { edge -> (from: Int, to: Target, edge: FlowGraph.Edge) in
                let target: Target = switch edge.to {
                case .step(let step): .step(range.lowerBound + step)
                case .outside(let step): .step(step)
                case .end: .end
                }
                return (from: range.lowerBound + edge.from, to: target, edge: edge)
            }
            return TableFlow(number: index + 1, title: table.title?.value ?? "Tabel \(index + 1)", part: part,
                             groups: groups, arrows: arrows)
        }
    }
}
