"""The working record of a contact (:class:`Draft`), the contacts found so far, and the
:class:`~dipnews.records.Event` a draft becomes, with its CAMEO and PLOVER codes."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Literal

import attrs

from dipnews.events.lexicon import codes
from dipnews.events.places import country_of_place
from dipnews.records import DateSpan, Event, Forum

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["RECENT", "ContactsSoFar", "Draft", "Sides", "Status", "to_event"]

Status = Literal["held", "planned", "ongoing", "unknown"]

#: How many earlier contacts a collective phrase or "during the visit" may look back on.
RECENT = 12

#: The sides a trigger's rules found: ``(subjects, extra, one-per-event objects,
#: destination)``: the participants of one contact are the subjects, one of the objects
#: (where there are any, one contact each) and the extra ones; a visit's destination is
#: its place.
Sides = tuple[list[str], tuple[str, ...], list[str], str | None]


@attrs.define
class Draft:
    """A contact found, before duplicates merge; *start* and *end* are its sentence's."""

    kind: str
    participants: tuple[str, ...]
    date: DateSpan | None
    place: str | None
    forum: Forum | None
    status: Status
    code: str | None
    start: int
    end: int
    countries: tuple[str, ...]  # the participants' countries, for the third-location test


class ContactsSoFar:
    """The contacts found so far, in the order found (text order, as sentences are read)."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self._starts: list[int] = []  # the starts of the drafts seen by recent()
        self._ordered = True  # whether those starts are in order

    def recent(self, pos: int, count: int) -> list[Draft]:
        """The last *count* contacts found so far (in list order) that start at or before
        *pos*: a bisection when the contacts are in text order, as they are found."""
        starts = self._starts
        for draft in self.drafts[len(starts) :]:  # the list only grows
            if starts and draft.start < starts[-1]:
                self._ordered = False
            starts.append(draft.start)
        if not self._ordered:
            return [d for d in self.drafts if d.start <= pos][-count:]
        upto = bisect.bisect_right(starts, pos)
        return self.drafts[max(0, upto - count) : upto]


def _event_code(ctx: Context, d: Draft) -> tuple[str, str]:
    table = codes().events
    if d.status == "planned":
        return table["PLANNED"]
    if d.kind == "VISIT":
        return table["VISIT"]
    if d.kind == "CALL" or d.code == "CALL":
        return table["CALL"]
    if d.kind == "SUMMIT":
        return table["SUMMIT"]
    if d.code == "NEGOTIATE":
        return table["NEGOTIATE"]
    if d.place is not None and d.countries:
        where = ctx.place_codes.get(d.place) or country_of_place(d.place)
        if where is not None and where not in d.countries:
            return table["MEET_THIRD_LOCATION"]
    return table["MEET"]


def to_event(ctx: Context, d: Draft) -> Event:
    """The event *d* reports, coded, with its sentence as evidence."""
    cameo, plover = _event_code(ctx, d)
    return Event(
        kind=d.kind,
        participants=d.participants,
        date=d.date,
        place=d.place,
        forum=d.forum,
        status=d.status,
        cameo=cameo,
        plover=plover,
        surface=ctx.text[d.start : d.end],
        start=d.start,
        end=d.end,
    )
