import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// Where the cases live, chosen in this one place for every command: `--db`, else SOP_DB, else
/// the default SQLite file. `postgres://…` or `postgresql://…` selects PostgreSQL; anything else
/// is a SQLite file.
public enum StoreAddress: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// `option` comes from the command line, where a password would show in the process list
    /// and the shell history: it is refused there (PGPASSWORD and ~/.pgpass are the way).
    public static func resolve(option: String?, environment: [String: String]) throws(StoreAddressProblem) -> StoreAddress {
        if let option, !option.isEmpty { return try commandLine(option) }
        let text = StoreLocation.path(option: nil, environment: environment)
        return PostgresAddress.isPostgres(text) ? .postgres(try PostgresAddress(text)) : .sqlite(path: text)
    }

    /// An address written on the command line (`--db`, `--from`, `--to`).
    public static func commandLine(_ text: String) throws(StoreAddressProblem) -> StoreAddress {
        guard PostgresAddress.isPostgres(text) else { return .sqlite(path: text) }
        let address = try PostgresAddress(text)
        if address.password != nil { throw StoreAddressProblem(Catalog.Postgres.passwordOnCommandLine) }
        return .postgres(address)
    }

    /// Opens the store (a new one at the current schema; one with migrations pending is refused,
    /// `StoreError.schema`); `asIs` takes its schema as it is (`sop db status`, `sop db migrate`);
    /// `readOnly` opens a SQLite file without writing to it (PostgreSQL grants decide there).
    public func open(asIs: Bool = false, readOnly: Bool = false) throws(StoreError) -> any AdministeredStore {
        switch self {
        case .sqlite(let path): try SQLiteCaseStore(path: path, asIs: asIs, readOnly: readOnly)
        case .postgres(let address): try PostgresCaseStore(address: address, asIs: asIs)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite \(path)"
        case .postgres(let address): "PostgreSQL \(address.redacted)"
        }
    }
}
