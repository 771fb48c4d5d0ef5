import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// The hash chain on PostgreSQL (migration v3): the same canonical bytes as `EventChain`,
/// built by `sop_event_hash`, and `sop_append_events`, which appends a batch of events after
/// the case's head in one statement (one round trip per answer): it reads the head, links each
/// event to it and inserts it. The primary key (case_id, sequence) is the optimistic check: two
/// desks appending the same sequence cannot both succeed.
enum PostgresChain {
    static let migration = """
        ALTER TABLE case_event ADD COLUMN hash TEXT;
        CREATE TABLE chain_seal (
            id BIGSERIAL PRIMARY KEY,
            sealed_at BIGINT NOT NULL,
            heads TEXT NOT NULL,
            digest TEXT NOT NULL,
            mac TEXT NOT NULL
        );
        CREATE FUNCTION sop_chain_field(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
            SELECT CASE WHEN t IS NULL THEN '-;' ELSE octet_length(t)::text || ':' || t || ';' END $$;
        CREATE FUNCTION sop_event_hash(p_case text, p_sequence integer, p_at bigint, p_operator text, p_role text,
                                       p_step text, p_type text, p_payload text, p_previous text)
            RETURNS text IMMUTABLE LANGUAGE sql AS $$
            SELECT encode(sha256(convert_to('sop-event-v1' || chr(10) || sop_chain_field(p_case)
                || sop_chain_field(p_sequence::text) || sop_chain_field(p_at::text) || sop_chain_field(p_operator)
                || sop_chain_field(p_role) || sop_chain_field(p_step) || sop_chain_field(p_type)
                || sop_chain_field(p_payload) || sop_chain_field(p_previous), 'UTF8')), 'hex') $$;
        -- Events stored before: linked in order, per case.
        ALTER TABLE case_event DISABLE TRIGGER case_event_append_only;
        DO $$
        DECLARE r record; previous text := ''; current_case text := NULL;
        BEGIN
            FOR r IN SELECT * FROM case_event ORDER BY case_id COLLATE "C", sequence LOOP
                IF current_case IS DISTINCT FROM r.case_id THEN previous := ''; current_case := r.case_id; END IF;
                previous := sop_event_hash(r.case_id, r.sequence, r.at, r.operator, r.role, r.step, r.type, r.payload, previous);
                UPDATE case_event SET hash = previous WHERE case_id = r.case_id AND sequence = r.sequence;
            END LOOP;
        END $$;
        ALTER TABLE case_event ENABLE TRIGGER case_event_append_only;
        ALTER TABLE case_event ALTER COLUMN hash SET NOT NULL;
        -- Appends events after the head the caller read (p_expected). Returns the head found:
        -- p_expected when the events were written, another sequence when the case moved on (then
        -- nothing is written), NULL when the case has no events.
        CREATE FUNCTION sop_append_events(p_case text, p_expected integer, p_at bigint[], p_operator text[], p_role text[],
                                          p_step text[], p_type text[], p_payload text[])
            RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE head integer; previous text;
        BEGIN
            SELECT sequence, hash INTO head, previous FROM case_event WHERE case_id = p_case ORDER BY sequence DESC LIMIT 1;
            IF head IS NULL OR head <> p_expected THEN RETURN head; END IF;
            FOR i IN 1 .. coalesce(cardinality(p_type), 0) LOOP
                previous := sop_event_hash(p_case, p_expected + i, p_at[i], p_operator[i], p_role[i], p_step[i], p_type[i],
                                           p_payload[i], previous);
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                    VALUES (p_case, p_expected + i, p_at[i], p_operator[i], p_role[i], p_step[i], p_type[i], p_payload[i], previous);
            END LOOP;
            RETURN p_expected;
        END $$;
        """

    static let appendSQL = "SELECT sop_append_events($1, $2, $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])"

    static func appendParameters(_ id: String, expected: Int, _ events: [ArchivedEvent]) -> [PGValue] {
        [.text(id), .int(expected), .array(events.map { $0.at }), .array(events.map(\.operatorName)), .array(events.map(\.role)),
         .array(events.map(\.step)), .array(events.map(\.type)), .array(events.map(\.payload))]
    }
}
