"""The year of an expression written without one: dipnews's year-inference rule.

A date, a range, a part of a month or a month without a year (``September 27``, ``Nov
30-Dec 2``, ``early December``, ``in December``) is read in each of the nine years from
four before the anchor's to four after it (enough to find the nearest 29 February), and
the reading nearest the anchor that agrees with the tense of its clause wins:

* in a *past* clause the reading must start on or before the anchor;
* in a *future* clause it must end on or after the anchor;
* with no tense (or the present) any reading will do.

When no reading agrees with the tense, the tense is ignored. The distance is zero for a
reading that holds the anchor, else the days from the anchor to its nearer end; of two
readings equally near, the later one wins. ``last``/``next`` before a month
(:func:`nearest_reading` with *strict*) ask for a reading wholly before or wholly after
the anchor, whatever the tense.

:func:`infer_year` applies the rule to a day of a month, for any component that reads a
date without a year (it is exported as :func:`dipnews.temporal.infer_year`):

>>> import datetime as dt
>>> from dipnews.temporal import infer_year
>>> nov17 = dt.date(2025, 11, 17)
>>> infer_year(12, 5, nov17), infer_year(12, 5, nov17, "past")
(datetime.date(2025, 12, 5), datetime.date(2024, 12, 5))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from dipnews._text import check_date
from dipnews.temporal.tense import Tense, check_tense

__all__ = [
    "YEARS_AROUND",
    "Reading",
    "distance",
    "infer_year",
    "nearest_day",
    "nearest_reading",
    "safe_date",
]

#: How many years either side of the anchor's a year-less expression is read in.
YEARS_AROUND = 4

#: A reading of an expression in one year: ``(start, end, precision)``, made a
#: :class:`~dipnews.records.DateSpan` once chosen.
Reading = tuple[dt.date, dt.date, str]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` where the calendar has none (31 April, 29 February of a
    common year, a year outside 1-9999)."""
    if not 1 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def distance(reading: Reading, anchor: dt.date) -> int:
    """Days from *anchor* to the nearer end of *reading*; zero when it holds *anchor*."""
    start, end, _ = reading
    if start <= anchor <= end:
        return 0
    if anchor < start:
        return (start - anchor).days
    return (anchor - end).days


def nearest_reading(
    anchor: dt.date,
    tense: Tense | None,
    make: Callable[[int], Reading | None],
    *,
    strict: Literal["before", "after"] | None = None,
) -> Reading | None:
    """The reading of a year-less expression nearest *anchor* that agrees with *tense*.

    *make* gives the expression's reading in a year, or ``None`` where it has none that
    year. *strict* keeps only the readings that end before (``"before"``) or start after
    (``"after"``) the anchor, and then *tense* is not asked.
    """
    candidates = [
        s
        for y in range(anchor.year - YEARS_AROUND, anchor.year + YEARS_AROUND + 1)
        if (s := make(y))
    ]
    if strict == "before":
        candidates = [s for s in candidates if s[1] < anchor]
    elif strict == "after":
        candidates = [s for s in candidates if s[0] > anchor]
    elif tense == "past":
        candidates = [s for s in candidates if s[0] <= anchor] or candidates
    elif tense == "future":
        candidates = [s for s in candidates if s[1] >= anchor] or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda s: (distance(s, anchor), -s[0].toordinal()))


def infer_year(
    month: int,
    day: int,
    anchor: dt.date | None,
    tense: Tense | None = None,
    *,
    weekday: int | None = None,
) -> dt.date | None:
    """The date meant by day *day* of month *month*, written without a year in a text of
    *anchor* (the article's published date), in a clause of tense *tense*.

    The year is the one of the nine around the anchor's (four either side) that puts the
    date nearest *anchor*: on or before it in a ``"past"`` clause, on or after it in a
    ``"future"`` one (when no such year gives the date, the tense is ignored), and of two
    dates equally near, the later. *weekday* (``0`` for Monday, as
    :meth:`datetime.date.weekday` counts) keeps only the years in which the date falls
    on that weekday (``Monday, November 17``).

    Returns ``None`` without an anchor (dipnews never invents a year) and where no year
    of the nine gives the date: 31 April, or 29 February with no leap year within four
    of the anchor's.

    >>> import datetime as dt
    >>> from dipnews.temporal import infer_year
    >>> june = dt.date(2026, 6, 1)
    >>> infer_year(2, 29, june), infer_year(2, 29, june, "past")
    (datetime.date(2028, 2, 29), datetime.date(2024, 2, 29))
    >>> infer_year(12, 31, dt.date(2026, 1, 1))
    datetime.date(2025, 12, 31)
    >>> infer_year(11, 17, june, weekday=0)  # the nearest Monday, 17 November
    datetime.date(2025, 11, 17)
    >>> print(infer_year(4, 31, june), infer_year(5, 1, None))
    None None

    Raises :class:`~dipnews.errors.InputTypeError` when *anchor* is not a date and
    :class:`~dipnews.errors.InputError` when *tense* is not one of
    :data:`~dipnews.temporal.TENSES` or ``None``.
    """
    anchor = check_date(anchor, what="anchor")
    check_tense(tense)
    if anchor is None:
        return None
    return nearest_day(month, day, anchor, tense, weekday)


def nearest_day(
    month: int, day: int, anchor: dt.date, tense: Tense | None, weekday: int | None = None
) -> dt.date | None:
    """:func:`infer_year` without checking its arguments (for callers that have)."""

    def reading(year: int) -> Reading | None:
        found = safe_date(year, month, day)
        if found is None or (weekday is not None and found.weekday() != weekday):
            return None
        return found, found, "day"

    nearest = nearest_reading(anchor, tense, reading)
    return None if nearest is None else nearest[0]
