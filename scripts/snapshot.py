"""Record, or check against a record, what ``dipnews.parse`` returns on a fixed corpus.

A refactoring or speed-up that should not change any output is checked with it::

    python scripts/snapshot.py write /tmp/before.jsonl   # on the old code
    python scripts/snapshot.py check /tmp/before.jsonl   # on the new code

The corpus is every text of ``seeds/`` and ``devset/``, the synthetic articles of
``benchmarks/synth.py`` and, when ``--reuters FILE`` is given, the first ``--limit``
stories of that JSONL file (``../shared/corpora/reuters21578.jsonl``). ``check`` prints
each text whose record differs, with the first differing key, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import dipnews
from dipnews.contract import to_dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402


def _texts(reuters: Path | None, limit: int) -> Iterator[tuple[str, str, dt.date | None]]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8"), None
    for path in sorted((ROOT / "devset").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            if isinstance(row.get("text"), str):
                published = row.get("published") or row.get("anchor")
                when = dt.date.fromisoformat(published) if published else None
                yield f"{path.name}:{number}", row["text"], when
    for number, text in enumerate(synth.articles(200), 1):
        yield f"synth:{number}", text, None
    if reuters is not None:
        with reuters.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if number > limit:
                    break
                yield f"reuters:{number}", json.loads(line)["text"], None


def _records(reuters: Path | None, limit: int) -> Iterator[dict[str, object]]:
    for key, text, when in _texts(reuters, limit):
        yield {"key": key, "record": to_dict(dipnews.parse(text, published=when))}


def _first_difference(a: object, b: object, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} items, now {len(b)}"
    return f"{path}: {json.dumps(a)[:200]} -> {json.dumps(b)[:200]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--reuters", type=Path, help="a Reuters-21578 JSONL file")
    parser.add_argument("--limit", type=int, default=1000, help="stories read from it")
    args = parser.parse_args(argv)
    if args.action == "write":
        with args.file.open("w", encoding="utf-8") as out:
            count = 0
            for row in _records(args.reuters, args.limit):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        print(f"{count} records written to {args.file}")
        return 0
    before = {}
    for line in args.file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        before[row["key"]] = row["record"]
    differ = 0
    seen = 0
    for row in _records(args.reuters, args.limit):
        seen += 1
        old = before.get(str(row["key"]))
        if old != row["record"]:
            differ += 1
            print(f"{row['key']}: {_first_difference(old, row['record'])}")
    print(f"{seen} records, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
