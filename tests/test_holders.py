"""Office holders: the package table's facts and integrity, lookups, user files."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews import holders
from dipnews._data import load_table
from dipnews.errors import DataError, InputTooLargeError, InputTypeError
from dipnews.holders import Holding, Registry, shared, validate
from dipnews.knowledge import Knowledge

TABLE = load_table("holders.json")
VARIANTS = sorted(
    (person, variant) for person, names in TABLE["people"].items() for variant in names
)


@pytest.fixture(autouse=True)
def _fresh_registry() -> Iterator[None]:
    shared.reset()
    yield
    shared.reset()


def _row(person: str = "Ann Example", **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "person": person,
        "position": "Minister of Foreign Affairs",
        "country": "ISL",
        "role": "FOREIGN_MINISTER",
        "start": "2020-01-01",
        "end": None,
        "source": "test",
    }
    row.update(changes)
    return row


def _doc(rows: list[dict[str, Any]], people: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"schema_version": 1, "sources": ["test"], "holders": rows, "people": people or {}}


# The package table ---------------------------------------------------------------------


def test_package_table_is_valid() -> None:
    assert validate(TABLE["holders"], TABLE["people"]) == []


def test_package_table_has_metadata() -> None:
    assert TABLE["schema_version"] == 1
    assert TABLE["sources"]
    data_date = dt.date.fromisoformat(TABLE["data_date"])
    # an open row is checked no later than the day the table claims to be current for
    verified = [dt.date.fromisoformat(r["verified"]) for r in TABLE["holders"] if "verified" in r]
    assert verified
    assert max(verified) <= data_date


def test_every_row_cites_its_source_and_verified_only_open_rows() -> None:
    for row in TABLE["holders"]:
        assert row["source"].strip(), row
        assert "verified" not in row or row["end"] is None, row


def test_the_world_has_a_head_of_state_and_a_foreign_minister_on_the_data_date() -> None:
    day = dt.date.fromisoformat(TABLE["data_date"])
    codes = {c["code"] for c in load_table("countries.json")["countries"]}
    both = [
        code
        for code in codes
        if holders.at(code, "HEAD_OF_STATE", day) and holders.at(code, "FOREIGN_MINISTER", day)
    ]
    assert len(both) >= 185


@pytest.mark.parametrize(
    ("country", "role", "day", "person"),
    [
        ("RUS", "FOREIGN_MINISTER", "2025-11-17", "Sergey Lavrov"),
        ("IND", "HEAD_OF_GOVERNMENT", "2016-01-01", "Narendra Modi"),
        ("USA", "FOREIGN_MINISTER", "2025-06-01", "Marco Rubio"),
        ("USA", "FOREIGN_MINISTER", "2018-06-01", "Mike Pompeo"),
        ("IND", "FOREIGN_MINISTER", "2018-06-01", "Sushma Swaraj"),
        ("IND", "FOREIGN_MINISTER", "2025-11-17", "Subrahmanyam Jaishankar"),
        ("IND", "SENIOR_DIPLOMAT", "2016-06-01", "Subrahmanyam Jaishankar"),
        ("IND", "NATIONAL_SECURITY_ADVISER", "2025-11-17", "Ajit Doval"),
        ("RUS", "DEFENCE_MINISTER", "2023-01-01", "Sergei Shoigu"),
        ("RUS", "DEFENCE_MINISTER", "2025-01-01", "Andrei Belousov"),
        ("RUS", "FOREIGN_MINISTRY_SPOKESPERSON", "2025-11-17", "Maria Zakharova"),
        ("CHN", "FOREIGN_MINISTER", "2023-05-01", "Qin Gang"),
        ("CHN", "HEAD_OF_STATE", "2025-11-17", "Xi Jinping"),
        ("GBR", "HEAD_OF_GOVERNMENT", "2022-10-01", "Liz Truss"),
        ("UN", "ORG_HEAD", "2020-01-01", "António Guterres"),
        ("NATO", "ORG_HEAD", "2025-01-01", "Mark Rutte"),
        ("SCO", "ORG_HEAD", "2023-06-01", "Zhang Ming"),
        ("EU", "FOREIGN_MINISTER", "2025-03-01", "Kaja Kallas"),
        # Hand-over day: the successor only.
        ("USA", "HEAD_OF_STATE", "2017-01-20", "Donald Trump"),
        ("USA", "HEAD_OF_STATE", "2017-01-19", "Barack Obama"),
        # Presidential systems: the head of state heads the government.
        ("USA", "HEAD_OF_GOVERNMENT", "2022-01-01", "Joe Biden"),
        ("TUR", "HEAD_OF_GOVERNMENT", "2017-01-01", "Binali Yildirim"),
        ("TUR", "HEAD_OF_GOVERNMENT", "2020-01-01", "Recep Tayyip Erdogan"),
    ],
)
def test_known_facts(country: str, role: str, day: str, person: str) -> None:
    assert [h.person for h in holders.at(country, role, dt.date.fromisoformat(day))] == [person]
    assert [h.person for h in holders.at(country, role, day)] == [person]


def test_combined_head_only_from_its_date() -> None:
    # Türkiye had a prime minister until 2018-07-09; no fallback before that.
    assert [h.person for h in holders.at("TUR", "HEAD_OF_GOVERNMENT", "2015-01-01")] == [
        "Ahmet Davutoglu"
    ]


def test_multi_holder_roles_answer_several() -> None:
    deputies = {h.person for h in holders.at("RUS", "DEPUTY_HEAD_OF_GOVERNMENT", "2025-06-01")}
    assert {"Alexander Novak", "Denis Manturov", "Alexei Overchuk"} <= deputies


def test_unknown_office_is_empty() -> None:
    assert holders.at("ZZZ", "FOREIGN_MINISTER", "2020-01-01") == []
    assert holders.at("IND", "NO_SUCH_ROLE", "2020-01-01") == []
    assert holders.at("IND", "FOREIGN_MINISTER", "1900-01-01") == []


def test_bad_date_is_a_typed_error() -> None:
    with pytest.raises(InputTypeError):
        holders.at("IND", "FOREIGN_MINISTER", "yesterday")
    with pytest.raises(InputTypeError):
        holders.offices_of("Sergey Lavrov", 20200101)  # type: ignore[arg-type]


def test_public_lookups_check_their_input(monkeypatch: pytest.MonkeyPatch) -> None:
    # The package's own callers skip these checks (names cut from a checked article);
    # a caller of the public functions still gets them.
    assert holders.canonical_name(42) is None  # type: ignore[arg-type]
    assert holders.offices_of(None) == []  # type: ignore[arg-type]
    assert holders.by_surname(b"Lavrov") == []  # type: ignore[arg-type]
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", "5")
    for lookup in (holders.canonical_name, holders.offices_of, holders.by_surname):
        with pytest.raises(InputTooLargeError):
            lookup("Sergey Lavrov")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("SERGEY LAVROV", "Sergey Lavrov"),
        ("Sergey V. Lavrov", "Sergey Lavrov"),
        ("S. Jaishankar", "Subrahmanyam Jaishankar"),
        ("Dr S Jaishankar", "Subrahmanyam Jaishankar"),
        ("S.Jaishankar", "Subrahmanyam Jaishankar"),
        ("Jaishankar", "Subrahmanyam Jaishankar"),
        ("Erdoğan", "Recep Tayyip Erdogan"),
        ("Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi"),
        ("Muhammad bin Salman", "Mohammed bin Salman"),
        ("Nikolay Patrushev", "Nikolai Patrushev"),
        ("Zakharova", "Maria Zakharova"),
        ("Xi", "Xi Jinping"),
    ],
)
def test_canonical_name(name: str, canonical: str) -> None:
    assert holders.canonical_name(name) == canonical


@pytest.mark.parametrize(
    "name", ["", "   ", "Nobody Atall", "Patrushev", "N. Lavrova", "Wang", "Sharif", "Kim"]
)
def test_canonical_name_unknown_or_ambiguous(name: str) -> None:
    # "Patrushev" alone names two people (Nikolai and Dmitry): no guess.
    assert holders.canonical_name(name) is None


def test_patrushevs_stay_apart() -> None:
    assert holders.canonical_name("Dmitry Patrushev") == "Dmitry Patrushev"
    assert holders.canonical_name("N Patrushev") == "Nikolai Patrushev"
    assert holders.canonical_name("D. Patrushev") == "Dmitry Patrushev"
    assert holders.by_surname("patrushev") == ["Dmitry Patrushev", "Nikolai Patrushev"]


def test_offices_of_with_and_without_date() -> None:
    all_jaishankar = holders.offices_of("S Jaishankar")
    assert {(h.country, h.role) for h in all_jaishankar} == {
        ("IND", "FOREIGN_MINISTER"),
        ("IND", "SENIOR_DIPLOMAT"),
    }
    [held] = holders.offices_of("S Jaishankar", dt.date(2025, 11, 17))
    assert held.role == "FOREIGN_MINISTER"
    assert "S. Jaishankar" in held.variants
    assert holders.offices_of("Nobody Atall") == []


def test_by_surname_surname_first_names() -> None:
    assert "Xi Jinping" in holders.by_surname("Xi")
    assert holders.by_surname("Zelenskyy") == holders.by_surname("Zelensky")


def test_held_on_is_end_exclusive() -> None:
    h = Holding("A", "P", "IND", "HEAD_OF_STATE", dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    assert h.held_on(dt.date(2020, 1, 1))
    assert h.held_on(dt.date(2020, 12, 31))
    assert not h.held_on(dt.date(2021, 1, 1))
    assert not h.held_on(dt.date(2019, 12, 31))


# Validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "people", "needle"),
    [
        ([_row(start="2020-02-30")], {}, "not an ISO date"),
        ([_row(end="2019-01-01")], {}, "not before end"),
        ([_row(end="2020-01-01")], {}, "not before end"),
        ([_row(country="XYZ")], {}, "unknown country"),
        ([_row(role="FOREIGN_SECRETARY")], {}, "unknown role"),
        ([{k: v for k, v in _row().items() if k != "source"}], {}, "missing 'source'"),
        ([_row(sauce="x")], {}, "unknown key"),
        ([_row(person="")], {}, "'person' must be"),
        ([_row(), _row("Bob Other", start="2021-01-01")], {}, "overlaps"),
        (
            [_row(end="2022-01-01"), _row("Bob Other", start="2021-06-01", end="2023-01-01")],
            {},
            "overlaps",
        ),
        ([_row(), _row("ann example", role="DEFENCE_MINISTER")], {}, "two ways"),
        (
            [_row(end="2021-01-01"), _row("Bob Other", start="2021-01-01")],
            {"Ann Example": ["A. Example"], "Bob Other": ["A. Example"]},
            "names both",
        ),
        (
            [_row(end="2021-01-01"), _row("Bob Other", start="2021-01-01")],
            {"Ann Example": ["Bob Other"]},
            "Bob Other's name",
        ),
        ([_row()], {"Ann Example": "A. Example"}, "must be a list"),
        (["not a row"], {}, "not an object"),
    ],
)
def test_broken_tables_are_rejected(rows: list[Any], people: dict[str, Any], needle: str) -> None:
    problems = validate(rows, people)
    assert problems
    assert any(needle in p for p in problems), problems
    with pytest.raises(DataError):
        Registry.from_data(_doc(rows, people))


def test_valid_sequences_pass() -> None:
    rows = [
        _row(end="2021-01-01"),
        _row("Bob Other", start="2021-01-01"),  # hand-over day shared: fine
        _row("Cy Deputy", role="DEPUTY_FOREIGN_MINISTER", start="2019-01-01"),
        _row("Di Deputy", role="DEPUTY_FOREIGN_MINISTER", start="2019-06-01"),  # multi-holder
    ]
    assert validate(rows, {"Bob Other": ["B. Other"]}) == []
    registry = Registry.from_data(_doc(rows, {"Bob Other": ["B. Other"]}))
    assert [h.person for h in registry.at("ISL", "FOREIGN_MINISTER", "2021-01-01")] == ["Bob Other"]
    assert registry.canonical_name("B Other") == "Bob Other"
    assert len(registry.at("ISL", "DEPUTY_FOREIGN_MINISTER", "2020-01-01")) == 2


@pytest.mark.parametrize(
    "doc",
    [
        [],
        {"holders": []},
        {"schema_version": 2, "holders": []},
        {"schema_version": 1},
        {"schema_version": 1, "holders": [], "people": []},
        {"schema_version": 1, "holders": [], "combined_head": {"USA": "soon"}},
    ],
)
def test_malformed_documents(doc: object) -> None:
    with pytest.raises(DataError):
        Registry.from_data(doc)


# User files ----------------------------------------------------------------------------


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_users_file_adds_rows_and_closes_open_ones(tmp_path: Path) -> None:
    new = _row(
        "Nova Successor",
        country="RUS",
        role="FOREIGN_MINISTER",
        start="2030-01-01",
        variants=["N. Successor"],
    )
    table = Knowledge.default().with_holders(_write(tmp_path, _doc([new]))).holders
    assert [h.person for h in table.at("RUS", "FOREIGN_MINISTER", "2030-06-01")] == [
        "Nova Successor"
    ]
    assert [h.person for h in table.at("RUS", "FOREIGN_MINISTER", "2025-11-17")] == [
        "Sergey Lavrov"
    ]
    [lavrov] = [h for h in table.offices_of("Lavrov") if h.role == "FOREIGN_MINISTER"]
    assert lavrov.end == dt.date(2030, 1, 1)
    assert table.canonical_name("N Successor") == "Nova Successor"
    # the package's own table is left as it was
    assert holders.canonical_name("Nova Successor") is None


def test_the_deprecated_load_still_extends_the_shared_table(tmp_path: Path) -> None:
    new = _row("Nova Successor", country="RUS", start="2030-01-01", variants=["N. Successor"])
    assert holders.canonical_name("N. Successor") is None
    with pytest.warns(DeprecationWarning, match="with_holders"):
        assert holders.load(_write(tmp_path, _doc([new]))) == 1
    # an answer given before the load does not outlive it
    assert holders.canonical_name("N. Successor") == "Nova Successor"
    assert holders.canonical_name("Successor") == "Nova Successor"
    with pytest.warns(DeprecationWarning, match="Knowledge"):
        holders.reset()
    assert holders.canonical_name("N. Successor") is None
    assert holders.canonical_name("Successor") is None


def test_a_file_with_conflicts_is_refused_and_the_table_kept(tmp_path: Path) -> None:
    knowledge = Knowledge.default()
    # Overlaps a closed holding (Pompeo, 2018-2021): an error, not a silent override.
    clash = _row("Nova Clash", country="USA", start="2019-01-01", end="2019-06-01")
    with pytest.raises(DataError, match="overlaps"):
        knowledge.with_holders(_write(tmp_path, _doc([clash])))
    assert [h.person for h in knowledge.holders.at("USA", "FOREIGN_MINISTER", "2019-03-01")] == [
        "Mike Pompeo"
    ]
    # A variant that is already someone else's name.
    steal = _row(variants=["Sergei Lavrov"])
    with pytest.raises(DataError):
        knowledge.with_holders(_write(tmp_path, _doc([steal])))
    assert knowledge.holders.canonical_name("Ann Example") is None


def test_unreadable_files_are_data_errors_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"missing\.json"):
        Knowledge.default().with_holders(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.json"):
        Knowledge.default().with_holders(bad)


# Properties ----------------------------------------------------------------------------


@given(st.sampled_from(VARIANTS))
def test_every_variant_finds_the_same_offices(pair: tuple[str, str]) -> None:
    person, variant = pair
    assert holders.canonical_name(variant) == person
    assert holders.offices_of(variant) == holders.offices_of(person)


@given(
    st.sampled_from(sorted({r["person"] for r in TABLE["holders"]})),
    st.sampled_from([str.upper, str.lower, str.title]),
)
def test_canonical_name_ignores_case(person: str, change: object) -> None:
    assert callable(change)
    assert holders.canonical_name(change(person)) == person


@given(
    st.sampled_from(TABLE["holders"]),
    st.integers(min_value=0, max_value=4000),
)
def test_at_agrees_with_rows(row: dict[str, Any], offset: int) -> None:
    start = dt.date.fromisoformat(row["start"])
    end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date(2025, 11, 1)
    day = start + dt.timedelta(days=offset % max((end - start).days, 1))
    found = holders.at(row["country"], row["role"], day)
    assert row["person"] in {h.person for h in found}


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("Wang Yi", "2025-06-01", "FOREIGN_MINISTER"),  # also Special Representative
        ("Ishaq Dar", "2025-06-01", "FOREIGN_MINISTER"),  # also Deputy Prime Minister
        ("Ajit Doval", "2025-06-01", "NATIONAL_SECURITY_ADVISER"),
        ("Xi Jinping", "2025-06-01", "HEAD_OF_STATE"),  # also party leader
    ],
)
def test_offices_on_a_day_most_salient_first(name: str, day: str, role: str) -> None:
    held = holders.offices_of(name, day)
    assert len(held) >= 2
    assert held[0].role == role


def test_salience_order_covers_every_role_code() -> None:
    from dipnews.holders.registry import _SALIENCE
    from dipnews.records import ROLE_CODES

    assert sorted(_SALIENCE) == sorted(ROLE_CODES)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Prince Faisal bin Farhan bin Abdullah", "Faisal bin Farhan Al Saud"),
        ("Reem bin Ibrahim Al Hashimy", "Reem Al Hashimy"),
        (
            "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani",
            "Mohammed bin Abdulrahman Al Thani",
        ),
        ("Hamdan bin Mohammed bin Rashid Al Maktoum", "Hamdan bin Mohammed Al Maktoum"),
        ("Tengku Zafrul Abdul Aziz", "Tengku Zafrul Aziz"),
    ],
)
def test_long_forms_of_names_find_the_person(written: str, canonical: str) -> None:
    assert holders.canonical_name(written) == canonical
