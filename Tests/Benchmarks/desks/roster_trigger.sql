-- The server-side cost of the roster's check per event, without commits or fsync (outside the suite).
-- Two schemas made by sop-bench, one with the roster in force (SOP_BENCH_ROSTER=1), one without:
--   for m in 0 1; do psql "$URL" -qc "CREATE SCHEMA rcost_$m"
--     SOP_BENCH_ROSTER=$m .build/release/sop-bench run-cases 1 "$URL?options=-csearch_path%3Drcost_$m" \
--       sop/01-pengaduan-langsung.yaml Tests/Fixtures/answers/01-lengkap.yaml; done
--   PGOPTIONS=-csearch_path=rcost_1 psql "$URL" -f Tests/Benchmarks/desks/roster_trigger.sql   (and rcost_0)
-- 20,000 events inserted in one transaction as the database user that holds the role, then rolled back.
\timing on
-- Each row carries the hash that links it to the row before it (checked by the server since v12),
-- computed in both schemas alike, so the difference between them is the check alone.
BEGIN; INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) WITH RECURSIVE chain(g, hash) AS (SELECT 1, sop_event_hash('01-2026-000001', 1001, 0, 'sop', 'resepsionis', NULL, 'note-added', '{}', '') UNION ALL SELECT g + 1, sop_event_hash('01-2026-000001', 1001 + g, 0, 'sop', 'resepsionis', NULL, 'note-added', '{}', hash) FROM chain WHERE g < 20000) SELECT '01-2026-000001', 1000+g, 0, 'sop', 'resepsionis', NULL, 'note-added', '{}', hash FROM chain; ROLLBACK;
