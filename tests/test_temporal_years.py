"""Tests for the year rule of :mod:`dipnews.temporal`: :func:`~dipnews.temporal.infer_year`."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews.errors import InputError, InputTypeError
from dipnews.records import DateSpan
from dipnews.temporal import TENSES, Tense, infer_year, resolve
from tests.strategies.temporal import anchors

tenses = st.sampled_from([*TENSES, None])


@st.composite
def days_of_months(draw: st.DrawFn) -> tuple[int, int]:
    month = draw(st.integers(1, 12))
    return month, draw(st.integers(1, 29 if month == 2 else calendar.monthrange(2023, month)[1]))


@given(days_of_months(), anchors, tenses)
def test_the_year_of_a_day_is_the_one_resolve_gives(
    month_day: tuple[int, int], anchor: dt.date, tense: Tense | None
) -> None:
    # One rule: a day and month written in text resolve to the date infer_year gives.
    month, day = month_day
    found = infer_year(month, day, anchor, tense)
    text = f"{calendar.month_name[month]} {day}"
    assert resolve(text, anchor, tense=tense) == (None if found is None else DateSpan.day(found))


@given(days_of_months(), anchors, tenses)
def test_the_year_is_near_the_anchor_and_agrees_with_the_tense(
    month_day: tuple[int, int], anchor: dt.date, tense: Tense | None
) -> None:
    month, day = month_day
    found = infer_year(month, day, anchor, tense)
    assert found is not None  # every day and month falls within four years of the anchor
    assert (found.month, found.day) == month_day
    assert abs(found.year - anchor.year) <= 4
    if (month, day) != (2, 29):  # it exists every year: the nearest is within six months
        assert abs((found - anchor).days) <= 366
        if tense == "past":
            assert found <= anchor
        elif tense == "future":
            assert found >= anchor


def test_a_29_february_takes_the_nearest_leap_year_in_the_tense() -> None:
    june = dt.date(2026, 6, 1)
    assert infer_year(2, 29, june) == dt.date(2028, 2, 29)
    assert infer_year(2, 29, june, "past") == dt.date(2024, 2, 29)
    assert infer_year(2, 29, june, "future") == dt.date(2028, 2, 29)


def test_of_two_years_equally_near_the_later_wins() -> None:
    # 1 July 2023 and 1 July 2024 are both 183 days from 31 December 2023.
    assert infer_year(7, 1, dt.date(2023, 12, 31)) == dt.date(2024, 7, 1)
    assert infer_year(7, 1, dt.date(2023, 12, 31), "past") == dt.date(2023, 7, 1)


def test_a_weekday_picks_the_year_it_falls_on() -> None:
    june = dt.date(2026, 6, 1)
    assert infer_year(11, 17, june, weekday=0) == dt.date(2025, 11, 17)  # a Monday
    assert infer_year(11, 17, june, weekday=1) == dt.date(2026, 11, 17)  # a Tuesday
    assert infer_year(11, 17, june) == dt.date(2026, 11, 17)  # without: the nearer


def test_no_year_without_an_anchor_or_a_date() -> None:
    assert infer_year(5, 1, None) is None
    assert infer_year(4, 31, dt.date(2026, 6, 1)) is None
    assert infer_year(13, 1, dt.date(2026, 6, 1)) is None
    assert infer_year(1, 1, dt.date(9999, 12, 31), "future") == dt.date(9999, 1, 1)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(InputError, match="tense"):
        infer_year(5, 1, dt.date(2026, 6, 1), "later")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="anchor"):
        infer_year(5, 1, "2026-06-01")  # type: ignore[arg-type]
