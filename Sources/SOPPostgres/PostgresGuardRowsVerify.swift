import SOPCore
import SOPEngine
import SOPStore

/// `sop db verify` on the roster check's guard rows (migration v15, `PostgresGuardRows`): what
/// decides whether the server admits the NEXT event (a case's SOP, each open step's role), so a
/// row edited by the owner or a superuser steers the server's role check. Each table is compared
/// with what its events imply in one set-based statement over every case (or the one named),
/// the same rule the check keeps them by and `sop_guard_fill` fills them by: a case's SOP is its
/// `case-started` event's (sequence 1); a step has a row while its latest `step-started` or
/// `step-completed` event is a start, with that start's role and joint roles (v27). Only the differences come back, so
/// a store that holds costs two scans on the server and no rows on the wire.
extension PostgresCaseStore {
    public func keptRowBreaks(only: String?) throws(StoreError) -> [ChainBreak]? {
        try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            // A desk may not read them (REVOKE ALL … FROM PUBLIC): said in the report, not a failure.
            guard try c.query("""
                SELECT has_table_privilege('sop_case_guard', 'SELECT') AND has_table_privilege('sop_step_guard', 'SELECT')
                """).bool(0, 0) else { return nil }
            let parameter: [PGValue] = [.optional(only)]
            var breaks: [ChainBreak] = []
            let cases = try c.query(Self.caseGuardDifferences, parameter)
            for row in 0..<cases.count {
                let id = cases.text(row, 0), expected = cases.string(row, 1) ?? "-", stored = cases.string(row, 2) ?? "-"
                switch (cases.bool(row, 3), cases.bool(row, 4)) {
                case (true, false): breaks.append(.init(caseID: id, sequence: 1, kind: .derived(Catalog.GuardRows.caseGuardMissing(nomor: expected))))
                case (false, _): breaks.append(.init(caseID: id, sequence: 0, kind: .derived(Catalog.GuardRows.caseGuardExtra(nomor: stored))))
                default:
                    if let broken = ChainBreak.derived(caseID: id, Catalog.GuardRows.caseGuardSOP, stored: stored, events: expected) {
                        breaks.append(.init(caseID: id, sequence: 1, kind: broken.kind))
                    }
                }
            }
            let steps = try c.query(Self.stepGuardDifferences, parameter)
            for row in 0..<steps.count {
                let id = steps.text(row, 0), step = steps.text(row, 1), sequence = steps.integer(row, 2)
                let type = steps.string(row, 3), expected = steps.string(row, 4) ?? "-"
                let stored = steps.bool(row, 5) ? steps.string(row, 6) ?? "-" : nil
                let kind: ChainBreak.Kind
                switch (type, stored) {
                case ("step-started"?, nil): kind = .derived(Catalog.GuardRows.stepGuardMissing(step: step, role: expected))
                case ("step-started"?, let stored?):
                    // The role, then the joint roles (v27: `bersama`, which may act in the step too).
                    if let broken = ChainBreak.derived(caseID: id, Catalog.GuardRows.stepGuardRole(step), stored: stored, events: expected) {
                        kind = broken.kind
                    } else if let broken = ChainBreak.derived(caseID: id, Catalog.GuardRows.stepGuardJoint(step),
                                                              stored: steps.string(row, 8) ?? "-", events: steps.string(row, 7) ?? "-") {
                        kind = broken.kind
                    } else {
                        continue
                    }
                case (_, let stored?): kind = .derived(Catalog.GuardRows.stepGuardExtra(step: step, role: stored, completed: type != nil))
                case (_, nil): continue
                }
                breaks.append(.init(caseID: id, sequence: sequence, kind: kind))
            }
            // By case, then sequence (the order of the rest of the report), whatever the plan's order.
            return breaks.sorted { ($0.caseID, $0.sequence, $0.message.text(.id)) < ($1.caseID, $1.sequence, $1.message.text(.id)) }
        }
    }

    /// Case id, the SOP its events give it, the SOP stored, whether each side has a row: only
    /// where they differ.
    static let caseGuardDifferences = """
        SELECT coalesce(e.case_id, g.case_id), e.nomor, g.nomor, e.case_id IS NOT NULL, g.case_id IS NOT NULL
        FROM (SELECT case_id, sop_json_field(payload, 'nomor') AS nomor FROM case_event
              WHERE sequence = 1 AND type = 'case-started' AND ($1::text IS NULL OR case_id = $1)) e
        FULL JOIN (SELECT case_id, nomor FROM sop_case_guard WHERE $1::text IS NULL OR case_id = $1) g ON g.case_id = e.case_id
        WHERE e.case_id IS NULL OR g.case_id IS NULL OR e.nomor IS DISTINCT FROM g.nomor
        """

    /// Case id, step, the sequence and type of the step's latest start or completion, the role
    /// that start gives it, whether a row is stored and its role: only where they differ. The
    /// payload is read for the latest event of each step only (after DISTINCT ON).
    static let stepGuardDifferences = """
        SELECT coalesce(e.case_id, g.case_id), coalesce(e.step, g.step), coalesce(e.sequence, 0), e.type,
               CASE WHEN e.type = 'step-started' THEN sop_json_field(e.payload, 'role') END AS expected,
               g.case_id IS NOT NULL, g.role,
               CASE WHEN e.type = 'step-started' THEN array_to_string(sop_json_joint(e.payload), ', ') END, array_to_string(g.joint, ', ')
        FROM (SELECT DISTINCT ON (case_id, step) case_id, step, sequence, type, payload FROM case_event
              WHERE type IN ('step-started', 'step-completed') AND step IS NOT NULL AND ($1::text IS NULL OR case_id = $1)
              ORDER BY case_id, step, sequence DESC) e
        FULL JOIN (SELECT case_id, step, role, joint FROM sop_step_guard WHERE $1::text IS NULL OR case_id = $1) g
            ON g.case_id = e.case_id AND g.step = e.step
        WHERE (g.case_id IS NOT NULL) IS DISTINCT FROM (e.type = 'step-started')
           OR (e.type = 'step-started' AND sop_json_field(e.payload, 'role') IS DISTINCT FROM g.role)
           OR (e.type = 'step-started' AND sop_json_joint(e.payload) IS DISTINCT FROM g.joint)
        """
}
