"""Evaluate :func:`dipnews.officials.resolve` on the officials development sets.

Usage::

    python scripts/eval_officials.py [devset/officials_sentences.jsonl ...]

Each JSONL line is ``{"id", "published", "text", "officials": [...]}`` with gold
officials in the contract's shape. Predictions are paired with gold mentions one to one,
by greatest character overlap. For each field the script prints precision (correct
predictions / predictions), recall (correct / gold mentions) and F1:

- ``span``: exact start and end;
- ``name``: same name key (:func:`dipnews.names.name_key`: case, diacritics and
  transliteration variants folded); ``name~`` accepts any form of the same person
  (:func:`dipnews.names.same_person`, so ``S. Jaishankar`` counts for ``Subrahmanyam
  Jaishankar``);
- ``country``, ``role``: equal values;
- ``title``: same folded title (``None`` equals ``None``);
- ``mention``: the pairing itself (any overlap).

With ``--errors`` it also lists every missed, spurious or wrong mention.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dipnews import names
from dipnews.officials import resolve
from dipnews.officials.tables import title_key
from dipnews.records import Official

DEFAULT = ("devset/officials_sentences.jsonl", "devset/officials_articles.jsonl")
FIELDS = ("mention", "span", "name", "name~", "country", "role", "title")


def _title(value: object) -> str | None:
    return None if value is None else title_key(str(value))


CHECKS: dict[str, Callable[[Official, dict[str, Any]], bool]] = {
    "mention": lambda p, g: True,
    "span": lambda p, g: (p.start, p.end) == (g["start"], g["end"]),
    "name": lambda p, g: names.name_key(p.name) == names.name_key(g["name"]),
    "name~": lambda p, g: (
        names.name_key(p.name) == names.name_key(g["name"]) or names.same_person(p.name, g["name"])
    ),
    "country": lambda p, g: p.country == g["country"],
    "role": lambda p, g: p.role == g["role"],
    "title": lambda p, g: _title(p.title) == _title(g["title"]),
}


def _pair(
    predicted: list[Official], gold: list[dict[str, Any]]
) -> list[tuple[Official, dict[str, Any]]]:
    """Pairs with the greatest overlap first; each side used at most once."""
    options = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = min(p.end, g["end"]) - max(p.start, g["start"])
            if overlap > 0:
                options.append((-overlap, i, j))
    options.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in options:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def evaluate(paths: list[str], *, show_errors: bool = False) -> dict[str, tuple[int, int, int]]:
    """Counts per field: (correct, predicted, gold)."""
    counts = {f: [0, 0, 0] for f in FIELDS}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            published = dt.date.fromisoformat(item["published"]) if item["published"] else None
            predicted = resolve(item["text"], published=published)
            gold = item["officials"]
            pairs = _pair(predicted, gold)
            for field in FIELDS:
                counts[field][1] += len(predicted)
                counts[field][2] += len(gold)
                counts[field][0] += sum(CHECKS[field](p, g) for p, g in pairs)
            if show_errors:
                _report(item["id"], predicted, gold, pairs)
    return {f: (c[0], c[1], c[2]) for f, c in counts.items()}


def _report(
    ident: str,
    predicted: list[Official],
    gold: list[dict[str, Any]],
    pairs: list[tuple[Official, dict[str, Any]]],
) -> None:
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for g in gold:
        if id(g) not in paired_g:
            print(f"{ident}  MISSED    {g['surface']!r} {g['name']} {g['country']} {g['role']}")
    for p in predicted:
        if id(p) not in paired_p:
            print(f"{ident}  SPURIOUS  {p.surface!r} {p.name} {p.country} {p.role}")
    for p, g in pairs:
        wrong = [f for f in FIELDS if f != "name~" and not CHECKS[f](p, g)]
        if wrong:
            got = {"span": p.surface, "name": p.name, "country": p.country}
            got |= {"role": p.role, "title": p.title}
            detail = ", ".join(
                f"{f}: {got[f]!r} != {g['surface' if f == 'span' else f]!r}" for f in wrong
            )
            print(f"{ident}  WRONG     {g['surface']!r}: {detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", default=list(DEFAULT))
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    counts = evaluate(args.paths, show_errors=args.errors)
    print(f"{'field':<9}{'P':>8}{'R':>8}{'F1':>8}   correct/predicted/gold")
    for field, (correct, predicted, gold) in counts.items():
        p = correct / predicted if predicted else 0.0
        r = correct / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:<9}{p:>8.3f}{r:>8.3f}{f1:>8.3f}   {correct}/{predicted}/{gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
