"""Scanning a text: every rule tried where it may open, the longest readings kept."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from dipnews import _engine
from dipnews.temporal.interpret import Candidate
from dipnews.temporal.rules import RULES, Rule
from dipnews.temporal.specs import Spec
from dipnews.temporal.starts import OPENINGS, Openings

__all__ = ["SCANNER", "Scanner", "select"]


class Scanner:
    """Finds the expressions of a text with *rules*, tried where their openings say."""

    def __init__(self, rules: Sequence[Rule], openings: Openings | None = None) -> None:
        self.rules = tuple(rules)
        self.openings = Openings(self.rules) if openings is None else openings

    def select(self, text: str, *, full: bool = False) -> list[Candidate]:
        """Non-overlapping candidates, longest first (ties: the earlier, then the one of
        the earlier rule), in text order.

        *full* scans the whole text with every rule instead of trying each only where it
        can open (the results are the same; tests compare them).
        """
        found = self._everywhere(text) if full else self._candidates(text)
        ranked = sorted(found, key=lambda c: (c[0] - c[1], c[0], c[2]))
        starts: list[int] = []
        chosen: list[Candidate] = []
        for start, end, _rank, spec in ranked:
            i = bisect.bisect_right(starts, start)
            if i > 0 and chosen[i - 1][1] > start:
                continue
            if i < len(chosen) and chosen[i][0] < end:
                continue
            starts.insert(i, start)
            chosen.insert(i, (start, end, spec))
        return chosen

    def _candidates(self, text: str) -> Iterator[tuple[int, int, int, Spec]]:
        """``(start, end, rank, spec)`` of each rule's matches, tried where it may open."""
        resume = [0] * len(self.rules)  # where each rule's finditer would search on from
        fast = _engine.plain(text)  # asked once: a short text is read each time it is asked
        rules = [(rule.grammar.pick(fast), rule.build) for rule in self.rules]
        for pos, ranks in self.openings.starts(text):
            for rank in ranks:
                if pos < resume[rank]:
                    continue
                pattern, build = rules[rank]
                hit = pattern.match(text, pos)
                if hit is None:
                    continue
                resume[rank] = hit.end()
                found = build(hit)
                if found is not None and found[1] > found[0]:
                    yield found[0], found[1], rank, found[2]

    def _everywhere(self, text: str) -> Iterator[tuple[int, int, int, Spec]]:
        """The same as :meth:`_candidates`, scanning every position with every rule."""
        for rank, rule in enumerate(self.rules):
            for m in rule.grammar.on(text).finditer(text):
                found = rule.build(m)
                if found is not None and found[1] > found[0]:
                    yield found[0], found[1], rank, found[2]


#: The scanner of :data:`~dipnews.temporal.rules.RULES`.
SCANNER = Scanner(RULES, OPENINGS)


def select(text: str, *, full: bool = False) -> list[Candidate]:
    """:meth:`Scanner.select` with the rules of :data:`~dipnews.temporal.rules.RULES`."""
    return SCANNER.select(text, full=full)
