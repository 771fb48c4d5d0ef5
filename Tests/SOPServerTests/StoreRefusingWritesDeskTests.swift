import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// The web desk while its store refuses writes (a newer sop migrated it under the running app,
/// README: Upgrading sop): every page says so in a banner before a clerk types anything, and
/// disables the forms that would write; the write itself still answers the 503 page and writes
/// nothing. The same on SQLite and PostgreSQL, where the web desk's own writes (sessions, login
/// counters) are refused as a case's are.
@Suite(.timeLimit(.minutes(10)))
struct StoreRefusingWritesDeskTests {
    static let bannerID = "Meja ini sedang tidak dapat menyimpan: basis data diperbarui oleh versi sop lain. Jangan mengisi formulir; hubungi operator TI."
    static let bannerEN = "This desk cannot save anything for now: the database was updated by another version of sop."

    /// budi's step 1 form of a case started before the store changed, and its fields.
    static func answer(_ page: String) -> [(String, String)] {
        [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "0812 3456 7890"), ("f.cara_menghubungi", "Telepon"),
         ("f.maksud", "Izin usaha"), ("o.0", "dicatat"), ("versi", CaseFlowTests.versi(page))]
    }

    /// The pages budi opens once the store refuses writes: each has the banner, its writing forms
    /// disabled, and neither the store's path nor a version.
    static func expectHeld(_ budi: Harness.Browser, id: String, step: String, store: String) async throws {
        for uri in ["/", "/sop/01/mulai", step, "/kasus/\(id)", "/kasus/\(id)/jeda", "/kasus/\(id)/batal"] {
            let page = try await budi.get(uri)
            #expect(page.status == .ok, "\(uri): \(page.status)")
            #expect(page.body.contains(Self.bannerID), "\(uri): \(page.body)")
            #expect(!page.body.contains(store) && !page.body.contains("v18") && !page.body.contains("v26"), "\(uri)")
            // Every form in the page's content that posts to write is held (the header's Keluar is not content).
            let main = page.body.components(separatedBy: "<main>").last ?? ""
            let writing = main.components(separatedBy: "<form ").dropFirst()
                .filter { $0.prefix { $0 != ">" }.contains("method=\"post\"") && !$0.hasPrefix("id=\"cari-kasus\"") }
            #expect(writing.allSatisfy { $0.drop { $0 != ">" }.hasPrefix("><fieldset class=\"ditahan\" disabled>") }, "\(uri)")
        }
        let form = try await budi.get(step).body
        // The step's form: its fields and its button inside the disabled fieldset.
        let held = try #require(form.range(of: "<form id=\"langkah\"").map { form[$0.lowerBound...] })
        #expect(held.contains("enctype=\"multipart/form-data\"><fieldset class=\"ditahan\" disabled>"), "\(held.prefix(400))")
        let inside = held[..<(held.range(of: "</form>")?.lowerBound ?? held.endIndex)]
        #expect(inside.contains("name=\"f.nama\"") && inside.contains("type=\"submit\"") && inside.hasSuffix("</fieldset>"))
        // Finding a case reads only: it stays usable.
        let worklist = try await budi.get("/").body
        #expect(worklist.contains("<form id=\"cari-kasus\" method=\"post\" action=\"/cari-kasus\">\n"), "\(worklist)")
        #expect(try await budi.get(step + "?lang=en").body.contains(Self.bannerEN))
        try await budi.get(step + "?lang=id")
    }

    /// What a newer sop's `sop db migrate` leaves in a SQLite store: a schema change and its row.
    static func migrateAsANewerSop(_ path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE future_v18 (x INTEGER)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')")
        }
    }

    @Test func onSQLiteThePagesSayItBeforeAFormIsFilledAndTheAnswerStillWritesNothing() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, step) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(step)
        #expect(!page.body.contains(Self.bannerID) && !page.body.contains("ditahan"))
        let events = { try DatabaseQueue(path: harness.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_event") } }
        let before = try events()
        // A newer sop's `sop db migrate`, under the running app.
        try Self.migrateAsANewerSop(harness.path)
        try await Self.expectHeld(budi, id: id, step: step, store: harness.path)
        let refused = try await budi.post(step, Self.answer(page.body))
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.body.contains(Catalog.StoreSchema.onTheWeb.text(.id)), "\(refused.body)")
        #expect(!refused.body.contains(harness.path))
        #expect(try events() == before)
        // A login is refused the same way.
        let citra = harness.browser(address: "192.0.2.11")
        #expect(try await citra.login("citra").status == .serviceUnavailable)
    }

    /// The login page, public: the same banner before a name or PIN is typed (no path, no
    /// version), its form held; a login sent anyway (a page opened before) comes back to it with
    /// a sentence of its own, 503, the name kept, no PIN checked or counted, no session.
    @Test func onSQLiteTheLoginPageSaysItAndALoginAttemptIsToldWhy() async throws {
        let harness = try await Harness()
        let citra = harness.browser(address: "192.0.2.11")
        let before = try await citra.get("/masuk")
        #expect(before.status == .ok)
        #expect(!before.body.contains(Self.bannerID) && !before.body.contains("ditahan"))
        // Read with GRDB: the store itself no longer opens on the newer schema.
        let failures = {
            try DatabaseQueue(path: harness.path).read { db in try Int.fetchOne(db, sql: "SELECT failures FROM operator_pin WHERE operator = 'citra'") }
        }
        let counted = try failures()
        try Self.migrateAsANewerSop(harness.path)

        let page = try await citra.get("/masuk")
        #expect(page.status == .ok)
        #expect(page.body.contains(Self.bannerID), "\(page.body)")
        #expect(!page.body.contains(harness.path) && !page.body.contains("v18"))
        #expect(page.body.contains("<form id=\"masuk\" method=\"post\" action=\"/masuk\"><fieldset class=\"ditahan\" disabled>"),
                "\(page.body)")
        #expect(try await citra.get("/masuk?lang=en").body.contains(Self.bannerEN))
        try await citra.get("/masuk?lang=id")

        // A wrong PIN and the right one: the same answer, neither checked nor counted.
        for pin in ["salah-sekali", Harness.pins["citra"]!] {
            let sent = try await citra.post("/masuk", [("nama", "citra"), ("pin", pin)])
            #expect(sent.status == .serviceUnavailable)
            #expect(sent.body.contains(Self.bannerID))
            #expect(sent.body.contains(Catalog.StoreSchema.loginHeld.text(.id)), "\(sent.body)")
            #expect(sent.body.contains("id=\"nama\" name=\"nama\" value=\"citra\""))
            #expect(!sent.body.contains(pin) && !sent.body.contains(harness.path) && !sent.body.contains("v18"))
            #expect(!sent.body.contains(Catalog.WebLogin.loginRefused.text(.id)))
            #expect(citra.cookies["sop_sesi"] == nil)
        }
        #expect(try failures() == counted)
        let english = try await citra.post("/masuk?lang=en", [("nama", "citra"), ("pin", "salah-sekali")])
        #expect(english.status == .serviceUnavailable)
        #expect(english.body.contains(Catalog.StoreSchema.loginHeld.text(.en)) && english.body.contains(Self.bannerEN), "\(english.body)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                   "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"))
    func onPostgreSQLTheSameAndTheWebDesksOwnWritesAreRefusedToo() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        defer { try? PostgresSchema.drop(schema, at: try PostgresAddress(ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"]!)) }
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (index, (name, role)) in [(me, "pengelola-peran"), ("budi", "resepsionis"), ("citra", "staf-pengaduan")].enumerated() {
            try owner.appendRoster(RosterEntry(sequence: index + 1, at: Harness.monday, by: me, action: .grant, operatorName: name, role: role, sop: nil))
        }
        for name in ["budi", "citra"] { try owner.savePIN(try PINHash.make(Harness.pins[name]!, operatorName: name, at: Harness.monday, by: me)) }
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let harness = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, step) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(step)
        #expect(!page.body.contains(Self.bannerID))
        let count = { (table: String) in try PGConnection(address).query("SELECT count(*) FROM \(table)").integer(0, 0) }
        let events = try count("case_event"), sessions = try count("web_session")
        let failures = try owner.pin(of: "citra")?.failures
        // A newer sop's `sop db migrate`, under the running app.
        try PGConnection(address).query("INSERT INTO schema_migrations (version, name) VALUES (29, 'v29: something a newer sop added')")
        try await Self.expectHeld(budi, id: id, step: step, store: address.redacted)
        let refused = try await budi.post(step, Self.answer(page.body))
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.body.contains(Catalog.StoreSchema.onTheWeb.text(.id)), "\(refused.body)")
        #expect(try count("case_event") == events)
        // The login page: the banner, as on SQLite; a login: the same 503 page as on SQLite, no
        // session, no attempt counted.
        let citra = harness.browser(address: "192.0.2.11")
        let form = try await citra.get("/masuk")
        #expect(form.body.contains(Self.bannerID) && !form.body.contains(address.redacted) && !form.body.contains("v28"), "\(form.body)")
        let login = try await citra.login("citra")
        #expect(login.status == .serviceUnavailable)
        #expect(login.body.contains(Catalog.StoreSchema.loginHeld.text(.id)) && login.body.contains(Self.bannerID), "\(login.body)")
        #expect(try count("web_session") == sessions)
        #expect(try owner.pin(of: "citra")?.failures == failures)
        // Each of the web desk's own writes, as the store makes it.
        let expected = StoreError.schema(Catalog.StoreSchema.newer(address.redacted, version: 29, known: PostgresMigrations.latest))
        let session = WebSession(idHash: "x", operatorName: "citra", createdAt: Harness.monday, lastSeen: Harness.monday,
                                 expiresAt: Harness.monday.addingTimeInterval(3600), csrf: "t")
        #expect(throws: expected) { try owner.saveWebSession(session) }
        #expect(throws: expected) { try owner.touchWebSession(idHash: "x", at: Harness.monday) }
        #expect(throws: expected) { try owner.deleteWebSession(idHash: "x") }
        #expect(throws: expected) { _ = try owner.deleteExpiredWebSessions(at: Harness.monday) }
        #expect(throws: expected) { _ = try owner.countWebAttempt(key: "k", at: Harness.monday, window: 60) }
        #expect(throws: expected) { _ = try owner.recordPINAttempt(of: "citra", success: false, at: Harness.monday) }
        #expect(try count("web_session") == sessions)
        // Logging out is a write too: refused, the session kept.
        #expect(try await budi.post("/keluar", []).status == .serviceUnavailable)
        #expect(try count("web_session") == sessions)
    }
}
