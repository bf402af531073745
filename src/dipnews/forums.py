"""Forum canonicalisation: organisations, their meetings and bilateral mechanisms.

STUB: to be implemented (issue 4).
"""

from __future__ import annotations

from dipnews._text import check_text
from dipnews.records import Forum, ForumMention

__all__ = ["canonicalise", "display_name", "find"]


def canonicalise(name: str) -> Forum | None:
    """The canonical :class:`~dipnews.records.Forum` for a forum *name*, or ``None``."""
    check_text(name, what="name")
    return None


def find(text: str) -> list[ForumMention]:
    """Every forum mentioned in *text*, in order."""
    check_text(text)
    return []


def display_name(forum: Forum) -> str:
    """A readable full name for *forum*."""
    return forum.org
