import SOPCore
import SOPModel

/// Lays out the flowchart of one page: bands (the rows, and the bands of off-page connectors),
/// every symbol in its actor's column, then the arrows through `EdgeRouter`.
struct FlowchartBuilder {
    let sop: SOP
    let language: Language
    let metrics: Metrics
    let graph: FlowGraph
    let rows: [TableRow]
    let columns: [TableColumn]
    let pages: [Range<Int>]
    let connections: [OffPageConnection]
    /// The sides the document's decisions' exits leave from, which the flowchart alone keeps.
    var preferredPorts: [Int: [EdgeRouter.Port]] = [:]

    /// The bands of a page, top to bottom: the connectors arriving, the rows, those leaving.
    func bands(page: Int) -> [FlowchartLayout.Band] {
        var bands: [FlowchartLayout.Band] = []
        var y = 0.0
        func addBand(_ kind: FlowchartLayout.Band.Kind, _ height: Double) {
            bands.append(FlowchartLayout.Band(kind: kind, y: y, height: height))
            y += height
        }
        if connections.contains(where: { $0.targetPage == page }) { addBand(.incoming, metrics.connectorBandHeight) }
        for row in pages[page] { addBand(.row(row), rows[row].height) }
        if connections.contains(where: { $0.sourcePage == page }) { addBand(.outgoing, metrics.connectorBandHeight) }
        return bands
    }

    /// A page's bands alone, without symbols or arrows: enough to know its height.
    func measure(page: Int) -> FlowchartLayout {
        let bands = bands(page: page)
        return FlowchartLayout(width: actorLanes().last?.maxX ?? 0, height: bands.last?.maxY ?? 0, lanes: actorLanes(),
                               bands: bands, symbols: [], edges: [])
    }

    func build(page: Int) -> FlowchartLayout {
        let lanes = actorLanes()
        let width = lanes.last?.maxX ?? 0
        let incoming = connections.filter { $0.targetPage == page }
        let outgoing = connections.filter { $0.sourcePage == page }
        let bands = bands(page: page)
        let y = bands.last?.maxY ?? 0

        // Symbols, band by band.
        var symbols: [PlacedSymbol] = []
        for (bandIndex, band) in bands.enumerated() {
            switch band.kind {
            case .row(let row):
                switch rows[row].content {
                case .steps(let steps):
                    // Room kept for numbered connectors above and below the symbols.
                    let room = NumberedConnectors.room(rows: steps, graph: graph, metrics: metrics)
                    let inner = FlowchartLayout.Band(kind: band.kind, y: band.y + room.top, height: band.height - room.total)
                    var placed = place(steps.map { stepSymbol($0) } + endsBeside(steps, lanes: lanes), in: inner, index: bandIndex,
                                       lanes: lanes, stacked: StackedRow.stacks(sop.steps, steps))
                    spanJointDecisions(&placed, lanes: lanes)
                    // An end capsule beside a decision sits just under the level of the diamond's
                    // corners: its arrow leaves sideways and turns down into it, and the exit's
                    // label has the room above the line.
                    for index in placed.indices {
                        guard case .endBeside(let step) = placed[index].key,
                              let decision = placed.first(where: { $0.key == .step(step) })?.frame else { continue }
                        placed[index].frame.y = min(decision.midY + metrics.labelLineHeight, inner.maxY - placed[index].frame.height)
                    }
                    symbols += placed
                case .end:
                    let end = Pending(key: .end, shape: .terminator, actor: endColumn, height: metrics.terminatorHeight,
                                      text: Catalog.Render.selesai.text(language), title: Catalog.Render.selesai.text(language))
                    symbols += place([end], in: band, index: bandIndex, lanes: lanes)
                case .section:
                    break
                }
            case .incoming:
                symbols += place(incoming.map { connection in
                    Pending(key: .connector(connection.letter), shape: connectorShape(connection), actor: actor(of: connection.target),
                            height: connectorHeight(connection), text: connection.number ?? connection.letter,
                            title: connection.otherTable.map { Catalog.TableConnectors.continuedFromTable($0 + 1) }
                                .map { $0.text(language) } ?? Catalog.Render.continuedFromPage(connection.sourcePage + 1).text(language))
                }, in: band, index: bandIndex, lanes: lanes)
            case .outgoing:
                symbols += place(outgoing.map { connection in
                    Pending(key: .connector(connection.letter), shape: connectorShape(connection),
                            actor: actor(of: .step(connection.sources[0])), height: connectorHeight(connection),
                            text: connection.number ?? connection.letter,
                            title: (connection.otherTable.map { Catalog.TableConnectors.continuesInTable($0 + 1, step: connection.otherStep) }
                                ?? Catalog.Render.continuesOnPage(connection.targetPage + 1, step: name(of: connection.target))).text(language))
                }, in: band, index: bandIndex, lanes: lanes)
            }
        }

        // Numbered connectors, at the x of their arrows' targets.
        let steps = symbols
        for (bandIndex, band) in bands.enumerated() {
            guard case .row(let row) = band.kind, case .steps(let indices) = rows[row].content else { continue }
            symbols += NumberedConnectors.circles(band: band, index: bandIndex, steps: indices, graph: graph,
                                                  targetX: { target in
                                                      if let placed = steps.first(where: { $0.key == .step(target) }) {
                                                          return (placed.frame.midX, placed.actor)
                                                      }
                                                      let actor = actor(of: .step(target))
                                                      return lanes.first { $0.actor == actor }.map { ($0.x + $0.width / 2, actor) }
                                                  }, metrics: metrics)
        }

        // Joint boxes (`bersama`); those an arrow leaves from (`keluar_lewat`) are symbols the
        // router starts from.
        let joints = jointBoxes(symbols: symbols, lanes: lanes)
        var exits: [Int: [Int: PlacedSymbol.Key]] = [:]
        for joint in joints where joint.drawsBox {
            let step = sop.steps[joint.step]
            guard step.drawn.exitThrough.contains(where: { $0.value == sop.actors[joint.actor].id.value }),
                  let band = symbols.first(where: { $0.key == .step(joint.step) })?.band else { continue }
            let key = PlacedSymbol.Key.joint(joint.step, actor: joint.actor)
            symbols.append(PlacedSymbol(key: key, shape: .process, frame: joint.frame, actor: joint.actor, band: band,
                                        text: "", title: step.uraian.value))
            exits[joint.step, default: [:]][joint.actor] = key
        }

        // Arrows: those arriving from other pages first (they start at the top), then each
        // step's arrows in the order of the steps.
        var router = EdgeRouter(symbols: symbols, bands: bands, columns: lanes, width: width, height: y, metrics: metrics)
        var edges: [RoutedEdge] = []
        var labelTexts: [Int: String] = [:]
        var branchPorts: [Int: [EdgeRouter.Port]] = [:]
        for connection in incoming {
            edges.append(router.route(from: .connector(connection.letter), to: key(of: connection.target)))
        }
        let stepsHere = Set(symbols.compactMap { symbol -> Int? in
            if case .step(let index) = symbol.key { return index }
            return nil
        })
        for step in stepsHere.sorted() {
            let outgoingEdges = graph.drawnEdges.filter { $0.from == step }
            let targets = outgoingEdges.map { edge -> PlacedSymbol.Key in
                if let connection = outgoing.first(where: { $0.target == edge.to && $0.sources.contains(step) }) {
                    return .connector(connection.letter)
                }
                if let number = edge.connector { return .numbered(number, arriving: false) }
                if edge.endsBeside { return .endBeside(step) }
                return key(of: edge.to)
            }
            // Branches, and a plain arrow drawn with a label (label_lanjut), get their labels placed.
            if outgoingEdges.contains(where: { $0.kind == .branch || $0.label != nil }) {
                let branches = zip(outgoingEdges, targets).map { (to: $1, label: $0.label ?? "") }
                // Each routed arrow takes the label of the first branch to its target not yet taken.
                var unlabelled = Array(branches.indices)
                let routed = router.routeBranches(from: .step(step), branches: branches, ports: preferredPorts[step])
                if let source = symbols.first(where: { $0.key == .step(step) })?.frame {
                    let ports = routed.compactMap { EdgeRouter.port(of: $0.points, from: source) }
                    if ports.count == routed.count { branchPorts[step] = ports }
                }
                for edge in routed {
                    if let position = unlabelled.firstIndex(where: { branches[$0].to == edge.to }) {
                        labelTexts[edges.count] = branches[unlabelled.remove(at: position)].label
                    }
                    edges.append(edge)
                }
            } else {
                for (edge, target) in zip(outgoingEdges, targets) {
                    // An arrow to a step of a `keluar_lewat` actor leaves from that actor's joint box.
                    var source = PlacedSymbol.Key.step(step)
                    if case .step(let to) = edge.to, let key = exits[step]?[actor(of: .step(to))] { source = key }
                    edges.append(router.route(from: source, to: target))
                }
            }
        }
        // From each numbered connector arriving on this page, on to its target.
        for symbol in symbols {
            guard case .numbered(let number, true) = symbol.key else { continue }
            for edge in graph.drawnEdges where edge.connector == number {
                guard case .step(let target) = edge.to, stepsHere.contains(target) else { continue }
                edges.append(router.route(from: symbol.key, to: .step(target)))
                break
            }
        }
        // Labels last, clear of every line drawn.
        var labels = LabelPlacer(symbols: symbols, bands: bands, columns: lanes, width: width, height: y, metrics: metrics)
        for index in edges.indices {
            if let text = labelTexts[index] { edges[index].label = labels.place(text, edge: index, in: edges) }
        }
        return FlowchartLayout(width: width, height: y, lanes: lanes, bands: bands, symbols: symbols, edges: edges,
                               joints: joints, branchPorts: branchPorts)
    }

    // MARK: Symbols

    /// A connection to or from another table printed through numbered connectors is drawn as
    /// the circle holding its number; every other as the lettered off-page pentagon.
    private func connectorShape(_ connection: OffPageConnection) -> PlacedSymbol.Shape {
        connection.number == nil ? .offPageConnector : .numberedConnector
    }

    private func connectorHeight(_ connection: OffPageConnection) -> Double {
        connection.number == nil ? metrics.connectorHeight : metrics.numberedConnectorSize
    }

    /// A symbol before it has its place.
    private struct Pending {
        var key: PlacedSymbol.Key
        var shape: PlacedSymbol.Shape
        var actor: Int
        var height: Double
        var text: String
        var title: String
        /// Words printed inside the symbol (`teks_simbol`), wrapped in `place` to the room there.
        var inside: (text: String, symbol: Symbol)? = nil
    }

    private func stepSymbol(_ index: Int) -> Pending {
        let step = sop.steps[index]
        let shape: PlacedSymbol.Shape
        let height: Double
        switch sop.drawnSymbol(of: index) {
        case .terminator: (shape, height) = (.terminator, metrics.terminatorHeight)
        case .proses: (shape, height) = (.process, metrics.processHeight)
        case .keputusan: (shape, height) = (.decision, metrics.decisionHeight)
        case .tanpa: (shape, height) = (.passBy, 2)
        }
        let drawn = sop.drawnSymbol(of: index)
        return Pending(key: .step(index), shape: shape, actor: actor(of: .step(index)), height: height,
                       text: step.number ?? "", title: step.uraian.value,
                       inside: step.symbolText.flatMap { drawn == .tanpa ? nil : ($0.value, drawn) })
    }

    /// The end capsule of each decision of the row with an exit to `selesai`, in its own row
    /// (tester 10, F3): in the nearest column holding no symbol of the row, to the right first;
    /// beside the decision in its own column when every column holds one.
    private func endsBeside(_ steps: [Int], lanes: [FlowchartLayout.Lane]) -> [Pending] {
        // Columns a decision drawn across its `bersama` columns takes are not free either.
        var chosen = Set(steps.map { actor(of: .step($0)) } + steps.flatMap { spannedActors(of: $0, lanes: lanes) })
        return steps.filter { step in graph.drawnEdges.contains { $0.from == step && $0.endsBeside } }.map { step in
            let own = actor(of: .step(step))
            let position = lanes.firstIndex { $0.actor == own } ?? 0
            let order = (1..<max(lanes.count, 1)).flatMap { [position + $0, position - $0] }.filter { lanes.indices.contains($0) }
            let lane = order.map { lanes[$0].actor }.first { !chosen.contains($0) } ?? own
            chosen.insert(lane)
            let word = Catalog.Render.selesai.text(language)
            return Pending(key: .endBeside(step), shape: .terminator, actor: lane, height: metrics.terminatorHeight, text: word, title: word)
        }
    }

    /// Symbols of one band, centred in it, each in its actor's column; symbols sharing a
    /// column share it side by side, or stand one under another in a `stacked` row.
    private func place(_ pending: [Pending], in band: FlowchartLayout.Band, index: Int,
                       lanes: [FlowchartLayout.Lane], stacked: Bool = false) -> [PlacedSymbol]
    {
        var placed: [PlacedSymbol] = []
        for lane in lanes {
            let here = pending.filter { $0.actor == lane.actor }
            guard !here.isEmpty else { continue }
            if stacked && here.count > 1 {
                let gap = StackedRow.gap(metrics)
                let insides = here.map { symbol in
                    symbol.inside.map { SymbolText.fit($0.text, symbol: $0.symbol, slot: lane.width, metrics: metrics) }
                }
                let heights = zip(here, insides).map { $1?.height ?? $0.height }
                var top = band.y + (band.height - heights.reduce(0, +) - gap * Double(here.count - 1)) / 2
                for (symbol, inside) in zip(here, insides) {
                    var width = symbol.shape == .passBy ? 0 : metrics.symbolWidth(inColumn: lane.width)
                    if let inside { width = inside.width }
                    var one = PlacedSymbol(key: symbol.key, shape: symbol.shape,
                                           frame: Rect(x: lane.x + (lane.width - width) / 2, y: top, width: width,
                                                       height: inside?.height ?? symbol.height),
                                           actor: symbol.actor, band: index, text: symbol.text, title: symbol.title)
                    one.setInside(inside)
                    placed.append(one)
                    top += one.frame.height + gap
                }
                continue
            }
            let slot = lane.width / Double(here.count)
            for (position, symbol) in here.enumerated() {
                var width = symbol.shape == .offPageConnector ? metrics.connectorWidth
                    : symbol.shape == .numberedConnector ? metrics.numberedConnectorSize
                    : symbol.shape == .passBy ? 0 : metrics.symbolWidth(inColumn: slot)
                // A capsule is as wide as its word ("Selesai"), as far as its column allows.
                if symbol.shape == .terminator {
                    width = max(width, min(slot - 4, TextMeasure.width(symbol.text, fontSize: metrics.labelFontSize) + 14))
                }
                let inside = symbol.inside.map { SymbolText.fit($0.text, symbol: $0.symbol, slot: slot, metrics: metrics) }
                if let inside { width = inside.width }
                let center = Point(lane.x + slot * (Double(position) + 0.5), band.y + band.height / 2)
                var one = PlacedSymbol(key: symbol.key, shape: symbol.shape,
                                       frame: Rect(center: center, width: width, height: inside?.height ?? symbol.height),
                                       actor: symbol.actor, band: index, text: symbol.text, title: symbol.title)
                one.setInside(inside)
                placed.append(one)
            }
        }
        return placed
    }

    /// The actors whose columns a decision with `bersama` is drawn across, with its own (tester
    /// 28, F7: "pengecekan NIK pada database SIAK", one diamond over the Operator and SIAK
    /// columns, as printed): its performer's column and the joint actors' columns, when these
    /// stand side by side, none left out between them. Empty for any other step: a decision whose
    /// joint columns are apart keeps its diamond in its own column and a box in each of theirs,
    /// joined by plain lines, as a process step does (a diamond across columns not its own
    /// would cover the symbols and lines of the columns between).
    private func spannedActors(of step: Int, lanes: [FlowchartLayout.Lane]) -> [Int] {
        let joint = sop.steps[step].drawn.jointWith
        guard sop.drawnSymbol(of: step) == .keputusan, !joint.isEmpty else { return [] }
        let actors = [actor(of: .step(step))] + joint.compactMap { id in sop.actors.firstIndex { $0.id.value == id.value } }
        let positions = Set(actors.compactMap { actor in lanes.firstIndex { $0.actor == actor } })
        guard positions.count == Set(actors).count, positions.count > 1,
              let first = positions.min(), let last = positions.max(), last - first + 1 == positions.count else { return [] }
        return (first...last).map { lanes[$0].actor }
    }

    /// Each decision with `bersama` whose columns stand side by side (`spannedActors`), drawn as
    /// one diamond centred across them, where the row has no other symbol in those columns (a
    /// step of a joint actor in the same row keeps its own box, and the diamond its column).
    private func spanJointDecisions(_ placed: inout [PlacedSymbol], lanes: [FlowchartLayout.Lane]) {
        for index in placed.indices {
            guard case .step(let step) = placed[index].key else { continue }
            let actors = spannedActors(of: step, lanes: lanes)
            let spanned = lanes.filter { actors.contains($0.actor) }
            guard let left = spanned.first, let right = spanned.last,
                  !placed.contains(where: { $0.key != placed[index].key && actors.contains($0.actor) }) else { continue }
            let frame = placed[index].frame
            placed[index].frame = Rect(center: Point((left.x + right.maxX) / 2, frame.midY),
                                       width: metrics.symbolWidth(inColumn: right.maxX - left.x), height: frame.height)
            placed[index].spansColumns = true
        }
    }

    /// For each step with `bersama`, a box in each joint actor's column, centred in the step's
    /// row, and a plain horizontal line from the step's box to it; none for a column a decision
    /// is drawn across (`spanJointDecisions`).
    private func jointBoxes(symbols: [PlacedSymbol], lanes: [FlowchartLayout.Lane]) -> [JointBox] {
        var boxes: [JointBox] = []
        for symbol in symbols {
            guard case .step(let index) = symbol.key else { continue }
            for joint in sop.steps[index].drawn.jointWith {
                guard let actor = sop.actors.firstIndex(where: { $0.id.value == joint.value }),
                      let lane = lanes.first(where: { $0.actor == actor })
                else { continue }
                if symbol.spansColumns && symbol.frame.minX < lane.maxX && lane.x < symbol.frame.maxX { continue }
                let own = symbols.first { other in
                    guard other.band == symbol.band, case .step(let box) = other.key else { return false }
                    return sop.steps[box].performer.value == joint.value
                }
                let frame = own?.frame ?? Rect(center: Point(lane.x + lane.width / 2, symbol.frame.midY),
                                               width: metrics.symbolWidth(inColumn: lane.width), height: metrics.processHeight)
                let toRight = frame.midX > symbol.frame.midX
                var line = [Point(toRight ? symbol.frame.maxX : symbol.frame.minX, symbol.frame.midY),
                            Point(toRight ? frame.minX : frame.maxX, frame.midY)]
                // Printed short, from the joint box, reaching nothing (`garis_pendek`).
                let stub = sop.steps[index].drawn.shortLines.contains { $0.value == joint.value }
                if stub {
                    let length = min(12, abs(line[1].x - line[0].x) / 3)
                    line = [line[1], Point(line[1].x + (toRight ? -length : length), line[1].y)]
                }
                boxes.append(JointBox(step: index, actor: actor, frame: frame, drawsBox: own == nil, line: line, stub: stub))
            }
        }
        return boxes
    }

    private func actorLanes() -> [FlowchartLayout.Lane] {
        let actorColumns = columns.filter { if case .actor = $0.kind { true } else { false } }
        let origin = actorColumns.first?.x ?? 0
        return actorColumns.compactMap { column in
            guard case .actor(let index) = column.kind else { return nil }
            return FlowchartLayout.Lane(actor: index, x: column.x - origin, width: column.width)
        }
    }

    /// The column of a step's performer (RenderCheck has refused undeclared ones; the first
    /// column stands in so that a layout never fails).
    private func actor(of node: FlowGraph.Node) -> Int {
        switch node {
        case .step(let index):
            let performer = sop.steps[index].performer.value
            return sop.actors.firstIndex { $0.id.value == performer } ?? 0
        case .end, .outside:
            return endColumn
        }
    }

    /// The end capsule goes in the column of the last step whose flow ends there.
    private var endColumn: Int { graph.endActor(in: sop) ?? 0 }

    private func key(of node: FlowGraph.Node) -> PlacedSymbol.Key {
        switch node {
        case .step(let index): .step(index)
        case .end, .outside: .end
        }
    }

    private func name(of node: FlowGraph.Node) -> String {
        switch node {
        case .step(let index):
            let step = sop.steps[index]
            return step.number ?? step.id.value
        case .end, .outside:
            return Catalog.Render.selesai.text(language)
        }
    }
}

extension PlacedSymbol {
    /// Takes the words printed inside (`teks_simbol`); the frame is already as tall as they need.
    mutating func setInside(_ inside: SymbolText?) {
        guard let inside else { return }
        textLines = inside.lines
        textSize = inside.fontSize
    }
}
