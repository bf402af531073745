"""Whether a contact was held, is planned or is under way, from the tense and modality
around its trigger (the ``status`` patterns of ``data/event_triggers.json``), else from
its date against the publication date, else from :func:`dipnews.temporal`'s tense."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import regex

from dipnews import temporal as _temporal
from dipnews._compiled import compile_regex
from dipnews.records import DateSpan

if TYPE_CHECKING:
    from dipnews.events.context import Context
    from dipnews.events.drafts import Status
    from dipnews.events.triggers import Trigger

__all__ = ["AND_BEFORE", "STATUS_WORDS", "status_of"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: ``and`` right before a position: a second verb of the same subject (``will call on X
#: and hold talks with Y``).
AND_BEFORE = compile_regex(r"\band\s++$", _FLAGS)
_ARRIVAL = compile_regex(r"(?:arriv|land|left|leav|depart|emplan|reach)", _FLAGS)
_TENSE_STATUS: dict[str, Status] = {"past": "held", "future": "planned", "present": "ongoing"}
# A past verb of motion and the contact it was for: "headed for the East Room to hold talks".
_MOTION_PURPOSE = compile_regex(
    r"\b(?:headed|went|moved|proceeded|retired|withdrew)\b[^,.;:]{0,40}?\bto\s++$", _FLAGS
)
# A visit under way: "This is X's first visit", "began a two-day trip", "is on a tour".
_UNDER_WAY = compile_regex(
    r"(?:\b(?:this|it)\s+is\s+(?:also\s+)?|\b(?:began|begins|started|starts|kicked\s+off|"
    r"embarked\s+on|embarks\s+on)\s++)(?:an?\s++|the\s++|his\s++|her\s++|their\s++|"
    r"[\p{L}.’'-]{1,30}+[’']s\s++){0,2}(?:[\p{L}\d-]{1,20}+\s++){0,3}$",
    _FLAGS,
)
# A contact noun in a phrase that sets a scene ("during his first meeting with").
_SET_IN = compile_regex(
    r"\b(?:during|at|after|following|in)\s++(?:(?:his|her|their|the|an?)\s++)?"
    r"(?:[\p{L}-]{2,20}+\s++){0,3}$",
    _FLAGS,
)
# A finite verb in the past ("said", "was", "had").
_PAST_FINITE = compile_regex(
    r"\b(?:said|was|were|had|did|told|added|stressed|noted|recalled)\b", _FLAGS
)

#: Words one of which every match of a status pattern (event_triggers.json, "status")
#: holds, in its folded form: where the folded window holds none, the pattern is not run.
#: (tests/test_events_status_words.py checks each against the pattern.)
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "negated": ("no", "n't", "never", "failed", "refused", "declined", "without"),
    "offered": ("ready", "willing", "prepared", "offer", "propose"),
    "cancelled": ("cancel", "postpone", "called", "scrapped", "deferred", "put", "rejected"),
    "held_after": (
        "held", "took", "hosted", "opened", "began", "concluded", "ended", "kicked", "got",
        "wrapped",
    ),
    "ongoing_after": ("being", "under", "taking", "going"),
    "ongoing_near": ("currently", "presently", "right"),
}  # fmt: skip
# (one literal alternation each, which the standard library finds in a window quickly)
_STATUS_GATES = {k: re.compile("|".join(map(re.escape, v))) for k, v in STATUS_WORDS.items()}


def _may_hold(target: str, low: str | None, key: str, lo: int, hi: int) -> bool:
    """False when ``target[lo:hi]``, the folded text, holds none of the words every match
    of status pattern *key* holds (:data:`STATUS_WORDS`): the pattern cannot match."""
    if target is not low:
        return True  # the case-insensitive pattern on the text as given
    return _STATUS_GATES[key].search(target, lo, hi) is not None


def status_of(
    ctx: Context,
    trig: Trigger,
    lo: int,
    hi: int,
    date: DateSpan | None,
    inherit: Status | None = None,
) -> Status | None:
    """Status from tense and modality; ``None`` for a negated, offered or cancelled
    contact. *date* is the contact's date; *inherit* the status of the sentence's last
    contact, which a second verb after ``and`` shares."""
    if _ruled_out(ctx, trig.start, lo, hi):
        return None
    return (
        _from_cues_before(ctx, trig, lo, date)
        or _from_cues_near_and_after(ctx, trig, lo, hi)
        or _from_context(ctx, trig, lo, date, inherit)
    )


def _ruled_out(ctx: Context, start: int, lo: int, hi: int) -> bool:
    """A negated (``did not meet``), offered (``ready to host talks``) or cancelled
    (``postponed``) contact."""
    st = ctx.cues.status
    low = ctx.low
    pattern, target = st["negated"]
    if _may_hold(target, low, "negated", max(lo, start - 30), start) and pattern.search(
        target, max(lo, start - 30), start
    ):
        return True
    pattern, target = st["offered"]
    if _may_hold(target, low, "offered", max(lo, start - 60), start) and pattern.search(
        target, max(lo, start - 60), start
    ):
        return True  # "ready to host another round of talks": an offer, not a contact
    pattern, target = st["cancelled"]
    return bool(_may_hold(target, low, "cancelled", lo, hi) and pattern.search(target, lo, hi))


def _from_cues_before(ctx: Context, trig: Trigger, lo: int, date: DateSpan | None) -> Status | None:
    """From the words before the trigger (``will``, ``is currently``, ``last``) and the
    trigger's own form (a past verb)."""
    st = ctx.cues.status
    start = trig.start
    form = trig.form
    text = ctx.text
    if trig.left == "to" and _MOTION_PURPOSE.search(text, max(lo, start - 60), start):
        return "held"  # "headed for the East Room to hold private talks"
    pattern, target = st["planned_before"]
    if pattern.search(target, max(lo, start - 40), start):
        return "planned"
    if (
        trig.spec.kind == "VISIT"
        and form == "noun"
        and _UNDER_WAY.search(text, max(lo, start - 60), start)
        and (date is None or ctx.published is None or date.end >= ctx.published)
    ):
        return "ongoing"  # "This is X's first visit to Moscow", "began a two-day trip"
    if form == "ing" or trig.text.lower().startswith("on "):
        pattern, target = st["ongoing_before"]
        if pattern.search(target, max(lo, start - 30), start):
            return "ongoing"
    if trig.spec.subject_only:
        return "ongoing"
    if form == "past":
        if _ARRIVAL.match(trig.text) and ctx.published is not None:
            # Wire copy on an arrival reports a visit under way ("arrived in Hanoi on
            # Monday for a state visit"), unless the arrival was days ago.
            recent = date is None or date.end >= ctx.published - dt.timedelta(days=2)
            return "ongoing" if recent else "held"
        return "held"
    if form in {"noun", "base"}:
        premod_lo = max(lo, start - 40)
        pattern, target = st["planned_premodifier"]
        tail = " ".join(target[premod_lo:start].split()[-3:])
        if pattern.search(tail):
            return "planned"
        pattern, target = st["held_premodifier"]
        tail = " ".join(target[premod_lo:start].split()[-3:])
        if pattern.search(tail):
            return "held"
    return None


def _from_cues_near_and_after(ctx: Context, trig: Trigger, lo: int, hi: int) -> Status | None:
    """From the words near the trigger and after it (``scheduled for``, ``was held``,
    ``is under way``)."""
    st = ctx.cues.status
    low = ctx.low
    start = trig.start
    pattern, target = st["planned_near"]
    if pattern.search(target, max(lo, start - 60), start):
        return "planned"
    # (these patterns start with ``^``: they run on the text after the trigger)
    pattern, target = st["planned_after"]
    if pattern.search(target[trig.end : hi]):
        return "planned"
    pattern, target = st["held_after"]
    if _may_hold(target, low, "held_after", trig.end, hi) and pattern.search(target[trig.end : hi]):
        return "held"
    pattern, target = st["ongoing_after"]
    if _may_hold(target, low, "ongoing_after", trig.end, hi) and pattern.search(
        target[trig.end : hi]
    ):
        return "ongoing"
    pattern, target = st["ongoing_near"]
    if _may_hold(target, low, "ongoing_near", lo, hi) and pattern.search(target, lo, hi):
        return "ongoing"
    return None


def _from_context(
    ctx: Context, trig: Trigger, lo: int, date: DateSpan | None, inherit: Status | None
) -> Status:
    """With no cue: the status of the verb before ``and``, else the date against the
    publication date, else the tense of the trigger's verb phrase (else ``unknown``)."""
    text = ctx.text
    if inherit is not None and AND_BEFORE.search(text, max(lo, trig.start - 8), trig.start):
        return inherit  # "will call on X and hold talks with Y"
    if date is not None and ctx.published is not None:
        if date.start > ctx.published:
            return "planned"
        if date.end < ctx.published:
            return "held"
    tense = _temporal._tense_at(text, trig.start, trig.end)  # text checked by extract()
    if (
        tense is None
        and trig.form == "noun"
        and _SET_IN.search(text, max(lo, trig.start - 40), trig.start)
        and _PAST_FINITE.search(text, lo, trig.start)
    ):
        # "X said Y was a close partner, during his first meeting with Z": a contact noun
        # setting the scene of a clause told in the past happened.
        return "held"
    return _TENSE_STATUS.get(tense, "unknown") if tense is not None else "unknown"
