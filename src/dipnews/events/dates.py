"""When: the date of a contact, read from the time expressions of
:func:`dipnews.temporal.find` in reach of its trigger, and re-resolved where its status
says another year."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dipnews import temporal as _temporal
from dipnews._compiled import compile_regex
from dipnews.events.casefold import FoldedPattern
from dipnews.records import DateSpan, TimeExpression

if TYPE_CHECKING:
    from dipnews.events.context import Context
    from dipnews.events.drafts import Draft, Status

__all__ = ["EXCLUDED_DATE_PREPOSITION", "PAST_PLAN", "date_in", "fix_date", "under_way_today"]

#: Words before a date that make it another event's (``since``, ``until``, ``said on``).
EXCLUDED_DATE_PREPOSITION = FoldedPattern(
    r"\b(?:since|until|till|before|after|by|following|through|ahead\s+of)\s++(?:the\s++)?$|"
    r"\b(?:said|says|told\s++\p{L}++|announced|reported|stated|added|confirmed|"
    r"said\s+in\s+a\s+statement)\s++(?:on\s++|late\s++|early\s++)?$",
    regex.IGNORECASE | regex.VERSION1,
)


#: A plan reported in the past (``was due to meet``, ``were expected to hold talks``): its
#: date is not moved into the future when it lies before publication.
PAST_PLAN = compile_regex(
    r"\b(?:was|were|had\s+been)\s++(?:(?:due|expected|scheduled|set|slated|supposed|planning|"
    r"going|hoping|poised|likely)\s++)?to\s++(?:[\p{L}-]{1,20}+\s++){0,2}$",
    regex.IGNORECASE | regex.VERSION1,
)


# A clause or phrase after the contact word whose date is another event's.
_SINCE = compile_regex(r"\b(?:since|until|till)\b", regex.IGNORECASE)


def date_in(ctx: Context, lo: int, hi: int, start: int, end: int) -> TimeExpression | None:
    """The time expression in ``[lo, hi)`` nearest the trigger at ``[start, end)`` (after
    it first) that dates the contact: not the date of a report, of another event or of a
    forum, nor a bare year where there is more."""
    best: tuple[int, int, TimeExpression] | None = None
    excluded, target = ctx.cues.excluded_date_preposition
    cue, cue_target = ctx.cues.forum_cue
    for t in ctx.dates.inside(lo, hi):
        if excluded.search(target, max(lo, t.start - 16), t.start):
            continue
        if ctx.forums.overlaps(t.start, t.end):
            continue
        if t.start >= end and any(
            f.end <= t.start and not cue.search(cue_target, max(lo, f.start - 48), f.start)
            for f in ctx.forums.starting_in(end, t.start)
        ):
            continue  # "...for the SCO meeting scheduled for November 18": the forum's date
        if ctx.dateline is not None and t.start < ctx.dateline.end:
            continue
        if t.start >= end and _SINCE.search(ctx.text, end, t.start):
            continue  # "first visit since the war began on February 24": the war's date
        distance = max(t.start - end if t.start >= end else start - t.end, 0)
        if t.span is not None and t.span.precision == "year":
            distance += 60  # "this year", "in 2025": rarely the contact's own date
        key = (distance, 0 if t.start >= end else 1, t)
        if best is None or key[:2] < best[:2]:
            best = key
    return None if best is None else best[2]


def fix_date(
    ctx: Context, expr: TimeExpression | None, status: Status, past_plan: bool = False
) -> DateSpan | None:
    """The expression's span, re-resolved with the status's tense where they disagree
    (*past_plan*: the plan is reported in the past, ``was due to meet X on Friday``, and
    is read as the past tense: a weekday is the one before publication)."""
    if expr is None:
        return None
    span = expr.span
    if span is None or ctx.published is None:
        return span
    tense: _temporal.Tense | None = None
    if status == "planned" and span.end < ctx.published and not past_plan:
        tense = "future"
    elif (status == "held" or past_plan) and span.start > ctx.published:
        tense = "past"
    if tense is None:
        return span
    again = _temporal.resolve(expr.surface, ctx.published, tense=tense)
    return again if again is not None else span


def under_way_today(ctx: Context, drafts: list[Draft]) -> None:
    """Date each contact reported as under way (``ongoing``: ``X is on a visit to Y``,
    ``X is currently holding talks with Y``) that writes no date of its own with the
    publication day: the present tense places it there, as ``today`` would. A contact
    that happened or is planned keeps no date unless the text writes one."""
    if ctx.published is None:
        return
    for d in drafts:
        if d.date is None and d.status == "ongoing":
            d.date = DateSpan.day(ctx.published)
