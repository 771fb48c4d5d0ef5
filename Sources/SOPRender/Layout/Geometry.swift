/// Points, rectangles and axis-parallel segments in CSS pixels (1/96 inch), y growing downward.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

public struct Rect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The rectangle of the given size centred on a point.
    public init(center: Point, width: Double, height: Double) {
        self.init(x: center.x - width / 2, y: center.y - height / 2, width: width, height: height)
    }

    public var minX: Double { x }
    public var maxX: Double { x + width }
    public var minY: Double { y }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var center: Point { Point(midX, midY) }

    public func insetBy(_ amount: Double) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }

    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}

/// A horizontal or vertical piece of an arrow.
public struct Segment: Sendable, Hashable {
    public var start: Point
    public var end: Point

    public init(_ start: Point, _ end: Point) {
        self.start = start
        self.end = end
    }

    public var isHorizontal: Bool { start.y == end.y }
    public var length: Double { abs(end.x - start.x) + abs(end.y - start.y) }

    /// The bounding box of the segment (zero width or height).
    public var bounds: Rect {
        Rect(x: min(start.x, end.x), y: min(start.y, end.y),
             width: abs(end.x - start.x), height: abs(end.y - start.y))
    }

    /// Whether the segment passes through the inside of the rectangle (touching its edge is not).
    public func crosses(_ rect: Rect) -> Bool {
        let box = bounds
        return box.minX < rect.maxX && rect.minX < box.maxX && box.minY < rect.maxY && rect.minY < box.maxY
    }
}

extension Array where Element == Point {
    /// The segments between consecutive points.
    public var segments: [Segment] {
        count < 2 ? [] : (1..<count).map { Segment(self[$0 - 1], self[$0]) }
    }

    /// Drops repeated points and middle points of straight runs.
    func simplified() -> [Point] {
        var out: [Point] = []
        for point in self {
            if let last = out.last, last == point { continue }
            if out.count >= 2 {
                let a = out[out.count - 2], b = out[out.count - 1]
                if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) {
                    out[out.count - 1] = point
                    continue
                }
            }
            out.append(point)
        }
        return out
    }
}
