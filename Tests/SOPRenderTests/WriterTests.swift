import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

@Suite("Mermaid, DOT, HTML and Markdown writers")
struct WriterTests {
    /// Mermaid read back by structure: subgraphs open and close, every node is declared once
    /// inside its performer's subgraph, every edge joins declared nodes, and the edges are
    /// the model's flow.
    @Test("Mermaid: one subgraph per actor, the model's arrows", arguments: Samples.all)
    func mermaidStructure(_ name: String) throws {
        let sop = try Samples.sop(name)
        let text = Renderer.render(sop, as: .mermaid, language: .id)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "flowchart TB")
        var subgraph: String?
        var nodeActor: [String: String] = [:]
        var edges: [ExpectedArrow] = []
        let node = try Regex(#"^(s\d+|selesai)(\(\[|\[|\{)"(.*)"(\]\)|\]|\})$"#)
        let edge = try Regex(#"^(s\d+) -->(?:\|"([^"]*)"\|)? (s\d+|selesai)$"#)
        for line in lines.dropFirst() {
            if line.hasPrefix("subgraph ") {
                #expect(subgraph == nil, "\(name): nested subgraph")
                subgraph = line
            } else if line == "end" {
                #expect(subgraph != nil, "\(name): 'end' outside a subgraph")
                subgraph = nil
            } else if line == "direction TB" {
                #expect(subgraph != nil)
            } else if let match = line.wholeMatch(of: node) {
                let id = String(match.output[1].substring ?? "")
                #expect(nodeActor[id] == nil, "\(name): \(id) declared twice")
                #expect(!(match.output[3].substring ?? "").contains("\""), "\(name): unescaped quote in \(id)")
                nodeActor[id] = subgraph
            } else if let match = line.wholeMatch(of: edge) {
                func key(_ id: String) -> String {
                    id == "selesai" ? "end" : "step:" + sop.steps[Int(id.dropFirst())! - 1].id.value
                }
                let label = match.output[2].substring.map { String($0).replacingOccurrences(of: "#quot;", with: "\"") }
                edges.append(ExpectedArrow(from: key(String(match.output[1].substring!)), to: key(String(match.output[3].substring!)),
                                           label: label))
            } else {
                Issue.record("\(name): line not understood: \(line)")
            }
        }
        #expect(subgraph == nil, "\(name): subgraph left open")
        for (index, step) in sop.steps.enumerated() {
            let actorIndex = try #require(sop.actors.firstIndex { $0.id.value == step.performer.value })
            #expect(nodeActor["s\(index + 1)"]?.hasPrefix("subgraph a\(actorIndex + 1)[") == true, "\(name): s\(index + 1)")
        }
        #expect(edges.counted == ExpectedArrow.of(sop).counted)
    }

    @Test func mermaidEscapesWhatItQuotes() throws {
        let result = SOPLoader.load(text: """
            nomor: "09"
            judul: Uji
            pelaksana: [{id: a, nama: 'Staf "A" <b>', jenis: staf}]
            kegiatan:
              - {no: 1, uraian: 'Cek #1 "segera" <hari ini>', pelaksana: a, simbol: proses}

            """, path: "uji.yaml")
        let sop = try #require(result.sop)
        let text = Renderer.render(sop, as: .mermaid, language: .id)
        #expect(text.contains(#"subgraph a1["Staf #quot;A#quot; #lt;b#gt;"]"#))
        #expect(text.contains(#"s1["1. Cek #35;1 #quot;segera#quot; #lt;hari ini#gt;"]"#))
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.contains(#"label="1. Cek #1 \"segera\" <hari ini>""#))
    }

    static let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("DOT: Graphviz reads it and draws a node per step and an edge per arrow",
          .enabled(if: dotPath != nil, "Graphviz's dot is not installed (apt-get install graphviz); DOT is checked when it is"),
          arguments: Samples.all)
    func graphvizReadsTheDOT(_ name: String) throws {
        let sop = try Samples.sop(name)
        let text = Renderer.render(sop, as: .dot, language: .id)
        let dot = try ChildProcess.run(try #require(Self.dotPath), arguments: ["-Tsvg"], environment: ProcessInfo.processInfo.environment, input: Data(text.utf8), deadline: 120)
        let svg = String(decoding: dot.stdout, as: UTF8.self), stderr = String(decoding: dot.stderr, as: UTF8.self)
        #expect(dot.status == 0, "\(name): dot failed: \(stderr)")
        #expect(stderr.isEmpty, "\(name): dot warned: \(stderr)")
        let nodes = svg.components(separatedBy: "class=\"node\"").count - 1
        let edges = svg.components(separatedBy: "class=\"edge\"").count - 1
        let graph = FlowGraph(sop: sop)
        #expect(nodes == sop.steps.count + (graph.needsEndSymbol ? 1 : 0))
        #expect(edges == ExpectedArrow.of(sop).count)
        #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1
                == Set(sop.steps.map(\.performer.value)).count)
    }

    @Test("HTML: self-contained, no script, one table per page, rows as laid out", arguments: Samples.all)
    func htmlIsSelfContained(_ name: String) throws {
        let html = try #require(Samples.html[name])
        let sop = try Samples.sop(name)
        let layout = DocumentLayout(sop: sop, language: .id)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(!html.lowercased().contains("<script"))
        // Images (a logo, a QR code) only as data inside the document.
        #expect(html.components(separatedBy: " src=").count == html.components(separatedBy: " src=\"data:image/").count)
        #expect(!html.contains(" href=") && !html.contains("url("))
        #expect(html.contains("@page { size: A4 landscape; margin: 10mm; }"))
        #expect(html.components(separatedBy: "<table class=\"activities\"").count - 1 == layout.pages.count)
        #expect(html.components(separatedBy: "<td class=\"flow\"").count - 1 == layout.pages.count)
        // Every band of every page is a table row with its measured height.
        let bodyRows = html.components(separatedBy: "<tbody>").dropFirst().map { $0.components(separatedBy: "</tbody>")[0] }
        #expect(bodyRows.count == layout.pages.count)
        for (page, body) in zip(layout.pages, bodyRows) {
            let heights = body.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "style=\"height:") else { return nil }
                return String(line[range.upperBound...].prefix { $0 != "p" })
            }
            #expect(heights == page.flowchart.bands.map { Markup.number($0.height) })
        }
        for step in sop.steps {
            let firstWord = String(step.uraian.value.split(separator: " ")[0])
            #expect(html.contains(Markup.escape(firstWord)))
        }
        // The headings as the unit printed them ("Disahkan Oleh" in the layanan SOP).
        #expect(html.localizedCaseInsensitiveContains("Disahkan oleh") && html.contains("Dasar Hukum")
            && html.contains("Pencatatan dan Pendataan"))
    }

    @Test func htmlInEnglishUsesTheEnglishLabels() throws {
        let sop = try Samples.sop("sop01")
        let html = Renderer.render(sop, as: .html, language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        for label in ["Quality standard", "Requirements", "Remarks", "Approved by", "Legal basis", "Total time"] {
            #expect(html.contains(label), "\(label)")
        }
        #expect(!html.contains("Mutu Baku"))
    }

    @Test func htmlEscapesTheSOPsWords() throws {
        let result = SOPLoader.load(text: """
            nomor: "09"
            judul: <script>alert(1)</script>
            pelaksana: [{id: a, nama: A & B, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Tulis <b>tebal</b>, pelaksana: a}

            """, path: "uji.yaml")
        let sop = try #require(result.sop)
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("A &amp; B") && html.contains("Tulis &lt;b&gt;tebal&lt;/b&gt;"))
        let svg = Renderer.render(sop, as: .svg, language: .id)
        _ = try SVGDrawing.all(in: svg)
    }

    @Test("Markdown: identity, a table row per printed row with each box's symbol in its actor's column", arguments: Samples.all)
    func markdownTable(_ name: String) throws {
        let sop = try Samples.sop(name)
        let text = Renderer.render(sop, as: .markdown, language: .id)
        #expect(text.hasPrefix("# SOP "))
        #expect(text.contains("| Nomor SOP | "))
        #expect(text.contains("```mermaid\nflowchart TB\n"))
        let table = text.components(separatedBy: "## Kegiatan\n\n")[1].components(separatedBy: "\n\n")[0]
        let rows = table.split(separator: "\n").map { line in
            // Cells split on pipes that are not escaped.
            line.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|", omittingEmptySubsequences: false)
                .dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let columns = 2 + sop.actors.count + 4
        for row in rows { #expect(row.count == columns, "\(name): \(row)") }
        let printed = sop.steps.rowRanges
        let sections = printed.filter { sop.steps[$0.lowerBound].section != nil }.count
        let total = sop.identity.printing.totalRow ? 1 : 0
        #expect(rows.count == 2 + printed.count + sections + total, "heading, rule, printed rows, sections, total where printed")
        let stepRows = rows.dropFirst(2).filter { !$0[1].hasPrefix("**") }
        for (range, row) in zip(printed, stepRows) {
            // Each box of the row in its actor's column, and each box of its `bersama` actors.
            let actors = Set(sop.steps[range].flatMap { [$0.performer.value] + $0.drawn.jointWith.map(\.value) })
            let marked = row[2..<(2 + sop.actors.count)].enumerated().filter { !$0.element.isEmpty }.map(\.offset)
            #expect(Set(marked.map { sop.actors[$0].id.value }) == actors, "\(name): \(sop.steps[range.lowerBound].id.value)")
        }
    }
}
