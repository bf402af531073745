"""Typed records: the values every dipnews component returns.

All records are :func:`attrs.frozen` classes: immutable, hashable, compared by value.
Closed vocabularies (role codes, event kinds, statuses, date precisions) are checked by
validators, so an invalid record cannot be built. Every record that quotes the article
carries ``surface``, ``start`` and ``end`` with ``text[start:end] == surface``.

The JSON form of these records is the ``dipnews/1`` contract; see :mod:`dipnews.contract`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

import attrs
from attrs import validators as v

__all__ = [
    "AGREEMENT_KINDS",
    "EVENT_KINDS",
    "EVENT_STATUSES",
    "PRECISIONS",
    "ROLE_CODES",
    "SCHEMA",
    "AgencyCredit",
    "Agreement",
    "Article",
    "Byline",
    "DateSpan",
    "Dateline",
    "Event",
    "Forum",
    "ForumMention",
    "Header",
    "Official",
    "TimeExpression",
]

#: The schema tag written into every article's JSON.
SCHEMA = "dipnews/1"

#: Functional role codes of the contract, in the contract's order.
ROLE_CODES: tuple[str, ...] = (
    "HEAD_OF_STATE",
    "HEAD_OF_GOVERNMENT",
    "DEPUTY_HEAD_OF_GOVERNMENT",
    "FOREIGN_MINISTER",
    "DEPUTY_FOREIGN_MINISTER",
    "SENIOR_DIPLOMAT",
    "FOREIGN_MINISTRY_SPOKESPERSON",
    "DEFENCE_MINISTER",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "OTHER_MINISTER",
    "NATIONAL_SECURITY_ADVISER",
    "AMBASSADOR",
    "SPECIAL_ENVOY",
    "ADVISER",
    "LEGISLATOR",
    "ORG_HEAD",
    "PARTY_LEADER",
)

#: Event kinds (a meeting, a visit, a phone or video call, a summit or forum session).
EVENT_KINDS: tuple[str, ...] = ("MEET", "VISIT", "CALL", "SUMMIT")

#: Event statuses relative to the article's ``published`` date.
EVENT_STATUSES: tuple[str, ...] = ("held", "planned", "ongoing", "unknown")

#: Agreement kinds.
AGREEMENT_KINDS: tuple[str, ...] = ("SIGN", "AGREE", "REAFFIRM", "COMMIT")

#: Precision of a :class:`DateSpan`.
PRECISIONS: tuple[str, ...] = ("day", "days", "part-of-month", "month", "year")


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    # bool is an int subclass and a float may compare fine: neither is an offset.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


class _Quoted(Protocol):
    surface: str
    start: int


def _ends_surface(inst: _Quoted, _attribute: attrs.Attribute[int], end: int) -> None:
    # The validator of ``end`` in every record that quotes the text: attrs runs validators
    # once every field is set, so ``start`` and ``surface`` are there to check against.
    start, surface = inst.start, inst.surface
    if end < start:
        raise ValueError(f"end ({end}) is before start ({start})")
    if end - start != len(surface):
        raise ValueError(
            f"offsets {start}:{end} span {end - start} characters but surface has {len(surface)}"
        )


def _officials(value: Iterable[Official]) -> tuple[Official, ...]:
    return tuple(value)


def _forum_mentions(value: Iterable[ForumMention]) -> tuple[ForumMention, ...]:
    return tuple(value)


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _agreements(value: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(value)


def _bylines(value: Iterable[Byline]) -> tuple[Byline, ...]:
    return tuple(value)


def _credits(value: Iterable[AgencyCredit]) -> tuple[AgencyCredit, ...]:
    return tuple(value)


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class DateSpan:
    """A resolved date or date range, inclusive at both ends.

    >>> import datetime as dt
    >>> from dipnews.records import DateSpan
    >>> DateSpan(dt.date(2025, 12, 1), dt.date(2025, 12, 10), "part-of-month").to_dict()
    {'start': '2025-12-01', 'end': '2025-12-10', 'precision': 'part-of-month'}
    """

    start: dt.date
    end: dt.date
    precision: str = attrs.field(validator=v.in_(PRECISIONS))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date span ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def day(cls, day: dt.date) -> DateSpan:
        """A span of exactly one day."""
        return cls(day, day, "day")

    def to_dict(self) -> dict[str, str]:
        """The contract's JSON object for this span (:func:`dipnews.contract.record_to_json`)."""
        from dipnews.contract import record_to_json  # the one serialiser; it imports this module

        json: dict[str, str] = record_to_json(self)
        return json

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> DateSpan:
        """Inverse of :meth:`to_dict`."""
        from dipnews.contract import record_from_json

        return record_from_json(cls, data)


@attrs.frozen
class TimeExpression:
    """A temporal expression found in text, with its resolution (if any)."""

    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])
    span: DateSpan | None = None


@attrs.frozen
class Dateline:
    """The wire dateline at the head of an article (``MOSCOW, Aug 21 (Reuters) -``)."""

    place: str | None
    date: dt.date | None
    agency: str | None
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Byline:
    """One author credited in a byline: the name and where the text says it."""

    name: str
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class AgencyCredit:
    """One credit to a news agency (dateline, trailer or byline), canonicalised."""

    agency: str
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Header:
    """What :func:`dipnews.header.parse_header` finds at the head and tail of an article."""

    published: dt.date | None = None
    dateline: Dateline | None = None
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=_bylines)
    credits: tuple[AgencyCredit, ...] = attrs.field(default=(), converter=_credits)
    published_surface: TimeExpression | None = None

    @property
    def byline(self) -> tuple[str, ...]:
        """Author names in order, without repeats."""
        return tuple(dict.fromkeys(b.name for b in self.bylines))

    @property
    def agencies(self) -> tuple[str, ...]:
        """Canonical agency names in order of first credit, without repeats."""
        return tuple(dict.fromkeys(c.agency for c in self.credits))

    def anchor(self, given: dt.date | None = None) -> dt.date | None:
        """The date that resolves the article's relative dates.

        *given* (the caller's date) if set, else the metadata date line, else the
        dateline's resolved date, else ``None``.
        """
        if given is not None:
            return given
        if self.published is not None:
            return self.published
        return None if self.dateline is None else self.dateline.date


@attrs.frozen
class Official:
    """A mention of a person who holds or held an office."""

    name: str
    surface: str
    country: str | None
    role: str = attrs.field(validator=v.in_(ROLE_CODES))
    title: str | None
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Forum:
    """A canonical forum: an organisation, one of its bodies, or a bilateral mechanism.

    ``org`` is a key such as ``"SCO"`` or ``"IND-RUS-SUMMIT"``; ``body`` a body key such as
    ``"SUMMIT"`` or ``None`` for the organisation itself; ``edition`` the ordinal where
    stated; ``place`` the host city where stated.
    """

    org: str
    body: str | None = None
    edition: int | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The contract's forum object without offsets (:func:`dipnews.contract.record_to_json`)."""
        from dipnews.contract import record_to_json  # the one serialiser; it imports this module

        json: dict[str, object] = record_to_json(self)
        return json

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Forum:
        """Inverse of :meth:`to_dict` (extra keys such as offsets are ignored)."""
        from dipnews.contract import record_from_json

        return record_from_json(cls, data)


@attrs.frozen
class ForumMention:
    """A forum as mentioned in a text."""

    forum: Forum
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Event:
    """A diplomatic contact: a meeting, visit, call or summit."""

    kind: str = attrs.field(validator=v.in_(EVENT_KINDS))
    participants: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    date: DateSpan | None
    place: str | None
    forum: Forum | None
    status: str = attrs.field(validator=v.in_(EVENT_STATUSES))
    cameo: str
    plover: str
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Agreement:
    """What sides signed, agreed, reaffirmed or committed to."""

    kind: str = attrs.field(validator=v.in_(AGREEMENT_KINDS))
    parties: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    topic: str
    date: DateSpan | None
    cameo: str
    plover: str
    surface: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _ends_surface])


@attrs.frozen
class Article:
    """Everything dipnews extracts from one article: the ``dipnews/1`` record."""

    published: dt.date | None = None
    dateline: Dateline | None = None
    byline: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    officials: tuple[Official, ...] = attrs.field(default=(), converter=_officials)
    forums: tuple[ForumMention, ...] = attrs.field(default=(), converter=_forum_mentions)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_agreements)

    @classmethod
    def assemble(
        cls,
        header: Header,
        *,
        published: dt.date | None,
        officials: Iterable[Official] = (),
        forums: Iterable[ForumMention] = (),
        events: Iterable[Event] = (),
        agreements: Iterable[Agreement] = (),
    ) -> Article:
        """Build the article from the components' results (header fields from *header*)."""
        return cls(
            published=published,
            dateline=header.dateline,
            byline=header.byline,
            agencies=header.agencies,
            officials=officials,
            forums=forums,
            events=events,
            agreements=agreements,
        )
