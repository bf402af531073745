"""Sentence and clause segmentation by rule, with offsets into the text as given."""

from __future__ import annotations

import regex

from dipnews._events.fold import FoldedPattern

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

_WORD_BEFORE = regex.compile(r"([\p{L}.]{1,12}+)$")

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
        word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
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


def clause_bounds(text: str, start: int, end: int, low: str | None = None) -> list[int]:
    """Offsets inside ``text[start:end]`` where a new clause starts (sorted).

    *low*, the text's :func:`~dipnews._events.fold.folded` copy where there is one, only
    makes it faster.
    """
    return [m.start() for m in _CLAUSE.finditer(text, low, start, end)]
