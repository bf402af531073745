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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from dipnews.records import DateSpan
from dipnews.temporal.tense import Tense

__all__ = ["YEARS_AROUND", "Reading", "distance", "nearest_reading", "safe_date"]

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
) -> DateSpan | None:
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
    return DateSpan(*min(candidates, key=lambda s: (distance(s, anchor), -s[0].toordinal())))
