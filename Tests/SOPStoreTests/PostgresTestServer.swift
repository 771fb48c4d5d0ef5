import Foundation
import SOPEngine
import Testing

@testable import SOPPostgres

/// The PostgreSQL server of the tests: SOP_TEST_POSTGRES=postgres://user@host:port/db, with the
/// password in PGPASSWORD or ~/.pgpass as for any libpq program (`.ci/throwaway-postgres start
/// DIR` prints both; CI sets them). Without it the PostgreSQL tests are skipped, and say so.
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var isConfigured: Bool { url != nil }
    static let skipped: Comment = "PostgreSQL tests skipped: set SOP_TEST_POSTGRES=postgres://user@127.0.0.1:PORT/db (see .ci/throwaway-postgres)"

    /// A schema of its own for one test, so that tests never see each other's cases. The
    /// schemas made are dropped when the test process exits.
    struct Schema: Sendable {
        let name: String
        let base: PostgresAddress
        let address: PostgresAddress

        init() throws {
            guard let url = PostgresTestServer.url else { throw StoreError.unavailable(.init(verbatim: "SOP_TEST_POSTGRES")) }
            name = "sop_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            base = try PostgresAddress(url)
            try PostgresSchema.create(name, at: base)
            address = try base.inSchema(name)
            Made.shared.add(self)
        }

        func store(asIs: Bool = false) throws -> PostgresCaseStore {
            try PostgresCaseStore(address: address, asIs: asIs)
        }

        /// A connection for looking under the hood (raw SQL), in the schema.
        func connection() throws -> PGConnection { try PGConnection(address) }
    }

    private final class Made: @unchecked Sendable {
        static let shared = Made()
        private let lock = NSLock()
        private var schemas: [Schema] = []

        private init() {
            atexit { Made.shared.dropAll() }
        }

        func add(_ schema: Schema) { lock.withLock { schemas.append(schema) } }

        func dropAll() {
            for schema in lock.withLock({ schemas }) { try? PostgresSchema.drop(schema.name, at: schema.base) }
        }
    }
}
