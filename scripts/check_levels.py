#!/usr/bin/env python3
"""Checks the rubric level descriptors of the cases (cases/*.json), as written by hand:
every criterion has scale + 1 levels; each level keeps its leading word (Absent, Insuffisant,
Partiel, Satisfaisant, Maîtrisé on a scale of 4) followed by " : "; no level is the old
template that only quoted the criterion's text; no two criteria of a case share their levels,
nor two levels of a criterion their descriptor; French punctuation as the case files write it
(a space before : ; ? !, no double space, a final full stop).

Checks only: it writes nothing. Exit 0 when every case passes, 1 otherwise (one line per
problem, with the case, the criterion and the level). Usage: python3 scripts/check_levels.py
[CASE.json ...] (default: every case in cases/ but the examiner and example files).
"""

import json
import re
import sys
from pathlib import Path

WORDS = ["Absent", "Insuffisant", "Partiel", "Satisfaisant", "Maîtrisé"]

# What the old template wrote around the criterion's text.
TEMPLATE = [
    "rien dans le travail ne répond au critère",
    "est à peine abordé, ou avec des erreurs",
    "est en partie atteint, avec des manques importants",
    "est atteint, avec des manques mineurs",
    "est pleinement atteint, de façon précise et justifiée",
]


def problems(path):
    case = json.loads(Path(path).read_text(encoding="utf-8"))
    seen = {}
    for exercise in case["exercises"]:
        for criterion in exercise.get("rubric", []):
            where = f"{path}: {criterion['id']}"
            levels = criterion.get("levels", [])
            scale = criterion["scale"]
            if len(levels) != scale + 1:
                yield f"{where}: {len(levels)} levels for a scale of {scale}"
            key = tuple(levels)
            if key in seen:
                yield f"{where}: same levels as {seen[key]}"
            seen[key] = criterion["id"]
            bodies = set()
            quoted = f"« {criterion['text']} »"
            for score, level in enumerate(levels):
                at = f"{where} level {score}"
                if scale == len(WORDS) - 1:
                    word = WORDS[score]
                    if not level.startswith(word + " : "):
                        yield f"{at}: does not start with « {word} : »"
                word, _, body = level.partition(" : ")
                if quoted in level or criterion["text"] in level:
                    yield f"{at}: quotes the criterion's text (the old template)"
                for phrase in TEMPLATE:
                    if phrase in level:
                        yield f"{at}: the old template (« {phrase} »)"
                if len(body.split()) < 3:
                    yield f"{at}: no descriptor after the leading word"
                if body in bodies:
                    yield f"{at}: the same descriptor as another level"
                bodies.add(body)
                if re.search(r"[^\s][:;?!](\s|$)", level):
                    yield f"{at}: no space before : ; ? or !"
                if "  " in level or level != level.strip():
                    yield f"{at}: double or stray space"
                if not level.endswith("."):
                    yield f"{at}: no final full stop"
                if "’" in level:
                    yield f"{at}: curly apostrophe (the cases write ')"


def main(argv):
    paths = argv[1:] or sorted(
        str(p)
        for p in Path(__file__).resolve().parent.parent.joinpath("cases").glob("*.json")
        if not p.name.endswith((".examiner.json", ".example.json"))
        and p.name != "referentiel.json"
    )
    found = [p for path in paths for p in problems(path)]
    for line in found:
        print(line)
    count = sum(
        len(e.get("rubric", []))
        for path in paths
        for e in json.loads(Path(path).read_text(encoding="utf-8"))["exercises"]
    )
    print(f"{len(paths)} case(s), {count} criteria, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
