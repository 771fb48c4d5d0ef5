#!/usr/bin/env bash
# What the PostgreSQL server does per commit, counted (README "Where an answer's time goes"):
#
#   bash Tests/Benchmarks/desks/server_cost.sh [SOP_BENCH]     (default .build/release/sop-bench)
#
# Starts a throwaway PostgreSQL under `valgrind --tool=callgrind --trace-children=yes` (every
# backend writes its own count), runs SOP 01 with the roster in force through sop-bench
# (`run-cases 10` minus `run-cases 0`, 220 commits) and pgbench's floor (one-row INSERT per
# transaction, `-t 221` minus `-t 1`), and prints per commit: the server backend's instructions,
# the WAL records and bytes (pg_waldump, no full-page images) and the desk's sendto calls
# (strace). Counts, not times: they do not depend on the machine's load. Needs valgrind, strace
# and Debian's postgresql; as root the server runs as `postgres`. Takes a few minutes.
#
# FLOOR_DESIGNS=1 also counts, after these, the designs of `floor_designs.py` (what a server-side
# role check and chain link cost at best); FLOOR_DESIGNS=only counts those alone. KEEP=DIR keeps
# the callgrind files of the `run-cases 10` backends in DIR (for callgrind_annotate). SQL=FILE runs
# FILE in the desks' schema after it is migrated (a variant of a server function, counted before it
# becomes a migration); NO_FLOOR=1 leaves out pgbench's floor. DESK_USER=NAME runs the counted desk
# as that database user (made by the SQL file, with a desk's grants) instead of the owner, e.g.
# `SQL=Tests/Benchmarks/desks/rls_answer.sql DESK_USER=loket1` (the roster's check as row-level
# security, which holds neither the owner nor a superuser).
set -euo pipefail
cd "$(dirname "$0")/../../.."
bench=${1:-.build/release/sop-bench}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/sop-server-cost-XXXXXX)
owner=$(id -un); [ "$(id -u)" = 0 ] && owner=postgres
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
chmod 0755 "$dir"; chown "$owner" "$dir"
as_owner "$bin/initdb" -D "$dir/data" -U sop -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1
port=$((20000 + RANDOM % 20000))
as_owner bash -c "valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=$dir/cg.%p $bin/postgres -D $dir/data \
    -p $port -c listen_addresses=127.0.0.1 -k $dir -c autovacuum=off >$dir/log 2>&1 &"
trap 'kill $(head -1 "$dir/data/postmaster.pid" 2>/dev/null) 2>/dev/null || true; sleep 5; rm -rf "$dir"' EXIT
url="postgres://sop@127.0.0.1:$port/sop"
for _ in $(seq 1 120); do psql "postgres://sop@127.0.0.1:$port/postgres" -qc "CREATE DATABASE sop" 2>/dev/null && break; sleep 1; done
export SOP_BENCH_ROSTER=1
sop=(sop/01-pengaduan-langsung.yaml Tests/Fixtures/answers/01-lengkap.yaml)

# Instructions of the backends started while "$@" runs (their files are written when they exit).
counted() {
    sleep 3; ls "$dir"/cg.* | sort >"$dir/before"
    "$@" >/dev/null 2>&1
    sleep 3; ls "$dir"/cg.* | sort >"$dir/after"
    comm -13 "$dir/before" "$dir/after" >"$dir/new"
    if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; xargs cp -t "$KEEP" <"$dir/new"; fi
    xargs grep -h '^summary:' <"$dir/new" | awk '{s += $2} END {print s}'
}
wal() { as_owner "$bin/pg_waldump" -p "$dir/data/pg_wal" -s "$1" -e "$2" --stats=record 2>/dev/null | awk '/^Total/ {print $2, $3}'; }
lsn() { psql "$url" -Atc "SELECT pg_current_wal_lsn()"; }

psql "$url" -qc "CREATE SCHEMA desks; CREATE SCHEMA floor; CREATE TABLE floor.floor_event (case_id TEXT NOT NULL, \
    sequence BIGINT NOT NULL, at BIGINT NOT NULL, operator TEXT NOT NULL, role TEXT, step TEXT, type TEXT NOT NULL, \
    payload TEXT NOT NULL, PRIMARY KEY (case_id, sequence)); CREATE SEQUENCE floor.floor_sequence"
if [ "${FLOOR_DESIGNS:-}" = only ]; then
    SOP_BENCH_POSTGRES=$url CALLGRIND_DIR=$dir python3 Tests/Benchmarks/desks/floor_designs.py
    exit
fi
db="$url?options=-csearch_path%3Ddesks"
"$bench" run-cases 0 "$db" "${sop[@]}" >/dev/null   # migrate
if [ -n "${SQL:-}" ]; then psql "$db" -v ON_ERROR_STOP=1 -qf "$SQL" >/dev/null; fi
if [ -n "${DESK_USER:-}" ]; then
    db=${db/sop@/$DESK_USER@}
    "$bench" run-cases 1 "$db" "${sop[@]}" >/dev/null   # the desk user's roles granted, one case written: it works
fi
zero=$(KEEP= counted "$bench" run-cases 0 "$db" "${sop[@]}")
start=$(lsn)
ten=$(counted "$bench" run-cases 10 "$db" "${sop[@]}")
read -r records bytes <<<"$(wal "$start" "$(lsn)")"
strace -f -c -e trace=sendto -o "$dir/s0" "$bench" run-cases 0 "$db" "${sop[@]}" >/dev/null
strace -f -c -e trace=sendto -o "$dir/s10" "$bench" run-cases 10 "$db" "${sop[@]}" >/dev/null
sends=$(( $(awk '$NF == "sendto" {print $4}' "$dir/s10") - $(awk '$NF == "sendto" {print $4}' "$dir/s0") ))
echo "sop-bench, SOP 01, 220 commits: server $(( (ten - zero) / 220 )) instructions, $(echo "scale=2; $records / 220" | bc) WAL records," \
     "$(( bytes / 220 )) WAL bytes, $(echo "scale=2; $sends / 220" | bc) sendto per commit"

[ -n "${NO_FLOOR:-}" ] && exit 0
floor=$(mktemp); trap 'rm -f "$floor"; kill $(head -1 "$dir/data/postmaster.pid" 2>/dev/null) 2>/dev/null || true; sleep 5; rm -rf "$dir"' EXIT
cat >"$floor" <<'SQL'
INSERT INTO floor_event (case_id, sequence, at, operator, role, step, type, payload)
VALUES ('01-2026-' || :client_id, nextval('floor_sequence'), 1796004000000, 'budi', 'resepsionis', '1', 'field-answered',
'{"field":"nama","step":"1","value":"Siti Aminah","visit":1}');
SQL
export PGOPTIONS="-c search_path=floor"
one=$(KEEP= counted pgbench -n -c 1 -j 1 -t 1 -f "$floor" "$url")
start=$(lsn)
many=$(KEEP= counted pgbench -n -c 1 -j 1 -t 221 -f "$floor" "$url")
read -r records bytes <<<"$(wal "$start" "$(lsn)")"
echo "pgbench floor, 220 commits: server $(( (many - one) / 220 )) instructions, $(echo "scale=2; $records / 221" | bc) WAL records," \
     "$(( bytes / 221 )) WAL bytes, 1 sendto per commit"
if [ "${FLOOR_DESIGNS:-}" = 1 ]; then
    unset PGOPTIONS
    SOP_BENCH_POSTGRES=$url CALLGRIND_DIR=$dir python3 Tests/Benchmarks/desks/floor_designs.py
fi
