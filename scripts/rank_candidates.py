#!/usr/bin/env python3
"""Measure learned candidate rankings against the engine's hand-set score on `inquire-train ranker` rows.

Each rows file holds every ranked candidate of every question (CandidateRows.swift: its group, whether it is right,
its score and score parts). A conditional logit (softmax over one question's candidates, L2 penalty) is fitted on
the --train files and reported three ways, each as questions whose top candidate is right (best candidate right,
before the confidence decides whether to answer):
  - cross-validated by group (a SQuAD article, a hand-written file) over the --train files;
  - trained on all --train files, on every --test file (the checking half, other modes);
  - the current ranking (the rows' order) on the same files, with the questions won and lost.
Features (--features, comma-separated):
  parts      the five weighted parts times repetition and focus, as ScoreParts.base has them, and agreement;
  score      the engine's final score alone (its weight free: the base for the corrections below);
  srank      whether the candidate's sentence is the first / second best-matching sentence with candidates;
  extra      arguments, predicate found, coverage and relation times repetition and focus.
Needs numpy and scipy (exploration only; nothing the engine runs).

Usage: scripts/rank_candidates.py --train ROWS.tsv [...] [--test ROWS.tsv ...] [--features parts] [--penalty 1]
"""

import argparse
import csv
import sys

import numpy as np
from scipy.optimize import minimize

PARTS = ["sentence", "type", "proximity", "slot", "role"]


def load(path):
    questions = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            questions.setdefault((row["file"], int(row["question"])), []).append(row)
    return questions


def features(candidates, names):
    value = lambda row, name: float(row[name])
    best = {}
    for row in candidates:
        best[row["sentenceIndex"]] = max(best.get(row["sentenceIndex"], 0), value(row, "sentence"))
    order = sorted(best, key=lambda sentence: -best[sentence])
    matrix = []
    for row in candidates:
        factor = value(row, "repetition") * value(row, "focus")
        vector = []
        if "score" in names:
            vector.append(value(row, "score"))
        if "parts" in names:
            vector += [value(row, part) * factor for part in PARTS] + [value(row, "agreement")]
        if "extra" in names:
            vector += [value(row, name) * factor for name in ["arguments", "predicateFound", "coverage", "relation"]]
        if "srank" in names:
            rank = order.index(row["sentenceIndex"])
            vector += [float(rank == 0), float(rank == 1)]
        matrix.append(vector)
    return np.array(matrix)


def examples(questions, names):
    return [
        (group_of(candidates), features(candidates, names), np.array([row["right"] == "1" for row in candidates]))
        for candidates in questions.values()
    ]


def group_of(candidates):
    return candidates[0]["group"]


def fit(data, penalty):
    data = [(group, x, y) for group, x, y in data if y.any() and not y.all()]
    if not data:
        return None
    size = data[0][1].shape[1]

    def loss(weights):
        total, gradient = penalty * weights @ weights / 2, penalty * weights.copy()
        for _, x, y in data:
            scores = x @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            right = p[y].sum()
            total -= np.log(right + 1e-300)
            gradient -= x.T @ (np.where(y, p, 0) / max(right, 1e-300) - p)
        return total, gradient

    return minimize(loss, np.zeros(size), jac=True, method="L-BFGS-B").x


def top_right(data, weights):
    """The questions whose top candidate is right: by `weights`, or in the rows' order when None (the first of
    equal scores wins, as the engine's order does)."""
    return [bool(y[int(np.argmax(x @ weights))] if weights is not None else y[0]) for _, x, y in data]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--features", default="parts")
    parser.add_argument("--penalty", type=float, default=1.0)
    arguments = parser.parse_args()
    names = arguments.features.split(",")
    train = {path: examples(load(path), names) for path in arguments.train}
    pooled = [example for data in train.values() for example in data]
    groups = sorted({group for group, _, _ in pooled})
    held_out = 0
    for group in groups:
        weights = fit([e for e in pooled if e[0] != group], arguments.penalty)
        held_out += sum(top_right([e for e in pooled if e[0] == group], weights))
    print(
        f"cross-validated over {len(groups)} groups: {held_out} of {len(pooled)} top candidates right "
        f"(current ranking {sum(top_right(pooled, None))})"
    )
    weights = fit(pooled, arguments.penalty)
    print("weights:", " ".join(f"{w:.4f}" for w in weights))
    for path in arguments.train + arguments.test:
        data = train.get(path) or examples(load(path), names)
        learned, current = top_right(data, weights), top_right(data, None)
        won = sum(a and not b for a, b in zip(learned, current))
        lost = sum(b and not a for a, b in zip(learned, current))
        print(f"{path}: learned {sum(learned)}, current {sum(current)} of {len(data)} (won {won}, lost {lost})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
