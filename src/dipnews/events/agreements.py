"""Agreements: what two or more sides signed, agreed, reaffirmed or committed to, with the
parties (country codes), the topic and the date."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from dipnews._engine import Match
from dipnews.events.dates import date_in
from dipnews.events.drafts import RECENT
from dipnews.events.lexicon import codes, lexicon
from dipnews.events.participants import (
    UP_TO_PUNCTUATION,
    countries_after,
    country_group,
    country_subject,
    recent_contact,
    recent_pair,
)
from dipnews.events.places import THE, countries_in
from dipnews.events.segment import REACH, Sentence, reach
from dipnews.records import Agreement, Official

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["agreements"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

# "both sides", "the two countries", "they": the pair behind them.
_PARTY_COLLECTIVE = regex.compile(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:the\s+)?|the\s+(?=sides\b))(?:sides|countries|nations|"
    r"governments|states|leaders|ministers|parties|delegations|capitals|neighbours|"
    r"neighbors|partners|presidents|premiers|counterparts|heads\s+of\s+(?:state|government)|"
    r"prime\s+ministers|foreign\s+ministers)\b|\bthe\s+two\b|\bthey\b",
    _FLAGS,
)
_TOPIC_CUT = regex.compile(
    r",\s*+(?:with|while|which|where|who|as|amid|adding|saying|noting|even|but|according|"
    r"and\s+(?:said|added|called|urged|stressed))\b|;|\s[—–]\s|\s--\s|\bwhile\b|\bamid\b",
    _FLAGS,
)
_TOPIC_LEAD = regex.compile(
    r"\A(?:(?:to|on|upon|that|in|their|its|his|her|our|the|a|an|both|also|further|once\s+again|"
    r"again|firmly|strongly)\s++)+",
    _FLAGS,
)
# "signed an MoU with Japan", "agreed with Russia": a party right after the trigger.
_WITH_AFTER = regex.compile(r"(?:\s++[\p{L}-]{1,20}+){0,4}?\s++with\s++", _FLAGS)
# What may stand between the subject and the verb (``X and Y have also agreed``).
_SUBJECT_GAP = regex.compile(
    r"[\s,]*+(?:(?:also|have|has|had|jointly|both|all|then|later|further|once|again|today|"
    r"yesterday|separately|formally|officially|on\s++\p{Lu}\p{Ll}++|who|in\s++\p{Lu}\p{L}++)"
    r"[\s,]++){0,4}$",
    _FLAGS,
)
_LIST_GAP = regex.compile(r"\s*+(?:,\s*+)?(?:and\s++|&\s*+)?")
# "with the two sides pledging to...": a participle with its own subject.
_WITH_SUBJECT = regex.compile(r"\bwith\s++(?:[\p{L}.’'-]{1,25}+\s++){1,5}$", _FLAGS)
_ADJECTIVAL = regex.compile(r"\b(?:their|its|his|her|our|the|an?|mutually|jointly)\s++$", _FLAGS)
_PARTICIPLE = regex.compile(r"\s++(?:under|upon|by)\b", _FLAGS)
# "agreements were signed between India and Japan", "...signed by X and Y".
_PASSIVE = regex.compile(r"\b(?:was|were|been|being|be)\s++$", _FLAGS)
_BETWEEN_AFTER = regex.compile(r"\s++(?:between|by)\s++", _FLAGS)


def agreements(ctx: Context) -> list[Agreement]:
    """The agreements of the article, each statement once."""
    out: list[Agreement] = []
    seen: set[tuple[str, frozenset[str], str]] = set()
    lex = lexicon()
    for sent, bounds, m in _agreement_words(ctx):
        group = m.lastgroup
        if group is None:
            continue
        found = _agreement_at(ctx, sent, bounds, m, lex.agreement_specs[group].kind)
        if found is None:
            continue
        key = (found.kind, frozenset(found.parties), found.topic.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(found)
    return out


def _agreement_words(ctx: Context) -> Iterator[tuple[Sentence, list[int], Match]]:
    """The agreement words of each sentence, with the sentence and its clause bounds; on
    the folded text, where there is one, through the prefilter (its candidates found once
    for the whole text)."""
    lex = lexicon()
    low = ctx.low
    starts: list[int] | None = None  # where agreement words may start
    starts_found = False
    for sent in ctx.sentences:
        bounds = ctx.sentences.clause_bounds(sent)
        if low is not None and lex.agreement_scanner is not None:
            if not starts_found:
                starts = lex.agreement_scanner.starts(low)
                starts_found = True
            matches = lex.agreement_scanner.finditer_at(low, sent.start, sent.end, starts)
        else:
            matches = lex.agreements.finditer(ctx.text, low, sent.start, sent.end)
        for m in matches:
            yield sent, bounds, m


def _agreement_at(
    ctx: Context, sent: Sentence, bounds: list[int], m: Match, kind: str
) -> Agreement | None:
    """The agreement the word *m* of *sent* states, if two parties and a topic are named."""
    text = ctx.text
    low = ctx.low
    lo, hi = reach(bounds, sent, m.start(), m.end())
    if _not_a_statement(ctx, kind, lo, hi, m.start(), m.end()):
        return None
    tail_lo, tail_hi = m.end(), hi
    passive = _PASSIVE.search(text, max(lo, m.start() - 12), m.start())
    if passive is not None:
        # "Five agreements were signed between India and Japan": the subject is
        # the topic and the parties follow.
        tail_lo, tail_hi = lo, passive.start()
        if lo == sent.start and not text[tail_lo:tail_hi].strip():
            return None
    tail = text[tail_lo:tail_hi]
    if kind == "SIGN":
        head = tail[:80]
        head_low = None if low is None else low[tail_lo:tail_hi][:80]
        if not lexicon().signable.search(head, head_low, 0, len(head)):
            return None
    parties = _parties(ctx, sent, lo, m.start(), m.end(), hi, kind)
    if len(parties) < 2:
        return None
    topic = _topic(tail)
    if not topic:
        return None
    expr = date_in(ctx, lo, hi, m.start(), m.end()) or date_in(
        ctx, max(sent.start, m.start() - REACH), m.start(), m.start(), m.end()
    )
    cameo, plover = _codes(kind, topic)
    return Agreement(
        kind=kind,
        parties=parties,
        topic=topic,
        date=expr.span if expr else None,
        cameo=cameo,
        plover=plover,
        surface=text[sent.start : sent.end],
        start=sent.start,
        end=sent.end,
    )


def _not_a_statement(ctx: Context, kind: str, lo: int, hi: int, start: int, end: int) -> bool:
    """An agreement word that states no agreement: an adjective or participle (``their
    agreed margins``), negated, part of an earlier statement (``signed a treaty, pledging
    to...``) or a plan (``are expected to sign``)."""
    text = ctx.text
    low = ctx.low
    status = lexicon().status
    if kind == "AGREE" and (
        _ADJECTIVAL.search(text, max(lo, start - 12), start) or _PARTICIPLE.match(text, end, hi)
    ):
        return True  # "their agreed margins", "the policies agreed under the pact"
    if status["negated"].search(text, low, max(lo, start - 30), start):
        return True
    if text[start:end].lower().endswith("ing") and not _WITH_SUBJECT.search(
        text, max(lo, start - 50), start
    ):
        return True  # "signed a treaty, pledging to...": part of the signing
    if status["planned_before"].search(text, low, max(lo, start - 40), start):
        return True
    return status["planned_near"].search(text, low, max(lo, start - 30), start) is not None


def _codes(kind: str, topic: str) -> tuple[str, str]:
    """CAMEO and PLOVER codes of an agreement: by kind, refined by topic (not a signing)."""
    table = codes()
    cameo, plover = table.agreements[kind]
    if kind != "SIGN":
        for code, pattern in table.topics:
            if pattern.search(topic):
                cameo = code
                break
    return cameo, plover


def _subject_chain(ctx: Context, lo: int, start: int) -> list[Official]:
    """The officials that form the subject right before a verb: ``X and Y reaffirmed``,
    ``X, Y and Z have agreed``; not officials of an earlier clause."""
    people = [o for o in ctx.people.inside(lo, start) if not ctx.people.blocked(o, lo)]
    if not people:
        return []
    if not _SUBJECT_GAP.match(ctx.text, people[-1].end, start):
        # Else the clause's own subject: officials opening the clause ("X and Y held
        # talks ... and agreed to ...").
        if people[0].start - lo > 60:
            return []
        chain = [people[0]]
        for o in people[1:]:
            if not _LIST_GAP.fullmatch(ctx.text, chain[-1].end, o.start):
                break
            chain.append(o)
        return chain
    chain = [people[-1]]
    for o in reversed(people[:-1]):
        if _LIST_GAP.fullmatch(ctx.text, o.end, chain[0].start):
            chain.insert(0, o)
        else:
            break
    return chain


def _parties(
    ctx: Context, sent: Sentence, lo: int, start: int, end: int, hi: int, kind: str
) -> tuple[str, ...]:
    """The countries of the agreement's sides: of the subject's officials or countries, of
    the pair a collective phrase stands for, of the sides after ``between``/``with``."""
    text = ctx.text
    found: list[str] = []
    for o in _subject_chain(ctx, lo, start):
        if o.country is not None:
            found.append(o.country)
    collective = False
    for m in _PARTY_COLLECTIVE.finditer(text, lo, start):
        # Only contacts reported up to this sentence: "the two ministers" never stands for
        # a pair named later in the article.
        earlier = ctx.contacts.recent(sent.start, RECENT)
        recent = recent_contact(ctx, sent, earlier)
        recent_codes = ctx.people.countries_of(recent) if recent is not None else ()
        if len(set(recent_codes)) == 2:
            found.extend(sorted(set(recent_codes)))
            collective = True
            break
        pair = recent_pair(ctx, m.start(), sent)
        pair_codes = [o.country for o in pair if o.country is not None]
        if len(set(pair_codes)) == 2:
            found.extend(sorted(pair_codes))
        elif ctx.people.pair:
            found.extend(ctx.people.pair)
        collective = True
        break
    if not found and not collective:
        found.extend(country_subject(ctx, lo, start) or country_group(ctx, lo, start))
    between = _BETWEEN_AFTER.match(text, end, hi)
    if between is not None and not found:
        listed = ctx.people.listed_from(between.end(), hi, THE)
        found.extend(o.country for o in listed if o.country is not None)
        seg = UP_TO_PUNCTUATION.match(text, between.end(), hi)
        if not listed and seg is not None:
            found.extend(countries_in(ctx, between.end(), seg.end()))
    with_m = _WITH_AFTER.match(text, end, hi) if kind in {"SIGN", "AGREE"} else None
    if with_m is not None:
        after = ctx.people.listed_from(with_m.end(), hi, THE)
        found.extend(o.country for o in after if o.country is not None)
        if not after:
            found.extend(countries_after(ctx, with_m.end() - 5, hi))
    return tuple(dict.fromkeys(found))


def _topic(tail: str) -> str:
    """What was agreed: the words after the trigger up to the clause's end, without leading
    particles (``to``, ``on``, ``their``) and trailing punctuation."""
    cut = _TOPIC_CUT.search(tail)
    topic = tail[: cut.start()] if cut else tail
    topic = _TOPIC_LEAD.sub("", topic.strip())
    topic = topic.strip().rstrip(".,;:!?\"'”’ ")
    if len(topic) > 160:
        topic = topic[:160].rsplit(" ", 1)[0]
    return topic
