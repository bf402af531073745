"""The tense of the clause around an expression: past, future, present or none.

A year-less date takes the reading that agrees with the tense of its clause
(:mod:`dipnews.temporal.years`), and the events component tells held events from planned
ones by it. :func:`tense_at` reads the cue words (*will*, *met*, *is set to*,
*currently*...) of the clause (:mod:`dipnews.temporal.clauses`); the cue nearest the
expression decides.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Literal

import attrs
import regex

from dipnews import _engine
from dipnews._compiled import compile_regex
from dipnews._engine import Grammar, Match
from dipnews._patterns import literal_trie
from dipnews._text import check_text
from dipnews.errors import InputError
from dipnews.temporal.casing import lower_reads_alike
from dipnews.temporal.clauses import Clause, clause

__all__ = [
    "TENSES",
    "Cue",
    "CueIndex",
    "Tense",
    "check_tense",
    "cues",
    "tense_at",
    "tense_at_unchecked",
    "tense_in",
]

#: The tense of a clause as :func:`tense_at` reports it.
Tense = Literal["past", "future", "present"]

#: The values of :data:`Tense`, in that order.
TENSES: tuple[Tense, ...] = ("past", "future", "present")


def check_tense(tense: object) -> Tense | None:
    """*tense* if it is one of :data:`TENSES` or ``None``; else raises
    :class:`~dipnews.errors.InputError`."""
    if tense is None:
        return None
    for known in TENSES:
        if tense == known:
            return known
    raise InputError(f"tense must be one of {', '.join(TENSES)} or None, not {tense!r}")


_FUTURE_CUES = (
    r"\b(?:will|shall|would|won['’]t)(?:\s{1,3}(?:not|also|likely|then|soon|now|again|jointly"
    r"|formally|officially|first|personally|be|have|been)){0,3}(?:\s{1,3}[a-z]+)?"
    r"|['’]ll\b|\b(?-i:could|might|may)\s{1,3}(?:(?:also|well|soon|then)\s{1,3})?(?-i:[a-z]+)"
    r"|\b(?:is|are|am|was|were|be|been)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:set|expected|scheduled"
    r"|slated|due|likely|poised|going|supposed|anticipated|tipped|planned|proposed|arranged"
    r"|to)\b(?:\s{1,3}to)?"
    r"(?:\s{1,3}(?:be\s{1,3})?[a-z]+)?"
    r"|\bto\s{1,3}be\s{1,3}[a-z]+"
    r"|\blook(?:s|ed|ing)?\s{1,3}forward\b"
    r"|\b(?:agreed|decided|resolved|pledged|promised|vowed|intended|hoped|aimed|planned"
    r"|arranged|expected|scheduled|set|due|slated|poised|supposed|invited\s{1,3}[a-z]+)"
    r"\s{1,3}to\s{1,3}[a-z]+"
    r"|\b(?:upcoming|forthcoming|coming|next|scheduled|prospective|impending|slated|ahead"
    r"|later|soon|likely|plans?|planning|intends?|intending|prepares?|preparing|preparatory"
    r"|tomorrow)\b"
    # "planned", "expected"... are future as adjectives ("the planned visit", "a visit
    # expected in May") but past verbs with an object ("Kyiv expected a decision").
    r"|(?<=(?:\b(?:the|an?|its|his|her|their|our|this|that|much|long)|\w['’]s)\s{1,3})"
    r"(?:planned|proposed|expected|anticipated|awaited)\b"
    r"|\b(?:planned|proposed|expected|anticipated|prepared)(?=\s{1,3}(?:for|in|on|by|at|later"
    r"|next|soon|around|during|before|early|mid|late)\b)"
)
_PAST_CUES = (
    r"\b(?:has|have|had)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:not\s{1,3})?(?:been\s{1,3})?[a-z]+"
    r"|\b(?:was|were|did)\b(?:\s{1,3}[a-z]+)?"
    r"|\b(?:ago|earlier|previously|recently|last|prior|already|yesterday|met|held|went|came"
    r"|spoke|took|gave|made|began|saw|sent|paid|led|won|left|flew|wrote|chose|brought"
    r"|sought|became|rose|fell|kept|struck|lost|got|thought|felt|stood|heard|met|undertook"
    r"|oversaw|laid|drew|swore|shook|forged|sat)\b"
)
_PRESENT_CUES = (
    r"\b(?:is|are|am)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:not\s{1,3})?"
    r"(?:being\s{1,3}[a-z]+|[a-z]{2,}(?:ing|ed)\b)"
    r"|\b(?:currently|now|ongoing|underway|presently)\b|\bunder\s{1,3}way\b"
)
_WEAK_CUES = (
    r"\b(?P<weak_past>said|told|stated|noted|added|announced|reported|informed|confirmed"
    r"|(?:has|have|had)\s{1,3}(?:said|told|stated|announced|reported|confirmed)"
    r"|speaking|talking\s{1,3}to|addressing|briefing"
    r"|quoted|wrote|posted|tweeted)\b"
    r"|\b(?P<weak_present>says|tells|states|notes|adds|announces|reports|informs|confirms)\b"
)
_CUES = compile_regex(
    rf"(?:(?<!\w)|(?=['’]))(?:(?P<future>{_FUTURE_CUES})|(?P<present>{_PRESENT_CUES})"
    rf"|{_WEAK_CUES}|(?P<past>{_PAST_CUES})|(?P<past_ed>\b[a-z]{{2,}}ed\b))",
    regex.IGNORECASE,
)
# "-ed" words that are mostly adjectives or nouns, not past-tense verbs.
_NOT_PAST_ED = frozenset({
    "need", "speed", "feed", "seed", "breed", "bleed", "greed", "indeed", "hundred", "kindred",
    "sacred", "naked", "wicked", "united", "related", "based", "limited", "advanced",
    "concerned", "detailed", "renewed", "continued", "increased", "enhanced", "expanded",
    "interested", "armed", "sustained", "shared", "balanced", "concerted", "unprecedented",
    "required", "dedicated", "integrated", "improved", "talented", "skilled", "biased",
    "alleged", "supposed", "qualified", "sophisticated", "experienced", "complicated",
    "varied", "mixed", "fixed", "red", "bed", "shed", "embed", "weed", "steed", "proceed",
    "exceed", "succeed", "heed", "deed", "reed", "creed",
})  # fmt: skip
_TENSE_OF_GROUP: dict[str, Tense] = {"future": "future", "past": "past", "present": "present"}


@attrs.frozen
class Cue:
    """A cue word: the tense it tells and where it stands (*weak*: a reporting verb)."""

    tense: Tense
    start: int
    end: int
    weak: bool


# Where a cue can start: _CUES is tried only there, resuming after each match as finditer
# would (the same cues as a scan of every position; the tests compare the two). A cue
# starts at an apostrophe ("'ll"), at a lower-case "-ed" word or at a word start with the
# first word of one of its branches ("will", "shall" and "would" may begin a longer word).
_CUE_FIRST_WORDS = (
    # future
    "could", "might", "may", "is", "are", "am", "was", "were", "be", "been", "to", "look",
    "looks", "looked", "looking", "agreed", "decided", "resolved", "pledged", "promised",
    "vowed", "intended", "hoped", "aimed", "planned", "arranged", "expected", "scheduled",
    "set", "due", "slated", "poised", "supposed", "invited", "upcoming", "forthcoming",
    "coming", "next", "prospective", "impending", "ahead", "later", "soon", "likely", "plan",
    "plans", "planning", "intend", "intends", "intending", "prepare", "prepares", "preparing",
    "preparatory", "tomorrow", "proposed", "anticipated", "awaited", "prepared", "won",
    # present
    "currently", "now", "ongoing", "underway", "presently", "under",
    # reporting verbs
    "said", "told", "stated", "noted", "added", "announced", "reported", "informed",
    "confirmed", "has", "have", "had", "speaking", "talking", "addressing", "briefing",
    "quoted", "wrote", "posted", "tweeted", "says", "tells", "states", "notes", "adds",
    "announces", "reports", "informs", "confirms",
    # past
    "did", "ago", "earlier", "previously", "recently", "last", "prior", "already",
    "yesterday", "met", "held", "went", "came", "spoke", "took", "gave", "made", "began",
    "saw", "sent", "paid", "led", "left", "flew", "chose", "brought", "sought", "became",
    "rose", "fell", "kept", "struck", "lost", "got", "thought", "felt", "stood", "heard",
    "undertook", "oversaw", "laid", "drew", "swore", "shook", "forged", "sat",
)  # fmt: skip
_CUE_WORD = rf"(?:will|shall|would|{literal_trie(sorted(set(_CUE_FIRST_WORDS)))}(?!\w))"
_CUE_AFTER_SPACE_I = compile_regex(rf"\W{_CUE_WORD}", regex.IGNORECASE)
_CUE_AT_I = compile_regex(_CUE_WORD, regex.IGNORECASE)
# Case-sensitively on a lower-cased copy where that reads the same (dipnews.temporal.casing).
_CUE_AFTER_SPACE = Grammar(rf"\W{_CUE_WORD}")
_CUE_AT = compile_regex(_CUE_WORD)
# The word is read back only from where "ed" ends one, so a long word full of "ed" is not
# read again for each.
_CUE_ED_I = compile_regex(r"ed\b(?<=\b(?P<word>[a-z]{2,})ed)", regex.IGNORECASE)
_CUE_ED = compile_regex(r"ed\b(?<=\b(?P<word>[a-z]{2,})ed)")
_CUE_LL = compile_regex(r"['’]ll", regex.IGNORECASE)


def _cue_starts(text: str, lo: int, hi: int) -> list[int]:
    """Every place in ``text[lo:hi]`` where a cue may start, in order."""
    if lo >= hi:
        return []
    # The window from the character before *lo*: where the text before it would change a
    # match (an "-ed" word begun earlier), the match starts before *lo* either way.
    base = max(lo - 1, 0)
    window = text[base:hi]
    gap: _engine.Pattern
    if not lower_reads_alike(window):
        gap, at, ed, scan = _CUE_AFTER_SPACE_I, _CUE_AT_I, _CUE_ED_I, window
    else:
        # (a part of a plain text is plain, and so is its lower-cased copy; the text's
        # answer is remembered where the window's would be read again)
        scan = window.lower()
        gap, at, ed = _CUE_AFTER_SPACE.pick(_engine.plain(text)), _CUE_AT, _CUE_ED
    starts = [base + m.start() + 1 for m in gap.finditer(scan)]
    if lo == 0 and at.match(scan) is not None:
        starts.append(0)
    starts.extend(base + m.start("word") for m in ed.finditer(scan))
    if text.find("'", lo, hi) >= 0 or text.find("’", lo, hi) >= 0:
        starts.extend(m.start() for m in _CUE_LL.finditer(text, lo, hi))
    return sorted({s for s in starts if s >= lo})


def cues(text: str, lo: int, hi: int, *, full: bool = False) -> list[Cue]:
    """The cues of ``text[lo:hi]`` (*full*: scanning every position, for the tests)."""
    found: list[Cue] = []
    if full:
        matches: Iterator[Match] = _CUES.finditer(text, lo, hi)
    else:
        matches = _cue_matches(text, lo, hi)
    for m in matches:
        kind = m.lastgroup
        if kind == "past_ed":
            word = m.group()
            if not word[0].islower() or word.casefold() in _NOT_PAST_ED:
                continue
            found.append(Cue("past", m.start(), m.end(), False))
        elif kind in ("weak_past", "weak_present"):
            tense: Tense = "past" if kind == "weak_past" else "present"
            found.append(Cue(tense, m.start(), m.end(), True))
        elif kind is not None and kind in _TENSE_OF_GROUP:
            found.append(Cue(_TENSE_OF_GROUP[kind], m.start(), m.end(), False))
    return found


def _cue_matches(text: str, lo: int, hi: int) -> Iterator[Match]:
    resume = lo
    for pos in _cue_starts(text, lo, hi):
        if pos < resume:
            continue
        m = _CUES.match(text, pos, hi)
        if m is not None:
            resume = m.end()
            yield m


def _nearest(found: list[Cue], start: int, end: int) -> Tense | None:
    """The tense of the cue of *found* nearest ``start:end`` (a tie: the one before)."""
    best: tuple[int, int, Tense] | None = None
    for cue in found:
        if cue.end <= start:
            key = (start - cue.end, 0)
        elif cue.start >= end:
            key = (cue.start - end, 1)
        else:
            key = (0, 0)
        if best is None or key < best[:2]:
            best = (key[0], key[1], cue.tense)
    return None if best is None else best[2]


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: past, future, present or None.

    The clause is the stretch between the nearest clause breaks (sentence ends,
    semicolons, line breaks, dashes, subordinators such as *that*, *which*, *where*,
    *when*, *and* before a verb, and commas before an *-ing* participle) within 300
    characters either side. The cue nearest the expression decides; a tie goes to the
    cue before it. Cues are searched first in the expression's comma-delimited segment
    (``who died on Thursday``, ``the ministry said on Friday``), then in the clause; a
    cue in another clause of the sentence never decides (``will be held on June 3,
    following the removal of Yoon on April 4``: April 4 has no tense of its own):

    * future: *will*, *shall*, *would*, *could*, *might*, *may*, *'ll*, *is
      set/expected/scheduled/due to*, *to be held*, *looks forward*, *agreed/decided to*
      + verb, *upcoming*, *forthcoming*, *planned*, *next*, *ahead*, *later*, *soon*...
    * past: *has/have/had* + participle, *was/were/did*, *ago*, *earlier*, *last*,
      *recently*, *previously*, irregular past forms (*met*, *held*, *spoke*...) and
      lower-case *-ed* verbs (minus common adjectives such as *detailed* or *united*);
    * present: *is/are* + *-ing*, *currently*, *now*, *ongoing*, *under way*.

    Reporting verbs (*said*, *announced*, *told reporters*, *speaking*...) decide within
    the segment, but in the wider clause only when nothing else does.

    >>> from dipnews.temporal import tense_at
    >>> s = "Lavrov met Wang in Beijing in March and will visit Delhi in December."
    >>> tense_at(s, s.index("March"), s.index("March") + 5)
    'past'
    >>> tense_at(s, s.index("December"), s.index("December") + 8)
    'future'
    >>> s = "He said the talks, currently under way in Geneva, cover trade."
    >>> tense_at(s, s.index("Geneva"), s.index("Geneva") + 6)
    'present'
    >>> print(tense_at("The summit in Kazan.", 14, 19))
    None

    Raises :class:`~dipnews.errors.InputError` when the offsets are not a span of *text*.
    """
    check_text(text)
    return tense_at_unchecked(text, start, end)


def tense_at_unchecked(text: str, start: int, end: int) -> Tense | None:
    """:func:`tense_at` without checking *text* (for callers that have checked it)."""
    if not 0 <= start <= end <= len(text):
        raise InputError(f"offsets {start}:{end} are not a span of a text of {len(text)} chars")
    return tense_in(text, start, end, clause(text, start, end), None)


def tense_in(
    text: str,
    start: int,
    end: int,
    bounds: Clause,
    index: CueIndex | None,
) -> Tense | None:
    """The tense of ``text[start:end]`` in its clause *bounds* (*index*: every cue of the
    text, found beforehand, or ``None`` to read the clause's)."""
    clause_start, clause_end, segment_start, segment_end = bounds
    if index is None:
        # No cue holds a comma or a bracket, so none crosses the segment's ends: scanning
        # the segment alone finds the clause's cues in it, and the clause's are those of
        # its three parts. The segment usually decides; the rest is read only if not.
        segment = cues(text, segment_start, segment_end)
        tense = _nearest(segment, start, end)
        if tense is not None:
            return tense
        before, after = cues(text, clause_start, segment_start), cues(text, segment_end, clause_end)
        found = before + segment + after
    else:
        found = index.between(clause_start, clause_end)
        segment = [c for c in found if segment_start <= c.start and c.end <= segment_end]
        tense = _nearest(segment, start, end)
        if tense is not None:
            return tense
    for pool in ([c for c in found if not c.weak], found):
        tense = _nearest(pool, start, end)
        if tense is not None:
            return tense
    return None


class CueIndex:
    """Every cue of a text, found in one pass: cheaper than windows when dates are dense."""

    def __init__(self, text: str) -> None:
        self.cues = cues(text, 0, len(text))
        self.starts = [c.start for c in self.cues]

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues within ``lo:hi``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [c for c in self.cues[i:j] if c.end <= hi]
