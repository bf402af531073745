"""Reading a batch's inputs: a folder of ``.txt`` files, a JSONL file or standard input,
each input a :class:`Task` (read lazily, in order)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from dipnews.errors import InputError

__all__ = ["ERROR_KINDS", "Id", "Task", "item_task", "iter_tasks", "jsonl_tasks"]

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


def jsonl_tasks(stream: IO[bytes], source: str) -> Iterator[Task]:
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
        return jsonl_tasks(stream, "<stdin>")
    path = Path(source)
    if path.is_dir():
        return _folder_tasks(path)
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", source=str(path)) from None
    return _closing(handle, jsonl_tasks(handle, str(path)))


def _closing(handle: IO[bytes], tasks: Iterator[Task]) -> Iterator[Task]:
    with handle:
        yield from tasks


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
