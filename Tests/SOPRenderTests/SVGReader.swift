import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import SOPRender

/// Reads back what a test needs from a rendered SVG, through a real XML parser: the actor
/// columns, the symbols with their drawn bounds, and the arrows with their points.
struct SVGDrawing {
    struct Box {
        var minX, minY, maxX, maxY: Double

        func contains(_ other: Box, tolerance: Double = 0.01) -> Bool {
            other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
                && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
        }

        /// Whether the point lies on the outline of the box.
        func hasOnEdge(_ point: (x: Double, y: Double), tolerance: Double = 0.6) -> Bool {
            let insideX = point.x >= minX - tolerance && point.x <= maxX + tolerance
            let insideY = point.y >= minY - tolerance && point.y <= maxY + tolerance
            let onVertical = abs(point.x - minX) < tolerance || abs(point.x - maxX) < tolerance
            let onHorizontal = abs(point.y - minY) < tolerance || abs(point.y - maxY) < tolerance
            return insideX && insideY && (onVertical || onHorizontal)
        }
    }

    struct Symbol {
        var node: String
        var shape: String
        var actor: String
        var step: String?
        var box: Box
        /// The drawn outline (a diamond's four corners); the box's corners for a rectangle.
        var outline: [(x: Double, y: Double)] = []
    }

    struct Arrow {
        var from: String
        var to: String
        var label: String?
        var points: [(x: Double, y: Double)]
        /// Where the label's text is drawn, as `TextMeasure` estimates it (without its halo).
        var labelBox: Box?
    }

    /// The grid lines drawn between columns and between rows.
    var gridLines: [(x1: Double, y1: Double, x2: Double, y2: Double)] = []

    var width: Double = 0
    var height: Double = 0
    /// data-actor → the column's box.
    var columns: [String: Box] = [:]
    var symbols: [Symbol] = []
    var arrows: [Arrow] = []

    private init() {}

    /// Every `<svg>…</svg>` in a text (an HTML page holds one per printed page).
    static func all(in text: String) throws -> [SVGDrawing] {
        var drawings: [SVGDrawing] = []
        var rest = text[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            drawings.append(try SVGDrawing(xml: String(rest[start.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        return drawings
    }

    init(xml: String) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        guard parser.parse() else {
            throw ParseFailure(description: parser.parserError.map { "\($0)" } ?? "unknown XML error")
        }
        self = delegate.drawing
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var drawing = SVGDrawing()
        /// The translation of enclosing groups (the standalone SVG moves each page down).
        var offsets: [(Double, Double)] = [(0, 0)]
        var arrowAttributes: [String: String]?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:])
        {
            let (dx, dy) = offsets.last ?? (0, 0)
            func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? 0 }
            switch name {
            case "svg":
                if drawing.width == 0 {
                    drawing.width = number("width")
                    drawing.height = number("height")
                }
            case "g":
                var offset = (dx, dy)
                if let transform = attributes["transform"], transform.hasPrefix("translate(") {
                    let values = transform.dropFirst("translate(".count).dropLast().split(separator: ",").compactMap { Double($0) }
                    if values.count == 2 { offset = (dx + values[0], dy + values[1]) }
                }
                offsets.append(offset)
                if attributes["class"] == "arrow" { arrowAttributes = attributes }
                return
            case "rect" where attributes["class"] == "column":
                let box = Box(minX: number("x") + dx, minY: number("y") + dy,
                              maxX: number("x") + number("width") + dx, maxY: number("y") + number("height") + dy)
                drawing.columns[attributes["data-actor"] ?? ""] = box
            case "rect" where attributes["class"] == "symbol":
                let box = Box(minX: number("x") + dx, minY: number("y") + dy,
                              maxX: number("x") + number("width") + dx, maxY: number("y") + number("height") + dy)
                addSymbol(attributes, box)
            case "polygon" where attributes["class"] == "symbol":
                let points = Self.points(attributes["points"] ?? "").map { ($0.x + dx, $0.y + dy) }
                let box = Box(minX: points.map(\.0).min() ?? 0, minY: points.map(\.1).min() ?? 0,
                              maxX: points.map(\.0).max() ?? 0, maxY: points.map(\.1).max() ?? 0)
                addSymbol(attributes, box, outline: points)
            case "circle" where attributes["class"] == "symbol":
                let r = number("r"), cx = number("cx") + dx, cy = number("cy") + dy
                addSymbol(attributes, Box(minX: cx - r, minY: cy - r, maxX: cx + r, maxY: cy + r))
            case "line" where arrowAttributes == nil:
                drawing.gridLines.append((number("x1") + dx, number("y1") + dy, number("x2") + dx, number("y2") + dy))
            case "text" where arrowAttributes != nil && attributes["stroke"] == "#ffffff":
                label = (number("x") + dx, number("y") + dy, attributes["text-anchor"] ?? "start",
                         Double(attributes["font-size"] ?? "") ?? 9, [])
            case "tspan" where label != nil:
                label?.lines.append("")
            case "path":
                guard let arrow = arrowAttributes else { break }
                let numbers = (attributes["d"] ?? "").split(whereSeparator: { "ML ".contains($0) }).compactMap { Double($0) }
                let points = stride(from: 0, to: numbers.count - 1, by: 2).map { (x: numbers[$0] + dx, y: numbers[$0 + 1] + dy) }
                drawing.arrows.append(Arrow(from: arrow["data-from"] ?? "", to: arrow["data-to"] ?? "",
                                            label: arrow["data-label"], points: points))
            default:
                break
            }
            offsets.append((dx, dy))
        }

        /// The label being read: anchor, alignment, font size, lines.
        var label: (x: Double, y: Double, anchor: String, size: Double, lines: [String])?

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard var current = label, !current.lines.isEmpty else { return }
            current.lines[current.lines.count - 1] += string
            label = current
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let current = label, !drawing.arrows.isEmpty {
                let width = current.lines.map { TextMeasure.width($0, fontSize: current.size) }.max() ?? 0
                let minX = current.anchor == "end" ? current.x - width : current.anchor == "middle" ? current.x - width / 2 : current.x
                let lineHeight = Metrics.standard.labelLineHeight * current.size / Metrics.standard.labelFontSize
                drawing.arrows[drawing.arrows.count - 1].labelBox = Box(
                    minX: minX, minY: current.y - current.size, maxX: minX + width,
                    maxY: current.y - current.size + Double(current.lines.count) * lineHeight)
                label = nil
            }
            offsets.removeLast()
            if name == "g" { arrowAttributes = nil }
        }

        private func addSymbol(_ attributes: [String: String], _ box: Box, outline: [(x: Double, y: Double)]? = nil) {
            let corners = [(box.minX, box.minY), (box.maxX, box.minY), (box.maxX, box.maxY), (box.minX, box.maxY)]
            drawing.symbols.append(Symbol(node: attributes["data-node"] ?? "", shape: attributes["data-shape"] ?? "",
                                          actor: attributes["data-actor"] ?? "", step: attributes["data-step"], box: box,
                                          outline: outline ?? corners))
        }

        static func points(_ text: String) -> [(x: Double, y: Double)] {
            text.split(separator: " ").compactMap { pair in
                let values = pair.split(separator: ",").compactMap { Double($0) }
                return values.count == 2 ? (values[0], values[1]) : nil
            }
        }
    }
}
