#!/usr/bin/env python3
"""Scores confidence weights on rows written by `inquire-train confidence --rows-only --rows-out FILE`, without
rebuilding the engine: per gold file, the answerable questions answered rightly and the unanswerable ones declined
at the weights' threshold, and the ECE (10 bins) of the answerable rows alone and pooled with the unanswerable ones
(right = 0 there).

The rows hold each question's best-candidate features (`ConfidenceModel.featureNames`), whether it is right, and
the confidence it was given by the shipped engine; a candidate weights file (the `--out` of `inquire-train
confidence`, or ConfidenceWeights.swift) is applied to the features, so the figures are those `inquire eval` would
print after building with that file. Rows without features (no candidate) and thing answers (their own weights,
unchanged here) keep the recorded confidence. A question counts as answered when its confidence reaches the
threshold.

Usage:
  scripts/score_confidence_rows.py WEIGHTS.swift [--threshold T] ROWS.tsv...
"""
import argparse
import collections
import csv
import math
import re

TRAILING = 7  # right, answerable, whole text, weight, confidence, answered, source


def weights_of(path):
    text = open(path, encoding="utf-8").read()
    values = [float(match.group(1)) for match in re.finditer(r"^\s+(-?[0-9.]+),\s+//", text, re.M)]
    threshold = float(re.search(r"threshold = ([0-9.]+)", text).group(1))
    return values, threshold


def group_of(source):
    """The name a row's gold file is reported under: a --specs list of whole-text near misses by its folder
    ("near:news-dev"), the rounds of open-mode near misses together ("open:open-even"), a file by its name."""
    if source.endswith("specs.txt"):
        return "near:" + source.split("/")[-2]
    if source.endswith("(open mode)"):
        path = source[: -len(" (open mode)")]
        return "open:" + (path.split("/")[-2] if "/round-" in path else path.split("/")[-1])
    return source.split("@")[0].split("/")[-1]


def ece(pairs):
    bins = collections.defaultdict(list)
    for probability, right in pairs:
        bins[min(9, int(probability * 10))].append((probability, right))
    total = sum(abs(sum(p for p, _ in b) - sum(r for _, r in b)) for b in bins.values())
    return total / len(pairs) if pairs else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("weights")
    parser.add_argument("rows", nargs="+")
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--pool", action="append", default=[], metavar="LABEL=GROUP+GROUP",
                        help="also report these groups together (pooled ECE, totals)")
    args = parser.parse_args()
    weights, threshold = weights_of(args.weights)
    if args.threshold is not None:
        threshold = args.threshold
    groups = collections.OrderedDict()
    for path in args.rows:
        with open(path, encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter="\t"))
        for row in rows[1:]:
            features = [float(value) for value in row[:-TRAILING]]
            right, answerable = row[-7] == "1", row[-6] == "1"
            recorded = float(row[-3])
            if not features or features[-1] == 1:
                probability = recorded
            else:
                total = sum(w * x for w, x in zip(weights + [0] * len(features), features))
                probability = 1 / (1 + math.exp(-total)) if total > -700 else 0.0
            entry = groups.setdefault(group_of(row[-1]), {"right": 0, "answerable": 0, "declined": 0,
                                                          "unanswerable": 0, "answerable pairs": [], "pooled": []})
            if answerable:
                entry["answerable"] += 1
                entry["right"] += right and probability >= threshold
            else:
                entry["unanswerable"] += 1
                entry["declined"] += probability < threshold
            if features:
                entry["pooled"].append((probability, right))
                if answerable:
                    entry["answerable pairs"].append((probability, right))
    print(f"{args.weights}: threshold {threshold:.2f}")
    for pool in args.pool:
        label, members = pool.split("=", 1)
        entry = {"right": 0, "answerable": 0, "declined": 0, "unanswerable": 0, "answerable pairs": [], "pooled": []}
        for member in members.split("+"):
            for key, value in groups.get(member, {}).items():
                entry[key] += value
        groups[label] = entry
    for name, entry in groups.items():
        print(f"  {name:34s} right {entry['right']:4d}/{entry['answerable']:4d}  declined "
              f"{entry['declined']:4d}/{entry['unanswerable']:4d}  total "
              f"{entry['right'] + entry['declined']:4d}/{entry['answerable'] + entry['unanswerable']:4d}  "
              f"ECE answerable {ece(entry['answerable pairs']):.3f} pooled {ece(entry['pooled']):.3f}")


if __name__ == "__main__":
    main()
