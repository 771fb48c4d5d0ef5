import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SOPCore
import SOPStore
import Testing

/// Upgrading `sop` on a store (README: *Upgrading `sop`*): only `sop db migrate` migrates an
/// existing store; every other command refuses one with a migration pending or a newer sop's,
/// exit 3, and leaves the file byte for byte as it was; a running `sop serve` notices a newer
/// sop's migration made under it and refuses to write.
@Suite("store upgrades")
struct StoreUpgradeTests {
    let work: URL
    var database: String { work.appendingPathComponent("store/sop.sqlite").path }

    init() throws {
        work = try SOPBinary.folder([:])
        try FileManager.default.removeItem(at: work.appendingPathComponent("sop"))
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent("sop"), to: work.appendingPathComponent("sop"))
    }

    func sop(_ arguments: [String], stdin: String? = nil, extra: [String: String] = [:], user: Bool = false) throws -> SOPBinary.Output {
        var command = ["20"]
        if user { command += ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] }
        return try SOPBinary.run(command + [SOPBinary.executable.path] + arguments,
                                 environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00", "SOP_TEST_LOGIN": "ani"]
                                    .merging(extra) { _, new in new },
                                 directory: work, stdin: stdin, executable: URL(fileURLWithPath: "/usr/bin/timeout"))
    }

    func digest(_ path: String) throws -> String { SHA256.hex(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) }

    /// A store with one finished case, a roster and a seal, as the release before v17 left it: v17's
    /// triggers and its row in `grdb_migrations` taken away (what that release never had).
    func storeBeforeV17() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "ani", "resepsionis"]).status == 0)
        #expect(try sop(["roster", "grant", "ani", "staf-pengaduan"]).status == 0)
        #expect(try sop(["run", "01", "--answers", FaultTests.answers, "--as", "resepsionis", "--as", "staf-pengaduan"]).status == 0)
        _ = try FaultTests.sqlite(database, """
            DROP TRIGGER chain_seal_no_update; DROP TRIGGER chain_seal_no_delete;
            DELETE FROM grdb_migrations WHERE identifier = 'v17: chain seals are append-only'
            """)
    }

    /// What a newer sop's `sop db migrate` leaves: a schema change and its row.
    static let futureMigration = "CREATE TABLE future_v18 (x INTEGER); INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')"

    static func pending(_ store: String) -> String {
        "sop: galat: basis data '\(store)' belum dimigrasikan ke skema sop ini (tertunda: v17: segel rantai hanya dapat ditambah). "
            + "Tidak ada yang diubah. Cadangkan dulu basis datanya (sop versi lama: 'sop db copy'; atau sqlite3 '.backup' / pg_dump), "
            + "hentikan meja dan sop serve yang masih memakai versi lama, lalu jalankan 'sop db migrate' (README: Upgrading sop).\n"
    }

    static func newer(_ store: String, version: Int = 18, known: Int = 17) -> String {
        "sop: galat: basis data '\(store)' sudah dimigrasikan oleh versi sop yang lebih baru (skema v\(version); sop ini mengenal "
            + "sampai v\(known)). Tidak ada yang diubah dan tidak ada data yang hilang. Pakai sop versi terbaru di meja ini, "
            + "atau hubungi operator TI.\n"
    }

    /// Every command a desk or an auditor types, reading or writing.
    var commands: [[String]] { [
        ["cases"], ["case", "01-2026-000001"], ["tasks", "--as", "resepsionis"], ["report"], ["receipt", "01-2026-000001"],
        ["roster"], ["db", "verify"], ["db", "seal", "--kunci", "segel.key"], ["db", "copy", "--from", database, "--to", "salin.sqlite"],
        ["run", "01", "--answers", FaultTests.answers, "--as", "resepsionis", "--as", "staf-pengaduan"],
        ["serve", "--port", "0"],
    ] }

    @Test func onlyMigrateMigratesAStoreWithAMigrationPendingAndNothingElseChangesIt() throws {
        try storeBeforeV17()
        let before = try digest(database)
        for arguments in commands {
            let output = try sop(arguments)
            #expect(output.status == 3, "\(arguments): \(output.stderr)")
            #expect(output.stderr == Self.pending(database), "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty, "\(arguments): \(output.stdout)")
            #expect(try digest(database) == before, "\(arguments) changed the store")
        }
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("salin.sqlite").path))
        #expect(try sop(["cases", "--lang", "en"]).stderr.contains("is not yet migrated to this sop's schema (pending: v17: chain seals are append-only)"))
        // `sop db status` lists what is pending, in words, and changes nothing either.
        let status = try sop(["db", "status"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Migrasi tertunda: 1 (jalankan sop db migrate)\n  • v17: segel rantai hanya dapat ditambah\n"), "\(status.stdout)")
        #expect(try digest(database) == before)
        // The operator's decision: then every command works on it.
        let migrated = try sop(["db", "migrate"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(migrated.stdout.contains("✓ v17: segel rantai hanya dapat ditambah"), "\(migrated.stdout)")
        #expect(try sop(["cases"]).stdout.contains("01-2026-000001"))
        #expect(try sop(["db", "verify"]).status == 0)
    }

    /// A store that is not what the release before left (here v17's row taken away, its triggers
    /// kept, so its statement fails): the migration is rolled back whole and said in words, exit 3.
    @Test func aMigrationThatFailsIsRolledBackAndSaidInWords() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        _ = try FaultTests.sqlite(database, "DELETE FROM grdb_migrations WHERE identifier = 'v17: chain seals are append-only'")
        let before = try digest(database)
        let failed = try sop(["db", "migrate"])
        #expect(failed.status == 3, "\(failed.stderr)")
        #expect(failed.stderr == "sop: galat: migrasi basis data '\(database)' gagal dan dibatalkan seluruhnya (tertunda: v17: segel rantai "
            + "hanya dapat ditambah): isinya bukan seperti yang ditinggalkan versi sop sebelumnya. Tidak ada yang diubah. Jangan dipakai "
            + "dengan versi ini; pulihkan cadangan dari sebelum pembaruan, atau hubungi operator TI.\n", "\(failed.stderr)")
        #expect(try digest(database) == before)
    }

    @Test func anAuditorWhoMayOnlyReadVerifiesACurrentStoreAndIsToldWhatIsPendingOnAnOlderOne() throws {
        try storeBeforeV17()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.appendingPathComponent("store").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        let pending = try sop(["db", "verify"], extra: ["HOME": "/tmp"], user: true)
        #expect(pending.status == 3)
        #expect(pending.stderr == Self.pending(database), "\(pending.stderr)")
        #expect(try sop(["db", "migrate"]).status == 0)
        // (Its owner's command made the file and its folder private again.)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.appendingPathComponent("store").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        let verified = try sop(["db", "verify"], extra: ["HOME": "/tmp"], user: true)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("utuh"), "\(verified.stdout)")
    }

    @Test func aStoreANewerSopMigratedIsRefusedByEveryCommandInAccurateWords() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "ani", "resepsionis"]).status == 0)
        #expect(try sop(["roster", "grant", "ani", "staf-pengaduan"]).status == 0)
        #expect(try sop(["run", "01", "--answers", FaultTests.answers, "--as", "resepsionis", "--as", "staf-pengaduan"]).status == 0)
        _ = try FaultTests.sqlite(database, Self.futureMigration)
        let before = try digest(database)
        for arguments in commands + [["db", "status"], ["db", "migrate"]] {
            let output = try sop(arguments)
            #expect(output.status == 3, "\(arguments): \(output.stderr)")
            #expect(output.stderr == Self.newer(database), "\(arguments): \(output.stderr)")
            #expect(!output.stdout.contains("tidak ada"), "\(arguments): \(output.stdout)")
            #expect(try digest(database) == before, "\(arguments) changed the store")
        }
        #expect(try sop(["db", "status", "--lang", "en"]).stderr.contains(
            "was migrated by a newer version of sop (schema v18; this sop knows up to v17). Nothing was changed and no data is lost."))
    }

    // MARK: A running `sop serve`

    static func post(_ url: URL, token: String, form: String) async throws -> (Int, String) {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("sop_sesi=\(token)", forHTTPHeaderField: "Cookie")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(form.utf8)
        // A session of its own: no cookie another test's server set for 127.0.0.1 is sent with it.
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        let (data, response) = try await URLSession(configuration: configuration).data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// budi at the web desk, with a session of his own (its token in the cookie, its CSRF token in each form).
    func webDesk() throws -> (token: String, csrf: String) {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "budi", "resepsionis"]).status == 0)
        let token = UUID().uuidString, csrf = UUID().uuidString
        try SQLiteCaseStore(path: database).saveWebSession(WebSession(
            idHash: SHA256.hex(Array(token.utf8)), operatorName: "budi", createdAt: Date(), lastSeen: Date(),
            expiresAt: Date().addingTimeInterval(3600), csrf: csrf))
        return (token, csrf)
    }

    @Test func aRunningServeRefusesToWriteOnceANewerSopMigratedTheStoreUnderIt() async throws {
        let (token, csrf) = try webDesk()
        let (process, base, _) = try ServeTests.serve(database: database)
        defer { process.terminate(); process.waitUntilExit() }
        let start = base.appendingPathComponent("sop/01/mulai")
        let (started, _) = try await Self.post(start, token: token, form: "csrf=\(csrf)")
        #expect(started == 200)
        #expect(try FaultTests.sqlite(database, "SELECT count(*) FROM sop_case") == "1")
        // A newer sop's `sop db migrate`, under the running server.
        _ = try FaultTests.sqlite(database, Self.futureMigration)
        let (refused, page) = try await Self.post(start, token: token, form: "csrf=\(csrf)")
        #expect(refused == 503)
        // The page names neither the store's path nor versions (anyone may reach /masuk); the server's log does.
        #expect(page.contains("Meja ini sementara tidak dapat dipakai: basis datanya tidak sesuai dengan versi sop di server ini."), "\(page)")
        #expect(!page.contains(".sqlite") && !page.contains("v18"), "\(page)")
        #expect(page.contains("Tidak ada yang diubah dan tidak ada data yang hilang."), "\(page)")
        process.terminate()
        process.waitUntilExit()
        // Nothing was written: the newer migration taken away again, the store verifies with its one case.
        #expect(try FaultTests.sqlite(database, "SELECT count(*) FROM sop_case") == "1")
        _ = try FaultTests.sqlite(database, "DROP TABLE future_v18; DELETE FROM grdb_migrations WHERE identifier LIKE 'v18:%'")
        let verified = try sop(["db", "verify"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("1 kasus"), "\(verified.stdout)")
    }

    @Test func aMigrateOfTheSameReleaseUnderARunningServeLeavesItWorking() async throws {
        let (token, csrf) = try webDesk()
        let (process, base, _) = try ServeTests.serve(database: database)
        defer { process.terminate(); process.waitUntilExit() }
        let start = base.appendingPathComponent("sop/01/mulai")
        #expect(try await Self.post(start, token: token, form: "csrf=\(csrf)").0 == 200)
        #expect(try sop(["db", "migrate"]).stdout.contains("Skema sudah mutakhir"))
        // A schema change this sop knows of (the schema's number moves, no unknown migration).
        _ = try FaultTests.sqlite(database, "CREATE INDEX known_change ON sop_case(status)")
        #expect(try await Self.post(start, token: token, form: "csrf=\(csrf)").0 == 200)
        #expect(try FaultTests.sqlite(database, "SELECT count(*) FROM sop_case") == "2")
    }
}
