import SOPCore

/// The flow of an SOP as a graph over its steps: what `lint` checks and what an engine runs.
///
/// - The first step is the start.
/// - A step with no flow written goes to the next row (the last row goes to the end); steps that
///   share a printed `no` are one row, so the next row is the first step with another number.
/// - `lanjut` goes to one step or the end, a decision to each branch, `paralel` to every target.
/// - A step with `menunggu` is a join: it starts when all the steps it waits for are done.
///
/// Everything here is a pure function of the steps.
public struct FlowGraph: Sendable {
    public enum Node: Sendable, Hashable {
        case step(Int)
        case end
    }

    public struct Edge: Sendable {
        public enum Kind: Sendable, Hashable {
            /// No flow written: the next row, or the end after the last row.
            case nextRow
            /// `lanjut`.
            case next
            /// A decision's branch, with its label.
            case branch(String)
            /// One target of `paralel`.
            case parallel
        }

        public let kind: Kind
        /// The target as written; nil for the implicit next row.
        public let written: Located<Target>?
        /// Where the edge leads; nil when the written id names no step.
        public let node: Node?
    }

    public let steps: [Step]
    private let indexByID: StepIndex
    /// Each step's edges, worked out once.
    private let edges: [[Edge]]
    /// The boxes a plain arrow into a step starts: the step, or its whole printed row when the
    /// row's boxes are done together (`baris: paralel`, the default) or offered (`pilihan`).
    public let entered: [Range<Int>]
    /// Each step's targets (`targets(of:)`), worked out once: every walk of the flow reads them.
    let targetLists: [[Int]]

    /// The first step of each procedure: the first step, or the first of each table when the
    /// tables are alternatives (`alur_tabel: pilihan`).
    public let starts: [Int]

    /// `alternatives`: the step ranges of tables that are alternative procedures, each ending
    /// at its own last row (empty: one procedure, tables passing one to the next).
    public init(steps: [Step], alternatives: [Range<Int>] = []) {
        self.steps = steps
        let procedures = alternatives.filter { !$0.isEmpty }
        self.starts = procedures.isEmpty ? (steps.isEmpty ? [] : [0]) : procedures.map(\.lowerBound)
        let procedureEnds = Set(procedures.map(\.upperBound))
        let indexByID = StepIndex(steps.map(\.id.value))
        self.indexByID = indexByID
        var nextRowStart = [Int?](repeating: nil, count: steps.count)
        let rows = steps.rowRanges
        for range in rows {
            let endsProcedure = range.upperBound >= steps.count || procedureEnds.contains(range.upperBound)
            for index in range { nextRowStart[index] = endsProcedure ? nil : range.upperBound }
            // Work passing from box to box inside the row: each box goes on to the next one.
            if steps.rowKind(of: range) == .berurutan {
                for index in range.dropLast() { nextRowStart[index] = index + 1 }
            }
        }
        func node(for target: Target) -> Node? {
            switch target {
            case .end: .end
            case .step(let id): indexByID.index(of: id).map(Node.step)
            }
        }
        self.edges = steps.indices.map { index in
            switch steps[index].flow {
            case .next(nil):
                // A step with an outcome (hasil_akhir) ends the case.
                if steps[index].drawn.outcome != nil { return [Edge(kind: .nextRow, written: nil, node: .end)] }
                // A path that ends inside its row (berhenti): no arrow out.
                if steps[index].drawn.stops?.value == true { return [Edge(kind: .nextRow, written: nil, node: .end)] }
                return [Edge(kind: .nextRow, written: nil, node: nextRowStart[index].map(Node.step) ?? .end)]
            case .next(let target?):
                return [Edge(kind: .next, written: target, node: node(for: target.value))]
            case .decision(let decision):
                return decision.branches.flatMap { branch in
                    branch.targets.map { Edge(kind: .branch(branch.label.value), written: $0, node: node(for: $0.value)) }
                }
            case .parallel(let targets):
                return targets.map { Edge(kind: .parallel, written: $0, node: node(for: $0.value)) }
            }
        }
        let entered = Self.rowEntries(steps: steps, rows: rows, edges: edges)
        self.entered = entered
        self.targetLists = edges.map { list in
            var result: [Int] = []
            for edge in list {
                guard case .step(let next)? = edge.node else { continue }
                if edge.isPlain { result += entered[next] } else { result.append(next) }
            }
            return result
        }
    }

    public init(_ sop: SOP) { self.init(steps: sop.steps, alternatives: sop.alternativeTableRanges) }

    /// The first step; nil when there are no steps.
    public var start: Int? { steps.isEmpty ? nil : 0 }

    /// The step an id names (the first, should two share it).
    public func index(of id: String) -> Int? { indexByID.index(of: id) }

    public func node(for target: Target) -> Node? {
        switch target {
        case .end: .end
        case .step(let id): index(of: id).map(Node.step)
        }
    }

    /// Where the flow may go after a step, in the order written.
    public func successors(of index: Int) -> [Edge] { edges[index] }

    /// The steps a join waits for, each with the step it names (nil when none).
    public func awaited(by index: Int) -> [(id: Located<String>, index: Int?)] {
        steps[index].waitsFor.map { ($0, self.index(of: $0.value)) }
    }

    /// Whether any edge leads to the end.
    public var hasEnd: Bool {
        steps.indices.contains { successors(of: $0).contains { $0.node == .end } }
    }

    /// The steps reachable from `sources` by following the flow (the sources included).
    public func reachable(from sources: [Int]) -> [Bool] {
        var seen = [Bool](repeating: false, count: steps.count)
        var stack = sources.filter { steps.indices.contains($0) }
        for source in stack { seen[source] = true }
        while let index = stack.popLast() {
            for next in targets(of: index) where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// The steps from which the end can be reached. With `assumingUnknown`, an edge to an id
    /// that names no step and a step with no way out at all (a decision without branches) count
    /// as reaching the end: they are problems of their own, and should not hide others.
    public func reachesEnd(assumingUnknown: Bool) -> [Bool] {
        var predecessors = [[Int]](repeating: [], count: steps.count)
        var reaches = [Bool](repeating: false, count: steps.count)
        var stack: [Int] = []
        for index in steps.indices {
            let edges = successors(of: index)
            var ends = assumingUnknown && edges.isEmpty
            for edge in edges {
                switch edge.node {
                case .end?: ends = true
                case nil: ends = ends || assumingUnknown
                case .step(let next)?:
                    for box in edge.isPlain ? entered[next] : next..<next + 1 { predecessors[box].append(index) }
                }
            }
            if ends {
                reaches[index] = true
                stack.append(index)
            }
        }
        while let index = stack.popLast() {
            for previous in predecessors[index] where !reaches[previous] {
                reaches[previous] = true
                stack.append(previous)
            }
        }
        return reaches
    }

    /// Strongly connected components (Tarjan, iterative), each sorted, in no particular order.
    public func components(of members: [Bool]) -> [[Int]] {
        var order = [Int](repeating: -1, count: steps.count)
        var low = [Int](repeating: 0, count: steps.count)
        var onStack = [Bool](repeating: false, count: steps.count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0
        let next: [[Int]] = steps.indices.map { index in
            targets(of: index).filter { members[$0] }
        }
        for root in steps.indices where members[root] && order[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            order[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < next[node].count {
                    work[work.count - 1].edge += 1
                    let to = next[node][edge]
                    if order[to] < 0 {
                        order[to] = counter
                        low[to] = counter
                        counter += 1
                        stack.append(to)
                        onStack[to] = true
                        work.append((to, 0))
                    } else if onStack[to] {
                        low[node] = min(low[node], order[to])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == order[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }
}

extension Array where Element == Step {
    /// The rows of the printed table as index ranges: consecutive steps sharing a printed
    /// number are one row (parallel work drawn side by side); every other step is a row.
    public var rowRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, step) in enumerated() {
            if let number = step.number, let last = ranges.last, self[last.upperBound - 1].number == number,
                self[last.upperBound - 1].drawn.table == step.drawn.table
            {
                ranges[ranges.count - 1] = last.lowerBound..<index + 1
            } else {
                ranges.append(index..<index + 1)
            }
        }
        return ranges
    }
}
