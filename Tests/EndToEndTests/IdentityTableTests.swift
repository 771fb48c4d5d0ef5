import Foundation
import Testing

/// The outside tester's two SOPs as printed (issue 10): Pencatatan dan Pendataan printed as a
/// three-column table (SOP 07) and "Halaman: 1/2" under the Nomor SOP (SOP 27), through lint,
/// show and render, and the findings on a table written wrong.
@Suite("Identity sections printed as tables, and rows beyond the form")
struct IdentityTableTests {
    static let folder = "Tests/Fixtures/newsop/sop/"

    @Test func showPrintsTheTableUnderItsHeadingsAndTheExtraRowWhereItWasPrinted() throws {
        let table = try SOPBinary.run(["show", Self.folder + "07-izin-reklame.yaml"], environment: ["COLUMNS": "200"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("""
            Pencatatan dan Pendataan
              No | Jenis Catatan                     | Disimpan di
              1  | Buku register permohonan          | Front Office
              2  | Berita Acara Pemeriksaan Lapangan | Arsip Bidang Pengendalian

            """), "\(table.stdout)")
        let extra = try SOPBinary.run(["show", Self.folder + "27-rawat-jalan-poli-umum.yaml"], environment: ["COLUMNS": "200"])
        #expect(extra.status == 0, "\(extra.stderr)")
        #expect(extra.stdout.contains("  Nomor SOP           445/ 027 /PKM-GJH/2025\n  Halaman             1/2\n  Tanggal Pembuatan "),
                "\(extra.stdout)")
    }

    @Test func renderPrintsTheTableInItsCellAndTheExtraRow() throws {
        let html = try SOPBinary.run(["render", Self.folder + "07-izin-reklame.yaml"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<table class=\"section-table\"><tr><th>No</th><th>Jenis Catatan</th><th>Disimpan di</th></tr>"
            + "<tr><td>1</td><td>Buku register permohonan</td><td>Front Office</td></tr>"), "\(html.stdout)")
        let extra = try SOPBinary.run(["render", Self.folder + "27-rawat-jalan-poli-umum.yaml", "--format", "markdown"])
        #expect(extra.stdout.contains("| Nomor SOP | 445/ 027 /PKM-GJH/2025 |\n| Halaman | 1/2 |\n| Tanggal Pembuatan |"), "\(extra.stdout)")
    }

    @Test func aTableWrittenWrongIsLocated() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-identity-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
            nomor: "41"
            judul: Contoh
            pencatatan_pendataan:
              - ["1", Buku register, Front Office]
              - ["2", Arsip izin]
            peringatan:
              - [Izin terlambat, Denda]
            cetak:
              kolom: {pencatatan_pendataan: [No, Jenis Catatan, Disimpan di]}
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Mencatat, pelaksana: petugas, mutu_baku: {waktu: 5 menit}}

            """.write(to: directory.appendingPathComponent("41-contoh.yaml"), atomically: true, encoding: .utf8)
        let lint = try SOPBinary.run(["lint", "41-contoh.yaml"], directory: directory)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("41-contoh.yaml:5:5: error: baris ini punya 2 sel, tabel 'pencatatan_pendataan' punya 3 kolom (No, Jenis Catatan, Disimpan di)"),
                "\(lint.stdout)")
        #expect(lint.stdout.contains("41-contoh.yaml:7:5: error: butir 'peringatan' ditulis sebagai baris sel (tabel) tetapi judul kolomnya tidak ada"),
                "\(lint.stdout)")
        #expect(lint.stdout.contains("1 berkas, 2 galat, 0 peringatan"), "\(lint.stdout)")
    }
}
