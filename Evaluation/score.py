#!/usr/bin/env python3
"""Builds every evaluation cluster with the given dossier executable and scores what it extracted
against the gold: article metadata, people, quotes, events and figures, per cluster and overall,
development and held-out apart. Clusters of saved web pages (`"metadata_only": true`) score the
metadata and the body found in each page: its first and last words present, no page furniture in it.

    python3 Evaluation/score.py --dossier .build/release/dossier [--verbose] [--check] [--json FILE]
                                [--held-out | --development] [cluster ...]

--verbose lists every miss and false hit of the development clusters (of the held-out ones too with
--held-out, which is for when an issue is finished); --development leaves the held-out clusters out
altogether, for tuning. --check compares the totals with floors.json and
exits 1 when one falls below its floor.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")
ROOT = os.path.dirname(HERE)
METADATA_FIELDS = ["title", "outlet", "agency", "authors", "published", "dateline"]


def flat(text):
    return re.sub(r"\s+", " ", text or "").strip()


def fold(text):
    """Case, accents, curly quotes, dashes and spacing folded away, for comparing names and snippets."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("—", "-").replace("–", "-").replace("\u00a0", " ")
    return flat(text).lower()


def name_key(text):
    text = fold(text)
    text = re.sub(r"['’]s$", "", text)
    text = re.sub(r"[.\-]", " ", text)
    return flat(text)


AGENCY_NAMES = {"associated press": "ap", "agence france presse": "afp", "agence france-presse": "afp"}


def outlet_key(text):
    text = fold(text)
    text = re.sub(r"^the ", "", text)
    text = AGENCY_NAMES.get(text, text)
    text = re.sub(r"\.(com|org|net|co\.uk)$", "", text)
    return flat(re.sub(r"[^a-z0-9 ]", " ", text))


def title_key(text):
    return fold(text).rstrip(" .…").strip()


class Tally:
    def __init__(self):
        self.right = 0
        self.total = 0

    def add(self, right, total):
        self.right += right
        self.total += total

    def value(self):
        return None if self.total == 0 else self.right / self.total


class Score:
    """Counts for one cluster (or a sum of them), and the notes behind them."""

    KEYS = ["meta", "body", "people_p", "people_r", "quotes_p", "quotes_r", "events_p", "events_r", "figures_p", "figures_r"]

    def __init__(self):
        self.tallies = {key: Tally() for key in self.KEYS}
        self.meta_fields = {field: Tally() for field in METADATA_FIELDS}
        self.counts = {"non_person_pages": 0, "duplicate_people": 0, "wrong_date_events": 0,
                       "false_figures": 0, "false_disagreements": 0, "duplicate_events": 0,
                       "chrome_paragraphs": 0}
        self.notes = []

    def merge(self, other):
        for key in self.KEYS:
            self.tallies[key].add(other.tallies[key].right, other.tallies[key].total)
        for field in METADATA_FIELDS:
            self.meta_fields[field].add(other.meta_fields[field].right, other.meta_fields[field].total)
        for key in self.counts:
            self.counts[key] += other.counts[key]


def build(dossier, cluster, work):
    output = output_folder(work, cluster)
    command = [dossier, "build", "--seeds", os.path.join(CORPUS, cluster), "--output", output,
               "--templates", os.path.join(ROOT, "Templates"), "--cache", os.path.join(work, ".cache")]
    result = subprocess.run(command, cwd=work, capture_output=True, text=True)
    path = os.path.join(output, "dossier.json")
    if result.returncode != 0 or not os.path.exists(path):
        return None, result.stderr.strip()
    return json.load(open(path, encoding="utf-8")), result.stderr.strip()


def score_metadata(gold, data, score):
    by_source = {article["source"]: article for article in data["articles"]}
    # Versions of one story are one article; each version keeps its own metadata.
    for article in data["articles"]:
        for version in article.get("versions", []):
            by_source.setdefault(version["source"], version)
    for expected in gold["articles"]:
        name = expected["file"]
        found = by_source.get(name)
        for field in METADATA_FIELDS:
            want = expected.get(field)
            if found is None:
                right, got = False, "(article not built)"
            elif field == "title":
                got = None if found.get("titleDerived") else found.get("title")
                right = (want is None and got is None) or (want is not None and got is not None and title_key(want) == title_key(got))
            elif field == "outlet":
                got = found.get("outlet")
                parts = [outlet_key(part) for part in (got or "").split("/") if part.strip()]
                right = (want is None and not parts) or (want is not None and (outlet_key(want) in parts or outlet_key(want) == outlet_key(got or "")))
            elif field == "agency":
                got = found.get("agency")
                right = (want is None and got is None) or (want is not None and got is not None and outlet_key(want) == outlet_key(got))
            elif field == "authors":
                got = found.get("authors") or []
                right = sorted(name_key(a) for a in want or []) == sorted(name_key(a) for a in got)
            elif field == "published":
                got = found.get("published")
                if want is None:
                    # An inferred date, flagged as such, is allowed; a date the page never gave is not.
                    right = got is None or bool(found.get("publishedInferred")) or "inferred" in (found.get("publishedProvenance") or "")
                elif got is None:
                    right = False
                elif "T" in want:
                    right = same_time(want, got)
                else:
                    right = got[:10] == want
            else:  # dateline
                got = found.get("dateline")
                right = (want is None and got is None) or (want is not None and got is not None and fold(want) == fold(got))
            score.meta_fields[field].add(1 if right else 0, 1)
            score.tallies["meta"].add(1 if right else 0, 1)
            if not right:
                score.notes.append(f"metadata {name} {field}: expected {want!r}, got {got!r}")


def output_folder(work, cluster):
    return os.path.join(work, cluster)


def plain_markdown(text):
    """Markdown reduced to its words: links to their text, emphasis, heading and quote marks away."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#+|>+|[-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", text)
    return text.replace("**", "").replace("__", "").replace("*", "").replace("`", "")


def article_paragraphs(work, cluster, article):
    """The paragraphs of an article's published Markdown (its front matter and title left out)."""
    path = os.path.join(output_folder(work, cluster), article.get("markdown") or "")
    if not article.get("markdown") or not os.path.isfile(path):
        return None
    text = open(path, encoding="utf-8").read()
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end >= 0 else text
    blocks = [fold(plain_markdown(block)) for block in re.split(r"\n\s*\n", text)]
    return [block for block in blocks if block]


def score_body(gold, data, work, score):
    """Saved web pages: the body's first and last words are in the article, no chrome string is."""
    by_source = {article["source"]: article for article in data["articles"]}
    for expected in gold["articles"]:
        if "body_first" not in expected:
            continue
        name = expected["file"]
        found = by_source.get(name)
        paragraphs = article_paragraphs(work, gold["cluster"], found) if found else None
        if paragraphs is None:
            score.tallies["body"].add(0, 2)
            score.notes.append(f"body {name}: no article built")
            continue
        text = " ".join(paragraphs)
        for key in ["body_first", "body_last"]:
            right = fold(expected[key]) in text
            score.tallies["body"].add(1 if right else 0, 1)
            if not right:
                score.notes.append(f"body {name} {key}: {expected[key]!r} not in the body")
        for chrome in expected.get("chrome", []):
            hits = [p for p in paragraphs if fold(chrome) in p]
            if hits:
                score.counts["chrome_paragraphs"] += 1
                score.notes.append(f"body {name}: chrome {chrome!r} in paragraph {hits[0][:80]!r}")


def normalise_timestamp(text):
    """`2019-04-24T22:08:00-04:00`, `2019-04-24T22:08-04:00` and `2019-04-25T02:08Z` compare equal (one
    instant); a time without a zone is compared as the wall-clock time it is."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?$", text or "")
    if not match:
        return text
    date, time, zone = match.groups()
    if time and zone:
        import datetime
        moment = datetime.datetime.fromisoformat(f"{date}T{time}{'+00:00' if zone == 'Z' else zone}")
        return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    return (date, time)


def same_time(want, got):
    """One instant when both carry a zone; the same wall-clock date and minute when either does not."""
    def wall(text):
        match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?", text or "")
        return match.groups() if match else text
    a, b = normalise_timestamp(want), normalise_timestamp(got)
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return wall(want) == wall(got)


def person_index(gold):
    index = {}
    for person in gold["people"]:
        for spelling in person["spellings"]:
            index[name_key(spelling)] = person["name"]
    return index


def score_people(gold, data, score):
    index = person_index(gold)
    traps = {name_key(phrase) for phrase in gold.get("not_people", [])}
    neutral = {name_key(phrase) for phrase in gold.get("neutral", [])}
    matched = {}
    predicted_for = {}
    counted = 0
    for person in data["people"]:
        forms = [person["name"]] + person.get("aliases", [])
        keys = [name_key(form) for form in forms]
        gold_name = next((index[key] for key in keys if key in index), None)
        predicted_for[person["id"]] = gold_name
        if gold_name is None and any(key in neutral for key in keys):
            continue
        counted += 1
        if gold_name is None:
            if any(key in traps for key in keys):
                score.counts["non_person_pages"] += 1
                score.notes.append(f"people: page for a non-person: {person['name']!r}")
            else:
                score.notes.append(f"people: not a gold person: {person['name']!r}")
            continue
        if gold_name in matched:
            score.counts["duplicate_people"] += 1
            score.notes.append(f"people: duplicate of {gold_name!r}: {person['name']!r}")
            continue
        matched[gold_name] = person["id"]
    score.tallies["people_p"].add(len(matched), counted)
    score.tallies["people_r"].add(len(matched), len(gold["people"]))
    for person in gold["people"]:
        if person["name"] not in matched:
            score.notes.append(f"people: missed {person['name']!r}")
    return predicted_for


def sources_by_article(data):
    return {article["id"]: article["source"] for article in data["articles"]}


def story_of(data):
    """Each file's story: a version merged into another article (its facts counted once, #13) belongs
    to that article's file, so a quote or figure the gold gives the version is found in the article."""
    story = {}
    for article in data["articles"]:
        story.setdefault(article["source"], article["source"])
        for version in article.get("versions", []):
            story[version["source"]] = article["source"]
    return lambda file: story.get(file, file)


def score_quotes(gold, data, score, predicted_for):
    source_of = sources_by_article(data)
    story = story_of(data)
    predicted = []
    for person in data["people"]:
        for quote in person.get("quotes", []):
            file = story(source_of.get(quote["citation"]["article"]))
            predicted.append((file, fold(quote["text"]), predicted_for.get(person["id"]), person["name"], quote["text"]))
    attributable = [quote for quote in gold["quotes"] if quote.get("speaker")]
    found = 0
    for quote in attributable:
        snippet = fold(quote["snippet"])
        if any(file == story(quote["file"]) and snippet in text and speaker == quote["speaker"] for file, text, speaker, _, _ in predicted):
            found += 1
        else:
            who = [name for file, text, _, name, _ in predicted if file == story(quote["file"]) and snippet in text]
            score.notes.append(f"quotes: {quote['file']}: {quote['snippet']!r} by {quote['speaker']!r} " + (f"given to {who}" if who else "not attributed"))
    correct = 0
    for file, text, speaker, name, raw in predicted:
        gold_quotes = [quote for quote in gold["quotes"] if story(quote["file"]) == file and fold(quote["snippet"]) in text]
        if any(quote.get("speaker") and quote["speaker"] == speaker for quote in gold_quotes):
            correct += 1
        else:
            score.notes.append(f"quotes: {file}: {raw[:80]!r} attributed to {name!r} " + ("(no such gold quote)" if not gold_quotes else f"(gold: {gold_quotes[0].get('speaker')!r})"))
    score.tallies["quotes_r"].add(found, len(attributable))
    score.tallies["quotes_p"].add(correct, len(predicted))


def score_events(gold, data, score):
    source_of = sources_by_article(data)
    mentions = []  # (file, folded snippet, gold event index)
    for number, event in enumerate(gold["events"]):
        for mention in event["mentions"]:
            mentions.append((mention["file"], fold(mention["snippet"]), number))
    hits = {}
    matched_predictions = 0
    for event in data["events"]:
        cited = [(source_of.get(citation["article"]), fold(citation["sentence"])) for citation in event["citations"]]
        touching = {number for file, snippet, number in mentions for cfile, sentence in cited if cfile == file and snippet in sentence}
        same_date = [number for number in touching if gold["events"][number]["date"] == event["date"]
                     and (not gold["events"][number].get("end") or gold["events"][number]["end"] == event.get("end"))]
        if same_date:
            matched_predictions += 1
            for number in same_date:
                hits[number] = hits.get(number, 0) + 1
        elif touching:
            score.counts["wrong_date_events"] += 1
            expected = sorted({gold["events"][number]["date"] for number in touching})
            score.notes.append(f"events: wrong date {event['date']}{'–' + event['end'] if event.get('end') else ''} (gold {expected}): {event['text'][:90]!r}")
        else:
            score.notes.append(f"events: not a gold event: {event['date']} {event['text'][:90]!r}")
    for number, count in hits.items():
        if count > 1:
            score.counts["duplicate_events"] += count - 1
    for number, event in enumerate(gold["events"]):
        if number not in hits:
            mention = event["mentions"][0]
            score.notes.append(f"events: missed {event['date']}{'–' + event['end'] if event.get('end') else ''} {mention['file']}: {mention['snippet']!r}")
    score.tallies["events_r"].add(len(hits), len(gold["events"]))
    score.tallies["events_p"].add(matched_predictions, len(data["events"]))


def numbers_in(text):
    return [float(number.replace(",", "")) for number in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def score_figures(gold, data, score):
    source_of = sources_by_article(data)
    story = story_of(data)
    predicted = []
    for figure in data["figures"]:
        citation = figure["citation"]
        predicted.append((story(source_of.get(citation["article"])), fold(citation["sentence"]), fold(figure["display"]), figure["value"], figure))
    found = 0
    used, shared = set(), set()
    for expected in gold["figures"]:
        snippet = fold(expected["snippet"])
        value = float(expected["value"])
        hit = None
        # A prediction whose sentence holds the snippet first; then one whose display is the snippet's.
        for loose in (False, True):
            for number, (file, sentence, display, got, figure) in enumerate(predicted):
                # A version's figure is its article's: it may share the prediction the article's gold found.
                if (number in used and story(expected["file"]) == expected["file"]) or hit is not None:
                    continue
                close = abs(got - value) <= max(0.011 * abs(value), 1e-9)
                # A share written as a fraction in the gold ("0.333 share of voters") is the same as "33.3 %".
                if not close and str(expected.get("unit", "")).startswith("share") and figure.get("unit") == "%":
                    close = abs(got / 100 - value) <= max(0.011 * abs(value), 1e-9)
                text_match = snippet in sentence if not loose else (display in snippet or snippet in display)
                if file == story(expected["file"]) and close and text_match:
                    hit = number
        if hit is None:
            score.notes.append(f"figures: missed {expected['file']}: {expected['snippet']!r} ({expected['value']} {expected['unit']})")
        else:
            found += 1
            if story(expected["file"]) == expected["file"]:
                used.add(hit)
            else:
                shared.add(hit)
    for number, (file, sentence, display, got, figure) in enumerate(predicted):
        if number in used or number in shared:
            continue
        false = [item for item in gold.get("not_figures", []) if story(item["file"]) == file and display in fold(item["snippet"])
                 and got in numbers_in(item["snippet"])]
        if false:
            score.counts["false_figures"] += 1
            score.notes.append(f"figures: not a figure: {figure['display']!r} ({file})")
        else:
            score.notes.append(f"figures: not a gold figure: {figure['display']!r} {figure['unit']} ({file})")
    score.tallies["figures_r"].add(found, len(gold["figures"]))
    score.tallies["figures_p"].add(len(used | shared), len(predicted))
    # Disagreement notes, when the build reports them: each must be one the gold marks.
    for note in data.get("disagreements", []):
        values = {fold(text) for text in note.get("displays", [])}
        real = any(values <= {fold(snippet) for snippet in item["snippets"]} for item in gold.get("disagreements", []))
        if not real:
            score.counts["false_disagreements"] += 1
            score.notes.append(f"figures: false disagreement note: {note}")


def score_cluster(dossier, cluster, work):
    gold = json.load(open(os.path.join(GOLD, cluster + ".json"), encoding="utf-8"))
    score = Score()
    data, errors = build(dossier, cluster, work)
    if data is None:
        score.notes.append(f"build failed: {errors}")
        data = {"articles": [], "people": [], "events": [], "figures": []}
    score_metadata(gold, data, score)
    if gold.get("metadata_only"):
        score_body(gold, data, work, score)
        return score
    predicted_for = score_people(gold, data, score)
    score_quotes(gold, data, score, predicted_for)
    score_events(gold, data, score)
    score_figures(gold, data, score)
    return score


def cell(value):
    return "  –  " if value is None else f"{value:5.2f}"


def table(rows):
    header = "| cluster | meta | body | people P | people R | quotes P | quotes R | events P | events R | figures P | figures R |"
    lines = [header, "|" + "---|" * 11]
    for name, score in rows:
        values = [cell(score.tallies[key].value()) for key in Score.KEYS]
        lines.append(f"| {name} | " + " | ".join(values) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossier", required=True)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="also list the held-out clusters' misses")
    parser.add_argument("--check", action="store_true", help="exit 1 when a total falls below floors.json")
    parser.add_argument("--json", help="write the totals as JSON here")
    parser.add_argument("--development", action="store_true", help="score the development clusters only (for tuning)")
    parser.add_argument("clusters", nargs="*")
    arguments = parser.parse_args()
    split = json.load(open(os.path.join(HERE, "split.json"), encoding="utf-8"))
    held_out = set(split["held_out"])
    clusters = arguments.clusters or sorted(
        name for name in os.listdir(CORPUS) if os.path.isdir(os.path.join(CORPUS, name)) and not name.startswith("."))
    if arguments.development:
        clusters = [name for name in clusters if name not in held_out]
    dossier = os.path.abspath(arguments.dossier)
    work = tempfile.mkdtemp(prefix="dossier-eval-")
    parts = {"development": Score(), "held-out": Score()}
    rows = {"development": [], "held-out": []}
    try:
        for cluster in clusters:
            part = "held-out" if cluster in held_out else "development"
            score = score_cluster(dossier, cluster, work)
            parts[part].merge(score)
            rows[part].append((cluster, score))
            if arguments.verbose and (part == "development" or arguments.held_out):
                for note in score.notes:
                    print(f"{cluster}: {note}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for part in ["development", "held-out"]:
        if not rows[part]:
            continue
        print(f"\n{part} ({len(rows[part])} clusters)\n")
        print(table(rows[part] + [("**all " + part + "**", parts[part])]))
        total = parts[part]
        fields = ", ".join(f"{field} {cell(total.meta_fields[field].value()).strip()}" for field in METADATA_FIELDS)
        print(f"\nmetadata by field: {fields}")
        print("counts: " + ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in total.counts.items()))
    totals = {part: {**{key: parts[part].tallies[key].value() for key in Score.KEYS}, **parts[part].counts} for part in parts}
    if arguments.json:
        json.dump(totals, open(arguments.json, "w"), indent=2, sort_keys=True)
    if arguments.check:
        floors = json.load(open(os.path.join(HERE, "floors.json"), encoding="utf-8"))
        failures = []
        for part, limits in floors.items():
            for key, floor in limits.items():
                value = totals[part].get(key)
                if key in Score.KEYS and (value is None or value + 1e-9 < floor):
                    failures.append(f"{part} {key} {value} is below its floor {floor}")
                if key not in Score.KEYS and value is not None and value > floor:
                    failures.append(f"{part} {key} {value} is above its ceiling {floor}")
        for failure in failures:
            print("FLOOR: " + failure)
        if failures:
            sys.exit(1)
        print("\nall totals at or above their floors")


if __name__ == "__main__":
    main()
