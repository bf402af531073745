"""Where an expression may start, and which rules to try there.

Every rule opens at a word start (``(?<!\\w)``) with a number or one of a few words, as
its :class:`~dipnews.temporal.rules.Opening` declarations say. :class:`Openings` gathers
those declarations into one :class:`Door` per word (and per kind of number): the rules
that word opens, narrowed by what follows it. :meth:`Openings.starts` finds the words and
numbers of a text (one scan for numbers, one for words) and gives, for each, the rules to
try there.

Rules are given by rank: their place in the rule list, which is also their priority. No
rank is written anywhere; the doors count them from the list, so a rule added anywhere
in it is tried where it declares, and every other rule where it did before.

The rules are tried only there, each resuming after its last match as ``finditer``
would, which finds the same matches as scanning the whole text with every rule (the tests
compare the two) at a fraction of the cost. A door that opens a rule where it cannot
match costs a failed try; one that leaves out a rule where it can match would lose that
match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from dipnews import _engine
from dipnews._compiled import compile_regex
from dipnews._engine import Grammar
from dipnews._patterns import literal_trie
from dipnews.temporal.casing import lower_reads_alike
from dipnews.temporal.grammar import NUMBER_WORDS, UNITS
from dipnews.temporal.rules import RULES, Follow, Rule, Start

__all__ = ["OPENINGS", "Door", "Openings", "starts"]

# The characters a Follow tells apart; where any other follows, every rule is tried.
_PRINTABLE = frozenset(map(chr, range(0x21, 0x7F)))

_NUMBER = compile_regex(r"(?<!\w)\d{1,3}")
# "a week ago", "three days ago": number words open an expression only before a unit, in
# a text that says "ago" (they are too common to be start words).
_AGO = compile_regex(r"ago", regex.IGNORECASE)
_COUNT_WORD = compile_regex(
    rf"\b{literal_trie(NUMBER_WORDS)}(?=\s{{1,3}}(?:{'|'.join(UNITS)}))", regex.IGNORECASE
)


def _both_cases(chars: str) -> frozenset[str]:
    return frozenset(chars.lower() + chars.upper())


def _after_spaces(text: str, end: int) -> str:
    """The character after the plain spaces (three at most) at *end*; "" at the end."""
    i, stop = end, min(len(text), end + 3)
    while i < stop and text[i] == " ":
        i += 1
    return text[i] if i < len(text) else ""


class Door:
    """The rules one word (or kind of number) opens, by what follows it.

    *openings*: ``(rank, follow)`` for each rule that opens there, *follow* as
    :attr:`Opening.follow <dipnews.temporal.rules.Opening.follow>` holds it.
    :attr:`open` gives the rules opened by a word that ends at a given place of a text.
    """

    __slots__ = (
        "_after_space",
        "_always",
        "_at_once",
        "_lookaheads",
        "_narrowed",
        "_spaced",
        "fixed",
        "open",
    )

    #: The rules opened by the word that ends at *end* in *text*: ``open(text, end)``.
    open: Callable[[str, int], tuple[int, ...]]

    def __init__(self, openings: Sequence[tuple[int, Follow | regex.Pattern[str] | None]]) -> None:
        self._always = tuple(rank for rank, follow in openings if follow is None)
        narrowed = [(rank, f) for rank, f in openings if isinstance(f, Follow)]
        self._narrowed = tuple(rank for rank, _ in narrowed)
        self._spaced = tuple(rank for rank, f in narrowed if f.after_space is not None)
        # Right after the word: the rules that go on with each printable ASCII character
        # (and each other character a rule names); none at the end of the text.
        told = _PRINTABLE.union(*(f.at_once for _, f in narrowed))
        at_once = [(rank, _both_cases(f.at_once)) for rank, f in narrowed]
        self._at_once = {c: tuple(r for r, chars in at_once if c in chars) for c in told}
        self._at_once[""] = ()
        # After plain spaces: by the first printable ASCII character after them.
        after = [(r, _both_cases(f.after_space)) for r, f in narrowed if f.after_space is not None]
        self._after_space = {c: tuple(r for r, chars in after if c in chars) for c in _PRINTABLE}
        lookaheads: dict[regex.Pattern[str], list[int]] = {}
        for rank, follow in openings:
            if isinstance(follow, regex.Pattern):
                lookaheads.setdefault(follow, []).append(rank)
        self._lookaheads = tuple((p, tuple(ranks)) for p, ranks in lookaheads.items())
        #: The rules opened whatever follows, where no rule looks at what follows (else None).
        self.fixed = None if self._narrowed or self._lookaheads else self._always
        # The least work that gives the answer (a door is asked at every start).
        if self.fixed is not None:
            self.open = self._fixed
        elif not self._always and not self._lookaheads:
            self.open = self._narrow
        elif not self._always and not self._narrowed and len(self._lookaheads) == 1:
            self.open = self._lookahead
        else:
            self.open = self._any

    def _fixed(self, text: str, end: int) -> tuple[int, ...]:
        return self._always

    def _narrow(self, text: str, end: int) -> tuple[int, ...]:
        """The rules of the :class:`Follow` openings that go on with what follows *end*."""
        after = text[end : end + 1]
        if after == " ":
            return self._after_space.get(_after_spaces(text, end), self._spaced)
        ranks = self._at_once.get(after)
        if ranks is None:  # other white space, or a character no Follow tells apart
            return self._spaced if after.isspace() else self._narrowed
        return ranks

    def _lookahead(self, text: str, end: int) -> tuple[int, ...]:
        """The rules of the one pattern that says what may follow ("the")."""
        ((pattern, ranks),) = self._lookaheads
        return ranks if pattern.match(text, end) is not None else ()

    def _any(self, text: str, end: int) -> tuple[int, ...]:
        found = self._always
        if self._narrowed:
            found += self._narrow(text, end)
        for pattern, ranks in self._lookaheads:
            if pattern.match(text, end) is not None:
                found += ranks
        return found


class Openings:
    """Where each of *rules* may open, from their own declarations: a :class:`Door` for
    each word and kind of number they declare, and the scans that find them."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        declared: dict[str | Start, list[tuple[int, Follow | regex.Pattern[str] | None]]] = {}
        for rank, rule in enumerate(rules):
            for opening in rule.opens:
                for at in opening.at:
                    declared.setdefault(at, []).append((rank, opening.follow))
        self.doors = {at: Door(openings) for at, openings in declared.items()}
        empty = Door(())
        self._number = self.doors.get(Start.NUMBER, empty)
        self._long_number = self.doors.get(Start.LONG_NUMBER, empty)
        self._count_word = self.doors.get(Start.COUNT_WORD, empty)
        self._count_words = Start.COUNT_WORD in self.doors
        # A word read case-blind whose case-folding is no word of a door ("İ" folds to
        # two letters): every rule is tried there.
        self._every = tuple(range(len(rules)))
        words = {at: door for at, door in self.doors.items() if isinstance(at, str)}
        # The rules a word opens whatever follows it, looked up at once; the others' doors.
        self._fixed = {w: door.fixed for w, door in words.items() if door.fixed is not None}
        self._narrowing = {w: door for w, door in words.items() if door.fixed is None}
        word = rf"(?:{literal_trie(words)})(?!\w)"
        # Case-sensitively on a lower-cased copy where that reads the same (see
        # dipnews.temporal.casing). For both engines: the standard library's scans the
        # start words' tree about 1.5 times faster (see dipnews._engine; on the number
        # pattern it is three times slower, so that one stays with regex).
        self.word_after_gap = Grammar(rf"\W{word}")
        self._word_at = compile_regex(word)
        self._word_after_gap_i = compile_regex(rf"\W{word}", regex.IGNORECASE)
        self._word_at_i = compile_regex(word, regex.IGNORECASE)

    def door(self, at: str | Start) -> Door | None:
        """The door of the word (lower-case) or kind of number *at*, if a rule opens there."""
        return self.doors.get(at)

    def starts(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """Where expressions may start in *text*, in order, with the rules (by rank) to
        try there."""
        found: list[tuple[int, tuple[int, ...]]] = []
        self._numbers(text, found)
        self._words(text, found)
        if self._count_words and _AGO.search(text) is not None:
            for m in _COUNT_WORD.finditer(text):
                if ranks := self._count_word.open(text, m.end()):
                    found.append((m.start(), ranks))
        found.sort()
        return found

    def _numbers(self, text: str, found: list[tuple[int, tuple[int, ...]]]) -> None:
        """Add the numbers of *text* that open a rule to *found*."""
        number, long_number = self._number, self._long_number
        for m in _NUMBER.finditer(text):
            start, end = m.span()
            door = long_number if end - start == 3 else number
            if ranks := door.open(text, end):
                found.append((start, ranks))

    def _words(self, text: str, found: list[tuple[int, tuple[int, ...]]]) -> None:
        """Add the words of *text* that open a rule to *found*."""
        gap: _engine.Pattern
        if lower_reads_alike(text):
            # The lower-cased copy of a plain text is plain too (tests/test_engine.py).
            scan, gap, at = text.lower(), self.word_after_gap.on(text), self._word_at
        else:
            scan, gap, at = text, self._word_after_gap_i, self._word_at_i
        words = [(m.start() + 1, m.end()) for m in gap.finditer(scan)]
        if (first := at.match(scan)) is not None:
            words.insert(0, (0, first.end()))
        fixed, narrowing, every = self._fixed, self._narrowing, self._every
        for start, end in words:
            word = text[start:end].casefold()
            door = narrowing.get(word)
            ranks = fixed.get(word, every) if door is None else door.open(text, end)
            if ranks:
                found.append((start, ranks))


#: Where each rule of :data:`~dipnews.temporal.rules.RULES` may open.
OPENINGS = Openings(RULES)
_START_AFTER_GAP = OPENINGS.word_after_gap  # the start words' grammar (tests/test_engine.py)


def starts(text: str) -> list[tuple[int, tuple[int, ...]]]:
    """Where expressions may start in *text*, in order, with the ranks in
    :data:`~dipnews.temporal.rules.RULES` of the rules to try there."""
    return OPENINGS.starts(text)
