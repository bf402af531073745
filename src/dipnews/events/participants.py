"""Who: the participants of a contact, from the officials around its trigger (the subject
first), the pronouns and collective phrases that stand for them, and, where no official is
named, the countries (a visit's visitors and hosts: :mod:`dipnews.events.visits`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dipnews import countries as _countries
from dipnews._calendar import WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews.events import syntax
from dipnews.events.casefold import FoldedPattern
from dipnews.events.counterparts import (
    counterpart_codes,
    included_sides,
    listed_sides,
    trilateral,
    unnamed_sides,
)
from dipnews.events.drafts import Draft, Sides
from dipnews.events.lexicon import words
from dipnews.events.places import PLACE, WORD, countries_in, country_spans
from dipnews.events.segment import REACH, Sentence
from dipnews.events.visits import visit
from dipnews.records import Official

if TYPE_CHECKING:
    from dipnews.events.context import Context
    from dipnews.events.triggers import Trigger

__all__ = [
    "NOUN_GOVERNOR",
    "NOUN_LEAD",
    "OBJECT_LEAD",
    "UP_TO_PUNCTUATION",
    "countries_after",
    "country_group",
    "country_subject",
    "participants",
    "recent_contact",
    "recent_pair",
]

_FLAGS = regex.IGNORECASE | regex.VERSION1

# A full weekday name as running text writes it ("Monday"; the lead patterns below are
# case-sensitive), from the calendar's table.
_WEEKDAY = "(?:" + "|".join(n.capitalize() for n in WEEKDAYS if n.endswith("day")) + ")"
#: A stretch of text up to the next comma, semicolon or full stop.
UP_TO_PUNCTUATION = compile_regex(r"[^,;.]{1,80}+")
#: What may stand between a verb trigger and its first object (``separately with his
#: counterpart``, ``on Monday with``).
OBJECT_LEAD = compile_regex(
    r"\s*+(?:(?:separately|also|later|briefly|jointly|again|here|today|yesterday|"
    r"(?:on\s++)?" + _WEEKDAY + r"|for\s++(?:about\s++|nearly\s++|more\s+than\s++)?"
    r"(?:an?|one|two|three|four|five|several|\d{1,2})\s++(?:hours?|minutes))\s++){0,3}"
    r"(?:(?:in|at)\s++(?:the\s++)?\p{Lu}[\p{L}-]{1,25}+(?:\s++\p{Lu}[\p{L}-]{1,25}+)?\s++"
    r"(?=with\b))?"
    r"(?:with\s++|between\s++|among\s++|involving\s++|by\s++)?(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}.-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
#: The same for a noun trigger (``talks on Monday in Moscow with``, ``a visit by``).
NOUN_LEAD = compile_regex(
    r"\s*+(?:(?:(?:on\s++)?" + _WEEKDAY + r"|today|yesterday)\s++)?"
    r"(?:in\s++\p{Lu}[\p{L}-]{1,25}+(?:\s++\p{Lu}[\p{L}-]{1,25}+)?\s++)?"
    r"(?:with|between|among|involving|of|from)\s++(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}.-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
#: Verbs and prepositions that govern a noun trigger (``concluded two days of talks``,
#: ``during talks``): the officials before them are its subjects.
NOUN_GOVERNOR = FoldedPattern(
    r"\b(?:concluded|began|begun|opened|wrapped\s+up|resumed|started|continued|completed|"
    r"held|had|attended|joined|led|during|at|after|following|in|received)\s++"
    r"(?:[\p{Ll}\d\"“”‘’'-]{1,20}+\s++){0,5}$",
    _FLAGS,
)
_COLLECTIVE = compile_regex(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:the\s+)?|the\s+)(?:ministers|leaders|sides|officials|"
    r"diplomats|counterparts|presidents|premiers|prime\s+ministers|foreign\s+ministers|"
    r"defen[cs]e\s+ministers|envoys|heads\s+of\s+state|top\s+diplomats|dignitaries)\b"
    # ("the foreign ministers of the Weimar Triangle" names a group, not the sides)
    r"(?!\s+(?:of|from)\b)|\bthe\s+(?:duo|pair)\b|\bthey\b",
    _FLAGS,
)
# The roles of a collective phrase that names them (longer words first).
_COLLECTIVE_ROLES: tuple[tuple[str, frozenset[str]], ...] = (
    ("prime ministers", frozenset({"HEAD_OF_GOVERNMENT"})),
    ("foreign ministers", frozenset({"FOREIGN_MINISTER"})),
    ("top diplomats", frozenset({"FOREIGN_MINISTER"})),
    ("defence ministers", frozenset({"DEFENCE_MINISTER"})),
    ("defense ministers", frozenset({"DEFENCE_MINISTER"})),
    ("heads of state", frozenset({"HEAD_OF_STATE"})),
    ("presidents", frozenset({"HEAD_OF_STATE"})),
    ("premiers", frozenset({"HEAD_OF_GOVERNMENT"})),
)
_COLLECTIVE_GROUP = compile_regex(
    r"\b(?:the\s+)?(?:two|both)\s+(?:heads\s+of\s+state|presidents|leaders|ministers|sides)\b",
    _FLAGS,
)
_PREDICATE_GAP = compile_regex(
    r"^(?:[’']s?)?\s*+(?:(?!(?:at|in|on|during|for|with|after|before|from|to|by|of|and|or|but|"
    r"met|held|said|agreed|signed|will|would|is|are|was|were)\s)[\p{L}\d-]{1,20}+\s++){0,3}$",
    regex.IGNORECASE,
)
_CHAIN_GAP = compile_regex(r"^\s*+(?:[-–/]|and|&)\s*+$")
_POSSESSIVE_PRONOUN = compile_regex(
    r"\b(?P<pronoun>his|her|their)\s++(?:[\p{L}\d-]{1,20}+\s++){0,3}$"
)
_SENTENCE_THEY = compile_regex(r"\W*+their\b", _FLAGS)
_RELATIVE_START = compile_regex(r",\s*+(?:who|which)\b", _FLAGS)
_HOSTING = compile_regex(r"(?:host|receiv|welcom)", _FLAGS)
_HE_SHE = compile_regex(r"\b(?:he|she)\b", _FLAGS)
_COUNTRY_GROUP = compile_regex(
    r"\b(?:ministers|leaders|officials|delegations|envoys|negotiators|diplomats|presidents|"
    r"premiers|heads\s+of\s+(?:state|government))\s++(?:of|from)\s++(?P<list>[^.;:]{3,120}+)|"
    r"(?P<adjectives>\p{Lu}[\p{L}.-]{1,25}+(?:\s*+,\s*+\p{Lu}[\p{L}.-]{1,25}+){0,6}(?:\s*+,)?"
    r"\s++and\s++\p{Lu}[\p{L}.-]{1,25}+)\s++(?:delegations|officials|negotiators|diplomats|"
    r"ministers|leaders|teams|sides)\b",
)
# A reporting verb that opens a clause (see segment._CLAUSE): its complement follows.
_REPORTED = compile_regex(
    r"(?:said|says|noted|notes|added|adds|stated|announced|reported|confirmed|recalled|"
    r"believed|believes|told|tells)\b",
    _FLAGS,
)
# A preposition right before an official: an object, not the subject *he* goes back to.
_GOVERNED = compile_regex(r"\b(?:with|between|among|by|from|to|of|for|against)\s++$", _FLAGS)
# A topic, then "with" (no other preposition's object, no clause): "discussed the
# strengthening of bilateral relations with".
_TOPIC_WITH = compile_regex(r"[^,;.:()“”\"]{2,100}?\bwith\s++", _FLAGS)
# A clause whose subject is a pronoun (after a reporting verb that opens it).
_CLAUSE_PRONOUN = compile_regex(
    r"\W{0,3}+(?:(?:said|says|added|noted|stated|told|that|and)\s++){0,2}(?:he|she)\b", _FLAGS
)
# Contact words that take a topic before "with" ("discussed X with", "had a discussion on
# X with", "held talks on X with").
_TOPIC_VERB = compile_regex(
    r"(?:discuss|deliberat|exchang|review|.*\b(?:talks|discussions?|consultations|"
    r"conversation)[\"”]?$)",
    _FLAGS,
)
_WITH_LEAD = compile_regex(r"\s*+(?:[\p{L}\d,-]{1,20}+\s++){0,3}?with\b", _FLAGS)
# A sentence opened by a phrase a contact noun heads: "In a phone call with", "After the
# meeting with", "During talks with".
_OPENING = compile_regex(
    r"\W{0,3}+(?:in|during|after|following|at|on)\s++(?:an?\s++|the\s++|their\s++|his\s++|"
    r"her\s++)?(?:[\p{L}-]{2,20}+\s++){0,3}",
    _FLAGS,
)
_NEXT_COMMA = compile_regex(r"[^,;.]{0,120}?,\s*+")
# A determiner before a contact noun: "the meeting", "his talks", "a phone call".
_DETERMINED = compile_regex(
    r"\b(?:the|his|her|their|a|an|this|that)\s++(?:[\p{L}-]{2,20}+\s++){0,2}$", _FLAGS
)
_THE = compile_regex(r"(?:the\s++)?", _FLAGS)
_WITH_BETWEEN = compile_regex(r"\s*+(?:with|between)\s++", _FLAGS)
_NEAR_INFINITIVE = compile_regex(
    r"(?:[’']s)?\s*+(?:,[^,]{0,60}+,\s*+)?(?:(?:is|are|was|were|will|would|has|have|had|be|"
    r"been|also|now|set|expected|scheduled|due|slated|likely|poised|planning|plans?|planned|"
    r"hoping|hopes?|intends?|wants?|wanted|going|preparing|agreed|decided|invited|asked|"
    r"ready|able|about|keen|eager|not|yet|soon|later|again|then)\s++){0,5}to\s++$",
    _FLAGS,
)
_BETWEEN_LEAD = compile_regex(r"\s*+between\s++", _FLAGS)
_SPLIT_LIST = compile_regex(r",\s*+(?:and\s++)?|\s++and\s++")


# --------------------------------------------------------------------------------------
# The participants of a trigger.
# --------------------------------------------------------------------------------------


def participants(
    ctx: Context,
    sent: Sentence,
    trig: Trigger,
    lo: int,
    hi: int,
    used_objects: set[int],
    drafts: list[Draft],
    scene_hi: int | None = None,
) -> Sides | None:
    """The sides of the contact *trig* reports, read in ``[lo, hi)``; ``None`` when there
    are none. *used_objects* holds the ids of the officials earlier triggers of the
    sentence took as objects (this one's are added); *drafts* the recent contacts, for a
    collective phrase; *scene_hi* where the phrases setting the contact's scene end
    (``meetings on the sidelines of the summit, including with X``: X is read there)."""
    spec = trig.spec
    if (
        spec.strict
        and not any(listed_sides(ctx, trig.end, hi, OBJECT_LEAD))
        and not counterpart_codes(ctx, trig.end, hi)
    ):
        return None
    subjects: list[Official] = []
    objects: list[Official] = []
    codes: list[str] = []
    if spec.subject_only:
        o = _last_official_before(ctx, trig.start, lo)
        if o is None or ctx.text[o.end : trig.start].strip(" ,") != "":
            return None
        subjects = [o]
    elif trig.form == "noun" and not trig.text.lower().startswith("on "):
        subjects, objects, codes = _noun_sides(ctx, sent, trig, lo, hi, used_objects)
    else:
        subjects, objects, codes, recent = _verb_sides(
            ctx, sent, trig, lo, hi, used_objects, drafts
        )
        if recent is not None:
            return list(recent), (), [], None
    if not objects and not codes and spec.kind in {"MEET", "CALL"}:
        objects, codes = included_sides(ctx, trig.end, max(hi, scene_hi or hi))
    subjects = _linked_filter(ctx, trig, subjects)
    objects = _linked_filter(ctx, trig, objects)
    for o in objects:
        used_objects.add(id(o))
    if spec.kind == "VISIT":
        return visit(ctx, trig, lo, hi, subjects)
    return _pair_up(ctx, trig, lo, hi, subjects, objects, codes)


def _noun_sides(
    ctx: Context, sent: Sentence, trig: Trigger, lo: int, hi: int, used_objects: set[int]
) -> tuple[list[Official], list[Official], list[str]]:
    """Subjects, objects and the countries of unnamed objects of a noun trigger
    (``Putin's visit``, ``talks with X``, ``meetings with the leaders of A and B``)."""
    text = ctx.text
    subjects = _noun_subjects(ctx, sent, trig, lo)
    objects, codes = listed_sides(ctx, trig.end, hi, NOUN_LEAD)
    if (
        not subjects
        and not objects
        and trig.start - sent.start < REACH
        and _SENTENCE_THEY.match(text, sent.start, sent.end)
    ):
        first = ctx.triggers.in_sentence(sent)
        if first and first[0].start == trig.start:
            subjects = recent_pair(ctx, sent.start, sent)
    governor, target = ctx.cues.noun_governor
    if (
        not subjects
        and objects
        and governor.search(target, max(lo, trig.start - 90), trig.start)
        and _HE_SHE.search(text, lo, trig.start)
    ):
        # "she had a phone call with X": the pronoun's official is the other side.
        subjects = _pronoun_subject(ctx, sent, trig.start, used_objects)
    if (
        not subjects
        and (objects or codes or counterpart_codes(ctx, trig.end, hi))
        and _WITH_LEAD.match(text, trig.end, hi)
    ):
        subjects = _opening_phrase_subject(ctx, sent, trig, objects) or _clause_subject(
            ctx, trig, lo
        )
    return subjects, objects, codes


def _opening_phrase_subject(
    ctx: Context, sent: Sentence, trig: Trigger, objects: list[Official]
) -> list[Official]:
    """The subject after a sentence-opening phrase the contact noun heads (``In a phone
    call with X last week, Y changed tack``, ``After the meeting with X, Y told...``)."""
    text = ctx.text
    if not _OPENING.fullmatch(text, sent.start, trig.start):
        return []
    after = objects[-1].end if objects else trig.end
    comma = _NEXT_COMMA.match(text, after, min(sent.end, after + 120))
    if comma is None:
        return []
    o = ctx.people.at(comma.end(), sent.end)
    return [o] if o is not None and all(o.name != x.name for x in objects) else []


def _clause_subject(ctx: Context, trig: Trigger, lo: int) -> list[Official]:
    """The official opening the clause of a contact noun that names only its other side
    (``X described the meeting with Y as productive``)."""
    text = ctx.text
    people = [o for o in ctx.people.inside(lo, trig.start) if not ctx.people.blocked(o, lo)]
    if not people or people[0].start - lo > 80:
        return []
    if not _DETERMINED.search(text, max(lo, trig.start - 40), trig.start):
        return []
    return people[:1]


def _verb_sides(
    ctx: Context,
    sent: Sentence,
    trig: Trigger,
    lo: int,
    hi: int,
    used_objects: set[int],
    drafts: list[Draft],
) -> tuple[list[Official], list[Official], list[str], tuple[str, ...] | None]:
    """Subjects, objects and the countries of unnamed objects of a verb trigger; or, for
    a collective subject (``the two ministers``), the participants of the contact it
    stands for, where there is one."""
    text = ctx.text
    subjects = [
        o
        for o in ctx.people.inside(lo, trig.start)
        if id(o) not in used_objects and not ctx.people.blocked(o, lo)
    ]
    if (
        subjects
        and trig.left == "to"
        and not _NEAR_INFINITIVE.fullmatch(text, subjects[-1].end, trig.start)
    ):
        # "Reagan's invitation to Gorbachev to visit": the subject of "to visit" is
        # the word before "to", not an official further back.
        subjects = []
    if not subjects and _RELATIVE_START.match(text, lo):
        # "X, who is on a visit to India, called on Y": the subject is before the
        # relative clause.
        before = _last_official_before(ctx, lo, max(sent.start, lo - 300))
        if before is not None and text[before.end : lo].strip() == "":
            subjects = [before]
    pronoun = _HE_SHE.search(text, subjects[-1].end if subjects else lo, trig.start)
    if pronoun is not None:
        # "X is likely to meet Y when he pays a visit": the nearest subject is *he*.
        subjects = _pronoun_subject(ctx, sent, trig.start, used_objects)
    if subjects and _COLLECTIVE.search(text, subjects[-1].end, trig.start):
        # "X was congratulated by Y as the two leaders hugged when they met": the
        # collective phrase nearer the verb is its subject.
        subjects = []
    if not subjects:
        for m in _COLLECTIVE.finditer(text, lo, trig.start):
            recent = recent_contact(ctx, sent, drafts)
            roles = _collective_roles(m.group())
            if roles and (recent is None or _roles_of(ctx, recent) - roles):
                # "the two presidents": the last two presidents named, not the sides of
                # the ministers' meeting just reported.
                pair = ctx.people.last_two_of_role(
                    m.start(), ctx.sentences.floor(sent.index - 7), roles
                )
                if pair:
                    recent = tuple(o.name for o in pair)
            if recent is not None:
                # "the two ministers were set to hold trilateral talks with X": and X.
                more = ctx.people.listed_from(trig.end, hi, OBJECT_LEAD)
                extra = tuple(o.name for o in more if o.name not in recent)
                return [], [], [], recent + extra
            if lo > sent.start and _REPORTED.match(text, lo):
                # "X told reporters that the two sides discussed...": the speaker is not a
                # side; the sides are those of a contact reported further back, if any.
                return [], [], [], _earlier_contact(ctx, sent, drafts)
            subjects = recent_pair(ctx, m.start(), sent)
            break
    objects: list[Official] = []
    codes: list[str] = []
    if trig.spec.kind != "VISIT":
        objects, codes = listed_sides(ctx, trig.end, hi, OBJECT_LEAD)
        if not objects and not codes and subjects and _TOPIC_VERB.match(trig.text):
            # "discussed bilateral cooperation and the agenda with X": after the topic.
            topic = _TOPIC_WITH.match(text, trig.end, hi)
            if topic is not None:
                objects, codes = listed_sides(ctx, topic.end(), hi, _THE)
    return subjects, objects, codes, None


def _collective_roles(phrase: str) -> frozenset[str]:
    """The roles a collective phrase names (``the two presidents``), if any."""
    low = " ".join(phrase.lower().split())
    return next((roles for word, roles in _COLLECTIVE_ROLES if word in low), frozenset())


def _roles_of(ctx: Context, participants: tuple[str, ...]) -> set[str | None]:
    return {ctx.people.role_by_name.get(p) for p in participants}


def _earlier_contact(ctx: Context, sent: Sentence, drafts: list[Draft]) -> tuple[str, ...] | None:
    """Participants of the latest meeting or call of the last eight sentences."""
    floor = ctx.sentences.floor(sent.index - 7)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind in {"MEET", "CALL"} and len(d.participants) == 2:
            return d.participants
    return None


def _linked_filter(ctx: Context, trig: Trigger, people: list[Official]) -> list[Official]:
    """*people* the parse links to the trigger (all of them without a parse)."""
    if ctx.doc is None or not people:
        return people
    ranges = syntax.linked(ctx.doc, trig.start, trig.end)
    if ranges is None:
        return people
    return [o for o in people if any(s < o.end and o.start < e for s, e in ranges)]


def _pair_up(
    ctx: Context,
    trig: Trigger,
    lo: int,
    hi: int,
    subjects: list[Official],
    objects: list[Official],
    codes: list[str],
) -> Sides:
    """The sides of a meeting or call: one contact per object after a single subject
    (``met A and B``), else one of them all (``hosted A and B``, ``a trilateral meeting
    with A and B``); counterparts named by office and country (``the president of
    Argentina``, ``his Saudi counterpart``) by the official of that country the article
    names, else by its code; countries where no official is named."""
    text = ctx.text
    subject_keys = list(dict.fromkeys(o.name for o in subjects))
    object_keys = [k for k in dict.fromkeys(o.name for o in objects) if k not in subject_keys]
    if subject_keys:
        object_keys += unnamed_sides(ctx, subjects, objects, codes, trig.start, object_keys)
    per_event: list[str] = []
    extra: tuple[str, ...] = ()
    if (
        len(subject_keys) == 1
        and len(object_keys) > 1
        and not _HOSTING.match(trig.text)
        and not trilateral(ctx, trig.start, trig.end, lo)
    ):
        # "met A and B" is one meeting each; "hosted A and B" is one joint meeting.
        per_event = object_keys
    else:
        subject_keys = subject_keys + object_keys
    if len(subject_keys) + len(per_event) < 2 and subject_keys:
        counterparts = unnamed_sides(
            ctx, subjects, [], counterpart_codes(ctx, trig.end, hi), trig.start, subject_keys
        )
        if len(counterparts) > 1:
            per_event = counterparts
        elif counterparts:
            extra = (counterparts[0],)
    if not subject_keys and not per_event:
        # No official named: countries as participants ("India and Russia held talks").
        subject_codes = country_subject(ctx, lo, trig.start) if trig.form != "noun" else []
        if not subject_codes and trig.form != "noun":
            subject_codes = country_group(ctx, lo, trig.start)
        object_codes = countries_after(ctx, trig.end, hi)
        if trig.form == "noun" and not _BETWEEN_LEAD.match(text, trig.end, hi):
            object_codes = []  # "talks with Argentina and Brazil": one side only
        if trig.form != "noun" and not subject_codes:
            object_codes = []
        subject_keys = list(dict.fromkeys(subject_codes + object_codes))
    return subject_keys, extra, per_event, None


# --------------------------------------------------------------------------------------
# Officials.
# --------------------------------------------------------------------------------------


def recent_pair(ctx: Context, pos: int, sent: Sentence) -> list[Official]:
    """The two most recent distinct officials before *pos* within eight sentences."""
    return ctx.people.last_two_before(pos, ctx.sentences.floor(max(0, sent.index - 7)))


def recent_contact(ctx: Context, sent: Sentence, drafts: list[Draft]) -> tuple[str, ...] | None:
    """Participants of the latest meeting or call of the last four sentences."""
    floor_index = sent.index - 3
    floor = ctx.sentences.floor(floor_index)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind in {"MEET", "CALL"} and len(d.participants) == 2:
            return d.participants
    return None


def _pronoun_subject(
    ctx: Context, sent: Sentence, pos: int, used_objects: set[int]
) -> list[Official]:
    """*he*/*she*: the first official of the sentence (else of the one before) that is
    not an object of an earlier contact and not governed by a preposition."""
    before = ctx.sentences.at(sent.index - 1)
    for s in (sent, *([before] if before is not None else [])):
        end = pos if s is sent else s.end
        for o in ctx.people.inside(max(s.start, end - REACH), end):
            if id(o) in used_objects or ctx.people.blocked(o, s.start):
                continue
            if s is not sent and _GOVERNED.search(ctx.text, max(s.start, o.start - 12), o.start):
                continue  # "...a meeting with X. He will also...": X is no subject
            return [o]
    return []


def _last_official_before(ctx: Context, pos: int, lo: int) -> Official | None:
    people = ctx.people.inside(lo, pos)
    return people[-1] if people else None


def _noun_subjects(ctx: Context, sent: Sentence, trig: Trigger, lo: int) -> list[Official]:
    """The possessor or premodifier of a noun trigger: ``Putin's visit``, ``X-Y talks``."""
    text = ctx.text
    people = ctx.people.inside(lo, trig.start)
    chain: list[Official] = []
    if people and _PREDICATE_GAP.match(text[people[-1].end : trig.start]):
        chain = [people[-1]]
        for o in reversed(people[:-1]):
            if _CHAIN_GAP.match(text[o.end : chain[0].start]):
                chain.insert(0, o)
            else:
                break
        return chain
    m = _POSSESSIVE_PRONOUN.search(text, max(lo, trig.start - 60), trig.start)
    if m is not None:
        if m.group("pronoun").lower() == "their":
            pair = recent_pair(ctx, m.start(), sent)
            # "...by the two heads of state during their phone call": *their* is the
            # group just named, not the last two officials.
            if pair and _COLLECTIVE_GROUP.search(text, pair[-1].end, m.start()):
                return []
            return pair
        earlier = [
            o
            for o in people
            if o.end <= m.start()
            and not ctx.people.blocked(o, lo)
            and not _GOVERNED.search(text, max(lo, o.start - 12), o.start)
        ]
        if earlier:
            return [earlier[0]]
        if lo > sent.start and _REPORTED.match(text, lo):
            # "X said Britain was..., during his first meeting with Y": *his* is X, the
            # speaker, where the sentence names X as an official.
            speaker = [
                o
                for o in ctx.people.inside(sent.start, lo)
                if not ctx.people.blocked(o, sent.start)
            ]
            return speaker[:1]
    governor, target = ctx.cues.noun_governor
    gov = governor.search(target, max(lo, trig.start - 90), trig.start)
    if gov is not None:
        if _CLAUSE_PRONOUN.match(text, lo, trig.start):
            # "X said he briefed Y ... during talks with Z": *he* is the subject.
            return _pronoun_subject(ctx, sent, lo, set())
        # "X and Y concluded two days of talks", "X and Y agreed ... during talks".
        subjects = [o for o in people if o.end <= gov.start() and not ctx.people.blocked(o, lo)]
        if subjects and subjects[0].start - lo <= 60:
            return subjects
    return []


# --------------------------------------------------------------------------------------
# Countries as sides.
# --------------------------------------------------------------------------------------


def country_subject(ctx: Context, lo: int, hi: int) -> list[str]:
    """Countries forming the whole subject before a verb (``India and Russia have``)."""
    spans = country_spans(ctx, lo, hi)
    if not spans:
        return []
    rest = ctx.text[lo:hi]
    for _code, s, e in reversed(spans):
        rest = rest[: s - lo] + " " + rest[e - lo :]
    for t in ctx.dates.inside(lo, hi):
        rest = rest.replace(t.surface, " ")
    left = [w.lower() for w in WORD.findall(rest)]
    if all(w in words("subject_filler") for w in left):
        return list(dict.fromkeys(code for code, _s, _e in spans))
    return []


def country_group(ctx: Context, lo: int, hi: int) -> list[str]:
    """``the foreign ministers of Japan, China and South Korea``, ``Russian and Ukrainian
    delegations``: the countries of a group named by its members' countries."""
    for m in _COUNTRY_GROUP.finditer(ctx.text, lo, hi):
        raw = m.group("list") or m.group("adjectives") or ""
        found: list[str] = []
        for part in _SPLIT_LIST.split(raw):
            named = PLACE.match(part.strip().removeprefix("the ").strip())
            name = " ".join(named.group().split()) if named is not None else ""
            code = _countries.code_for(name) if name else None
            if code is None:
                break
            found.append(code)
        if len(found) >= 2:
            return list(dict.fromkeys(found))
    return []


def countries_after(ctx: Context, pos: int, hi: int) -> list[str]:
    """The countries named after ``with`` or ``between`` at *pos*, up to punctuation."""
    m = _WITH_BETWEEN.match(ctx.text, pos, hi)
    if m is None:
        return []
    seg = UP_TO_PUNCTUATION.match(ctx.text, m.end(), hi)
    if seg is None:
        return []
    return countries_in(ctx, m.end(), seg.end())
