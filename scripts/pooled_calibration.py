#!/usr/bin/env python3
"""Pool the calibration bins of several `inquire eval --json` reports into one expected calibration error.

The answer confidence is fitted on answerable questions and near misses together (ConfidenceWeights.swift), so its
calibration is measured on the same mix: a file of answerable questions alone shows the model's caution (its mean
confidence below its accuracy) and a file of near misses alone its over-confidence. The reports' bins are equal-width
(10 bins over 0…1), so pooling is exact: per bin the counts, confidence sums and right answers add up.

Usage: scripts/pooled_calibration.py REPORT.json [REPORT.json ...]
Prints the questions pooled, the ECE and the bins. Exits 1 with one line on stderr if a report cannot be read or has
no calibration.
"""

import json
import os
import sys


def main(paths):
    if not paths:
        sys.stderr.write("usage: pooled_calibration.py REPORT.json [REPORT.json ...]\n")
        return 1
    bins = {}
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                report = json.load(handle)
            rows = report["calibration"]["bins"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            sys.stderr.write(f"pooled_calibration.py: {path}: no calibration bins ({error})\n")
            return 1
        for row in rows:
            key = (round(row["lower"], 6), round(row["upper"], 6))
            total = bins.setdefault(key, [0, 0.0, 0.0])
            total[0] += row["count"]
            total[1] += row["count"] * row["mean_confidence"]
            total[2] += row["count"] * row["accuracy"]
    questions = sum(total[0] for total in bins.values())
    if questions == 0:
        sys.stderr.write("pooled_calibration.py: the reports hold no best candidates\n")
        return 1
    ece = sum(abs(total[1] - total[2]) for total in bins.values()) / questions
    print(f"pooled       {questions} best candidates from {len(paths)} reports")
    print(f"calibration  ECE {ece:.3f} (10 equal-width confidence bins)")
    print("bin          count   confidence  accuracy")
    for (lower, upper), (count, confidence, right) in sorted(bins.items()):
        if count:
            print(f"{lower:.1f}–{upper:.1f}   {count:8d}   {confidence / count:10.3f}  {right / count:8.3f}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:
        # The reader stopped early (`| head`): no trace; stdout goes to /dev/null so the exit flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
