import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// An SOP printed as several tables, drawn as printed in every format (issue 10): each table
/// with its heading, its own actor columns, start and end; tables passing one to the next joined
/// through a lettered connector pair; alternative tables never joined.
@Suite("Several tables, drawn as printed")
struct MultiTableRenderTests {
    static let pembayaran = "examples/bps-pengajuan-pembayaran.yaml"
    static let kontrak = "flow/kontrak-contoh.yaml"

    static func sop(_ fixture: String) throws -> SOP {
        try #require(SOPLoader.load(path: Paths.fixture(fixture)).sop)
    }

    @Test("Each table its own columns, start and end; alternatives never joined", arguments: [LayoutStyle.flowchart, .document])
    func alternativesDrawnApart(_ style: LayoutStyle) throws {
        let sop = try Self.sop(Self.pembayaran)
        #expect(sop.tables.count == 8 && sop.tablesAreAlternatives)
        let parts = DocumentLayout.tables(of: sop, language: .id, style: style)
        #expect(parts.count == 8)
        for (index, part) in parts.enumerated() {
            let table = sop.tables[index]
            // Its own actor columns, in the table's printed order.
            let lanes = part.pages.first?.flowchart.lanes.map { part.sop.actors[$0.actor].id.value } ?? []
            #expect(lanes == table.columns.map(\.value), "table \(index + 1): \(lanes)")
            // Every step of the table is drawn in it, none of another table.
            let drawn = part.pages.flatMap(\.flowchart.symbols).compactMap { symbol -> String? in
                if case .step(let step) = symbol.key { return part.sop.steps[step].id.value }
                return nil
            }
            #expect(Set(drawn) == Set(sop.steps[table.steps].map(\.id.value)), "table \(index + 1)")
            // Its own start: the first step is a terminator with no arrow into it from before.
            let first = try #require(part.pages.first?.flowchart.symbols.first { $0.key == .step(0) })
            #expect(first.shape == .terminator, "table \(index + 1)")
            // No connector: nothing passes to another table.
            #expect(part.pages.flatMap(\.flowchart.symbols).allSatisfy { $0.shape != .offPageConnector || style == .document })
            #expect(part.part?.arrivals.isEmpty == true && part.part?.departures.isEmpty == true)
        }
    }

    @Test("The standalone SVG: one heading per table, ids unique, no arrow between tables")
    func standaloneSVG() throws {
        let sop = try Self.sop(Self.pembayaran)
        let svg = Renderer.render(sop, as: .svg, language: .id)
        let drawing = try SVGDrawing(xml: svg)
        #expect(svg.components(separatedBy: "class=\"table-title\"").count - 1 == 8)
        #expect(svg.contains(">8 prosedur pilihan: setiap kasus menjalankan satu tabel<"))
        #expect(!svg.contains("data-connector"))
        Self.expectUniqueIDs(svg)
        // An arrow joins two steps of one table.
        let tableOf = Dictionary(uniqueKeysWithValues: sop.steps.indices.map { ("step:" + sop.steps[$0].id.value, sop.table(of: $0) ?? 0) })
        for arrow in drawing.arrows where arrow.from.hasPrefix("step:") && arrow.to.hasPrefix("step:") {
            #expect(tableOf[arrow.from] == tableOf[arrow.to], "\(arrow.from) -> \(arrow.to)")
        }
        // Table 5 prints its own column heading.
        #expect(svg.contains(">Proyek Keuangan/ PPK<") || svg.contains(">Proyek<"))
    }

    @Test("Tables passing one to the next: the arrow leaves at a connector and continues from its pair", arguments: ["svg", "html"])
    func sequentialTablesJoinedByConnectors(_ format: String) throws {
        let sop = try Self.sop(Self.kontrak)
        #expect(sop.tables.count == 2 && !sop.tablesAreAlternatives)
        let text = Renderer.render(sop, as: format == "svg" ? .svg : .html, language: .id)
        Self.expectUniqueIDs(text)
        let arrows = try SVGDrawing.all(in: text).flatMap(\.arrows)
        // 5 → t2-1 (`lanjut: t2-1`): into connector A in table 1, out of connector A in table 2.
        let leaving = try #require(arrows.first { $0.from == "step:5" && $0.to.hasPrefix("connector:") }, "\(arrows.map { "\($0.from)->\($0.to)" })")
        let arriving = arrows.filter { $0.from == leaving.to }
        #expect(arriving.map(\.to) == ["step:t2-1"])
        #expect(text.contains("berlanjut ke langkah 1 di tabel 2") && text.contains("lanjutan dari tabel 1"))
        // No end capsule drawn for table 1: its flow goes on.
        #expect(!arrows.contains { $0.from == "step:5" && $0.to == "end" })
    }

    @Test func mermaidOneSubgraphPerTableWithUniqueIDs() throws {
        let sop = try Self.sop(Self.pembayaran)
        let mermaid = Renderer.render(sop, as: .mermaid, language: .id)
        let lines = mermaid.split(separator: "\n").map(String.init)
        let tables = lines.filter { $0.hasPrefix("  subgraph t") }
        #expect(tables.count == 8)
        #expect(tables.first == "  subgraph t1[\"Pengajuan Belanja Akun 521211\"]")
        let defined = lines.compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("subgraph"), !trimmed.contains("-->"), !trimmed.contains("~~~"), let end = trimmed.firstIndex(where: { "([{>".contains($0) }) else { return nil }
            return String(trimmed[..<end])
        }
        #expect(defined.count == Set(defined).count, "\(defined)")
        // Each table its own start and end terminators, as printed.
        for block in mermaid.components(separatedBy: "\n  subgraph t").dropFirst() {
            #expect(block.components(separatedBy: "([").count - 1 >= 2, "\(block.prefix(40))")
        }
        let subgraphIDs = lines.filter { $0.contains("subgraph ") }.map { $0.split(separator: " ")[1].split(separator: "[")[0] }
        #expect(subgraphIDs.count == Set(subgraphIDs).count)
        // Alternatives: no arrow from one table's step to another's.
        let tableOfID = Dictionary(uniqueKeysWithValues: sop.steps.indices.map { ("s\($0 + 1)", sop.table(of: $0) ?? 0) })
        for line in lines where line.contains("-->") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
            let from = String(parts[0]), to = String(parts[parts.count - 1])
            if let target = tableOfID[to] { #expect(tableOfID[from] == target, "\(line)") }
        }
    }

    @Test func dotOneClusterPerTableAndGraphvizReadsIt() throws {
        let sop = try Self.sop(Self.pembayaran)
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.components(separatedBy: "\n  subgraph cluster_t").count - 1 == 8)
        #expect(dot.contains("    subgraph cluster_t5_a3 {\n      label=\"Proyek Keuangan/ PPK\""))
        for block in dot.components(separatedBy: "\n  subgraph cluster_t").dropFirst() {
            #expect(block.components(separatedBy: "style=\"rounded,filled\"").count - 1 >= 2, "\(block.prefix(40))")
        }
        guard let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile) else { return }
        let drawn = try ChildProcess.run(graphviz, arguments: ["-Tsvg", "-o", "/dev/null"], environment: ProcessInfo.processInfo.environment, input: Data(dot.utf8), deadline: 120)
        let message = String(decoding: drawn.stderr, as: UTF8.self)
        #expect(drawn.status == 0 && !message.contains("rror"), "\(message)")
    }

    @Test func markdownOneActivityTablePerTable() throws {
        let sop = try Self.sop(Self.pembayaran)
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings.count == 8)
        #expect(headings.first == "### Pengajuan Belanja Akun 521211")
        // Table 3's own columns, Persediaan among them; table 5's heading as printed there.
        let table3 = try #require(markdown.components(separatedBy: "### ").first { $0.hasPrefix("Pengajuan Belanja Akun 521811") })
        #expect(table3.contains("| Persediaan |"))
        #expect(!table3.contains("Pelaku Perjadin"))
        let table5 = try #require(markdown.components(separatedBy: "### ").first { $0.hasPrefix("Pengajuan Belanja Akun 524111") })
        #expect(table5.contains("Proyek Keuangan/ PPK"))
    }

    @Test func markdownNamesAStepOfAnotherTable() throws {
        let markdown = Renderer.render(try Self.sop(Self.kontrak), as: .markdown, language: .en)
        #expect(markdown.contains("table 2 step 1"), "\(markdown)")
    }

    /// Every `id="…"` of a document once: the HTML holds one inline SVG per page of every table.
    static func expectUniqueIDs(_ text: String) {
        let ids = text.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids.counted.filter { $0.value > 1 }.keys)")
    }
}

/// `panah: tidak`: the flow goes on, the drawing has no arrow.
@Suite("Arrows not printed")
struct HiddenArrowRenderTests {
    @Test func perbaikanRow7To8HasNoArrowButTheFlowGoesOn() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-perbaikan-pc.yaml")).sop)
        let seven = try #require(sop.stepIndex("7")), eight = try #require(sop.stepIndex("8"))
        // The desk goes on from 7 to 8.
        #expect(SOPModel.FlowGraph(sop).targets(of: seven) == [eight])
        for format in [RenderFormat.svg, .html] {
            let arrows = try SVGDrawing.all(in: Renderer.render(sop, as: format, language: .id)).flatMap(\.arrows)
            #expect(!arrows.contains { $0.from == "step:7" }, "\(format)")
            // The loop back is still drawn (in the document through a connector where 8 and 7 fall on two pages).
            #expect(arrows.contains { $0.from == "step:8" && $0.label == "Belum Benar" }, "\(format): the loop back is still drawn")
        }
        #expect(Renderer.render(sop, as: .mermaid, language: .id).contains("  s\(seven + 1) ~~~ s\(eight + 1)\n"))
        #expect(Renderer.render(sop, as: .dot, language: .id).contains("  s\(seven + 1) -> s\(eight + 1) [style=invis];\n"))
    }
}

@Suite("Label words broken between syllables")
struct SyllableTests {
    @Test func breaksBetweenIndonesianSyllables() {
        #expect(Syllables.breaks("Lengkap") == [4])
        #expect(Syllables.breaks("Berkas") == [3])
        #expect(Syllables.breaks("Kotak") == [2])
        #expect(Syllables.breaks("menganga") == [2, 5])
        #expect(Syllables.breaks("Ya").isEmpty && Syllables.breaks("A/B").isEmpty)
        let lines = Syllables.wrappings("Belum lengkap", width: { Double($0.count) })
        #expect(lines.contains(["Belum leng-", "kap"]) && lines.contains(["Be-", "lum lengkap"]))
    }
}

/// `penghubung`: an arrow drawn through a pair of numbered connectors, as printed (hibah, row 4:
/// "A" through connector 1, "B" through connector 2).
@Suite("Numbered connectors")
struct NumberedConnectorRenderTests {
    @Test("Branch A through circle 1, B through circle 2, each pair above its target", arguments: [RenderFormat.svg, .html])
    func hibahBranchesThroughNumberedCircles(_ format: RenderFormat) throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-hibah-bmn-keluar.yaml")).sop)
        let pages = try SVGDrawing.all(in: Renderer.render(sop, as: format, language: .id))
        let arrows = pages.flatMap(\.arrows), symbols = pages.flatMap(\.symbols)
        for (label, number, target) in [("A", "1", "step:pengelola-barang-5"), ("B", "2", "step:bps-ri-5")] {
            let into = try #require(arrows.first { $0.label == label }, "\(format): no arrow \(label)")
            #expect(into.from == "step:4" && into.to == "numbered:\(number):out", "\(format): \(into.from)->\(into.to)")
            let onward = arrows.filter { $0.from == "numbered:\(number):in" }
            #expect(onward.map(\.to) == [target], "\(format)")
            let out = try #require(symbols.first { $0.node == "numbered:\(number):out" })
            let arriving = try #require(symbols.first { $0.node == "numbered:\(number):in" })
            let goal = try #require(symbols.first { $0.node == target })
            #expect(out.shape == "numbered" && arriving.shape == "numbered")
            // Both circles in the target's column, the arriving one right above the target.
            #expect(out.actor == goal.actor && arriving.actor == goal.actor)
            #expect(arriving.box.maxY < goal.box.minY && abs((arriving.box.minX + arriving.box.maxX) - (goal.box.minX + goal.box.maxX)) < 0.01)
            // The arrows touch the circles.
            let end = try #require(into.points.last), start = try #require(onward.first?.points.first)
            #expect(out.box.hasOnEdge(end) && arriving.box.hasOnEdge(start))
        }
        // No lettered connector carries these arrows.
        #expect(!arrows.contains { $0.from == "step:4" && $0.to.hasPrefix("connector:") })
    }
}

/// `garis_pendek` and `keluar_lewat` (kontrak row 16): the KPA box's short line touches
/// nothing; the arrow to the Penyedia box of row 17 leaves from the Penyedia box of row 16.
@Suite("Joint boxes as printed")
struct JointBoxRenderTests {
    @Test(arguments: [LayoutStyle.flowchart, .document])
    func kontrakRow16(_ style: LayoutStyle) throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-pelaksanaan-kontrak.yaml")).sop)
        let layout = DocumentLayout(sop: sop, language: .id, style: style)
        let step = try #require(sop.stepIndex("ppk-16"))
        let kpa = try #require(sop.actors.firstIndex { $0.id.value == "kpa" })
        let penyedia = try #require(sop.actors.firstIndex { $0.id.value == "penyedia" })
        let page = try #require(layout.pages.first { page in page.flowchart.symbols.contains { $0.key == .step(step) } })
        let box = try #require(page.flowchart.symbols.first { $0.key == .step(step) })
        // The KPA box: a stub from its own edge that stops short of the PPK box.
        let stub = try #require(page.flowchart.joints.first { $0.step == step && $0.actor == kpa })
        #expect(stub.stub && stub.drawsBox && stub.line.count == 2)
        #expect(abs(stub.line[0].x - stub.frame.maxX) < 0.01 && stub.line[1].x > stub.line[0].x)
        #expect(stub.line[1].x < box.frame.minX - 1, "the stub reaches the PPK box")
        // The Penyedia box keeps its plain line to the PPK box.
        let joint = try #require(page.flowchart.joints.first { $0.step == step && $0.actor == penyedia })
        #expect(!joint.stub && abs(joint.line[0].x - box.frame.maxX) < 0.01 && abs(joint.line[1].x - joint.frame.minX) < 0.01)
        // The arrow to penyedia-17 leaves from the Penyedia box, the one to ppk-17 from the PPK box.
        let penyedia17 = try #require(sop.stepIndex("penyedia-17")), ppk17 = try #require(sop.stepIndex("ppk-17"))
        // (In the document row 17 may fall on the next page: the arrows then go to connectors.)
        let toPenyedia = try #require(page.flowchart.edges.first { $0.from == .joint(step, actor: penyedia) })
        if style == .flowchart { #expect(toPenyedia.to == .step(penyedia17)) }
        let start = try #require(toPenyedia.points.first)
        #expect(abs(start.y - joint.frame.maxY) < 0.01 && start.x >= joint.frame.minX && start.x <= joint.frame.maxX)
        let fromPPK = page.flowchart.edges.filter { $0.from == .step(step) }
        #expect(fromPPK.count == 1 && (style == .document || fromPPK.first?.to == .step(ppk17)), "\(fromPPK.map(\.to))")
    }

    @Test func theSVGSaysSo() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-pelaksanaan-kontrak.yaml")).sop)
        let svg = Renderer.render(sop, as: .svg, language: .id)
        #expect(svg.contains("data-from=\"joint:ppk-16:penyedia\" data-to=\"step:penyedia-17\""))
        #expect(svg.components(separatedBy: "class=\"joint-stub\"").count - 1 == 1)
    }
}
