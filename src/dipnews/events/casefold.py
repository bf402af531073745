"""Case-insensitive patterns run case-sensitively on a case-folded copy of the text.

The ``regex`` module matches a case-insensitive alternation several times slower than a
case-sensitive one (it tries every case variant, and with full case folding every
multi-character fold, at every position). Where every character of a text folds to a
single character, the folded copy has the same offsets, and a pattern written in lower
case (no capital letters outside ``\\p{...}`` property names, no ``\\S``/``\\W``/``\\D``/
``\\B``) matches it case-sensitively exactly where it matches the text case-insensitively
(``tests/test_events_casefold.py`` checks this for every code point), once ``\\p{Lu}``, which
case-insensitively accepts any cased letter, reads ``\\p{LC}``. Elsewhere (a text with
``ß``, a ligature, Cherokee or mathematical capitals, a pattern with capitals) the
case-insensitive pattern is used as is.

>>> import regex
>>> from dipnews.events.casefold import FoldedPattern, folded
>>> p = FoldedPattern(r"\\bmet\\b", regex.IGNORECASE)
>>> text = "Lavrov MET Wang."
>>> p.search(text, folded(text), 0, len(text)).span()
(7, 10)
>>> folded("Straße") is None
True
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dipnews import _engine
from dipnews._compiled import compile_regex

__all__ = ["FoldedPattern", "foldable", "folded", "sensitive_twin"]

# Properties a folded pattern may use, and what each reads outside and inside a set.
_PROPERTIES = {
    "\\p{L}": ("\\p{L}", "\\p{L}"),
    "\\p{Ll}": ("\\p{Ll}", "\\p{Ll}"),
    "\\p{Lu}": ("\\p{LC}", None),
    "\\p{N}": ("\\p{N}", "\\p{N}"),
    "\\p{Nd}": ("\\p{Nd}", "\\p{Nd}"),
}
_TOKEN = compile_regex(
    r"(?P<group>\(\?P(?:<[^>]*+>|[=>][^)]*+\)))|\\[pP]\{[^}]*+\}|\\.|\[\^?\]?|.", regex.DOTALL
)
_FLAGS_OFF = compile_regex(r"\(\?\^|\(\?[a-z]*-")
# What a folded text may not hold: capitals left by the fold (letters with no lower case,
# Cherokee, which folds to capitals) and U+0345, a combining mark that folds to a letter.
_UNFOLDED = _engine.Grammar(r"[\p{Lu}\p{Lt}]")
_IOTA = "\u0345"


def folded(text: str) -> str | None:
    """``text.casefold()`` when it keeps every offset and leaves no capital, else ``None``."""
    low = text.casefold()
    if len(low) != len(text) or _IOTA in text or _UNFOLDED.on(text).search(low) is not None:
        return None
    _engine.plain_copy(low, text)
    return low


def foldable(pattern: str) -> bool:
    """True when *pattern* is written in lower case (see the module docstring)."""
    return sensitive_twin(pattern) is not None


def sensitive_twin(pattern: str) -> str | None:
    """The pattern to run case-sensitively on folded text, or ``None``.

    ``\\p{Lu}`` outside a set accepts any cased letter case-insensitively, so it reads
    ``\\p{LC}``; inside a set it has no folded equivalent.
    """
    if _FLAGS_OFF.search(pattern):
        return None  # a (?-i:...) section keeps its case
    out: list[str] = []
    depth = 0
    for m in _TOKEN.finditer(pattern):
        token = m.group()
        if m.group("group") is not None:
            pass  # a group's name: (?P<name>...), (?P=name), (?P>name)
        elif token.startswith(("\\p", "\\P")):
            readings = _PROPERTIES.get(token)
            reading = None if readings is None else readings[1 if depth else 0]
            if reading is None:
                return None
            token = reading
        elif any(ch.isupper() for ch in token):
            return None  # a capital, \\S, \\W, \\B, \\N{...}: not a lower-case pattern
        elif token.startswith("["):
            depth += 1  # (a "]" right after "[" or "[^" is a member: part of the token)
        elif token == "]" and depth:
            depth -= 1
        out.append(token)
    return "".join(out)


class FoldedPattern:
    """A case-insensitive pattern with its case-sensitive twin for folded texts.

    Every method takes the text and its folded copy (:func:`folded`, ``None`` when there
    is none) and returns matches against the copy where there is one: their offsets are
    the text's, their groups the copy's (lower case). The twin is a grammar for both
    engines (:class:`dipnews._engine.Grammar`): a plain copy is read by the faster one.
    """

    __slots__ = ("insensitive", "sensitive")

    def __init__(self, pattern: str, flags: int) -> None:
        self.insensitive: regex.Pattern[str] = compile_regex(pattern, flags)
        self.sensitive: _engine.Grammar | None = None
        twin = sensitive_twin(pattern) if flags & regex.IGNORECASE else None
        if twin is not None:
            self.sensitive = _engine.Grammar(twin, flags & ~regex.IGNORECASE)

    def for_text(self, text: str, low: str | None) -> tuple[_engine.Pattern, str]:
        """The pattern to run and the string to run it on (the text or its folded copy)."""
        if low is not None and self.sensitive is not None:
            return self.sensitive.on(low), low
        return self.insensitive, text

    def search(self, text: str, low: str | None, pos: int, endpos: int) -> _engine.Match | None:
        pattern, target = self.for_text(text, low)
        return pattern.search(target, pos, endpos)

    def match(self, text: str, low: str | None, pos: int, endpos: int) -> _engine.Match | None:
        pattern, target = self.for_text(text, low)
        return pattern.match(target, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int, endpos: int
    ) -> Iterator[_engine.Match]:
        pattern, target = self.for_text(text, low)
        return pattern.finditer(target, pos, endpos)
