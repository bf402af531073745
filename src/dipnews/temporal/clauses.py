"""The clause around an expression, and its comma segment: where tense cues are read.

:mod:`dipnews.temporal.tense` reads the tense of an expression from the cue words of the
stretch of text around it. That stretch is bounded three times, each inside the last,
within :data:`WINDOW` characters either side of the expression:

* the **sentence**: up to a full stop, ``!`` or ``?`` that ends one (not the dot of
  ``Mr.`` or ``Nov.``), a semicolon or a line break;
* the **clause**: up to a clause break (:data:`CLAUSE_END_SOURCE`): a semicolon, a line
  break, a spaced dash, a comma before an *-ing* participle or *as*/*which*/*who*..., a
  subordinator (*that*, *which*, *where*, *when*, *because*...) or *and*/*but* before a
  verb or a subject;
* the **segment**: up to a comma or a bracket.

>>> from dipnews.temporal.clauses import clause
>>> s = "Talks ended on Friday, and the two sides will meet, he said, in June. More later."
>>> c = clause(s, s.index("June"), s.index("June") + 4)
>>> s[c.start : c.end], s[c.segment_start : c.segment_end]
(' the two sides will meet, he said, in June', ' in June')
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from dipnews import _engine
from dipnews._compiled import compile_regex
from dipnews._engine import Grammar

__all__ = ["CLAUSE_END", "CLAUSE_END_SOURCE", "WINDOW", "Clause", "clause"]

#: How far either side of an expression its clause is looked for, in characters.
WINDOW = 300

_SENTENCE_END = compile_regex(
    r"(?<!\b(?:Dr|Mr|Mrs|Ms|Mt|St|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Jr|Sr|No|vs|Hon|Rev"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))[.!?]"
    r"(?=[\"'”’)\]]{0,3}(?:\s|$))|[;\n]"
)
#: What ends a clause (the ``regex`` source, before the guard of :data:`CLAUSE_END`).
CLAUSE_END_SOURCE = (
    r"[;\n]|\s[—–]\s|,\s{0,3}(?=[a-z]{2,}ing\b|as\b|which\b|who\b|where\b|when\b|while\b)"
    r"|\b(?:that|which|who|whom|where|while|whereas|although|though|because|when)\b"
    r"|\b(?:and|but)\b(?=\s{1,3}(?:(?:also|then|later|subsequently)\s{1,3})?"
    r"(?:will|would|shall|has|have|had|was|were|is|are|did|[a-z]{2,}ed|he|she|they|we|it"
    r"|both\s{1,3}sides|the\s{1,3}two\s{1,3}(?:sides|leaders|ministers|countries))\b)"
)
#: The same matches as :data:`CLAUSE_END_SOURCE`: a look at the one character every branch
#: begins with lets the standard library's engine pass over most positions at once (twice
#: as fast; the tests compare the two).
CLAUSE_END = Grammar(rf"(?=[;\n\s,twab])(?:{CLAUSE_END_SOURCE})")

_SEGMENT_END = compile_regex(r"[,()\[\]]")

# The sentence and segment ends match one character each, wherever they stand, so the last
# one before an expression is the first found reading backwards from it.
_SENTENCE_END_BACK = compile_regex(_SENTENCE_END.pattern, regex.REVERSE)
_SEGMENT_END_BACK = compile_regex(_SEGMENT_END.pattern, regex.REVERSE)


class Clause(NamedTuple):
    """The clause around an expression and, inside it, the expression's comma segment
    (offsets into the text)."""

    start: int
    end: int
    segment_start: int
    segment_end: int


def clause(text: str, start: int, end: int) -> Clause:
    """The clause and the comma segment around ``text[start:end]``."""
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    lo, hi = _bounds(_SENTENCE_END, text, lo, start, end, hi, _SENTENCE_END_BACK)
    lo, hi = _bounds(CLAUSE_END.on(text), text, lo, start, end, hi)
    segment_lo, segment_hi = _bounds(_SEGMENT_END, text, lo, start, end, hi, _SEGMENT_END_BACK)
    return Clause(lo, hi, segment_lo, segment_hi)


def _bounds(
    pattern: _engine.Pattern,
    text: str,
    lo: int,
    start: int,
    end: int,
    hi: int,
    backward: regex.Pattern[str] | None = None,
) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` around ``text[start:end]`` that *pattern* does not
    break (*backward*: the same pattern, to find the last break before *start*)."""
    left = lo
    if backward is not None:
        before = backward.search(text, lo, start)
        if before is not None:
            left = before.end()
    else:
        for m in pattern.finditer(text, lo, start):
            left = m.end()
    right = hi
    after = pattern.search(text, end, hi)
    if after is not None:
        right = after.start()
    return left, right
