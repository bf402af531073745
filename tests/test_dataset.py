"""Flattening articles into tables (``dipnews.dataset``) and ``dipnews table``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipnews
from dipnews.cli import main
from dipnews.dataset import COLUMNS, JOINER, TABLES, frames, rows, write
from dipnews.errors import InputTypeError
from tests.conftest import SEEDS

TEXT = (
    "NEW DELHI, March 3 (PTI) - Indian Prime Minister Narendra Modi held talks with "
    "Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese "
    "at the Quad Leaders' Summit on Tuesday. The two sides signed an agreement on "
    "critical minerals."
)


@pytest.fixture(scope="module")
def article() -> dipnews.Article:
    return dipnews.parse(TEXT, published=dt.date(2025, 3, 3))


@pytest.mark.parametrize("table", TABLES)
def test_every_row_has_the_columns_of_its_table_in_order(
    article: dipnews.Article, table: str
) -> None:
    for row in rows([article], table):
        assert tuple(row) == COLUMNS[table]


@pytest.mark.parametrize("table", TABLES)
def test_a_row_quotes_the_text_at_its_offsets(article: dipnews.Article, table: str) -> None:
    found = list(rows([article], table))
    assert found, f"the sample article has {table}"
    for row in found:
        assert TEXT[row["start"] : row["end"]] == row["surface"]


def test_an_event_row_flattens_the_date_and_gives_source_and_target(
    article: dipnews.Article,
) -> None:
    event = article.events[0]
    (row, *_) = rows([article], "events")
    assert row["participants"] == JOINER.join(event.participants)
    assert (row["source"], row["target"]) == event.participants[:2]
    assert event.date is not None
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        event.date.start.isoformat(),
        event.date.end.isoformat(),
        event.date.precision,
    )


def test_rows_of_an_article_and_of_its_json_are_the_same(article: dipnews.Article) -> None:
    as_json = json.loads(json.dumps(dipnews.to_dict(article)))
    for table in TABLES:
        assert list(rows([article], table)) == list(rows([as_json], table))


def test_the_id_is_the_objects_own_else_the_position_from_one(
    article: dipnews.Article,
) -> None:
    with_id = {"id": "wire-7", **dipnews.to_dict(article)}
    ids = [r["id"] for r in rows([article, with_id, article], "officials")]
    per_article = len(article.officials)
    assert ids == [1] * per_article + ["wire-7"] * per_article + [3] * per_article


def test_a_record_without_participants_has_empty_source_and_target() -> None:
    event = {
        "kind": "SUMMIT",
        "participants": [],
        "date": None,
        "place": None,
        "forum": {"org": "G20", "body": "SUMMIT", "edition": 20, "place": None},
        "status": "held",
        "cameo": "043",
        "plover": "CONSULT",
        "surface": "x",
        "start": 0,
        "end": 1,
    }
    (row,) = rows([{"events": [event]}], "events")
    assert (row["participants"], row["source"], row["target"]) == ("", None, None)
    assert (row["forum_org"], row["forum_edition"]) == ("G20", 20)


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ValueError, match="no table 'people'"):
        list(rows([], "people"))
    with pytest.raises(InputTypeError, match="not str"):
        list(rows(["an article"], "events"))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="no format 'xlsx'"):
        write("events", [], io.StringIO(), format="xlsx")


@given(st.lists(st.sampled_from(["a; b", "x", 'Ünïcode, "quoted"', "line\nbreak", ""])))
def test_csv_round_trips_every_cell(names: list[str]) -> None:
    agreement = {
        "kind": "AGREE",
        "parties": names,
        "topic": "t",
        "date": None,
        "cameo": "030",
        "plover": "AGREE",
        "surface": "s",
        "start": 0,
        "end": 1,
    }
    found = list(rows([{"agreements": [agreement]}], "agreements"))
    stream = io.StringIO()
    write("agreements", found, stream)
    (back,) = csv.DictReader(io.StringIO(stream.getvalue()))
    expected = {k: "" if v is None else str(v) for k, v in found[0].items()}
    assert back == expected


def test_frames_give_the_four_tables_with_integer_offsets(article: dipnews.Article) -> None:
    pytest.importorskip("pandas")
    tables = frames([article])
    assert sorted(tables) == sorted(TABLES)
    for table, frame in tables.items():
        assert list(frame.columns) == list(COLUMNS[table])
        assert str(frame["start"].dtype) == "Int64"
    assert len(tables["officials"]) == len(article.officials)


# -- the command line -----------------------------------------------------------------------


def test_table_of_a_folder_of_texts_has_a_row_per_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["table", str(SEEDS), "--table", "events"]) == 0
    found = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    expected = sum(
        len(dipnews.parse(p.read_text(encoding="utf-8")).events) for p in SEEDS.glob("*.txt")
    )
    assert len(found) == expected
    assert {r["id"] for r in found} <= {p.name for p in SEEDS.glob("*.txt")}


def test_table_of_batch_output_matches_the_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(SEEDS), "-o", str(out), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["table", str(out), "--table", "officials", "--format", "tsv"]) == 0
    from_batch = capsys.readouterr().out
    assert main(["table", str(SEEDS), "--table", "officials", "--format", "tsv"]) == 0
    assert capsys.readouterr().out == from_batch
    assert from_batch.splitlines()[0].split("\t") == list(COLUMNS["officials"])


def test_table_reports_a_bad_line_and_still_writes_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps(dipnews.to_dict(dipnews.parse(TEXT)))
    source = tmp_path / "mixed.jsonl"
    source.write_text(f"{good}\nnot json\n[1, 2]\n", encoding="utf-8")
    assert main(["table", str(source), "--table", "officials"]) == 1
    captured = capsys.readouterr()
    assert f"{source}:2: not JSON" in captured.err
    assert f"{source}:3:" in captured.err
    assert len(captured.out.splitlines()) == 1 + len(dipnews.parse(TEXT).officials)


def test_parquet_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(SEEDS), "--table", "events", "--format", "parquet"]) == 2
    assert "give a file with -o" in capsys.readouterr().err


def test_parquet_keeps_types_and_nulls(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "events.parquet"
    assert (
        main(["table", str(SEEDS), "--table", "events", "--format", "parquet", "-o", str(target)])
        == 0
    )
    table = parquet.read_table(target)
    assert table.column_names == list(COLUMNS["events"])
    assert str(table.schema.field("start").type) == "int64"
    assert table.num_rows == sum(
        len(dipnews.parse(p.read_text(encoding="utf-8")).events) for p in SEEDS.glob("*.txt")
    )
