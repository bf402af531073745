"""The progress line of a batch on a terminal: count, percentage, rate and time left."""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO

__all__ = ["Progress", "count_total"]


class Progress:
    """A one-line progress display (count, rate, ETA) on a terminal; nothing otherwise."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, done: int, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.shown < 0.2:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        parts = [f"{done}" if self.total is None else f"{done}/{self.total}"]
        if self.total:
            parts.append(f"{100 * done / self.total:3.0f}%")
        parts.append(f"{rate:,.1f} articles/s")
        if self.total and rate > 0 and not final:
            left = max(self.total - done, 0) / rate
            parts.append(f"ETA {int(left) // 60}:{int(left) % 60:02d}")
        end = "\n" if final else ""
        self.stream.write("\r\x1b[K" + "  ".join(parts) + end)
        self.stream.flush()


def count_total(source: str | Path) -> int | None:
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for p in path.rglob("*.txt") if p.is_file())
    count = 0
    with path.open("rb") as handle:
        for raw in handle:
            count += bool(raw.strip())
    return count
