"""Turn a batch of articles into a CSV of events (one row per event).

Run: python examples/batch_to_csv.py [INPUT] [EVENTS.csv]

INPUT is a folder of .txt files or a JSONL file (default: the sample articles in seeds/).
The CSV has the columns of ``dipnews.dataset.COLUMNS["events"]``: the article id and
date, the event's kind, status, dates, participants (and the first two as source and
target), place, forum, CAMEO and PLOVER codes, and the sentence that is its evidence.
Printed to standard output unless a file name is given. ``dipnews table`` does the same
on the command line.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from dipnews import dataset
from dipnews.batch import run_batch

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS
    with tempfile.TemporaryDirectory() as scratch:
        jsonl = Path(scratch) / "articles.jsonl"
        report = run_batch(source, jsonl)
        with jsonl.open(encoding="utf-8") as lines:
            articles = [json.loads(line) for line in lines]
    events = list(dataset.rows(articles, "events"))
    target = sys.argv[2] if len(sys.argv) > 2 else sys.stdout
    dataset.write("events", events, target)
    print(f"{report.written} articles, {len(events)} events", file=sys.stderr)
    return report.exit_status


if __name__ == "__main__":
    sys.exit(main())
