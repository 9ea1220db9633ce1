#!/usr/bin/env python3
"""Build the question classifier's WordNet head-noun table, Sources/InquireKit/Resources/question-lexicon-wordnet.tsv.

Usage: scripts/build_question_wordnet.py [--wordnet DIR] [--min-zipf 3.0] [--out FILE]

The hand-written lexicon (question-lexicon.tsv) knows the head nouns questions use most; this table adds the
common English nouns it does not list, so that a question about an unseen kind of thing ("What marsupial …",
"Which cardiologist …") still gets the class of its head. Each lemma of WordNet 3.0 (Debian package
wordnet-base, /usr/share/wordnet) gets the TREC class of its most frequent sense, decided by the first
class in ROOTS whose root synset is among the sense's hypernyms (an edible sense wins over a plant or
substance sense among the first three). A lemma is kept when it is
  - common: Zipf frequency >= --min-zipf in wordfreq's English list (PyPI package wordfreq; only used to
    choose words, none of its data is copied);
  - mainly a noun: not written with capitals (a name), not an irregular plural (noun.exc), not in -ing,
    not tagged as a verb in SemCor, and tagged at least as often as a noun as as an adjective or adverb;
  - not a common first name (gazetteer/names.tsv, first-name share >= 0.001%: wally, molly, max);
  - new: not an entry of any kind in question-lexicon.tsv (hand entries always win), and for a phrase,
    its last word is neither in the hand lexicon nor given the same class here.
The output is deterministic: sorted, one `head<TAB>phrase<TAB>label` line each, after a comment header.
WordNet 3.0 licence: Princeton University, permissive (see the header written into the output).
"""

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "Sources" / "InquireKit" / "Resources"

# TREC class -> root synsets as "lemma.sense" (WordNet 3.0 sense numbers); the first matching class wins,
# so the more specific classes come first (a bone is a body part before a substance).
ROOTS = [
    ("ENTY:body", ["body_part.1", "organ.1", "bone.1", "muscle.1", "tissue.1", "gland.1"]),
    ("ENTY:dismed", ["disease.1", "illness.1", "disorder.1", "pathological_state.1", "drug.1", "medicine.2",
                     "vaccine.1", "injury.1", "symptom.1", "syndrome.1", "infection.1"]),
    ("ENTY:instru", ["musical_instrument.1"]),
    ("ENTY:color", ["chromatic_color.1", "achromatic_color.1", "color.1"]),
    ("ENTY:animal", ["animal.1"]),
    ("ENTY:plant", ["plant.2", "tree.1", "flower.1", "shrub.1", "herb.1", "vine.1", "grass.1", "fungus.1"]),
    ("ENTY:food", ["food.1", "food.2", "beverage.1", "foodstuff.2", "dish.2", "edible_fruit.1", "vegetable.1",
                   "produce.1", "meal.1", "alcohol.1", "baked_goods.1", "dessert.1", "sauce.1", "cheese.1"]),
    ("ENTY:veh", ["vehicle.1", "craft.2", "vessel.2", "conveyance.3"]),
    ("ENTY:sport", ["sport.1", "athletic_game.1", "board_game.1", "card_game.1", "field_game.1", "court_game.1"]),
    ("ENTY:currency", ["monetary_unit.1"]),
    ("ENTY:religion", ["religion.1", "religion.2"]),
    ("ENTY:cremat", ["publication.1", "musical_composition.1", "song.1", "literary_composition.1", "movie.1",
                     "show.3", "play.1", "painting.1", "sculpture.2", "poem.1", "novel.1", "opera.1",
                     "broadcast.2", "work_of_art.1", "written_communication.1", "dramatic_composition.1"]),
    ("ENTY:event", ["war.1", "military_action.1", "battle.1", "festival.2", "holiday.1", "ceremony.1",
                    "contest.1", "calamity.1", "storm.1", "election.1", "revolution.2", "social_event.1",
                    "celebration.2", "disaster.2", "conflict.1"]),
    ("ENTY:techmeth", ["method.1", "technique.1"]),
    ("ENTY:substance", ["chemical_element.1", "material.1", "mineral.1", "metal.1", "gas.2", "fuel.1",
                        "compound.2", "substance.1", "substance.7", "fluid.1", "liquid.3"]),
    ("HUM:gr", ["organization.1", "team.1", "musical_organization.1", "political_party.1", "tribe.1",
                "ethnic_group.1", "company.1", "institution.1", "social_group.1"]),
    ("HUM:ind", ["person.1"]),
    ("LOC:mount", ["mountain.1", "volcano.2", "hill.1", "mountain_peak.1"]),
    ("LOC:city", ["city.1", "town.1", "port.1"]),
    ("LOC:other", ["geological_formation.1", "body_of_water.1", "geographical_area.1", "region.3",
                   "celestial_body.1", "building.1", "land.4", "island.1", "mountain_range.1", "bridge.1",
                   "tower.1", "dam.1", "road.1", "tunnel.1", "park.2"]),
]
# Classes whose sense gives way to an edible or animal sense among the first three (banana: plant → food).
YIELDING = {"ENTY:substance", "ENTY:plant", "ENTY:dismed", "ENTY:cremat", "ENTY:color"}
PREFERRED = {"ENTY:food", "ENTY:animal"}


def read_data(wordnet):
    """Noun synsets: offset -> (words, hypernym offsets)."""
    synsets = {}
    with open(wordnet / "data.noun", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            index = 4 + 2 * count
            pointers = int(fields[index])
            index += 1
            hypernyms = []
            for _ in range(pointers):
                symbol, target, pos = fields[index], fields[index + 1], fields[index + 2]
                index += 4
                if symbol == "@" and pos == "n":
                    hypernyms.append(target)
            synsets[fields[0]] = (words, hypernyms)
    return synsets


def read_index(wordnet, pos):
    """lemma -> (synset offsets in sense order, number of senses tagged in SemCor)."""
    entries = {}
    with open(wordnet / f"index.{pos}", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            senses, pointers = int(fields[2]), int(fields[3])
            tagged = int(fields[5 + pointers])
            entries[fields[0]] = (fields[6 + pointers:6 + pointers + senses], tagged)
    return entries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=RESOURCES / "question-lexicon-wordnet.tsv")
    args = parser.parse_args()
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        sys.exit("needs the PyPI package wordfreq (pip install wordfreq)")

    synsets = read_data(args.wordnet)
    nouns = read_index(args.wordnet, "noun")
    others = {pos: read_index(args.wordnet, pos) for pos in ("verb", "adj", "adv")}
    irregular = {line.split()[0] for line in open(args.wordnet / "noun.exc", encoding="latin-1")}

    root_rank = {}
    for rank, (label, names) in enumerate(ROOTS):
        for name in names:
            lemma, sense = name.rsplit(".", 1)
            root_rank.setdefault(nouns[lemma][0][int(sense) - 1], (rank, label))

    memo = {}

    def label_of(offset):
        """The class of a synset: the first class of ROOTS among its hypernym closure."""
        if offset not in memo:
            best, seen, stack = None, set(), [offset]
            while stack:
                current = stack.pop()
                if current in seen:
                    continue
                seen.add(current)
                if current in root_rank and (best is None or root_rank[current] < best):
                    best = root_rank[current]
                stack.extend(synsets[current][1])
            memo[offset] = best[1] if best else None
        return memo[offset]

    def mainly_noun(lemma):
        if lemma in irregular or lemma.endswith("ing") or others["verb"].get(lemma, ((), 0))[1] > 0:
            return False
        rivals = [others[pos][lemma][1] for pos in ("adj", "adv") if lemma in others[pos]]
        return not rivals or (nouns[lemma][1] > 0 and nouns[lemma][1] >= max(rivals))

    hand = set()
    for line in open(RESOURCES / "question-lexicon.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 3 and not line.startswith("#"):
            hand.add(fields[1])

    # Common first names spelled like a lowercase WordNet noun (wally, molly, max) are names in questions.
    first_names = set()
    for line in open(RESOURCES / "gazetteer" / "names.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 3 and not line.startswith("#") and float(fields[1]) >= 0.001:
            first_names.add(fields[0])

    table = {}
    for lemma, (offsets, _) in nouns.items():
        label = label_of(offsets[0])
        if label is None:
            continue
        if label in YIELDING:
            label = next((other for other in map(label_of, offsets[1:3]) if other in PREFERRED), label)
        written = [w for w in synsets[offsets[0]][0] if w.lower().split("(")[0] == lemma]
        if written and written[0][0].isupper():
            continue  # a name (Paris, Buddhism as a proper noun)
        if not mainly_noun(lemma):
            continue
        if lemma.endswith("s") and any(s in nouns for s in (lemma[:-1], lemma[:-2], lemma[:-3] + "y")):
            continue  # a plural-only lemma ("ways", "works") would shadow its singular
        phrase = lemma.replace("_", " ")
        if phrase in hand or phrase in first_names or zipf_frequency(phrase, "en") < args.min_zipf:
            continue
        table[phrase] = label
    lines = []
    for phrase, label in sorted(table.items()):
        if " " in phrase or "-" in phrase:
            last = phrase.replace("-", " ").split(" ")[-1]
            if last in hand or table.get(last) == label:
                continue
        lines.append(f"head\t{phrase}\t{label}")

    header = f"""# question-lexicon-wordnet.tsv — common English head nouns and the TREC class they ask for, derived from
# WordNet 3.0 by scripts/build_question_wordnet.py (do not edit by hand: change the script and rerun it).
# Same format as question-lexicon.tsv (kind<TAB>phrase<TAB>label); read after it, and only phrases that
# file does not list are taken. {len(lines)} entries, Zipf frequency >= {args.min_zipf}.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify
# and distribute this software and database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with the following copyright notice and
# statements, including the disclaimer, and that the same appear on ALL copies of the software, database
# and documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.
"""
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
