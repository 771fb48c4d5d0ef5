import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPPostgres
@testable import SOPStore

func grant(_ sequence: Int, _ operatorName: String, _ role: String, by: String, sop: String? = nil,
           _ action: RosterEntry.Action = .grant) -> RosterEntry {
    RosterEntry(sequence: sequence, at: t0.addingTimeInterval(Double(sequence)), by: by, action: action,
                operatorName: operatorName, role: role, sop: sop)
}

func refusal(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        guard case .unavailable(let message) = error else { return "\(error)" }
        return message.text(.en)
    } catch {
        return "\(error)"
    }
}

/// The roster in the SQLite store: its rules hold for any writer of the file that keeps the
/// triggers (the Roster model says the same before the client writes).
@Suite("Roster in the SQLite store")
struct RosterStoreTests {
    func store() throws -> SQLiteCaseStore {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        return store
    }

    func bootstrapped() throws -> SQLiteCaseStore {
        let store = try store()
        try store.appendRoster(grant(1, "ani", Roster.adminRole, by: "ani"))
        try store.appendRoster(grant(2, "budi", "resepsionis", by: "ani"))
        try store.appendRoster(grant(3, "citra", "staf-pengaduan", by: "ani", sop: "02"))
        return store
    }

    @Test func beforeItsFirstEntryTheRosterIsNotInForce() throws {
        let store = try store()
        #expect(try store.rosterHistory().isEmpty)
        _ = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
    }

    @Test func theFirstEntryMakesItsAuthorTheAdministrator() throws {
        let store = try store()
        #expect(refusal { try store.appendRoster(grant(1, "budi", "resepsionis", by: "ani")) }?
            .contains("its first entry must grant 'pengelola-peran' to yourself") == true)
        #expect(refusal { try store.appendRoster(grant(1, "budi", Roster.adminRole, by: "ani")) } != nil)
        try store.appendRoster(grant(1, "ani", Roster.adminRole, by: "ani"))
        #expect(Roster(history: try store.rosterHistory()).isAdmin("ani"))
    }

    @Test func onlyAdministratorsChangeItAndEveryChangeStaysInTheHistory() throws {
        let store = try bootstrapped()
        #expect(refusal { try store.appendRoster(grant(4, "budi", "staf-pengaduan", by: "budi")) }?
            .contains("only holders of the role 'pengelola-peran'") == true)
        #expect(refusal { try store.appendRoster(grant(4, "budi", "resepsionis", by: "ani")) }?.contains("already holds") == true)
        #expect(refusal { try store.appendRoster(grant(4, "budi", "staf-pengaduan", by: "ani", .revoke)) }?
            .contains("does not hold") == true)
        #expect(refusal { try store.appendRoster(grant(4, "ani", Roster.adminRole, by: "ani", .revoke)) }?
            .contains("last holder") == true)
        #expect(refusal { try store.appendRoster(grant(9, "budi", "bidang-terkait", by: "ani")) }?
            .contains("changed on another terminal") == true)
        try store.appendRoster(grant(4, "budi", "resepsionis", by: "ani", .revoke))
        try store.appendRoster(grant(5, "budi", "resepsionis", by: "ani"))
        let history = try store.rosterHistory()
        #expect(history.map(\.action) == [.grant, .grant, .grant, .revoke, .grant])
        var revoked = history[3]
        revoked.hash = nil
        #expect(revoked == grant(4, "budi", "resepsionis", by: "ani", .revoke))
        #expect(history[2].sop == "02")
        let roster = Roster(history: history)
        #expect(roster.roles(of: "budi", sop: "01") == ["resepsionis"])
        #expect(roster.roles(of: "citra", sop: "01").isEmpty)
        #expect(roster.roles(of: "citra", sop: "02") == ["staf-pengaduan"])
        #expect(roster.asOf(t0.addingTimeInterval(4)).roles(of: "budi", sop: "01").isEmpty, "revoked at 4, granted again at 5")
        for sql in ["UPDATE roster_event SET role = 'x'", "DELETE FROM roster_event"] {
            #expect(throws: StoreError.self, "\(sql)") { try store.withDatabase { db in try db.execute(sql: sql) } }
        }
        // The holdings the triggers keep are what the history says.
        let rows = try store.withDatabase { db in
            try String.fetchAll(db, sql: "SELECT operator || '/' || role || '/' || sop FROM roster_holding ORDER BY 1")
        }
        #expect(rows == ["ani/pengelola-peran/", "budi/resepsionis/", "citra/staf-pengaduan/02"])
    }

    @Test func theStoreRefusesAnEventForARoleItsOperatorDoesNotHold() throws {
        let store = try bootstrapped()
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        // A client that skips the check: citra holds staf-pengaduan for SOP 02 only.
        let forged = CaseEvent(sequence: 2, at: t0, operatorName: "citra", role: "staf-pengaduan",
                               kind: .noteAdded(.init(step: nil, text: "x")))
        #expect(refusal { try store.append([forged], to: id, projection: projection(sequence: 2)) }
            == "the store refused: operator 'citra' does not hold the role 'staf-pengaduan' for this case's SOP; nothing was saved")
        let admin = CaseEvent(sequence: 2, at: t0, operatorName: "ani", role: Roster.adminRole, kind: .casePaused)
        #expect(refusal { try store.append([admin], to: id, projection: projection(sequence: 2)) } != nil,
                "the administrator role is not a role to act in")
        // Hand-written SQL without the chain hash is refused by the table (v12: a CHECK); one
        // with it is what `sop db verify` reports (verifyChecksTheRostersChainItsRulesItsHoldingsAndEveryEventsRole).
        #expect(throws: StoreError.self) {
            try store.withDatabase { db in
                try db.execute(sql: """
                    INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload)
                    VALUES (?, 2, 0, 'citra', 'staf-pengaduan', NULL, 'note-added', '{}')
                    """, arguments: [id.rawValue])
            }
        }
        #expect(try store.events(of: id).count == 1)
        try store.append([event(2, .noteAdded(.init(step: nil, text: "ok")))], to: id, projection: projection(sequence: 2))
        #expect(try store.events(of: id).count == 2)
    }

    @Test func theStoreRefusesAnAnswerToAStepInAnotherRoleThanTheStepsOwn() throws {
        let store = try bootstrapped()
        try store.appendRoster(grant(4, "citra", "staf-pengaduan", by: "ani", sop: "01"))
        let id = try store.startCase(prefix: "01", year: 2026, events: [
            event(1, started), event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: nil))),
        ], projection: projection(sequence: 2))
        // citra holds staf-pengaduan, but step 1 is the receptionist's.
        let check = CaseEvent(sequence: 3, at: t0, operatorName: "citra", role: "staf-pengaduan",
                              kind: .kelengkapanChecked(.init(step: "1", visit: 1, item: "Identitas", present: true)))
        #expect(refusal { try store.append([check], to: id, projection: projection(sequence: 3)) }
            == "the store refused: step 1 is not for the role 'staf-pengaduan' operator 'citra' acted in; nothing was saved")
        var own = check
        own.operatorName = "budi"
        own.role = "resepsionis"
        try store.append([own], to: id, projection: projection(sequence: 3))
    }

    func rosterBreaks(_ store: SQLiteCaseStore) throws -> [String] {
        try ChainVerifier.run(store).breaks.map { $0.message.text(.en) }
    }

    @Test func verifyChecksTheRostersChainItsRulesItsHoldingsAndEveryEventsRole() throws {
        let store = try bootstrapped()
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        #expect(try rosterBreaks(store).filter { $0.contains("roster") || $0.contains("did not hold") }.isEmpty)
        let history = try store.rosterHistory()
        #expect(history.allSatisfy { $0.hash?.count == 64 })
        #expect(history[1].hash == RosterChain.hash(history[1], previous: history[0].hash ?? ""))

        // Someone with the file writes an event in a role not held past the store's check (by
        // hand, its chain hash computed), and adds a holding the history never granted.
        let forged = CaseEvent(sequence: 2, at: t0.addingTimeInterval(60), operatorName: "citra", role: "staf-pengaduan",
                               kind: .noteAdded(.init(step: nil, text: "x")))
        try store.withDatabase { db in
            try db.execute(sql: "INSERT INTO roster_holding VALUES ('citra', 'resepsionis', '', 'ani', 0)")
            let previous = try String.fetchOne(db, sql: SQLiteCaseStore.headSQL.replacingOccurrences(of: "sequence, hash", with: "hash"),
                                               arguments: [id.rawValue]) ?? ""
            for row in EventChain.linked([forged.archived], caseID: id.rawValue, previous: previous) {
                try db.execute(sql: EventRecord.insertSQL, arguments: EventRecord(caseID: id, row).arguments)
            }
        }
        var breaks = try rosterBreaks(store)
        #expect(breaks.contains("case \(id.rawValue), sequence 2: written by 'citra' in the role 'staf-pengaduan', which they did not hold at that time"))
        #expect(breaks.contains { $0.hasPrefix("the holdings table does not match the roster history: stored [") })

        // Then rewrites a grant in the history: its chain no longer holds.
        try store.withDatabase { db in
            try db.execute(sql: "DROP TRIGGER roster_event_append_only_update; UPDATE roster_event SET role = 'resepsionis' WHERE sequence = 3")
        }
        breaks = try rosterBreaks(store)
        #expect(breaks.contains { $0.hasPrefix("roster, sequence 3: the event's hash does not match its content") }, "\(breaks)")
    }

    @Test func aPINIsKeptOnlyAsASaltedHashAndLocksAfterFiveWrongTries() throws {
        let store = try store()
        let record = try PINHash.make("rahasia-1", operatorName: "budi", at: t0, by: "ani")
        #expect(record.hash.count == 32 && record.salt.count == 16 && record.parameters == "scrypt:32768:8:1")
        let other = try PINHash.make("rahasia-1", operatorName: "citra", at: t0, by: "ani")
        #expect(record.hash != other.hash, "salted: the same PIN hashes differently")
        try store.savePIN(record)
        let stored = try #require(try store.pin(of: "budi"))
        #expect(PINHash.verify("rahasia-1", against: stored))
        #expect(!PINHash.verify("rahasia-2", against: stored))
        let file = try store.withDatabase { db in try Data.fetchOne(db, sql: "SELECT hash FROM operator_pin") }
        #expect(file.map(Array.init) == record.hash)
        for attempt in 1...4 {
            let after = try #require(try store.recordPINAttempt(of: "budi", success: false, at: t0))
            #expect(after.failures == attempt && after.lockedUntil == nil)
        }
        #expect(try store.recordPINAttempt(of: "budi", success: true, at: t0)?.failures == 0, "a right PIN clears the count")
        var last: PINRecord?
        for _ in 1...5 { last = try store.recordPINAttempt(of: "budi", success: false, at: t0) }
        #expect(last?.lockedUntil == t0.addingTimeInterval(PINRecord.lockout))
        // A new PIN (an administrator's reset) starts afresh.
        try store.savePIN(try PINHash.make("baru-123", operatorName: "budi", at: t0, by: "ani"))
        #expect(try store.pin(of: "budi")?.lockedUntil == nil)
    }
}

/// The server enforces the roster: two desks, each its own database user, and hand-written SQL.
@Suite("Roster on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresRosterTests {
    struct Desk {
        let user: String
        let address: PostgresAddress
    }

    /// A database user of its own (cluster-wide, dropped at the end), granted what a desk needs.
    static func desk(_ prefix: String, schema: PostgresTestServer.Schema) throws -> Desk {
        let user = prefix + "_" + schema.name.suffix(8)
        let owner = try schema.connection()
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"] ?? ""
        try owner.execute("CREATE ROLE \(user) LOGIN PASSWORD '\(password)'")
        try owner.execute(PostgresRoster.deskGrants(schema: schema.name, user: user))
        let ownerUser = schema.base.parameters["user"] ?? "sop"
        let uri = schema.address.uri.replacingOccurrences(of: "//\(ownerUser)@", with: "//\(user)@")
        return Desk(user: user, address: try PostgresAddress(uri))
    }

    static func drop(_ desks: [Desk], schema: PostgresTestServer.Schema) {
        guard let owner = try? schema.connection() else { return }
        for desk in desks {
            _ = try? owner.execute("DROP OWNED BY \(desk.user); DROP ROLE IF EXISTS \(desk.user)")
        }
    }

    /// The owner the administrator, desk A's user `resepsionis`, desk B's `staf-pengaduan`.
    static func grantStaff(_ owner: PostgresCaseStore, _ a: Desk, _ b: Desk) throws {
        let admin = try #require(owner.authenticatedUser)
        try owner.appendRoster(grant(1, admin, Roster.adminRole, by: admin))
        try owner.appendRoster(grant(2, a.user, "resepsionis", by: admin))
        try owner.appendRoster(grant(3, b.user, "staf-pengaduan", by: admin))
    }

    /// A case started by the desk, on a revision the owner saved: the desk's store, and the case.
    static func startCase(_ owner: PostgresCaseStore, at desk: Desk) throws -> (PostgresCaseStore, CaseID) {
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try owner.saveRevision(revision)
        let store = try PostgresCaseStore(address: desk.address)
        let first = CaseEvent(sequence: 1, at: t0, operatorName: desk.user, role: "resepsionis", kind: started)
        return (store, try store.startCase(prefix: "01", year: 2026, events: [first], projection: projection(sequence: 1)))
    }

    /// Each statement refused by the server for want of a right (42501), its message containing the expected words.
    static func expectRefused(_ statements: [(sql: String, expected: String)], on raw: PGConnection) throws {
        for (sql, expected) in statements {
            do {
                try raw.execute(sql)
                Issue.record("went through: \(sql)")
            } catch {
                guard case .server(let state, let message) = error else { throw error }
                #expect(message.contains(expected), "\(sql): \(message)")
                #expect(state == "42501", "\(sql): \(state)")
            }
        }
    }

    /// The server's functions read the unit's tables, never a table of the desk's session: a
    /// desk's temporary `roster_holding`, `roster_event` or `web_gateway` (before v12 the first
    /// let a desk write in any role) changes nothing.
    @Test func aDesksTemporaryTablesDoNotStandInForTheRoster() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Self.desk("desk_a", schema: schema), b = try Self.desk("desk_b", schema: schema)
        defer { Self.drop([a, b], schema: schema) }
        try Self.grantStaff(owner, a, b)
        let (_, id) = try Self.startCase(owner, at: a)

        let raw = try PGConnection(b.address)
        try raw.execute("""
            CREATE TEMP TABLE roster_holding (operator TEXT, role TEXT, sop TEXT, granted_by TEXT, granted_at BIGINT);
            INSERT INTO roster_holding VALUES ('\(b.user)', 'resepsionis', '', '\(b.user)', 0), ('\(a.user)', 'resepsionis', '', '\(b.user)', 0);
            CREATE TEMP TABLE roster_event (sequence INTEGER);
            CREATE TEMP TABLE web_gateway (db_user TEXT);
            INSERT INTO web_gateway VALUES ('\(b.user)');
            """)
        func insert(as operatorName: String) -> String {
            "INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload) "
                + "VALUES ('\(id.rawValue)', 2, 0, '\(operatorName)', 'resepsionis', NULL, 'note-added', '{}')"
        }
        try Self.expectRefused([(insert(as: b.user), "role-not-held"), (insert(as: a.user), "not-session-user")], on: raw)
        #expect(try owner.events(of: id).count == 1)
        // Every function that runs with its owner's rights searches the unit's schema (and, for the
        // PIN and one-time-code functions, its private schema, v13), then pg_temp last; the roster's
        // event check also plans its statements once (v26), and nothing else.
        let paths = try schema.connection().query("""
            SELECT DISTINCT array_to_string(proconfig, ',') FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND prosecdef
            """).texts
        #expect(Set(paths) == ["search_path=\(schema.name), pg_temp",
                               "search_path=\(schema.name), pg_temp,plan_cache_mode=force_generic_plan",
                               "search_path=\(schema.name), \(PostgresSecrets.schema(of: schema.name)), pg_temp"], "\(paths)")
        #expect(try schema.connection().query("""
            SELECT array_to_string(proconfig, ',') FROM pg_proc WHERE oid = 'sop_case_event_role_held'::regproc
            """).text(0, 0) == "search_path=\(schema.name), pg_temp,plan_cache_mode=force_generic_plan")
    }

    @Test func aDeskWritesOnlyInTheRolesItsDatabaseUserHolds() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Self.desk("desk_a", schema: schema), b = try Self.desk("desk_b", schema: schema)
        defer { Self.drop([a, b], schema: schema) }
        let admin = try #require(owner.authenticatedUser)
        #expect(refusal { try owner.appendRoster(grant(1, "budi", Roster.adminRole, by: "budi")) }?
            .contains("whoever grants is the connected database user") == true)
        try Self.grantStaff(owner, a, b)
        let (deskA, id) = try Self.startCase(owner, at: a)
        #expect(deskA.authenticatedUser == a.user)

        // Desk B through the store, as a modified client would: refused by the server.
        let deskB = try PostgresCaseStore(address: b.address)
        let asReception = CaseEvent(sequence: 2, at: t0, operatorName: b.user, role: "resepsionis",
                                    kind: .noteAdded(.init(step: nil, text: "x")))
        #expect(refusal { try deskB.append([asReception], to: id, projection: projection(sequence: 2)) }
            == "the store refused: operator '\(b.user)' does not hold the role 'resepsionis' for this case's SOP; nothing was saved")
        // Desk B by hand, with psql-like SQL: in a role it does not hold, or under desk A's name.
        let raw = try PGConnection(b.address)
        let statements = [
            ("INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload) VALUES ('\(id.rawValue)', 2, 0, '\(b.user)', 'resepsionis', NULL, 'note-added', '{}')", "role-not-held"),
            ("INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload) VALUES ('\(id.rawValue)', 2, 0, '\(a.user)', 'resepsionis', NULL, 'note-added', '{}')", "not-session-user"),
            ("INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop) VALUES (4, 0, '\(b.user)', 'grant', '\(b.user)', 'resepsionis', '')", "not-admin"),
            ("INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop) VALUES (4, 0, '\(admin)', 'grant', '\(b.user)', 'resepsionis', '')", "not-session-user"),
            ("INSERT INTO roster_holding (operator, role, sop, granted_by, granted_at) VALUES ('\(b.user)', 'resepsionis', '', 'x', 0)", "permission denied"),
            ("ALTER TABLE case_event DISABLE TRIGGER case_event_role_held", "must be owner"),
            // The one-round-trip function (v8) runs with the desk's own rights: the same checks.
            ("SELECT sop_append_case('\(id.rawValue)', 1, '{0}', '{\(b.user)}', '{resepsionis}', '{NULL}', '{case-paused}', '{\"{}\"}', "
                + "false, '', '', true, 'dijeda', 0, 2, NULL, NULL, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', "
                + "'{}', '{}', '{}', '{}', '{}')", "role-not-held"),
            // And so does the function for events the desk linked itself (v9).
            ("SELECT sop_append_case_linked('\(id.rawValue)', 1, '{0}', '{\(b.user)}', '{resepsionis}', '{NULL}', '{case-paused}', "
                + "'{\"{}\"}', '{x}', false, '', '', true, 'dijeda', 0, 2, NULL, NULL, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', "
                + "'{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}')", "role-not-held"),
        ]
        try Self.expectRefused(statements, on: raw)
        #expect(try owner.events(of: id).count == 1)
        // Desk A holds resepsionis, but a step in desk B's role is not for it.
        let stepOfB = CaseEvent(sequence: 2, at: t0, operatorName: a.user, role: "resepsionis",
                                kind: .stepStarted(.init(step: "3", visit: 1, role: "staf-pengaduan", due: nil)))
        try deskA.append([stepOfB], to: id, projection: projection(sequence: 2))
        let answer = CaseEvent(sequence: 3, at: t0, operatorName: a.user, role: "resepsionis",
                               kind: .kelengkapanChecked(.init(step: "3", visit: 1, item: "Berkas", present: true)))
        #expect(refusal { try deskA.append([answer], to: id, projection: projection(sequence: 3)) }?
            .contains("step 3 is not for the role 'resepsionis'") == true)
        // In its own role, desk B writes.
        var asStaff = answer
        asStaff.operatorName = b.user
        asStaff.role = "staf-pengaduan"
        try deskB.append([asStaff], to: id, projection: projection(sequence: 3))
        #expect(try owner.events(of: id).map(\.operatorName) == [a.user, a.user, b.user])
        #expect(try owner.rosterHistory().count == 3)
        // (The hand-made projections above leave derived rows verify also reports; the roster's own checks hold.)
        let rosterBreaks = try ChainVerifier.run(owner).breaks.map { $0.message.text(.en) }
            .filter { $0.contains("roster") || $0.contains("did not hold") }
        #expect(rosterBreaks.isEmpty, "every event in a role held, the roster's chain whole: \(rosterBreaks)")
        // Only the owner can switch the check off; verify still finds what it let through.
        try schema.connection().execute("ALTER TABLE case_event DISABLE TRIGGER case_event_role_held")
        var forged = asStaff
        forged.sequence = 4
        forged.at = t0.addingTimeInterval(60)
        forged.role = "resepsionis"
        forged.kind = .noteAdded(.init(step: nil, text: "x"))
        try deskB.append([forged], to: id, projection: projection(sequence: 4))
        let after = try ChainVerifier.run(owner).breaks.map { $0.message.text(.en) }
        #expect(after.contains(
            "case \(id.rawValue), sequence 4: written by '\(b.user)' in the role 'resepsionis', which they did not hold at that time"),
                "\(after)")
    }
}
