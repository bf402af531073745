"""Builders: each turns a match of a rule's pattern into a candidate, or refuses it.

A candidate is ``(start, end, spec)``: where the expression stands in the text (a range
may start after its match does: ``from`` belongs to ``from July 7 to 8`` but not to
``from August 19-21``) and what it means (a spec of :mod:`dipnews.temporal.specs`). A
builder returns ``None`` where the match is not a date after all: a month or weekday
name not capitalised (``may``), an impossible day, ``Theresa May``, ``the Good Friday
Agreement``, an ambiguous ``05/06/2025``.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.temporal.grammar import FULL_WEEKDAYS, NUMBER_WORDS
from dipnews.temporal.specs import (
    DaySpec,
    MonthSpec,
    RangeSpec,
    RelativePartSpec,
    RelativeSpec,
    Spec,
    WeekdaySpec,
    YearSpec,
)
from dipnews.temporal.years import safe_date

__all__ = [
    "Builder",
    "Candidate",
    "build_day",
    "build_iso_date",
    "build_modified_month",
    "build_month_after_cue",
    "build_month_relative_year",
    "build_month_year",
    "build_numeric_date",
    "build_one_month_range",
    "build_part_of_month",
    "build_part_of_relative_month",
    "build_relative",
    "build_two_month_range",
    "build_weekday",
    "build_year",
]

#: Where an expression stands in its text and what it means: ``(start, end, spec)``.
Candidate = tuple[int, int, Spec]
#: Turns a match into a candidate, or ``None`` where the match is not a date after all.
Builder = Callable[[Match], "Candidate | None"]


def _capitalised(m: Match, *groups: str) -> bool:
    """True when every named group that took part starts with an upper-case letter."""
    found = m.groupdict()
    for name in groups:
        value = found.get(name)
        if value is not None and not value[:1].isupper():
            return False
    return True


def _month(name: str) -> int:
    """The number of the month *name* (``"Sept."`` gives 9)."""
    return MONTHS[name.rstrip(".").casefold()]


def _day(token: str) -> int:
    """The day of *token* (``"17th"`` gives 17)."""
    # The suffix may be any case-folding of "st"/"th" ("1ſt"): keep the leading digits.
    return int(token[:2] if token[:2].isdigit() else token[:1])


def _weekday(m: Match) -> int | None:
    """The weekday named in *m* (Monday 0), if any."""
    name = m.groupdict().get("weekday")
    return None if name is None else WEEKDAYS[name.rstrip(".").casefold()]


def _year(m: Match, name: str = "year") -> int | None:
    """The year of group *name* of *m*, if it took part."""
    value = m.group(name)
    return None if value is None else int(value)


# What may follow "February 15 and 16" for it to be a range ("15 and 16 delegates" is not).
_AFTER_DAY_PAIR = compile_regex(
    r"\s{0,3}(?:[,.;:)!?]|$)|\s{1,3}(?:in|at|on|for|to|with|when|as|respectively|and|but|this"
    r"|next|last)\b"
)


def _range_ok(m: Match, *, and_ok: bool = False) -> bool:
    """``and`` joins a range after ``between`` (or where *and_ok*); ``between`` needs
    ``and`` or a dash."""
    connector = m.group("connector").strip().casefold()
    opener = (m.group("opener") or "").casefold()
    if connector == "and":
        return opener == "between" or and_ok
    return not (opener == "between" and connector not in "-–—‐‑")


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
    """Whether the day exists in *year* (without one: in a leap year)."""
    return safe_date(year if year is not None else 2024, month, day) is not None


def build_day(m: Match) -> Candidate | None:
    """``November 17, 2025``, ``Monday, 17 Nov``, ``17-Nov-2025``: a day."""
    if not _capitalised(m, "month", "weekday"):
        return None
    month, day, year = _month(m.group("month")), _day(m.group("day")), _year(m)
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), DaySpec(month, day, year, _weekday(m))


def build_iso_date(m: Match) -> Candidate | None:
    """``2025-11-17``: a day."""
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), DaySpec(month, day, year)


def build_numeric_date(m: Match) -> Candidate | None:
    """``17/11/2025``: a day, where one part is above 12 (else either could be the day)."""
    a, b, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        return None  # 05/06/2025 could be either: not a date we can trust
    if not _valid_day(month, day, year):
        return None
    return m.start(), m.end(), DaySpec(month, day, year)


def build_one_month_range(m: Match) -> Candidate | None:
    """``November 17-18``, ``between 5 and 6 December``: a range within a month."""
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
    return _range_start(m), m.end(), RangeSpec(month, d1, month, d2, None, year)


def build_two_month_range(m: Match) -> Candidate | None:
    """``Nov 30-Dec 2``, ``from 23 December to 8 January``: a range across months."""
    if not _capitalised(m, "month1", "month2") or not _range_ok(m):
        return None
    m1, m2 = _month(m.group("month1")), _month(m.group("month2"))
    d1, d2 = _day(m.group("day1")), _day(m.group("day2"))
    y1, y2 = _year(m, "year1"), _year(m, "year2")
    if m1 == m2 and y1 is None and y2 is None:
        return None
    spec = RangeSpec(m1, d1, m2, d2, y1, y2)
    if not (_valid_day(m1, d1, y1) and _valid_day(m2, d2, y2)):
        return None
    if (y1 is not None or y2 is not None) and spec.resolve(None, None) is None:
        return None
    return _range_start(m), m.end(), spec


def build_part_of_month(m: Match) -> Candidate | None:
    """``early December``, ``the first week of May 2025``: a part of a month."""
    if not _capitalised(m, "month"):
        return None
    words = m.group("part").casefold().split()
    part = " ".join(w for w in words if w not in ("the", "of"))
    return m.start(), m.end(), MonthSpec(_month(m.group("month")), _year(m), part)


def build_month_year(m: Match) -> Candidate | None:
    """``February 2025``: a month."""
    if not _capitalised(m, "month"):
        return None
    return m.start(), m.end(), MonthSpec(_month(m.group("month")), _year(m))


def build_modified_month(m: Match) -> Candidate | None:
    """``last December``, ``next March``: a month before or after the anchor."""
    if not _capitalised(m, "month"):
        return None
    return (
        m.start(),
        m.end(),
        MonthSpec(_month(m.group("month")), modifier=m.group("modifier").casefold()),
    )


_PREPOSITION_BEFORE = compile_regex(
    r"(?<!\w)(?:in|since|by|until|till|during|from|through|before|after|of|early|late|mid)"
    r"[\s-]{1,3}$",
    regex.IGNORECASE,
)
_SHIFTS = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def build_month_relative_year(m: Match) -> Candidate | None:
    """``July last year``: a month of a year counted from the anchor's."""
    if not _capitalised(m, "month"):
        return None
    name = m.group("month").casefold()
    before = m.string[max(0, m.start() - 12) : m.start()]
    if name in ("may", "march") and not _PREPOSITION_BEFORE.search(before):
        return None  # "Theresa May last year said"
    shift = _SHIFTS[m.group("relative").casefold()]
    return m.start(), m.end(), MonthSpec(_month(name), shift=shift)


def build_part_of_relative_month(m: Match) -> Candidate | None:
    """``the end of the month``, ``early next month``: a part of a month counted from the
    anchor's."""
    words = m.group("part").casefold().split()
    relative = m.group("relative").casefold()
    if relative == "the" and words[-1] != "of":
        return None  # "early the month"
    part = " ".join(w for w in words if w not in ("the", "of"))
    return m.start(), m.end(), RelativePartSpec(part, _SHIFTS.get(relative, 0))


_MAY_MARCH_BAD_CUES = compile_regex(r"(?:the|['’]s|for|and|or|to|of)\s{1,3}$", regex.IGNORECASE)
_POSSESSIVE = compile_regex(r"['’]s\b")


def build_month_after_cue(m: Match) -> Candidate | None:
    """``in December``, ``Putin's December visit``: a month (not ``Theresa May``)."""
    if not _capitalised(m, "month"):
        return None
    name = m.group("month").casefold()
    if name in ("may", "march"):
        # "Theresa May", "Britain's May", "the March on Washington": months only after
        # a preposition that cannot precede a name.
        before = m.string[max(0, m.start() - 8) : m.start()]
        if _MAY_MARCH_BAD_CUES.search(before) or _POSSESSIVE.match(m.string, m.end()):
            return None
    return m.start(), m.end(), MonthSpec(_month(name))


def build_year(m: Match) -> Candidate | None:
    """``in 2000``: a year."""
    return m.start(), m.end(), YearSpec(int(m.group("year")))


# Weekday names inside the names of things: holidays, accords, events and newspapers.
_NAMED_DAY_BEFORE = compile_regex(
    r"\b(?:Good|Black|Holy|Easter|Ash|Super|Bloody|Cyber|Maundy|Palm|Whit|Man)\s{1,3}$"
)
_NAMED_DAY_AFTER = compile_regex(
    r"\s{1,3}(?:Times|Guardian|Telegraph|Express|Standard|Mirror|Post|Observer|Herald|Mail"
    r"|Independent|Tribune|Star|Nation|Business|Island|Leader|Agreement|Accords?|Massacre"
    r"|Prayers?|Service|School)\b"
)


def build_weekday(m: Match) -> Candidate | None:
    """``Monday``, ``last Wednesday``, ``Tues.``: a weekday (not ``Good Friday``)."""
    if not _capitalised(m, "weekday"):
        return None
    name = m.group("weekday")
    if name.casefold() not in FULL_WEEKDAYS and not name.endswith("."):
        return None  # "Sun", "Sat", "Wed" alone are too often something else
    if m.group("modifier") is None and (
        _NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
        or _NAMED_DAY_AFTER.match(m.string, m.end())
    ):
        return None  # "the Good Friday Agreement", "The Sunday Guardian reported"
    modifier = m.group("modifier")
    return (
        m.start(),
        m.end(),
        WeekdaySpec(WEEKDAYS[name.rstrip(".").casefold()], modifier and modifier.casefold()),
    )


def build_relative(m: Match) -> Candidate | None:
    """``today``, ``next week``, ``late last year``, ``three days ago``."""
    if m.group("unit"):
        raw = m.group("count").casefold()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        return m.start(), m.end(), RelativeSpec("ago " + m.group("unit").casefold(), count)
    words = m.group().casefold().replace("-", " ").split()
    if words[0] in ("early", "mid", "late"):
        words = words[1:]  # "late last year": the year, as precisely as "year" allows
    return m.start(), m.end(), RelativeSpec(" ".join(words))
