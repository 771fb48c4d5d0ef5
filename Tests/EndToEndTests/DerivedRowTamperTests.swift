import Foundation
import Testing

/// Issue 11 (verify13): every row derived from a case's events is checked by `sop db verify`,
/// not only the case row, the worklist's steps and the visits' times. On PostgreSQL the guard
/// rows the server's roster check decides the next event by (`sop_case_guard`: a case's SOP,
/// `sop_step_guard`: an open step's role): an owner or superuser who edits one steers the role
/// check. Each edit, made by hand as the schema's owner (psql) or with the sqlite3 shell, is
/// reported located (case, and the event the row follows from), and verify exits 1.
@Suite("Derived rows against their events", .timeLimit(.minutes(10)))
struct DerivedRowTamperTests {
    typealias Desk = TamperTests.Desk
    typealias Backend = TamperTests.Backend

    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let sqlite: String?
        let postgres: String
        let reported: String
        let english: String?

        init(_ name: String, sqlite: String? = nil, postgres: String, reported: String, english: String? = nil) {
            description = name
            self.sqlite = sqlite
            self.postgres = postgres
            self.reported = reported
            self.english = english
        }
    }

    /// Case 01-2026-000002 waits at step 3 for `staf-pengaduan` (started at sequence 14); its
    /// step 1 was completed at sequence 11; case 01-2026-000001 ran to its end.
    static let guardEdits: [Edit] = [
        Edit("an open step's role changed to one a desk holds",
             postgres: "UPDATE sop_step_guard SET role = 'resepsionis' WHERE case_id = '01-2026-000002' AND step = '3';",
             reported: "kasus 01-2026-000002, urutan 14: peran langkah 3 di baris penjaga (sop_step_guard) tersimpan 'resepsionis', menurut kejadian 'staf-pengaduan'",
             english: "case 01-2026-000002, sequence 14: role of step 3 in its guard row (sop_step_guard) stored as 'resepsionis', the events say 'staf-pengaduan'"),
        Edit("an open step's guard row deleted",
             postgres: "DELETE FROM sop_step_guard WHERE case_id = '01-2026-000002';",
             reported: "kasus 01-2026-000002, urutan 14: baris penjaga langkah 3 (sop_step_guard) tidak tersimpan; menurut kejadian langkah itu terbuka untuk peran 'staf-pengaduan'"),
        Edit("a guard row inserted for a completed step",
             postgres: "INSERT INTO sop_step_guard (case_id, step, role) VALUES ('01-2026-000002', '1', 'resepsionis');",
             reported: "kasus 01-2026-000002, urutan 11: baris penjaga langkah 1 (sop_step_guard) tersimpan dengan peran 'resepsionis', tetapi langkah itu sudah selesai menurut kejadian",
             english: "case 01-2026-000002, sequence 11: the guard row of step 1 (sop_step_guard) is stored with the role 'resepsionis', but the events say the step is completed"),
        Edit("a guard row inserted for a step never started",
             postgres: "INSERT INTO sop_step_guard (case_id, step, role) VALUES ('01-2026-000002', '9', 'resepsionis');",
             reported: "kasus 01-2026-000002: baris penjaga langkah 9 (sop_step_guard) tersimpan dengan peran 'resepsionis', tetapi langkah itu tidak pernah dimulai menurut kejadian"),
        Edit("a case's SOP changed in its guard row",
             postgres: "UPDATE sop_case_guard SET nomor = '02' WHERE case_id = '01-2026-000002';",
             reported: "kasus 01-2026-000002, urutan 1: SOP di baris penjaga kasus (sop_case_guard) tersimpan '02', menurut kejadian '01'",
             english: "case 01-2026-000002, sequence 1: SOP in the case's guard row (sop_case_guard) stored as '02', the events say '01'"),
        Edit("a case's guard row deleted",
             postgres: "DELETE FROM sop_case_guard WHERE case_id = '01-2026-000001';",
             reported: "kasus 01-2026-000001, urutan 1: baris penjaga kasus (sop_case_guard) tidak tersimpan; menurut kejadian SOP-nya '01'"),
        Edit("a case guard row inserted for no case",
             postgres: "INSERT INTO sop_case_guard (case_id, nomor) VALUES ('01-2026-000099', '01');",
             reported: "kasus 01-2026-000099: baris penjaga kasus (sop_case_guard) tersimpan dengan SOP '01', tetapi tidak ada menurut kejadian"),
    ]

    /// Derived columns verify did not compare before, on both stores.
    static let columnEdits: [Edit] = [
        Edit("a case's SOP title changed",
             sqlite: "UPDATE sop_case SET judul = 'SOP Lain' WHERE id = '01-2026-000002';",
             postgres: "UPDATE sop_case SET judul = 'SOP Lain' WHERE id = '01-2026-000002';",
             reported: "kasus 01-2026-000002: judul SOP kasus tersimpan 'SOP Lain', menurut kejadian 'Pelayanan Pengaduan Langsung'"),
        Edit("a step visit's SOP number changed (reports count it under another SOP)",
             sqlite: "UPDATE step_visit SET nomor = '02' WHERE case_id = '01-2026-000001' AND step = '1';",
             postgres: "ALTER TABLE step_visit DISABLE TRIGGER USER; UPDATE step_visit SET nomor = '02' WHERE case_id = '01-2026-000001' AND step = '1'; ALTER TABLE step_visit ENABLE TRIGGER USER;",
             reported: "kasus 01-2026-000001: nomor dan revisi SOP kunjungan langkah 1#1 tersimpan '02 \(TamperTests.revision)', menurut kejadian '01 \(TamperTests.revision)'"),
    ]

    static var edits: [(Edit, Backend)] {
        guardEdits.filter { _ in Backend.available.contains(.postgres) }.map { ($0, .postgres) }
            + columnEdits.flatMap { edit in Backend.available.map { (edit, $0) } }
    }

    @Test(arguments: edits)
    func eachEditIsReportedLocated(edit: Edit, backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let before = try desk.sop(["db", "verify"])
        #expect(before.status == 0, "\(before.stdout)\(before.stderr)")
        try desk.sql(backend == .sqlite ? edit.sqlite ?? "" : edit.postgres)
        let after = try desk.sop(["db", "verify"])
        #expect(after.status == 1)
        #expect(after.stdout.contains("  ✗ " + edit.reported), "\(after.stdout)")
        #expect(after.stderr.contains("kerusakan ditemukan"), "\(after.stderr)")
        if let english = edit.english {
            let id = String(english.dropFirst("case ".count).prefix { $0 != "," && $0 != ":" })
            let one = try desk.sop(["db", "verify", "--case", id, "--lang", "en"])
            #expect(one.status == 1)
            #expect(one.stdout.contains("  ✗ " + english), "\(one.stdout)")
        }
    }
}
