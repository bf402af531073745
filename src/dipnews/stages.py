"""The one order in which the components read an article: :data:`STAGES`.

An article goes through the stages as a :class:`Job`: its text, the date the caller gave,
the knowledge to look things up in, and what each stage has found so far. Each stage reads
what the ones before it stored and stores its own result:

1. ``header``: the metadata date, the dateline, bylines and agency credits;
2. ``officials``: the people with an office (they need the header's date and agencies);
3. ``forums``: organisations, their meetings and bilateral mechanisms;
4. ``times``: the date expressions, resolved against the article's date;
5. ``events``: contacts and agreements, from all of the above.

:func:`dipnews.parse` runs the stages on one job, :func:`dipnews.parse_many` and
``dipnews batch`` run each stage over a batch of jobs before the next, and the spaCy
article component runs the stages whose results no component before it stored. A stage
whose result a job already holds is skipped, so a caller can hand in what it knows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from dipnews import events as _events
from dipnews import forums as _forums
from dipnews import header as _header
from dipnews import officials as _officials
from dipnews import temporal as _temporal
from dipnews._text import check_date, check_text
from dipnews.knowledge import Knowledge, check_knowledge
from dipnews.records import Article, ForumMention, Header, Official, TimeExpression

if TYPE_CHECKING:  # spaCy's Doc, for typing only: plain parsing never imports spaCy's tokens
    from spacy.tokens import Doc

__all__ = ["STAGES", "Job", "Stage", "article_of", "run", "run_each"]


class Job:
    """One article on its way through the stages: its input and what each stage found.

    A result left ``None`` is computed by its stage; one given is kept.
    """

    __slots__ = (
        "doc",
        "forums",
        "found",
        "given",
        "header",
        "knowledge",
        "max_chars",
        "officials",
        "text",
        "times",
    )

    def __init__(
        self,
        text: str,
        given: dt.date | None = None,
        *,
        max_chars: int | None = None,
        knowledge: Knowledge | None = None,
        doc: Doc | None = None,
    ) -> None:
        self.text = text
        self.given = given
        self.max_chars = max_chars
        self.knowledge = check_knowledge(knowledge)
        self.doc = doc  # a parsed spaCy Doc the events stage may read, where there is one
        self.header: Header | None = None
        self.officials: Sequence[Official] | None = None
        self.forums: Sequence[ForumMention] | None = None
        self.times: Sequence[TimeExpression] | None = None
        self.found: _events.Extraction | None = None

    @property
    def when(self) -> dt.date | None:
        """The date relative dates are resolved against (needs the header stage)."""
        assert self.header is not None, "the header stage runs first"
        return self.header.anchor(self.given)


def _read_header(job: Job) -> None:
    check_text(job.text, limit=job.max_chars)
    job.given = check_date(job.given)
    job.header = _header.parse_header(job.text, published=job.given)


def _find_officials(job: Job) -> None:
    assert job.header is not None
    job.officials = _officials.resolve(
        job.text, published=job.when, agencies=job.header.agencies, knowledge=job.knowledge
    )


def _find_forums(job: Job) -> None:
    job.forums = _forums.find(job.text)


def _find_times(job: Job) -> None:
    job.times = _temporal.find(job.text, anchor=job.when)


def _find_events(job: Job) -> None:
    assert job.header is not None
    job.found = _events.extract(
        job.text,
        published=job.when,
        officials=job.officials,
        forums=job.forums,
        times=job.times,
        dateline=job.header.dateline,
        doc=job.doc,
    )


@attrs.frozen
class Stage:
    """One stage: its name (the :class:`Job` attribute it fills) and the step filling it."""

    name: str
    step: Callable[[Job], None]

    def pending(self, job: Job) -> bool:
        """Whether *job* still lacks this stage's result."""
        return getattr(job, self.name) is None


#: The stages, in order; each reads what the ones before it stored on the job.
STAGES: tuple[Stage, ...] = (
    Stage("header", _read_header),
    Stage("officials", _find_officials),
    Stage("forums", _find_forums),
    Stage("times", _find_times),
    Stage("found", _find_events),
)


def article_of(job: Job) -> Article:
    """The :class:`~dipnews.records.Article` of a job every stage has run on."""
    assert job.header is not None
    assert job.found is not None
    return Article.assemble(
        job.header,
        published=job.when,
        officials=job.officials or (),
        forums=job.forums or (),
        events=job.found.events,
        agreements=job.found.agreements,
    )


def run(job: Job) -> Article:
    """Run the stages *job* still lacks, in order, and give its article."""
    for stage in STAGES:
        if stage.pending(job):
            stage.step(job)
    return article_of(job)


def run_each(jobs: Sequence[Job]) -> list[Article | Exception]:
    """:func:`run` of each of *jobs*, in order, each stage run over all of them before the
    next; where a job raises, its place holds the exception and the others go on."""
    out: list[Article | Exception | None] = [None] * len(jobs)
    alive = list(range(len(jobs)))
    for stage in STAGES:
        still = []
        for i in alive:
            try:
                if stage.pending(jobs[i]):
                    stage.step(jobs[i])
            except Exception as exc:  # kept in its place: the caller decides what it means
                out[i] = exc
            else:
                still.append(i)
        alive = still
    for i in alive:
        try:
            out[i] = article_of(jobs[i])
        except Exception as exc:
            out[i] = exc
    return [x for x in out if x is not None]
