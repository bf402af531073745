"""Organisations that extend the contract's keys: UN agencies, development banks and
regional organisations, marked ``"extension": true`` in ``forums.json``."""

from __future__ import annotations

import pytest

from dipnews.forums import EXTENSION_KEYS, ORG_KEYS, canonicalise, display_name, find
from dipnews.records import Forum
from tests.test_forums import CONTRACT_ORGS

EXTENSIONS = {
    "UNHCR", "UNICEF", "UNDP", "WFP", "FAO", "ILO", "UNESCO", "WHO", "IAEA", "IMF", "WBG",
    "OPCW", "UNCTAD", "OECD", "OPEC", "COE", "CIS", "ECOWAS", "SADC", "EAC", "IGAD", "ECCAS",
    "COMESA", "AFDB", "LAS", "PIF", "ADB", "AIIB", "NDB", "OAS", "CARICOM", "IDB",
}  # fmt: skip


def test_extensions_are_marked_and_apart_from_the_contract() -> None:
    assert set(EXTENSION_KEYS) == EXTENSIONS
    assert set(EXTENSION_KEYS) <= set(ORG_KEYS)
    assert not set(EXTENSION_KEYS) & set(CONTRACT_ORGS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UN Refugee Agency", Forum("UNHCR")),
        ("Office of the United Nations High Commissioner for Refugees", Forum("UNHCR")),
        ("United Nations Children's Fund", Forum("UNICEF")),
        ("UN Development Program", Forum("UNDP")),
        ("World Food Program", Forum("WFP")),
        ("Food and Agriculture Organisation", Forum("FAO")),
        ("International Labor Organization", Forum("ILO")),
        ("World Health Organisation", Forum("WHO")),
        ("International Atomic Energy Agency (IAEA)", Forum("IAEA")),
        ("World Bank", Forum("WBG")),
        ("World Bank Group", Forum("WBG")),
        ("Organization for Economic Cooperation and Development", Forum("OECD")),
        ("Organisation of Petroleum Exporting Countries", Forum("OPEC")),
        ("OPEC+", Forum("OPEC")),
        ("Council of Europe", Forum("COE")),
        ("Commonwealth of Independent States", Forum("CIS")),
        ("Arab League", Forum("LAS")),
        ("League of Arab States", Forum("LAS")),
        ("Pacific Islands Forum", Forum("PIF")),
        ("African Development Bank (AfDB)", Forum("AFDB")),
        ("Inter-American Development Bank", Forum("IDB")),
        ("Organization of American States", Forum("OAS")),
        ("Caribbean Community (CARICOM)", Forum("CARICOM")),
        # Their meetings, with the grammar of every organisation.
        ("45th ECOWAS Summit", Forum("ECOWAS", "SUMMIT", 45)),
        ("SADC Extraordinary Summit", Forum("SADC", "SUMMIT")),
        ("EAC summit", Forum("EAC", "SUMMIT")),
        ("Arab League summit", Forum("LAS", "SUMMIT")),
        ("CARICOM Heads of Government Meeting", Forum("CARICOM", "SUMMIT")),
        ("CIS Council of Heads of State", Forum("CIS", "SUMMIT")),
        ("OECD Ministerial Council Meeting", Forum("OECD", "MINISTERIAL")),
        ("meeting of the Pacific Islands Forum leaders", Forum("PIF", "SUMMIT")),
    ],
)
def test_extension_names_and_meetings(name: str, expected: Forum) -> None:
    assert canonicalise(name) == expected


@pytest.mark.parametrize("key", sorted(EXTENSIONS))
def test_extension_display_names_round_trip(key: str) -> None:
    assert canonicalise(display_name(Forum(key))) == Forum(key)


def test_an_organisation_in_an_officials_title_is_a_mention() -> None:
    text = "OECD Secretary-General Maria Lopez met the AfDB president and the IMF chief."
    assert [m.forum.org for m in find(text)] == ["OECD", "AFDB", "IMF"]


def test_a_meeting_body_outside_the_closed_set_is_the_organisation() -> None:
    (m,) = find("The OAS General Assembly opened in Asuncion.")
    assert (m.forum, m.surface) == (Forum("OAS"), "OAS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials who met the WHO team said", ["WHO"]),
        ("the UN, WHO and UNICEF appealed", ["UN", "WHO", "UNICEF"]),
        # In a headline in capitals WHO is the word.
        ("PUTIN, WHO MET XI, SAID", []),
        # Acronyms that are mostly something else are not read alone.
        ("LAS VEGAS, March 2 - Casino shares rose.", []),
        ("Saudi Arabia's PIF bought a stake.", []),
        # An acronym that the text gives to another name is that name's.
        ("the Composite Information Service (CIS) will carry it; CIS subscribers", []),
        (
            "the Commonwealth of Independent States (CIS) met; CIS leaders",
            ["CIS", "CIS"],
        ),
        # The Council of Europe is not the European Council, nor the EU's summit.
        ("the Council of Europe and the European Council", ["COE", "EU"]),
    ],
)
def test_extension_acronyms_that_are_other_words(text: str, expected: list[str]) -> None:
    assert [m.forum.org for m in find(text)] == expected
