import GRDB
import SOPCore
import SOPEngine

/// The worklist as a column of the case row (migration v11): `sop_case.tasks` holds the steps
/// waiting on a case as a JSON array, NULL when none wait (a finished case, or none started).
/// A step that starts or ends then rewrites one row the commit writes anyway, instead of a
/// `case_task` row and its role index, each on a page of its own (each page is a WAL frame
/// the commit syncs). The view `case_task` shows the column as the table it replaced, row for
/// row, so that every reader (listings, their check, `sop db verify`, the live worklist, the
/// copy) reads the worklist as before.
public enum TaskList {
    static let migration = "v11: the worklist in the case row, fewer indexes written per step"

    /// A malformed column (written by hand) shows as no rows or as empty values, which
    /// `sop db verify` and the listings' check report against the events, never as an error.
    static let viewSQL = """
        CREATE VIEW case_task AS SELECT c.id AS case_id,
            IFNULL(CAST(t.value ->> 'step' AS TEXT), '') AS step,
            IFNULL(CAST(t.value ->> 'step_label' AS TEXT), '') AS step_label,
            IFNULL(CAST(t.value ->> 'visit' AS INTEGER), 0) AS visit,
            IFNULL(CAST(t.value ->> 'role' AS TEXT), '') AS role,
            IFNULL(CAST(t.value ->> 'role_name' AS TEXT), '') AS role_name,
            IFNULL(CAST(t.value ->> 'started_at' AS INTEGER), 0) AS started_at,
            CAST(t.value ->> 'due_at' AS INTEGER) AS due_at
        FROM sop_case c, json_each(CASE WHEN json_valid(c.tasks) THEN c.tasks END) t
        """

    /// The schema change: the rows of `case_task` move into their case rows (in the order they
    /// started), the table becomes the view. Dropped too: the role index of `case_task`, and
    /// `step_visit_by_sop` (nomor, started_at), written at every step start for reports, which
    /// read the step visits of a period in one pass over the table. A worklist is read from every
    /// case row that holds one (no index: an index on the open cases would be written at every
    /// step, and one on the status would let a forged status hide a waiting step).
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE sop_case ADD COLUMN tasks TEXT;
            UPDATE sop_case SET tasks = (
                SELECT json_group_array(json_object('step', step, 'step_label', step_label, 'visit', visit, 'role', role,
                                                    'role_name', role_name, 'started_at', started_at, 'due_at', due_at))
                FROM (SELECT * FROM case_task t WHERE t.case_id = sop_case.id ORDER BY started_at, step))
            WHERE id IN (SELECT case_id FROM case_task);
            DROP INDEX case_task_by_role;
            DROP TABLE case_task;
            \(viewSQL);
            DROP INDEX step_visit_by_sop;
            """)
    }

    /// The column's value for these entries: NULL when none wait.
    static func json(_ entries: [CaseProjection.ActiveEntry]) -> String? {
        json(entries.map { ($0.step, $0.stepLabel, $0.visit, $0.role, $0.roleName, $0.startedAt.milliseconds, $0.due?.milliseconds) })
    }

    public static func json(_ tasks: [ArchivedTask]) -> String? {
        json(tasks.map { ($0.step, $0.stepLabel, $0.visit, $0.role, $0.roleName, $0.startedAt, $0.dueAt) })
    }

    /// Written straight into one buffer of bytes, as the event payload is (`payloadText`): a
    /// step's start or end writes it, and building it by string interpolation cost about three
    /// times the bytes. The same text as `JSONValue.quote` and decimal numbers give.
    private static func json(_ rows: [(String, String, Int, String, String, Int64, Int64?)]) -> String? {
        guard !rows.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(160 * rows.count)
        for (index, row) in rows.enumerated() {
            out.append(index > 0 ? UInt8(ascii: ",") : UInt8(ascii: "["))
            literal("{\"step\":", &out)
            JSONValue.quote(row.0, into: &out)
            literal(",\"step_label\":", &out)
            JSONValue.quote(row.1, into: &out)
            literal(",\"visit\":", &out)
            out.append(contentsOf: String(row.2).utf8)
            literal(",\"role\":", &out)
            JSONValue.quote(row.3, into: &out)
            literal(",\"role_name\":", &out)
            JSONValue.quote(row.4, into: &out)
            literal(",\"started_at\":", &out)
            out.append(contentsOf: String(row.5).utf8)
            if let due = row.6 {
                literal(",\"due_at\":", &out)
                out.append(contentsOf: String(due).utf8)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func literal(_ text: StaticString, _ out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
