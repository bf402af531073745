"""Hypothesis strategies for batch inputs: JSONL lines good and bad."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

__all__ = ["input_lines", "input_objects"]

_texts = st.one_of(
    st.text(min_size=0, max_size=80),
    st.sampled_from(
        [
            "New Delhi, Nov 17 (IANS) The ministers met in Moscow on Monday.",
            "BEIJING, Nov. 3 (Xinhua) -- Chinese Premier Li met visiting leaders.",
            "   ",
        ]
    ),
)
_ids = st.one_of(st.text(max_size=12), st.integers(-5, 10_000), st.none(), st.booleans())
_published = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2025-13-01", "17/11/2025", ""]),
    st.integers(),
)


@st.composite
def input_objects(draw: st.DrawFn) -> Any:
    """A value shaped more or less like a JSONL input object (often malformed)."""
    obj: dict[str, Any] = {}
    if draw(st.booleans()):
        obj["text"] = draw(st.one_of(_texts, st.integers(), st.none()))
    if draw(st.booleans()):
        obj["id"] = draw(_ids)
    if draw(st.booleans()):
        obj["published"] = draw(_published)
    return draw(st.one_of(st.just(obj), st.just(obj), st.lists(st.integers(), max_size=2)))


@st.composite
def input_lines(draw: st.DrawFn) -> bytes:
    """One JSONL input line (bytes, newline-terminated): JSON, or garbage."""
    choice = draw(st.integers(0, 4))
    if choice == 0:
        body = draw(st.binary(max_size=30)).replace(b"\n", b" ")
    elif choice == 1:
        body = draw(st.text(max_size=30)).replace("\n", " ").encode("utf-8")
    else:
        body = json.dumps(draw(input_objects())).encode("utf-8")
    return body + b"\n"
