#!/bin/sh
# The worklist's NOTIFY and group commit (outside the suite): `sop-bench run-desks 16 5` on fresh schemas,
# interleaved ROUNDS times, as the store is now ("after": v11, notices sent after the commit) and with v7's
# trigger restored in the schema ("before": NOTIFY inside every committing transaction that moves the
# worklist), then pgbench's floor for as many transactions; the WAL syncs of each run from pg_stat_wal
# (fewer syncs than commits: group commit gathered them). Needs the release sop-bench and a PostgreSQL
# whose password is in PGPASSWORD or ~/.pgpass:
#   swift build -c release --product sop-bench
#   SOP_BENCH_POSTGRES=postgres://sop@127.0.0.1:5432/sop sh Tests/Benchmarks/desks/notify_lock.sh
set -eu
cd "$(dirname "$0")/../../.."
url=${SOP_BENCH_POSTGRES:?SOP_BENCH_POSTGRES names the server}
desks=${DESKS:-16}
cases=${CASES:-5}
bench=.build/${BUILD:-release}/sop-bench
sop=sop/01-pengaduan-langsung.yaml
answers=Tests/Fixtures/answers/01-lengkap.yaml
syncs() { psql "$url" -Atc "SELECT wal_sync FROM pg_stat_wal"; }
for round in $(seq 1 "${ROUNDS:-3}"); do
    for mode in after before; do
        schema=notify_${mode}_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
        psql "$url" -qc "CREATE SCHEMA $schema"
        at="$url?options=-csearch_path%3D$schema"
        SOP_BENCH_ROSTER=1 "$bench" run-cases 0 "$at" "$sop" "$answers" >/dev/null
        if [ "$mode" = before ]; then
            PGOPTIONS=-csearch_path=$schema psql "$url" -qc "DROP TRIGGER IF EXISTS case_task_notify_later ON case_task;
                DROP TRIGGER IF EXISTS case_task_live ON case_task;
                DROP TRIGGER IF EXISTS case_task_notify ON case_task; CREATE TRIGGER case_task_notify AFTER INSERT OR UPDATE OR DELETE
                ON case_task FOR EACH ROW EXECUTE FUNCTION sop_case_task_notify()"
        fi
        first=$(syncs)
        out=$(SOP_BENCH_ROSTER=1 "$bench" run-desks "$desks" "$cases" "$at" "$sop" "$answers")
        sleep 1
        python3 -c "import json,sys; r=json.loads(sys.argv[1]); s=int(sys.argv[4])-int(sys.argv[3])
print(f'{sys.argv[2]:6} {r[\"commits\"]} commits, {r[\"commits\"]/r[\"seconds\"]:.0f} answers/s, {s} WAL syncs, {s/r[\"commits\"]:.3f} a commit')" \
            "$out" "$mode" "$first" "$(syncs)"
        psql "$url" -qc "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
    done
done
schema=notify_floor_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
psql "$url" -qc "CREATE SCHEMA $schema; SET search_path TO $schema; CREATE TABLE floor_event (case_id TEXT NOT NULL,
    sequence BIGINT NOT NULL, at BIGINT NOT NULL, operator TEXT NOT NULL, role TEXT, step TEXT, type TEXT NOT NULL,
    payload TEXT NOT NULL, PRIMARY KEY (case_id, sequence)); CREATE SEQUENCE floor_sequence;"
script=$(mktemp --suffix=.sql)
python3 -c "import sys; sys.path.insert(0, 'Tests/Benchmarks/desks'); import bench; print(bench.FLOOR_SQL)" >"$script"
transactions=$((desks * cases * 22))
first=$(syncs)
PGOPTIONS=-csearch_path=$schema pgbench -n -c "$desks" -j "$desks" -t $((transactions / desks)) -f "$script" "$url" | grep '^tps'
sleep 1
echo "floor  $transactions transactions, $(( $(syncs) - first )) WAL syncs"
psql "$url" -qc "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
rm -f "$script"
uptime
