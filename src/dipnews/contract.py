"""The JSON form of dipnews's records: the ``dipnews/1`` contract, and the one serialiser.

:func:`to_dict` gives an article's ``dipnews/1`` object and :func:`from_dict` rebuilds the
article from it. The object has exactly the keys of the published contract, in its order.
Records carry a little more than the JSON in places (a header's byline and agency spans);
what the JSON holds round-trips exactly: ``from_dict(to_dict(a)) == a``.

Both are built on :func:`record_to_json` and :func:`record_from_json`, which turn any
record of :mod:`dipnews.records` into plain JSON values and back, field by field in the
record's own order: dates as ISO strings, tuples as lists, nested records as objects, and
a forum mention as its forum's keys followed by its quote. They are the only serialiser:
``DateSpan.to_dict()``, the spaCy extensions' ``Doc.to_bytes`` and the contract all use
them.

>>> import datetime as dt
>>> from dipnews.contract import record_from_json, record_to_json
>>> from dipnews.records import DateSpan
>>> span = DateSpan(dt.date(2025, 12, 1), dt.date(2025, 12, 10), "part-of-month")
>>> record_to_json(span)
{'start': '2025-12-01', 'end': '2025-12-10', 'precision': 'part-of-month'}
>>> record_from_json(DateSpan, record_to_json(span)) == span
True
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from dipnews import records
from dipnews.errors import ContractError
from dipnews.records import SCHEMA, Article, Forum, ForumMention

__all__ = ["from_dict", "record_from_json", "record_to_json", "to_dict"]

JSONDict = dict[str, Any]

_Record = TypeVar("_Record", bound=attrs.AttrsInstance)


def record_to_json(value: Any) -> Any:
    """*value* as plain JSON values: a record as an object of its fields in order, a date
    as ISO text, a tuple as a list; anything else as it is."""
    if isinstance(value, ForumMention):
        quote = {"surface": value.surface, "start": value.start, "end": value.end}
        return {**record_to_json(value.forum), **quote}
    if attrs.has(type(value)):
        return {f.name: record_to_json(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [record_to_json(item) for item in value]
    return value


def _optional(decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else decode(value)


def _tuple_of(decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: tuple(decode(item) for item in value)


def _same(value: Any) -> Any:
    return value


def _decoder(kind: Any) -> Callable[[Any], Any]:
    """How to read a JSON value into a field of type *kind*."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        (inner,) = (a for a in args if a is not type(None))
        return _optional(_decoder(inner))
    if origin is tuple:
        return _tuple_of(_decoder(args[0]))
    if kind is dt.date:
        return dt.date.fromisoformat
    if isinstance(kind, type) and attrs.has(kind):
        return functools.partial(record_from_json, kind)
    return _same


@functools.cache
def _fields(cls: type[attrs.AttrsInstance]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = typing.get_type_hints(cls, vars(records))
    return tuple((f.name, _decoder(hints[f.name])) for f in attrs.fields(cls))


def _forum_from_json(data: Mapping[str, Any]) -> Forum:
    # a forum object may leave out its optional keys, and may carry others (offsets)
    edition, body, place = data.get("edition"), data.get("body"), data.get("place")
    return Forum(
        org=str(data["org"]),
        body=None if body is None else str(body),
        edition=None if edition is None else int(str(edition)),
        place=None if place is None else str(place),
    )


def record_from_json(cls: type[_Record], data: Any) -> _Record:
    """The record of class *cls* that *data* (as :func:`record_to_json` gives it) holds.

    Every field must be there (a forum's ``body``, ``edition`` and ``place`` may be left
    out); other keys are ignored. Raises ``KeyError``, ``TypeError`` or ``ValueError``
    (from the records' own validators) for data that does not make a valid record.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"a {cls.__name__} is a JSON object, not {type(data).__name__}")
    if cls is Forum:
        return typing.cast("_Record", _forum_from_json(data))
    if cls is ForumMention:
        quote = {key: data[key] for key in ("surface", "start", "end")}
        return typing.cast("_Record", ForumMention(forum=_forum_from_json(data), **quote))
    return cls(**{name: decode(data[name]) for name, decode in _fields(cls)})


def to_dict(article: Article) -> JSONDict:
    """The ``dipnews/1`` JSON object for *article* (plain dicts, lists, str, int, None).

    >>> from dipnews.contract import to_dict
    >>> from dipnews.records import Article
    >>> to_dict(Article())["schema"]
    'dipnews/1'
    """
    return {"schema": SCHEMA, **record_to_json(article)}


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`~dipnews.records.Article` from its ``dipnews/1`` JSON object.

    Raises :class:`~dipnews.errors.ContractError` if *data* is not a valid object of
    this schema (wrong ``schema`` tag, missing key, value of the wrong type or outside
    its closed set).
    """
    if not isinstance(data, Mapping):
        raise ContractError(f"expected a JSON object, got {type(data).__name__}")
    if data.get("schema") != SCHEMA:
        raise ContractError(f"expected schema {SCHEMA!r}, got {data.get('schema')!r}")
    try:
        return record_from_json(Article, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ContractError(f"not a valid {SCHEMA} object: {exc!r}") from exc
