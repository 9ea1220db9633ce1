#!/usr/bin/env python3
"""List gold questions that copy five or more consecutive words of the article they are asked of.

A gold question should be the writer's own words: a question that repeats a run of the article's words tests
string matching, not answering. Words are lowercase runs of letters and digits (curly apostrophes folded, so
"Pakistan’s" reads as "pakistan s" on both sides).

Usage: scripts/check_gold_overlap.py [GOLD.tsv [ARTICLE.txt | FOLDER]]
A FOLDER stands for every .txt article in it (runs are taken within each article). Without arguments the gold
files are checked: Corpus/gold.tsv against Corpus/pakistan-iran-airstrikes.txt and Corpus/news-gold.tsv against
the articles of Corpus/news/, Corpus/news-more-gold.tsv against those of Corpus/news-more/,
Corpus/news-check-gold.tsv against those of Corpus/news-check/, Corpus/news-dev-gold.tsv against those of
Corpus/news-dev/, Corpus/news-dev2-gold.tsv against those of Corpus/news-dev2/ and Corpus/bio-check-gold.tsv
against those of Corpus/bio-check/.
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


def article_runs(path):
    """The runs of one article, or of every .txt article of a folder."""
    path = Path(path)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    found = set()
    for file in files:
        found |= runs(words(file.read_text(encoding="utf-8")))
    return found


def main(argv):
    root = Path(__file__).resolve().parent.parent
    if len(argv) > 1:
        article = argv[2] if len(argv) > 2 else root / "Corpus/pakistan-iran-airstrikes.txt"
        pairs = [(argv[1], article)]
    else:
        pairs = [
            (root / "Corpus/gold.tsv", root / "Corpus/pakistan-iran-airstrikes.txt"),
            (root / "Corpus/news-gold.tsv", root / "Corpus/news"),
            (root / "Corpus/news-more-gold.tsv", root / "Corpus/news-more"),
            (root / "Corpus/news-check-gold.tsv", root / "Corpus/news-check"),
            (root / "Corpus/news-dev-gold.tsv", root / "Corpus/news-dev"),
            (root / "Corpus/news-dev2-gold.tsv", root / "Corpus/news-dev2"),
            (root / "Corpus/bio-check-gold.tsv", root / "Corpus/bio-check"),
        ]
    return 1 if sum(check(gold, article) for gold, article in pairs) else 0


def check(gold, article):
    """Print every question of `gold` that copies a run of `article`; return how many do."""
    copied_runs = article_runs(article)
    offending = 0
    for number, question in gold_questions(gold):
        tokens = words(question)
        copied = [" ".join(run) for run in sorted(runs(tokens)) if run in copied_runs]
        if copied:
            offending += 1
            print(f"{gold}:{number}: {question}\t(copies: {copied[0]})")
    return offending


if __name__ == "__main__":
    sys.exit(main(sys.argv))
