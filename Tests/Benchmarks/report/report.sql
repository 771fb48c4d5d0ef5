-- The aggregate of `sop report`, written directly in SQL against the same store: the baseline
-- of the report benchmark. :now is the report time in milliseconds (substituted by bench.py).
-- Median: the middle value, or the mean of the two middle ones; p90: nearest rank ⌈0.9 n⌉.

-- Per step: cases, median and p90 of the time used, share within waktu, overdue open steps.
WITH done AS (
    SELECT nomor, step, COALESCE(used_seconds, (completed_at - started_at) / 1000.0) AS d
    FROM step_visit WHERE completed_at IS NOT NULL
), ranked AS (
    SELECT nomor, step, d, ROW_NUMBER() OVER (PARTITION BY nomor, step ORDER BY d) AS r,
           COUNT(*) OVER (PARTITION BY nomor, step) AS n
    FROM done
), spread AS (
    SELECT nomor, step, MAX(n) AS n,
           AVG(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN d END) AS median,
           MAX(CASE WHEN r = (9 * n + 9) / 10 THEN d END) AS p90
    FROM ranked GROUP BY nomor, step
), counts AS (
    SELECT v.nomor, v.step, COUNT(DISTINCT v.case_id) AS cases,
           SUM(v.completed_at IS NOT NULL AND v.due_at IS NOT NULL AND v.completed_at <= v.due_at) AS within,
           SUM(v.completed_at IS NOT NULL AND v.due_at IS NOT NULL) AS judged,
           SUM(v.completed_at IS NULL AND v.due_at IS NOT NULL AND v.due_at < :now AND c.status IN ('terbuka', 'dijeda')) AS overdue
    FROM step_visit v JOIN sop_case c ON c.id = v.case_id
    GROUP BY v.nomor, v.step
)
SELECT 'step', counts.nomor, counts.step, cases, within, judged, overdue, median, p90
FROM counts LEFT JOIN spread USING (nomor, step) ORDER BY counts.nomor, counts.step;

-- Per SOP: case counts, lead time of completed cases, share within the sum of waktu.
WITH lead AS (
    SELECT nomor, (ended_at - started_at) / 1000.0 AS d FROM sop_case WHERE status = 'selesai' AND ended_at IS NOT NULL
), ranked AS (
    SELECT nomor, d, ROW_NUMBER() OVER (PARTITION BY nomor ORDER BY d) AS r, COUNT(*) OVER (PARTITION BY nomor) AS n FROM lead
), spread AS (
    SELECT nomor, AVG(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN d END) AS median,
           MAX(CASE WHEN r = (9 * n + 9) / 10 THEN d END) AS p90
    FROM ranked GROUP BY nomor
)
SELECT 'sop', c.nomor, COUNT(*), SUM(status = 'selesai'), SUM(status = 'dibatalkan'), SUM(status IN ('terbuka', 'dijeda')),
       SUM(status = 'selesai' AND due_at IS NOT NULL AND ended_at <= due_at), SUM(status = 'selesai' AND due_at IS NOT NULL),
       spread.median, spread.p90
FROM sop_case c LEFT JOIN spread USING (nomor) GROUP BY c.nomor ORDER BY c.nomor;

-- Per role: steps done, share within waktu, overdue open steps.
SELECT 'role', v.nomor, v.role, SUM(v.completed_at IS NOT NULL),
       SUM(v.completed_at IS NOT NULL AND v.due_at IS NOT NULL AND v.completed_at <= v.due_at),
       SUM(v.completed_at IS NOT NULL AND v.due_at IS NOT NULL),
       SUM(v.completed_at IS NULL AND v.due_at IS NOT NULL AND v.due_at < :now AND c.status IN ('terbuka', 'dijeda'))
FROM step_visit v JOIN sop_case c ON c.id = v.case_id GROUP BY v.nomor, v.role ORDER BY v.nomor, v.role;

-- Per operator: steps done, share within waktu.
SELECT 'operator', nomor, completed_by, COUNT(*), SUM(due_at IS NOT NULL AND completed_at <= due_at), SUM(due_at IS NOT NULL)
FROM step_visit WHERE completed_at IS NOT NULL GROUP BY nomor, completed_by ORDER BY nomor, completed_by;
