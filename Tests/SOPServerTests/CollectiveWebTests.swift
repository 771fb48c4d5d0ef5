import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// `sop kolektif` on the web desk (tester 28, F6): the worklist links a `kolektif: ya` row
/// waiting in several cases to one page listing them, ticked; the Kelengkapan and Output asked
/// once; a confirmation; each case completed with its own events by the terminal's code
/// (`CollectiveRun`), and a page saying what became of each. Nothing the browser posts is
/// trusted: the step, the cases, the token and the role are checked on the server.
@Suite struct CollectiveWebTests {
    /// The SOP of `sop kolektif`'s tests (EndToEndTests/CollectiveRunTests): rows 2 and 3
    /// collective, row 4 a decision, row 5 a form.
    static let fixture = "Tests/Fixtures/kolektif/12-ktp.yaml"

    static func harness(maxUpload: Int? = nil) async throws -> Harness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-kolektif-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Harness.root.appendingPathComponent(fixture), to: folder.appendingPathComponent("12-ktp.yaml"))
        return try await Harness(configure: { if let maxUpload { $0.maxUpload = maxUpload } }, grants: [("budi", "fo"), ("citra", "kabid")],
                                 folder: folder.path)
    }

    /// Cases of SOP 12 started and recorded by budi (row 1), each then waiting at row 2 for the Kabid.
    static func cases(_ budi: Harness.Browser, names: [String]) async throws -> [String] {
        var ids: [String] = []
        for name in names {
            try await budi.get("/sop/12/mulai")
            let started = try await budi.post("/sop/12/mulai", [])
            let location = try #require(started.location)
            let id = String(location.split(separator: "/")[1])
            let page = try await budi.get(location)
            let recorded = try await budi.post(location, [("f.nama", name), ("versi", CaseFlowTests.versi(page.body))])
            #expect(recorded.status == .seeOther, "\(recorded.body)")
            ids.append(id)
        }
        return ids
    }

    static let answers = [("k.0", "ada"), ("o.0", "Daftar 30-11-2026 disetujui")]

    static func state(_ harness: Harness, _ id: String) throws -> CaseState {
        CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id)))
    }

    @Test func theWorklistLinksTheRowAndTheTickedCasesAreCompletedEachWithItsOwnEvents() async throws {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser()
        try await budi.login("budi")
        try await citra.login("citra")
        let one = try await Self.cases(budi, names: ["Siti Aminah"])
        // One case waiting: no collective link.
        #expect(!(try await citra.get("/").body.contains("tawaran-kolektif")))
        let ids = one + (try await Self.cases(budi, names: ["Budi Santoso", "Ani Lestari"]))
        let worklist = try await citra.get("/")
        #expect(worklist.body.contains(
            "<p class=\"info tawaran-kolektif\" role=\"status\">Kegiatan 2 (kolektif) menunggu pada 3 kasus: <a class=\"tombol\" href=\"/kolektif/12/2\">Selesaikan kolektif</a></p>"),
                "\(worklist.body)")
        // budi (fo) has no row 2 waiting: no link for him.
        #expect(!(try await budi.get("/").body.contains("tawaran-kolektif")))

        let page = try await citra.get("/kolektif/12/2")
        #expect(page.status == .ok, "\(page.body)")
        for (index, id) in ids.enumerated() {
            #expect(page.body.contains("<input type=\"checkbox\" name=\"kasus\" value=\"\(id)\" id=\"kasus-\(index)\" checked> \(id)</label>"), "\(page.body)")
        }
        for line in ["Kegiatan 2 · Kepala Bidang — diselesaikan sekaligus untuk beberapa kasus (kolektif)", "Menyetujui daftar penerbitan",
                     "Siti Aminah", "Menunggu sejak", "30-11-2026 09.00 WIB", "Kelengkapan: Daftar penerbitan", "Output: Daftar penerbitan disetujui",
                     "Kegiatan 2: 3 kasus menunggu. Centang kasus yang diselesaikan; Kelengkapan dan Output dijawab sekali untuk semuanya."] {
            #expect(page.body.contains(line), "\(line)")
        }

        // Cases 1 and 3 ticked: the confirmation, nothing written yet.
        let chosen = [("kasus", ids[0]), ("kasus", ids[2])] + Self.answers
        let confirm = try await citra.post("/kolektif/12/2", chosen)
        #expect(confirm.status == .ok, "\(confirm.body)")
        #expect(confirm.body.contains("Selesaikan kegiatan 2 untuk 2 kasus sebagai Kepala Bidang (operator citra)?"), "\(confirm.body)")
        #expect(confirm.body.contains("<dd>Daftar 30-11-2026 disetujui</dd>") && !confirm.body.contains("Budi Santoso"), "\(confirm.body)")
        #expect(try Self.state(harness, ids[0]).active.first?.step == "2")

        harness.clock.advance(minutes: 10)
        let done = try await citra.post("/kolektif/12/2", chosen + [("yakin", "ya")])
        #expect(done.status == .ok, "\(done.body)")
        for line in ["✓ \(ids[0]) (Siti Aminah): kegiatan 2 selesai → kegiatan 3 menunggu Petugas Front Office",
                     "✓ \(ids[2]) (Ani Lestari): kegiatan 2 selesai → kegiatan 3 menunggu Petugas Front Office",
                     "Selesai secara kolektif: 2 dari 2 kasus."] {
            #expect(done.body.contains(line), "\(line)\n\(done.body)")
        }
        // Each case its own events: the item, the output, the completion, by citra as Kabid, at the same time.
        for id in [ids[0], ids[2]] {
            let events = try harness.store().events(of: CaseID(id)).filter { $0.kind.step == "2" && $0.operatorName == "citra" }
            #expect(events.allSatisfy { $0.role == "kabid" && $0.at == Harness.monday.addingTimeInterval(600) })
            let state = try Self.state(harness, id)
            let visit = try #require(state.completed.first { $0.step == "2" })
            #expect(visit.kelengkapan["Daftar penerbitan"] == true && visit.outputs["Daftar penerbitan disetujui"]?.text == "Daftar 30-11-2026 disetujui")
            #expect(state.active.map(\.step) == ["3"])
            #expect(harness.changes.all.contains { $0.caseID == id && $0.kind == .stepsChanged })
        }
        // Case 2 was not ticked: still waiting, and the worklist no longer offers a collective row (one case left).
        #expect(try Self.state(harness, ids[1]).active.first?.step == "2")
        #expect(!(try await citra.get("/").body.contains("tawaran-kolektif")))
        // budi now has two cases at row 3, a collective row: offered to him.
        #expect(try await budi.get("/").body.contains("href=\"/kolektif/12/3\""))
    }

    @Test func inEnglishWithTheDesksLanguageSwitch() async throws {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser()
        try await budi.login("budi")
        try await citra.login("citra")
        let ids = try await Self.cases(budi, names: ["Siti Aminah", "Budi Santoso"])
        let worklist = try await citra.get("/?lang=en")
        #expect(worklist.body.contains("Step 2 (collective) waits in 2 cases: <a class=\"tombol\" href=\"/kolektif/12/2\">Complete collectively</a>"),
                "\(worklist.body)")
        let page = try await citra.get("/kolektif/12/2")
        #expect(page.body.contains("Step 2 · Kepala Bidang — completed at once for several cases (collective)"), "\(page.body)")
        let confirm = try await citra.post("/kolektif/12/2", ids.map { ("kasus", $0) } + Self.answers)
        #expect(confirm.body.contains("Complete step 2 for 2 cases as Kepala Bidang (operator citra)?"), "\(confirm.body)")
        let done = try await citra.post("/kolektif/12/2", ids.map { ("kasus", $0) } + Self.answers + [("yakin", "ya")])
        #expect(done.body.contains("✓ \(ids[1]) (Budi Santoso): step 2 done → step 3 waits for Petugas Front Office"), "\(done.body)")
        #expect(done.body.contains("Completed collectively: 2 of 2 cases."), "\(done.body)")
        let empty = try await citra.post("/kolektif/12/2", Self.answers)
        #expect(empty.status == .unprocessableContent, "\(empty.body)")
        #expect(empty.body.contains("Tick at least one case."), "\(empty.body)")
    }

    @Test func aCaseDoneElsewhereMeanwhileIsReportedAndTheOthersGoOn() async throws {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser(), other = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        try await other.login("citra")
        let ids = try await Self.cases(budi, names: ["Siti Aminah", "Budi Santoso", "Ani Lestari"])
        let chosen = ids.map { ("kasus", $0) } + Self.answers
        try await citra.get("/kolektif/12/2")
        #expect(try await citra.post("/kolektif/12/2", chosen).status == .ok)
        // At another desk, case 2's row 2 is done on its own page meanwhile.
        let step = "/kasus/\(ids[1])/langkah/2"
        let form = try await other.get(step)
        let alone = try await other.post(step, [("k.0", "ada"), ("o.0", "sendiri"), ("versi", CaseFlowTests.versi(form.body))])
        #expect(alone.status == .seeOther, "\(alone.body)")
        let done = try await citra.post("/kolektif/12/2", chosen + [("yakin", "ya")])
        #expect(done.status == .ok, "\(done.body)")
        #expect(done.body.contains("✓ \(ids[0]) (Siti Aminah): kegiatan 2 selesai"), "\(done.body)")
        #expect(done.body.contains("✗ \(ids[1]): tidak diselesaikan: "), "\(done.body)")
        #expect(done.body.contains("✓ \(ids[2]) (Ani Lestari): kegiatan 2 selesai"), "\(done.body)")
        #expect(done.body.contains("Selesai secara kolektif: 2 dari 3 kasus; 1 ditolak (lihat ✗ di atas)."), "\(done.body)")
        // Case 2 keeps the other desk's answer alone.
        let visit = try #require(try Self.state(harness, ids[1]).completed.first { $0.step == "2" })
        #expect(visit.outputs["Daftar penerbitan disetujui"]?.text == "sendiri")
    }

    @Test func aStoreFailureStopsTheRunAndNamesTheCaseNotWritten() async throws {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser()
        try await budi.login("budi")
        try await citra.login("citra")
        let ids = try await Self.cases(budi, names: ["Siti Aminah", "Budi Santoso", "Ani Lestari"])
        // The store refuses any write to case 2 (as a full disk or a lost connection would).
        try harness.store().withDatabase { db in
            try db.execute(sql: """
                CREATE TRIGGER test_refuse BEFORE INSERT ON case_event WHEN NEW.case_id = '\(ids[1])'
                BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END
                """)
        }
        let chosen = ids.map { ("kasus", $0) } + Self.answers
        try await citra.get("/kolektif/12/2")
        let done = try await citra.post("/kolektif/12/2", chosen + [("yakin", "ya")])
        #expect(done.status == .ok, "\(done.body)")
        #expect(done.body.contains("✓ \(ids[0]) (Siti Aminah): kegiatan 2 selesai"), "\(done.body)")
        #expect(done.body.contains("✗ \(ids[1]): gagal disimpan, tidak ada yang tertulis pada kasus ini: "), "\(done.body)")
        #expect(done.body.contains("– \(ids[2]): tidak dicoba karena penyimpanan gagal; kasus ini masih menunggu"), "\(done.body)")
        #expect(done.body.contains("Selesai secara kolektif: 1 dari 3 kasus; 1 tidak dicoba karena penyimpanan gagal."), "\(done.body)")
        #expect(try Self.state(harness, ids[0]).active.first?.step == "3")
        #expect(try Self.state(harness, ids[1]).active.first?.step == "2")
        #expect(try Self.state(harness, ids[2]).active.first?.step == "2")
        #expect(try harness.store().events(of: CaseID(ids[1])).allSatisfy { $0.operatorName != "citra" })
    }

    @Test func badInputIsRefusedAndNothingIsWritten() async throws {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser()
        try await budi.login("budi")
        try await citra.login("citra")
        let ids = try await Self.cases(budi, names: ["Siti Aminah", "Budi Santoso"])
        // A third case still at row 1 (budi's), not waiting at row 2.
        try await budi.get("/sop/12/mulai")
        let third = String(try #require(try await budi.post("/sop/12/mulai", []).location).split(separator: "/")[1])
        try await citra.get("/kolektif/12/2")
        let before = try harness.store().events(of: CaseID(ids[0])).count

        // An unknown step: the terminal's sentence.
        let unknown = try await citra.get("/kolektif/12/9")
        #expect(unknown.status == .notFound)
        #expect(unknown.body.contains("SOP 12 tidak memiliki kegiatan &#39;9&#39;") || unknown.body.contains("SOP 12 tidak memiliki kegiatan '9'"),
                "\(unknown.body)")
        #expect(try await citra.post("/kolektif/12/9", [("kasus", ids[0])] + Self.answers + [("yakin", "ya")]).status == .notFound)
        #expect(try await citra.get("/kolektif/99/2").status == .notFound)
        // A decision and a form: refused with the catalog's sentence, on the page and on a post.
        let decision = try await citra.get("/kolektif/12/4")
        #expect(decision.status == .conflict)
        #expect(decision.body.contains("kegiatan 4 adalah keputusan: cabangnya dipilih untuk setiap kasus sendiri, jadi tidak dapat diselesaikan secara kolektif"),
                "\(decision.body)")
        let form = try await budi.post("/kolektif/12/5", [("kasus", ids[0]), ("yakin", "ya")])
        #expect(form.status == .conflict)
        #expect(form.body.contains("kegiatan 5 meminta isian formulir"), "\(form.body)")

        try await citra.get("/kolektif/12/2")
        // A case not waiting at row 2 (it waits at row 1): the whole post refused.
        var refused = try await citra.post("/kolektif/12/2", [("kasus", ids[0]), ("kasus", third)] + Self.answers + [("yakin", "ya")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("kasus \(third) tidak menunggu kegiatan 2 untuk peran Anda"), "\(refused.body)")
        // A tampered id: the same refusal, never written.
        refused = try await citra.post("/kolektif/12/2", [("kasus", ids[0]), ("kasus", "../\(ids[1])")] + Self.answers + [("yakin", "ya")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("tidak menunggu kegiatan 2 untuk peran Anda"), "\(refused.body)")
        refused = try await citra.post("/kolektif/12/2", [("kasus", "12-2026-999999")] + Self.answers + [("yakin", "ya")])
        #expect(refused.status == .unprocessableContent)
        // Nothing ticked.
        refused = try await citra.post("/kolektif/12/2", Self.answers + [("yakin", "ya")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("Centang sedikitnya satu kasus."), "\(refused.body)")
        // No answer to the item, no output: said at each, the ticks kept.
        refused = try await citra.post("/kolektif/12/2", [("kasus", ids[1]), ("yakin", "ya")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("Kelengkapan &#39;Daftar penerbitan&#39;: pilih ada, tidak ada (atau tidak berlaku).")
                    || refused.body.contains("Kelengkapan 'Daftar penerbitan': pilih ada, tidak ada (atau tidak berlaku)."), "\(refused.body)")
        #expect(refused.body.contains("perlu diisi (dicatat sama pada semua kasus tercentang)"), "\(refused.body)")
        #expect(refused.body.contains("value=\"\(ids[1])\" id=\"kasus-1\" checked") && !refused.body.contains("value=\"\(ids[0])\" id=\"kasus-0\" checked"),
                "\(refused.body)")
        // Without the token: forged.
        let forged = try await citra.post("/kolektif/12/2", [("kasus", ids[0])] + Self.answers + [("yakin", "ya")], csrf: nil)
        #expect(forged.status == .forbidden)
        // A role not held: budi (fo) at the Kabid's row, on the page and with the case ids.
        let notHeld = try await budi.get("/kolektif/12/2")
        #expect(notHeld.status == .forbidden, "\(notHeld.body)")
        #expect(notHeld.body.contains("Kepala Bidang"), "\(notHeld.body)")
        #expect(try await budi.post("/kolektif/12/2", ids.map { ("kasus", $0) } + Self.answers + [("yakin", "ya")]).status == .forbidden)
        // ani administers the roster and holds no role of SOP 12.
        let ani = harness.browser()
        try await ani.login("ani")
        #expect(try await ani.post("/kolektif/12/2", ids.map { ("kasus", $0) } + Self.answers + [("yakin", "ya")]).status == .forbidden)

        #expect(try harness.store().events(of: CaseID(ids[0])).count == before)
        #expect(try Self.state(harness, ids[1]).active.first?.step == "2")
    }

    @Test func theKTPelFixturesCollectiveRowsOnTheWeb() async throws {
        let folder = Harness.root.appendingPathComponent("Tests/Fixtures/ktp-el").path
        let harness = try await Harness(grants: [("citra", "kabid")], folder: folder)
        let citra = harness.browser()
        try await citra.login("citra")
        // Row 8 is the Kabid's collective approval: no case waits yet.
        let page = try await citra.get("/kolektif/12/8")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains("Tidak ada kasus yang menunggu kegiatan 8 untuk Kepala Bidang Pelayanan Pendaftaran Penduduk."), "\(page.body)")
        // Row 2 is a decision.
        let decision = try await citra.get("/kolektif/12/2")
        #expect(decision.status == .conflict)
        #expect(decision.body.contains("kegiatan 2 adalah keputusan"), "\(decision.body)")
    }

    /// A hidden field's value on a page.
    static func hidden(_ name: String, in body: String) -> String? {
        body.components(separatedBy: "name=\"\(name)\" value=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
    }

    /// The Output as a file (the terminal's `@file`): uploaded on the form, stored once
    /// (`AttachmentSource.attach`) when the post holds, carried to the confirmation signed, and
    /// recorded in every ticked case by its SHA-256; the step form's checks (kind, size, token,
    /// role) hold, and a reference altered or not signed for this session is not taken.
    @Test func theOutputMayBeAFileRecordedInEveryCase() async throws {
        let harness = try await Self.harness(maxUpload: 4096)
        let budi = harness.browser(), citra = harness.browser()
        try await budi.login("budi")
        try await citra.login("citra")
        let ids = try await Self.cases(budi, names: ["Siti Aminah", "Budi Santoso", "Ani Lestari"])
        let page = try await citra.get("/kolektif/12/2")
        #expect(page.body.contains("<form id=\"kolektif\" method=\"post\" action=\"/kolektif/12/2\" enctype=\"multipart/form-data\">"), "\(page.body)")
        #expect(page.body.contains("<input type=\"file\" class=\"berkas\" id=\"of.0\" name=\"of.0\""), "\(page.body)")
        let pdf = Array("%PDF-1.4 daftar penerbitan".utf8)
        let chosen = [("kasus", ids[0]), ("kasus", ids[2]), ("k.0", "ada"), ("o.0", "")]

        // A file that is not what its name says: 415, said at the Output, nothing stored.
        let fake = try await citra.postMultipart("/kolektif/12/2", chosen, files: ["of.0": ("daftar.pdf", Array("bukan pdf".utf8))])
        #expect(fake.status == .unsupportedMediaType, "\(fake.body)")
        #expect(fake.body.contains("id=\"galat-o.0\"") && fake.body.contains("bukan PDF yang sebenarnya"), "\(fake.body)")
        // Past the limit: 413, the form again with the ticks and the message at the Output.
        let big = try await citra.postMultipart("/kolektif/12/2", chosen,
                                                files: ["of.0": ("besar.pdf", Array("%PDF-".utf8) + [UInt8](repeating: 65, count: 200_000))])
        #expect(big.status == .contentTooLarge, "\(big.body)")
        #expect(big.body.contains("<div class=\"galat\" id=\"galat-o.0\" role=\"alert\">Berkas lebih besar dari batas 4 KB.</div>"), "\(big.body)")
        #expect(big.body.contains("value=\"\(ids[2])\" id=\"kasus-2\" checked") && !big.body.contains("value=\"\(ids[1])\" id=\"kasus-1\" checked"),
                "\(big.body)")
        // Without the token: forged, as any post.
        let forged = try await citra.send(.post, "/kolektif/12/2", body: Array("kasus=\(ids[0])&k.0=ada".utf8),
                                          contentType: "application/x-www-form-urlencoded")
        #expect(forged.status == .forbidden)
        // A role not held: budi (fo) with a file at the Kabid's row.
        #expect(try await budi.postMultipart("/kolektif/12/2", chosen, files: ["of.0": ("daftar.pdf", pdf)]).status == .forbidden)

        // The PDF: the confirmation names it; it is stored, nothing written to the cases yet.
        let confirm = try await citra.postMultipart("/kolektif/12/2", chosen, files: ["of.0": ("daftar.pdf", pdf)])
        #expect(confirm.status == .ok, "\(confirm.body)")
        #expect(confirm.body.contains("<dd>berkas daftar.pdf (26 B), sama untuk semua kasus</dd>"), "\(confirm.body)")
        let sha = SOPCore.SHA256.hex(pdf)
        #expect(try harness.store().attachment(sha256: sha) == pdf)
        #expect(try Self.state(harness, ids[0]).active.first?.step == "2")
        let reference = try #require(Self.hidden("ob.0", in: confirm.body))
        let signature = try #require(Self.hidden("obm.0", in: confirm.body))
        #expect(reference == "\(sha):26:daftar.pdf")

        // A reference altered (another stored file's hash), or its signature: the Output is missing.
        for (ref, mac) in [("\(String(repeating: "a", count: 64)):26:daftar.pdf", signature), (reference, String(repeating: "0", count: 64))] {
            let altered = try await citra.post("/kolektif/12/2", chosen + [("ob.0", ref), ("obm.0", mac), ("yakin", "ya")])
            #expect(altered.status == .unprocessableContent, "\(altered.body)")
            #expect(altered.body.contains("perlu diisi (dicatat sama pada semua kasus tercentang)"), "\(altered.body)")
        }
        // Another session's signature is not this one's.
        let other = harness.browser(address: "192.0.2.11")
        try await other.login("citra")
        try await other.get("/kolektif/12/2")
        #expect(try await other.post("/kolektif/12/2", chosen + [("ob.0", reference), ("obm.0", signature), ("yakin", "ya")]).status
                == .unprocessableContent)
        // `Ubah pilihan` keeps the file, named on the form.
        let change = try await citra.post("/kolektif/12/2", chosen + [("ob.0", reference), ("obm.0", signature), ("ubah", "ya")])
        #expect(change.body.contains("Berkas tersimpan: daftar.pdf (26 B), dicatat pada semua kasus tercentang."), "\(change.body)")
        #expect(Self.hidden("obm.0", in: change.body) == signature)

        harness.clock.advance(minutes: 10)
        let done = try await citra.post("/kolektif/12/2", chosen + [("ob.0", reference), ("obm.0", signature), ("yakin", "ya")])
        #expect(done.status == .ok, "\(done.body)")
        #expect(done.body.contains("Selesai secara kolektif: 2 dari 2 kasus."), "\(done.body)")
        for id in [ids[0], ids[2]] {
            let visit = try #require(try Self.state(harness, id).completed.first { $0.step == "2" })
            let output = try #require(visit.outputs["Daftar penerbitan disetujui"])
            #expect(output.attachment == CaseEvent.Attachment(sha256: sha, name: "daftar.pdf", size: 26) && output.text.isEmpty, "\(output)")
        }
        #expect(try Self.state(harness, ids[1]).active.first?.step == "2")
        // The file opens from the case as the step form's upload does (its event's sequence).
        let event = try #require(try harness.store().events(of: CaseID(ids[0])).first { $0.kind.type == "output-recorded" && $0.kind.step == "2" })
        let download = try await citra.get("/kasus/\(ids[0])/lampiran/\(event.sequence)")
        #expect(download.status == .ok && Array(download.body.utf8) == pdf, "\(download.status) \(download.body)")
    }
}

