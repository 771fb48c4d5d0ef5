#!/usr/bin/env python3
"""Benchmark of `sop run` (issue 4), outside the test suite. Run from anywhere:

    python3 Tests/Benchmarks/run/bench.py            # CASES=100 ROUNDS=5 by default; NO_BUILD=1 skips the build
    # SPIFF=0 leaves SpiffWorkflow out; SOP_BENCH_BINARY=path runs another sop-bench build

The roster is in force (SOP_BENCH_ROSTER=1, the default here): the bench operator is granted
every staff role first, so that every event passes the store's role checks, as at a desk of an
office that keeps a roster. SOP_BENCH_ROSTER=0 runs with the roster empty (no check).

Side by side, interleaved, ROUNDS times (medians reported). Each round runs the floor, sop, and the
floor again, and divides sop's time per commit by the mean of the two floors around it: a drift of
the disk's fsync speed between rounds (which moved the ratio of medians by 0.2 on one machine)
then cancels within the round. The ratio reported is the median of these paired ratios, with
their spread (lowest to highest); the ratio of the medians is printed too, as before.
  floor    bare SQLite C API: one event row per transaction, WAL, synchronous = FULL;
  sop      scripted SOP 01 cases through the real engine, session and SQLite store, every
           answer its own durable commit (sop-bench, release build);
  spiff    SpiffWorkflow 3.2.0 running SOP 01 as BPMN (one user task per step), state
           serialized to a file and fsynced after each step, and (equal durability) after
           every answer too.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = int(os.environ.get("CASES", "100"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
SPIFF = os.environ.get("SPIFF") != "0"  # SPIFF=0: sop and the floor only
os.environ.setdefault("SOP_BENCH_ROSTER", "1")  # sop-bench reads it
ROSTER = "in force" if os.environ["SOP_BENCH_ROSTER"] == "1" else "empty"


def run(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    if os.environ.get("NO_BUILD") != "1":  # NO_BUILD=1: the release sop-bench as it is
        subprocess.run(["swift", "build", "-c", "release", "--product", "sop-bench"], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
    floor_binary = os.path.join(ROOT, ".build", "bench-floor")
    subprocess.run(["gcc", "-O2", "-o", floor_binary, os.path.join(HERE, "floor.c"), "-lsqlite3"], check=True)
    try:
        import SpiffWorkflow  # noqa: F401
    except ImportError:
        if SPIFF:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "SpiffWorkflow==3.2.0"], check=True)
    # SOP_BENCH_BINARY: another build of sop-bench (e.g. main's, kept aside, for a before/after run)
    bench = os.environ.get("SOP_BENCH_BINARY") or os.path.join(ROOT, ".build", "release", "sop-bench")
    results = {"floor": [], "sop": [], "spiff-step": [], "spiff-answer": []}
    commits_per_case = None
    paired = []  # per round: sop's ms per commit / the mean of the floors run just before and after it
    floor_rows = CASES * 22  # the floor's rows: sop's commits, once a round has counted them
    for round_number in range(ROUNDS):
        work = tempfile.mkdtemp(prefix="sop-run-bench-")
        try:
            before = run([floor_binary, os.path.join(work, "floor-before.db"), str(floor_rows)])
            ours = run([bench, "run-cases", str(CASES), os.path.join(work, "sop.sqlite"),
                        "sop/01-pengaduan-langsung.yaml", "Tests/Fixtures/answers/01-lengkap.yaml"])
            after = run([floor_binary, os.path.join(work, "floor-after.db"), str(ours["commits"])])
            floor_rows = ours["commits"]
            commits_per_case = ours["commits"] // CASES
            results["sop"].append(ours)
            results["floor"] += [before, after]
            paired.append(ours["ms_per_commit"] / ((before["ms_per_row"] + after["ms_per_row"]) / 2))
            for mode in (("step", "answer") if SPIFF else ()):
                results[f"spiff-{mode}"].append(run([sys.executable, os.path.join(HERE, "spiff_cases.py"), str(CASES),
                                                     os.path.join(work, f"spiff-{mode}"), mode]))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"round {round_number + 1}/{ROUNDS} done", file=sys.stderr)

    floor_ms = statistics.median(r["ms_per_row"] for r in results["floor"])
    ours_ms = statistics.median(r["ms_per_commit"] for r in results["sop"])
    ours_cps = statistics.median(r["cases_per_second"] for r in results["sop"])
    spiff = {"spiff_step_cases_per_second": None, "spiff_answer_cases_per_second": None,
             "sop_vs_spiff_step": None, "sop_vs_spiff_answer": None}
    if SPIFF:
        step_cps = statistics.median(r["cases_per_second"] for r in results["spiff-step"])
        answer_cps = statistics.median(r["cases_per_second"] for r in results["spiff-answer"])
        answer_writes = results["spiff-answer"][0]["durable_writes"] // CASES
        spiff = {"spiff_step_cases_per_second": step_cps, "spiff_answer_cases_per_second": answer_cps,
                 "sop_vs_spiff_step": ours_cps / step_cps, "sop_vs_spiff_answer": ours_cps / answer_cps}
    print(f"SOP 01, {CASES} cases x {ROUNDS} rounds, medians; {commits_per_case} durable commits per case; roster {ROSTER}")
    print(f"  floor (C, 1 row per transaction, WAL + FULL)   {floor_ms:7.3f} ms per commit")
    print(f"  sop run (every answer committed)               {ours_ms:7.3f} ms per commit  = {ours_ms / floor_ms:.2f}x the floor")
    print(f"  sop / floor, paired within each round          {statistics.median(paired):7.2f}x (median; "
          f"{min(paired):.2f}-{max(paired):.2f}x over {len(paired)} rounds)")
    print(f"  sop run                                        {ours_cps:7.1f} cases/s")
    if SPIFF:
        print(f"  SpiffWorkflow, fsync per step (6 per case)     {step_cps:7.1f} cases/s  -> sop is {ours_cps / step_cps:.2f}x")
        print(f"  SpiffWorkflow, fsync per answer ({answer_writes} per case)  {answer_cps:7.1f} cases/s  -> sop is {ours_cps / answer_cps:.2f}x")
    print(json.dumps({"cases": CASES, "rounds": ROUNDS, "roster": ROSTER, "floor_ms_per_commit": floor_ms, "sop_ms_per_commit": ours_ms,
                      "sop_vs_floor": ours_ms / floor_ms, "sop_vs_floor_paired": statistics.median(paired),
                      "sop_vs_floor_paired_min": min(paired), "sop_vs_floor_paired_max": max(paired), "sop_cases_per_second": ours_cps,
                      **spiff}))


if __name__ == "__main__":
    main()
