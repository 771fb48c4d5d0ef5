import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// The roster on PostgreSQL, enforced by the server for every connection that is not the
/// schema's owner or a superuser disabling triggers: the functions run as their owner
/// (SECURITY DEFINER, with the search path fixed when they were made), so a desk user needs no
/// right on `roster_holding` and cannot write it; they check `session_user`, which a desk cannot
/// change without logging in as someone else. In the same statement as the write: no extra
/// round trip per answer.
///
/// - A roster change must be made by the connected user (`granted_by = session_user`), under
///   `Roster`'s rules (first entry: grant `pengelola-peran` to yourself; then only its holders).
/// - Once the roster has an entry, an event is refused unless its operator is the connected user
///   and holds the event's role for the case's SOP.
public enum PostgresRoster {
    static let admin = Roster.adminRole

    static let migration = """
        CREATE TABLE roster_event (
            sequence INTEGER PRIMARY KEY,
            at BIGINT NOT NULL,
            granted_by TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
            operator TEXT NOT NULL,
            role TEXT NOT NULL,
            sop TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL
        );
        CREATE TABLE roster_holding (
            operator TEXT NOT NULL,
            role TEXT NOT NULL,
            sop TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            granted_at BIGINT NOT NULL,
            PRIMARY KEY (operator, role, sop)
        );
        CREATE FUNCTION sop_roster_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'roster events are append-only'; END $$;
        CREATE TRIGGER roster_event_append_only BEFORE UPDATE OR DELETE ON roster_event
            FOR EACH ROW EXECUTE FUNCTION sop_roster_event_append_only();
        CREATE TRIGGER roster_event_append_only_truncate BEFORE TRUNCATE ON roster_event
            FOR EACH STATEMENT EXECUTE FUNCTION sop_roster_event_append_only();
        CREATE FUNCTION sop_roster_event_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                -- One roster change at a time, so that the checks below see the latest roster.
                PERFORM pg_advisory_xact_lock(hashtext('sop roster ' || current_schema()));
                IF NEW.granted_by IS DISTINCT FROM session_user::text THEN
                    RAISE EXCEPTION 'sop-roster: not-session-user' USING ERRCODE = '42501';
                END IF;
                IF NEW.sequence <> (SELECT coalesce(max(sequence), 0) + 1 FROM roster_event) THEN
                    RAISE EXCEPTION 'sop-roster: changed-meanwhile' USING ERRCODE = '40001';
                END IF;
                IF NEW.operator = '' OR NEW.role = '' THEN
                    RAISE EXCEPTION 'sop-roster: empty' USING ERRCODE = '22023';
                END IF;
                IF NEW.role = '\(admin)' AND NEW.sop <> '' THEN
                    RAISE EXCEPTION 'sop-roster: admin-for-one-sop' USING ERRCODE = '22023';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM roster_event) THEN
                    IF NOT (NEW.action = 'grant' AND NEW.role = '\(admin)' AND NEW.operator = NEW.granted_by) THEN
                        RAISE EXCEPTION 'sop-roster: first-must-be-admin' USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM roster_holding WHERE operator = NEW.granted_by AND role = '\(admin)' AND sop = '') THEN
                    RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501';
                END IF;
                IF NEW.action = 'grant' AND EXISTS (SELECT 1 FROM roster_holding
                        WHERE operator = NEW.operator AND role = NEW.role AND sop = NEW.sop) THEN
                    RAISE EXCEPTION 'sop-roster: already-held' USING ERRCODE = '23505';
                END IF;
                IF NEW.action = 'revoke' AND NOT EXISTS (SELECT 1 FROM roster_holding
                        WHERE operator = NEW.operator AND role = NEW.role AND sop = NEW.sop) THEN
                    RAISE EXCEPTION 'sop-roster: not-held' USING ERRCODE = '22023';
                END IF;
                IF NEW.action = 'revoke' AND NEW.role = '\(admin)'
                        AND (SELECT count(*) FROM roster_holding WHERE role = '\(admin)') = 1 THEN
                    RAISE EXCEPTION 'sop-roster: last-admin' USING ERRCODE = '22023';
                END IF;
                RETURN NEW;
            END $$;
        CREATE TRIGGER roster_event_rules BEFORE INSERT ON roster_event
            FOR EACH ROW EXECUTE FUNCTION sop_roster_event_rules();
        CREATE FUNCTION sop_roster_event_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NEW.action = 'grant' THEN
                    INSERT INTO roster_holding (operator, role, sop, granted_by, granted_at)
                        VALUES (NEW.operator, NEW.role, NEW.sop, NEW.granted_by, NEW.at);
                ELSE
                    DELETE FROM roster_holding WHERE operator = NEW.operator AND role = NEW.role AND sop = NEW.sop;
                END IF;
                RETURN NULL;
            END $$;
        CREATE TRIGGER roster_event_apply AFTER INSERT ON roster_event
            FOR EACH ROW EXECUTE FUNCTION sop_roster_event_apply();
        CREATE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM roster_event) THEN RETURN NEW; END IF;
                IF NEW.operator IS DISTINCT FROM session_user::text THEN
                    RAISE EXCEPTION 'sop-roster: not-session-user operator=% user=%', NEW.operator, session_user
                        USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM roster_holding h
                        WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.role <> '\(admin)'
                        AND (h.sop = '' OR h.sop = (SELECT c.nomor FROM sop_case c WHERE c.id = NEW.case_id))) THEN
                    RAISE EXCEPTION 'sop-roster: role-not-held operator=% role=%', NEW.operator, coalesce(NEW.role, '')
                        USING ERRCODE = '42501';
                END IF;
                IF NEW.step IS NOT NULL AND NEW.type NOT IN ('step-started', 'join-arrived') AND EXISTS (SELECT 1 FROM step_visit v
                        WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL
                        AND v.role IS DISTINCT FROM NEW.role) THEN
                    RAISE EXCEPTION 'sop-roster: not-step-role operator=% role=% step=%', NEW.operator, coalesce(NEW.role, ''), NEW.step
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
        CREATE TRIGGER case_event_role_held BEFORE INSERT ON case_event
            FOR EACH ROW EXECUTE FUNCTION sop_case_event_role_held();
        """

    /// Migration v11's part: the event check of v4 as v6 left it (`sop_case_event_role_held`,
    /// `PostgresWebDesk.migration`) as one query instead of four (one executor start per event:
    /// its CPU time per event, 20,000 events in one rolled-back INSERT with the roster in force,
    /// went from 18.3 to 14.3 µs). The same checks, in the same order, with the same refusals: the
    /// roster in force, the operator the connected user (or the user a web gateway), the role held
    /// for the case's SOP (not `pengelola-peran`), the step's open visit in the event's role.
    static let oneQueryCheck = """
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
        DECLARE refusal integer;
        BEGIN
            SELECT CASE
                WHEN NOT EXISTS (SELECT 1 FROM roster_event) THEN 0
                WHEN NEW.operator IS DISTINCT FROM session_user::text
                        AND NOT EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text) THEN 1
                WHEN NOT EXISTS (SELECT 1 FROM roster_holding h
                        WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.role <> '\(admin)'
                        AND (h.sop = '' OR h.sop = (SELECT c.nomor FROM sop_case c WHERE c.id = NEW.case_id))) THEN 2
                WHEN NEW.step IS NOT NULL AND NEW.type NOT IN ('step-started', 'join-arrived') AND EXISTS (SELECT 1 FROM step_visit v
                        WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL
                        AND v.role IS DISTINCT FROM NEW.role) THEN 3
                ELSE 0 END INTO refusal;
            IF refusal = 0 THEN RETURN NEW; END IF;
            IF refusal = 1 THEN
                RAISE EXCEPTION 'sop-roster: not-session-user operator=% user=%', NEW.operator, session_user
                    USING ERRCODE = '42501';
            END IF;
            IF refusal = 2 THEN
                RAISE EXCEPTION 'sop-roster: role-not-held operator=% role=%', NEW.operator, coalesce(NEW.role, '')
                    USING ERRCODE = '42501';
            END IF;
            RAISE EXCEPTION 'sop-roster: not-step-role operator=% role=% step=%', NEW.operator, coalesce(NEW.role, ''), NEW.step
                USING ERRCODE = '42501';
        END $$;
        """

    /// The sentence for a server's refusal of an event ("sop-roster: role-not-held operator=a role=b").
    static func explainEventRefusal(_ message: String) -> Localized? {
        guard let code = RosterRefusal.code(in: message) else { return nil }
        func value(_ key: String) -> String {
            guard let range = message.range(of: key + "=") else { return "?" }
            return String(message[range.upperBound...].prefix { !$0.isWhitespace })
        }
        switch code {
        case "role-not-held": return Catalog.Roster.writeRefused(value("operator"), role: value("role"))
        case "not-step-role": return Catalog.Roster.notStepRole(value("operator"), role: value("role"), step: value("step"))
        case "no-waiting-step": return Catalog.TamperEvidence.noWaitingStep(value("operator"), role: value("role"))
        case "bad-hash": return Catalog.TamperEvidence.badHash(value("case"), sequence: value("sequence"))
        case PostgresDerivedGuard.code: return Catalog.TamperEvidence.derivedWithoutEvent(value("table"), case: value("case"))
        case "not-session-user" where message.contains("operator="): return Catalog.Roster.notDatabaseUser(value("operator"), user: value("user"))
        default: return nil
        }
    }
}

extension PostgresCaseStore: RosterStore {
    public var authenticatedUser: String? {
        try? perform { c, _ in try c.query("SELECT session_user").text(0, 0) }
    }

    public func rosterHistory() throws(StoreError) -> [RosterEntry] {
        try perform { c, _ in
            let rows = try c.query("SELECT sequence, at, granted_by, action, operator, role, sop, hash FROM roster_event ORDER BY sequence")
            return (0..<rows.count).map { row in
                RosterEntry(sequence: rows.integer(row, 0), at: Date(milliseconds: rows.int(row, 1) ?? 0), by: rows.text(row, 2),
                            action: RosterEntry.Action(rawValue: rows.text(row, 3)) ?? .grant, operatorName: rows.text(row, 4),
                            role: rows.text(row, 5), sop: rows.text(row, 6).isEmpty ? nil : rows.text(row, 6),
                            hash: rows.string(row, 7))
            }
        }
    }

    public func storedHoldings() throws(StoreError) -> [String] {
        try perform { c, _ in
            let rows = try c.query("SELECT operator || '/' || role || '/' || sop FROM roster_holding")
            return (0..<rows.count).map { rows.text($0, 0) }.sorted()
        }
    }

    public func appendRoster(_ entry: RosterEntry) throws(StoreError) {
        do {
            try perform { c, _ in
                try transaction(c) {
                    let head = try c.query("SELECT hash FROM roster_event ORDER BY sequence DESC LIMIT 1")
                    let hash = RosterChain.hash(entry, previous: head.isEmpty ? "" : head.text(0, 0))
                    try c.query("""
                        INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop, hash)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                        """, [.int(entry.sequence), .int(entry.at.milliseconds), .text(entry.by), .text(entry.action.rawValue),
                              .text(entry.operatorName), .text(entry.role), .text(entry.sop ?? ""), .text(hash)])
                }
            }
        } catch .unavailable(let message) {
            throw .unavailable(RosterRefusal.explain(message, entry: entry))
        }
    }

    // PINs on PostgreSQL are for the web desk (`sop serve`, PostgresWebDesk): read by its gateway
    // user or an administrator, set by an administrator, through the server's functions.
    public func pin(of operatorName: String) throws(StoreError) -> PINRecord? {
        try perform { c, _ in PostgresWebDesk.record(try c.query("SELECT * FROM sop_pin_of($1)", [.text(operatorName)])) }
    }

    /// The PIN and the end of the operator's web sessions in one transaction, each function
    /// checking on the server that the session user is a roster administrator.
    @discardableResult
    public func savePIN(_ record: PINRecord) throws(StoreError) -> Int {
        try perform { c, _ in
            try transaction(c) {
                try c.query("SELECT sop_set_pin($1, $2, $3, $4, $5)", [.text(record.operatorName), .bytes(record.salt), .bytes(record.hash),
                                                                     .text(record.parameters), .int(record.setAt.milliseconds)])
                return try c.query("SELECT sop_end_web_sessions($1)", [.text(record.operatorName)]).integer(0, 0)
            }
        }
    }

    public func recordPINAttempt(of operatorName: String, success: Bool, at time: Date) throws(StoreError) -> PINRecord? {
        try perform { c, _ in
            PostgresWebDesk.record(try guardedQuery(c, "SELECT * FROM sop_pin_attempt($1, $2, $3, $4, $5)", [
                .text(operatorName), .text(success ? "true" : "false"), .int(time.milliseconds), .int(PINRecord.maxFailures),
                .int(Int64(PINRecord.lockout * 1000)),
            ]))
        }
    }
}

extension PostgresRoster {
    /// What a desk's own database user needs in the unit's schema, and no more: it reads
    /// everything, writes cases and roster entries (the triggers check both), updates only the
    /// columns a desk moves (a case's status and last write, a visit's completion, the counter,
    /// the title and search keys), and has no right on `roster_holding`, on the schema's objects
    /// or on the triggers. The README prints the same (a test runs the README's block).
    public static func deskGrants(schema: String, user: String) -> String {
        """
        GRANT USAGE ON SCHEMA \(schema) TO \(user);
        GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(user);
        GRANT INSERT ON \(["sop_revision", "case_counter", "sop_case", "case_event", "case_task", "attachment", "step_visit",
                          "roster_event", "case_lookup"].map { schema + "." + $0 }.joined(separator: ", ")) TO \(user);
        GRANT UPDATE (last) ON \(schema).case_counter TO \(user);
        GRANT UPDATE (status, updated_at, last_sequence, ended_at, due_at) ON \(schema).sop_case TO \(user);
        GRANT UPDATE (completed_at, completed_by, used_seconds) ON \(schema).step_visit TO \(user);
        GRANT UPDATE (title, search_keys) ON \(schema).case_lookup TO \(user);
        GRANT DELETE ON \(schema).case_task TO \(user);
        """
    }
}
