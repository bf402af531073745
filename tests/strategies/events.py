"""Hypothesis builders for event sentences, made from parts whose answer is known.

:func:`event_sentences` writes one wire-style sentence reporting a contact between two
officials (title, name, verb form and tense, optional place, forum and date, in varying
order) and returns it with the officials, forum mentions and time expressions the other
components would find, built by hand with exact offsets, plus the expected event.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from dipnews.records import DateSpan, Forum, ForumMention, Official, TimeExpression

__all__ = [
    "PEOPLE",
    "VERBS",
    "EventCase",
    "RoundUp",
    "event_sentences",
    "non_contact_sentences",
    "round_ups",
]

#: (canonical name, title as written, country adjective, ISO3) from many regions.
PEOPLE: tuple[tuple[str, str, str, str], ...] = (
    ("Amara Okafor", "Foreign Minister", "Nigerian", "NGA"),
    ("Lin Wei", "Foreign Minister", "Chinese", "CHN"),
    ("Kenji Sato", "Prime Minister", "Japanese", "JPN"),
    ("Ana Souza", "President", "Brazilian", "BRA"),
    ("Omar Al Hashimi", "Minister of State", "Emirati", "ARE"),
    ("Priya Raman", "External Affairs Minister", "Indian", "IND"),
    ("Pavel Orlov", "Deputy Prime Minister", "Russian", "RUS"),
    ("Mehmet Kaya", "Foreign Minister", "Turkish", "TUR"),
    ("Siti Rahman", "Foreign Minister", "Malaysian", "MYS"),
    ("Lucia Ferrer", "Foreign Minister", "Argentine", "ARG"),
    ("Jonas Becker", "Chancellor", "German", "DEU"),
    ("Kwame Mensah", "President", "Ghanaian", "GHA"),
)

#: (verb phrase, kind, status) for a contact between a subject and an object.
VERBS: tuple[tuple[str, str, str], ...] = (
    ("met", "MEET", "held"),
    ("met with", "MEET", "held"),
    ("held talks with", "MEET", "held"),
    ("held bilateral talks with", "MEET", "held"),
    ("will meet", "MEET", "planned"),
    ("is set to meet", "MEET", "planned"),
    ("is expected to hold talks with", "MEET", "planned"),
    ("is scheduled to meet", "MEET", "planned"),
    ("spoke by phone with", "CALL", "held"),
    ("spoke over the phone with", "CALL", "held"),
    ("will speak by phone with", "CALL", "planned"),
)

#: Verbs that report no contact.
NON_CONTACT: tuple[str, ...] = (
    "praised",
    "criticised",
    "congratulated",
    "thanked",
    "condemned the remarks of",
    "wrote to",
)

#: Capitals with their countries (so a place is never a participant's own city by chance).
CITIES: tuple[tuple[str, str], ...] = (
    ("Nairobi", "KEN"),
    ("Geneva", "CHE"),
    ("Jakarta", "IDN"),
    ("Doha", "QAT"),
    ("Lima", "PER"),
    ("Vienna", "AUT"),
    ("Hanoi", "VNM"),
)

#: Forum phrases as written, with the forum they name.
FORUMS: tuple[tuple[str, Forum], ...] = (
    ("G20 Leaders' Summit", Forum("G20", "SUMMIT")),
    ("80th UN General Assembly", Forum("UN", "GA", 80)),
    ("SCO Foreign Ministers' Meeting", Forum("SCO", "FMM")),
    ("ASEAN Regional Forum", Forum("ASEAN", "MINISTERIAL")),
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@attrs.frozen
class EventCase:
    """A generated sentence, what the other components find in it, and the answer."""

    text: str
    officials: tuple[Official, ...]
    forums: tuple[ForumMention, ...]
    times: tuple[TimeExpression, ...]
    kind: str
    participants: tuple[str, ...]
    status: str
    date: DateSpan | None
    place: str | None
    forum: Forum | None


class _Writer:
    """Appends text pieces and records the offsets of the ones that matter."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


@st.composite
def _dates(draw: st.DrawFn) -> tuple[str, DateSpan]:
    year = draw(st.integers(2019, 2027))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 27))  # day + 1 (a range) is a valid date in every month
    name = _MONTHS[month - 1]
    style = draw(st.sampled_from(["mdy", "dmy", "range", "month"]))
    if style == "mdy":
        return f"{name} {day}, {year}", DateSpan.day(dt.date(year, month, day))
    if style == "dmy":
        return f"{day} {name} {year}", DateSpan.day(dt.date(year, month, day))
    if style == "range":
        return f"{name} {day}-{day + 1}, {year}", DateSpan(
            dt.date(year, month, day), dt.date(year, month, day + 1), "days"
        )
    end = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
    return f"{name} {year}", DateSpan(dt.date(year, month, 1), end, "month")


@st.composite
def event_sentences(draw: st.DrawFn) -> EventCase:
    """One sentence reporting a contact, with its parts and the expected event."""
    a, b = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique_by=lambda p: p[3]))
    verb, kind, status = draw(st.sampled_from(VERBS))
    city = draw(st.none() | st.sampled_from(CITIES))
    forum = draw(st.none() | st.sampled_from(FORUMS))
    date = draw(st.none() | _dates())
    date_first = draw(st.booleans())
    w = _Writer()
    officials: list[Official] = []
    times: list[TimeExpression] = []
    forums: list[ForumMention] = []

    def add_date(prefix: str) -> None:
        if date is None:
            return
        w.add(prefix)
        s, e = w.add(date[0])
        times.append(TimeExpression(date[0], s, e, date[1]))

    if date_first:
        add_date("On ")
        if date is not None:
            w.add(", ")
    for person in (a, b):
        if person is b:
            w.add(f" {verb} ")
        surface = f"{person[2]} {person[1]} {person[0]}"
        s, e = w.add(surface)
        officials.append(Official(person[0], surface, person[3], "FOREIGN_MINISTER", None, s, e))
    if city is not None:
        w.add(f" in {city[0]}")
    if forum is not None:
        w.add(" on the sidelines of the ")
        s, e = w.add(forum[0])
        forums.append(ForumMention(forum[1], forum[0], s, e))
    if not date_first:
        add_date(" on " if date is not None and date[1].precision != "month" else " in ")
    w.add(", the foreign ministry said.")
    text = w.text
    if date_first and text:
        text = text[0].upper() + text[1:]
    return EventCase(
        text=text,
        officials=tuple(officials),
        forums=tuple(forums),
        times=tuple(times),
        kind=kind,
        participants=(a[0], b[0]),
        status=status,
        date=None if date is None else date[1],
        place=None if city is None else city[0],
        forum=None if forum is None else forum[1],
    )


@st.composite
def non_contact_sentences(draw: st.DrawFn) -> tuple[str, tuple[Official, ...]]:
    """A sentence naming two officials with a verb that reports no contact."""
    a, b = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique_by=lambda p: p[3]))
    verb = draw(st.sampled_from(NON_CONTACT))
    w = _Writer()
    officials = []
    for person in (a, b):
        if person is b:
            w.add(f" {verb} ")
        surface = f"{person[2]} {person[1]} {person[0]}"
        s, e = w.add(surface)
        officials.append(Official(person[0], surface, person[3], "FOREIGN_MINISTER", None, s, e))
    w.add(" on Tuesday.")
    return w.text, tuple(officials)


#: Countries a round-up may list (name as written, ISO3), none of PEOPLE's.
LISTED: tuple[tuple[str, str], ...] = (
    ("Chile", "CHL"),
    ("Peru", "PER"),
    ("Norway", "NOR"),
    ("Kenya", "KEN"),
    ("Vietnam", "VNM"),
    ("Poland", "POL"),
    ("Morocco", "MAR"),
    ("South Africa", "ZAF"),
)

#: Offices a round-up names its unnamed counterparts by (singular, plural).
OFFICES: tuple[tuple[str, str], ...] = (
    ("president", "presidents"),
    ("prime minister", "prime ministers"),
    ("foreign minister", "foreign ministers"),
    ("leader", "leaders"),
)


@attrs.frozen
class RoundUp:
    """A sentence listing counterparts by office and country, and the answer."""

    text: str
    officials: tuple[Official, ...]
    subject: str
    codes: tuple[str, ...]
    status: str


@st.composite
def round_ups(draw: st.DrawFn) -> RoundUp:
    """``X will meet the leaders of A, B and C.``, ``X held bilateral meetings with the
    president of A, the prime minister of B and the foreign minister of C.``: one event
    per country, in order."""
    name, title, adjective, _code = draw(st.sampled_from(PEOPLE))
    countries = draw(st.lists(st.sampled_from(LISTED), min_size=2, max_size=5, unique=True))
    w = _Writer()
    start, end = w.add(f"{adjective} {title} {name}")
    official = Official(name, w.text[start:end], _code, "FOREIGN_MINISTER", title, start, end)
    planned = draw(st.booleans())
    last = draw(st.sampled_from([" and ", ", and "]))
    if draw(st.booleans()):
        _singular, plural = draw(st.sampled_from(OFFICES))
        names = [c for c, _ in countries]
        listed = ", ".join(names[:-1]) + last + names[-1]
        verb = "will meet" if planned else "met"
        w.add(f" {verb} the {plural} of {listed}.")
    else:
        items = [
            f"the {draw(st.sampled_from(OFFICES))[0]} of {country}" for country, _ in countries
        ]
        listed = ", ".join(items[:-1]) + last + items[-1]
        verb = "will hold" if planned else "held"
        w.add(f" {verb} bilateral meetings with {listed}.")
    return RoundUp(
        w.text,
        (official,),
        name,
        tuple(code for _, code in countries),
        "planned" if planned else "held",
    )
