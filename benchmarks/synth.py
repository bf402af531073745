"""Synthetic articles for the benchmarks: seed-sized, varied, reproducible.

Each article is a wire dateline in one of several house styles (place, date, agency
varied) followed by paragraphs drawn from the sample articles in ``seeds/``, so its size
and density of names, forums and dates are those of a real article while the texts differ.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PLACES = [
    "New Delhi",
    "MOSCOW",
    "Beijing",
    "ISLAMABAD",
    "Tokyo",
    "SEOUL",
    "Abu Dhabi",
    "Ankara",
    "Kuala Lumpur",
    "Berlin",
    "Nairobi",
    "Brasilia",
    "Geneva",
    "UNITED NATIONS",
    "Jakarta",
]
STYLES = [
    "{place}, {mon} {day} (IANS) ",
    "{place}, {mon} {day} (Reuters) - ",
    "{place} ({agency}) — ",
    "{place}, {mon}. {day} (Xinhua) -- ",
    "{place}, {day} {month} (Anadolu) - ",
    "{place}: ",
]
AGENCIES = ["AP", "AFP", "PTI", "TASS", "Kyodo", "Yonhap", "WAM", "Bernama", "APP", "dpa"]


def _paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
        paras.extend(b for b in blocks[1:] if len(b) > 80)
    return paras


def articles(count: int, *, seed: int = 7, paragraphs: int = 10) -> Iterator[str]:
    """*count* synthetic articles of about *paragraphs* paragraphs each."""
    rng = random.Random(seed)
    pool = _paragraphs()
    start = dt.date(2024, 1, 1)
    for _ in range(count):
        day = start + dt.timedelta(days=rng.randrange(700))
        head = rng.choice(STYLES).format(
            place=rng.choice(PLACES),
            mon=day.strftime("%b"),
            month=day.strftime("%B"),
            day=day.day,
            agency=rng.choice(AGENCIES),
        )
        body = "\n\n".join(rng.sample(pool, min(paragraphs, len(pool))))
        yield f" date {day.isoformat()} {head}{body}\n"


def long_article(factor: int, *, seed: int = 11) -> str:
    """One article about *factor* times the length of a seed-sized one."""
    return "\n\n".join(articles(factor, seed=seed))


def write_jsonl(path: Path, count: int, *, seed: int = 7) -> Path:
    """Write *count* synthetic articles as a JSONL batch input."""
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(articles(count, seed=seed)):
            out.write(json.dumps({"id": f"s{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return path
