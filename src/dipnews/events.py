"""Event and agreement extraction.

STUB: to be implemented (issue 5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from dipnews._text import check_text
from dipnews.records import Agreement, Dateline, Event, ForumMention, Official

__all__ = ["Extraction", "extract"]


@attrs.frozen
class Extraction:
    """The events and agreements found in one text."""

    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    officials: Sequence[Official] | None = None,
    forums: Sequence[ForumMention] | None = None,
    dateline: Dateline | None = None,
) -> Extraction:
    """Events and agreements reported in *text*.

    *officials* and *forums* are the results of :func:`dipnews.officials.resolve` and
    :func:`dipnews.forums.find` on the same text; they are computed when not given.
    """
    check_text(text)
    return Extraction()
