"""Where each pattern of the grammar can begin in a text, and how a pattern is tried only
there (:func:`scan`); :class:`Spans` for the text already claimed by a mention."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable

import attrs

from dipnews import _engine
from dipnews._compiled import compile_regex
from dipnews.officials.grammar import NAME_LOWER_WORDS, WORD, grammar
from dipnews.officials.lists import plural_words

__all__ = ["Spans", "Starts", "find_starts", "scan", "scan_spans"]

_COMMA_AHEAD = 100  # an appositive's name ends at most this far before its title word
_COUNTERPART_SPAN = (120, 200)  # how far before and after "counterpart" its mention may run
_LEAD_WORDS = 8  # words from a mention's first word to its title's first word, at most


@attrs.frozen
class Starts:
    """Where each pattern can begin: word starts chosen by cheap dictionary look-ups.

    Trying a pattern only there (instead of at every character) keeps the cost
    proportional to the number of title and country words, not to the text's length.
    """

    lead: list[int]
    appositive: list[int]
    counterpart: list[tuple[int, int]]
    plural: list[int] = attrs.field(factory=list)  # where a plural title can begin
    owned: list[int] = attrs.field(factory=list)  # a capitalised place word before "'s"


_WORD_SPLIT = _engine.Grammar(f"({WORD.pattern})")  # for both engines (see _engine)

# What a word can begin, by cheap look-ups (see :func:`_word_flags`).
_ANCHOR, _OPENER, _MINISTER, _COUNTERPART, _PLURAL = 1, 2, 4, 8, 16
_FLAGS_CACHE_SIZE = 100_000


@functools.cache
def _flags_cache() -> dict[str, int]:
    return {}


def _word_flags(word: str) -> int:
    """Whether *word* can begin a title (an anchor: its first word, or a word the title
    table's leader words, "minister" and "counterpart" begin) or a mention's lead (an
    opener: "the", a place or a qualifier), cached by word."""
    cache = _flags_cache()
    flags = cache.get(word)
    if flags is not None:
        return flags
    g = grammar()
    folded = word.casefold()
    flags = 0
    if word in g.anchors or folded in g.anchors:
        flags = _ANCHOR
        if folded == "minister":
            flags |= _MINISTER
        if folded.startswith("counterpart"):
            flags |= _COUNTERPART
    if word in g.openers or folded in g.openers:
        flags |= _OPENER
    if folded in plural_words():
        flags |= _PLURAL
    if len(cache) >= _FLAGS_CACHE_SIZE:
        cache.clear()
    cache[word] = flags
    return flags


def find_starts(text: str) -> Starts:
    # The words and where they start, without a match object per word: the split keeps
    # the text between words, so a running sum of lengths gives each word's start.
    parts = _WORD_SPLIT.on(text).split(text)
    words = parts[1::2]
    starts = list(itertools.accumulate(map(len, parts)))[0::2][: len(words)]
    flags: list[int | None] = list(map(_flags_cache().get, words))
    if None in flags:
        flags = [_word_flags(w) if f is None else f for w, f in zip(words, flags, strict=True)]
    lead: list[int] = []
    anchors: list[int] = []  # word indices
    counterparts: list[tuple[int, int]] = []
    plural: list[int] = []
    owned: list[int] = []
    for index in itertools.compress(range(len(words)), flags):
        flag = flags[index] or 0
        start = starts[index]
        if flag & _OPENER and text[start].isupper() and text.find("'s", start, start + 40) >= 0:
            owned.append(start)
        if flag & _PLURAL:
            plural.append(start)
            if flag == _PLURAL:
                continue
        if flag & _ANCHOR:
            anchors.append(index)
            if flag & _MINISTER:
                # "Petroleum Minister", "Natural Resources Minister": start words back.
                for back in range(max(0, index - 3), index):
                    if text[starts[back]].isupper():
                        lead.append(back)
            if flag & _COUNTERPART:
                span = (max(0, start - _COUNTERPART_SPAN[0]), start + _COUNTERPART_SPAN[1])
                counterparts.append(span)
        lead.append(index)
    # A mention's lead (the, a country, a qualifier) is followed by its title within a few
    # words ("the Democratic Republic of the Congo's Foreign Minister"): other openers
    # cannot start one.
    kept: set[int] = set()
    for index in lead:
        after = bisect.bisect_left(anchors, index)
        if after < len(anchors) and anchors[after] < index + _LEAD_WORDS:
            kept.add(starts[index])
    appositive: set[int] = set()
    done = -1  # anchors share commas: each comma's words are added once
    for anchor in anchors:
        at = starts[anchor]
        comma = text.rfind(",", max(0, at - 60), at)
        if comma == -1 or comma == done:
            continue
        done = comma
        first = bisect.bisect_left(starts, comma - _COMMA_AHEAD)
        last = bisect.bisect_left(starts, comma, first)
        appositive.update(_name_starts(text, words, starts, range(first, last), comma))
    return Starts(
        lead=sorted(kept),
        appositive=sorted(appositive),
        counterpart=counterparts,
        plural=plural,
        owned=owned,
    )


_NAME_GAP = compile_regex(r"[\s.'\-]*+")  # what may stand between the words of a name


def _name_starts(
    text: str, words: list[str], starts: list[int], indices: range, comma: int
) -> list[int]:
    """The capitalised words among *indices* from which a name can run to the first comma
    after them, as an appositive's must ("Nikolai Patrushev, the ..."): none of the words
    in between is in lower case (but for particles and after a hyphen or an apostrophe)
    and nothing but spaces, dots, hyphens and apostrophes stands between them."""
    found: list[int] = []
    blocked = False
    first = starts[indices.start] if indices else 0
    end = comma  # where the text after the word at hand ends (the next word or the comma)
    index = indices.stop - 1
    while index >= indices.start:
        word, start = words[index], starts[index]
        gap = text[start + len(word) : end]
        if "," in gap:
            # The first comma after this word ends a name that begins at or before it.
            blocked = _NAME_GAP.fullmatch(gap, 0, gap.index(",")) is None
        elif gap != " " and _NAME_GAP.fullmatch(gap) is None:
            blocked = True
        if word[0].islower() and word not in NAME_LOWER_WORDS and text[start - 1] not in "-'":
            blocked = True
        if not blocked and word[0].isupper():
            found.append(start)
        elif blocked:
            # Only a comma in a gap further back could unblock a word there; the words
            # between that comma and this word stay blocked, so the next one read is the
            # word before the comma.
            before = text.rfind(",", first, start)
            if before == -1:
                break
            index = bisect.bisect_left(starts, before, indices.start, index) - 1
            end = starts[index + 1]
            continue
        end = start
        index -= 1
    return found


def scan(
    pattern: _engine.Grammar | Callable[[int], _engine.Match | None],
    text: str,
    starts: list[int],
    guard: Callable[[int], object] | None = None,
    until: Callable[[_engine.Match], int] | None = None,
) -> list[_engine.Match]:
    """Leftmost, non-overlapping matches of *pattern* beginning at *starts* (as finditer).

    *pattern* is a grammar or a function matching at a position (a memo of one).
    *guard*, if given, is a cheaper test that must succeed at a start for *pattern* to
    match there (a pattern that *pattern* begins with): starts it rejects are skipped.
    *until*, if given, says where a match stops the starts after it from being tried (its
    end by default; earlier where the caller will drop the match's tail).
    """
    match = (
        functools.partial(pattern.on(text).match, text)
        if isinstance(pattern, _engine.Grammar)
        else pattern
    )
    found: list[_engine.Match] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        if guard is not None and not guard(start):
            continue
        m = match(start)
        if m is not None and m.end() > m.start():
            found.append(m)
            end = m.end() if until is None else max(until(m), start + 1)
    return found


def scan_spans(
    pattern: _engine.Grammar, text: str, spans: list[tuple[int, int]]
) -> list[_engine.Match]:
    """Leftmost, non-overlapping matches of *pattern* within *spans* (sorted, as finditer
    over each in turn, a match never overlapping the one before)."""
    found: list[_engine.Match] = []
    end = 0
    compiled = pattern.on(text)
    for start, stop in spans:
        for m in compiled.finditer(text, max(start, end), min(stop, len(text))):
            found.append(m)
            end = m.end()
    return found


class Spans:
    """Character spans already claimed by a mention, with fast overlap tests."""

    # No mention is longer than this, so an overlapping span starts at most this far back.
    _LONGEST = 1000

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._spans, (end, -1))
        while index > 0:
            index -= 1
            s, e = self._spans[index]
            if s < start - self._LONGEST:
                return False
            if e > start and s < end:
                return True
        return False
