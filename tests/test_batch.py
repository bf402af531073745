"""``dipnews batch`` and :mod:`dipnews.batch`: formats, order, errors, resuming, memory."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipnews
from dipnews import batch
from dipnews.batch import running
from dipnews.cli import main
from tests.strategies.batch import input_lines, input_objects


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# Short articles in several wire styles (written for these tests): fast to parse, so the
# batch machinery, not the parser, is what these tests spend their time on.
LEADS = [
    "New Delhi, Nov 17 (IANS) External Affairs Minister S. Jaishankar will meet Russian "
    "Foreign Minister Sergei Lavrov in Moscow on Monday.",
    "BEIJING, Nov. 3 (Xinhua) -- Chinese Premier Li Qiang held talks with the visiting "
    "Pakistani Prime Minister on Tuesday.",
    "ISLAMABAD (APP) - The Foreign Office Spokesperson said the two sides signed a memorandum "
    "of understanding on trade.",
    "TOKYO, Jan 9 (Kyodo) - Japan and South Korea agreed to resume their foreign ministers' "
    "dialogue in early February.",
    "Abu Dhabi, 4 March (WAM) -- The UAE President received a phone call from the President "
    "of France.",
    "UNITED NATIONS, Sept 24 (AFP) - Leaders addressed the 80th session of the UN General "
    "Assembly on Wednesday.",
    "Kuala Lumpur, Oct 26 (Bernama) -- ASEAN leaders met for their summit on Sunday.",
    "ANKARA (Anadolu) - Turkiye's foreign minister visited Baghdad last week for talks.",
]


@pytest.fixture
def corpus(seeds: dict[str, str], tmp_path: Path) -> Path:
    """A JSONL file of 24 short articles and one seed, with a date on every third."""
    texts = [*LEADS, seeds["000"]]
    records: list[object] = []
    for i in range(25):
        record = {"id": f"r{i}", "text": texts[i % len(texts)]}
        if i % 3 == 0:
            record["published"] = f"2025-11-{1 + i % 28:02d}"
        records.append(record)
    return _jsonl(tmp_path / "corpus.jsonl", records)


def _expected(corpus: Path) -> list[dict[str, object]]:
    out = []
    for line in _lines(corpus):
        published = line.get("published")
        day = None if published is None else dt.date.fromisoformat(str(published))
        article = dipnews.parse(str(line["text"]), published=day)
        out.append({"id": line["id"], **dipnews.to_dict(article)})
    return out


# -- formats ------------------------------------------------------------------------------


def test_jsonl_input_gives_one_contract_record_per_line_in_order(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out)]) == 0
    got = _lines(out)
    assert got == _expected(corpus)
    for record in got:
        assert list(record)[:2] == ["id", "schema"]
        # the contract object inside is exact: from_dict reads a line back
        assert dipnews.to_dict(dipnews.from_dict(record)) == {
            k: v for k, v in record.items() if k != "id"
        }


def test_folder_input_ids_are_relative_paths_and_bad_files_are_reported(
    seeds: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(seeds["000"], encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(seeds["001"], encoding="utf-8")
    (folder / "a.txt").write_text(seeds["002"], encoding="utf-8")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Bras\xedlia, Jan 5 (AFP)".encode("latin-1"))
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(["batch", str(folder), "-o", str(out), "--errors-file", str(errors)])
    assert status == 1
    assert [r["id"] for r in _lines(out)] == ["a.txt", "b.txt", "sub/a.txt"]
    assert _lines(out)[2] == {"id": "sub/a.txt", **dipnews.to_dict(dipnews.parse(seeds["001"]))}
    failures = {r["id"]: (r["kind"], r["source"], r["line"]) for r in _lines(errors)}
    assert failures == {
        "empty.txt": ("empty", str(folder / "empty.txt"), None),
        "latin1.txt": ("undecodable", str(folder / "latin1.txt"), None),
    }
    assert "2 input(s) failed" in capsys.readouterr().err


def test_every_kind_of_bad_line_is_reported_with_its_line_and_good_ones_still_written(
    tmp_path: Path,
) -> None:
    good = "New Delhi, Nov 17 (IANS) The ministers met."
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b"".join(
            [
                json.dumps({"text": good}).encode() + b"\n",  # 1: good, id = line number
                b"{not json\n",  # 2
                b"\n",  # 3: blank lines are skipped, not errors
                b'"a string"\n',  # 4
                b'{"id": "x"}\n',  # 5
                b'{"id": "y", "text": 7}\n',  # 6
                b'{"id": "z", "text": "  "}\n',  # 7
                b'{"id": [1], "text": "t"}\n',  # 8
                b'{"id": "p", "text": "t", "published": "17 Nov 2025"}\n',  # 9
                b'{"text": "caf\xe9"}\n',  # 10: not UTF-8
                json.dumps({"id": "last", "text": good}).encode() + b"\n",  # 11
            ]
        )
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    report = batch.run_batch(source, out, errors_file=errors)
    assert (report.written, report.failed, report.exit_status) == (2, 8, 1)
    assert [r["id"] for r in _lines(out)] == [1, "last"]
    kinds = [(r["line"], r["kind"]) for r in _lines(errors)]
    assert kinds == [
        (2, "not-json"),
        (4, "not-object"),
        (5, "missing-text"),
        (6, "bad-text"),
        (7, "empty"),
        (8, "bad-id"),
        (9, "bad-published"),
        (10, "undecodable"),
    ]
    assert {r["source"] for r in _lines(errors)} == {str(source)}
    assert all(k in batch.ERROR_KINDS for _, k in kinds)


@pytest.mark.usefixtures("forums_break_on_boom")
def test_a_record_that_breaks_a_component_is_reported_and_the_rest_of_its_chunk_written(
    tmp_path: Path,
) -> None:
    texts = [LEADS[0], "BOOM went the summit.", LEADS[1], "x" * 500, LEADS[2]]
    source = _jsonl(tmp_path / "in.jsonl", [{"text": t} for t in texts])
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    report = batch.run_batch(source, out, errors_file=errors, max_chars=400, chunksize=16)
    assert (report.written, report.failed) == (3, 2)
    assert _lines(out) == [
        {"id": i, **dipnews.to_dict(dipnews.parse(texts[i - 1]))} for i in (1, 3, 5)
    ]
    assert [(r["line"], r["kind"]) for r in _lines(errors)] == [(2, "failed"), (4, "too-large")]
    assert "internal error: IndexError: a bug" in str(_lines(errors)[0]["error"])


def test_errors_go_to_stderr_one_line_each_without_an_errors_file(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [{"text": "Geneva: Talks."}, {"id": 3}])
    err = io.StringIO()
    report = batch.run_batch(source, tmp_path / "out.jsonl", stderr=err, progress=False)
    assert report.failed == 1
    assert err.getvalue() == f'dipnews: {source}:2: no "text" field (missing-text)\n'


def test_standard_input_and_output(corpus: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "dipnews", "batch", "-", "-o", "-"],
        input=corpus.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert [json.loads(x) for x in run.stdout.splitlines()] == _expected(corpus)
    assert run.stderr == b""  # not a terminal: no progress line


def test_published_option_applies_to_records_without_their_own(tmp_path: Path) -> None:
    text = "MOSCOW, Aug 21 (Reuters) - The ministers met on Monday."
    source = _jsonl(
        tmp_path / "in.jsonl", [{"text": text}, {"text": text, "published": "2024-08-21"}]
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--published", "2025-08-22"]) == 0
    first, second = _lines(out)
    assert first == {
        "id": 1,
        **dipnews.to_dict(dipnews.parse(text, published=dt.date(2025, 8, 22))),
    }
    assert second == {
        "id": 2,
        **dipnews.to_dict(dipnews.parse(text, published=dt.date(2024, 8, 21))),
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["batch", "missing-folder", "-o", "x.jsonl"], "no such file"),
        (["batch", "{seed}", "-o", "x.jsonl"], ".txt file"),
        (["batch", "-", "-o", "-", "--resume"], "--resume"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    assert main([a.format(seed=seed) for a in args]) == 2
    assert message in capsys.readouterr().err


def test_jobs_zero_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["batch", "-", "-o", "-", "--jobs", "0"])
    assert exit_info.value.code == 2
    assert "at least 1" in capsys.readouterr().err


# -- order, parallelism, memory -----------------------------------------------------------


def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch.run_batch(corpus, one, jobs=1)
    batch.run_batch(corpus, two, jobs=2, chunksize=3)
    assert two.read_bytes() == one.read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_read_lazily_with_a_bounded_number_in_flight(jobs: int) -> None:
    consumed = 0

    def endless() -> Iterator[batch.Task]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield batch.Task(id=i, source="<gen>", text="Geneva: The envoys met.")

    results = running.results_in_order(
        endless(), jobs=jobs, chunksize=5, published=None, max_chars=None
    )
    first = next(results)
    assert [ident for _ok, ident, _line in first] == [0, 1, 2, 3, 4]
    assert consumed <= (4 * jobs + 1) * 5
    results.close()


# -- resuming -----------------------------------------------------------------------------


def test_resume_after_a_truncated_last_line_neither_redoes_nor_duplicates(
    corpus: Path, tmp_path: Path
) -> None:
    full = tmp_path / "full.jsonl"
    batch.run_batch(corpus, full)
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:17]) + lines[17][: len(lines[17]) // 2])
    report = batch.run_batch(corpus, partial, resume=True)
    assert (report.skipped, report.written) == (17, len(lines) - 17)
    assert partial.read_bytes() == full.read_bytes()


def test_resume_counts_repeated_ids(tmp_path: Path) -> None:
    texts = [{"id": "same", "text": f"Geneva: Meeting number {i}."} for i in range(4)]
    source = _jsonl(tmp_path / "in.jsonl", texts)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    batch.run_batch(source, full)
    partial.write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:2]))
    assert batch.run_batch(source, partial, resume=True).skipped == 2
    assert partial.read_bytes() == full.read_bytes()


def test_resume_skips_inputs_already_in_the_errors_file(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "bad"}, {"id": "ok", "text": "Rome: Talks."}])
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    batch.run_batch(source, out, errors_file=errors)
    report = batch.run_batch(source, out, errors_file=errors, resume=True)
    assert (report.skipped, report.written, report.failed) == (2, 0, 0)
    assert len(_lines(errors)) == 1
    assert len(_lines(out)) == 1


def test_a_killed_batch_resumes_to_the_same_output_as_an_uninterrupted_run(
    tmp_path: Path,
) -> None:
    records = [{"id": f"a{i}", "text": LEADS[i % len(LEADS)]} for i in range(120)]
    source = _jsonl(tmp_path / "in.jsonl", records)
    reference = tmp_path / "reference.jsonl"
    batch.run_batch(source, reference)
    out = tmp_path / "out.jsonl"
    # Feed the first 80 records through a pipe that stays open, so the run cannot finish;
    # kill it (SIGKILL: no clean-up) once some records are on disk.
    proc = subprocess.Popen(
        [sys.executable, "-m", "dipnews", "batch", "-", "-o", str(out), "--chunksize", "1"],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None
    for line in source.read_bytes().splitlines(keepends=True)[:80]:
        proc.stdin.write(line)
    proc.stdin.flush()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 30:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdin.close()
    assert proc.returncode == -signal.SIGKILL
    done_before = out.read_bytes().count(b"\n")
    assert 30 <= done_before <= 80
    report = batch.run_batch(source, out, resume=True)
    assert report.skipped == done_before
    assert out.read_bytes() == reference.read_bytes()


# -- progress -----------------------------------------------------------------------------


def test_progress_line_shows_rate_when_asked_and_nothing_otherwise(
    corpus: Path, tmp_path: Path
) -> None:
    shown, quiet = io.StringIO(), io.StringIO()
    batch.run_batch(corpus, tmp_path / "a.jsonl", progress=True, stderr=shown)
    batch.run_batch(corpus, tmp_path / "b.jsonl", stderr=quiet)  # StringIO: not a terminal
    assert "25/25" in shown.getvalue()
    assert "articles/s" in shown.getvalue()
    assert quiet.getvalue() == ""


# -- properties ---------------------------------------------------------------------------


@given(st.lists(input_objects(), max_size=6))
def test_parse_records_gives_exactly_one_record_per_input_and_never_raises(
    objects: list[object],
) -> None:
    out = list(batch.parse_records(objects))
    assert len(out) == len(objects)
    for position, (obj, record) in enumerate(zip(objects, out, strict=True), start=1):
        ok = "schema" in record
        assert ok != ("kind" in record)
        if ok:
            assert isinstance(obj, dict)
            assert record["id"] == obj.get("id", position)
        else:
            assert record["kind"] in batch.ERROR_KINDS
            assert record["line"] == position


@given(st.lists(input_lines(), max_size=8))
def test_any_jsonl_bytes_give_one_result_per_non_blank_line(lines: list[bytes]) -> None:
    stream = io.BytesIO(b"".join(lines))
    tasks = list(batch.iter_tasks("-", stdin=stream))
    non_blank = [i for i, raw in enumerate(lines, start=1) if raw.strip()]
    assert [t.line for t in tasks] == [
        n for n in non_blank if _decodes_to_non_blank(lines[n - 1], n)
    ]
    for task in tasks:
        result = batch.run_task(task)
        assert result.ok == ("schema" in result.record)


def _decodes_to_non_blank(raw: bytes, lineno: int) -> bool:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return True  # undecodable lines are reported, not skipped
    if lineno == 1:
        text = text.removeprefix("\ufeff")
    return bool(text.strip())
