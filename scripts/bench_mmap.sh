#!/usr/bin/env bash
# Reproduces the figures of issue 18 (README, "Index"): the memory-mapped index at 1M and 10M sentences, inquire
# beside tantivy in one run. Run it on a quiet machine, from the repository, after `swift build -c release`:
#
#   BENCH_WORK=... scripts/bench_mmap.sh [OUT_DIR]
#
# BENCH_WORK is set up as ../shared/bench/README.md says (venv with the peers, `make_corpus.py synth`). OUT_DIR
# (default /tmp/inquire-bench-mmap) receives the results and the 10M corpus and index (about 3.5 GB; deleted at
# the end unless KEEP=1). Every figure is printed with the load average (`uptime`) when it was taken.
#   1. 1M synthetic sentences: tantivy and inquire, alternating, REPEATS runs each (default 3): build rate, build
#      peak memory, index bytes per sentence, query p50/p99 (scripts/bench_peers.py; `bench_table.py` prints them).
#   2. `inquire ask --index` on the 1M index, cold process, file in the page cache: wall time and max RSS of the
#      whole process, RUNS runs (default 5), medians; `search --index` too.
#   3. 10M sentences (the 1M file ten times, each copy's sentences given a counter word `copyN`, so none repeats):
#      `index build` time and peak memory, then `ask --index` wall and RSS, and search p50/p99.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${INQUIRE_BIN:-$REPO/.build/release/inquire}"
OUT="${1:-/tmp/inquire-bench-mmap}"
REPEATS="${REPEATS:-3}"
RUNS="${RUNS:-5}"
PY="$BENCH_WORK/venv/bin/python"
CORPUS="$BENCH_WORK/corpus/synth-1m.txt"
QUESTION="${QUESTION:-How many people live in the city?}"
mkdir -p "$OUT"
load() { uptime | sed 's/.*load average: //'; }
note() { echo "[$(date -u +%H:%M:%S) load $(load)] $*" | tee -a "$OUT/log.txt"; }

# Wall seconds and max RSS (MB) of one command, as "wall rss".
measure() {
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > /dev/null 2> "$OUT/stderr.txt" || {
        cat "$OUT/stderr.txt" >&2; return 1; }
    awk '{ printf "%.3f %.1f\n", $1, $2 / 1024 }' "$OUT/time.txt"
}
# Median wall and RSS over RUNS runs of a command.
median_of_runs() {
    for _ in $(seq "$RUNS"); do measure "$@"; done | sort -n > "$OUT/runs.txt"
    local wall rss
    wall=$(awk '{ print $1 }' "$OUT/runs.txt" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    rss=$(awk '{ print $2 }' "$OUT/runs.txt" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "wall ${wall} s, max RSS ${rss} MB (runs: $(awk '{ printf "%s/%s ", $1, $2 }' "$OUT/runs.txt"))"
}

note "1M: tantivy and inquire, $REPEATS runs each (alternating)"
INQUIRE_BIN="$BIN" "$PY" "$REPO/scripts/bench_peers.py" run --corpus "$CORPUS" --peers tantivy,inquire \
    --repeats "$REPEATS" --out "$OUT/peers.jsonl" | tee -a "$OUT/log.txt"
"$PY" "$REPO/scripts/bench_table.py" "$OUT/peers.jsonl" --markdown | tee -a "$OUT/log.txt"
note "1M: done"

"$BIN" index build "$CORPUS" -o "$OUT/1m.idx" --one-sentence-per-line | tee -a "$OUT/log.txt"
cat "$OUT/1m.idx" > /dev/null   # in the page cache
note "1M ask --index: $(median_of_runs "$BIN" ask --index "$OUT/1m.idx" "$QUESTION")"
note "1M search --index: $(median_of_runs "$BIN" search --index "$OUT/1m.idx" "people city")"

note "10M: writing the corpus"
for copy in $(seq 1 10); do sed "s/\$/ copy$copy/" "$CORPUS"; done > "$OUT/synth-10m.txt"
note "10M: index build"
/usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$BIN" index build "$OUT/synth-10m.txt" -o "$OUT/10m.idx" \
    --one-sentence-per-line | tee -a "$OUT/log.txt"
note "10M build: wall and peak RSS (MB): $(awk '{ printf "%.1f s, %.0f MB", $1, $2 / 1024 }' "$OUT/time.txt")"
rm -f "$OUT/synth-10m.txt"
cat "$OUT/10m.idx" > /dev/null
note "10M ask --index: $(median_of_runs "$BIN" ask --index "$OUT/10m.idx" "$QUESTION")"
"$PY" "$REPO/scripts/bench_peers.py" queries --corpus "$CORPUS" > "$OUT/queries.txt"
for _ in 1 2 3; do
    note "10M search latency: $("$BIN" search --index "$OUT/10m.idx" --queries "$OUT/queries.txt" --latency)"
done
[[ "${KEEP:-0}" == 1 ]] || rm -f "$OUT/10m.idx" "$OUT/1m.idx"
note "done"
