"""Hypothesis strategies for person names built from the spelling-variant table."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from dipnews._data import load_table

_GROUPS: dict[str, list[str]] = {
    canon: list(spellings)
    for canon, spellings in load_table("name_variants.json")["groups"].items()
}

_HONORIFICS = {h.casefold() for h in load_table("name_variants.json")["honorifics"]}
# Honorifics (Sheikh/Shaikh) are in the variant table too, but are stripped before matching:
# they are not given names.
for _canon in [c for c, vs in _GROUPS.items() if {c, *vs} & _HONORIFICS]:
    del _GROUPS[_canon]

#: Given names with more than one spelling, as (canonical, variant) pairs.
GIVEN_PAIRS: list[tuple[str, str]] = sorted(
    (canon, variant) for canon, variants in _GROUPS.items() for variant in variants
)

#: Surnames that wire copy spells several ways, each with its variant spellings.
SURNAMES: list[tuple[str, ...]] = [
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii", "Zelenski"),
    ("Erdogan", "Erdoğan", "ERDOGAN"),
    ("Aliyev", "Aliev"),
    ("Tokayev", "Tokaev"),
    ("Mirziyoyev", "Mirziyoev"),
    ("Lavrov",),
    ("Jaishankar",),
    ("Araghchi",),
    ("al-Sudani", "Al Sudani", "al Sudani", "Al-Sudani"),
    ("Çavuşoğlu", "Cavusoglu"),
    ("Sikorski", "Sikorsky", "Sikorskiy"),
]

_CASES = st.sampled_from([str.upper, str.lower, str.title, lambda s: s])


def _cased(text: str, change: object) -> str:
    assert callable(change)
    result = change(text)
    assert isinstance(result, str)
    return result


@st.composite
def variant_names(draw: st.DrawFn) -> tuple[str, str]:
    """A pair (written name, same name in other spellings and case) for one person."""
    given, other_given = draw(st.sampled_from(GIVEN_PAIRS))
    if draw(st.booleans()):
        given, other_given = other_given, given
    forms = draw(st.sampled_from(SURNAMES))
    surname = draw(st.sampled_from(forms))
    other_surname = draw(st.sampled_from(forms))
    return (
        _cased(f"{given.title()} {surname}", draw(_CASES)),
        _cased(f"{other_given.title()} {other_surname}", draw(_CASES)),
    )


@st.composite
def accented(draw: st.DrawFn, text: str) -> str:
    """*text* with combining accents added to some of its letters (composed where possible)."""
    marks = st.sampled_from(["\u0301", "\u0300", "\u0308", "\u0302", "\u030c", "\u0327"])
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and draw(st.booleans()):
            out.append(draw(marks))
    return unicodedata.normalize("NFC", "".join(out))


ascii_names = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10),
    min_size=1,
    max_size=4,
).map(lambda parts: " ".join(p.title() for p in parts))


@st.composite
def different_given_names(draw: st.DrawFn) -> tuple[str, str]:
    """Two names with one surname and given names that are not spellings of each other."""
    first, second = draw(
        st.lists(st.sampled_from(sorted(_GROUPS)), min_size=2, max_size=2, unique=True)
    )
    surname = draw(st.sampled_from(SURNAMES))[0]
    initial = draw(st.booleans())
    left = f"{first[0].upper()}." if initial and first[0] != second[0] else first.title()
    return f"{left} {surname}", f"{second.title()} {surname}"
