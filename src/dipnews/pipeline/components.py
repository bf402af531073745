"""The dipnews spaCy components: thin adapters over the plain functions on ``str``.

Each component reads ``doc.text``, calls the component's function (the same one
:func:`dipnews.parse` calls, so there is one implementation of every rule) and stores the
result twice: the full records on a ``Doc._.dipnews_...`` attribute and, for records that
quote the text, a span group ``doc.spans["dipnews_..."]`` whose spans give their record
through ``Span._.dipnews_record``. Components never change tokens, sentences or
entities, so they run before or after a trained pipeline's own components.

The date that resolves relative dates (``on Monday``) and picks office holders is, in this
order: ``doc._.dipnews_published`` if you set it, the component's configured
``published``, the article's own date (metadata line, else dateline) as parsed by the
header component when it ran before (or parsed on the spot when it did not).

The classes are declared as spaCy factories in :mod:`dipnews.pipeline.factories`; build
them with ``nlp.add_pipe("dipnews_officials")`` rather than directly.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

from spacy.language import Language
from spacy.tokens import Doc

from dipnews import events as _events
from dipnews import forums as _forums
from dipnews import header as _header
from dipnews import officials as _officials
from dipnews import stages
from dipnews import temporal as _temporal
from dipnews._text import check_text
from dipnews.errors import InputError
from dipnews.knowledge import Knowledge
from dipnews.pipeline.extensions import (
    header_records,
    parse_iso_date,
    published_of,
    register_extensions,
    span_id,
)
from dipnews.records import ForumMention, Header, Official, TimeExpression

__all__ = [
    "ArticleComponent",
    "DipnewsComponent",
    "EventsComponent",
    "ForumsComponent",
    "HeaderComponent",
    "OfficialsComponent",
    "TemporalComponent",
]


def _done_key(attribute: str) -> tuple[str, str, str]:
    return ("dipnews", "done", attribute)


_SETTINGS_FILE = "settings.json"


class _Quoting(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy's stub types user_data as dict[str, Any]; spaCy itself keys it by tuples too.
    return cast("dict[Any, Any]", doc.user_data)


# Registered on import as well as by each component's __init__: a process that receives
# pickled components (nlp.pipe with n_process under "spawn") never runs __init__.
register_extensions()

_TEXT_KEY = ("dipnews", "text")
# The date the temporal component resolved against (ISO text: Doc.to_bytes keeps it).
_TIMES_ANCHOR_KEY = ("dipnews", "temporal", "anchor")


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy rebuilds it from the tokens on every access)."""
    data = _user_data(doc)
    text = data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        data[_TEXT_KEY] = text
    return text


def _ran(doc: Doc, attribute: str) -> bool:
    return _user_data(doc).get(_done_key(attribute)) is True


def _store(doc: Doc, attribute: str, value: object) -> None:
    doc._.set(attribute, value)
    _user_data(doc)[_done_key(attribute)] = True  # plain values: Doc.to_bytes keeps them


def _set_spans(doc: Doc, group: str, records: Iterable[_Quoting], labels: Iterable[str]) -> None:
    spans = []
    for index, (record, label) in enumerate(zip(records, labels, strict=True)):
        span = doc.char_span(
            record.start,
            record.end,
            label=label,
            alignment_mode="expand",
            span_id=span_id(group, index),
        )
        # char_span gives None, or an empty span, for a quote no token can hold (whitespace)
        if span is not None and len(span) > 0:
            spans.append(span)
    doc.spans[group] = spans


class DipnewsComponent:
    """What every dipnews component shares: settings, the anchor date, serialisation.

    *published* (an ISO date string, or ``None``) is the date used for every doc that does
    not set ``doc._.dipnews_published``; *max_chars* bounds the text length (``None``: the
    library default, see ``dipnews._text.check_text``); *holders* is the path of a file of
    office holdings added to the package's table (see :class:`dipnews.knowledge.Knowledge`).
    """

    #: The ``Doc._`` attribute this component fills.
    attribute: str = ""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "",
        *,
        published: str | None = None,
        max_chars: int | None = None,
        holders: str | None = None,
    ) -> None:
        register_extensions()
        self.name = name or type(self).__name__
        self._published: dt.date | None = None
        self._published_text: str | None = None
        self.published = published
        self.max_chars = max_chars
        self._knowledge: Knowledge | None = None
        self._holders: str | None = None
        self.holders = holders

    @property
    def published(self) -> str | None:
        """The configured date as an ISO string (``None``: take it from each article)."""
        return self._published_text

    @published.setter
    def published(self, value: str | None) -> None:
        if value is not None and not isinstance(value, str):
            raise InputError(f"published must be an ISO date string, not {type(value).__name__}")
        self._published = None if value is None else parse_iso_date(value, what="published")
        self._published_text = value

    @property
    def max_chars(self) -> int | None:
        """The longest text accepted, or ``None`` for the library default."""
        return self._max_chars

    @max_chars.setter
    def max_chars(self, value: int | None) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InputError(f"max_chars must be an integer, not {type(value).__name__}")
        if value is not None and value < 0:
            raise InputError(f"max_chars must be >= 0, got {value}")
        self._max_chars = value

    @property
    def holders(self) -> str | None:
        """The path of the holdings file added to the package's table, or ``None``."""
        return self._holders

    @holders.setter
    def holders(self, value: str | None) -> None:
        if value is not None and not isinstance(value, str):
            raise InputError(f"holders must be a file path, not {type(value).__name__}")
        self._knowledge = None if value is None else Knowledge.default().with_holders(value)
        self._holders = value

    # -- the work -------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Run the component on *doc* and return it."""
        check_text(text_of(doc), limit=self.max_chars)
        self.process(doc)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        """Run the component on the docs of *stream* and yield them in order, a batch of
        *batch_size* at a time: in ``nlp.pipe`` each component then runs over a batch
        before the next one does, which is faster (see :func:`dipnews.parse_many`)."""
        docs = iter(stream)
        while batch := list(itertools.islice(docs, max(1, batch_size))):
            for doc in batch:
                self(doc)
            yield from batch

    def process(self, doc: Doc) -> None:
        """Compute and store this component's results on *doc*."""
        raise NotImplementedError

    def given_date(self, doc: Doc) -> dt.date | None:
        """The date the user gave: ``doc._.dipnews_published``, else the configured one."""
        return published_of(doc) or self._published

    def header(self, doc: Doc) -> Header:
        """The header the header component stored, or the header parsed now."""
        if _ran(doc, "dipnews_header"):
            stored = doc._.dipnews_header
            if isinstance(stored, Header):
                return stored
        given = self.given_date(doc)
        key = ("dipnews", "header", given)  # parsed once per doc and date, not per component
        cached = _user_data(doc).get(key)
        if isinstance(cached, Header):
            return cached
        head = _header.parse_header(text_of(doc), published=given)
        _user_data(doc)[key] = head
        return head

    def anchor(self, doc: Doc) -> dt.date | None:
        """The date that resolves this article's relative dates (see the module docs)."""
        return self.header(doc).anchor(self.given_date(doc))

    def officials(self, doc: Doc, anchor: dt.date | None) -> Sequence[Official]:
        """The officials stored by the officials component, or resolved now."""
        if _ran(doc, "dipnews_officials"):
            return tuple(doc._.dipnews_officials)
        return _officials.resolve(
            text_of(doc),
            published=anchor,
            agencies=self.header(doc).agencies,
            knowledge=self._knowledge,
        )

    def times(self, doc: Doc, anchor: dt.date | None) -> Sequence[TimeExpression] | None:
        """The time expressions stored by the temporal component if it resolved them
        against *anchor*, else ``None`` (the events extractor then finds them itself)."""
        if _ran(doc, "dipnews_temporal") and _user_data(doc).get(_TIMES_ANCHOR_KEY) == _iso(anchor):
            return tuple(doc._.dipnews_temporal)
        return None

    def forums(self, doc: Doc) -> Sequence[ForumMention]:
        """The forum mentions stored by the forums component, or found now."""
        if _ran(doc, "dipnews_forums"):
            return tuple(doc._.dipnews_forums)
        return _forums.find(text_of(doc))

    # -- serialisation of the settings ------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        return {"published": self.published, "max_chars": self.max_chars, "holders": self.holders}

    def _load_settings(self, data: dict[str, Any]) -> None:
        self.published = data.get("published")
        self.max_chars = data.get("max_chars")
        self.holders = data.get("holders")

    def job(self, doc: Doc, *, events: bool = True) -> stages.Job:
        """The :mod:`dipnews.stages` job of *doc*, holding what the components before this
        one stored (the header is parsed now where none did; the events only if *events*)."""
        job = stages.Job(
            text_of(doc),
            self.given_date(doc),
            knowledge=self._knowledge,
            doc=doc if doc.has_annotation("DEP") else None,
        )
        job.header = self.header(doc)
        if _ran(doc, "dipnews_officials"):
            job.officials = tuple(doc._.dipnews_officials)
        if _ran(doc, "dipnews_forums"):
            job.forums = tuple(doc._.dipnews_forums)
        job.times = self.times(doc, job.when)
        if events and _ran(doc, "dipnews_events"):
            stored = (tuple(doc._.dipnews_events), tuple(doc._.dipnews_agreements))
            job.found = _events.Extraction(*stored)
        return job

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The component's settings as bytes (JSON)."""
        return json.dumps(self._settings(), sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> DipnewsComponent:
        """Restore settings written by :meth:`to_bytes`; returns the component."""
        self._load_settings(_decode_settings(data, where=self.name))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the settings to ``<path>/settings.json`` (spaCy calls this on ``nlp.to_disk``)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _SETTINGS_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DipnewsComponent:
        """Read the settings written by :meth:`to_disk`; returns the component."""
        file = Path(path) / _SETTINGS_FILE
        if file.exists():
            self.from_bytes(file.read_bytes())
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, {self._settings()!r})"


def _decode_settings(data: bytes, *, where: str) -> dict[str, Any]:
    try:
        settings = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"component settings are not JSON: {exc}", source=where) from None
    if not isinstance(settings, dict):
        raise InputError("component settings must be a JSON object", source=where)
    return settings


class HeaderComponent(DipnewsComponent):
    """Stores :func:`dipnews.header.parse_header` on ``doc._.dipnews_header``.

    Span group ``dipnews_header``: the dateline (label ``DATELINE``), the bylines
    (``BYLINE``) and the agency credits (``AGENCY``).
    """

    attribute = "dipnews_header"

    def process(self, doc: Doc) -> None:
        head = _header.parse_header(text_of(doc), published=self.given_date(doc))
        _store(doc, self.attribute, head)
        records = header_records(head)
        labels = (
            ["DATELINE"] * (head.dateline is not None)
            + ["BYLINE"] * len(head.bylines)
            + ["AGENCY"] * len(head.credits)
        )
        _set_spans(doc, self.attribute, records, labels)


class TemporalComponent(DipnewsComponent):
    """Stores :func:`dipnews.temporal.find` on ``doc._.dipnews_temporal``.

    Span group ``dipnews_temporal``, labelled with the resolved precision (``day``,
    ``month``...) or ``TIME`` for an expression that could not be resolved.
    """

    attribute = "dipnews_temporal"

    def process(self, doc: Doc) -> None:
        anchor = self.anchor(doc)
        found = tuple(_temporal.find(text_of(doc), anchor=anchor))
        _store(doc, self.attribute, found)
        _user_data(doc)[_TIMES_ANCHOR_KEY] = _iso(anchor)
        labels = ["TIME" if t.span is None else t.span.precision for t in found]
        _set_spans(doc, self.attribute, found, labels)


class OfficialsComponent(DipnewsComponent):
    """Stores :func:`dipnews.officials.resolve` on ``doc._.dipnews_officials``.

    Span group ``dipnews_officials``, labelled with the role code.
    """

    attribute = "dipnews_officials"

    def process(self, doc: Doc) -> None:
        found = tuple(self.officials(doc, self.anchor(doc)))
        _store(doc, self.attribute, found)
        _set_spans(doc, self.attribute, found, [o.role for o in found])


class ForumsComponent(DipnewsComponent):
    """Stores :func:`dipnews.forums.find` on ``doc._.dipnews_forums``.

    Span group ``dipnews_forums``, labelled ``ORG`` or ``ORG/BODY`` (``SCO/SUMMIT``).
    """

    attribute = "dipnews_forums"

    def process(self, doc: Doc) -> None:
        found = tuple(_forums.find(text_of(doc)))
        _store(doc, self.attribute, found)
        labels = [
            m.forum.org if m.forum.body is None else f"{m.forum.org}/{m.forum.body}" for m in found
        ]
        _set_spans(doc, self.attribute, found, labels)


class EventsComponent(DipnewsComponent):
    """Stores :func:`dipnews.events.extract` on ``doc._.dipnews_events`` and
    ``doc._.dipnews_agreements``.

    Uses the officials and forums stored by the components before it (or finds them).
    When a trained parser ran before it, the parsed doc is passed on to the extractor.
    Span groups ``dipnews_events`` (labelled with the event kind) and
    ``dipnews_agreements`` (labelled with the agreement kind).
    """

    attribute = "dipnews_events"

    def process(self, doc: Doc) -> None:
        job = self.job(doc, events=False)
        stages.run(job)
        found = job.found
        assert found is not None
        _store(doc, "dipnews_events", tuple(found.events))
        _store(doc, "dipnews_agreements", tuple(found.agreements))
        _set_spans(doc, "dipnews_events", found.events, [e.kind for e in found.events])
        _set_spans(doc, "dipnews_agreements", found.agreements, [a.kind for a in found.agreements])


class ArticleComponent(DipnewsComponent):
    """Puts the whole :class:`~dipnews.records.Article` on ``doc._.dipnews_article``.

    Reuses whatever the components before it stored and computes the rest, so the
    article equals ``dipnews.parse(doc.text, published=...)`` for the same date.
    """

    attribute = "dipnews_article"

    def process(self, doc: Doc) -> None:
        article = stages.run(self.job(doc))
        _store(doc, self.attribute, article)
