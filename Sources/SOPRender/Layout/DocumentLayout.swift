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
    public private(set) var pages: [PageLayout]
    /// A page printed smaller (`tata_letak.halaman`) laid out again on a wider table, so that
    /// printed smaller it is as wide as the other pages (by page index; see `drawn(page:)`). Only
    /// that page of such a layout is drawn: its other pages hold their bands alone.
    public private(set) var widened: [Int: DocumentLayout] = [:]
    /// The total waktu of the SOP, wrapped to the Waktu column (document style).
    public let totalWaktu: [String]
    /// The row under the table holding the total waktu (document style), its height.
    public let footerHeight: Double
    /// The running header over each page of the table.
    public let caption: PageCaption

    /// The table this layout draws, in an SOP printed as several tables (`tables(of:)`).
    public let part: TablePart?
    /// How many connector letters the pages of this layout use (not those between tables).
    let pageLetters: Int

    public init(sop: SOP, language: Language, style: LayoutStyle = .document, metrics: Metrics = .standard,
                part: TablePart? = nil)
    {
        self.init(sop: sop, language: language, style: style, metrics: metrics, part: part, caption: nil, drawing: .whole)
    }

    /// Which pages a layout draws: every page; one page of a wider table (`widen(page:room:)`),
    /// the others measured only; or every page measured only, its bands without symbols.
    private enum Drawing {
        case whole, page(Int), measured
    }

    /// `caption`, when given, is the running header of the layout a page is widened for (its
    /// width is the printed page's, not the wider table's); such a layout widens no page itself.
    private init(sop: SOP, language: Language, style: LayoutStyle, metrics: Metrics, part: TablePart?,
                 caption given: PageCaption?, drawing: Drawing)
    {
        self.sop = sop
        self.language = language
        self.style = style
        self.metrics = metrics
        self.part = part
        let graph = part?.graph ?? FlowGraph(sop: sop)
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
        let caption = given ?? PageCaption(sop: sop, language: language, width: columns.last.map { $0.x + $0.width } ?? 0, metrics: metrics)
        self.caption = caption

        var ranges: [Range<Int>]
        switch style {
        case .flowchart:
            ranges = [0..<rows.count]
        case .document:
            let available = metrics.pageContentHeight - caption.height - header.height - sop.pageFootRoom
            // The rows the signed pages begin with (`tata_letak.halaman`), when written.
            let signed = Set((sop.layout.pageStarts ?? []).compactMap { sop.pageStart($0.value) })
            func paginate(_ rows: [TableRow]) -> [Range<Int>] {
                Pagination.pages(heights: rows.map(\.height), isSection: rows.map {
                    if case .section = $0.content { true } else { false }
                }, available: available, bands: 2 * metrics.connectorBandHeight, footer: footerHeight,
                   breaks: Set(rows.indices.filter { row in
                       rows[row].stepIndices.contains { signed.contains($0) }
                           || rows[row].stepIndices.first.map { sop.steps[$0].drawn.startsPage?.value == true } ?? false
                   }), onlyAtBreaks: sop.layout.pageStarts != nil)
            }
            // Merged cells: rows grow until each cell's text fits its rows, page by page.
            let merged = MergedCell.cells(rows: rows, sop: sop)
            ranges = paginate(rows)
            var rounds = 0
            while rounds < 2 * merged.count + 2, MergedCell.grow(&rows, cells: merged, pages: ranges, metrics: metrics) {
                ranges = paginate(rows)
                rounds += 1
            }
        }
        self.rows = rows
        let connections = OffPageConnection.find(graph: graph, rows: rows, pages: ranges, part: part)
        self.pageLetters = connections.filter { $0.otherTable == nil }.count
        var builder = FlowchartBuilder(sop: sop, language: language, metrics: metrics, graph: graph, rows: rows,
                                       columns: columns, pages: ranges, connections: connections)
        if style == .flowchart, graph.drawnEdges.contains(where: { $0.kind == .branch }) {
            // Each decision's exits leave from the sides the document draws them from.
            let document = DocumentLayout(sop: sop, language: language, style: .document, metrics: metrics, part: part)
            for page in document.pages { builder.preferredPorts.merge(page.flowchart.branchPorts) { first, _ in first } }
        }
        let pages = ranges.enumerated().map { index, range in
            let drawn = switch drawing {
            case .whole: true
            case .page(let page): page == index
            case .measured: false
            }
            return PageLayout(number: index + 1, rows: range, flowchart: drawn ? builder.build(page: index) : builder.measure(page: index))
        }
        self.pages = pages
        if style == .document, sop.layout.pageStarts != nil {
            // A page as signed holding more than fits is printed smaller, whole: as small as the
            // page's height asks, and no smaller (tester 29, F10). The room is the printed
            // page's less the running header as tall as it is (`pageContentHeight` keeps room for
            // a caption of one line already) and the foot.
            let room = metrics.pageContentHeight + metrics.pageCaptionHeight - caption.height - sop.pageFootRoom
            for index in pages.indices {
                let height = self.height(ofPage: index)
                guard height > room else { continue }
                (self.pages[index].scale, self.pages[index].tableHeight) = (room / height, height)
                if given == nil, let wide = widen(page: index, room: room) { widened[index] = wide }
            }
        }
    }

    /// The height of a page's table at full size: the header, its bands, the total on the last.
    func height(ofPage index: Int) -> Double {
        header.height + pages[index].flowchart.bands.map(\.height).reduce(0, +) + (index == pages.count - 1 ? footerHeight : 0)
    }

    /// A page printed smaller is printed as wide as the others: its table laid out on a page
    /// wider by the inverse of the scale, where its text takes fewer lines and its rows less
    /// height, so that the page shrinks less. The largest scale, in hundredths, whose wider table
    /// still fits the room; nil where even the scale of the page as laid out does not.
    private func widen(page index: Int, room: Double) -> DocumentLayout? {
        func metrics(_ hundredths: Int) -> Metrics {
            var wider = self.metrics
            wider.pageContentWidth = (tableWidth * 100 / Double(hundredths)).rounded(.down)
            return wider
        }
        // Measured only: the page's height at a scale, without its symbols and arrows.
        func fits(_ hundredths: Int) -> Bool {
            let wide = DocumentLayout(sop: sop, language: language, style: style, metrics: metrics(hundredths), part: part,
                                      caption: caption, drawing: .measured)
            let scale = Double(hundredths) / 100
            return wide.pages.count == pages.count && wide.pages[index].rows == pages[index].rows
                && wide.height(ofPage: index) * scale <= room && wide.tableWidth * scale <= tableWidth
        }
        // From the scale of the page as laid out (where the wider table is expected no taller)
        // up to the largest that fits, halving the range each time: a wider table is taken as
        // never taller, and only a scale checked to fit is kept.
        var low = Int((pages[index].scale * 100).rounded(.down))
        guard low >= 1, fits(low) else { return nil }
        var high = 100
        while high - low > 1 {
            let middle = (low + high) / 2
            if fits(middle) { low = middle } else { high = middle }
        }
        var wide = DocumentLayout(sop: sop, language: language, style: style, metrics: metrics(low), part: part,
                                  caption: caption, drawing: .page(index))
        (wide.pages[index].scale, wide.pages[index].tableHeight) = (Double(low) / 100, wide.height(ofPage: index))
        return wide
    }

    /// The layout a page is drawn from and the page in it: the page itself, or, printed
    /// smaller, the page laid out on its wider table.
    public func drawn(page index: Int) -> (layout: DocumentLayout, page: PageLayout) {
        if let wide = widened[index] { return (wide, wide.pages[index]) }
        return (self, pages[index])
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
    /// Below 1 for a page printed smaller to hold the rows the signed page holds
    /// (`tata_letak.halaman`).
    public var scale = 1.0
    /// The height of the page's table at full size, where it is printed smaller.
    public var tableHeight = 0.0
}

/// Arrows whose two ends are on different pages, drawn as a pair of off-page connectors with
/// one letter: an arrow into a connector at the bottom of the source page, an arrow out of a
/// connector at the top of the target page. Arrows from one page to the same step share a pair.
///
/// An arrow into another table of an SOP printed as several ends the same way, at a connector
/// whose letter the arrow out of the connector at the top of that table carries.
struct OffPageConnection: Sendable {
    var letter: String
    var target: FlowGraph.Node
    /// -1 for a connection coming in from another table.
    var sourcePage: Int
    /// -1 for a connection going out to another table.
    var targetPage: Int
    /// The steps whose arrows lead into it (indices into `SOP.steps`).
    var sources: [Int]
    /// The table (0-based) the connection comes from or goes to, when it joins two tables.
    var otherTable: Int? = nil
    /// The name of the step it leads to in the other table.
    var otherStep = ""
    /// The number of an arrow into another table printed through numbered connectors
    /// (`penghubung`): the pair is drawn as circles holding it, not as lettered pentagons.
    var number: String? = nil

    static func find(graph: FlowGraph, rows: [TableRow], pages: [Range<Int>], part: TablePart? = nil) -> [OffPageConnection] {
        var pageOfRow: [Int] = Array(repeating: 0, count: rows.count)
        for (page, range) in pages.enumerated() { for row in range { pageOfRow[row] = page } }
        let locate = RowLocator(rows: rows)
        var connections: [OffPageConnection] = []
        if let part {
            // Arrows between tables: into this table at the top of the page holding the target,
            // out of it at the bottom of the page holding the source.
            for arrival in part.arrivals {
                guard let row = locate.row(of: .step(arrival.to)) else { continue }
                connections.append(OffPageConnection(letter: arrival.letter, target: .step(arrival.to), sourcePage: -1,
                                                     targetPage: pageOfRow[row], sources: [], otherTable: arrival.from,
                                                     number: arrival.number))
            }
            for edge in graph.drawnEdges {
                guard case .outside(let target) = edge.to, let departure = part.departures[target],
                      let row = locate.row(of: .step(edge.from)) else { continue }
                if let index = connections.firstIndex(where: { $0.target == edge.to && $0.sourcePage == pageOfRow[row] }) {
                    if !connections[index].sources.contains(edge.from) { connections[index].sources.append(edge.from) }
                } else {
                    connections.append(OffPageConnection(letter: departure.letter, target: edge.to, sourcePage: pageOfRow[row],
                                                          targetPage: -1, sources: [edge.from], otherTable: departure.table,
                                                          otherStep: departure.step, number: departure.number))
                }
            }
        }
        guard pages.count > 1 else { return connections }
        let first = part?.firstLetter ?? 0
        var ownLetters = 0
        // Numbered connectors (`penghubung`) carry their arrows across pages themselves.
        for edge in graph.drawnEdges where edge.connector == nil && !edge.endsBeside {
            guard let sourceRow = locate.row(of: .step(edge.from)), let targetRow = locate.row(of: edge.to) else { continue }
            let sourcePage = pageOfRow[sourceRow], targetPage = pageOfRow[targetRow]
            guard sourcePage != targetPage else { continue }
            if let index = connections.firstIndex(where: { $0.target == edge.to && $0.sourcePage == sourcePage }) {
                if !connections[index].sources.contains(edge.from) { connections[index].sources.append(edge.from) }
            } else {
                connections.append(OffPageConnection(letter: letter(first + ownLetters), target: edge.to,
                                                     sourcePage: sourcePage, targetPage: targetPage, sources: [edge.from]))
                ownLetters += 1
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
        case .outside: nil
        }
    }
}

/// One table of an SOP printed as several, drawn on its own with its own columns, start and
/// end (issue 10): its arrows in the table's step indices, and the connectors joining it to the
/// other tables, whose letters are shared by the whole document.
public struct TablePart: Sendable {
    struct Arrival: Sendable {
        var letter: String
        /// The step of this table it leads to.
        var to: Int
        /// The table (0-based) it comes from.
        var from: Int
        /// Printed through numbered connectors (`penghubung`).
        var number: String? = nil
    }

    struct Departure: Sendable {
        var letter: String
        /// The table (0-based) it goes to, and the name of its step there.
        var table: Int
        var step: String
        /// Printed through numbered connectors (`penghubung`).
        var number: String? = nil
    }

    /// 0-based.
    public let index: Int
    let graph: FlowGraph
    let arrivals: [Arrival]
    /// By the target's index in the whole SOP.
    let departures: [Int: Departure]
    /// The index of the first letter the connectors between this table's own pages take.
    let firstLetter: Int
}

extension DocumentLayout {
    /// The layout of each table of an SOP printed as several, each with its own actor columns,
    /// start and end. An arrow from one table into another (tables passing one to the next)
    /// leaves at a lettered connector and arrives at the connector of the same letter; tables
    /// that are alternative procedures are never joined.
    public static func tables(of sop: SOP, language: Language, style: LayoutStyle, metrics: Metrics = .standard)
        -> [DocumentLayout]
    {
        let whole = FlowGraph(sop: sop)
        var letters: [Int: String] = [:]
        // Arrows into a step of another table printed through numbered connectors: their number.
        var numbers: [Int: String] = [:]
        for edge in whole.drawnEdges {
            guard case .step(let to) = edge.to, sop.table(of: edge.from) != sop.table(of: to) else { continue }
            if numbers[to] == nil, let number = edge.connector { numbers[to] = number }
            guard letters[to] == nil else { continue }
            letters[to] = OffPageConnection.letter(letters.count)
        }
        var next = letters.count
        return sop.tables.indices.map { index in
            let range = sop.tables[index].steps
            let (graph, incoming) = whole.part(range)
            var arrivals: [TablePart.Arrival] = []
            for edge in incoming {
                guard !edge.hidden, case .step(let to) = edge.to, let letter = letters[range.lowerBound + to],
                      !arrivals.contains(where: { $0.to == to }) else { continue }
                arrivals.append(TablePart.Arrival(letter: letter, to: to, from: sop.table(of: edge.from) ?? 0,
                                                  number: numbers[range.lowerBound + to]))
            }
            var departures: [Int: TablePart.Departure] = [:]
            for (target, letter) in letters where !range.contains(target) {
                let step = sop.steps[target]
                departures[target] = TablePart.Departure(letter: letter, table: sop.table(of: target) ?? 0,
                                                         step: step.number ?? step.id.value, number: numbers[target])
            }
            let part = TablePart(index: index, graph: graph, arrivals: arrivals, departures: departures, firstLetter: next)
            let layout = DocumentLayout(sop: sop.table(index), language: language, style: style, metrics: metrics, part: part)
            next += layout.pageLetters
            return layout
        }
    }
}
