#!/usr/bin/env python3
"""Rebuild the running text of GUM news documents from their CoNLL-U files.

Each sentence's `# text =` line is kept as it is; the sentences of one `# newpar` block are joined by a space and
each block becomes one line, blocks separated by a blank line (the layout of Corpus/pakistan-iran-airstrikes.txt:
the headline first, then one paragraph a line). Without `# newpar` comments a document is one paragraph.

Usage: scripts/gum_news_text.py OUTDIR CONLLU... [--prefix PREFIX] [--doc ID ...]
Writes OUTDIR/<name>.txt for every document whose id starts PREFIX (or each ID given), <name> being the id
without PREFIX. PREFIX is GUM_news_ unless given: another of GUM's genres is rebuilt the same way, e.g.
`--prefix GUM_bio_` for its Wikipedia biographies. Exits 1 with one line on stderr if a file cannot be read or an
asked id is missing.
"""

import sys
from pathlib import Path

PREFIX = "GUM_news_"


def documents(path):
    """Yield (document id, [paragraph, ...]) for every document of a CoNLL-U file, paragraphs as sentence lists."""
    doc, paragraphs = None, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            if doc is not None:
                yield doc, [p for p in paragraphs if p]
            doc, paragraphs = line.split("=", 1)[1].strip(), [[]]
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if doc is None:
                raise ValueError(f"{path}: sentence before any '# newdoc id' line")
            paragraphs[-1].append(line[len("# text = ") :].strip())
    if doc is not None:
        yield doc, [p for p in paragraphs if p]


def main(argv):
    args = argv[1:]
    asked = []
    if "--doc" in args:
        at = args.index("--doc")
        args, asked = args[:at], args[at + 1 :]
    prefix = PREFIX
    if "--prefix" in args:
        at = args.index("--prefix")
        if at + 1 >= len(args):
            args = []
        else:
            prefix = args[at + 1]
            args = args[:at] + args[at + 2 :]
    if len(args) < 2:
        print("usage: gum_news_text.py OUTDIR CONLLU... [--prefix PREFIX] [--doc ID ...]", file=sys.stderr)
        return 2
    out, files = Path(args[0]), args[1:]
    out.mkdir(parents=True, exist_ok=True)
    found = set()
    for path in files:
        try:
            docs = list(documents(path))
        except (OSError, ValueError, UnicodeDecodeError) as error:
            print(f"gum_news_text: {error}", file=sys.stderr)
            return 1
        for doc, paragraphs in docs:
            if (asked and doc not in asked) or (not asked and not doc.startswith(prefix)):
                continue
            found.add(doc)
            name = doc[len(prefix) :] if doc.startswith(prefix) else doc
            text = "\n\n".join(" ".join(sentences) for sentences in paragraphs) + "\n"
            (out / f"{name}.txt").write_text(text, encoding="utf-8")
            print(f"{out / (name + '.txt')}: {len(paragraphs)} paragraphs, {sum(map(len, paragraphs))} sentences")
    missing = [doc for doc in asked if doc not in found]
    if missing:
        print(f"gum_news_text: no document {missing[0]} in {', '.join(files)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
