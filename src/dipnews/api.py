"""The one-call API: :func:`parse` runs every component on one article, and
:func:`parse_many` on many.

Both run the stages of :mod:`dipnews.stages` (header, officials, forums, times, events),
then assemble the article. :func:`parse` runs them one after the other on its one article;
:func:`parse_many` runs each stage over a batch of articles before the next stage, so that
one component's patterns and tables are still in the processor's caches for the next
article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from dipnews import stages
from dipnews._text import check_date
from dipnews.errors import InputTypeError
from dipnews.knowledge import Knowledge, check_knowledge
from dipnews.records import Article

__all__ = ["parse", "parse_many"]


def parse(
    text: str,
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> Article:
    """Parse one article into an :class:`~dipnews.records.Article`.

    *published* is the article's date where the caller knows it; otherwise it is read
    from the article's metadata date line or its dateline. Relative dates (``on
    Monday``) are resolved against it.

    Raises :class:`~dipnews.errors.InputTypeError` if *text* is not a ``str`` and
    :class:`~dipnews.errors.InputTooLargeError` if it is longer than *max_chars*
    (default 10,000,000, or ``DIPNEWS_MAX_CHARS`` from the environment).

    *knowledge* holds the tables to look things up in (the office holders: see
    :class:`~dipnews.knowledge.Knowledge`); the package's own by default.

    >>> from dipnews import parse
    >>> article = parse("MOSCOW, Aug 21 (Reuters) - The ministers met.", published=None)
    >>> article.published is None or isinstance(article.published, dt.date)
    True
    """
    return stages.run(stages.Job(text, published, max_chars=max_chars, knowledge=knowledge))


def _parse_each(
    items: Sequence[tuple[str, dt.date | None]],
    *,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> list[Article | Exception]:
    """:func:`parse` of each ``(text, published)`` of *items*, in order, each stage run
    over all of them before the next; where parsing an item raises, its place holds the
    exception and the other items are parsed all the same."""
    return stages.run_each(
        [stages.Job(text, given, max_chars=max_chars, knowledge=knowledge) for text, given in items]
    )


#: Articles per batch of :func:`parse_many`: past 16 to 32 the gain stops growing
#: (``benchmarks/README.md``), and a batch's articles and records are held at once.
BATCH_SIZE = 32


def parse_many(
    texts: Iterable[str],
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    batch_size: int = BATCH_SIZE,
    knowledge: Knowledge | None = None,
) -> Iterator[Article]:
    """:func:`parse` of each of *texts*, in order, lazily: the same articles, faster.

    Texts are read *batch_size* at a time and each component runs over a batch before the
    next one does, which saves 10-30% of the time on wire copy (``benchmarks/README.md``).

    The arguments are checked at the call: :class:`~dipnews.errors.InputTypeError` when
    *texts* is itself one ``str`` (or bytes) or *published* not a date, ``ValueError``
    for a *batch_size* under 1. The texts are parsed as the articles are asked for; the
    error :func:`parse` raises for a text is raised once the articles before it have
    been yielded.

    >>> from dipnews import parse_many
    >>> texts = ["MOSCOW, Aug 21 (Reuters) - Talks.", "New Delhi, Nov 17 (IANS) They met."]
    >>> [a.dateline.agency for a in parse_many(texts)]
    ['Reuters', 'IANS']
    """
    if isinstance(texts, (str, bytes, bytearray)):
        # one text would be read as many texts of one character each
        raise InputTypeError(
            f"parse_many takes an iterable of texts, not one {type(texts).__name__}: use parse"
        )
    published = check_date(published)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    check_knowledge(knowledge)
    return _many(texts, published, max_chars, batch_size, knowledge)  # parsed lazily


def _many(
    texts: Iterable[str],
    published: dt.date | None,
    max_chars: int | None,
    batch_size: int,
    knowledge: Knowledge | None,
) -> Iterator[Article]:
    batch: list[tuple[str, dt.date | None]] = []
    for text in texts:
        batch.append((text, published))
        if len(batch) == batch_size:
            yield from _raising(_parse_each(batch, max_chars=max_chars, knowledge=knowledge))
            batch = []
    if batch:
        yield from _raising(_parse_each(batch, max_chars=max_chars, knowledge=knowledge))


def _raising(results: list[Article | Exception]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Exception):
            raise result
        yield result
