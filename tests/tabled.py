"""Officials from a table written for a test, and events extracted with them: the event
tests exercise the events component's rules, not the officials resolver, while dates,
forums and the header come from their components as a user gets them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from dipnews import forums, header
from dipnews.events import Extraction, extract
from dipnews.records import Official

#: One person: the pattern of their mentions, canonical name, country and role.
Person = tuple[str, str, str, str]


class People:
    """The officials of *table* mentioned in a text, the first pattern to claim a stretch
    keeping it."""

    def __init__(self, table: Sequence[Person]) -> None:
        self._compiled = [(regex.compile(p), n, c, r) for p, n, c, r in table]

    def officials(self, text: str) -> list[Official]:
        found: list[Official] = []
        taken: list[tuple[int, int]] = []
        for pattern, name, country, role in self._compiled:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Official(name, m.group(), country, role, None, m.start(), m.end()))
        return sorted(found, key=lambda o: o.start)

    def extract(self, text: str, published: dt.date | None = None) -> Extraction:
        """:func:`dipnews.events.extract` of *text* with these officials."""
        head = header.parse_header(text)
        return extract(
            text,
            published=published or head.published,
            officials=self.officials(text),
            forums=forums.find(text),
            dateline=head.dateline,
        )
