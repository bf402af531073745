"""Sentence and clause segmentation by rule, with offsets into the text as given.

:func:`sentences` and :func:`clause_bounds` work on any text; :class:`Sentences` holds an
article's sentences after its dateline, with the clause bounds of each found once, and
:func:`reach` the stretch of a clause a rule reads around a word.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from dipnews._compiled import compile_regex
from dipnews._engine import Grammar
from dipnews.events.casefold import FoldedPattern
from dipnews.records import Dateline

__all__ = [
    "REACH",
    "Sentence",
    "Sentences",
    "clause_bounds",
    "clause_end",
    "clause_gates",
    "clause_start",
    "reach",
    "sentences",
]

#: How far (in characters) a rule looks around a trigger, whatever the clause's length:
#: keeps the work per trigger bounded, so run-on "sentences" stay linear.
REACH = 400

# A candidate sentence end: terminal punctuation, closing quotes/brackets, whitespace; or
# a paragraph break: a blank line, or a line break before an indented line. A single line
# break alone is no end: wire copy is often hard-wrapped in the middle of sentences.
_END = compile_regex(
    r"[.!?][\"'”’)\]]{0,3}+[ \t\r\n\u00a0]++|"
    r"(?P<paragraph>\r?\n[ \t\u00a0]*+\r?\n[ \t\r\n\u00a0]*+|\r?\n(?=[ \t\u00a0]{2,}+\S))"
)

# A blank line inside the space after terminal punctuation: a paragraph ends there,
# whatever starts the next ("...projectile.\n\n* Most G20 members...").
_BLANK_LINE = compile_regex(r"\n[ \t\u00a0]*+\r?\n")

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sr",
        "jr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "amb",
        "hon",
        "rev",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "h.e",
        "a.m",
        "p.m",
        "rs",
        "shri",
        "smt",
        "mt",
        "ft",
    ]
)

_WORD_BEFORE = Grammar(r"([\p{L}.]{1,12}+)$")  # for both engines (see dipnews._engine)

# Clause boundaries inside a sentence: a relative or adverbial clause, a semicolon, a dash.
# (No two branches can match at one position, so their order is free: the word branches
# share one ``\b``, which scans faster.)
_CLAUSE = FoldedPattern(
    r",\s*+(?:where|which|who|whom|whose|while|whereas|but|although|though|when|even\s+as|"
    r"amid|adding|saying|noting|stating|according)\b|;|\s(?:[—–]|--)\s|"
    r"\b(?:while\b|whereas\b|"
    # a reporting verb starts its complement ("Reagan noted that Baker met X")
    r"(?:said|says|noted|notes|added|adds|stated|announced|reported|confirmed|recalled|"
    r"believed|believes)\s++(?:that\s++)?(?=\p{L})|"
    # "told reporters (that)", "told a news conference": the complement after the hearer
    r"(?:told|tells)\s++(?:(?:a|the)\s++)?(?:reporters|journalists|the\s+media|media|"
    r"(?:news|press)\s+(?:conference|briefing)|parliament|lawmakers)\s++(?:that\s++)?(?=\p{L})"
    r"(?!(?:after|before|during|following|on|in|at|while|when)\b))",
    regex.IGNORECASE,
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text[start:end]``, stripped of outer whitespace."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _END.finditer(text, start, stop):
        if (
            m.group("paragraph") is not None
            or (
                text.count("\n", m.start(), m.end()) > 1
                and _BLANK_LINE.search(text, m.start(), m.end()) is not None
            )
            or _is_boundary(text, m.start(), m.end(), stop)
        ):
            _push(text, begin, m.end(), spans)
            begin = m.end()
    _push(text, begin, stop, spans)
    return spans


def _is_boundary(text: str, dot: int, after: int, stop: int) -> bool:
    if text[dot] == ".":
        word = _WORD_BEFORE.on(text).search(text, max(0, dot - 12), dot)
        if word is not None:
            w = word.group(1).lower().strip(".")
            initials = len(w) <= 7 and all(len(part) == 1 for part in w.split("."))
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or initials:
                return False
    if after >= stop:
        return True
    nxt = text[after]
    return nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# Where a clause boundary may start in a folded text: every match of _CLAUSE begins with a
# comma, a semicolon, the character before a dash or one of its words. Each is found by
# ``str.find`` (a pattern trying every position, even with look-aheads for the words, costs
# three times as much): the same offsets as a scan of every position, words inside words
# included.
_GATE_STRINGS = (
    ",",
    ";",
    "while",
    "whereas",
    "said",
    "says",
    "noted",
    "notes",
    "added",
    "adds",
    "stated",
    "announced",
    "reported",
    "confirmed",
    "recalled",
    "believed",
    "believes",
    "told",
    "tells",
)


def clause_gates(low: str) -> list[int]:
    """Every offset of a folded text (:func:`~dipnews.events.casefold.folded`) where a clause
    boundary may start, in order: :func:`clause_bounds` tries only these."""
    found: list[int] = []
    find = low.find
    for word in _GATE_STRINGS:
        i = find(word)
        while i >= 0:
            found.append(i)
            i = find(word, i + 1)
    for dash in ("-", "\u2014", "\u2013"):  # the character before a dash (or "--")
        i = find(dash, 1)
        while i >= 0:
            if dash != "-" or low.startswith("-", i + 1):
                found.append(i - 1)
            i = find(dash, i + 1)
    return sorted(set(found))


def clause_bounds(
    text: str, start: int, end: int, low: str | None = None, gates: list[int] | None = None
) -> list[int]:
    """Offsets inside ``text[start:end]`` where a new clause starts (sorted).

    *low*, the text's :func:`~dipnews.events.casefold.folded` copy where there is one, and
    *gates*, :func:`clause_gates` of *low*, only make it faster.
    """
    pattern, target = _CLAUSE.for_text(text, low)
    if gates is None or target is not low:
        return [m.start() for m in pattern.finditer(target, start, end)]
    found: list[int] = []
    after = start
    for i in range(bisect.bisect_left(gates, start), len(gates)):
        pos = gates[i]
        if pos >= end:
            break
        if pos < after:
            continue
        m = pattern.match(target, pos, end)
        if m is not None:
            found.append(pos)
            after = m.end()
    return found


# --------------------------------------------------------------------------------------
# An article's sentences.
# --------------------------------------------------------------------------------------

# A metadata line some corpora open an article with ("date 2025-11-20").
_METADATA = compile_regex(r"\A\s*+date\s++\d{4}-\d{2}-\d{2}\s*+")


@attrs.frozen
class Sentence:
    """One sentence: its index among the text's sentences and its span."""

    index: int
    start: int
    end: int


class Sentences:
    """The sentences of an article's body (after its dateline or metadata line), in order,
    with the clause bounds of each found once.

    *low* is the text's folded copy (:func:`~dipnews.events.casefold.folded`) where there is
    one: the clause patterns run on it, faster.
    """

    def __init__(self, text: str, low: str | None, dateline: Dateline | None) -> None:
        self.text = text
        self.low = low
        self.body = _body_start(text, dateline)
        body = self.body
        found = [Sentence(i, s, e) for i, (s, e) in enumerate(sentences(text, 0))]
        for i, s in enumerate(found):
            if s.start < body < s.end:
                found[i] = Sentence(s.index, _skip_space(text, body), s.end)
        self.all = [s for s in found if s.end > body and s.start < s.end]
        self.indices = [s.index for s in self.all]
        self._bounds: dict[int, list[int]] = {}
        self._gates: list[int] | None = None  # where clause bounds may start

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.all)

    def floor(self, index: int) -> int:
        """Start offset of the first sentence whose index is *index* or more."""
        i = bisect.bisect_left(self.indices, index)
        return self.all[i].start if i < len(self.all) else len(self.text)

    def at(self, index: int) -> Sentence | None:
        """The sentence of index *index*, if it is in the body."""
        i = bisect.bisect_left(self.indices, index)
        if i < len(self.all) and self.all[i].index == index:
            return self.all[i]
        return None

    def clause_bounds(self, sent: Sentence) -> list[int]:
        """Clause starts inside *sent* (:func:`clause_bounds`), computed once."""
        found = self._bounds.get(sent.start)
        if found is None:
            if self._gates is None and self.low is not None:
                self._gates = clause_gates(self.low)
            found = clause_bounds(self.text, sent.start, sent.end, self.low, self._gates)
            self._bounds[sent.start] = found
        return found


def _body_start(text: str, dateline: Dateline | None) -> int:
    """Where the article's body starts: after its dateline, else after a metadata line."""
    body = 0
    if dateline is not None and dateline.end <= len(text):
        body = dateline.end
    meta = _METADATA.match(text)
    if meta is not None and meta.end() > body and dateline is None:
        body = meta.end()
    return body


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in "-–—:"):
        pos += 1
    return pos


def clause_start(bounds: list[int], sent: Sentence, pos: int) -> int:
    """Where the clause holding *pos* starts (*bounds*: the sentence's clause bounds)."""
    i = bisect.bisect_right(bounds, pos - 1) - 1
    return bounds[i] if i >= 0 else sent.start


def clause_end(bounds: list[int], sent: Sentence, pos: int) -> int:
    """Where the clause holding *pos* ends (*bounds*: the sentence's clause bounds)."""
    i = bisect.bisect_right(bounds, pos)
    return bounds[i] if i < len(bounds) else sent.end


def reach(bounds: list[int], sent: Sentence, start: int, end: int) -> tuple[int, int]:
    """The stretch a rule reads around the word at ``[start, end)``: its clause, at most
    :data:`REACH` characters either side."""
    return (
        max(clause_start(bounds, sent, start), start - REACH),
        min(clause_end(bounds, sent, end), end + REACH),
    )
