"""Batch processing: many articles in, one JSON line per article out.

The engine behind ``dipnews batch``; usable from Python as :func:`run_batch` (files) or
:func:`parse_records` (any iterable of dicts).

Inputs
    a folder of ``.txt`` files (searched recursively, in sorted path order; each file's
    ``id`` is its path relative to the folder, with ``/``), a JSONL file, or ``-`` for JSONL
    on standard input. A JSONL line is an object with a ``text`` string and optionally an
    ``id`` (string or integer; default: the 1-based line number) and ``published`` (an ISO
    ``YYYY-MM-DD`` date). Blank lines are skipped.

Output (one line per good input, in input order)
    the ``dipnews/1`` contract object with the input's ``id`` as an extra first key::

        {"id": "a.txt", "schema": "dipnews/1", "published": ..., "dateline": ..., ...}

    Every contract key is unchanged, so ``dipnews.from_dict(line)`` reads a line back (it
    ignores ``id``).

Errors (one line per bad input, in input order, to the errors file or standard error)
    ``{"id": ..., "source": "in.jsonl", "line": 7, "kind": "not-json", "error": "..."}``;
    ``line`` is ``null`` for a file of a folder. ``kind`` is one of :data:`ERROR_KINDS`.

Order and memory
    Results are written in input order whatever ``jobs`` is. Inputs are read lazily and at
    most ``4 * jobs`` chunks of ``chunksize`` articles are in flight, so memory does not grow
    with the corpus.

Resuming
    With ``resume=True`` the ids already in the output (and in the errors file) are read
    first; a truncated last line (an interrupted write) is cut off; those inputs are skipped
    and new lines appended. Ids are counted, so an id that repeats in the input is skipped
    only as often as it was already written.

>>> from dipnews.batch import parse_records
>>> out = list(parse_records([{"id": "a", "text": "MOSCOW, Aug 21 (Reuters) - Talks."},
...                           {"id": "b", "text": "   "}]))
>>> [(r["id"], "schema" in r, r.get("kind")) for r in out]
[('a', True, None), ('b', False, 'empty')]
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import attrs

from dipnews.batch import inputs
from dipnews.batch.inputs import Task, item_task, iter_tasks
from dipnews.batch.progress import Progress, count_total
from dipnews.batch.resume import done_ids, id_key
from dipnews.batch.running import (
    Result,
    parse_records,
    results_in_order,
    run_in_batches,
    run_task,
    run_tasks,
)
from dipnews.knowledge import Knowledge

__all__ = [
    "ERROR_KINDS",
    "BatchReport",
    "Result",
    "Task",
    "default_jobs",
    "item_task",
    "iter_tasks",
    "parse_records",
    "run_batch",
    "run_in_batches",
    "run_task",
    "run_tasks",
]

#: The ``kind`` of an error record (``"not-json"``, ``"empty"``, ``"too-large"``...).
ERROR_KINDS: tuple[str, ...] = inputs.ERROR_KINDS


@attrs.frozen
class BatchReport:
    """What a batch did: inputs written, failed, and skipped as already done (resume)."""

    written: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def exit_status(self) -> int:
        """0 when no input failed, else 1 (the ``dipnews batch`` exit status)."""
        return 1 if self.failed else 0


def run_batch(
    source: str | Path,
    output: str | Path,
    *,
    jobs: int = 1,
    errors_file: str | Path | None = None,
    resume: bool = False,
    published: dt.date | None = None,
    max_chars: int | None = None,
    chunksize: int = 16,
    progress: bool | None = None,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    on_result: Callable[[Result], None] | None = None,
    knowledge: Knowledge | None = None,
) -> BatchReport:
    """Parse every input of *source* into *output* (JSONL; ``"-"`` for standard output).

    *knowledge* holds the tables to look things up in (see
    :class:`~dipnews.knowledge.Knowledge`); every worker process gets it, however it is
    started.

    Bad inputs go to *errors_file* (JSONL) or, without one, as one line each to standard
    error. *progress* ``None`` shows a progress line only when standard error is a
    terminal. See the module documentation for formats, order, memory and resuming.

    Raises :class:`~dipnews.errors.InputError` when *source* cannot be opened, and
    ``ValueError`` for ``jobs < 1``, ``chunksize < 1`` or ``resume`` with standard output.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be >= 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    err = stderr if stderr is not None else sys.stderr
    to_stdout = str(output) == "-"
    if resume and to_stdout:
        raise ValueError("cannot resume when writing to standard output")
    done: collections.Counter[str] = collections.Counter()
    if resume:
        done = done_ids(Path(output))
        if errors_file is not None:
            done.update(done_ids(Path(errors_file)))
    tasks = iter_tasks(source, stdin=stdin)
    show = err.isatty() if progress is None else progress
    bar = Progress(err, count_total(source) if show else None) if show else None
    mode = "a" if resume else "w"
    with contextlib.ExitStack() as stack:
        out = (
            (stdout if stdout is not None else sys.stdout)
            if to_stdout
            else stack.enter_context(Path(output).open(mode, encoding="utf-8", newline="\n"))
        )
        errs = (
            None
            if errors_file is None
            else stack.enter_context(Path(errors_file).open(mode, encoding="utf-8", newline="\n"))
        )
        settings = _Settings(jobs, chunksize, published, max_chars, knowledge)
        return _write_all(tasks, done, out, errs, err, bar, settings, on_result)


@attrs.frozen
class _Settings:
    """How a batch runs: workers, chunk size, the date for undated inputs, the size
    limit and the knowledge to look things up in."""

    jobs: int
    chunksize: int
    published: dt.date | None
    max_chars: int | None
    knowledge: Knowledge | None


def _write_all(
    tasks: Iterator[Task],
    done: collections.Counter[str],
    out: IO[str],
    errs: IO[str] | None,
    err: IO[str],
    bar: Progress | None,
    settings: _Settings,
    on_result: Callable[[Result], None] | None,
) -> BatchReport:
    skipped = written = failed = 0

    def todo() -> Iterator[Task]:
        nonlocal skipped
        for task in tasks:
            key = id_key(task.id)
            if done[key] > 0:
                done[key] -= 1
                skipped += 1
                continue
            yield task

    try:
        for chunk in results_in_order(
            todo(),
            jobs=settings.jobs,
            chunksize=settings.chunksize,
            published=settings.published,
            max_chars=settings.max_chars,
            knowledge=settings.knowledge,
        ):
            for ok, ident, line in chunk:
                if ok:
                    out.write(line + "\n")
                    written += 1
                else:
                    failed += 1
                    if errs is not None:
                        errs.write(line + "\n")
                    else:
                        record = json.loads(line)
                        where = record["source"] + (
                            "" if record["line"] is None else f":{record['line']}"
                        )
                        err.write(f"dipnews: {where}: {record['error']} ({record['kind']})\n")
                if on_result is not None:
                    on_result(Result(ok=ok, id=ident, record=json.loads(line)))
            out.flush()  # a finished chunk is on disk before the next one starts
            if errs is not None:
                errs.flush()
            if bar is not None:
                bar.update(skipped + written + failed)
    finally:
        if bar is not None:
            bar.update(skipped + written + failed, final=True)
    return BatchReport(written=written, failed=failed, skipped=skipped)


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
