#!/usr/bin/env python3
"""What the roster's role check costs on the answer path, outside the test suite:

    SOP_BENCH_POSTGRES=postgres://… python3 Tests/Benchmarks/desks/roster_cost.py   # DESKS=1,4 CASES=10 ROUNDS=5

The same desks as bench.py (sop-bench, release build, every answer its own durable commit),
each store twice, interleaved: with an empty roster (not in force: the triggers return at once)
and with the roster in force (SOP_BENCH_ROSTER=1: every event is checked by the store's trigger,
on PostgreSQL by the server against session_user, inside the same INSERT). Run bench.py first
(it builds sop-bench); without SOP_BENCH_POSTGRES only SQLite is measured.
"""
import os, statistics, subprocess, sys, tempfile, uuid

sys.path.insert(0, os.path.dirname(__file__))
from bench import ROOT, SOP, ANSWERS, throughput  # noqa: E402
import json  # noqa: E402

DESKS = [int(d) for d in os.environ.get("DESKS", "1,4").split(",")]
CASES = int(os.environ.get("CASES", "10"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))


def run(bench, database, count, roster):
    env = dict(os.environ, SOP_BENCH_ROSTER="1" if roster else "0")
    subprocess.run([bench, "run-cases", "0", database, SOP, ANSWERS], cwd=ROOT, check=True, capture_output=True, env=env)
    processes = [subprocess.Popen([bench, "run-cases", str(CASES), database, SOP, ANSWERS], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(count)]
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            sys.exit(f"sop-bench failed: {err.strip()}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return throughput(results)[1]


def main():
    bench = os.path.join(ROOT, ".build", "release", "sop-bench")
    url = os.environ.get("SOP_BENCH_POSTGRES")
    stores = ["sqlite"] + (["postgres"] if url else [])
    results = {(s, n, r): [] for s in stores for n in DESKS for r in (False, True)}
    for round_number in range(ROUNDS):
        for n in DESKS:
            for roster in ((False, True) if round_number % 2 == 0 else (True, False)):
                for store in stores:
                    if store == "sqlite":
                        folder = tempfile.mkdtemp(prefix="sop-roster-cost-")
                        database = os.path.join(folder, "sop.sqlite")
                        results[(store, n, roster)].append(run(bench, database, n, roster))
                        continue
                    schema = "roster_cost_" + uuid.uuid4().hex[:12]
                    subprocess.run(["psql", url, "-qc", f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
                    try:
                        database = url + ("&" if "?" in url else "?") + "options=-csearch_path%3D" + schema
                        results[(store, n, roster)].append(run(bench, database, n, roster))
                    finally:
                        subprocess.run(["psql", url, "-qc", f"DROP SCHEMA IF EXISTS {schema} CASCADE"], capture_output=True)
        print(f"round {round_number + 1}/{ROUNDS} done", file=sys.stderr)
    print(f"SOP 01, {CASES} cases per desk x {ROUNDS} rounds, medians of answers/s (one durable commit each)")
    print()
    print("| store | desks | roster not in force | roster in force (checked per event) | ratio |")
    print("|---|---:|---:|---:|---:|")
    for store in stores:
        for n in DESKS:
            off = statistics.median(results[(store, n, False)])
            on = statistics.median(results[(store, n, True)])
            print(f"| {store} | {n} | {off:.0f} | {on:.0f} | {off / on:.2f}× |")


if __name__ == "__main__":
    main()
