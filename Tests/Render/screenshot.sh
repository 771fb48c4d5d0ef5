#!/usr/bin/env bash
# The rendered documents in a real browser (Debian's chromium), for CI and for people:
#   - a PNG of each HTML document (sop/01 and the render fixtures) to look at;
#   - a check that Chromium lays each activity table out as `sop render` measured it: every row
#     at its height, the flowchart level with its rows, no line of text wider than its cell, a
#     page printed smaller whole inside its box, the running header whole, each branch label
#     (in the browser's own font) beside its own line, over no symbol, line or other label;
#   - the Mermaid output parsed by Mermaid itself (mermaid.min.js from the PyPI package
#     artoo-mermaid, pinned), when pip can fetch it.
# Without Chromium it says so and exits 0. Usage: Tests/Render/screenshot.sh [SOP_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
here=Tests/Render
sop=${1:-.build/debug/sop}
out=${RENDER_OUT:-.build/render}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "render check: Chromium not found (apt-get install chromium); skipped"
    echo "render: 0 passed, 0 failed, 1 skipped"
    exit 0
fi
[ -x "$sop" ] || { echo "render check: $sop not built (swift build)" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

chrome() {
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$out/profile" "$@" 2>/dev/null
}

samples=(
    "sop01=01"
    "layanan=Tests/Fixtures/examples/bps-layanan-pengaduan.yaml"
    "gratifikasi=Tests/Fixtures/examples/bps-laporan-gratifikasi.yaml"
    "panjang=Tests/Fixtures/render/izin-usaha-panjang.yaml"
    "gabungan=Tests/Fixtures/render/waktu-gabungan.yaml"
    "kontrak=Tests/Fixtures/examples/bps-pelaksanaan-kontrak.yaml"
    "hibah=Tests/Fixtures/examples/bps-hibah-bmn-keluar.yaml"
    "penghubung=Tests/Fixtures/render/penghubung-tabel.yaml"
    "tanpasimbol=Tests/Fixtures/render/tanpa-simbol-pilihan.yaml"
    "reklame=Tests/Fixtures/render/izin-reklame.yaml"
    "reklame45=Tests/Fixtures/reklame/sop/45-izin-reklame.yaml"
    "ktp=Tests/Fixtures/ktp-el/12-ktp-el.yaml"
    "bersama=Tests/Fixtures/render/keputusan-bersama.yaml"
    "paten=Tests/Fixtures/paten/sop/05-ahli-waris.yaml"
    "kenaikan=Tests/Fixtures/kenaikan-pangkat/sop/07-usul-kp-reguler.yaml"
)
passed=0
failed=0
for sample in "${samples[@]}"; do
    name=${sample%%=*}
    source=${sample#*=}
    "$sop" render "$source" -o "$out/$name.html"
    "$sop" render "$source" --format mermaid -o "$out/$name.mmd"
    # The screenshot: a window tall enough for every sheet.
    sheets=$(grep -o '<section class="sheet' "$out/$name.html" | wc -l)
    chrome --window-size=1200,$((sheets * 820 + 40)) --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null
    [ -s "$out/$name.png" ] || { echo "render check: $name: no screenshot" >&2; failed=$((failed + 1)); }
    # The measurement: the document with measure.js added, read back from the DOM.
    python3 - "$out/$name.html" "$here/measure.js" "$out/$name.measure.html" <<'PY'
import sys
document, script = open(sys.argv[1]).read(), open(sys.argv[2]).read()
open(sys.argv[3], "w").write(document.replace("</body>", f"<script>\n{script}</script>\n</body>"))
PY
    result=$(chrome --virtual-time-budget=5000 --dump-dom "file://$out/$name.measure.html" \
        | sed -n 's#.*<pre id="measure">\(.*\)</pre>.*#\1#p')
    if [ -z "$result" ]; then
        echo "render check: $name: Chromium gave no measurement" >&2
        failed=$((failed + 1))
        continue
    fi
    if python3 - "$name" "$result" <<'PY'; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
import html, json, sys
name, result = sys.argv[1], json.loads(html.unescape(sys.argv[2]))
for problem in result["problems"]:
    print(f"render check: {name}: {problem}", file=sys.stderr)
print(f"render check: {name}: {result['rows']} rows, {result['lines']} lines measured, "
      f"{len(result['problems'])} problems; screenshot {name}.png")
sys.exit(1 if result["problems"] else 0)
PY
done

# Printed by Chromium, an SOP signed electronically through BSrE (its note at the foot of every
# page) takes exactly one page per sheet: the foot stays on the page it belongs to.
for source in Tests/Fixtures/examples/bps-hibah-bmn-keluar.yaml Tests/Fixtures/examples/bps-pengajuan-pembayaran.yaml; do
    name=$(basename "$source" .yaml)
    if "$sop" render "$source" --format pdf -o "$out/$name.pdf" 2>/dev/null; then
        "$sop" render "$source" -o "$out/$name.html"
        if python3 - "$out/$name.pdf" "$out/$name.html" "$name" <<'PY'; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
import re, sys
pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", open(sys.argv[1], "rb").read()))
html = open(sys.argv[2]).read()
sheets, feet = html.count('<section class="sheet footed'), html.count('<footer class="page-foot"')
ok = pages == sheets == feet
print(f"render check: {sys.argv[3]}: {pages} PDF pages, {sheets} sheets, {feet} page feet" + ("" if ok else " (mismatch)"),
      file=sys.stdout if ok else sys.stderr)
sys.exit(0 if ok else 1)
PY
    else
        echo "render check: $name: not printed to PDF" >&2
        failed=$((failed + 1))
    fi
done

# Mermaid's own parser, from a pinned wheel (only its mermaid.min.js is used).
if python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 \
    --dest "$out/wheels" artoo-mermaid==11.16.0 >/dev/null 2>&1; then
    python3 - "$out" <<'PY'
import glob, json, sys, zipfile
out = sys.argv[1]
wheel = glob.glob(f"{out}/wheels/artoo_mermaid-11.16.0-*.whl")[0]
with zipfile.ZipFile(wheel) as archive:
    open(f"{out}/mermaid.min.js", "wb").write(archive.read("artoo_mermaid/assets/mermaid.min.js"))
texts = {path.split("/")[-1]: open(path).read() for path in sorted(glob.glob(f"{out}/*.mmd"))}
page = open("Tests/Render/mermaid-check.html.in").read().replace("__TEXTS__", json.dumps(texts))
open(f"{out}/mermaid-check.html", "w").write(page)
PY
    result=$(chrome --allow-file-access-from-files --virtual-time-budget=20000 --dump-dom "file://$out/mermaid-check.html" \
        | sed -n 's#.*<pre id="result">\(.*\)</pre>.*#\1#p')
    if python3 - "$result" <<'PY'; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
import html, json, sys
raw = html.unescape(sys.argv[1])
if raw in ("", "pending"):
    print("render check: Mermaid did not answer", file=sys.stderr)
    sys.exit(1)
results = json.loads(raw)
bad = {name: message for name, message in results.items() if message != "ok"}
for name, message in bad.items():
    print(f"render check: {name}: Mermaid says: {message}", file=sys.stderr)
print(f"render check: Mermaid 11.16.0 parsed {len(results) - len(bad)} of {len(results)} flowcharts")
sys.exit(1 if bad else 0)
PY
else
    echo "render check: artoo-mermaid could not be fetched from PyPI; Mermaid syntax checked by structure only (swift test)"
fi
echo "render: $passed passed, $failed failed"
[ "$failed" = 0 ]
