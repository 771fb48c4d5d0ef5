#!/usr/bin/env bash
# The `sop lint` benchmark (outside the test suite): a generated corpus of realistic SOPs,
# linted by the release build, side by side in one hyperfine run with
#   - a bare libyaml event scan of the same files (the floor for any libyaml-based linter), and
#   - check-jsonschema validating the same files against Schemas/sop.schema.json.
#
#     bash Tests/Benchmarks/lint/bench.sh [COUNT] [RUNS]
#
# Needs: swift, gcc, libyaml-dev, python3, hyperfine (apt-get install hyperfine) and
# check-jsonschema (python3 -m pip install check-jsonschema).
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-2000}
runs=${2:-5}
work=${SOP_BENCH_DIR:-${TMPDIR:-/tmp}/sop-bench}
mkdir -p "$work"

python3 Tests/Benchmarks/lint/generate.py "$work/corpus" "$count" >/dev/null
gcc -O2 -Wall -o "$work/yaml-scan" Tests/Benchmarks/lint/yaml-scan.c -lyaml
swift build -c release --product sop >/dev/null
sop="$(swift build -c release --show-bin-path)/sop"
files=("$work"/corpus/*.yaml)
echo "corpus: ${#files[@]} files, $(du -sh "$work/corpus" | cut -f1); $(nproc) cores; $(uptime | sed 's/.*load/load/')"

hyperfine --ignore-failure --warmup 1 --runs "$runs" --export-json "$work/result.json" \
    -n "libyaml event scan" "$work/yaml-scan ${files[*]}" \
    -n "sop lint" "$sop lint $work/corpus" \
    -n "check-jsonschema" "python3 -m check_jsonschema --schemafile Schemas/sop.schema.json ${files[*]}"

python3 - "$work/result.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
scan, lint, schema = (results[n] for n in ("libyaml event scan", "sop lint", "check-jsonschema"))
cpu = lambda r: r["user"] + r["system"]
print(f"sop lint / libyaml scan: {lint['mean'] / scan['mean']:.2f}x wall (median {lint['median'] / scan['median']:.2f}x), "
      f"{cpu(lint) / cpu(scan):.2f}x CPU")
print(f"check-jsonschema / sop lint: {schema['mean'] / lint['mean']:.1f}x wall (median {schema['median'] / lint['median']:.1f}x)")
PY
