"""Office-title resolution: every official with a canonical name, country and role.

STUB: to be implemented (issue 3).
"""

from __future__ import annotations

import datetime as dt

from dipnews._text import check_text
from dipnews.records import Official

__all__ = ["resolve"]


def resolve(text: str, *, published: dt.date | None = None) -> list[Official]:
    """Every mention of an official in *text*, in order of appearance."""
    check_text(text)
    return []
