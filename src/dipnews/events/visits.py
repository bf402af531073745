"""Visits: who visits (the subject, or ``a visit by X``) and where to (a place in a known
foreign country, ``the country`` just named, ``here``, the dateline's host), one visit per
host country."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dipnews._compiled import compile_regex
from dipnews.events.drafts import Sides
from dipnews.events.places import (
    THE,
    anaphor_host,
    dateline_host,
    place_at,
    place_case,
    place_country,
)
from dipnews.records import Official

if TYPE_CHECKING:
    from dipnews.events.context import Context
    from dipnews.events.triggers import Trigger

__all__ = ["visit"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

_OF_BY = compile_regex(r"\s*+(?:of|by)\s++", _FLAGS)
_TO = compile_regex(r"\s*+(?:to\s++)?", _FLAGS)
_HERE_AT = compile_regex(r"\s*+here\b", _FLAGS)
# Between two destinations: "Ukraine and Moldova", "Egypt next, followed by Qatar", "then".
_AND_PLACE = compile_regex(
    r"\s*+(?:(?:next|first)\s*+)?(?:,\s*+(?:and\s++)?|and\s++)?(?:(?:then|followed\s+by)\s++)?"
    r"(?=\p{Lu})",
    regex.IGNORECASE | regex.VERSION1,
)
# "on a visit to the country", "arrived in the capital", "in the Kingdom": a destination
# named by what it is, not by its name (see places.anaphor_host).
_HOST_NOUN = compile_regex(
    r"\s*+the\s++(?P<noun>country|capital|kingdom|emirate|sultanate|island\s++nation)\b", _FLAGS
)


def visit(
    ctx: Context,
    trig: Trigger,
    lo: int,
    hi: int,
    subjects: list[Official],
) -> Sides | None:
    """The visitors and the host country (or one contact per host country: ``will visit
    Ukraine and Moldova``) of a visit, with its destination as place; ``None`` without a
    visitor or a destination in a known foreign country."""
    text = ctx.text
    visitors = subjects
    pos = trig.end
    if trig.form == "noun" or trig.text.lower() in {"visit", "visits"}:
        of = _OF_BY.match(text, pos, hi)
        if of is not None and not visitors:
            visitors = ctx.people.listed_from(of.end(), hi, THE)
            if visitors:
                pos = visitors[-1].end
    if not visitors:
        return None
    dest, known_host = _destination(ctx, trig, pos, hi, visitors)
    if dest is None:
        return None
    place, _start, end = dest
    host = known_host or place_country(ctx, place, end)
    own = {o.country for o in visitors}
    if host is not None and own == {host}:
        # "A received B during his visit to A's country": the visitor is the foreigner.
        guests = [o for o in ctx.people.inside(lo, trig.start) if o.country not in {host, None}]
        if len({o.name for o in guests}) == 1:
            visitors = guests[:1]
            own = {guests[0].country}
    if host is not None and host in own and len(own) > 1:
        # "X and Y discussed trade during the minister's visit to X's capital": the host's
        # own officials are not visitors.
        visitors = [o for o in visitors if o.country != host]
        own = {o.country for o in visitors}
    if host is None or own == {host}:
        # A destination in no known country may be a trip at home ("visited Mumbai"),
        # and a trip at home is not a diplomatic visit.
        return None
    keys = list(dict.fromkeys(o.name for o in visitors))
    hosts = [host]
    cursor = end
    while (more := _AND_PLACE.match(text, cursor, hi)) is not None and len(hosts) < 8:
        nxt = place_at(ctx, more.end(), hi)
        code = place_country(ctx, nxt[0], nxt[2]) if nxt is not None else None
        if nxt is None or code is None or code in own:
            break
        hosts.append(code)
        cursor = nxt[2]
    if len(hosts) > 1:
        # "will visit Ukraine and Moldova": one visit per country.
        return keys, (), list(dict.fromkeys(hosts)), None
    return keys, (host,), [], place


def _destination(
    ctx: Context, trig: Trigger, pos: int, hi: int, visitors: list[Official]
) -> tuple[tuple[str, int, int] | None, str | None]:
    """Where a visit goes: the place and its span, and its country where the words say it
    (``the country``, no destination but the dateline); read from *pos* on."""
    text = ctx.text
    lead = _TO.match(text, pos, hi)
    dest: tuple[str, int, int] | None = None
    known_host: str | None = None
    noun = _HOST_NOUN.match(text, lead.end() if lead else pos, hi)
    if noun is not None:  # (before a place name: "the Kingdom" is written as one)
        found = anaphor_host(ctx, noun.start(), noun.group("noun"), visitors)
        if found is not None:
            place_name, known_host = found
            dest = (place_name, noun.start(), noun.end())
    else:
        dest = place_at(ctx, lead.end() if lead else pos, hi)
    if dest is None and ctx.dateline is not None and ctx.dateline.place:
        here = _HERE_AT.match(text, pos, hi)
        if here is not None:
            dest = (place_case(ctx.dateline.place), here.start(), here.end())
        elif trig.spec.dateline and (dateline := dateline_host(ctx)) is not None:
            # "X, who arrived on Tuesday for a two-day visit", "X is on her first overseas
            # trip": no destination written; wire copy files such a visit from the host.
            place_name, known_host = dateline
            dest = (place_name, trig.start, trig.end)
    return dest, known_host
