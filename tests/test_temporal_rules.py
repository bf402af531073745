"""Tests for the named rules of :mod:`dipnews.temporal`: where each opens, and a new one."""

from __future__ import annotations

import pytest
import regex

from dipnews._engine import Match
from dipnews.temporal import scan, starts
from dipnews.temporal.grammar import compile_rule
from dipnews.temporal.interpret import Candidate, build_weekday
from dipnews.temporal.rules import RULES, Opening, Rule, Start, rule_named
from dipnews.temporal.specs import DaySpec, RangeSpec, WeekdaySpec, YearSpec
from tests.conftest import SEEDS


def opened(text: str, end: int, at: str | Start) -> set[str]:
    """The names of the rules that the word (or number) *at*, ending at *end*, opens."""
    door = starts.OPENINGS.door(at)
    assert door is not None
    return {RULES[rank].name for rank in door.open(text, end)}


def test_the_rules_have_distinct_names_in_words() -> None:
    names = [rule.name for rule in RULES]
    assert len(set(names)) == len(names)
    assert all(regex.fullmatch(r"[a-z]+(?:_[a-z]+)*", name) for name in names)
    assert all(rule.opens for rule in RULES)


def test_a_rule_is_found_by_its_name() -> None:
    assert rule_named("weekday").build is build_weekday
    with pytest.raises(LookupError, match="fortnight"):
        rule_named("fortnight")


def test_a_range_opener_opens_the_ranges_that_can_go_on_with_what_follows() -> None:
    month_first = {"two_month_range", "one_month_range"}
    day_first = {"two_month_range_day_first", "one_month_range_day_first"}
    assert opened("from May 5 to 7", 4, "from") == month_first
    assert opened("from 5 to 7 May", 4, "from") == day_first
    assert opened("between the 5th and 7th", 7, "between") == day_first
    assert opened("from\nMay 5", 4, "from") == month_first | day_first
    assert opened("from, then", 4, "from") == set()


def test_a_month_opens_the_rules_that_can_go_on_with_what_follows() -> None:
    # A full name may stand alone ("in May."); an abbreviation needs a number after it.
    alone = {"month_relative_year", "month_after_cue"}
    before_a_number = {"two_month_range", "one_month_range", "month_day", "month_year"}
    assert opened("May 5", 3, "may") == alone | before_a_number
    assert opened("May.", 3, "may") == alone
    assert opened("May, 2025", 3, "may") == alone | {"month_year"}
    assert opened("Nov 5", 3, "nov") == before_a_number
    assert opened("Nov talks", 3, "nov") == set()


def test_the_opens_only_before_a_day_or_a_part_of_a_month() -> None:
    after_the = {
        "two_month_range_day_first",
        "one_month_range_day_first",
        "day_month",
        "part_of_month",
        "part_of_relative_month",
        "relative",
    }
    assert opened("the 5th of May", 3, "the") == after_the
    assert opened("the end of May", 3, "the") == after_the
    assert opened("the talks", 3, "the") == set()


def test_a_number_opens_the_rules_that_can_go_on_with_what_follows() -> None:
    assert opened("17/11/2025", 2, Start.NUMBER) == {"numeric_date"}
    assert opened("17-Nov-2025", 2, Start.NUMBER) == {"dashed_date", "one_month_range_day_first"}
    assert opened("3 weeks ago", 1, Start.NUMBER) == {"relative"}
    assert opened("17 June", 2, Start.NUMBER) == {
        "two_month_range_day_first",
        "day_month",
    }
    assert opened("17 to 18 June", 2, Start.NUMBER) == {"one_month_range_day_first"}
    assert opened("17th June", 2, Start.NUMBER) == {
        "two_month_range_day_first",
        "one_month_range_day_first",
        "day_month",
        "dashed_date",
    }
    assert opened("44 Indian nationals", 2, Start.NUMBER) == set()
    assert opened("5G", 1, Start.NUMBER) == set()
    assert opened("202", 3, Start.LONG_NUMBER) == {"iso_date", "year_after_cue"}


def _new_years_day(m: Match) -> Candidate | None:
    return m.start(), m.end(), DaySpec(1, 1)


# A rule the package does not have, opening at a word no rule opens at.
NEW_YEARS_DAY = Rule(
    "new_years_day",
    compile_rule(r"new\s{1,3}year['’]s\s{1,3}day"),
    _new_years_day,
    (Opening(("new",)),),
)


@pytest.mark.parametrize("place", [0, 7, len(RULES)])
def test_a_rule_added_anywhere_is_tried_where_it_declares(place: int) -> None:
    # No place in the list of rules is written anywhere: the tables are built from the
    # declarations, so a rule inserted at the front, in the middle or at the end is tried
    # at its own word and every other rule where it was before.
    added = scan.Scanner((*RULES[:place], NEW_YEARS_DAY, *RULES[place:]))
    text = "Talks held on November 17-18 resume on New Year's Day, on Monday or in 2026."
    found = [(text[start:end], spec) for start, end, spec in added.select(text)]
    assert found == [
        ("November 17-18", RangeSpec(11, 17, 11, 18)),
        ("New Year's Day", DaySpec(1, 1)),
        ("Monday", WeekdaySpec(0)),
        ("2026", YearSpec(2026)),
    ]
    assert added.select(text, full=True) == added.select(text)
    for path in sorted(SEEDS.glob("*.txt"))[:20]:
        seed = path.read_text(encoding="utf-8")
        assert added.select(seed) == scan.select(seed)
