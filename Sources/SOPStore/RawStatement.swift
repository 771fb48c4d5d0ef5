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

    /// Runs a statement that returns no rows, with these values for ?1, ?2, …; `firstRow` sees
    /// its first row, or every row with `everyRow`.
    static func run(_ statement: Statement, _ values: [Value], db: Database, everyRow: Bool = false,
                    firstRow: ((OpaquePointer) -> Void)? = nil) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var total = 0
        for value in values { if case .text(let text?) = value { total += text.utf8.count } }
        try withArena(total, handle) { arena in
            var offset = 0
            for (position, value) in values.enumerated() {
                let index = Int32(position + 1)
                switch value {
                case .text(let text): bind(handle, index, text, arena, &offset)
                case .int(let number?): sqlite3_bind_int64(handle, index, number)
                case .double(let number?): sqlite3_bind_double(handle, index, number)
                case .int(nil), .double(nil): sqlite3_bind_null(handle, index)
                }
            }
            try step(statement, db: db, everyRow: everyRow, firstRow: firstRow)
        }
    }

    /// Runs a statement that returns one integer (an `INSERT … RETURNING`): its first row's
    /// first column, nil when it returns no row.
    static func int(_ statement: Statement, _ values: [Value], db: Database) throws -> Int64? {
        var first: Int64?
        try run(statement, values, db: db) { handle in first = sqlite3_column_int64(handle, 0) }
        return first
    }

    /// The event row INSERT (`EventRecord.insertSQL`), bound without building an array.
    static func insertEvent(_ statement: Statement, caseID: String, _ row: ArchivedEvent, db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        let total = caseID.utf8.count + row.operatorName.utf8.count + (row.role?.utf8.count ?? 0) + (row.step?.utf8.count ?? 0)
            + row.type.utf8.count + row.payload.utf8.count + (row.hash?.utf8.count ?? 0)
        try withArena(total, handle) { arena in
            var offset = 0
            bind(handle, 1, caseID, arena, &offset)
            sqlite3_bind_int64(handle, 2, Int64(row.sequence))
            sqlite3_bind_int64(handle, 3, row.at)
            bind(handle, 4, row.operatorName, arena, &offset)
            bind(handle, 5, row.role, arena, &offset)
            bind(handle, 6, row.step, arena, &offset)
            bind(handle, 7, row.type, arena, &offset)
            bind(handle, 8, row.payload, arena, &offset)
            bind(handle, 9, row.hash, arena, &offset)
            try step(statement, db: db)
        }
    }

    /// The texts of one run, copied into one buffer that outlives the step: SQLite reads them in
    /// place (SQLITE_STATIC) instead of allocating and copying each value (SQLITE_TRANSIENT), and
    /// the bindings are cleared before the buffer goes, so that no later use of the statement
    /// can read it.
    private static func withArena(_ count: Int, _ handle: OpaquePointer, _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Void) throws {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { arena in
            defer { sqlite3_clear_bindings(handle) }
            try body(arena)
        }
    }

    private static func step(_ statement: Statement, db: Database, everyRow: Bool = false,
                             firstRow: ((OpaquePointer) -> Void)? = nil) throws {
        let handle = statement.sqliteStatement
        var code = sqlite3_step(handle)
        if code == SQLITE_ROW, let firstRow { firstRow(handle) }
        while code == SQLITE_ROW {
            code = sqlite3_step(handle)
            if everyRow, code == SQLITE_ROW, let firstRow { firstRow(handle) }
        }
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

    /// Text as UTF-8, copied into the run's buffer at `offset` (bound in place), or NULL.
    private static func bind(_ handle: OpaquePointer, _ index: Int32, _ text: String?, _ arena: UnsafeMutableBufferPointer<UInt8>,
                             _ offset: inout Int) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        // The arena has at least one byte, so even an empty text has an address (SQLite would
        // take a null one for NULL).
        let start = arena.baseAddress! + offset
        let count = text.withUTF8 { bytes in
            if let source = bytes.baseAddress { start.initialize(from: source, count: bytes.count) }
            return bytes.count
        }
        offset += count
        _ = start.withMemoryRebound(to: CChar.self, capacity: max(count, 1)) {
            sqlite3_bind_text(handle, index, $0, Int32(count), nil)
        }
    }
}
