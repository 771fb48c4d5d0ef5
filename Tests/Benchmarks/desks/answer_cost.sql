-- The server-side cost of one answer, without commits or fsync (outside the suite): 5,000 of each
-- in one transaction, rolled back, side by side with the bare floor's INSERT. In a schema made by
-- sop-bench (one case, 01-2026-000001, with 29 events), roster not in force:
--   psql "$URL" -qc "CREATE SCHEMA acost"
--   .build/release/sop-bench run-cases 1 "$URL?options=-csearch_path%3Dacost" sop/01-pengaduan-langsung.yaml \
--     Tests/Fixtures/answers/01-lengkap.yaml
--   PGOPTIONS=-csearch_path=acost psql "$URL" -f Tests/Benchmarks/desks/answer_cost.sql
\timing on
CREATE TEMP TABLE floor_event (case_id TEXT NOT NULL, sequence BIGINT NOT NULL, at BIGINT NOT NULL, operator TEXT NOT NULL,
    role TEXT, step TEXT, type TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (case_id, sequence));
-- 1. The floor: one event-sized row.
BEGIN;
DO $$ BEGIN FOR i IN 1..5000 LOOP
    INSERT INTO floor_event VALUES ('01-2026-000001', i, 1796004000000, 'bench', 'resepsionis', '1', 'field-answered',
        '{"field":"nama","step":"1","value":"Siti Aminah","visit":1}');
END LOOP; END $$;
ROLLBACK;
-- 2. An answer before v9: the server reads the head and hashes (sop_append_events, v3).
BEGIN;
DO $$ BEGIN FOR i IN 1..5000 LOOP
    PERFORM sop_append_events('01-2026-000001', 28 + i, ARRAY[1796004000000]::bigint[], ARRAY['bench'], ARRAY['resepsionis'],
        ARRAY['1'], ARRAY['field-answered'], ARRAY['{"field":"nama","step":"1","value":"Siti Aminah","visit":1}']);
END LOOP; END $$;
ROLLBACK;
-- 3. An answer since v9: linked by the desk, one plain INSERT (the hash is any 64 hex digits here).
BEGIN;
DO $$ BEGIN FOR i IN 1..5000 LOOP
    INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
    VALUES ('01-2026-000001', 29 + i, 1796004000000, 'bench', 'resepsionis', '1', 'field-answered',
        '{"field":"nama","step":"1","value":"Siti Aminah","visit":1}', repeat('ab', 32));
END LOOP; END $$;
ROLLBACK;
-- 4. An answer that may change the title before v9 (sop_append_case: lock, head, hash, lookup row).
BEGIN;
DO $$ BEGIN FOR i IN 1..5000 LOOP
    PERFORM sop_append_case('01-2026-000001', 28 + i, ARRAY[1796004000000]::bigint[], ARRAY['bench'], ARRAY['resepsionis'],
        ARRAY['1'], ARRAY['field-answered'], ARRAY['{"field":"nama","step":"1","value":"Siti Aminah","visit":1}'],
        true, 'Siti Aminah', '', false, 'selesai', 0, 0, NULL, NULL, '{}', '{}', '{}', '{}', '{}', '{}', '{}',
        '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}');
END LOOP; END $$;
ROLLBACK;
-- 5. The same since v9 (sop_append_case_linked: the INSERT first, no lock, no head, no hash).
BEGIN;
DO $$ BEGIN FOR i IN 1..5000 LOOP
    PERFORM sop_append_case_linked('01-2026-000001', 28 + i, ARRAY[1796004000000]::bigint[], ARRAY['bench'], ARRAY['resepsionis'],
        ARRAY['1'], ARRAY['field-answered'], ARRAY['{"field":"nama","step":"1","value":"Siti Aminah","visit":1}'],
        ARRAY[repeat('ab', 32)], true, 'Siti Aminah', '', false, 'selesai', 0, 0, NULL, NULL, '{}', '{}', '{}', '{}', '{}', '{}',
        '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}');
END LOOP; END $$;
ROLLBACK;
