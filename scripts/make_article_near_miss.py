#!/usr/bin/env python3
"""Builds whole-text near misses: answerable questions made unanswerable by removing their answer from a whole
text (an article or a corpus of articles), to fit and measure declining over long texts (issue 14).

Two kinds, both deterministic:

  tsv    A hand-written gold TSV over its corpus (a file or a folder of .txt files). For every answerable question,
         a copy of the corpus without every sentence holding one of its gold answers (case-insensitive, on word
         boundaries; an answer of several words also by its last capitalised word, "Tom Molomby" by "Molomby"; a
         number also written as a word or in digits, "three"/"3"), in every document. The answer is then stated
         nowhere, so the question has no answer. A question is skipped when that removes more than a fifth of
         the corpus's sentences (the answer is what the text is about: what is left is no longer the same text)
         or no sentence at all (the answer is not written as such). Writes OUT/qNNN/gold.tsv (the question, empty
         answer) and OUT/qNNN/corpus (the copy), and OUT/specs.txt listing `OUT/qNNN/gold.tsv@OUT/qNNN/corpus`, one
         a line, for `inquire-train confidence --specs` (and for `inquire eval` one by one).

  squad  A SQuAD v1.1 file (every article), for `inquire eval FILE --mode open` (one index over all contexts). In
         round r, every paragraph lends at most one of its who/where/how-many questions (its r-th one), whose
         paragraph loses the sentences holding any of its gold answers (scripts/make_near_miss.py's rule); the
         question is kept only when its answer then occurs in no context of the round (no paragraph of the file).
         At most --rounds rounds (5): past them a round holds a handful of questions for a whole index.
         Every paragraph of the file stays in every round (so the open corpus is the file's), and only the round's
         near misses are asked. Writes OUT/round-R.json (SQuAD v2.0, every question `is_impossible`).

Sentences are split with make_near_miss.py's rule (end punctuation, then a space and a capital, a digit or a quote);
a line of a text file is split on its own, so the copy keeps the file's lines and paragraphs.

Usage:
  scripts/make_article_near_miss.py tsv GOLD.tsv CORPUS OUT_DIR
  scripts/make_article_near_miss.py squad SQUAD_V1.json OUT_DIR [--rounds 5]
The SQuAD data is CC BY-SA 4.0 (see ../shared/data/squad/README.md); outputs are derived data, written under /tmp,
never committed.
"""
import argparse
import json
import os
import re
import shutil
import sys

from make_near_miss import sentences as paragraph_sentences

SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[A-Z0-9\"“‘(])")
ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|Gov|Sen|Rep|No|U\.S|[A-Z])\.$")

NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
OPENING = re.compile(r"^(?:\w+\s+)?(?:who|whom|whose|where|how many)\b", re.IGNORECASE)
SHARE_LIMIT = 0.2


def sentences(line):
    """The sentences of one line of a text file: make_near_miss.py's rule, keeping a closing quote or bracket with
    its sentence and not splitting after a title or an initial ("Mr. Smith", "J. Smith")."""
    parts = []
    start = 0
    for match in SENTENCE_END.finditer(line):
        end = match.start() + len(match.group(1))
        if not match.group(1) and ABBREVIATION.search(line[start:end]):
            continue
        parts.append(line[start:end].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [part for part in parts if part]


def answer_forms(answers):
    """The strings whose occurrence states an answer: each answer, the last capitalised word of a longer one, and
    a small number in words and digits."""
    forms = set()
    for answer in answers:
        answer = answer.strip()
        if not answer:
            continue
        forms.add(answer.lower())
        words = answer.split()
        if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
            forms.add(words[-1].lower().strip(",.'’"))
        key = answer.lower()
        if key in NUMBERS:
            forms.add(str(NUMBERS.index(key)))
        elif key.isdigit() and int(key) < len(NUMBERS):
            forms.add(NUMBERS[int(key)])
    return {form for form in forms if form}


def states(text, forms):
    lowered = text.lower()
    return any(re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", lowered) for form in forms)


def corpus_files(corpus):
    if os.path.isdir(corpus):
        return sorted(os.path.join(corpus, name) for name in os.listdir(corpus) if name.endswith(".txt"))
    return [corpus]


def without(text, forms):
    """The text without the sentences stating one of `forms`, line by line; (kept text, removed, total)."""
    removed = total = 0
    lines = []
    for line in text.split("\n"):
        parts = sentences(line)
        total += len(parts)
        kept = [part for part in parts if not states(part, forms)]
        removed += len(parts) - len(kept)
        if parts and not kept:
            continue
        lines.append(" ".join(kept) if len(kept) < len(parts) else line)
    return "\n".join(lines), removed, total


def make_tsv(args):
    files = corpus_files(args.corpus)
    texts = {path: open(path, encoding="utf-8").read() for path in files}
    os.makedirs(args.out, exist_ok=True)
    specs = []
    kept = skipped = 0
    number = 0
    for line in open(args.gold, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        question = fields[0]
        answers = [a for a in (fields[1].split("|") if len(fields) > 1 else []) if a.strip()]
        label = fields[2] if len(fields) > 2 else ""
        if not answers:
            continue
        number += 1
        forms = answer_forms(answers)
        copies = {}
        removed = total = 0
        for path, text in texts.items():
            copy, gone, count = without(text, forms)
            copies[path] = copy
            removed += gone
            total += count
        if removed == 0 or removed > SHARE_LIMIT * total or any(states(c, forms) for c in copies.values()):
            skipped += 1
            continue
        kept += 1
        folder = os.path.join(args.out, "q%03d" % number)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        corpus_out = os.path.join(folder, "corpus")
        os.makedirs(corpus_out)
        for path, copy in copies.items():
            with open(os.path.join(corpus_out, os.path.basename(path)), "w", encoding="utf-8") as handle:
                handle.write(copy)
        gold = os.path.join(folder, "gold.tsv")
        with open(gold, "w", encoding="utf-8") as handle:
            handle.write("# whole-text near miss made by scripts/make_article_near_miss.py\n")
            handle.write(f"{question}\t\t{label}\n")
        target = corpus_out if os.path.isdir(args.corpus) else os.path.join(corpus_out, os.path.basename(files[0]))
        specs.append(f"{gold}@{target}")
    with open(os.path.join(args.out, "specs.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(specs) + "\n")
    print(f"{args.gold}: {kept} whole-text near misses in {args.out}; {skipped} skipped", file=sys.stderr)


def make_squad(args):
    with open(args.squad, encoding="utf-8") as handle:
        data = json.load(handle)
    paragraphs = [p for article in data["data"] for p in article["paragraphs"]]
    chosen = [[qa for qa in p["qas"] if OPENING.match(qa["question"].strip())] for p in paragraphs]
    rounds = min(args.rounds, max((len(c) for c in chosen), default=0))
    os.makedirs(args.out, exist_ok=True)
    total_kept = total_skipped = 0
    all_text = [p["context"].lower() for p in paragraphs]
    for round_index in range(rounds):
        contexts = [p["context"] for p in paragraphs]
        questions = {}
        for index, candidates in enumerate(chosen):
            if round_index >= len(candidates):
                continue
            qa = candidates[round_index]
            answers = {a["text"].lower() for a in qa["answers"] if a["text"].strip()}
            parts = paragraph_sentences(paragraphs[index]["context"])
            left = [part for part in parts if not any(answer in part.lower() for answer in answers)]
            context = " ".join(left)
            if len(left) < 2 or len(left) == len(parts) or any(answer in context.lower() for answer in answers):
                total_skipped += 1
                continue
            if any(answer in text for answer in answers for other, text in enumerate(all_text) if other != index):
                total_skipped += 1
                continue
            contexts[index] = context
            questions[index] = qa
        total_kept += len(questions)
        out = []
        position = 0
        for article in data["data"]:
            out_paragraphs = []
            for paragraph in article["paragraphs"]:
                qas = []
                if position in questions:
                    qa = questions[position]
                    qas = [{"id": qa["id"] + "-article-near-miss", "question": qa["question"], "answers": [],
                            "is_impossible": True}]
                out_paragraphs.append({"context": contexts[position], "qas": qas})
                position += 1
            out.append({"title": article["title"], "paragraphs": out_paragraphs})
        path = os.path.join(args.out, "round-%d.json" % (round_index + 1))
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"version": "v2.0", "data": out}, handle, ensure_ascii=False)
        print(f"{path}: {len(questions)} near misses", file=sys.stderr)
    print(f"{args.squad}: {total_kept} open-mode near misses in {rounds} rounds; {total_skipped} skipped",
          file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    kinds = parser.add_subparsers(dest="kind", required=True)
    tsv = kinds.add_parser("tsv")
    tsv.add_argument("gold")
    tsv.add_argument("corpus")
    tsv.add_argument("out")
    squad = kinds.add_parser("squad")
    squad.add_argument("squad")
    squad.add_argument("out")
    squad.add_argument("--rounds", type=int, default=5, help="the most rounds written (default 5)")
    args = parser.parse_args()
    make_tsv(args) if args.kind == "tsv" else make_squad(args)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
