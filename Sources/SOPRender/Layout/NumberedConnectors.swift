/// Arrows drawn through a pair of numbered connectors (`penghubung: "1"`), as the unit printed
/// them: the arrow runs into a small circle holding the number below its source's row, and
/// goes on from a circle with the same number above its target, both in the target's column.
enum NumberedConnectors {
    /// The room a row keeps above its symbols (for circles arriving) and below them (leaving).
    static func room(rows steps: [Int], graph: FlowGraph, metrics: Metrics) -> (top: Double, bottom: Double, total: Double) {
        // Arrows into another table run into the connectors at the table's foot instead.
        let numbered = graph.drawnEdges.filter { edge in
            if case .step = edge.to { return edge.connector != nil }
            return false
        }
        let leaving = numbered.contains { steps.contains($0.from) }
        let arriving = numbered.contains { edge in
            if case .step(let to) = edge.to { return steps.contains(to) }
            return false
        }
        let top = arriving ? metrics.numberedConnectorRoom : 0, bottom = leaving ? metrics.numberedConnectorRoom : 0
        return (top, bottom, top + bottom)
    }

    /// The circles of one band: below the sources of numbered arrows in it, above their targets,
    /// each at the x of the arrow's target (`targetX`: that x and the target's column).
    static func circles(band: FlowchartLayout.Band, index: Int, steps: [Int], graph: FlowGraph,
                        targetX: (Int) -> (x: Double, actor: Int)?, metrics: Metrics) -> [PlacedSymbol]
    {
        let size = metrics.numberedConnectorSize, room = metrics.numberedConnectorRoom
        var out: [PlacedSymbol] = []
        func add(_ key: PlacedSymbol.Key, _ number: String, x: Double, y: Double, actor: Int) {
            guard !out.contains(where: { $0.key == key }) else { return }
            out.append(PlacedSymbol(key: key, shape: .numberedConnector, frame: Rect(center: Point(x, y), width: size, height: size),
                                    actor: actor, band: index, text: number, title: number))
        }
        for edge in graph.drawnEdges {
            guard let number = edge.connector, case .step(let to) = edge.to, let target = targetX(to) else { continue }
            if steps.contains(edge.from) {
                add(.numbered(number, arriving: false), number, x: target.x, y: band.maxY - room / 2, actor: target.actor)
            }
            if steps.contains(to) {
                add(.numbered(number, arriving: true), number, x: target.x, y: band.y + room / 2, actor: target.actor)
            }
        }
        return out
    }
}
