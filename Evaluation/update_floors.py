#!/usr/bin/env python3
"""Sets floors.json from a totals file written by `score.py --json`: each rate's floor is its value
rounded down to two places, each count's ceiling is its value. Run after a change that moved the
scores on purpose, and say in the commit which moved and why."""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
totals = json.load(open(sys.argv[1], encoding="utf-8"))
floors = {}
for part, values in totals.items():
    floors[part] = {}
    for key, value in values.items():
        if value is None:
            continue
        floors[part][key] = math.floor(value * 100 + 1e-9) / 100 if isinstance(value, float) else value
json.dump(floors, open(os.path.join(HERE, "floors.json"), "w", encoding="utf-8"), indent=2, sort_keys=True)
print(open(os.path.join(HERE, "floors.json"), encoding="utf-8").read())
