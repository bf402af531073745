"""From articles to tables: one row per event, official, forum mention or agreement.

Event datasets are tables. :func:`rows` flattens parsed articles into the rows of one of
the four :data:`TABLES`, each with the article's ``id`` and ``published`` date first and
every field of the ``dipnews/1`` record after it (:data:`COLUMNS` names them in order);
:func:`write` writes rows as CSV, TSV or Parquet, and :func:`frames` gives the four tables
as pandas DataFrames. ``dipnews table`` is the same on the command line.

Flattening is the same in every format:

- a date becomes ``date_start``, ``date_end`` and ``date_precision``;
- a forum becomes ``forum_org``, ``forum_body``, ``forum_edition`` and ``forum_place``
  (a forum mention's own columns are ``org``, ``body``, ``edition`` and ``place``);
- the participants of an event and the parties of an agreement are joined with ``"; "``
  in one column (:data:`JOINER`), and the first two are also given on their own as
  ``source`` and ``target``, as dyadic event datasets do (empty where there are fewer);
- every record keeps its ``surface`` and its offsets ``start`` and ``end`` in the article.

An article is an :class:`~dipnews.records.Article` or its ``dipnews/1`` JSON object (a line
of ``dipnews batch`` output); the ``id`` is the object's ``id`` where it has one, else the
article's position in the input, counted from 1.

>>> import datetime as dt
>>> import dipnews
>>> from dipnews.dataset import rows
>>> article = dipnews.parse(
...     "MOSCOW, Nov 17 (TASS) - Russian Foreign Minister Sergei Lavrov held talks "
...     "with Indian External Affairs Minister S. Jaishankar on Monday.",
...     published=dt.date(2025, 11, 18),
... )
>>> [(r["source"], r["target"], r["date_start"]) for r in rows([article], "events")]
[('Sergey Lavrov', 'Subrahmanyam Jaishankar', '2025-11-17')]
>>> [(r["id"], r["name"], r["country"], r["role"]) for r in rows([article], "officials")]
[(1, 'Sergey Lavrov', 'RUS', 'FOREIGN_MINISTER'),
 (1, 'Subrahmanyam Jaishankar', 'IND', 'FOREIGN_MINISTER')]
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dipnews.contract import to_dict
from dipnews.errors import ContractError, InputTypeError
from dipnews.records import Article

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas

__all__ = ["COLUMNS", "FORMATS", "JOINER", "TABLES", "frames", "rows", "to_text", "write"]

#: The tables, one per kind of record.
TABLES = ("events", "officials", "forums", "agreements")

#: The file formats of :func:`write` (Parquet needs ``pip install dipnews[parquet]``).
FORMATS = ("csv", "tsv", "parquet")

#: What joins the participants of an event, or the parties of an agreement, in one column.
JOINER = "; "

_ARTICLE = ("id", "published")
_DATE = ("date_start", "date_end", "date_precision")
_FORUM = ("forum_org", "forum_body", "forum_edition", "forum_place")
_QUOTE = ("surface", "start", "end")

#: The columns of each table, in order.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "events": (
        *_ARTICLE,
        "kind",
        "status",
        *_DATE,
        "participants",
        "source",
        "target",
        "place",
        *_FORUM,
        "cameo",
        "plover",
        *_QUOTE,
    ),
    "officials": (*_ARTICLE, "name", "country", "role", "title", *_QUOTE),
    "forums": (*_ARTICLE, "org", "body", "edition", "place", *_QUOTE),
    "agreements": (
        *_ARTICLE,
        "kind",
        "parties",
        "source",
        "target",
        "topic",
        *_DATE,
        "cameo",
        "plover",
        *_QUOTE,
    ),
}

# Columns that hold whole numbers (or nothing); every other column holds text (or nothing).
_INTEGERS = frozenset({"forum_edition", "edition", "start", "end"})

Row = dict[str, Any]


def _as_dict(article: Article | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(article, Article):
        return to_dict(article)
    if isinstance(article, Mapping):
        return article
    raise InputTypeError(
        f"an article is an Article or its dipnews/1 JSON object, not {type(article).__name__}"
    )


def _date(value: Mapping[str, Any] | None) -> Row:
    value = value or {}
    return {
        "date_start": value.get("start"),
        "date_end": value.get("end"),
        "date_precision": value.get("precision"),
    }


def _forum(value: Mapping[str, Any] | None, prefix: str = "forum_") -> Row:
    value = value or {}
    return {f"{prefix}{key}": value.get(key) for key in ("org", "body", "edition", "place")}


def _dyad(names: Iterable[str], column: str) -> Row:
    names = list(names)
    return {
        column: JOINER.join(names),
        "source": names[0] if names else None,
        "target": names[1] if len(names) > 1 else None,
    }


def _quote(record: Mapping[str, Any]) -> Row:
    return {key: record.get(key) for key in _QUOTE}


def _event(record: Mapping[str, Any]) -> Row:
    return {
        "kind": record.get("kind"),
        "status": record.get("status"),
        **_date(record.get("date")),
        **_dyad(record.get("participants") or (), "participants"),
        "place": record.get("place"),
        **_forum(record.get("forum")),
        "cameo": record.get("cameo"),
        "plover": record.get("plover"),
        **_quote(record),
    }


def _official(record: Mapping[str, Any]) -> Row:
    keys = ("name", "country", "role", "title")
    return {**{key: record.get(key) for key in keys}, **_quote(record)}


def _forum_mention(record: Mapping[str, Any]) -> Row:
    return {**_forum(record, prefix=""), **_quote(record)}


def _agreement(record: Mapping[str, Any]) -> Row:
    return {
        "kind": record.get("kind"),
        **_dyad(record.get("parties") or (), "parties"),
        "topic": record.get("topic"),
        **_date(record.get("date")),
        "cameo": record.get("cameo"),
        "plover": record.get("plover"),
        **_quote(record),
    }


_FLATTEN = {
    "events": _event,
    "officials": _official,
    "forums": _forum_mention,
    "agreements": _agreement,
}


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"no table {table!r}: choose one of {', '.join(TABLES)}")


def rows(articles: Iterable[Article | Mapping[str, Any]], table: str) -> Iterator[Row]:
    """The rows of *table* (one of :data:`TABLES`) for *articles*, in order.

    Each row is a ``dict`` with the keys of ``COLUMNS[table]`` in that order; a missing
    value is ``None``. Raises ``ValueError`` for an unknown table,
    :class:`~dipnews.errors.InputTypeError` for an article that is neither an
    :class:`~dipnews.records.Article` nor a mapping, and
    :class:`~dipnews.errors.ContractError` for a mapping whose records are not lists.
    """
    _check_table(table)
    flatten = _FLATTEN[table]
    for position, article in enumerate(articles, 1):
        data = _as_dict(article)
        records = data.get(table) or []
        if not isinstance(records, list):
            raise ContractError(f"article {position}: {table!r} is not a list")
        head = {"id": data.get("id", position), "published": data.get("published")}
        for record in records:
            if not isinstance(record, Mapping):
                raise ContractError(f"article {position}: a record of {table!r} is not an object")
            yield {**head, **flatten(record)}


def _cell(value: object) -> object:
    return "" if value is None else value


def _write_delimited(table: str, found: Iterable[Row], stream: IO[str], delimiter: str) -> int:
    writer = csv.DictWriter(
        stream, fieldnames=COLUMNS[table], delimiter=delimiter, lineterminator="\n"
    )
    writer.writeheader()
    count = 0
    for row in found:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        count += 1
    return count


def _write_parquet(table: str, found: Iterable[Row], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # the optional extra is not installed
        raise ImportError("Parquet output needs pyarrow: pip install 'dipnews[parquet]'") from exc
    columns = COLUMNS[table]
    schema = pa.schema(
        [(name, pa.int64() if name in _INTEGERS else pa.string()) for name in columns]
    )
    collected = list(found)
    data = {name: [_typed(name, row.get(name)) for row in collected] for name in columns}
    pq.write_table(pa.table(data, schema=schema), str(path))
    return len(collected)


def _typed(name: str, value: object) -> object:
    if value is None or name in _INTEGERS:
        return value
    return str(value)


def write(
    table: str,
    found: Iterable[Row],
    target: str | Path | IO[str],
    *,
    format: str = "csv",
) -> int:
    """Write the rows *found* of *table* to *target* as *format*; return how many.

    *target* is a path, or a text stream for CSV and TSV. CSV and TSV have a header line
    and an empty cell for a missing value; Parquet keeps missing values as nulls and
    offsets and editions as integers (it needs the ``parquet`` extra, and a path).
    """
    _check_table(table)
    if format not in FORMATS:
        raise ValueError(f"no format {format!r}: choose one of {', '.join(FORMATS)}")
    if format == "parquet":
        if not isinstance(target, (str, Path)):
            raise ValueError("Parquet is written to a file: give a path")
        return _write_parquet(table, found, Path(target))
    delimiter = "\t" if format == "tsv" else ","
    if isinstance(target, (str, Path)):
        with Path(target).open("w", encoding="utf-8", newline="") as stream:
            return _write_delimited(table, found, stream, delimiter)
    return _write_delimited(table, found, target, delimiter)


def frames(articles: Iterable[Article | Mapping[str, Any]]) -> dict[str, pandas.DataFrame]:
    """The four tables of *articles* as pandas DataFrames, keyed by :data:`TABLES`.

    Needs pandas (``pip install 'dipnews[pandas]'``). Offsets and editions are nullable
    integers, the rest text; a table with no rows still has its columns.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # the optional extra is not installed
        raise ImportError("frames() needs pandas: pip install 'dipnews[pandas]'") from exc
    collected = [_as_dict(article) for article in articles]
    out: dict[str, pandas.DataFrame] = {}
    for table in TABLES:
        frame = pd.DataFrame(list(rows(collected, table)), columns=list(COLUMNS[table]))
        for name in COLUMNS[table]:
            if name in _INTEGERS:
                frame[name] = frame[name].astype("Int64")
        out[table] = frame
    return out


def to_text(table: str, found: Iterable[Row], *, format: str = "csv") -> str:
    """The CSV or TSV text of the rows *found* of *table* (a convenience for small tables)."""
    stream = io.StringIO()
    write(table, found, stream, format=format)
    return stream.getvalue()
