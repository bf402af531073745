"""Sentence and clause segmentation by rule, with offsets into the text as given."""

from __future__ import annotations

import bisect

import regex

from dipnews._engine import Grammar
from dipnews.events.casefold import FoldedPattern

__all__ = ["clause_bounds", "sentences"]

# A candidate sentence end: terminal punctuation, closing quotes/brackets, whitespace; or
# a paragraph break: a blank line, or a line break before an indented line. A single line
# break alone is no end: wire copy is often hard-wrapped in the middle of sentences.
_END = regex.compile(
    r"[.!?][\"'”’)\]]{0,3}+[ \t\r\n\u00a0]++|"
    r"(?P<para>\r?\n[ \t\u00a0]*+\r?\n[ \t\r\n\u00a0]*+|\r?\n(?=[ \t\u00a0]{2,}+\S))"
)

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
    r"believed|believes)\s++(?:that\s++)?(?=\p{L}))",
    regex.IGNORECASE,
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text[start:end]``, stripped of outer whitespace."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _END.finditer(text, start, stop):
        if m.group("para") is not None or _is_boundary(text, m.start(), m.end(), stop):
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
