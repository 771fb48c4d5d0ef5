import Foundation
import GRDB
import GRDBSQLite
import SOPEngine

/// The statements of every answer and step, bound and stepped through SQLite's C API on the
/// connection's cached prepared statements: GRDB's arguments (an array of existentials, each
/// converted to a `DatabaseValue`, then bound) and its per-statement bookkeeping cost more
/// instructions than SQLite's own INSERT. The statements, their triggers and the transaction
/// around them are the same; a failure is the same `DatabaseError` (result code and message)
/// GRDB would throw. BEGIN and COMMIT go the same way (`SQLiteCaseStore.transaction`); a
/// ROLLBACK goes through GRDB, which then sees where the connection is.
enum RawStatement {
    enum Value {
        case text(String?)
        case int(Int64?)
        case double(Double?)

        static func int(_ value: Int) -> Value { .int(Int64(value)) }
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Runs a statement that returns no rows, with these values for ?1, ?2, …
    static func run(_ statement: Statement, _ values: [Value], db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text): bind(handle, index, text)
            case .int(let number?): sqlite3_bind_int64(handle, index, number)
            case .double(let number?): sqlite3_bind_double(handle, index, number)
            case .int(nil), .double(nil): sqlite3_bind_null(handle, index)
            }
        }
        try step(statement, db: db)
    }

    /// The event row INSERT (`EventRecord.insertSQL`), bound without building an array.
    static func insertEvent(_ statement: Statement, caseID: String, _ row: ArchivedEvent, db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        bind(handle, 1, caseID)
        sqlite3_bind_int64(handle, 2, Int64(row.sequence))
        sqlite3_bind_int64(handle, 3, row.at)
        bind(handle, 4, row.operatorName)
        bind(handle, 5, row.role)
        bind(handle, 6, row.step)
        bind(handle, 7, row.type)
        bind(handle, 8, row.payload)
        bind(handle, 9, row.hash)
        try step(statement, db: db)
    }

    private static func step(_ statement: Statement, db: Database) throws {
        let handle = statement.sqliteStatement
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        guard code != SQLITE_DONE else {
            sqlite3_reset(handle)
            return
        }
        let connection = db.sqliteConnection
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }

    /// Text as UTF-8 (copied by SQLite), or NULL.
    private static func bind(_ handle: OpaquePointer, _ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            // An empty buffer may have no address: SQLite would take that for NULL.
            let empty: StaticString = ""
            let start = bytes.baseAddress ?? empty.utf8Start
            _ = start.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient)
            }
        }
    }
}
