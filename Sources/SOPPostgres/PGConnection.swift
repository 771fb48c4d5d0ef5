import CLibPQ
import Foundation
import SOPCore

/// Why a libpq call failed.
enum PGFailure: Error {
    /// The connection cannot be made or used (refused, schema too new): a message ready for the operator.
    case unusable(Localized)
    /// The connection broke (server gone, network cut): the server rolls back whatever
    /// transaction was open, unless its COMMIT had already gone through.
    case lost(String)
    /// The server refused a statement; the connection is fine.
    case server(state: String, message: String)
}

/// A value bound to a statement parameter: text, integers and arrays in text format, bytes
/// in binary format (bytea).
enum PGValue {
    case text(String)
    case int(Int64)
    case bytes([UInt8])
    case null

    static func int(_ value: Int) -> PGValue { .int(Int64(value)) }
    static func optional(_ value: String?) -> PGValue { value.map(PGValue.text) ?? .null }
    static func optionalInt(_ value: Int64?) -> PGValue { value.map(PGValue.int) ?? .null }

    /// A one-dimensional array literal (`{"a","b",NULL}`), for `$n::text[]` and friends.
    static func array(_ items: [String?]) -> PGValue {
        // Built byte by byte: Foundation's replacingOccurrences cost a fifth of a desk's work.
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(items.reduce(2) { $0 + ($1?.utf8.count ?? 4) + 3 })
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            guard let item else {
                bytes.append(contentsOf: "NULL".utf8)
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in item.utf8 {
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    static func array(_ items: [Int64?]) -> PGValue { array(items.map { $0.map(String.init) }) }
}

/// The rows of a result, copied out of libpq.
struct PGRows {
    private let cells: [[[UInt8]?]]

    init(_ result: OpaquePointer) {
        let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
        cells = (0..<rows).map { row in
            (0..<columns).map { column in
                if PQgetisnull(result, Int32(row), Int32(column)) != 0 { return nil }
                let length = Int(PQgetlength(result, Int32(row), Int32(column)))
                return PQgetvalue(result, Int32(row), Int32(column)).withMemoryRebound(to: UInt8.self, capacity: length) {
                    Array(UnsafeBufferPointer(start: $0, count: length))
                }
            }
        }
    }

    var count: Int { cells.count }
    var isEmpty: Bool { cells.isEmpty }

    func string(_ row: Int, _ column: Int) -> String? {
        cells[row][column].map { String(decoding: $0, as: UTF8.self) }
    }

    func int(_ row: Int, _ column: Int) -> Int64? {
        string(row, column).flatMap { Int64($0) }
    }

    func text(_ row: Int, _ column: Int) -> String { string(row, column) ?? "" }
    func integer(_ row: Int, _ column: Int) -> Int { Int(int(row, column) ?? 0) }
    func bool(_ row: Int, _ column: Int) -> Bool { string(row, column) == "t" }

    /// A bytea column (text format: `\x…` hex, or the old escape format).
    func bytes(_ row: Int, _ column: Int) -> [UInt8]? {
        guard let cell = cells[row][column] else { return nil }
        var length = 0
        guard let decoded = (cell + [0]).withUnsafeBufferPointer({ PQunescapeBytea($0.baseAddress, &length) }) else { return nil }
        defer { PQfreemem(decoded) }
        return Array(UnsafeBufferPointer(start: decoded, count: length))
    }
}

/// One libpq connection. Not thread-safe: its store uses it under a lock. Statements run
/// through `query` are prepared once per connection and reused.
final class PGConnection {
    private var handle: OpaquePointer?
    let address: PostgresAddress
    private var prepared: [String: String] = [:]
    /// Settings sent with every connection's start (`-c name=value`, after the address's own
    /// `options`): no round trip of their own.
    private let settings: String?

    init(_ address: PostgresAddress, settings: String? = nil) throws(PGFailure) {
        self.address = address
        self.settings = settings
        handle = try Self.connect(address, settings: settings)
    }

    deinit { PQfinish(handle) }

    /// A fresh connection with the same parameters (after a lost one).
    func reconnect() throws(PGFailure) {
        PQfinish(handle)
        handle = nil
        prepared = [:]
        handle = try Self.connect(address, settings: settings)
    }

    /// Drops the connection as a network cut would (tests).
    func cut() {
        PQfinish(handle)
        handle = nil
        prepared = [:]
    }

    /// The libpq handle, for waiting on its socket (the live updates' LISTEN connection).
    var libpq: OpaquePointer? { handle }

    var user: String { handle.flatMap { PQuser($0) }.map { String(cString: $0) } ?? address.parameters["user"] ?? "?" }
    var backendPID: Int32 { handle.map { PQbackendPID($0) } ?? 0 }

    /// Runs one or more statements without parameters.
    @discardableResult
    func execute(_ sql: String) throws(PGFailure) -> PGRows {
        guard let handle else { throw .lost("no connection") }
        return try check(PQexec(handle, sql))
    }

    /// Runs a statement with parameters, prepared once per connection.
    @discardableResult
    func query(_ sql: String, _ parameters: [PGValue] = []) throws(PGFailure) -> PGRows {
        guard let handle else { throw .lost("no connection") }
        let name = try prepare(sql, parameters.count)
        return try Self.bound(parameters) { values, lengths, formats throws(PGFailure) in
            try check(PQexecPrepared(handle, name, Int32(parameters.count), values, lengths, formats, 0))
        }
    }

    /// Runs statements in one round trip (libpq's pipeline mode): every statement is sent, then
    /// one Sync. Outside BEGIN … COMMIT they are one implicit transaction, committed at the Sync:
    /// all of them, or none (the server skips what follows a failed statement and rolls back).
    /// Returns each statement's rows; throws the first failure.
    ///
    /// `after`: statements sent behind a second Sync in the same round trip, as a transaction of
    /// their own that starts once the first has committed (the worklist's notices, v11). Their
    /// results and failures are not the caller's: the first transaction stands whatever they do
    /// (a connection lost meanwhile is dropped, and reopened by the next unit of work).
    @discardableResult
    func pipeline(_ statements: [(sql: String, parameters: [PGValue])],
                  after: [(sql: String, parameters: [PGValue])] = []) throws(PGFailure) -> [PGRows] {
        guard let handle else { throw .lost("no connection") }
        let names = try statements.map { statement throws(PGFailure) in try prepare(statement.sql, statement.parameters.count) }
        let afterNames = try after.map { statement throws(PGFailure) in try prepare(statement.sql, statement.parameters.count) }
        guard PQenterPipelineMode(handle) == 1 else { throw failure(nil) }
        func send(_ statements: [(sql: String, parameters: [PGValue])], _ names: [String]) -> Int {
            var sent = 0
            for (statement, name) in zip(statements, names) {
                let accepted = Self.bound(statement.parameters) { values, lengths, formats in
                    PQsendQueryPrepared(handle, name, Int32(statement.parameters.count), values, lengths, formats, 0) == 1
                }
                guard accepted else { break }
                sent += 1
            }
            return sent
        }
        let sent = send(statements, names)
        // The Sync ends the implicit transaction (or, after a failure, its rollback) and flushes.
        let synced = PQpipelineSync(handle) == 1
        let sentAfter = synced && sent == statements.count && !after.isEmpty ? send(after, afterNames) : 0
        let syncedAfter = sentAfter > 0 && PQpipelineSync(handle) == 1
        /// Reads `count` statements' results, then their Sync's.
        func read(_ count: Int, synced: Bool) -> (rows: [PGRows], first: PGFailure?) {
            var rows: [PGRows] = []
            var first: PGFailure?
            for _ in 0..<count {
                guard let result = PQgetResult(handle) else {
                    if first == nil { first = failure(nil) }
                    break
                }
                // Each statement's results end with a NULL.
                defer { while let extra = PQgetResult(handle) { PQclear(extra) } }
                if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                    PQclear(result)
                    continue
                }
                do throws(PGFailure) {
                    rows.append(try check(result))
                } catch {
                    if first == nil { first = error }
                }
            }
            if synced {
                // The Sync's own result.
                while let result = PQgetResult(handle) {
                    let status = PQresultStatus(result)
                    PQclear(result)
                    if status == PGRES_PIPELINE_SYNC { break }
                }
            }
            return (rows, first)
        }
        let (rows, first) = read(sent, synced: synced)
        if sentAfter > 0 { _ = read(sentAfter, synced: syncedAfter) }
        if PQexitPipelineMode(handle) != 1 {
            // Results left unread: the connection cannot be trusted for the next statement.
            let lost = PGFailure.lost(Self.essence(String(cString: PQerrorMessage(handle))))
            cut()
            // Unless the first transaction's results were all read: it stands, and the next unit of
            // work reconnects.
            if first == nil, sentAfter == 0 { throw lost }
        }
        if let first { throw first }
        guard synced, sent == statements.count else { throw failure(nil) }
        return rows
    }

    /// The name of `sql`, prepared on this connection the first time it is used.
    private func prepare(_ sql: String, _ count: Int) throws(PGFailure) -> String {
        if let known = prepared[sql] { return known }
        let name = "sop_\(prepared.count + 1)"
        try check(PQprepare(handle, name, sql, Int32(count), nil))
        prepared[sql] = name
        return name
    }

    /// The parameters as libpq takes them: text (integers as their digits) or binary (bytea),
    /// each value's bytes in one buffer (a text ends with its NUL, as libpq reads it), not a copy
    /// allocated per value.
    private static func bound<T, E: Error>(_ parameters: [PGValue],
                                           _ body: ([UnsafePointer<CChar>?], [Int32], [Int32]) throws(E) -> T) throws(E) -> T {
        var capacity = 1
        for parameter in parameters {
            switch parameter {
            case .text(let text): capacity += text.utf8.count + 1
            case .int: capacity += 21
            case .bytes(let bytes): capacity += bytes.count
            case .null: break
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        var starts: [Int] = []
        starts.reserveCapacity(parameters.count)
        var lengths = [Int32](repeating: 0, count: parameters.count)
        var formats = [Int32](repeating: 0, count: parameters.count)
        for (index, parameter) in parameters.enumerated() {
            switch parameter {
            case .text(let text):
                starts.append(bytes.count)
                bytes.append(contentsOf: text.utf8)
                bytes.append(0)
            case .int(let value):
                starts.append(bytes.count)
                bytes.append(contentsOf: String(value).utf8)
                bytes.append(0)
            case .bytes(let value):
                starts.append(bytes.count)
                bytes.append(contentsOf: value)
                lengths[index] = Int32(value.count)
                formats[index] = 1
            case .null:
                starts.append(-1)
            }
        }
        // Never empty, so that its base address is not nil (an empty bytea points at this byte).
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { buffer throws(E) -> T in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            return try body(starts.map { $0 < 0 ? nil : base + $0 }, lengths, formats)
        }
    }

    @discardableResult
    private func check(_ result: OpaquePointer?) throws(PGFailure) -> PGRows {
        defer { PQclear(result) }
        if let result {
            let status = PQresultStatus(result)
            if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK { return PGRows(result) }
        }
        throw failure(result)
    }

    /// What a failed result (or, without one, the connection's last error) means.
    private func failure(_ result: OpaquePointer?) -> PGFailure {
        let state = result.flatMap { PQresultErrorField($0, Self.field("C")) }.map { String(cString: $0) } ?? ""
        let primary = result.flatMap { PQresultErrorField($0, Self.field("M")) }.map { String(cString: $0) }
        let message = address.redact(primary ?? Self.essence(handle.map { String(cString: PQerrorMessage($0)) } ?? ""))
        // Class 08 is a connection exception; 57P01-57P03 the server shutting down.
        if handle.map({ PQstatus($0) }) != CONNECTION_OK || state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) {
            return .lost(message)
        }
        return .server(state: state, message: message)
    }

    private static func field(_ code: Character) -> Int32 { Int32(code.asciiValue ?? 0) }

    // MARK: Connecting

    /// Connects with the URI's parameters, plus defaults that keep a desk from hanging on a dead
    /// network: connect_timeout 10 s, TCP keepalives, a TCP user timeout. The environment
    /// (PGPASSWORD, PGSSLMODE, …) and ~/.pgpass apply as for any libpq program.
    private static func connect(_ address: PostgresAddress, settings: String?) throws(PGFailure) -> OpaquePointer {
        var parameters = address.parameters
        if let settings { parameters["options"] = parameters["options"].map { $0 + " " + settings } ?? settings }
        let environment = ProcessInfo.processInfo.environment
        let defaults: [(String, String, String?)] = [
            ("connect_timeout", "10", "PGCONNECT_TIMEOUT"), ("keepalives_idle", "10", nil), ("keepalives_interval", "5", nil),
            ("keepalives_count", "3", nil), ("tcp_user_timeout", "15000", nil), ("fallback_application_name", "sop", nil),
        ]
        for (keyword, value, variable) in defaults where parameters[keyword] == nil && variable.flatMap({ environment[$0] }) == nil {
            parameters[keyword] = value
        }
        let keywords = parameters.keys.sorted()
        let keywordBuffers = keywords.map { strdup($0) } + [nil]
        let valueBuffers = keywords.map { strdup(parameters[$0] ?? "") } + [nil]
        defer { (keywordBuffers + valueBuffers).forEach { free($0) } }
        let connection = PQconnectdbParams(keywordBuffers.map { UnsafePointer($0) }, valueBuffers.map { UnsafePointer($0) }, 0)
        guard let connection else { throw .unusable(Catalog.Postgres.connectFailed(address.redacted, detail: "out of memory")) }
        guard PQstatus(connection) == CONNECTION_OK else {
            let failure = describeConnectFailure(connection, address: address)
            PQfinish(connection)
            throw .unusable(failure)
        }
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        return connection
    }

    private static func describeConnectFailure(_ connection: OpaquePointer, address: PostgresAddress) -> Localized {
        let raw = String(cString: PQerrorMessage(connection))
        let detail = address.redact(essence(raw))
        let host = PQhost(connection).map { String(cString: $0) } ?? address.parameters["host"] ?? "localhost"
        let port = PQport(connection).map { String(cString: $0) } ?? address.parameters["port"] ?? "5432"
        let server = host.isEmpty ? address.redacted : "\(host):\(port.isEmpty ? "5432" : port)"
        let user = PQuser(connection).map { String(cString: $0) } ?? address.parameters["user"] ?? "?"
        let database = PQdb(connection).map { String(cString: $0) } ?? address.parameters["dbname"] ?? user
        let lower = raw.lowercased()
        let passfile = address.passwordFile(environment: ProcessInfo.processInfo.environment)
        if PQconnectionNeedsPassword(connection) != 0 {
            return Catalog.Postgres.noPassword(user: user, server: server, database: database, passfile: passfile)
        }
        if lower.contains("password authentication failed") {
            return Catalog.Postgres.wrongPassword(user: user, server: server, passfile: passfile)
        }
        if lower.contains("database \"") && lower.contains("does not exist") {
            return Catalog.Postgres.unknownDatabase(database, server: server)
        }
        if lower.contains("role \"") && lower.contains("does not exist") { return Catalog.Postgres.unknownUser(user, server: server) }
        if lower.contains("pg_hba.conf") || lower.contains("ssl") || lower.contains("gssapi") {
            return Catalog.Postgres.refused(server, detail: detail)
        }
        let unreachable = ["connection refused", "could not connect", "timeout expired", "no route to host", "unreachable",
                           "could not translate host name", "no such file or directory", "connection timed out"]
        if unreachable.contains(where: lower.contains) {
            return Catalog.Postgres.unreachable(server, detail: Catalog.Faults.unreachableReason(lower).text(.id),
                                                detailEnglish: Catalog.Faults.unreachableReason(lower).en)
        }
        return Catalog.Postgres.connectFailed(server, detail: detail)
    }

    /// The heart of a libpq message: its first line, without the "connection to server … failed:"
    /// preamble and the severity.
    static func essence(_ message: String) -> String {
        var line = message.split(separator: "\n").first.map(String.init) ?? message
        if let failed = line.range(of: "failed: ", options: .backwards) { line = String(line[failed.upperBound...]) }
        for severity in ["FATAL:", "ERROR:"] where line.hasPrefix(severity) { line = String(line.dropFirst(severity.count)) }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "?" : trimmed
    }
}
