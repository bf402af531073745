"""The checks on a table of holdings: each row's keys and values, no two holders of a
single-holder office at once, each person spelled one way and each variant naming one
person; and the reading of a holdings document into its rows, people and combined heads."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from dipnews import countries
from dipnews._data import organisation_keys
from dipnews.errors import DataError
from dipnews.holders.records import (
    SINGLE_HOLDER_ROLES,
    Holding,
    holding_from_row,
    office,
    parse_date,
    variants_by_person,
)
from dipnews.names import name_key
from dipnews.records import ROLE_CODES

__all__ = [
    "ORG_KEYS",
    "name_problems",
    "overlap_problems",
    "parse_document",
    "read_document",
    "validate",
]

#: Organisation keys accepted in ``country``: the organisations of ``forums.json``.
ORG_KEYS: frozenset[str] = organisation_keys()

_REQUIRED = ("person", "position", "country", "role", "start", "end", "source")
_OPTIONAL = ("variants", "approximate", "note", "verified", "union")


def _row_problems(index: int, row: object, valid_places: frozenset[str]) -> list[str]:
    where = f"row {index}"
    if not isinstance(row, dict):
        return [f"{where}: not an object"]
    person = row.get("person")
    if isinstance(person, str) and person:
        where = f"row {index} ({person})"
    problems = [f"{where}: missing {key!r}" for key in _REQUIRED if key not in row]
    problems += [f"{where}: unknown key {key!r}" for key in row if key not in _REQUIRED + _OPTIONAL]
    if problems:
        return problems
    for key in ("person", "position", "source"):
        if not isinstance(row[key], str) or not row[key].strip():
            problems.append(f"{where}: {key!r} must be a non-empty string")
    if row["country"] not in valid_places:
        problems.append(f"{where}: unknown country or organisation {row['country']!r}")
    if "union" in row and (row["union"] not in valid_places or row["union"] == row["country"]):
        problems.append(f"{where}: union {row['union']!r} is not another known country")
    if row["role"] not in ROLE_CODES:
        problems.append(f"{where}: unknown role {row['role']!r}")
    return problems + _date_problems(where, row) + _optional_problems(where, row)


def _date_problems(where: str, row: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    start = parse_date(row["start"])
    if start is None:
        problems.append(f"{where}: start {row['start']!r} is not an ISO date")
    end = None
    if row["end"] is not None:
        end = parse_date(row["end"])
        if end is None:
            problems.append(f"{where}: end {row['end']!r} is not an ISO date or null")
    if start is not None and end is not None and not start < end:
        problems.append(f"{where}: start {start} is not before end {end}")
    return problems


def _optional_problems(where: str, row: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    variants = row.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) and v for v in variants):
        problems.append(f"{where}: 'variants' must be a list of non-empty strings")
    if not isinstance(row.get("approximate", False), bool):
        problems.append(f"{where}: 'approximate' must be true or false")
    if not isinstance(row.get("note", ""), str):
        problems.append(f"{where}: 'note' must be a string")
    if "verified" in row and parse_date(row["verified"]) is None:
        problems.append(f"{where}: verified {row['verified']!r} is not an ISO date")
    return problems


def overlap_problems(rows: Sequence[Holding]) -> list[str]:
    """Two holders of one single-holder office at once (a shared hand-over day is fine)."""
    problems: list[str] = []
    by_office: dict[tuple[str, ...], list[Holding]] = {}
    for row in rows:
        if row.role in SINGLE_HOLDER_ROLES:
            by_office.setdefault(office(row), []).append(row)
    for held, spans in by_office.items():
        spans.sort(key=lambda h: h.start)
        for before, after in itertools.pairwise(spans):
            if before.end is None or after.start < before.end:
                problems.append(
                    f"{'/'.join(held)}: {before.person} ({before.start} to "
                    f"{before.end or 'now'}) overlaps {after.person} (from {after.start})"
                )
    return problems


def name_problems(rows: Sequence[Holding], people: Mapping[str, Sequence[str]]) -> list[str]:
    """One person spelled two ways as canonical, or a variant that names two people."""
    problems: list[str] = []
    canon_keys: dict[str, str] = {}
    for person in sorted({r.person for r in rows} | set(people)):
        key = name_key(person)
        other = canon_keys.setdefault(key, person)
        if other != person:
            problems.append(f"one person spelled two ways as canonical: {other!r}, {person!r}")
    owner: dict[str, str] = {}
    for person, names in variants_by_person(rows, people).items():
        for variant in names:
            key = name_key(variant)
            if not key:
                problems.append(f"{person}: empty variant {variant!r}")
                continue
            if canon_keys.get(key, person) != person:
                problems.append(f"variant {variant!r} of {person} is {canon_keys[key]}'s name")
            elif owner.setdefault(key, person) != person:
                problems.append(f"variant {variant!r} names both {owner[key]} and {person}")
    return problems


def _valid_places() -> frozenset[str]:
    return countries.codes() | ORG_KEYS


def _people_problems(people: object) -> list[str]:
    if not isinstance(people, dict):
        return ["'people' must be an object of name -> list of variants"]
    return [
        f"people[{name!r}]: variants must be a list of non-empty strings"
        for name, names in people.items()
        if not isinstance(names, list) or not all(isinstance(v, str) and v for v in names)
    ]


def validate(
    rows: Sequence[object], people: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """Every problem in holding *rows* (and the optional *people* variant map), or ``[]``.

    Checks: required keys and no unknown ones; ISO dates with ``start`` before ``end``;
    known country codes or organisation keys; role codes from the contract; no two holders
    of a single-holder office at once (a hand-over day shared by the predecessor's ``end``
    and the successor's ``start`` is fine); each canonical name spelled one way; every
    variant naming one person only.

    >>> from dipnews.holders import validate
    >>> row = {"person": "A B", "position": "P", "country": "XXX", "role": "KING",
    ...        "start": "2020-13-01", "end": None, "source": "s"}
    >>> for problem in validate([row]):
    ...     print(problem)
    row 0 (A B): unknown country or organisation 'XXX'
    row 0 (A B): unknown role 'KING'
    row 0 (A B): start '2020-13-01' is not an ISO date
    """
    places = _valid_places()
    problems: list[str] = []
    good: list[Holding] = []
    for index, row in enumerate(rows):
        row_problems = _row_problems(index, row, places)
        problems += row_problems
        if not row_problems and isinstance(row, dict):
            good.append(holding_from_row(row))
    people = {} if people is None else people
    problems += _people_problems(people)
    if not problems:
        problems += overlap_problems(good)
        problems += name_problems(good, people)
    return problems


def parse_document(data: object, table: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """The rows, people and combined heads of a parsed holdings document whose shape is
    right (else :class:`~dipnews.errors.DataError`), the rows themselves not checked."""
    if not isinstance(data, dict):
        raise DataError("the file must hold a JSON object", table=table)
    if not isinstance(data.get("schema_version"), int):
        raise DataError("missing integer 'schema_version'", table=table)
    if data["schema_version"] != 1:
        raise DataError(f"unsupported schema_version {data['schema_version']}", table=table)
    rows = data.get("holders")
    if not isinstance(rows, list):
        raise DataError("'holders' must be a list of rows", table=table)
    people = data.get("people", {})
    combined = data.get("combined_head", {})
    if not isinstance(combined, dict) or not all(
        v is None or parse_date(v) is not None for v in combined.values()
    ):
        raise DataError("'combined_head' must map codes to an ISO date or null", table=table)
    if not isinstance(people, dict):
        raise DataError("'people' must map names to lists of variants", table=table)
    return rows, people, combined


def read_document(data: object, table: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """The rows, people and combined heads of a parsed holdings document, once
    :func:`validate` finds no problem in them; else :class:`~dipnews.errors.DataError`
    listing the problems (the first twenty)."""
    rows, people, combined = parse_document(data, table)
    problems = validate(rows, people)
    if problems:
        raise DataError("; ".join(problems[:20]), table=table)
    return rows, people, combined
