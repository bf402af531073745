"""Hypothesis builders for temporal expressions, assembled from their parts.

Each builder returns the text it wrote together with the parts it wrote it from, so a
test can check that :mod:`dipnews.temporal` gives the parts back.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st

__all__ = [
    "ABBREVIATIONS",
    "FILLERS",
    "PARTS",
    "anchors",
    "day_ranges",
    "full_dates",
    "month_expressions",
    "month_names",
    "ordinal",
    "surroundings",
    "weekday_names",
]

#: Abbreviations used by wire services for each month (index 0 unused).
ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    (),
    ("Jan",),
    ("Feb",),
    ("Mar",),
    ("Apr",),
    (),
    ("Jun",),
    ("Jul",),
    ("Aug",),
    ("Sep", "Sept"),
    ("Oct",),
    ("Nov",),
    ("Dec",),
)

#: Phrases that hold no temporal expression, to surround generated ones.
FILLERS: tuple[str, ...] = (
    "",
    "The ministers met in Moscow",
    "According to the ministry,",
    "Talks on trade and energy",
    "(IANS)",
    "— the spokesperson said.",
    "44 Indian nationals",
    "S-400 systems and Su-30 jets",
    "the 2+2 dialogue",
    "Xinhua reported",
    "Москва заявила",
    "وزير الخارجية",
    "外交部发言人",
)

years = st.integers(min_value=1950, max_value=2099)
anchors = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2090, 12, 31))


def ordinal(day: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``, ``22nd``..."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{({1: 'st', 2: 'nd', 3: 'rd'}).get(day % 10, 'th')}"


@st.composite
def month_names(draw: st.DrawFn, month: int, *, abbreviations: bool = True) -> str:
    """A spelling of *month*: full, upper-case, or an abbreviation with or without a dot."""
    full = calendar.month_name[month]
    variants = [full, full.upper()]
    if abbreviations:
        for abbr in ABBREVIATIONS[month]:
            variants += [abbr, abbr + ".", abbr.upper()]
    return draw(st.sampled_from(variants))


@st.composite
def weekday_names(draw: st.DrawFn, weekday: int) -> str:
    """A full weekday name (``Monday``) or its capitalised upper-case form."""
    name = calendar.day_name[weekday]
    return draw(st.sampled_from([name, name.upper()]))


def _day_text(draw: st.DrawFn, day: int) -> str:
    return draw(st.sampled_from([str(day), ordinal(day)] + ([f"0{day}"] if day < 10 else [])))


@st.composite
def full_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A date with its year, written in one of the common orders: ``(text, date)``."""
    year = draw(years)
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=calendar.monthrange(year, month)[1]))
    date = dt.date(year, month, day)
    name = draw(month_names(month))
    order = draw(st.sampled_from(["mdy", "dmy", "the-of", "iso", "weekday-mdy", "weekday-dmy"]))
    if order == "iso":
        return date.isoformat(), date
    day_text = _day_text(draw, day)
    if order == "mdy":
        return f"{name} {day_text}, {year}", date
    if order == "dmy":
        return f"{day_text} {name} {year}", date
    if order == "the-of":
        return f"the {ordinal(day)} of {name} {year}", date
    weekday = draw(weekday_names(date.weekday()))
    if order == "weekday-mdy":
        return f"{weekday}, {name} {day_text}, {year}", date
    return f"{weekday} {day_text} {name} {year}", date


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[str, dt.date, dt.date]:
    """A range of days with its year: ``(text, first day, last day)``.

    Within one month (``November 17–18``, ``17-18 Nov 2025``, ``from July 7 to 8``,
    ``between 5 and 6 December``) or across two (``Nov 30-Dec 2``, ``from 23 December
    to 8 January``, which rolls into the next year).
    """
    year = draw(st.integers(min_value=1950, max_value=2098))
    month = draw(st.integers(min_value=1, max_value=12))
    last = calendar.monthrange(year, month)[1]
    if draw(st.booleans()):
        d1 = draw(st.integers(min_value=1, max_value=last - 1))
        d2 = draw(st.integers(min_value=d1 + 1, max_value=last))
        name = draw(month_names(month))
        dash = draw(st.sampled_from(["-", "–", " – ", "—"]))
        form = draw(st.sampled_from(["md-d", "d-dm", "from-to", "between"]))
        start, end = dt.date(year, month, d1), dt.date(year, month, d2)
        if form == "md-d":
            return f"{name} {d1}{dash}{d2}, {year}", start, end
        if form == "d-dm":
            return f"{d1}{dash}{d2} {name} {year}", start, end
        if form == "from-to":
            return f"from {name} {d1} to {d2}, {year}", start, end
        return f"between {d1} and {d2} {name} {year}", start, end
    d1 = draw(st.integers(min_value=15, max_value=last))
    month2 = month % 12 + 1
    year2 = year + 1 if month2 == 1 else year
    d2 = draw(st.integers(min_value=1, max_value=14))
    name1, name2 = draw(month_names(month)), draw(month_names(month2))
    start, end = dt.date(year, month, d1), dt.date(year2, month2, d2)
    form = draw(st.sampled_from(["md-md", "dm-dm", "from-to"]))
    if form == "md-md":
        return f"{name1} {d1}-{name2} {d2}, {year2}", start, end
    if form == "dm-dm":
        return f"{d1} {name1} – {d2} {name2} {year2}", start, end
    return f"from {d1} {name1} to {d2} {name2} {year2}", start, end


#: Part-of-month words and the days they cover (``None``: the month's last day).
PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid-": (11, 20),
    "mid": (11, 20),
    "late": (21, None),
    "the beginning of": (1, 10),
    "the middle of": (11, 20),
    "the end of": (21, None),
    "the first week of": (1, 7),
    "the second week of": (8, 14),
    "the third week of": (15, 21),
    "the first half of": (1, 15),
    "the second half of": (16, None),
}


@st.composite
def month_expressions(draw: st.DrawFn) -> tuple[str, dt.date, dt.date, str]:
    """A month, or part of one, with its year: ``(text, first day, last day, precision)``.

    ``February 2025``, ``Feb. 2025``, ``early December 2025``, ``mid-July 2024``, ``the
    end of June 2023``...
    """
    year = draw(years)
    month = draw(st.integers(min_value=1, max_value=12))
    last = calendar.monthrange(year, month)[1]
    if draw(st.booleans()):
        name = draw(month_names(month))
        return f"{name} {year}", dt.date(year, month, 1), dt.date(year, month, last), "month"
    name = draw(month_names(month, abbreviations=False))
    part = draw(st.sampled_from(sorted(PARTS)))
    lo, hi = PARTS[part]
    joiner = "" if part.endswith("-") else " "
    start, end = dt.date(year, month, lo), dt.date(year, month, hi or last)
    return f"{part}{joiner}{name} {year}", start, end, "part-of-month"


@st.composite
def surroundings(draw: st.DrawFn) -> tuple[str, str]:
    """Text to put before and after an expression: ``(left, right)``, spaced off."""
    left = draw(st.sampled_from(FILLERS))
    right = draw(st.sampled_from(FILLERS))
    return (left + " " if left else ""), (" " + right if right else "")
