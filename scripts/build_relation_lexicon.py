#!/usr/bin/env python3
"""Builds Sources/InquireKit/Resources/relation-lexicon.tsv from WordNet 3.0 (Debian's wordnet-base).

The answer ranker checks that the evidence states the relation a question asks about (the verb of "Who commands
…?", the noun of "Who is the leader of …?"). A paraphrase states it with another word: "leader" / "leads",
"commander" / "commands", "president" / "presides", "purchase" / "buy". This table gives, for each verb, the other
words of its most frequent senses (synonyms in the same synset) and the nouns WordNet derives from those senses
("+" pointers: command → commander), and for each such noun the verbs it derives from. Only single words are
kept; the engine stems them when it loads the table.

Output: one line per word, `word<TAB>related related …`, sorted; `#` lines are comments.

Usage:
  scripts/build_relation_lexicon.py [--wordnet /usr/share/wordnet] [--senses 1] [--out PATH]
The shipped table: `--noun-senses 3`. A looser table measured in the twentieth session and not shipped (read only
for a role found at a looser statement of the predicate, never to rule out; within the noise, see the README):
`--noun-senses 3 --synonym-derivations --entailments 1 --causes 1 --groups 1 --hypernyms 1 --hypernym-breadth 10
--out /tmp/relation-lexicon-broad.tsv`.
WordNet 3.0 is © Princeton University, under the WordNet 3.0 licence (a permissive, BSD-style licence; see
/usr/share/doc/wordnet-base/copyright); the table is a derived work and carries its notice.
"""
import argparse
import collections
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def records(path):
    """The fields of each record of a WordNet database file (its licence lines start with a space; a data line's
    gloss, after " | ", is dropped)."""
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith(" "):
                yield line.split(" | ")[0].split()


def read_index(path):
    """lemma → synset offsets, most frequent sense first."""
    senses = {}
    for fields in records(path):
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        senses[lemma] = fields[4 + pointer_count + 2 :][:synset_count]
    return senses


def read_tagged(path):
    """lemma → how many of its senses (the most frequent ones) are tagged in WordNet's semantic concordance."""
    tagged = {}
    for fields in records(path):
        pointer_count = int(fields[3])
        tagged[fields[0]] = int(fields[4 + pointer_count + 1])
    return tagged


def read_data(path):
    """offset → (words, derivational links [(source word index, target offset, target pos, target word index)])."""
    synsets = {}
    for fields in records(path):
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * index].lower() for index in range(word_count)]
        position = 4 + 2 * word_count
        pointer_count = int(fields[position])
        position += 1
        links = []
        for _ in range(pointer_count):
            symbol, target, pos, numbers = fields[position : position + 4]
            position += 4
            if symbol == "+":
                links.append((int(numbers[:2], 16), target, pos, int(numbers[2:], 16)))
            elif symbol in ("@", "$", "~", "*", ">", "^") and pos in ("v", "n"):
                links.append((symbol, target, pos, 0))
        synsets[fields[0]] = (words, links)
    return synsets


def single(word):
    return word.isalpha() and len(word) >= 3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--senses", type=int, default=1, help="how many of a word's most frequent senses to use")
    parser.add_argument("--hypernyms", type=int, default=0,
                        help="for how many of a verb's most frequent senses to add the words of its hypernym synsets")
    parser.add_argument("--hypernym-breadth", type=int, default=0,
                        help="only hypernym synsets with at most this many troponyms (0: any): a general verb such as "
                        "'change' or 'move' is the hypernym of hundreds of verbs and states none of them")
    parser.add_argument("--groups", type=int, default=0,
                        help="for how many of a verb's most frequent senses to add the words of its verb-group synsets")
    parser.add_argument("--noun-senses", type=int, default=0,
                        help="for how many of a noun's most frequent senses to add the other nouns of its synsets")
    parser.add_argument("--noun-hypernyms", type=int, default=0,
                        help="for how many of a noun's most frequent senses to add the nouns of its hypernym synsets")
    parser.add_argument("--shared-verb-senses", action="store_true",
                        help="link two verbs only through a synset among the most frequent senses (--senses) of both: "
                        "'base' (its first sense: establish, base, ground, found) no longer states 'found', whose "
                        "first sense is 'establish, launch' (measured in session 18 and not the default: tuning EM -0.3, news -3 right)")
    parser.add_argument("--gerund-synonyms", type=int, default=None,
                        help="for how many senses of a noun that is a verb's -ing form ('founding') to add its noun "
                        "synonyms, nor be one of another noun's (default: as --noun-senses); the engine stems it "
                        "with its verb, so they would speak for the verb ('creation', 'initiation' for 'found'); measured in session "
                        "18 with 0 and not the default: one tuning question lost, no hand-set question gained")
    parser.add_argument("--entailments", type=int, default=0,
                        help="for how many of a verb's most frequent senses to add the verbs it entails ('*': snore → "
                        "sleep)")
    parser.add_argument("--causes", type=int, default=0,
                        help="for how many of a verb's most frequent senses to add the verbs it causes ('>': kill → die)")
    parser.add_argument("--also-see", type=int, default=0,
                        help="for how many of a verb's most frequent senses to add its also-see verbs ('^')")
    parser.add_argument("--synonym-derivations", action="store_true",
                        help="add the nouns WordNet derives from a verb's synonyms in the senses used (study → analyze "
                        "→ analysis), and the verbs a noun's derived verb's synonyms")
    parser.add_argument("--out", default=os.path.join(REPO, "Sources/InquireKit/Resources/relation-lexicon.tsv"))
    args = parser.parse_args()
    verb_index = read_index(os.path.join(args.wordnet, "index.verb"))
    noun_index = read_index(os.path.join(args.wordnet, "index.noun"))
    noun_tagged = read_tagged(os.path.join(args.wordnet, "index.noun"))
    # How many senses of each word are tagged as an adjective or an adverb: a word used more often so ("first",
    # "long") gets no noun synonyms, which would stand for it where it is no noun.
    modifier_tagged = collections.Counter()
    for name in ("index.adj", "index.adv"):
        for word, count in read_tagged(os.path.join(args.wordnet, name)).items():
            modifier_tagged[word] = max(modifier_tagged[word], count)
    data = {"v": read_data(os.path.join(args.wordnet, "data.verb")), "n": read_data(os.path.join(args.wordnet, "data.noun"))}
    related = collections.defaultdict(set)

    def derived(lemma, words, links, target_pos):
        """The words of part of speech `target_pos` that WordNet derives from `lemma` in this synset."""
        source = words.index(lemma) + 1 if lemma in words else 0
        for link_source, target, pos, target_word in links:
            if isinstance(link_source, str):
                continue
            if pos == target_pos and link_source == source and target in data[target_pos]:
                word = data[target_pos][target][0][target_word - 1]
                if single(word) and word != lemma:
                    yield word

    def is_gerund(lemma, offsets):
        """Whether the noun `lemma` is the -ing form of a verb WordNet derives it from in one of its senses
        ("founding" of "found", "meeting" of "meet")."""
        if not lemma.endswith("ing"):
            return False
        stem = lemma[:-3]
        return any(
            verb in (stem, stem + "e") or stem == verb + verb[-1]  # found-ing, mak(e)-ing, run-n-ing
            for offset in offsets for verb in derived(lemma, *data["n"][offset], "v"))

    # Nouns that are a verb's -ing form, when their synonyms are limited (--gerund-synonyms): they neither get nor
    # give noun synonyms beyond that.
    gerunds = set()
    if args.gerund_synonyms is not None:
        gerunds = {lemma for lemma, offsets in noun_index.items() if single(lemma) and is_gerund(lemma, offsets)}

    for pos, index, target_pos in (("v", verb_index, "n"), ("n", noun_index, "v")):
        for lemma, offsets in index.items():
            if not single(lemma):
                continue
            for offset in offsets[: args.senses]:
                words, links = data[pos][offset]
                if pos == "v":  # a verb's synonyms; a noun only gets the verbs it derives from
                    related[lemma].update(
                        word for word in words if single(word) and word != lemma
                        and (not args.shared_verb_senses or offset in verb_index.get(word, [])[: args.senses]))
                related[lemma].update(derived(lemma, words, links, target_pos))
                if args.synonym_derivations and pos == "v":
                    for word in words:
                        if single(word) and word != lemma:
                            related[lemma].update(
                                other for other in derived(word, words, links, target_pos) if other != lemma)
            if pos == "v":
                # A troponym states its hypernym ("spearhead" is a way to "lead"); a verb group, a close sense.
                for count, symbol in ((args.hypernyms, "@"), (args.groups, "$"), (args.entailments, "*"),
                                      (args.causes, ">"), (args.also_see, "^")):
                    for offset in offsets[:count]:
                        for link, target, _, _ in data["v"][offset][1]:
                            if link == symbol and target in data["v"] and (
                                    symbol != "@" or args.hypernym_breadth == 0
                                    or sum(1 for other in data["v"][target][1] if other[0] == "~")
                                    <= args.hypernym_breadth):
                                related[lemma].update(
                                    word for word in data["v"][target][0] if single(word) and word != lemma)
            else:
                # A noun's synonyms ("drill" / "exercise", "suspicion" / "distrust") and the nouns of the kind it
                # is a kind of ("aim" / "goal"): an argument or a predicate noun stated in other terms. Only senses
                # attested in the concordance: a rare sense links a common noun to unrelated ones.
                def noun(word):
                    return single(word) and noun_tagged.get(word, 0) >= modifier_tagged[word] and (
                        modifier_tagged[word] == 0 or noun_tagged.get(word, 0) > modifier_tagged[word])

                attested = offsets[: noun_tagged[lemma]] if noun(lemma) else []
                synonym_senses = args.noun_senses
                if lemma in gerunds:
                    synonym_senses = min(synonym_senses, args.gerund_synonyms)
                for offset in attested[:synonym_senses]:
                    related[lemma].update(
                        word for word in data["n"][offset][0] if noun(word) and word != lemma and word not in gerunds)
                for offset in attested[: args.noun_hypernyms]:
                    for link, target, link_pos, _ in data["n"][offset][1]:
                        if link == "@" and link_pos == "n" and target in data["n"]:
                            related[lemma].update(
                                word for word in data["n"][target][0] if noun(word) and word != lemma)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Related words for relation checks, from WordNet 3.0 (scripts/build_relation_lexicon.py, ")
        out.write(f"{args.senses} most frequent sense(s) per word, hypernyms of {args.hypernyms}")
        if args.hypernym_breadth:
            out.write(f" (at most {args.hypernym_breadth} troponyms)")
        out.write(", verb groups of ")
        out.write(f"{args.groups}; nouns' synonyms of {args.noun_senses}, hypernyms of {args.noun_hypernyms}")
        if args.shared_verb_senses:
            out.write("; verbs linked only through senses both use")
        if args.gerund_synonyms is not None:
            out.write(f"; -ing nouns' synonyms of {args.gerund_synonyms}")
        if args.entailments or args.causes or args.also_see:
            out.write(f"; entailments of {args.entailments}, causes of {args.causes}, also-see of {args.also_see}")
        if args.synonym_derivations:
            out.write("; nouns derived from synonyms")
        out.write(").\n")
        out.write("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet\n")
        out.write("# 3.0 licence: THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n")
        out.write("# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.\n")
        for word in sorted(related):
            if related[word]:
                out.write(word + "\t" + " ".join(sorted(related[word])) + "\n")
    print(f"{sum(1 for w in related if related[w])} words written to {args.out}")


if __name__ == "__main__":
    main()
