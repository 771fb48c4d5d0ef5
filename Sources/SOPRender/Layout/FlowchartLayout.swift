/// The flowchart of one page, in coordinates local to the actor columns: (0, 0) is the top
/// left corner of the first actor column on this page.
public struct FlowchartLayout: Sendable {
    /// A horizontal band: a table row, or the band of off-page connectors at the top (flows
    /// arriving from another page) or bottom (flows leaving for another page).
    public struct Band: Sendable {
        public enum Kind: Sendable, Hashable {
            /// Index into `DocumentLayout.rows`.
            case row(Int)
            case incoming
            case outgoing
        }

        public var kind: Kind
        public var y: Double
        public var height: Double

        public var maxY: Double { y + height }
    }

    /// The column of one actor.
    public struct Lane: Sendable {
        /// Index into `SOP.actors`.
        public var actor: Int
        public var x: Double
        public var width: Double

        public var maxX: Double { x + width }
    }

    public var width: Double
    public var height: Double
    public var lanes: [Lane]
    public var bands: [Band]
    public var symbols: [PlacedSymbol]
    public var edges: [RoutedEdge]
    /// Boxes of actors taking part in a step (`bersama`), joined to its box by a plain line.
    public var joints: [JointBox] = []
    /// The side of its symbol each decision's exit leaves from (step index → one side per
    /// branch, in branch order): the flowchart alone (SVG) takes them from the document's, so
    /// both draw an exit on the same side (tester 10, F18).
    var branchPorts: [Int: [EdgeRouter.Port]] = [:]
}

/// A box drawn for an actor who takes part in a step (`bersama`): in that actor's column, in
/// the step's row, joined to the step's box by a plain line without an arrowhead.
public struct JointBox: Sendable {
    /// Index into `SOP.steps` of the step whose flow passes through the other box.
    public var step: Int
    /// Index into `SOP.actors` of the column it is drawn in.
    public var actor: Int
    public var frame: Rect
    /// False when the actor has its own box in the row (a step of its own, as in two chains
    /// side by side): only the line is drawn, to that box.
    public var drawsBox: Bool
    /// The plain line, from the step's box to this one; a short stub from this box touching
    /// nothing where the unit printed it so (`garis_pendek`).
    public var line: [Point]
    public var stub = false
}

/// A symbol at its place.
public struct PlacedSymbol: Sendable {
    /// The five symbols of the regulation; the fifth, the arrow, is `RoutedEdge`.
    public enum Shape: String, Sendable {
        case terminator, process, decision
        /// No box: the flow line passes the row by (`simbol: tanpa`).
        case passBy = "tanpa"
        case offPageConnector = "connector"
        /// A numbered connector on the page (`penghubung`): a small circle.
        case numberedConnector = "numbered"
    }

    /// What the symbol stands for: a step, the end, or one end of an off-page connection (the
    /// same letter on both pages).
    public enum Key: Sendable, Hashable {
        case step(Int)
        case end
        case connector(String)
        /// One of a pair of numbered connectors (`penghubung`): the one an arrow runs into, or
        /// the one it goes on from.
        case numbered(String, arriving: Bool)
        /// A `bersama` box (step, actor) an arrow leaves from (`keluar_lewat`); drawn as a joint.
        case joint(Int, actor: Int)
        /// The end capsule a decision's exit to `selesai` runs into, beside the decision (step
        /// index) in its own row.
        case endBeside(Int)
    }

    public var key: Key
    public var shape: Shape
    public var frame: Rect
    /// Index into `SOP.actors` of the column it is drawn in.
    public var actor: Int
    /// Index into the page's bands.
    public var band: Int
    /// Drawn inside: the step number, a connector's letter.
    public var text: String
    /// What a reader sees when pointing at it: the activity, where a connector leads.
    public var title: String
    /// Drawn across the borders of its column into the columns beside it (a decision with
    /// `bersama`, over the joint actors' columns).
    public var spansColumns = false
    /// The words printed inside (`teks_simbol`), wrapped, in place of `text`, and their size.
    public var textLines: [String] = []
    public var textSize: Double = 0

    /// The outline of the shape, as a closed polygon (rectangles as their four corners).
    public var outline: [Point] {
        let f = frame
        switch shape {
        case .decision:
            return [Point(f.midX, f.minY), Point(f.maxX, f.midY), Point(f.midX, f.maxY), Point(f.minX, f.midY)]
        case .offPageConnector:
            let shoulder = f.minY + f.height * 0.6
            return [Point(f.minX, f.minY), Point(f.maxX, f.minY), Point(f.maxX, shoulder),
                    Point(f.midX, f.maxY), Point(f.minX, shoulder)]
        case .process, .terminator, .passBy, .numberedConnector:
            return [Point(f.minX, f.minY), Point(f.maxX, f.minY), Point(f.maxX, f.maxY), Point(f.minX, f.maxY)]
        }
    }
}

/// An arrow: an orthogonal line from one symbol's edge to another's, with its branch label.
public struct RoutedEdge: Sendable {
    public var from: PlacedSymbol.Key
    public var to: PlacedSymbol.Key
    /// From the source symbol's edge to the target symbol's edge; the arrow head is at the end.
    public var points: [Point]
    public var label: EdgeLabel?
}

/// A decision's branch label, next to where its arrow leaves the diamond.
public struct EdgeLabel: Sendable {
    public enum Alignment: String, Sendable { case start, end }

    public var lines: [String]
    /// The baseline of the first line; text runs rightward from it (`start`) or ends at it (`end`).
    public var anchor: Point
    public var alignment: Alignment
    /// The box the text covers (estimated).
    public var frame: Rect
    /// Its font size: the standard label size, smaller where no free place fits that.
    public var fontSize: Double
    /// The label as written (its lines may break a word between syllables).
    public var text: String
}
