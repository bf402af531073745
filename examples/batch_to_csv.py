"""Turn a batch of articles into a CSV of events (one row per event).

Run: python examples/batch_to_csv.py [INPUT] [EVENTS.csv]

INPUT is a folder of .txt files or a JSONL file (default: the sample articles in seeds/).
The CSV has the article id, the event kind, status, participants, dates, place, forum,
CAMEO and PLOVER codes, and the sentence that is its evidence. Printed to standard output
unless a file name is given.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path

from dipnews.batch import run_batch

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COLUMNS = [
    "article",
    "kind",
    "status",
    "participants",
    "start",
    "end",
    "precision",
    "place",
    "forum",
    "cameo",
    "plover",
    "evidence",
]


def rows(jsonl: Path) -> list[dict[str, str]]:
    out = []
    with jsonl.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for event in article["events"]:
                date = event["date"] or {}
                forum = event["forum"]
                out.append(
                    {
                        "article": str(article["id"]),
                        "kind": event["kind"],
                        "status": event["status"],
                        "participants": "; ".join(event["participants"]),
                        "start": date.get("start", ""),
                        "end": date.get("end", ""),
                        "precision": date.get("precision", ""),
                        "place": event["place"] or "",
                        "forum": "" if forum is None else forum["org"],
                        "cameo": event["cameo"],
                        "plover": event["plover"],
                        "evidence": " ".join(event["surface"].split()),
                    }
                )
    return out


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS
    with tempfile.TemporaryDirectory() as scratch:
        jsonl = Path(scratch) / "articles.jsonl"
        report = run_batch(source, jsonl)
        table = rows(jsonl)
    if len(sys.argv) > 2:
        with Path(sys.argv[2]).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(table)
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(table)
    print(f"{report.written} articles, {len(table)} events", file=sys.stderr)
    return report.exit_status


if __name__ == "__main__":
    sys.exit(main())
