"""Countries: ISO 3166-1 alpha-3 codes, names, adjectives (demonyms), aliases and capitals.

The facts live in ``data/countries.json`` (one row per country or territory, see
:doc:`holders` for its layout and how to extend it); this module indexes them once, at first
use, and answers lookups from dictionaries.

Matching is forgiving: case, dots (``U.S.`` is ``US``), diacritics (``Türkiye`` is
``Turkiye``), curly apostrophes, hyphens versus spaces and a leading ``the`` are all
ignored. A possessive is *not* stripped: ``"India's"`` is unknown, strip ``'s`` first.

>>> from dipnews.countries import adjective_of, capital_of, code_for, code_for_place, name_of
>>> code_for("India"), code_for("Indian"), code_for("Bharat"), code_for("the U.S.")
('IND', 'IND', 'IND', 'USA')
>>> code_for("Kazakhstani"), code_for("Kazakh"), code_for("Côte d’Ivoire"), code_for("DPRK")
('KAZ', 'KAZ', 'CIV', 'PRK')
>>> name_of("RUS"), adjective_of("RUS"), capital_of("RUS")
('Russia', 'Russian', 'Moscow')
>>> code_for_place("New Delhi"), code_for_place("Moscow"), code_for_place("the Kremlin")
('IND', 'RUS', 'RUS')
>>> code_for("Atlantis") is None
True

Ambiguous words resolve to one country each (documented in the table's ``notes``):
``Congolese`` and bare ``Congo`` give ``COD``; ``Korean`` and bare ``Korea`` give ``KOR``;
``Dominican`` gives ``DOM``.

Public API:

- :func:`code_for`: name, short name, official name, adjective or alias -> code.
- :func:`name_of`, :func:`official_name_of`, :func:`adjective_of`, :func:`capital_of`.
- :func:`code_for_place`: a capital, seat of government or country name -> code.
- :func:`code_for_city`: a major non-capital city or venue (``data/cities.json``) -> code.
- :func:`all_names`: every lower-cased name, adjective and alias -> code;
  :func:`surface_names` the same in their written case (build case-sensitive patterns for
  all-capital acronyms such as ``US`` from it, so the pronoun *us* is not a country).
- :func:`codes`: every known code; :func:`is_code`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from dipnews._compiled import compile_regex
from dipnews._data import load_table, string_list
from dipnews._fold import APOSTROPHES, strip_marks
from dipnews.errors import DataError

__all__ = [
    "Country",
    "adjective_of",
    "all_names",
    "capital_of",
    "code_for",
    "code_for_city",
    "code_for_place",
    "codes",
    "country",
    "fold",
    "is_code",
    "name_of",
    "official_name_of",
    "surface_names",
]

_TABLE = "countries.json"
_CODE = compile_regex(r"[A-Z]{3}")
_APOSTROPHES = compile_regex(f"[{APOSTROPHES}]")
_DASHES = compile_regex(r"[\p{Pd}\s]++")
_DOTS = compile_regex(r"\.")


@attrs.frozen
class Country:
    """One row of the country table."""

    code: str
    name: str
    official: str
    adjectives: tuple[str, ...]
    aliases: tuple[str, ...]
    capital: str | None
    places: tuple[str, ...]


def fold(name: str) -> str:
    """The comparison key used for country names and places.

    Lower-cases, drops diacritics and dots, straightens apostrophes, turns hyphens and runs
    of spaces into one space, and drops a leading ``the``.

    >>> from dipnews.countries import fold
    >>> fold("The U.S.A."), fold("Côte d’Ivoire"), fold("Guinea-Bissau")
    ('usa', "cote d'ivoire", 'guinea bissau')
    """
    text = _APOSTROPHES.sub("'", strip_marks(name).casefold())
    text = _DOTS.sub("", text)
    text = _DASHES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@attrs.frozen
class _Index:
    by_code: Mapping[str, Country]
    names: Mapping[str, str]
    places: Mapping[str, str]
    lower: Mapping[str, str]
    surface: Mapping[str, str]


def _strings(row: Mapping[str, Any], key: str, code: str) -> tuple[str, ...]:
    return tuple(string_list(row.get(key, []), key, table=_TABLE, row=code))


def _country(row: object) -> Country:
    if not isinstance(row, dict):
        raise DataError("row must be an object", table=_TABLE, row=row)
    code = row.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise DataError("'code' must be three capital letters", table=_TABLE, row=code)
    for key in ("name", "official"):
        if not isinstance(row.get(key), str) or not row[key]:
            raise DataError(f"'{key}' must be a non-empty string", table=_TABLE, row=code)
    capital = row.get("capital")
    if capital is not None and not isinstance(capital, str):
        raise DataError("'capital' must be a string or null", table=_TABLE, row=code)
    adjectives = _strings(row, "adjectives", code)
    if not adjectives:
        raise DataError("at least one adjective is needed", table=_TABLE, row=code)
    return Country(
        code=code,
        name=row["name"],
        official=row["official"],
        adjectives=adjectives,
        aliases=_strings(row, "aliases", code),
        capital=capital,
        places=_strings(row, "places", code),
    )


@functools.cache
def _index() -> _Index:
    data = load_table(_TABLE)
    rows = data.get("countries")
    if not isinstance(rows, list):
        raise DataError("'countries' must be a list", table=_TABLE)
    preferred = {fold(k): v for k, v in data.get("preferred", {}).items()}
    by_code: dict[str, Country] = {}
    names: dict[str, str] = {}
    surface: dict[str, str] = {}
    places: dict[str, str] = {}
    for row in rows:
        c = _country(row)
        if c.code in by_code:
            raise DataError("duplicate code", table=_TABLE, row=c.code)
        by_code[c.code] = c
        for text in (c.name, c.official, *c.adjectives, *c.aliases):
            key = fold(text)
            owner = preferred.get(key, names.get(key, c.code))
            if owner != c.code and key not in preferred:
                raise DataError(
                    f"{text!r} names both {owner} and {c.code}; add it to 'preferred'",
                    table=_TABLE,
                    row=c.code,
                )
            names[key] = owner
            surface.setdefault(text, owner)
        for text in (*([c.capital] if c.capital else []), *c.places):
            key = fold(text)
            if places.get(key, c.code) != c.code:
                raise DataError(f"place {text!r} is claimed twice", table=_TABLE, row=c.code)
            places[key] = c.code
    for key, code in preferred.items():
        if code not in by_code:
            raise DataError(f"preferred {key!r} -> unknown code {code}", table=_TABLE)
    # A country's own name also names it as a place (``code_for_place("Japan")``), unless a
    # capital already took that spelling (Singapore, Kuwait City are capitals of their own).
    for key, code in names.items():
        places.setdefault(key, code)
    lower = {text.lower(): code for text, code in surface.items()}
    return _Index(
        by_code=MappingProxyType(by_code),
        names=MappingProxyType(names),
        places=MappingProxyType(places),
        lower=MappingProxyType(lower),
        surface=MappingProxyType(surface),
    )


def _as_str(value: object) -> str | None:
    """*value* if it is a string (lookups answer ``None`` for anything else)."""
    return value if isinstance(value, str) else None


def code_for(name: str) -> str | None:
    """ISO alpha-3 code for a country name, adjective or alias, or ``None``.

    >>> from dipnews.countries import code_for
    >>> code_for("Emirati"), code_for("UAE"), code_for("Turkey"), code_for("Türkiye")
    ('ARE', 'ARE', 'TUR', 'TUR')
    """
    text = _as_str(name)
    return None if text is None else _index().names.get(fold(text))


def code_for_place(name: str) -> str | None:
    """The code of the country whose capital, seat or name is *name*, or ``None``.

    Useful for metonymy (``"Beijing said..."``). Country names and adjectives are accepted
    too.

    >>> from dipnews.countries import code_for_place
    >>> code_for_place("Beijing"), code_for_place("Kyiv"), code_for_place("Kiev")
    ('CHN', 'UKR', 'UKR')
    """
    text = _as_str(name)
    return None if text is None else _index().places.get(fold(text))


_CITIES = "cities.json"


@functools.cache
def _cities() -> Mapping[str, str]:
    data = load_table(_CITIES)
    rows = data.get("cities")
    if not isinstance(rows, list):
        raise DataError("'cities' must be a list", table=_CITIES)
    index = _index()
    found: dict[str, str] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise DataError("a city row must be an object", table=_CITIES, row=i)
        name, code = row.get("name"), row.get("country")
        if not isinstance(name, str) or not name or not isinstance(code, str):
            raise DataError("a city needs 'name' and 'country'", table=_CITIES, row=i)
        if code not in index.by_code:
            raise DataError(f"unknown country code {code!r}", table=_CITIES, row=name)
        for text in (
            name,
            *string_list(row.get("variants", []), "variants", table=_CITIES, row=name),
        ):
            key = fold(text)
            if key in index.places or found.get(key, code) != code:
                raise DataError(f"city {text!r} is claimed twice", table=_CITIES, row=name)
            found[key] = code
    return MappingProxyType(found)


def code_for_city(name: str) -> str | None:
    """The code of the country of a major non-capital city or venue, or ``None``.

    The cities come from ``data/cities.json`` (cities that host summits, visits and
    ministerial meetings); capitals are answered by :func:`code_for_place`, not here.

    >>> from dipnews.countries import code_for_city
    >>> code_for_city("Busan"), code_for_city("Tianjin"), code_for_city("Rio de Janeiro")
    ('KOR', 'CHN', 'BRA')
    >>> code_for_city("St. Petersburg"), code_for_city("Moscow") is None
    ('RUS', True)
    """
    text = _as_str(name)
    return None if text is None else _cities().get(fold(text))


def country(code: str) -> Country | None:
    """The whole :class:`Country` row for *code*, or ``None``."""
    return _index().by_code.get(code)


def _row(code: str) -> Country:
    row = _index().by_code.get(code)
    if row is None:
        raise KeyError(code)
    return row


def name_of(code: str) -> str:
    """The common English short name of *code*; raises :class:`KeyError` if unknown."""
    return _row(code).name


def official_name_of(code: str) -> str:
    """The official name of *code* (``"Russian Federation"``)."""
    return _row(code).official


def adjective_of(code: str) -> str:
    """The main English adjective of *code* (``"IND"`` -> ``"Indian"``)."""
    return _row(code).adjectives[0]


def capital_of(code: str) -> str | None:
    """The capital of *code*, or ``None`` if the table records none (or *code* is unknown)."""
    row = _index().by_code.get(code)
    return None if row is None else row.capital


def codes() -> frozenset[str]:
    """Every code in the table."""
    return frozenset(_index().by_code)


def is_code(code: str) -> bool:
    """Whether *code* is a code in the table."""
    return code in _index().by_code


def all_names() -> Mapping[str, str]:
    """Every lower-cased country name, adjective and alias, mapped to its code."""
    return _index().lower


def surface_names() -> Mapping[str, str]:
    """Every country name, adjective and alias as written in the table, mapped to its code."""
    return _index().surface
