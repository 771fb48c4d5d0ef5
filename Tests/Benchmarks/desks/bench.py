#!/usr/bin/env python3
"""Benchmark of many desks on one store (issue 7), outside the test suite. Run from anywhere:

    python3 Tests/Benchmarks/desks/bench.py        # DESKS=1,4,16 CASES=10 ROUNDS=3 by default

For 1, 4 and 16 desks at once, each running CASES scripted SOP 01 cases through the real engine,
session and store (sop-bench, release build), every answer its own durable commit, as at the desk.
By default the desks are threads of one sop-bench process, each with its own store and connection
(`sop-bench run-desks`), as pgbench's clients are threads of one process; DESKS_AS=processes runs
one sop-bench process per desk instead (`sop-bench run-cases`). The roster is in force (ROSTER=1,
the default): the operator holds the staff roles, and every event passes the store's role check
(SQLite's trigger, the PostgreSQL server's). Side by side, interleaved, ROUNDS times (medians):

  sqlite     one SQLite file shared by the desks: WAL, synchronous = FULL (every commit syncs);
  postgres   one PostgreSQL server on this machine: fsync = on, synchronous_commit = on (every
             commit is flushed to the WAL on disk before it is acknowledged).

Throughput is steps completed (and answers committed) per second of wall-clock time, from the
first desk's start to the last desk's end.

  floor      pgbench on the same server, as many clients as desks, one INSERT of an event-sized row
             per transaction (synchronous_commit on): the bare cost of a durable one-row write, the
             floor the PostgreSQL answers/s are measured against (ratio = floor / answers per second);
             pgbench -c DESKS -j DESKS: one process, a thread and a connection per client.

NO_BUILD=1 skips the release build; BUILD=debug uses the debug one. The PostgreSQL server is a
throwaway one started by .ci/throwaway-postgres (stopped at the end), unless SOP_BENCH_POSTGRES names one (its password
from PGPASSWORD or ~/.pgpass); each run gets a fresh schema.
"""
import glob, json, os, re, shutil, statistics, subprocess, sys, tempfile, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DESKS = [int(d) for d in os.environ.get("DESKS", "1,4,16").split(",")]
CASES = int(os.environ.get("CASES", "10"))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
# "threads" (the default): the desks are threads of one sop-bench process, a store connection each,
# as pgbench's clients are threads of one process; "processes": one sop-bench process per desk.
DESKS_AS = os.environ.get("DESKS_AS", "threads")
BUILD = os.environ.get("BUILD", "release")
# STORES=postgres skips the SQLite side (the PostgreSQL figures and their floor only).
STORES = os.environ.get("STORES", "sqlite,postgres").split(",")
if os.environ.get("ROSTER", "1") == "1":
    os.environ["SOP_BENCH_ROSTER"] = "1"
SOP = "sop/01-pengaduan-langsung.yaml"
ANSWERS = "Tests/Fixtures/answers/01-lengkap.yaml"


def desks(bench, database, count):
    """Runs `count` desks at once on `database`; returns the JSON line of each (one for all the
    desks when they run as threads of one process)."""
    if DESKS_AS == "threads":
        command = [[bench, "run-desks", str(count), str(CASES), database, SOP, ANSWERS]]
    else:
        command = [[bench, "run-cases", str(CASES), database, SOP, ANSWERS]] * count
    processes = [subprocess.Popen(arguments, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for arguments in command]
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            sys.exit(f"sop-bench failed on {database.split('?')[0]}: {err.strip()}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


FLOOR_SQL = """INSERT INTO floor_event (case_id, sequence, at, operator, role, step, type, payload)
VALUES ('01-2026-' || :client_id, nextval('floor_sequence'), 1796004000000, 'budi', 'resepsionis', '1', 'field-answered',
'{"field":"nama","step":"1","value":"Siti Aminah","visit":1}');
"""


def pgbench_floor(url, schema, clients, seconds=5):
    """Transactions per second of pgbench with one INSERT per transaction, `clients` at once."""
    pgbench = shutil.which("pgbench") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pgbench"))[-1]
    subprocess.run(["psql", url, "-qc", f"SET search_path TO {schema}; CREATE TABLE floor_event (case_id TEXT NOT NULL, "
                    "sequence BIGINT NOT NULL, at BIGINT NOT NULL, operator TEXT NOT NULL, role TEXT, step TEXT, type TEXT NOT NULL, "
                    "payload TEXT NOT NULL, PRIMARY KEY (case_id, sequence)); CREATE SEQUENCE floor_sequence;"],
                   check=True, capture_output=True)
    script = tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False)
    script.write(FLOOR_SQL)
    script.close()
    try:
        environment = dict(os.environ, PGOPTIONS=f"-c search_path={schema}")
        out = subprocess.run([pgbench, "-n", "-c", str(clients), "-j", str(clients), "-T", str(seconds), "-f", script.name, url],
                             check=True, capture_output=True, text=True, env=environment).stdout
    finally:
        os.unlink(script.name)
    return float(re.search(r"tps = ([0-9.]+)", out).group(1))


def throughput(results):
    window = max(r["ended_at"] for r in results) - min(r["started_at"] for r in results)
    return sum(r["steps"] for r in results) / window, sum(r["commits"] for r in results) / window


def main():
    if os.environ.get("NO_BUILD") != "1":
        subprocess.run(["swift", "build", "-c", BUILD, "--product", "sop-bench"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    bench = os.path.join(ROOT, ".build", BUILD, "sop-bench")
    server_dir = None
    url = os.environ.get("SOP_BENCH_POSTGRES")
    if not url:
        server_dir = tempfile.mkdtemp(prefix="sop-bench-postgres-")
        exports = subprocess.run([os.path.join(ROOT, ".ci", "throwaway-postgres"), "start", server_dir], check=True,
                                 capture_output=True, text=True).stdout
        for line in exports.splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            os.environ[key] = value
        url = os.environ["SOP_TEST_POSTGRES"]
    try:
        settings = subprocess.run(["psql", url, "-Atc", "SELECT current_setting('fsync') || ' ' || "
                                   "current_setting('synchronous_commit') || ' ' || current_setting('server_version')"],
                                  check=True, capture_output=True, text=True).stdout.split()
        results = {(store, n): [] for store in ("sqlite", "postgres") for n in DESKS}
        floors = {n: [] for n in DESKS}
        for round_number in range(ROUNDS):
            for n in DESKS:
                work = tempfile.mkdtemp(prefix="sop-desks-bench-")
                schema = "bench_" + uuid.uuid4().hex[:12]
                try:
                    subprocess.run(["psql", url, "-qc", f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
                    postgres = url + ("&" if "?" in url else "?") + "options=-csearch_path%3D" + schema
                    for store, database in (("sqlite", os.path.join(work, "sop.sqlite")), ("postgres", postgres)):
                        if store not in STORES:
                            continue
                        subprocess.run([bench, "run-cases", "0", database, SOP, ANSWERS], cwd=ROOT, check=True,
                                       capture_output=True)  # migrate before timing
                        results[(store, n)].append(throughput(desks(bench, database, n)))
                    floors[n].append(pgbench_floor(url, schema, n))
                finally:
                    subprocess.run(["psql", url, "-qc", f"DROP SCHEMA IF EXISTS {schema} CASCADE"], capture_output=True)
                    shutil.rmtree(work, ignore_errors=True)
            print(f"round {round_number + 1}/{ROUNDS} done", file=sys.stderr)
    finally:
        if server_dir:
            subprocess.run([os.path.join(ROOT, ".ci", "throwaway-postgres"), "stop", server_dir], capture_output=True)
            shutil.rmtree(server_dir, ignore_errors=True)

    print(f"SOP 01, {CASES} cases per desk x {ROUNDS} rounds, medians; {os.cpu_count()} cores; desks as {DESKS_AS}; "
          f"roster {'in force' if os.environ.get('SOP_BENCH_ROSTER') == '1' else 'empty'}; "
          f"PostgreSQL {settings[2]} fsync={settings[0]} synchronous_commit={settings[1]}; SQLite WAL synchronous=FULL")
    print()
    print("| desks | SQLite steps/s | PostgreSQL steps/s | SQLite answers/s | PostgreSQL answers/s |")
    print("|---:|---:|---:|---:|---:|")
    for n in DESKS:
        row = [n]
        for index in (0, 1):
            for store in ("sqlite", "postgres"):
                row.append(f"{statistics.median(r[index] for r in results[(store, n)]):.0f}" if results[(store, n)] else "-")
        print(f"| {row[0]} | {row[1]} | {row[2]} | {row[3]} | {row[4]} |")
    print()
    print("| desks | pgbench floor inserts/s | PostgreSQL answers/s | answer cost / floor |")
    print("|---:|---:|---:|---:|")
    for n in DESKS:
        floor = statistics.median(floors[n])
        answers = statistics.median(r[1] for r in results[("postgres", n)])
        print(f"| {n} | {floor:.0f} | {answers:.0f} | {floor / answers:.2f}x |")


if __name__ == "__main__":
    main()
