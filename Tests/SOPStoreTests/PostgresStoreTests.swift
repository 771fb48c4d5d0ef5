import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// What only the PostgreSQL store has to show: many desks on one server at once, migrations
/// racing, and connections that break. Each test works in a schema of its own.
@Suite("PostgreSQL store", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresStoreTests {
    typealias Schema = PostgresTestServer.Schema

    func seeded(_ store: CaseStore) throws -> CaseID {
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        return try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
    }

    func note(_ sequence: Int, _ text: String) -> CaseEvent {
        event(sequence, .noteAdded(.init(step: nil, text: text)))
    }

    func backend(of store: PostgresCaseStore) throws -> Int32 {
        try store.perform { c, _ in c.backendPID }
    }

    /// Ends a server process and waits until it is gone, as a crash or a network cut would.
    func terminate(_ pid: Int32, via connection: PGConnection) throws {
        let killed = try connection.query("SELECT pg_terminate_backend($1, 5000)", [.int(Int64(pid))])
        #expect(killed.bool(0, 0))
    }

    @Test func eventsAreAppendOnlyAndTheMigrationIsRecorded() throws {
        let schema = try Schema()
        let store = try schema.store()
        _ = try seeded(store)
        let raw = try schema.connection()
        for sql in ["UPDATE case_event SET operator = 'x'", "DELETE FROM case_event", "TRUNCATE case_event CASCADE"] {
            do {
                try raw.execute(sql)
                Issue.record("\(sql) went through")
            } catch {
                guard case .server(_, let message) = error else { throw error }
                #expect(message.contains("append-only"), "\(sql): \(message)")
            }
        }
        #expect(try raw.query("SELECT count(*) FROM case_event").integer(0, 0) == 1)
        #expect(try raw.query("SELECT name FROM schema_migrations ORDER BY version").texts == [
            "v1: event log, cases, tasks, revisions, attachments", "v2: step visits and case ends, for reports",
            "v3: hash chain of case events, chain seals",
            "v4: roster of operators and roles, checked by the server",
            "v5: case titles, tracking codes and search keys",
            "v6: web sessions",
            "v7: live updates: worklist changes notify sop_tugas",
            "v8: every answer and step in one round trip (sop_append_case)",
            "v9: shared web rate limits",
            "v10: events linked by the desk, the primary key as the check (sop_append_case_linked)",
            "v11: worklist notices sent after the commit by sop (sop_live_flush), the role check in one query",
            PostgresLeanAnswer.name,
            "v13: PINs and one-time-code secrets in a schema of their own, out of every desk's reach",
            "v14: the roster check reads the events, not rows a desk updates; fixed columns of cases and step visits",
            PostgresGuardRows.name,
            PostgresReaderRole.name,
            PostgresPersonalAccess.name,
            PostgresSessionGuard.name,
            PostgresCaseProof.name,
            PostgresOperatorAccess.name,
            PostgresPINSessions.name,
            PostgresGatewayCheck.name,
            PostgresAccessLog.name,
            PostgresAccessLogGuard.name,
            PostgresResumeGuard.name,
            PostgresQuickCheck.name,
            PostgresJointRoles.name,
            PostgresDerivedGuard.name,
            PostgresBranchCorrection.name,
        ])
        #expect(try store.migrationStatus().pending.isEmpty)
    }

    @Test func upgradingAVersion1StoreBackfillsStepVisits() throws {
        let schema = try Schema()
        let raw = try schema.connection()
        // A store as version 1 left it, with one finished case.
        try raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        try raw.execute(PostgresMigrations.all[0].sql)
        try raw.query("INSERT INTO schema_migrations (version, name) VALUES (1, $1)", [.text(PostgresMigrations.all[0].name)])
        try raw.execute("INSERT INTO sop_revision VALUES ('rev', '01', 'J', '-', 'p', '\\x00', 0)")
        try raw.query("INSERT INTO sop_case VALUES ('01-2026-000001', '01', 'J', 'rev', 'selesai', $1, $1, 4)", [.int(t0.milliseconds)])
        let events = [
            event(1, .caseStarted(.init(nomor: "01", judul: "J", revision: "rev", revisionDate: "-", file: "p",
                                        due: t0.addingTimeInterval(6000)))),
            event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: t0.addingTimeInterval(300)))),
            event(3, .stepCompleted(.init(step: "1", visit: 1, used: 240)), at: 4),
            event(4, .caseCompleted, at: 4),
        ]
        for row in events.map(\.archived) {
            try raw.query("INSERT INTO case_event VALUES ('01-2026-000001', $1, $2, $3, $4, $5, $6, $7)", [
                .int(row.sequence), .int(row.at), .text(row.operatorName), .optional(row.role), .optional(row.step),
                .text(row.type), .text(row.payload)])
        }
        // Opening alone never migrates it (refused, nothing changed): `sop db migrate` does.
        #expect(throws: StoreError.self) { _ = try schema.store() }
        let store = try schema.store(asIs: true)
        _ = try store.migrate()
        let id = CaseID("01-2026-000001")
        // Migration v3 linked the old events on the server (sop_event_hash); the chain the
        // client recomputes on reading holds: both build the same canonical bytes.
        #expect(try store.events(of: id) == events)
        #expect(try store.visits(VisitFilter()) == [
            VisitRow(caseID: id, nomor: "01", revision: "rev", step: "1", visit: 1, role: "resepsionis", startedAt: t0,
                     due: t0.addingTimeInterval(300), completedAt: t0.addingTimeInterval(240), completedBy: "budi", used: 240),
        ])
        let summary = try #require(try store.summary(of: id))
        #expect(summary.projection.endedAt == t0.addingTimeInterval(240))
        #expect(summary.projection.due == t0.addingTimeInterval(6000))
    }

    @Test func desksStartingAtOnceMigrateOnce() throws {
        let schema = try Schema()
        let results = Box<Result<Void, StoreError>>()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do {
                _ = try schema.store()
                results.append(.success(()))
            } catch {
                results.append(.failure(error as? StoreError ?? .unavailable(.init(verbatim: "\(error)"))))
            }
        }
        #expect(results.items.count == 6)
        for result in results.items { #expect(throws: Never.self) { try result.get() } }
        #expect(try schema.connection().query("SELECT count(*) FROM schema_migrations").integer(0, 0) == PostgresMigrations.all.count)
    }

    @Test func caseIDsStayUniqueAcrossDesks() throws {
        let schema = try Schema()
        let stores = try (0..<6).map { _ in try schema.store() }
        _ = try seeded(stores[0])
        let ids = Box<CaseID>()
        DispatchQueue.concurrentPerform(iterations: stores.count) { desk in
            for _ in 0..<10 {
                if let id = try? stores[desk].startCase(prefix: "01", year: 2026, events: [event(1, started)],
                                                        projection: projection(sequence: 1)) {
                    ids.append(id)
                }
            }
        }
        let expected = (1...61).map { CaseID.make(prefix: "01", year: 2026, sequence: $0) }
        #expect((ids.items + [CaseID("01-2026-000001")]).sorted() == expected)
        #expect(try stores[0].counters() == [CaseCounter(prefix: "01", year: 2026, last: 61)])
    }

    @Test func desksAppendingToOneCaseNeverLoseOrDuplicateAnEvent() throws {
        let schema = try Schema()
        let stores = try (0..<4).map { _ in try schema.store() }
        let id = try seeded(stores[0])
        DispatchQueue.concurrentPerform(iterations: stores.count) { desk in
            var written = 0
            while written < 15 {
                guard let last = try? stores[desk].events(of: id).count else { return }
                do {
                    try stores[desk].append([note(last + 1, "meja \(desk) catatan \(written)")], to: id,
                                            projection: projection(sequence: last + 1))
                    written += 1
                } catch StoreError.stale {
                    continue  // another desk moved first: read again
                } catch {
                    return
                }
            }
        }
        let events = try stores[0].events(of: id)
        #expect(events.map(\.sequence) == Array(1...61))
        let texts = events.compactMap { if case .noteAdded(let note) = $0.kind { note.text } else { nil } }
        #expect(Set(texts).count == 60, "every note once")
        // Notes write only their event rows: the case row stays where the last worklist change left it.
        #expect(try stores[0].summary(of: id)?.projection.lastSequence == 1)
    }

    @Test func aDroppedConnectionIsReopenedAndTheWriteGoesThrough() throws {
        let schema = try Schema()
        let store = try schema.store()
        let id = try seeded(store)
        let admin = try schema.connection()
        try terminate(try backend(of: store), via: admin)
        try store.append([note(2, "setelah putus")], to: id, projection: projection(sequence: 2))
        try terminate(try backend(of: store), via: admin)
        #expect(try store.events(of: id).map(\.sequence) == [1, 2])
    }

    @Test func aCutBeforeCommitIsRolledBackAndRetriedOnce() throws {
        let schema = try Schema()
        let store = try schema.store()
        let id = try seeded(store)
        let cuts = Box<Int>()
        let (pid, admin) = (try backend(of: store), try schema.connection())
        store.hooks.beforeCommit = {
            guard cuts.items.isEmpty else { return }
            cuts.append(1)
            try? self.terminate(pid, via: admin)
        }
        try store.append([note(2, "satu"), note(3, "dua")], to: id, projection: projection(sequence: 3))
        #expect(cuts.items.count == 1)
        #expect(try schema.connection().query("SELECT sequence FROM case_event ORDER BY sequence").integers == [1, 2, 3])
    }

    @Test func aLostCommitAcknowledgementWritesNothingTwice() throws {
        let schema = try Schema()
        let store = try schema.store()
        let id = try seeded(store)
        // The append committed, its answer was lost, the retry finds its own events: success.
        store.hooks.loseNextCommitAcknowledgement = true
        try store.append([note(2, "sekali")], to: id, projection: projection(sequence: 2))
        #expect(!store.hooks.loseNextCommitAcknowledgement)
        #expect(try store.events(of: id).map(\.sequence) == [1, 2])
        // The same for a new case: the retry returns the case already written.
        store.hooks.loseNextCommitAcknowledgement = true
        let second = try store.startCase(prefix: "01", year: 2026, events: [event(1, started, at: 5)], projection: projection(sequence: 1))
        #expect(second.rawValue == "01-2026-000002")
        #expect(try store.caseIDs() == ["01-2026-000001", "01-2026-000002"])
        #expect(try store.counters() == [CaseCounter(prefix: "01", year: 2026, last: 2)])
        // Cut before COMMIT, and another desk writes in between: the retry is a stale write.
        let other = try schema.store()
        let (pid, admin) = (try backend(of: store), try schema.connection())
        store.hooks.beforeCommit = {
            store.hooks.beforeCommit = nil
            try? self.terminate(pid, via: admin)
            try? other.append([note(3, "meja lain")], to: id, projection: projection(sequence: 3))
        }
        #expect(throws: StoreError.stale(id, expected: 2, found: 3)) {
            try store.append([note(3, "meja ini")], to: id, projection: projection(sequence: 3))
        }
        #expect(try store.events(of: id).last == note(3, "meja lain"))
    }

    @Test func aServerThatStaysAwayLosesNothingCommittedAndTheSameAnswerCanBeRetried() throws {
        let schema = try Schema()
        let admin = try schema.connection()
        _ = try schema.store()
        let role = schema.name + "_desk"
        try admin.execute("""
            CREATE ROLE \(role) LOGIN PASSWORD 'desk-secret';
            GRANT USAGE ON SCHEMA \(schema.name) TO \(role);
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema.name) TO \(role);
            """)
        defer { _ = try? admin.execute("DROP OWNED BY \(role); DROP ROLE \(role)") }
        var components = URLComponents(string: schema.base.uri)!
        components.user = role
        components.password = "desk-secret"
        let desk = try PostgresCaseStore(address: try PostgresAddress(components.string!).inSchema(schema.name))
        desk.retryWindow = 1  // it stays away: retried for a second, then given up
        let id = try seeded(desk)
        try desk.append([note(2, "tersimpan")], to: id, projection: projection(sequence: 2))

        // The server goes away for this desk in the middle of the next answer.
        let pid = try backend(of: desk)
        desk.hooks.beforeCommit = {
            _ = try? admin.execute("ALTER ROLE \(role) NOLOGIN")
            try? self.terminate(pid, via: admin)
        }
        let answer = [note(3, "jawaban yang sama")]
        do {
            try desk.append(answer, to: id, projection: projection(sequence: 3))
            Issue.record("the append went through")
        } catch {
            guard case .unavailable(let message) = error else { throw error }
            #expect(message.en.hasPrefix("the connection to PostgreSQL was lost"))
            #expect(message.id.hasPrefix("sambungan ke PostgreSQL terputus"))
            #expect(!message.en.contains("desk-secret"))
        }
        #expect(try admin.query("SELECT sequence FROM case_event ORDER BY sequence").integers == [1, 2], "nothing committed is lost")

        // Back again: the operator gives the same answer, and it is written once.
        desk.hooks.beforeCommit = nil
        try admin.execute("ALTER ROLE \(role) LOGIN")
        try desk.append(answer, to: id, projection: projection(sequence: 3))
        #expect(try desk.events(of: id).map(\.sequence) == [1, 2, 3])
    }

    @Test func connectionProblemsSaySoWithoutThePassword() throws {
        let schema = try Schema()
        var components = URLComponents(string: schema.base.uri)!
        let server = "\(components.host ?? ""):\(components.port.map(String.init) ?? "5432")"
        components.password = "kata-sandi-salah"
        #expect(throws: StoreError.unavailable(Catalog.Postgres.wrongPassword(user: components.user ?? "", server: server))) {
            try PostgresCaseStore(address: try PostgresAddress(components.string!))
        }
        components.password = nil
        components.path = "/sop_tidak_ada_\(schema.name)"
        #expect(throws: StoreError.unavailable(Catalog.Postgres.unknownDatabase(String(components.path.dropFirst()), server: server))) {
            try PostgresCaseStore(address: try PostgresAddress(components.string!))
        }
    }

    /// Tester 12 (F6): a service's password file is PGPASSFILE's (it has no home): a refused
    /// connection names that file, and which line it lacks, never ~/.pgpass.
    @Test func aPasswordFileInUseIsTheOneTheErrorNames() throws {
        let plain = try PostgresAddress("postgres://sopweb@localhost/sop_pulih")
        #expect(plain.passwordFile(environment: [:]) == nil)
        #expect(plain.passwordFile(environment: ["PGPASSFILE": "/etc/sop/pgpass"]) == "/etc/sop/pgpass")
        #expect(try PostgresAddress("postgres://sopweb@localhost/sop_pulih?passfile=/srv/pgpass")
            .passwordFile(environment: ["PGPASSFILE": "/etc/sop/pgpass"]) == "/srv/pgpass")
        let missing = Catalog.Postgres.noPassword(user: "sopweb", server: "localhost:5432", database: "sop_pulih", passfile: "/etc/sop/pgpass")
        #expect(missing.text(.id) == "server PostgreSQL localhost:5432 meminta kata sandi untuk pengguna 'sopweb', dan /etc/sop/pgpass (PGPASSFILE) tidak memiliki baris untuknya; tambahkan baris localhost:5432:sop_pulih:sopweb:KATA-SANDI (atau * sebagai basis data) ke /etc/sop/pgpass, atau berikan lewat PGPASSWORD")
        #expect(!missing.text(.en).contains("~/.pgpass"))
        #expect(Catalog.Postgres.noPassword(user: "sopweb", server: "localhost:5432").text(.id).contains("~/.pgpass"))
        // On the server: a refused password names the file the connection was given.
        let schema = try Schema()
        var components = URLComponents(string: schema.base.uri)!
        let server = "\(components.host ?? ""):\(components.port.map(String.init) ?? "5432")"
        components.password = "kata-sandi-salah"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(schema.name)").path
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "passfile", value: file)]
        let expected = Catalog.Postgres.wrongPassword(user: components.user ?? "", server: server, passfile: file)
        #expect(expected.text(.id).contains("\(file) (PGPASSFILE)"))
        #expect(throws: StoreError.unavailable(expected)) { try PostgresCaseStore(address: try PostgresAddress(components.string!)) }
    }
}

/// Collects results from concurrent work.
final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [T] = []
    func append(_ item: T) { lock.withLock { stored.append(item) } }
    var items: [T] { lock.withLock { stored } }
}
