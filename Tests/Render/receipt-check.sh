#!/usr/bin/env bash
# The complainant's receipt (`sop receipt --kertas a4|a5`) in a real browser (Debian's chromium):
#   - printed to PDF by `sop receipt --format pdf` (Chromium's own print): exactly one page, of
#     the paper asked for (A4 595×842 pt, A5 420×595 pt);
#   - laid out by Chromium on the printable sheet (the paper less its 15 mm margins): it fits the
#     sheet, no box overflows or sticks out, the tracking code stays on one line, the two lines to sign on are level (receipt-measure.js);
#   - a PNG of each, to look at.
# Receipts: a case still open at the walk-in desk (Tanda Terima) and the full Form Penerimaan
# Layanan, each with an ordinary and a very long complaint. Without Chromium it says so and
# exits 0. Usage: Tests/Render/receipt-check.sh [SOP_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
here=Tests/Render
sop=$(cd "$(dirname "${1:-.build/debug/sop}")" && pwd)/$(basename "${1:-.build/debug/sop}")
out=${RENDER_OUT:-.build/render}/receipt
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "receipt check: Chromium not found (apt-get install chromium); skipped"
    exit 0
fi
[ -x "$sop" ] || { echo "receipt check: $sop not built (swift build)" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
export SOP_DB="$out/sop.sqlite" SOP_FIXED_TIME=2026-11-30T09:00:00+07:00 CHROMIUM="$browser"

chrome() {
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$out/profile" "$@" 2>/dev/null
}

long=$(printf 'Menanyakan syarat izin usaha mikro, perpanjangan NIB, sertifikat halal, izin edar PIRT dan pendampingan koperasi %.0s' 1 2 3)
for name in biasa panjang; do
    maksud="Menanyakan syarat izin usaha mikro"
    [ "$name" = panjang ] && maksud="$long"
    cat > "$out/$name-1.yaml" <<YAML
langkah:
  - kegiatan: 1
    kelengkapan: {Identitas: ya}
    isian: {nama: Siti Aminah binti Abdullah Rahman Hakim, telepon: 0812-3456-7890, cara_menghubungi: Datang langsung,
            maksud: "$maksud"}
    output: {Data pelapor: Identitas dan maksud dicatat}
  - kegiatan: 2
YAML
    "$sop" run 01 --answers "$out/$name-1.yaml" --as resepsionis --operator budi >/dev/null
done
cat > "$out/akhir.yaml" <<'YAML'
langkah:
  - kegiatan: 3
    kelengkapan: {Berkas pengaduan: ya}
    output: {Analisis Pengaduan: Pelapor belum mengetahui syarat NIB}
  - kegiatan: 4
  - kegiatan: 5
    kelengkapan: {Berkas analisis: ya}
    output: {Bahan/data/informasi dari bidang: Daftar syarat}
  - kegiatan: 6
    kelengkapan: {Berkas pendukung: tidak}
    output: {Form Penerimaan Layanan: Ditandatangani pelapor}
YAML

passed=0
failed=0
check() {  # check NAME CASE PAPER
    local name=$1 case=$2 paper=$3 mm_w mm_h
    if [ "$paper" = a5 ]; then mm_w=148; mm_h=210; else mm_w=210; mm_h=297; fi
    "$sop" receipt "$case" --kertas "$paper" -o "$out/$name.html"
    "$sop" receipt "$case" --kertas "$paper" --format pdf -o "$out/$name.pdf"
    # The printed sheet, for the screenshot and the measurement: the paper less its margins.
    python3 - "$out/$name.html" "$here/receipt-measure.js" "$out/$name" "$mm_w" "$mm_h" <<'PY'
import sys
page, script, stem, width, height = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
document = open(page).read()
sheet = (f"<style>html {{ background: #777; }} body {{ background: #fff; box-sizing: border-box; width: {width}mm; "
         f"height: {height}mm; padding: 15mm; margin: 0; overflow: hidden; }}</style>\n</head>")
shown = document.replace("</head>", sheet, 1)
open(stem + ".sheet.html", "w").write(shown)
open(stem + ".measure.html", "w").write(shown.replace("</body>", f"<script>\n{open(script).read()}</script>\n</body>"))
PY
    local px_w=$((mm_w * 96 * 100 / 2540)) px_h=$((mm_h * 96 * 100 / 2540))
    chrome --window-size=$px_w,$px_h --screenshot="$out/$name.png" "file://$out/$name.sheet.html" >/dev/null
    local result
    result=$(chrome --window-size=$px_w,$px_h --virtual-time-budget=5000 --dump-dom "file://$out/$name.measure.html" \
        | sed -n 's#.*<pre id="measure">\(.*\)</pre>.*#\1#p')
    if python3 - "$name" "$paper" "$out/$name.pdf" "$result" "$out/$name.png" <<'PY'; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
import html, json, re, sys
name, paper, pdf, raw, png = sys.argv[1:6]
problems = []
data = open(pdf, "rb").read()
pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
if pages != 1:
    problems.append(f"the PDF has {pages} pages, not 1")
want = {"a4": (595, 842), "a5": (420, 595)}[paper]
boxes = {tuple(round(float(v)) for v in box.split()[2:4]) for box in re.findall(rb"/MediaBox\s*\[\s*([0-9.\s]+)\]", data)
         for box in [box.decode()]}
if not boxes or any(abs(w - want[0]) > 1 or abs(h - want[1]) > 1 for w, h in boxes):
    problems.append(f"the PDF's pages are {sorted(boxes)} pt, not {paper.upper()} {want}")
if not raw:
    problems.append("Chromium gave no measurement")
    result = {"problems": []}
else:
    result = json.loads(html.unescape(raw))
problems += result["problems"]
png_ok = open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
if not png_ok:
    problems.append("no screenshot")
for problem in problems:
    print(f"receipt check: {name}: {problem}", file=sys.stderr)
if raw:
    print(f"receipt check: {name}: {pages} page {paper.upper()}, receipt {result['height']}px of {result['room']}px, "
          f"{result['boxes']} boxes, code {result['code']}, {len(problems)} problems; screenshot {name}.png")
sys.exit(1 if problems else 0)
PY
}

for paper in a5 a4; do
    check "open-$paper" 01-2026-000001 "$paper"
    check "open-long-$paper" 01-2026-000002 "$paper"
done
for id in 01-2026-000001 01-2026-000002; do
    "$sop" run --case "$id" --answers "$out/akhir.yaml" --as staf-pengaduan --operator ani >/dev/null
done
for paper in a5 a4; do
    check "full-$paper" 01-2026-000001 "$paper"
    check "full-long-$paper" 01-2026-000002 "$paper"
done
echo "receipt: $passed passed, $failed failed"
[ "$failed" = 0 ]
