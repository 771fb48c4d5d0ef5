import Testing

@testable import SOPModel

/// `StepIndex` (the flow's id → index table) finds what a `[String: Int]` of first occurrences
/// finds: every id, the first of two steps sharing one, nothing for an id no step has.
@Suite struct StepIndexTests {
    /// What `FlowGraph.index(of:)` answered before, with a dictionary.
    func reference(_ ids: [String]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() where first[id] == nil { first[id] = index }
        return first
    }

    @Test func findsEveryIdAsADictionaryOfFirstOccurrencesDoes() {
        let shapes: [[String]] = [
            [],
            ["1"],
            ["1", "2", "3", "2a", "2b", "10", "11", "selesai"],
            ["x", "y", "x", "z", "y"],  // shared ids: the first keeps it
            (1...300).map { "langkah-\($0)" } + ["", "ü", "langkah-1", "Langkah-1"],
        ]
        let strangers = ["", "0", "4", "2c", "X", "langkah-301", "langkah-1 ", "u", "🙂"]
        for ids in shapes {
            let table = StepIndex(ids)
            let expected = reference(ids)
            for id in Set(ids) { #expect(table.index(of: id) == expected[id], "\(id) in \(ids.count) ids") }
            for id in strangers where expected[id] == nil { #expect(table.index(of: id) == nil, "\(id) in \(ids.count) ids") }
        }
    }

    @Test func theFlowGraphLooksStepsUpThroughIt() throws {
        let result = SOPLoader.load(text: """
            nomor: "09"
            judul: Alur
            pelaksana:
              - {id: p, nama: P, jenis: staf}
            kegiatan:
              - {no: 1, uraian: a, pelaksana: p, paralel: [x, y]}
              - {id: x, no: 2, uraian: b, pelaksana: p}
              - {id: y, no: 2, uraian: c, pelaksana: p}
              - {no: 3, uraian: d, pelaksana: p, menunggu: [x, y]}
            """, path: "t.yaml")
        let graph = FlowGraph(try #require(result.sop))
        for (index, step) in graph.steps.enumerated() { #expect(graph.index(of: step.id.value) == index) }
        #expect(graph.index(of: "z") == nil)
    }
}
