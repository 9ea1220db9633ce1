#!/usr/bin/env python3
"""Writes one half of a SQuAD file: the articles at even positions (0, 2, 4 …) or at odd ones.

The development protocol (README, "Answer quality") tunes rules and fits the confidence on the even-positioned
articles of `squad-v1.1-dev-even.json` and only scores the odd-positioned ones. `make_near_miss.py --articles`
makes the near misses of the same halves.

Usage:
  scripts/squad_half.py SQUAD.json OUT.json --articles even|odd
The SQuAD data is CC BY-SA 4.0 (see ../shared/data/squad/README.md); the output is derived from it and is not
committed.
"""
import argparse
import json


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("squad")
    parser.add_argument("out")
    parser.add_argument("--articles", choices=["even", "odd"], required=True)
    args = parser.parse_args()
    with open(args.squad, encoding="utf-8") as handle:
        data = json.load(handle)
    keep = 0 if args.articles == "even" else 1
    data["data"] = [article for position, article in enumerate(data["data"]) if position % 2 == keep]
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
    questions = sum(len(p["qas"]) for a in data["data"] for p in a["paragraphs"])
    print(f"{args.out}: {len(data['data'])} articles, {questions} questions")


if __name__ == "__main__":
    main()
