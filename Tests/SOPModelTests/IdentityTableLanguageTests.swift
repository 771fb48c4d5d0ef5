import SOPCore
import Testing

@testable import SOPModel

/// An identity section printed as a table (`cetak.kolom`, each item a row of cells) and the
/// identity block's rows beyond the form (`cetak.baris_tambahan`), as an outside tester's two
/// SOPs printed them (issue 10).
@Suite struct IdentityTableLanguageTests {
    static func load(_ body: String) -> LoadResult {
        SOPLoader.load(text: "nomor: \"1\"\njudul: X\n" + body + "pelaksana: []\nkegiatan: []\n", path: "t.yaml")
    }

    @Test func rowsOfCellsAreKeptAsTypedWithTheirItemsJoined() throws {
        let result = Self.load("""
            pencatatan_pendataan:
              - ["1", Buku register, Front Office]
              - ["2", Arsip izin, ""]
              - Catatan lain
            cetak:
              kolom: {pencatatan_pendataan: [No, Jenis Catatan, Disimpan di]}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let identity = try #require(result.sop?.identity)
        #expect(identity.printing.columns["pencatatan_pendataan"]?.map(\.value) == ["No", "Jenis Catatan", "Disimpan di"])
        #expect(identity.tableRows["pencatatan_pendataan"]?.map { $0.map(\.value) }
            == [["1", "Buku register", "Front Office"], ["2", "Arsip izin", ""], ["Catatan lain"]])
        #expect(identity.pencatatanPendataan?.map(\.value) == ["1 — Buku register — Front Office", "2 — Arsip izin", "Catatan lain"])
        // Where the rows start, for lint's findings.
        #expect(identity.pencatatanPendataan?.first?.mark.line == 4)
    }

    @Test func aSectionOfTextsHasNoRows() throws {
        let identity = try #require(Self.load("peringatan: [Izin terlambat]\n").sop?.identity)
        #expect(identity.tableRows.isEmpty)
        #expect(identity.peringatan?.map(\.value) == ["Izin terlambat"])
    }

    @Test func aCellThatIsNotTextIsReportedOnceAndKeptInItsPlace() throws {
        let result = Self.load("pencatatan_pendataan:\n  - [{a: b}, x]\n")
        #expect(result.diagnostics.map(\.code.rawValue) == ["wrong-type"])
        #expect(result.sop?.identity.tableRows["pencatatan_pendataan"]?.first?.count == 2)
    }

    @Test func extraRowsAreReadWithThePlaceTheyFollow() throws {
        let result = Self.load("""
            cetak:
              baris_tambahan:
                - {label: Halaman, isi: 1/2, setelah: nomor}
                - {label: Tanggal Pengesahan, isi: "", setelah: pengesahan}
                - {label: Kode Arsip, isi: KA-07}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let rows = try #require(result.sop?.identity.printing.extraRows)
        #expect(rows.map(\.label.value) == ["Halaman", "Tanggal Pengesahan", "Kode Arsip"])
        #expect(rows.map(\.text.value) == ["1/2", "", "KA-07"])
        // "pengesahan" is the effective date's row under its other printed name.
        #expect(rows.map(\.after) == ["nomor", "efektif", nil])
        let placed = ExtraIdentityRow.place(rows, in: [(key: "nomor", row: "Nomor"), (key: "efektif", row: "Efektif"), (key: "judul", row: "Judul")]) {
            $0.label.value
        }
        #expect(placed == ["Nomor", "Halaman", "Efektif", "Tanggal Pengesahan", "Judul", "Kode Arsip"])
    }

    @Test func anExtraRowAfterARowThatIsNotPrintedGoesToTheEnd() {
        let row = ExtraIdentityRow(label: Located("Halaman", at: Mark(line: 1, column: 1)), text: Located("1/2", at: Mark(line: 1, column: 1)),
                                   after: "jam_layanan")
        #expect(ExtraIdentityRow.place([row], in: [(key: "nomor", row: "Nomor"), (key: "judul", row: "Judul")]) { $0.label.value }
            == ["Nomor", "Judul", "Halaman"])
    }

    @Test func badExtraRowsAreLocated() {
        let result = Self.load("cetak:\n  baris_tambahan:\n    - {isi: 1/2, setelah: nomer}\n")
        let found = result.diagnostics.map { "\($0.location?.mark.line ?? 0):\($0.location?.mark.column ?? 0) \($0.code.rawValue)" }
        #expect(found.sorted() == ["5:27 invalid-choice", "5:7 missing-key"], "\(found)")
    }
}
