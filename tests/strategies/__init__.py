"""Composable Hypothesis strategies that build dipnews inputs and records from parts."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from dipnews.records import (
    AGREEMENT_KINDS,
    EVENT_KINDS,
    EVENT_STATUSES,
    PRECISIONS,
    ROLE_CODES,
    Agreement,
    Article,
    Dateline,
    DateSpan,
    Event,
    Forum,
    ForumMention,
    Official,
)

words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    start = draw(dates)
    length = draw(st.integers(min_value=0, max_value=400))
    end = min(start + dt.timedelta(days=length), dt.date(2100, 12, 31))
    return DateSpan(start, end, draw(st.sampled_from(PRECISIONS)))


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    surface = draw(words)
    start = draw(st.integers(min_value=0, max_value=10_000))
    return surface, start, start + len(surface)


@st.composite
def forum_records(draw: st.DrawFn) -> Forum:
    return Forum(
        org=draw(st.sampled_from(["UN", "SCO", "BRICS", "G20", "IND-RUS-SUMMIT"])),
        body=draw(st.none() | st.sampled_from(["GA", "SC", "SUMMIT", "FMM"])),
        edition=draw(st.none() | st.integers(min_value=1, max_value=200)),
        place=draw(st.none() | words),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Arbitrary but valid :class:`Article` records (for contract round trips)."""

    def officials() -> Official:
        s, a, b = draw(spans())
        return Official(
            name=draw(words),
            surface=s,
            country=draw(st.none() | st.sampled_from(["IND", "RUS", "USA", "UN"])),
            role=draw(st.sampled_from(ROLE_CODES)),
            title=draw(st.none() | words),
            start=a,
            end=b,
        )

    def event() -> Event:
        s, a, b = draw(spans())
        return Event(
            kind=draw(st.sampled_from(EVENT_KINDS)),
            participants=draw(st.lists(words, max_size=3)),
            date=draw(st.none() | date_spans()),
            place=draw(st.none() | words),
            forum=draw(st.none() | forum_records()),
            status=draw(st.sampled_from(EVENT_STATUSES)),
            cameo=draw(st.sampled_from(["036", "040", "042", "043", "044"])),
            plover=draw(st.sampled_from(["CONSULT", "AGREE"])),
            surface=s,
            start=a,
            end=b,
        )

    def agreement() -> Agreement:
        s, a, b = draw(spans())
        return Agreement(
            kind=draw(st.sampled_from(AGREEMENT_KINDS)),
            parties=draw(st.lists(st.sampled_from(["IND", "RUS", "CHN"]), max_size=3)),
            topic=draw(words),
            date=draw(st.none() | date_spans()),
            cameo=draw(st.sampled_from(["030", "057"])),
            plover=draw(st.sampled_from(["AGREE", "SUPPORT"])),
            surface=s,
            start=a,
            end=b,
        )

    def forum_mention() -> ForumMention:
        s, a, b = draw(spans())
        return ForumMention(draw(forum_records()), s, a, b)

    dateline = None
    if draw(st.booleans()):
        s, a, b = draw(spans())
        dateline = Dateline(
            place=draw(st.none() | words),
            date=draw(st.none() | dates),
            agency=draw(st.none() | st.sampled_from(["IANS", "Reuters"])),
            surface=s,
            start=a,
            end=b,
        )
    n = st.integers(min_value=0, max_value=3)
    return Article(
        published=draw(st.none() | dates),
        dateline=dateline,
        byline=draw(st.lists(words, max_size=3)),
        agencies=draw(st.lists(words, max_size=3)),
        officials=[officials() for _ in range(draw(n))],
        forums=[forum_mention() for _ in range(draw(n))],
        events=[event() for _ in range(draw(n))],
        agreements=[agreement() for _ in range(draw(n))],
    )
