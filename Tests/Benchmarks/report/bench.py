#!/usr/bin/env python3
"""Benchmark of `sop report` (issue 6), outside the test suite:

    python3 Tests/Benchmarks/report/bench.py        # CASES=100000 ROUNDS=5 by default

A deterministic corpus of CASES cases of SOP 01 (one visit per step: 600,000 step visits for
100,000 cases) is written into a store; then, interleaved ROUNDS times (medians reported):
  sop   `sop report --format json` (release build, a whole process: open the store, read the
        pinned SOP, fetch every visit, aggregate, write JSON);
  sql   the same aggregate written directly in SQL (report.sql) through the sqlite3 shell.
The figures of both are compared before any timing is reported.
"""
import json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = int(os.environ.get("CASES", "100000"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
NOW = "2026-12-01T12:00:00+07:00"
NOW_MS = 1796101200000


def timed(command, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, **kwargs)
    return time.perf_counter() - start, result.stdout


def main():
    subprocess.run(["swift", "build", "-c", "release", "--product", "sop"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "sop-bench"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    if subprocess.run(["which", "sqlite3"], capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "sqlite3"], check=True)
    work = tempfile.mkdtemp(prefix="sop-report-bench-")
    database = os.path.join(work, "sop.sqlite")
    bin_dir = os.path.join(ROOT, ".build", "release")
    subprocess.run([os.path.join(bin_dir, "sop-bench"), "report-corpus", str(CASES), database,
                    "sop/01-pengaduan-langsung.yaml"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    visits = subprocess.run(["sqlite3", database, "SELECT COUNT(*) FROM step_visit"], capture_output=True, text=True).stdout.strip()
    sql = open(os.path.join(HERE, "report.sql")).read().replace(":now", str(NOW_MS))
    env = dict(os.environ, SOP_FIXED_TIME=NOW)
    ours_command = [os.path.join(bin_dir, "sop"), "report", "--format", "json", "--db", database]
    sql_command = ["sqlite3", "-separator", ",", database]

    # The same figures first.
    _, ours = timed(ours_command, env=env)
    _, theirs = timed(sql_command, input=sql)
    check(json.loads(ours), theirs)

    times = {"sop": [], "sql": []}
    for _ in range(ROUNDS):
        times["sop"].append(timed(ours_command, env=env)[0])
        times["sql"].append(timed(sql_command, input=sql)[0])
    sop_s, sql_s = statistics.median(times["sop"]), statistics.median(times["sql"])
    print(f"{CASES} cases, {visits} step visits, {ROUNDS} rounds, medians")
    print(f"  sop report --format json   {sop_s:7.3f} s")
    print(f"  the same aggregate in SQL  {sql_s:7.3f} s")
    print(f"  ratio                      {sop_s / sql_s:7.2f}x")
    print(json.dumps({"cases": CASES, "visits": int(visits), "sop_seconds": sop_s, "sql_seconds": sql_s,
                      "ratio": sop_s / sql_s}))


def check(report, sql_output):
    """Every per-step, per-SOP, per-role and per-operator figure of both must agree."""
    rows = [line.split(",") for line in sql_output.strip().splitlines()]
    section = report["sops"][0]
    steps = {s["step"]: s for s in section["steps"]}
    for kind, *values in rows:
        if kind == "step":
            nomor, step, cases, within, judged, overdue, median, p90 = values
            ours = steps[step]
            assert ours["cases"] == int(cases), (step, "cases")
            assert ours["overdueOpen"] == int(overdue), (step, "overdue")
            if int(judged):
                assert (ours["within"]["within"], ours["within"]["of"]) == (int(within), int(judged)), (step, "within")
            if median:
                assert abs(ours["duration"]["median"] - float(median)) < 1e-6, (step, "median")
                assert abs(ours["duration"]["p90"] - float(p90)) < 1e-6, (step, "p90")
        elif kind == "sop":
            nomor, started, completed, cancelled, open_, within, judged, median, p90 = values
            counts = section["cases"]
            assert (counts["started"], counts["completed"], counts["cancelled"], counts["open"]) == \
                (int(started), int(completed), int(cancelled), int(open_)), "case counts"
            assert (section["leadWithin"]["within"], section["leadWithin"]["of"]) == (int(within), int(judged)), "lead within"
            assert abs(section["leadTime"]["median"] - float(median)) < 1e-6, "lead median"
            assert abs(section["leadTime"]["p90"] - float(p90)) < 1e-6, "lead p90"
        elif kind == "role":
            nomor, role, done, within, judged, overdue = values
            ours = next(g for g in section["roles"] if g["key"] == role)
            assert (ours["completed"], ours["overdueOpen"]) == (int(done), int(overdue)), (role, "role")
            assert (ours["within"]["within"], ours["within"]["of"]) == (int(within), int(judged)), (role, "role within")
        elif kind == "operator":
            nomor, name, done, within, judged = values
            ours = next(g for g in section["operators"] if g["key"] == name)
            assert ours["completed"] == int(done), (name, "operator")
            assert (ours["within"]["within"], ours["within"]["of"]) == (int(within), int(judged)), (name, "operator within")
    print("figures agree: steps, SOP, roles, operators", file=sys.stderr)


if __name__ == "__main__":
    main()
