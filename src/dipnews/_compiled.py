"""Compiled patterns kept on disk, so that a new process does not compile them again.

Compiling the grammars is most of what a new process spends before its first answer:
both engines parse a pattern and generate its code in Python, and the largest grammars
(the names of every office holder, of every organisation and meeting) take a tenth of a
second each. The code they generate depends only on the pattern, its flags and the
versions of the engine and of Python, so it is kept: the first process to compile a
pattern records its code, and later processes hand the recorded code to the engine's
C constructor, skipping the parse.

The record is one file per set of versions in the user's cache directory
(``$XDG_CACHE_HOME/dipnews``, ``~/.cache/dipnews``, ``~/Library/Caches/dipnews`` or
``%LOCALAPPDATA%\\dipnews\\Cache``), or in ``$DIPNEWS_CACHE_DIR``; an empty
``DIPNEWS_CACHE_DIR`` turns it off. Its name holds the versions of dipnews, Python,
``regex`` and the engines' code formats, so an upgrade of any of them starts a new file
and never reads an old one. The file is written whole and renamed into place when a
process that compiled something new exits, carries a checksum of its content, and is
ignored when it cannot be read, does not match its checksum, or the engine refuses its
code: the pattern is then compiled as if there were no record. A pattern compiled from a
record is the same object the engine would have built from the source (``tests/
test_compiled.py`` checks this on every grammar of the package).

>>> from dipnews._compiled import PatternStore
>>> store = PatternStore(None)  # no directory: compiles, keeps nothing on disk
>>> store.regex(r"\\p{Lu}\\w+").match("Paris x").group()
'Paris'
"""

from __future__ import annotations

import array
import atexit
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from dipnews._version import __version__

__all__ = ["PatternStore", "cache_directory", "compile_regex", "store"]

#: A translation of a ``regex`` source and flags into an :mod:`re` source and flags.
Translation = Callable[[str, int], tuple[str, int]]

#: The environment variable naming the cache directory; empty turns the cache off.
CACHE_ENV = "DIPNEWS_CACHE_DIR"

# CPython's own compiler for re (private modules, read by name); another interpreter, or
# another layout of them, compiles as usual.
_sre: Any
try:
    _sre = importlib.import_module("_sre")
    _re_compiler: Any = importlib.import_module("re._compiler")
    _re_parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - not CPython
    _sre = None


def cache_directory() -> Path | None:
    """Where compiled patterns are kept: ``$DIPNEWS_CACHE_DIR`` if set (``None`` when it is
    empty), else the platform's user cache directory."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base, "dipnews", "Cache") if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "dipnews"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, "dipnews")


def _versions() -> str:
    """Everything the recorded code depends on, as one short name."""
    parts = (
        __version__,
        sys.implementation.cache_tag or "",
        sys.version,
        getattr(_sre, "MAGIC", ""),
        getattr(regex, "__version__", ""),
        getattr(regex, "DEFAULT_VERSION", ""),
    )
    return hashlib.blake2b(repr(parts).encode(), digest_size=8).hexdigest()


def _key(engine: str, source: str, flags: int) -> str:
    return hashlib.blake2b(
        f"{engine}\0{int(flags)}\0{source}".encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()


class _Recorder:
    """Stands in for ``regex``'s C module while one pattern compiles in this thread, and
    keeps the arguments its constructor receives (calls from other threads pass through
    unrecorded)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._thread = threading.get_ident()
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self._thread:
            self.calls.append(args)
        return self._real.compile(*args)


_SWAP = threading.Lock()


def _marshallable(value: Any) -> bool:
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


def _packed(record: tuple[Any, ...]) -> tuple[Any, ...]:
    """*record* with its code (the third argument, a list of 32-bit unsigned integers in
    both engines) as bytes, which are read back much faster than a list."""
    code = array.array("I")
    try:
        code.fromlist(record[2])
    except (OverflowError, TypeError):
        return record
    return (*record[:2], code.tobytes(), *record[3:])


def _unpacked(record: tuple[Any, ...]) -> tuple[Any, ...]:
    """The arguments *record* keeps, its code a list again."""
    if not isinstance(record[2], bytes):
        return record
    code = array.array("I")
    code.frombytes(record[2])
    return (*record[:2], code.tolist(), *record[3:])


class PatternStore:
    """Patterns of both engines, compiled from recorded code where *directory* holds it.

    *directory* ``None`` keeps nothing; :meth:`save` writes what was compiled since the
    store was read (the default store saves when the process exits).
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._path = directory / f"patterns-{_versions()}.bin" if directory else None
        self._records: dict[str, tuple[Any, ...]] | None = None
        self._new: dict[str, tuple[Any, ...]] = {}
        self._lock = threading.Lock()

    # reading and writing the record ------------------------------------------------

    def _loaded(self) -> dict[str, tuple[Any, ...]]:
        records = self._records
        if records is None:
            with self._lock:
                if self._records is None:
                    self._records = self._read()
                records = self._records
        return records

    def _read(self) -> dict[str, tuple[Any, ...]]:
        if self._path is None:
            return {}
        try:
            data = self._path.read_bytes()
        except OSError:
            return {}
        digest, payload = data[:32], data[32:]
        if hashlib.blake2b(payload, digest_size=32).digest() != digest:
            return {}
        try:
            records = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return {}
        return records if isinstance(records, dict) else {}

    def save(self) -> None:
        """Write the record, with what this process compiled added (nothing happens when
        it compiled nothing new or there is no directory; a directory that cannot be
        written is left alone)."""
        with self._lock:
            if self._path is None or not self._new:
                return
            records = {**self._read(), **self._new}
            payload = marshal.dumps(records)
            data = hashlib.blake2b(payload, digest_size=32).digest() + payload
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(dir=self._path.parent, suffix=".tmp")
                try:
                    with os.fdopen(handle, "wb") as out:
                        out.write(data)
                    Path(temporary).replace(self._path)
                except BaseException:
                    Path(temporary).unlink(missing_ok=True)
                    raise
            except OSError:
                return
            self._new.clear()

    def _remember(self, key: str, record: tuple[Any, ...]) -> None:
        if self._path is not None and _marshallable(record):
            with self._lock:
                self._new[key] = _packed(record)

    # the two engines ------------------------------------------------------------

    def re(
        self, source: str, flags: int = 0, translate: Translation | None = None
    ) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from recorded code where there is some.

        With *translate*, the pattern compiled is ``re.compile(*translate(source, flags))``
        and the record is kept under *source* and *flags*, so a later process skips the
        translation as well (*translate* must depend on nothing else; what it raises is
        raised here).
        """
        key = _key("re", source, flags)
        record = self._loaded().get(key)
        if record is not None and _sre is not None:
            try:
                pattern: re.Pattern[str] = _sre.compile(*_unpacked(record))
                return pattern
            except (RuntimeError, TypeError, ValueError):
                pass
        if translate is not None:
            source, flags = translate(source, flags)
        if _sre is None:  # pragma: no cover - not CPython
            return re.compile(source, flags)
        try:
            parsed = _re_parser.parse(source, flags)
            code = _re_compiler._code(parsed, flags)
        except AttributeError:  # pragma: no cover - another version's private API
            return re.compile(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        record = (
            source,
            int(flags | parsed.state.flags),
            [int(op) for op in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        pattern = _sre.compile(*record)
        self._remember(key, record)
        return pattern

    def regex(self, source: str, flags: int = 0) -> regex.Pattern[str]:
        """``regex.compile(source, flags)``, from recorded code where there is some."""
        key = _key("regex", source, flags)
        record = self._loaded().get(key)
        main = sys.modules.get("regex._main")
        engine = getattr(main, "_regex", None)
        if record is not None and engine is not None and record[0] == source:
            try:
                pattern: regex.Pattern[str] = engine.compile(*_unpacked(record))
                return pattern
            except (RuntimeError, TypeError, ValueError, SystemError):
                pass
        if main is None or engine is None or self._path is None:
            return regex.compile(source, flags)
        with _SWAP:
            recorder = _Recorder(engine)
            setattr(main, "_regex", recorder)  # noqa: B010 - a module's global, for a moment
            try:
                pattern = regex.compile(source, flags, cache_pattern=False)
            finally:
                setattr(main, "_regex", engine)  # noqa: B010
        if len(recorder.calls) == 1 and recorder.calls[0][0] == source:
            arguments = list(recorder.calls[0])
            arguments[1] = int(arguments[1])  # the flags, without their enum class
            self._remember(key, tuple(arguments))
        return pattern


_STORE: list[PatternStore] = []
_STORE_LOCK = threading.Lock()


def store() -> PatternStore:
    """The process's store, in :func:`cache_directory`, saved when the process exits."""
    if not _STORE:
        with _STORE_LOCK:
            if not _STORE:
                made = PatternStore(cache_directory())
                atexit.register(made.save)
                _STORE.append(made)
    return _STORE[0]


def compile_regex(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)`` through the process's :func:`store`."""
    return store().regex(source, flags)
