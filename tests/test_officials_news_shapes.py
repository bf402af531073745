"""Officials in the shapes real news pages give them: formal and foreign house styles, lists,
headlines and page furniture, and the rule that the text wins over the office-holder table.

Every sentence here is written for the test (invented people where the table must not
help), in the shapes seen on scraped news pages, never a page's own words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews.holders import Holding, Registry
from dipnews.officials import lookups, resolve
from tests.strategies.officials import person_names

_D = dt.date
FM, HOS, HOG = "FOREIGN_MINISTER", "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"
DPM = "DEPUTY_HEAD_OF_GOVERNMENT"


def _use(monkeypatch: pytest.MonkeyPatch, *rows: Holding) -> None:
    table = Registry(rows)
    monkeypatch.setattr(lookups, "holder_table", lambda: table)


@pytest.fixture
def no_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolve from the text alone, as with an empty office-holder table."""
    _use(monkeypatch)


def _found(text: str, published: dt.date | None = None) -> list[tuple[str, str, Any, str]]:
    return [(o.surface, o.name, o.country, o.role) for o in resolve(text, published=published)]


def _offsets_hold(text: str, published: dt.date | None = None) -> None:
    for o in resolve(text, published=published):
        assert text[o.start : o.end] == o.surface


# --- words that are not names ---------------------------------------------------------------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    "text",
    [
        # Headlines in title case: a verb or a noun after the title is not a name.
        "Kenyan Foreign Minister Meets Ghanaian Counterpart In Accra\n\nThe talks went well.",
        "Brazilian Defence Minister Holds Bilateral Talks On Sidelines Of Summit",
        "Peruvian President Hails Ties With Chile\n\nLIMA (Agency) - The visit ended.",
        # A sentence adverb before an appositive title.
        "He met the press. Furthermore, the Prime Minister will travel to Oslo.",
        "Moreover, the Foreign Minister said the visit was useful.",
        # A related-story line: a country adjective after a title across a wrapped line.
        "Energy ties grow: vice premier\nChilean, Peruvian presidents hold talks",
    ],
)
def test_common_words_after_a_title_are_not_names(text: str) -> None:
    assert resolve(text) == []


@pytest.mark.usefixtures("no_holders")
def test_initials_and_months_alone_are_not_later_mentions() -> None:
    text = (
        "Kenyan Foreign Minister Kalomir Tesavun met the press on May 10, 2023, and "
        "posted on X. Then Tesavun left on 12 May."
    )
    assert [o.surface for o in resolve(text)] == [
        "Kenyan Foreign Minister Kalomir Tesavun",
        "Tesavun",
    ]


def test_a_month_that_is_a_surname_stays_a_name_away_from_a_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(
        monkeypatch,
        Holding("Theresa May", "Prime Minister", "GBR", HOG, _D(2016, 7, 13), _D(2019, 7, 24)),
    )
    text = "May met the Irish leader. The talks ended on May 10. In Washington, U.S., May 11."
    found = _found(text, _D(2018, 5, 12))
    assert found == [("May", "Theresa May", "GBR", HOG)]


@pytest.mark.usefixtures("no_holders")
def test_a_name_cut_off_by_the_end_of_the_page_is_dropped() -> None:
    text = "Ghana's Prime Minister Ravel Dimok spoke. The visit, said Prime Minister Rav"
    assert [o.surface for o in resolve(text)] == ["Ghana's Prime Minister Ravel Dimok"]


@pytest.mark.usefixtures("no_holders")
def test_a_handle_is_a_mention_of_the_person_it_spells() -> None:
    text = (
        "Austrian Chancellor Ilsa Vandrecht met the press.\n\n"
        '"Great talks with Chancellor @IlsaVandrecht today," he posted. '
        '"Thanks to FM @somebodyelse of Peru," he added.'
    )
    found = _found(text)
    assert [f[0] for f in found] == [
        "Austrian Chancellor Ilsa Vandrecht",
        "Chancellor @IlsaVandrecht",
    ]
    assert {(f[1], f[2], f[3]) for f in found} == {("Ilsa Vandrecht", "AUT", HOG)}


@given(name=person_names())
def test_a_handle_is_never_the_name_of_a_record(name: str) -> None:
    handle = "@" + name.replace(" ", "")
    text = f"Spoke with FM {handle} of Portugal and PM @x{name.split()[1].lower()}q today."
    for o in resolve(text):
        assert not o.name.startswith("@")
        assert text[o.start : o.end] == o.surface
