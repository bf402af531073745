"""Scanning a text: every rule tried where it may start, the longest readings kept."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from dipnews import _engine
from dipnews.temporal.interpret import Candidate
from dipnews.temporal.rules import PATTERNS
from dipnews.temporal.specs import Spec
from dipnews.temporal.starts import starts

__all__ = ["select"]


def _candidates(text: str, *, full: bool = False) -> Iterator[tuple[int, int, int, Spec]]:
    if full:
        for index, (grammar, build) in enumerate(PATTERNS):
            for m in grammar.on(text).finditer(text):
                found = build(m)
                if found is not None and found[1] > found[0]:
                    yield found[0], found[1], index, found[2]
        return
    resume = [0] * len(PATTERNS)  # where each pattern's finditer would search on from
    fast = _engine.plain(text)  # asked once: a short text is read each time it is asked
    patterns = [(grammar.pick(fast), build) for grammar, build in PATTERNS]
    for pos, indices in starts(text):
        for index in indices:
            if pos < resume[index]:
                continue
            pattern, build = patterns[index]
            hit = pattern.match(text, pos)
            if hit is None:
                continue
            resume[index] = hit.end()
            found = build(hit)
            if found is not None and found[1] > found[0]:
                yield found[0], found[1], index, found[2]


def select(text: str, *, full: bool = False) -> list[Candidate]:
    """Non-overlapping candidates, longest first (ties: earlier, then pattern order).

    *full* scans the whole text with every pattern instead of trying each only where it
    can start (the results are the same; tests compare them).
    """
    ranked = sorted(_candidates(text, full=full), key=lambda c: (c[0] - c[1], c[0], c[2]))
    starts_: list[int] = []
    chosen: list[Candidate] = []
    for start, end, _index, spec in ranked:
        i = bisect.bisect_right(starts_, start)
        if i > 0 and chosen[i - 1][1] > start:
            continue
        if i < len(chosen) and chosen[i][0] < end:
            continue
        starts_.insert(i, start)
        chosen.insert(i, (start, end, spec))
    return chosen
