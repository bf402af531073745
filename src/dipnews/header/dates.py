"""The header's dates: the parts of a written date, and the full date they resolve to.

A date the header reads (in a metadata line, a footer or a dateline) is first cut into
:data:`DateParts`, ``(year or None, month, day)``, by :func:`date_parts`; :func:`resolve`
then gives the full date, taking a missing year from an anchor date by dipnews's one year
rule, :func:`dipnews.temporal.infer_year` (the nearest reading; a dateline's date has no
tense of its own).

>>> import datetime as dt
>>> from dipnews.header.grammar import DATE_RE
>>> date_parts(DATE_RE.fullmatch("Dec 31")), date_parts(DATE_RE.fullmatch("2025-11-17"))
((None, 12, 31), (2025, 11, 17))
>>> resolve((None, 12, 31), dt.date(2026, 1, 1))
datetime.date(2025, 12, 31)
"""

from __future__ import annotations

import datetime as dt

import regex

from dipnews._calendar import month_number
from dipnews.temporal.years import infer_year

__all__ = ["DateParts", "date_parts", "resolve"]

#: A written date: its year (``None`` when the text omits it), month and day.
DateParts = tuple[int | None, int, int]


def date_parts(m: regex.Match[str]) -> DateParts | None:
    """(year or None, month, day) from a match of :data:`~dipnews.header.grammar.DATE`,
    or None if no such day exists."""
    if m.group("numeric_year"):
        year: int | None = int(m.group("numeric_year"))
        month, day = int(m.group("numeric_month")), int(m.group("numeric_day"))
    else:
        month_no = month_number(m.group("month"))
        if month_no is None:  # pragma: no cover - the pattern only admits month names
            return None
        month, day = month_no, int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return year, month, day


def resolve(parts: DateParts, anchor: dt.date | None) -> dt.date | None:
    """A full date: the stated year, else the one :func:`dipnews.temporal.infer_year`
    gives for *anchor* (the reading nearest it); ``None`` without a year or an anchor.

    >>> import datetime as dt
    >>> resolve((None, 1, 2), dt.date(2025, 12, 30)), resolve((None, 2, 29), dt.date(2026, 6, 1))
    (datetime.date(2026, 1, 2), datetime.date(2028, 2, 29))
    """
    year, month, day = parts
    if year is not None:
        return dt.date(year, month, day)
    if anchor is None:
        return None
    return infer_year(month, day, anchor)
