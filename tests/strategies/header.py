"""Hypothesis strategies for the header component: datelines and bylines built from parts.

Each composite returns the text it built together with the parts it was built from, so a
test can parse the text and compare what comes back with the parts.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from dipnews._calendar import MONTHS
from dipnews._data import load_table
from dipnews.header import canonical_agency
from dipnews.header.vocabulary import NOT_PLACE_START, NOT_PLACE_WORD, ROLE_WORDS
from dipnews.temporal import infer_year

#: Real place names of several shapes: one word, several words, particles, hyphens.
REAL_PLACES = (
    "Moscow",
    "New Delhi",
    "Beijing",
    "Kuala Lumpur",
    "Abu Dhabi",
    "Rio de Janeiro",
    "Addis Ababa",
    "United Nations",
    "Port-au-Prince",
    "Ho Chi Minh City",
    "St. Petersburg",
    "Nur-Sultan",
    "São Paulo",
    "Dar es Salaam",
    "Islamabad",
    "Geneva",
    "Tashkent",
)

_LOWER_STOP = {
    # Words that would make a sentence of a dateline; never generated as place words.
    "in", "on", "at", "the", "a", "an", "and", "by", "to", "of", "for", "from", "with",
    "is", "are", "was", "be", "as", "or", "it", "he", "she", "we", "i", "you", "said",
    "may", "can", "do", "no", "not", "so", "if", "but", "our", "his", "her", "who", "one",
    "mr", "ms", "dr", "us", "up", "yet",
}  # fmt: skip


def _ok_word(word: str) -> bool:
    low = word.lower()
    return (
        low not in _LOWER_STOP
        and low not in NOT_PLACE_START
        and low not in NOT_PLACE_WORD
        and low not in MONTHS
        and canonical_agency(low) is None
        and not low.startswith(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    )


#: A made-up capitalised place word ("Kelvara").
place_words = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)
    .filter(_ok_word)
    .map(str.capitalize)
)

#: A place of one to three words, real or made up, in title case.
places = st.sampled_from(REAL_PLACES) | st.lists(place_words, min_size=1, max_size=3).map(" ".join)


def agency_spellings() -> list[tuple[str, str]]:
    """(spelling, canonical name) for every agency name and alias in the table."""
    pairs: list[tuple[str, str]] = []
    for row in load_table("agencies.json")["agencies"]:
        for spelling in [row["name"], row["full_name"], *row["aliases"]]:
            pairs.append((spelling, row["name"]))
    return pairs


#: (spelling as written, canonical name) of a news agency.
agencies = st.sampled_from(agency_spellings())

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


@st.composite
def written_dates(draw: st.DrawFn, *, with_year: bool | None = None) -> tuple[str, dt.date, bool]:
    """(date as written, the date, whether the year is written) in a wire style."""
    day = draw(dates)
    year_written = draw(st.booleans()) if with_year is None else with_year
    full = _MONTH_NAMES[day.month - 1]
    abbr = _MONTH_ABBR[day.month - 1]
    month = draw(st.sampled_from([full, abbr, abbr + "." if abbr != "May" else abbr]))
    style = draw(st.sampled_from(["md", "dm", "ordinal"]))
    if style == "md":
        written = f"{month} {day.day}" + (f", {day.year}" if year_written else "")
    elif style == "dm":
        written = f"{day.day} {month}" + (f" {day.year}" if year_written else "")
    else:
        written = f"{_ordinal(day.day)} {full}" + (f", {day.year}" if year_written else "")
    return written, day, year_written


@attrs.frozen
class BuiltDateline:
    """A dateline built from parts, the article text around it, and the parts."""

    text: str
    surface: str
    place: str
    date: dt.date | None
    agency: str | None
    published: dt.date


_BODY = (
    " The foreign ministers of the two countries met on Monday and agreed to deepen "
    "cooperation in trade, energy and security."
)


@st.composite
def datelines(draw: st.DrawFn) -> BuiltDateline:
    """A wire dateline (place in any case, date style, agency variant, punctuation)."""
    place = draw(places)
    agency = draw(st.none() | agencies)
    dated = draw(st.none() | written_dates())
    # Lower case only where a date or an agency makes the dateline unmistakable.
    cases = [str.upper, lambda s: s]
    if agency is not None or dated is not None:
        cases.append(str.lower)
    case = draw(st.sampled_from(cases))
    written_place = case(place)
    surface = written_place
    if dated is not None:
        surface += ", " + case(dated[0])
    if agency is not None:
        surface += f" ({agency[0]})"
    seps = [" -", " --", " —", " –", ":"]
    if agency is not None:
        seps.append("")
    surface += draw(st.sampled_from(seps))
    published = draw(dates)
    if dated is None:
        date = None
    elif dated[2]:
        date = dated[1]
    else:
        # The year is not written: dipnews's one year rule gives it (the reading nearest
        # the anchor, within four years either side).
        date = infer_year(dated[1].month, dated[1].day, published)
    return BuiltDateline(
        text=surface + _BODY,
        surface=surface,
        place=written_place,
        date=date,
        agency=None if agency is None else agency[1],
        published=published,
    )


#: A person's name of two or three capitalised words, possibly with an initial.
person_names = st.tuples(
    st.sampled_from(["", "S. ", "A. K. ", "J. "]),
    # Role words ("Agencies", "Staff") mark a byline piece as a role, never a name.
    st.lists(place_words.filter(lambda w: w.lower() not in ROLE_WORDS), min_size=2, max_size=3).map(
        " ".join
    ),
).map("".join)


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A byline line (``By Jane Doe and John Roe, Staff Reporters``) and its names."""
    names = draw(st.lists(person_names, min_size=1, max_size=3, unique=True))
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    by = draw(st.sampled_from(["By", "BY", "Written by"]))
    upper = draw(st.booleans())
    line = f"{by} {joined.upper() if upper else joined}"
    line += draw(st.sampled_from(["", ", Staff Reporter", ", Special Correspondent"]))
    return line, names


#: Lines a scraped page puts above the story (written for these tests, in the shapes of
#: real pages): menus, stamps, site names, labels, tag lists, headlines.
FURNITURE_LINES = (
    "Skip to main content",
    "Close",
    "Menu",
    "Home | World | Asia-Pacific",
    "Listen to this article",
    "4 min read",
    "Share this story",
    "Advertisement",
    "The Harbour Times",
    "Diplomacy",
    "UPDATED",
    "MAR 14, 2024, 9:12 PM WIB",
    "Updated: 14 Mar 2024, 09:12 PM IST",
    "Tags: diplomacy, maritime security, trade",
    "Foreign Ministers Pledge Closer Maritime Cooperation",
    "Regional bloc's top diplomats gather for annual talks",
)

#: Paragraphs a scraped page puts above the story: photo captions and a summary.
FURNITURE_PARAGRAPHS = (
    "Ministers pose for a group photo before the retreat in Manila on March 13. PHOTO: DFA",
    "The two foreign ministers shake hands at the start of their talks. (Photo: PNA)",
    "Delegates attend the opening session of the forum on Tuesday.[Photo/Agencies]",
    "Foreign Minister Ana Ruiz (2nd L) meets her Peruvian counterpart in Lima. (Andina/Luis Vera)",
    "A summit host greets arriving leaders at the convention centre. — Bernama pic",
    "The ministers agreed on Monday to open new consulates and to resume direct flights, "
    "a spokesman for the foreign ministry told reporters after the talks.",
)


@st.composite
def furniture(draw: st.DrawFn) -> str:
    """Page furniture to put above a story: lines and paragraphs, each followed by a
    blank line or a line break, ending with a blank line."""
    parts = draw(
        st.lists(
            st.sampled_from(FURNITURE_LINES) | st.sampled_from(FURNITURE_PARAGRAPHS),
            min_size=1,
            max_size=6,
        )
    )
    text = ""
    for part in parts:
        text += part + draw(st.sampled_from(["\n", "\n\n"]))
    return text + "\n"
