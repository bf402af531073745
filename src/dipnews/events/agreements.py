"""Agreements: what the sides signed, agreed, reaffirmed or committed to, with the parties
(country codes, or organisation keys such as ``EU`` and ``ASEAN``), the topic and the date.

Two parties make an agreement. One side's own explicit reaffirmation or pledge (a row of
the trigger table marked ``one_sided``: ``India reaffirmed its commitment to...``,
``pledged to...``) is one too, with that side as its only party. Who the parties are is
read by :mod:`dipnews.events.parties`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.events.dates import date_in
from dipnews.events.lexicon import AgreementSpec, codes, lexicon
from dipnews.events.parties import declared_we, parties
from dipnews.events.segment import REACH, Sentence, reach
from dipnews.records import Agreement

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = ["agreements"]

_FLAGS = regex.IGNORECASE | regex.VERSION1

_TOPIC_CUT = compile_regex(
    r",[”\"]|”,|,\s*+(?:[\p{L}.’'-]++\s++){0,6}?(?:said|says|told|added|reported)\b|"
    r",\s*+(?:with|while|which|where|who|as|amid|adding|saying|noting|even|but|according|"
    r"and\s+(?:said|added|called|urged|stressed))\b|;|\s[—–]\s|\s--\s|\bwhile\b|\bamid\b|"
    # a second statement of the same subject ("agreed to X and reaffirmed Y")
    r"\s+and\s+(?:also\s+)?(?:reaffirm|reiterat|pledg|vow|promis|underscor|underlin|"
    r"emphasi[sz]|stress|confirm|expres|discuss|exchang|welcom|urg)\p{L}*+|"
    r"\s+and\s+(?:also\s+)?(?:agreed|signed|inked|committed|decided|called|noted)\b",
    _FLAGS,
)
_TOPIC_LEAD = compile_regex(
    r"\A(?:(?:to|on|upon|that|in|their|its|his|her|our|the|a|an|both|also|further|once\s+again|"
    r"again|firmly|strongly|today|yesterday|here|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|morning|afternoon|evening|night)\s++)+",
    _FLAGS,
)
# A reporting verb where the clause ends, and the source named before it.
_REPORTING = compile_regex(r"(?:said|says|told|added|noted|stated|announced|reported)\b", _FLAGS)
_TRAILING_SOURCE = compile_regex(r",\s*+[^,;:\"“”]{1,80}+$")
# "with the two sides pledging to...": a participle with its own subject.
_WITH_SUBJECT = compile_regex(r"\bwith\s++(?:[\p{L}.’'-]{1,25}+\s++){1,5}$", _FLAGS)
_ADJECTIVAL = compile_regex(r"\b(?:their|its|his|her|our|the|an?|mutually|jointly)\s++$", _FLAGS)
_PARTICIPLE = compile_regex(r"\s++(?:under|upon|by)\b", _FLAGS)
# "agreements were signed between India and Japan", "...signed by X and Y".
_PASSIVE = compile_regex(r"\b(?:(?:has|have|had)\s++been|was|were|been|being|be)\s++$", _FLAGS)
# "it was agreed to...", "it was agreed that...": no subject, the topic follows.
_EXPLETIVE = compile_regex(r"\bit\s++$", _FLAGS)
_EXPLETIVE_AFTER = compile_regex(r"\s++(?:to|that)\b", _FLAGS)
# "what we agreed to in Paris", "the range they agreed on": an earlier agreement referred to.
_STRANDED = compile_regex(
    r"\s++(?:to|on|upon)\s*+(?:[,.;:!?\"”)]|$|(?:in|as|at|during|by|with|earlier|last|since|"
    r"when|under|before|after)\b)",
    _FLAGS,
)
_REFERRED = compile_regex(
    r"(?<!\b(?:in|at|on|during|under|with|by|from|after)\s++)\b(?:what|which)\s++(?:we|they|you|i|he|she|both\s+sides|the\s+two\s+sides)\s++"
    r"(?:(?:have|had|has)\s++)?$",
    _FLAGS,
)
# "their pledges": a noun, no statement.
_DETERMINER = compile_regex(r"\b(?:their|its|his|her|our|the|an?)\s++$", _FLAGS)
# "India is committed to", "remains committed to": a standing position, not a pledge.
_STATE_BEFORE = compile_regex(
    r"\b(?:is|are|was|were|be|been|being|am|remains?|remained|stays?|stayed)\s++"
    r"(?:(?:fully|firmly|deeply|strongly|still|also|very\s+much)\s++)?$",
    _FLAGS,
)


def agreements(ctx: Context) -> list[Agreement]:
    """The agreements of the article, each statement once."""
    out: list[Agreement] = []
    seen: set[tuple[str, frozenset[str], str]] = set()
    lex = lexicon()
    declared: tuple[str, ...] | None = None
    for sent, bounds, m in _agreement_words(ctx):
        group = m.lastgroup
        if group is None:
            continue
        if declared is None:
            declared = declared_we(ctx)
        found = _agreement_at(ctx, sent, bounds, m, lex.agreement_specs[group], declared)
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
    ctx: Context,
    sent: Sentence,
    bounds: list[int],
    m: Match,
    spec: AgreementSpec,
    declared: tuple[str, ...],
) -> Agreement | None:
    """The agreement the word *m* of *sent* states, if its parties and a topic are named:
    two parties, or one where *spec* lets one side's statement stand alone."""
    text = ctx.text
    low = ctx.low
    kind = spec.kind
    lo, hi = reach(bounds, sent, m.start(), m.end())
    if _not_a_statement(ctx, kind, lo, hi, m.start(), m.end()):
        return None
    tail_lo, tail_hi = m.end(), hi
    passive = _PASSIVE.search(text, max(lo, m.start() - 12), m.start())
    if passive is not None and not (
        _EXPLETIVE.search(text, max(lo, passive.start() - 4), passive.start())
        and _EXPLETIVE_AFTER.match(text, m.end(), hi)
    ):
        # "Five agreements were signed between India and Japan": the subject is
        # the topic and the parties follow.
        tail_lo, tail_hi = lo, passive.start()
        if lo == sent.start and not text[tail_lo:tail_hi].strip():
            return None
    tail = text[tail_lo:tail_hi]
    if _REPORTING.match(text, tail_hi):
        # the clause ends at "... cooperation, Foreign Minister X | said": no source
        tail = _TRAILING_SOURCE.sub("", tail)
    if kind == "SIGN":
        head = tail[:80]
        head_low = None if low is None else low[tail_lo:tail_hi][:80]
        if not lexicon().signable.search(head, head_low, 0, len(head)):
            return None
    sides = parties(ctx, sent, lo, m, hi, kind, declared)
    if len(sides.codes) < 2 and not sides.body:
        one_sided = spec.one_sided and not _STATE_BEFORE.search(
            text, max(lo, m.start() - 40), m.start()
        )
        if not (sides.codes and sides.alone and one_sided):
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
        parties=sides.codes,
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
        _ADJECTIVAL.search(text, max(lo, start - 12), start)
        or _PARTICIPLE.match(text, end, hi)
        or _STRANDED.match(text, end, hi)
        or _REFERRED.search(text, max(lo, start - 40), start)
    ):
        return True  # "their agreed margins", "the policies agreed under the pact"
    if kind == "COMMIT" and _DETERMINER.search(text, max(lo, start - 8), start):
        return True  # "their pledges"
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
