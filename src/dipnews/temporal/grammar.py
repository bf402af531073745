"""The patterns of temporal expressions, compiled once at import.

Each pattern is one shape of expression (``November 17-18``, ``early December``, ``three
days ago``...); :mod:`dipnews.temporal.rules` names each one, with the builder that turns
its match into a spec and the words it opens with. The fragments below are shared by the
patterns; every quantifier is bounded, so matching stays linear in the length of the text.

Month and weekday names and abbreviations come from :mod:`dipnews._calendar`, shared
with the header grammar. Every pattern is case-blind; the builders then ask that month
and weekday names be capitalised.

Group names, read by the builders: ``month``, ``day``, ``year`` (``month1``/``day1``/
``year1`` and ``month2``/``day2``/``year2`` at the two ends of a range of two months,
``day1``/``day2`` of a range within one month), ``weekday``, ``modifier`` (``last``,
``next``...), ``opener`` (``from``/``between``) and ``connector`` (a dash, ``to``,
``and``...) of a range, ``part`` (of a month), ``relative`` (``last``/``this``/``next``
before ``year`` or ``month``), ``count`` and ``unit`` (``three days ago``), ``first``,
``second`` and ``separator`` of a numeric date.
"""

from __future__ import annotations

import calendar

import regex

from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._engine import Grammar
from dipnews._patterns import literal_trie

__all__ = [
    "DASHED_DATE",
    "DAY_MONTH",
    "FULL_MONTHS",
    "FULL_WEEKDAYS",
    "ISO_DATE",
    "MODIFIED_MONTH",
    "MONTH_AFTER_CUE",
    "MONTH_DAY",
    "MONTH_RELATIVE_YEAR",
    "MONTH_YEAR",
    "NUMBER_WORDS",
    "NUMERIC_DATE",
    "ONE_MONTH_RANGE",
    "ONE_MONTH_RANGE_DAY_FIRST",
    "PART_OF_MONTH",
    "PART_OF_RELATIVE_MONTH",
    "RELATIVE",
    "TWO_MONTH_RANGE",
    "TWO_MONTH_RANGE_DAY_FIRST",
    "UNITS",
    "WEEKDAY",
    "YEAR_AFTER_CUE",
    "compile_rule",
    "spellings",
]


def spellings(names: dict[str, int]) -> list[str]:
    """The strings :data:`dipnews._calendar.MONTH_PATTERN` (or ``WEEKDAY_PATTERN``) matches:
    every name, and an abbreviation (four letters at most, bar ``may``) also with a dot.

    As a prefix trie (:func:`dipnews._patterns.literal_trie`) the alternation fails at the
    first impossible letter instead of trying every name (the same strings, the longer
    still preferred where one extends another).
    """
    return [*names, *(n + "." for n in names if len(n) <= 4 and n != "may")]


#: The full month names, lower-cased, January first.
FULL_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
#: The full weekday names, lower-cased.
FULL_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)

#: Number words that count the units of ``three days ago``, with their values.
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: The units of time counted in ``three days ago``.
UNITS = ("day", "week", "month", "year")

_FULL_MONTH_PATTERN = literal_trie(FULL_MONTHS)
_MONTH_TRIE = literal_trie(spellings(MONTHS))
_WEEKDAY_TRIE = literal_trie(spellings(WEEKDAYS))

_NUMBER_WORD = literal_trie(NUMBER_WORDS)
_UNIT = "|".join(UNITS)

_MONTH = rf"(?:{_MONTH_TRIE})(?!\w)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:1[6-9]|2[01])\d\d(?![\w])"
# Where a day number may start: not inside a number, a code or a score ("S-400", "2+2").
_DAY_START = r"(?<![\w.,:/+\-–])"
_SPACE = r"\s{1,3}"
# Between a day and the year after it: "November 17, 2025", "November 17 2025".
_BEFORE_YEAR = rf"(?:\s{{0,3}},\s{{0,3}}|{_SPACE})"
_DASH = r"\s{0,3}[-–—‐‑]\s{0,3}"
_CONNECTOR = rf"(?P<connector>{_DASH}|{_SPACE}(?:to|through|thru|till|until|and){_SPACE})"
_OPENER = rf"(?:(?P<opener>from|between){_SPACE})?"
_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{_WEEKDAY_TRIE})(?!\w),?{_SPACE})?"
_MODIFIER = r"(?P<modifier>last|next|this|coming|past|previous)"
_PART = (
    r"(?P<part>early|mid|late|(?:end|start|beginning)(?=\s{0,3}-)"
    r"|(?:the\s{1,3})?(?:beginning|start|middle|end"
    r"|(?:first|second|latter)\s{1,3}half|(?:first|second|third|fourth|last|final)\s{1,3}week)"
    r"\s{1,3}of)"
)
# The words after which a bare month name is a month ("in December", "Putin's December").
_MONTH_CUES = (
    r"in|since|by|until|till|during|from|through|throughout|before|after|between|of|to"
    r"|and|or|for|the|around"
)
# The words after which a bare year is a year ("in 2000", "by the end of 2026").
_YEAR_CUES = (
    r"in|since|by|until|till|during|from|through|throughout|before|after|between|early"
    r"|mid|late|year|around|circa|as\s{1,3}of"
    r"|(?:end|beginning|start|middle|half|quarter)\s{1,3}of"
)


def compile_rule(pattern: str) -> Grammar:
    """The grammar of one rule: *pattern*, case-blind, at the start of a word."""
    # Every expression starts a word; saying so first lets the engine skip mid-word
    # positions at once instead of trying the month alternation there. For both engines
    # (see dipnews._engine): tried at every start word, they cost less on re.
    return Grammar(rf"(?<!\w)(?:{pattern})", regex.IGNORECASE)


#: ``November 30 - December 2``, ``from Nov 30, 2025 to Jan 2, 2026``.
TWO_MONTH_RANGE = compile_rule(
    rf"{_OPENER}(?P<month1>{_MONTH}){_SPACE}(?P<day1>{_DAY})(?:,?{_SPACE}(?P<year1>{_YEAR}))?"
    rf"{_CONNECTOR}(?P<month2>{_MONTH}){_SPACE}(?P<day2>{_DAY})"
    rf"(?:{_BEFORE_YEAR}(?P<year2>{_YEAR}))?"
)
#: ``30 November - 2 December``, ``from 23 December to 8 January``.
TWO_MONTH_RANGE_DAY_FIRST = compile_rule(
    rf"{_OPENER}(?:the{_SPACE})?{_DAY_START}(?P<day1>{_DAY})(?:{_SPACE}of)?{_SPACE}"
    rf"(?P<month1>{_MONTH})(?:,?{_SPACE}(?P<year1>{_YEAR}))?{_CONNECTOR}(?:the{_SPACE})?"
    rf"(?P<day2>{_DAY})(?:{_SPACE}of)?{_SPACE}(?P<month2>{_MONTH})"
    rf"(?:,?{_SPACE}(?P<year2>{_YEAR}))?"
)
#: ``November 17-18``, ``August 19-21, 2025``, ``from July 7 to 8``.
ONE_MONTH_RANGE = compile_rule(
    rf"{_OPENER}(?P<month>{_MONTH}){_SPACE}(?P<day1>{_DAY}){_CONNECTOR}(?P<day2>{_DAY})"
    rf"(?:{_BEFORE_YEAR}(?P<year>{_YEAR}))?"
)
#: ``17-18 November``, ``between 5 and 6 December``.
ONE_MONTH_RANGE_DAY_FIRST = compile_rule(
    rf"{_OPENER}(?:the{_SPACE})?{_DAY_START}(?P<day1>{_DAY}){_CONNECTOR}(?:the{_SPACE})?"
    rf"(?P<day2>{_DAY})(?:{_SPACE}of)?{_SPACE}(?P<month>{_MONTH})"
    rf"(?:,?{_SPACE}(?P<year>{_YEAR}))?"
)
#: ``November 17, 2025``, ``Monday, November 17``, ``Nov. 17``.
MONTH_DAY = compile_rule(
    rf"{_WEEKDAY_PREFIX}(?P<month>{_MONTH}){_SPACE}(?P<day>{_DAY})"
    rf"(?:{_BEFORE_YEAR}(?P<year>{_YEAR}))?"
)
#: ``17 Nov 2025``, ``17th September 2020``, ``the 17th of November``.
DAY_MONTH = compile_rule(
    rf"{_WEEKDAY_PREFIX}(?:the{_SPACE})?{_DAY_START}(?P<day>{_DAY})(?:{_SPACE}of)?{_SPACE}"
    rf"(?P<month>{_MONTH})(?:,?{_SPACE}(?P<year>{_YEAR}))?"
)
#: ``2025-11-17`` (also before a time: ``2025-11-17T09:00``).
ISO_DATE = compile_rule(
    r"(?<![\w\-–])(?P<year>(?:1[6-9]|2[01])\d\d)-(?P<month>0[1-9]|1[0-2])-"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?:(?=T\d)|(?![\w\-–]))"
)
#: ``17-Nov-2025``.
DASHED_DATE = compile_rule(
    rf"(?<![\w\-–])(?P<day>{_DAY})-(?P<month>{_MONTH})-(?P<year>{_YEAR})(?![\-–])"
)
#: ``17/11/2025``, ``17.11.2025``.
NUMERIC_DATE = compile_rule(
    r"(?<![\w./\-])(?P<first>\d{1,2})(?P<separator>[/.])(?P<second>\d{1,2})(?P=separator)"
    r"(?P<year>(?:1[6-9]|2[01])\d\d)(?![\w/]|\.\d)"
)
#: ``early December``, ``mid-July``, ``the end of June 2025``, ``the first week of May``.
PART_OF_MONTH = compile_rule(
    rf"(?<!\w){_PART}(?:{_SPACE}|\s{{0,3}}-\s{{0,3}})(?:the{_SPACE}month{_SPACE}of{_SPACE})?"
    rf"(?P<month>{_MONTH})(?:,?{_SPACE}(?P<year>{_YEAR}))?"
)
#: ``February 2025``, ``May, 2025``.
MONTH_YEAR = compile_rule(rf"(?P<month>{_MONTH}),?{_SPACE}(?P<year>{_YEAR})")
#: ``July last year``, ``March next year``.
MONTH_RELATIVE_YEAR = compile_rule(
    rf"(?<!\w)(?P<month>{_FULL_MONTH_PATTERN}){_SPACE}"
    rf"(?P<relative>last|this|next|previous|coming){_SPACE}year(?!\w)"
)
#: ``the end of the month``, ``early next month``.
PART_OF_RELATIVE_MONTH = compile_rule(
    rf"(?<!\w){_PART}(?:{_SPACE}|\s{{0,3}}-\s{{0,3}})"
    rf"(?P<relative>the|this|next|last|coming|previous){_SPACE}month(?!\w)"
)
#: ``last December``, ``next March``.
MODIFIED_MONTH = compile_rule(rf"(?<!\w){_MODIFIER}{_SPACE}(?P<month>{_FULL_MONTH_PATTERN})(?!\w)")
#: ``in December``, ``Putin's December visit``: a month name after a cue word.
MONTH_AFTER_CUE = compile_rule(
    rf"(?<=(?:(?<!\w)(?:{_MONTH_CUES})|\w['’]s){_SPACE})(?P<month>{_FULL_MONTH_PATTERN})(?!\w)"
)
#: ``in 2000``, ``since 2021``, ``by the end of 2026``: a year after a cue word.
YEAR_AFTER_CUE = compile_rule(
    rf"(?<=(?<!\w)(?:{_YEAR_CUES})(?:{_SPACE}|\s{{0,3}}-\s{{0,3}}))"
    r"(?P<year>(?:19|20)\d\d)(?!\w|\s{0,3}[-–/]\s{0,3}\d)"
)
#: ``Monday``, ``last Wednesday``, ``Tues.``.
WEEKDAY = compile_rule(rf"(?<!\w)(?:{_MODIFIER}{_SPACE})?(?P<weekday>{_WEEKDAY_TRIE})(?!\w)")
#: ``today``, ``the day after tomorrow``, ``earlier this month``, ``late last year``,
#: ``next week``, ``three days ago``.
RELATIVE = compile_rule(
    r"(?<!\w)(?:today|tonight|yesterday|tomorrow"
    rf"|the{_SPACE}day{_SPACE}(?:before{_SPACE}yesterday|after{_SPACE}tomorrow)"
    rf"|(?:earlier|later){_SPACE}this{_SPACE}(?:week|month|year)"
    rf"|(?:early|mid|late)(?:{_SPACE}|\s{{0,3}}-\s{{0,3}})(?:this|last|next){_SPACE}year"
    rf"|(?:this|next|last|coming|previous){_SPACE}(?:weekend|week|month|year)"
    rf"|(?P<count>\d{{1,2}}|{_NUMBER_WORD}){_SPACE}(?P<unit>{_UNIT})s?{_SPACE}ago)(?!\w)"
)
