import Foundation
import SOPCore
import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// Which store a command uses, and what is shown of an address: never a password. No server needed.
@Suite("Store addresses")
struct StoreAddressTests {
    @Test func postgresAddressesSelectPostgreSQLAndAnythingElseIsAFile() throws {
        #expect(try StoreAddress.resolve(option: "/data/sop.sqlite", environment: [:]) == .sqlite(path: "/data/sop.sqlite"))
        #expect(try StoreAddress.resolve(option: "postgres.sqlite", environment: [:]) == .sqlite(path: "postgres.sqlite"))
        #expect(try StoreAddress.resolve(option: "POSTGRESQL://sop@db/sop", environment: [:])
            == .postgres(try PostgresAddress("postgresql://sop@db/sop")))
        let shared = try StoreAddress.resolve(option: nil, environment: ["SOP_DB": "postgres://sop@db.dinas:5432/sop"])
        #expect(shared.description == "PostgreSQL postgres://sop@db.dinas:5432/sop")
        #expect(try StoreAddress.resolve(option: nil, environment: ["HOME": "/h"]) == .sqlite(path: "/h/.local/share/sop/sop.sqlite"))
    }

    @Test func aPasswordOnTheCommandLineIsRefusedButNotInTheEnvironment() throws {
        for written in ["postgres://sop:rahasia@db/sop", "postgresql://db/sop?user=sop&password=rahasia"] {
            #expect(throws: StoreAddressProblem(Catalog.Postgres.passwordOnCommandLine)) {
                try StoreAddress.resolve(option: written, environment: [:])
            }
        }
        let fromEnvironment = try StoreAddress.resolve(option: nil, environment: ["SOP_DB": "postgres://sop:rahasia@db/sop"])
        #expect(fromEnvironment.description == "PostgreSQL postgres://sop:***@db/sop")
    }

    @Test func redactionHidesThePasswordWhereverItIsWritten() throws {
        #expect(try PostgresAddress("postgres://budi:rahasia@db.dinas:5432/sop").redacted == "postgres://budi:***@db.dinas:5432/sop")
        #expect(try PostgresAddress("postgresql://db/sop?user=budi&password=rahasia&sslmode=require").redacted
            == "postgresql://db/sop?user=budi&password=***&sslmode=require")
        let encoded = try PostgresAddress("postgres://budi:p%40ss%2Fw0rd@db/sop")
        #expect(encoded.password == "p@ss/w0rd")
        #expect(encoded.redacted == "postgres://budi:***@db/sop")
        #expect(encoded.redact("FATAL: user budi p@ss/w0rd") == "FATAL: user budi ***")
        #expect(try PostgresAddress("postgres://budi@db/sop").password == nil)
    }

    @Test func anUnreadableAddressSaysWhy() {
        #expect(throws: StoreAddressProblem.self) { try PostgresAddress("postgres://sop@db/sop?tidakada=1") }
        do {
            _ = try PostgresAddress("postgres://sop:rahasia@db:notaport/sop?x=1")
        } catch {
            #expect(!error.message.id.contains("rahasia") && !error.message.en.contains("rahasia"))
            #expect(error.message.en.hasPrefix("the PostgreSQL address 'postgres://sop:***@db:notaport/sop?x=1' cannot be read"))
        }
    }

    @Test func libpqMessagesAreCutToTheirHeart() {
        #expect(PGConnection.essence("""
            connection to server at "127.0.0.1", port 1 failed: Connection refused
            \tIs the server running on that host and accepting TCP/IP connections?
            """) == "Connection refused")
        #expect(PGConnection.essence("connection to server at \"db\" (10.0.0.1), port 5432 failed: FATAL:  database \"x\" does not exist\n")
            == "database \"x\" does not exist")
        #expect(PGConnection.essence("") == "?")
    }

    @Test func anUnreachableServerIsAClearMessage() {
        #expect(throws: StoreError.unavailable(Catalog.Postgres.unreachable("127.0.0.1:1", detail: "sambungan ditolak", detailEnglish: "connection refused"))) {
            try PostgresCaseStore(address: try PostgresAddress("postgres://sop@127.0.0.1:1/sop"))
        }
    }
}
