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
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from dipnews.api import BATCH_SIZE, _parse_each, parse
from dipnews.contract import to_dict
from dipnews.errors import DipnewsError, InputError, InputTooLargeError
from dipnews.knowledge import Knowledge
from dipnews.records import Article

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

#: The ``kind`` of an error record.
ERROR_KINDS: tuple[str, ...] = (
    "unreadable",  # a file that cannot be read
    "undecodable",  # bytes that are not UTF-8
    "empty",  # no text, or only white space
    "not-json",  # a JSONL line that is not JSON
    "not-object",  # a JSONL line that is JSON but not an object
    "missing-text",  # an object without "text"
    "bad-text",  # "text" that is not a string
    "bad-id",  # "id" that is neither a string nor an integer
    "bad-published",  # "published" that is not an ISO date string
    "too-large",  # text longer than the limit
    "failed",  # dipnews could not parse it (a bug: please report it)
)

Id = str | int


@attrs.frozen
class Task:
    """One input: its id, where it came from, and its text (or the file to read it from).

    ``problem`` holds ``(kind, message)`` for an input already known to be bad while
    reading it (not JSON, no ``text``...).
    """

    id: Id
    source: str
    line: int | None = None
    text: str | None = None
    path: str | None = None
    published: str | None = None
    problem: tuple[str, str] | None = None


@attrs.frozen
class Result:
    """The outcome of one :class:`Task`: a contract record (``ok``) or an error record."""

    ok: bool
    id: Id
    record: dict[str, Any]

    def to_json(self) -> str:
        """The JSON line (without newline) written for this result."""
        return json.dumps(self.record, ensure_ascii=False)


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


# -- reading inputs -------------------------------------------------------------------------


def _folder_tasks(folder: Path) -> Iterator[Task]:
    paths = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    for path in paths:
        rel = path.relative_to(folder).as_posix()
        yield Task(id=rel, source=str(path), path=str(path))


def _line_task(raw: bytes, lineno: int, source: str) -> Task | None:
    def bad(kind: str, message: str, ident: Id = lineno) -> Task:
        return Task(id=ident, source=source, line=lineno, problem=(kind, message))

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad("undecodable", f"not valid UTF-8 at byte {exc.start}")
    if lineno == 1:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return bad("not-json", f"not JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:  # "[[[[...]]]]" nested deeper than the decoder can follow
        return bad("not-json", "not JSON: nested too deeply")
    if not isinstance(obj, dict):
        return bad("not-object", f"a JSON {type(obj).__name__}, not an object")
    return _mapping_task(obj, lineno=lineno, source=source)


def _mapping_task(obj: Mapping[str, Any], *, lineno: int, source: str) -> Task:
    ident = obj.get("id", lineno)
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return Task(
            id=lineno,
            source=source,
            line=lineno,
            problem=("bad-id", f"id must be a string or an integer, not {type(ident).__name__}"),
        )

    def bad(kind: str, message: str) -> Task:
        return Task(id=ident, source=source, line=lineno, problem=(kind, message))

    if "text" not in obj:
        return bad("missing-text", 'no "text" field')
    text = obj["text"]
    if not isinstance(text, str):
        return bad("bad-text", f'"text" must be a string, not {type(text).__name__}')
    published = obj.get("published")
    if published is not None:
        if not isinstance(published, str):
            return bad("bad-published", '"published" must be an ISO date string')
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            return bad("bad-published", f'"published" is not an ISO date: {published!r}')
    return Task(id=ident, source=source, line=lineno, text=text, published=published)


def _jsonl_tasks(stream: IO[bytes], source: str) -> Iterator[Task]:
    for lineno, raw in enumerate(stream, start=1):
        task = _line_task(raw, lineno, source)
        if task is not None:
            yield task


def iter_tasks(source: str | Path, *, stdin: IO[bytes] | None = None) -> Iterator[Task]:
    """The inputs of *source* (a folder, a JSONL file or ``"-"``), read lazily, in order.

    Raises :class:`~dipnews.errors.InputError` when *source* does not exist or cannot be
    opened (before yielding anything).
    """
    if str(source) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _jsonl_tasks(stream, "<stdin>")
    path = Path(source)
    if path.is_dir():
        return _folder_tasks(path)
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", source=str(path)) from None
    return _closing(handle, _jsonl_tasks(handle, str(path)))


def _closing(handle: IO[bytes], tasks: Iterator[Task]) -> Iterator[Task]:
    with handle:
        yield from tasks


# -- parsing one input ----------------------------------------------------------------------


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

    On Linux, when this process runs no other thread, workers are forked after the data
    tables are loaded and the patterns compiled here once, so they share them and start at
    once. Elsewhere, or with threads about (a fork would copy their locks), they are
    spawned: each imports dipnews and loads the tables itself.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        parse(_WARM_UP)  # load and compile everything before the fork
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _results(
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


def item_task(item: object, position: int, *, source: str) -> Task:
    """The task for the *position*-th (from 1) item of a sequence of inputs: a
    :class:`Task` as it is, a dict as a JSONL line, anything else an error."""
    if isinstance(item, Task):
        return item
    if isinstance(item, Mapping):
        return _mapping_task(item, lineno=position, source=source)
    return Task(
        id=position,
        source=source,
        line=position,
        problem=("not-object", f"a {type(item).__name__}, not a mapping"),
    )


# -- resuming -------------------------------------------------------------------------------


def _key(ident: object) -> str:
    return json.dumps(ident)


def _done_ids(path: Path) -> collections.Counter[str]:
    """Ids of the complete lines of *path*; a broken tail (an interrupted write) is cut off."""
    done: collections.Counter[str] = collections.Counter()
    if not path.exists():
        return done
    good_until = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                break
            if not isinstance(obj, dict) or "id" not in obj:
                break
            done[_key(obj["id"])] += 1
            good_until += len(raw)
    if path.stat().st_size != good_until:
        with path.open("r+b") as handle:
            handle.truncate(good_until)
    return done


# -- progress -------------------------------------------------------------------------------


class _Progress:
    """A one-line progress display (count, rate, ETA) on a terminal; nothing otherwise."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, done: int, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.shown < 0.2:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        parts = [f"{done}" if self.total is None else f"{done}/{self.total}"]
        if self.total:
            parts.append(f"{100 * done / self.total:3.0f}%")
        parts.append(f"{rate:,.1f} articles/s")
        if self.total and rate > 0 and not final:
            left = max(self.total - done, 0) / rate
            parts.append(f"ETA {int(left) // 60}:{int(left) % 60:02d}")
        end = "\n" if final else ""
        self.stream.write("\r\x1b[K" + "  ".join(parts) + end)
        self.stream.flush()


def _count_total(source: str | Path) -> int | None:
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for p in path.rglob("*.txt") if p.is_file())
    count = 0
    with path.open("rb") as handle:
        for raw in handle:
            count += bool(raw.strip())
    return count


# -- the batch ------------------------------------------------------------------------------


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
        done = _done_ids(Path(output))
        if errors_file is not None:
            done.update(_done_ids(Path(errors_file)))
    tasks = iter_tasks(source, stdin=stdin)
    show = err.isatty() if progress is None else progress
    bar = _Progress(err, _count_total(source) if show else None) if show else None
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
    bar: _Progress | None,
    settings: _Settings,
    on_result: Callable[[Result], None] | None,
) -> BatchReport:
    skipped = written = failed = 0

    def todo() -> Iterator[Task]:
        nonlocal skipped
        for task in tasks:
            key = _key(task.id)
            if done[key] > 0:
                done[key] -= 1
                skipped += 1
                continue
            yield task

    try:
        for chunk in _results(
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
