import Foundation
import SOPCore
import SOPEngine

/// A store in a schema of its own: `options=-csearch_path=NAME` in the address puts every table
/// there. The tests and the benchmark use a fresh schema per run; a city may also give each unit
/// its own schema in one shared database.
extension PostgresAddress {
    public func inSchema(_ name: String) throws(StoreAddressProblem) -> PostgresAddress {
        try PostgresAddress(uri + (uri.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + name)
    }
}

public enum PostgresSchema {
    /// Schema names made here: lower-case letters, digits and underscores.
    public static func isPlain(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }

    public static func create(_ name: String, at address: PostgresAddress) throws(StoreError) {
        try run("CREATE SCHEMA IF NOT EXISTS \(name)", name: name, at: address)
    }

    /// Drops the schema and everything in it (the append-only rule guards rows, not the schema).
    public static func drop(_ name: String, at address: PostgresAddress) throws(StoreError) {
        try run("DROP SCHEMA IF EXISTS \(name), \(PostgresSecrets.schema(of: name)) CASCADE", name: name, at: address)
    }

    private static func run(_ sql: String, name: String, at address: PostgresAddress) throws(StoreError) {
        guard isPlain(name) else { throw .unavailable(Localized(verbatim: "schema name '\(name)'")) }
        do {
            try PGConnection(address).execute(sql)
        } catch {
            throw PostgresCaseStore.describe(error, user: address.parameters["user"] ?? "?")
        }
    }
}
