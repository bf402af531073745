"""Hostile, malformed and huge input never crashes, hangs or corrupts offsets.

* every component stays linear on pathological repetitive input (measured in a child
  process by CPU time at two sizes, with a generous ratio bound and a hard time limit
  that only a catastrophic blow-up reaches: no flaky wall-clock thresholds);
* on arbitrary unicode, :func:`dipnews.parse` and each component raise nothing but
  :class:`dipnews.errors.DipnewsError`, and every quoted value satisfies
  ``text[start:end] == surface``;
* the size limit is enforced, named and configurable;
* the command line turns every bad input into one line naming it and goes on;
* the package never executes its input or loads data from outside itself.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import functools
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dipnews
from dipnews import contract, events, forums, header, officials, temporal
from dipnews._data import load_table
from dipnews.cli import main
from dipnews.errors import DataError, DipnewsError, InputError, InputTooLargeError, InputTypeError
from dipnews.records import Article, Header
from tests.conftest import SEEDS, seed_text
from tests.strategies.text import (
    ADVERSARIAL,
    SPECIALS,
    WIRE_FRAGMENTS,
    hostile_articles,
    hostile_text,
    mangled,
)

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(dipnews.__file__).resolve().parent  # the package as installed
ANCHOR = dt.date(2025, 11, 17)
SEED = str(next(SEEDS.glob("000_*.txt")))


# --------------------------------------------------------------------------------------
# The components, as a user calls them on one text.
# --------------------------------------------------------------------------------------


def _components() -> dict[str, Callable[[str], object]]:
    return {
        "parse": dipnews.parse,
        "header": header.parse_header,
        "temporal": lambda t: temporal.find(t, anchor=ANCHOR),
        "officials": lambda t: officials.resolve(t, published=ANCHOR),
        "forums.find": forums.find,
        "forums.canonicalise": forums.canonicalise,
        "events": lambda t: events.extract(t, published=ANCHOR),
    }


COMPONENTS = tuple(_components())


def _quoted(value: object) -> Iterator[Any]:
    """Every record inside *value* (an Article, Header, Extraction, list...) with offsets."""
    if isinstance(value, Article):
        if value.dateline is not None:
            yield value.dateline
        for group in (value.officials, value.forums, value.events, value.agreements):
            yield from group
    elif isinstance(value, Header):
        if value.dateline is not None:
            yield value.dateline
        if value.published_surface is not None:
            yield value.published_surface
        yield from value.bylines
        yield from value.credits
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _quoted(item)
    elif isinstance(value, events.Extraction):
        yield from value.events
        yield from value.agreements
    elif hasattr(value, "surface") and hasattr(value, "start"):
        yield value


def _assert_offsets(text: str, value: object) -> None:
    for record in _quoted(value):
        assert isinstance(record.start, int), record
        assert isinstance(record.end, int), record
        assert 0 <= record.start <= record.end <= len(text), record
        assert text[record.start : record.end] == record.surface, record


def _run_all(text: str) -> None:
    """Run every component on *text*: only documented errors, offsets exact."""
    for name, component in _components().items():
        try:
            result = component(text)
        except DipnewsError:
            continue
        except Exception as exc:  # pragma: no cover - the failure we are looking for
            raise AssertionError(f"{name} raised {exc!r} on {text[:200]!r}") from exc
        _assert_offsets(text, result)


# --------------------------------------------------------------------------------------
# Linearity on adversarial input, measured in a child process.
# --------------------------------------------------------------------------------------

#: The child grows the input from START_CHARS until one call costs MIN_SECONDS of CPU (or
#: the size reaches MAX_CHARS), then times four times that size: linear code costs ~4x,
#: quadratic ~16x. RATIO_BOUND sits between, far enough from 4 to ignore noise. START_CHARS
#: is large enough for a quadratic term to dominate a component's fixed and linear costs
#: (at 1,000 characters a quadratic loop in the events component still looked linear).
START_CHARS = 8_000
MAX_CHARS = 400_000
MIN_SECONDS = 0.02
RATIO_BOUND = 10.0
#: Hard wall-clock limit for one component over every adversarial input (about 10 CPU
#: seconds when linear): a catastrophic backtrack (exponential, or quadratic in a regex
#: over 100,000 characters) exceeds it by far, a busy machine does not.
CHILD_TIMEOUT = 600


def _cpu(fn: Callable[[str], object], text: str) -> float:
    # The cyclic garbage collector is paused so that its passes (triggered by allocation
    # counts, not by our code) do not add noise to the ratio.
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        fn(text)
        return time.process_time() - start
    finally:
        gc.enable()


def measure(component: str) -> Iterator[dict[str, Any]]:
    """Time *component* on each adversarial input at size n and 4n (CPU seconds)."""
    fn = _components()[component]
    # Warm up with a forum and an ordinal too, so every grammar is compiled; and each input
    # is run once before it is timed, so a one-off cost (a pattern compiled for the first
    # text that needs it) does not hide the growth of the second timing.
    fn(
        "warm up: New Delhi, Nov 17 (IANS) EAM S. Jaishankar met Sergei Lavrov at the "
        "25th SCO Council of Heads of State and the G-20 Summit."
    )
    for pattern, build in ADVERSARIAL.items():
        size = START_CHARS
        fn(build(size))
        t_small = _cpu(fn, build(size))
        while t_small < MIN_SECONDS and size * 4 <= MAX_CHARS:
            size *= 4
            t_small = _cpu(fn, build(size))
        big = build(size * 4)
        t_big = _cpu(fn, big)
        if t_big > RATIO_BOUND * max(t_small, MIN_SECONDS):  # measure again before blaming
            t_small = min(t_small, _cpu(fn, build(size)))
            t_big = min(t_big, _cpu(fn, big))
        yield {"pattern": pattern, "chars": size, "t_small": t_small, "t_big": t_big}


def _child(component: str) -> None:
    for row in measure(component):
        print(json.dumps(row), flush=True)


class _Children:
    """The measuring child processes, one per component, at most one per core at a time
    (each measures its own CPU time, so running beside others does not bias its ratios;
    the cap keeps each one's wall-clock time limit meaningful on a busy machine)."""

    def __init__(self) -> None:
        self.procs: dict[str, tuple[subprocess.Popen[str], float]] = {}
        self.waiting = list(COMPONENTS)
        self.slots = max(1, os.cpu_count() or 1)

    def _start(self, component: str) -> None:
        code = "import sys; from tests.test_robustness import _child; _child(sys.argv[1])"
        path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
        proc = subprocess.Popen(
            [sys.executable, "-c", code, component],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": path},
        )
        self.procs[component] = (proc, time.monotonic())
        self.waiting.remove(component)

    def get(self, component: str) -> tuple[subprocess.Popen[str], float]:
        """The child measuring *component*, started now if need be; others start as cores
        free up."""
        if component not in self.procs:
            self._start(component)
        running = sum(1 for proc, _ in self.procs.values() if proc.poll() is None)
        while self.waiting and running < self.slots:
            self._start(self.waiting[0])
            running += 1
        return self.procs[component]

    def close(self) -> None:
        for proc, _started in self.procs.values():
            if proc.poll() is None:
                proc.kill()
            proc.communicate()


@pytest.fixture(scope="module")
def linearity_children() -> Iterator[_Children]:
    children = _Children()
    yield children
    children.close()


@pytest.mark.parametrize("component", COMPONENTS)
def test_adversarial_input_costs_linear_time(component: str, linearity_children: _Children) -> None:
    """Each component on each adversarial input: 4x the input costs well under 16x the time."""
    proc, started = linearity_children.get(component)
    try:
        out, err = proc.communicate(timeout=max(1.0, started + CHILD_TIMEOUT - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        done = [json.loads(line)["pattern"] for line in out.splitlines()]
        stuck = next((p for p in ADVERSARIAL if p not in done), "?")
        pytest.fail(f"{component} did not finish in {CHILD_TIMEOUT}s; stuck on input {stuck!r}")
    assert proc.returncode == 0, err[-3000:]
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["pattern"] for r in rows] == list(ADVERSARIAL)
    slow = [
        f"{r['pattern']}: {r['chars']} chars {r['t_small']:.3f}s, {4 * r['chars']} chars "
        f"{r['t_big']:.3f}s"
        for r in rows
        if r["t_big"] > RATIO_BOUND * max(r["t_small"], MIN_SECONDS)
    ]
    assert not slow, f"{component} grows faster than linearly on: " + "; ".join(slow)


# --------------------------------------------------------------------------------------
# Arbitrary unicode: documented errors only, offsets exact.
# --------------------------------------------------------------------------------------


@given(hostile_text(max_size=200))
@example("")
@example("\ufeff")
@example("\r\n\r\r\n")
@example("(IANS")
@example("New Delhi, Nov 17 (")
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_unicode_raises_only_documented_errors(text: str) -> None:
    _run_all(text)


@given(hostile_articles())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_hostile_wire_text_keeps_every_offset_exact(text: str) -> None:
    _run_all(text)


_DATE_WORDS = (
    " on Monday", " next week", " tomorrow", " last year", " next month", " early December",
    " on Feb 29", " on February 30", " on 31 April", " from December 28 to January 3",
    " in 9999", " in 0001", " 2025-13-45", " 17-Nov-9999", " Dec 31", " Jan 1",
)  # fmt: skip


@given(
    st.lists(st.sampled_from(_DATE_WORDS) | st.sampled_from(WIRE_FRAGMENTS), max_size=12),
    st.none() | st.dates(),
)
@example([" date 9999-12-31 ", "New Delhi, Dec 31 (IANS) ", " next week", " met "], None)
@example(["New Delhi, Jan 1 (IANS) ", " last Monday", " met "], dt.date.min)
@example(["New Delhi, Feb 29 (IANS) ", " on Monday", " will visit "], dt.date(2025, 2, 28))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_publication_date_resolves_without_error(
    pieces: list[str], published: dt.date | None
) -> None:
    # Dates at the ends of the calendar (year 1, year 9999), impossible dates (Feb 30)
    # and year-less dates around New Year: resolved, or left unresolved, never an error.
    text = "".join(pieces)
    article = dipnews.parse(text, published=published)
    _assert_offsets(text, article)
    for found in temporal.find(text, anchor=published):
        assert found.span is None or found.span.start <= found.span.end
    _assert_offsets(text, header.parse_header(text, published=published))


@given(st.sampled_from(sorted(p.name[:3] for p in SEEDS.glob("*.txt"))), st.data())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_mangled_seed_articles_keep_every_offset_exact(prefix: str, data: st.DataObject) -> None:
    text = data.draw(mangled(seed_text(prefix)))
    article = dipnews.parse(text)
    _assert_offsets(text, article)
    _assert_offsets(text, header.parse_header(text))
    _assert_offsets(text, temporal.find(text, anchor=ANCHOR))


@given(hostile_articles(max_pieces=25))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_output_of_hostile_text_is_valid_json_that_round_trips(text: str) -> None:
    article = dipnews.parse(text)
    payload = json.dumps(contract.to_dict(article), ensure_ascii=False)
    assert contract.from_dict(json.loads(payload)) == article


def test_parse_is_deterministic_on_hostile_text() -> None:
    text = "".join(SPECIALS) + seed_text("000") + "".join(reversed(SPECIALS))
    assert dipnews.parse(text) == dipnews.parse(text)


@functools.cache
def _pipeline() -> Any:
    from dipnews.pipeline import make_pipeline

    return make_pipeline()


@given(hostile_articles(max_pieces=25))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_spacy_pipeline_on_hostile_text_keeps_records_and_spans_exact(text: str) -> None:
    try:
        doc = _pipeline()(text)
    except DipnewsError:
        return
    assert doc.text == text  # spaCy's tokenizer keeps every character
    article = doc._.dipnews_article
    if article is not None:
        _assert_offsets(text, article)
        assert article == dipnews.parse(text)
    for group in ("dipnews_officials", "dipnews_forums", "dipnews_events"):
        for span in doc.spans.get(group, ()):
            record = span._.dipnews_record
            assert record is not None
            # A span covers whole tokens, so it contains the record's exact characters.
            assert span.start_char <= record.start <= record.end <= span.end_char


@functools.cache
def _good_record() -> dict[str, Any]:
    return contract.to_dict(dipnews.parse(seed_text("000")))


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | hostile_text(max_size=10),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text(), inner),
        max_leaves=20,
    )
)
def test_from_dict_on_any_json_raises_only_contract_error(value: object) -> None:
    good = _good_record()
    for candidate in (value, {**good, "officials": value}, {**good, "dateline": value}):
        with contextlib.suppress(DipnewsError):
            contract.from_dict(candidate)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 17, ["a list"]])
@pytest.mark.parametrize("component", COMPONENTS)
def test_non_string_input_is_a_type_error(component: str, bad: object) -> None:
    with pytest.raises(InputTypeError):
        _components()[component](bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Size limits.
# --------------------------------------------------------------------------------------


def test_default_limit_refuses_ten_million_and_one_characters_naming_the_limit() -> None:
    text = " " * (dipnews._text.DEFAULT_MAX_CHARS + 1)
    with pytest.raises(InputTooLargeError) as info:
        dipnews.parse(text)
    assert info.value.limit == 10_000_000
    assert "10000000" in str(info.value)
    assert "max_chars" in str(info.value)
    assert "DIPNEWS_MAX_CHARS" in str(info.value)


def test_max_chars_argument_sets_the_limit() -> None:
    text = seed_text("000")
    assert isinstance(dipnews.parse(text, max_chars=len(text)), Article)
    with pytest.raises(InputTooLargeError) as info:
        dipnews.parse(text, max_chars=len(text) - 1)
    assert (info.value.length, info.value.limit) == (len(text), len(text) - 1)


@pytest.mark.parametrize("component", COMPONENTS)
def test_environment_limit_applies_to_every_component(
    component: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", "100")
    with pytest.raises(InputTooLargeError):
        _components()[component]("x" * 101)
    _components()[component]("x" * 100)


def test_text_past_spacy_max_length_is_processed_by_parse() -> None:
    # spaCy refuses texts over nlp.max_length (1,000,000) with its own ValueError; the
    # rules behind dipnews.parse have no such limit below dipnews' own.
    text = "Moscow, Nov 17 (TASS) " + " " * 1_000_000 + "The ministers met."
    assert isinstance(dipnews.parse(text), Article)


def test_spacy_pipeline_refuses_what_it_cannot_take_with_a_named_limit() -> None:
    # The spaCy pipeline either accepts every text dipnews.parse accepts, or refuses a
    # longer one before any work with an error naming the limit (spaCy's E088 names
    # nlp.max_length; a dipnews error names max_chars). Never a crash half-way.
    from dipnews.pipeline import make_pipeline

    nlp = make_pipeline()
    if nlp.max_length >= dipnews._text.max_chars():
        return
    text = "Moscow, Nov 17 (TASS) " + "x " * (nlp.max_length // 2 + 1)
    with pytest.raises(ValueError, match=r"max_length|max_chars|limit"):
        nlp(text)


# --------------------------------------------------------------------------------------
# Command line: one line per bad input naming it, documented exit status, others go on.
# --------------------------------------------------------------------------------------


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err.strip().splitlines()


def _assert_one_line_naming(err: list[str], name: str, *words: str) -> None:
    assert len(err) == 1, err
    assert name in err[0], err
    for word in words:
        assert word in err[0], err


def test_binary_file_is_one_line_error_or_clean_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    status, out, err = _cli(["parse", "--format", "jsonl", str(binary), SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, str(binary))
    assert len(out) == 1


def test_nul_bytes_in_valid_utf8_never_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"New Delhi, Nov 17 (IANS) EAM\x00 met\x00\x00 Lavrov.\x00")
    status, out, err = _cli(["parse", "--format", "jsonl", str(path), SEED], capsys)
    if status == 0:  # processed as text: both records written, nothing on stderr
        assert (len(out), err) == (2, [])
    else:  # or refused as binary: one line naming it, the other file still done
        assert status == 1
        _assert_one_line_naming(err, str(path))
        assert len(out) == 1


def test_encoding_option_reads_other_encodings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("GENÈVE, Nov 17 (AFP) - Les ministres se sont réunis.".encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Moscow, Nov 17 (TASS) The ministers met.".encode("utf-16"))
    status, out, err = _cli(
        ["parse", "--format", "jsonl", "--encoding", "latin-1", str(latin)], capsys
    )
    assert (status, err, len(out)) == (0, [], 1)
    status, out, err = _cli(
        ["parse", "--format", "jsonl", "--encoding", "utf-16", str(utf16)], capsys
    )
    assert (status, err, len(out)) == (0, [], 1)


def test_errors_replace_keeps_offsets_into_the_decoded_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = b"\xff\xfe\xfa " + Path(SEED).read_bytes() + b" \xc3\x28 end"
    path = tmp_path / "broken.txt"
    path.write_bytes(raw)
    status, out, err = _cli(
        ["parse", "--format", "jsonl", "--errors", "replace", str(path)], capsys
    )
    assert (status, err) == (0, [])
    text = raw.decode("utf-8", errors="replace")
    record = json.loads(out[0])
    for group in ("officials", "forums", "events", "agreements"):
        for item in record[group]:
            assert text[item["start"] : item["end"]] == item["surface"]


def test_unknown_encoding_is_one_line_per_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _cli(["parse", "--encoding", "no-such-codec", SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, SEED, "no-such-codec")
    assert out == []


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\t \r", "\u00a0\u3000".encode()])
def test_empty_and_blank_files_are_refused_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    status, out, err = _cli(["parse", "--format", "jsonl", str(path), SEED], capsys)
    if content == b"\xef\xbb\xbf":
        # A lone BOM decodes (utf-8) to U+FEFF, which is not whitespace: processed or refused.
        assert status in (0, 1)
        return
    assert status == 1
    _assert_one_line_naming(err, str(path), "empty")
    assert len(out) == 1


def test_unreadable_file_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("New Delhi, Nov 17 (IANS) text", encoding="utf-8")
    real_read = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    # Root reads anything, so the refusal is simulated at the read call.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    status, out, err = _cli(["parse", "--format", "jsonl", str(secret), SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, str(secret), "permission denied")
    assert len(out) == 1


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_file_without_read_permission_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("text", encoding="utf-8")
    secret.chmod(0)
    status, _out, err = _cli(["parse", str(secret)], capsys)
    assert status == 1
    _assert_one_line_naming(err, str(secret), "permission denied")


def test_special_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    # /proc/self/mem cannot be read from the start: an OSError other than the usual ones.
    special = "/proc/self/mem"
    if not Path(special).exists():
        pytest.skip("no /proc")
    status, out, err = _cli(["parse", "--format", "jsonl", special, SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, special)
    assert len(out) == 1


def test_too_large_input_names_the_file_and_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", "500")
    status, out, err = _cli(["parse", "--format", "jsonl", SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, SEED, "500")
    assert out == []


def test_file_name_with_a_newline_still_gives_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "two\nlines.txt"
    status, out, err = _cli(["parse", "--format", "jsonl", str(odd), SEED], capsys)
    assert status == 1
    assert len(err) == 1, err
    assert len(out) == 1


def test_every_bad_input_fails_alone_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [
        str(tmp_path / "missing.txt"),
        str(tmp_path),
        str(_write(tmp_path / "empty.txt", b"")),
        str(_write(tmp_path / "latin1.txt", "Genève".encode("latin-1"))),
    ]
    status, out, err = _cli(["parse", "--format", "jsonl", SEED, *bad, SEED], capsys)
    assert status == 1
    assert len(out) == 2
    assert len(err) == len(bad)
    for name, line in zip(bad, err, strict=True):
        assert name in line


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------------------
# Nothing executes input; data comes only from the package.
# --------------------------------------------------------------------------------------

_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint", "input"}
_FORBIDDEN_MODULES = {
    "pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "joblib",
    "yaml", "subprocess", "pty", "code", "codeop", "runpy",
}  # fmt: skip
_FORBIDDEN_ATTRS = {
    ("os", "system"), ("os", "popen"), ("os", "execv"), ("os", "execvp"), ("os", "spawnv"),
    ("builtins", "eval"), ("builtins", "exec"), ("importlib", "import_module"),
}  # fmt: skip


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _dangerous(node: ast.AST) -> str | None:
    """What is wrong with *node* if it runs code or unpickles data, else ``None``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return f"call to {node.func.id}()" if node.func.id in _FORBIDDEN_CALLS else None
    if isinstance(node, ast.Import):
        bad = [a.name for a in node.names if a.name.split(".")[0] in _FORBIDDEN_MODULES]
        return f"import {', '.join(bad)}" if bad else None
    if isinstance(node, ast.ImportFrom) and node.module:
        top = node.module.split(".")[0]
        return f"from {node.module} import ..." if top in _FORBIDDEN_MODULES else None
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        pair = (node.value.id, node.attr)
        return f"{pair[0]}.{pair[1]}" if pair in _FORBIDDEN_ATTRS else None
    return None


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_source_never_executes_or_unpickles(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = [
        f"line {getattr(node, 'lineno', '?')}: {problem}"
        for node in ast.walk(tree)
        if (problem := _dangerous(node)) is not None
    ]
    assert not problems, f"{path.name}: " + "; ".join(problems)


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_data_is_read_only_through_the_package_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert "__file__" not in names, f"{path.name} locates files relative to __file__"
    attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert "getcwd" not in attrs
    assert "cwd" not in attrs
    if path.name not in {"_data.py", "_validate.py"}:
        assert 'files("dipnews.data")' not in text, f"{path.name} bypasses dipnews._data"
    # Every data table name passed to load_table is a literal *.json in the package.
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "load_table"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            assert str(node.args[0].value).endswith(".json")


def test_load_table_refuses_tables_outside_the_data_package(tmp_path: Path) -> None:
    table = {"schema_version": 1, "sources": ["x"], "description": "not ours"}
    outside = _write(tmp_path / "evil.json", json.dumps(table).encode())
    relative = os.path.relpath(outside, SRC / "data")
    for name in (str(outside), relative, "../api.py", "x/../../y.json"):
        with pytest.raises(DataError):
            load_table(name)


def test_input_error_names_its_source() -> None:
    error = InputError("empty input", source="a.txt")
    assert str(error) == "a.txt: empty input"
    assert isinstance(InputTooLargeError(5, 4), InputError)


@pytest.mark.parametrize(
    "code",
    ["eval(text)", "exec(text)", "import pickle", "from marshal import loads", "os.system(x)"],
)
def test_the_source_check_recognises_execution(code: str) -> None:
    assert any(_dangerous(node) for node in ast.walk(ast.parse(code)))


def test_a_component_bug_fails_only_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    trigger = _write(tmp_path / "trigger.txt", b"this text trips a bug")
    real_parse = dipnews.cli.parse

    def buggy(text: str, **kwargs: Any) -> Article:
        if "trips a bug" in text:
            raise IndexError("list index out of range")
        return real_parse(text, **kwargs)

    monkeypatch.setattr(dipnews.cli, "parse", buggy)
    status, out, err = _cli(["parse", "--format", "jsonl", str(trigger), SEED], capsys)
    assert status == 1
    _assert_one_line_naming(err, str(trigger), "internal error", "IndexError")
    assert len(out) == 1


# --------------------------------------------------------------------------------------
# JSON nested beyond the decoder's recursion limit.
# --------------------------------------------------------------------------------------

_TOO_DEEP = "[" * 100_000 + "]" * 100_000


def test_batch_reports_a_too_deeply_nested_line_and_keeps_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"id": "good", "text": seed_text("000")}
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps(good),
        _TOO_DEEP,
        '{"text": ' + _TOO_DEEP + "}",
        json.dumps(good | {"id": 2}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(["batch", str(source), "-o", str(output), "--errors-file", str(errors)])
    capsys.readouterr()
    assert status == 1
    written = [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert written == ["good", 2]
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["kind"]) for r in reported] == [(2, "not-json"), (3, "not-json")]


def test_a_too_deeply_nested_holdings_file_is_refused(tmp_path: Path) -> None:
    from dipnews.knowledge import Knowledge

    path = _write(tmp_path / "mine.json", _TOO_DEEP.encode())
    with pytest.raises(DataError):
        Knowledge.default().with_holders(path)
