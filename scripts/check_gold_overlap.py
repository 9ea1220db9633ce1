#!/usr/bin/env python3
"""List gold questions that copy five or more consecutive words of the article they are asked of.

A gold question should be the writer's own words: a question that repeats a run of the article's words tests
string matching, not answering. Words are lowercase runs of letters and digits (curly apostrophes folded, so
"Pakistan’s" reads as "pakistan s" on both sides).

Usage: scripts/check_gold_overlap.py [GOLD.tsv [ARTICLE.txt]]   (defaults: Corpus/gold.tsv, Corpus/pakistan-iran-airstrikes.txt)
Prints one line per offending question (line number, question, the copied run) and exits 1 if there is any.
"""

import re
import sys
from pathlib import Path

RUN = 5


def words(text):
    """Lowercase word tokens, with curly apostrophes and dashes folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9]+", text)


def runs(tokens, n=RUN):
    """Every run of n consecutive tokens."""
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def gold_questions(path):
    """(line number, question) for every question line of a TSV gold file."""
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        yield number, line.split("\t")[0]


def main(argv):
    root = Path(__file__).resolve().parent.parent
    gold = argv[1] if len(argv) > 1 else root / "Corpus/gold.tsv"
    article = argv[2] if len(argv) > 2 else root / "Corpus/pakistan-iran-airstrikes.txt"
    article_runs = runs(words(Path(article).read_text(encoding="utf-8")))
    offending = 0
    for number, question in gold_questions(gold):
        tokens = words(question)
        copied = [" ".join(run) for run in sorted(runs(tokens)) if run in article_runs]
        if copied:
            offending += 1
            print(f"{gold}:{number}: {question}\t(copies: {copied[0]})")
    return 1 if offending else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
