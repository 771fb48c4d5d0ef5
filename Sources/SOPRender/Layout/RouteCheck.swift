/// The rules a candidate line is held to while routing one arrow, with what it is checked
/// against computed once: symbols it must not pass through, lines of unrelated arrows it must
/// not run along or turn on, lines it may cross (at a price).
struct RouteCheck {
    /// An axis-parallel segment as its bounds, for fast tests.
    private struct Box {
        var minX, minY, maxX, maxY: Double
        var horizontal: Bool

        init(_ segment: Segment) {
            minX = min(segment.start.x, segment.end.x)
            maxX = max(segment.start.x, segment.end.x)
            minY = min(segment.start.y, segment.end.y)
            maxY = max(segment.start.y, segment.end.y)
            horizontal = segment.start.y == segment.end.y
        }

        init(_ rect: Rect) {
            minX = rect.minX
            maxX = rect.maxX
            minY = rect.minY
            maxY = rect.maxY
            horizontal = false
        }

        /// Overlap of open intervals on both axes: a segment passing through a rectangle.
        func crosses(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        /// Two parallel segments on nearly the same line sharing more than a point.
        func runsAlong(_ other: Box, within distance: Double) -> Bool {
            guard horizontal == other.horizontal else { return false }
            if horizontal {
                return (minY - other.minY).magnitude < distance && min(maxX, other.maxX) - max(minX, other.minX) > 1
            }
            return (minX - other.minX).magnitude < distance && min(maxY, other.maxY) - max(minY, other.minY) > 1
        }

        /// A horizontal and a vertical segment crossing away from their ends.
        func crossesPerpendicular(_ other: Box) -> Bool {
            guard horizontal != other.horizontal else { return false }
            let (h, v) = horizontal ? (self, other) : (other, self)
            return v.minX > h.minX + 0.5 && v.minX < h.maxX - 0.5 && h.minY > v.minY + 0.5 && h.minY < v.maxY - 0.5
        }

        func touches(_ point: Point, within distance: Double) -> Bool {
            point.x >= minX - distance && point.x <= maxX + distance && point.y >= minY - distance && point.y <= maxY + distance
        }
    }

    private let obstacles: [(box: Box, isSource: Bool, isTarget: Bool)]
    private let unrelated: [Box]
    private let crossable: [Box]
    private let width: Double

    init(symbols: [PlacedSymbol], source: PlacedSymbol.Key, target: PlacedSymbol.Key, width: Double,
         unrelated: [Segment], crossable: [Segment])
    {
        // Lines keep 3 px from other symbols; their own ends they may graze.
        obstacles = symbols.map { symbol in
            let isSource = symbol.key == source, isTarget = symbol.key == target
            return (Box(symbol.frame.insetBy(isSource || isTarget ? -1 : -3)), isSource, isTarget)
        }
        self.unrelated = unrelated.map(Box.init)
        self.crossable = crossable.map(Box.init)
        self.width = width
    }

    /// How many rules the line breaks: passing through a symbol (its first piece may leave the
    /// source, its last enter the target), leaving the drawing, running along or turning on an
    /// unrelated arrow. Counting stops past `limit`.
    func violations(_ points: [Point], limit: Int) -> Int {
        let segments = points.segments.map(Box.init)
        var count = 0
        for (index, segment) in segments.enumerated() {
            for obstacle in obstacles {
                if obstacle.isSource && index == 0 { continue }
                if obstacle.isTarget && index == segments.count - 1 { continue }
                if segment.crosses(obstacle.box) {
                    count += 1
                    if count > limit { return count }
                }
            }
            if segment.minX < 0 || segment.maxX > width { count += 1 }
            if count > limit { return count }
        }
        for other in unrelated {
            for segment in segments where segment.runsAlong(other, within: 3) { count += 1 }
            for bend in points.dropFirst().dropLast() where other.touches(bend, within: 2) { count += 1 }
            if count > limit { return count }
        }
        return count
    }

    /// How many lines of other arrows the line crosses.
    func crossings(_ points: [Point]) -> Int {
        let segments = points.segments.map(Box.init)
        var count = 0
        for other in crossable {
            for segment in segments where segment.crossesPerpendicular(other) { count += 1 }
        }
        return count
    }
}
