"""Tests for :mod:`dipnews.temporal`: detection, offsets, resolution and clause tense."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from dipnews.errors import InputError, InputTooLargeError, InputTypeError
from dipnews.records import DateSpan
from dipnews.temporal import TENSES, clauses, find, resolve, scan, tense_at
from dipnews.temporal.tense import cues
from tests.conftest import seed_text
from tests.strategies.temporal import (
    anchors,
    day_ranges,
    full_dates,
    month_expressions,
    surroundings,
    weekday_names,
)

NOV17 = dt.date(2025, 11, 17)  # a Monday
AUG13 = dt.date(2025, 8, 13)


def span(start: str, end: str | None = None, precision: str = "day") -> DateSpan:
    return DateSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), precision)


def spans_of(text: str, anchor: dt.date | None = None) -> dict[str, DateSpan | None]:
    return {x.surface: x.span for x in find(text, anchor=anchor)}


def only(text: str, anchor: dt.date | None = NOV17) -> tuple[str, DateSpan | None]:
    (x,) = find(text, anchor=anchor)
    return x.surface, x.span


def occurrence(text: str, surface: str, n: int = 0, anchor: dt.date | None = None) -> DateSpan:
    """The span of the *n*-th expression of *text* whose surface is *surface*."""
    matches = [x for x in find(text, anchor=anchor) if x.surface == surface]
    found = matches[n].span
    assert found is not None
    return found


# --- the seed articles ---------------------------------------------------------------


def test_seed_000_expressions_resolve_against_the_published_date() -> None:
    text = seed_text("000")
    got = spans_of(text, NOV17)
    assert got["Monday"] == span("2025-11-17")  # "is set to meet ... on Monday"
    assert got["Friday"] == span("2025-11-14")  # "announced ... on Friday" (past)
    assert got["November 17–18"] == span("2025-11-17", "2025-11-18", "days")
    assert got["August 19-21, 2025"] == span("2025-08-19", "2025-08-21", "days")
    assert got["October"] == span("2025-10-01", "2025-10-31", "month")  # earlier in
    assert got["September"] == span("2025-09-01", "2025-09-30", "month")  # met in
    assert got["2021"] == span("2021-01-01", "2021-12-31", "year")
    december = [x for x in find(text, anchor=NOV17) if x.surface == "December"]
    assert len(december) == 2  # looked forward to ... in December; is expected to visit
    assert {x.span for x in december} == {span("2025-12-01", "2025-12-31", "month")}


def test_seed_001_part_of_month_and_range() -> None:
    got = spans_of(seed_text("001"), NOV17)
    assert got["November 17, 2025"] == span("2025-11-17")
    assert got["early December"] == span("2025-12-01", "2025-12-10", "part-of-month")
    assert got["December 5-6"] == span("2025-12-05", "2025-12-06", "days")
    assert got["November 18"] == span("2025-11-18")
    assert got["August 2025"] == span("2025-08-01", "2025-08-31", "month")
    assert got["2000"] == span("2000-01-01", "2000-12-31", "year")
    assert "44" not in " ".join(got)  # "44 Indian nationals" is not a date


def test_seed_002_without_an_anchor_keeps_year_less_dates_unresolved() -> None:
    found = find(seed_text("002"))
    surfaces = [x.surface for x in found]
    assert surfaces[:2] == ["November 17", "September 27"]
    assert "December" in surfaces
    assert all(x.span is None for x in found)


def test_seed_003_past_and_forthcoming_dates() -> None:
    text = seed_text("003")
    got = spans_of(text, AUG13)
    assert got["August 21, 2025"] == span("2025-08-21")
    assert got["July 15, 2025"] == span("2025-07-15")
    assert got["late June"] == span("2025-06-21", "2025-06-30", "part-of-month")
    assert got["July 6"] == span("2025-07-06")
    assert got["February 2025"] == span("2025-02-01", "2025-02-28", "month")
    assert got["May 2025"] == span("2025-05-01", "2025-05-31", "month")
    assert got["August 21"] == span("2025-08-21")  # "the forthcoming August 21 talks"
    assert got["this year"] == span("2025-01-01", "2025-12-31", "year")
    surfaces = " | ".join(got)
    assert "400" not in surfaces
    assert "30" not in surfaces  # S-400, Su-30


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_found_surface_resolves_alone_to_the_same_span(prefix: str) -> None:
    text = seed_text(prefix)
    for x in find(text, anchor=NOV17):
        assert resolve(x.surface, NOV17, tense=tense_at(text, x.start, x.end)) == x.span


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_offsets_quote_the_text(prefix: str) -> None:
    text = seed_text(prefix)
    found = find(text, anchor=NOV17)
    assert found
    for x in found:
        assert text[x.start : x.end] == x.surface
    assert [x.start for x in found] == sorted(x.start for x in found)


# --- forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("on November 17, 2025.", "November 17, 2025", span("2025-11-17")),
        ("on 17 Nov 2025,", "17 Nov 2025", span("2025-11-17")),
        ("on Nov. 17 in Delhi", "Nov. 17", span("2025-11-17")),
        ("on 17th September 2020", "17th September 2020", span("2020-09-17")),
        ("dated 2025-11-17.", "2025-11-17", span("2025-11-17")),
        ("Monday, November 17, the", "Monday, November 17", span("2025-11-17")),
        ("on the 17th of November", "the 17th of November", span("2025-11-17")),
        ("signed on 17/11/2025 in", "17/11/2025", span("2025-11-17")),
        ("signed on 17.11.2025 in", "17.11.2025", span("2025-11-17")),
        ("signed on 11/17/2025 in", "11/17/2025", span("2025-11-17")),
        ("MOSCOW, SEPT 3 (Reuters)", "SEPT 3", span("2025-09-03")),
        ("will be held December 5-6", "December 5-6", span("2025-12-05", "2025-12-06", "days")),
        ("on 17-18 November", "17-18 November", span("2025-11-17", "2025-11-18", "days")),
        (
            "from July 7 to 8, 2024,",
            "from July 7 to 8, 2024",
            span("2024-07-07", "2024-07-08", "days"),
        ),
        (
            "between 5 and 6 December",
            "between 5 and 6 December",
            span("2025-12-05", "2025-12-06", "days"),
        ),
        ("will run Nov 30-Dec 2", "Nov 30-Dec 2", span("2025-11-30", "2025-12-02", "days")),
        (
            "from 23 December to 8 January",
            "from 23 December to 8 January",
            span("2025-12-23", "2026-01-08", "days"),
        ),
        ("mid-July 2024", "mid-July 2024", span("2024-07-11", "2024-07-20", "part-of-month")),
        ("by mid July 2024", "mid July 2024", span("2024-07-11", "2024-07-20", "part-of-month")),
        (
            "the middle of July 2024",
            "the middle of July 2024",
            span("2024-07-11", "2024-07-20", "part-of-month"),
        ),
        (
            "by the end of February 2024",
            "the end of February 2024",
            span("2024-02-21", "2024-02-29", "part-of-month"),
        ),
        ("by end-June 2025", "end-June 2025", span("2025-06-21", "2025-06-30", "part-of-month")),
        (
            "in the first week of December 2025",
            "the first week of December 2025",
            span("2025-12-01", "2025-12-07", "part-of-month"),
        ),
        ("in February 2025,", "February 2025", span("2025-02-01", "2025-02-28", "month")),
        ("since 2021.", "2021", span("2021-01-01", "2021-12-31", "year")),
        ("Posted 17-Nov-2025 by PIB", "17-Nov-2025", span("2025-11-17")),
        ("at 2025-11-17T10:45:00Z", "2025-11-17", span("2025-11-17")),
        ("late last year", "late last year", span("2024-01-01", "2024-12-31", "year")),
        ("in 2000,", "2000", span("2000-01-01", "2000-12-31", "year")),
    ],
)
def test_forms(text: str, surface: str, expected: DateSpan) -> None:
    assert only(text) == (surface, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", span("2025-11-17")),
        ("tonight", span("2025-11-17")),
        ("yesterday", span("2025-11-16")),
        ("tomorrow", span("2025-11-18")),
        ("the day after tomorrow", span("2025-11-19")),
        ("this week", span("2025-11-17", "2025-11-23", "days")),
        ("next week", span("2025-11-24", "2025-11-30", "days")),
        ("last week", span("2025-11-10", "2025-11-16", "days")),
        ("this weekend", span("2025-11-22", "2025-11-23", "days")),
        ("earlier this month", span("2025-11-01", "2025-11-16", "part-of-month")),
        ("later this month", span("2025-11-18", "2025-11-30", "part-of-month")),
        ("last month", span("2025-10-01", "2025-10-31", "month")),
        ("next month", span("2025-12-01", "2025-12-31", "month")),
        ("last year", span("2024-01-01", "2024-12-31", "year")),
        ("this year", span("2025-01-01", "2025-12-31", "year")),
        ("next year", span("2026-01-01", "2026-12-31", "year")),
        ("earlier this year", span("2025-01-01", "2025-11-16", "year")),
        ("later this year", span("2025-11-18", "2025-12-31", "year")),
        ("three days ago", span("2025-11-14")),
        ("two weeks ago", span("2025-11-03", "2025-11-09", "days")),
        ("a month ago", span("2025-10-01", "2025-10-31", "month")),
        ("last Wednesday", span("2025-11-12")),
        ("next Tuesday", span("2025-11-18")),
        ("next Monday", span("2025-11-24")),
        ("last Monday", span("2025-11-10")),
        ("this Friday", span("2025-11-21")),
        ("last December", span("2024-12-01", "2024-12-31", "month")),
        ("next December", span("2025-12-01", "2025-12-31", "month")),
    ],
)
def test_relative_expressions_count_from_the_anchor(text: str, expected: DateSpan) -> None:
    assert only(text) == (text, expected)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "held in Manila in July last year.",
            "July last year",
            span("2024-07-01", "2024-07-31", "month"),
        ),
        (
            "will take over in January next year",
            "January next year",
            span("2026-01-01", "2026-01-31", "month"),
        ),
        (
            "by the end of the month",
            "the end of the month",
            span("2025-11-21", "2025-11-30", "part-of-month"),
        ),
        (
            "in early next month",
            "early next month",
            span("2025-12-01", "2025-12-10", "part-of-month"),
        ),
        ("by mid-next month", "mid-next month", span("2025-12-11", "2025-12-20", "part-of-month")),
        ("on February 15 and 16.", "February 15 and 16", span("2026-02-15", "2026-02-16", "days")),
        ("on 15 and 16 February", "15 and 16 February", span("2026-02-15", "2026-02-16", "days")),
        ("by the end of 2026", "2026", span("2026-01-01", "2026-12-31", "year")),
    ],
)
def test_month_relative_forms(text: str, surface: str, expected: DateSpan) -> None:
    assert only(text) == (surface, expected)


def test_and_joins_two_days_only_when_nothing_countable_follows() -> None:
    assert [x.surface for x in find("signed on March 3 and 12 agreements")] == ["March 3"]
    assert [x.surface for x in find("on November 17 and December 3")] == [
        "November 17",
        "December 3",
    ]


def test_may_last_year_needs_a_preposition() -> None:
    assert [x.surface for x in find("Theresa May last year said")] == ["last year"]
    assert [x.surface for x in find("elected in May last year")] == ["May last year"]


def test_relative_words_are_case_insensitive_and_need_an_anchor() -> None:
    assert only("Earlier this month, the talks") == (
        "Earlier this month",
        only("earlier this month")[1],
    )
    assert only("Yesterday", anchor=None) == ("Yesterday", None)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers may visit Delhi.",
        "They may meet again soon.",
        "Theresa May met Modi.",
        "Britain's May government fell.",
        "the Long March veterans",
        "a march through Delhi",
        "44 Indian nationals serving in the army",
        "S-400 missile systems and Su-30 MKI jets",
        "the 2+2 ministerial dialogue",
        "The Sun reported that",
        "Sat on the panel",
        "Wed to tradition",
        "Mar the talks",
        "the 26th Session of the commission",
        "in the 1990s",
        "the 2025-26 budget",
        "05/06/2025",
        "February 30, 2025",
        "in Jan",
        "Mondays are busy",
        "under the Good Friday Agreement",
        "The Sunday Guardian reported",
        "the Super Tuesday primaries",
        "at 10.30 am",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert find(text, anchor=NOV17) == []


def test_longest_match_wins_and_results_do_not_overlap() -> None:
    text = "from 23 December to 8 January, then Monday, November 17, 2025 and mid-July 2026"
    found = find(text)
    assert [x.surface for x in found] == [
        "from 23 December to 8 January",
        "Monday, November 17, 2025",
        "mid-July 2026",
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


# --- year inference and weekdays -------------------------------------------------------


def test_year_inference_follows_the_tense_of_the_clause() -> None:
    assert occurrence("Putin will visit India in December.", "December", anchor=NOV17) == span(
        "2025-12-01", "2025-12-31", "month"
    )
    assert occurrence("The two leaders met in December.", "December", anchor=NOV17) == span(
        "2024-12-01", "2024-12-31", "month"
    )
    assert occurrence("They last met on September 27.", "September 27", anchor=NOV17) == span(
        "2025-09-27"
    )
    assert occurrence("The talks will resume on January 9.", "January 9", anchor=NOV17) == span(
        "2026-01-09"
    )
    jan2 = dt.date(2026, 1, 2)
    assert occurrence("The envoy arrived on December 30.", "December 30", anchor=jan2) == span(
        "2025-12-30"
    )


def test_year_inference_without_tense_takes_the_nearest_reading() -> None:
    assert resolve("January 3", dt.date(2025, 12, 20)) == span("2026-01-03")
    assert resolve("December 20", dt.date(2026, 1, 3)) == span("2025-12-20")


def test_weekday_same_day_is_allowed_for_both_tenses() -> None:
    assert occurrence("He is set to meet Lavrov on Monday.", "Monday", anchor=NOV17) == span(
        "2025-11-17"
    )
    assert occurrence("He met Lavrov on Monday.", "Monday", anchor=NOV17) == span("2025-11-17")
    assert occurrence("He met Lavrov on Thursday.", "Thursday", anchor=NOV17) == span("2025-11-13")
    assert occurrence("He will meet Lavrov on Thursday.", "Thursday", anchor=NOV17) == span(
        "2025-11-20"
    )
    # no tense cue: the nearer one (from a Monday, Thursday is 3 days ahead, Friday 3 back)
    assert resolve("Thursday", NOV17) == span("2025-11-20")
    assert resolve("Friday", NOV17) == span("2025-11-14")


def test_reporting_verb_does_not_outweigh_the_clause_of_the_date() -> None:
    text = "The ministry announced the talks on Friday, noting that the ministers will meet."
    assert occurrence(text, "Friday", anchor=NOV17) == span("2025-11-14")
    text = "Fidan will visit Baghdad in December, the ministry said on Thursday."
    assert occurrence(text, "Thursday", anchor=NOV17) == span("2025-11-13")
    assert occurrence(text, "December", anchor=NOV17).start == dt.date(2025, 12, 1)


def test_the_comma_segment_of_the_date_decides_first() -> None:
    text = "Singh, who died on Thursday, will be cremated on Saturday."
    assert occurrence(text, "Thursday", anchor=dt.date(2024, 12, 27)) == span("2024-12-26")
    assert occurrence(text, "Saturday", anchor=dt.date(2024, 12, 27)) == span("2024-12-28")


@given(anchor=anchors, weekday=st.integers(0, 6), data=st.data())
def test_last_weekday_is_strictly_before_and_next_strictly_after(
    anchor: dt.date, weekday: int, data: st.DataObject
) -> None:
    name = data.draw(weekday_names(weekday))
    last = resolve(f"last {name}", anchor)
    nxt = resolve(f"next {name}", anchor)
    assert last is not None
    assert nxt is not None
    assert last.start.weekday() == weekday == nxt.start.weekday()
    assert anchor - dt.timedelta(days=7) <= last.start < anchor
    assert anchor < nxt.start <= anchor + dt.timedelta(days=7)
    for tense in TENSES:
        bare = resolve(name, anchor, tense=tense)
        assert bare is not None
        assert bare.start.weekday() == weekday
        assert abs((bare.start - anchor).days) < 7
        if tense == "past":
            assert bare.start <= anchor
        if tense == "future":
            assert bare.start >= anchor


@given(anchor=anchors, month=st.integers(1, 12), day=st.integers(1, 28))
def test_year_less_dates_agree_with_the_tense(anchor: dt.date, month: int, day: int) -> None:
    text = f"{dt.date(2000, month, 1):%B} {day}"
    past = resolve(text, anchor, tense="past")
    future = resolve(text, anchor, tense="future")
    neutral = resolve(text, anchor)
    assert past is not None
    assert future is not None
    assert neutral is not None
    assert past.start <= anchor <= future.start
    for found in (past, future, neutral):
        assert (found.start.month, found.start.day) == (month, day)
        assert abs((found.start - anchor).days) <= 366
    distance = abs((neutral.start - anchor).days)
    assert distance <= abs((past.start - anchor).days)
    assert distance <= abs((future.start - anchor).days)


# --- properties --------------------------------------------------------------------------


@given(full_dates(), anchors | st.none())
def test_full_dates_resolve_to_their_parts(
    written: tuple[str, dt.date], anchor: dt.date | None
) -> None:
    text, date = written
    assert only(text, anchor) == (text, DateSpan.day(date))


@given(day_ranges(), anchors | st.none())
def test_ranges_resolve_to_their_parts(
    written: tuple[str, dt.date, dt.date], anchor: dt.date | None
) -> None:
    text, start, end = written
    surface, found = only(text, anchor)
    assert surface == text
    assert found == DateSpan(start, end, "days")
    assert found.start <= found.end


@given(month_expressions(), anchors | st.none())
def test_months_and_parts_of_months_resolve_to_their_parts(
    written: tuple[str, dt.date, dt.date, str], anchor: dt.date | None
) -> None:
    text, start, end, precision = written
    assert only(text, anchor) == (text, DateSpan(start, end, precision))


@given(full_dates() | day_ranges() | month_expressions(), surroundings())
def test_resolution_is_invariant_to_surrounding_text(
    written: tuple[object, ...], around: tuple[str, str]
) -> None:
    text = str(written[0])
    left, right = around
    alone = find(text)
    embedded = [x for x in find(left + text + right) if x.start == len(left)]
    assert len(alone) == 1
    assert len(embedded) == 1
    assert embedded[0].surface == text
    assert embedded[0].span == alone[0].span


@given(st.text(max_size=300), anchors | st.none())
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str, anchor: dt.date | None) -> None:
    found = find(text, anchor=anchor)
    previous_end = 0
    for x in found:
        assert text[x.start : x.end] == x.surface
        assert x.start >= previous_end
        previous_end = x.end
        assert x.span is None or x.span.start <= x.span.end


@given(
    st.lists(
        st.sampled_from(
            [
                "Nov 17",
                "-",
                " to ",
                "December",
                " in ",
                "2025",
                "Monday",
                " last ",
                "the ",
                "17th",
                " of ",
                "mid-",
                ", ",
                ".",
                "will",
                " met ",
                "between ",
                " and ",
                "May",
                "\n",
            ]
        ),
        max_size=40,
    ),
    anchors,
)
def test_date_like_soup_never_crashes_and_offsets_hold(parts: list[str], anchor: dt.date) -> None:
    text = "".join(parts)
    for x in find(text, anchor=anchor):
        assert text[x.start : x.end] == x.surface


@given(
    st.lists(
        st.sampled_from(
            ["Nov 17", "December 5", " to ", "-", " and ", "between ", "the ", " of ", "2025",
             "Monday", "mid-", "last ", " week", " ago", "three days", "x" * 30, " ", "\n",
             "yesterday", "the end of the month", "May", "in ", ", ", "June.", "Sept. ", "a ",
             "from ", "THE ", "17/11/", "Tues.", "2025-11-17", "17-Nov-", "Good Friday", "1ſt",
             "-Nov-2025", "5G ", "3 days ago", "17–"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_patterns_tried_where_they_start_find_what_a_full_scan_finds(parts: list[str]) -> None:
    text = "".join(parts)
    assert scan.select(text) == scan.select(text, full=True)


@given(
    st.lists(
        st.sampled_from(
            ["will", "willing", "won't", "they’ll", "could be", "May", "is due", "was", "has",
             "been", "the expected", "planned for", "to be held", "said", "met", "needed",
             "Voted", "ſaved", "İs", "under way", "looked forward", "agreed to go", "talks",
             "currently", "x_ied", "3abed", " ", " ", " ", "  ", ", ", ". ", "\n", "-", "'",
             "(", "; ", "WI\u212aLL", "ta\u212aed", "Schuß", "WILL"]
        ),
        max_size=30,
    ),
    st.data(),
)  # fmt: skip
def test_cues_tried_where_they_start_are_those_of_a_full_scan(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert cues(text, lo, hi) == cues(text, lo, hi, full=True)


@given(
    st.lists(
        st.sampled_from(
            ["that", "which", "who", "where", "while", "although", "because", "when", "and",
             "but", "And", " and will", " but they", "and met", " — ", " – ", "—", ", ",
             ",meeting", ", as", ";", "\n", "\xa0", "\u2003", " ", "twab", "x", "Ж", "ed",
             "the two sides", "asked"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_clause_ends_are_those_of_the_unguarded_pattern(parts: list[str]) -> None:
    # _CLAUSE_END looks at the first character before trying its branches: a speed-up
    # that must not change a match, on either engine.
    text = "".join(parts)
    unguarded = regex.compile(clauses.CLAUSE_END_SOURCE)
    expected = [m.span() for m in unguarded.finditer(text)]
    grammar = clauses.CLAUSE_END
    for pattern in (grammar.exact, grammar.on(text)):
        assert [m.span() for m in pattern.finditer(text)] == expected


@given(st.text(max_size=200), st.data())
def test_tense_at_accepts_every_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tense_at(text, start, end) in (*TENSES, None)


@given(
    st.lists(
        st.sampled_from(["Auguſt", "1ſt", "Tueſday", "wee\u212a", "ſtart of", "ſince", "May", " "]),
        max_size=12,
    ),
    anchors,
)
def test_unicode_case_folding_never_crashes(parts: list[str], anchor: dt.date) -> None:
    # regex's IGNORECASE folds "ſ" to "s" and the Kelvin sign to "k": lookups must too
    text = " ".join(parts)
    for x in find(text, anchor=anchor):
        assert text[x.start : x.end] == x.surface


def test_without_an_anchor_no_year_is_invented() -> None:
    found = find("They met on September 27 and will meet in December, next Monday or tomorrow.")
    assert [x.surface for x in found] == ["September 27", "December", "next Monday", "tomorrow"]
    assert all(x.span is None for x in found)
    assert resolve("September 27") is None
    assert resolve("September 27, 2025") == span("2025-09-27")


# --- tense_at -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("Jaishankar is set to meet Lavrov in Moscow on Monday.", "Monday", "future"),
        ("Putin is expected to visit India in December.", "December", "future"),
        ("The summit, scheduled for November 17–18, opens in Moscow.", "November", "future"),
        ("The talks are to be held in Astana in March.", "March", "future"),
        ("He said he looked forward to welcoming Putin in December.", "December", "future"),
        ("The upcoming visit in December is a milestone.", "December", "future"),
        ("The two leaders also met in September in Tianjin.", "September", "past"),
        ("Earlier in October, Modi spoke by phone with Putin.", "October", "past"),
        ("The two ministers have spoken twice since June.", "June", "past"),
        ("The visit was announced in July.", "July", "past"),
        ("The agreement was signed two years ago in Riyadh.", "Riyadh", "past"),
        ("Wang visited Islamabad in May, where he will return in June.", "May", "past"),
        ("Wang visited Islamabad in May, where he will return in June.", "June", "future"),
        ("The delegation is currently in Tokyo.", "Tokyo", "present"),
        ("Talks are being held in Doha this week.", "Doha", "present"),
        ("A summit in Kazan.", "Kazan", None),
        ("The delegations could meet in Istanbul on Thursday.", "Thursday", "future"),
        ("The sides agreed to meet again in early October.", "October", "future"),
        ("May 2 was a quiet day in Delhi.", "Delhi", "past"),
        ("On Saturday, the president said Kyiv expected a decision.", "Saturday", "past"),
        ("Putin's planned visit in December", "December", "future"),
        ("A visit is planned for December.", "December", "future"),
        ("They planned the trip in December.", "December", "past"),
        ("Leaders are expected to arrive on December 3.", "December", "future"),
        ("They held talks on Tuesday and the two sides agreed to meet in May.", "Tuesday", "past"),
        ("He met her on Tuesday and they will meet again in May.", "May", "future"),
        ("The vote will be held on June 3, following his removal on April 4.", "April", None),
        ("Dr. Sharma met the envoy. He will fly to Seoul on Friday.", "Friday", "future"),
        ("He will fly to Seoul. Dr. Sharma met the envoy on Friday.", "Friday", "past"),
    ],
)
def test_tense_at(sentence: str, target: str, expected: str | None) -> None:
    start = sentence.index(target)
    assert tense_at(sentence, start, start + len(target)) == expected


def test_tense_at_rejects_bad_offsets_and_types() -> None:
    with pytest.raises(InputError):
        tense_at("abc", 2, 1)
    with pytest.raises(InputError):
        tense_at("abc", 0, 4)
    with pytest.raises(InputTypeError):
        tense_at(b"abc", 0, 1)  # type: ignore[arg-type]


# --- resolve and input checks ------------------------------------------------------------


def test_resolve_uses_the_given_tense_over_the_text() -> None:
    assert resolve("in December", NOV17, tense="past") == span("2024-12-01", "2024-12-31", "month")
    assert resolve("in December", NOV17, tense="future") == span(
        "2025-12-01", "2025-12-31", "month"
    )
    assert resolve("met in December", NOV17) == span("2024-12-01", "2024-12-31", "month")
    assert resolve("nothing here", NOV17) is None


def test_bad_inputs_raise_library_errors() -> None:
    with pytest.raises(InputTypeError):
        find(b"November 17")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        find("November 17", anchor="2025-11-17")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        resolve("in December", NOV17, tense="later")  # type: ignore[arg-type]


def test_oversized_text_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", "10")
    with pytest.raises(InputTooLargeError):
        find("on November 17, 2025")


def test_a_datetime_anchor_counts_as_its_date() -> None:
    assert resolve("tomorrow", dt.datetime(2025, 11, 17, 23, 59)) == span("2025-11-18")


def test_anchor_at_the_edge_of_the_calendar_does_not_crash() -> None:
    assert resolve("tomorrow", dt.date.max) is None
    assert resolve("in December", dt.date.min) is not None
