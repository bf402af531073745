"""Hypothesis strategies for forum names: canonical forums from the data, and their names
rewritten the ways news copy writes them (case, dashes, spellings, apostrophes, ordinals in
words, line breaks), embedded in surrounding text."""

from __future__ import annotations

import regex
from hypothesis import strategies as st

from dipnews._data import load_table
from dipnews.countries import surface_names
from dipnews.forums import forums
from dipnews.records import Forum

#: Host cities a forum may be given (a place is free text; these are realistic ones).
CITIES = ("Tianjin", "Rio de Janeiro", "New Delhi", "Kazan", "New York", "Addis Ababa", "Astana")

_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_DASHES = ["-", "\u2013", "\u2014", "\u2010"]
_SPELLINGS = {
    "Organisation": "Organization",
    "Organization": "Organisation",
    "Defence": "Defense",
    "Co-operation": "Cooperation",
    "Technological": "Technical",
    "Inter-Governmental": "Intergovernmental",
}
_APOSTROPHE = regex.compile(r"\b(\w+?)s'(?=\s|$)")


def ordinal_words(n: int) -> str:
    """*n* (1-99) as an English ordinal in words: ``23`` -> ``twenty-third``."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{_UNITS[unit]}"


def roman_numeral(n: int) -> str:
    """*n* (1-89) in Roman numerals: ``22`` -> ``XXII``."""
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV")):
        while n >= value:
            out += letters
            n -= value
    return out + "I" * n


def acronyms() -> frozenset[str]:
    """Every organisation and mechanism acronym in the data, in its written case."""
    data = load_table("forums.json")
    words: set[str] = set()
    for row in data["orgs"].values():
        words.update(row["acronyms"])
    for row in data["mechanisms"].values():
        words.update(row.get("acronyms", []))
    return frozenset(words)


def protected_words() -> frozenset[str]:
    """Words whose case is part of the name: acronyms (``UN``, ``Quad``) and the words of
    country names (a country pair is matched in its written case)."""
    return acronyms() | {w for name in surface_names() for w in name.split()}


@st.composite
def data_forums(draw: st.DrawFn) -> Forum:
    """A forum the data defines, perhaps with an edition and a host city (meetings only)."""
    base = draw(st.sampled_from(forums()))
    if base.body is None:
        return base
    edition = draw(st.none() | st.integers(min_value=1, max_value=99))
    place = draw(st.none() | st.sampled_from(CITIES))
    return Forum(base.org, base.body, edition, place)


def full_names() -> dict[str, str]:
    """Each organisation's display name mapped to its first acronym (where they differ)."""
    data = load_table("forums.json")
    return {
        row["name"]: row["acronyms"][0]
        for row in data["orgs"].values()
        if row["acronyms"] and row["acronyms"][0] != row["name"]
    }


@st.composite
def variations(draw: st.DrawFn, name: str) -> str:
    """*name* rewritten with variations that must not change what it canonicalises to."""
    keep = protected_words()
    fulls = full_names()
    for full, acronym in fulls.items():
        # Not inside a longer name (United Nations Children's Fund).
        longer = any(o != full and full in o and o in name for o in fulls)
        if full in name and not longer and draw(st.booleans()):
            name = name.replace(full, f"{full} ({acronym})", 1)
            break
    words = name.split(" ")
    out = []
    for word in words:
        if draw(st.booleans()) and word in _SPELLINGS:
            word = _SPELLINGS[word]
        if word.strip("(),") not in keep and not any(
            ch.isdigit() or ch in "-\u2013" for ch in word
        ):
            case = draw(st.sampled_from(["same", "lower", "upper", "title"]))
            bare = word.rstrip(",")
            if case == "lower":
                word = word.lower()
            elif case == "upper" and len(bare) > 3:
                word = word.upper()
            elif case == "title":
                word = word[:1].upper() + word[1:]
        if word.lower() == "and" and draw(st.booleans()):
            word = "&"
        if "\u2013" in word or "-" in word:
            dash = draw(st.sampled_from(_DASHES))
            word = regex.sub("[\u2013-]", dash, word)
        out.append(word)
    text = ""
    for i, word in enumerate(out):
        if i:
            text += draw(st.sampled_from([" ", " ", "  ", "\n"]))
        text += word
    form = draw(st.sampled_from(["s'", "s", "s\u2019", "'s"]))
    text = _APOSTROPHE.sub(lambda m: m.group(1) + form, text)
    ordinal = regex.match(r"(\d+)(?:st|nd|rd|th)\b", text)
    if ordinal and draw(st.booleans()):
        text = ordinal_words(int(ordinal.group(1))) + text[ordinal.end() :]
    return text


#: Sentence frames that put a forum name inside running text; ``{}`` is the name.
FRAMES = (
    "{}",
    "The minister attended the {}.",
    "Officials said on Monday that the {} would discuss trade and terrorism.",
    "(Reuters) - Talks at the {} ended late, diplomats said.",
    "«{}» — a statement said.",
)


@st.composite
def in_text(draw: st.DrawFn, name: str) -> tuple[str, int]:
    """A sentence with *name* in it, and the offset where *name* starts."""
    frame = draw(st.sampled_from(FRAMES))
    at = frame.index("{}")
    return frame.format(name), at


def _round_trip_codes() -> list[str]:
    """Country codes whose common name reads back to the code (all of them, today)."""
    from dipnews import countries

    return sorted(c for c in countries.codes() if countries.code_for(countries.name_of(c)) == c)


@st.composite
def generic_mechanisms(draw: st.DrawFn) -> Forum:
    """A standing bilateral mechanism of a pair the data does not list for its kind, with
    the generic key ``AAA-BBB-SUFFIX`` (codes sorted), perhaps an edition and a place."""
    data = load_table("forums.json")
    kinds = data["mechanism_kinds"]
    suffixes = sorted((s, k) for k, row in kinds.items() for s in row.get("generic", {}))
    suffix, kind = draw(st.sampled_from(suffixes))
    codes = _round_trip_codes()
    a, b = sorted(draw(st.lists(st.sampled_from(codes), min_size=2, max_size=2, unique=True)))
    listed = {(tuple(sorted(row["countries"])), row["kind"]) for row in data["mechanisms"].values()}
    if ((a, b), kind) in listed:
        a, b = "KEN", "TZA"  # no listed mechanism of any kind
    edition = draw(st.none() | st.integers(min_value=1, max_value=99))
    place = draw(st.none() | st.sampled_from(CITIES))
    return Forum(f"{a}-{b}-{suffix}", kinds[kind]["body"], edition, place)
