#!/usr/bin/env python3
"""Builds near-miss unanswerable questions from a SQuAD v1.1 file, to measure abstention.

For every question, its paragraph is rewritten without the sentences that hold any of its gold answers: what is
left still talks about the question's entities (the sentences around the answer) but no longer states the answer,
which is the hard case for abstention ("Who commands Pakistan's air force?" over an article that names the air force
but not its commander). The result is a SQuAD v2.0 file in which every question is `is_impossible`, one paragraph
per question, for `inquire eval FILE` (paragraph mode): the abstention rate is the share of questions it declines.

Sentences are split with a simple rule (end punctuation, then a space and a capital, a digit or a quote), which is
enough here: a sentence split too little only removes more context. A question whose paragraph would be left with
fewer than two sentences is skipped, as is one whose answer text still occurs in what is left.

Usage:
  scripts/make_near_miss.py SQUAD_V1.json OUT_V2.json [--articles even|odd|all]
The SQuAD data is CC BY-SA 4.0 (see ../shared/data/squad/README.md); the output is derived from it and is not
committed.
"""
import argparse
import json
import re
import sys

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")


def sentences(text):
    parts = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        parts.append(text[start : match.start()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("squad")
    parser.add_argument("out")
    parser.add_argument("--articles", choices=["even", "odd", "all"], default="all")
    args = parser.parse_args()
    with open(args.squad, encoding="utf-8") as handle:
        data = json.load(handle)
    articles = []
    kept = skipped = 0
    for position, article in enumerate(data["data"]):
        if args.articles == "even" and position % 2 == 1 or args.articles == "odd" and position % 2 == 0:
            continue
        paragraphs = []
        for paragraph in article["paragraphs"]:
            parts = sentences(paragraph["context"])
            for qa in paragraph["qas"]:
                answers = {answer["text"].lower() for answer in qa["answers"] if answer["text"].strip()}
                left = [part for part in parts if not any(answer in part.lower() for answer in answers)]
                context = " ".join(left)
                if len(left) < 2 or any(answer in context.lower() for answer in answers):
                    skipped += 1
                    continue
                kept += 1
                paragraphs.append(
                    {
                        "context": context,
                        "qas": [
                            {"id": qa["id"] + "-near-miss", "question": qa["question"], "answers": [],
                             "is_impossible": True}
                        ],
                    }
                )
        articles.append({"title": article["title"], "paragraphs": paragraphs})
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"version": "v2.0", "data": articles}, handle, ensure_ascii=False)
    print(f"{kept} near-miss questions written to {args.out}; {skipped} skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
