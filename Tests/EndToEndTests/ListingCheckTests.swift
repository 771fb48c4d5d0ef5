import Foundation
import Testing

/// Listings (`sop cases`, `sop tasks`, `sop report`) refuse a derived row that says otherwise
/// than the events (`ListingCheck`), as reading a case does, on SQLite and on PostgreSQL.
@Suite("Listings check the rows they show", .timeLimit(.minutes(5)))
struct ListingCheckTests {
    typealias Backend = TamperTests.Backend
    static let refused = "data kasus yang tersimpan tidak cocok dengan riwayatnya, daftar tidak ditampilkan: "
    static let listings = [["cases"], ["tasks"], ["report"], ["cases", "--status", "selesai"]]

    @Test(arguments: Backend.available)
    func aForgedStatusIsRefusedByEveryListing(backend: Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        for listing in Self.listings {
            let before = try desk.sop(listing)
            #expect(before.status == 0, "\(listing): \(before.stderr)")
        }
        try desk.sql("UPDATE sop_case SET status = 'selesai' WHERE id = '01-2026-000002';")
        for listing in Self.listings {
            let after = try desk.sop(listing)
            #expect(after.status == 1, "\(listing): \(after.stdout)")
            #expect(after.stdout.isEmpty, "nothing forged is shown: \(after.stdout)")
            #expect(after.stderr == "sop: galat: " + Self.refused
                + "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'; periksa dengan sop db verify\n",
                "\(listing)")
        }
        let english = try desk.sop(["cases", "--lang", "en"])
        #expect(english.stderr == "sop: error: stored case data does not match its history, the list is not shown: "
            + "case 01-2026-000002: case status stored as 'selesai', the events say 'terbuka'; check it with sop db verify\n")
        // A listing that does not show the forged case is not refused.
        #expect(try desk.sop(["cases", "--cari", "tidak-ada-yang-cocok"]).status == 0)
    }

    @Test(arguments: Backend.available)
    func aForgedWorklistRowOrACutHistoryIsRefused(backend: Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        // A task slipped into the worklist of the finished case.
        try desk.sql("""
            INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
            VALUES ('01-2026-000001', '5', '5', 1, 'staf-pengaduan', 'Staf layanan pengaduan', 1796004000000, NULL);
            """)
        let tasks = try desk.sop(["tasks"])
        #expect(tasks.status == 1)
        #expect(tasks.stderr.contains(
            "kasus 01-2026-000001: daftar tugas (case_task) tersimpan '5#1 staf-pengaduan', menurut kejadian '-'"), "\(tasks.stderr)")
        #expect(try desk.sop(["cases"]).status == 1)
        try desk.sql("DELETE FROM case_task WHERE case_id = '01-2026-000001';")
        #expect(try desk.sop(["tasks"]).status == 0)
        // The waiting task moved to another role by hand.
        try desk.sql("UPDATE case_task SET role = 'resepsionis' WHERE case_id = '01-2026-000002';")
        let moved = try desk.sop(["tasks", "--lang", "en"])
        #expect(moved.status == 1)
        #expect(moved.stderr.contains("case 01-2026-000002: worklist (case_task) stored as '3#1 resepsionis', the events say '3#1 staf-pengaduan'"),
                "\(moved.stderr)")
        try desk.sql("UPDATE case_task SET role = 'staf-pengaduan' WHERE case_id = '01-2026-000002';")
        // A case row that records a later write than its last event (its last events cut off).
        try desk.sql("UPDATE sop_case SET last_sequence = 20 WHERE id = '01-2026-000002';")
        let cut = try desk.sop(["cases"])
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("kasus 01-2026-000002, urutan 15: "), "\(cut.stderr)")
    }
}
