#!/usr/bin/env python3
"""Checks inquire's TF-IDF scores against scikit-learn's TfidfVectorizer(sublinear_tf=True).

Both sides see the same analysed terms: `inquire text terms` prints each sentence's Analyzer terms, one sentence a
line, and scikit-learn is fed those lines with analyzer=str.split. For each query (the first --queries questions of
the SQuAD file), the top --top sentences of `inquire search --json` must be scikit-learn's, with the same scores
(to --tolerance); sentences whose scores tie within the tolerance may come in either order. With --ranking bm25 the
reference is Lucene's BM25 formula computed here from the same terms (scikit-learn has no BM25).

Usage:
  scripts/check_sklearn.py [--inquire .build/release/inquire] [--squad ../shared/data/squad/squad-v1.1-dev-even.json]
                           [--queries 200] [--top 10] [--tolerance 1e-5]
Needs numpy, scipy and scikit-learn (e.g. the peer-benchmark venv of ../shared/bench). Exit status 0 when every
query agrees.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join([binary, *args])}: exit status {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def lines_of(output):
    lines = output.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def questions(squad_path, count):
    with open(squad_path, encoding="utf-8") as f:
        data = json.load(f)["data"]
    out = []
    for article in data:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                out.append(" ".join(qa["question"].split()))
                if len(out) == count:
                    return out
    return out


def query_terms(binary, qs, folder):
    """Each question's terms via `inquire text terms --source`: questions sit on odd lines, separated by blank
    lines (a blank line always ends a sentence), so a question the splitter cuts in two is put back together by its
    line number."""
    path = os.path.join(folder, "questions-paragraphs.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(qs) + "\n")
    terms = [[] for _ in qs]
    for line in lines_of(run(binary, "text", "terms", "--source", path)):
        source, _, words = line.partition("\t")
        number = int(source.rsplit(":", 1)[1])
        terms[(number - 1) // 2] += words.split()
    return terms


def sklearn_top(X, vectorizer, terms, k):
    import numpy as np
    q = vectorizer.transform([" ".join(terms)])
    scores = (X @ q.T).toarray().ravel()
    nonzero = np.flatnonzero(scores > 0)
    order = sorted(nonzero, key=lambda i: (-scores[i], i))[:k]
    return [(int(i), float(scores[i])) for i in order]


def bm25_top(C, vocabulary, lengths, terms, k):
    """BM25 as Lucene scores it (k1 = 1.2, b = 0.75, idf = ln(1 + (n - df + 0.5) / (df + 0.5))), in float64."""
    import numpy as np
    n = C.shape[0]
    average = lengths.mean()
    scores = np.zeros(n)
    for term, count in {t: terms.count(t) for t in terms}.items():
        if term not in vocabulary:
            continue
        column = C[:, vocabulary[term]].tocoo()
        df = column.nnz
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        tf = column.data.astype(float)
        rows = column.row
        scores[rows] += count * idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * lengths[rows] / average))
    nonzero = np.flatnonzero(scores > 0)
    order = sorted(nonzero, key=lambda i: (-scores[i], i))[:k]
    return [(int(i), float(scores[i])) for i in order]


def agree(ours, theirs, tolerance):
    """(same, reason): same scores rank by rank; same sentences except among scores tied within the tolerance."""
    if len(ours) != len(theirs):
        return False, f"{len(ours)} hits, scikit-learn {len(theirs)}"
    for rank, ((_, a), (_, b)) in enumerate(zip(ours, theirs)):
        if abs(a - b) > tolerance:
            return False, f"rank {rank + 1}: score {a:.7f}, scikit-learn {b:.7f}"
    if [s for s, _ in ours] == [s for s, _ in theirs]:
        return True, "identical"
    cut = theirs[-1][1] if theirs else 0
    firm_ours = {s for s, v in ours if v > cut + tolerance}
    firm_theirs = {s for s, v in theirs if v > cut + tolerance}
    if firm_ours != firm_theirs:
        return False, "different sentences above the cut"
    for (s1, v1), (s2, v2) in zip(ours, theirs):
        if s1 != s2 and not any(abs(v - v1) <= tolerance for s, v in theirs if s == s1) and v1 > cut + tolerance:
            return False, f"sentence {s1} vs {s2}"
    return True, "equal up to ties"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inquire", default=os.path.join(REPO, ".build", "release", "inquire"))
    ap.add_argument("--squad", default=os.path.join(REPO, "..", "shared", "data", "squad", "squad-v1.1-dev-even.json"))
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--tolerance", type=float, default=1e-5)
    ap.add_argument("--ranking", choices=["tfidf", "bm25"], default="tfidf",
                    help="bm25 checks `--ranking bm25` against Lucene's formula computed here in float64")
    a = ap.parse_args()
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    with tempfile.TemporaryDirectory(prefix="inquire-sklearn-") as folder:
        squad = a.squad
        sentences = lines_of(run(a.inquire, "text", "terms", squad))
        index = os.path.join(folder, "squad.idx")
        run(a.inquire, "index", "build", squad, "-o", index)
        info = json.loads(run(a.inquire, "index", "info", index, "--json"))
        if info["sentences"] != len(sentences):
            sys.exit(f"text terms printed {len(sentences)} sentences, the index holds {info['sentences']}")
        qs = questions(squad, a.queries)
        terms = query_terms(a.inquire, qs, folder)
        query_file = os.path.join(folder, "questions.txt")
        with open(query_file, "w", encoding="utf-8") as f:
            f.write("\n".join(qs) + "\n")
        ours_all = [json.loads(line) for line in
                    lines_of(run(a.inquire, "search", "--index", index, "--queries", query_file, "--json",
                                 "--top", str(a.top), "--ranking", a.ranking))]

    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
    X = vectorizer.fit_transform(sentences)
    if a.ranking == "bm25":
        counter = CountVectorizer(analyzer=str.split)
        C = counter.fit_transform(sentences).tocsc()
        lengths = __import__("numpy").asarray(C.sum(axis=1)).ravel().astype(float)
    counts = {"identical": 0, "equal up to ties": 0}
    failures = []
    worst = 0.0
    for number, (q, t, ours) in enumerate(zip(qs, terms, ours_all)):
        mine = [(h["sentence"], h["score"]) for h in ours]
        if a.ranking == "bm25":
            theirs = bm25_top(C, counter.vocabulary_, lengths, t, a.top)
        else:
            theirs = sklearn_top(X, vectorizer, t, a.top)
        for (_, x), (_, y) in zip(mine, theirs):
            worst = max(worst, abs(x - y))
        ok, reason = agree(mine, theirs, a.tolerance)
        if ok:
            counts[reason] += 1
        else:
            failures.append(f"query {number + 1} {q!r}: {reason}")
    print(f"{a.ranking}: sentences: {len(sentences)}, vocabulary: {len(vectorizer.vocabulary_)}, queries: {len(qs)}, "
          f"top {a.top}")
    print(f"identical top-{a.top}: {counts['identical']}, equal up to ties: {counts['equal up to ties']}, "
          f"different: {len(failures)}; largest score difference: {worst:.2e} (tolerance {a.tolerance:g})")
    for failure in failures[:20]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
