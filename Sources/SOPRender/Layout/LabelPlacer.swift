/// Places the labels of a page's arrows once every arrow is drawn, so that no label covers a
/// line drawn after it.
///
/// A label sits at its arrow's start, on the arrow's side: beside a line leaving downward,
/// above or below a line leaving sideways (further along it, past a column border, when the
/// room at the start is too small). Among the places and wrappings tried, the one nearest the
/// start is kept that covers no symbol, no line or arrow head, no column or row border, no
/// other label, stays inside the drawing, and lies nearer its own arrow's start than any other
/// arrow's: a reader takes a label for the arrow starting next to it.
struct LabelPlacer {
    let symbols: [PlacedSymbol]
    let bands: [FlowchartLayout.Band]
    let columns: [FlowchartLayout.Lane]
    let width: Double
    let height: Double
    let metrics: Metrics
    private var taken: [Rect] = []

    /// The white halo drawn around label text (stroke-width 3), kept clear of everything.
    static let halo = 1.5

    /// How far left of where its text starts a browser's box of a label may reach, kept clear
    /// of lines too: the first letter's ink may stand left of the pen (Chromium boxes "Tidak sah"
    /// drawn at x 217 from x 216, over a line at 215 it was placed 0.5 px clear of). Only the
    /// left end: at the right end the estimated width (TextMeasure, 4 % wide) gives the room.
    static let overhang = 1.0

    init(symbols: [PlacedSymbol], bands: [FlowchartLayout.Band], columns: [FlowchartLayout.Lane],
         width: Double, height: Double, metrics: Metrics)
    {
        self.symbols = symbols
        self.bands = bands
        self.columns = columns
        self.width = width
        self.height = height
        self.metrics = metrics
    }

    /// The label of `edges[index]`, placed among all the page's arrows.
    mutating func place(_ text: String, edge index: Int, in edges: [RoutedEdge]) -> EdgeLabel? {
        let paths = edges.map(\.points)
        // Where the label finds no free place at its size (a column too narrow beside its line,
        // another arrow in the next column), a smaller size, down to 7 px, before anything is covered.
        // Then, still without a free place, a word broken between two syllables ("Leng-kap").
        // Every size and wrapping is weighed together: a smaller label beside its own line is
        // better than a full-size one past a column border, away from it (tester 25: "Lengkap"
        // drawn in the next column but one).
        var found: (label: EdgeLabel, faults: Int, cost: Double)?
        let tries = LabelPlacer.sizes(metrics).filter { $0 >= metrics.labelFontSize - 1 }.map { ($0, false) }
            + LabelPlacer.sizes(metrics).map { ($0, true) }
        for (size, syllables) in tries {
            guard let candidate = best(text, path: index, in: paths, size: size, syllables: syllables) else { continue }
            let cost = candidate.cost + 6 * (metrics.labelFontSize - size) + (syllables ? 12 : 0)
            if let current = found, (current.faults, current.cost) <= (candidate.faults, cost) { continue }
            found = (candidate.label, candidate.faults, cost)
        }
        guard let label = found?.label else { return nil }
        taken.append(label.frame)
        return label
    }

    /// The label sizes tried: the standard size first, then smaller by half a pixel, down to 7.
    static func sizes(_ metrics: Metrics) -> [Double] {
        [metrics.labelFontSize] + stride(from: metrics.labelFontSize - 0.5, through: 7, by: -0.5)
    }

    /// Whether the label of `paths[index]` finds a free place among these lines (the router
    /// asks, to prefer corners for a decision's branches where their labels fit).
    func fits(_ text: String, path index: Int, in paths: [[Point]]) -> Bool {
        text.isEmpty || best(text, path: index, in: paths)?.faults == 0
    }

    private func best(_ text: String, path index: Int, in paths: [[Point]], size: Double? = nil,
                      syllables: Bool = false) -> (label: EdgeLabel, faults: Int, cost: Double)?
    {
        let points = paths[index]
        guard points.count >= 2, !text.isEmpty else { return nil }
        let start = points[0], next = points[1]
        let size = size ?? metrics.labelFontSize
        let lineHeight = metrics.labelLineHeight * size / metrics.labelFontSize
        let check = LabelCheck(placer: self, paths: paths, own: index)
        var best: (label: EdgeLabel, faults: Int, cost: Double)?
        for lines in syllables ? Syllables.wrappings(text, width: { TextMeasure.width($0, fontSize: size) }) : wrappings(text, size: size) {
            let textWidth = lines.map { TextMeasure.width($0, fontSize: size) }.max() ?? 0
            let textHeight = Double(lines.count) * lineHeight
            for (box, alignment, distance) in boxes(start: start, next: next, width: textWidth, height: textHeight) {
                let faults = check.faults(box)
                let cost = distance + 5 * Double(lines.count - 1)
                if let found = best, (found.faults, found.cost) <= (faults, cost) { continue }
                let anchor = Point(alignment == .start ? box.minX : box.maxX, box.minY + size)
                best = (EdgeLabel(lines: lines, anchor: anchor, alignment: alignment, frame: box, fontSize: size, text: text), faults, cost)
            }
        }
        return best
    }

    /// The text on one line, then wrapped ever narrower down to its widest word.
    private func wrappings(_ text: String, size: Double) -> [[String]] {
        let full = TextMeasure.width(text, fontSize: size)
        let widestWord = text.split(separator: " ").map { TextMeasure.width(String($0), fontSize: size) }.max() ?? 0
        var out: [[String]] = []
        var limit = full + 1
        while true {
            let lines = TextMeasure.wrap(text, width: max(limit, widestWord), fontSize: size)
            if out.last != lines { out.append(lines) }
            if limit <= widestWord || lines.count >= 4 { break }
            limit -= 4
        }
        return out
    }

    /// Boxes tried for a text of this size, with the alignment drawing it and how far the box
    /// is from the arrow's start.
    private func boxes(start: Point, next: Point, width w: Double, height h: Double)
        -> [(Rect, EdgeLabel.Alignment, Double)]
    {
        let gap = 3.0
        var out: [(Rect, EdgeLabel.Alignment, Double)] = []
        if next.x == start.x {
            // Leaving downward (or upward): beside the line, right then left, sliding along it.
            let down = next.y >= start.y
            // Beside the first piece of the line only.
            let reach = min(max(abs(next.y - start.y), 12), 24)
            for slide in stride(from: 2.0, through: reach, by: 2) {
                let y = down ? start.y + slide : start.y - slide - h
                out.append((Rect(x: start.x + gap, y: y, width: w, height: h), .start, slide))
                out.append((Rect(x: start.x - gap - w, y: y, width: w, height: h), .end, slide + 0.5))
            }
            // Too narrow beside the line on both sides: just past the nearest column border.
            let right = columns.map(\.maxX).filter { $0 > start.x + gap }.min()
            let left = columns.map(\.x).filter { $0 < start.x - gap }.max()
            for slide in stride(from: 2.0, through: 12, by: 2) {
                let y = down ? start.y + slide : start.y - slide - h
                if let right { out.append((Rect(x: right + gap, y: y, width: w, height: h), .start, right - start.x + slide)) }
                if let left { out.append((Rect(x: left - gap - w, y: y, width: w, height: h), .end, start.x - left + slide)) }
            }
        } else {
            // Leaving sideways: above the line, then below it, sliding along it.
            let direction: Double = next.x > start.x ? 1 : -1
            var slides = Array(stride(from: gap, through: 30, by: 3))
            // Just past the nearest column border ahead, when the room before it is too small.
            let borders = columns.flatMap { [$0.x, $0.maxX] }.map { ($0 - start.x) * direction + gap }.filter { $0 > gap }
            if let nearest = borders.min() { slides += stride(from: nearest, through: nearest + 24, by: 3) }
            for slide in slides {
                let x = direction > 0 ? start.x + slide : start.x - slide - w
                let alignment: EdgeLabel.Alignment = direction > 0 ? .start : .end
                out.append((Rect(x: x, y: start.y - gap - h, width: w, height: h), alignment, slide))
                out.append((Rect(x: x, y: start.y + gap, width: w, height: h), alignment, slide + 1))
            }
            // A short piece before the line turns, at the drawing's edge: above or below it, ending
            // at the turn and reaching back over the start, rather than cut off by the edge.
            let turn = next.x - direction * gap
            let x = direction > 0 ? turn - w : turn
            let alignment: EdgeLabel.Alignment = direction > 0 ? .end : .start
            out.append((Rect(x: x, y: start.y + gap, width: w, height: h), alignment, 40 + w))
            out.append((Rect(x: x, y: start.y - gap - h, width: w, height: h), alignment, 41 + w))
        }
        return out
    }

    /// What a label may not cover, for one arrow's label.
    private struct LabelCheck {
        let placer: LabelPlacer
        let segments: [Segment]
        let heads: [Rect]
        let ownStart: Point
        let ownNext: Point
        let otherStarts: [Point]
        /// The lines of the other arrows (those sharing the label's own start excepted).
        let others: [Segment]

        init(placer: LabelPlacer, paths: [[Point]], own: Int) {
            self.placer = placer
            segments = paths.flatMap(\.segments)
            ownNext = paths[own][1]
            others = paths.enumerated().filter { $0.offset != own && $0.element.first != paths[own][0] }.flatMap(\.element.segments)
            heads = paths.compactMap { $0.last.map { Rect(center: $0, width: 8, height: 8) } }
            ownStart = paths[own][0]
            otherStarts = paths.compactMap(\.first).filter { $0 != paths[own][0] }
        }

        /// How many rules the box breaks (0: free).
        func faults(_ box: Rect) -> Int {
            let halo = box.insetBy(-LabelPlacer.halo)
            let ink = Rect(x: halo.minX - LabelPlacer.overhang, y: halo.minY,
                           width: halo.width + LabelPlacer.overhang, height: halo.height)
            var count = 0
            // Past the drawing's edge the label is cut off, unreadable: worse than touching a line.
            if halo.minX < 0 || halo.maxX > placer.width - 1 || halo.minY < 0 || halo.maxY > placer.height - 1 { count += 3 }
            count += placer.symbols.filter { $0.shape != .passBy && $0.frame.intersects(halo) }.count
            count += segments.filter { $0.crosses(ink) }.count
            count += heads.filter { $0.intersects(ink) }.count
            count += placer.taken.filter { $0.insetBy(-LabelPlacer.halo).intersects(halo) }.count
            // A border is drawn over the pixel left of its column.
            for column in placer.columns.dropFirst() where halo.minX < column.x && column.x - 1 < halo.maxX { count += 1 }
            for band in placer.bands.dropLast() where halo.minY < band.maxY && band.maxY < halo.maxY { count += 1 }
            let own = box.distance(to: ownStart)
            count += otherStarts.filter { box.distance(to: $0) <= own }.count
            // Another arrow's line between the label and its own line: it reads as that arrow's.
            // So does a column border: the label stands in another actor's column than its line.
            // Lines are kept clear of the label's overhang too; a border is drawn half a pixel left
            // of its column's edge, which gives that room already.
            if let between = between(box, along: ink) { count += others.filter { $0.crosses(between) }.count }
            if let between = between(box, along: halo) {
                for column in placer.columns.dropFirst() where between.minX < column.x && column.x < between.maxX { count += 1 }
            }
            return count
        }

        /// The room between the label and the first piece of its own line, across it, as long
        /// as `along` (the label with its halo, or with its overhang too) along the line.
        private func between(_ box: Rect, along ink: Rect) -> Rect? {
            if ownNext.x == ownStart.x {
                let x = ownStart.x
                if box.minX > x + 0.5 { return Rect(x: x + 0.5, y: ink.minY, width: max(box.minX - x - 0.5, 0), height: ink.height) }
                if box.maxX < x - 0.5 { return Rect(x: box.maxX, y: ink.minY, width: max(x - 0.5 - box.maxX, 0), height: ink.height) }
            } else {
                let y = ownStart.y
                if box.minY > y + 0.5 { return Rect(x: ink.minX, y: y + 0.5, width: ink.width, height: box.minY - y - 0.5) }
                if box.maxY < y - 0.5 { return Rect(x: ink.minX, y: box.maxY, width: ink.width, height: y - 0.5 - box.maxY) }
            }
            return nil
        }
    }
}

extension Rect {
    /// How far a point is from the rectangle (0 inside it).
    func distance(to point: Point) -> Double {
        let dx = max(minX - point.x, 0, point.x - maxX)
        let dy = max(minY - point.y, 0, point.y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}
