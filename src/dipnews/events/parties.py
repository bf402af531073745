"""The parties of an agreement: who signed, agreed, reaffirmed or committed.

In the order tried:

* the owners a reaffirmation or pledge names in its object (``reaffirmed Pakistan's
  commitment``, ``Russia and India's commitment``, ``promised Mexico would...``);
* the officials forming the subject (``X and Y agreed``), also of a second verb of the
  same subject (``X and Y agreed ... and reaffirmed``), and, for a signing or an agreement
  of one of them, the other side of the contact the same sentence reports (``X met Y ...
  and signed 28 MoUs``);
* a collective subject (``both sides``, ``the two countries``, ``they``, ``the
  ministers``, ``the Crown Prince and the President``; ``we`` for a signing or an
  agreement): the pair of the latest contact, else of the latest two officials, else the
  article's; in a communiqué that opens ``We, the Foreign Ministers of ASEAN``, *we* is
  the body it declares;
* the countries, capitals (``New Delhi and Moscow signed``) and organisations (``the
  European Union``) forming the subject;
* the sides after ``between``/``by``/``with`` (``signed an MoU with his Vietnamese
  counterpart X``, ``an agreement between India and Japan``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.events.drafts import RECENT
from dipnews.events.lexicon import words
from dipnews.events.participants import (
    OBJECT_LEAD,
    UP_TO_PUNCTUATION,
    country_group,
    recent_contact,
    recent_pair,
)
from dipnews.events.places import PLACE, THE, WORD, countries_in, country_spans
from dipnews.events.segment import Sentence
from dipnews.records import ForumMention, Official

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["Parties", "declared_we", "parties"]

_FLAGS = regex.IGNORECASE | regex.VERSION1


@attrs.frozen
class Parties:
    """The parties of one agreement word."""

    codes: tuple[str, ...] = ()
    #: a single party is the whole of its side (one official, one country, the owner the
    #: object names), not what is left of two
    alone: bool = False
    #: the party is a body speaking as one (a communiqué's ``We, the ... of ASEAN``)
    body: bool = False


# "both sides", "the two countries", "they": the pair behind them, anywhere before the verb.
_PARTY_COLLECTIVE = compile_regex(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:the\s+)?|the\s+(?=sides\b))(?:sides|countries|nations|"
    r"governments|states|leaders|ministers|parties|delegations|capitals|neighbours|"
    r"neighbors|partners|presidents|premiers|counterparts|heads\s+of\s+(?:state|government)|"
    r"prime\s+ministers|foreign\s+ministers)\b|\bthe\s+two\b|\bthey\b",
    _FLAGS,
)
_TITLE = (
    r"(?:(?:crown\s+)?prince|king|emir|amir|sultan|sheikh|(?:vice[\s-]+)?president|premier|"
    r"chancellor|(?:deputy\s+|foreign\s+|prime\s+)?minister|secretary(?:[\s-]+general)?|"
    r"(?:state\s+)?counsel+or|taoiseach)"
)
# "the ministers", "the leaders", "the Crown Prince and the President": a pair only right
# before the verb (``the leaders of the G7 agreed`` is no pair).
_NEAR_COLLECTIVE = compile_regex(
    r"\bthe\s++(?:ministers|leaders|presidents|premiers|prime\s+ministers|foreign\s+ministers|"
    r"heads\s+of\s+(?:state|government)|delegations)\b(?!\s++(?:of|from)\b)|"
    rf"\bthe\s++{_TITLE}\s++and\s++the\s++{_TITLE}\b",
    _FLAGS,
)
_WE = compile_regex(r"\bwe\b", _FLAGS)
# A communiqué's opening: "We, the Foreign Ministers of the Association of Southeast Asian
# Nations (ASEAN), met..."
_WE_THE = compile_regex(r"\bWe,\s++the\s++(?P<who>[^,;:.]{3,200}+),", regex.VERSION1)
# What may stand between the subject and the verb (``X and Y have also agreed``).
_SUBJECT_GAP = compile_regex(
    r"[\s,]*+(?:(?:also|have|has|had|jointly|both|all|then|later|further|once|again|today|"
    r"yesterday|separately|formally|officially|on\s++\p{Lu}\p{Ll}++|who|in\s++\p{Lu}\p{L}++)"
    r"[\s,]++){0,4}$",
    _FLAGS,
)
_LIST_GAP = compile_regex(r"\s*+(?:,\s*+)?(?:and\s++|&\s*+)?")
_AND = compile_regex(r"\band\b|&", _FLAGS)
# A second verb of the subject: "X and Y agreed ... and reaffirmed".
_COORDINATED = compile_regex(
    r"\b(?:and|but)\s++(?:(?:also|further|then|later|jointly|together)\s++)?$", _FLAGS
)
# The owners a reaffirmation or pledge names: "reaffirmed Pakistan's commitment", "the
# United States' support", "promised Mexico would continue" (names case-sensitive).
_NAMES = r"\p{Lu}[^,;:.!?()\"“”’'\n]{1,80}?"
_OWNER = compile_regex(
    rf"\s++(?:the\s++)?(?P<names>{_NAMES})[’']s?\s++(?:[\p{{L}}-]++\s++){{0,2}}?"
    r"(?:commitments?|support|resolve|determination|solidarity|position|stance|readiness|"
    r"willingness|interest|pledges?|desire)\b|"
    rf"\s++(?:that\s++)?(?:the\s++)?(?P<names>{_NAMES})\s++"
    r"(?:would|will|shall|could|remains?|remained)\b",
    regex.VERSION1,
)
_OWNER_FILLER = frozenset(["and", "the"])
# Between two names of a list.
_NAME_GAP = compile_regex(r"\s*+(?:,\s*+)?(?:(?:and|&)\s++)?(?:the\s++)?", _FLAGS)
_BETWEEN_AFTER = compile_regex(r"\s++(?:between|by)\s++", _FLAGS)
_BETWEEN = compile_regex(r"\bbetween\s++", _FLAGS)
# "signed an MoU (memorandum) with Japan": a party after the signed document.
_SIGNED_WITH = compile_regex(r"(?:\s++[\p{L}()-]{1,20}+){0,6}?\s++with\s++", _FLAGS)
_AGREED_WITH = compile_regex(r"\s++with\s++", _FLAGS)
_WITH_AFTER = compile_regex(r"(?:\s++[\p{L}-]{1,20}+){0,4}?\s++with\s++", _FLAGS)
_PARTNER_BEFORE = compile_regex(r"\p{Lu}[\p{L}’'.-]++\s++(?:and|&)\s++$", regex.VERSION1)
_PARTNER_AFTER = compile_regex(r"\s++(?:and|&)\s++\p{Lu}", regex.VERSION1)
_THEIR = compile_regex(r"\s++(?:their|mutual)\b", _FLAGS)
# "Modi said India and Japan agreed": a reporting verb before the subject.
_REPORTED = compile_regex(
    r"\b(?:said|says|added|noted|stated|announced|reported|confirmed|recalled)"
    r"(?:\s++that)?$",
    _FLAGS,
)
_NEXT_WORD = compile_regex(r"\s++(?:(?:also|has|have|had)\s++)?(\p{Ll}++)\b", regex.VERSION1)
_UNNAMED_ITEM = compile_regex(r",[^,;:]{0,40}?\p{Lu}[^,;:]{0,30}+,$", regex.VERSION1)
_OPENING = compile_regex(r"[\s\"“‘'*•(\[-]*+", regex.VERSION1)
_PARAGRAPH = compile_regex(r"\n[ \t\u00a0]*+\n")
_CONTACT_KINDS = frozenset(["MEET", "CALL", "VISIT"])


def declared_we(ctx: Context) -> tuple[str, ...]:
    """The body a communiqué's ``We, the ... of X`` declares: X's organisation key, else
    its countries (none without such an opening)."""
    m = _WE_THE.search(ctx.text)
    if m is None:
        return ()
    lo, hi = m.span("who")
    orgs = [f.forum.org for f in ctx.forums.starting_in(lo, hi) if _party_org(f)]
    if orgs:
        return tuple(dict.fromkeys(orgs))
    return tuple(dict.fromkeys(countries_in(ctx, lo, hi)))


def parties(
    ctx: Context,
    sent: Sentence,
    lo: int,
    m: Match,
    hi: int,
    kind: str,
    declared: tuple[str, ...],
) -> Parties:
    """The parties of the agreement word *m* of *kind*, read in ``[lo, hi)``; *declared*
    is what a communiqué's *we* stands for (:func:`declared_we`)."""
    text = ctx.text
    start, end = m.start(), m.end()
    if kind in {"REAFFIRM", "COMMIT"}:
        owners = _owners(ctx, end, hi)
        if owners:
            return Parties(owners, alone=True)
    found: list[str] = []
    chain, adjacent = _subject_chain(ctx, sent, lo, start)
    group: list[str] | None = None
    if not adjacent:
        # "X met Y and they agreed": a collective after the clause's opening officials
        group = _collective(ctx, sent, chain[-1].end if chain else lo, start, kind, declared)
    if group is not None and declared and group == list(declared):
        return Parties(tuple(group), alone=True, body=True)
    if group is not None:
        chain = []
        found.extend(group)
        alone = False
    else:
        found.extend(o.country for o in chain if o.country is not None)
        alone = len(chain) == 1 and len(found) == 1
    # "Ruto and Abiy", "X and Modi ... their": one side of a pair the officials' table
    # does not name in full
    plural = len(chain) == 1 and (
        _PARTNER_BEFORE.search(text, max(lo, chain[0].start - 40), chain[0].start) is not None
        or _PARTNER_AFTER.match(text, chain[0].end, start) is not None
        or _THEIR.match(text, end, hi) is not None
    )
    alone = alone and not plural
    collective = group is not None
    if not found and not collective:
        named = _named_subject(ctx, lo, start)
        found.extend(named or country_group(ctx, lo, start))
        alone = len(named) == 1
    between = _BETWEEN_AFTER.match(text, end, hi)
    if between is not None and not found:
        listed = ctx.people.listed_from(between.end(), hi, THE)
        found.extend(o.country for o in listed if o.country is not None)
        seg = UP_TO_PUNCTUATION.match(text, between.end(), hi)
        if not listed and seg is not None:
            found.extend(countries_in(ctx, between.end(), seg.end()))
    if kind == "SIGN" or (collective and _WE.search(text, lo, start)):
        # "signed an MoU between X and Y", "we agreed to upgrade our partnership between
        # X and Y": those two
        inside = _between_in_head(ctx, end, hi)
        if len(inside) >= 2:
            return Parties(tuple(inside))
    found.extend(_with_sides(ctx, m, hi, kind))
    if len(chain) == 1 and len(set(found)) == 1 and (plural or kind in {"SIGN", "AGREE"}):
        # "X met Y ... and signed": the sides of the contact X is in, in this sentence
        # (for a pair, in the last few sentences).
        found.extend(_contact_sides(ctx, sent, chain[0], plural))
    codes = tuple(dict.fromkeys(found))
    return Parties(codes, alone=alone and len(codes) == 1)


# --------------------------------------------------------------------------------------
# Officials as the subject.
# --------------------------------------------------------------------------------------


def _subject_chain(
    ctx: Context, sent: Sentence, lo: int, start: int
) -> tuple[list[Official], bool]:
    """The officials that form the subject right before a verb (``X and Y reaffirmed``,
    ``X, Y and Z have agreed``: *adjacent*); else the officials opening the clause (``X
    and Y held talks ... and agreed``) or, for a second verb, the sentence's paragraph
    (``X and Y agreed ... and reaffirmed``); not officials of an earlier clause."""
    text = ctx.text
    people = [o for o in ctx.people.inside(lo, start) if not ctx.people.blocked(o, lo)]
    if people and _SUBJECT_GAP.match(text, people[-1].end, start):
        chain = [people[-1]]
        for o in reversed(people[:-1]):
            if _LIST_GAP.fullmatch(text, o.end, chain[0].start):
                chain.insert(0, o)
            else:
                break
        return _a_list(ctx, chain, lo), True
    opening = _opening_chain(ctx, people, lo)
    if opening or not _COORDINATED.search(text, max(lo, start - 30), start):
        return opening, False
    # "X and Y agreed it was urgent ... and reaffirmed": the subject opens the sentence
    # (or its paragraph, where a list of items runs together).
    para = sent.start
    for p in _PARAGRAPH.finditer(text, sent.start, start):
        para = p.end()
    people = [o for o in ctx.people.inside(para, start) if not ctx.people.blocked(o, para)]
    chain = _opening_chain(ctx, people, para)
    if chain and _subject_between(ctx, chain[-1].end, start):
        return [], False  # "X said Japan announced ... and committed": Japan's verb
    return chain, False


def _subject_between(ctx: Context, lo: int, hi: int) -> bool:
    """Whether a clause of its own subject lies in ``[lo, hi)``: a country or official
    followed by a verb in the past tense (``Japan announced``)."""
    text = ctx.text
    ends = [e for _code, _s, e in country_spans(ctx, lo, hi)]
    ends += [o.end for o in ctx.people.inside(lo, hi)]
    for e in ends:
        verb = _NEXT_WORD.match(text, e, hi)
        if verb is not None:
            word = verb.group(1).lower()
            if word.endswith("ed") or word in words("past_irregular"):
                return True
    return False


def _opening_chain(ctx: Context, people: list[Official], lo: int) -> list[Official]:
    """The list of officials opening the stretch from *lo* (within 60 characters)."""
    if not people or people[0].start - lo > 60:
        return []
    chain = [people[0]]
    for o in people[1:]:
        if not _LIST_GAP.fullmatch(ctx.text, chain[-1].end, o.start):
            break
        chain.append(o)
    return _a_list(ctx, chain, lo)


def _a_list(ctx: Context, chain: list[Official], lo: int) -> list[Official]:
    """*chain* if it is a list (``X and Y``, ``X, Y and Z``, a headline's ``X, Y agree``
    opening the clause at *lo*); two names joined by commas alone after other words are an
    aside and a subject (``During his meeting with X, Y underlined``): the last one."""
    if (
        len(chain) > 1
        and _OPENING.fullmatch(ctx.text, lo, chain[0].start) is None
        and not any(_AND.search(ctx.text, a.end, b.start) for a, b in itertools.pairwise(chain))
    ):
        return chain[-1:]
    return chain


def _contact_sides(ctx: Context, sent: Sentence, official: Official, back: bool) -> list[str]:
    """The countries of the meeting, call or visit of *official* this sentence reports
    (with *back*, this one or one of the three before)."""
    floor = ctx.sentences.floor(sent.index - 3) if back else sent.start
    for d in reversed(ctx.contacts.recent(sent.start, RECENT)):
        if d.start < floor:
            break
        if (
            d.kind in _CONTACT_KINDS
            and official.name in d.participants
            and len(set(d.countries)) >= 2
        ):
            return list(d.countries)
    return []


# --------------------------------------------------------------------------------------
# Collective subjects.
# --------------------------------------------------------------------------------------


def _collective(
    ctx: Context, sent: Sentence, lo: int, start: int, kind: str, declared: tuple[str, ...]
) -> list[str] | None:
    """The parties a collective subject stands for (``None``: no collective subject)."""
    text = ctx.text
    m = _PARTY_COLLECTIVE.search(text, lo, start)
    if m is None:
        for near in _NEAR_COLLECTIVE.finditer(text, max(lo, start - 120), start):
            if _SUBJECT_GAP.match(text, near.end(), start):
                m = near
                break
    if m is None:
        we = _WE.search(text, lo, start)
        if we is None:
            return None
        if declared and _SUBJECT_GAP.match(text, we.end(), start):
            return list(declared)  # a communiqué's "we"
        if kind not in {"SIGN", "AGREE"}:
            return None  # "we reaffirmed" may be one side speaking
        return _we_pair(ctx, sent, we.start())
    # Only contacts reported up to this sentence: "the two ministers" never stands for a
    # pair named later in the article.
    earlier = ctx.contacts.recent(sent.start, RECENT)
    recent = recent_contact(ctx, sent, earlier)
    recent_codes = ctx.people.countries_of(recent) if recent is not None else ()
    if len(set(recent_codes)) == 2:
        return sorted(set(recent_codes))
    pair = recent_pair(ctx, m.start(), sent)
    pair_codes = [o.country for o in pair if o.country is not None]
    if len(set(pair_codes)) == 2:
        return sorted(pair_codes)
    return list(ctx.people.pair)


# --------------------------------------------------------------------------------------
# Countries, capitals and organisations as sides.
# --------------------------------------------------------------------------------------


def _we_pair(ctx: Context, sent: Sentence, pos: int) -> list[str] | None:
    """The two sides a *we* who signed or agreed stands for: the latest two officials of
    this sentence and the one before, where they are of two countries (the speaker and
    the one spoken with), else the latest meeting or call of two countries so far."""
    pair = ctx.people.last_two_before(pos, ctx.sentences.floor(sent.index - 1))
    pair_codes = [o.country for o in pair if o.country is not None]
    if len(set(pair_codes)) == 2:
        return sorted(pair_codes)
    for d in reversed(ctx.contacts.recent(sent.start, RECENT)):
        if d.kind in {"MEET", "CALL"} and len(set(d.countries)) == 2:
            return sorted(set(d.countries))
    return None


def _party_org(mention: ForumMention) -> bool:
    """An organisation that acts as a party (``EU``, ``ASEAN``), not a bilateral mechanism
    (``IND-RUS-SUMMIT``) or one of its bodies."""
    return "-" not in mention.forum.org and mention.forum.body is None


def _name_spans(ctx: Context, lo: int, hi: int, capitals: bool) -> list[tuple[int, int, str]]:
    """The sides named in ``[lo, hi)``: countries standing alone, organisations and, with
    *capitals*, capitals standing for their countries; start, end and code of each."""
    found = [(s, e, code) for code, s, e in country_spans(ctx, lo, hi)]
    for f in ctx.forums.starting_in(lo, hi):
        if f.end <= hi and _party_org(f):
            found.append((f.start, f.end, f.forum.org))
    if capitals:
        for p in PLACE.finditer(ctx.text, lo, hi):
            code = _countries.code_for_place(" ".join(p.group().split()))
            if code is not None and not ctx.people.inside(p.start(), p.end()):
                found.append((p.start(), p.end(), code))
    found.sort()
    spans: list[tuple[int, int, str]] = []
    for s, e, code in found:
        if spans and s < spans[-1][1]:
            continue  # overlapping: the first (a country before the capital of its name)
        spans.append((s, e, code))
    return spans


def _only_names(ctx: Context, lo: int, hi: int, filler: frozenset[str]) -> list[str]:
    """The sides named in ``[lo, hi)`` (capitals too) if names and *filler* words are all
    it holds."""
    spans = _name_spans(ctx, lo, hi, capitals=True)
    if not spans:
        return []
    rest = ctx.text[lo:hi]
    for s, e, _code in reversed(spans):
        rest = rest[: s - lo] + " " + rest[e - lo :]
    if all(w.lower() in filler for w in WORD.findall(rest)):
        return [code for _s, _e, code in spans]
    return []


def _named_subject(ctx: Context, lo: int, start: int) -> list[str]:
    """Countries, capitals and organisations forming the subject before a verb at
    *start*: ``India and Russia have``, ``New Delhi and Moscow also``, ``Britain and the
    European Union``; the list opens the clause or follows a comma."""
    text = ctx.text
    spans = _name_spans(ctx, lo, start, capitals=True)
    if not spans:
        return []
    filler = words("subject_filler")
    gap = text[spans[-1][1] : start]
    for t in ctx.dates.inside(spans[-1][1], start):
        gap = gap.replace(t.surface, " ")
    if not all(w.lower() in filler for w in WORD.findall(gap)):
        return []
    first = len(spans) - 1
    while first > 0 and _NAME_GAP.fullmatch(text, spans[first - 1][1], spans[first][0]):
        first -= 1
    before = text[lo : spans[first][0]].rstrip()
    if _UNNAMED_ITEM.search(before):
        return []  # "the United States, Japan, West Germany, France and Canada": not all
    if before.lower().endswith("the"):
        before = before[:-3].rstrip()
    if before and not before.endswith((",", ":", "—", "–", "-", '"', "“")):
        words_before = [w.lower() for w in WORD.findall(before)]
        if not (all(w in filler for w in words_before) or _REPORTED.search(before)):
            return []
    return list(dict.fromkeys(code for _s, _e, code in spans[first:]))


def _named_list(ctx: Context, pos: int, hi: int) -> list[str]:
    """The sides listed from *pos* on: ``(the) A, B and (the) C``."""
    text = ctx.text
    cursor = THE.match(text, pos, hi)
    at = cursor.end() if cursor is not None else pos
    found: list[str] = []
    for s, e, code in _name_spans(ctx, at, min(hi, at + 240), capitals=False):
        if s != at:
            break
        found.append(code)
        gap = _NAME_GAP.match(text, e, hi)
        if gap is None or gap.end() == e:
            break
        at = gap.end()
    return list(dict.fromkeys(found))


def _owners(ctx: Context, end: int, hi: int) -> tuple[str, ...]:
    """The countries or organisations a reaffirmation or pledge names as the ones
    committed: ``Pakistan's commitment``, ``the United States' support``, ``Mexico
    would``."""
    m = _OWNER.match(ctx.text, end, hi)
    if m is None:
        return ()
    lo, hi = m.span("names")
    return tuple(dict.fromkeys(_only_names(ctx, lo, hi, _OWNER_FILLER)))


def _between_in_head(ctx: Context, end: int, hi: int) -> list[str]:
    """``signed a memorandum ... between A and B``: the sides after *between* in the
    signed document's phrase (up to the first comma)."""
    seg = UP_TO_PUNCTUATION.match(ctx.text, end, hi)
    if seg is None:
        return []
    b = _BETWEEN.search(ctx.text, end, min(seg.end(), end + 100))
    return [] if b is None else _named_list(ctx, b.end(), hi)


def _with_sides(ctx: Context, m: Match, hi: int, kind: str) -> list[str]:
    """The side after ``with``: ``signed an MoU (memorandum) with Japan``, ``agreed with
    Russia``, ``reached an agreement with X``; not a ``with`` inside the topic (``agreed to
    cooperate with the United States``)."""
    text = ctx.text
    end = m.end()
    if kind == "SIGN":
        w = _SIGNED_WITH.match(text, end, hi)
    elif kind == "AGREE":
        reached = m.group().lower().startswith("reached")
        w = (_WITH_AFTER if reached else _AGREED_WITH).match(text, end, hi)
    else:
        return []
    if w is None:
        return []
    listed = ctx.people.listed_from(w.end(), hi, OBJECT_LEAD)
    if listed:
        return [o.country for o in listed if o.country is not None]
    return _named_list(ctx, w.end(), hi)
