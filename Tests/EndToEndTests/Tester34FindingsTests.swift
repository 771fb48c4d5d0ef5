import Foundation
import Testing

/// Tester 34 (a Dinas Perhubungan official) typed the SOP "Pengujian Berkala Kendaraan Bermotor
/// (Uji KIR)" (`Tests/Fixtures/ujikir`, their working copy and the YAML as first typed). With the
/// real binary on a fixed clock.
@Suite("Tester 34: Uji KIR (branch correction, Indonesian numbers, question words, status, receipt, case so far, waktu)")
struct Tester34FindingsTests {
    static let folder = "Tests/Fixtures/ujikir/sop"
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t34-\(UUID().uuidString)/sop.sqlite").path
    static let id = "12-2026-000001"

    func sop(_ arguments: [String], as login: String = "budi", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00",
                                                  "SOP_DIR": Self.folder, "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    /// Rows 1 to 8 by their desks; the Penguji answers `lulus` at "Lulus uji?" (F4) and the case
    /// goes on to kegiatan 11 (Petugas Administrasi).
    func passedAtEight(retribusi: String = "Rp 85.000") throws -> [String] {
        var outputs: [String] = []
        for (login, role, input) in [
            ("budi", "loket", "y\ny\ny\nBudi Santoso\n\n081234567890\nAD 1234 XY\n\n2\n\n\nYa\nYa\nVerifikasi-01\n\niya\nREG-01\n\(retribusi)\nSKRD-01\n\n"),
            ("dewi", "kasir", "y\nLunas\n\ny\nSKRD lunas\n\n"),
            ("agus", "penguji", "y\ny\nLI-01\n\ny\nData-01\n\ny\nlulus\nLHU-01\n\n"),
        ] {
            let arguments = login == "budi" ? ["run", "12", "--as", role] : ["run", "--case", Self.id, "--as", role]
            let run = try sop(arguments, as: login, stdin: input)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
            outputs.append(run.stdout)
        }
        return outputs
    }

    /// F3: the Penguji corrects the branch while kegiatan 11 was only started; a third role is
    /// refused; the case waits at 9; the timeline, the report and `sop db verify` follow.
    @Test func theDecisionsOfficerCorrectsAWrongBranch() throws {
        let runs = try passedAtEight()
        #expect(runs[2].contains("Lulus uji? [1 Ya / 2 Tidak] › lulus"), "\(runs[2])")
        let other = try sop(["correct", Self.id, "--kegiatan", "8", "--cabang", "Tidak", "--alasan", "salah", "--as", "kasir"], as: "dewi")
        #expect(other.status == 1)
        #expect(other.stderr == "sop: galat: cabang kegiatan 8 hanya dapat dikoreksi oleh peran Penguji (yang mengambil keputusan itu)\n")
        let noReason = try sop(["correct", Self.id, "--kegiatan", "8", "--cabang", "Tidak", "--alasan", " ", "--as", "penguji"], as: "agus")
        #expect(noReason.status == 1 && noReason.stderr.contains("koreksi memerlukan alasan"), "\(noReason.stderr)")
        let fixed = try sop(["correct", Self.id, "--kegiatan", "8", "--cabang", "Tidak", "--alasan", "salah pilih, kendaraan tidak lulus",
                             "--as", "penguji"], as: "agus")
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout == "✓ Kasus 12-2026-000001: cabang kegiatan 8 (Lulus uji?) dikoreksi dari Ya → 11 menjadi Tidak → 9. "
            + "Kegiatan 11 ditutup (dikoreksi, tidak dihitung selesai). Kasus kini menunggu di kegiatan 9 (Penguji). "
            + "Pilihan asli tetap tercatat (sop case 12-2026-000001).\n")
        let timeline = try sop(["case", Self.id]).stdout
        #expect(timeline.contains("   Cabang: Tidak → 9\n"), "\(timeline)")
        #expect(timeline.contains("Koreksi cabang (agus · Penguji, 07-12-2026 09.00 WIB): Ya → 11 menjadi Tidak → 9 · alasan: salah pilih, kendaraan tidak lulus"),
                "\(timeline)")
        // The closed row names who closed it and gives no time verdict (tester 36, N2).
        let closedLine = try #require(timeline.split(separator: "\n").first { $0.contains("ditutup oleh koreksi cabang") }, "\(timeline)")
        #expect(closedLine.hasSuffix("· ditutup oleh koreksi cabang kegiatan 8 (agus · Penguji): tidak dikerjakan, tidak dihitung selesai"),
                "\(closedLine)")
        #expect(!closedLine.contains("tepat waktu") && !closedLine.contains(" · agus ·"), "\(closedLine)")
        #expect(!timeline.contains("Dilewati: dikoreksi"), "\(timeline)")
        let verify = try sop(["db", "verify"])
        #expect(verify.status == 0 && verify.stdout.contains("utuh"), "\(verify.stdout)\n\(verify.stderr)")
        let report = try sop(["report", "12"]).stdout
        #expect(report.contains("8   Ya      0") && report.contains("8   Tidak   1"), "\(report)")
        // Once kegiatan 9 recorded something, the branch cannot be corrected again: said, with what to do.
        let nine = try sop(["run", "--case", Self.id, "--as", "penguji"], as: "agus", stdin: "y\n")
        #expect(nine.status == 0, "\(nine.stderr)")
        let late = try sop(["correct", Self.id, "--kegiatan", "8", "--cabang", "Ya", "--alasan", "lagi", "--as", "penguji", "--lang", "en"], as: "agus")
        #expect(late.status == 1)
        #expect(late.stderr.hasPrefix("sop: error: the branch of step 8 can no longer be corrected: step 9 has already recorded answers (agus);"),
                "\(late.stderr)")
        #expect(late.stderr.contains("the holder of the role Penguji (who holds the case now) can pause it (/jeda) or cancel it"), "\(late.stderr)")
    }

    /// F5 and F6: the next desk sees the decisions taken, and the retribusi as typed the Indonesian way.
    @Test func theNextDeskSeesTheDecisionsAndTheRupiahAmount() throws {
        _ = try passedAtEight()
        let admin = try sop(["run", "--case", Self.id, "--as", "admin"], as: "siti", stdin: "")
        #expect(admin.stdout.contains("  [2] Berkas lengkap?: Ya (budi)\n"), "\(admin.stdout)")
        #expect(admin.stdout.contains("  [8] Lulus uji?: Ya (agus)\n"), "\(admin.stdout)")
        #expect(admin.stdout.contains("  [3] Jumlah retribusi (Rp): 85.000\n"), "\(admin.stdout)")
        let english = try sop(["case", Self.id, "--lang", "en"]).stdout
        #expect(english.contains("Jumlah retribusi (Rp) = 85000"), "\(english)")
    }

    /// F6: a Rupiah amount that reads two ways is refused with what to write.
    @Test func anAmountThatReadsTwoWaysIsRefused() throws {
        let run = try sop(["run", "12", "--as", "loket"],
                          stdin: "y\ny\ny\nBudi Santoso\n\n081234567890\nAD 1234 XY\n\n2\n\n\nYa\nYa\nV-01\n\ny\nREG-01\n85,000\n1.250.000\nSKRD-01\n\n")
        #expect(run.stdout.contains("✗ Jumlah retribusi (Rp): '85,000' dapat dibaca dua cara; titik memisahkan ribuan dan koma menandai pecahan: "
            + "tulis 85.000 (atau tanpa titik) untuk bilangan bulat, 85,0 untuk pecahan"), "\(run.stdout)")
        let timeline = try sop(["case", Self.id]).stdout
        #expect(timeline.contains("Jumlah retribusi (Rp) = 1.250.000"), "\(timeline)")
    }

    /// F1 and F2: as printed, "1 x 30 menit" is read; with `kasus: satuan: kendaraan` the
    /// "/kendaraan" cells are the case's time and `--strict` passes.
    @Test func printedWaktuIsReadAndTheCaseUnitDeclared() throws {
        let printed = try sop(["lint", "--sop-dir", "Tests/Fixtures/ujikir/sop-uji-kir.asprinted.yaml"])
        #expect(!printed.stdout.contains("1 x 30 menit") && !printed.stderr.contains("1 x 30 menit"), "\(printed.stdout)\(printed.stderr)")
        #expect(printed.stdout.contains("0 galat, 11 peringatan") || printed.stderr.contains("0 galat, 11 peringatan"), "\(printed.stdout)\(printed.stderr)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t34-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: "Tests/Fixtures/ujikir/sop-uji-kir.asprinted.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "kasus:\n", with: "kasus:\n  satuan: kendaraan\n")
        try text.write(to: folder.appendingPathComponent("12-uji-kir.yaml"), atomically: true, encoding: .utf8)
        let declared = try sop(["lint", "--strict", "--sop-dir", folder.path])
        #expect(declared.status == 0, "\(declared.stdout)\(declared.stderr)")
    }
}

@Suite("Tester 34: the applicant's time in the public status (F7), a file returned after the receipt row (F8), two-line titles in HTML (F9)")
struct Tester34StatusReceiptRenderTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t34b-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], as login: String = "budi", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00",
                                                  "SOP_DIR": Tester34FindingsTests.folder, "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    /// F7: at kegiatan 10 (the Pemohon repairs the vehicle, up to 14 days) the public status
    /// says whom the case waits for and by when, not "sedang diproses oleh Penguji".
    @Test func theApplicantsRepairReadsAsWaitingForThem() throws {
        for (login, role, input) in [
            ("budi", "loket", "y\ny\ny\nBudi Santoso\n\n081234567890\nAD 1234 XY\n\n2\n\n\nYa\nYa\nV-01\n\ny\nREG-01\n85000\nSKRD-01\n\n"),
            ("dewi", "kasir", "y\nLunas\n\ny\nSKRD lunas\n\n"),
            ("agus", "penguji", "y\ny\nLI-01\n\ny\nData-01\n\ny\ntidak lulus\nLHU-01\n\ny\nemisi, lampu utama\n21-12-2026\nSKTLU-01\n\n"),
        ] {
            let arguments = login == "budi" ? ["run", "12", "--as", role] : ["run", "--case", Tester34FindingsTests.id, "--as", role]
            let run = try sop(arguments, as: login, stdin: input)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        }
        let tracking = try #require(try sop(["case", Tester34FindingsTests.id, "--json"]).stdout
            .components(separatedBy: "\"tracking\":\"").dropFirst().first?.prefix { $0 != "\"" })
        let status = try sop(["status", String(tracking)])
        #expect(status.stdout.replacingOccurrences(of: "\n", with: " ").contains("Tahap 10 dari 14: menunggu Pemohon: Pemohon memperbaiki kendaraan dan mengajukan uji ulang, paling lambat 21-12-2026 09.00 WIB."),
                "\(status.stdout)\(status.stderr)")
        #expect(!status.stdout.contains("sedang diproses oleh"), "\(status.stdout)")
    }

    /// F8: "Berkas lengkap? → Tidak" in kegiatan 2 sends the file back to kegiatan 1, the receipt
    /// row: the receipt promises no date and says the file was returned.
    @Test func aFileReturnedByTheRowAfterTheReceiptIsSaidReturned() throws {
        let run = try sop(["run", "12", "--as", "loket"],
                          stdin: "y\ny\ny\nBudi Santoso\n\n081234567890\nAD 1234 XY\n\n2\n\n\nYa\nTidak\n\n")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let receipt = try sop(["receipt", Tester34FindingsTests.id]).stdout
        #expect(receipt.contains("Selesai paling lambat: -\n"), "\(receipt)")
        #expect(receipt.contains("Berkas dikembalikan untuk dilengkapi"), "\(receipt)")
    }

    /// F9: `judul: |-` and a two-line `disahkan_oleh.jabatan` break where typed in the HTML.
    @Test func twoLineTitleAndPositionBreakInHTML() throws {
        let html = try sop(["render", "12", "--format", "html"]).stdout
        #expect(html.contains("<span class=\"judul\">PENGUJIAN BERKALA KENDARAAN BERMOTOR<br>(UJI KIR)</span>"), "\(html.prefix(3000))")
        #expect(html.contains("KEPALA DINAS PERHUBUNGAN<br>KABUPATEN KARANGANYAR"), "\(html.prefix(3000))")
    }
}
