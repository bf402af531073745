"""The rules of the temporal grammar: one named record per shape of expression.

A :class:`Rule` holds its pattern (:mod:`dipnews.temporal.grammar`), the builder that
turns a match into a candidate (:mod:`dipnews.temporal.interpret`) and where it may open:
the words (or numbers) it can start with and what may come right after them
(:class:`Opening`). :mod:`dipnews.temporal.starts` builds from these declarations the
tables saying which rules to try at each place of a text, so a new rule is one more
record in :data:`RULES`, and nothing else changes.

The order of :data:`RULES` is their priority: of two readings as long and starting at
the same place, the earlier rule's wins. A rule must declare every word it can start
with (a word left out loses matches; one too many costs only a failed try): the tests
compare the matches found where the rules open with those of a scan of every position.

>>> [rule.name for rule in RULES][:4]
['two_month_range', 'two_month_range_day_first', 'one_month_range', 'one_month_range_day_first']
>>> sorted(rule.name for rule in RULES if "from" in rule.words)
['one_month_range', 'one_month_range_day_first', 'two_month_range', 'two_month_range_day_first']
"""

from __future__ import annotations

import enum

import attrs
import regex

from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews._engine import Grammar
from dipnews.temporal import grammar as g
from dipnews.temporal.grammar import FULL_MONTHS, UNITS, spellings
from dipnews.temporal.interpret import (
    Builder,
    build_day,
    build_iso_date,
    build_modified_month,
    build_month_after_cue,
    build_month_relative_year,
    build_month_year,
    build_numeric_date,
    build_one_month_range,
    build_part_of_month,
    build_part_of_relative_month,
    build_relative,
    build_two_month_range,
    build_weekday,
    build_year,
)

__all__ = ["RULES", "Follow", "Opening", "Rule", "Start", "rule_named"]


class Start(enum.Enum):
    """A place where a rule may open that is not one of a few words."""

    #: A number of one or two digits: a day or a count.
    NUMBER = "number"
    #: A number of three digits or more: a year.
    LONG_NUMBER = "long number"
    #: A number word (``a``, ``three``) before a unit of time, in a text that says ``ago``.
    COUNT_WORD = "count word"


@attrs.frozen
class Follow:
    """The characters a rule can go on with right after the word or number it opens with.

    *at_once*: those it can go on with right after it; *after_space*: those it can go on
    with after plain spaces, or ``None`` if it never goes on with white space. Letters
    stand for both cases. Only printable ASCII characters are told apart (and whatever
    *at_once* names): where anything else follows, the rule is tried.
    """

    at_once: str = ""
    after_space: str | None = None


@attrs.frozen
class Opening:
    """Where a rule may open: at any of *at* (lower-case words, or a :class:`Start`),
    when *follow* allows what comes right after.

    *follow* is ``None`` (anything may follow), a :class:`Follow`, or a pattern that must
    match right after the word.
    """

    at: tuple[str | Start, ...]
    follow: Follow | regex.Pattern[str] | None = None


@attrs.frozen
class Rule:
    """One shape of expression: its *name*, its *grammar*, the builder that turns a match
    into a candidate (*build*) and where it may open (*opens*)."""

    name: str
    grammar: Grammar
    build: Builder
    opens: tuple[Opening, ...]

    @property
    def words(self) -> frozenset[str | Start]:
        """Every word (and :class:`Start`) the rule may open at."""
        return frozenset(at for opening in self.opens for at in opening.at)


# The words rules open with, as the scan reads them (lower-cased, with the dot of "Nov.").
_MONTH_WORDS = tuple(spellings(MONTHS))
# "June." opens "June. 5" and, read without its dot, "in June." (a full name).
_FULL_MONTH_WORDS = tuple(w for w in _MONTH_WORDS if w.rstrip(".") in FULL_MONTHS)
_WEEKDAY_WORDS = tuple(spellings(WEEKDAYS))
_RANGE_OPENERS = ("from", "between")
_MODIFIERS = ("last", "next", "this", "coming", "past", "previous")
# The first words of a part of a month ("early", "the first week of").
_PART_WORDS = (
    "early", "mid", "late", "end", "start", "beginning", "middle", "first", "second", "latter",
    "third", "fourth", "last", "final",
)  # fmt: skip
_RELATIVE_WORDS = (
    "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "early", "mid", "late",
    "this", "next", "last", "coming", "previous",
)  # fmt: skip
_THE = ("the",)
_NUMBER = (Start.NUMBER,)
_LONG_NUMBER = (Start.LONG_NUMBER,)

# What may follow.
_DIGITS = "0123456789"
_MONTH_INITIALS = "".join(sorted({w[0] for w in MONTHS}))
_ORDINAL_INITIALS = "snrt"  # "1st", "2nd", "3rd", "4th"
# A dash, or the first letter of "to", "through", "thru", "till", "until", "and".
_CONNECTOR_INITIALS = "-tau"
_UNIT_INITIALS = "".join(unit[0] for unit in UNITS)  # "3 days ago", "2 weeks ago"...
# "the" opens an expression only before a day, a part of a month or "day before...".
_DAY_OR_PART_AHEAD = compile_regex(
    r"\s{1,3}(?:\d|beginning|start|middle|end|first|second|latter|third|fourth|last|final"
    r"|day)",
    regex.IGNORECASE,
)
_BEFORE_A_MONTH = Follow(after_space=_MONTH_INITIALS)
_BEFORE_A_DAY = Follow(after_space="t" + _DIGITS)  # "from 17", "from the 17th"
_BEFORE_A_DAY_NUMBER = Follow(after_space=_DIGITS)

RULES: tuple[Rule, ...] = (
    Rule(
        "two_month_range",
        g.TWO_MONTH_RANGE,
        build_two_month_range,
        (
            Opening(_RANGE_OPENERS, _BEFORE_A_MONTH),
            Opening(_MONTH_WORDS, _BEFORE_A_DAY_NUMBER),
        ),
    ),
    Rule(
        "two_month_range_day_first",
        g.TWO_MONTH_RANGE_DAY_FIRST,
        build_two_month_range,
        (
            Opening(_RANGE_OPENERS, _BEFORE_A_DAY),
            Opening(_THE, _DAY_OR_PART_AHEAD),
            Opening(_NUMBER, Follow(_ORDINAL_INITIALS, _MONTH_INITIALS + "o")),
        ),
    ),
    Rule(
        "one_month_range",
        g.ONE_MONTH_RANGE,
        build_one_month_range,
        (
            Opening(_RANGE_OPENERS, _BEFORE_A_MONTH),
            Opening(_MONTH_WORDS, _BEFORE_A_DAY_NUMBER),
        ),
    ),
    Rule(
        "one_month_range_day_first",
        g.ONE_MONTH_RANGE_DAY_FIRST,
        build_one_month_range,
        (
            Opening(_RANGE_OPENERS, _BEFORE_A_DAY),
            Opening(_THE, _DAY_OR_PART_AHEAD),
            Opening(_NUMBER, Follow(_ORDINAL_INITIALS + "-–—‐‑", _CONNECTOR_INITIALS)),
        ),
    ),
    Rule(
        "month_day",
        g.MONTH_DAY,
        build_day,
        (Opening(_WEEKDAY_WORDS), Opening(_MONTH_WORDS, _BEFORE_A_DAY_NUMBER)),
    ),
    Rule(
        "day_month",
        g.DAY_MONTH,
        build_day,
        (
            Opening(_WEEKDAY_WORDS),
            Opening(_THE, _DAY_OR_PART_AHEAD),
            Opening(_NUMBER, Follow(_ORDINAL_INITIALS, _MONTH_INITIALS + "o")),
        ),
    ),
    Rule("iso_date", g.ISO_DATE, build_iso_date, (Opening(_LONG_NUMBER),)),
    Rule(
        "dashed_date",
        g.DASHED_DATE,
        build_day,
        (Opening(_NUMBER, Follow(_ORDINAL_INITIALS + "-")),),
    ),
    Rule("numeric_date", g.NUMERIC_DATE, build_numeric_date, (Opening(_NUMBER, Follow("/.")),)),
    Rule(
        "part_of_month",
        g.PART_OF_MONTH,
        build_part_of_month,
        (Opening(_PART_WORDS), Opening(_THE, _DAY_OR_PART_AHEAD)),
    ),
    Rule(
        "month_year",
        g.MONTH_YEAR,
        build_month_year,
        (Opening(_MONTH_WORDS, Follow(",", _DIGITS)),),  # "May, 2025"
    ),
    Rule(
        "month_relative_year",
        g.MONTH_RELATIVE_YEAR,
        build_month_relative_year,
        (Opening(_FULL_MONTH_WORDS),),
    ),
    Rule(
        "part_of_relative_month",
        g.PART_OF_RELATIVE_MONTH,
        build_part_of_relative_month,
        (Opening(_PART_WORDS), Opening(_THE, _DAY_OR_PART_AHEAD)),
    ),
    Rule("modified_month", g.MODIFIED_MONTH, build_modified_month, (Opening(_MODIFIERS),)),
    Rule(
        "month_after_cue", g.MONTH_AFTER_CUE, build_month_after_cue, (Opening(_FULL_MONTH_WORDS),)
    ),
    Rule("year_after_cue", g.YEAR_AFTER_CUE, build_year, (Opening(_LONG_NUMBER),)),
    Rule(
        "weekday",
        g.WEEKDAY,
        build_weekday,
        (Opening(_WEEKDAY_WORDS), Opening(_MODIFIERS)),
    ),
    Rule(
        "relative",
        g.RELATIVE,
        build_relative,
        (
            Opening(_RELATIVE_WORDS),
            Opening(_THE, _DAY_OR_PART_AHEAD),
            Opening(_NUMBER, Follow(after_space=_UNIT_INITIALS)),
            Opening((Start.COUNT_WORD,)),
        ),
    ),
)

_BY_NAME = {rule.name: rule for rule in RULES}


def rule_named(name: str) -> Rule:
    """The rule called *name*; raises :class:`LookupError` where there is none.

    >>> rule_named("iso_date").grammar.exact.match("2025-11-17").group("month")
    '11'
    """
    try:
        return _BY_NAME[name]
    except KeyError:
        raise LookupError(f"no temporal rule is called {name!r}") from None
