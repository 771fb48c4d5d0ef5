#!/usr/bin/env python3
"""Where one desk's answer goes on PostgreSQL, per commit, against pgbench's one-row INSERT
(README "PostgreSQL answer path"). Run from anywhere, against a server on this machine:

    SOP_BENCH_POSTGRES=postgres://… python3 Tests/Benchmarks/desks/answer_breakdown.py [SOP_BENCH]

One desk (`sop-bench run-cases CASES`, SOP 01, the roster in force) minus `run-cases 0`, and
pgbench's floor (one client, `-t` as many transactions), each in a fresh schema, print per commit:

  round trips   the client's sendto calls (strace -f -c), a second run of each
  statements    top-level statements the server ran (pg_stat_statements calls, when installed)
  server exec   their execution time (pg_stat_statements total_exec_time, top level)
  server CPU    user+system time of the server's processes: the postmaster's reaped children (the
                backends that ended) and every live child, from /proc (ticks of 10 ms, so CASES
                is large enough to make it hundreds of ticks); autovacuum is off while it runs
                (ALTER SYSTEM, reset at the end: a superuser's server), as its workers' CPU is
                not the answer's
  client CPU    user+system time of the client (sop-bench or pgbench), from getrusage
  WAL bytes     the WAL's records without full-page images (pg_waldump --stats between
                pg_current_wal_lsn() before and after: a checkpoint's page images depend on when it
                ran, not on the answer), and the records' count

Counts and CPU times, not throughput: they depend little on the machine's load (the CPU times
somewhat, as caches and frequency do). The server must be on this machine (its /proc is read)
with pg_stat_statements in shared_preload_libraries for the statement columns (else they
print "-"). CASES=40 by default (880 commits). STATEMENTS=1 also lists the sop run's statements
(nested ones too when pg_stat_statements.track = all): calls per commit and µs per call.
"""
import glob, os, re, resource, shutil, subprocess, sys, tempfile, time, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CASES = int(os.environ.get("CASES", "40"))
SOP = "sop/01-pengaduan-langsung.yaml"
ANSWERS = "Tests/Fixtures/answers/01-lengkap.yaml"
FLOOR_SQL = """INSERT INTO floor_event (case_id, sequence, at, operator, role, step, type, payload)
VALUES ('01-2026-' || :client_id, nextval('floor_sequence'), 1796004000000, 'budi', 'resepsionis', '1', 'field-answered',
'{"field":"nama","step":"1","value":"Siti Aminah","visit":1}');
"""
TICK = os.sysconf("SC_CLK_TCK")


def psql(url, sql):
    return subprocess.run(["psql", url, "-qAtc", sql], check=True, capture_output=True, text=True).stdout.strip()


def server_cpu(postmaster):
    """Seconds of CPU of the postmaster, its reaped children and its live children."""
    def fields(pid):
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    own = fields(postmaster)
    total = sum(int(own[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    for path in glob.glob("/proc/[0-9]*/stat"):
        try:
            stat = fields(path.split("/")[2])
        except (OSError, IndexError):
            continue
        if int(stat[1]) == postmaster:
            total += int(stat[11]) + int(stat[12])
    return total / TICK


def statements(url):
    """(top-level calls, total exec ms) since the last reset; None without pg_stat_statements."""
    try:
        row = psql(url, "SELECT sum(calls), sum(total_exec_time) FROM pg_stat_statements WHERE toplevel "
                        "AND query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%pg_current_wal_lsn%'")
        calls, ms = row.split("|")
        return int(calls or 0), float(ms or 0)
    except (subprocess.CalledProcessError, ValueError):
        return None


def wal_records(url, start, end):
    """(records, bytes without full-page images) between two LSNs, from pg_waldump."""
    waldump = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_waldump"))[-1]
    directory = os.path.join(psql(url, "SHOW data_directory"), "pg_wal")
    out = subprocess.run([waldump, "-p", directory, "-s", start, "-e", end, "--stats"], capture_output=True, text=True).stdout
    total = re.search(r"^Total\s+(\d+)\s+(\d+)", out, re.M)
    return (int(total.group(1)), int(total.group(2))) if total else (0, 0)


def measure(url, postmaster, command, environment):
    """Server CPU, client CPU, WAL bytes, statements and exec ms of one run of `command`."""
    try:
        psql(url, "SELECT pg_stat_statements_reset()")
    except subprocess.CalledProcessError:
        pass
    lsn = psql(url, "SELECT pg_current_wal_lsn()")
    before_server = server_cpu(postmaster)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    time.sleep(1)  # the client's backend ended and reaped: its time is the postmaster's
    server = server_cpu(postmaster) - before_server
    wal = wal_records(url, lsn, psql(url, "SELECT pg_current_wal_lsn()"))
    client = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"server": server, "client": client, "wal": wal, "statements": statements(url)}


def sends(command, environment):
    """sendto calls of `command` and its threads."""
    with tempfile.NamedTemporaryFile(suffix=".strace") as out:
        subprocess.run(["strace", "-f", "-c", "-e", "trace=sendto", "-o", out.name] + command, cwd=ROOT, check=True,
                       capture_output=True, env=environment)
        text = open(out.name).read()
    match = re.search(r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)(?:\s+\d+)?\s+sendto$", text, re.M)
    return int(match.group(1)) if match else 0


def statement_list(url, commits):
    """The last run's statements, most time first: calls per commit, µs per call, the text's start."""
    try:
        rows = psql(url, "SELECT calls, total_exec_time, toplevel, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) "
                         "FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' "
                         "AND query NOT LIKE '%pg_current_wal_lsn%' ORDER BY total_exec_time DESC LIMIT 15")
    except subprocess.CalledProcessError:
        return []
    listing = []
    for row in rows.splitlines():
        calls, ms, top, text = row.split("|", 3)
        listing.append(f"| {int(calls) / commits:.2f} | {float(ms) / int(calls) * 1000:.0f} | {'' if top == 't' else 'nested'} "
                       f"| `{text.replace('|', '/')}` |")
    return listing


def difference(many, few, count, round_trips):
    statements = ("-", "-") if many["statements"] is None else (
        f"{(many['statements'][0] - few['statements'][0]) / count:.2f}",
        f"{(many['statements'][1] - few['statements'][1]) / count * 1000:.0f}")
    return [f"{round_trips / count:.2f}", statements[0], statements[1],
            f"{(many['server'] - few['server']) / count * 1e6:.0f}", f"{(many['client'] - few['client']) / count * 1e6:.0f}",
            f"{(many['wal'][0] - few['wal'][0]) / count:.2f}", f"{(many['wal'][1] - few['wal'][1]) / count:.0f}"]


def main():
    url = os.environ.get("SOP_BENCH_POSTGRES") or sys.exit("SOP_BENCH_POSTGRES=postgres://… names the server")
    bench = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "sop-bench")
    pgbench = shutil.which("pgbench") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pgbench"))[-1]
    # The postmaster: the checkpointer's parent.
    postmaster = int(psql(url, "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'"))
    with open(f"/proc/{postmaster}/stat") as f:
        postmaster = int(f.read().rsplit(")", 1)[1].split()[1])
    environment = dict(os.environ, SOP_BENCH_ROSTER="1")
    schema = "breakdown_" + uuid.uuid4().hex[:12]
    psql(url, f"CREATE SCHEMA {schema}")
    psql(url, "ALTER SYSTEM SET autovacuum = off")
    psql(url, "SELECT pg_reload_conf()")
    try:
        database = url + ("&" if "?" in url else "?") + "options=-csearch_path%3D" + schema
        run = lambda cases: [bench, "run-cases", str(cases), database, SOP, ANSWERS]
        subprocess.run(run(1), cwd=ROOT, check=True, capture_output=True, env=environment)  # migrate, revision stored
        few, many = measure(url, postmaster, run(0), environment), measure(url, postmaster, run(CASES), environment)
        commits = 22 * CASES
        listing = statement_list(url, commits) if os.environ.get("STATEMENTS") == "1" else []
        sop = difference(many, few, commits, sends(run(CASES), environment) - sends(run(0), environment))

        psql(url, f"SET search_path TO {schema}; CREATE TABLE floor_event (case_id TEXT NOT NULL, sequence BIGINT NOT NULL, "
                  "at BIGINT NOT NULL, operator TEXT NOT NULL, role TEXT, step TEXT, type TEXT NOT NULL, payload TEXT NOT NULL, "
                  "PRIMARY KEY (case_id, sequence)); CREATE SEQUENCE floor_sequence;")
        script = tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False)
        script.write(FLOOR_SQL)
        script.close()
        floor_environment = dict(environment, PGOPTIONS=f"-c search_path={schema}")
        floor = lambda count: [pgbench, "-n", "-c", "1", "-j", "1", "-t", str(count), "-f", script.name, url]
        few, many = measure(url, postmaster, floor(1), floor_environment), measure(url, postmaster, floor(commits + 1), floor_environment)
        base = difference(many, few, commits, sends(floor(commits + 1), floor_environment) - sends(floor(1), floor_environment))
        os.unlink(script.name)
    finally:
        psql(url, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        psql(url, "ALTER SYSTEM RESET autovacuum")
        psql(url, "SELECT pg_reload_conf()")
    load = open("/proc/loadavg").read().split()[:3]
    print(f"SOP 01, {CASES} cases ({commits} commits) minus 0, one desk, roster in force; load average {' '.join(load)}")
    print()
    print("| per commit | round trips (sendto) | statements | server exec µs | server CPU µs | client CPU µs | WAL records | WAL bytes |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print("| pgbench floor | " + " | ".join(base) + " |")
    print("| sop answer | " + " | ".join(sop) + " |")
    if listing:
        print()
        print("| sop run: calls per commit | µs per call | level | statement |")
        print("|---:|---:|---|---|")
        print("\n".join(listing))


if __name__ == "__main__":
    main()
