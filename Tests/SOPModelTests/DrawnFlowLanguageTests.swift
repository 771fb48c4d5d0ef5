import SOPCore
import Testing

@testable import SOPModel

/// Flow and tables as drawn (issue 10), at the language level: what each key loads into, and
/// a located error for each bad value.
@Suite struct DrawnFlowLanguageTests {
    static let head = """
        nomor: "20"
        judul: Uji
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: aplikasi, nama: Aplikasi, jenis: sarana, dicatat_oleh: petugas}

        """

    @Test func everyFlowKeyLoads() throws {
        let result = load(Self.head + """
            kegiatan:
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan:
                  tergambar: tidak
                  cabang:
                    - {ke: 2, label: Ya}
                    - {ke: 3}
                    - {ke: selesai}
              - {no: 2, uraian: Memverifikasi, pelaksana: aplikasi, simbol: tanpa, label_lanjut: Ya, dicatat_oleh: petugas}
              - {id: 3a, no: 3, uraian: Menyerahkan, pelaksana: petugas, baris: berurutan, opsional: ya}
              - {id: 3b, no: 3, uraian: Menerima, pelaksana: petugas, hasil_akhir: Berkas diterima}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        guard case .decision(let decision) = sop.steps[0].flow else { Issue.record("no decision"); return }
        #expect(!decision.isDrawn)
        #expect(decision.branches.map(\.label.value) == ["Ya", "", ""])
        #expect(decision.branches.map(\.isUnlabelled) == [false, true, true])
        // "3" is the printed row of the boxes 3a and 3b (berurutan): the arrow enters its first box.
        #expect(decision.branches.map(\.target.value) == [.step("2"), .step("3a"), .end])
        #expect(decision.branches.map(\.targetRow) == [nil, "3", nil])
        #expect(sop.steps[1].symbol?.value == .tanpa)
        #expect(sop.steps[1].drawn.arrowLabel?.value == "Ya")
        #expect(sop.steps[1].drawn.recordedBy?.value == "petugas")
        #expect(sop.actors[1].recordedBy?.value == "petugas")
        #expect(sop.steps[2].drawn.rowKind?.value == .berurutan && sop.steps[2].drawn.isOptional)
        #expect(sop.steps[3].drawn.outcome?.value == "Berkas diterima")
        #expect(sop.rowCount == 3)
        // A box of a berurutan row goes on to the next box; the row's last box to the end.
        let graph = FlowGraph(sop)
        #expect(graph.targets(of: 2) == [3])
    }

    @Test func severalTablesEachNumberTheirOwnRows() throws {
        let result = load(Self.head + """
            tata_letak: {mutu_baku: [kelengkapan, output, waktu], nomor_kolom: ya}
            tabel:
              - judul: A. Penerimaan
                pelaksana: [petugas]
                catatan: ["Ket: *) apabila diperlukan"]
                kegiatan:
                  - {no: 1, uraian: Menerima, pelaksana: petugas}
                  - {no: 2, uraian: Mencatat, pelaksana: petugas}
              - judul: B. Pemrosesan
                pelaksana: [petugas, aplikasi]
                kegiatan:
                  - {no: 1, uraian: Memproses, pelaksana: aplikasi}
                  - {no: 2, uraian: Menyerahkan, pelaksana: petugas, lanjut: 1}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        #expect(sop.steps.map(\.id.value) == ["1", "2", "t2-1", "t2-2"])
        // Inside table 2, "1" names that table's row 1.
        guard case .next(let target?) = sop.steps[3].flow else { Issue.record("no lanjut"); return }
        #expect(target.value == .step("t2-1"))
        #expect(sop.tables.map(\.steps) == [0..<2, 2..<4])
        #expect(sop.tables[0].footnotes.map(\.value) == ["Ket: *) apabila diperlukan"])
        #expect(sop.tables[1].columns.map(\.value) == ["petugas", "aplikasi"])
        #expect(sop.layout.mutuBaku == [.kelengkapan, .output, .waktu] && sop.layout.columnNumbers)
        #expect(sop.rowCount == 4)
    }

    @Test func badValuesAreLocated() {
        let result = load(Self.head + """
            tata_letak: {mutu_baku: [kelengkapan, hasil]}
            kegiatan:
              - {uraian: A, pelaksana: petugas, baris: serentak, opsional: mungkin}
              - uraian: B
                pelaksana: petugas
                keputusan: {cabang: [{label: Ya}, {ke: selesai, lanjut: 2}]}

            """)
        let found = result.diagnostics.sortedByLocation().map { "\($0.location?.mark.line ?? 0):\($0.code.rawValue)" }
        #expect(found == ["6:invalid-choice", "8:invalid-choice", "8:invalid-boolean", "11:missing-key", "11:unknown-key"])
    }

    @Test func neitherKegiatanNorTabelIsAMissingKey() {
        let result = load(Self.head)
        #expect(codes(result) == ["missing-key"])
        let both = load(Self.head + "kegiatan: []\ntabel: []\n")
        #expect(codes(both).contains("conflicting-keys"))
    }
}
