import Foundation
import Testing

/// Listings (`sop cases`, `sop tasks`, `sop report`) refuse a derived row that says otherwise
/// than the events (`ListingCheck`), as reading a case does, on SQLite and on PostgreSQL.
@Suite("Listings check the rows they show", .timeLimit(.minutes(10)))
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
        for listing in Self.listings where listing.first != "cases" {
            let after = try desk.sop(listing)
            #expect(after.status == 1, "\(listing): \(after.stdout)")
            #expect(after.stdout.isEmpty, "nothing forged is shown: \(after.stdout)")
            #expect(after.stderr == "sop: galat: " + Self.refused
                + "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'; periksa dengan sop db verify\n",
                "\(listing)")
        }
        // `sop cases` lists the other cases and marks the broken one, without its forged cells (exit 1).
        for listing in Self.listings where listing.first == "cases" {
            let after = try desk.sop(listing)
            #expect(after.status == 1, "\(listing): \(after.stdout)")
            let marked = after.stdout.split(separator: "\n").filter { $0.hasPrefix("01-2026-000002") }
            #expect(marked.count == 1 && marked[0].contains("✗ tidak cocok dengan riwayat") && !marked[0].contains("Selesai")
                    && !marked[0].contains("selesai"), "\(listing): \(after.stdout)")
            #expect(after.stderr == "sop: galat: data kasus yang tersimpan tidak cocok dengan riwayatnya, kasus ditandai ✗ dalam daftar: "
                + "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'; periksa dengan sop db verify\n",
                "\(listing)")
        }
        let all = try desk.sop(["cases"])
        #expect(all.stdout.contains("01-2026-000001"), "the intact case is still listed: \(all.stdout)")
        let english = try desk.sop(["cases", "--lang", "en"])
        #expect(english.stdout.contains("✗ does not match its history"), "\(english.stdout)")
        #expect(english.stderr == "sop: error: stored case data does not match its history, the cases are marked ✗ in the list: "
            + "case 01-2026-000002: case status stored as 'selesai', the events say 'terbuka'; check it with sop db verify\n")
        // A listing that does not show the forged case is not refused.
        #expect(try desk.sop(["cases", "--cari", "tidak-ada-yang-cocok"]).status == 0)
    }

    @Test(arguments: Backend.available)
    func aForgedWorklistRowOrACutHistoryIsRefused(backend: Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        // A task slipped into the worklist of the finished case (on SQLite the worklist is a
        // column of the case row, migration v11).
        desk.backend == .sqlite ? try desk.sql("""
            UPDATE sop_case SET tasks = '[{"step":"5","step_label":"5","visit":1,"role":"staf-pengaduan",\
            "role_name":"Staf layanan pengaduan","started_at":1796004000000}]' WHERE id = '01-2026-000001';
            """) : try desk.sql("""
            INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
            VALUES ('01-2026-000001', '5', '5', 1, 'staf-pengaduan', 'Staf layanan pengaduan', 1796004000000, NULL);
            """)
        let forged = "kasus 01-2026-000001: daftar tugas (case_task) tersimpan '5#1 staf-pengaduan', menurut kejadian '-'"
        let tasks = try desk.sop(["tasks"])
        #expect(tasks.status == 1)
        #expect(tasks.stderr.contains(forged), "\(tasks.stderr)")
        let cases = try desk.sop(["cases"])
        #expect(cases.status == 1)
        #expect(cases.stderr.contains(forged), "\(cases.stderr)")
        try desk.sql(desk.backend == .sqlite ? "UPDATE sop_case SET tasks = NULL WHERE id = '01-2026-000001';"
                                             : "DELETE FROM case_task WHERE case_id = '01-2026-000001';")
        #expect(try desk.sop(["tasks"]).status == 0)
        #expect(try desk.sop(["cases"]).status == 0)
        // The waiting task moved to another role by hand.
        try desk.sql(desk.backend == .sqlite ? "UPDATE sop_case SET tasks = json_replace(tasks, '$[0].role', 'resepsionis') WHERE id = '01-2026-000002';"
                                             : "UPDATE case_task SET role = 'resepsionis' WHERE case_id = '01-2026-000002';")
        let moved = try desk.sop(["tasks", "--lang", "en"])
        #expect(moved.status == 1)
        #expect(moved.stderr.contains("case 01-2026-000002: worklist (case_task) stored as '3#1 resepsionis', the events say '3#1 staf-pengaduan'"),
                "\(moved.stderr)")
        try desk.sql(desk.backend == .sqlite ? "UPDATE sop_case SET tasks = json_replace(tasks, '$[0].role', 'staf-pengaduan') WHERE id = '01-2026-000002';"
                                             : "UPDATE case_task SET role = 'staf-pengaduan' WHERE case_id = '01-2026-000002';")
        // A case row that records a later write than its last event (its last events cut off).
        try desk.sql("UPDATE sop_case SET last_sequence = 20 WHERE id = '01-2026-000002';")
        let cut = try desk.sop(["cases"])
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("kasus 01-2026-000002, urutan 15: "), "\(cut.stderr)")
    }
}
