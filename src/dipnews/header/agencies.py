"""The agency index: ``data/agencies.json`` read once into a map of spellings to names.

Every spelling of a row (its ``name``, ``full_name`` and ``aliases``) is keyed by
:func:`agency_key`, which ignores case, dots, apostrophes, accents, hyphens and a leading
``the``; a key that would name two agencies is a :class:`~dipnews.errors.DataError`
when the table is first read.

>>> from dipnews.header.agencies import agency_key
>>> agency_key("The Associated-Press"), agency_key("A.F.P.")
('associated press', 'afp')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import regex

from dipnews._data import load_table
from dipnews._fold import strip_marks
from dipnews.errors import DataError, LookupFailedError

__all__ = ["agency_key", "agency_names", "canonical_agency", "lookup_agency"]

_KEY_DROP = regex.compile(r"[.'’‘`]")
_KEY_SPACE = regex.compile(r"[\s\-‐‑–—_]+")


def agency_key(name: str) -> str:
    """The matching key of an agency name: case, dots, accents, hyphens, 'the' ignored."""
    folded = strip_marks(name).casefold()
    folded = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", folded)).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


@functools.cache
def _agency_index() -> Mapping[str, str]:
    """Every spelling's key, mapped to its agency's canonical name."""
    table = load_table("agencies.json")
    rows = table.get("agencies")
    if not isinstance(rows, list):
        raise DataError("missing list 'agencies'", table="agencies.json")
    index: dict[str, str] = {}
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
    return MappingProxyType(index)


def canonical_agency(name: str) -> str | None:
    """The canonical short name of the news agency *name*, or ``None`` if unknown.

    Case, dots, hyphens and a leading ``the`` do not matter.

    >>> from dipnews.header import canonical_agency
    >>> canonical_agency("ITAR-TASS"), canonical_agency("Agence France-Presse")
    ('TASS', 'AFP')
    >>> canonical_agency("the Associated Press"), canonical_agency("Press Trust of India")
    ('AP', 'PTI')
    >>> canonical_agency("DPA"), canonical_agency("Reuter"), canonical_agency("Acme Daily")
    ('dpa', 'Reuters', None)
    """
    return _agency_index().get(agency_key(name))


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
    return tuple(dict.fromkeys(_agency_index().values()))
