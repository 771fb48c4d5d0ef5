import Foundation
import SOPCore
import SOPStore
import Testing

@testable import SOPPostgres

/// Migration v28 (`PostgresDerivedGuard`), its text: no server needed.
@Suite("Derived rows move only with their events (v28), its text")
struct PostgresDerivedGuardTextTests {
    @Test func theMigrationGuardsEveryDerivedTable() {
        let sql = PostgresDerivedGuard.migration
        #expect(PostgresMigrations.all.first { $0.version == 28 }?.name == PostgresDerivedGuard.name)
        #expect(PostgresMigrations.indonesian[28] != nil)
        // The case row's moving columns, checked against the event at its new head; its insert at the commit.
        #expect(sql.contains("BEFORE UPDATE OF status, updated_at, last_sequence, ended_at, due_at ON sop_case"))
        #expect(sql.contains("e.sequence = NEW.last_sequence"))
        #expect(sql.contains("CREATE CONSTRAINT TRIGGER sop_case_starts_with_events AFTER INSERT ON sop_case DEFERRABLE INITIALLY DEFERRED"))
        // Every other derived table, every write, against the case's newest event.
        for table in ["case_task", "step_visit", "case_lookup"] {
            #expect(sql.contains("BEFORE INSERT OR UPDATE OR DELETE ON \(table)\n    FOR EACH ROW EXECUTE FUNCTION sop_derived_moves_with_events()"),
                    "\(table)")
        }
        // The event must be this transaction's: its xmin, which no user writes.
        #expect(sql.components(separatedBy: "xmin = pg_current_xact_id()::xid").count == 4)
        // Its tables named with the unit's schema (a desk's temporary table cannot stand in), and
        // only the owner passes without an event; the functions run with the caller's rights.
        #expect(sql.components(separatedBy: "%1$I.case_event").count == 4)
        #expect(sql.components(separatedBy: "pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')").count == 3)
        #expect(!sql.contains("SECURITY DEFINER"))
        // The repair log: the server's clock and user, append-only.
        #expect(sql.contains("db_user TEXT NOT NULL DEFAULT session_user"))
        #expect(sql.contains("CREATE TRIGGER derived_repair_append_only BEFORE UPDATE OR DELETE ON derived_repair"))
    }

    @Test func theRefusalIsASentenceInBothLanguages() throws {
        let refusal = try #require(PostgresRoster.explainEventRefusal(
            "sop-roster: derived-without-event table=sop_case case=01-2026-000001"))
        #expect(refusal.text(.id) == "server basis data menolak: baris sop_case kasus 01-2026-000001 hanya berubah bersama kejadian kasus itu "
            + "yang ditulis dalam transaksi yang sama; tidak ada yang disimpan")
        #expect(refusal.text(.en).hasPrefix("the database server refused: the sop_case row of case 01-2026-000001 changes only with an event"))
    }
}

/// On a real server, with two desk users holding the README's grants: a derived row written
/// without its case's event is refused; the desks' own work goes on; the owner's repair rewrites
/// what a break left and logs it.
@Suite("Derived rows move only with their events (v28), on PostgreSQL", .enabled(if: SharedStore.url != nil, SharedStore.skipped),
       .timeLimit(.minutes(10)))
struct PostgresDerivedGuardTests {
    @Test func aDeskCannotMoveAnotherCasesRowsAndTheOwnersRepairRewritesThem() throws {
        let desks = try TwoDesks()
        defer { desks.drop() }
        let (owner, connection, ownerEnvironment) = (desks.owner, desks.connection, desks.ownerEnvironment)
        let (reception, staff) = (desks.reception, desks.staff)
        func uri(_ user: String) -> String { desks.uri(user) }
        func desk(_ user: String) -> [String: String] { desks.desk(user) }
        let started = try SOPBinary.run(["run", "01"] + RosterTests.reception, environment: desk(reception))
        #expect(started.status == 0, "\(started.stderr)")
        let id = "01-2026-000001"
        let schema = desks.shared.schema

        // By hand, as each desk's database user: the case waits at step 3 for the staff's role.
        let attempts: [(user: String, sql: String, table: String)] = [
            (reception, "UPDATE sop_case SET status = 'selesai' WHERE id = '\(id)'", "sop_case"),
            (reception, "UPDATE sop_case SET due_at = due_at + 86400000 WHERE id = '\(id)'", "sop_case"),
            // Even the desk whose role the case waits for: not without an event of the case.
            (staff, "UPDATE sop_case SET status = 'dibatalkan', ended_at = 1 WHERE id = '\(id)'", "sop_case"),
            (reception, "DELETE FROM case_task WHERE case_id = '\(id)'", "case_task"),
            (reception, """
                INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
                VALUES ('\(id)', '9', 'Palsu', 1, 'resepsionis', 'Resepsionis', 0, NULL)
                """, "case_task"),
            (reception, "UPDATE case_lookup SET title = 'palsu' WHERE case_id = '\(id)'", "case_lookup"),
            (reception, "UPDATE step_visit SET completed_at = 1, completed_by = 'x', used_seconds = 1 WHERE case_id = '\(id)' AND step = '3'",
             "step_visit"),
            // A case row with no event (it would take the next case's number): refused at the commit.
            (reception, """
                INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence)
                SELECT '01-2026-000002', nomor, judul, revision, 'terbuka', 0, 0, 1 FROM sop_case WHERE id = '\(id)'
                """, "sop_case"),
        ]
        for attempt in attempts {
            let raw = try PGConnection(try PostgresAddress(uri(attempt.user)))
            do {
                try raw.execute(attempt.sql)
                Issue.record("went through: \(attempt.sql)")
            } catch {
                guard case .server(let state, let message) = error else { throw error }
                #expect(state == "42501", "\(attempt.sql): \(state) \(message)")
                #expect(message.contains("sop-roster: derived-without-event table=\(attempt.table)"), "\(attempt.sql): \(message)")
            }
        }
        let untouched = try SOPBinary.run(["db", "verify"], environment: ownerEnvironment)
        #expect(untouched.status == 0, "\(untouched.stdout)\(untouched.stderr)")

        // The desks' own work goes on: the staff finishes the case; the reception starts another.
        let finished = try SOPBinary.run(["run", "--case", id] + RosterTests.staff, environment: desk(staff))
        #expect(finished.status == 0 && finished.stdout.contains("Kasus \(id) selesai"), "\(finished.stdout)\(finished.stderr)")
        let second = try SOPBinary.run(["run", "01"] + RosterTests.reception, environment: desk(reception))
        #expect(second.status == 0, "\(second.stderr)")

        // The owner is not checked (migrations, copies, repairs): here, a break of its own making.
        try connection.execute("UPDATE \(schema).sop_case SET status = 'selesai', due_at = due_at + 86400000 WHERE id = '01-2026-000002'")
        try connection.execute("DELETE FROM \(schema).case_task WHERE case_id = '01-2026-000002'")
        let broken = try SOPBinary.run(["db", "verify"], environment: ownerEnvironment)
        #expect(broken.status == 1 && broken.stdout.contains("status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(broken.stdout)")
        let tasks = try SOPBinary.run(["tasks", "--as", "staf-pengaduan"], environment: desk(staff))
        #expect(!tasks.stdout.contains("01-2026-000002"), "\(tasks.stdout)")

        // A desk user may not repair: the server refuses its rewrite (no event), nothing changes.
        let byDesk = try SOPBinary.run(["db", "verify", "--perbaiki"], environment: desk(reception))
        #expect(byDesk.status != 0, "\(byDesk.stdout)")
        #expect(byDesk.status == 1, "\(byDesk.stderr)")
        #expect(byDesk.stderr.contains("hanya berubah bersama kejadian kasus itu") || byDesk.stderr.contains("derived_repair"),
                "\(byDesk.stderr)")
        // It says who may repair, and where to see what is wrong (tester 36, N4).
        #expect(byDesk.stderr.contains("hanya pemilik skema, pengguna basis data yang menjalankan sop db migrate"), "\(byDesk.stderr)")
        #expect(byDesk.stderr.contains("Yang rusak ditunjukkan sop db verify (tanpa --perbaiki)"), "\(byDesk.stderr)")

        // The owner's repair: what it changed, printed; the check after it holds; the log keeps it.
        let repaired = try SOPBinary.run(["db", "verify", "--perbaiki"], environment: ownerEnvironment)
        #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
        #expect(repaired.stdout.contains("Diperbaiki dari kejadiannya: kasus 01-2026-000002"), "\(repaired.stdout)")
        #expect(repaired.stdout.contains("✓ kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(repaired.stdout)")
        #expect(repaired.stdout.contains("Baris turunan 1 kasus ditulis ulang dari kejadiannya"), "\(repaired.stdout)")
        #expect(!repaired.stdout.contains("Diperbaiki dari kejadiannya: kasus \(id)"))
        let log = try connection.query("SELECT db_user, case_id, what FROM \(schema).derived_repair ORDER BY id")
        #expect(log.count >= 3, "\(log.count)")
        #expect((0..<log.count).allSatisfy { log.text($0, 0) == owner && log.text($0, 1) == "01-2026-000002" })
        #expect((0..<log.count).contains { log.text($0, 2).contains("status kasus tersimpan 'selesai', menurut kejadian 'terbuka'") })
        #expect(try SOPBinary.run(["db", "verify"], environment: ownerEnvironment).status == 0)
        let after = try SOPBinary.run(["tasks", "--as", "staf-pengaduan"], environment: desk(staff))
        #expect(after.status == 0 && after.stdout.contains("01-2026-000002"), "\(after.stdout)\(after.stderr)")
        // Nothing left to repair; the log cannot be rewritten, even by the owner.
        let again = try SOPBinary.run(["db", "verify", "--perbaiki"], environment: ownerEnvironment)
        #expect(again.status == 0 && again.stdout.contains("tidak ada yang ditulis ulang"), "\(again.stdout)")
        #expect(throws: PGFailure.self) { try connection.execute("DELETE FROM \(schema).derived_repair") }
    }
}

/// `sop db verify --perbaiki` on SQLite: the rows a hand edit left wrong written again from the
/// events and logged; refused, changing nothing, when the events themselves are broken.
@Suite("Derived rows repaired from their events (SQLite)")
struct DerivedRepairSQLiteTests {
    @Test func aHandEditedCaseRowIsRewrittenAndABrokenHistoryRefusesTheRepair() throws {
        let work = try SOPBinary.folder([:])
        try FileManager.default.removeItem(at: work.appendingPathComponent("sop"))
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent("sop"), to: work.appendingPathComponent("sop"))
        let database = work.appendingPathComponent("sop.sqlite").path
        func sop(_ arguments: [String]) throws -> SOPBinary.Output {
            try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": "ani"],
                              directory: work)
        }
        for arguments in [["grant", "ani", "pengelola-peran"], ["grant", "ani", "resepsionis"]] {
            #expect(try sop(["roster"] + arguments).status == 0)
        }
        #expect(try sop(["run", "01", "--answers", SOPBinary.root.appendingPathComponent("Tests/Fixtures/answers/01-resepsionis.yaml").path]).status == 0)
        let id = "01-2026-000001"
        _ = try FaultTests.sqlite(database, "UPDATE sop_case SET status = 'selesai', tasks = NULL, title = 'palsu' WHERE id = '\(id)'")
        _ = try FaultTests.sqlite(database, "UPDATE step_visit SET completed_by = 'x' WHERE case_id = '\(id)' AND step = '1'")
        #expect(try sop(["db", "verify"]).status == 1)

        let repaired = try sop(["db", "verify", "--perbaiki"])
        #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
        #expect(repaired.stdout.contains("Diperbaiki dari kejadiannya: kasus \(id)"), "\(repaired.stdout)")
        #expect(repaired.stdout.contains("✓ kasus \(id): status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(repaired.stdout)")
        #expect(repaired.stdout.contains("Riwayat utuh") || repaired.stdout.contains("utuh"), "\(repaired.stdout)")
        let log = try FaultTests.sqlite(database, "SELECT db_user || '|' || case_id || '|' || what FROM derived_repair ORDER BY id")
        #expect(log.contains("|\(id)|") && log.contains("status kasus tersimpan 'selesai'"), "\(log)")
        #expect(try sop(["db", "verify"]).status == 0)
        #expect(try sop(["tasks", "--as", "resepsionis"]).status == 0)

        // Events broken: nothing is derived from them, nothing changes.
        _ = try FaultTests.sqlite(database, """
            UPDATE sop_case SET status = 'selesai' WHERE id = '\(id)';
            DROP TRIGGER case_event_append_only_update;
            UPDATE case_event SET at = at + 1 WHERE case_id = '\(id)' AND sequence = 2;
            """)
        let refused = try sop(["db", "verify", "--perbaiki"])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("baris turunan tidak diperbaiki: riwayat kejadian itu sendiri rusak"), "\(refused.stderr)")
        #expect(try FaultTests.sqlite(database, "SELECT status FROM sop_case WHERE id = '\(id)'").contains("selesai"))
    }
}
