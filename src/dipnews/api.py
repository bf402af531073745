"""The one-call API: :func:`parse` runs every component on one article, and
:func:`parse_many` on many.

Both run the same stages (:data:`_STAGES`) over a :class:`_Job` per article: header,
officials, forums, times, events, then the article is assembled. :func:`parse` runs them
one after the other on its one article; :func:`parse_many` runs each stage over a batch of
articles before the next stage, so that one component's patterns and tables are still in
the processor's caches for the next article (see ``benchmarks/README.md``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

from dipnews import events as _events
from dipnews import forums as _forums
from dipnews import header as _header
from dipnews import officials as _officials
from dipnews import temporal as _temporal
from dipnews._text import check_date, check_text
from dipnews.errors import InputTypeError
from dipnews.records import (
    Article,
    ForumMention,
    Header,
    Official,
    TimeExpression,
)

__all__ = ["parse", "parse_many"]


class _Job:
    """One article on its way through the stages: its input and what each stage found."""

    __slots__ = ("forums", "found", "given", "header", "max_chars", "officials", "text", "times")

    def __init__(self, text: str, given: dt.date | None, max_chars: int | None) -> None:
        self.text = text
        self.given = given
        self.max_chars = max_chars
        self.header: Header
        self.officials: list[Official]
        self.forums: list[ForumMention]
        self.times: list[TimeExpression]
        self.found: _events.Extraction

    @property
    def when(self) -> dt.date | None:
        """The date relative dates are resolved against."""
        return self.header.anchor(self.given)


def _read_header(job: _Job) -> None:
    check_text(job.text, limit=job.max_chars)
    job.given = check_date(job.given)
    job.header = _header.parse_header(job.text, published=job.given)


def _find_officials(job: _Job) -> None:
    job.officials = _officials.resolve(job.text, published=job.when, agencies=job.header.agencies)


def _find_forums(job: _Job) -> None:
    job.forums = _forums.find(job.text)


def _find_times(job: _Job) -> None:
    job.times = _temporal.find(job.text, anchor=job.when)


def _find_events(job: _Job) -> None:
    job.found = _events.extract(
        job.text,
        published=job.when,
        officials=job.officials,
        forums=job.forums,
        times=job.times,
        dateline=job.header.dateline,
    )


#: The stages, in order; each reads what the ones before it stored on the job.
_STAGES: tuple[Callable[[_Job], None], ...] = (
    _read_header,
    _find_officials,
    _find_forums,
    _find_times,
    _find_events,
)


def _article(job: _Job) -> Article:
    return Article.assemble(
        job.header,
        published=job.when,
        officials=job.officials,
        forums=job.forums,
        events=job.found.events,
        agreements=job.found.agreements,
    )


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
    job = _Job(text, published, max_chars)
    for stage in _STAGES:
        stage(job)
    return _article(job)


def _parse_each(
    items: Sequence[tuple[str, dt.date | None]], *, max_chars: int | None = None
) -> list[Article | Exception]:
    """:func:`parse` of each ``(text, published)`` of *items*, in order, each stage run
    over all of them before the next; where parsing an item raises, its place holds the
    exception and the other items are parsed all the same."""
    jobs = [_Job(text, given, max_chars) for text, given in items]
    out: list[Article | Exception | None] = [None] * len(jobs)
    alive = list(range(len(jobs)))
    for stage in _STAGES:
        still = []
        for i in alive:
            try:
                stage(jobs[i])
            except Exception as exc:  # kept in its place: the caller decides what it means
                out[i] = exc
            else:
                still.append(i)
        alive = still
    for i in alive:
        try:
            out[i] = _article(jobs[i])
        except Exception as exc:
            out[i] = exc
    return [x for x in out if x is not None]


#: Articles per batch of :func:`parse_many`: past 16 to 32 the gain stops growing
#: (``benchmarks/README.md``), and a batch's articles and records are held at once.
BATCH_SIZE = 32


def parse_many(
    texts: Iterable[str],
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    batch_size: int = BATCH_SIZE,
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
    return _many(texts, published, max_chars, batch_size)  # checked now, parsed lazily


def _many(
    texts: Iterable[str], published: dt.date | None, max_chars: int | None, batch_size: int
) -> Iterator[Article]:
    batch: list[tuple[str, dt.date | None]] = []
    for text in texts:
        batch.append((text, published))
        if len(batch) == batch_size:
            yield from _raising(_parse_each(batch, max_chars=max_chars))
            batch = []
    if batch:
        yield from _raising(_parse_each(batch, max_chars=max_chars))


def _raising(results: list[Article | Exception]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Exception):
            raise result
        yield result
