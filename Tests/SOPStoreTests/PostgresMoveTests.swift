import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// A step's move in one statement (`PostgresAppend.move`): the rows it leaves are those the plain
/// statements before it left.
@Suite("A step's move in one statement on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresMoveTests {
    static func start(_ sequence: Int, _ step: String, _ role: String, visit: Int = 1, due: Date? = nil) -> CaseEvent {
        event(sequence, .stepStarted(.init(step: step, visit: visit, role: role, due: due)))
    }

    static func completed(_ sequence: Int, _ step: String, visit: Int = 1) -> CaseEvent {
        event(sequence, .stepCompleted(.init(step: step, visit: visit, used: 90)), at: Double(sequence))
    }

    static func answer(_ sequence: Int, _ value: String) -> CaseEvent {
        event(sequence, .fieldAnswered(.init(step: "1", visit: 1, field: "nama", value: value)))
    }

    static func titled(_ projection: CaseProjection, _ title: String) -> CaseProjection {
        var titled = projection
        titled.lookup = CaseLookup(title: title, searchKeys: [title.lowercased()])
        return titled
    }

    /// Every row a case's writes leave (case row, worklist, visits, title), one line each.
    static func rows(_ c: PGConnection) throws -> [String] {
        try c.query("""
            SELECT concat_ws(' ', 'case', id, nomor, revision, status, started_at, updated_at, last_sequence, ended_at, due_at) FROM sop_case
            UNION ALL SELECT concat_ws(' ', 'task', case_id, step, step_label, visit, role, role_name, started_at, due_at) FROM case_task
            UNION ALL SELECT concat_ws(' ', 'visit', case_id, step, visit, nomor, revision, role, started_at, due_at, completed_at,
                                       completed_by, used_seconds) FROM step_visit
            UNION ALL SELECT concat_ws(' ', 'lookup', case_id, title, tracking, search_keys) FROM case_lookup
            UNION ALL SELECT concat_ws(' ', 'event', case_id, sequence, type, hash) FROM case_event
            ORDER BY 1
            """).texts
    }

    /// One case through starts, answers, moves (two steps at once, a title that changes, a visit
    /// started and completed in one move, the case's end); the rows it leaves.
    func walk(oneStatement: Bool) throws -> [String] {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        store.movesInOneStatement = oneStatement
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let due = t0.addingTimeInterval(3600)
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started), Self.start(2, "1", "resepsionis")],
                                     projection: projection(sequence: 2, active: [("1", "resepsionis", nil)]))
        try store.append([Self.answer(3, "Siti")], to: id,
                         projection: Self.titled(projection(sequence: 3, active: [("1", "resepsionis", nil)]), "Siti"))
        // Step 1 ends, steps 2 and 3 start (2 with a due time).
        try store.append([Self.completed(4, "1"), Self.start(5, "2", "staf-pengaduan", due: due), Self.start(6, "3", "resepsionis")],
                         to: id, projection: Self.titled(projection(sequence: 6, active: [("2", "staf-pengaduan", due), ("3", "resepsionis", nil)]),
                                                         "Siti"))
        // An answer that changes the title, in a move that ends step 3.
        try store.append([Self.answer(7, "Siti Aminah"), Self.completed(8, "3")], to: id,
                         projection: Self.titled(projection(sequence: 8, active: [("2", "staf-pengaduan", due)]), "Siti Aminah"))
        // Step 4 started and completed in one move (the plain statements), step 2 stays.
        try store.append([Self.start(9, "4", "resepsionis"), Self.completed(10, "4")], to: id,
                         projection: Self.titled(projection(sequence: 10, active: [("2", "staf-pengaduan", due)]), "Siti Aminah"))
        // Step 2 again (a second visit), then the end.
        try store.append([Self.completed(11, "2"), Self.start(12, "2", "staf-pengaduan", visit: 2)], to: id,
                         projection: Self.titled(projection(sequence: 12, active: [("2", "staf-pengaduan", nil)]), "Siti Aminah"))
        var end = Self.titled(projection(.completed, sequence: 14), "Siti Aminah")
        end.endedAt = t0.addingTimeInterval(14 * 60)
        try store.append([Self.completed(13, "2", visit: 2), event(14, .caseCompleted, at: 14)], to: id, projection: end)
        return try Self.rows(try schema.connection())
    }

    @Test func aMoveInOneStatementLeavesTheRowsThePlainStatementsLeft() throws {
        let plain = try walk(oneStatement: false)
        let one = try walk(oneStatement: true)
        #expect(one == plain)
        #expect(plain.filter { $0.hasPrefix("visit ") }.count == 5)
        #expect(plain.contains { $0.hasPrefix("case ") && $0.contains(" selesai ") })
        #expect(!plain.contains { $0.hasPrefix("task ") })
    }

    /// The lookup row is UPDATEd by one statement per step move that changes the title, on every
    /// path: a move in one statement, the plain statements, and the server's function (a store
    /// that does not know the head); an answer alone does not move it. Counted by a statement-level trigger,
    /// which fires even for an UPDATE that changes no row.
    @Test func anAnswerUpdatesTheLookupRowOnce() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let raw = try schema.connection()
        try raw.execute("""
            CREATE TABLE lookup_updates (n integer NOT NULL);
            CREATE FUNCTION count_lookup_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO lookup_updates VALUES (1); RETURN NULL; END $$;
            CREATE TRIGGER count_lookup_update AFTER UPDATE ON case_lookup FOR EACH STATEMENT EXECUTE FUNCTION count_lookup_update();
            """)
        func updates() throws -> Int {
            let n = try raw.query("SELECT count(*) FROM lookup_updates").integer(0, 0)
            try raw.execute("DELETE FROM lookup_updates")
            return n
        }
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started), Self.start(2, "1", "resepsionis")],
                                     projection: projection(sequence: 2, active: [("1", "resepsionis", nil)]))
        #expect(try updates() == 0)
        // An answer alone (events linked here) leaves the title until its step ends, as on SQLite
        // (tester 18's finding 9: `Perihal` was the name on PostgreSQL, "-" on SQLite).
        try store.append([Self.answer(3, "Siti")], to: id,
                         projection: Self.titled(projection(sequence: 3, active: [("1", "resepsionis", nil)]), "Siti"))
        #expect(try updates() == 0)
        #expect(try raw.query("SELECT title FROM case_lookup WHERE case_id = $1", [.text(id.rawValue)]).text(0, 0) == "")
        // An answer in a move in one statement.
        try store.append([Self.answer(4, "Siti A"), Self.completed(5, "1"), Self.start(6, "2", "resepsionis")], to: id,
                         projection: Self.titled(projection(sequence: 6, active: [("2", "resepsionis", nil)]), "Siti A"))
        #expect(try updates() == 1)
        // The same on the plain statements.
        store.movesInOneStatement = false
        try store.append([Self.answer(7, "Siti B"), Self.completed(8, "2"), Self.start(9, "3", "resepsionis")], to: id,
                         projection: Self.titled(projection(sequence: 9, active: [("3", "resepsionis", nil)]), "Siti B"))
        #expect(try updates() == 1)
        // A store that does not know the head: the server's function (sop_append_case).
        let other = try schema.store()
        try other.append([Self.answer(10, "Siti C"), Self.completed(11, "3"), Self.start(12, "4", "resepsionis")], to: id,
                         projection: Self.titled(projection(sequence: 12, active: [("4", "resepsionis", nil)]), "Siti C"))
        #expect(try updates() == 1)
        #expect(try raw.query("SELECT title FROM case_lookup WHERE case_id = $1", [.text(id.rawValue)]).text(0, 0) == "Siti C")
    }

    @Test func aVisitStartedAndCompletedInOneMoveTakesThePlainStatements() {
        let id = CaseID("01-2026-000001")
        let p = projection(sequence: 3)
        #expect(PostgresAppend.move(id, [Self.start(2, "4", "resepsionis"), Self.completed(3, "4")], projection: p, lookup: false) == nil)
        let one = PostgresAppend.moves(id, [Self.completed(2, "1"), Self.start(3, "2", "resepsionis")], projection: p, lookup: true, rows: true)
        #expect(one.count == 1 && one[0].sql.hasPrefix("WITH moved AS (UPDATE sop_case"))
        #expect(one[0].sql.contains("titled AS") && one[0].sql.contains("opened AS") && one[0].sql.contains("closed AS"))
        #expect(PostgresAppend.moves(id, [Self.completed(2, "1")], projection: p, lookup: false, rows: true, oneStatement: false).count == 3)
    }
}

/// A step's move text is made once per shape (`PostgresAppend.moveText`, kept in
/// `PostgresAppend.moveTexts`): two moves of one shape share one text, and the text numbers
/// exactly the parameters the move sends, in their order. And the events' INSERT texts kept by
/// count are those made for that count. No server needed.
@Suite("A step's move and events' texts, made once")
struct PostgresStatementTextTests {
    static let id = CaseID("01-2026-000001")

    /// The highest `$n` in a text.
    static func highestParameter(_ sql: String) -> Int {
        var highest = 0, digits = "", inParameter = false
        for character in sql + " " {
            if inParameter, character.isNumber { digits.append(character); continue }
            if inParameter { highest = max(highest, Int(digits) ?? 0); digits = ""; inParameter = false }
            if character == "$" { inParameter = true }
        }
        return highest
    }

    static func values(_ parameters: [PGValue]) -> [String] {
        parameters.map {
            switch $0 {
            case .text(let text): "t:" + text
            case .int(let value): "i:\(value)"
            case .bytes(let bytes): "b:\(bytes)"
            case .null: "null"
            }
        }
    }

    @Test func oneShapeOneTextAndEveryParameterNumbered() throws {
        let twoTasks = projection(sequence: 3, active: [("2", "resepsionis", nil), ("3", "staf-pengaduan", t0)])
        let otherTasks = projection(sequence: 7, active: [("5", "bidang-terkait", t0), ("6", "resepsionis", nil)])
        let first = try #require(PostgresAppend.move(Self.id, [PostgresMoveTests.completed(2, "1"), PostgresMoveTests.start(3, "2", "resepsionis")],
                                                     projection: twoTasks, lookup: true))
        let second = try #require(PostgresAppend.move(CaseID("01-2026-000002"),
                                                      [PostgresMoveTests.completed(6, "4"), PostgresMoveTests.start(7, "5", "bidang-terkait")],
                                                      projection: otherTasks, lookup: true))
        #expect(first.sql == second.sql)
        #expect(Self.values(first.parameters) != Self.values(second.parameters))
        // Shapes: with and without the title, worklists of 0 to 2 rows, visits started and completed or not.
        let shapes: [([CaseEvent], CaseProjection, Bool)] = [
            ([PostgresMoveTests.completed(2, "1"), PostgresMoveTests.start(3, "2", "resepsionis")], twoTasks, true),
            ([PostgresMoveTests.completed(2, "1"), PostgresMoveTests.start(3, "2", "resepsionis")], twoTasks, false),
            ([PostgresMoveTests.completed(2, "1")], projection(sequence: 2), false),
            ([PostgresMoveTests.start(2, "2", "resepsionis"), PostgresMoveTests.start(3, "3", "staf-pengaduan")], twoTasks, true),
            ([PostgresMoveTests.completed(2, "1"), PostgresMoveTests.completed(3, "2")], projection(.completed, sequence: 3), false),
        ]
        for (events, projection, lookup) in shapes {
            let move = try #require(PostgresAppend.move(Self.id, events, projection: projection, lookup: lookup))
            #expect(Self.highestParameter(move.sql) == move.parameters.count)
            #expect(move.sql == PostgresAppend.moveText(.init(lookup: lookup, tasks: projection.status.isFinished ? 0 : projection.active.count,
                                                                 starts: events.filter { if case .stepStarted = $0.kind { true } else { false } }.count,
                                                                 ends: events.filter { if case .stepCompleted = $0.kind { true } else { false } }.count)))
        }
    }

    @Test func theEventsInsertKeptByCountIsTheOneMadeForIt() {
        let rows = (1...9).map { sequence in
            ArchivedEvent(sequence: sequence, at: 1_796_004_000_000, operatorName: "budi", role: "resepsionis", step: "1",
                          type: "note-added", payload: "{}", hash: String(repeating: "a", count: 64))
        }
        for count in 1...9 {
            for checking in [false, true] {
                let insert = PostgresCaseStore.insertEventRows(Array(rows.prefix(count)), for: Self.id.rawValue, checkingSchema: checking)
                #expect(Self.highestParameter(insert.sql) == insert.parameters.count)
                #expect(insert.sql.components(separatedBy: "($1, ").count - 1 == count)
                #expect(insert.sql.contains("schema_migrations") == checking)
            }
        }
    }
}
