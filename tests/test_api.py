""":func:`dipnews.parse_many`: the articles :func:`dipnews.parse` gives one by one, in
order, with the error :func:`dipnews.parse` raises in its place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipnews
from dipnews.api import _parse_each
from dipnews.errors import InputTooLargeError, InputTypeError
from tests.strategies.text import WIRE_PROSE, hostile_articles

NOV17 = dt.date(2025, 11, 17)


def test_the_seeds_parse_as_they_do_one_by_one(seeds: dict[str, str]) -> None:
    texts = list(seeds.values()) * 3
    for size in (1, 2, 4, 32):
        many = list(dipnews.parse_many(texts, batch_size=size))
        assert many == [dipnews.parse(t) for t in texts]
    dated = list(dipnews.parse_many(texts, published=NOV17))
    assert dated == [dipnews.parse(t, published=NOV17) for t in texts]


@given(st.lists(hostile_articles(max_pieces=12), max_size=6), st.integers(1, 4))
def test_any_texts_parse_as_they_do_one_by_one(texts: list[str], size: int) -> None:
    assert list(dipnews.parse_many(texts, batch_size=size)) == [dipnews.parse(t) for t in texts]


def test_texts_are_read_a_batch_at_a_time() -> None:
    read: list[int] = []

    def texts() -> Iterator[str]:
        for i in range(10):
            read.append(i)
            yield f"Talks number {i} were held."

    articles = dipnews.parse_many(texts(), batch_size=4)
    next(articles)
    assert read == [0, 1, 2, 3]
    assert len(list(articles)) == 9


def test_the_first_bad_text_raises_after_the_articles_before_it() -> None:
    texts: list[object] = ["Talks were held.", WIRE_PROSE, b"bytes", "Never reached."]
    articles = dipnews.parse_many(texts, batch_size=8)  # type: ignore[arg-type]
    assert next(articles) == dipnews.parse("Talks were held.")
    assert next(articles) == dipnews.parse(WIRE_PROSE)
    with pytest.raises(InputTypeError, match="decode bytes first"):
        next(articles)


def test_the_size_limit_and_the_date_are_checked_as_parse_checks_them() -> None:
    with pytest.raises(InputTooLargeError):
        list(dipnews.parse_many(["short", "x" * 101], max_chars=100))
    with pytest.raises(InputTypeError, match=r"published must be a datetime\.date"):
        dipnews.parse_many(["Talks."], published="2025-11-17")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="not one str: use parse"):
        dipnews.parse_many("MOSCOW, Aug 21 (Reuters) - Talks.")  # at the call, not later
    with pytest.raises(ValueError, match="batch_size must be >= 1"):
        dipnews.parse_many(["Talks."], batch_size=0)


@pytest.mark.usefixtures("forums_break_on_boom")
def test_an_error_in_one_item_leaves_the_others_of_its_batch_parsed() -> None:
    limit = len(WIRE_PROSE)
    items = [(WIRE_PROSE, None), ("BOOM", None), ("x" * (limit + 1), None)]
    out = _parse_each(items, max_chars=limit)
    assert out[0] == dipnews.parse(WIRE_PROSE)
    assert isinstance(out[1], IndexError)
    assert isinstance(out[2], InputTooLargeError)


def test_a_datetime_is_taken_as_its_date() -> None:
    text = "MOSCOW (Reuters) - The ministers met on Monday."
    moment = dt.datetime(2025, 11, 19, 10, 30)
    article = dipnews.parse(text, published=moment)
    assert type(article.published) is dt.date
    assert dipnews.to_dict(article)["published"] == "2025-11-19"
    assert article == dipnews.parse(text, published=dt.date(2025, 11, 19))
    assert list(dipnews.parse_many([text], published=moment)) == [article]
