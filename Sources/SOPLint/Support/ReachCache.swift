import SOPModel

/// What each step reaches (itself included), worked out once per step asked about.
struct ReachCache {
    let graph: FlowGraph
    private var cache: [Int: [Bool]] = [:]

    init(graph: FlowGraph) { self.graph = graph }

    mutating func from(_ index: Int) -> [Bool] {
        if let known = cache[index] { return known }
        let reached = graph.reachable(from: [index])
        cache[index] = reached
        return reached
    }
}
