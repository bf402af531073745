"""Batch a folder of articles into JSONL, in order, with bad inputs reported.

Run: python examples/batch_folder.py [FOLDER] [OUTPUT.jsonl]

Without arguments it copies the sample articles in seeds/ into a temporary folder, adds
one empty file to show how a bad input is reported, and batches that folder on two
processes. The same as: dipnews batch FOLDER -o OUTPUT.jsonl --jobs 2 --errors-file ...
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from dipnews.batch import run_batch

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        if len(sys.argv) > 1:
            folder = Path(sys.argv[1])
        else:
            folder = work / "articles"
            shutil.copytree(SEEDS, folder)
            (folder / "empty.txt").write_text("\n", encoding="utf-8")
        output = Path(sys.argv[2]) if len(sys.argv) > 2 else work / "articles.jsonl"
        errors = output.with_suffix(".errors.jsonl")
        report = run_batch(folder, output, jobs=2, errors_file=errors)
        print(f"{report.written} written, {report.failed} failed -> {output}")
        with output.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                where = (record["dateline"] or {}).get("surface", "-")
                print(
                    f"{record['id']}: published {record['published']}, dateline {where!r}, "
                    f"{len(record['officials'])} officials, {len(record['events'])} events"
                )
        for line in errors.read_text(encoding="utf-8").splitlines():
            bad = json.loads(line)
            print(f"failed: {bad['id']} ({bad['kind']}: {bad['error']})")
    return 0


if __name__ == "__main__":  # the guard matters: worker processes import this module
    sys.exit(main())
