"""Score :func:`dipnews.forums.find` against the hand-annotated forum development set.

Usage::

    python scripts/eval_forums.py [devset/forums.jsonl] [--errors]

Each line of the development set is ``{"id", "style", "text", "mentions": [...]}`` where a
mention is the contract's forum object with offsets (``org``, ``body``, ``edition``,
``place``, ``surface``, ``start``, ``end``). Rows carry a ``split``: ``dev`` rows were
used while writing the rules, ``heldout``, ``heldout2`` and ``heldout3`` rows were written
afterwards and each scored once before any change they prompted. Scores are printed per
split and overall, each as precision, recall and F1 over mentions:

- ``exact``: same span and the same ``org``, ``body``, ``edition`` and ``place``;
- ``identity``: same span and the same ``org`` and ``body`` (edition and place ignored);
- ``overlap``: overlapping spans with the same ``org`` (lenient about where a name ends).

The set annotates the contract's forums only: mentions of organisations that extend the
contract's keys (:data:`dipnews.forums.EXTENSION_KEYS`: ``UNESCO``, ``OECD``...) are left
out of the predictions, as the real-article scorer leaves them out.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dipnews.forums import EXTENSION_KEYS, find

Mention = dict[str, Any]
Match = Callable[[Mention, Mention], bool]


def _exact(g: Mention, p: Mention) -> bool:
    keys = ("org", "body", "edition", "place", "start", "end")
    return all(g[k] == p[k] for k in keys)


def _identity(g: Mention, p: Mention) -> bool:
    return all(g[k] == p[k] for k in ("org", "body", "start", "end"))


def _overlap(g: Mention, p: Mention) -> bool:
    return bool(g["org"] == p["org"] and g["start"] < p["end"] and p["start"] < g["end"])


def _count(gold: list[Mention], pred: list[Mention], match: Match) -> int:
    """Matched pairs, each gold and predicted mention used at most once."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and match(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def _prf(hits: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_pred if n_pred else 1.0
    r = hits / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    path: Path, *, split: str | None = None, show_errors: bool = False
) -> dict[str, tuple[float, float, float]]:
    """Scores for the rows of *split* (all if ``None``); prints mismatches if *show_errors*."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if split is None or r.get("split") == split]
    scorers: dict[str, Match] = {"exact": _exact, "identity": _identity, "overlap": _overlap}
    hits = dict.fromkeys(scorers, 0)
    n_gold = n_pred = 0
    for row in rows:
        text = row["text"]
        gold: list[Mention] = row["mentions"]
        for g in gold:
            assert text[g["start"] : g["end"]] == g["surface"], (row["id"], g)
        pred: list[Mention] = [
            {**m.forum.to_dict(), "surface": m.surface, "start": m.start, "end": m.end}
            for m in find(text)
            if m.forum.org not in EXTENSION_KEYS
        ]
        n_gold += len(gold)
        n_pred += len(pred)
        for name, scorer in scorers.items():
            hits[name] += _count(gold, pred, scorer)
        if show_errors and _count(gold, pred, _exact) != max(len(gold), len(pred)):
            print(f"--- {row['id']} ({row['style']})")
            for g in gold:
                if not any(_exact(g, p) for p in pred):
                    print("  missed:  ", _fmt(g))
            for p in pred:
                if not any(_exact(g, p) for g in gold):
                    print("  spurious:", _fmt(p))
    label = "all" if split is None else split
    print(f"[{label}] {len(rows)} texts, {n_gold} gold mentions, {n_pred} predicted")
    scores = {}
    for name in scorers:
        prec, rec, f1 = _prf(hits[name], n_pred, n_gold)
        scores[name] = (prec, rec, f1)
        print(f"{name:9s} precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    return scores


def _fmt(m: Mention) -> str:
    return f"{m['org']}/{m['body']} ed={m['edition']} place={m['place']} {m['surface']!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "devset" / "forums.jsonl"
    parser.add_argument("path", nargs="?", type=Path, default=default)
    parser.add_argument("--errors", action="store_true", help="print every mismatch")
    args = parser.parse_args()
    for split in ("dev", "heldout", "heldout2", "heldout3", "heldout4", None):
        evaluate(args.path, split=split, show_errors=args.errors and split is not None)


if __name__ == "__main__":
    main()
