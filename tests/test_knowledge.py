"""The knowledge object: a user's holdings reach every record, in every process."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import pickle
from pathlib import Path
from typing import Any

import pytest
import spacy

import dipnews
from dipnews import batch
from dipnews.batch import running
from dipnews.cli import main
from dipnews.errors import InputTypeError
from dipnews.knowledge import Knowledge

# An office that changes hands after the package's data date, in a file of the user's.
_LATER = dt.date(2031, 3, 1)
_HOLDINGS: dict[str, Any] = {
    "schema_version": 1,
    "data_date": "2031-06-01",
    "people": {"Tamsin Okoro-Vale": ["T. Okoro-Vale"]},
    "holders": [
        {
            "person": "Tamsin Okoro-Vale",
            "position": "Secretary of State",
            "country": "USA",
            "role": "FOREIGN_MINISTER",
            "start": "2031-01-20",
            "end": None,
            "source": "a user's notes",
        }
    ],
}
_TEXT = (
    "WASHINGTON, March 2, 2031 (Reuters) - U.S. Secretary of State Okoro-Vale met Japan's "
    "foreign minister on Monday. Okoro-Vale said the talks went well."
)


@pytest.fixture
def holdings(tmp_path: Path) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(_HOLDINGS), encoding="utf-8")
    return path


def _names(article: dipnews.Article) -> list[str]:
    return [o.name for o in article.officials if o.country == "USA"]


def test_the_users_table_names_the_later_holder(holdings: Path) -> None:
    knowledge = Knowledge.default().with_holders(holdings)
    assert _names(dipnews.parse(_TEXT, knowledge=knowledge))[0] == "Tamsin Okoro-Vale"
    assert list(dipnews.parse_many([_TEXT], knowledge=knowledge)) == [
        dipnews.parse(_TEXT, knowledge=knowledge)
    ]


def test_without_it_the_text_keeps_its_own_name(holdings: Path) -> None:
    # the package's table ends before 2031: no earlier holder is forced onto the article
    names = _names(dipnews.parse(_TEXT))
    assert names
    assert all("Okoro-Vale" in name for name in names)


def test_knowledge_survives_pickling(holdings: Path) -> None:
    knowledge = Knowledge.default().with_holders(holdings)
    again = pickle.loads(pickle.dumps(knowledge))
    assert again.data_date == dt.date(2031, 6, 1)
    assert [h.person for h in again.holders.at("USA", "FOREIGN_MINISTER", _LATER)] == [
        "Tamsin Okoro-Vale"
    ]
    assert dipnews.parse(_TEXT, knowledge=again) == dipnews.parse(_TEXT, knowledge=knowledge)


def test_the_data_date_says_which_articles_are_later() -> None:
    knowledge = Knowledge.default()
    assert knowledge.data_date is not None
    assert knowledge.stale_for(knowledge.data_date + dt.timedelta(days=1))
    assert not knowledge.stale_for(knowledge.data_date)
    assert not knowledge.stale_for(None)


def test_a_wrong_knowledge_is_a_typed_error() -> None:
    with pytest.raises(InputTypeError, match="Knowledge"):
        dipnews.parse(_TEXT, knowledge="mine.json")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="Knowledge"):
        dipnews.parse_many([_TEXT], knowledge=object())  # type: ignore[arg-type]


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_batch_workers_get_the_table_however_they_start(
    start: str, holdings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if start not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start} start method on this platform")
    monkeypatch.setattr(running, "_pool_context", lambda: multiprocessing.get_context(start))
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "text": _TEXT}) for i in range(6)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    knowledge = Knowledge.default().with_holders(holdings)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch.run_batch(source, one, jobs=1, chunksize=2, knowledge=knowledge, progress=False)
    batch.run_batch(source, two, jobs=2, chunksize=2, knowledge=knowledge, progress=False)
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    first = json.loads(one.read_text(encoding="utf-8").splitlines()[0])
    assert "Tamsin Okoro-Vale" in [o["name"] for o in first["officials"]]


def test_the_spacy_components_take_a_holders_file(holdings: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("dipnews_article", config={"holders": str(holdings)})
    article = nlp(_TEXT)._.dipnews_article
    assert article == dipnews.parse(_TEXT, knowledge=Knowledge.default().with_holders(holdings))


# -- the command line -----------------------------------------------------------------------


def test_parse_and_batch_take_holders(
    holdings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_TEXT, encoding="utf-8")
    assert main(["parse", str(article), "--holders", str(holdings)]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert "Tamsin Okoro-Vale" in [o["name"] for o in parsed["officials"]]
    out = tmp_path / "out.jsonl"
    assert (
        main(["batch", str(tmp_path), "-o", str(out), "-j", "2", "--holders", str(holdings)]) == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["officials"] == parsed["officials"]


def test_an_article_after_the_data_date_gets_one_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_TEXT, encoding="utf-8")
    assert main(["parse", str(article), str(article)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "data date" in line]
    assert len(notes) == 1
    assert notes[0].startswith("dipnews: note: 2 article(s) dated after")


def test_a_bad_holders_file_is_one_line_and_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "holders": [{"person": "X"}]}', encoding="utf-8")
    assert main(["parse", "-", "--holders", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("dipnews: --holders:")


def test_holders_command_answers_by_office_and_by_person(
    holdings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["holders", "RUS", "FOREIGN_MINISTER", "--date", "2019-05-01"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("Sergey Lavrov\t")
    assert "source: " in line
    assert (
        main(
            [
                "holders",
                "usa",
                "foreign_minister",
                "--date",
                "2031-03-01",
                "--holders",
                str(holdings),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.startswith("Tamsin Okoro-Vale\t")
    assert main(["holders", "--person", "Sergei Lavrov", "--date", "2019-05-01"]) == 0
    assert "FOREIGN_MINISTER" in capsys.readouterr().out
    assert main(["holders", "RUS", "NOT_A_ROLE"]) == 2
    assert main(["holders", "--person", "Nobody Atall"]) == 1
