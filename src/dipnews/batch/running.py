"""Parsing a batch's inputs: each :class:`~dipnews.batch.inputs.Task` into a
:class:`Result`, a chunk at a time, in this process or in worker processes."""

from __future__ import annotations

import collections
import datetime as dt
import json
import multiprocessing
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from dipnews._compiled import store
from dipnews.api import BATCH_SIZE, _parse_each, parse
from dipnews.batch.inputs import Id, Task, item_task
from dipnews.contract import to_dict
from dipnews.errors import DipnewsError, InputTooLargeError
from dipnews.knowledge import Knowledge
from dipnews.records import Article

__all__ = ["Result", "parse_records", "run_in_batches", "run_task", "run_tasks"]


@attrs.frozen
class Result:
    """The outcome of one :class:`Task`: a contract record (``ok``) or an error record."""

    ok: bool
    id: Id
    record: dict[str, Any]

    def to_json(self) -> str:
        """The JSON line (without newline) written for this result."""
        return json.dumps(self.record, ensure_ascii=False)


def _error(task: Task, kind: str, message: str) -> Result:
    record = {
        "id": task.id,
        "source": task.source,
        "line": task.line,
        "kind": kind,
        "error": message,
    }
    return Result(ok=False, id=task.id, record=record)


def _read_file(path: str) -> tuple[str | None, tuple[str, str] | None]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, ("unreadable", exc.strerror or "cannot read")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, ("undecodable", f"not valid UTF-8 at byte {exc.start}")


def _prepare(task: Task, published: dt.date | None) -> tuple[str, dt.date | None] | Result:
    """The text and date to parse for *task*, or the error :class:`Result` that reading it
    gives (a file that cannot be read, no text, a bad date)."""
    if task.problem is not None:
        return _error(task, *task.problem)
    text = task.text
    if task.path is not None:
        text, problem = _read_file(task.path)
        if problem is not None:
            return _error(task, *problem)
    if text is None or not text.strip():
        return _error(task, "empty", "no text")
    try:
        when = published if task.published is None else dt.date.fromisoformat(task.published)
    except (TypeError, ValueError):
        return _error(task, "bad-published", f"not an ISO date: {task.published!r}")
    return text, when


def _outcome(task: Task, parsed: Article | Exception) -> Result:
    if isinstance(parsed, InputTooLargeError):
        return _error(task, "too-large", str(parsed))
    if isinstance(parsed, DipnewsError):
        return _error(task, "failed", str(parsed))
    if isinstance(parsed, Exception):  # a bug in a component must not stop a big batch
        return _error(task, "failed", f"internal error: {type(parsed).__name__}: {parsed}")
    return Result(ok=True, id=task.id, record={"id": task.id, **to_dict(parsed)})


def run_tasks(
    tasks: Sequence[Task],
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> list[Result]:
    """:func:`run_task` of each of *tasks*, in order, with each component run over all of
    them before the next (as :func:`dipnews.parse_many` does). Never raises."""
    results: list[Result | None] = []
    todo: list[tuple[str, dt.date | None]] = []
    for task in tasks:
        item = _prepare(task, published)
        if isinstance(item, Result):
            results.append(item)
        else:
            results.append(None)
            todo.append(item)
    parsed = iter(_parse_each(todo, max_chars=max_chars, knowledge=knowledge))
    return [
        result if result is not None else _outcome(task, next(parsed))
        for task, result in zip(tasks, results, strict=True)
    ]


def run_task(
    task: Task,
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> Result:
    """Parse one input. Never raises: a bad input gives an error :class:`Result`.

    *published* is the date for inputs that do not carry their own; *knowledge* the
    tables to look things up in (the package's by default).
    """
    return run_tasks([task], published=published, max_chars=max_chars, knowledge=knowledge)[0]


# The knowledge a worker process was started with (set once, by the pool's initializer).
_worker_knowledge: list[Knowledge | None] = [None]


def _start_worker(knowledge: Knowledge | None) -> None:
    _worker_knowledge[0] = knowledge


def _run_chunk(
    tasks: list[Task],
    published: dt.date | None,
    max_chars: int | None,
    knowledge: Knowledge | None = None,
) -> list[tuple[bool, Id, str]]:
    knowledge = knowledge if knowledge is not None else _worker_knowledge[0]
    return [
        (result.ok, result.id, result.to_json())
        for result in run_tasks(
            tasks, published=published, max_chars=max_chars, knowledge=knowledge
        )
    ]


def run_in_batches(
    tasks: Iterable[Task],
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> Iterator[Result]:
    """:func:`run_task` of each of *tasks*, in order, lazily: ``dipnews.api.BATCH_SIZE`` (32)
    tasks are read and run at a time (see :func:`run_tasks`)."""
    for chunk in _chunks(tasks, BATCH_SIZE):
        yield from run_tasks(chunk, published=published, max_chars=max_chars, knowledge=knowledge)


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WARM_UP = "New Delhi, Nov 17 (IANS) Foreign Minister Ivan Petrov met the SCO envoy on Monday."


def _pool_context() -> multiprocessing.context.BaseContext:
    """How worker processes start.

    The data tables are loaded and the patterns compiled here first, and the compiled
    patterns written to the cache directory (:mod:`dipnews._compiled`). On Linux, when this
    process runs no other thread, workers are then forked, so they share all of it and
    start at once. Elsewhere, or with threads about (a fork would copy their locks), they
    are spawned: each imports dipnews and loads the tables itself, and reads the patterns
    back instead of compiling them (a worker is stopped, not left to exit, so it would
    never write what it compiled).
    """
    parse(_WARM_UP)
    store().save()
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def results_in_order(
    tasks: Iterable[Task],
    *,
    jobs: int,
    chunksize: int,
    published: dt.date | None,
    max_chars: int | None,
    knowledge: Knowledge | None = None,
) -> Iterator[list[tuple[bool, Id, str]]]:
    """Chunks of results in input order; *jobs* > 1 spreads chunks over processes, each
    started with *knowledge* (the package's, with any file loaded into it, by default)."""
    if jobs <= 1:
        for chunk in _chunks(tasks, chunksize):
            yield _run_chunk(chunk, published, max_chars, knowledge)
        return
    given = knowledge if knowledge is not None else Knowledge.default()
    context = _pool_context()
    with context.Pool(jobs, initializer=_start_worker, initargs=(given,)) as pool:
        pending: collections.deque[Any] = collections.deque()
        for chunk in _chunks(tasks, chunksize):
            pending.append(pool.apply_async(_run_chunk, (chunk, published, max_chars)))
            if len(pending) >= 4 * jobs:  # bounded: never more than 4 chunks per worker
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def parse_records(
    records: Iterable[Mapping[str, Any] | object],
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse dicts shaped like JSONL input lines; yield output or error records in order.

    The position (from 1) stands in for the line number. Runs in this process, reading
    and parsing ``dipnews.api.BATCH_SIZE`` (32) records at a time (see :func:`run_tasks`).
    """
    tasks = (
        item_task(obj, position, source="<records>")
        for position, obj in enumerate(records, start=1)
    )
    for result in run_in_batches(
        tasks, published=published, max_chars=max_chars, knowledge=knowledge
    ):
        yield result.record
