/// The worklist's notices sent after the commit (migration v11).
///
/// v7's trigger NOTIFYs inside the transaction that moves a `case_task` row. PostgreSQL takes one
/// database-wide lock for a transaction that notifies, at its commit, and holds it until the
/// commit record is flushed: every step's start or end waited for the previous one's flush, and
/// group commit could not gather them (sixteen desks: 577–689 answers/s with it, 1,764–1,921 with
/// the trigger disabled). Since v11 a session that says it sends the notices itself
/// (`sop.live = 'after-commit'`, as every `sop` store connection does from its start) has the trigger keep
/// them in a session setting instead; `sop_live_flush()` sends them, in a transaction of its own
/// behind the write's Sync in the same pipeline (same round trip). That transaction writes nothing,
/// so its commit waits for no flush, and the lock is held for a moment only. The listener hears
/// the same payloads, once the write is committed.
///
/// Any other session (psql, a script, an older `sop`) does not set it: the trigger notifies in the
/// transaction as before, so hand-written SQL keeps the worklists live. The setting is a hint, not
/// a right: a session that sets it and never flushes only leaves its own changes unheard until
/// the pages' next reload, and the notices only tell a page to read its worklist again, with its
/// own rights.
enum PostgresLiveNotices {
    /// The setting a store connection starts with (libpq's `options`, no round trip of its own).
    static let session = "-c sop.live=after-commit"

    /// Sent after the write's Sync: the notices the write's transaction kept, once each.
    static let flush: (sql: String, parameters: [PGValue]) = ("SELECT sop_live_flush()", [])

    static let migration = """
        DROP TRIGGER case_task_notify ON case_task;
        CREATE TRIGGER case_task_notify AFTER INSERT OR UPDATE OR DELETE ON case_task
            FOR EACH ROW WHEN (current_setting('sop.live', true) IS DISTINCT FROM 'after-commit')
            EXECUTE FUNCTION sop_case_task_notify();
        CREATE FUNCTION sop_case_task_notice_later() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE channel text := sop_live_channel(TG_TABLE_SCHEMA); kept text := coalesce(current_setting('sop.live_pending', true), '');
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                kept := kept || channel || E'\\t'
                    || json_build_object('kasus', OLD.case_id, 'langkah', OLD.step, 'peran', OLD.role)::text || E'\\n';
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                kept := kept || channel || E'\\t'
                    || json_build_object('kasus', NEW.case_id, 'langkah', NEW.step, 'peran', NEW.role)::text || E'\\n';
            END IF;
            -- Kept for the session (not local): it outlives the commit, and a rollback undoes it.
            PERFORM set_config('sop.live_pending', kept, false);
            RETURN NULL;
        END $$;
        CREATE TRIGGER case_task_notify_later AFTER INSERT OR UPDATE OR DELETE ON case_task
            FOR EACH ROW WHEN (current_setting('sop.live', true) = 'after-commit')
            EXECUTE FUNCTION sop_case_task_notice_later();
        CREATE FUNCTION sop_live_flush() RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE kept text := current_setting('sop.live_pending', true); line text; sent integer := 0;
        BEGIN
            IF kept IS NULL OR kept = '' THEN RETURN 0; END IF;
            PERFORM set_config('sop.live_pending', '', false);
            FOR line IN SELECT DISTINCT l FROM regexp_split_to_table(kept, E'\\n') AS l WHERE l <> '' LOOP
                PERFORM pg_notify(split_part(line, E'\\t', 1), split_part(line, E'\\t', 2));
                sent := sent + 1;
            END LOOP;
            RETURN sent;
        END $$;
        """
}
