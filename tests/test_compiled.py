"""Compiled patterns kept on disk: a pattern built from its record is the pattern the
engine builds from the source, and a bad or missing record only costs time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import dipnews
from dipnews import _compiled, _engine
from dipnews._compiled import PatternStore, cache_directory

SAMPLES = [
    "NEW DELHI, Nov 17 (PTI) External Affairs Minister S. Jaishankar met his Russian "
    "counterpart Sergey Lavrov on the sidelines of the SCO Council of Foreign Ministers.",
    "Łódź, 3 March – Prime Minister Donald Tusk and President Emmanuel Macron signed a treaty.",
    "",
    "ÉTATS-UNIS: the 52nd ASEAN Foreign Ministers' Meeting opens on July 31 in Bangkok.",
]


def _recorded(tmp_path: Path, engine: str, source: str, flags: int) -> tuple[object, object]:
    """The pattern compiled by a first store (which records it) and by a second one that
    reads the record."""
    first = PatternStore(tmp_path)
    made = getattr(first, engine)(source, flags)
    first.save()
    second = PatternStore(tmp_path)
    again = getattr(second, engine)(source, flags)
    assert second._new == {}, "the second store compiled from the record"
    return made, again


def _same_matches(a: re.Pattern[str] | regex.Pattern[str], b: object, texts: list[str]) -> None:
    for text in texts:
        found = [(m.span(), m.groupdict()) for m in a.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in b.finditer(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?P<title>Minister|President)\s+(?P<name>\w+)", re.IGNORECASE),
        (r"[\x1c-\x1f]|\b\d{1,2}\s+(?:Nov|Dec)\b", 0),
    ],
)
def test_re_pattern_from_its_record_is_the_same_pattern(
    tmp_path: Path, source: str, flags: int
) -> None:
    made, again = _recorded(tmp_path, "re", source, flags)
    # CPython compares re patterns by source, flags and compiled code
    assert again == made == re.compile(source, flags)
    _same_matches(re.compile(source, flags), again, SAMPLES)


def test_regex_pattern_from_its_record_matches_the_same(tmp_path: Path) -> None:
    source = r"(?<![\p{L}])(?P<name>\p{Lu}\p{Ll}++(?:[^\S\n]\p{Lu}\p{Ll}++)*)"
    made, again = _recorded(tmp_path, "regex", source, regex.VERSION1)
    assert again.pattern == source  # type: ignore[attr-defined]
    assert again.groupindex == regex.compile(source, regex.VERSION1).groupindex  # type: ignore[attr-defined]
    _same_matches(regex.compile(source, regex.VERSION1), again, SAMPLES)
    _same_matches(made, again, SAMPLES)  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    ["a", "b", r"\w", r"\d", r"\s", "(?:a|bc)", "[a-c]", "x*", "y+?", "(?P<g>z)?", r"\b", "."]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.sampled_from([0, re.IGNORECASE]))
def test_any_re_pattern_survives_its_record(pieces: list[str], flags: int) -> None:
    source = "".join(pieces)
    try:
        fresh = re.compile(source, flags)
    except re.error:
        return
    store = PatternStore(Path("/nonexistent-but-never-written"))
    made = store.re(source, flags)
    record = next(iter(store._new.values()))
    store._records = {next(iter(store._new)): record}
    assert store.re(source, flags) == made == fresh


def test_every_package_grammar_is_the_same_from_the_record(tmp_path: Path) -> None:
    """The grammars a parse uses, compiled through a store that has recorded them, are
    the patterns ``re`` and ``regex`` compile from their sources."""
    dipnews.parse(SAMPLES[0])
    grammars = [g for g in _engine.grammars() if g.fast is not None]
    assert grammars
    first = PatternStore(tmp_path)
    for grammar in grammars:
        first.re(grammar.source, grammar.flags, _engine.translate)
    first.save()
    second = PatternStore(tmp_path)
    for grammar in grammars:
        assert second.re(grammar.source, grammar.flags, _engine.translate) == grammar.fast
    assert second._new == {}


def test_a_damaged_record_is_ignored(tmp_path: Path) -> None:
    first = PatternStore(tmp_path)
    first.re("abc+")
    first.save()
    (path,) = tmp_path.iterdir()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    second = PatternStore(tmp_path)
    assert second.re("abc+").match("abccc").group() == "abccc"
    assert second._new, "compiled again, as if there were no record"
    path.write_bytes(b"not a record")
    assert PatternStore(tmp_path).regex(r"\p{Lu}+").match("ABc").group() == "AB"


def test_a_directory_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory would be", encoding="utf-8")
    store = PatternStore(blocked / "cache")
    assert store.re("a+b").match("aab").group() == "aab"
    store.save()  # no error
    assert not (blocked / "cache").exists()


def test_no_directory_keeps_nothing() -> None:
    store = PatternStore(None)
    assert store.regex(r"\p{Lu}\w+").match("Paris").group() == "Paris"
    assert store._new == {}
    store.save()


def test_the_environment_chooses_the_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(_compiled.CACHE_ENV, str(tmp_path))
    assert cache_directory() == tmp_path
    monkeypatch.setenv(_compiled.CACHE_ENV, "")
    assert cache_directory() is None
    monkeypatch.delenv(_compiled.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert cache_directory() == tmp_path / "dipnews"


def test_records_of_two_processes_are_merged(tmp_path: Path) -> None:
    one, two = PatternStore(tmp_path), PatternStore(tmp_path)
    one.re("one+")
    two.regex("two+")
    one.save()
    two.save()
    both = PatternStore(tmp_path)
    both.re("one+")
    both.regex("two+")
    assert both._new == {}


def test_a_batch_writes_the_patterns_before_its_workers_start(tmp_path: Path) -> None:
    """Spawned workers read the patterns back: the batch writes them before it starts any
    (the process below leaves without the usual save at exit)."""
    code = (
        "import os, sys\n"
        "from dipnews.batch.running import _pool_context\n"
        "_pool_context()\n"
        "sys.stdout.write(' '.join(sorted(os.listdir(sys.argv[1]))))\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, _compiled.CACHE_ENV: str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("patterns-"), out.stdout
