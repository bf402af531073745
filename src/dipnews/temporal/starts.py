"""Where an expression may start, and which rules to try there.

Every rule opens at a word start (``(?<!\\w)``) with a number or one of a few words;
:func:`starts` finds them (one scan for numbers, one for words) and gives, for each, the
rules (by their place in :data:`~dipnews.temporal.rules.PATTERNS`) that can open there.
"""

from __future__ import annotations

import regex

from dipnews import _engine
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._engine import Grammar
from dipnews._patterns import literal_trie
from dipnews.temporal.casing import lower_reads_alike
from dipnews.temporal.grammar import FULL_MONTHS, spellings

__all__ = ["starts"]

# Where an expression can start. Every pattern opens at a word start (``(?<!\w)``) with a
# number or one of a few words; _starts finds them (one scan for numbers, one for words)
# and _PATTERNS_AT (for numbers: _AFTER_DIGIT_BY_CHAR, by the character after the digits)
# gives the patterns that can open there. A superset is harmless (a pattern that cannot
# match fails at once); a pattern left out would lose matches. The patterns are tried only
# there, each resuming after its last match as finditer would, which finds the same
# matches as scanning the whole text with every pattern (the tests compare the two) at a
# fraction of the cost.
_MONTH_STARTS = (0, 2, 4, 10)
_PARTS = (
    "early", "mid", "late", "end", "start", "beginning", "middle", "first", "second", "latter",
    "third", "fourth", "final",
)  # fmt: skip
_PATTERNS_AT: dict[str, tuple[int, ...]] = {
    # "June." opens "June. 5" and, read without its dot, "in June." (a full name).
    **{
        n: (*_MONTH_STARTS, 11, 14) if n.rstrip(".") in FULL_MONTHS else _MONTH_STARTS
        for n in spellings(MONTHS)
    },
    **dict.fromkeys(spellings(WEEKDAYS), (4, 5, 16)),
    "from": (0, 1, 2, 3),
    "between": (0, 1, 2, 3),
    # "last week of May" (9, 12); "this week" (17, not "past week"); "last May"; "next Monday".
    "last": (9, 12, 13, 16, 17),
    **dict.fromkeys(("next", "this", "coming", "previous"), (13, 16, 17)),
    "past": (13, 16),
    **dict.fromkeys(_PARTS, (9, 12, 17)),
    **dict.fromkeys(("today", "tonight", "yesterday", "tomorrow", "earlier", "later"), (17,)),
    "the": (1, 3, 5, 9, 12, 17),
}
_ANY_PATTERN = tuple(range(18))

# A month, "from"/"between" or a number followed by a plain space opens only the patterns
# that can go on with the first character after the (one to three) spaces: a number after
# a month, a month or a day after "from", a month, "of", a connector or a unit after a
# number. Only printable ASCII characters narrow the choice; anything else keeps it all.
_PRINTABLE = frozenset(map(chr, range(0x21, 0x7F)))
_MONTH_LETTERS = "jfmasondJFMASOND"


def _by_first_letter(*rules: tuple[int, str]) -> dict[str, tuple[int, ...]]:
    return {c: tuple(i for i, letters in rules if c in letters) for c in _PRINTABLE}


_MONTH_THEN_SPACE = _by_first_letter(*((i, "0123456789") for i in _MONTH_STARTS))
_FROM_THEN_SPACE = _by_first_letter(
    (0, _MONTH_LETTERS), (1, "tT0123456789"), (2, _MONTH_LETTERS), (3, "tT0123456789")
)
_DIGIT_THEN_SPACE = _by_first_letter(
    (1, _MONTH_LETTERS + "oO"), (3, "-tauTAU"), (5, _MONTH_LETTERS + "oO"), (17, "dwmyDWMY")
)
_MONTH_WORDS = frozenset(spellings(MONTHS))


def _after_spaces(text: str, end: int) -> str:
    """The character after the plain spaces (three at most) at *end*; "" at the end."""
    i, stop = end, min(len(text), end + 3)
    while i < stop and text[i] == " ":
        i += 1
    return text[i] if i < len(text) else ""


def _narrowed(
    text: str, end: int, every: tuple[int, ...], then_space: dict[str, tuple[int, ...]]
) -> tuple[int, ...]:
    """The patterns of *every* that can go on after a word that ends at *end*, when none
    can go on with anything but white space."""
    after = text[end] if end < len(text) else ""
    if after == " ":
        return then_space.get(_after_spaces(text, end), every)
    return () if after == "" or after in _PRINTABLE else every


_START_WORD = rf"(?:{literal_trie(_PATTERNS_AT)})(?!\w)"
# Case-sensitively on a lower-cased copy (cheaper, and the same places: lower() keeps every
# character's length and word-ness but for "İ", and maps to an ASCII letter what regex's
# IGNORECASE matches with it but for "ſ"; a text holding either is read case-blind).
# For both engines: the standard library's scans the start words' tree about 1.5 times
# faster (see dipnews._engine; on the number pattern it is three times slower, so that
# one stays with regex).
_START_AFTER_GAP = Grammar(rf"\W{_START_WORD}")
_START_AT = regex.compile(_START_WORD)
_START_AFTER_GAP_I = regex.compile(rf"\W{_START_WORD}", regex.IGNORECASE)
_START_AT_I = regex.compile(_START_WORD, regex.IGNORECASE)
_NUMBER = regex.compile(r"(?<!\w)\d{1,3}")
# What can open at a number, by what follows its (one or two) digits: a day, its ordinal
# suffix ("1st", any case), "17-Nov-2025", "17/11/2025", "3 days ago", "17-18 May".
_AFTER_DIGITS = (6, 15)  # three digits or more: a year, never a day or a count
_AFTER_DIGIT_ANY = (1, 3, 5, 7, 8, 17)
_AFTER_DIGIT_SPACE = (1, 3, 5, 17)
_AFTER_DIGIT_BY_CHAR: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(" \t\n\r\xa0", _AFTER_DIGIT_SPACE),
    **dict.fromkeys("/.", (8,)),
    "-": (3, 7),
    **dict.fromkeys("–—‐‑", (3,)),
    **dict.fromkeys("sSnNrRtT", (1, 3, 5, 7)),
    # Another ASCII letter or a comma, a colon...: nothing ("5G", "3km", "44,").
    **dict.fromkeys("abcdefghijklmopquvwxyzABCDEFGHIJKLMOPQUVWXYZ,;:)%'\"", ()),
}
# "the" opens an expression only before a day, a part of a month or "day before...".
_AFTER_THE = regex.compile(
    r"\s{1,3}(?:\d|beginning|start|middle|end|first|second|latter|third|fourth|last|final"
    r"|day)",
    regex.IGNORECASE,
)
# "a week ago", "three days ago": counted words open an expression only before "ago".
_AGO = regex.compile(r"ago", regex.IGNORECASE)
_COUNT_STARTS = regex.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s{1,3}(?:day|week|month|year))",
    regex.IGNORECASE,
)


def starts(text: str) -> list[tuple[int, tuple[int, ...]]]:
    """Where expressions may start, in order, with the patterns to try there."""
    found: list[tuple[int, tuple[int, ...]]] = []
    size = len(text)
    for m in _NUMBER.finditer(text):
        end = m.end()
        if end - m.start() == 3:
            found.append((m.start(), _AFTER_DIGITS))
        elif end == size:
            found.append((m.start(), _AFTER_DIGIT_ANY))
        elif text[end] == " ":
            after = _after_spaces(text, end)
            found.append((m.start(), _DIGIT_THEN_SPACE.get(after, _AFTER_DIGIT_SPACE)))
        else:
            found.append((m.start(), _AFTER_DIGIT_BY_CHAR.get(text[end], _AFTER_DIGIT_ANY)))
    gap: _engine.Pattern
    if not lower_reads_alike(text):
        scan, gap, at = text, _START_AFTER_GAP_I, _START_AT_I
    else:
        # The lower-cased copy of a plain text is plain too (tests/test_engine.py).
        scan, gap, at = text.lower(), _START_AFTER_GAP.on(text), _START_AT
    words = [(m.start() + 1, m.end()) for m in gap.finditer(scan)]
    if (first := at.match(scan)) is not None:
        words.insert(0, (0, first.end()))
    for start, end in words:
        word = text[start:end].casefold()
        if word == "the" and _AFTER_THE.match(text, end) is None:
            continue
        if word in _MONTH_WORDS:
            if end < size and text[end] == ",":
                opens: tuple[int, ...] = (10,)  # "May, 2025"
            else:
                opens = _narrowed(text, end, _MONTH_STARTS, _MONTH_THEN_SPACE)
            if word.rstrip(".") in FULL_MONTHS:
                opens += (11, 14)
        elif word in ("from", "between"):
            opens = _narrowed(text, end, (0, 1, 2, 3), _FROM_THEN_SPACE)
        else:
            # A letter that folds to two ("İ") has no entry: try everything there.
            opens = _PATTERNS_AT.get(word, _ANY_PATTERN)
        found.append((start, opens))
    if _AGO.search(text) is not None:
        found.extend((m.start(), (17,)) for m in _COUNT_STARTS.finditer(text))
    found.sort()
    return found
