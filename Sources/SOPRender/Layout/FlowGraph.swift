import SOPModel

/// The arrows of the flowchart, read from the model's flow: which step leads to which.
///
/// A step without a written flow leads to the first step of the next table row (the last row
/// ends the procedure); `lanjut` to its target; a decision to each branch target, labelled; a
/// parallel split to each of its steps. A flow to `selesai` from a terminator needs no arrow
/// (the capsule is the end); from any other step it goes to an end capsule drawn for it.
public struct FlowGraph: Sendable {
    public enum Node: Sendable, Hashable {
        /// A step, by its index in `SOP.steps`.
        case step(Int)
        /// The end capsule drawn for flows that go to `selesai` from a step that is not a terminator.
        case end
        /// A step of another table (its index in the whole SOP's steps), in the graph of one
        /// table of an SOP printed as several (`part`): reached through a connector.
        case outside(Int)
    }

    public enum Kind: Sendable, Hashable {
        case next, branch, parallel
    }

    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Node
        /// The branch label of a decision.
        public var label: String?
        public var kind: Kind
        /// Not printed (`panah: tidak`): the flow goes along it, the drawing has no arrow.
        public var hidden = false
        /// Drawn through a pair of connectors with this number (`penghubung`).
        public var connector: String?

        /// A decision's exit to `selesai`: drawn to an end capsule beside the decision, in its
        /// own row, so that the table gains no row the signed document does not print
        /// (tester 10, F3).
        public var endsBeside: Bool { to == .end && kind == .branch }
    }

    /// The arrows the drawing prints.
    public var drawnEdges: [Edge] { edges.filter { !$0.hidden } }

    public let edges: [Edge]

    init(edges: [Edge]) {
        self.edges = edges
    }

    /// The arrows of one table of an SOP printed as several, in the table's own step indices
    /// (those of `SOP.table(_:)`): an arrow to another table's step leads `.outside`, and the
    /// arrows coming in from other tables are returned apart (`from` in the whole SOP,
    /// `to` in the table).
    public func part(_ range: Range<Int>) -> (graph: FlowGraph, arrivals: [Edge]) {
        var edges: [Edge] = []
        var arrivals: [Edge] = []
        for edge in self.edges {
            let inside = range.contains(edge.from)
            switch edge.to {
            case .step(let to) where range.contains(to):
                var local = edge
                local.to = .step(to - range.lowerBound)
                if inside {
                    local.from = edge.from - range.lowerBound
                    edges.append(local)
                } else {
                    arrivals.append(local)
                }
            case .step(let to):
                guard inside else { continue }
                var local = edge
                local.from = edge.from - range.lowerBound
                local.to = .outside(to)
                edges.append(local)
            case .end, .outside:
                guard inside else { continue }
                var local = edge
                local.from = edge.from - range.lowerBound
                edges.append(local)
            }
        }
        return (FlowGraph(edges: edges), arrivals)
    }

    /// Whether some flow needs the extra end capsule.
    public var needsEndSymbol: Bool { edges.contains { $0.to == .end } }

    /// Whether some flow needs the end capsule in a row of its own under the table: a flow to
    /// `selesai` other than a decision's exit (those end beside the decision).
    public var needsEndRow: Bool { edges.contains { $0.to == .end && !$0.endsBeside } }

    /// The actor (index into `SOP.actors`) whose column holds the end capsule: that of the
    /// last step whose flow ends there. Nil when there is no end capsule.
    public func endActor(in sop: SOP) -> Int? {
        guard let last = edges.last(where: { $0.to == .end }) else { return nil }
        return sop.actors.firstIndex { $0.id.value == sop.steps[last.from].performer.value } ?? 0
    }

    /// The actors holding symbols, in column order, each with its steps (indices into
    /// `SOP.steps`) and whether the end capsule is theirs: the subgraphs and clusters of the
    /// Mermaid and DOT writers.
    public func actorGroups(in sop: SOP) -> [(actor: Int, steps: [Int], holdsEnd: Bool)] {
        let end = endActor(in: sop)
        return sop.actors.indices.compactMap { actor in
            let steps = sop.steps.indices.filter { sop.steps[$0].performer.value == sop.actors[actor].id.value }
            let holdsEnd = end == actor
            return steps.isEmpty && !holdsEnd ? nil : (actor, steps, holdsEnd)
        }
    }

    public init(sop: SOP) {
        let rows = sop.rows
        var rowOfStep: [Int] = []
        for (rowIndex, row) in rows.enumerated() { rowOfStep += Array(repeating: rowIndex, count: row.count) }
        var firstStepOfRow: [Int] = []
        var index = 0
        for row in rows {
            firstStepOfRow.append(index)
            index += row.count
        }

        var edges: [Edge] = []
        let model = SOPModel.FlowGraph(sop)
        for (from, step) in sop.steps.enumerated() {
            func add(_ target: Target, label: String?, kind: Kind) {
                switch target {
                case .end:
                    if sop.drawnSymbol(of: from, graph: model) != .terminator { edges.append(Edge(from: from, to: .end, label: label, kind: kind)) }
                case .step(let id):
                    // An unknown target is reported before layout (RenderCheck); nothing to draw here.
                    if let to = sop.stepIndex(id) { edges.append(Edge(from: from, to: .step(to), label: label, kind: kind)) }
                }
            }
            // A line printed on past its turn to a later box (`garis_ke`): drawn, never followed.
            if case .step(let id)? = step.drawn.lineTo?.value, let to = sop.stepIndex(id) {
                edges.append(Edge(from: from, to: .step(to), label: nil, kind: .next))
            }
            let arrowLabel = step.drawn.arrowLabel?.value
            var linear = false
            if case .decision(let decision) = step.flow { linear = !decision.isDrawn }
            if linear {
                // A condition only in the row's text: drawn as printed, one arrow to the next row.
                let row = rowOfStep[from]
                if row + 1 < rows.count {
                    for box in model.entered[firstStepOfRow[row + 1]] {
                        edges.append(Edge(from: from, to: .step(box), label: arrowLabel, kind: .next))
                    }
                }
                continue
            }
            let before = edges.count
            defer {
                // An arrow the document does not print (`panah: tidak`), or prints through a
                // pair of numbered connectors (`penghubung`).
                for index in before..<edges.count where edges[index].kind == .next {
                    if step.drawn.arrowHidden?.value == true { edges[index].hidden = true }
                    edges[index].connector = step.drawn.connector?.value
                }
            }
            switch step.flow {
            case .next(nil):
                // The next row (the next box of a row whose work passes box to box), every box of
                // a row done together.
                for edge in model.successors(of: from) {
                    guard case .step(let to)? = edge.node else { continue }
                    for (position, box) in model.entered[to].enumerated() {
                        edges.append(Edge(from: from, to: .step(box), label: position == 0 ? arrowLabel : nil, kind: .next))
                    }
                }
            case .next(let target?):
                if case .step(let id) = target.value, let to = sop.stepIndex(id) {
                    for (position, box) in model.entered[to].enumerated() {
                        edges.append(Edge(from: from, to: .step(box), label: position == 0 ? arrowLabel : nil, kind: .next))
                    }
                } else {
                    add(target.value, label: arrowLabel, kind: .next)
                }
            case .decision(let decision):
                // A branch drawn forking into several rows: one arrow to each, each labelled.
                for branch in decision.branches {
                    for target in branch.targets {
                        let count = edges.count
                        add(target.value, label: branch.isUnlabelled ? nil : branch.label.value, kind: .branch)
                        if edges.count > count { edges[count].connector = branch.connector?.value }
                    }
                }
            case .parallel(let targets):
                for target in targets { add(target.value, label: nil, kind: .parallel) }
            }
        }
        self.edges = edges
    }
}
