import Foundation
import SOPEngine
import SOPStore

/// The shared rate limits of `sop serve` on PostgreSQL (migration v9): one count per client
/// across every instance on the database. The table has no grant: the web server's gateway
/// user counts through `sop_web_attempt`, which runs as the schema's owner and refuses anyone
/// not listed in `web_gateway`; one statement, so two instances counting at once both count.
public enum PostgresWebAttempts {
    static let migration = WebAttemptSchema.sql + """
        CREATE FUNCTION sop_web_attempt(attempt_key TEXT, at_ms BIGINT, window_ms BIGINT, kept BIGINT) RETURNS integer LANGUAGE plpgsql
            SECURITY DEFINER SET search_path FROM CURRENT AS $$
            DECLARE counted integer;
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                DELETE FROM web_attempt WHERE window_start <= at_ms - window_ms * kept;
                INSERT INTO web_attempt AS w (key_hash, window_start, count) VALUES (attempt_key, at_ms, 1)
                    ON CONFLICT (key_hash) DO UPDATE SET
                        count = CASE WHEN w.window_start <= at_ms - window_ms THEN 1 ELSE w.count + 1 END,
                        window_start = CASE WHEN w.window_start <= at_ms - window_ms THEN at_ms ELSE w.window_start END
                    RETURNING w.count INTO counted;
                RETURN counted;
            END $$;
        """
}

extension PostgresCaseStore: WebAttemptStore {
    public func countWebAttempt(key: String, at now: Date, window: TimeInterval) throws(StoreError) -> Int {
        try perform { c, _ in
            try guardedQuery(c, "SELECT sop_web_attempt($1, $2, $3, $4)",
                        [.text(key), .int(now.milliseconds), .int(Int64(window * 1000)), .int(Int64(WebAttemptSchema.kept))]).integer(0, 0)
        }
    }
}
