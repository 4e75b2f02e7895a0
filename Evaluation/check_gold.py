#!/usr/bin/env python3
"""Checks every gold file against the corpus: the schema, and that each title, author, spelling,
snippet and keyword is really in the text it names. Exit 1 and a list of problems when not.

    python3 Evaluation/check_gold.py [cluster ...]
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$")


def flat(text):
    """White space collapsed, so that snippets match across hard-wrapped lines."""
    return re.sub(r"\s+", " ", text).strip()


class PageText(HTMLParser):
    """The text of an HTML page: tags stripped, entities decoded, script and style left out, a space
    at each block boundary so that menu items and paragraphs do not run together."""

    BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
              "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
              "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul"}
    HIDDEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def page_text(markup):
    parser = PageText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def load_texts(cluster):
    folder = os.path.join(CORPUS, cluster)
    texts = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        if name.lower().endswith((".html", ".htm")):
            text = page_text(text)
        texts[name] = flat(text)
    return texts


def check(cluster):
    problems = []
    path = os.path.join(GOLD, cluster + ".json")
    if not os.path.exists(path):
        return [f"{cluster}: no gold file"]
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        return [f"{cluster}: gold is not valid JSON ({error})"]
    texts = load_texts(cluster)
    every = " ".join(texts.values())

    def need(condition, message):
        if not condition:
            problems.append(f"{cluster}: {message}")

    def in_file(name, snippet, what):
        need(name in texts, f"{what}: no file {name}")
        if name in texts:
            need(flat(snippet) in texts[name], f"{what}: {snippet!r} is not in {name}")

    for key in ["cluster", "story", "articles", "people", "not_people", "quotes", "events", "figures", "not_figures"]:
        need(key in gold, f"missing key {key}")
    need(gold.get("cluster") == cluster, "cluster name differs from the file name")
    files = [article.get("file") for article in gold.get("articles", [])]
    need(sorted(files) == sorted(texts), f"articles {sorted(files)} differ from the files {sorted(texts)}")
    for article in gold.get("articles", []):
        name = article.get("file")
        for key in ["title", "outlet", "agency", "authors", "published", "dateline", "version_of"]:
            need(key in article, f"{name}: missing {key}")
        if article.get("title"):
            in_file(name, article["title"], f"{name} title")
        for author in article.get("authors") or []:
            in_file(name, author, f"{name} author")
        if article.get("published"):
            need(PUBLISHED.match(article["published"]) is not None, f"{name}: published {article['published']!r} is not ISO 8601")
        if article.get("dateline") and name in texts:
            need(article["dateline"].lower() in texts[name].lower(), f"{name}: dateline {article['dateline']!r} not in the text")
        if article.get("version_of"):
            need(article["version_of"] in texts, f"{name}: version_of names no file")
        # Saved web pages: the first and last words of the body, and page furniture that is not body.
        for key in ["body_first", "body_last"]:
            if key in article:
                need(isinstance(article[key], str) and bool(article[key]), f"{name}: {key} is empty")
                in_file(name, article[key] or "", f"{name} {key}")
        if "chrome" in article:
            need(isinstance(article["chrome"], list) and bool(article["chrome"]), f"{name}: chrome is not a list of strings")
            for item in article.get("chrome") or []:
                in_file(name, item, f"{name} chrome")
    names = set()
    for person in gold.get("people", []):
        names.add(person.get("name"))
        need(person.get("name") in person.get("spellings", []), f"person {person.get('name')!r}: the name is not among its spellings")
        for spelling in person.get("spellings", []):
            need(spelling in every, f"person {person.get('name')!r}: spelling {spelling!r} is not in any file")
    for phrase in gold.get("not_people", []) + gold.get("neutral", []):
        need(phrase in every, f"not a person: {phrase!r} is not in any file")
    for quote in gold.get("quotes", []):
        in_file(quote.get("file"), quote.get("snippet", ""), "quote")
        need(quote.get("speaker") is None or quote.get("speaker") in names, f"quote speaker {quote.get('speaker')!r} is not a gold person")
    for event in gold.get("events", []):
        need(DATE.match(str(event.get("date"))) is not None, f"event date {event.get('date')!r}")
        need(event.get("end") is None or DATE.match(str(event.get("end"))) is not None, f"event end {event.get('end')!r}")
        need(bool(event.get("mentions")), f"event {event.get('date')} has no mention")
        for mention in event.get("mentions", []):
            in_file(mention.get("file"), mention.get("snippet", ""), f"event {event.get('date')}")
    for figure in gold.get("figures", []):
        in_file(figure.get("file"), figure.get("snippet", ""), "figure")
        need(isinstance(figure.get("value"), (int, float)), f"figure {figure.get('snippet')!r}: value is not a number")
        need(bool(figure.get("unit")), f"figure {figure.get('snippet')!r}: no unit")
    for item in gold.get("not_figures", []):
        in_file(item.get("file"), item.get("snippet", ""), "not a figure")
    snippets = {figure.get("snippet") for figure in gold.get("figures", [])}
    for disagreement in gold.get("disagreements", []):
        for snippet in disagreement.get("snippets", []):
            need(snippet in snippets, f"disagreement: {snippet!r} is not a gold figure")
    return problems


def main():
    clusters = sys.argv[1:] or sorted(os.listdir(CORPUS))
    clusters = [name for name in clusters if os.path.isdir(os.path.join(CORPUS, name)) and not name.startswith(".")]
    problems = [problem for cluster in clusters for problem in check(cluster)]
    for problem in problems:
        print(problem)
    print(f"{len(clusters)} clusters checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
