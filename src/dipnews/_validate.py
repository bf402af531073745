"""Generic checks for the package's JSON data tables (and a user's copies of them).

Every table in :mod:`dipnews.data` follows a few rules whatever it holds; this module
checks them and returns a list of problems (an empty list means the table is sound):

* metadata: an integer ``schema_version`` (1 or more), a non-empty ``sources`` list of
  non-empty strings, and a non-empty ``description``;
* unique keys: no JSON object repeats a key (:func:`json.loads` would silently keep the
  last one, so the raw text is read with a duplicate-detecting hook);
* unique rows: in a list of rows, no two rows share an identity (``code``, ``key``,
  ``id``, ``org`` + ``body``...);
* ISO codes: every value of a ``country``/``countries``/``code``/``parties`` field that is a
  country code is one of the codes in ``countries.json`` (the reference), or an
  organisation key (see :data:`ORG_KEYS`);
* date ranges: a row with ``start`` and ``end`` ISO dates does not end before it starts;
* aliases: after folding (case, dots, spacing) every name, alias, variant or adjective in
  a list of rows names one row only, unless the table settles the ambiguity in a top-level
  ``preferred`` object (alias to target).

Table-specific rules live with their tables (``dipnews.holders.validate`` checks tenures
and single-holder offices).

>>> from dipnews._validate import validate_text
>>> validate_text("demo.json", '{"schema_version": 1, "sources": ["x"], "description": "d"}')
[]
>>> validate_text("demo.json", '{"schema_version": 1, "sources": [], "description": "d"}')
['demo.json: sources: must be a non-empty list of non-empty strings']
>>> validate_text("demo.json", '{"schema_version": 1, "schema_version": 2}')[0]
"demo.json: duplicate key 'schema_version' in one object"
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import regex

from dipnews._data import load_table
from dipnews.errors import DataError

__all__ = [
    "ALIAS_FIELDS",
    "CODE_FIELDS",
    "ORG_KEYS",
    "country_codes",
    "fold_alias",
    "org_keys",
    "package_tables",
    "validate_data",
    "validate_table",
    "validate_text",
]

#: Organisation keys of the ``dipnews/1`` contract: valid where a country code is expected
#: (an official of an organisation has the organisation's key as ``country``).
ORG_KEYS: frozenset[str] = frozenset(
    {
        "UN", "SCO", "BRICS", "G20", "G7", "QUAD", "ASEAN", "EAS", "BIMSTEC", "SAARC",
        "EAEU", "EU", "NATO", "AU", "OSCE", "CICA", "APEC", "COMMONWEALTH", "WTO", "CSTO",
        "GCC", "OIC", "IRIGC-TEC", "IND-RUS-SUMMIT",
    }
)  # fmt: skip

#: Fields whose values are country codes (or organisation keys).
CODE_FIELDS: frozenset[str] = frozenset(
    {"country", "countries", "parties", "members", "member_states", "iso3"}
)

#: Fields of a row holding other names for it: each must name that row only.
ALIAS_FIELDS: tuple[str, ...] = ("aliases", "variants", "adjectives", "abbreviations")

#: Fields naming a row (checked with the aliases).
_NAME_FIELDS: tuple[str, ...] = ("name", "official")

#: Fields that together identify a row of a list, tried in this order.
_ID_FIELDS: tuple[tuple[str, ...], ...] = (
    ("code",),
    ("id",),
    ("key",),
    ("org", "body"),
    ("person", "position", "start"),
)

_DATE_LIKE = regex.compile(r"\d{4}-")
_BILATERAL = regex.compile(r"([A-Z]{3})-([A-Z]{3})-[A-Z0-9+]{1,20}(?:-[A-Z0-9+]{1,20}){0,3}")
_DOTS_SPACES = regex.compile(r"[.\s]++")


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKeyError(key)
        seen[key] = value
    return seen


def fold_alias(name: str) -> str:
    """The form in which two aliases count as the same: case-folded, dots and spacing removed.

    >>> fold_alias("U.S.") == fold_alias("us") == fold_alias(" U S ")
    True
    """
    return _DOTS_SPACES.sub("", name).casefold()


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes listed in ``countries.json`` (the reference table)."""
    rows = load_table("countries.json").get("countries", [])
    return frozenset(r["code"] for r in rows if isinstance(r, dict) and "code" in r)


@functools.cache
def org_keys() -> frozenset[str]:
    """:data:`ORG_KEYS` and every ``org`` key of ``forums.json`` (where that table exists)."""
    keys = set(ORG_KEYS)
    try:
        forums = load_table("forums.json")
    except DataError:
        return frozenset(keys)
    for _path, value in _walk(forums, "$"):
        if isinstance(value, dict) and isinstance(value.get("org"), str):
            keys.add(value["org"])
    return frozenset(keys)


def package_tables() -> list[str]:
    """File names of every JSON table shipped in :mod:`dipnews.data`, sorted."""
    folder = resources.files("dipnews.data")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))


def validate_table(name: str) -> list[str]:
    """Problems in the package's table *name* (``"countries.json"``); ``[]`` if sound."""
    raw = resources.files("dipnews.data").joinpath(name).read_text(encoding="utf-8")
    return validate_text(name, raw)


def validate_text(name: str, raw: str) -> list[str]:
    """Problems in the JSON text *raw* of a table called *name*; ``[]`` if sound."""
    try:
        data = json.loads(raw, object_pairs_hook=_no_duplicates)
    except _DuplicateKeyError as exc:
        return [f"{name}: duplicate key {exc.key!r} in one object"]
    except json.JSONDecodeError as exc:
        return [f"{name}: not valid JSON: {exc}"]
    return validate_data(name, data)


def validate_data(name: str, data: object) -> list[str]:
    """Problems in the parsed table *data* called *name*; ``[]`` if sound."""
    if not isinstance(data, dict):
        return [f"{name}: top level must be a JSON object"]
    problems = [f"{name}: {p}" for p in _metadata(data)]
    preferred = data.get("preferred", {})
    if not isinstance(preferred, dict):
        problems.append(f"{name}: preferred: must be an object (alias to target)")
        preferred = {}
    fold_preferred = {fold_alias(str(k)) for k in preferred}
    codes = country_codes() if name != "countries.json" else _own_codes(data)
    for path, value in _walk(data, "$"):
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
            problems.extend(f"{name}: {path}: {p}" for p in _rows(value, fold_preferred))
        if isinstance(value, dict):
            problems.extend(f"{name}: {path}: {p}" for p in _row_fields(value, codes))
    return problems


def _own_codes(data: Mapping[str, Any]) -> frozenset[str]:
    rows = data.get("countries", [])
    if not isinstance(rows, list):
        return frozenset()
    return frozenset(str(r.get("code")) for r in rows if isinstance(r, dict))


def _metadata(data: Mapping[str, Any]) -> Iterator[str]:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        yield "schema_version: must be an integer >= 1"
    sources = data.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) and s.strip() for s in sources)
    ):
        yield "sources: must be a non-empty list of non-empty strings"
    description = data.get("description")
    if not isinstance(description, str) or not description.strip():
        yield "description: must be a non-empty string"


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    # Iterative, so a deeply nested (hostile) table cannot exhaust the stack.
    stack: list[tuple[str, object]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        yield where, item
        if isinstance(item, dict):
            stack.extend((f"{where}.{k}", v) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(item))))


def _identity(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    for fields in _ID_FIELDS:
        if fields[0] in row:
            return tuple(f"{f}={row.get(f)!r}" for f in fields)
    return None


def _target(row: Mapping[str, Any]) -> str | None:
    for field in ("code", "id", "key", "person", "canonical", "org", "agency", "name"):
        value = row.get(field)
        if isinstance(value, str):
            body = row.get("body")
            return f"{value}/{body}" if field == "org" and isinstance(body, str) else value
    return None


def _rows(rows: list[dict[str, Any]], preferred: set[str]) -> Iterator[str]:
    seen: dict[tuple[str, ...], int] = {}
    owners: dict[str, set[str]] = {}
    for index, row in enumerate(rows):
        ident = _identity(row)
        if ident is not None:
            if ident in seen:
                yield f"rows {seen[ident]} and {index} share the identity {', '.join(ident)}"
            seen.setdefault(ident, index)
        target = _target(row)
        if target is None:
            continue
        for alias in _aliases(row):
            owners.setdefault(fold_alias(alias), set()).add(target)
    for alias, targets in sorted(owners.items()):
        if len(targets) > 1 and alias not in preferred:
            yield f"alias {alias!r} names several entries: {', '.join(sorted(targets))}"


def _aliases(row: Mapping[str, Any]) -> Iterable[str]:
    for field in _NAME_FIELDS:
        value = row.get(field)
        if isinstance(value, str) and value.strip():
            yield value
    for field in ALIAS_FIELDS:
        values = row.get(field)
        if isinstance(values, list):
            yield from (v for v in values if isinstance(v, str) and v.strip())


def _row_fields(row: Mapping[str, Any], codes: frozenset[str]) -> Iterator[str]:
    for field in CODE_FIELDS:
        if field not in row:
            continue
        value = row[field]
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, (dict, list)):
                continue  # a nested table (``"countries": [...]``), checked row by row
            if item is not None and not _valid_code(item, codes):
                yield f"{field}: {item!r} is neither an ISO 3166-1 alpha-3 code nor an org key"
    start, end = row.get("start"), row.get("end")
    if isinstance(start, str) and (end is None or isinstance(end, str)):
        try:
            first = dt.date.fromisoformat(start)
            last = None if end is None else dt.date.fromisoformat(end)
        except ValueError:
            if _looks_like_date(start) or _looks_like_date(end):
                yield f"start/end: not ISO dates (YYYY-MM-DD): {start!r}, {end!r}"
            return
        if last is not None and last < first:
            yield f"ends ({end}) before it starts ({start})"


def _looks_like_date(value: object) -> bool:
    return isinstance(value, str) and _DATE_LIKE.match(value) is not None


def _valid_code(item: object, codes: frozenset[str]) -> bool:
    if not isinstance(item, str):
        return False
    if item in codes or item in ORG_KEYS:
        return True
    if item in org_keys():
        return True
    bilateral = _BILATERAL.fullmatch(item)
    return bilateral is not None and bilateral[1] in codes and bilateral[2] in codes
