import SOPModel

/// What the Mermaid and DOT writers draw besides the steps and their arrows, as the SVG draws
/// it: the pairs of numbered connectors (`penghubung`) an arrow runs through, and the boxes of
/// actors taking part in a step (`bersama`), joined to its box by a plain line.
///
/// Node ids never come from the SOP's text: `p1o`/`p1i` for the first pair's circles (the one
/// the arrow runs into, the one it goes on from), `j6_3` for the joint box of the step at
/// position 6 in the column of the third actor.
struct GraphExtras {
    /// A pair of numbered circles: the arrows with `number` to `target` run into `outID` and go
    /// on from `inID`. Each circle stands in a table and an actor's column: both in the target's
    /// column (as printed), except for an arrow into another table, whose first circle stands in
    /// the source's table and column.
    struct Pair {
        var number: String
        /// The target step (index into `SOP.steps`).
        var target: Int
        var outID: String
        var inID: String
        var outPlace: Place
        var inPlace: Place
    }

    /// A joint actor's box of a step: a box of its own (`id`), or the actor's own box in the
    /// same row (`id` is that step's node); `line` is false for a line printed short, touching
    /// nothing (`garis_pendek`).
    struct Joint {
        var step: Int
        var id: String
        var drawsBox: Bool
        var line: Bool
        var place: Place
        var actor: String
    }

    /// A table (0-based; 0 for an SOP of one table) and an actor id.
    struct Place: Equatable {
        var table: Int
        var actor: String
    }

    private(set) var pairs: [Pair] = []
    private(set) var joints: [Joint] = []

    init(sop: SOP, graph: FlowGraph) {
        func place(_ index: Int) -> Place { Place(table: sop.table(of: index) ?? 0, actor: sop.steps[index].performer.value) }
        for edge in graph.drawnEdges {
            guard let number = edge.connector, case .step(let target) = edge.to,
                  !pairs.contains(where: { $0.number == number && $0.target == target }) else { continue }
            let id = "p\(pairs.count + 1)"
            let crossing = sop.table(of: edge.from) != sop.table(of: target)
            pairs.append(Pair(number: number, target: target, outID: id + "o", inID: id + "i",
                              outPlace: crossing ? place(edge.from) : place(target), inPlace: place(target)))
        }
        let rows = sop.steps.rowRanges
        for (index, step) in sop.steps.enumerated() {
            let row = rows.first { $0.contains(index) } ?? index..<index + 1
            for joint in step.drawn.jointWith {
                guard let actor = sop.actors.firstIndex(where: { $0.id.value == joint.value }) else { continue }
                let own = row.first { $0 != index && sop.steps[$0].performer.value == joint.value }
                let line = !step.drawn.shortLines.contains { $0.value == joint.value }
                joints.append(Joint(step: index, id: own.map { "s\($0 + 1)" } ?? "j\(index + 1)_\(actor + 1)", drawsBox: own == nil,
                                    line: line, place: Place(table: sop.table(of: index) ?? 0, actor: joint.value),
                                    actor: joint.value))
            }
        }
    }

    /// The pair an arrow runs through, if it is drawn through numbered connectors.
    func pair(of edge: FlowGraph.Edge, target: Int) -> Pair? {
        guard let number = edge.connector, !edge.hidden else { return nil }
        return pairs.first { $0.number == number && $0.target == target }
    }

    /// The circles and joint boxes standing in one actor's column of one table.
    func nodes(in place: Place) -> (circles: [(id: String, number: String)], joints: [Joint]) {
        var circles: [(id: String, number: String)] = []
        for pair in pairs {
            if pair.outPlace == place { circles.append((pair.outID, pair.number)) }
            if pair.inPlace == place { circles.append((pair.inID, pair.number)) }
        }
        return (circles, joints.filter { $0.drawsBox && $0.place == place })
    }

    /// The actor groups of the Mermaid subgraphs and DOT clusters, with the columns that hold
    /// only circles or joint boxes added in their column order.
    func groups(_ groups: [(actor: Int, steps: [Int], holdsEnd: Bool)], actors: [Actor], table: Int)
        -> [(actor: Int, steps: [Int], holdsEnd: Bool)]
    {
        actors.indices.compactMap { actor in
            if let group = groups.first(where: { $0.actor == actor }) { return group }
            let (circles, joints) = nodes(in: Place(table: table, actor: actors[actor].id.value))
            return circles.isEmpty && joints.isEmpty ? nil : (actor, [], false)
        }
    }

    /// The node an arrow from `step` to `target` leaves from: the joint box of the target's
    /// actor where the step says so (`keluar_lewat`), else the step itself.
    func source(of step: Int, to target: Int?, in sop: SOP) -> String {
        guard let target else { return "s\(step + 1)" }
        let actor = sop.steps[target].performer.value
        guard sop.steps[step].drawn.exitThrough.contains(where: { $0.value == actor }),
              let joint = joints.first(where: { $0.step == step && $0.actor == actor }) else { return "s\(step + 1)" }
        return joint.id
    }
}
