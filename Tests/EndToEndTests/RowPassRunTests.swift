import Foundation
import Testing

/// A row's cells belong to the whole printed row (issue 10), run with the real binary on the
/// real SOPs: the Kelengkapan at the row's first box, the Output at its last, one Waktu judged
/// once in `sop run`, `sop case` and `sop report`.
@Suite("The cells of a printed row of several boxes at the desk")
struct RowPassRunTests {
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-rowpass-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime] }

    func run(_ nomor: String, _ answers: String) throws -> SOPBinary.Output {
        try SOPBinary.run(["run", nomor, "--sop-dir", "Tests/Fixtures/examples", "--answers", answers, "--operator", "budi"],
                          environment: environment)
    }

    @Test func perbaikanRowOneIsOneRowAtTheDeskInTheCaseAndInTheReport() throws {
        let output = try run("SOP-050/17000/2025", "Tests/Fixtures/answers/examples/perbaikan-pc-rusak-ringan.yaml")
        #expect(output.status == 0, "\(output.stderr)")
        // Every box shows the row's standard; the later boxes count from the first box.
        #expect(output.stdout.contains("""
            ━━ Kegiatan 1 dari 10 · bagian Admin/ PJK TI ━━━━━━━━━━━━━━━━━━━
            Pengajuan tiket permohonan melalui https://bengkulu.web.bps.go.id/halocik/
            Pelaksana   : Admin/ PJK TI
            Waktu       : 20 menit · terpakai kurang dari 1 menit sejak kotak pertama baris · batas 09.20 WIB
            Kelengkapan : Informasi kerusakan dan memeriksa status garansi (ditanyakan di kotak pertama baris)
            Output      : Informasi Garansi (ditanyakan di kotak terakhir baris)
            """), "\(output.stdout)")
        #expect(!output.stdout.contains("tanpa standar waktu"))
        // The case: judged once, at the row's last box.
        let timeline = try SOPBinary.run(["case", "SOP-050-17000-2025-2026-000001", "--sop-dir", "Tests/Fixtures/examples"],
                                         environment: environment)
        #expect(timeline.stdout.components(separatedBy: "standar 20 menit").count == 2, "\(timeline.stdout)")
        // The report: one verdict for the row.
        let report = try SOPBinary.run(["report", "--sop-dir", "Tests/Fixtures/examples", "--format", "json"], environment: environment)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let steps = try #require(((json["sops"] as? [[String: Any]])?.first)?["steps"] as? [[String: Any]])
        let judged = steps.filter { ($0["within"] as? [String: Any]) != nil }.map { $0["step"] as? String ?? "" }
        #expect(judged == ["1-teknisi", "cek-kerusakan", "3", "4-pegawai"])
    }

    @Test func hibahPathBAsksTheRowsCellsAtTheOnlyBoxItRuns() throws {
        let output = try run("SOP-010/17000/2025", "Tests/Fixtures/answers/examples/hibah-bmn-keluar-bps-ri.yaml")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("""
            Kelengkapan · Berkas pada butir (4) ada? [y/t] › ya
            Output · Surat Persetujuan Pelaksanaan Hibah (teks, atau @jalur/berkas) › Terlampir di berkas kasus
            ✓ Kegiatan 5 selesai dalam kurang dari 1 menit — tepat waktu (standar 14 hari kerja
            """), "\(output.stdout)")
    }

    @Test func anAnswersFileGivingTheRowsOutputAtItsFirstBoxIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-rowpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.yaml").path
        try """
            sebagai: [pegawai, admin-pjk-ti, teknisi]
            langkah:
              - kegiatan: 1-pegawai
                kelengkapan: {"Informasi kerusakan dan memeriksa status garansi": ya}
                output: {"Informasi Garansi": ada}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let output = try run("SOP-050/17000/2025", file)
        #expect(output.status == 1)
        #expect(output.stderr.contains(
            "jawaban untuk kegiatan 1 memuat output 'Informasi Garansi', tetapi baris ini menanyakannya di kotak terakhirnya"),
                "\(output.stderr)")
    }

    /// Item 3: screens number rows as printed and name the table of an SOP of several.
    @Test func screensNumberThePrintedRowsAndNameTheTable() throws {
        let layanan = try run("SOP-1-107/17000/2025", "Tests/Fixtures/answers/examples/layanan-pengaduan-kotak-pengaduan.yaml")
        #expect(layanan.status == 0, "\(layanan.stderr)")
        let titles = layanan.stdout.split(separator: "\n").filter { $0.hasPrefix("━━ ") }
            .map { $0.replacingOccurrences(of: "━", with: "").trimmingCharacters(in: .whitespaces) }
        // Counted as the document numbers its rows (tester 10, finding 9): the last printed row is 8.
        #expect(titles == ["Kegiatan 1 dari 8", "Kegiatan 2 dari 8", "Kegiatan 3 dari 8", "Kegiatan 4 dari 8",
                           "Kegiatan tanpa nomor (sesudah 5) dari 8", "Kegiatan 6 dari 8", "Kegiatan 7 dari 8", "Kegiatan 8 dari 8"])
        let pembayaran = try run("SOP-029/17000/2025", "Tests/Fixtures/answers/examples/pengajuan-pembayaran-tabel-5.yaml")
        #expect(pembayaran.status == 0, "\(pembayaran.stderr)")
        #expect(pembayaran.stdout.contains("━━ Tabel 5 · Pengajuan Belanja Akun 524111 · Kegiatan 1 dari 9 · bagian Ketua Tim/ Proyek ━━━"))
        let list = try SOPBinary.run(["list", "--sop-dir", "Tests/Fixtures/examples"], environment: environment)
        #expect(list.stdout.contains("SOP-1-107/17000/2025  Layanan Pengaduan"))
        let row = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("SOP-1-107/17000/2025") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).contains("9"))
    }
}
