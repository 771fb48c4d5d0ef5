import SOPCore

/// Small helpers shared by the text writers: escaping and numbers.
enum Markup {
    /// Text for XML and HTML content and attribute values.
    static func escape(_ text: String) -> String { HTML.escape(text) }

    /// A coordinate as SVG wants it: at most two decimals, no trailing zeros ("12", "12.5").
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func points(_ points: [Point]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// The font stack: DejaVu Sans first, whose widths `TextMeasure` assumes.
    static let fontFamily = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, Arial, sans-serif"
}

extension PlacedSymbol.Key {
    /// The key as written in `data-node`, `data-from` and `data-to`: `step:ID`, `end`,
    /// `connector:LETTER`.
    func attribute(_ layout: DocumentLayout) -> String {
        switch self {
        case .step(let index): "step:" + layout.sop.steps[index].id.value
        case .end: "end"
        case .endBeside(let step): "end:" + layout.sop.steps[step].id.value
        case .connector(let letter): "connector:" + letter
        case .numbered(let number, let arriving): "numbered:" + number + (arriving ? ":in" : ":out")
        case .joint(let step, let actor): "joint:" + layout.sop.steps[step].id.value + ":" + layout.sop.actors[actor].id.value
        }
    }
}

extension FlowGraph.Node {
    /// The node's id in Mermaid and DOT: `s1`, `s2`… by row position, `selesai` for the end.
    var graphID: String {
        switch self {
        case .step(let index), .outside(let index): "s\(index + 1)"
        case .end: "selesai"
        }
    }
}
