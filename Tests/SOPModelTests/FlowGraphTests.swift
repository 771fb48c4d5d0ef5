import SOPCore
import Testing

@testable import SOPModel

@Suite struct FlowGraphTests {
    func graph(_ steps: String) throws -> FlowGraph {
        let text = """
            nomor: "09"
            judul: Alur
            pelaksana:
              - {id: p, nama: P, jenis: staf}
            kegiatan:
            \(steps)
            """
        let result = SOPLoader.load(text: text, path: "t.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return FlowGraph(try #require(result.sop))
    }

    func nodes(_ graph: FlowGraph, _ index: Int) -> [FlowGraph.Node?] {
        graph.successors(of: index).map(\.node)
    }

    @Test func noFlowWrittenGoesToTheNextRowAndTheLastRowEnds() throws {
        let graph = try graph("""
              - {no: 1, uraian: a, pelaksana: p, paralel: [x, y]}
              - {id: x, no: 2, uraian: b, pelaksana: p}
              - {id: y, no: 2, uraian: c, pelaksana: p}
              - {no: 3, uraian: d, pelaksana: p, menunggu: [x, y]}
            """)
        #expect(graph.start == 0)
        #expect(nodes(graph, 0) == [.step(1), .step(2)])
        // x and y share row 2: both go on to row 3, not to each other.
        #expect(nodes(graph, 1) == [.step(3)])
        #expect(nodes(graph, 2) == [.step(3)])
        #expect(nodes(graph, 3) == [.end])
        #expect(graph.successors(of: 1).first?.kind == .nextRow)
        #expect(graph.awaited(by: 3).map(\.index) == [1, 2])
        #expect(graph.hasEnd)
    }

    @Test func writtenTargetsResolveByIdAndUnknownOnesDoNot() throws {
        let graph = try graph("""
              - no: 1
                uraian: a
                pelaksana: p
                keputusan:
                  cabang: {Ya: 3, Tidak: selesai, Ulang: 1, Lain: zz}
              - {no: 2, uraian: b, pelaksana: p, lanjut: "1."}
              - {no: 3, uraian: c, pelaksana: p, menunggu: [hilang]}
            """)
        let edges = graph.successors(of: 0)
        #expect(edges.map(\.kind) == [.branch("Ya"), .branch("Tidak"), .branch("Ulang"), .branch("Lain")])
        #expect(edges.map(\.node) == [.step(2), .end, .step(0), nil])
        #expect(edges.last?.written?.value == .step("zz"))
        #expect(nodes(graph, 1) == [.step(0)])
        #expect(graph.awaited(by: 2).map(\.index) == [nil])
        #expect(graph.index(of: "3") == 2 && graph.index(of: "selesai") == nil)
    }

    @Test func reachabilityBothWays() throws {
        let graph = try graph("""
              - {no: 1, uraian: a, pelaksana: p, lanjut: 3}
              - {no: 2, uraian: b, pelaksana: p}
              - {no: 3, uraian: c, pelaksana: p, lanjut: 4}
              - {no: 4, uraian: d, pelaksana: p, lanjut: 3}
            """)
        #expect(graph.reachable(from: [0]) == [true, false, true, true])
        // Step 2 falls to row 3, which loops with 4 for ever: nothing reaches the end.
        #expect(graph.reachesEnd(assumingUnknown: false) == [false, false, false, false])
        #expect(!graph.hasEnd)
        #expect(graph.components(of: [true, true, true, true]).sorted { $0[0] < $1[0] } == [[0], [1], [2, 3]])
        #expect(graph.components(of: [false, false, true, false]) == [[2]])
    }

    @Test func unknownTargetsCountAsEndsOnlyWhenAssumed() throws {
        let graph = try graph("""
              - {no: 1, uraian: a, pelaksana: p, lanjut: zz}
              - {no: 2, uraian: b, pelaksana: p, lanjut: 1}
            """)
        #expect(graph.reachesEnd(assumingUnknown: false) == [false, false])
        #expect(graph.reachesEnd(assumingUnknown: true) == [true, true])
    }

    @Test func theGratifikasiExampleSplitsAndJoins() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-laporan-gratifikasi.yaml")).sop)
        let graph = FlowGraph(sop)
        let split = try #require(graph.index(of: "2"))
        let (ketua, anggota) = (try #require(graph.index(of: "rapat-ketua")), try #require(graph.index(of: "rapat-anggota")))
        // As signed: no keys, row 2 flows to row 3, whose two boxes it starts together; both
        // go on to row 4, which joins them.
        #expect(graph.targets(of: split) == [ketua, anggota])
        let join = try #require(graph.index(of: "4"))
        #expect(graph.targets(of: ketua) == [join] && graph.targets(of: anggota) == [join])
        #expect(graph.reachable(from: [0]).allSatisfy { $0 })
        #expect(graph.reachesEnd(assumingUnknown: false).allSatisfy { $0 })
    }

    @Test func rowsGroupConsecutiveStepsSharingANumber() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-laporan-gratifikasi.yaml")).sop)
        #expect(sop.steps.rowRanges.map(\.count) == [1, 1, 2, 1, 1, 1, 1])
        #expect(sop.rows.map(\.count) == sop.steps.rowRanges.map(\.count))
    }
}
