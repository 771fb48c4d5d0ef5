import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The desk on a pseudo-terminal at 80 columns: the picker asks again on a typo, `/batal`
/// asks for confirmation, Ctrl-C leaves with the resume hint, `--as` takes a name.
@Suite("the desk on a terminal")
struct DeskTerminalTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-deskpty-\(UUID().uuidString)/sop.sqlite").path

    var environment: [String: String] {
        ["SOP_DB": database, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb", "COLUMNS": "80",
         "HOME": FileManager.default.temporaryDirectory.path]
    }

    @Test func pickerTypoCancelConfirmationAndInterrupt() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database])
        #expect(setup.status == 0, "\(setup.stderr)")
        let terminal = try PseudoTerminal(["run", "--as", "Staf layanan pengaduan", "--operator", "sari"], environment: environment,
                                          directory: SOPBinary.root)
        try terminal.expect("Pilih kegiatan [1-1] › ")
        terminal.type("satu")
        try terminal.expect("'satu' bukan nomor dalam daftar; ketik angka 1 sampai 1, atau Ctrl-D untuk keluar")
        try terminal.expect("Pilih kegiatan [1-1] › ")
        terminal.type("1")
        try terminal.expect("Isi kasus sejauh ini:")
        try terminal.expect("Berkas pengaduan ada? [y/t] › ")
        terminal.type("/batal pelapor pulang")
        // Wrapped at a word to the 80 columns of the terminal.
        try terminal.expect("Batalkan kasus 01-2026-000001 dengan alasan \"pelapor pulang\"? Pembatalan\r\ntidak dapat diurungkan [y/t] › ")
        terminal.type("t")
        try terminal.expect("Kasus tidak dibatalkan.")
        try terminal.expect("Berkas pengaduan ada? [y/t] › ")
        terminal.type("y")
        try terminal.expect("Analisis Pengaduan (teks, atau @jalur/berkas) › ")
        kill(terminal.process.processIdentifier, SIGINT)
        try terminal.expect("semua jawaban sudah tersimpan.")
        try terminal.expect("Lanjutkan dengan: sop run --case 01-2026-000001")
        #expect(terminal.wait() == 130)
        // The answer before Ctrl-C is kept; the case is open, not cancelled.
        let timeline = try SOPBinary.run(["case", "01-2026-000001"], environment: ["SOP_DB": database]).stdout
        #expect(timeline.contains("Status: terbuka"))
        #expect(timeline.contains("Berkas pengaduan ✓"))
    }

    @Test func cancellingAfterConfirmation() throws {
        let terminal = try PseudoTerminal(["run", "01", "--as", "resepsionis", "--operator", "budi"], environment: environment,
                                          directory: SOPBinary.root)
        try terminal.expect("Identitas ada? [y/t] › ")
        terminal.type("/batal pelapor mencabut pengaduan")
        try terminal.expect("[y/t] › ")
        terminal.type("y")
        try terminal.expect("Kasus dibatalkan: pelapor mencabut pengaduan")
        #expect(terminal.wait() == 0)
        let timeline = try SOPBinary.run(["case", "01-2026-000001"], environment: ["SOP_DB": database]).stdout
        #expect(timeline.contains("diakhiri oleh pembatalan kasus"), "the open step ends with the case:\n\(timeline)")
        #expect(!timeline.contains("sedang dikerjakan"))
    }

    @Test func tasksByRoleNameAndUnknownRoles() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database])
        #expect(setup.status == 0)
        let byName = try SOPBinary.run(["tasks", "--as", "staf layanan pengaduan"], environment: ["SOP_DB": database])
        #expect(byName.stdout.contains("01-2026-000001"))
        let unknown = try SOPBinary.run(["tasks", "--as", "kasir"], environment: ["SOP_DB": database])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'kasir' bukan peran staf di SOP mana pun dalam folder SOP (peran staf: resepsionis = Resepsionis; staf-pengaduan = Staf layanan pengaduan; bidang-terkait = Bidang Terkait"))
    }
}
