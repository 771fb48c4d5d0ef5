/// The flow graph's part for printed rows of several boxes (issue 10).
extension FlowGraph.Edge {
    /// A plain arrow (the next row or `lanjut`): entering a row through it starts the row.
    public var isPlain: Bool {
        switch kind {
        case .nextRow, .next: true
        case .branch, .parallel: false
        }
    }
}

extension FlowGraph {
    /// The steps a step's edges lead to, a plain arrow into a row counting every box it starts.
    public func targets(of index: Int) -> [Int] { targetLists[index] }

    /// Whether the flow can go from `source` to `target` (not counting `source` itself, unless a
    /// loop leads back to it) without passing through `target` on the way.
    public func canReach(from source: Int, to target: Int) -> Bool {
        var seen = [Bool](repeating: false, count: steps.count)
        var stack = [source]
        while let index = stack.popLast() {
            for next in targets(of: index) {
                if next == target { return true }
                if !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
        }
        return false
    }

    /// Whether the flow can go from `source` to `target` in one pass down the table: along
    /// edges to later steps only, never along an arrow back up the table (a loop, which begins a
    /// new pass). What an implicit join waits for: a step started in this pass and still on its
    /// way, never the next pass a loop may bring (the boxes of a row inside a loop reach each
    /// other only through the loop back, and are started together each time the row is entered).
    public func reachesInPass(from source: Int, to target: Int) -> Bool {
        guard source < target else { return false }
        var seen = [Bool](repeating: false, count: steps.count)
        var stack = [source]
        while let index = stack.popLast() {
            for next in targets(of: index) where next > index && next <= target {
                if next == target { return true }
                if !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
        }
        return false
    }

    /// For each step, the boxes a plain arrow into it starts. A row of several boxes (`paralel`
    /// or `pilihan`) is entered whole through its first box, unless the kind is not written and
    /// another of its boxes is the target of a branch or a `paralel` from outside the row (then
    /// the boxes are entered as written, as before rows had kinds).
    static func rowEntries(steps: [Step], rows: [Range<Int>], edges: [[Edge]]) -> [Range<Int>] {
        var entered = steps.indices.map { $0..<$0 + 1 }
        // Most SOPs have no row of several boxes: nothing more to work out.
        guard rows.count < steps.count else { return entered }
        var targetedFromOutside = [Bool](repeating: false, count: steps.count)
        var rowOf = [Int](repeating: 0, count: steps.count)
        for (row, range) in rows.enumerated() { for index in range { rowOf[index] = row } }
        for (from, list) in edges.enumerated() {
            for edge in list where !edge.isPlain {
                guard case .step(let to)? = edge.node, rowOf[to] != rowOf[from] else { continue }
                // An exit that enters the row's first box with it enters the whole row, as printed
                // (`Lengkap: 5`, or `Lengkap: [ketik, cocok]`): it picks out no single box.
                let first = rows[rowOf[to]].lowerBound
                let withFirst = list.contains { $0.kind == edge.kind && $0.node == .step(first) }
                if !withFirst { targetedFromOutside[to] = true }
            }
        }
        for range in rows where range.count > 1 {
            let kind = steps.rowKind(of: range)
            if kind == .berurutan || kind == .terpisah { continue }
            let written = steps[range.lowerBound].drawn.rowKind?.value
            if written == nil, range.dropFirst().contains(where: { targetedFromOutside[$0] }) { continue }
            entered[range.lowerBound] = range
        }
        return entered
    }
}
