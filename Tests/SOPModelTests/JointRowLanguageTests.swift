import SOPCore
import Testing

@testable import SOPModel

/// Joint boxes (`bersama`), rows of separate paths (`baris: terpisah`) and paths that stop
/// inside a row (`berhenti`), at the language level; and where a step is printed in an SOP of
/// several tables.
@Suite struct JointRowLanguageTests {
    static let head = """
        nomor: "20"
        judul: Uji
        pelaksana:
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: eksternal}

        """

    @Test func jointBoxesSeparatePathsAndStopsLoad() throws {
        let result = load(Self.head + """
            kegiatan:
              - {no: 1, uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [penyedia], paralel: [a, b]}
              - {id: a, no: 2, baris: terpisah, uraian: Mengawasi, pelaksana: ppk, bersama: [penyedia]}
              - {id: b, no: 2, uraian: Mengawasi, pelaksana: penyedia, berhenti: ya}
              - {no: 3, uraian: Menyerahkan, pelaksana: ppk}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        #expect(sop.steps[0].drawn.jointWith.map(\.value) == ["penyedia"])
        #expect(sop.steps[1].drawn.rowKind?.value == .terpisah)
        #expect(sop.steps[2].drawn.stops?.value == true)
        #expect(sop.steps[1].drawn.stops == nil)
        let graph = FlowGraph(sop)
        // A box of a terpisah row is entered alone; a stopping box leads nowhere but the end.
        #expect(graph.entered[1] == 1..<2)
        #expect(graph.targets(of: 0) == [1, 2])
        #expect(graph.targets(of: 2) == [])
        #expect(graph.successors(of: 2).map(\.node) == [.end])
        #expect(graph.targets(of: 1) == [3])
    }

    @Test func berhentiTogetherWithLanjutIsALocatedError() {
        let result = load(Self.head + """
            kegiatan:
              - {no: 1, uraian: Menandatangani kontrak, pelaksana: ppk, berhenti: ya, lanjut: selesai}

            """)
        #expect(result.hasErrors)
        #expect(result.diagnostics.contains { $0.location?.mark.line == 7 })
    }

    @Test func aBadBersamaValueIsALocatedError() {
        let result = load(Self.head + """
            kegiatan:
              - {no: 1, uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [{id: penyedia}]}

            """)
        #expect(result.hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.location?.mark.line == 7 })
    }

    @Test func aStepOfSeveralTablesIsNumberedWithinItsTable() throws {
        let result = load(Self.head + """
            tabel:
              - judul: A. Penerimaan
                kegiatan:
                  - {no: 1, uraian: Menerima, pelaksana: ppk}
                  - {no: 2, uraian: Mencatat, pelaksana: ppk}
              - kegiatan:
                  - {no: 1, uraian: Memeriksa, pelaksana: ppk}
                  - {no: 2, uraian: Menyetujui, pelaksana: ppk}
                  - {no: 3, uraian: Menyerahkan, pelaksana: ppk}

            """)
        let sop = try #require(result.sop)
        let first = sop.tableRow(of: 1)
        #expect(first.table == 1 && first.title == "A. Penerimaan" && first.row == 2 && first.rows == 2)
        let second = sop.tableRow(of: 3)
        #expect(second.table == 2 && second.title == nil && second.row == 2 && second.rows == 3)
        let single = try #require(load(Self.head + "kegiatan:\n  - {no: 1, uraian: Menerima, pelaksana: ppk}\n").sop)
        let only = single.tableRow(of: 0)
        #expect(only.table == nil && only.row == 1 && only.rows == 1)
    }
}
