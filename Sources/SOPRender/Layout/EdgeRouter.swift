/// Draws the arrows of one page as orthogonal lines that never pass through a symbol.
///
/// Every arrow leaves its source from a port (the bottom; a decision's branches also from the
/// left or right corner) and enters its target from the top, or from the side when it comes
/// back up (a loop). Between them it turns in the free bands above and below the symbols of a
/// row, and runs up or down in lanes: the free strips along the sides of the actor columns.
/// For each arrow the router lists candidate shapes (straight, one elbow, through a lane),
/// drops those that cross a symbol or run along an unrelated arrow, and keeps the shortest
/// with the fewest turns and crossings. Arrows are routed one after another, each avoiding
/// those before it.
struct EdgeRouter {
    enum Port: CaseIterable {
        case bottom, right, left
    }

    private struct Placed {
        var from: PlacedSymbol.Key
        var to: PlacedSymbol.Key
        var segments: [Segment]
        var isBranch: Bool
        var points: [Point] = []
    }

    let symbols: [PlacedSymbol]
    let bands: [FlowchartLayout.Band]
    let metrics: Metrics
    /// The x of every lane, nearest the column boundaries first.
    let lanes: [Double]
    /// The x of every column border, where the table's grid line is drawn.
    let borders: [Double]
    let width: Double
    let height: Double
    private var placed: [Placed] = []
    /// Asked whether a branch's label fits where its line is drawn.
    private let labels: LabelPlacer
    /// The top and bottom of the symbols of each band (nil for a band without symbols).
    private let extents: [(top: Double, bottom: Double)?]

    init(symbols: [PlacedSymbol], bands: [FlowchartLayout.Band], columns: [FlowchartLayout.Lane],
         width: Double, height: Double, metrics: Metrics)
    {
        self.symbols = symbols
        self.bands = bands
        self.metrics = metrics
        self.width = width
        self.height = height
        self.labels = LabelPlacer(symbols: symbols, bands: bands, columns: columns, width: width, height: height, metrics: metrics)
        self.lanes = EdgeRouter.laneCandidates(columns: columns, symbols: symbols, metrics: metrics)
        self.borders = columns.map(\.x) + (columns.last.map { [$0.maxX] } ?? [])
        self.extents = bands.indices.map { band in
            // Numbered connectors sit in the room kept beyond the symbols: arrows turn between.
            let here = symbols.filter { $0.band == band && $0.shape != .numberedConnector }
            guard let top = here.map(\.frame.minY).min(), let bottom = here.map(\.frame.maxY).max() else { return nil }
            return (top, bottom)
        }
    }

    // MARK: Routing

    /// One arrow from a step, a connector or the end of a parallel split.
    mutating func route(from: PlacedSymbol.Key, to: PlacedSymbol.Key) -> RoutedEdge {
        guard let source = symbol(from), let target = symbol(to) else {
            return RoutedEdge(from: from, to: to, points: [], label: nil)
        }
        let points = best(source, .bottom, target, isBranch: false).points
        placed.append(Placed(from: from, to: to, segments: points.segments, isBranch: false, points: points))
        return RoutedEdge(from: from, to: to, points: points, label: nil)
    }

    /// The branches of a decision, each from its own corner of the diamond where there are
    /// enough (bottom, right, left): every way of giving them corners is tried and the one
    /// with the shortest, least crossing lines is kept.
    /// `ports`, when given for every branch, are the sides to leave from (those the document
    /// drew); otherwise every assignment is tried and the cheapest kept.
    mutating func routeBranches(from: PlacedSymbol.Key, branches: [(to: PlacedSymbol.Key, label: String)],
                                ports preferred: [Port]? = nil) -> [RoutedEdge] {
        guard let source = symbol(from) else { return [] }
        let assignments = preferred.flatMap { $0.count == branches.count ? [$0] : nil }
            ?? EdgeRouter.portAssignments(count: branches.count)
        var bestRouter: EdgeRouter?
        var bestEdges: [RoutedEdge] = []
        var bestScore = Double.infinity
        for ports in assignments {
            var trial = self
            var edges: [RoutedEdge] = []
            var score = 0.0
            for (branch, port) in zip(branches, ports) {
                guard let target = trial.symbol(branch.to) else { continue }
                let route = trial.best(source, port, target, isBranch: true)
                score += route.cost + Double(route.violations) * 100_000
                trial.placed.append(Placed(from: from, to: branch.to, segments: route.points.segments, isBranch: true,
                                           points: route.points))
                // Labels are placed once every arrow of the page is drawn (`LabelPlacer`).
                edges.append(RoutedEdge(from: from, to: branch.to, points: route.points, label: nil))
            }
            // Corners where a label finds no free place beside its line cost more.
            let paths = trial.placed.map(\.points)
            for (offset, branch) in branches.enumerated() where offset < edges.count {
                let index = paths.count - edges.count + offset
                if !labels.fits(branch.label, path: index, in: paths) { score += 3_000 }
            }
            if score < bestScore {
                bestScore = score
                bestRouter = trial
                bestEdges = edges
            }
        }
        if let bestRouter { self = bestRouter }
        return bestEdges
    }

    /// Distinct corners for up to three branches, in every order; more branches share corners.
    static func portAssignments(count: Int) -> [[Port]] {
        let ports = Port.allCases
        guard count <= ports.count else {
            return [(0..<count).map { ports[$0 % ports.count] }]
        }
        var result: [[Port]] = []
        func extend(_ prefix: [Port]) {
            if prefix.count == count {
                result.append(prefix)
                return
            }
            for port in ports where !prefix.contains(port) { extend(prefix + [port]) }
        }
        extend([])
        return result
    }

    /// The side of `source` a routed line leaves from.
    static func port(of points: [Point], from source: Rect) -> Port? {
        guard let first = points.first else { return nil }
        if abs(first.y - source.maxY) < 0.5 && abs(first.x - source.midX) < 0.5 { return .bottom }
        if abs(first.x - source.maxX) < 0.5 { return .right }
        if abs(first.x - source.minX) < 0.5 { return .left }
        return nil
    }

    private func symbol(_ key: PlacedSymbol.Key) -> PlacedSymbol? {
        symbols.first { $0.key == key }
    }

    private struct Route {
        var points: [Point]
        var violations: Int
        var cost: Double
    }

    /// The cheapest candidate without violations, else the one with the fewest. Candidates are
    /// tried shortest first, and the search stops once no longer one can be cheaper: crossings
    /// only add to a line's price.
    private func best(_ source: PlacedSymbol, _ port: Port, _ target: PlacedSymbol, isBranch: Bool) -> Route {
        let ranked = candidates(source, port, target)
            .map { (points: $0, base: baseCost($0)) }
            .enumerated().sorted { ($0.element.base, $0.offset) < ($1.element.base, $1.offset) }
            .map(\.element)
        let rules = check(source, target, isBranch: isBranch)
        var best: Route?
        for candidate in ranked {
            if let found = best, candidate.base >= found.cost { break }
            guard rules.violations(candidate.points, limit: 0) == 0 else { continue }
            let cost = candidate.base + 120 * Double(rules.crossings(candidate.points))
            if let found = best, found.cost <= cost { continue }
            best = Route(points: candidate.points, violations: 0, cost: cost)
        }
        if let best { return best }
        // No line keeps every rule: the one breaking the fewest.
        var fallback: Route?
        for candidate in ranked {
            let violations = rules.violations(candidate.points, limit: fallback?.violations ?? Int.max)
            if let found = fallback, found.violations <= violations { continue }
            fallback = Route(points: candidate.points, violations: violations, cost: candidate.base)
        }
        return fallback ?? Route(points: [port.point(on: source), Point(target.frame.midX, target.frame.minY)], violations: 1, cost: 0)
    }

    // MARK: Candidates

    private func candidates(_ source: PlacedSymbol, _ port: Port, _ target: PlacedSymbol) -> [[Point]] {
        let start = port.point(on: source)
        let top = Point(target.frame.midX, target.frame.minY)
        let below = tracks(below: source)
        let above = tracks(above: target)
        // A loop may come into the side of a step; a decision is entered only from the top,
        // its corners being its exits.
        let sideEntries: [(point: Point, side: Double)] =
            target.shape == .process || target.shape == .terminator
            ? [(Point(target.frame.minX, target.frame.midY), -1), (Point(target.frame.maxX, target.frame.midY), 1)]
            : []
        var out: [[Point]] = []
        switch port {
        case .bottom:
            if start.x == top.x && top.y > start.y { out.append([start, top]) }
            for y1 in below where y1 < top.y {
                out.append([start, Point(start.x, y1), Point(top.x, y1), top])
            }
            for y2 in above where y2 > start.y {
                out.append([start, Point(start.x, y2), Point(top.x, y2), top])
            }
            for lane in lanes {
                for y1 in below {
                    for y2 in above {
                        out.append([start, Point(start.x, y1), Point(lane, y1), Point(lane, y2), Point(top.x, y2), top])
                    }
                    for entry in sideEntries where (lane - entry.point.x) * entry.side > 0 {
                        out.append([start, Point(start.x, y1), Point(lane, y1), Point(lane, entry.point.y), entry.point])
                    }
                }
            }
        case .left, .right:
            let direction: Double = port == .right ? 1 : -1
            if (top.x - start.x) * direction > 0 && top.y > start.y {
                out.append([start, Point(top.x, start.y), top])
            }
            for lane in lanes where (lane - start.x) * direction > 0 {
                for y2 in above {
                    out.append([start, Point(lane, start.y), Point(lane, y2), Point(top.x, y2), top])
                }
                for entry in sideEntries where (lane - entry.point.x) * entry.side > 0 {
                    out.append([start, Point(lane, start.y), Point(lane, entry.point.y), entry.point])
                }
            }
        }
        return out.map { $0.simplified() }.filter { $0.count >= 2 }
    }

    /// Heights where an arrow leaving a symbol may turn: in the free band under its row.
    private func tracks(below symbol: PlacedSymbol) -> [Double] {
        if let under = stacked(with: symbol, below: true) {
            return trackList(from: symbol.frame.maxY, to: under.frame.minY, downward: true)
        }
        let top = bandSymbolsBottom(symbol.band)
        let limit = nextSymbolsTop(after: symbol.band)
        return trackList(from: top, to: limit, downward: true)
    }

    /// Heights where an arrow entering a symbol from above may turn: in the band over its row.
    private func tracks(above symbol: PlacedSymbol) -> [Double] {
        if let over = stacked(with: symbol, below: false) {
            return trackList(from: symbol.frame.minY, to: over.frame.maxY, downward: false)
        }
        let bottom = bandSymbolsTop(symbol.band)
        let limit = previousSymbolsBottom(before: symbol.band)
        return trackList(from: bottom, to: limit, downward: false)
    }

    private func trackList(from edge: Double, to limit: Double, downward: Bool) -> [Double] {
        let room = abs(limit - edge)
        guard room > 2 * metrics.trackOffset else { return [(edge + limit) / 2] }
        var list: [Double] = []
        var offset = metrics.trackOffset
        while offset <= room - metrics.trackOffset / 2 || list.isEmpty {
            list.append(downward ? edge + offset : edge - offset)
            offset += metrics.trackSpacing
            if list.count >= 4 { break }
        }
        return list
    }

    /// The symbol stacked right under (or over) this one in its row and column (`StackedRow`):
    /// the free band between them is where lines leaving the upper one turn.
    private func stacked(with symbol: PlacedSymbol, below: Bool) -> PlacedSymbol? {
        let f = symbol.frame
        let column = symbols.filter {
            $0.band == symbol.band && $0.key != symbol.key && $0.frame.minX < f.maxX && f.minX < $0.frame.maxX
        }
        return below ? column.filter { $0.frame.minY >= f.maxY }.min { $0.frame.minY < $1.frame.minY }
            : column.filter { $0.frame.maxY <= f.minY }.max { $0.frame.maxY < $1.frame.maxY }
    }

    private func bandSymbolsBottom(_ band: Int) -> Double {
        extents[band]?.bottom ?? bands[band].y + bands[band].height / 2
    }

    private func bandSymbolsTop(_ band: Int) -> Double {
        extents[band]?.top ?? bands[band].y + bands[band].height / 2
    }

    private func nextSymbolsTop(after band: Int) -> Double {
        extents[(band + 1)...].first { $0 != nil }??.top ?? height
    }

    private func previousSymbolsBottom(before band: Int) -> Double {
        extents[..<band].last { $0 != nil }??.bottom ?? 0
    }

    /// Lanes along both sides of every column boundary, as far as the symbols next to it leave
    /// room; nearest the boundary first.
    static func laneCandidates(columns: [FlowchartLayout.Lane], symbols: [PlacedSymbol], metrics: Metrics) -> [Double] {
        func freeRoom(_ column: FlowchartLayout.Lane, left: Bool) -> Double {
            // A symbol drawn across a border (a decision with `bersama`) leaves the lanes beside
            // that border to the other rows: the lines are kept out of it like out of any symbol.
            let inColumn = symbols.filter { !$0.spansColumns && $0.frame.midX >= column.x && $0.frame.midX < column.maxX }
            guard !inColumn.isEmpty else { return column.width / 2 }
            return left ? inColumn.map { $0.frame.minX - column.x }.min()! : inColumn.map { column.maxX - $0.frame.maxX }.min()!
        }
        guard !columns.isEmpty else { return [] }
        var lanes: [Double] = []
        let margin = 4.0
        for index in 0...columns.count {
            let boundary = index < columns.count ? columns[index].x : columns[index - 1].maxX
            let leftRoom = index > 0 ? freeRoom(columns[index - 1], left: false) - margin : -margin
            let rightRoom = index < columns.count ? freeRoom(columns[index], left: true) - margin : -margin
            var offsets: [Double] = []
            // Never on the boundary itself: the table's grid line is drawn there.
            var step = 5.0
            while step <= max(leftRoom, rightRoom) {
                if step <= rightRoom { offsets.append(step) }
                if step <= leftRoom { offsets.append(-step) }
                step += metrics.trackSpacing
            }
            lanes += offsets.map { boundary + $0 }
        }
        return lanes
    }

    // MARK: Checks

    /// The rules a new line is held to, given what is drawn already (see `RouteCheck`).
    private func check(_ source: PlacedSymbol, _ target: PlacedSymbol, isBranch: Bool) -> RouteCheck {
        // Arrows from the same split may share their first stretch and arrows into the same
        // symbol their last; a decision's branches share nothing.
        let unrelated = placed.filter { other in
            if other.to == target.key { return false }
            if other.from == source.key { return isBranch || other.isBranch }
            return true
        }
        let crossable = placed.filter { $0.from != source.key && $0.to != target.key }
        return RouteCheck(symbols: symbols, source: source.key, target: target.key, width: width,
                          unrelated: unrelated.flatMap(\.segments), crossable: crossable.flatMap(\.segments))
    }

    /// Length, plus a price for every turn, and twice the length of a line drawn over a column's
    /// grid line (into or out of a corner of a diamond drawn across two columns): hidden by the
    /// border, it is kept as short as the turns allow.
    private func baseCost(_ points: [Point]) -> Double {
        let segments = points.segments
        let hidden = segments.filter { segment in
            segment.start.x == segment.end.x && borders.contains { abs($0 - segment.start.x) < 0.5 }
        }
        return segments.map(\.length).reduce(0, +) + Double(max(0, segments.count - 1)) * 24
            + 2 * hidden.map(\.length).reduce(0, +)
    }
}

extension EdgeRouter.Port {
    /// Where an arrow leaves the symbol from this port.
    func point(on symbol: PlacedSymbol) -> Point {
        let f = symbol.frame
        switch self {
        case .bottom: return Point(f.midX, f.maxY)
        case .right: return Point(f.maxX, f.midY)
        case .left: return Point(f.minX, f.midY)
        }
    }
}
