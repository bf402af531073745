"""Temporal expressions: find them with offsets and resolve them against an anchor date.

The anchor is the article's published date. :func:`find` returns every expression in a
text, in order and without overlaps (the longest reading wins), each with its character
offsets and, where it can be resolved, a :class:`~dipnews.records.DateSpan`:

>>> import datetime as dt
>>> from dipnews.temporal import find
>>> text = "The ministers met on September 27 and will meet again on November 17–18."
>>> for x in find(text, anchor=dt.date(2025, 11, 10)):
...     print(x.surface, x.span.to_dict() if x.span else None)
September 27 {'start': '2025-09-27', 'end': '2025-09-27', 'precision': 'day'}
November 17–18 {'start': '2025-11-17', 'end': '2025-11-18', 'precision': 'days'}

**What is recognised.**

* Full dates in either order, with or without weekday and year: ``November 17, 2025``,
  ``17 Nov 2025``, ``Nov. 17``, ``17th September 2020``, ``the 17th of November``,
  ``Monday, November 17``, ``17-Nov-2025``, ISO ``2025-11-17``, and numeric ``17/11/2025`` or
  ``17.11.2025`` only where the reading is unambiguous (one part above 12).
* Ranges of days: ``November 17–18``, ``August 19-21, 2025``, ``17-18 November``,
  ``Nov 30-Dec 2``, ``from July 7 to 8``, ``between 5 and 6 December``,
  ``from 23 December to 8 January``, ``February 15 and 16`` (precision ``days``).
  ``from``/``between`` belong to the surface of a range joined by a word (``to``,
  ``and``); a lone preposition (``on``, ``in``, ``since``) never belongs to a surface.
* Parts of months (precision ``part-of-month``): ``early December`` (1st–10th),
  ``mid-July``/``the middle of July`` (11th–20th), ``late June``/``end of June``/
  ``end-June`` (21st–last day), ``the first week of December`` (1st–7th, then 8th–14th,
  15th–21st, 22nd–28th; ``the last week`` is the final seven days), ``the first half of
  May`` (1st–15th); also of relative months: ``the end of the month``, ``early next
  month``.
* Months: ``February 2025``, ``in December`` (the month name needs a preposition or a
  modifier before it, so ``Long March`` or ``may visit`` are not dates), ``last
  December``, ``Putin's December visit``, ``July last year``; years after a preposition
  or ``the end of``: ``in 2000``, ``since 2021``, ``by the end of 2026`` (the year).
* Weekdays: ``Monday``, ``last Wednesday``, ``next Tuesday``, ``this Friday``;
  abbreviations such as ``Sun``, ``Sat`` or ``Wed`` only with a dot or before a date.
* Relative expressions: ``today``, ``tonight``, ``yesterday``, ``tomorrow``, ``this
  week``/``next week``/``last week``, ``this weekend``, ``earlier this month``, ``later
  this month``, ``last month``, ``next month``, ``this year``, ``earlier this year``,
  ``later this year``, ``last year``, ``next year``, ``late last year`` (the year),
  ``three days ago``, ``a week ago``.

Month and weekday names must be capitalised (``May``, ``MAY``, not ``may``); numbers
count as days only next to a month name, so ``44 Indian nationals``, ``S-400`` or
``2+2`` are never dates.

**Resolution rules.**

Dates with an explicit year resolve on their own. Everything else needs the anchor;
without one its ``span`` is ``None`` (dipnews never invents a year).

**Year inference.** A date, range, part of a month or month without a year takes the
reading nearest the anchor among those that agree with the tense of its clause (see
:func:`tense_at`): in a past clause the reading must start on or before the anchor, in a
future clause it must end on or after the anchor; with no tense cue (or the present) the
nearest reading wins, ties going to the future. With a November 2025 anchor, ``will
visit in December`` is December 2025, ``met on September 27`` is September 2025 and
``met in December`` is December 2024. ``last``/``next`` before a month demand a month
wholly before/after the anchor; ``this`` takes the anchor's year.

A range across a year boundary (``from 23 December to 8 January``, ``Dec 30-Jan 2``)
ends in the year after it starts; a year written only at the end of a range belongs to
its end.

**Weekdays.** ``last <weekday>`` is the most recent such day strictly before the anchor
and ``next <weekday>`` (or ``coming``) the first strictly after; ``this <weekday>`` is
that day of the anchor's Monday-to-Sunday week. A bare weekday may be the anchor day
itself (``is set to meet ... on Monday`` in an article of a Monday is that Monday, as is
``met on Monday``); otherwise it is the nearest such day in the direction of the
clause's tense, and with no tense cue the nearest one (two candidates are never equally
far).

**Relative words** count from the anchor: weeks run Monday to Sunday; ``earlier this
month`` runs from the 1st to the day before the anchor (``part-of-month``), ``later this
year`` from the day after the anchor to 31 December (``year``); ``N days ago`` is a day,
``N weeks ago`` the Monday-to-Sunday week containing the day ``7N`` days before.

All patterns are compiled once at import; every match is bounded, so :func:`find` runs
in time linear in the length of the text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Literal, Protocol

import attrs
import regex

from dipnews import _engine
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._engine import Grammar, Match
from dipnews._patterns import literal_trie
from dipnews._text import check_date, check_text
from dipnews.errors import InputError
from dipnews.records import DateSpan, TimeExpression

__all__ = ["TENSES", "Tense", "find", "resolve", "tense_at"]

#: The tense of a clause as :func:`tense_at` reports it.
Tense = Literal["past", "future", "present"]

#: The values of :data:`Tense`, in that order.
TENSES: tuple[Tense, ...] = ("past", "future", "present")

_ONE_DAY = dt.timedelta(days=1)

# --------------------------------------------------------------------------------------
# Resolution specs: what a match means, resolved lazily against an anchor and a tense.
# --------------------------------------------------------------------------------------


class _Spec(Protocol):
    @property
    def needs_tense(self) -> bool: ...

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None: ...


# A reading of an expression: (start, end, precision), made a DateSpan once chosen.
_Reading = tuple[dt.date, dt.date, str]


def _distance(span: _Reading, anchor: dt.date) -> int:
    start, end, _ = span
    if start <= anchor <= end:
        return 0
    if anchor < start:
        return (start - anchor).days
    return (anchor - end).days


def _infer(
    anchor: dt.date,
    tense: Tense | None,
    make: Callable[[int], _Reading | None],
    *,
    strict: Literal["before", "after"] | None = None,
) -> DateSpan | None:
    """The reading of a year-less expression nearest *anchor* that agrees with *tense*."""
    candidates = [s for y in range(anchor.year - 4, anchor.year + 5) if (s := make(y))]
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
    return DateSpan(*min(candidates, key=lambda s: (_distance(s, anchor), -s[0].toordinal())))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@attrs.frozen
class _DaySpec:
    month: int
    day: int
    year: int | None = None
    weekday: int | None = None

    @property
    def needs_tense(self) -> bool:
        return self.year is None

    def _make(self, year: int) -> _Reading | None:
        day = _safe_date(year, self.month, self.day)
        if day is None or (self.weekday is not None and day.weekday() != self.weekday):
            return None
        return day, day, "day"

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        if self.year is not None:
            day = _safe_date(self.year, self.month, self.day)
            return None if day is None else DateSpan.day(day)
        if anchor is None:
            return None
        found = _infer(anchor, tense, self._make)
        if found is None and self.weekday is not None:
            # The weekday contradicts every nearby year: trust the day and month.
            return _DaySpec(self.month, self.day).resolve(anchor, tense)
        return found


@attrs.frozen
class _RangeSpec:
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
        return (self.month2, self.day2) < (self.month1, self.day1)

    def _make(self, year: int) -> _Reading | None:
        return self._reading(year, year + 1 if self._rolls else year)

    def _reading(self, year1: int, year2: int) -> _Reading | None:
        start = _safe_date(year1, self.month1, self.day1)
        end = _safe_date(year2, self.month2, self.day2)
        if start is None or end is None or end < start:
            return None
        return start, end, "day" if start == end else "days"

    def _build(self, year1: int, year2: int) -> DateSpan | None:
        found = self._reading(year1, year2)
        return None if found is None else DateSpan(*found)

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        roll = 1 if self._rolls else 0
        if self.year1 is not None:
            return self._build(self.year1, self.year2 if self.year2 else self.year1 + roll)
        if self.year2 is not None:
            return self._build(self.year2 - roll, self.year2)
        return None if anchor is None else _infer(anchor, tense, self._make)


def _part_bounds(part: str, last: int) -> tuple[int, int]:
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
class _MonthSpec:
    month: int
    year: int | None = None
    part: str | None = None
    modifier: str | None = None
    shift: int | None = None  # "July last year": -1

    @property
    def needs_tense(self) -> bool:
        return self.year is None and self.modifier is None and self.shift is None

    def _reading(self, year: int) -> _Reading | None:
        if not 1 <= year <= 9999:
            return None
        last = _last_day(year, self.month)
        if self.part is None:
            lo, hi, precision = 1, last, "month"
        else:
            (lo, hi), precision = _part_bounds(self.part, last), "part-of-month"
        return dt.date(year, self.month, lo), dt.date(year, self.month, hi), precision

    def _make(self, year: int) -> DateSpan | None:
        found = self._reading(year)
        return None if found is None else DateSpan(*found)

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
            return _infer(anchor, None, self._reading, strict="before")
        if self.modifier in ("next", "coming"):
            return _infer(anchor, None, self._reading, strict="after")
        return _infer(anchor, tense, self._reading)


@attrs.frozen
class _RelativePartSpec:
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
        return _MonthSpec(first.month, first.year, self.part).resolve(anchor, tense)


@attrs.frozen
class _YearSpec:
    year: int
    needs_tense: bool = False

    def resolve(self, anchor: dt.date | None, tense: Tense | None) -> DateSpan | None:
        return DateSpan(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31), "year")


@attrs.frozen
class _WeekdaySpec:
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
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    return day.replace(day=1), day.replace(day=_last_day(day.year, day.month))


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@attrs.frozen
class _RelativeSpec:
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
        days = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }
        if key in days:
            return DateSpan.day(anchor + dt.timedelta(days=days[key]))
        if key.startswith("ago "):
            unit = key[4:]
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
        when, _, unit = key.rpartition(" ")
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(when, 0)
        if unit in ("week", "weekend"):
            monday, sunday = _week(anchor + dt.timedelta(weeks=shift))
            if unit == "weekend":
                return DateSpan(sunday - _ONE_DAY, sunday, "days")
            if when == "earlier this":
                return DateSpan(monday, max(monday, anchor - _ONE_DAY), "days")
            if when == "later this":
                return DateSpan(min(sunday, anchor + _ONE_DAY), sunday, "days")
            return DateSpan(monday, sunday, "days")
        if unit == "month":
            first, last = _month_span(_add_months(anchor, shift))
            if when == "earlier this":
                return DateSpan(first, max(first, anchor - _ONE_DAY), "part-of-month")
            if when == "later this":
                return DateSpan(min(last, anchor + _ONE_DAY), last, "part-of-month")
            return DateSpan(first, last, "month")
        year = anchor.year + shift
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if when == "earlier this":
            first, last = first, max(first, anchor - _ONE_DAY)
        elif when == "later this":
            first = min(last, anchor + _ONE_DAY)
        return DateSpan(first, last, "year")


# --------------------------------------------------------------------------------------
# Grammar. Each pattern is compiled once; a builder turns a match into a candidate.
# --------------------------------------------------------------------------------------


def _spellings(names: dict[str, int]) -> list[str]:
    # The strings dipnews._calendar's MONTH_PATTERN/WEEKDAY_PATTERN match: every name, and
    # an abbreviation (four letters at most, bar "may") also with a dot. As a prefix trie
    # the alternation fails at the first impossible letter instead of trying every name
    # (the same strings, the longer still preferred where one extends another).
    return [*names, *(n + "." for n in names if len(n) <= 4 and n != "may")]


_FULL_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
_FULL_MONTH_PATTERN = literal_trie(_FULL_MONTHS)
_FULL_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)
_MONTH_TRIE = literal_trie(_spellings(MONTHS))
_WEEKDAY_TRIE = literal_trie(_spellings(WEEKDAYS))

_MON = rf"(?:{_MONTH_TRIE})(?!\w)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:1[6-9]|2[01])\d\d(?![\w])"
_DAY_LEFT = r"(?<![\w.,:/+\-–])"
_S = r"\s{1,3}"
_YEAR_TAIL = rf"(?:\s{{0,3}},\s{{0,3}}|{_S})"
_DASH = r"\s{0,3}[-–—‐‑]\s{0,3}"
_CONN = rf"(?P<connector>{_DASH}|{_S}(?:to|through|thru|till|until|and){_S})"
_FROM = rf"(?:(?P<opener>from|between){_S})?"
_WD_PREFIX = rf"(?:(?P<weekday>{_WEEKDAY_TRIE})(?!\w),?{_S})?"
_MODIFIER = r"(?P<modifier>last|next|this|coming|past|previous)"
_PART = (
    r"(?P<part>early|mid|late|(?:end|start|beginning)(?=\s{0,3}-)"
    r"|(?:the\s{1,3})?(?:beginning|start|middle|end"
    r"|(?:first|second|latter)\s{1,3}half|(?:first|second|third|fourth|last|final)\s{1,3}week)"
    r"\s{1,3}of)"
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_MONTH_CUES = (
    r"in|since|by|until|till|during|from|through|throughout|before|after|between|of|to"
    r"|and|or|for|the|around"
)
_YEAR_CUES = (
    r"in|since|by|until|till|during|from|through|throughout|before|after|between|early"
    r"|mid|late|year|around|circa|as\s{1,3}of"
    r"|(?:end|beginning|start|middle|half|quarter)\s{1,3}of"
)

_Candidate = tuple[int, int, _Spec]
_Builder = Callable[[Match], "_Candidate | None"]


def _compile(pattern: str) -> Grammar:
    # Every expression starts a word; saying so first lets the engine skip mid-word
    # positions at once instead of trying the month alternation there. For both engines
    # (see dipnews._engine): tried at every start word, they cost less on re.
    return Grammar(rf"(?<!\w)(?:{pattern})", regex.IGNORECASE)


def _capitalised(m: Match, *groups: str) -> bool:
    """True when every named group that took part starts with an upper-case letter."""
    found = m.groupdict()
    for name in groups:
        value = found.get(name)
        if value is not None and not value[:1].isupper():
            return False
    return True


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").casefold()]


def _day(token: str) -> int:
    # The suffix may be any case-folding of "st"/"th" ("1ſt"): keep the leading digits.
    return int(token[:2] if token[:2].isdigit() else token[:1])


def _weekday(m: Match) -> int | None:
    name = m.groupdict().get("weekday")
    return None if name is None else WEEKDAYS[name.rstrip(".").casefold()]


def _year(m: Match, name: str = "year") -> int | None:
    value = m.group(name)
    return None if value is None else int(value)


_AFTER_DAY_PAIR = regex.compile(
    r"\s{0,3}(?:[,.;:)!?]|$)|\s{1,3}(?:in|at|on|for|to|with|when|as|respectively|and|but|this"
    r"|next|last)\b"
)


def _range_ok(m: Match, *, and_ok: bool = False) -> bool:
    """``and`` joins a range after ``between`` (or where *and_ok*); ``between`` needs
    ``and`` or a dash."""
    conn = m.group("connector").strip().casefold()
    opener = (m.group("opener") or "").casefold()
    if conn == "and":
        return opener == "between" or and_ok
    return not (opener == "between" and conn not in "-–—‐‑")


def _day_pair_ok(m: Match) -> bool:
    """``February 15 and 16`` is a range when nothing follows that could be counted."""
    if "month" in m.re.groupindex and m.start("month") > m.start("day2"):
        return True  # "15 and 16 February"
    return m.group("year") is not None or _AFTER_DAY_PAIR.match(m.string, m.end()) is not None


def _range_start(m: Match) -> int:
    """Where a range starts: ``from``/``between`` belong to it only before a word connector."""
    if m.group("opener") is None or m.group("connector").strip().casefold() in _WORD_CONNECTORS:
        return m.start()
    start = m.end("opener")
    while m.string[start].isspace():
        start += 1
    return start


_WORD_CONNECTORS = frozenset({"to", "through", "thru", "till", "until", "and"})


def _valid_day(month: int, day: int, year: int | None) -> bool:
    return _safe_date(year if year is not None else 2024, month, day) is not None


def _build_mdy(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month", "weekday"):
        return None
    month, day, year = _month(m.group("month")), _day(m.group("day")), _year(m)
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), _DaySpec(month, day, year, _weekday(m))


def _build_iso(m: Match) -> _Candidate | None:
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), _DaySpec(month, day, year)


def _build_numeric(m: Match) -> _Candidate | None:
    a, b, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        return None  # 05/06/2025 could be either: not a date we can trust
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), _DaySpec(month, day, year)


def _build_range_one_month(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month") or not _range_ok(m, and_ok=_day_pair_ok(m)):
        return None
    month, d1, d2, year = (
        _month(m.group("month")),
        _day(m.group("day1")),
        _day(m.group("day2")),
        _year(m),
    )
    if d1 >= d2 or not _valid_day(month, d2, year):
        return None
    return _range_start(m), m.end(), _RangeSpec(month, d1, month, d2, None, year)


def _build_range_two_months(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month1", "month2") or not _range_ok(m):
        return None
    m1, m2 = _month(m.group("month1")), _month(m.group("month2"))
    d1, d2 = _day(m.group("day1")), _day(m.group("day2"))
    y1, y2 = _year(m, "year1"), _year(m, "year2")
    if m1 == m2 and y1 is None and y2 is None:
        return None
    spec = _RangeSpec(m1, d1, m2, d2, y1, y2)
    if not (_valid_day(m1, d1, y1) and _valid_day(m2, d2, y2)):
        return None
    if (y1 is not None or y2 is not None) and spec.resolve(None, None) is None:
        return None
    return _range_start(m), m.end(), spec


def _build_part(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month"):
        return None
    words = m.group("part").casefold().split()
    part = " ".join(w for w in words if w not in ("the", "of"))
    return m.start(), m.end(), _MonthSpec(_month(m.group("month")), _year(m), part)


def _build_month_year(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month"):
        return None
    return m.start(), m.end(), _MonthSpec(_month(m.group("month")), _year(m))


def _build_month_modifier(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month"):
        return None
    return (
        m.start(),
        m.end(),
        _MonthSpec(_month(m.group("month")), modifier=m.group("modifier").casefold()),
    )


_PREPOSITION_BEFORE = regex.compile(
    r"(?<!\w)(?:in|since|by|until|till|during|from|through|before|after|of|early|late|mid)"
    r"[\s-]{1,3}$",
    regex.IGNORECASE,
)
_SHIFTS = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def _build_month_relative_year(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month"):
        return None
    name = m.group("month").casefold()
    before = m.string[max(0, m.start() - 12) : m.start()]
    if name in ("may", "march") and not _PREPOSITION_BEFORE.search(before):
        return None  # "Theresa May last year said"
    shift = _SHIFTS[m.group("relative").casefold()]
    return m.start(), m.end(), _MonthSpec(_month(name), shift=shift)


def _build_relative_part(m: Match) -> _Candidate | None:
    words = m.group("part").casefold().split()
    rel = m.group("relative").casefold()
    if rel == "the" and words[-1] != "of":
        return None  # "early the month"
    part = " ".join(w for w in words if w not in ("the", "of"))
    return m.start(), m.end(), _RelativePartSpec(part, _SHIFTS.get(rel, 0))


_MAY_MARCH_BAD_CUES = regex.compile(r"(?:the|['’]s|for|and|or|to|of)\s{1,3}$", regex.IGNORECASE)


def _build_month_bare(m: Match) -> _Candidate | None:
    if not _capitalised(m, "month"):
        return None
    name = m.group("month").casefold()
    if name in ("may", "march"):
        # "Theresa May", "Britain's May", "the March on Washington": months only after
        # a preposition that cannot precede a name.
        before = m.string[max(0, m.start() - 8) : m.start()]
        if _MAY_MARCH_BAD_CUES.search(before) or regex.match(r"['’]s\b", m.string[m.end() :]):
            return None
    return m.start(), m.end(), _MonthSpec(_month(name))


def _build_year(m: Match) -> _Candidate | None:
    return m.start(), m.end(), _YearSpec(int(m.group("year")))


# Weekday names inside the names of things: holidays, accords, events and newspapers.
_NAMED_DAY_BEFORE = regex.compile(
    r"\b(?:Good|Black|Holy|Easter|Ash|Super|Bloody|Cyber|Maundy|Palm|Whit|Man)\s{1,3}$"
)
_NAMED_DAY_AFTER = regex.compile(
    r"\s{1,3}(?:Times|Guardian|Telegraph|Express|Standard|Mirror|Post|Observer|Herald|Mail"
    r"|Independent|Tribune|Star|Nation|Business|Island|Leader|Agreement|Accords?|Massacre"
    r"|Prayers?|Service|School)\b"
)


def _build_weekday(m: Match) -> _Candidate | None:
    if not _capitalised(m, "weekday"):
        return None
    name = m.group("weekday")
    if name.casefold() not in _FULL_WEEKDAYS and not name.endswith("."):
        return None  # "Sun", "Sat", "Wed" alone are too often something else
    if m.group("modifier") is None and (
        _NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
        or _NAMED_DAY_AFTER.match(m.string, m.end())
    ):
        return None  # "the Good Friday Agreement", "The Sunday Guardian reported"
    mod = m.group("modifier")
    return (
        m.start(),
        m.end(),
        _WeekdaySpec(WEEKDAYS[name.rstrip(".").casefold()], mod and mod.casefold()),
    )


def _build_relative(m: Match) -> _Candidate | None:
    if m.group("unit"):
        raw = m.group("count").casefold()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        return m.start(), m.end(), _RelativeSpec("ago " + m.group("unit").casefold(), count)
    words = m.group().casefold().replace("-", " ").split()
    if words[0] in ("early", "mid", "late"):
        words = words[1:]  # "late last year": the year, as precisely as "year" allows
    return m.start(), m.end(), _RelativeSpec(" ".join(words))


_PATTERNS: tuple[tuple[Grammar, _Builder], ...] = (
    (
        _compile(
            rf"{_FROM}(?P<month1>{_MON}){_S}(?P<day1>{_DAY})(?:,?{_S}(?P<year1>{_YEAR}))?{_CONN}"
            rf"(?P<month2>{_MON}){_S}(?P<day2>{_DAY})(?:{_YEAR_TAIL}(?P<year2>{_YEAR}))?"
        ),
        _build_range_two_months,
    ),
    (
        _compile(
            rf"{_FROM}(?:the{_S})?{_DAY_LEFT}(?P<day1>{_DAY})(?:{_S}of)?{_S}(?P<month1>{_MON})"
            rf"(?:,?{_S}(?P<year1>{_YEAR}))?{_CONN}(?:the{_S})?(?P<day2>{_DAY})(?:{_S}of)?{_S}"
            rf"(?P<month2>{_MON})(?:,?{_S}(?P<year2>{_YEAR}))?"
        ),
        _build_range_two_months,
    ),
    (
        _compile(
            rf"{_FROM}(?P<month>{_MON}){_S}(?P<day1>{_DAY}){_CONN}(?P<day2>{_DAY})"
            rf"(?:{_YEAR_TAIL}(?P<year>{_YEAR}))?"
        ),
        _build_range_one_month,
    ),
    (
        _compile(
            rf"{_FROM}(?:the{_S})?{_DAY_LEFT}(?P<day1>{_DAY}){_CONN}(?:the{_S})?(?P<day2>{_DAY})"
            rf"(?:{_S}of)?{_S}(?P<month>{_MON})(?:,?{_S}(?P<year>{_YEAR}))?"
        ),
        _build_range_one_month,
    ),
    (
        _compile(
            rf"{_WD_PREFIX}(?P<month>{_MON}){_S}(?P<day>{_DAY})(?:{_YEAR_TAIL}(?P<year>{_YEAR}))?"
        ),
        _build_mdy,
    ),
    (
        _compile(
            rf"{_WD_PREFIX}(?:the{_S})?{_DAY_LEFT}(?P<day>{_DAY})(?:{_S}of)?{_S}(?P<month>{_MON})"
            rf"(?:,?{_S}(?P<year>{_YEAR}))?"
        ),
        _build_mdy,
    ),
    (
        _compile(
            r"(?<![\w\-–])(?P<year>(?:1[6-9]|2[01])\d\d)-(?P<month>0[1-9]|1[0-2])-"
            r"(?P<day>0[1-9]|[12]\d|3[01])(?:(?=T\d)|(?![\w\-–]))"
        ),
        _build_iso,
    ),
    (
        _compile(rf"(?<![\w\-–])(?P<day>{_DAY})-(?P<month>{_MON})-(?P<year>{_YEAR})(?![\-–])"),
        _build_mdy,
    ),
    (
        _compile(
            r"(?<![\w./\-])(?P<first>\d{1,2})(?P<separator>[/.])(?P<second>\d{1,2})(?P=separator)"
            r"(?P<year>(?:1[6-9]|2[01])\d\d)(?![\w/]|\.\d)"
        ),
        _build_numeric,
    ),
    (
        _compile(
            rf"(?<!\w){_PART}(?:{_S}|\s{{0,3}}-\s{{0,3}})(?:the{_S}month{_S}of{_S})?"
            rf"(?P<month>{_MON})(?:,?{_S}(?P<year>{_YEAR}))?"
        ),
        _build_part,
    ),
    (_compile(rf"(?P<month>{_MON}),?{_S}(?P<year>{_YEAR})"), _build_month_year),
    (
        _compile(
            rf"(?<!\w)(?P<month>{_FULL_MONTH_PATTERN}){_S}(?P<relative>last|this|next|previous|coming)"
            rf"{_S}year(?!\w)"
        ),
        _build_month_relative_year,
    ),
    (
        _compile(
            rf"(?<!\w){_PART}(?:{_S}|\s{{0,3}}-\s{{0,3}})"
            rf"(?P<relative>the|this|next|last|coming|previous){_S}month(?!\w)"
        ),
        _build_relative_part,
    ),
    (
        _compile(rf"(?<!\w){_MODIFIER}{_S}(?P<month>{_FULL_MONTH_PATTERN})(?!\w)"),
        _build_month_modifier,
    ),
    (
        _compile(
            rf"(?<=(?:(?<!\w)(?:{_MONTH_CUES})|\w['’]s){_S})(?P<month>{_FULL_MONTH_PATTERN})(?!\w)"
        ),
        _build_month_bare,
    ),
    (
        _compile(
            rf"(?<=(?<!\w)(?:{_YEAR_CUES})(?:{_S}|\s{{0,3}}-\s{{0,3}}))"
            r"(?P<year>(?:19|20)\d\d)(?!\w|\s{0,3}[-–/]\s{0,3}\d)"
        ),
        _build_year,
    ),
    (
        _compile(rf"(?<!\w)(?:{_MODIFIER}{_S})?(?P<weekday>{_WEEKDAY_TRIE})(?!\w)"),
        _build_weekday,
    ),
    (
        _compile(
            r"(?<!\w)(?:today|tonight|yesterday|tomorrow"
            rf"|the{_S}day{_S}(?:before{_S}yesterday|after{_S}tomorrow)"
            rf"|(?:earlier|later){_S}this{_S}(?:week|month|year)"
            rf"|(?:early|mid|late)(?:{_S}|\s{{0,3}}-\s{{0,3}})(?:this|last|next){_S}year"
            rf"|(?:this|next|last|coming|previous){_S}(?:weekend|week|month|year)"
            rf"|(?P<count>\d{{1,2}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            rf"|twelve){_S}(?P<unit>day|week|month|year)s?{_S}ago)(?!\w)"
        ),
        _build_relative,
    ),
)


# Where an expression can start. Every pattern opens at a word start (``(?<!\w)``) with a
# number or one of a few words; _starts finds them (one scan for numbers, one for words)
# and _PATTERNS_AT (for numbers: _AFTER_DIGIT_BY_CHAR, by the character after the digits)
# gives the patterns that can open there. A superset is harmless (a pattern that cannot
# match fails at once); a pattern left out would lose matches. The patterns are tried only
# there, each resuming after its last match as finditer would, which finds the same
# matches as scanning the whole text with every pattern (the tests compare the two) at a
# fraction of the cost.
_MONTH_STARTS = (0, 2, 4, 10)
_PARTS = (
    "early", "mid", "late", "end", "start", "beginning", "middle", "first", "second", "latter",
    "third", "fourth", "final",
)  # fmt: skip
_PATTERNS_AT: dict[str, tuple[int, ...]] = {
    # "June." opens "June. 5" and, read without its dot, "in June." (a full name).
    **{
        n: (*_MONTH_STARTS, 11, 14) if n.rstrip(".") in _FULL_MONTHS else _MONTH_STARTS
        for n in _spellings(MONTHS)
    },
    **dict.fromkeys(_spellings(WEEKDAYS), (4, 5, 16)),
    "from": (0, 1, 2, 3),
    "between": (0, 1, 2, 3),
    # "last week of May" (9, 12); "this week" (17, not "past week"); "last May"; "next Monday".
    "last": (9, 12, 13, 16, 17),
    **dict.fromkeys(("next", "this", "coming", "previous"), (13, 16, 17)),
    "past": (13, 16),
    **dict.fromkeys(_PARTS, (9, 12, 17)),
    **dict.fromkeys(("today", "tonight", "yesterday", "tomorrow", "earlier", "later"), (17,)),
    "the": (1, 3, 5, 9, 12, 17),
}
_ANY_PATTERN = tuple(range(18))

# A month, "from"/"between" or a number followed by a plain space opens only the patterns
# that can go on with the first character after the (one to three) spaces: a number after
# a month, a month or a day after "from", a month, "of", a connector or a unit after a
# number. Only printable ASCII characters narrow the choice; anything else keeps it all.
_PRINTABLE = frozenset(map(chr, range(0x21, 0x7F)))
_MONTH_LETTERS = "jfmasondJFMASOND"


def _by_first_letter(*rules: tuple[int, str]) -> dict[str, tuple[int, ...]]:
    return {c: tuple(i for i, letters in rules if c in letters) for c in _PRINTABLE}


_MONTH_THEN_SPACE = _by_first_letter(*((i, "0123456789") for i in _MONTH_STARTS))
_FROM_THEN_SPACE = _by_first_letter(
    (0, _MONTH_LETTERS), (1, "tT0123456789"), (2, _MONTH_LETTERS), (3, "tT0123456789")
)
_DIGIT_THEN_SPACE = _by_first_letter(
    (1, _MONTH_LETTERS + "oO"), (3, "-tauTAU"), (5, _MONTH_LETTERS + "oO"), (17, "dwmyDWMY")
)
_MONTH_WORDS = frozenset(_spellings(MONTHS))


def _after_spaces(text: str, end: int) -> str:
    """The character after the plain spaces (three at most) at *end*; "" at the end."""
    i, stop = end, min(len(text), end + 3)
    while i < stop and text[i] == " ":
        i += 1
    return text[i] if i < len(text) else ""


def _narrowed(
    text: str, end: int, every: tuple[int, ...], then_space: dict[str, tuple[int, ...]]
) -> tuple[int, ...]:
    """The patterns of *every* that can go on after a word that ends at *end*, when none
    can go on with anything but white space."""
    after = text[end] if end < len(text) else ""
    if after == " ":
        return then_space.get(_after_spaces(text, end), every)
    return () if after == "" or after in _PRINTABLE else every


_START_WORD = rf"(?:{literal_trie(_PATTERNS_AT)})(?!\w)"
# Case-sensitively on a lower-cased copy (cheaper, and the same places: lower() keeps every
# character's length and word-ness but for "İ", and maps to an ASCII letter what regex's
# IGNORECASE matches with it but for "ſ"; a text holding either is read case-blind).
# For both engines: the standard library's scans the start words' tree about 1.5 times
# faster (see dipnews._engine; on the number pattern it is three times slower, so that
# one stays with regex).
_START_AFTER_GAP = Grammar(rf"\W{_START_WORD}")
_START_AT = regex.compile(_START_WORD)
_START_AFTER_GAP_I = regex.compile(rf"\W{_START_WORD}", regex.IGNORECASE)
_START_AT_I = regex.compile(_START_WORD, regex.IGNORECASE)
_LOWER_UNSAFE = ("ſ", "İ")
_NUMBER = regex.compile(r"(?<!\w)\d{1,3}")
# What can open at a number, by what follows its (one or two) digits: a day, its ordinal
# suffix ("1st", any case), "17-Nov-2025", "17/11/2025", "3 days ago", "17-18 May".
_AFTER_DIGITS = (6, 15)  # three digits or more: a year, never a day or a count
_AFTER_DIGIT_ANY = (1, 3, 5, 7, 8, 17)
_AFTER_DIGIT_SPACE = (1, 3, 5, 17)
_AFTER_DIGIT_BY_CHAR: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(" \t\n\r\xa0", _AFTER_DIGIT_SPACE),
    **dict.fromkeys("/.", (8,)),
    "-": (3, 7),
    **dict.fromkeys("–—‐‑", (3,)),
    **dict.fromkeys("sSnNrRtT", (1, 3, 5, 7)),
    # Another ASCII letter or a comma, a colon...: nothing ("5G", "3km", "44,").
    **dict.fromkeys("abcdefghijklmopquvwxyzABCDEFGHIJKLMOPQUVWXYZ,;:)%'\"", ()),
}
# "the" opens an expression only before a day, a part of a month or "day before...".
_AFTER_THE = regex.compile(
    r"\s{1,3}(?:\d|beginning|start|middle|end|first|second|latter|third|fourth|last|final"
    r"|day)",
    regex.IGNORECASE,
)
# "a week ago", "three days ago": counted words open an expression only before "ago".
_AGO = regex.compile(r"ago", regex.IGNORECASE)
_COUNT_STARTS = regex.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s{1,3}(?:day|week|month|year))",
    regex.IGNORECASE,
)


def _starts(text: str) -> list[tuple[int, tuple[int, ...]]]:
    """Where expressions may start, in order, with the patterns to try there."""
    found: list[tuple[int, tuple[int, ...]]] = []
    size = len(text)
    for m in _NUMBER.finditer(text):
        end = m.end()
        if end - m.start() == 3:
            found.append((m.start(), _AFTER_DIGITS))
        elif end == size:
            found.append((m.start(), _AFTER_DIGIT_ANY))
        elif text[end] == " ":
            after = _after_spaces(text, end)
            found.append((m.start(), _DIGIT_THEN_SPACE.get(after, _AFTER_DIGIT_SPACE)))
        else:
            found.append((m.start(), _AFTER_DIGIT_BY_CHAR.get(text[end], _AFTER_DIGIT_ANY)))
    gap: _engine.Pattern
    if any(c in text for c in _LOWER_UNSAFE):
        scan, gap, at = text, _START_AFTER_GAP_I, _START_AT_I
    else:
        # The lower-cased copy of a plain text is plain too (tests/test_engine.py).
        scan, gap, at = text.lower(), _START_AFTER_GAP.on(text), _START_AT
    words = [(m.start() + 1, m.end()) for m in gap.finditer(scan)]
    if (first := at.match(scan)) is not None:
        words.insert(0, (0, first.end()))
    for start, end in words:
        word = text[start:end].casefold()
        if word == "the" and _AFTER_THE.match(text, end) is None:
            continue
        if word in _MONTH_WORDS:
            if end < size and text[end] == ",":
                opens: tuple[int, ...] = (10,)  # "May, 2025"
            else:
                opens = _narrowed(text, end, _MONTH_STARTS, _MONTH_THEN_SPACE)
            if word.rstrip(".") in _FULL_MONTHS:
                opens += (11, 14)
        elif word in ("from", "between"):
            opens = _narrowed(text, end, (0, 1, 2, 3), _FROM_THEN_SPACE)
        else:
            # A letter that folds to two ("İ") has no entry: try everything there.
            opens = _PATTERNS_AT.get(word, _ANY_PATTERN)
        found.append((start, opens))
    if _AGO.search(text) is not None:
        found.extend((m.start(), (17,)) for m in _COUNT_STARTS.finditer(text))
    found.sort()
    return found


def _candidates(text: str, *, full: bool = False) -> Iterator[tuple[int, int, int, _Spec]]:
    if full:
        for index, (grammar, build) in enumerate(_PATTERNS):
            for m in grammar.on(text).finditer(text):
                found = build(m)
                if found is not None and found[1] > found[0]:
                    yield found[0], found[1], index, found[2]
        return
    resume = [0] * len(_PATTERNS)  # where each pattern's finditer would search on from
    fast = _engine.plain(text)  # asked once: a short text is read each time it is asked
    patterns = [(grammar.pick(fast), build) for grammar, build in _PATTERNS]
    for pos, indices in _starts(text):
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


def _select(text: str, *, full: bool = False) -> list[_Candidate]:
    """Non-overlapping candidates, longest first (ties: earlier, then pattern order).

    *full* scans the whole text with every pattern instead of trying each only where it
    can start (the results are the same; tests compare them).
    """
    ranked = sorted(_candidates(text, full=full), key=lambda c: (c[0] - c[1], c[0], c[2]))
    starts: list[int] = []
    chosen: list[_Candidate] = []
    for start, end, _index, spec in ranked:
        i = bisect.bisect_right(starts, start)
        if i > 0 and chosen[i - 1][1] > start:
            continue
        if i < len(chosen) and chosen[i][0] < end:
            continue
        starts.insert(i, start)
        chosen.insert(i, (start, end, spec))
    return chosen


# --------------------------------------------------------------------------------------
# Tense of the clause around an expression.
# --------------------------------------------------------------------------------------

_WINDOW = 300

_SENTENCE_END = regex.compile(
    r"(?<!\b(?:Dr|Mr|Mrs|Ms|Mt|St|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Jr|Sr|No|vs|Hon|Rev"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))[.!?]"
    r"(?=[\"'”’)\]]{0,3}(?:\s|$))|[;\n]"
)
_CLAUSE_END_SOURCE = (
    r"[;\n]|\s[—–]\s|,\s{0,3}(?=[a-z]{2,}ing\b|as\b|which\b|who\b|where\b|when\b|while\b)"
    r"|\b(?:that|which|who|whom|where|while|whereas|although|though|because|when)\b"
    r"|\b(?:and|but)\b(?=\s{1,3}(?:(?:also|then|later|subsequently)\s{1,3})?"
    r"(?:will|would|shall|has|have|had|was|were|is|are|did|[a-z]{2,}ed|he|she|they|we|it"
    r"|both\s{1,3}sides|the\s{1,3}two\s{1,3}(?:sides|leaders|ministers|countries))\b)"
)
# The same matches: a look at the one character every branch begins with lets the
# standard library's engine pass over most positions at once (twice as fast; the tests
# compare the two).
_CLAUSE_END = Grammar(rf"(?=[;\n\s,twab])(?:{_CLAUSE_END_SOURCE})")

_SEGMENT_END = regex.compile(r"[,()\[\]]")

_FUTURE_CUES = (
    r"\b(?:will|shall|would|won['’]t)(?:\s{1,3}(?:not|also|likely|then|soon|now|again|jointly"
    r"|formally|officially|first|personally|be|have|been)){0,3}(?:\s{1,3}[a-z]+)?"
    r"|['’]ll\b|\b(?-i:could|might|may)\s{1,3}(?:(?:also|well|soon|then)\s{1,3})?(?-i:[a-z]+)"
    r"|\b(?:is|are|am|was|were|be|been)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:set|expected|scheduled"
    r"|slated|due|likely|poised|going|supposed|anticipated|tipped|planned|proposed|arranged"
    r"|to)\b(?:\s{1,3}to)?"
    r"(?:\s{1,3}(?:be\s{1,3})?[a-z]+)?"
    r"|\bto\s{1,3}be\s{1,3}[a-z]+"
    r"|\blook(?:s|ed|ing)?\s{1,3}forward\b"
    r"|\b(?:agreed|decided|resolved|pledged|promised|vowed|intended|hoped|aimed|planned"
    r"|arranged|expected|scheduled|set|due|slated|poised|supposed|invited\s{1,3}[a-z]+)"
    r"\s{1,3}to\s{1,3}[a-z]+"
    r"|\b(?:upcoming|forthcoming|coming|next|scheduled|prospective|impending|slated|ahead"
    r"|later|soon|likely|plans?|planning|intends?|intending|prepares?|preparing|preparatory"
    r"|tomorrow)\b"
    # "planned", "expected"... are future as adjectives ("the planned visit", "a visit
    # expected in May") but past verbs with an object ("Kyiv expected a decision").
    r"|(?<=(?:\b(?:the|an?|its|his|her|their|our|this|that|much|long)|\w['’]s)\s{1,3})"
    r"(?:planned|proposed|expected|anticipated|awaited)\b"
    r"|\b(?:planned|proposed|expected|anticipated|prepared)(?=\s{1,3}(?:for|in|on|by|at|later"
    r"|next|soon|around|during|before|early|mid|late)\b)"
)
_PAST_CUES = (
    r"\b(?:has|have|had)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:not\s{1,3})?(?:been\s{1,3})?[a-z]+"
    r"|\b(?:was|were|did)\b(?:\s{1,3}[a-z]+)?"
    r"|\b(?:ago|earlier|previously|recently|last|prior|already|yesterday|met|held|went|came"
    r"|spoke|took|gave|made|began|saw|sent|paid|led|won|left|flew|wrote|chose|brought"
    r"|sought|became|rose|fell|kept|struck|lost|got|thought|felt|stood|heard|met|undertook"
    r"|oversaw|laid|drew|swore|shook|forged|sat)\b"
)
_PRESENT_CUES = (
    r"\b(?:is|are|am)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:not\s{1,3})?"
    r"(?:being\s{1,3}[a-z]+|[a-z]{2,}(?:ing|ed)\b)"
    r"|\b(?:currently|now|ongoing|underway|presently)\b|\bunder\s{1,3}way\b"
)
_WEAK_CUES = (
    r"\b(?P<weak_past>said|told|stated|noted|added|announced|reported|informed|confirmed"
    r"|(?:has|have|had)\s{1,3}(?:said|told|stated|announced|reported|confirmed)"
    r"|speaking|talking\s{1,3}to|addressing|briefing"
    r"|quoted|wrote|posted|tweeted)\b"
    r"|\b(?P<weak_present>says|tells|states|notes|adds|announces|reports|informs|confirms)\b"
)
_CUES = regex.compile(
    rf"(?:(?<!\w)|(?=['’]))(?:(?P<future>{_FUTURE_CUES})|(?P<present>{_PRESENT_CUES})"
    rf"|{_WEAK_CUES}|(?P<past>{_PAST_CUES})|(?P<past_ed>\b[a-z]{{2,}}ed\b))",
    regex.IGNORECASE,
)
# "-ed" words that are mostly adjectives or nouns, not past-tense verbs.
_NOT_PAST_ED = frozenset({
    "need", "speed", "feed", "seed", "breed", "bleed", "greed", "indeed", "hundred", "kindred",
    "sacred", "naked", "wicked", "united", "related", "based", "limited", "advanced",
    "concerned", "detailed", "renewed", "continued", "increased", "enhanced", "expanded",
    "interested", "armed", "sustained", "shared", "balanced", "concerted", "unprecedented",
    "required", "dedicated", "integrated", "improved", "talented", "skilled", "biased",
    "alleged", "supposed", "qualified", "sophisticated", "experienced", "complicated",
    "varied", "mixed", "fixed", "red", "bed", "shed", "embed", "weed", "steed", "proceed",
    "exceed", "succeed", "heed", "deed", "reed", "creed",
})  # fmt: skip
_TENSE_OF_GROUP: dict[str, Tense] = {"future": "future", "past": "past", "present": "present"}


@attrs.frozen
class _Cue:
    tense: Tense
    start: int
    end: int
    weak: bool


# Where a cue can start: _CUES is tried only there, resuming after each match as finditer
# would (the same cues as a scan of every position; the tests compare the two). A cue
# starts at an apostrophe ("'ll"), at a lower-case "-ed" word or at a word start with the
# first word of one of its branches ("will", "shall" and "would" may begin a longer word).
_CUE_FIRST_WORDS = (
    # future
    "could", "might", "may", "is", "are", "am", "was", "were", "be", "been", "to", "look",
    "looks", "looked", "looking", "agreed", "decided", "resolved", "pledged", "promised",
    "vowed", "intended", "hoped", "aimed", "planned", "arranged", "expected", "scheduled",
    "set", "due", "slated", "poised", "supposed", "invited", "upcoming", "forthcoming",
    "coming", "next", "prospective", "impending", "ahead", "later", "soon", "likely", "plan",
    "plans", "planning", "intend", "intends", "intending", "prepare", "prepares", "preparing",
    "preparatory", "tomorrow", "proposed", "anticipated", "awaited", "prepared", "won",
    # present
    "currently", "now", "ongoing", "underway", "presently", "under",
    # reporting verbs
    "said", "told", "stated", "noted", "added", "announced", "reported", "informed",
    "confirmed", "has", "have", "had", "speaking", "talking", "addressing", "briefing",
    "quoted", "wrote", "posted", "tweeted", "says", "tells", "states", "notes", "adds",
    "announces", "reports", "informs", "confirms",
    # past
    "did", "ago", "earlier", "previously", "recently", "last", "prior", "already",
    "yesterday", "met", "held", "went", "came", "spoke", "took", "gave", "made", "began",
    "saw", "sent", "paid", "led", "left", "flew", "chose", "brought", "sought", "became",
    "rose", "fell", "kept", "struck", "lost", "got", "thought", "felt", "stood", "heard",
    "undertook", "oversaw", "laid", "drew", "swore", "shook", "forged", "sat",
)  # fmt: skip
_CUE_WORD = rf"(?:will|shall|would|{literal_trie(sorted(set(_CUE_FIRST_WORDS)))}(?!\w))"
_CUE_AFTER_SPACE_I = regex.compile(rf"\W{_CUE_WORD}", regex.IGNORECASE)
_CUE_AT_I = regex.compile(_CUE_WORD, regex.IGNORECASE)
# As _START_AFTER_GAP: case-sensitively on a lower-cased copy where that reads the same.
_CUE_AFTER_SPACE = Grammar(rf"\W{_CUE_WORD}")
_CUE_AT = regex.compile(_CUE_WORD)
# The word is read back only from where "ed" ends one, so a long word full of "ed" is not
# read again for each.
_CUE_ED_I = regex.compile(r"ed\b(?<=\b(?P<word>[a-z]{2,})ed)", regex.IGNORECASE)
_CUE_ED = regex.compile(r"ed\b(?<=\b(?P<word>[a-z]{2,})ed)")
_CUE_LL = regex.compile(r"['’]ll", regex.IGNORECASE)


def _cue_starts(text: str, lo: int, hi: int) -> list[int]:
    """Every place in ``text[lo:hi]`` where a cue may start, in order."""
    if lo >= hi:
        return []
    # The window from the character before *lo*: where the text before it would change a
    # match (an "-ed" word begun earlier), the match starts before *lo* either way.
    base = max(lo - 1, 0)
    window = text[base:hi]
    gap: _engine.Pattern
    if any(c in window for c in _LOWER_UNSAFE):
        gap, at, ed, scan = _CUE_AFTER_SPACE_I, _CUE_AT_I, _CUE_ED_I, window
    else:
        # (a part of a plain text is plain, and so is its lower-cased copy; the text's
        # answer is remembered where the window's would be read again)
        scan = window.lower()
        gap, at, ed = _CUE_AFTER_SPACE.pick(_engine.plain(text)), _CUE_AT, _CUE_ED
    starts = [base + m.start() + 1 for m in gap.finditer(scan)]
    if lo == 0 and at.match(scan) is not None:
        starts.append(0)
    starts.extend(base + m.start("word") for m in ed.finditer(scan))
    if text.find("'", lo, hi) >= 0 or text.find("’", lo, hi) >= 0:
        starts.extend(m.start() for m in _CUE_LL.finditer(text, lo, hi))
    return sorted({s for s in starts if s >= lo})


def _cues(text: str, lo: int, hi: int, *, full: bool = False) -> list[_Cue]:
    """The cues of ``text[lo:hi]`` (*full*: scanning every position, for the tests)."""
    found: list[_Cue] = []
    if full:
        matches: Iterator[Match] = _CUES.finditer(text, lo, hi)
    else:
        matches = _cue_matches(text, lo, hi)
    for m in matches:
        kind = m.lastgroup
        if kind == "past_ed":
            word = m.group()
            if not word[0].islower() or word.casefold() in _NOT_PAST_ED:
                continue
            found.append(_Cue("past", m.start(), m.end(), False))
        elif kind in ("weak_past", "weak_present"):
            tense: Tense = "past" if kind == "weak_past" else "present"
            found.append(_Cue(tense, m.start(), m.end(), True))
        elif kind is not None and kind in _TENSE_OF_GROUP:
            found.append(_Cue(_TENSE_OF_GROUP[kind], m.start(), m.end(), False))
    return found


def _cue_matches(text: str, lo: int, hi: int) -> Iterator[Match]:
    resume = lo
    for pos in _cue_starts(text, lo, hi):
        if pos < resume:
            continue
        m = _CUES.match(text, pos, hi)
        if m is not None:
            resume = m.end()
            yield m


# The sentence and segment ends match one character each, wherever they stand, so the last
# one before an expression is the first found reading backwards from it.
_SENTENCE_END_BACK = regex.compile(_SENTENCE_END.pattern, regex.REVERSE)
_SEGMENT_END_BACK = regex.compile(_SEGMENT_END.pattern, regex.REVERSE)


def _bounds(
    pattern: _engine.Pattern,
    text: str,
    lo: int,
    start: int,
    end: int,
    hi: int,
    backward: regex.Pattern[str] | None = None,
) -> tuple[int, int]:
    left = lo
    if backward is not None:
        before = backward.search(text, lo, start)
        if before is not None:
            left = before.end()
    else:
        for m in pattern.finditer(text, lo, start):
            left = m.end()
    right = hi
    after = pattern.search(text, end, hi)
    if after is not None:
        right = after.start()
    return left, right


def _nearest(cues: list[_Cue], start: int, end: int) -> Tense | None:
    best: tuple[int, int, Tense] | None = None
    for cue in cues:
        if cue.end <= start:
            key = (start - cue.end, 0)
        elif cue.start >= end:
            key = (cue.start - end, 1)
        else:
            key = (0, 0)
        if best is None or key < best[:2]:
            best = (key[0], key[1], cue.tense)
    return None if best is None else best[2]


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: past, future, present or None.

    The clause is the stretch between the nearest clause breaks (sentence ends,
    semicolons, line breaks, dashes, subordinators such as *that*, *which*, *where*,
    *when*, *and* before a verb, and commas before an *-ing* participle) within 300
    characters either side. The cue nearest the expression decides; a tie goes to the
    cue before it. Cues are searched first in the expression's comma-delimited segment
    (``who died on Thursday``, ``the ministry said on Friday``), then in the clause; a
    cue in another clause of the sentence never decides (``will be held on June 3,
    following the removal of Yoon on April 4``: April 4 has no tense of its own):

    * future: *will*, *shall*, *would*, *could*, *might*, *may*, *'ll*, *is
      set/expected/scheduled/due to*, *to be held*, *looks forward*, *agreed/decided to*
      + verb, *upcoming*, *forthcoming*, *planned*, *next*, *ahead*, *later*, *soon*...
    * past: *has/have/had* + participle, *was/were/did*, *ago*, *earlier*, *last*,
      *recently*, *previously*, irregular past forms (*met*, *held*, *spoke*...) and
      lower-case *-ed* verbs (minus common adjectives such as *detailed* or *united*);
    * present: *is/are* + *-ing*, *currently*, *now*, *ongoing*, *under way*.

    Reporting verbs (*said*, *announced*, *told reporters*, *speaking*...) decide within
    the segment, but in the wider clause only when nothing else does.

    >>> from dipnews.temporal import tense_at
    >>> s = "Lavrov met Wang in Beijing in March and will visit Delhi in December."
    >>> tense_at(s, s.index("March"), s.index("March") + 5)
    'past'
    >>> tense_at(s, s.index("December"), s.index("December") + 8)
    'future'
    >>> s = "He said the talks, currently under way in Geneva, cover trade."
    >>> tense_at(s, s.index("Geneva"), s.index("Geneva") + 6)
    'present'
    >>> print(tense_at("The summit in Kazan.", 14, 19))
    None

    Raises :class:`~dipnews.errors.InputError` when the offsets are not a span of *text*.
    """
    check_text(text)
    return _tense_at(text, start, end)


def _tense_at(text: str, start: int, end: int) -> Tense | None:
    """:func:`tense_at` without checking *text* (for callers that have checked it)."""
    if not 0 <= start <= end <= len(text):
        raise InputError(f"offsets {start}:{end} are not a span of a text of {len(text)} chars")
    return _tense(text, start, end, None)


def _tense(text: str, start: int, end: int, index: _CueIndex | None = None) -> Tense | None:
    return _tense_in(text, start, end, _clause(text, start, end), index)


def _clause(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """The clause and the comma segment around ``text[start:end]``: ``(c_lo, c_hi, g_lo,
    g_hi)``."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    s_lo, s_hi = _bounds(_SENTENCE_END, text, lo, start, end, hi, _SENTENCE_END_BACK)
    c_lo, c_hi = _bounds(_CLAUSE_END.on(text), text, s_lo, start, end, s_hi)
    g_lo, g_hi = _bounds(_SEGMENT_END, text, c_lo, start, end, c_hi, _SEGMENT_END_BACK)
    return c_lo, c_hi, g_lo, g_hi


def _tense_in(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int, int, int],
    index: _CueIndex | None,
) -> Tense | None:
    c_lo, c_hi, g_lo, g_hi = bounds
    if index is None:
        # No cue holds a comma or a bracket, so none crosses the segment's ends: scanning
        # the segment alone finds the clause's cues in it, and the clause's are those of
        # its three parts. The segment usually decides; the rest is read only if not.
        segment = _cues(text, g_lo, g_hi)
        tense = _nearest(segment, start, end)
        if tense is not None:
            return tense
        clause = _cues(text, c_lo, g_lo) + segment + _cues(text, g_hi, c_hi)
    else:
        clause = index.between(c_lo, c_hi)
        tense = _nearest([c for c in clause if g_lo <= c.start and c.end <= g_hi], start, end)
        if tense is not None:
            return tense
    for pool in ([c for c in clause if not c.weak], clause):
        tense = _nearest(pool, start, end)
        if tense is not None:
            return tense
    return None


class _CueIndex:
    """Every cue of a text, found in one pass: cheaper than windows when dates are dense."""

    def __init__(self, text: str) -> None:
        self.cues = _cues(text, 0, len(text))
        self.starts = [c.start for c in self.cues]

    def between(self, lo: int, hi: int) -> list[_Cue]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [c for c in self.cues[i:j] if c.end <= hi]


# --------------------------------------------------------------------------------------
# Public API.
# --------------------------------------------------------------------------------------


def find(text: str, *, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every temporal expression in *text*, in order, resolved against *anchor*.

    Expressions never overlap: where two readings compete, the longer one wins. A
    year-less expression is resolved only when *anchor* is given; it is still returned,
    with ``span=None``, when it is not.

    >>> import datetime as dt
    >>> from dipnews.temporal import find
    >>> text = "Putin is expected to visit India in early December, after talks last Monday."
    >>> [(x.surface, x.span and x.span.start.isoformat()) for x in find(text)]
    [('early December', None), ('last Monday', None)]
    >>> for x in find(text, anchor=dt.date(2025, 11, 17)):
    ...     print(x.surface, x.start, x.end, x.span.to_dict())
    early December 36 50 {'start': '2025-12-01', 'end': '2025-12-10', 'precision': 'part-of-month'}
    last Monday 64 75 {'start': '2025-11-10', 'end': '2025-11-10', 'precision': 'day'}
    """
    check_text(text)
    anchor = check_date(anchor, what="anchor")
    chosen = _select(text)
    clauses = {
        (start, end): _clause(text, start, end)
        for start, end, spec in chosen
        if anchor is not None and spec.needs_tense
    }
    index: _CueIndex | None = None
    if sum(c[1] - c[0] for c in clauses.values()) > len(text):
        index = _CueIndex(text)  # scanning clause by clause would read the text twice
    found: list[TimeExpression] = []
    for start, end, spec in chosen:
        bounds = clauses.get((start, end))
        tense = None if bounds is None else _tense_in(text, start, end, bounds, index)
        span = _resolve_within_calendar(spec, anchor, tense)
        found.append(TimeExpression(text[start:end], start, end, span))
    return found


def resolve(
    expression: str, anchor: dt.date | None = None, *, tense: Tense | None = None
) -> DateSpan | None:
    """The span of the first temporal expression in *expression*, or ``None``.

    Every ``surface`` that :func:`find` returns resolves here to the same span when given
    the same anchor and the tense :func:`tense_at` reports for it in its text.

    *tense* (``"past"``, ``"future"`` or ``"present"``) chooses among the readings of a
    year-less expression as described in the module docs; when it is ``None`` the cue
    words of *expression* itself decide (``"met in December"`` is past).

    >>> import datetime as dt
    >>> from dipnews.temporal import resolve
    >>> nov = dt.date(2025, 11, 17)
    >>> resolve("in December", nov, tense="future").start
    datetime.date(2025, 12, 1)
    >>> resolve("met in December", nov).start
    datetime.date(2024, 12, 1)
    >>> resolve("Nov 30-Dec 2", nov).to_dict()
    {'start': '2025-11-30', 'end': '2025-12-02', 'precision': 'days'}
    >>> resolve("2021", nov).precision
    'year'
    >>> print(resolve("sometime soon", nov))
    None
    """
    check_text(expression, what="expression")
    if tense is not None and tense not in TENSES:
        raise InputError(f"tense must be one of {', '.join(TENSES)} or None, not {tense!r}")
    anchor = check_date(anchor, what="anchor")
    chosen = _select(expression)
    if not chosen:
        # A month or year standing alone ("December", "2021") is a date only after a
        # preposition in running text; as a whole expression it is one by itself.
        expression = "in " + expression
        chosen = _select(expression)
        if not chosen:
            return None
    start, end, spec = chosen[0]
    if tense is None and anchor is not None and spec.needs_tense:
        tense = _tense_at(expression, start, end)
    return _resolve_within_calendar(spec, anchor, tense)


def _resolve_within_calendar(
    spec: _Spec, anchor: dt.date | None, tense: Tense | None
) -> DateSpan | None:
    # Near the ends of the calendar (an anchor in year 1 or 9999) "next week" or "last
    # Monday" falls outside what datetime.date can hold: such an expression is found but
    # stays unresolved rather than raising OverflowError.
    try:
        return spec.resolve(anchor, tense)
    except (OverflowError, ValueError):
        return None
