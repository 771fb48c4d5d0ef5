#!/bin/bash
# 200 cases waiting at row 2 (Kabid approves the issue list), then one collective completion.
set -e
BIN=${BIN:-$PWD/.build/debug/sop}
D=${D:-/tmp/kolektif-bench}; mkdir -p $D/sop; cp Tests/Benchmarks/kolektif-sop.yaml $D/sop/12-ktp.yaml; cd $D
export SOP_DB=$D/sop.sqlite SOP_DIR=$D/sop
rm -f sop.sqlite*
for i in $(seq 1 200); do printf 'Pemohon %s\n\n' $i | $BIN run 12 --as fo >/dev/null; done
$BIN tasks --as kabid | tail -2
/usr/bin/time -f '%e s elapsed, %M KiB max RSS' $BIN kolektif 12 --kegiatan 2 --as kabid --semua <<<$'y\nDaftar 07-12-2026 disetujui' > kolektif.out
head -3 kolektif.out; tail -2 kolektif.out
$BIN db verify | tail -2
