"""Score :func:`dipnews.temporal.find` against the hand-annotated ``devset/timexes.jsonl``.

Each line of the dev set holds ``text``, ``anchor`` (ISO date or null) and the gold
``timexes`` (``surface``, ``start``, ``end``, ``span``). Printed figures:

* detection, exact span: a found expression counts when its offsets equal a gold one's;
* detection, overlap: when it overlaps a gold one (each gold matched at most once);
* resolution, end to end: a found expression counts when its offsets *and* its span
  (start, end, precision) equal a gold one's;
* resolution accuracy on the expressions whose offsets match exactly.

Figures are printed per ``split``: ``tune`` sentences were used while developing the
rules; ``heldout`` and then ``heldout2`` sentences were written and annotated later, each
batch scored once before any change it prompted, so their first scores (in
``docs/temporal.rst``) are the honest estimate.

Usage: ``python scripts/eval_temporal.py [devset/timexes.jsonl] [--errors]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from dipnews.temporal import find

DEFAULT = Path(__file__).resolve().parent.parent / "devset" / "timexes.jsonl"


def prf(tp: int, found: int, gold: int) -> str:
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} found={found} gold={gold})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list every miss and mistake")
    args = parser.parse_args()

    rows: list[dict[str, Any]] = [
        json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line
    ]
    print(f"dev set: {args.path.name}, {len(rows)} sentences")
    errors: list[str] = []
    splits = list(dict.fromkeys(row.get("split", "all") for row in rows))
    for split in [*splits, "all"] if len(splits) > 1 else splits:
        chosen = [r for r in rows if split in ("all", r.get("split", "all"))]
        report(split, chosen, errors if split == "all" or len(splits) == 1 else [])
    if args.errors:
        print()
        print("\n".join(errors) if errors else "no errors")


def report(split: str, rows: list[dict[str, Any]], errors: list[str]) -> None:
    """Score *rows* and print the figures under the heading *split*; collect *errors*."""
    n_gold = n_found = exact = overlap = resolved = 0
    for row in rows:
        text, anchor = row["text"], row["anchor"]
        found = find(text, anchor=dt.date.fromisoformat(anchor) if anchor else None)
        gold = row["timexes"]
        for g in gold:
            assert text[g["start"] : g["end"]] == g["surface"], (row["id"], g)
        n_gold += len(gold)
        n_found += len(found)
        by_offsets = {(g["start"], g["end"]): g for g in gold}
        unmatched = list(gold)
        for x in found:
            span = x.span.to_dict() if x.span else None
            g = by_offsets.get((x.start, x.end))
            if g is not None:
                exact += 1
                if span == g["span"]:
                    resolved += 1
                else:
                    errors.append(f"{row['id']} WRONG {x.surface!r}: {span} != gold {g['span']}")
            else:
                errors.append(f"{row['id']} EXTRA {x.surface!r} {x.start}:{x.end} -> {span}")
            for g2 in unmatched:
                if x.start < g2["end"] and g2["start"] < x.end:
                    overlap += 1
                    unmatched.remove(g2)
                    break
        found_offsets = {(x.start, x.end) for x in found}
        for g in gold:
            if (g["start"], g["end"]) not in found_offsets:
                errors.append(f"{row['id']} MISSED {g['surface']!r} (gold {g['span']})")

    print(f"\n[{split}] {len(rows)} sentences, {n_gold} gold expressions")
    print(f"  detection (exact span):    {prf(exact, n_found, n_gold)}")
    print(f"  detection (overlap):       {prf(overlap, n_found, n_gold)}")
    print(f"  resolution (end to end):   {prf(resolved, n_found, n_gold)}")
    accuracy = resolved / exact if exact else 0.0
    print(f"  resolution accuracy on exact matches: {accuracy:.3f} ({resolved}/{exact})")


if __name__ == "__main__":
    main()
