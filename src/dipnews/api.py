"""The one-call API: :func:`parse` runs every component on one article."""

from __future__ import annotations

import datetime as dt

from dipnews import events as _events
from dipnews import forums as _forums
from dipnews import header as _header
from dipnews import officials as _officials
from dipnews._text import check_text
from dipnews.errors import InputTypeError
from dipnews.records import Article

__all__ = ["parse"]


def parse(text: str, *, published: dt.date | None = None, max_chars: int | None = None) -> Article:
    """Parse one article into an :class:`~dipnews.records.Article`.

    *published* is the article's date where the caller knows it; otherwise it is read
    from the article's metadata date line or its dateline. Relative dates (``on
    Monday``) are resolved against it.

    Raises :class:`~dipnews.errors.InputTypeError` if *text* is not a ``str`` and
    :class:`~dipnews.errors.InputTooLargeError` if it is longer than *max_chars*
    (default 10,000,000, or ``DIPNEWS_MAX_CHARS`` from the environment).

    >>> from dipnews import parse
    >>> article = parse("MOSCOW, Aug 21 (Reuters) - The ministers met.", published=None)
    >>> article.published is None or isinstance(article.published, dt.date)
    True
    """
    check_text(text, limit=max_chars)
    if published is not None and not isinstance(published, dt.date):
        raise InputTypeError(f"published must be a datetime.date, not {type(published).__name__}")
    header = _header.parse_header(text, published=published)
    when = header.anchor(published)
    officials = _officials.resolve(text, published=when, agencies=header.agencies)
    forums = _forums.find(text)
    found = _events.extract(
        text, published=when, officials=officials, forums=forums, dateline=header.dateline
    )
    return Article.assemble(
        header,
        published=when,
        officials=officials,
        forums=forums,
        events=found.events,
        agreements=found.agreements,
    )
