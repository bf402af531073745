"""The ``Doc._`` and ``Span._`` attributes the dipnews components write.

Every attribute carries the ``dipnews_`` prefix and is registered once, by
:func:`register_extensions`, which checks :meth:`~spacy.tokens.Doc.has_extension` first and
never passes ``force=True``: an attribute another package registered under the same name is
left alone (and the clash reported), not silently replaced.

=============================  ===========================================================
attribute                      value
=============================  ===========================================================
``Doc._.dipnews_published``    the article's date, set by *you* before the pipeline runs
                               (a :class:`datetime.date` or an ISO ``YYYY-MM-DD`` string);
                               it wins over a component's configured ``published``
``Doc._.dipnews_header``       :class:`~dipnews.records.Header` or ``None``
``Doc._.dipnews_temporal``     tuple of :class:`~dipnews.records.TimeExpression`
``Doc._.dipnews_officials``    tuple of :class:`~dipnews.records.Official`
``Doc._.dipnews_forums``       tuple of :class:`~dipnews.records.ForumMention`
``Doc._.dipnews_events``       tuple of :class:`~dipnews.records.Event`
``Doc._.dipnews_agreements``   tuple of :class:`~dipnews.records.Agreement`
``Doc._.dipnews_article``      the whole :class:`~dipnews.records.Article` or ``None``
``Span._.dipnews_record``      for a span in one of the ``doc.spans["dipnews_..."]`` groups,
                               the record it stands for (read only)
=============================  ===========================================================

>>> import spacy
>>> from dipnews.pipeline.extensions import register_extensions
>>> register_extensions()
>>> doc = spacy.blank("en")("No pipeline has run on this text.")
>>> doc._.dipnews_officials
()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import srsly  # type: ignore[import-untyped]
from spacy.tokens import Doc, Span

from dipnews.contract import record_from_json, record_to_json
from dipnews.errors import InputError
from dipnews.records import (
    AgencyCredit,
    Agreement,
    Article,
    Byline,
    Dateline,
    DateSpan,
    Event,
    Forum,
    ForumMention,
    Header,
    Official,
    TimeExpression,
)

__all__ = [
    "DOC_EXTENSIONS",
    "SPAN_GROUPS",
    "SPAN_RECORD",
    "decode_record",
    "encode_record",
    "header_records",
    "parse_iso_date",
    "published_of",
    "record_of",
    "register_extensions",
    "span_id",
]

#: Doc attributes and their defaults (immutable, so no default is ever shared and mutated).
DOC_EXTENSIONS: dict[str, object] = {
    "dipnews_published": None,
    "dipnews_header": None,
    "dipnews_temporal": (),
    "dipnews_officials": (),
    "dipnews_forums": (),
    "dipnews_events": (),
    "dipnews_agreements": (),
    "dipnews_article": None,
}

#: The span groups (``doc.spans[key]``) the components fill; each key is also the name of
#: the Doc attribute holding the records in the same order (for ``dipnews_header``: the
#: dateline, then the bylines, then the agency credits; see :func:`header_records`).
SPAN_GROUPS: tuple[str, ...] = (
    "dipnews_header",
    "dipnews_temporal",
    "dipnews_officials",
    "dipnews_forums",
    "dipnews_events",
    "dipnews_agreements",
)

#: The Span attribute giving a span's record.
SPAN_RECORD = "dipnews_record"

_ID_SEPARATOR = "#"


def span_id(group: str, index: int) -> str:
    """The ``span.id_`` given to the *index*-th span of *group*: how a span finds its record."""
    return f"{group}{_ID_SEPARATOR}{index}"


def record_of(span: Span) -> Any:
    """The record behind *span* (the getter of ``Span._.dipnews_record``), or ``None``.

    Spans of the ``doc.spans["dipnews_..."]`` groups carry ``span.id_ ==
    "<group>#<index>"``; the record is item *index* of ``doc._.<group>``. Span attributes
    set by value would be keyed by character offsets in spaCy, so two records quoting the
    same words (an event and an agreement reported in one sentence) would overwrite each
    other; the id keeps them apart.
    """
    group, sep, index = span.id_.rpartition(_ID_SEPARATOR)
    if not sep or group not in SPAN_GROUPS or not index.isdigit():
        return None
    records = span.doc._.get(group)
    if isinstance(records, Header):
        records = header_records(records)
    position = int(index)
    if not isinstance(records, tuple) or position >= len(records):
        return None
    return records[position]


def header_records(header: Header) -> tuple[Dateline | Byline | AgencyCredit, ...]:
    """The records of *header* that quote the text, in the order of its span group."""
    lead: tuple[Dateline, ...] = () if header.dateline is None else (header.dateline,)
    return (*lead, *header.bylines, *header.credits)


class _Getter:
    """Reads a ``Doc._.dipnews_...`` value (a class, not a closure: spaCy pickles it)."""

    def __init__(self, name: str) -> None:
        self.key = ("dipnews", "attr", name)
        self.default = DOC_EXTENSIONS[name]

    def __call__(self, doc: Doc) -> Any:
        value = doc.user_data.get(self.key, self.default)  # type: ignore[call-overload]
        # serialised docs come back with lists where tuples went in
        return tuple(value) if isinstance(value, list) else value


class _Setter:
    """Stores a ``Doc._.dipnews_...`` value in ``doc.user_data``."""

    def __init__(self, name: str) -> None:
        self.key = ("dipnews", "attr", name)

    def __call__(self, doc: Doc, value: Any) -> None:
        doc.user_data[self.key] = value  # type: ignore[index]


# One getter and setter per attribute, made once: registering again finds the same ones.
_ACCESSORS: dict[str, tuple[Callable[[Doc], Any], Callable[[Doc, Any], None]]] = {
    name: (_Getter(name), _Setter(name)) for name in DOC_EXTENSIONS
}


def _same_getter(found: object, ours: object) -> bool:
    """Whether *found* is our getter, or a copy of it (spaCy pickles extension state)."""
    if found is ours:
        return True
    if isinstance(found, _Getter) and isinstance(ours, _Getter):
        return found.key == ours.key
    return False


def _register(cls: type[Doc] | type[Span], name: str, **kwargs: Any) -> None:
    if cls.has_extension(name):
        _default, _method, getter, _setter = cls.get_extension(name)
        if not _same_getter(getter, kwargs.get("getter")):
            raise RuntimeError(
                f"{cls.__name__}._.{name} is already registered by another package; "
                "dipnews will not overwrite it"
            )
        return
    cls.set_extension(name, **kwargs)


def register_extensions() -> None:
    """Register every ``dipnews_`` attribute; calling it again does nothing.

    Also teaches spaCy's serialiser (``srsly`` msgpack) the dipnews records, so docs
    carrying them survive :meth:`~spacy.tokens.Doc.to_bytes`, ``DocBin`` and
    ``nlp.pipe(texts, n_process=2)``.
    """
    for name in DOC_EXTENSIONS:
        getter, setter = _ACCESSORS[name]
        _register(Doc, name, getter=getter, setter=setter)
    _register(Span, SPAN_RECORD, getter=record_of)
    if "dipnews" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("dipnews", func=encode_record)
        srsly.msgpack_decoders.register("dipnews", func=decode_record)


_RECORD_TAG = "__dipnews__"
_DATE_TAG = "__dipnews_date__"
_RECORD_TYPES: dict[str, type[attrs.AttrsInstance]] = {
    cls.__name__: cls
    for cls in (
        AgencyCredit,
        Agreement,
        Article,
        Byline,
        Dateline,
        DateSpan,
        Event,
        Forum,
        ForumMention,
        Header,
        Official,
        TimeExpression,
    )
}


def encode_record(obj: Any, chain: Any = None) -> Any:
    """msgpack encoder hook: a dipnews record becomes a tagged dict of its JSON form
    (:func:`dipnews.contract.record_to_json`), a date a tagged ISO string."""
    if type(obj).__name__ in _RECORD_TYPES and type(obj) is _RECORD_TYPES[type(obj).__name__]:
        return {_RECORD_TAG: type(obj).__name__, "fields": record_to_json(obj)}
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return {_DATE_TAG: obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode_record(obj: Any, chain: Any = None) -> Any:
    """msgpack decoder hook: the inverse of :func:`encode_record`."""
    if isinstance(obj, dict):
        if _DATE_TAG in obj and len(obj) == 1:
            return dt.date.fromisoformat(obj[_DATE_TAG])
        if obj.get(_RECORD_TAG) in _RECORD_TYPES and set(obj) == {_RECORD_TAG, "fields"}:
            return record_from_json(_RECORD_TYPES[obj[_RECORD_TAG]], obj["fields"])
    return obj if chain is None else chain(obj)


def published_of(doc: Doc) -> dt.date | None:
    """The date the user set on ``doc._.dipnews_published``, parsed; ``None`` if unset.

    Raises :class:`~dipnews.errors.InputError` for a value that is neither a date nor an
    ISO date string.
    """
    value = doc._.get("dipnews_published") if Doc.has_extension("dipnews_published") else None
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_iso_date(value, what="doc._.dipnews_published")
    raise InputError(
        f"doc._.dipnews_published must be a date or an ISO date string, not {type(value).__name__}"
    )


def parse_iso_date(value: str, *, what: str) -> dt.date:
    """Parse an ISO ``YYYY-MM-DD`` string, raising :class:`~dipnews.errors.InputError`."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} is not an ISO date (YYYY-MM-DD): {value!r}") from None
