#!/usr/bin/env python3
"""List the hand-written lexicon entries that occur in the development questions and answers.

The rules and hand-written word lists of inquire were developed against three sets of questions: the TREC
question-classification training set (train_5500.label), the even-positioned SQuAD v1.1 development articles
(squad-v1.1-dev-even.json; its questions and gold answers) and Corpus/gold.tsv. An entry that occurs in only one
of those items is likely to have been written for that item, and lets the figures measured on the set say more than
they should. This script lists, for every hand-written entry that occurs in at least one development item, the
number of distinct items it occurs in, fewest first, so anyone can review them.

Audited lists (written by hand; the generated WordNet and gazetteer resources are not audited):
  Sources/InquireKit/Resources/question-lexicon.tsv        head, skip, verb, wverb and nadj phrases
                                                            (suffix entries: any word ending so, 3+ letters longer)
  Sources/InquireKit/Answer/Lexicons/{Group,Place,Name}Lexicon.swift   every `Set<String>` of content words
The closed classes are complete lists of a grammatical or conventional category, not words chosen from examples,
and are not audited: Question/WordClasses.swift (determiners, prepositions, pronouns …), IrregularVerbs.swift,
DateLexicon.swift (months, days), MeasureLexicon.swift (units, currencies, number words), and in the files above the
prepositions, compass words, name connectors (de, van, al …), generational suffixes (Jr., III) and sentence adverbs
that never open a name (CLOSED_CLASSES below).

An entry occurs in an item when its words appear consecutively among the item's words, each compared after a light
normalisation (lowercase, curly apostrophes folded, a plural or -ed/-ing ending stripped) so that "company" also
meets "companies". An item is one TREC question, one SQuAD question with its gold answers, or one gold.tsv line
(question and answers).

Usage: scripts/audit_lexicons.py [--shared ../shared] [--all]
  --shared DIR   the folder holding data/trec and data/squad (default: ../shared beside the repository, or
                 /work/shared)
  --all          list every entry that occurs, not only those in fewer than 4 items
Exit status 1 if some entry occurs in exactly one development item, else 0.
"""

import argparse
import json
import re
import signal
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION_LEXICON = ROOT / "Sources/InquireKit/Resources/question-lexicon.tsv"
SWIFT_LEXICONS = [
    ROOT / "Sources/InquireKit/Answer/Lexicons" / name
    for name in ("GroupLexicon.swift", "PlaceLexicon.swift", "NameLexicon.swift")
]
# Closed grammatical classes inside those files: complete lists of a category, not words chosen from examples.
CLOSED_CLASSES = {
    "PlaceLexicon.prepositions", "PlaceLexicon.whereCues", "PlaceLexicon.directions",
    "NameLexicon.connectors", "NameLexicon.suffixes", "NameLexicon.notNames",
}
MAX_WORDS = 6


def normalise(word):
    """A word reduced so that its plural and simple verb forms meet: 'companies' → 'company', 'founded' → 'found'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return word


def words(text):
    """Lowercase words of a text, apostrophes folded, hyphens kept inside words."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text)


def key(text):
    return tuple(normalise(word) for word in words(text))


def development_items(shared):
    """(label, group, text) of every development item; the group is the TREC question, the SQuAD article or gold.tsv."""
    trec = shared / "data/trec/train_5500.label"
    for number, line in enumerate(trec.read_text(encoding="latin-1").splitlines(), start=1):
        if line.strip():
            yield f"trec:{number}", f"trec:{number}", line.split(" ", 1)[1] if " " in line else line
    squad = shared / "data/squad/squad-v1.1-dev-even.json"
    for article in json.loads(squad.read_text(encoding="utf-8"))["data"]:
        title = "squad:" + article["title"]
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                answers = " | ".join(answer["text"] for answer in qa["answers"])
                yield f"squad:{qa['id']}", title, qa["question"] + " || " + answers
    gold = ROOT / "Corpus/gold.tsv"
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield f"gold.tsv:{number}", "gold.tsv", line.replace("\t", " || ")


def question_lexicon_entries():
    """(source, kind, phrase) of the hand-written question lexicon."""
    for number, line in enumerate(QUESTION_LEXICON.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 2:
            yield f"{QUESTION_LEXICON.relative_to(ROOT)}:{number}", fields[0], fields[1]


SET_PATTERN = re.compile(r"static let (\w+): Set<String> = \[(.*?)\]", re.S)


def swift_lexicon_entries():
    """(source, list name, word) of every word list in the Swift answer lexicons."""
    for path in SWIFT_LEXICONS:
        text = path.read_text(encoding="utf-8")
        for match in SET_PATTERN.finditer(text):
            if f"{path.stem}.{match.group(1)}" in CLOSED_CLASSES:
                continue
            body_start = match.start(2)
            for word in re.finditer(r'"([^"]*)"', match.group(2)):
                line = text.count("\n", 0, body_start + word.start()) + 1
                yield f"{path.relative_to(ROOT)}:{line}", f"{path.stem}.{match.group(1)}", word.group(1)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_shared = ROOT.parent / "shared"
    if not default_shared.exists():
        default_shared = Path("/work/shared")
    parser.add_argument("--shared", type=Path, default=default_shared)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()

    items = list(development_items(args.shared))
    grams = defaultdict(set)  # normalised n-gram → indices of the items holding it
    suffix_words = []  # (index, word) for suffix entries
    for index, (_, _, text) in enumerate(items):
        tokens = key(text)
        for size in range(1, MAX_WORDS + 1):
            for start in range(len(tokens) - size + 1):
                grams[tokens[start : start + size]].add(index)
        suffix_words.extend((index, word) for word in words(text))

    entries = [(source, kind, phrase) for source, kind, phrase in question_lexicon_entries()]
    entries += list(swift_lexicon_entries())
    rows = []
    for source, kind, phrase in entries:
        if kind == "suffix":
            ending = phrase.lstrip("-").lower()
            holders = {i for i, word in suffix_words if word.endswith(ending) and len(word) >= len(ending) + 3}
        else:
            holders = grams.get(key(phrase), set())
        if holders:
            groups = len({items[i][1] for i in holders})
            rows.append((len(holders), groups, source, kind, phrase, items[min(holders)][0]))

    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    limit = None if args.all else 4
    print(f"# {len(entries)} hand-written entries audited against {len(items)} development items")
    print("# items\tgroups\tentry\tlist\tsource\tfirst item   (groups: distinct TREC questions, SQuAD articles, gold.tsv)")
    for count, groups, source, kind, phrase, first in rows:
        if limit is None or count < limit:
            print(f"{count}\t{groups}\t{phrase}\t{kind}\t{source}\t{first}")
    singles = sum(1 for row in rows if row[0] == 1)
    print(f"# {len(rows)} entries occur in a development item; {singles} in exactly one", file=sys.stderr)
    return 1 if singles else 0


if __name__ == "__main__":
    sys.exit(main())
