#!/usr/bin/env python3
"""Writes Sources/InquireKit/Answer/Lexicons/CausativeVerbs+Table.swift from WordNet 3.0's *cause* relation.

A causative verb states the event of another verb with its roles moved: "the storm killed 107" states that 107 died,
"the army raised the flag" that the flag rose, "they felled the tree" that the tree fell. WordNet links such pairs
with its verb pointer ">" (cause): kill → die, raise → rise, fell → fall, lay → lie, feed → eat, teach → learn.
The table maps each verb that is caused (the inchoative) to the verbs that cause it; the engine reads the
causative's object as the inchoative's subject (`CausativeVerbs`).

Only single words, and only pairs where the linked sense is among each word's `--senses` most frequent ones: "go"
is in WordNet's synset of "die", but dying is not what "go" says most of the time.

Usage:
  scripts/build_causative_verbs.py [--wordnet /usr/share/wordnet] [--senses 3] [--out PATH]
WordNet 3.0 is © Princeton University, under the WordNet 3.0 licence (a permissive, BSD-style licence; see
/usr/share/doc/wordnet-base/copyright); the table is a derived work and carries its notice.
"""
import argparse
import collections
import os

from build_relation_lexicon import read_index, records, single

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--senses", type=int, default=3, help="how many of a word's most frequent senses may link")
    parser.add_argument(
        "--out", default=os.path.join(REPO, "Sources/InquireKit/Answer/Lexicons/CausativeVerbs+Table.swift"))
    args = parser.parse_args()
    senses = read_index(os.path.join(args.wordnet, "index.verb"))
    synsets = {}
    for fields in records(os.path.join(args.wordnet, "data.verb")):
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * index].lower() for index in range(word_count)]
        position = 4 + 2 * word_count
        pointer_count = int(fields[position])
        position += 1
        causes = []
        for _ in range(pointer_count):
            symbol, target, pos, _ = fields[position : position + 4]
            position += 4
            if symbol == ">" and pos == "v":
                causes.append(target)
        synsets[fields[0]] = (words, causes)

    def frequent(word, offset):
        return single(word) and offset in senses.get(word, [])[: args.senses]

    causatives = collections.defaultdict(set)
    for offset, (words, causes) in synsets.items():
        for target in causes:
            for causative in (word for word in words if frequent(word, offset)):
                for caused in (word for word in synsets[target][0] if frequent(word, target)):
                    if caused != causative:
                        causatives[caused].add(causative)
    lines = [
        "// Written by scripts/build_causative_verbs.py from WordNet 3.0's cause relation "
        + f"({args.senses} most frequent senses); do not edit.",
        "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0",
        '// licence: THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
        "// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.",
        "",
        "extension CausativeVerbs {",
        "    /// A verb of an event (lowercased lemma) → the verbs that cause it, from WordNet's cause relation.",
        "    static let table: [String: [String]] = [",
    ]
    for caused in sorted(causatives):
        verbs = ", ".join(f'"{verb}"' for verb in sorted(causatives[caused]))
        lines.append(f'        "{caused}": [{verbs}],')
    lines += ["    ]", "}", ""]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print(f"{len(causatives)} caused verbs written to {args.out}")


if __name__ == "__main__":
    main()
