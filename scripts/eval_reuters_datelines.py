"""Dateline accuracy of :func:`dipnews.header.parse_header` on Reuters-21578.

Usage::

    python scripts/eval_reuters_datelines.py /work/shared/corpora/reuters21578.jsonl [--show N]

Reads the JSONL corpus (fields ``text``, ``published``, ``gold_dateline_place``,
``gold_dateline_date``), skips rows whose gold is null, parses each text with
``parse_header(text, published=date.fromisoformat(row["published"]))`` and prints the
place accuracy, the date accuracy and the rate of texts with no dateline found. With
``--show N`` it also prints up to N failures of each kind.

The collection writes a dateline's place as it stands, country and all (``TAUPO, New
Zealand``); dipnews gives the city without a trailing country or a second place
(:func:`dipnews.header.dateline.city_of`: ``TAUPO``, while ``RICHMOND, Va.`` keeps its
state). The place accuracy compares with the gold cut the same way; the accuracy
against the gold as written is printed too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from dipnews.header import parse_header
from dipnews.header.dateline import city_of


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="reuters21578.jsonl")
    parser.add_argument("--show", type=int, default=0, help="print up to N failures")
    args = parser.parse_args(argv)

    total = place_ok = written_ok = date_ok = missing = 0
    place_fail: list[tuple[str, str, str | None]] = []
    date_fail: list[tuple[str, str, str | None]] = []
    started = time.perf_counter()
    with args.path.open(encoding="utf-8") as lines:
        for raw in lines:
            row = json.loads(raw)
            gold_place, gold_date = row.get("gold_dateline_place"), row.get("gold_dateline_date")
            if gold_place is None or gold_date is None:
                continue
            total += 1
            header = parse_header(row["text"], published=dt.date.fromisoformat(row["published"]))
            line = header.dateline
            if line is None:
                missing += 1
            got_place = line.place if line else None
            got_date = line.date.isoformat() if line and line.date else None
            written_ok += got_place == gold_place
            if got_place == city_of(gold_place):
                place_ok += 1
            else:
                place_fail.append((row["text"][:70], gold_place, got_place))
            if got_date == gold_date:
                date_ok += 1
            else:
                date_fail.append((row["text"][:70], gold_date, got_date))
    elapsed = time.perf_counter() - started
    if total == 0:
        print("no rows with a gold dateline", file=sys.stderr)
        return 1
    print(f"rows with gold dateline: {total}")
    print(f"place accuracy: {place_ok / total:.4f} ({place_ok}/{total})")
    print(
        f"  against the place as the collection writes it (with its country): "
        f"{written_ok / total:.4f} ({written_ok}/{total})"
    )
    print(f"date accuracy:  {date_ok / total:.4f} ({date_ok}/{total})")
    print(f"no dateline found: {missing}")
    print(f"time: {elapsed:.1f}s ({1000 * elapsed / total:.2f} ms per text)")
    for title, fails in (("place", place_fail), ("date", date_fail)):
        for text, gold, got in fails[: args.show]:
            print(f"[{title}] gold={gold!r} got={got!r} text={text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
