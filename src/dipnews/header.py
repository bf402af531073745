"""Header parsing: the article's date, wire dateline, bylines and agency credits.

STUB: to be implemented (issue 2).
"""

from __future__ import annotations

import datetime as dt

from dipnews._text import check_text
from dipnews.records import Header

__all__ = ["parse_header"]


def parse_header(text: str, *, published: dt.date | None = None) -> Header:
    """Parse the header fields of *text*.

    *published*, when given, supplies the year of a dateline that omits it (and
    overrides the metadata date line for that purpose).
    """
    check_text(text)
    return Header()
