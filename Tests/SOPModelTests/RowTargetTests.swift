import SOPCore
import Testing

@testable import SOPModel

/// A target written as the printed number of a row of several boxes (an outside tester's
/// finding 3, issue 10): `Lengkap: 5` where row 5 is the boxes `ketik` and `cocok` means the
/// row, as a plain arrow into it would enter it.
@Suite struct RowTargetTests {
    static let head = """
        nomor: "03"
        judul: Alur
        pelaksana:
          - {id: fo, nama: FO, jenis: staf}
          - {id: kasi, nama: Kasi, jenis: staf}

        """

    func load(_ text: String) -> LoadResult { SOPLoader.load(text: Self.head + text, path: "t.yaml") }

    func rowFive(kind: String = "") -> String {
        """
        kegiatan:
          - no: 4
            uraian: Memeriksa berkas
            pelaksana: fo
            keputusan: {cabang: {Lengkap: 5, Tidak lengkap: 4}}
          - {id: ketik, no: 5, uraian: Mengetik konsep, pelaksana: fo\(kind)}
          - {id: cocok, no: 5, pelaksana: kasi}
          - no: 6
            uraian: Memaraf konsep
            pelaksana: kasi
            keputusan: {cabang: [{ke: 7, label: Ya}, {ke: 5}]}
          - {no: 7, uraian: Menandatangani, pelaksana: fo}
        """
    }

    @Test func aRowNumberNamesEveryBoxOfAParallelRow() throws {
        let result = load(rowFive())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        guard case .decision(let first) = sop.steps[0].flow, case .decision(let back) = sop.steps[3].flow else {
            Issue.record("no decisions"); return
        }
        #expect(first.branches[0].targets.map(\.value) == [.step("ketik"), .step("cocok")])
        #expect(back.branches[1].targets.map(\.value) == [.step("ketik"), .step("cocok")])
        // The unlabelled exit is named by its printed row.
        #expect(back.branches[1].targetRow == "5")
        // Every box is reached: no box left out of the row.
        #expect(FlowGraph(sop).reachable(from: [0]).allSatisfy { $0 })
        #expect(FlowGraph(sop).entered[1] == 1..<3)
    }

    @Test func aRowNumberNamesTheFirstBoxOfARowInSequenceOrOfSeparatePaths() throws {
        for kind in ["berurutan", "terpisah"] {
            let sop = try #require(load(rowFive(kind: ", baris: \(kind)")).sop)
            guard case .decision(let first) = sop.steps[0].flow else { Issue.record("no decision"); return }
            #expect(first.branches[0].targets.map(\.value) == [.step("ketik")], "\(kind)")
        }
    }

    @Test func aNumberPrintedOnTwoRowsStaysUnresolvedAndAnIDIsKept() throws {
        let sop = try #require(load("""
            kegiatan:
              - {no: 1, uraian: Memeriksa, pelaksana: fo, lanjut: 5}
              - {id: a, no: 5, uraian: Mengetik, pelaksana: fo}
              - {id: b, no: 5, pelaksana: kasi}
              - {no: 2, uraian: Menyela, pelaksana: fo}
              - {id: c, no: 5, uraian: Lagi, pelaksana: fo}
              - {id: d, no: 5, pelaksana: kasi, lanjut: a}
            """).sop)
        #expect(sop.steps[0].flow.writtenTargets.map(\.value) == [.step("5")])
        #expect(sop.steps[5].flow.writtenTargets.map(\.value) == [.step("a")])
        #expect(sop.steps.rowsByNumber["5"]?.count == 2)
    }

    @Test func inASecondTableTheNumberNamesThatTablesRow() throws {
        let sop = try #require(load("""
            tabel:
              - judul: A
                kegiatan:
                  - {no: 1, uraian: Menerima, pelaksana: fo}
                  - {no: 2, uraian: Meneruskan, pelaksana: fo}
              - judul: B
                kegiatan:
                  - {no: 1, uraian: Memeriksa, pelaksana: fo, keputusan: {cabang: {Ya: 2, Tidak: selesai}}}
                  - {id: x, no: 2, uraian: Mengetik, pelaksana: fo}
                  - {id: y, no: 2, pelaksana: kasi}
            """).sop)
        #expect(sop.steps[2].flow.writtenTargets.map(\.value) == [.step("x"), .step("y"), .end])
    }

    @Test func whatATargetMayNameListsTheRowsByNumber() throws {
        let sop = try #require(load(rowFive()).sop)
        #expect(sop.steps.targetNames == ["4", "5 (baris: ketik, cocok)", "ketik", "cocok", "6", "7"])
    }

    @Test func aTargetRefusedAsAnIDGetsTheStepItMeant() throws {
        let result = load("""
            kegiatan:
              - no: 1
                uraian: Memeriksa
                pelaksana: fo
                keputusan: {cabang: {Lengkap: 2, Belum: ke 1, Lain: ke sana}}
              - {no: 2, uraian: Mencatat, pelaksana: fo}
            """)
        let notes = result.diagnostics.filter { $0.code == LoaderCode.invalidIdentifier }.map { $0.notes.map(\.message.id) }
        #expect(notes == [["mungkin maksudnya '1'?"], ["id kegiatan yang ada: 1, 2, atau 'selesai'"]], "\(notes)")
    }
}
