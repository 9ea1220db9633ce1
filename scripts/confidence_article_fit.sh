#!/bin/bash
# Fits the answer confidence with whole-text near misses (issue 14) and scores the fit on every set, in one command:
#
#   scripts/confidence_article_fit.sh [OUT.swift] [inquire-train confidence options, e.g. --text-features]
#
# 1. Makes the data under $DATA (default /tmp/s20-decline-data; derived, never committed) with
#    scripts/make_article_near_miss.py: whole-text near misses of the development hand sets' answerable questions
#    (gold.tsv over the default article, news, news-more, news-dev, news-dev2; never news-check) and open-mode near
#    misses of the SQuAD halves $SQUAD/even.json and $SQUAD/odd.json (default /tmp/s6-answers, made by
#    scripts/squad_half.py and scripts/make_near_miss.py as the README says).
# 2. Fits on the tuning side only: the SQuAD tuning half (paragraph mode) and its paragraph near misses, the
#    development hand sets over their corpora, Corpus/near-miss.tsv, their whole-text near misses (--specs), the
#    tuning half in open mode and its open-mode near misses (--open). Writes OUT.swift (default
#    /tmp/s20-decline/ConfidenceWeights.swift; give Sources/InquireKit/Answer/Ranking/ConfidenceWeights.swift to
#    ship it) with the command in its header, and the rows to $WORK/rows-tuning.tsv.
# 3. Writes the checking side's rows (odd half in paragraph and open mode, their near misses, and news-check, whose
#    rows are only counted) to $WORK/rows-checking.tsv and prints, for the shipped weights and for OUT.swift, every
#    set's answered-right and declined counts and ECE (scripts/score_confidence_rows.py): the figures `inquire eval`
#    would give after building with OUT.swift.
# Needs a release build of inquire-train (swift build -c release --product inquire-train). Deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-/tmp/s20-decline-data}
SQUAD=${SQUAD:-/tmp/s6-answers}
WORK=${WORK:-/tmp/s20-decline}
OUT=/tmp/s20-decline/ConfidenceWeights.swift
if [[ $# -gt 0 && $1 != --* ]]; then OUT=$1; shift; fi
TRAIN=${TRAIN:-.build/release/inquire-train}
mkdir -p "$DATA" "$WORK"

python3 scripts/make_article_near_miss.py tsv Corpus/gold.tsv Corpus/pakistan-iran-airstrikes.txt "$DATA/gold"
for set in news news-more news-dev news-dev2; do
    python3 scripts/make_article_near_miss.py tsv "Corpus/$set-gold.tsv" "Corpus/$set" "$DATA/$set"
done
for half in even odd; do
    rm -rf "$DATA/open-$half"
    python3 scripts/make_article_near_miss.py squad "$SQUAD/$half.json" "$DATA/open-$half"
done

tuning=("$SQUAD/even.json" "$SQUAD/near-even.json" Corpus/gold.tsv Corpus/near-miss.tsv
    Corpus/news-gold.tsv@Corpus/news Corpus/news-more-gold.tsv@Corpus/news-more
    Corpus/news-dev-gold.tsv@Corpus/news-dev Corpus/news-dev2-gold.tsv@Corpus/news-dev2)
for set in gold news news-more news-dev news-dev2; do tuning+=(--specs "$DATA/$set/specs.txt"); done
tuning+=(--open "$SQUAD/even.json")
for round in "$DATA"/open-even/round-*.json; do tuning+=(--open "$round"); done
"$TRAIN" confidence "${tuning[@]}" --out "$OUT" --rows-out "$WORK/rows-tuning.tsv" "$@"

checking=("$SQUAD/odd.json" "$SQUAD/near-odd.json" Corpus/news-check-gold.tsv@Corpus/news-check --open "$SQUAD/odd.json")
for round in "$DATA"/open-odd/round-*.json; do checking+=(--open "$round"); done
"$TRAIN" confidence "${checking[@]}" --rows-only --rows-out "$WORK/rows-checking.tsv"

pools=(--pool "tuning paragraph=even.json+near-even.json" --pool "checking paragraph=odd.json+near-odd.json"
    --pool "open tuning=open:even.json+open:open-even" --pool "open checking=open:odd.json+open:open-odd"
    --pool "hand sets=gold.tsv+near-miss.tsv+news-gold.tsv+news-more-gold.tsv+news-dev-gold.tsv+news-dev2-gold.tsv"
    --pool "hand near misses=near:gold+near:news+near:news-more+near:news-dev+near:news-dev2")
for weights in Sources/InquireKit/Answer/Ranking/ConfidenceWeights.swift "$OUT"; do
    python3 scripts/score_confidence_rows.py "$weights" "$WORK/rows-tuning.tsv" "$WORK/rows-checking.tsv" "${pools[@]}"
done
