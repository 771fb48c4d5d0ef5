import SOPCore
import Testing

@testable import SOPModel

/// The flow graph's view of a pass (issue 10, an outside tester's findings 1, 2 and 6): what
/// reaches what without a loop back, and a row whose box is entered by a sibling's exit.
@Suite struct LoopPassGraphTests {
    func sop(_ steps: String) throws -> SOP {
        let text = """
            nomor: "41"
            judul: Alur
            pelaksana:
              - {id: p1, nama: P1, jenis: staf}
              - {id: p2, nama: P2, jenis: staf}
            kegiatan:
            \(steps)
            """
        let result = SOPLoader.load(text: text, path: "t.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    @Test func theBoxesOfARowInsideALoopReachEachOtherOnlyThroughTheLoop() throws {
        let graph = FlowGraph(try sop("""
              - {no: 1, uraian: Menerima berkas, pelaksana: p1}
              - {id: a, no: 2, uraian: Mengetik konsep, pelaksana: p1}
              - {id: b, no: 2, pelaksana: p2}
              - no: 3
                uraian: Memaraf konsep
                pelaksana: p2
                keputusan: {cabang: {Benar: 4, Salah: 1}}
              - {no: 4, uraian: Menandatangani, pelaksana: p1}
            """))
        // a reaches b through 3 and 1 (the loop), never in one pass down the table.
        #expect(graph.canReach(from: 1, to: 2))
        #expect(!graph.reachesInPass(from: 1, to: 2))
        #expect(!graph.reachesInPass(from: 2, to: 1))
        // Both reach the join in the pass; row 3 reaches row 1 only back up the table.
        #expect(graph.reachesInPass(from: 1, to: 3))
        #expect(graph.reachesInPass(from: 2, to: 3))
        #expect(graph.reachesInPass(from: 0, to: 4))
        #expect(!graph.reachesInPass(from: 3, to: 0))
        #expect(!graph.reachesInPass(from: 3, to: 3))
        #expect(graph.entered[1] == 1..<3)
    }

    @Test func anEndBoxEnteredByItsSiblingsExitMakesTheRowSeparatePaths() throws {
        let sop = try sop("""
              - {no: 1, uraian: Mendaftar, pelaksana: p1}
              - no: 2
                uraian: Menentukan rujukan
                pelaksana: p2
                keputusan: {cabang: {Ya: 3, Tidak: tangani}}
              - {id: tangani, no: 2, pelaksana: p2, simbol: terminator, hasil_akhir: Ditangani}
              - {no: 3, uraian: Merujuk, pelaksana: p1}
            """)
        #expect(sop.steps.rowKind(of: 1..<3) == .terpisah)
        #expect(sop.steps.rowKindInferred(1..<3))
        // The plain arrow from row 1 enters the diamond only.
        #expect(FlowGraph(sop).entered[1] == 1..<2)
        #expect(FlowGraph(sop).targets(of: 0) == [1])
    }

    @Test func aWrittenKindAndARowWithoutSiblingExitsAreKeptAsTheyAre() throws {
        let written = try sop("""
              - {no: 1, uraian: Mendaftar, pelaksana: p1}
              - {no: 2, baris: pilihan, uraian: Menentukan, pelaksana: p2, keputusan: {cabang: {Ya: 3, Tidak: tangani}}}
              - {id: tangani, no: 2, pelaksana: p2, simbol: terminator, hasil_akhir: Ditangani}
              - {no: 3, uraian: Merujuk, pelaksana: p1}
            """)
        #expect(written.steps.rowKind(of: 1..<3) == .pilihan)
        #expect(!written.steps.rowKindInferred(1..<3))
        let parallel = try sop("""
              - {no: 1, uraian: Mendaftar, pelaksana: p1}
              - {id: a, no: 2, uraian: Mengetik, pelaksana: p1}
              - {id: b, no: 2, pelaksana: p2, lanjut: 3}
              - {no: 3, uraian: Merujuk, pelaksana: p1}
            """)
        #expect(parallel.steps.rowKind(of: 1..<3) == .paralel)
        #expect(FlowGraph(parallel).entered[1] == 1..<3)
    }
}
