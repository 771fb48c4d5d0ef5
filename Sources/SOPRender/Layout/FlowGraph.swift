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
    }

    public let edges: [Edge]

    /// Whether some flow needs the extra end capsule.
    public var needsEndSymbol: Bool { edges.contains { $0.to == .end } }

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
        for (from, step) in sop.steps.enumerated() {
            func add(_ target: Target, label: String?, kind: Kind) {
                switch target {
                case .end:
                    if step.drawnSymbol != .terminator { edges.append(Edge(from: from, to: .end, label: label, kind: kind)) }
                case .step(let id):
                    // An unknown target is reported before layout (RenderCheck); nothing to draw here.
                    if let to = sop.stepIndex(id) { edges.append(Edge(from: from, to: .step(to), label: label, kind: kind)) }
                }
            }
            switch step.flow {
            case .next(nil):
                let row = rowOfStep[from]
                if row + 1 < rows.count { edges.append(Edge(from: from, to: .step(firstStepOfRow[row + 1]), label: nil, kind: .next)) }
            case .next(let target?):
                add(target.value, label: nil, kind: .next)
            case .decision(let decision):
                for branch in decision.branches { add(branch.target.value, label: branch.label.value, kind: .branch) }
            case .parallel(let targets):
                for target in targets { add(target.value, label: nil, kind: .parallel) }
            }
        }
        self.edges = edges
    }
}
