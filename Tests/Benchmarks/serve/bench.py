#!/usr/bin/env python3
"""Load test of `sop serve` (issue 14), outside the test suite. Run from anywhere:

    python3 Tests/Benchmarks/serve/bench.py        # DESKS=50 CASES=2 by default; release build

DESKS desks answer SOP 01 at once over HTTP on loopback, each a browser of its own (its own
session and keep-alive connection): log in, start a case, answer every step page through its
form, CASES times. The desks are `sop-bench serve-desks` (Sources/sop-bench/ServeDesks.swift), a
compiled client making the same requests, with the same form filled the same way, as
Tests/Serve/deskclient.py (CLIENT=python runs those Python threads instead: on two cores they
take most of a core from the server). One operator holding
resepsionis and staf-pengaduan, one session per desk (X-Forwarded-For tells the desks apart, as
nginx would, so the login rate limit applies per desk). Three set-ups, one after the other:

  sqlite       one `sop serve` on a SQLite file (WAL, synchronous = FULL)
  postgres     one `sop serve` on a throwaway PostgreSQL (fsync and synchronous_commit on)
  postgres x2  two `sop serve` on the same database, the desks split between them

The load model (the issue's "50 desks answering steps at once"): by default closed loop and
saturated, each desk sending its next request as soon as the last is answered, no think time,
so about DESKS requests are always in the server and a request's latency is about DESKS divided
by the server's rate (Little's law): it measures throughput more than the latency a clerk sees.
THINK_MS=N gives each desk a think time before each step page, exponential of mean N ms (the
same draws every run): a desk that reads and types, the POSTs arriving about as a Poisson
stream; that run's rate is set by the desks, not the server (its web/terminal ratio means
nothing). SETUPS=sqlite,postgres,postgres2 picks set-ups; TERMINAL=0 skips the terminal path;
PREPARE_SQL=FILE runs FILE in each PostgreSQL set-up's schema after `sop db migrate` (a change to
the schema's functions compared on the same binaries); TIMING=1 has each server write where a
request's time went (SOP_SERVE_TIMING,
Sources/SOPServer/App/ServeTiming.swift), printed after its set-up; SOP_SERVE_GROUP_COMMIT=0
turns SQLite's group commit off (one transaction per answer, as before it).

Measured: the latency of each step's POST (the answer of the step is durable when the 303
comes back: one transaction holding the step's answers and its completion), p50 and p99;
beside it the step page's GET (p50 / p99: the page a clerk waits for after each answer's 303,
so that a change that moves waiting from the POST to the page shows);
answers per second (events written to the store per second of the timed window: the answers
with the step and case events around them, counted the same way on both paths); the servers'
peak memory (VmHWM). Side by side, the terminal path: DESKS `sop-bench run-cases` processes at
once on the same kind of store (every answer its own durable commit, as `sop run`). Afterwards
`sop db verify` must pass, every case must be finished, and every case must hold the same
number of events (nothing lost, nothing written twice).
"""
import json, os, re, shutil, signal, socket, sqlite3, statistics, subprocess, sys, tempfile, threading, time, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Serve"))
from deskclient import Desk  # noqa: E402

DESKS = int(os.environ.get("DESKS", "50"))
CASES = int(os.environ.get("CASES", "2"))
BUILD = os.environ.get("BUILD", "release")
# The desks' client: "swift" (`sop-bench serve-desks`, the default) or "python" (deskclient.py
# threads, which on two cores take a core the server then lacks).
CLIENT = os.environ.get("CLIENT", "swift")
THINK_MS = os.environ.get("THINK_MS", "")
TIMING = os.environ.get("TIMING") == "1"
SETUPS = os.environ.get("SETUPS", "sqlite,postgres,postgres2").split(",")
TERMINAL = os.environ.get("TERMINAL", "1") != "0"
# WORKERS=N: `sop serve --workers N` (store connections per instance; the server's default, 4, else).
WORKERS = os.environ.get("WORKERS", "")
# PREPARE_SQL=FILE: on PostgreSQL, SQL run in each set-up's schema after `sop db migrate`.
PREPARE_SQL = os.environ.get("PREPARE_SQL", "")
SOP = "sop/01-pengaduan-langsung.yaml"
ANSWERS = "Tests/Fixtures/answers/01-lengkap.yaml"
OPERATOR, PIN = "meja", "246810"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class Setup:
    def __init__(self, sop, bench, store, instances, pg_url=None):
        self.sop, self.bench, self.store, self.instances = sop, bench, store, instances
        self.work = tempfile.mkdtemp(prefix="sop-serve-bench-")
        self.schema = None
        if store == "sqlite":
            self.db = os.path.join(self.work, "sop.sqlite")
        else:
            self.schema = "bench_" + uuid.uuid4().hex[:12]
            subprocess.run(["psql", pg_url, "-qc", f"CREATE SCHEMA {self.schema}"], check=True, capture_output=True)
            self.db = pg_url + ("&" if "?" in pg_url else "?") + "options=-csearch_path%3D" + self.schema
        self.pg_url = pg_url
        self.env = dict(os.environ, SOP_DB=self.db, LANG="C.UTF-8")
        self.servers = []

    def run(self, *args, stdin=None):
        done = subprocess.run([self.sop, *args], cwd=ROOT, env=self.env, input=stdin, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            sys.exit(f"sop {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def prepare(self):
        self.run("db", "migrate")
        if self.store != "sqlite" and PREPARE_SQL:
            # A change to the schema's functions tried on the same binary (an A/B of SQL alone).
            subprocess.run(["psql", self.db, "-q", "-v", "ON_ERROR_STOP=1", "-f", PREPARE_SQL], check=True, capture_output=True)
        if self.store == "sqlite":
            admin = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
        else:
            admin = subprocess.run(["psql", self.db, "-Atc", "SELECT current_user"], capture_output=True, text=True).stdout.strip()
        self.run("roster", "grant", admin, "pengelola-peran")
        for role in ("resepsionis", "staf-pengaduan"):
            self.run("roster", "grant", OPERATOR, role)
        self.run("roster", "pin", OPERATOR, stdin=f"{PIN}\n{PIN}\n")
        if self.store != "sqlite":
            subprocess.run(["psql", self.db, "-qc", f"INSERT INTO web_gateway (db_user) VALUES ('{admin}') ON CONFLICT DO NOTHING"],
                           check=True, capture_output=True)

    def start_servers(self):
        self.timings = []
        for index in range(self.instances):
            port = free_port()
            env = self.env
            if TIMING:
                self.timings.append(os.path.join(self.work, f"timing-{index}.json"))
                env = dict(self.env, SOP_SERVE_TIMING=self.timings[-1])
            workers = ["--workers", WORKERS] if WORKERS else []
            process = subprocess.Popen([self.sop, "serve", "--port", str(port), "--sop-dir", "sop", "--trusted-proxy",
                                        "--no-cookie-secure", *workers], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, text=True)
            line = process.stdout.readline()
            if "melayani" not in line:
                sys.exit(f"sop serve did not start: {line}")
            self.servers.append((process, port))

    def peak_memory_mb(self):
        peaks = []
        for process, _ in self.servers:
            status = open(f"/proc/{process.pid}/status").read()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
        return peaks

    def stop(self):
        for process, _ in self.servers:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)

    def counts(self):
        """(cases, finished cases, events per case as a set)."""
        if self.store == "sqlite":
            with sqlite3.connect(self.db) as db:
                rows = db.execute("SELECT c.status, count(e.sequence) FROM sop_case c JOIN case_event e ON e.case_id = c.id "
                                  "GROUP BY c.id").fetchall()
        else:
            out = subprocess.run(["psql", self.db, "-AtF|", "-c", "SELECT c.status, count(e.sequence) FROM sop_case c "
                                  "JOIN case_event e ON e.case_id = c.id GROUP BY c.id"], capture_output=True, text=True).stdout
            rows = [(line.split("|")[0], int(line.split("|")[1])) for line in out.split()]
        return len(rows), sum(1 for status, _ in rows if status == "selesai"), {n for _, n in rows}, sum(n for _, n in rows)

    def pg_counters(self):
        """PostgreSQL's own counts (the whole throwaway server): commits, WAL syncs and writes."""
        if self.store == "sqlite":
            return None
        out = subprocess.run(["psql", self.pg_url, "-Atc", "SELECT (SELECT sum(xact_commit) FROM pg_stat_database), wal_sync, wal_write "
                              "FROM pg_stat_wal"], capture_output=True, text=True).stdout.strip()
        return [int(float(x)) for x in out.split("|")] if out else None

    def pg_delta(self, before):
        """Commits per WAL sync since `before` (the backends report their counts when they end)."""
        if not before:
            return None
        time.sleep(1.5)
        after = self.pg_counters()
        commits, syncs, writes = (a - b for a, b in zip(after, before))
        return {"commits": commits, "wal_syncs": syncs, "wal_writes": writes, "commits_per_wal_sync": round(commits / max(1, syncs), 2)}

    def verify(self):
        done = subprocess.run([self.sop, "db", "verify"], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600)
        return done.returncode == 0

    def cleanup(self):
        if self.schema:
            subprocess.run(["psql", self.pg_url, "-qc", f"DROP SCHEMA IF EXISTS {self.schema} CASCADE"], capture_output=True)
        shutil.rmtree(self.work, ignore_errors=True)


def web(setup):
    setup.prepare()
    setup.start_servers()
    counters = setup.pg_counters()
    if CLIENT == "python":
        measured = python_desks(setup)
    else:
        measured = swift_desks(setup)
    memory = setup.peak_memory_mb()
    setup.stop()
    for path in setup.timings:
        if os.path.exists(path):
            print(f"where the time went ({setup.store} x{setup.instances}, {os.path.basename(path)}): {open(path).read()}",
                  file=sys.stderr, flush=True)
    cases, finished, per_case, events = setup.counts()
    window = measured["window"]
    return {
        "posts": measured["posts"], "p50": measured["p50"], "p99": measured["p99"],
        "get_p50": measured.get("get_p50"), "get_p99": measured.get("get_p99"),
        "answers_per_s": events / window, "steps_per_s": measured["posts"] / window, "memory": memory,
        "failures": measured["failures"], "cases": cases, "finished": finished, "per_case": sorted(per_case),
        "verify": setup.verify(), "window": window, "client": CLIENT, "postgres": setup.pg_delta(counters),
    }


def swift_desks(setup):
    """The desks as `sop-bench serve-desks` (compiled: takes little of the server's cores)."""
    ports = ",".join(str(port) for _, port in setup.servers)
    env = dict(os.environ, SOP_BENCH_THINK_MS=THINK_MS) if THINK_MS else None
    done = subprocess.run([setup.bench, "serve-desks", str(DESKS), str(CASES), OPERATOR, PIN, ports], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600, env=env)
    if done.returncode != 0:
        sys.exit(f"sop-bench serve-desks: {done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def python_desks(setup):
    """The desks as threads of this script (Tests/Serve/deskclient.py), the first client."""
    desks = []
    for index in range(DESKS):
        _, port = setup.servers[index % len(setup.servers)]
        desk = Desk("127.0.0.1", port, forwarded_for=f"10.14.{index // 200}.{index % 200 + 1}")
        desk.login(OPERATOR, PIN)
        desks.append(desk)
    latencies, failures = [], []
    lock = threading.Lock()
    barrier = threading.Barrier(DESKS + 1)

    def work(desk):
        barrier.wait()
        mine = []
        try:
            for _ in range(CASES):
                step = desk.start("01")
                while step.startswith("/kasus/"):
                    took, status, step, _, page = desk.answer_step(step)
                    if status != 303:
                        raise RuntimeError(f"{status}: {page[:200]}")
                    mine.append(took)
        except Exception as error:  # noqa: BLE001
            with lock:
                failures.append(str(error))
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=work, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    window = time.perf_counter() - began
    return {"posts": len(latencies), "p50": percentile(latencies, 50) * 1000 if latencies else 0,
            "p99": percentile(latencies, 99) * 1000 if latencies else 0, "window": window, "failures": failures}


def terminal(setup):
    subprocess.run([setup.bench, "run-cases", "0", setup.db, SOP, ANSWERS], cwd=ROOT, check=True, capture_output=True)
    counters = setup.pg_counters()
    processes = [subprocess.Popen([setup.bench, "run-cases", str(CASES), setup.db, SOP, ANSWERS], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(DESKS)]
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            return {"error": err.strip()[:200]}
        results.append(json.loads(out.strip().splitlines()[-1]))
    window = max(r["ended_at"] for r in results) - min(r["started_at"] for r in results)
    cases, finished, per_case, events = setup.counts()
    return {"answers_per_s": events / window, "commits_per_s": sum(r["commits"] for r in results) / window,
            "steps_per_s": sum(r["steps"] for r in results) / window, "finished": finished, "cases": cases,
            "per_case": sorted(per_case), "verify": setup.verify(), "postgres": setup.pg_delta(counters)}


def main():
    if BUILD == "release" and not os.environ.get("NO_BUILD"):
        # One product per build: `swift build` builds only the last --product it is given.
        for product in ("sop", "sop-bench"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    sop = os.path.join(ROOT, ".build", BUILD, "sop")
    bench = os.path.join(ROOT, ".build", BUILD, "sop-bench")
    server_dir = None
    url = os.environ.get("SOP_BENCH_POSTGRES")
    if not url:
        server_dir = tempfile.mkdtemp(prefix="sop-serve-bench-postgres-")
        exports = subprocess.run([os.path.join(ROOT, ".ci", "throwaway-postgres"), "start", server_dir], check=True,
                                 capture_output=True, text=True).stdout
        for line in exports.splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            os.environ[key] = value
        url = os.environ["SOP_TEST_POSTGRES"]
    rows = []
    try:
        chosen = {"sqlite": ("sqlite", 1), "postgres": ("postgres", 1), "postgres2": ("postgres", 2)}
        for store, instances in (chosen[name] for name in SETUPS):
            setup = Setup(sop, bench, store, instances, url)
            try:
                result = web(setup)
            finally:
                setup.cleanup()
            rows.append((store, instances, result))
            print(f"{store} x{instances}: {json.dumps(result)}", file=sys.stderr, flush=True)
        terminals = {}
        for store in sorted({store for store, _, _ in rows}) if TERMINAL else ():
            setup = Setup(sop, bench, store, 0, url)
            setup.run("db", "migrate")
            try:
                terminals[store] = terminal(setup)
            finally:
                setup.cleanup()
            print(f"terminal {store}: {json.dumps(terminals[store])}", file=sys.stderr, flush=True)
    finally:
        if server_dir:
            subprocess.run([os.path.join(ROOT, ".ci", "throwaway-postgres"), "stop", server_dir], capture_output=True)
            shutil.rmtree(server_dir, ignore_errors=True)

    model = f"think time exponential, mean {THINK_MS} ms" if THINK_MS else "closed loop, no think time (saturated)"
    group = "off" if os.environ.get("SOP_SERVE_GROUP_COMMIT") == "0" else "on"
    print(f"SOP 01, {DESKS} desks at once ({model}; SQLite group commit {group}), {CASES} cases each, {BUILD} build, "
          f"{os.cpu_count()} cores shared with the {CLIENT} client, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
    print()
    print("| store | instances | step POST p50 | p99 | step page GET p50 / p99 | answers/s (web) | answers/s (terminal) | web / terminal | steps/s (web) | steps/s (terminal) | server memory (peak) | verify, finished, events per case |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for store, instances, r in rows:
        t = terminals.get(store, {})
        answers_t = t.get("answers_per_s")
        ratio = f"{r['answers_per_s'] / answers_t:.2f}x" if answers_t else t.get("error", "?")
        memory = " + ".join(f"{m:.0f} MB" for m in r["memory"])
        check = f"{'ok' if r['verify'] else 'FAILED'}, {r['finished']}/{r['cases']}, {r['per_case']}"
        if r["failures"]:
            check += f", {len(r['failures'])} desks failed: {r['failures'][0][:80]}"
        pages = f"{r['get_p50']:.1f} / {r['get_p99']:.1f} ms" if r.get("get_p50") is not None else "–"
        print(f"| {store} | {instances} | {r['p50']:.1f} ms | {r['p99']:.1f} ms | {pages} | {r['answers_per_s']:.0f} | "
              f"{f'{answers_t:.0f}' if answers_t else '–'} | {ratio if t else '–'} | {r['steps_per_s']:.1f} | "
              f"{'%.1f' % t['steps_per_s'] if 'steps_per_s' in t else '–'} | {memory} | {check} |")


if __name__ == "__main__":
    main()
