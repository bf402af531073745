"""What a matched expression means: a spec, resolved to a span against an anchor and a tense.

A rule (:mod:`dipnews.temporal.rules`) turns a match into one of these frozen records;
:func:`resolve_spec` resolves it once the anchor and the tense of its clause are known.
Specs of year-less expressions take their year from :mod:`dipnews.temporal.years`.
:attr:`needs_tense` says whether the tense could change the span (so that the clause is
read only then).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Protocol

import attrs

from dipnews.records import DateSpan
from dipnews.temporal.tense import Tense
from dipnews.temporal.years import Reading, nearest_day, nearest_reading, safe_date

__all__ = [
    "DaySpec",
    "MonthSpec",
    "RangeSpec",
    "RelativePartSpec",
    "RelativeSpec",
    "Spec",
    "WeekdaySpec",
    "YearSpec",
    "resolve_spec",
]

_ONE_DAY = dt.timedelta(days=1)


class Spec(Protocol):
    """What an expression means, before the anchor and the tense are known."""

    @property
    def needs_tense(self) -> bool: ...

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None: ...


def resolve_spec(spec: Spec, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
    """*spec* resolved, or ``None`` where the span would leave the calendar.

    Near the ends of the calendar (an anchor in year 1 or 9999) ``next week`` or ``last
    Monday`` falls outside what :class:`datetime.date` can hold: such an expression is
    found but stays unresolved rather than raising :class:`OverflowError`.
    """
    try:
        return spec.resolve(anchor, tense)
    except (OverflowError, ValueError):
        return None


def _span(reading: Reading | None) -> DateSpan | None:
    return None if reading is None else DateSpan(*reading)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@attrs.frozen
class DaySpec:
    """One day: ``November 17, 2025``, ``Monday, November 17``, ``17/11/2025``."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None

    @property
    def needs_tense(self) -> bool:
        return self.year is None

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if self.year is not None:
            day = safe_date(self.year, self.month, self.day)
        elif anchor is None:
            return None
        else:
            day = nearest_day(self.month, self.day, anchor, tense, self.weekday)
            if day is None and self.weekday is not None:
                # The weekday contradicts every nearby year: trust the day and month.
                day = nearest_day(self.month, self.day, anchor, tense)
        return None if day is None else DateSpan.day(day)


@attrs.frozen
class RangeSpec:
    """A range of days: ``November 17-18``, ``Nov 30-Dec 2``, ``from 23 December to 8
    January`` (a year written only at the end belongs to the end)."""

    month1: int
    day1: int
    month2: int
    day2: int
    year1: int | None = None
    year2: int | None = None

    @property
    def needs_tense(self) -> bool:
        return self.year1 is None and self.year2 is None

    @property
    def _rolls(self) -> bool:
        """Whether the range crosses a year boundary (it ends in the year after)."""
        return (self.month2, self.day2) < (self.month1, self.day1)

    def _make(self, year: int) -> Reading | None:
        return self._reading(year, year + 1 if self._rolls else year)

    def _reading(self, year1: int, year2: int) -> Reading | None:
        start = safe_date(year1, self.month1, self.day1)
        end = safe_date(year2, self.month2, self.day2)
        if start is None or end is None or end < start:
            return None
        return start, end, "day" if start == end else "days"

    def _build(self, year1: int, year2: int) -> DateSpan | None:
        return _span(self._reading(year1, year2))

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        roll = 1 if self._rolls else 0
        if self.year1 is not None:
            return self._build(self.year1, self.year2 if self.year2 else self.year1 + roll)
        if self.year2 is not None:
            return self._build(self.year2 - roll, self.year2)
        return None if anchor is None else _span(nearest_reading(anchor, tense, self._make))


def _part_bounds(part: str, last: int) -> tuple[int, int]:
    """The first and last day of the part of a month (*last*: the month's last day)."""
    return {
        "early": (1, 10),
        "beginning": (1, 10),
        "start": (1, 10),
        "mid": (11, 20),
        "middle": (11, 20),
        "late": (21, last),
        "end": (21, last),
        "first half": (1, 15),
        "second half": (16, last),
        "latter half": (16, last),
        "first week": (1, 7),
        "second week": (8, 14),
        "third week": (15, 21),
        "fourth week": (22, 28),
        "last week": (last - 6, last),
        "final week": (last - 6, last),
    }[part]


@attrs.frozen
class MonthSpec:
    """A month or a part of one: ``February 2025``, ``in December``, ``last December``,
    ``July last year``, ``early December``, ``the first week of May``."""

    month: int
    year: int | None = None
    part: str | None = None
    modifier: str | None = None
    shift: int | None = None  # "July last year": -1

    @property
    def needs_tense(self) -> bool:
        return self.year is None and self.modifier is None and self.shift is None

    def _reading(self, year: int) -> Reading | None:
        if not 1 <= year <= 9999:
            return None
        last = _last_day(year, self.month)
        if self.part is None:
            lo, hi, precision = 1, last, "month"
        else:
            (lo, hi), precision = _part_bounds(self.part, last), "part-of-month"
        return dt.date(year, self.month, lo), dt.date(year, self.month, hi), precision

    def _make(self, year: int) -> DateSpan | None:
        return _span(self._reading(year))

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if self.year is not None:
            return self._make(self.year)
        if anchor is None:
            return None
        if self.shift is not None:
            return self._make(anchor.year + self.shift)
        if self.modifier == "this":
            return self._make(anchor.year)
        if self.modifier in ("last", "previous", "past"):
            return _span(nearest_reading(anchor, None, self._reading, strict="before"))
        if self.modifier in ("next", "coming"):
            return _span(nearest_reading(anchor, None, self._reading, strict="after"))
        return _span(nearest_reading(anchor, tense, self._reading))


@attrs.frozen
class RelativePartSpec:
    """A part of a month counted from the anchor's: ``the end of the month``, ``early
    next month``."""

    part: str
    shift: int  # months from the anchor's month
    needs_tense: bool = False

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if anchor is None:
            return None
        try:
            first = _add_months(anchor, self.shift)
        except ValueError:
            return None
        return MonthSpec(first.month, first.year, self.part).resolve(anchor, tense)


@attrs.frozen
class YearSpec:
    """A year: ``in 2000``, ``since 2021``."""

    year: int
    needs_tense: bool = False

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        return DateSpan(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31), "year")


@attrs.frozen
class WeekdaySpec:
    """A weekday: ``Monday``, ``last Wednesday``, ``next Tuesday``, ``this Friday``."""

    weekday: int
    modifier: str | None = None

    @property
    def needs_tense(self) -> bool:
        return self.modifier is None

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if anchor is None:
            return None
        ahead = (self.weekday - anchor.weekday()) % 7
        back = (anchor.weekday() - self.weekday) % 7
        if self.modifier in ("last", "past", "previous"):
            return DateSpan.day(anchor - dt.timedelta(days=back or 7))
        if self.modifier in ("next", "coming"):
            return DateSpan.day(anchor + dt.timedelta(days=ahead or 7))
        if self.modifier == "this":
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return DateSpan.day(monday + dt.timedelta(days=self.weekday))
        if tense == "past":
            return DateSpan.day(anchor - dt.timedelta(days=back))
        if tense == "future":
            return DateSpan.day(anchor + dt.timedelta(days=ahead))
        if ahead <= back:
            return DateSpan.day(anchor + dt.timedelta(days=ahead))
        return DateSpan.day(anchor - dt.timedelta(days=back))


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and the Sunday of the week of *day*."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month of *day*."""
    return day.replace(day=1), day.replace(day=_last_day(day.year, day.month))


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month *months* after that of *day*."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# Relative words naming a day, by days from the anchor.
_DAYS_FROM_ANCHOR = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_SHIFT_OF_WHEN = {"last": -1, "previous": -1, "next": 1, "coming": 1}


@attrs.frozen
class RelativeSpec:
    """An expression counted from the anchor: ``today``, ``next week``, ``earlier this
    month``, ``late last year``, ``three days ago``."""

    key: str  # normalised: "today", "last week", "earlier this month", "ago day", ...
    count: int = 0
    needs_tense: bool = False

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if anchor is None:
            return None
        try:
            return self._resolve(anchor)
        except (ValueError, OverflowError):
            return None  # the anchor is at the edge of the calendar

    def _resolve(self, anchor: dt.date) -> DateSpan | None:
        key = self.key
        if key in _DAYS_FROM_ANCHOR:
            return DateSpan.day(anchor + dt.timedelta(days=_DAYS_FROM_ANCHOR[key]))
        if key.startswith("ago "):
            return self._ago(anchor, key[4:])
        when, _, unit = key.rpartition(" ")
        shift = _SHIFT_OF_WHEN.get(when, 0)
        if unit in ("week", "weekend"):
            return _week_of(anchor, when, unit, shift)
        if unit == "month":
            return _month_of(anchor, when, shift)
        return _year_of(anchor, when, shift)

    def _ago(self, anchor: dt.date, unit: str) -> DateSpan:
        """``N days ago`` is a day, ``N weeks ago`` the week holding the day ``7N`` days
        before, ``N months ago`` a month, ``N years ago`` a year."""
        if unit == "day":
            return DateSpan.day(anchor - dt.timedelta(days=self.count))
        if unit == "week":
            return DateSpan(*_week(anchor - dt.timedelta(weeks=self.count)), "days")
        if unit == "month":
            return DateSpan(*_month_span(_add_months(anchor, -self.count)), "month")
        return DateSpan(
            dt.date(anchor.year - self.count, 1, 1),
            dt.date(anchor.year - self.count, 12, 31),
            "year",
        )


#: The words that keep the part of a week, month or year before or after the anchor.
_PART_OF = ("earlier this", "later this")


def _before_or_after(
    first: dt.date, last: dt.date, anchor: dt.date, when: str
) -> tuple[dt.date, dt.date]:
    """The span *first*..*last*, cut at *anchor* for ``earlier this`` (up to the day
    before it) and ``later this`` (from the day after it), and never empty."""
    if when == "earlier this":
        return first, max(first, anchor - _ONE_DAY)
    if when == "later this":
        return min(last, anchor + _ONE_DAY), last
    return first, last


def _week_of(anchor: dt.date, when: str, unit: str, shift: int) -> DateSpan:
    """``this/next/last week``, ``earlier/later this week``, ``this weekend``..."""
    monday, sunday = _week(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return DateSpan(sunday - _ONE_DAY, sunday, "days")
    return DateSpan(*_before_or_after(monday, sunday, anchor, when), "days")


def _month_of(anchor: dt.date, when: str, shift: int) -> DateSpan:
    """``this/next/last month``, ``earlier/later this month`` (part of a month)."""
    first, last = _month_span(_add_months(anchor, shift))
    grain = "part-of-month" if when in _PART_OF else "month"
    return DateSpan(*_before_or_after(first, last, anchor, when), grain)


def _year_of(anchor: dt.date, when: str, shift: int) -> DateSpan:
    """``this/next/last year``, ``earlier/later this year``, ``late last year``..."""
    year = anchor.year + shift
    first = dt.date(year, 1, 1)
    return DateSpan(*_before_or_after(first, dt.date(year, 12, 31), anchor, when), "year")
