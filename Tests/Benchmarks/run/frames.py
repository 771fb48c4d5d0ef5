#!/usr/bin/env python3
"""WAL frames per durable commit of `sop-bench run-cases`, named by the table or index each page
belongs to. Counts do not depend on the machine's load. Run from the repository's root:

    python3 Tests/Benchmarks/run/frames.py .build/release/sop-bench [BIG SMALL]   # 50 and 5 cases by default

Each run is traced with strace; every WAL frame starts with a 24-byte header written on its own,
whose first 4 bytes are the page number. Pages are named by `dbstat` on the final file. The
difference of the two runs, over SOP 01's 22 commits a case, leaves out what a store's creation
writes. Needs strace and the sqlite3 shell.
"""
import collections, os, re, struct, subprocess, sys, tempfile

SOP, ANSWERS, COMMITS_PER_CASE = "sop/01-pengaduan-langsung.yaml", "Tests/Fixtures/answers/01-lengkap.yaml", 22


def run(bench, cases):
    work = tempfile.mkdtemp(prefix="sop-frames-")
    db, trace = os.path.join(work, "s.sqlite"), os.path.join(work, "trace")
    subprocess.run(["strace", "-f", "-y", "-x", "-s", "24", "-e", "trace=pwrite64,fdatasync", "-o", trace,
                    bench, "run-cases", str(cases), db, SOP, ANSWERS], check=True, capture_output=True)
    pages, syncs = collections.Counter(), 0
    for line in open(trace):
        if "-wal>" not in line:
            continue
        if "fdatasync" in line:
            syncs += 1
            continue
        header = re.search(r'pwrite64\(\d+<[^>]*-wal>, "((?:\\x[0-9a-f]{2})*)", 24,', line)
        if header:
            pages[struct.unpack(">I", bytes.fromhex(header.group(1).replace("\\x", ""))[:4])[0]] += 1
    names = {}
    for row in subprocess.run(["sqlite3", db, "SELECT pageno, name FROM dbstat"], capture_output=True, text=True,
                              check=True).stdout.splitlines():
        number, name = row.split("|", 1)
        names[int(number)] = name
    tables = collections.Counter()
    for page, count in pages.items():
        tables["page 1 (the file grew)" if page == 1 else names.get(page, "a page freed since")] += count
    return tables, syncs


def main():
    bench = sys.argv[1]
    big, small = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (50, 5)
    (tables_big, syncs_big), (tables_small, syncs_small) = run(bench, big), run(bench, small)
    commits = (big - small) * COMMITS_PER_CASE
    frames = sum(tables_big.values()) - sum(tables_small.values())
    print(f"{frames / commits:.3f} WAL frames per commit, {(syncs_big - syncs_small) / commits:.3f} fdatasync "
          f"({big} - {small} cases, {commits} commits)")
    for name in sorted(set(tables_big) | set(tables_small), key=lambda n: tables_small[n] - tables_big[n]):
        if tables_big[name] != tables_small[name]:
            print(f"  {name:40s} {(tables_big[name] - tables_small[name]) / commits:.3f}")


if __name__ == "__main__":
    main()
