"""The dipnews/1 JSON contract: exact keys, JSON-serialisable, lossless round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given

import dipnews
from dipnews.records import DateSpan, Official
from tests.strategies import articles

CONTRACT_KEYS = [
    "schema",
    "published",
    "dateline",
    "byline",
    "agencies",
    "officials",
    "forums",
    "events",
    "agreements",
]


@given(articles())
def test_round_trip_through_json(article: dipnews.Article) -> None:
    data = json.loads(json.dumps(dipnews.to_dict(article)))
    assert dipnews.from_dict(data) == article


@given(articles())
def test_exact_top_level_keys(article: dipnews.Article) -> None:
    assert list(dipnews.to_dict(article)) == CONTRACT_KEYS


def test_parse_gives_contract_keys_on_a_seed(seeds: dict[str, str]) -> None:
    data = dipnews.to_dict(dipnews.parse(seeds["000"]))
    assert list(data) == CONTRACT_KEYS
    assert data["schema"] == "dipnews/1"


def test_wrong_schema_is_a_contract_error() -> None:
    data = dipnews.to_dict(dipnews.Article())
    data["schema"] = "dipnews/0"
    with pytest.raises(dipnews.ContractError):
        dipnews.from_dict(data)


def test_missing_key_is_a_contract_error() -> None:
    data = dipnews.to_dict(dipnews.Article())
    del data["officials"]
    with pytest.raises(dipnews.ContractError, match="officials"):
        dipnews.from_dict(data)


def test_unknown_role_is_rejected() -> None:
    with pytest.raises(ValueError, match="role"):
        Official("A B", "A B", "IND", "KING_OF_THE_WORLD", None, 0, 3)


def test_offsets_must_match_surface_length() -> None:
    with pytest.raises(ValueError, match="surface"):
        Official("A B", "A B", "IND", "HEAD_OF_STATE", None, 0, 5)


def test_date_span_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="before"):
        DateSpan(dt.date(2025, 1, 2), dt.date(2025, 1, 1), "days")


def test_parse_rejects_bytes_with_a_typed_error() -> None:
    with pytest.raises(dipnews.InputTypeError, match="decode"):
        dipnews.parse(b"MOSCOW, Aug 21 (Reuters) -")  # type: ignore[arg-type]


def test_parse_refuses_text_over_the_limit() -> None:
    with pytest.raises(dipnews.InputTooLargeError, match="limit of 10"):
        dipnews.parse("x" * 11, max_chars=10)


@pytest.mark.parametrize("bad", [0.5, True, "3"])
def test_offsets_must_be_whole_numbers(bad: object) -> None:
    data = dipnews.to_dict(dipnews.Article())
    data["officials"] = [
        {
            "name": "A",
            "surface": "A",
            "country": None,
            "role": "HEAD_OF_STATE",
            "title": None,
            "start": bad,
            "end": 1,
        }
    ]
    with pytest.raises(dipnews.ContractError):
        dipnews.from_dict(data)


@pytest.mark.parametrize("raw", ["-5", "0", "ten"])
def test_a_bad_size_limit_in_the_environment_is_an_error(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", raw)
    with pytest.raises(dipnews.InputError, match="DIPNEWS_MAX_CHARS"):
        dipnews.parse("Geneva: the ministers met.")
