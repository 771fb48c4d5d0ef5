import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

@testable import SOPPostgres

/// Upgrading `sop` on PostgreSQL, as on SQLite (`StoreUpgradeTests`): only `sop db migrate`
/// migrates; a schema with a migration pending or a newer sop's is refused in the same words,
/// `sop db status` included for the newer one, exit 3 (a store already open: `StoreSchemaCheckTests`).
@Suite("store upgrades on PostgreSQL", .enabled(if: SharedStore.url != nil, SharedStore.skipped), .timeLimit(.minutes(10)))
struct PostgresStoreUpgradeTests {
    static let roles = ["--as", "resepsionis", "--as", "staf-pengaduan"]

    /// A schema with one finished case.
    func recorded(_ shared: SharedStore) throws -> [String: String] {
        let environment = shared.environment.merging(["SOP_FIXED_TIME": RunTests.fixedTime]) { _, new in new }
        let run = try SOPBinary.run(["run", "01", "--answers", PostgresDeskTests.answers] + Self.roles, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        return environment
    }

    func migrations(_ shared: SharedStore) throws -> String {
        let rows = try PGConnection(shared.address).query("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")
        return rows.text(0, 0)
    }

    @Test func aSchemaANewerSopMigratedIsRefusedByEveryCommandStatusIncluded() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let environment = try recorded(shared)
        // What a newer sop's `sop db migrate` leaves behind: its row.
        try PGConnection(shared.address).query("INSERT INTO schema_migrations (version, name) VALUES (29, 'v29: something a newer sop added')")
        let before = try migrations(shared)
        let expected = StoreUpgradeTests.newer(shared.address.redacted, version: 29, known: 28)
        for arguments in [["cases"], ["case", "01-2026-000001"], ["db", "status"], ["db", "migrate"], ["db", "verify"],
                          ["run", "01", "--answers", PostgresDeskTests.answers] + Self.roles] {
            let output = try SOPBinary.run(arguments, environment: environment)
            #expect(output.status == 3, "\(arguments): \(output.stderr)")
            #expect(output.stderr == expected, "\(arguments): \(output.stderr)")
            #expect(!output.stdout.contains("tidak ada"), "\(arguments): \(output.stdout)")
        }
        #expect(!expected.contains(ProcessInfo.processInfo.environment["PGPASSWORD"].map { ":\($0)@" } ?? "\u{0}"))
        #expect(try migrations(shared) == before)
        #expect(try PGConnection(shared.address).query("SELECT count(*) FROM sop_case").integer(0, 0) == 1)
    }

    @Test func aSchemaWithAMigrationPendingIsRefusedAndOnlyListedByStatus() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let environment = try recorded(shared)
        // The schema as the release before v24 left it, as far as the check reads it.
        try PGConnection(shared.address).query("DELETE FROM schema_migrations WHERE version = 24")
        let before = try migrations(shared)
        let expected = "sop: galat: basis data '\(shared.address.redacted)' belum dimigrasikan ke skema sop ini (tertunda: "
            + "\(PostgresMigrations.indonesian[24] ?? "?")). Tidak ada yang diubah. Cadangkan dulu basis datanya (sop versi lama: "
            + "'sop db copy'; atau sqlite3 '.backup' / pg_dump), hentikan meja dan sop serve yang masih memakai versi lama, lalu "
            + "jalankan 'sop db migrate' (README: Upgrading sop).\n"
        for arguments in [["cases"], ["db", "verify"], ["run", "01", "--answers", PostgresDeskTests.answers] + Self.roles] {
            let output = try SOPBinary.run(arguments, environment: environment)
            #expect(output.status == 3, "\(arguments): \(output.stderr)")
            #expect(output.stderr == expected, "\(arguments): \(output.stderr)")
        }
        let status = try SOPBinary.run(["db", "status"], environment: environment)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Migrasi tertunda: 1 (jalankan sop db migrate)\n  • v24: log akses menolak"), "\(status.stdout)")
        #expect(try migrations(shared) == before)
    }
}
