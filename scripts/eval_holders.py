"""Evaluate the country table, name folding and the office-holder table.

Usage::

    python scripts/eval_holders.py [--errors]

Two measurements:

1. ``devset/names_holders.jsonl``: mentions written as wire services write them, with the
   gold answer. Kinds: ``canonical`` (:func:`dipnews.holders.canonical_name` of a mention;
   gold ``null`` for people not in the table or bare ambiguous surnames), ``same_person``
   (:func:`dipnews.names.same_person`), ``country`` (:func:`dipnews.countries.code_for`)
   and ``place`` (:func:`dipnews.countries.code_for_place`). For each kind: precision
   (correct non-null answers / non-null answers), recall (correct non-null answers / gold
   non-null) and F1; for ``same_person``, accuracy on true and false pairs.
2. The officials development sets (``devset/officials_*.jsonl``, written for the officials
   component): for each gold official with a published date, whether the person is known
   (``known``) and whether :func:`dipnews.holders.at` on that date answers that person for
   that country and role (``office``), among officials whose role the table covers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from dipnews import countries, holders, names

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "devset" / "names_holders.jsonl"
OFFICIALS = (
    ROOT / "devset" / "officials_sentences.jsonl",
    ROOT / "devset" / "officials_articles.jsonl",
)
COVERED_ROLES = {
    "HEAD_OF_STATE",
    "HEAD_OF_GOVERNMENT",
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "ORG_HEAD",
}


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _prf(tp: int, answered: int, gold: int) -> str:
    p = tp / answered if answered else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} answered={answered} gold={gold})"


def eval_devset(show: bool) -> None:
    items = _read(DEVSET)
    lookups = {
        "canonical": lambda it: holders.canonical_name(it["mention"]),
        "country": lambda it: countries.code_for(it["text"]),
        "place": lambda it: countries.code_for_place(it["text"]),
    }
    for kind, lookup in lookups.items():
        tp = answered = gold = wrong_none = 0
        for item in (i for i in items if i["kind"] == kind):
            got = lookup(item)
            answered += got is not None
            gold += item["gold"] is not None
            tp += got is not None and got == item["gold"]
            wrong_none += item["gold"] is None and got is None
            if show and got != item["gold"]:
                print(
                    f"  {kind} {item['id']}: {item.get('mention') or item.get('text')!r} "
                    f"gold={item['gold']!r} got={got!r}"
                )
        print(f"{kind:12} {_prf(tp, answered, gold)}; correct nulls={wrong_none}")
    pairs = [i for i in items if i["kind"] == "same_person"]
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for item in pairs:
        got = names.same_person(item["a"], item["b"])
        total[item["gold"]] += 1
        right[item["gold"]] += got == item["gold"]
        if show and got != item["gold"]:
            print(f"  same_person {item['id']}: {item['a']!r} / {item['b']!r} gold={item['gold']}")
    print(
        f"same_person  accuracy={(right[True] + right[False]) / len(pairs):.3f} "
        f"(same {right[True]}/{total[True]}, different {right[False]}/{total[False]})"
    )


def eval_officials(show: bool) -> None:
    known = office = considered = 0
    for path in OFFICIALS:
        if not path.exists():
            continue
        for doc in _read(path):
            published = doc.get("published")
            if not published:
                continue
            day = dt.date.fromisoformat(published)
            for gold in doc.get("officials", []):
                if gold.get("role") not in COVERED_ROLES or not gold.get("name"):
                    continue
                considered += 1
                person = holders.canonical_name(gold["name"])
                known += person is not None
                found = [h.person for h in holders.at(gold["country"], gold["role"], day)]
                hit = person in found or any(names.same_person(gold["name"], p) for p in found)
                office += hit
                if show and not hit:
                    print(
                        f"  office {doc.get('id')}: {gold['name']} {gold['country']} "
                        f"{gold['role']} {published}: table says {found}"
                    )
    if considered:
        print(
            f"officials devsets: {considered} gold officials in covered roles; "
            f"person known {known / considered:.3f}, office on that date {office / considered:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    eval_devset(args.errors)
    eval_officials(args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
