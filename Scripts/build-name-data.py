#!/usr/bin/env python3
"""Builds Dossier's name resources (Sources/DossierNames/Generated/*.swift) from open data.

    python3 Scripts/build-name-data.py --raw DIR [--download]

DIR holds the raw files below (as published; `--download` fetches the missing ones from the addresses
given here). The output is compact text, one entry a line, compiled into the binary as string literals:
given names with their sex and frequency, nickname groups, place names, nationality words and the
ranked list of common English words. Rerunning on the same raw files writes the same bytes.

Sources and licences (recorded again in Sources/DossierNames/DATA.md):
  given-names-ssa    US Social Security Administration, national baby names 1880-2023: public domain
  given-names-wgnd   WIPO World Gender-Name Dictionary 1.0 (no-country file): MIT
  nicknames          carltonnorthern/nicknames names.csv: Apache-2.0
  geonames           GeoNames cities15000, countryInfo, admin1CodesASCII: CC BY 4.0
  demonyms-factbook  CIA World Factbook via factbook/factbook.json: CC0 1.0 / public domain
  english-words      BartMassey/wordlists freq.txt: MIT
No entry is taken from the evaluation corpus or the seeds.
"""
import argparse
import csv
import gzip
import html
import io
import json
import math
import os
import re
import sys
import unicodedata
import urllib.request
import zipfile

RAW_FILES = {
    "given-names-wgnd/wgnd_noctry.csv":
        "https://raw.githubusercontent.com/IES-platform/r4r_gender/23b28a9fe7c55118bcbad977c5728e98666e1713/wgnd/data/wgnd_noctry.csv",
    "nicknames/names.csv":
        "https://raw.githubusercontent.com/carltonnorthern/nicknames/21d75051c39cb022d145388d60c87dc30505228b/names.csv",
    "geonames/cities15000.zip": "https://download.geonames.org/export/dump/cities15000.zip",
    "geonames/countryInfo.txt": "https://download.geonames.org/export/dump/countryInfo.txt",
    "geonames/admin1CodesASCII.txt": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
    "english-words/freq.txt.gz":
        "https://raw.githubusercontent.com/BartMassey/wordlists/af52415c13af809bd8757a40f17f46e79d09583c/freq.txt.gz",
}
SSA_ZIP = "https://www.ssa.gov/oact/babynames/names.zip"
FACTBOOK = "https://github.com/factbook/factbook.json/archive/8662a8b17a784841ab4528631b04090eb2f183eb.zip"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "DossierNames", "Generated")

# A given name must have been given this many times in the US (1880-2023) to be listed from SSA.
SSA_MINIMUM = 100
# WGND's international names (mostly single-country names, many surnames and words among them) are
# weak evidence that costs 115,000 entries of memory on every build: off unless --wgnd is given.
WGND = False
# The common-word list keeps this many of the most frequent words.
COMMON_WORDS = 40000


def key(text):
    """The lookup key Dossier uses for names: letters only, lowercase, without diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c)).lower()


def download(raw):
    for path, url in RAW_FILES.items():
        target = os.path.join(raw, path)
        if os.path.exists(target) or (path.endswith(".gz") and os.path.exists(target[:-3])):
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        print(f"downloading {url}", file=sys.stderr)
        urllib.request.urlretrieve(url, target)
    ssa = os.path.join(raw, "given-names-ssa", "names")
    if not os.path.isdir(ssa):
        print(f"downloading {SSA_ZIP}", file=sys.stderr)
        data = urllib.request.urlopen(SSA_ZIP).read()
        zipfile.ZipFile(io.BytesIO(data)).extractall(ssa)
    factbook = os.path.join(raw, "demonyms-factbook", "raw")
    if not os.path.isdir(factbook):
        print(f"downloading {FACTBOOK}", file=sys.stderr)
        archive = zipfile.ZipFile(io.BytesIO(urllib.request.urlopen(FACTBOOK).read()))
        for name in archive.namelist():
            parts = name.split("/", 1)
            if len(parts) == 2 and re.match(r"^[a-z-]+/[a-z]{2}\.json$", parts[1]):
                target = os.path.join(factbook, parts[1])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                open(target, "wb").write(archive.read(name))


def read_text(raw, path):
    full = os.path.join(raw, path)
    if os.path.exists(full):
        return open(full, encoding="utf-8").read()
    return gzip.open(full + ".gz", "rt", encoding="utf-8").read()


def common_words(raw):
    words = []
    for line in read_text(raw, "english-words/freq.txt").splitlines():
        parts = line.split()
        if parts and parts[0].isalpha():
            words.append(parts[0])
    return words[:COMMON_WORDS]


def given_names(raw, common, places, nationality):
    """name key -> (sex, strength): sex m, f or u (both); strength 1-7 from log10 of the US count, 1
    for names only the international dictionary lists."""
    counts = {}
    folder = os.path.join(raw, "given-names-ssa", "names")
    for file in sorted(os.listdir(folder)):
        if not re.match(r"^yob\d{4}\.txt$", file):
            continue
        for line in open(os.path.join(folder, file), encoding="ascii"):
            name, sex, count = line.strip().split(",")
            entry = counts.setdefault(key(name), [0, 0])
            entry[0 if sex == "M" else 1] += int(count)
    names = {}
    for name, (male, female) in counts.items():
        total = male + female
        if total < SSA_MINIMUM or len(name) < 2:
            continue
        sex = "m" if male >= 9 * female else "f" if female >= 9 * male else "u"
        names[name] = (sex, max(1, min(7, int(math.log10(total)))))
    if not WGND:
        return names
    # The international dictionary is noisy ("SHOW", "NEW", "CIVIL"): only names that are not common
    # English words, places or nationality words, with a definite sex.
    common_set = set(common)
    with open(os.path.join(raw, "given-names-wgnd", "wgnd_noctry.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            raw_name = row["name"].strip()
            if " " in raw_name or "-" in raw_name or row["gender"] not in ("M", "F"):
                continue
            name = key(raw_name)
            if len(name) < 3 or name in names or name in common_set or name in places or name in nationality:
                continue
            names[name] = (row["gender"].lower(), 1)
    return names


def nicknames(raw, given):
    """Groups of names that can stand for one another: a formal name and its nicknames."""
    groups = {}
    with open(os.path.join(raw, "nicknames", "names.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["relationship"] != "has_nickname":
                continue
            formal, nick = key(row["name1"]), key(row["name2"])
            if formal and nick and formal != nick:
                groups.setdefault(formal, set()).add(nick)
    return {formal: sorted(nicks) for formal, nicks in sorted(groups.items())}


def places(raw):
    """place key -> kind: c country, a first-level subdivision, or a city's population class (t4-t8)."""
    result = {}

    def add(name, kind):
        name_key = key(name)
        if len(name_key) < 3:
            return
        rank = {"c": 9, "a": 8}.get(kind, 0) or int(kind[1:])
        old = result.get(name_key)
        old_rank = None if old is None else ({"c": 9, "a": 8}.get(old, 0) or int(old[1:]))
        if old is None or rank > old_rank:
            result[name_key] = kind

    for line in open(os.path.join(raw, "geonames", "countryInfo.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        add(fields[4], "c")
    for line in open(os.path.join(raw, "geonames", "admin1CodesASCII.txt"), encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 3:
            add(fields[1], "a")
            add(fields[2], "a")
    with zipfile.ZipFile(os.path.join(raw, "geonames", "cities15000.zip")) as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    for line in text.splitlines():
        fields = line.split("\t")
        population = int(fields[14] or 0)
        kind = "t" + str(max(4, min(8, int(math.log10(max(population, 1))))))
        add(fields[1], kind)
        add(fields[2], kind)
    for country in factbook_countries(raw):
        for name in country["names"]:
            add(name, "c")
    return result


def factbook_countries(raw):
    folder = os.path.join(raw, "demonyms-factbook", "raw")
    for region in sorted(os.listdir(folder)):
        region_path = os.path.join(folder, region)
        if not os.path.isdir(region_path) or region in ("meta", "oceans", "world", "antarctica"):
            continue
        for file in sorted(os.listdir(region_path)):
            if not file.endswith(".json"):
                continue
            data = json.load(open(os.path.join(region_path, file), encoding="utf-8"))
            government = data.get("Government", {}).get("Country name", {})
            people = data.get("People and Society", {}).get("Nationality", {})
            names = []
            for field in ("conventional short form",):
                text = html.unescape(government.get(field, {}).get("text", "") or "")
                if text and text.lower() != "none":
                    names.append(re.sub(r"\s*\(.*?\)", "", text).strip())
            forms = []
            for field in ("noun", "adjective"):
                forms.append(html.unescape(people.get(field, {}).get("text", "") or ""))
            yield {"names": [n for n in names if n], "forms": forms}


def nationality_words(raw):
    """Nationality nouns and adjectives with their plurals ("Algerian", "Algerians", "Batswana")."""
    words = set()
    for country in factbook_countries(raw):
        for text in country["forms"]:
            text = re.sub(r"\((?:singular|plural|singular and plural|collective plural|[^)]*citizens?[^)]*|[^)]*note[^)]*)\)", "", text)
            for part in re.split(r",|;|\bor\b|\band\b", text):
                part = part.strip()
                if not part or part.lower().startswith("none") or len(part) > 40:
                    continue
                match = re.match(r"^(.*?)\((\w+)\)$", part.replace(" (", "("))
                if match:
                    stem, suffix = match.group(1).strip(), match.group(2)
                    words.add(stem)
                    if suffix == "s":
                        words.add(stem + "s")
                    elif stem.lower().endswith(("man", "woman")):
                        words.add(stem[: -len("man")] + suffix if stem.lower().endswith("man") else stem)
                    else:
                        words.add(suffix)
                else:
                    words.add(part)
    return sorted({key(w) for w in words if key(w) and len(key(w)) >= 3 and all(t[:1].isupper() for t in w.split())})


def swift_file(name, comment, body):
    if '"""#' in body:
        raise SystemExit("data contains the string terminator")
    return (
        "// Generated by Scripts/build-name-data.py: do not edit by hand.\n"
        + "".join(f"// {line}\n" for line in comment.splitlines())
        + f"\nextension NameData {{\n    static let {name} = #\"\"\"\n{body}\n\"\"\"#\n}}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", required=True, help="folder of the raw open-data files")
    parser.add_argument("--download", action="store_true", help="fetch raw files that are missing")
    parser.add_argument("--wgnd", action="store_true", help="also list WGND's international given names")
    arguments = parser.parse_args()
    global WGND
    WGND = arguments.wgnd
    if arguments.download:
        download(arguments.raw)
    raw = arguments.raw
    common = common_words(raw)
    place_kinds = places(raw)
    nationality = nationality_words(raw)
    given = given_names(raw, common, place_kinds, set(nationality))
    groups = nicknames(raw, given)
    os.makedirs(OUT, exist_ok=True)
    files = {
        "GivenNames.swift": swift_file(
            "givenNames",
            "Given names: key, sex (m, f, u), strength 1-7 (log10 of the US count; 1 for names only WGND lists).\n"
            "Sources: US Social Security Administration baby names 1880-2023 (public domain)"
            + (";\nWIPO World Gender-Name Dictionary 1.0 (MIT, Copyright WIPO)." if WGND else "."),
            "\n".join(f"{name} {sex}{strength}" for name, (sex, strength) in sorted(given.items()))),
        "Nicknames.swift": swift_file(
            "nicknames",
            "Formal given names and their nicknames: formal nick nick ...\n"
            "Source: carltonnorthern/nicknames names.csv (Apache License 2.0; Old Dominion University WS-DL).",
            "\n".join(f"{formal} {' '.join(nicks)}" for formal, nicks in groups.items())),
        "Places.swift": swift_file(
            "places",
            "Place names: key, kind (c country, a first-level subdivision, t4-t8 city by log10 population).\n"
            "Source: GeoNames (www.geonames.org), CC BY 4.0; country short forms from the CIA World Factbook (public domain).",
            "\n".join(f"{name} {kind}" for name, kind in sorted(place_kinds.items()))),
        "Nationalities.swift": swift_file(
            "nationalities",
            "Nationality nouns and adjectives, singular and plural (keys).\n"
            "Source: CIA World Factbook via factbook/factbook.json (CC0 1.0; public domain).",
            "\n".join(nationality)),
        "CommonWords.swift": swift_file(
            "commonWords",
            f"The {COMMON_WORDS} most frequent lowercase English words, most frequent first.\n"
            "Source: BartMassey/wordlists freq.txt (MIT; counts from Peter Norvig's count_1w, words in SCOWL).",
            "\n".join(common)),
    }
    for file, text in files.items():
        with open(os.path.join(OUT, file), "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"{file}: {text.count(chr(10))} lines, {len(text.encode('utf-8')) // 1024} KB", file=sys.stderr)


if __name__ == "__main__":
    main()
