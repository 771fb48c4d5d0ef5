import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// The public status page while the store cannot be read (PostgreSQL down, a damaged file): a
/// banner in the complainant's words with the code kept to try again, a 503, and nothing of the
/// store's own message (SQL, table names, paths) on the page.
@Suite struct StatusStoreDownTests {
    /// Drops the lookup view, giving back the statement that makes it again.
    static func dropLookup(_ path: String) throws -> String {
        try DatabaseQueue(path: path).write { db in
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'case_lookup'") ?? ""
            try db.execute(sql: "DROP VIEW case_lookup")
            return sql
        }
    }

    static func run(_ path: String, _ sql: String) throws {
        try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
    }

    @Test func aStoreThatCannotBeReadIsABannerNotARawError() async throws {
        let harness = try await Harness()
        let path: String = harness.path
        let visitor = harness.browser(address: "203.0.113.50")
        try await visitor.get("/status")
        // The lookup's view gone from under the running server: every read of it fails, as a
        // store that cannot be reached does.
        let lookup = try Self.dropLookup(path)
        let down = try await visitor.post("/status", [("kode", "K7QF-M2XR-9P")])
        #expect(down.status == .serviceUnavailable)
        #expect(down.body.contains("<section id=\"status-terganggu\" class=\"galat\" role=\"alert\"><h2>Cek status sedang terganggu</h2>"),
                "\(down.body)")
        #expect(down.body.contains("Kode lacak Anda tetap berlaku: coba lagi beberapa saat lagi"))
        // The form stays, the code typed in it, to try again.
        #expect(down.body.contains("<form id=\"cek-status\" method=\"post\" action=\"/status\">"))
        #expect(down.body.contains("value=\"K7QF-M2XR-9P\""))
        for leak in ["case_lookup", "no such table", "SQLite", path, "sop.sqlite"] {
            #expect(!down.body.contains(leak), "\(leak)")
        }
        let english = try await visitor.post("/status?lang=en", [("kode", "K7QF-M2XR-9P")])
        #expect(english.body.contains("Status checks are unavailable right now") || english.body.contains("Cek status sedang terganggu"))
        // Readable again: the lookup answers as before.
        try Self.run(path, lookup)
        let back = try await visitor.post("/status", [("kode", "K7QF-M2XR-9P")])
        #expect(back.status == .notFound)
        #expect(!back.body.contains("status-terganggu"))
    }
}
