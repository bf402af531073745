"""Checks for the package's JSON data tables (and a user's copies of them).

Every table in ``dipnews/data`` follows a few rules whatever it holds; this module
checks them and returns a list of problems (an empty list means the table is sound):

* metadata: an integer ``schema_version`` (1 or more), a non-empty ``sources`` list of
  non-empty strings, and a non-empty ``description``;
* unique keys: no JSON object repeats a key (``json.loads`` would silently keep the
  last one, so the raw text is read with a duplicate-detecting hook), and no two rows of
  a list are the same entry (:data:`IDENTITY_RULES`);
* ISO codes: every value of a country field (:data:`CODE_FIELDS`), every value of a
  mapping to codes and every key of a mapping from codes is a code of ``countries.json``
  (the reference) or an organisation key (:func:`org_keys`); a bilateral mechanism key
  ``AAA-BBB-NAME`` names two known codes;
* role codes: a ``role`` field holds one of :data:`dipnews.records.ROLE_CODES`;
* patterns: a regular expression kept as data (:data:`PATTERN_FIELDS`) compiles;
* date ranges: a row with ``start`` and ``end`` ISO dates does not end before it starts;
* aliases: after folding (:func:`fold_alias`) every name, alias, variant or adjective
  names one entry only (:data:`ALIAS_RULES`), unless the table settles the ambiguity in a
  top-level ``preferred`` object (alias to target).

Rules about one table's meaning live with it: ``dipnews.holders.validate`` checks
tenures and single-holder offices.

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
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

import regex

from dipnews._data import load_table, organisation_keys
from dipnews.errors import DataError
from dipnews.records import ROLE_CODES

__all__ = [
    "ALIAS_RULES",
    "CODE_FIELDS",
    "GROUP_RULES",
    "IDENTITY_RULES",
    "ORGANISATION_KEYS",
    "ORG_KEYS",
    "PATTERN_FIELDS",
    "ROLE_FIELDS",
    "country_codes",
    "fold_alias",
    "org_keys",
    "package_tables",
    "validate_data",
    "validate_table",
    "validate_text",
]

#: The organisations' keys (the ``orgs`` of ``forums.json``, read by
#: ``dipnews._data.organisation_keys``). An official of one has its key as ``country``.
ORGANISATION_KEYS: frozenset[str] = organisation_keys()

#: Keys valid where a country code is expected, the organisations' and those of the two
#: bilateral mechanisms the contract names as ``org`` keys of their own.
ORG_KEYS: frozenset[str] = ORGANISATION_KEYS | {"IRIGC-TEC", "IND-RUS-SUMMIT"}

#: Fields whose values are country codes (or organisation keys).
CODE_FIELDS: frozenset[str] = frozenset(
    {"country", "countries", "parties", "members", "member_states", "iso3"}
)

#: Where each table keeps its rows and names, for the alias check.
#: ``(scope, path to the rows, field naming the target, fields holding names)``; a path
#: ending in ``.*`` is a dict of row lists (one scope per key); ``@key`` is the dict key.
ALIAS_RULES: dict[str, tuple[tuple[str, str, str, tuple[str, ...]], ...]] = {
    "countries.json": (
        ("countries", "countries", "code", ("name", "official", "adjectives", "aliases")),
    ),
    "agencies.json": (("agencies", "agencies", "name", ("name", "full_name", "aliases")),),
    "cities.json": (("cities", "cities", "name", ("name", "variants")),),
    "forums.json": (("orgs", "orgs", "@key", ("name", "names", "acronyms")),),
    "titles.json": (
        ("generic", "generic", "title", ("title", "aliases")),
        ("countries", "countries.*", "title", ("title", "aliases")),
    ),
}

#: Mappings of a target to the list of its other names (``{"sergey": ["sergei", ...]}``):
#: no name may be listed under two targets.
GROUP_RULES: dict[str, tuple[str, ...]] = {
    "name_variants.json": ("groups",),
    "holders.json": ("people",),
    "titles.json": ("organisations",),
}

#: Fields that identify a row uniquely within its list, per table and row path.
IDENTITY_RULES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "countries.json": (("countries", ("code",)),),
    "agencies.json": (("agencies", ("name",)),),
    "cities.json": (("cities", ("name",)),),
    "titles.json": (("generic", ("title",)), ("countries.*", ("title",))),
    "holders.json": (("holders", ("person", "position", "country", "start")),),
}

#: Fields whose string values must be role codes of the contract.
ROLE_FIELDS: frozenset[str] = frozenset({"role"})

#: Fields whose string values are regular expressions (they must compile).
PATTERN_FIELDS: frozenset[str] = frozenset({"pattern", "patterns", "regex"})

_BILATERAL = regex.compile(r"([A-Z]{3})-([A-Z]{3})-[A-Z0-9+]{1,20}(?:-[A-Z0-9+]{1,20}){0,3}")
_DOTS_SPACES = regex.compile(r"[.\s]++")
_DATE_LIKE = regex.compile(r"\d{4}-")
_CODE_SHAPE = regex.compile(r"[A-Z]{3}")


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

    >>> from dipnews._validate import fold_alias
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
    """:data:`ORG_KEYS` and the organisation and mechanism keys of ``forums.json`` and
    ``titles.json`` (where those tables exist)."""
    keys = set(ORG_KEYS)
    for table, field in (
        ("forums.json", "orgs"),
        ("forums.json", "mechanisms"),
        ("titles.json", "organisations"),
    ):
        try:
            section = load_table(table).get(field)
        except DataError:
            continue
        if isinstance(section, dict):
            keys.update(str(k) for k in section)
    return frozenset(keys)


def package_tables() -> list[str]:
    """File names of every JSON table shipped in ``dipnews/data``, sorted."""
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
    folded_preferred = {fold_alias(str(k)) for k in preferred}
    codes = country_codes() if name != "countries.json" else _own_codes(data)
    problems.extend(f"{name}: {p}" for p in _alias_problems(name, data, folded_preferred))
    problems.extend(f"{name}: {p}" for p in _identity_problems(name, data))
    problems.extend(f"{name}: {p}" for p in _group_problems(name, data))
    problems.extend(f"{name}: {p}" for p in _mechanism_problems(data, codes))
    for path, value in _walk(data, "$"):
        if isinstance(value, dict):
            problems.extend(f"{name}: {path}: {p}" for p in _row_fields(value, codes))
            problems.extend(f"{name}: {path}: {p}" for p in _code_map(value, codes))
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


def _rows_at(data: Mapping[str, Any], path: str) -> Iterator[tuple[str, object]]:
    """The row collections at *path* (``a.b`` or ``a.*``), each with its scope name."""
    parts = path.split(".")
    node: object = data
    for part in parts[:-1] if parts[-1] == "*" else parts:
        node = node.get(part) if isinstance(node, dict) else None
    if parts[-1] != "*":
        yield path, node
    elif isinstance(node, dict):
        for key, rows in node.items():
            yield f"{path[:-1]}{key}", rows


def _named_rows(rows: object) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(rows, list):
        yield from ((f"[{i}]", r) for i, r in enumerate(rows) if isinstance(r, dict))
    elif isinstance(rows, dict):
        yield from ((str(k), r) for k, r in rows.items() if isinstance(r, dict))


def _names(row: Mapping[str, Any], fields: tuple[str, ...]) -> Iterator[str]:
    for field in fields:
        value = row.get(field)
        values = value if isinstance(value, list) else [value]
        yield from (v for v in values if isinstance(v, str) and v.strip())


def _alias_problems(name: str, data: Mapping[str, Any], preferred: set[str]) -> Iterator[str]:
    for scope, path, target_field, fields in ALIAS_RULES.get(name, ()):
        for where, rows in _rows_at(data, path):
            owners: dict[str, set[str]] = {}
            for key, row in _named_rows(rows):
                target = key if target_field == "@key" else row.get(target_field)
                if not isinstance(target, str):
                    continue
                for alias in _names(row, fields):
                    owners.setdefault(fold_alias(alias), set()).add(target)
            for alias, targets in sorted(owners.items()):
                if len(targets) > 1 and alias not in preferred:
                    names = ", ".join(sorted(targets))
                    yield f"{where}: alias {alias!r} names several {scope} entries: {names}"


def _group_problems(name: str, data: Mapping[str, Any]) -> Iterator[str]:
    for path in GROUP_RULES.get(name, ()):
        for where, groups in _rows_at(data, path):
            if not isinstance(groups, dict):
                continue
            owners: dict[str, set[str]] = {}
            for target, names in groups.items():
                for alias in [target, *(names if isinstance(names, list) else [names])]:
                    if isinstance(alias, str):
                        owners.setdefault(fold_alias(alias), set()).add(str(target))
            for alias, targets in sorted(owners.items()):
                if len(targets) > 1:
                    yield f"{where}: {alias!r} is listed under several keys: {sorted(targets)}"


def _mechanism_problems(data: Mapping[str, Any], codes: frozenset[str]) -> Iterator[str]:
    mechanisms = data.get("mechanisms")
    if not isinstance(mechanisms, dict):
        return
    for key, row in mechanisms.items():
        pair = _BILATERAL.fullmatch(str(key))
        if pair is None:
            continue
        first, second = pair[1], pair[2]
        if first not in codes or second not in codes or first >= second:
            yield f"mechanisms: key {key!r} must start with two known codes in sorted order"
        listed = row.get("countries") if isinstance(row, dict) else None
        if isinstance(listed, list) and sorted(map(str, listed)) != [first, second]:
            yield f"mechanisms: key {key!r} does not match its countries {listed!r}"


def _identity_problems(name: str, data: Mapping[str, Any]) -> Iterator[str]:
    for path, fields in IDENTITY_RULES.get(name, ()):
        for where, rows in _rows_at(data, path):
            seen: dict[tuple[object, ...], str] = {}
            for key, row in _named_rows(rows):
                ident = tuple(row.get(f) for f in fields)
                if ident in seen:
                    shown = ", ".join(f"{f}={v!r}" for f, v in zip(fields, ident, strict=True))
                    yield f"{where}: rows {seen[ident]} and {key} are the same entry ({shown})"
                seen.setdefault(ident, key)


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
    for field in ROLE_FIELDS & row.keys():
        if isinstance(row[field], str) and row[field] not in ROLE_CODES:
            yield f"{field}: {row[field]!r} is not a role code of the contract"
    for field in PATTERN_FIELDS & row.keys():
        values = row[field] if isinstance(row[field], list) else [row[field]]
        for pattern in values:
            try:
                regex.compile(str(pattern), regex.IGNORECASE | regex.VERSION0)
            except regex.error as exc:
                yield f"{field}: {pattern!r} does not compile: {exc}"
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


def _code_map(mapping: Mapping[str, Any], codes: frozenset[str]) -> Iterator[str]:
    """A mapping to country codes (every value one ``ABC`` code or a list of them), or from
    them (every key ``ABC``): each such code must be known."""
    if len(mapping) < 2:
        return
    values = [
        v for value in mapping.values() for v in (value if isinstance(value, list) else [value])
    ]
    if values and all(isinstance(v, str) and _CODE_SHAPE.fullmatch(v) for v in values):
        yield from (
            f"{v!r} is not a known country code" for v in values if not _valid_code(v, codes)
        )
    keys = list(mapping)
    if len(keys) >= 5 and all(_CODE_SHAPE.fullmatch(k) for k in keys):
        yield from (
            f"key {k!r} is not a known country code" for k in keys if not _valid_code(k, codes)
        )


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
