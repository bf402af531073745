"""The ``dipnews parse`` command: formats, standard input, errors per input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dipnews.cli import main
from tests.conftest import SEEDS

SEED = str(next(SEEDS.glob("000_*.txt")))


def test_json_for_one_file_is_one_contract_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", SEED]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "dipnews/1"


def test_json_for_several_files_is_an_array_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["parse", *files]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(files)


def test_jsonl_gives_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "jsonl", SEED, SEED]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["schema"] for line in lines] == ["dipnews/1"] * 2


def test_text_format_names_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "text", SEED]) == 0
    assert capsys.readouterr().out.startswith(f"== {SEED}")


def test_published_option_sets_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--published", "2024-02-29", str(next(SEEDS.glob("002_*.txt")))]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2024-02-29"


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "--published", "17/11/2025", SEED])
    assert exit_info.value.code == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b"  \n"), "empty input"),
        (lambda d: _write(d / "latin1.txt", "Genève".encode("latin-1")), "not valid utf-8"),
    ],
)
def test_bad_input_is_one_line_and_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, message: str
) -> None:
    bad = make(tmp_path)  # type: ignore[operator]
    assert main(["parse", "--format", "jsonl", str(bad), SEED]) == 1
    captured = capsys.readouterr()
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1
    assert str(bad) in err_lines[0]
    assert message in err_lines[0]
    assert len(captured.out.splitlines()) == 1  # the good file was still parsed


def test_errors_replace_accepts_undecodable_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "latin1.txt", "Genève: the ministers met.".encode("latin-1"))
    assert main(["parse", "--errors", "replace", str(path)]) == 0


def test_standard_input_and_module_entry_point() -> None:
    text = Path(SEED).read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "dipnews", "parse", "-"],
        input=text,
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == "dipnews/1"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
