import GRDB
import SOPCore
import SOPEngine

/// The roster's tables and the rules SQLite itself enforces on every write, whoever writes:
/// the roster history is append-only, a change is accepted only under `Roster`'s rules, the
/// current holdings are kept by a trigger, and an event is refused unless its operator holds its
/// role for the case's SOP (once the roster is in force). Messages are stable codes
/// ("sop-roster: CODE") the store turns into sentences.
enum RosterSchema {
    static let admin = Roster.adminRole

    static let sqlite = """
        CREATE TABLE roster_event (
            sequence INTEGER PRIMARY KEY NOT NULL,
            at INTEGER NOT NULL,
            granted_by TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
            operator TEXT NOT NULL,
            role TEXT NOT NULL,
            sop TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL
        );
        CREATE TRIGGER roster_event_append_only_update BEFORE UPDATE ON roster_event
            BEGIN SELECT RAISE(ABORT, 'roster events are append-only'); END;
        CREATE TRIGGER roster_event_append_only_delete BEFORE DELETE ON roster_event
            BEGIN SELECT RAISE(ABORT, 'roster events are append-only'); END;
        CREATE TABLE roster_holding (
            operator TEXT NOT NULL,
            role TEXT NOT NULL,
            sop TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            granted_at INTEGER NOT NULL,
            PRIMARY KEY (operator, role, sop)
        ) WITHOUT ROWID;
        CREATE TRIGGER roster_event_rules BEFORE INSERT ON roster_event BEGIN
            SELECT RAISE(ABORT, 'sop-roster: changed-meanwhile')
                WHERE NEW.sequence <> (SELECT coalesce(max(sequence), 0) + 1 FROM roster_event);
            SELECT RAISE(ABORT, 'sop-roster: empty') WHERE NEW.operator = '' OR NEW.role = '';
            SELECT RAISE(ABORT, 'sop-roster: admin-for-one-sop') WHERE NEW.role = '\(admin)' AND NEW.sop <> '';
            SELECT RAISE(ABORT, 'sop-roster: first-must-be-admin')
                WHERE NOT EXISTS (SELECT 1 FROM roster_event)
                AND NOT (NEW.action = 'grant' AND NEW.role = '\(admin)' AND NEW.operator = NEW.granted_by);
            SELECT RAISE(ABORT, 'sop-roster: not-admin')
                WHERE EXISTS (SELECT 1 FROM roster_event) AND NOT EXISTS (SELECT 1 FROM roster_holding
                    WHERE operator = NEW.granted_by AND role = '\(admin)' AND sop = '');
            SELECT RAISE(ABORT, 'sop-roster: already-held')
                WHERE NEW.action = 'grant' AND EXISTS (SELECT 1 FROM roster_holding
                    WHERE operator = NEW.operator AND role = NEW.role AND sop = NEW.sop);
            SELECT RAISE(ABORT, 'sop-roster: not-held')
                WHERE NEW.action = 'revoke' AND NOT EXISTS (SELECT 1 FROM roster_holding
                    WHERE operator = NEW.operator AND role = NEW.role AND sop = NEW.sop);
            SELECT RAISE(ABORT, 'sop-roster: last-admin')
                WHERE NEW.action = 'revoke' AND NEW.role = '\(admin)'
                AND (SELECT count(*) FROM roster_holding WHERE role = '\(admin)') = 1;
        END;
        CREATE TRIGGER roster_event_apply AFTER INSERT ON roster_event BEGIN
            INSERT INTO roster_holding (operator, role, sop, granted_by, granted_at)
                SELECT NEW.operator, NEW.role, NEW.sop, NEW.granted_by, NEW.at WHERE NEW.action = 'grant';
            DELETE FROM roster_holding
                WHERE NEW.action = 'revoke' AND operator = NEW.operator AND role = NEW.role AND sop = NEW.sop;
        END;
        CREATE TRIGGER case_event_role_held BEFORE INSERT ON case_event
            WHEN EXISTS (SELECT 1 FROM roster_event) AND NOT EXISTS (SELECT 1 FROM roster_holding h
                WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.role <> '\(admin)'
                AND (h.sop = '' OR h.sop = (SELECT nomor FROM sop_case WHERE id = NEW.case_id)))
            BEGIN SELECT RAISE(ABORT, 'sop-roster: role-not-held'); END;
        CREATE TRIGGER case_event_step_role BEFORE INSERT ON case_event
            WHEN NEW.step IS NOT NULL AND NEW.type NOT IN ('step-started', 'join-arrived')
                AND EXISTS (SELECT 1 FROM roster_event) AND EXISTS (SELECT 1 FROM step_visit v
                    WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL AND v.role IS NOT NEW.role)
            BEGIN SELECT RAISE(ABORT, 'sop-roster: not-step-role'); END;
        CREATE TABLE operator_pin (
            operator TEXT PRIMARY KEY NOT NULL,
            salt BLOB NOT NULL,
            hash BLOB NOT NULL,
            parameters TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER,
            set_at INTEGER NOT NULL,
            set_by TEXT NOT NULL
        );
        """

    /// The sentence for a trigger's refusal of this event, if it is one.
    static func eventRefusal(_ error: DatabaseError, _ event: ArchivedEvent) -> StoreError? {
        error.message.flatMap(RosterRefusal.code(in:)).flatMap { refusal($0, event) }
    }

    /// The sentence for a refusal of this event by its code (the store's check, `EventRoleCheck`).
    static func refusal(_ code: String, _ event: ArchivedEvent) -> StoreError? {
        switch code {
        case "role-not-held": .unavailable(Catalog.Roster.writeRefused(event.operatorName, role: event.role ?? ""))
        case "not-step-role": .unavailable(Catalog.Roster.notStepRole(event.operatorName, role: event.role ?? "", step: event.step ?? ""))
        case "no-waiting-step": .unavailable(Catalog.Resuming.noWaitingStep(event.operatorName, role: event.role ?? ""))
        default: nil
        }
    }
}
