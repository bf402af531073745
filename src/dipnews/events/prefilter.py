"""Find the matches of a long alternation through a cheap pattern of where they may start.

A trigger table compiles to one alternation of some thirty rows, and the ``regex`` module
tries every row at every word start: most of the time a trigger scan costs goes on words
no row can start with. :class:`Scanner` first finds the positions where some row could
start (a prefix tree of the first few characters each row can begin with, derived from
the rows themselves by partial matching) and tries the full pattern only there. It yields
exactly what ``pattern.finditer`` yields:

* a position no row can start at gives no match, and every position a row can start at is
  a candidate: a row's match either begins with a prefix in the tree, or is shorter than
  the prefixes and is in the tree whole, or has a character outside the alphabet the
  tree was built over among its first characters, and in a text that holds such a
  character the candidate pattern accepts that case as well;
* candidates are tried in order, from the end of the last match on, as ``finditer``
  tries positions.

>>> from dipnews._engine import Grammar
>>> from dipnews.events.prefilter import Scanner
>>> rows = ["met(?:\\\\s+with)?", "talks", "on\\\\s+a\\\\s+visit"]
>>> not_after = r"\\p{L}\\p{N}"
>>> full = Grammar(f"(?<![{not_after}])(?:" + "|".join(rows) + r")(?![\\p{L}\\p{N}])")
>>> text = "they met with him on a visit for talks; the metro ran on time"
>>> scanner = Scanner(rows, full, not_after)
>>> found = scanner.finditer(text, 0, len(text), scanner.candidates(text))
>>> [m.group() for m in found]
['met with', 'on a visit', 'talks']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import regex

from dipnews import _engine
from dipnews._compiled import compile_regex
from dipnews._patterns import literal_trie

__all__ = ["Scanner"]

#: How many characters of each row's start the candidate pattern checks.
_DEPTH = 4
#: Above this many prefixes the table is too open-ended to gain anything: no prefilter.
_MAX_PREFIXES = 4000
#: Characters the prefix tree is built over (a folded text holds few others).
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz0123456789 \t\n\r\u00a0-–—'’‘.,;:!?\"“”()[]{}<>/\\|&%$*+=#@_^~`"
    "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
)


class Scanner:
    """``full.finditer`` through a prefilter.

    *full* must be a look-behind, ``(?<![not_after])`` (a match follows none of the
    characters of the class *not_after*, such as letters: a word start), followed by an
    alternation of *rows*, case-sensitive (for folded text), for both engines.
    """

    __slots__ = ("after", "at_start", "closed", "full", "open", "outside")

    def __init__(self, rows: Sequence[str], full: _engine.Grammar, not_after: str) -> None:
        self.full = full
        flags = full.flags & ~regex.IGNORECASE
        prefixes = _prefixes(rows, flags)
        lead = f"(?<![{not_after}])"
        self.closed: _engine.Grammar | None = None
        self.after: _engine.Grammar | None = None
        self.at_start: _engine.Grammar | None = None
        self.open: regex.Pattern[str] | None = None
        inside = "".join(regex.escape(ch) for ch in _ALPHABET)
        # A set of literal characters means the same to both engines; the standard
        # library's scans a text for one outside it several times faster.
        self.outside = re.compile(f"[^{inside}]")
        if prefixes is not None:
            trie = literal_trie(sorted(prefixes))
            # For both engines: the standard library's scans a literal tree some three
            # times faster (see dipnews._engine).
            self.closed = _engine.Grammar(f"{lead}(?={trie})", flags)
            # The same candidates, but the character before each is matched: a pattern
            # that begins with a character set lets the standard library's engine skip
            # ahead to the next such character instead of trying every position. The
            # text's start, with no character before it, is asked apart.
            self.after = _engine.Grammar(f"[^{not_after}](?={trie})", flags)
            self.at_start = _engine.Grammar(f"(?={trie})", flags)
            # A row may run into a character outside the alphabet before its prefix ends.
            near = f"[{inside}]{{0,{_DEPTH - 1}}}+[^{inside}]"
            self.open = compile_regex(f"{lead}(?={trie}|{near})", flags)

    def candidates(self, text: str) -> _engine.Pattern | None:
        """The candidate pattern for *text* (``None``: try every position)."""
        if self.closed is None or self.outside.search(text) is not None:
            return self.open
        return self.closed.on(text)

    def finditer(
        self, text: str, pos: int, endpos: int, candidates: _engine.Pattern | None
    ) -> Iterator[_engine.Match]:
        """The matches ``self.full.finditer(text, pos, endpos)`` gives, in order;
        *candidates* is :meth:`candidates` of *text*."""
        starts = (
            None
            if candidates is None
            else [c.start() for c in candidates.finditer(text, pos, endpos)]
        )
        return self.finditer_at(text, pos, endpos, starts)

    def starts(self, text: str) -> list[int] | None:
        """Every candidate position of the whole *text*, in order (``None``: every
        position). A superset of the candidates of any ``text[:endpos]``, so
        :meth:`finditer_at` may answer any stretch of *text* from it."""
        if self.after is None or self.at_start is None or self.outside.search(text) is not None:
            pattern = self.candidates(text)
            return None if pattern is None else [c.start() for c in pattern.finditer(text)]
        plain = _engine.plain(text)
        found = [c.end() for c in self.after.pick(plain).finditer(text)]
        if text and self.at_start.pick(plain).match(text) is not None:
            found.insert(0, 0)
        return found

    def finditer_at(
        self, text: str, pos: int, endpos: int, starts: list[int] | None
    ) -> Iterator[_engine.Match]:
        """The matches ``self.full.finditer(text, pos, endpos)`` gives, in order;
        *starts* is :meth:`starts` of *text*."""
        full = self.full.on(text)
        if starts is None:
            yield from full.finditer(text, pos, endpos)
            return
        after = pos
        for i in range(bisect.bisect_left(starts, pos), len(starts)):
            start = starts[i]
            if start >= endpos:
                break
            if start < after:
                continue
            m = full.match(text, start, endpos)
            if m is not None:
                yield m
                after = m.end()


def _prefixes(rows: Sequence[str], flags: int) -> set[str] | None:
    """The strings of the alphabet a match of a row can begin with (its first
    :data:`_DEPTH` characters, or all of it if shorter); ``None`` if too many."""
    found: set[str] = set()
    for row in rows:
        pattern = compile_regex(row, flags)
        if pattern.fullmatch("") is not None:
            return None  # a row matching nothing: every position is a candidate
        level = [""]
        for depth in range(1, _DEPTH + 1):
            longer: list[str] = []
            for prefix in level:
                for ch in _ALPHABET:
                    candidate = prefix + ch
                    if pattern.fullmatch(candidate, partial=True) is None:
                        continue
                    if depth == _DEPTH or pattern.fullmatch(candidate) is not None:
                        found.add(candidate)
                    longer.append(candidate)
            level = longer
            if len(found) + len(level) > _MAX_PREFIXES:
                return None
    return found
