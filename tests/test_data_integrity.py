"""Every data table shipped in ``dipnews/data`` is sound, and a broken copy is caught.

The checks are those of :mod:`dipnews._validate` (metadata, unique keys and rows, ISO
codes against ``countries.json``, role codes, compiling patterns, date ranges, one target
per alias) plus :func:`dipnews.holders.validate` for the office holders (tenures, no two
holders of a single-holder office at once). Each check is proved to bite: a deliberately
broken copy of each table is rejected.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

import pytest
import regex

from dipnews import holders
from dipnews._data import load_table
from dipnews._validate import (
    ALIAS_RULES,
    CODE_FIELDS,
    GROUP_RULES,
    IDENTITY_RULES,
    PATTERN_FIELDS,
    country_codes,
    fold_alias,
    package_tables,
    validate_data,
    validate_table,
    validate_text,
)
from dipnews.errors import DataError
from dipnews.records import ROLE_CODES
from tests.strategies.text import ADVERSARIAL

TABLES = package_tables()

JSON = dict[str, Any]


def _raw(name: str) -> str:
    return resources.files("dipnews.data").joinpath(name).read_text(encoding="utf-8")


def _fresh(name: str) -> JSON:
    data: JSON = json.loads(_raw(name))
    return data


def _dicts(value: object) -> Iterator[dict[str, Any]]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


# --------------------------------------------------------------------------------------
# The shipped tables are sound.
# --------------------------------------------------------------------------------------


def test_the_package_ships_the_reference_tables() -> None:
    assert "countries.json" in TABLES
    assert len(country_codes()) >= 190
    assert {"IND", "RUS", "CHN", "USA", "GBR", "ARE"} <= country_codes()


@pytest.mark.parametrize("name", TABLES)
def test_table_passes_every_check(name: str) -> None:
    assert validate_table(name) == []


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_through_the_package_loader(name: str) -> None:
    data = load_table(name)
    assert isinstance(data["schema_version"], int)
    assert data["sources"]
    assert data["description"].strip()


def test_country_codes_are_iso_alpha3_shaped_and_unique() -> None:
    rows = load_table("countries.json")["countries"]
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(regex.fullmatch(r"[A-Z]{3}", c) for c in codes)


def _holders_table() -> tuple[list[dict[str, Any]], dict[str, list[str]]] | None:
    if "holders.json" not in TABLES:
        return None
    data = _fresh("holders.json")
    rows = data.get("holders")
    people = data.get("people", {})
    if not isinstance(rows, list) or not isinstance(people, dict):
        return None
    return rows, people


Validator = Callable[..., list[str]]


def _holders_validate() -> tuple[Validator, list[dict[str, Any]], dict[str, list[str]]]:
    validate = getattr(holders, "validate", None)
    table = _holders_table()
    if validate is None or table is None:
        pytest.skip("dipnews.holders.validate and holders.json are not written yet")
    return validate, table[0], table[1]


def test_office_holders_pass_the_holders_checks() -> None:
    validate, rows, people = _holders_validate()
    assert len(rows) >= 100
    assert validate(rows, people) == []


def _single_holder_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
    for row in rows:
        if row.get("role") in {"HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER"} and row.get("start"):
            return row
    pytest.skip("no single-holder office in holders.json")


def test_overlapping_holders_of_a_single_holder_office_are_rejected() -> None:
    validate, rows, people = _holders_validate()
    intruder = copy.deepcopy(_single_holder_row(rows))
    intruder["person"] = "Imaginary Person"
    problems = validate([*rows, intruder], people)
    assert any("Imaginary Person" in p and "overlap" in p for p in problems), problems


def test_tenure_ending_before_it_starts_is_rejected() -> None:
    validate, rows, people = _holders_validate()
    rows = copy.deepcopy(rows)
    row = _single_holder_row(rows)
    row["end"] = "1900-01-01"
    assert validate(rows, people) != []


def test_holders_with_unknown_country_or_role_are_rejected() -> None:
    validate, rows, people = _holders_validate()
    for field, bad in (("country", "XXZ"), ("role", "CHIEF_WIZARD"), ("start", "2020-13-01")):
        broken = copy.deepcopy(rows)
        broken[0][field] = bad
        assert any(repr(bad) in p or bad in p for p in validate(broken, people)), field


def test_a_variant_naming_two_people_is_rejected() -> None:
    validate, rows, people = _holders_validate()
    names = sorted(people)
    broken = copy.deepcopy(people)
    broken[names[1]] = [*broken[names[1]], names[0]]
    assert validate(rows, broken) != []


# --------------------------------------------------------------------------------------
# Regular expressions kept as data compile and cannot blow up.
# --------------------------------------------------------------------------------------


def _data_patterns() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name in TABLES:
        for row in _dicts(_fresh(name)):
            for field in PATTERN_FIELDS & row.keys():
                values = row[field] if isinstance(row[field], list) else [row[field]]
                found.extend((name, str(v)) for v in values)
    triggers = _fresh("event_triggers.json") if "event_triggers.json" in TABLES else {}
    for field in ("signable", "status"):
        value = triggers.get(field)
        values = value.values() if isinstance(value, dict) else [value]
        found.extend(("event_triggers.json", v) for v in values if isinstance(v, str))
    return found


DATA_PATTERNS = _data_patterns()


@pytest.mark.parametrize(("name", "pattern"), DATA_PATTERNS, ids=lambda v: str(v)[:40])
def test_data_pattern_has_no_catastrophic_backtracking(name: str, pattern: str) -> None:
    # A generous time limit per search over 10,000 pathological characters: linear or
    # mildly polynomial patterns finish in milliseconds; exponential ones never do.
    compiled = regex.compile(pattern, regex.IGNORECASE)
    for build in ADVERSARIAL.values():
        compiled.search(build(10_000), timeout=5.0)


# --------------------------------------------------------------------------------------
# Every check bites: a broken copy of each table is rejected.
# --------------------------------------------------------------------------------------

Mutation = Callable[[str, JSON], bool]


def _drop_sources(_name: str, data: JSON) -> bool:
    del data["sources"]
    return True


def _empty_sources(_name: str, data: JSON) -> bool:
    data["sources"] = [""]
    return True


def _string_version(_name: str, data: JSON) -> bool:
    data["schema_version"] = "1"
    return True


def _no_description(_name: str, data: JSON) -> bool:
    data.pop("description", None)
    return True


def _bad_country_code(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        for field in sorted(CODE_FIELDS & row.keys()):
            value = row[field]
            if isinstance(value, str):
                row[field] = "XXZ"
                return True
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                value.append("XXZ")
                return True
    return False


def _bad_role(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        if isinstance(row.get("role"), str):
            row["role"] = "CHIEF_WIZARD"
            return True
    return False


def _bad_pattern(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        for field in PATTERN_FIELDS & row.keys():
            row[field] = "(?:unclosed"
            return True
    return False


def _reversed_dates(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        start, end = row.get("start"), row.get("end")
        if isinstance(start, str) and isinstance(end, str) and start < end:
            row["start"], row["end"] = end, start
            return True
    return False


def _rows_of(data: JSON, path: str) -> list[object]:
    node: object = data
    for part in path.removesuffix(".*").split("."):
        node = node.get(part) if isinstance(node, dict) else None
    if path.endswith(".*") and isinstance(node, dict):
        return [rows for rows in node.values() if isinstance(rows, (list, dict))]
    return [node] if isinstance(node, (list, dict)) else []


def _alias_clash(name: str, data: JSON) -> bool:
    for _scope, path, target, fields in ALIAS_RULES.get(name, ()):
        for rows in _rows_of(data, path):
            items = list(rows.items()) if isinstance(rows, dict) else list(enumerate(rows))
            named = [(k, r) for k, r in items if isinstance(r, dict)]
            if len(named) < 2:
                continue
            (key_a, row_a), (key_b, row_b) = named[0], named[1]
            if (target == "@key" and key_a == key_b) or (
                target != "@key" and row_a.get(target) == row_b.get(target)
            ):
                continue
            first = next(
                v for f in fields for v in _as_list(row_a.get(f)) if isinstance(v, str) and v
            )
            list_field = next((f for f in fields if isinstance(row_b.get(f), list)), None)
            if list_field is None:
                continue
            # Same alias in another spelling: the check folds case, dots and spaces.
            row_b[list_field].append(first.upper() + ".")
            return True
    return False


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _duplicate_row(name: str, data: JSON) -> bool:
    for path, _fields in IDENTITY_RULES.get(name, ()):
        for rows in _rows_of(data, path):
            if isinstance(rows, list) and rows:
                rows.append(copy.deepcopy(rows[-1]))
                return True
    return False


def _group_clash(name: str, data: JSON) -> bool:
    for path in GROUP_RULES.get(name, ()):
        for groups in _rows_of(data, path):
            if isinstance(groups, dict) and len(groups) >= 2:
                first, second = list(groups)[:2]
                groups[second] = [*_as_list(groups[second]), first]
                return True
    return False


def _unsorted_mechanism(_name: str, data: JSON) -> bool:
    mechanisms = data.get("mechanisms")
    if not isinstance(mechanisms, dict):
        return False
    for key in list(mechanisms):
        parts = key.split("-")
        if len(parts) >= 3 and all(p in country_codes() for p in parts[:2]):
            mechanisms["-".join([parts[1], parts[0], *parts[2:]])] = mechanisms.pop(key)
            return True
    return False


_CODE = regex.compile(r"[A-Z]{3}")


def _bad_code_in_mapping(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        values = list(row.values())
        if len(values) >= 2 and all(isinstance(v, str) and _CODE.fullmatch(v) for v in values):
            row[next(iter(row))] = "XXZ"
            return True
    return False


def _bad_code_key(_name: str, data: JSON) -> bool:
    for row in _dicts(data):
        if len(row) >= 5 and all(_CODE.fullmatch(k) for k in row):
            row["XXZ"] = row[next(iter(row))]
            return True
    return False


MUTATIONS: dict[str, Mutation] = {
    "bad-code-in-mapping": _bad_code_in_mapping,
    "bad-code-key": _bad_code_key,
    "drop-sources": _drop_sources,
    "empty-source": _empty_sources,
    "string-version": _string_version,
    "no-description": _no_description,
    "bad-country-code": _bad_country_code,
    "bad-role": _bad_role,
    "bad-pattern": _bad_pattern,
    "reversed-dates": _reversed_dates,
    "alias-clash": _alias_clash,
    "duplicate-row": _duplicate_row,
    "group-clash": _group_clash,
    "unsorted-mechanism": _unsorted_mechanism,
}


def _broken_copies() -> list[tuple[str, str]]:
    cases = []
    for name in TABLES:
        for mutation, apply in MUTATIONS.items():
            if apply(name, _fresh(name)):
                cases.append((name, mutation))
    return cases


BROKEN = _broken_copies()


@pytest.mark.parametrize(("name", "mutation"), BROKEN)
def test_broken_copy_of_table_is_rejected(name: str, mutation: str) -> None:
    data = _fresh(name)
    assert MUTATIONS[mutation](name, data)
    assert validate_data(name, data) != [], f"{mutation} went unnoticed in {name}"


@pytest.mark.parametrize("name", TABLES)
def test_duplicate_key_in_table_text_is_rejected(name: str) -> None:
    raw = _raw(name)
    broken = raw.replace("{", '{"schema_version": 1, ', 1)
    assert any("duplicate key" in p for p in validate_text(name, broken))


@pytest.mark.parametrize("name", TABLES)
def test_truncated_table_is_rejected(name: str) -> None:
    raw = _raw(name)
    assert validate_text(name, raw[: len(raw) // 2]) != []


def test_every_kind_of_breakage_is_tried_on_some_table() -> None:
    tried = {mutation for _name, mutation in BROKEN}
    expected = (
        set(MUTATIONS) - {"reversed-dates"} if "holders.json" not in TABLES else set(MUTATIONS)
    )
    assert expected <= tried


def test_alias_folding_matches_spelling_variants() -> None:
    assert fold_alias("U.A.E.") == fold_alias("uae") == fold_alias("U A E")
    assert fold_alias("Côte d'Ivoire") != fold_alias("Cote d'Ivoire")  # accents are data


def test_preferred_settles_a_deliberate_ambiguity() -> None:
    table = {
        "schema_version": 1,
        "sources": ["test"],
        "description": "two countries share an adjective",
        "countries": [
            {"code": "COD", "name": "DR Congo", "adjectives": ["Congolese"], "aliases": []},
            {"code": "COG", "name": "Congo", "adjectives": ["Congolese"], "aliases": []},
        ],
    }
    ambiguous = validate_data("countries.json", table)
    assert any("congolese" in p for p in ambiguous)
    assert validate_data("countries.json", {**table, "preferred": {"Congolese": "COD"}}) == []


def test_role_codes_used_in_data_are_the_contracts() -> None:
    used = {
        row["role"]
        for name in TABLES
        for row in _dicts(_fresh(name))
        if isinstance(row.get("role"), str)
    }
    assert used <= set(ROLE_CODES)


def test_loading_a_missing_table_raises_data_error() -> None:
    with pytest.raises(DataError):
        load_table("no-such-table.json")
