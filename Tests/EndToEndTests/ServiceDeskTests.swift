import Foundation
import Testing

/// Issue 13, through the built binary: a whole SOP 01 case at two desks, with the case at a
/// glance (titles, search), a correction, a pause, the receipt and the complainant's lookup.
@Suite("the service desk: titles, search, corrections, receipt, status")
struct ServiceDeskTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-desk-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("sop.sqlite").path }
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"] }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    func answers(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static let reception = """
        langkah:
          - kegiatan: 1
            kelengkapan: {Identitas: ya}
            isian: {nama: Siti Aminah, nik: "3573014101900001", telepon: 0812-3456-7890,
                    cara_menghubungi: Telepon, maksud: Menanyakan syarat izin usaha mikro}
            output: {Data pelapor: Identitas dan maksud pelapor dicatat}
          - kegiatan: 2
            catatan: [Catatan internal yang tidak boleh terlihat pelapor]
        """

    static let complaintsUntilPause = """
        langkah:
          - kegiatan: 3
            kelengkapan: {Berkas pengaduan: ya}
            output: {Analisis Pengaduan: Pelapor belum mengetahui syarat NIB}
          - {tindakan: jeda}
        """

    static let complaintsToTheEnd = """
        langkah:
          - kegiatan: 4
          - kegiatan: 5
            kelengkapan: {Berkas analisis: ya}
            output: {Bahan/data/informasi dari bidang: Daftar syarat izin usaha mikro}
          - kegiatan: 6
            kelengkapan: {Berkas pendukung: tidak}
            output: {Form Penerimaan Layanan: Ditandatangani pelapor}
        """

    @Test func wholeCaseAtTwoDesks() throws {
        // Desk 1: the receptionist takes the complaint.
        let first = try sop(["run", "01", "--answers", try answers("a.yaml", Self.reception), "--as", "resepsionis",
                             "--operator", "budi"])
        #expect(first.status == 0, "\(first.stderr)")
        let id = "01-2026-000001"

        // The next desk sees what the case is about, personal data masked.
        let tasks = try sop(["tasks", "--as", "staf-pengaduan"])
        #expect(tasks.stdout.contains("Perihal"))
        #expect(tasks.stdout.contains("Siti Aminah · Menanyakan syarat izin usaha mikro"))

        // Search: words of the title, a whole NIK, a phone written another way; never a part.
        #expect(try sop(["cases", "--cari", "siti izin"]).stdout.contains(id))
        #expect(try sop(["cases", "--cari", "3573014101900001"]).stdout.contains(id))
        #expect(try sop(["cases", "--cari", "+62 812 3456 7890"]).stdout.contains(id))
        #expect(try sop(["cases", "--cari", "35730141"]).stdout == "Tidak ada kasus yang cocok.\n")
        #expect(try sop(["cases", "--cari", "budi"]).stdout == "Tidak ada kasus yang cocok.\n")

        // A correction: only in the step's role, names checked with a did-you-mean, a reason.
        let wrongRole = try sop(["correct", id, "--kegiatan", "1", "--isian", "telepon=0813-1111-2222", "--alasan", "salah ketik",
                                 "--as", "staf-pengaduan"])
        #expect(wrongRole.status == 1)
        #expect(wrongRole.stderr.contains("hanya dapat dikoreksi oleh peran Resepsionis"))
        let typo = try sop(["correct", id, "--kegiatan", "1", "--isian", "telpon=0813-1111-2222", "--alasan", "salah ketik",
                            "--as", "resepsionis"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("mungkin maksudnya 'telepon'?"))
        let badValue = try sop(["correct", id, "--kegiatan", "1", "--isian", "nik=123", "--alasan", "x", "--as", "resepsionis"])
        #expect(badValue.status == 1)
        let noReason = try sop(["correct", id, "--kegiatan", "1", "--isian", "telepon=0813-1111-2222", "--alasan", " ",
                                "--as", "resepsionis"])
        #expect(noReason.status == 1)
        let corrected = try sop(["correct", id, "--kegiatan", "1", "--isian", "telepon=0813-1111-2222", "--alasan", "salah ketik",
                                 "--as", "resepsionis", "--operator", "budi"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stdout.contains("0812••••••90 menjadi 0813••••••22"))
        // Searches follow the corrected value.
        #expect(try sop(["cases", "--cari", "0813 1111 2222"]).stdout.contains(id))
        #expect(try sop(["cases", "--cari", "0812-3456-7890"]).stdout == "Tidak ada kasus yang cocok.\n")

        // Before the step the SOP names (kasus: tanda_terima: 6), a receipt of what was received
        // so far, with the tracking code (ReceiptOpenCaseTests pins it whole).
        let early = try sop(["receipt", id])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stdout.contains("TANDA TERIMA") && early.stdout.contains("Status: sedang diproses"))

        // Desk 2: the complaints officer works step 3, then pauses, then finishes.
        let paused = try sop(["run", "--case", id, "--answers", try answers("b.yaml", Self.complaintsUntilPause),
                              "--as", "staf-pengaduan", "--operator", "ani"])
        #expect(paused.status == 0, "\(paused.stderr)")
        // The next desk sees the case at a glance, with the corrected value, masked.
        #expect(paused.stdout.contains("Isi kasus sejauh ini:\n  Perihal: Siti Aminah · Menanyakan syarat izin usaha mikro"))
        #expect(paused.stdout.contains("[1] Nomor telepon: 0813••••••22"))
        #expect(paused.stdout.contains("[2] Catatan (budi): Catatan internal yang tidak boleh terlihat pelapor"))
        #expect(!paused.stdout.contains("3573014101900001"))
        #expect(try sop(["cases", "--status", "dijeda"]).stdout.contains(id))
        let pausedStatus = try sop(["status", try trackingCode(id)])
        // Only what the record knows: a pause records no reason for the complainant.
        // One clear state: the stage and "ditunda", never "sedang diproses" beside it (tester 16, finding 8).
        #expect(pausedStatus.stdout.contains("\nTahap 4 dari 6; layanan sedang ditunda.\n"), "\(pausedStatus.stdout)")
        #expect(!pausedStatus.stdout.contains("sedang diproses"), "\(pausedStatus.stdout)")
        #expect(!pausedStatus.stdout.contains("menunggu"))
        let done = try sop(["run", "--case", id, "--answers", try answers("c.yaml", Self.complaintsToTheEnd),
                            "--as", "staf-pengaduan", "--operator", "ani"])
        #expect(done.status == 0, "\(done.stderr)")

        // The timeline keeps the original and shows the correction.
        let timeline = try sop(["case", id]).stdout
        #expect(timeline.contains("Nomor telepon = 0813••••••22"))
        #expect(timeline.contains("Koreksi (budi · Resepsionis, 30-11-2026 09.00 WIB): Nomor telepon: 0812••••••90 → 0813••••••22 · alasan: salah ketik"))
        // The event log names the correction in words, as every other event.
        let log = try sop(["case", id, "--events"]).stdout
        #expect(log.contains("jawaban dikoreksi") && !log.contains("answer-corrected"), "\(log)")
        let json = try sop(["case", id, "--json"]).stdout
        #expect(json.contains("\"type\":\"field-answered\"") && json.contains("\"type\":\"answer-corrected\""))

        // The receipt, for both receipt printers: nothing wider than the paper.
        let code = try trackingCode(id)
        for (paper, columns) in [("58", 32), ("80", 48)] {
            let receipt = try sop(["receipt", id, "--kertas", paper])
            #expect(receipt.status == 0, "\(receipt.stderr)")
            let lines = receipt.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= columns }, "\(paper) mm:\n\(receipt.stdout)")
            #expect(receipt.stdout.contains("FORM PENERIMAAN LAYANAN"))
            #expect(receipt.stdout.contains(code))
            #expect(!receipt.stdout.contains("3573014101900001") && !receipt.stdout.contains("0813-1111-2222"))
        }
        let text = try sop(["receipt", id, "--kertas", "80"]).stdout.replacingOccurrences(of: "\n", with: " ")
        // What the complainant handed in (rows 1 and 6), not the office's own (tester 10, finding 6).
        #expect(text.contains("Kelengkapan diterima: Identitas Kelengkapan kurang: Berkas pendukung"), "\(text)")
        #expect(text.contains("Kelengkapan kurang: Berkas pendukung"))
        // Completed: when it was completed, not its due time (web7, tester9).
        #expect(text.contains("Selesai pada:") && !text.contains("Selesai paling lambat:"))
        let html = try sop(["receipt", id, "--kertas", "a5"])
        #expect(html.stdout.contains("size: A5 portrait") && html.stdout.contains(code))
        #expect(try sop(["receipt", id, "--kertas", "a4", "--format", "text"]).status != 0)
        #expect(try sop(["receipt", id, "--kertas", "b5"]).status != 0)

        // The complainant's lookup: typed loosely, no personal data, no internal notes, no staff.
        let status = try sop(["status", code.lowercased().replacingOccurrences(of: "-", with: "")])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Pelayanan Pengaduan Langsung"))
        #expect(status.stdout.contains("Selesai: 30-11-2026 09.00 WIB, dalam batas waktu layanan"))
        for secret in ["Siti", "3573", "0813", "0812", "Catatan internal", "budi", "ani", id] {
            #expect(!status.stdout.contains(secret), "status shows \(secret)")
        }
        #expect(try sop(["status", "ABCD-EFGH-JK"]).status == 1)
        #expect(try sop(["status", "12345"]).status == 2)
    }

    /// The tracking code, as the receipt prints it.
    func trackingCode(_ id: String) throws -> String {
        let receipt = try SOPBinary.run(["receipt", id, "--kertas", "80"], environment: environment).stdout
        if let range = receipt.range(of: #"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}"#, options: .regularExpression) {
            return String(receipt[range])
        }
        // Before the receipt step, the store still knows it: look it up through the JSON events.
        let json = try SOPBinary.run(["case", id, "--json"], environment: environment).stdout
        guard let range = json.range(of: #""tracking":"[^"]+""#, options: .regularExpression) else { return "" }
        return String(json[range].dropFirst(12).dropLast())
    }
}

/// The answers file as the README shows it, and its mistakes.
@Suite("answers files at the desk")
struct AnswersFileTests {
    let desk = ServiceDeskTests()

    /// The ```yaml block of the README's "Scripting" section.
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: SOPBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "### Scripting"),
            let open = readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex),
            let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
        else { return "" }
        return String(readme[open.upperBound..<close.lowerBound])
    }

    @Test func theReadmeExampleRunsAgainstSOP01() throws {
        let path = try desk.answers("readme.yaml", try Self.readmeExample())
        let run = try desk.sop(["run", "01", "--answers", path])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Kasus dijeda."))
        #expect(try desk.sop(["cases", "--status", "dijeda"]).stdout.contains("Siti Aminah"))
    }

    @Test func unknownNamesAreErrorsWithADidYouMean() throws {
        let split = try desk.answers("split.yaml", """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: ya}
                isian: {nama: Siti, telepon: "0812 3456 7890", cara_menghubungi: Telepon, maksud: Tanya}
                output: {Data pelapor: Identitas, dan maksud, Data: x}
            """)
        let run = try desk.sop(["run", "01", "--answers", split, "--as", "resepsionis"])
        #expect(run.status != 0)
        #expect((run.stdout + run.stderr).contains("kegiatan 1 tidak punya output"), "\(run.stdout)\(run.stderr)")
        let typo = try desk.answers("typo.yaml", """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: ya}
                isian: {nama: Siti, telpon: "0812 3456 7890", cara_menghubungi: Telepon, maksud: Tanya}
            """)
        let second = try desk.sop(["run", "01", "--answers", typo, "--as", "resepsionis"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("kegiatan 1 tidak punya isian 'telpon'"), "\(second.stderr)")
        #expect(second.stderr.contains("mungkin maksudnya 'telepon'?"))
    }

    @Test func answersLeftOverAreAnError() throws {
        let path = try desk.answers("left.yaml", """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: ya}
                isian: {nama: Siti, telepon: "0812 3456 7890", cara_menghubungi: Telepon, maksud: Tanya}
                output: {Data pelapor: dicatat}
              - kegiatan: 2
              - kegiatan: 3
                kelengkapan: {Berkas pengaduan: ya}
            """)
        let run = try desk.sop(["run", "01", "--answers", path, "--as", "resepsionis"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("1 jawaban tersisa mulai butir 3 (kegiatan 3), baris 7"), "\(run.stderr)")
    }
}
