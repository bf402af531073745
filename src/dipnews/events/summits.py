"""Summits: a meeting of a forum as a whole (``the SCO Summit in Tianjin``, ``the
India-Singapore Ministerial Roundtable was held``), reported where a cue says the text is
about the meeting itself."""

from __future__ import annotations

import bisect
from itertools import islice
from typing import TYPE_CHECKING

import regex

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews.events.casefold import FoldedPattern
from dipnews.events.dates import date_in, fix_date
from dipnews.events.drafts import Draft
from dipnews.events.lexicon import TriggerSpec, codes
from dipnews.events.places import place_in
from dipnews.events.segment import REACH, Sentence, reach
from dipnews.events.status import status_of
from dipnews.events.triggers import Trigger
from dipnews.records import DateSpan, Forum

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["SUMMIT_BEFORE", "journey_dates", "summits"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: Words before a forum that report its meeting (``attended the``, ``ahead of the``).
SUMMIT_BEFORE = FoldedPattern(
    r"\b(?:for|attend(?:ed|s|ing)?|host(?:ed|s|ing)?|co-?chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|"
    r"presid(?:ed|es|e|ing)\s+over|met\s++(?:[\p{L}\d,]{1,20}+\s++){0,5}?at|"
    r"address(?:ed|es|ing)?|participat(?:ed|es|e|ing)\s+in|t(?:ook|ake|akes|aking)\s+part\s+in|"
    r"opened|convened|inaugurated|upcoming|forthcoming|impending|scheduled|planned|next|"
    r"proposed|recent|recently\s+concluded|last|after|before|ahead\s+of|following|"
    r"preparations?\s+for|on\s+the\s+eve\s+of)\s++(?:the\s++)?(?:[\p{L}\d-]{1,20}+\s++){0,3}$",
    _FLAGS,
)
# Words after a forum that report its meeting (``..., scheduled for``, ``was held``).
_SUMMIT_AFTER = compile_regex(
    # (matched at the forum's end: no ``^``, which would only match at the text's start)
    r"(?:\s++(?:meeting|session|summit|talks|conference))?(?:\s*+\(\p{Lu}[\p{L}\d-]{1,15}+\))?"
    r",?\s++(?:is\s++|was\s++|were\s++|will\s++be\s++|are\s++)?"
    r"(?:scheduled|to\s+be\s+held|be\s+held|held|set\s+to|slated|took\s+place|take\s+place|"
    r"begins|began|opened|opens|concluded|ended|being\s+held|under\s*way|kicked\s+off|kicks\s+off|"
    r"hosted|convened|convenes|to\s+convene|due|issued|adopted)\b",
    _FLAGS,
)
# The words of a journey (arriving, travelling, leaving for), not of a stay (a visit).
_MOVE = compile_regex(r"(?:arriv|land|travel|fl[eiy]|left\b|leav|depart|emplan|head)", _FLAGS)
_DAYS = frozenset({"day", "days"})
# A forum's meeting a journey is for: "visit to India for the", "to attend the".
_FOR_FORUM = compile_regex(
    r"\b(?:for|to\s+attend|to\s+take\s+part\s+in|to\s+participate\s+in)\s++(?:the\s++)?"
    r"(?:[\p{L}\d’'-]{1,20}+\s++){0,4}$",
    _FLAGS,
)
# An opening bracket before a forum's name (or its acronym after a slash: "(ASEAN
# Ministers' Meeting/AMM").
_OPEN_BRACKET = compile_regex(r"\((?:[^()/]{1,50}+/)?\s*+$")
_DESCRIBED = compile_regex(
    r"\b(?:presid(?:ed|es|ing)\s+over|co-?chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|host(?:ed|s|ing)|"
    r"attend(?:ed|s|ing)|convened|opened)\s++(?:an?|the)\s++(?:meeting|session|summit|"
    r"conference|gathering)\s++(?:[\p{L}’'-]{1,25}+\s++){0,12}?$",
    _FLAGS,
)
_BEFORE_CUE = compile_regex(
    r"(?:ahead|before|preparations?|on\s+the\s+eve|in\s+the\s+run-up)\b", _FLAGS
)
_AFTER_CUE = compile_regex(
    r"(?:ahead|before|after|following|preparations?|on\s+the\s+eve)\b", _FLAGS
)


def summits(ctx: Context, contacts: list[Draft]) -> list[Draft]:
    """The forum meetings of the article that no contact of the same sentence is at."""
    table = codes()
    used = {(d.start, d.forum) for d in contacts if d.forum is not None}
    out: list[Draft] = []
    for sent in ctx.sentences:
        bounds = ctx.sentences.clause_bounds(sent)
        for f in ctx.forums.starting_in(sent.start, sent.end):
            if f.end > sent.end:
                continue
            forum = f.forum
            bilateral = table.bilateral_forums.get(forum.org) or _bilateral_codes(forum.org)
            if forum.body not in table.meeting_bodies and not forum.org.endswith("-SUMMIT"):
                continue
            if (sent.start, forum) in used:
                continue
            lo, hi = reach(bounds, sent, f.start, f.end)
            summit_before, target = ctx.cues.summit_before
            cue_before = summit_before.search(target, max(lo, f.start - 60), f.start)
            cue_after = _SUMMIT_AFTER.match(ctx.text, f.end, min(hi, f.end + 60))
            if cue_before is None and cue_after is None:
                cue_before = _described(ctx, lo, f.start)
            if cue_before is None and cue_after is None:
                continue
            trig = Trigger(TriggerSpec(kind="SUMMIT", noun=True), f.start, f.end, f.surface)
            floor = max(sent.start, f.start - REACH)
            date_lo = lo
            if cue_before is not None and _AFTER_CUE.match(
                ctx.text[cue_before.start() : cue_before.end()]
            ):
                # "hosted X on Thursday ahead of the G20 meeting": Thursday is not its date.
                date_lo = floor = f.start
            journey = any(
                lo <= t.start and t.end <= f.start and _MOVE.match(t.text)
                for t in _triggers_before(ctx, sent, lo, f.start)
            )
            expr = date_in(ctx, date_lo, hi, f.start, f.end) or date_in(
                ctx,
                floor,
                min(sent.end, f.end + REACH),
                f.start,
                f.end,
            )
            if (
                journey
                and expr is not None
                and expr.start < f.start
                and expr.span is not None
                and expr.span.precision in _DAYS
            ):
                # "after arriving in Jakarta on Monday night to attend the 56th AMM", "will
                # travel on Friday to Addis Ababa to attend...": the day of a journey to
                # the meeting is not the meeting's ("later this month" is both's).
                expr = date_in(ctx, f.start, min(sent.end, f.end + REACH), f.start, f.end)
            status = status_of(ctx, trig, lo, hi, expr.span if expr else None)
            if status is None:
                continue
            if expr is None and status == "held":
                relative = (
                    _BEFORE_CUE.match(ctx.text, cue_before.start(), cue_before.end())
                    if cue_before is not None
                    else None
                )
                if relative is not None or (journey and cue_before is not None):
                    # "a day before the G7 summit kicks off", "have arrived in Delhi for
                    # the G20 summit": the meeting is still to come when the main verb's
                    # contact happened.
                    status = "planned"
            place = forum.place or place_in(ctx, f.end, hi, f.end)
            participants = tuple(bilateral)
            date = fix_date(ctx, expr, status)
            if participants and _reported_as_contact(
                contacts, sent.start, participants, date, status
            ):
                # "Jaishankar and Manturov co-chaired the virtual meeting of IRIGC-TEC":
                # the session of a two-country mechanism is the meeting the sentence
                # reports.
                continue
            out.append(
                Draft(
                    kind="SUMMIT",
                    participants=participants,
                    date=date,
                    place=place,
                    forum=forum,
                    status=status,
                    code=None,
                    start=sent.start,
                    end=sent.end,
                    countries=participants,
                )
            )
    return out


def _reported_as_contact(
    contacts: list[Draft],
    start: int,
    countries: tuple[str, ...],
    date: DateSpan | None,
    status: str,
) -> bool:
    """Whether a meeting or call of the sentence at *start* is between *countries*, of
    *status*, at a date that does not contradict *date* ("the ministers discussed
    preparations for the annual summit": a meeting held, a summit to come, two events; a
    visit made for a session and the session are two events too)."""
    for d in contacts:
        if (
            d.start != start
            or d.kind not in {"MEET", "CALL"}
            or set(d.countries) != set(countries)
            or d.status != status
        ):
            continue
        if (
            date is None
            or d.date is None
            or (d.date.start <= date.end and date.start <= d.date.end)
        ):
            return True
    return False


def journey_dates(ctx: Context, drafts: list[Draft]) -> None:
    """Date an undated visit made for a forum's meeting with that meeting's date: "Putin's
    anticipated visit to India for the annual summit" (the summit "in early December"),
    "X will arrive in Moscow ... for the SCO meeting scheduled for November 17-18"."""
    dated = [d for d in drafts if d.kind == "SUMMIT" and d.forum is not None and d.date]
    if not dated:
        return
    text = ctx.text
    for d in drafts:
        if d.kind != "VISIT" or d.date is not None:
            continue
        for f in ctx.forums.starting_in(d.start, d.end):
            if f.end > d.end or not _FOR_FORUM.search(text, max(d.start, f.start - 60), f.start):
                continue
            summit = next(
                (
                    x
                    for x in dated
                    if x.status == d.status
                    and x.forum is not None
                    and _same_forum(x.forum, f.forum)
                ),
                None,
            )
            if summit is not None:
                d.date = summit.date
                break


def _same_forum(a: Forum, b: Forum) -> bool:
    return (
        a.org == b.org
        and (a.body == b.body or None in {a.body, b.body})
        and (a.edition == b.edition or None in {a.edition, b.edition})
    )


def _described(ctx: Context, lo: int, start: int) -> regex.Match[str] | None:
    """A meeting described before the forum that names it in brackets: "presided over a
    meeting of foreign ministers from ASEAN member countries (ASEAN Ministers' Meeting)"."""
    paren = _OPEN_BRACKET.search(ctx.text, max(lo, start - 56), start)
    if paren is None:
        return None
    return _DESCRIBED.search(ctx.text, max(lo, paren.start() - 160), paren.start())


def _triggers_before(ctx: Context, sent: Sentence, lo: int, pos: int) -> list[Trigger]:
    """The contact words of *sent* between *lo* and *pos*."""
    found = ctx.triggers.in_sentence(sent)
    i = bisect.bisect_left(found, lo, key=lambda t: t.start)
    return list(islice((t for t in islice(found, i, None) if t.start < pos), 64))


def _bilateral_codes(org: str) -> tuple[str, ...]:
    """The two countries of a forum key that opens with two country codes."""
    parts = org.split("-")
    if len(parts) >= 3 and all(_countries.is_code(p) for p in parts[:2]):
        return (parts[0], parts[1])
    return ()
