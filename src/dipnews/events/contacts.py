"""Contacts: each trigger of a sentence read into the drafts of the meetings, visits and
calls it reports, with participants, date, place, forum and status.

The triggers of a sentence are read in order, and what an earlier one found bears on the
later ones (:class:`_SentenceSoFar`): a meeting a visit is for takes the visitor, a verb
after ``and`` shares the status of the one before, an object already taken is no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from dipnews._compiled import compile_regex
from dipnews.events.dates import PAST_PLAN, date_in, fix_date
from dipnews.events.drafts import RECENT, Draft, Sides, Status
from dipnews.events.lexicon import TriggerSpec
from dipnews.events.participants import NOUN_LEAD, OBJECT_LEAD, participants
from dipnews.events.places import country_spans, dateline_host, forum_in, place_in
from dipnews.events.segment import Sentence, clause_start, reach
from dipnews.events.status import AND_BEFORE, status_of
from dipnews.events.triggers import Trigger
from dipnews.records import DateSpan, Forum, ForumMention, TimeExpression

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["contacts"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

# "in a phone call" after a meeting verb: the call the meeting words describe.
_CALL_FRAME = compile_regex(
    r"\b(?:in|during|over|via|through|by)\s++(?:an?\s++|the\s++|their\s++)?"
    r"(?:[\p{L}-]{2,20}+\s++){0,2}$",
    _FLAGS,
)
# After an official a visit verb takes as object: the end of the phrase, or the person's
# office or residence ("visited X's office"), not a place of theirs ("X's hometown").
_NOT_A_PLACE = compile_regex(
    r"(?:[’']s\s++(?:official\s++)?(?:office|residence|home|dacha|palace)\b|(?![’']s\b))",
    _FLAGS,
)
_WHERE_START = compile_regex(r",?\s*+where\b", _FLAGS)
# A contact noun in a phrase that sets the scene of the contact before it ("discussed...
# during the minister's visit to Nur-Sultan on Feb. 18", "met X at their talks on
# Monday"): the date that follows it is that contact's too.
_SETTING_BEFORE = compile_regex(
    r"\b(?:during|at|amid|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of)"
    r"\s++(?:[\p{L}\d’'.-]{1,25}+\s++){0,4}$",
    _FLAGS,
)
# Words that make a sentence background rather than more of the same day's contacts
# (``had met``, ``earlier``, ``last``): no date is carried into it.
_NOT_CONTINUED = compile_regex(
    r"\b(?:had|earlier|previously|already|last|before|ago|once|times|since|prior|recently)\b",
    _FLAGS,
)
# A contact set in another event, whose date is that event's ("during the visit").
_OTHER_SCENE = compile_regex(
    r"\bduring\s++(?:the|that|this|his|her|their|its)\s++(?:[\p{L}-]{2,20}+\s++){0,2}?"
    r"(?:visit|trip|tour|talks|meeting|call|conversation|summit|stay|session)\b",
    _FLAGS,
)
#: How many sentences back a contact may take the date of a series it continues.
CARRY_BACK = 8
_DURING_VISIT = compile_regex(r"\bduring\s+(?:the|that|this|his|her|their)\s+visit\b", _FLAGS)
_FOR_BEFORE = compile_regex(r"\bfor\s++(?:[\p{Ll}-]{2,20}+\s++){0,2}$", _FLAGS)
# "is expected to meet", "is due to hold talks": an infinitive of its own predicate, which
# cannot be the purpose of a visit already made.
_FUTURE_TO = compile_regex(
    r"\b(?:expected|scheduled|due|set|slated|likely|poised|planning|plans?|intends?|hopes?"
    r"|hoping|going)\s++to\s++$",
    _FLAGS,
)


@attrs.define
class _SentenceSoFar:
    """What the earlier triggers of a sentence leave for the later ones."""

    previous: list[Draft]  # the contacts of the sentences before
    out: list[Draft] = attrs.Factory(list)  # the contacts of this sentence so far
    used_objects: set[int] = attrs.Factory(set)  # ids of the officials taken as objects
    absorbed: set[int] = attrs.Factory(set)  # triggers read as part of an earlier one
    last_status: Status | None = None
    productive_end: int = -1  # end of the last trigger that gave an event


def contacts(ctx: Context) -> list[Draft]:
    """The meetings, visits and calls of the article, sentence by sentence (merged later)."""
    found = ctx.contacts.drafts
    for sent in ctx.sentences:
        found.extend(_contacts_in(ctx, sent, found))
    return list(found)


def _contacts_in(ctx: Context, sent: Sentence, previous: list[Draft]) -> list[Draft]:
    triggers = ctx.triggers.in_sentence(sent)
    bounds = ctx.sentences.clause_bounds(sent)
    state = _SentenceSoFar(previous)
    for k in range(len(triggers)):
        if k not in state.absorbed:
            _read_trigger(ctx, sent, triggers, k, bounds, state)
    return _one_host(ctx, state.out)


def _one_host(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The sentence's drafts without a visit filed from the dateline (``on a trip``, no
    destination written) where the sentence names the same visitor's destination
    (``DUBAI (AP) -- X has arrived in Saudi Arabia on a trip``)."""
    if not any(d.kind == "VISIT" for d in drafts):
        return drafts
    host = dateline_host(ctx)
    if host is None:
        return drafts
    hosts: dict[str, set[str]] = {}
    for d in drafts:
        if d.kind == "VISIT" and d.participants:
            hosts.setdefault(d.participants[0], set()).add(d.participants[-1])
    return [
        d
        for d in drafts
        if not (
            d.kind == "VISIT"
            and d.participants
            and d.place == host[0]
            and len(hosts[d.participants[0]]) > 1
        )
    ]


def _read_trigger(
    ctx: Context,
    sent: Sentence,
    triggers: list[Trigger],
    k: int,
    bounds: list[int],
    state: _SentenceSoFar,
) -> None:
    """Add the contacts trigger *k* of *sent* reports to ``state.out``."""
    trig = triggers[k]
    lo, clause_hi = reach(bounds, sent, trig.start, trig.end)
    hi = min(clause_hi, triggers[k + 1].start if k + 1 < len(triggers) else sent.end)
    spec = trig.spec
    if _call_frame(ctx, triggers, k, clause_hi):
        # "discussed the peace process in a phone call": one call, not a meeting.
        spec = TriggerSpec(kind="CALL", code="CALL")
        state.absorbed.add(k + 1)
        after_next = triggers[k + 2].start if k + 2 < len(triggers) else sent.end
        hi = min(clause_hi, after_next)
    if spec.kind == "VISIT" and _visits_a_person(ctx, trig, hi):
        # "visited his Brazilian counterpart, X", "visited X's office": a meeting.
        spec = TriggerSpec(kind="MEET")
        trig = attrs.evolve(trig, spec=spec)
    if _purpose(ctx, trig, spec, lo, hi, state):
        return
    recent = state.previous[-RECENT:] + state.out[-RECENT:]
    date_hi = _setting_end(ctx, triggers, k, hi, clause_hi)
    found = participants(ctx, sent, trig, lo, hi, state.used_objects, recent, date_hi)
    if found is None:
        return
    people, _extra, objects_per_event, destination = found
    expr, forum_mention, place = _setting(
        ctx, sent, triggers, k, spec, lo, hi, bounds, state, date_hi
    )
    status = status_of(ctx, trig, lo, hi, expr.span if expr else None, state.last_status)
    if status is None:
        return
    state.last_status = status
    date = _date(ctx, sent, trig, lo, hi, expr, status, recent, state)
    if date is None and spec.kind in {"MEET", "CALL"}:
        date = _carried_date(ctx, sent, status, {*people, *_extra, *objects_per_event})
    forum = forum_mention.forum if forum_mention else None
    if place is None and forum is not None and forum.place:
        place = forum.place
    if spec.kind == "VISIT" and destination is not None:
        place = destination
    if (
        not people
        and not objects_per_event
        and trig.form == "noun"
        and spec.kind in {"MEET", "CALL"}
        and trig.left in {"the", "that", "this", "their"}
        and date is not None
    ):
        # "The meeting on Thursday took place...": the date of the contact just
        # reported without one.
        undated = _recent_undated(ctx, sent, recent + state.out, spec.kind)
        if undated is not None:
            undated.date = date
        return
    _add_drafts(ctx, sent, trig, spec, found, date, place, forum, status, recent, state)


def _visits_a_person(ctx: Context, trig: Trigger, hi: int) -> bool:
    """Whether a visit verb's object is a person (``visited his counterpart X``, ``paid a
    visit to X``, ``visited X's office``), not a place."""
    if trig.form == "noun" and not trig.text.lower().endswith(" to"):
        return False
    m = OBJECT_LEAD.match(ctx.text, trig.end, hi)
    o = ctx.people.at(m.end() if m else trig.end, hi)
    if o is None:
        return False
    return _NOT_A_PLACE.match(ctx.text, o.end, hi) is not None


def _call_frame(ctx: Context, triggers: list[Trigger], k: int, clause_hi: int) -> bool:
    """Whether meeting words at *k* are framed by a call noun next (``discussed the peace
    process in a phone call``)."""
    trig = triggers[k]
    nxt = triggers[k + 1] if k + 1 < len(triggers) else None
    return bool(
        trig.spec.kind == "MEET"
        and trig.form != "noun"
        and nxt is not None
        and nxt.spec.kind == "CALL"
        and nxt.spec.noun
        and nxt.start < clause_hi
        and _CALL_FRAME.search(ctx.text, max(trig.end, nxt.start - 40), nxt.start)
    )


def _purpose(
    ctx: Context, trig: Trigger, spec: TriggerSpec, lo: int, hi: int, state: _SentenceSoFar
) -> bool:
    """Whether *trig* is the purpose of a visit (``will travel to Washington to meet X``,
    ``...for talks with X``: the meetings, with the visitor at the visit's date, are added)
    or of an earlier contact of the sentence (``met X to discuss...``): nothing more to
    read then."""
    text = ctx.text
    infinitive = text[max(lo, trig.start - 4) : trig.start].lower().endswith("to ")
    visit = next((d for d in reversed(state.out[-RECENT:]) if d.kind == "VISIT"), None)
    purpose = (infinitive and trig.form == "base") or (
        trig.form == "noun" and _FOR_BEFORE.search(text, max(lo, trig.start - 40), trig.start)
    )
    if (
        visit is not None
        and visit.status == "held"
        and purpose
        and _FUTURE_TO.search(text, max(lo, trig.start - 40), trig.start)
    ):
        # "X, who last visited Kyiv in 2023, is expected to meet Y": a contact of its
        # own, not the purpose of that visit nor of an earlier contact.
        visit = None
        infinitive = False
    if visit is not None and spec.kind in {"MEET", "CALL"} and purpose:
        state.out.extend(_purpose_meetings(ctx, trig, hi, visit, spec))
        return True
    # ("met X to discuss...": only a contact reported before has a purpose; "the meeting
    # was held before the ministers were set to hold talks" reports none)
    return state.productive_end >= 0 and infinitive and trig.form == "base"


def _setting_end(ctx: Context, triggers: list[Trigger], k: int, hi: int, clause_hi: int) -> int:
    """Where the date of trigger *k* may be read up to: past the contact nouns after it
    that set its scene (``discussed X during the minister's visit to Y on Feb. 18``),
    else *hi*."""
    end = hi
    for j in range(k + 1, min(len(triggers), k + 4)):  # (a few: linear time)
        nxt = triggers[j]
        if nxt.start >= clause_hi or nxt.start != end or nxt.form != "noun":
            break
        if not _SETTING_BEFORE.search(ctx.text, max(triggers[k].end, nxt.start - 80), nxt.start):
            break
        end = min(triggers[j + 1].start, clause_hi) if j + 1 < len(triggers) else clause_hi
    return end


def _setting(
    ctx: Context,
    sent: Sentence,
    triggers: list[Trigger],
    k: int,
    spec: TriggerSpec,
    lo: int,
    hi: int,
    bounds: list[int],
    state: _SentenceSoFar,
    date_hi: int,
) -> tuple[TimeExpression | None, ForumMention | None, str | None]:
    """The date expression, forum and place in reach of trigger *k* (the date up to
    *date_hi*)."""
    text = ctx.text
    trig = triggers[k]
    # Date, place and forum before the trigger belong to an earlier trigger of the same
    # clause where there is one ("met X in Moscow ... since their last meeting").
    wlo = max(lo, trig.start) if state.productive_end > lo else lo
    expr = date_in(ctx, wlo, hi, trig.start, trig.end)
    if expr is None and date_hi > hi:
        expr = date_in(ctx, wlo, date_hi, trig.start, trig.end)
    forum_mention = forum_in(ctx, wlo, hi)
    place = None
    if spec.kind != "VISIT":
        place = place_in(ctx, wlo, hi, trig.end)
    # "..., where they discussed": borrow from the clause it hangs on.
    if _WHERE_START.match(text, lo, hi) and lo > sent.start:
        prev_lo = clause_start(bounds, sent, lo - 1)
        # ...from the last contact word of that clause on ("arrived in Washington on
        # Sunday after a visit to Tokyo, where he met X": not Sunday).
        for earlier in triggers[:k]:
            if prev_lo <= earlier.start < lo and not earlier.spec.strict:
                prev_lo = earlier.start
        if expr is None:
            expr = date_in(ctx, prev_lo, lo, lo, lo)
        if forum_mention is None:
            forum_mention = forum_in(ctx, prev_lo, lo)
        if place is None and spec.kind != "VISIT":
            place = place_in(ctx, prev_lo, lo, prev_lo)
    return expr, forum_mention, place


def _date(
    ctx: Context,
    sent: Sentence,
    trig: Trigger,
    lo: int,
    hi: int,
    expr: TimeExpression | None,
    status: Status,
    recent: list[Draft],
    state: _SentenceSoFar,
) -> DateSpan | None:
    """The contact's date: its expression's (re-resolved for the status), else that of a
    visit just reported (``during the visit``), else that of the contact before ``and``."""
    text = ctx.text
    past_plan = status == "planned" and bool(
        PAST_PLAN.search(text, max(lo, trig.start - 50), trig.start)
    )
    date = fix_date(ctx, expr, status, past_plan)
    if date is None and _DURING_VISIT.search(text, lo, hi):
        date = _recent_visit_date(ctx, sent, recent)
    if (
        date is None
        and state.out
        and state.out[-1].date is not None
        and AND_BEFORE.search(text, max(lo, trig.start - 8), trig.start)
    ):
        date = state.out[-1].date  # "arrived in Tehran on Thursday ... and met X"
    return date


def _carried_date(
    ctx: Context, sent: Sentence, status: Status, members: set[str]
) -> DateSpan | None:
    """The date of the series of contacts *sent* continues: the latest date written next
    to a contact word in the sentences before (up to :data:`CARRY_BACK`), where *sent*
    and the sentences between write no date of their own and none marks itself as
    background (``had met``, ``earlier``), and where that sentence names one of
    *members* or the countries of all of them. A day's round of meetings is dated once:
    "X met A on June 19. He then held talks with B. He also met C." The date must fit
    the status (a contact that happened is not carried into the future), and a contact
    set in another event (``during the visit``) takes that event's date or none."""
    key = (sent.start, status)
    if key not in ctx.carried:  # (once per sentence and status: the search is linear)
        ctx.carried[key] = _series_before(ctx, sent, status)
    anchor = ctx.carried[key]
    if anchor is None:
        return None
    span, where = anchor
    people = ctx.people.inside(where.start, where.end)
    if members & {o.name for o in people}:
        return span
    countries = set(ctx.people.countries_of(tuple(members)))
    if len(countries) < 2:
        return None
    named = {o.country for o in people} | {
        code for code, _s, _e in country_spans(ctx, where.start, where.end)
    }
    return span if countries <= named else None


def _series_before(
    ctx: Context, sent: Sentence, status: Status
) -> tuple[DateSpan, Sentence] | None:
    """The date a series before *sent* carries, and the sentence where it is written."""
    text = ctx.text
    if (
        ctx.dates.inside(sent.start, sent.end)
        or _NOT_CONTINUED.search(text, sent.start, sent.end)
        or _OTHER_SCENE.search(text, sent.start, sent.end)
    ):
        return None
    for index in range(sent.index - 1, max(-1, sent.index - 1 - CARRY_BACK), -1):
        before = ctx.sentences.at(index)
        if before is None:
            return None
        if not ctx.dates.inside(before.start, before.end):
            if _NOT_CONTINUED.search(text, before.start, before.end):
                return None
            continue
        span = _series_date(ctx, before, status)
        return None if span is None else (span, before)
    return None


def _series_date(ctx: Context, sent: Sentence, status: Status) -> DateSpan | None:
    """The date written next to the first contact word of *sent* that has one, if it fits
    *status* (see :func:`_carried_date`)."""
    bounds = ctx.sentences.clause_bounds(sent)
    for trig in ctx.triggers.in_sentence(sent):
        if trig.spec.kind not in {"MEET", "CALL"}:
            continue
        lo, hi = reach(bounds, sent, trig.start, trig.end)
        expr = date_in(ctx, lo, hi, trig.start, trig.end)
        if expr is None or expr.span is None:
            continue
        span = expr.span
        published = ctx.published
        if published is not None and (
            (status == "held" and span.start > published)
            or (status == "planned" and span.end < published)
        ):
            return None
        return span
    return None


def _add_drafts(
    ctx: Context,
    sent: Sentence,
    trig: Trigger,
    spec: TriggerSpec,
    found: Sides,
    date: DateSpan | None,
    place: str | None,
    forum: Forum | None,
    status: Status,
    recent: list[Draft],
    state: _SentenceSoFar,
) -> None:
    """One draft per group of participants *found* gives (one per object where there
    are several), each a contact between two countries at least (a visit: abroad)."""
    people, extra, objects_per_event, _destination = found
    groups: list[tuple[str, ...]] = (
        [(*people, obj) for obj in objects_per_event] if objects_per_event else [tuple(people)]
    )
    for group in groups:
        members = tuple(dict.fromkeys(group + extra))
        if spec.kind in {"MEET", "CALL", "SUMMIT"} and len(members) < 2:
            continue
        sides = ctx.people.countries_of(members)
        if spec.kind != "VISIT" and sides and len(set(sides)) < 2:
            continue  # officials of one country meeting: no diplomatic contact
        if spec.kind == "VISIT" and not members:
            continue
        state.productive_end = trig.end
        kind, code = spec.kind, spec.code
        call = _recent_call(ctx, sent, recent, members) if kind == "MEET" else None
        if call is not None and date in (None, call.date) and place is None and forum is None:
            # "During the call, the two sides reviewed...": more of the same call.
            kind, code = "CALL", call.code
        state.out.append(
            Draft(
                kind=kind,
                participants=members,
                date=date,
                place=place,
                forum=forum,
                status=status,
                code=code,
                start=sent.start,
                end=sent.end,
                countries=ctx.people.countries_of(members),
            )
        )


def _recent_undated(ctx: Context, sent: Sentence, drafts: list[Draft], kind: str) -> Draft | None:
    """The latest contact of *kind* in the sentence before, if it has no date."""
    floor = ctx.sentences.floor(sent.index - 1)
    for d in reversed(drafts):
        if d.start < floor or d.start >= sent.start:
            continue
        return d if d.kind == kind and d.date is None else None
    return None


def _recent_call(
    ctx: Context, sent: Sentence, drafts: list[Draft], members: tuple[str, ...]
) -> Draft | None:
    """A call between *members* reported in this sentence or the two before."""
    floor = ctx.sentences.floor(sent.index - 2)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind == "CALL" and set(d.participants) == set(members):
            return d
    return None


def _purpose_meetings(
    ctx: Context, trig: Trigger, hi: int, visit: Draft, spec: TriggerSpec
) -> list[Draft]:
    """The meetings a visit is for: the visitors with each guest the trigger names."""
    lead = NOUN_LEAD if trig.form == "noun" else OBJECT_LEAD
    guests = [o.name for o in ctx.people.listed_from(trig.end, hi, lead)]
    visitors = visit.participants[:-1]
    status: Status = "held" if visit.status == "held" else "planned"
    drafts = []
    for guest in dict.fromkeys(guests):
        if guest in visitors:
            continue
        members = (*visitors, guest)
        drafts.append(
            Draft(
                kind=spec.kind,
                participants=members,
                date=visit.date,
                place=None,
                forum=None,
                status=status,
                code=spec.code,
                start=visit.start,
                end=visit.end,
                countries=ctx.people.countries_of(members),
            )
        )
    return drafts


def _recent_visit_date(ctx: Context, sent: Sentence, drafts: list[Draft]) -> DateSpan | None:
    """The date of a visit reported in this sentence or the two before."""
    floor_index = sent.index - 2
    floor = ctx.sentences.floor(floor_index)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind == "VISIT" and d.date is not None:
            return d.date
    return None
