"""The ``dipnews/1`` JSON contract: :func:`to_dict` and its inverse :func:`from_dict`.

The JSON object has exactly the keys of the published contract, in its order. Records
carry a little more than the JSON in places (a header's byline and agency spans); what
the JSON holds round-trips exactly: ``from_dict(to_dict(a)) == a``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dipnews.errors import ContractError
from dipnews.records import (
    SCHEMA,
    Agreement,
    Article,
    Dateline,
    DateSpan,
    Event,
    Forum,
    ForumMention,
    Official,
)

__all__ = ["from_dict", "to_dict"]

JSONDict = dict[str, Any]


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _span(value: DateSpan | None) -> dict[str, str] | None:
    return None if value is None else value.to_dict()


def _dateline(d: Dateline | None) -> JSONDict | None:
    if d is None:
        return None
    return {
        "place": d.place,
        "date": _iso(d.date),
        "agency": d.agency,
        "surface": d.surface,
        "start": d.start,
        "end": d.end,
    }


def _official(o: Official) -> JSONDict:
    return {
        "name": o.name,
        "surface": o.surface,
        "country": o.country,
        "role": o.role,
        "title": o.title,
        "start": o.start,
        "end": o.end,
    }


def _forum_mention(m: ForumMention) -> JSONDict:
    return {**m.forum.to_dict(), "surface": m.surface, "start": m.start, "end": m.end}


def _event(e: Event) -> JSONDict:
    return {
        "kind": e.kind,
        "participants": list(e.participants),
        "date": _span(e.date),
        "place": e.place,
        "forum": None if e.forum is None else e.forum.to_dict(),
        "status": e.status,
        "cameo": e.cameo,
        "plover": e.plover,
        "surface": e.surface,
        "start": e.start,
        "end": e.end,
    }


def _agreement(a: Agreement) -> JSONDict:
    return {
        "kind": a.kind,
        "parties": list(a.parties),
        "topic": a.topic,
        "date": _span(a.date),
        "cameo": a.cameo,
        "plover": a.plover,
        "surface": a.surface,
        "start": a.start,
        "end": a.end,
    }


def to_dict(article: Article) -> JSONDict:
    """The ``dipnews/1`` JSON object for *article* (plain dicts, lists, str, int, None).

    >>> from dipnews.contract import to_dict
    >>> from dipnews.records import Article
    >>> to_dict(Article())["schema"]
    'dipnews/1'
    """
    return {
        "schema": SCHEMA,
        "published": _iso(article.published),
        "dateline": _dateline(article.dateline),
        "byline": list(article.byline),
        "agencies": list(article.agencies),
        "officials": [_official(o) for o in article.officials],
        "forums": [_forum_mention(f) for f in article.forums],
        "events": [_event(e) for e in article.events],
        "agreements": [_agreement(a) for a in article.agreements],
    }


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _date_span(value: Any) -> DateSpan | None:
    return None if value is None else DateSpan.from_dict(value)


def _forum(value: Any) -> Forum | None:
    return None if value is None else Forum.from_dict(value)


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
        dl = data["dateline"]
        return Article(
            published=_date(data["published"]),
            dateline=None
            if dl is None
            else Dateline(
                place=dl["place"],
                date=_date(dl["date"]),
                agency=dl["agency"],
                surface=dl["surface"],
                start=dl["start"],
                end=dl["end"],
            ),
            byline=tuple(data["byline"]),
            agencies=tuple(data["agencies"]),
            officials=[
                Official(
                    name=o["name"],
                    surface=o["surface"],
                    country=o["country"],
                    role=o["role"],
                    title=o["title"],
                    start=o["start"],
                    end=o["end"],
                )
                for o in data["officials"]
            ],
            forums=[
                ForumMention(
                    forum=Forum.from_dict(f),
                    surface=f["surface"],
                    start=f["start"],
                    end=f["end"],
                )
                for f in data["forums"]
            ],
            events=[
                Event(
                    kind=e["kind"],
                    participants=tuple(e["participants"]),
                    date=_date_span(e["date"]),
                    place=e["place"],
                    forum=_forum(e["forum"]),
                    status=e["status"],
                    cameo=e["cameo"],
                    plover=e["plover"],
                    surface=e["surface"],
                    start=e["start"],
                    end=e["end"],
                )
                for e in data["events"]
            ],
            agreements=[
                Agreement(
                    kind=a["kind"],
                    parties=tuple(a["parties"]),
                    topic=a["topic"],
                    date=_date_span(a["date"]),
                    cameo=a["cameo"],
                    plover=a["plover"],
                    surface=a["surface"],
                    start=a["start"],
                    end=a["end"],
                )
                for a in data["agreements"]
            ],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ContractError(f"not a valid {SCHEMA} object: {exc!r}") from exc
