#!/usr/bin/env python3
"""What a server-side role check and chain link can cost at best (issue 11's PostgreSQL target),
outside the test suite:

    SOP_BENCH_POSTGRES=postgres://… python3 Tests/Benchmarks/desks/floor_designs.py
    CLIENTS=1,4 ROUNDS=3 SECONDS=5 DESIGNS=a,b,c,d (the defaults)

pgbench on one server, the designs interleaved within each round (medians of ROUNDS), each in a
fresh schema, one transaction per pgbench transaction, synchronous_commit as the server has it:

  a   the bare INSERT of an event-sized row (`bench.py`'s FLOOR_SQL, the floor of the target);
  ap  a sent as a prepared statement (no parsing nor planning at each transaction: sop's way);
  a2  the same row with its 64-character hash column (what a chain stores);
  a2p a2 sent as a prepared statement;
  b   a2 into a table with a minimal BEFORE INSERT PL/pgSQL trigger doing one primary-key lookup
      for the role held (operator, role, sop '') and one for the previous event's hash;
  bp  b sent as a prepared statement;
  c   b, and the SHA-256 of the row's fields and the previous hash (`sop_event_hash`'s bytes, built
      with one concat) compared with the hash column;
  cp  c sent as a prepared statement, as sop sends an answer;
  c2  c with the bytes joined by `||` instead of one `concat`;
  cs  c with the trigger SECURITY DEFINER and its search path fixed, as sop's is;
  d   c, and an UPDATE of a one-row-per-case table in the same transaction (sent with the INSERT as
      one message: one round trip, as sop's pipeline);
  dp  d sent as sop sends a step's move: prepared statements in one pipeline (pgbench -M prepared);
  dt  c, with that UPDATE done by the trigger itself (one statement);
  r   a2 with no trigger: row-level security on the table (ENABLE and FORCE), one policy FOR INSERT
      WITH CHECK (operator = session_user AND the role held: one primary-key lookup of the roster),
      one FOR SELECT USING (true), written by a role that neither owns the table nor is a superuser
      (`budi`, created if missing), so that the policy applies;
  rp  r sent as a prepared statement;
  rl  r, and the previous event looked up in the policy (sequence 1, or its row there with a hash);
  rlp rl sent as a prepared statement;
  rgp rlp, and the step not open in another role (no row of a guard table for the case and step
      with another role: the third lookup of sop's check), prepared;
  rcp rlp, and the SHA-256 link (c's bytes, one concat, the previous hash from the same lookup)
      compared with the hash column in the policy, prepared;
  rgcp every check above in the policy (role, previous event, step's guard, link), prepared;
  rgcfp rgcp with the link's bytes by v26's one `format` (PostgresQuickCheck.link) instead of concat;
  rgcwp rgcp, and an AFTER INSERT trigger that would keep the step's guard row, fired only WHEN the
      row is a step's start or end (never for the bench's answers: what its WHEN costs an answer).

The r designs connect as `budi` (the address's user replaced, its password given to `budi` too);
the rest as the address's user. Every client writes its own case ('c' || client id) with sequences 1, 2, 3, … (a pgbench variable
kept per client), so each lookup of the previous event finds it. The pgbench rows carry a fixed
hash: the check computes the link and compares it (a mismatch is not refused for the bench's fixed
value, the comparison is made all the same).

SYNC=off runs every design with synchronous_commit off (what differs is then the CPU, not a loaded
machine's slow flush).

CALLGRIND_DIR=DIR prints instead the server's instructions per transaction, one client, counted by
callgrind on the server's backends (`pgbench -t 221` minus `-t 1`), when the server runs under
`valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=DIR/cg.%p`:
`FLOOR_DESIGNS=1 bash Tests/Benchmarks/desks/server_cost.sh` does so after its own counts.
"""
import glob, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.parse, uuid

CLIENTS = [int(c) for c in os.environ.get("CLIENTS", "1,4").split(",")]
ROUNDS = int(os.environ.get("ROUNDS", "3"))
SECONDS = int(os.environ.get("SECONDS", "5"))
DESIGNS = os.environ.get("DESIGNS", "a,ap,a2,a2p,b,bp,c,cp,c2,cs,d,dp,dt,r,rp,rl,rlp,rgp,rcp,rgcp,rgcfp,rgcwp").split(",")

COLUMNS = """case_id TEXT NOT NULL, sequence BIGINT NOT NULL, at BIGINT NOT NULL, operator TEXT NOT NULL, role TEXT,
    step TEXT, type TEXT NOT NULL, payload TEXT NOT NULL"""

FIXED_HASH = "0" * 64

LINK = """encode(sha256(convert_to(concat('sop-event-v1', chr(10), octet_length(NEW.case_id), ':', NEW.case_id, ';',
    octet_length(NEW.sequence::text), ':', NEW.sequence, ';', octet_length(NEW.at::text), ':', NEW.at, ';',
    octet_length(NEW.operator), ':', NEW.operator, ';',
    coalesce(octet_length(NEW.role) || ':' || NEW.role || ';', '-;'), coalesce(octet_length(NEW.step) || ':' || NEW.step || ';', '-;'),
    octet_length(NEW.type), ':', NEW.type, ';', octet_length(NEW.payload), ':', NEW.payload, ';',
    octet_length(coalesce(previous, '')), ':', previous, ';'), 'UTF8')), 'hex')"""

# The same bytes with `||` instead of `concat` (which looks up every argument's output function
# at each call).
LINK_CAT = """encode(sha256(convert_to('sop-event-v1' || chr(10) || octet_length(NEW.case_id)::text || ':' || NEW.case_id || ';'
    || octet_length(NEW.sequence::text)::text || ':' || NEW.sequence::text || ';'
    || octet_length(NEW.at::text)::text || ':' || NEW.at::text || ';'
    || octet_length(NEW.operator)::text || ':' || NEW.operator || ';'
    || coalesce(octet_length(NEW.role)::text || ':' || NEW.role || ';', '-;')
    || coalesce(octet_length(NEW.step)::text || ':' || NEW.step || ';', '-;')
    || octet_length(NEW.type)::text || ':' || NEW.type || ';' || octet_length(NEW.payload)::text || ':' || NEW.payload || ';'
    || octet_length(coalesce(previous, ''))::text || ':' || coalesce(previous, '') || ';', 'UTF8')), 'hex')"""


def trigger(hash_check, security_definer=False, case_update=False, link=LINK):
    definer = " SECURITY DEFINER SET search_path FROM CURRENT" if security_definer else ""
    check = f"""
        h := {link};
        IF h IS DISTINCT FROM NEW.hash AND NEW.hash <> '{FIXED_HASH}' THEN RAISE EXCEPTION 'bad-hash'; END IF;""" if hash_check else ""
    update = """
        UPDATE case_row SET status = 'terbuka', updated_at = NEW.at, last_sequence = NEW.sequence WHERE id = NEW.case_id;""" \
        if case_update else ""
    return f"""
    CREATE TABLE holding (operator TEXT, role TEXT, sop TEXT, PRIMARY KEY (operator, role, sop));
    INSERT INTO holding VALUES ('budi', 'resepsionis', '');
    CREATE TABLE case_row (id TEXT PRIMARY KEY, status TEXT NOT NULL, updated_at BIGINT NOT NULL, last_sequence BIGINT NOT NULL);
    INSERT INTO case_row SELECT 'c' || n, 'terbuka', 0, 0 FROM generate_series(0, 63) n;
    CREATE TABLE floor_event ({COLUMNS}, hash TEXT, PRIMARY KEY (case_id, sequence));
    CREATE FUNCTION check_event() RETURNS trigger LANGUAGE plpgsql{definer} AS $$
    DECLARE held boolean; previous text; h text;
    BEGIN
        SELECT (SELECT true FROM holding WHERE operator = NEW.operator AND role = NEW.role AND sop = ''),
               (SELECT p.hash FROM floor_event p WHERE p.case_id = NEW.case_id AND p.sequence = NEW.sequence - 1)
            INTO held, previous;
        IF held IS NULL THEN RAISE EXCEPTION 'role not held'; END IF;
        IF previous IS NULL AND NEW.sequence > 1 THEN RAISE EXCEPTION 'gap'; END IF;{check}{update}
        RETURN NEW;
    END $$;
    CREATE TRIGGER check_event BEFORE INSERT ON floor_event FOR EACH ROW EXECUTE FUNCTION check_event();
    """


# The same role's rows through row-level security instead of a trigger: the checks are the
# policy's expression, planned into the INSERT (a prepared statement plans them once), with no
# PL/pgSQL. The writer is `budi`, who holds the role and is the rows' operator.
WRITER = "budi"

# The link of `floor_event`'s new row after `p`'s hash, as the policy sees it: LINK's bytes.
POLICY_LINK = LINK.replace("NEW.", "floor_event.").replace("previous", "p.hash")

# The same bytes by one `format`, its arguments grouped by type (v26's `PostgresQuickCheck.link`).
LINK_FORMAT = """encode(sha256(convert_to(format(E'sop-event-v1\\n%1$s:%10$s;%2$s:%3$s;%4$s:%9$s;%5$s:%11$s;%12$s%13$s%6$s:%14$s;%7$s:%15$s;%8$s:%16$s;',
    octet_length(NEW.case_id), octet_length(NEW.sequence::text), NEW.sequence, octet_length(NEW.at::text), octet_length(NEW.operator),
    octet_length(NEW.type), octet_length(NEW.payload), octet_length(coalesce(previous, '')), NEW.at, NEW.case_id, NEW.operator,
    coalesce(octet_length(NEW.role) || ':' || NEW.role || ';', '-;'), coalesce(octet_length(NEW.step) || ':' || NEW.step || ';', '-;'),
    NEW.type, NEW.payload, previous), 'UTF8')), 'hex')"""
POLICY_LINK_FORMAT = LINK_FORMAT.replace("NEW.", "floor_event.").replace("previous", "p.hash")


def policed(previous=False, guard=False, link=None, guard_kept=False):
    checks = [f"operator = session_user",
              "EXISTS (SELECT FROM holding h WHERE h.operator = floor_event.operator AND h.role = floor_event.role AND h.sop = '')"]
    if guard:
        checks.append("NOT EXISTS (SELECT FROM step_guard g WHERE g.case_id = floor_event.case_id AND g.step = floor_event.step"
                      " AND g.role <> floor_event.role)")
    if previous:
        # The link computed first (CASE keeps the order), the bench's fixed hash let through after.
        compared = f" AND CASE WHEN floor_event.hash = {link} THEN true ELSE floor_event.hash = '{FIXED_HASH}' END" if link else ""
        checks.append("(sequence = 1 OR EXISTS (SELECT FROM floor_event p WHERE p.case_id = floor_event.case_id"
                      f" AND p.sequence = floor_event.sequence - 1 AND p.hash IS NOT NULL{compared}))")
    return f"""
    DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{WRITER}') THEN CREATE ROLE {WRITER} LOGIN; END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO {WRITER}', current_schema());
    END $$;
    CREATE TABLE holding (operator TEXT, role TEXT, sop TEXT, PRIMARY KEY (operator, role, sop));
    INSERT INTO holding VALUES ('{WRITER}', 'resepsionis', '');
    CREATE TABLE step_guard (case_id TEXT, step TEXT, role TEXT NOT NULL, PRIMARY KEY (case_id, step));
    INSERT INTO step_guard SELECT 'c' || n, '1', 'resepsionis' FROM generate_series(0, 63) n;
    CREATE TABLE floor_event ({COLUMNS}, hash TEXT, PRIMARY KEY (case_id, sequence));
    ALTER TABLE floor_event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE floor_event FORCE ROW LEVEL SECURITY;
    CREATE POLICY event_read ON floor_event FOR SELECT USING (true);
    CREATE POLICY event_written ON floor_event FOR INSERT WITH CHECK ({" AND ".join(checks)});
    GRANT SELECT, INSERT ON floor_event TO {WRITER};
    GRANT SELECT ON holding, step_guard TO {WRITER};
    """ + ("""
    CREATE FUNCTION keep_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
    BEGIN
        IF NEW.type = 'step-started' THEN
            INSERT INTO step_guard VALUES (NEW.case_id, NEW.step, NEW.role) ON CONFLICT (case_id, step) DO UPDATE SET role = EXCLUDED.role;
        ELSE
            DELETE FROM step_guard WHERE case_id = NEW.case_id AND step = NEW.step;
        END IF;
        RETURN NULL;
    END $f$;
    CREATE TRIGGER keep_guard AFTER INSERT ON floor_event FOR EACH ROW
        WHEN (NEW.type IN ('step-started', 'step-completed')) EXECUTE FUNCTION keep_guard();
    """ if guard_kept else "")


INSERT = """INSERT INTO floor_event (case_id, sequence, at, operator, role, step, type, payload{hash_column})
VALUES ('c' || :client_id, :seq, 1796004000000, 'budi', 'resepsionis', '1', 'field-answered',
'{{"field":"nama","step":"1","value":"Siti Aminah","visit":1}}'{hash_value})"""

UPDATE = "UPDATE case_row SET status = 'terbuka', updated_at = 1796004000000, last_sequence = :seq WHERE id = 'c' || :client_id"

HASHED = INSERT.format(hash_column=", hash", hash_value=f", '{FIXED_HASH}'")

# design: (schema SQL, pgbench script)
SETUPS = {
    "a": (f"CREATE TABLE floor_event ({COLUMNS}, PRIMARY KEY (case_id, sequence));",
          INSERT.format(hash_column="", hash_value="") + ";\n"),
    "ap": (f"CREATE TABLE floor_event ({COLUMNS}, PRIMARY KEY (case_id, sequence));",
           INSERT.format(hash_column="", hash_value="") + ";\n", "prepared"),
    "a2": (f"CREATE TABLE floor_event ({COLUMNS}, hash TEXT, PRIMARY KEY (case_id, sequence));", HASHED + ";\n"),
    "a2p": (f"CREATE TABLE floor_event ({COLUMNS}, hash TEXT, PRIMARY KEY (case_id, sequence));", HASHED + ";\n", "prepared"),
    "b": (trigger(False), HASHED + ";\n"),
    "bp": (trigger(False), HASHED + ";\n", "prepared"),
    "c": (trigger(True), HASHED + ";\n"),
    "cp": (trigger(True), HASHED + ";\n", "prepared"),
    "c2": (trigger(True, link=LINK_CAT), HASHED + ";\n"),
    "cs": (trigger(True, security_definer=True), HASHED + ";\n"),
    "d": (trigger(True), HASHED + " \\;\n" + UPDATE + ";\n"),
    "dp": (trigger(True), "\\startpipeline\n" + HASHED + ";\n" + UPDATE + ";\n\\endpipeline\n", "prepared"),
    "dt": (trigger(True, case_update=True), HASHED + ";\n"),
    "r": (policed(), HASHED + ";\n"),
    "rp": (policed(), HASHED + ";\n", "prepared"),
    "rl": (policed(previous=True), HASHED + ";\n"),
    "rlp": (policed(previous=True), HASHED + ";\n", "prepared"),
    "rgp": (policed(previous=True, guard=True), HASHED + ";\n", "prepared"),
    "rcp": (policed(previous=True, link=POLICY_LINK), HASHED + ";\n", "prepared"),
    "rgcp": (policed(previous=True, guard=True, link=POLICY_LINK), HASHED + ";\n", "prepared"),
    "rgcfp": (policed(previous=True, guard=True, link=POLICY_LINK_FORMAT), HASHED + ";\n", "prepared"),
    "rgcwp": (policed(previous=True, guard=True, link=POLICY_LINK, guard_kept=True), HASHED + ";\n", "prepared"),
}


def as_writer(url):
    """`url` with `WRITER` as its user (the address's password, if any, which `run` gives `WRITER` as it does PGPASSWORD's)."""
    if "://" not in url:
        return url + f" user={WRITER}"
    parts = urllib.parse.urlsplit(url)
    password = f":{parts.password}" if parts.password else ""
    host = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{WRITER}{password}@{host}"))


def password(url):
    """The address's password, or PGPASSWORD's (which pgbench would send for `WRITER` too)."""
    if "://" in url:
        given = urllib.parse.urlsplit(url).password
    else:
        found = re.search(r"password=(\S+)", url)
        given = found and found.group(1)
    return given or os.environ.get("PGPASSWORD")


def pgbench():
    return shutil.which("pgbench") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pgbench"))[-1]


def run(url, design, clients, transactions=None):
    """Transactions a second (or the pgbench output when `transactions` is given) of `design`."""
    schema = "floor_" + uuid.uuid4().hex[:12]
    setup, body, protocol = (SETUPS[design] + ("simple",))[:3]
    made = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qc", f"CREATE SCHEMA {schema}; SET search_path TO {schema}; {setup}"],
                          capture_output=True, text=True)
    if made.returncode != 0:
        sys.exit(f"design {design}'s schema: {made.stderr.strip()}")
    writer = url
    if design.startswith("r"):
        if password(url):
            subprocess.run(["psql", url, "-qc", f"ALTER ROLE {WRITER} PASSWORD '{password(url)}'"], check=True, capture_output=True)
        writer = as_writer(url)
    script = tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False)
    script.write("\\set seq :seq + 1\n" + body)
    script.close()
    try:
        # SYNC=off: no commit waits for its flush, so the designs' CPU is what differs (a loaded
        # machine's slow flush hides it otherwise).
        sync = f" -c synchronous_commit={os.environ['SYNC']}" if os.environ.get("SYNC") else ""
        environment = dict(os.environ, PGOPTIONS=f"-c search_path={schema}{sync}")
        length = ["-t", str(transactions)] if transactions else ["-T", str(SECONDS)]
        out = subprocess.run([pgbench(), "-n", "-c", str(clients), "-j", str(clients), *length, "-M", protocol, "-D", "seq=0", "-f", script.name, writer],
                             capture_output=True, text=True, env=environment)
        if out.returncode != 0 or "tps = " not in out.stdout:
            sys.exit(f"pgbench failed for design {design}: {out.stderr.strip()}")
        return float(re.search(r"tps = ([0-9.]+)", out.stdout).group(1))
    finally:
        os.unlink(script.name)
        subprocess.run(["psql", url, "-qc", f"DROP SCHEMA {schema} CASCADE"], capture_output=True)


def counted(directory, work):
    """Instructions of the server backends that ended while `work` ran (callgrind writes a
    backend's file when it exits)."""
    def files():
        time.sleep(3)
        return set(glob.glob(os.path.join(directory, "cg.*")))
    before = files()
    work()
    total = 0
    for name in files() - before:
        with open(name) as f:
            total += sum(int(line.split()[1]) for line in f if line.startswith("summary:"))
    return total


def count(url, directory):
    print("| design | server instructions per transaction (1 client) |")
    print("|---|---:|")
    for design in DESIGNS:
        one = counted(directory, lambda: run(url, design, 1, transactions=1))
        many = counted(directory, lambda: run(url, design, 1, transactions=221))
        print(f"| {design} | {(many - one) // 220:,} |")


def main():
    url = os.environ.get("SOP_BENCH_POSTGRES") or sys.exit("SOP_BENCH_POSTGRES: the server's address")
    if os.environ.get("CALLGRIND_DIR"):
        return count(url, os.environ["CALLGRIND_DIR"])
    figures = {(d, n): [] for d in DESIGNS for n in CLIENTS}
    for round_number in range(ROUNDS):
        for n in CLIENTS:
            for design in DESIGNS:
                figures[(design, n)].append(run(url, design, n))
        print(f"round {round_number + 1}/{ROUNDS} done", file=sys.stderr)
    print(f"pgbench, {SECONDS} s a run, medians of {ROUNDS} rounds, designs interleaved; {os.cpu_count()} cores; "
          f"synchronous_commit {os.environ.get('SYNC', 'as the server has it')}")
    print()
    print("| design | " + " | ".join(f"{n} client{'s' if n > 1 else ''} tx/s | / a" for n in CLIENTS) + " |")
    print("|---|" + "---:|---:|" * len(CLIENTS))
    for design in DESIGNS:
        cells = []
        for n in CLIENTS:
            tps = statistics.median(figures[(design, n)])
            cells += [f"{tps:.0f}", f"{statistics.median(figures[('a', n)]) / tps:.2f}x" if ("a", n) in figures else "-"]
        print(f"| {design} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
