#!/usr/bin/env python3
"""Generates N seed articles from the sample seeds, with the people varied: every person of the sample
but the three most prominent gets another name in each article (a long tail of people, as a long-running
story has), so that the dossier grows like a real one. Writes the seeds for Dossier and the same words as
Markdown pages for Hugo.

    python3 Benchmarks/generate.py N OUT
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIVEN = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Karin", "Luis",
         "Maya", "Nikos", "Olga", "Pavel", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera", "Walter", "Xenia",
         "Yusuf", "Zofia", "Aaron", "Bianca", "Conrad", "Dalia", "Emil", "Fiona", "Gustav", "Hana", "Igor", "Julia"]
SURNAMES = ["Abbott", "Brennan", "Castillo", "Dvorak", "Eriksen", "Fontaine", "Gallo", "Hartmann", "Ivanova",
            "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quintero", "Rossi",
            "Sandberg", "Takahashi", "Urbina", "Varga", "Weber", "Xu", "Yilmaz", "Zeller", "Almeida", "Bauer",
            "Costa", "Delgado", "Esposito", "Fischer", "Green", "Horvat", "Iwasaki", "Jovanovic", "Keller"]


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    seeds_dir = os.path.join(ROOT, "seeds")
    names = sorted(os.listdir(seeds_dir))
    texts = [open(os.path.join(seeds_dir, name), encoding="utf-8").read() for name in names]
    people = json.load(open(os.path.join(ROOT, "public", "dossier.json"), encoding="utf-8"))["people"]
    # Everyone but the three most prominent is renamed per article; longest names first so that a full
    # name is replaced before its surname alone.
    varied = [person for person in people[3:]]
    os.makedirs(os.path.join(out, "seeds"), exist_ok=True)
    os.makedirs(os.path.join(out, "hugo", "content"), exist_ok=True)
    words = 0
    for index in range(count):
        text = texts[index % len(texts)]
        replacements = {}
        for number, person in enumerate(varied):
            given = GIVEN[(index * 7 + number * 3) % len(GIVEN)]
            surname = SURNAMES[(index * 11 + number * 5 + index // len(GIVEN)) % len(SURNAMES)]
            full = f"{given} {surname}{'' if index < len(GIVEN) * len(SURNAMES) else index}"
            forms = sorted({person["name"], *person["aliases"]}, key=len, reverse=True)
            parts = person["name"].split()
            for form in forms:
                replacements[form] = full
            if len(parts) > 1:
                replacements.setdefault(parts[-1], full.split()[-1])
        pattern = re.compile("|".join(re.escape(key) for key in sorted(replacements, key=len, reverse=True)))
        varied_text = pattern.sub(lambda match: replacements[match.group(0)], text) if replacements else text
        words += len(varied_text.split())
        with open(os.path.join(out, "seeds", f"a{index:05d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(varied_text)
        title = varied_text.strip().split("\n", 1)[0].strip("# ").replace('"', "'")[:80]
        with open(os.path.join(out, "hugo", "content", f"a{index:05d}.md"), "w", encoding="utf-8") as handle:
            handle.write(f'---\ntitle: "{title}"\n---\n\n{varied_text}')
    layouts = os.path.join(out, "hugo", "layouts", "_default")
    os.makedirs(layouts, exist_ok=True)
    page = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n"
    open(os.path.join(layouts, "baseof.html"), "w").write(page)
    open(os.path.join(layouts, "single.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n')
    open(os.path.join(layouts, "list.html"), "w").write('{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    open(os.path.join(out, "hugo", "config.toml"), "w").write('baseURL = "https://example.org/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    size = sum(os.path.getsize(os.path.join(out, "seeds", name)) for name in os.listdir(os.path.join(out, "seeds")))
    print(json.dumps({"articles": count, "words": words, "bytes": size}))


if __name__ == "__main__":
    main()
