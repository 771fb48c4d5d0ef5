import Foundation
import SOPCore
import SOPStore
import Testing

@testable import SOPEngine

/// Issue 11 read as an auditor reads `sop db verify`, `sop case` and `sop report --periksa`: one
/// edit is one finding (an event inserted or deleted in the middle, the rest renumbered, is located
/// once with one line of what it entails), an event by an operator who did not hold the role is
/// reported and marked, a report checks what its figures rest on, and the worklist's display names
/// are compared; on SQLite and on PostgreSQL.
@Suite("Verify findings", .timeLimit(.minutes(10)))
struct VerifyFindingTests {
    typealias Backend = TamperTests.Backend
    typealias Desk = TamperTests.Desk

    /// Moves case 01-2026-000001's events from `sequence` on by `by` (through a distant range, so
    /// that no two rows share a key on the way), with the append-only trigger dropped.
    static func renumber(_ desk: Desk, from sequence: Int, by: Int, first: String = "", then more: String = "") throws {
        let moves = first + """
            UPDATE case_event SET sequence = sequence + 1000 WHERE case_id = '01-2026-000001' AND sequence >= \(sequence);
            UPDATE case_event SET sequence = sequence - 1000 + (\(by)) WHERE case_id = '01-2026-000001' AND sequence >= 1000;
            """ + more
        try desk.sql(desk.backend == .sqlite ? TamperTests.unlockUpdate.sqlite + TamperTests.unlockDelete.sqlite + moves
                     : TamperTests.unlockUpdate.postgres + moves + TamperTests.relockUpdate.postgres)
    }

    /// The verify output without its first line (the store's name and path), digests masked.
    static func findings(_ output: SOPBinary.Output) -> String {
        SOPBinary.maskDigests(output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n"))
    }

    @Test(arguments: Backend.available)
    func anEventInsertedInTheMiddleIsOneFindingAndALaterEditStillItsOwn(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        // A note inserted at 14 (with the hash of the event before it), the events after it moved
        // up by one; then an output rewritten further along, and another case's answer rewritten.
        try Self.renumber(desk, from: 14, by: 1, then: """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT case_id, 14, at, operator, role, step, type, '{"step":"2","text":"catatan sisipan"}', hash
            FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 13;
            UPDATE case_event SET payload = replace(payload, 'Pelapor', 'Pemohon') WHERE case_id = '01-2026-000001' AND sequence = 18;
            UPDATE case_event SET operator = 'citra' WHERE case_id = '01-2026-000002' AND sequence = 4;
            """)
        let verify = try desk.sop(["db", "verify"])
        #expect(verify.status == 1)
        #expect(verify.stderr == "sop: galat: 3 kerusakan ditemukan\n", "one finding for the insertion, one per later edit")
        try SOPBinary.expectGolden(Self.findings(verify), "verify-inserted-renumbered.txt")
        let english = try desk.sop(["db", "verify", "--case", "01-2026-000001", "--lang", "en"])
        #expect(english.stdout.contains("    ↳ case 01-2026-000001: events 15–30 can no longer be checked against their sequence because the chain is cut at sequence 14: they were renumbered (formerly 14–29)"),
                "\(english.stdout)")
        #expect(english.stderr == "sop: error: 2 breaks found\n")
    }

    @Test(arguments: Backend.available)
    func anEventDeletedInTheMiddleWithTheRestRenumberedIsOneFinding(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        try Self.renumber(desk, from: 14, by: -1, first: "DELETE FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 13;")
        let verify = try desk.sop(["db", "verify"])
        #expect(verify.status == 1)
        let lines = verify.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  ✗ ") } == [
            "  ✗ kasus 01-2026-000001, urutan 13: hash kejadian tidak cocok dengan isinya dan kejadian sebelumnya (diubah, disisipkan, atau kejadian sebelumnya dihapus)",
        ], "\(verify.stdout)")
        #expect(lines.contains { $0.hasPrefix("    ↳ kasus 01-2026-000001: kejadian 14–28 tidak dapat diperiksa lagi terhadap urutannya karena rantai terputus di urutan 13: nomornya digeser (semula 15–29)") },
                "\(verify.stdout)")
        #expect(verify.stderr == "sop: galat: 1 kerusakan ditemukan\n")
    }

    /// The roster put in force after the cases were run, then a note with a correctly computed
    /// hash written by 'mallory', who holds no role: what a modified client (SQLite) or a
    /// superuser with the triggers disabled (PostgreSQL) can write.
    @Test(arguments: Backend.available)
    func anEventByAnOperatorWithoutTheRoleIsReportedAndMarked(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let admin = backend == .sqlite ? "ani" : (SharedStore.url.flatMap { URLComponents(string: $0)?.user } ?? "sop")
        var later = desk.environment
        later["SOP_FIXED_TIME"] = "2026-11-30T10:00:00+07:00"
        later["SOP_TEST_LOGIN"] = admin
        let grant = try SOPBinary.run(["roster", "grant", admin, "pengelola-peran"], environment: later)
        #expect(grant.status == 0, "\(grant.stderr)")
        let store = try backend == .sqlite ? SQLiteCaseStore(path: desk.folder + "/sop.sqlite") as any AdministeredStore
            : try #require(desk.shared).store()
        let last = try #require(try store.archivedCase("01-2026-000002")?.events.last)
        var forged = ArchivedEvent(sequence: 15, at: last.at + 90 * 60_000, operatorName: "mallory", role: "staf-pengaduan", step: "3",
                                   type: "note-added", payload: #"{"step":"3","text":"catatan tanpa peran"}"#)
        forged.hash = EventChain.hash(caseID: "01-2026-000002", forged, previous: last.hash ?? "")
        let insert = """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            VALUES ('01-2026-000002', 15, \(forged.at), 'mallory', 'staf-pengaduan', '3', 'note-added', '\(forged.payload)', '\(forged.hash ?? "")');
            """
        try desk.sql(backend == .sqlite ? insert : "ALTER TABLE case_event DISABLE TRIGGER USER; \(insert) ALTER TABLE case_event ENABLE TRIGGER USER;")

        let verify = try desk.sop(["db", "verify"])
        #expect(verify.status == 1)
        #expect(verify.stdout.split(separator: "\n").filter { $0.hasPrefix("  ✗ ") } == [
            "  ✗ kasus 01-2026-000002, urutan 15: ditulis oleh 'mallory' dalam peran 'staf-pengaduan' yang tidak dipegangnya saat itu",
        ], "\(verify.stdout)")

        var reader = desk.environment
        reader["SOP_TEST_LOGIN"] = admin
        let timeline = try SOPBinary.run(["case", "01-2026-000002"], environment: reader)
        #expect(timeline.status == 0, "\(timeline.stderr)")
        try SOPBinary.expectGolden(timeline.stdout, "case-unheld.txt")
        let log = try SOPBinary.run(["case", "01-2026-000002", "--events"], environment: reader)
        #expect(log.stdout.contains("⚠ peran tidak dipegang saat itu"), "\(log.stdout)")
        #expect(log.stdout.components(separatedBy: "⚠").count == 2, "only the forged event is marked")
        // --json marks the same event, and only it.
        let json = try SOPBinary.run(["case", "01-2026-000002", "--json"], environment: reader)
        #expect(json.status == 0, "\(json.stderr)")
        let marked = json.stdout.split(separator: "\n").filter { $0.contains("\"roleNotHeld\":true") }
        #expect(marked.count == 1 && marked.first?.contains("\"operator\":\"mallory\"") == true
                && marked.first?.contains("\"sequence\":15") == true, "\(json.stdout)")

        // The report's check finds it too.
        let report = try SOPBinary.run(["report", "--periksa"], environment: reader)
        #expect(report.status == 1)
        #expect(report.stdout.contains("  ✗ kasus 01-2026-000002, urutan 15: ditulis oleh 'mallory'"), "\(report.stdout)")
    }

    @Test(arguments: Backend.available)
    func reportChecksThePinnedRevisionAndSaysSo(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let clean = try desk.sop(["report", "--periksa"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("Rantai, revisi SOP yang diikuti (hash-nya), riwayat daftar peran (rantainya, dan pemegang peran setiap kejadian) dan kunjungan langkah setiap kasus yang dihitung diperiksa terhadap kejadiannya, penomoran kasus terhadap penghitungnya (tidak ada kasus yang hilang) dan kepala rantai pada segel terbaru: cocok."),
                "\(clean.stdout)")
        try desk.sql(backend == .sqlite
            ? "UPDATE sop_revision SET content = CAST(replace(CAST(content AS TEXT), 'waktu: 60 menit', 'waktu: 600 menit') AS BLOB);"
            : "UPDATE sop_revision SET content = convert_to(replace(convert_from(content, 'UTF8'), 'waktu: 60 menit', 'waktu: 600 menit'), 'UTF8');")
        let report = try desk.sop(["report", "--periksa"])
        #expect(report.status == 1)
        // The report reads the revision too and refuses it there; either way no figure is printed.
        #expect((report.stdout + report.stderr).contains("isi revisi SOP tersimpan \(TamperTests.revision) tidak cocok dengan hash SHA-256-nya"),
                "\(report.stdout)\(report.stderr)")
        #expect(!report.stdout.contains("Dasar laporan"))
    }

    @Test(arguments: Backend.available)
    func theWorklistsDisplayNamesAreComparedWithThePinnedRevision(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "verify"]).status == 0)
        try desk.sql(backend == .sqlite
            ? "UPDATE sop_case SET tasks = replace(tasks, '\"role_name\":\"Staf layanan pengaduan\"', '\"role_name\":\"Kepala Dinas\"') WHERE id = '01-2026-000002';"
            : "UPDATE case_task SET role_name = 'Kepala Dinas' WHERE case_id = '01-2026-000002';")
        let verify = try desk.sop(["db", "verify"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("  ✗ kasus 01-2026-000002: nama langkah dan peran di daftar tugas (case_task) tersimpan '3#1 '3' 'Kepala Dinas'', menurut kejadian '3#1 '3' 'Staf layanan pengaduan''"),
                "\(verify.stdout)")
    }
}
