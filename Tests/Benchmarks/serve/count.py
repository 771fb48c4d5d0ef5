#!/usr/bin/env python3
"""Deterministic counts of `sop serve`'s work per answer (issue 14), for a machine too busy for
wall-clock figures. Outside the test suite. Run from anywhere:

    python3 Tests/Benchmarks/serve/count.py      # DESKS=2 CASES=2 by default; release build; SQLite

One `sop serve` on a fresh SQLite file (the set-up of bench.py), the desks of `sop-bench
serve-desks` logged in first; then, only while the desks start their cases and answer every step
(login and start-up are not counted):

  instructions  the server under callgrind (`--instr-atstart=no`, `callgrind_control -i on` after the logins, dumped
                at the end): instructions per step (one GET of the step page and its POST, plus
                the share of the case's start) and per event written
  syscalls      the server under `strace -f -c` attached after the logins: every syscall by
                name, per step, and fsync/fdatasync per step (SYSCALLS_DESKS desks, 50 by default,
                so that the desks contend as in bench.py: busy waits show as nanosleep); with
                STORE=postgres (and SOP_BENCH_POSTGRES=URL) on PostgreSQL instead, where sendto
                per step counts the round trips to the database (libpq sends, the HTTP side writes)
  statements    on PostgreSQL (STORE=postgres is implied; SOP_BENCH_POSTGRES=URL of a server with
                pg_stat_statements loaded, `pg_stat_statements.track = all`), SYSCALLS_DESKS desks:
                each statement's calls and execution time per step (functions' inner statements
                included), and the CPU time of every PostgreSQL process (utime + stime from
                /proc, the server's backends and its background writers) per step

With STORE=postgres the instructions are counted on PostgreSQL too (the server's own CPU: the
database's is `statements`).

INSTANCES=2 runs two `sop serve` on the same store, the desks split between them as in bench.py's
`postgres x2` (STORE=postgres): instructions and syscalls are summed over both servers, the CPU
ticks of `statements` too, so that what a second instance adds per step shows.

SOP_SERVE=path runs another `sop` binary (a before/after comparison on the same client).
PREPARE_SQL=FILE runs FILE in the PostgreSQL set-up's schema after `sop db migrate` (bench.py): a change
to the schema's functions compared on the same binaries.
"""
import json, os, re, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

DESKS = int(os.environ.get("DESKS", "2"))
CASES = int(os.environ.get("CASES", "2"))
SYSCALLS_DESKS = int(os.environ.get("SYSCALLS_DESKS", "50"))
INSTANCES = int(os.environ.get("INSTANCES", "1"))


def serve(setup, wrapper):
    port = bench.free_port()
    process = subprocess.Popen(wrapper + [setup.sop, "serve", "--port", str(port), "--sop-dir", "sop", "--trusted-proxy",
                                          "--no-cookie-secure"], cwd=bench.ROOT, env=setup.env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    if "melayani" not in line:
        sys.exit(f"sop serve did not start: {line}")
    return process, port


def serves(setup, wrapper):
    """INSTANCES servers on the same store: [(process, port)]."""
    return [serve(setup, wrapper(index)) for index in range(INSTANCES)]


def desks(setup, ports, count, go_file):
    """The client, paused after its logins until `go_file` exists (SOP_BENCH_HOLD); the desks
    split between `ports`."""
    env = dict(os.environ, SOP_BENCH_HOLD=go_file)
    return subprocess.Popen([setup.bench, "serve-desks", str(count), str(CASES), bench.OPERATOR, bench.PIN,
                             ",".join(str(port) for port in ports)],
                            cwd=bench.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_ready(client, go_file):
    while not os.path.exists(go_file + ".ready"):
        if client.poll() is not None:
            sys.exit(f"sop-bench serve-desks: {client.stderr.read().strip()}")
        time.sleep(0.1)


def served_desks(setup):
    """The store prepared, INSTANCES servers, SYSCALLS_DESKS desks logged in and held: (servers, client, go file)."""
    setup.prepare()
    servers = serves(setup, lambda _: [])
    go = os.path.join(setup.work, "go")
    client = desks(setup, [port for _, port in servers], SYSCALLS_DESKS, go)
    wait_ready(client, go)
    return [server for server, _ in servers], client, go


def stop(servers, timeout):
    for server in servers:
        server.send_signal(signal.SIGTERM)
    for server in servers:
        server.wait(timeout=timeout)


def cpu_ticks(servers):
    """utime + stime of the servers, in clock ticks."""
    return sum(sum(int(x) for x in open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()[11:13]) for server in servers)


def events_written(setup):
    return setup.counts()[3]


def instructions(sop, tool):
    store = os.environ.get("STORE", "sqlite")
    setup = bench.Setup(sop, tool, store, INSTANCES, os.environ.get("SOP_BENCH_POSTGRES") if store == "postgres" else None)
    try:
        setup.prepare()
        outs = [os.path.join(setup.work, f"callgrind.{index}.out") for index in range(INSTANCES)]
        # Valgrind 3.19 cannot read the DWARF of Swift 6 binaries: a copy without it (symbols kept).
        setup.sop = os.path.join(setup.work, "sop")
        subprocess.run(["objcopy", "--strip-debug", sop, setup.sop], check=True)
        servers = serves(setup, lambda index: ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                                               f"--callgrind-out-file={outs[index]}"])
        go = os.path.join(setup.work, "go")
        client = desks(setup, [port for _, port in servers], DESKS, go)
        wait_ready(client, go)
        for server, _ in servers:
            subprocess.run(["callgrind_control", "-i", "on", str(server.pid)], check=True, capture_output=True)
        open(go, "w").close()
        result = json.loads(client.communicate()[0].strip().splitlines()[-1])
        for server, _ in servers:
            subprocess.run(["callgrind_control", "-i", "off", str(server.pid)], check=True, capture_output=True)
            subprocess.run(["callgrind_control", "-d", str(server.pid)], check=True, capture_output=True)
        stop([server for server, _ in servers], 120)
        if os.environ.get("KEEP"):
            subprocess.run(["cp", "-r", setup.work, os.environ["KEEP"]])
        # Each server's largest total (its dump at the end holds the counted part), summed.
        totals = []
        for out in outs:
            total = 0
            for name in os.listdir(setup.work):
                if name.startswith(os.path.basename(out)):
                    for line in open(os.path.join(setup.work, name)):
                        if line.startswith("summary:") or line.startswith("totals:"):
                            total = max(total, int(line.split()[1]))
            totals.append(total)
        total = sum(totals)
        events = events_written(setup)
        steps = max(1, result["posts"])
        return {"instances": INSTANCES, "steps": result["posts"], "events": events, "instructions": total,
                "per_step": total / steps, "per_event": total / max(1, events),
                "per_step_by_instance": [round(t / steps) for t in totals]}
    finally:
        setup.cleanup()


def syscalls(sop, tool):
    store = os.environ.get("STORE", "sqlite")
    setup = bench.Setup(sop, tool, store, INSTANCES, os.environ.get("SOP_BENCH_POSTGRES") if store == "postgres" else None)
    try:
        servers, client, go = served_desks(setup)
        outs = [os.path.join(setup.work, f"strace.{index}.out") for index in range(len(servers))]
        tracers = [subprocess.Popen(["strace", "-f", "-c", "-o", out, "-p", str(server.pid)], stderr=subprocess.DEVNULL)
                   for server, out in zip(servers, outs)]
        time.sleep(1)
        open(go, "w").close()
        result = json.loads(client.communicate()[0].strip().splitlines()[-1])
        for tracer in tracers:
            tracer.send_signal(signal.SIGINT)
            tracer.wait(timeout=60)
        stop(servers, 60)
        counts = {}
        for out in outs:
            for line in open(out):
                fields = line.split()
                if len(fields) >= 5 and fields[-1].isidentifier() and fields[-1] != "total" and fields[3].isdigit():
                    counts[fields[-1]] = counts.get(fields[-1], 0) + int(fields[3])
        steps = max(1, result["posts"])
        events = events_written(setup)
        return {"steps": result["posts"], "events": events, "p99_ms_under_strace": result["p99"],
                "per_step": {name: round(n / steps, 2) for name, n in sorted(counts.items(), key=lambda kv: -kv[1])},
                "fsync_per_step": (counts.get("fsync", 0) + counts.get("fdatasync", 0)) / steps,
                "syscalls_per_step": sum(counts.values()) / steps}
    finally:
        setup.cleanup()


def postgres_cpu_ticks(url):
    """utime + stime (clock ticks) of every process of the PostgreSQL server at `url`."""
    pids = subprocess.run(["psql", url, "-Atc", "SELECT pid FROM pg_stat_activity"], capture_output=True, text=True).stdout.split()
    # The postmaster's children (the backends come and go; the background processes stay).
    parent = None
    for pid in pids:
        try:
            parent = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]
            break
        except OSError:
            continue
    total = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = open(f"/proc/{name}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if name == parent or fields[1] == parent:
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total


def statements(sop, tool):
    url = os.environ.get("SOP_BENCH_POSTGRES")
    if not url:
        sys.exit("COUNT=statements needs SOP_BENCH_POSTGRES (a server with pg_stat_statements loaded)")
    setup = bench.Setup(sop, tool, "postgres", INSTANCES, url)
    try:
        servers, client, go = served_desks(setup)
        subprocess.run(["psql", url, "-qc", "SELECT pg_stat_statements_reset()"], check=True, capture_output=True)
        ticks = postgres_cpu_ticks(url)
        server_ticks = cpu_ticks(servers)
        open(go, "w").close()
        result = json.loads(client.communicate()[0].strip().splitlines()[-1])
        server_ticks = cpu_ticks(servers) - server_ticks
        stop(servers, 60)
        ticks = postgres_cpu_ticks(url) - ticks
        out = subprocess.run(["psql", url, "-AtF\t", "-c", "SELECT calls, total_exec_time, total_plan_time, "
                              "regexp_replace(left(query, 90), '\\s+', ' ', 'g') FROM pg_stat_statements "
                              "WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC"],
                             capture_output=True, text=True, check=True).stdout
        steps = max(1, result["posts"])
        hz = os.sysconf("SC_CLK_TCK")
        rows, calls, exec_ms = [], 0, 0.0
        for line in out.splitlines():
            n, ms, plan, query = line.split("\t", 3)
            calls += int(n)
            exec_ms += float(ms)
            rows.append(f"{int(n) / steps:6.2f} calls {float(ms) / steps:7.3f} ms  {query}")
        return {"steps": result["posts"], "statements_per_step": round(calls / steps, 2),
                "exec_ms_per_step": round(exec_ms / steps, 3),
                "postgres_cpu_ms_per_step": round(ticks * 1000 / hz / steps, 3),
                "server_cpu_ms_per_step": round(server_ticks * 1000 / hz / steps, 3),
                "top": rows[:25]}
    finally:
        setup.cleanup()


def main():
    if bench.BUILD == "release" and not os.environ.get("NO_BUILD"):
        subprocess.run(["swift", "build", "-c", "release", "--product", "sop"], check=True, cwd=bench.ROOT, stdout=subprocess.DEVNULL)
        subprocess.run(["swift", "build", "-c", "release", "--product", "sop-bench"], check=True, cwd=bench.ROOT,
                       stdout=subprocess.DEVNULL)
    sop = os.environ.get("SOP_SERVE") or os.path.join(bench.ROOT, ".build", bench.BUILD, "sop")
    tool = os.path.join(bench.ROOT, ".build", bench.BUILD, "sop-bench")
    what = os.environ.get("COUNT", "instructions,syscalls").split(",")
    if "instructions" in what:
        print("instructions:", json.dumps(instructions(sop, tool)), flush=True)
    if "syscalls" in what:
        print("syscalls:", json.dumps(syscalls(sop, tool)), flush=True)
    if "statements" in what:
        print("statements:", json.dumps(statements(sop, tool), indent=1), flush=True)


if __name__ == "__main__":
    main()
