import Foundation
import GRDB
import SOPEngine

// Rows of the tables, and their mapping to the domain. Nothing outside SOPStore sees them.

struct RevisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sop_revision"
    var hash: String
    var nomor: String
    var judul: String
    var revision_date: String
    var path: String
    var content: Data
    var saved_at: Int64

    init(_ revision: SOPRevision) {
        hash = revision.hash
        nomor = revision.nomor
        judul = revision.judul
        revision_date = revision.revisionDate
        path = revision.path
        content = Data(revision.content)
        saved_at = revision.savedAt.milliseconds
    }

    var revision: SOPRevision {
        var revision = SOPRevision(content: Array(content), nomor: nomor, judul: judul, revisionDate: revision_date,
                                   path: path, savedAt: Date(milliseconds: saved_at))
        revision.hash = hash
        return revision
    }
}

struct CaseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sop_case"
    var id: String
    var nomor: String
    var judul: String
    var revision: String
    var status: String
    var started_at: Int64
    var updated_at: Int64
    var last_sequence: Int
    var ended_at: Int64?
    var due_at: Int64?
    /// The steps waiting on the case, as JSON (`TaskList`, migration v11); NULL when none.
    var tasks: String?

    init(id: CaseID, _ projection: CaseProjection) {
        self.id = id.rawValue
        nomor = projection.nomor
        judul = projection.judul
        revision = projection.revision
        status = projection.status.rawValue
        started_at = projection.startedAt.milliseconds
        updated_at = projection.updatedAt.milliseconds
        last_sequence = projection.lastSequence
        ended_at = projection.endedAt?.milliseconds
        due_at = projection.due?.milliseconds
        tasks = projection.status.isFinished ? nil : TaskList.json(projection.active)
    }

    static let insertSQL = """
        INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    var arguments: StatementArguments {
        [id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks]
    }
    /// A new case's row with its title, tracking code and search keys (since v15, `LookupRowMigration`).
    static let insertWithLookupSQL = """
        INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks,
        title, tracking, search_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    /// `insertWithLookupSQL`'s values, bound by the store's new case (`RawStatement`).
    func insertValues(_ lookup: CaseLookup) -> [RawStatement.Value] {
        [.text(id), .text(nomor), .text(judul), .text(revision), .text(status), .int(started_at), .int(updated_at),
         .int(last_sequence), .int(ended_at), .int(due_at), .text(tasks), .text(lookup.title), .text(lookup.tracking),
         .text(lookup.keysText)]
    }

    /// The next case number of a prefix and year, counted in the same transaction.
    static let nextNumberSQL = """
        INSERT INTO case_counter(prefix, year, last) VALUES (?, ?, 1)
        ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1
        RETURNING last
        """

    /// What an append that changes the worklist or the status changes of its case row, the
    /// worklist and the status with it (one statement, the status written as it stands when it
    /// did not change): no indexed column. (An answer alone writes only its event row: the
    /// chain is its check.)
    static let progressSQL = """
        UPDATE sop_case SET updated_at = ?2, last_sequence = ?3, ended_at = ?4, due_at = ?5, tasks = ?6, title = ?7, search_keys = ?8,
        status = ?9 WHERE id = ?1
        """
    /// `progressSQL`'s values: the title and search keys ride on the case row's page (v15).
    func progressValues(_ lookup: CaseLookup) -> [RawStatement.Value] {
        [.text(id), .int(updated_at), .int(last_sequence), .int(ended_at), .int(due_at), .text(tasks), .text(lookup.title),
         .text(lookup.keysText), .text(status)]
    }

    func summary(tasks: [TaskRecord]) -> CaseSummary {
        CaseSummary(id: CaseID(id), projection: CaseProjection(
            nomor: nomor, judul: judul, revision: revision, status: CaseState.Status(rawValue: status) ?? .open,
            startedAt: Date(milliseconds: started_at), updatedAt: Date(milliseconds: updated_at),
            lastSequence: last_sequence, active: tasks.map(\.entry), endedAt: ended_at.map(Date.init(milliseconds:)),
            due: due_at.map(Date.init(milliseconds:))))
    }
}

/// A case's title, tracking code and search keys (migration v5).
enum LookupRecord {
    static let createSQL = """
        CREATE TABLE case_lookup (
            case_id TEXT PRIMARY KEY NOT NULL REFERENCES sop_case(id),
            title TEXT NOT NULL,
            tracking TEXT UNIQUE,
            search_keys TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    /// The table's row, as migration v5 wrote it (before v15 made the table a view).
    static let insertSQL = "INSERT INTO case_lookup (case_id, title, tracking, search_keys) VALUES (?, ?, ?, ?)"
    /// Since v15 (`LookupRowMigration`): a case's lookup, written into its case row (`arguments`).
    static let writeSQL = "UPDATE sop_case SET title = ?2, tracking = ?3, search_keys = ?4 WHERE id = ?1"
    /// A correction's title and keys, when they change and the case row is not written anyway
    /// (an unchanged row is no write).
    static let updateSQL = """
        UPDATE sop_case SET title = ?2, search_keys = ?3 WHERE id = ?1 AND (title IS NOT ?2 OR search_keys IS NOT ?3)
        """
    static func arguments(id: String, _ lookup: CaseLookup) -> StatementArguments {
        [id, lookup.title, lookup.tracking, lookup.keysText]
    }

    static func lookup(_ row: Row, from column: Int) -> CaseLookup {
        let keys: String = row[column + 2] ?? ""
        return CaseLookup(title: row[column] ?? "", tracking: row[column + 1],
                          searchKeys: keys.split(separator: " ").map(String.init))
    }

    static func all(_ db: Database, ids: [String]? = nil) throws -> [String: CaseLookup] {
        var result: [String: CaseLookup] = [:]
        let rows: [Row]
        if let ids {
            guard !ids.isEmpty else { return [:] }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            rows = try Row.fetchAll(db, sql: "SELECT case_id, title, tracking, search_keys FROM case_lookup WHERE case_id IN (\(marks))",
                                    arguments: StatementArguments(ids))
        } else {
            rows = try Row.fetchAll(db, sql: "SELECT case_id, title, tracking, search_keys FROM case_lookup")
        }
        for row in rows { result[row[0]] = lookup(row, from: 1) }
        return result
    }
}

struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_event"
    var case_id: String
    var sequence: Int
    var at: Int64
    var `operator`: String
    var role: String?
    var step: String?
    var type: String
    var payload: String
    var hash: String?

    init(caseID: CaseID, _ row: ArchivedEvent) {
        case_id = caseID.rawValue
        hash = row.hash
        sequence = row.sequence
        at = row.at
        self.operator = row.operatorName
        role = row.role
        step = row.step
        type = row.type
        payload = row.payload
    }

    static let insertSQL = """
        INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    var arguments: StatementArguments { [case_id, sequence, at, self.operator, role, step, type, payload, hash] }

    func event() throws -> CaseEvent { try archived.event() }
}

/// A row of the worklist: since migration v11 the view `case_task` over `sop_case.tasks` (`TaskList`).
struct TaskRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_task"
    var case_id: String
    var step: String
    var step_label: String
    var visit: Int
    var role: String
    var role_name: String
    var started_at: Int64
    var due_at: Int64?

    var entry: CaseProjection.ActiveEntry {
        CaseProjection.ActiveEntry(step: step, stepLabel: step_label, visit: visit, role: role, roleName: role_name,
                                   startedAt: Date(milliseconds: started_at), due: due_at.map(Date.init(milliseconds:)))
    }
}

struct AttachmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "attachment"
    var sha256: String
    var name: String
    var size: Int
    var content: Data
    var saved_at: Int64

    init(sha256: String, name: String, size: Int, content: Data, savedAt: Int64) {
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.content = content
        self.saved_at = savedAt
    }
}

extension Date {
    /// Times are stored as whole milliseconds since 1970.
    public var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
    public init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
