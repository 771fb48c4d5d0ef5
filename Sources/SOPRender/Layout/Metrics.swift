/// Every size of the drawing in one place, in CSS pixels (96 per inch). Change a look here.
public struct Metrics: Sendable {
    // MARK: The printed page: A4 landscape with 10 mm margins.

    /// 297 mm less two 10 mm margins.
    public var pageContentWidth: Double = 1040
    /// 210 mm less two 10 mm margins (718 px), less room for the page caption and rounding.
    public var pageContentHeight: Double = 690
    /// The caption above each table page ("SOP 01 · judul · Halaman 1 dari 3").
    public var pageCaptionHeight: Double = 18

    // MARK: Text

    public var fontSize: Double = 10
    public var lineHeight: Double = 13
    public var labelFontSize: Double = 9
    public var labelLineHeight: Double = 11
    /// Padding inside a table cell (the HTML uses the same numbers).
    public var cellPaddingX: Double = 4
    public var cellPaddingY: Double = 3
    /// Table borders are 1 px wide.
    public var border: Double = 1

    // MARK: Columns of the activity table

    public var numberColumnWidth: Double = 30
    public var waktuColumnWidth: Double = 62
    public var minimumActorWidth: Double = 56
    public var maximumActorWidth: Double = 110
    /// Smallest widths of the text columns; what is left is shared by weight.
    public var minimumKegiatanWidth: Double = 170
    public var minimumListWidth: Double = 85
    /// The actor columns of the flowchart alone (`--format svg`).
    public var flowchartActorWidth: Double = 110

    // MARK: Symbols

    /// Free room kept on each side of a symbol in its column: the lanes arrows run in.
    public var laneRoom: Double = 14
    public var symbolMinimumWidth: Double = 34
    public var symbolMaximumWidth: Double = 64
    public var processHeight: Double = 26
    public var terminatorHeight: Double = 24
    public var decisionHeight: Double = 38
    public var connectorWidth: Double = 22
    public var connectorHeight: Double = 24
    /// Free height above and below the symbols of a row, where arrows turn.
    public var rowBand: Double = 15
    /// The band at the top or bottom of a page holding off-page connectors.
    public var connectorBandHeight: Double = 34
    /// A numbered connector drawn on a page (`penghubung`): a circle, and the room a row keeps
    /// above its symbols for one arriving, below them for one leaving.
    public var numberedConnectorSize: Double = 18
    public var numberedConnectorRoom: Double = 26

    // MARK: Arrows

    /// Distance between parallel arrows sharing a lane or a band.
    public var trackSpacing: Double = 6
    /// Distance of the first turn from a symbol.
    public var trackOffset: Double = 9
    public var arrowHeadLength: Double = 7
    public var arrowHeadWidth: Double = 6

    public init() {}

    public static let standard = Metrics()

    /// The width of a symbol drawn in a column (or a slot of one) of the given width.
    public func symbolWidth(inColumn width: Double) -> Double {
        min(symbolMaximumWidth, max(symbolMinimumWidth, width - 2 * laneRoom))
    }

    /// The smallest height of a row whose tallest symbol has the given height.
    public func rowHeight(forSymbol height: Double) -> Double {
        height + 2 * rowBand
    }
}
