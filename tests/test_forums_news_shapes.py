"""Forum mentions in the shapes real news writes them (sentences written for these tests):
Roman-numeral editions, pairs joined by a space, a meeting named by the people it gathers,
coordinated editions, ordinals that count something else, the Security Council named alone,
and a mechanism's country pair with a third country nearer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews.forums import canonicalise, find
from dipnews.records import Forum
from tests.strategies.forums import roman_numeral

Row = tuple[str, str | None, int | None, str]


def _rows(text: str) -> list[Row]:
    out = []
    for m in find(text):
        assert text[m.start : m.end] == m.surface
        out.append((m.forum.org, m.forum.body, m.forum.edition, m.surface))
    return out


# --- editions in Roman numerals -------------------------------------------------------------


@given(st.integers(min_value=2, max_value=89).filter(lambda n: n not in (5, 10, 50)))
def test_roman_numeral_edition_is_the_same_as_digits(n: int) -> None:
    # One letter (V, X, L) is not read as a numeral: see test_roman_numeral_editions.
    assert canonicalise(f"{roman_numeral(n)} BRICS Summit") == Forum("BRICS", "SUMMIT", n)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lula invited Xi to the XIV Annual Brazilian-Chinese Summit next year.",
            [("BRA-CHN-SUMMIT", "SUMMIT", 14, "XIV Annual Brazilian-Chinese Summit")],
        ),
        (
            "The XXXV ASEAN Summit opened in Bangkok.",
            [("ASEAN", "SUMMIT", 35, "XXXV ASEAN Summit")],
        ),
        # A capital I is a pronoun, a lone V or X a letter; Xi and Li are names.
        ("I met Xi and Li at the SCO summit.", [("SCO", "SUMMIT", None, "SCO summit")]),
        ("Plan X BRICS Summit", [("BRICS", "SUMMIT", None, "BRICS Summit")]),
        ("XI ATTENDS SCO SUMMIT", [("SCO", "SUMMIT", None, "SCO SUMMIT")]),
    ],
)
def test_roman_numeral_editions(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- a country pair joined by a space ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kishida and Modi will attend the 16th India Japan Summit in Tokyo.",
            [("IND-JPN-SUMMIT", "SUMMIT", 16, "16th India Japan Summit")],
        ),
        (
            "The Ghana Togo Joint Permanent Commission resumed work.",
            [("GHA-TGO-JPC", "SESSION", None, "Ghana Togo Joint Permanent Commission")],
        ),
        # Without a mechanism after it, two countries side by side are nothing.
        ("Trade between India Russia and China grew.", []),
        ("American Express and U.S. Treasury officials met.", []),
        # Three countries are a trilateral meeting, not a pair's mechanism.
        ("the Vietnam Laos Cambodia Annual Summit", []),
        ("He flew to India. Russia Summit planning began.", []),
    ],
)
def test_pair_joined_by_a_space(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- a meeting named by the people it gathers -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borrell called an urgent meeting of the EU defence ministers on Friday.",
            [("EU", "DMM", None, "urgent meeting of the EU defence ministers")],
        ),
        (
            "Rutte spoke after an extraordinary meeting of NATO leaders in Brussels.",
            [("NATO", "SUMMIT", None, "extraordinary meeting of NATO leaders")],
        ),
        (
            "on the sidelines of a meeting of Quad foreign ministers,",
            [("QUAD", "FMM", None, "meeting of Quad foreign ministers")],
        ),
        (
            "a gathering of G7 trade ministers in Osaka",
            [("G7", "MINISTERIAL", None, "gathering of G7 trade ministers")],
        ),
        (
            "the 45th Ordinary Session of Heads of State and Government of the GCC",
            [
                (
                    "GCC",
                    "SUMMIT",
                    45,
                    "45th Ordinary Session of Heads of State and Government of the GCC",
                )
            ],
        ),
        (
            "the virtual meeting of the prime ministers of the SCO",
            [("SCO", "CHG", None, "virtual meeting of the prime ministers of the SCO")],
        ),
        (
            "a defence ministerial gathering of the Group of Seven in Naples",
            [("G7", "DMM", None, "defence ministerial gathering of the Group of Seven")],
        ),
        # The people alone, with no meeting word before them, are no meeting.
        (
            "The SCO foreign ministers said so; NATO leaders agreed.",
            [
                ("SCO", None, None, "SCO"),
                ("NATO", None, None, "NATO"),
            ],
        ),
        ("The defence ministers of the Quad met in Sydney.", [("QUAD", None, None, "Quad")]),
        # Plural summits of an organisation are the organisation, not one summit.
        ("ahead of the summits of ASEAN member states", [("ASEAN", None, None, "ASEAN")]),
    ],
)
def test_meeting_named_by_the_people_it_gathers(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_foreign_affairs_council_named_alone_is_the_eus() -> None:
    text = "EU ministers met in Brussels, where the Foreign Affairs Council adopted sanctions."
    assert _rows(text) == [
        ("EU", None, None, "EU"),
        ("EU", "FMM", None, "Foreign Affairs Council"),
    ]
    assert find("The Foreign Affairs Council of Ruritania met.") == []


# --- several editions before one name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ministers prepared the 46th and 47th GCC summits",
            [
                ("GCC", "SUMMIT", 46, "46th"),
                ("GCC", "SUMMIT", 47, "47th GCC summits"),
            ],
        ),
        (
            "the eighth, ninth and tenth BIMSTEC summits",
            [
                ("BIMSTEC", "SUMMIT", 8, "eighth"),
                ("BIMSTEC", "SUMMIT", 9, "ninth"),
                ("BIMSTEC", "SUMMIT", 10, "tenth BIMSTEC summits"),
            ],
        ),
        # A date's day is no edition.
        ("from June 2nd and 17th BRICS Summit", [("BRICS", "SUMMIT", 17, "17th BRICS Summit")]),
    ],
)
def test_coordinated_editions(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- ordinals that count something else -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya hosted its first AU summit in Nairobi.",
            [("AU", "SUMMIT", None, "AU summit")],
        ),
        ("the envoy at her second Asean meeting", [("ASEAN", None, None, "Asean")]),
        (
            "Lula opened the second session of the BRICS Summit on Monday.",
            [("BRICS", "SUMMIT", None, "BRICS Summit")],
        ),
        (
            "the closing session of the G7 Leaders' Summit",
            [("G7", "SUMMIT", None, "G7 Leaders' Summit")],
        ),
        # A session of a standing body, or of a conference, is its edition.
        (
            "the 79th session of the UN General Assembly",
            [("UN", "GA", 79, "79th session of the UN General Assembly")],
        ),
        (
            "the 14th session of the WTO Ministerial Conference",
            [("WTO", "MINISTERIAL", 14, "14th session of the WTO Ministerial Conference")],
        ),
    ],
)
def test_ordinals_that_count_something_else(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- the Security Council named alone ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil thanked Egypt for backing its bid for a seat on the Security Council.",
            [("UN", "SC", None, "Security Council")],
        ),
        ("Kazakhstan said the Security Council of the republic met.", []),
        ("Ivanov, the Security Council Secretary, spoke.", []),
        ("The Armenian Security Council met.", []),
    ],
)
def test_security_council_named_alone(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- a mechanism's pair, and a third country nearer -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Penny Wong prepared a 2+2 meeting in talks with the Japanese minister, amid a "
            "dispute between Australia and China over tariffs.",
            [],
        ),
        (
            "Turkey and Egypt agreed to convene their Joint Economic Commission soon.",
            [("EGY-TUR-JEC", "SESSION", None, "Joint Economic Commission")],
        ),
    ],
)
def test_pair_of_a_mechanism_named_without_one(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected
