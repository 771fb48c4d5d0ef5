import Foundation
import SOPCore
import SOPStore
import Testing

@testable import SOPPostgres

/// The server's roster check against a desk user with exactly the README's grants (run as
/// printed): it may not rewrite what the check reads (a step's role, a case's SOP) to write in a
/// role it does not hold, nor restart a waiting step in its own role, nor cancel or pause a case
/// waiting for another role (an outside auditor did each before migration v12).
@Suite("The server's roster check reads what a desk cannot rewrite", .enabled(if: SharedStore.url != nil, SharedStore.skipped),
       .timeLimit(.minutes(10)))
struct PostgresRoleGuardTests {
    /// The README's block for one desk user, as printed, for this schema and user.
    static func readmeGrants(schema: String, user: String) throws -> [String] {
        let readme = try String(contentsOfFile: SOPBinary.root.path + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "```sql\n-- as the owner of the unit's schema (here: public), for each desk user\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        return readme[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
            line.replacingOccurrences(of: "SCHEMA public", with: "SCHEMA \(schema)")
                .replacingOccurrences(of: "public.", with: "\(schema).")
                .replacingOccurrences(of: "loket1", with: user)
        }
    }

    @Test func aDeskWithTheREADMEGrantsCannotActForAnotherRole() throws {
        let desks = try TwoDesks()
        defer { desks.drop() }
        let (shared, connection, ownerEnvironment) = (desks.shared, desks.connection, desks.ownerEnvironment)
        let (reception, staff) = (desks.reception, desks.staff)
        func uri(_ user: String) -> String { desks.uri(user) }
        func desk(_ user: String) -> [String: String] { desks.desk(user) }
        // The README's grants are enough for a desk (before, case_lookup was missing from them).
        let started = try SOPBinary.run(["run", "01"] + RosterTests.reception, environment: desk(reception))
        #expect(started.status == 0, "\(started.stderr)")
        let id = "01-2026-000001"

        // By hand, as the receptionist's database user (psql with the README's grants).
        let raw = try PGConnection(try PostgresAddress(uri(reception)))
        func event(_ sequence: Int, step: String?, type: String, payload: String) -> String {
            let stepText = step.map { "'\($0)'" } ?? "NULL"
            return "INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) VALUES ('\(id)', "
                + "\(sequence), 0, '\(reception)', 'resepsionis', \(stepText), '\(type)', '\(payload)', 'x')"
        }
        let output = event(15, step: "3", type: "output-recorded",
                           payload: #"{"item":"Analisis Pengaduan","step":"3","text":"ditulis loket","visit":1}"#)
        let attempts: [(String, String)] = [
            ("UPDATE step_visit SET role = 'resepsionis' WHERE case_id = '\(id)' AND step = '3'", "permission denied"),
            ("UPDATE sop_case SET nomor = '02' WHERE id = '\(id)'", "permission denied"),
            ("UPDATE case_counter SET last = 0", "counter-lowered"),
            // Closing the waiting visit by hand is refused (v28: a derived row moves only with its
            // case's events); and it would not open the step to another role: the check reads the events.
            ("BEGIN; UPDATE step_visit SET completed_at = 1 WHERE case_id = '\(id)' AND step = '3'; \(output); COMMIT",
             "derived-without-event table=step_visit"),
            (output, "not-step-role"),
            (event(15, step: "3", type: "step-started", payload: #"{"role":"resepsionis","step":"3","visit":2}"#), "not-step-role"),
            (event(15, step: nil, type: "case-cancelled", payload: #"{"reason":"Pelapor tidak hadir"}"#), "no-waiting-step"),
            (event(15, step: nil, type: "case-paused", payload: "{}"), "no-waiting-step"),
            // In its own role, but with a hash that does not link it: it would freeze the case for every desk.
            (event(15, step: nil, type: "note-added", payload: #"{"text":"palsu"}"#), "bad-hash"),
        ]
        for (sql, expected) in attempts {
            do {
                try raw.execute(sql)
                Issue.record("went through: \(sql)")
            } catch {
                _ = try? raw.execute("ROLLBACK")
                guard case .server(let state, let message) = error else { throw error }
                #expect(message.contains(expected), "\(sql): \(message)")
                #expect(state == "42501", "\(sql): \(state) \(message)")
            }
        }
        // A completed visit's completion (what reports count per operator) is not rewritten.
        do {
            try raw.execute("UPDATE step_visit SET completed_by = '\(reception)', used_seconds = 99999 WHERE case_id = '\(id)' AND step = '1'")
            Issue.record("a desk rewrote a completed visit")
        } catch {
            guard case .server(_, let message) = error else { throw error }
            #expect(message.contains("fixed-column table=step_visit"), "\(message)")
        }
        // Even the owner cannot change what the check would read.
        do {
            try connection.execute("UPDATE step_visit SET role = 'resepsionis' WHERE case_id = '\(id)' AND step = '3'")
            Issue.record("the owner changed a step visit's role")
        } catch {
            guard case .server(_, let message) = error else { throw error }
            #expect(message.contains("fixed-column table=step_visit"), "\(message)")
        }
        // A case paused by the desk of its waiting step is not resumed by hand by another role
        // (migration v25): the server refuses it as it refuses a pause or a cancellation.
        let paused = try SOPBinary.run(["run", "--case", id], environment: desk(staff), stdin: "/jeda\n")
        #expect(paused.status == 0 && paused.stdout.contains("Kasus dijeda."), "\(paused.stdout)\(paused.stderr)")
        let sequence = try connection.query("SELECT max(sequence) + 1 FROM \(shared.schema).case_event WHERE case_id = '\(id)'")
            .integer(0, 0)
        do {
            try raw.execute(event(sequence, step: nil, type: "case-resumed", payload: "{}"))
            Issue.record("a desk with no role for the waiting step resumed the case by hand")
        } catch {
            guard case .server(let state, let message) = error else { throw error }
            #expect(state == "42501" && message.contains("no-waiting-step"), "\(state) \(message)")
        }
        // The desk's own work goes on: the complaint staff finishes the case, and it verifies.
        let finished = try SOPBinary.run(["run", "--case", id] + RosterTests.staff, environment: desk(staff))
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Kasus \(id) selesai"))
        let verified = try SOPBinary.run(["db", "verify"], environment: ownerEnvironment)
        #expect(verified.status == 0, "\(verified.stdout)")
    }
}

/// A migrated schema with two desk users created by the superuser and given the README's grants
/// as printed: `loket_…` holding `resepsionis`, `staf_…` holding `staf-pengaduan` for SOP 01; the
/// owner holding `pengelola-peran`.
struct TwoDesks {
    let shared: SharedStore
    let owner: String
    let reception: String
    let staff: String
    let connection: PGConnection
    let ownerEnvironment: [String: String]

    init() throws {
        shared = try SharedStore()
        owner = shared.base.parameters["user"] ?? "sop"
        let suffix = shared.schema.suffix(8)
        (reception, staff) = ("loket_\(suffix)", "staf_\(suffix)")
        connection = try PGConnection(shared.address)
        ownerEnvironment = shared.environment.merging(["SOP_FIXED_TIME": RunTests.fixedTime]) { _, new in new }
        #expect(try SOPBinary.run(["db", "migrate"], environment: ownerEnvironment).status == 0)
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"] ?? ""
        for user in [reception, staff] {
            // Created by the superuser first, as the README says (the owner may not create roles).
            try connection.execute("CREATE ROLE \(user) LOGIN PASSWORD '\(password)'")
            for statement in try PostgresRoleGuardTests.readmeGrants(schema: shared.schema, user: user) {
                try connection.execute(statement)
            }
        }
        for arguments in [["grant", owner, "pengelola-peran"], ["grant", reception, "resepsionis"],
                          ["grant", staff, "staf-pengaduan", "--sop", "01"]] {
            #expect(try SOPBinary.run(["roster"] + arguments, environment: ownerEnvironment).status == 0)
        }
    }

    func uri(_ user: String) -> String { shared.address.uri.replacingOccurrences(of: "//\(owner)@", with: "//\(user)@") }
    func desk(_ user: String) -> [String: String] { ownerEnvironment.merging(["SOP_DB": uri(user)]) { _, new in new } }

    func drop() {
        _ = try? connection.execute("DROP OWNED BY \(reception), \(staff); DROP ROLE IF EXISTS \(reception), \(staff)")
        shared.drop()
    }
}
