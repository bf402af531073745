"""Shared test set-up: Hypothesis profiles and the seed articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from dipnews.records import ForumMention

# Generation can be slow on a loaded 2-core CI machine; that is not a failure of dipnews.
_SLOW_OK = [HealthCheck.too_slow]
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed article whose file name starts with *prefix* (``"000"``)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """Every seed article's text by its three-digit prefix."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture
def forums_break_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`dipnews.forums.find` raising ``IndexError("a bug")`` on any text holding
    ``BOOM``, as a bug in a component would, and working as usual on the others."""
    from dipnews import forums

    real = forums.find

    def buggy(text: str) -> list[ForumMention]:
        if "BOOM" in text:
            raise IndexError("a bug")
        return real(text)

    monkeypatch.setattr(forums, "find", buggy)
