"""The article's own date: a metadata line at the head, else a newspaper's footer.

:func:`scan_metadata` reads the head lines in order for a metadata date (``Published:
17 November 2025``, ``date 2025-11-17``, a bare ``2025-11-17 21:05:30`` stamp, also after
a ``|`` in a byline line), keeping the best-ranked one, and notes where each line's
content starts after it (a dateline may follow on the same line). :func:`footer_date`
reads ``Published in Dawn, November 17th, 2025`` in the tail.

>>> from dipnews.header.layout import head_lines
>>> text = " date 2025-11-17 New Delhi, Nov 17 (IANS) The ministers met."
>>> scan = scan_metadata(text, list(head_lines(text)))
>>> scan.date, scan.surface.surface, [text[s:e][:9] for s, e, _ in scan.content]
(datetime.date(2025, 11, 17), '2025-11-17', ['New Delhi'])
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import regex

from dipnews.header.agencies import canonical_agency
from dipnews.header.dates import DateParts, date_parts
from dipnews.header.grammar import BARE_STAMP_RE, DATE_RE, FOOTER_RE, META_LINE_RE
from dipnews.header.layout import TAIL_CHARS, TOP_CHARS, TOP_LINES
from dipnews.header.spans import split_at
from dipnews.header.vocabulary import is_role
from dipnews.records import DateSpan, TimeExpression

__all__ = ["MetadataScan", "footer_date", "scan_metadata"]

#: The rank of a metadata line no line has: any line found beats it.
_NO_RANK = 9


@dataclasses.dataclass(slots=True)
class MetadataScan:
    """What :func:`scan_metadata` finds in the head lines."""

    #: The metadata date, or None.
    date: dt.date | None = None
    #: The date as written, with its offsets.
    surface: TimeExpression | None = None
    #: ``(start, end, index of line)`` of each head line's content after its metadata.
    content: list[tuple[int, int, int]] = dataclasses.field(default_factory=list)
    #: The indices of the lines that open with a metadata date.
    metadata_lines: set[int] = dataclasses.field(default_factory=set)
    #: The rank of :attr:`date`'s line: 0 ``Published``/``Date``, 1 a bare stamp, 2
    #: ``Updated``; a lower rank wins.
    rank: int = _NO_RANK


def scan_metadata(text: str, lines: list[tuple[int, int]]) -> MetadataScan:
    """The metadata date of the head *lines*, and where each line's content starts."""
    scan = MetadataScan()
    for i, (s, e) in enumerate(lines):
        content_start = s
        if i >= TOP_LINES or s >= TOP_CHARS:
            scan.content.append((s, e, i))
            continue
        for start, _end in split_at(text, s, e, "|"):
            while start < e and text[start] in " \t\u00a0":
                start += 1
            found = _metadata_at(text, start, e)
            if found is None:
                continue
            m, parts = found
            _keep_if_better(scan, m, parts)
            if start == s:
                content_start = m.end()
                scan.metadata_lines.add(i)
        while content_start < e and text[content_start].isspace():
            content_start += 1
        if content_start < e and not (content_start > s and text[content_start] == "|"):
            scan.content.append((content_start, e, i))
    return scan


def _keep_if_better(scan: MetadataScan, m: regex.Match[str], parts: DateParts) -> None:
    """Make the date of *m* the scan's date if its line ranks better than the one kept."""
    key = m.group("key").casefold()
    rank = 2 if "updat" in key or "modif" in key else 1 if not key else 0
    if rank < scan.rank:
        day = dt.date(parts[0] or 1, parts[1], parts[2])
        scan.date = day
        scan.surface = TimeExpression(
            m.group("date"), m.start("date"), m.end("date"), DateSpan.day(day)
        )
        scan.rank = rank


def _metadata_at(text: str, s: int, e: int) -> tuple[regex.Match[str], DateParts] | None:
    """A metadata line starting at *s* (a labelled date, or a stamp filling the line up to
    *e*) whose date has a year: its match and the date's parts."""
    m = META_LINE_RE.match(text, s, e)
    if m is None:
        m = BARE_STAMP_RE.match(text, s, e)
        if m is None or m.end() != e:
            return None
        outlet = m.group("outlet")
        if outlet is not None and not (is_role(outlet) or canonical_agency(outlet.strip())):
            return None  # "Moscow, Nov 17, 2025" is a dateline, "Ahram Online, ..." is not
    whole = DATE_RE.fullmatch(m.group("date"))
    parts = date_parts(whole) if whole else None
    if parts is None or parts[0] is None:
        return None
    return m, parts


def footer_date(text: str) -> tuple[dt.date, TimeExpression] | None:
    """The date of the first newspaper footer in the tail that gives a whole date, and
    the date as written."""
    tail_start = max(0, len(text) - TAIL_CHARS)
    for m in FOOTER_RE.on(text).finditer(text, tail_start):
        whole = DATE_RE.fullmatch(m.group("date"))
        parts = date_parts(whole) if whole else None
        if parts is not None and parts[0] is not None:
            day = dt.date(parts[0], parts[1], parts[2])
            return day, TimeExpression(m.group("date"), *m.span("date"), DateSpan.day(day))
    return None
