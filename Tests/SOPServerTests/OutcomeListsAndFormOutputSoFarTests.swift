import Foundation
import HTTPTypes
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// Outside testers' web desk leftovers: a finished case's outcome in the web's lists (a search's
/// answer, `Kasus saya`, the unit's cases), as `sop cases` says it (`selesai: Tidak memenuhi
/// syarat`); and an Output left empty on a step with a form, recorded as the form's labels
/// ("Isian formulir: Nama pemohon, Nomor register"), labelled as an Output in "Kasus sejauh ini",
/// as `sop case` says it (`Output: Buku register = …`), not read as one more field's answer.
@Suite struct OutcomeListsAndFormOutputSoFarTests {
    /// An SOP whose first step has a form (an optional `Nomor register`) and an Output, and whose
    /// second step's `Tidak` ends the case with an outcome.
    static let register = """
        nomor: "09"
        judul: Pendaftaran Register
        instansi: Dinas Uji
        tanggal: {pembuatan: Maret 2021, revisi: "-", efektif: Maret 2021}
        disahkan_oleh: {jabatan: Kepala Dinas, nama: BUDI, pangkat: Pembina, nip: "19700907 199602 1 001"}
        dasar_hukum: [Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik]
        kualifikasi_pelaksana: [Memahami peraturan]
        keterkaitan: []
        peralatan_perlengkapan: [ATK]
        peringatan: []
        pencatatan_pendataan: []
        kasus:
          judul: [nama]
        pelaksana:
          - {id: resepsionis, nama: Resepsionis, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Resepsionis mencatat permohonan dalam buku register.
            pelaksana: resepsionis
            mutu_baku:
              kelengkapan: [Surat permohonan]
              waktu: 5 menit
              output: [Buku register]
            formulir:
              - {nama: nama, label: Nama pemohon, jenis: teks}
              - {nama: register, label: Nomor register, jenis: teks, wajib: tidak}
          - no: 2
            uraian: Resepsionis memeriksa syarat.
            pelaksana: resepsionis
            keputusan:
              pertanyaan: Memenuhi syarat?
              cabang:
                Ya: 3
                Tidak: {ke: selesai, hasil: Tidak memenuhi syarat}
            mutu_baku:
              kelengkapan: [Berkas]
              waktu: 5 menit
              output: [Hasil periksa]
          - no: 3
            uraian: Resepsionis menyerahkan hasil.
            pelaksana: resepsionis
            mutu_baku:
              kelengkapan: [Hasil]
              waktu: 5 menit
              output: [Tanda terima]

        """

    /// The SOP above served alone, budi (resepsionis) logged in.
    static func served() async throws -> (Harness, Harness.Browser) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try register.write(to: folder.appendingPathComponent("09-register.yaml"), atomically: true, encoding: .utf8)
        let harness = try await Harness(folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        return (harness, budi)
    }

    /// Starts a case, answers kegiatan 1 with the Output left empty (the form is the Output):
    /// the case's id and its step 2 page's path.
    static func startAndRecord(_ budi: Harness.Browser, name: String, register: String) async throws -> (String, String) {
        try await budi.get("/sop/09/mulai")
        let started = try await budi.post("/sop/09/mulai", [])
        let first = try #require(started.location)
        let id = String(first.split(separator: "/")[1])
        let page = try await budi.get(first)
        let sent = try await budi.postMultipart(first, [("k.0", "ada"), ("f.nama", name), ("f.register", register), ("o.0", ""),
                                                        ("versi", CaseFlowTests.versi(page.body))], files: [:])
        #expect(sent.status == .seeOther, "\(sent.body)")
        return (id, "/kasus/\(id)/langkah/2")
    }

    /// Answers kegiatan `step` (its one item, its one Output, and `branch` when it asks one).
    static func answer(_ budi: Harness.Browser, _ path: String, branch: String? = nil) async throws {
        let page = try await budi.get(path)
        let fields = [("k.0", "ada"), ("o.0", "diperiksa")] + (branch.map { [("cabang", $0)] } ?? [])
        let sent = try await budi.postMultipart(path, fields + [("versi", CaseFlowTests.versi(page.body))], files: [:])
        #expect(sent.status == .seeOther, "\(path): \(sent.body)")
    }

    @Test func aFinishedCasesOutcomeIsInEveryWebListAsSopCasesSaysIt() async throws {
        let (harness, budi) = try await Self.served()
        // Refused: ended by the `Tidak` exit and its outcome.
        let (refused, second) = try await Self.startAndRecord(budi, name: "Siti Rahayu", register: "REG-0001")
        try await Self.answer(budi, second, branch: "Tidak")
        // Done: through `Ya` and kegiatan 3, no outcome.
        let (done, secondDone) = try await Self.startAndRecord(budi, name: "Siti Lestari", register: "REG-0002")
        try await Self.answer(budi, secondDone, branch: "Ya")
        try await Self.answer(budi, "/kasus/\(done)/langkah/3")
        for id in [refused, done] { #expect(try harness.store().summary(of: CaseID(id))?.projection.status == .completed) }

        // The search's answer: the status column.
        let found = try await budi.post("/cari-kasus", [("nomor", "Siti")])
        #expect(found.status == .ok)
        let foundRefused = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(found.body, refused))
        #expect(foundRefused.contains("<td data-label=\"Status\">selesai: Tidak memenuhi syarat</td>"), "\(foundRefused)")
        let foundDone = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(found.body, done))
        #expect(foundDone.contains("<td data-label=\"Status\">selesai</td>"), "\(foundDone)")

        // Kasus saya: the outcome, then when it ended.
        let mine = try await budi.get("/kasus-saya")
        let mineRefused = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(mine.body, refused))
        #expect(mineRefused.contains("<td data-label=\"Sekarang\">selesai: Tidak memenuhi syarat · 30-11-2026 09.00 WIB</td>"),
                "\(mineRefused)")
        let mineDone = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(mine.body, done))
        #expect(mineDone.contains("<td data-label=\"Sekarang\">selesai 30-11-2026 09.00 WIB</td>"), "\(mineDone)")

        // The unit's cases, all of them.
        let unit = try await budi.get("/kasus-unit?tampil=semua")
        let unitRefused = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(unit.body, refused))
        #expect(unitRefused.contains(">selesai: Tidak memenuhi syarat</td>"), "\(unitRefused)")
        let unitDone = try #require(MyCasesStatusAnswerAndOwnChangeTests.row(unit.body, done))
        #expect(unitDone.contains(">selesai</td>"), "\(unitDone)")

        // In English, the SOP's outcome label as written.
        let english = try await budi.get("/kasus-saya?lang=en")
        #expect(english.body.contains("ended: Tidak memenuhi syarat · 30-11-2026 09.00 WIB"), "\(english.body)")
        let foundEnglish = try await budi.post("/cari-kasus", [("nomor", "Siti")])
        #expect(foundEnglish.body.contains(">ended: Tidak memenuhi syarat</td>"), "\(foundEnglish.body)")
        #expect(try await budi.get("/kasus-unit?tampil=semua").body.contains(">ended: Tidak memenuhi syarat</td>"))
    }

    @Test func anOutputLeftEmptyOnAStepWithAFormIsLabelledAnOutputInTheCaseSoFar() async throws {
        let (harness, budi) = try await Self.served()
        // The optional field given: the field, then the Output by its label, as `sop case` says them.
        let (id, second) = try await Self.startAndRecord(budi, name: "Siti Rahayu", register: "REG-0001")
        let page = try await budi.get(second)
        #expect(page.body.contains("<dt>1. Nomor register</dt><dd>REG-0001</dd>"), "\(page.body)")
        #expect(page.body.contains("<dt>1. Output: Buku register</dt><dd>Isian formulir: Nama pemohon, Nomor register</dd>"),
                "\(page.body)")
        #expect(!page.body.contains("<dt>1. Buku register</dt>"))
        let english = try await budi.get(second + "?lang=en")
        #expect(english.body.contains("<dt>1. Output: Buku register</dt>"), "\(english.body)")
        // The optional field left empty: no row of its own, and the Output still says what it is.
        let (_, otherSecond) = try await Self.startAndRecord(budi, name: "Ani", register: "")
        let other = try await budi.get(otherSecond + "?lang=id")
        #expect(!other.body.contains("<dt>1. Nomor register</dt>"))
        #expect(other.body.contains("<dt>1. Output: Buku register</dt><dd>Isian formulir: Nama pemohon, Nomor register</dd>"))
        // What was recorded is what the timeline (`sop case`'s words) shows.
        let recorded = try harness.store().events(of: CaseID(id)).compactMap { event -> String? in
            if case .outputRecorded(let output) = event.kind { return output.text }
            return nil
        }
        #expect(recorded == ["Isian formulir: Nama pemohon, Nomor register"])
        let timeline = try await budi.get("/kasus/\(id)")
        #expect(timeline.body.contains("Output: Buku register = Isian formulir: Nama pemohon, Nomor register"), "\(timeline.body)")
    }
}
