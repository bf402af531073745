"""Precision and recall of :func:`dipnews.header.parse_header` per field on the dev set.

Usage::

    python scripts/eval_header.py [devset/headers.jsonl] [--show]

Each line of the dev set holds ``text``, ``published_param`` (an ISO date passed as
``published=`` or null) and ``gold`` with ``published``, ``place``, ``date``, ``agency``
(the dateline's), ``byline`` and ``agencies`` (lists). Single-valued fields count a true
positive when the prediction equals the gold value, a false positive when a value is
predicted that is not the gold one, and a false negative when a gold value is not
predicted; list fields are scored item by item. ``--show`` prints every disagreement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dipnews.header import parse_header

SCALARS = ("published", "place", "date", "agency")
LISTS = ("byline", "agencies")
DEFAULT = Path(__file__).resolve().parent.parent / "devset" / "headers.jsonl"


def predict(row: dict[str, Any]) -> dict[str, Any]:
    """The header fields of one dev-set row, in the gold's JSON form."""
    param = row.get("published_param")
    h = parse_header(row["text"], published=dt.date.fromisoformat(param) if param else None)
    line = h.dateline
    return {
        "published": h.published.isoformat() if h.published else None,
        "place": line.place if line else None,
        "date": line.date.isoformat() if line and line.date else None,
        "agency": line.agency if line else None,
        "byline": list(h.byline),
        "agencies": list(h.agencies),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        gold, got = row["gold"], predict(row)
        for field in SCALARS:
            g, p = gold[field], got[field]
            if p is not None and p == g:
                tp[field] += 1
            else:
                if p is not None:
                    fp[field] += 1
                if g is not None:
                    fn[field] += 1
        for field in LISTS:
            g_items, p_items = Counter(gold[field]), Counter(got[field])
            tp[field] += sum((g_items & p_items).values())
            fp[field] += sum((p_items - g_items).values())
            fn[field] += sum((g_items - p_items).values())
        if args.show:
            for field in (*SCALARS, *LISTS):
                if gold[field] != got[field]:
                    print(f"{row['id']} {field}: gold={gold[field]!r} got={got[field]!r}")
    print(f"dev set: {args.path} ({len(rows)} headers)")
    print(f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for field in (*SCALARS, *LISTS):
        t, f_p, f_n = tp[field], fp[field], fn[field]
        precision = t / (t + f_p) if t + f_p else 1.0
        recall = t / (t + f_n) if t + f_n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{field:<10} {precision:6.3f} {recall:6.3f} {f1:6.3f} {t:4d} {f_p:3d} {f_n:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
