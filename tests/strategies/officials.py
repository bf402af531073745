"""Strategies for official mentions built from parts: country, title, honorific, name, context.

Names are invented from syllables, so they are never a real person, a title word or a
sentence word; countries and titles are drawn from the package's own tables, so a new row
in a table is tested as soon as it is added.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from dipnews import countries
from dipnews.officials.grammar import grammar
from dipnews.officials.tables import tables, title_key

# Titles whose role is the same in every country unless a country row overrides it.
GENERIC_TITLES: tuple[tuple[str, str], ...] = (
    ("Foreign Minister", "FOREIGN_MINISTER"),
    ("Minister of Foreign Affairs", "FOREIGN_MINISTER"),
    ("Minister for Foreign Affairs", "FOREIGN_MINISTER"),
    ("Defence Minister", "DEFENCE_MINISTER"),
    ("Defense Minister", "DEFENCE_MINISTER"),
    ("Finance Minister", "FINANCE_MINISTER"),
    ("Trade Minister", "TRADE_MINISTER"),
    ("Prime Minister", "HEAD_OF_GOVERNMENT"),
    ("President", "HEAD_OF_STATE"),
    ("Deputy Prime Minister", "DEPUTY_HEAD_OF_GOVERNMENT"),
    ("First Deputy Prime Minister", "DEPUTY_HEAD_OF_GOVERNMENT"),
    ("Deputy Foreign Minister", "DEPUTY_FOREIGN_MINISTER"),
    ("Ambassador", "AMBASSADOR"),
    ("Special Envoy", "SPECIAL_ENVOY"),
    ("National Security Adviser", "NATIONAL_SECURITY_ADVISER"),
    ("Energy Minister", "OTHER_MINISTER"),
)
HONORIFICS: tuple[str, ...] = ("", "Dr ", "Dr. ", "Mr ", "Ms ", "H.E. ", "Shri ", "Sheikh ")
QUALIFIERS: tuple[str, ...] = ("", "former ", "Acting ")

_ONSETS = ("b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "g", "p")
_VOWELS = ("a", "e", "i", "o", "u")
_CODAS = ("", "n", "r", "l", "v", "sh", "m")


@st.composite
def words(draw: st.DrawFn) -> str:
    """An invented capitalised word of two or three syllables, never a table word."""
    stop = grammar().stop
    while True:
        syllables = [
            draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_VOWELS))
            for _ in range(draw(st.integers(min_value=2, max_value=3)))
        ]
        word = ("".join(syllables) + draw(st.sampled_from(_CODAS))).capitalize()
        if word not in stop and countries.code_for(word) is None:
            return word


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """An invented given name and surname (``Kalomir Tesavun``)."""
    return f"{draw(words())} {draw(words())}"


def _plain_countries() -> list[str]:
    """Codes whose main adjective and short name resolve back to the code."""
    out = []
    for code in sorted(countries.codes()):
        adjective, name = countries.adjective_of(code), countries.name_of(code)
        plain = "'" not in name and "’" not in name
        if plain and countries.code_for(adjective) == code and countries.code_for(name) == code:
            out.append(code)
    return out


def plain_countries() -> st.SearchStrategy[str]:
    """A country code whose main adjective and short name resolve back to it."""
    return st.sampled_from(_plain_countries())


@attrs.frozen
class Phrase:
    """A sentence naming one official, and what resolving it must give."""

    text: str
    name: str
    country: str
    role: str
    start: int
    end: int


@st.composite
def official_sentences(draw: st.DrawFn) -> Phrase:
    """A sentence with one official in one of the common house styles, and its expectation."""
    title, role = draw(st.sampled_from(GENERIC_TITLES))
    overridden = set(tables().by_country.get(title_key(title), {}))
    code = draw(st.sampled_from([c for c in _plain_countries() if c not in overridden]))
    adjective, country_name = countries.adjective_of(code), countries.name_of(code)
    name = draw(person_names())
    honorific = draw(st.sampled_from(HONORIFICS))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    style = draw(st.sampled_from(("adjective", "possessive", "of", "appositive")))
    if style == "adjective":
        mention = f"{qualifier}{adjective} {title} {honorific}{name}"
    elif style == "possessive":
        mention = f"{country_name}'s {qualifier}{title} {honorific}{name}"
    elif style == "of":
        mention = f"{qualifier}{title.lower()} of {country_name}, {honorific}{name}"
    else:
        mention = f"{honorific}{name}, the {qualifier}{adjective} {title},"
    before = draw(st.sampled_from(("", "On Monday, ", "Officials said ", "In a statement, ")))
    after = draw(st.sampled_from((" met reporters.", " said on Tuesday.", ".", " and others")))
    if style == "appositive" and after.startswith("."):
        after = " said."
    if style == "of":
        mention = f"the {mention}" if before else f"The {mention}"
        after = "," + after if not after.startswith(".") else after
    text = before + mention + after
    start = len(before) + (4 if style == "of" else 0)
    end = len(before) + len(mention)
    if style == "appositive":
        end -= 1
    return Phrase(text=text, name=name, country=code, role=role, start=start, end=end)
