#!/usr/bin/env bash
# Runs the peer comparison reported in the README (Performance → Index): inquire's release build beside the peers of
# ../shared/bench on the 10k, 100k and 1M bench corpora, 3 repeats each, then prints the table with ratios.
# Needs the bench set up as ../shared/bench/README.md says (BENCH_WORK with venv, python3-xapian and the corpora).
# Not part of CI: it takes about half an hour.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_WORK:?set BENCH_WORK to the folder set up per ../shared/bench/README.md}"
PY="$BENCH_WORK/venv/bin/python"
OUT="${OUT:-$BENCH_WORK/results/inquire-$(date +%Y%m%d-%H%M).jsonl}"
mkdir -p "$(dirname "$OUT")"
swift build -c release
export INQUIRE_BIN="${INQUIRE_BIN:-$PWD/.build/release/inquire}"
for corpus in real-10k real-100k; do
    "$PY" scripts/bench_peers.py run --corpus "$BENCH_WORK/corpus/$corpus.txt" --repeats 3 --out "$OUT" \
        --peers sklearn-inv,bm25s,bm25s-nosimd,tantivy,xapian,inquire
done
# bm25s with numpy's SIMD argpartition takes ~160 ms a query at 1M (see ../shared/bench/RESULTS.md): only -nosimd.
"$PY" scripts/bench_peers.py run --corpus "$BENCH_WORK/corpus/synth-1m.txt" --repeats 3 --out "$OUT" \
    --peers sklearn-inv,bm25s-nosimd,tantivy,xapian,inquire
"$PY" scripts/bench_table.py "$OUT" --markdown
