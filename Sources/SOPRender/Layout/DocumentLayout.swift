import SOPCore
import SOPModel

/// The whole drawing of an SOP, before any output format: the activity table's columns, header
/// and rows with wrapped text, split into pages, each page with its flowchart laid out.
///
/// The pipeline: `FlowGraph` (the arrows the model means) → `TableBuilder` (columns, rows,
/// wrapped text, heights) → `Pagination` (rows per A4 page) → off-page connections
/// (arrows between pages) → `FlowchartBuilder` (symbols in their actor columns, then
/// `EdgeRouter` for the arrows). The writers only read the result.
public struct DocumentLayout: Sendable {
    public let sop: SOP
    public let language: Language
    public let style: LayoutStyle
    public let metrics: Metrics
    public let graph: FlowGraph
    public let columns: [TableColumn]
    public let header: TableHeader
    public let rows: [TableRow]
    public let pages: [PageLayout]
    /// The total waktu of the SOP, wrapped to the Waktu column (document style).
    public let totalWaktu: [String]
    /// The row under the table holding the total waktu (document style), its height.
    public let footerHeight: Double

    public init(sop: SOP, language: Language, style: LayoutStyle = .document, metrics: Metrics = .standard) {
        self.sop = sop
        self.language = language
        self.style = style
        self.metrics = metrics
        let graph = FlowGraph(sop: sop)
        let table = TableBuilder(sop: sop, language: language, style: style, metrics: metrics)
        let columns = table.columns()
        let header = table.header(columns)
        var rows = table.rows(columns, graph: graph)
        let totalWaktu = table.totalWaktu(columns)
        let footerHeight = style == .document ? table.cellHeight(lines: totalWaktu.count) : 0
        self.totalWaktu = totalWaktu
        self.graph = graph
        self.columns = columns
        self.header = header
        self.footerHeight = footerHeight

        var ranges: [Range<Int>]
        switch style {
        case .flowchart:
            ranges = [0..<rows.count]
        case .document:
            let available = metrics.pageContentHeight - metrics.pageCaptionHeight - header.height - sop.pageFootRoom
            func paginate(_ rows: [TableRow]) -> [Range<Int>] {
                Pagination.pages(heights: rows.map(\.height), isSection: rows.map {
                    if case .section = $0.content { true } else { false }
                }, available: available, bands: 2 * metrics.connectorBandHeight, footer: footerHeight)
            }
            // Merged waktu cells: rows grow until each cell's text fits its rows, page by page.
            let merged = MergedWaktu.cells(rows: rows, sop: sop)
            ranges = paginate(rows)
            var rounds = 0
            while rounds < 2 * merged.count + 2, MergedWaktu.grow(&rows, cells: merged, pages: ranges, metrics: metrics) {
                ranges = paginate(rows)
                rounds += 1
            }
        }
        self.rows = rows
        let connections = OffPageConnection.find(graph: graph, rows: rows, pages: ranges)
        let builder = FlowchartBuilder(sop: sop, language: language, metrics: metrics, graph: graph, rows: rows,
                                       columns: columns, pages: ranges, connections: connections)
        self.pages = ranges.enumerated().map { index, range in
            PageLayout(number: index + 1, rows: range, flowchart: builder.build(page: index))
        }
    }

    /// The actor columns of the table, in table coordinates.
    public var actorColumns: [TableColumn] {
        columns.filter { if case .actor = $0.kind { true } else { false } }
    }

    /// Where the flowchart starts in the table (the left edge of the first actor column).
    public var flowchartX: Double { actorColumns.first?.x ?? 0 }

    public var tableWidth: Double { columns.last.map { $0.x + $0.width } ?? 0 }

    /// The name a reader knows a step by: its printed number, or its id for unnumbered rows
    /// and for steps sharing a number.
    public func displayName(ofStep index: Int) -> String {
        let step = sop.steps[index]
        guard let number = step.number else { return step.id.value }
        return sop.steps.filter { $0.number == number }.count > 1 ? "\(number) (\(step.id.value))" : number
    }
}

/// One printed page of the activity table.
public struct PageLayout: Sendable {
    /// 1-based.
    public var number: Int
    /// Indices into `DocumentLayout.rows`.
    public var rows: Range<Int>
    public var flowchart: FlowchartLayout
}

/// Arrows whose two ends are on different pages, drawn as a pair of off-page connectors with
/// one letter: an arrow into a connector at the bottom of the source page, an arrow out of a
/// connector at the top of the target page. Arrows from one page to the same step share a pair.
struct OffPageConnection: Sendable {
    var letter: String
    var target: FlowGraph.Node
    var sourcePage: Int
    var targetPage: Int
    /// The steps whose arrows lead into it (indices into `SOP.steps`).
    var sources: [Int]

    static func find(graph: FlowGraph, rows: [TableRow], pages: [Range<Int>]) -> [OffPageConnection] {
        guard pages.count > 1 else { return [] }
        var pageOfRow: [Int] = Array(repeating: 0, count: rows.count)
        for (page, range) in pages.enumerated() { for row in range { pageOfRow[row] = page } }
        let locate = RowLocator(rows: rows)
        var connections: [OffPageConnection] = []
        for edge in graph.edges {
            guard let sourceRow = locate.row(of: .step(edge.from)), let targetRow = locate.row(of: edge.to) else { continue }
            let sourcePage = pageOfRow[sourceRow], targetPage = pageOfRow[targetRow]
            guard sourcePage != targetPage else { continue }
            if let index = connections.firstIndex(where: { $0.target == edge.to && $0.sourcePage == sourcePage }) {
                if !connections[index].sources.contains(edge.from) { connections[index].sources.append(edge.from) }
            } else {
                connections.append(OffPageConnection(letter: letter(connections.count), target: edge.to,
                                                     sourcePage: sourcePage, targetPage: targetPage, sources: [edge.from]))
            }
        }
        return connections
    }

    /// A, B, …, Z, AA, AB, …
    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var index = index
        var text = ""
        repeat {
            text = String(letters[index % 26]) + text
            index = index / 26 - 1
        } while index >= 0
        return text
    }
}

/// Which table row holds a step or the end capsule.
struct RowLocator {
    private var rowOfStep: [Int: Int] = [:]
    private var endRow: Int?

    init(rows: [TableRow]) {
        for (index, row) in rows.enumerated() {
            switch row.content {
            case .steps(let steps): for step in steps { rowOfStep[step] = index }
            case .end: endRow = index
            case .section: break
            }
        }
    }

    func row(of node: FlowGraph.Node) -> Int? {
        switch node {
        case .step(let index): rowOfStep[index]
        case .end: endRow
        }
    }
}
