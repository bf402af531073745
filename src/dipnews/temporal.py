"""Temporal expressions: find them with offsets and resolve them against an anchor date.

STUB: to be implemented (issue 2).
"""

from __future__ import annotations

import datetime as dt

from dipnews._text import check_text
from dipnews.records import TimeExpression

__all__ = ["find"]


def find(text: str, *, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every temporal expression in *text*, in order, resolved against *anchor*."""
    check_text(text)
    return []
