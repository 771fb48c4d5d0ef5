#!/usr/bin/env bash
# Instructions `sop lint` executes on the first 200 files of the benchmark corpus, counted by
# callgrind: the same figure however loaded the machine is. Compares release builds side by side.
#
#     bash Tests/Benchmarks/lint/callgrind.sh BASE_SOP [NEW_SOP]
#
# BASE_SOP: a release `sop` to compare with (say, a worktree of an older commit built with
# `swift build -c release`); NEW_SOP defaults to this checkout's release build (built unless
# NO_BUILD=1). Each binary is copied and stripped of its debug info first: valgrind 3.19 cannot
# read the DWARF 5 that Swift's release builds carry. Needs valgrind and python3.
set -euo pipefail
cd "$(dirname "$0")/../../.."
base=${1:?usage: callgrind.sh BASE_SOP [NEW_SOP]}
work=${SOP_BENCH_DIR:-${TMPDIR:-/tmp}/sop-bench}/callgrind
mkdir -p "$work"
if [[ $# -ge 2 ]]; then
    new=$2
else
    [[ ${NO_BUILD:-0} == 1 ]] || swift build -c release --product sop >/dev/null
    new="$(swift build -c release --show-bin-path)/sop"
fi

python3 Tests/Benchmarks/lint/generate.py "$work/corpus" 2000 >/dev/null
rm -rf "$work/sub" && mkdir -p "$work/sub"
files=("$work"/corpus/*.yaml)
cp "${files[@]:0:200}" "$work/sub"

count() {
    cp "$1" "$work/$2" && strip --strip-debug "$work/$2"
    (cd "$work" && valgrind --tool=callgrind --callgrind-out-file="$work/$2.out" "./$2" lint sub >/dev/null 2>"$work/$2.log" || true)
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/$2.log"
}
before=$(count "$base" sop-base)
after=$(count "$new" sop-new)
python3 - "$before" "$after" <<'PY'
import sys
base, new = (int(v) for v in sys.argv[1:])
print(f"sop lint, 200 files, instructions: base {base / 1e6:.1f} M, new {new / 1e6:.1f} M: {new / base:.3f}x")
PY
