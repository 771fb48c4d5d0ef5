import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// The flowchart checked from the SVG text, as a program reads it, not by eye: every arrow
/// joins the right two symbols, every symbol sits in its actor's column, no arrow passes
/// through a symbol.
@Suite("Flowchart SVG, checked structurally")
struct SVGStructureTests {
    /// The drawings of the official document (one per page) and of the flowchart alone.
    static func drawings(_ name: String) throws -> [(name: String, pages: [SVGDrawing])] {
        let html = try #require(Samples.html[name]), svg = try #require(Samples.svg[name])
        return [("html", try SVGDrawing.all(in: html)), ("svg", try SVGDrawing.all(in: svg))]
    }

    @Test("Every arrow joins the symbols the model's flow joins", arguments: Samples.all)
    func arrowsFollowTheFlow(_ name: String) throws {
        let sop = try Samples.sop(name)
        let expected = ExpectedArrow.of(sop)
        #expect(!expected.isEmpty)
        for (format, pages) in try Self.drawings(name) {
            var drawn: [ExpectedArrow] = []
            // An arrow into a connector on one page continues from the connector of the same
            // letter on another page.
            var leaving: [String: [ExpectedArrow]] = [:]
            var arriving: [String: [String]] = [:]
            for page in pages {
                for arrow in page.arrows {
                    switch (arrow.from.hasPrefix("connector:"), arrow.to.hasPrefix("connector:")) {
                    case (false, false): drawn.append(ExpectedArrow(from: arrow.from, to: arrow.to, label: arrow.label))
                    case (false, true): leaving[arrow.to, default: []].append(ExpectedArrow(from: arrow.from, to: "", label: arrow.label))
                    case (true, false): arriving[arrow.from, default: []].append(arrow.to)
                    case (true, true): Issue.record("\(format): an arrow between two connectors")
                    }
                }
            }
            for (connector, starts) in leaving {
                let ends = arriving[connector] ?? []
                #expect(ends.count == 1, "\(name) \(format): \(connector) arrives \(ends.count) times")
                for start in starts { drawn.append(ExpectedArrow(from: start.from, to: ends.first ?? "?", label: start.label)) }
            }
            #expect(Set(arriving.keys) == Set(leaving.keys), "\(name) \(format): connectors without their pair")
            #expect(drawn.counted == expected.counted,
                    "\(name) \(format): drawn \(drawn.sorted { $0.description < $1.description }) expected \(expected.sorted { $0.description < $1.description })")
            if format == "svg" { #expect(leaving.isEmpty, "the flowchart alone is one page: no connectors") }
        }
    }

    @Test("Every arrow starts on its source's outline and ends on its target's", arguments: Samples.all)
    func arrowsTouchTheirSymbols(_ name: String) throws {
        for (format, pages) in try Self.drawings(name) {
            for page in pages {
                let byNode = Dictionary(page.symbols.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
                for arrow in page.arrows {
                    let source = try #require(byNode[arrow.from], "\(name) \(format): no symbol \(arrow.from)")
                    let target = try #require(byNode[arrow.to], "\(name) \(format): no symbol \(arrow.to)")
                    let first = try #require(arrow.points.first), last = try #require(arrow.points.last)
                    #expect(source.box.hasOnEdge(first), "\(name) \(format): \(arrow.from)->\(arrow.to) starts at \(first)")
                    #expect(target.box.hasOnEdge(last), "\(name) \(format): \(arrow.from)->\(arrow.to) ends at \(last)")
                }
            }
        }
    }

    @Test("No arrow passes through a symbol, and every line is horizontal or vertical", arguments: Samples.all)
    func arrowsAvoidSymbols(_ name: String) throws {
        for (format, pages) in try Self.drawings(name) {
            for page in pages {
                for arrow in page.arrows {
                    let segments = zip(arrow.points, arrow.points.dropFirst()).map { ($0, $1) }
                    for (index, (a, b)) in segments.enumerated() {
                        #expect(a.x == b.x || a.y == b.y, "\(name) \(format): slanted line in \(arrow.from)->\(arrow.to)")
                        for symbol in page.symbols {
                            // The first piece leaves the source, the last enters the target.
                            if symbol.node == arrow.from && index == 0 { continue }
                            if symbol.node == arrow.to && index == segments.count - 1 { continue }
                            let box = symbol.box
                            let crosses = min(a.x, b.x) < box.maxX && box.minX < max(a.x, b.x)
                                && min(a.y, b.y) < box.maxY && box.minY < max(a.y, b.y)
                            #expect(!crosses, "\(name) \(format): \(arrow.from)->\(arrow.to) crosses \(symbol.node)")
                        }
                    }
                }
            }
        }
    }

    @Test("Every step is drawn once, in its performer's column, with its shape", arguments: Samples.all)
    func symbolsInTheirColumns(_ name: String) throws {
        let sop = try Samples.sop(name)
        for (format, pages) in try Self.drawings(name) {
            var drawnSteps: [String] = []
            for page in pages {
                #expect(Set(page.columns.keys) == Set(sop.actors.map(\.id.value)), "\(name) \(format): one column per actor")
                for symbol in page.symbols {
                    let column = try #require(page.columns[symbol.actor], "\(name) \(format): \(symbol.node) has no column")
                    #expect(column.contains(symbol.box), "\(name) \(format): \(symbol.node) outside its column \(symbol.actor)")
                    #expect(symbol.box.maxY <= page.height + 0.01 || format == "svg",
                            "\(name) \(format): \(symbol.node) below the drawing")
                    guard let id = symbol.step else { continue }
                    drawnSteps.append(id)
                    let step = try #require(sop.step(id))
                    #expect(symbol.actor == step.performer.value, "\(name) \(format): step \(id) not in its performer's column")
                    let shape = switch sop.drawnSymbol(of: try #require(sop.stepIndex(id))) {
                    case .terminator: "terminator"
                    case .proses: "process"
                    case .keputusan: "decision"
                    case .tanpa: "tanpa"
                    }
                    #expect(symbol.shape == shape, "\(name) \(format): step \(id) drawn as \(symbol.shape)")
                }
            }
            #expect(drawnSteps.sorted() == sop.steps.map(\.id.value).sorted(), "\(name) \(format): every step once")
        }
    }

    @Test func parallelStepsShareARowSideBySide() throws {
        let html = try #require(Samples.html["gratifikasi"])
        let page = try #require(try SVGDrawing.all(in: html).first)
        let ketua = try #require(page.symbols.first { $0.step == "rapat-ketua" })
        let anggota = try #require(page.symbols.first { $0.step == "rapat-anggota" })
        #expect(ketua.box.minY == anggota.box.minY && ketua.box.maxY == anggota.box.maxY)
        #expect(ketua.box.maxX < anggota.box.minX)
        // The split: step 2 leads to both; the join: both lead to step 4.
        #expect(Set(page.arrows.filter { $0.from == "step:2" }.map(\.to)) == ["step:rapat-ketua", "step:rapat-anggota"])
        #expect(Set(page.arrows.filter { $0.to == "step:4" }.map(\.from)) == ["step:rapat-ketua", "step:rapat-anggota"])
    }

    @Test func loopsGoBackUpward() throws {
        let html = try #require(Samples.html["panjang"])
        let pages = try SVGDrawing.all(in: html)
        // 4 → 2 and 21 → 20 stay on their page and come back up to an earlier row.
        for (from, to) in [("step:4", "step:2"), ("step:21", "step:20")] {
            let page = try #require(pages.first { $0.arrows.contains { $0.from == from && $0.to == to } })
            let arrow = try #require(page.arrows.first { $0.from == from && $0.to == to })
            let source = try #require(page.symbols.first { $0.node == from })
            let target = try #require(page.symbols.first { $0.node == to })
            #expect(target.box.maxY < source.box.minY)
            #expect(arrow.points.map(\.y).min()! < source.box.minY, "the line climbs above its source")
        }
    }

    @Test func longSOPRunsOverPagesWithConnectors() throws {
        let html = try #require(Samples.html["panjang"])
        let pages = try SVGDrawing.all(in: html)
        #expect(pages.count >= 3)
        let connectors = pages.flatMap(\.symbols).filter { $0.shape == "connector" }
        #expect(!connectors.isEmpty)
        // Each letter appears exactly twice: where the flow leaves a page and where it arrives.
        #expect(Set(connectors.map(\.node).counted.values) == [2])
        let end = pages.flatMap(\.symbols).filter { $0.node == "end" }
        #expect(end.count == 1 && end[0].shape == "terminator", "step 32 goes to 'selesai': an end capsule")
    }

    @Test func standaloneSVGIsOneDrawingWithTitleAndActorNames() throws {
        let sop = try Samples.sop("sop01")
        let svg = try #require(Samples.svg["sop01"])
        let drawings = try SVGDrawing.all(in: svg)
        #expect(drawings.count == 1)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("SOP 01 — Pelayanan Pengaduan Langsung"))
        for actor in sop.actors { #expect(svg.contains(">\(actor.name.split(separator: " ").first!)")) }
    }
}
