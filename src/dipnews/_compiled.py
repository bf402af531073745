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
record is the pattern the engine builds from the source: ``tests/test_compiled.py``
compares the two (source, flags and code) for every grammar the package runs on
:mod:`re` and for generated patterns, and compares the matches of ``regex`` ones.

The file also keeps one value worked out from the engines themselves (:meth:`PatternStore.
value`: the characters on which they may read a text differently, see
:mod:`dipnews._engine`), which depends on the same versions.

>>> from dipnews._compiled import PatternStore
>>> store = PatternStore(None)  # no directory: compiles, keeps nothing on disk
>>> store.regex(r"\\p{Lu}\\w+").match("Paris x").group()
'Paris'
"""

from __future__ import annotations

import array
import atexit
import hashlib
import json
import os
import re
import struct
import sys
import tempfile
import threading
import zlib
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

# CPython's own compiler for re (private modules); another interpreter, or another layout
# of them, compiles as usual.
try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]
    from re import _parser as _re_parser  # type: ignore[attr-defined]
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


class _Unrecordable(ValueError):
    """A value the record's format does not hold."""


def _encode(value: Any, blobs: list[bytes], size: list[int]) -> Any:
    """*value* (arguments of an engine's constructor: numbers, strings, ``None``, bytes,
    and lists, tuples, dictionaries and frozensets of them) as JSON, its bytes appended
    to *blobs* (their total length in *size*) and referred to by offset."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)  # an enum's flags as a plain number
    if isinstance(value, bytes):
        blobs.append(value)
        size[0] += len(value)
        return {"b": [size[0] - len(value), len(value)]}
    if isinstance(value, (list, tuple, frozenset)):
        tag = "l" if isinstance(value, list) else "t" if isinstance(value, tuple) else "f"
        return {tag: [_encode(v, blobs, size) for v in value]}
    if isinstance(value, dict):
        return {"d": [[_encode(k, blobs, size), _encode(v, blobs, size)] for k, v in value.items()]}
    raise _Unrecordable(type(value).__name__)


def _decode(value: Any, blob: bytes) -> Any:
    """What :func:`_encode` encoded, its bytes read from *blob*."""
    if not isinstance(value, dict):
        return value
    ((tag, items),) = value.items()
    if tag == "b":
        start, length = items
        return blob[start : start + length]
    if tag == "d":
        return {_decode(k, blob): _decode(v, blob) for k, v in items}
    decoded = [_decode(v, blob) for v in items]
    return decoded if tag == "l" else tuple(decoded) if tag == "t" else frozenset(decoded)


#: The first line of a record file, naming its format.
_FORMAT = b"dipnews compiled patterns 1\n"


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


class _Records:
    """The records of a file, each decoded when it is asked for."""

    def __init__(self, index: dict[str, Any], blob: bytes) -> None:
        self._index = index
        self._blob = blob

    def get(self, key: str) -> tuple[Any, ...] | None:
        value = self._index.get(key)
        if value is None:
            return None
        try:
            return tuple(_decode(value, self._blob))
        except (ValueError, TypeError, AttributeError, KeyError):
            return None

    def every(self) -> dict[str, tuple[Any, ...]]:
        found = {key: self.get(key) for key in self._index}
        return {key: record for key, record in found.items() if record is not None}


class PatternStore:
    """Patterns of both engines, compiled from recorded code where *directory* holds it.

    *directory* ``None`` keeps nothing; :meth:`save` writes what was compiled since the
    store was read (the default store saves when the process exits).
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._path = directory / f"patterns-{_versions()}.bin" if directory else None
        self._records: _Records | None = None
        self._new: dict[str, tuple[Any, ...]] = {}
        self._lock = threading.Lock()

    # reading and writing the record ------------------------------------------------

    def _loaded(self) -> _Records:
        records = self._records
        if records is None:
            with self._lock:
                if self._records is None:
                    self._records = self._read()
                records = self._records
        return records

    def _read(self) -> _Records:
        """The records of the file: a format line, a checksum of the rest, the length of
        a JSON index of the records, the index, and the bytes the index refers to."""
        empty = _Records({}, b"")
        if self._path is None:
            return empty
        try:
            data = self._path.read_bytes()
        except OSError:
            return empty
        if not data.startswith(_FORMAT):
            return empty
        body = data[len(_FORMAT) + 4 :]
        checksum = data[len(_FORMAT) : len(_FORMAT) + 4]
        if len(body) < 8 or struct.pack("<I", zlib.crc32(body)) != checksum:
            return empty
        (length,) = struct.unpack("<Q", body[:8])
        try:
            index = json.loads(body[8 : 8 + length])
        except ValueError:
            return empty
        return _Records(index, body[8 + length :]) if isinstance(index, dict) else empty

    def save(self) -> None:
        """Write the record, with what this process compiled added (nothing happens when
        it compiled nothing new or there is no directory; a directory that cannot be
        written is left alone)."""
        with self._lock:
            if self._path is None or not self._new:
                return
            records = {**self._read().every(), **self._new}
            blobs: list[bytes] = []
            size = [0]
            index = {}
            for key, record in records.items():
                try:
                    index[key] = _encode(record, blobs, size)
                except _Unrecordable:
                    continue
            head = json.dumps(index, separators=(",", ":")).encode()
            body = struct.pack("<Q", len(head)) + head + b"".join(blobs)
            data = _FORMAT + struct.pack("<I", zlib.crc32(body)) + body
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
        if self._path is not None:
            with self._lock:
                self._new[key] = _packed(record)

    # a value worked out from the engines -------------------------------------------

    def value(self, name: str, make: Callable[[], frozenset[str]]) -> frozenset[str]:
        """``make()``, recorded under *name*: for a set of characters that depends only on
        the versions the file name holds (Python's Unicode data and ``regex``), and on
        the code of *make*, whose change must change *name*."""
        key = _key("value", name, 0)
        record = self._loaded().get(key)
        if record is not None and len(record) == 1 and isinstance(record[0], frozenset):
            return record[0]
        made = make()
        if self._path is not None:
            with self._lock:
                self._new[key] = (made,)
        return made

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
