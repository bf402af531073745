"""The agency index: ``data/agencies.json`` read once into a map of spellings to names.

Every spelling of a row (its ``name``, ``full_name`` and ``aliases``) is keyed by
:func:`agency_key`, which ignores case, dots, apostrophes, accents, hyphens and a leading
``the``; a key that would name two agencies is a :class:`~dipnews.errors.DataError`
when the table is first read. An abbreviation that agencies of several countries use
(``CNA`` in Taiwan and Cyprus) belongs to one row's ``aliases`` (the default) and to the
``shared_aliases`` of the others, which a dateline's country selects.

>>> from dipnews.header.agencies import agency_key
>>> agency_key("The Associated-Press"), agency_key("A.F.P.")
('associated press', 'afp')
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from types import MappingProxyType

from dipnews._compiled import compile_regex
from dipnews._data import load_table
from dipnews._fold import strip_marks
from dipnews.errors import DataError, LookupFailedError

__all__ = ["agency_key", "agency_names", "canonical_agency", "in_prose", "lookup_agency"]

_KEY_DROP = compile_regex(r"[.'’‘`]")
_KEY_SPACE = compile_regex(r"[\s\-‐‑–—_]+")


def agency_key(name: str) -> str:
    """The matching key of an agency name: case, dots, accents, hyphens, 'the' ignored."""
    folded = strip_marks(name).casefold()
    folded = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", folded)).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


@dataclasses.dataclass(frozen=True, slots=True)
class _AgencyIndex:
    """The agency table made ready for look-ups."""

    #: Every spelling's key, mapped to its agency's canonical name.
    names: Mapping[str, str]
    #: Keys of abbreviations shared by agencies of several countries (``CNA``), each
    #: mapped to the agency of each of those countries (``{"CYP": "Cyprus News
    #: Agency"}``); without a country the spelling means the agency of :attr:`names`.
    shared: Mapping[str, Mapping[str, str]]
    #: Keys of spellings that are also common abbreviations in prose (``PA``): credited
    #: in datelines, bylines and trailers, never from ``PA reported``.
    not_in_prose: frozenset[str]


def _strings(value: object, field: str, row: object) -> list[str]:
    """*value* as a list of strings, or a :class:`~dipnews.errors.DataError`."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{field} must be a list of strings", table="agencies.json", row=row)
    return list(value)


@functools.cache
def _agency_index() -> _AgencyIndex:
    """The spellings of ``data/agencies.json``, read once."""
    table = load_table("agencies.json")
    rows = table.get("agencies")
    if not isinstance(rows, list):
        raise DataError("missing list 'agencies'", table="agencies.json")
    index: dict[str, str] = {}
    shared: dict[str, dict[str, str]] = {}
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise DataError("each agency needs a string 'name'", table="agencies.json", row=row)
        name: str = row["name"]
        spellings = [name, row.get("full_name") or name, *row.get("aliases", ())]
        for spelling in spellings:
            if not isinstance(spelling, str):
                raise DataError("aliases must be strings", table="agencies.json", row=name)
            key = agency_key(spelling)
            if index.get(key, name) != name:
                raise DataError(
                    f"{spelling!r} names both {index[key]!r} and {name!r}",
                    table="agencies.json",
                    row=name,
                )
            index[key] = name
        for spelling in _strings(row.get("shared_aliases", []), "shared_aliases", name):
            country = row.get("country")
            if not isinstance(country, str):
                raise DataError(
                    "a shared alias needs the row's country", table="agencies.json", row=name
                )
            shared.setdefault(agency_key(spelling), {})[country] = name
    prose = _strings(table.get("not_in_prose", []), "not_in_prose", "not_in_prose")
    return _AgencyIndex(
        names=MappingProxyType(index),
        shared=MappingProxyType({k: MappingProxyType(v) for k, v in shared.items()}),
        not_in_prose=frozenset(agency_key(p) for p in prose),
    )


def canonical_agency(name: str, *, country: str | None = None) -> str | None:
    """The canonical short name of the news agency *name*, or ``None`` if unknown.

    Case, dots, hyphens and a leading ``the`` do not matter. An abbreviation that
    agencies of several countries use (``CNA``, ``APA``) names the one of *country* (an
    ISO 3166-1 alpha-3 code, such as a dateline's country) where the table lists one
    there, else its best-known bearer.

    >>> from dipnews.header import canonical_agency
    >>> canonical_agency("ITAR-TASS"), canonical_agency("Agence France-Presse")
    ('TASS', 'AFP')
    >>> canonical_agency("the Associated Press"), canonical_agency("Press Trust of India")
    ('AP', 'PTI')
    >>> canonical_agency("DPA"), canonical_agency("Reuter"), canonical_agency("Acme Daily")
    ('dpa', 'Reuters', None)
    >>> canonical_agency("CNA"), canonical_agency("CNA", country="CYP")
    ('CNA', 'Cyprus News Agency')
    """
    index = _agency_index()
    key = agency_key(name)
    if country is not None:
        by_country = index.shared.get(key)
        if by_country is not None and country in by_country:
            return by_country[country]
    return index.names.get(key)


def in_prose(spelling: str) -> bool:
    """Whether *spelling* may credit its agency from running text (``ANI reported``):
    not a spelling that prose uses for something else too (``PA``, ``AA``).

    >>> in_prose("ANI"), in_prose("PA")
    (True, False)
    """
    return agency_key(spelling) not in _agency_index().not_in_prose


def lookup_agency(name: str) -> str:
    """Like :func:`canonical_agency` but raise :class:`~dipnews.errors.LookupFailedError`.

    >>> from dipnews.header import lookup_agency
    >>> lookup_agency("Anadolu Agency")
    'Anadolu'
    """
    found = canonical_agency(name)
    if found is None:
        raise LookupFailedError(f"unknown news agency: {name!r}")
    return found


def agency_names() -> tuple[str, ...]:
    """Every canonical agency name in the table, in table order.

    >>> from dipnews.header import agency_names
    >>> {"IANS", "Reuters", "Xinhua", "dpa"} <= set(agency_names())
    True
    """
    return tuple(dict.fromkeys(_agency_index().names.values()))
