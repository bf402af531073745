"""Forum canonicalisation: seeds, wordings, round trips, invariance, offsets, negatives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews import forums as fm
from dipnews._data import load_table
from dipnews.errors import InputTypeError, LookupFailedError
from dipnews.forums import BODY_KEYS, ORG_KEYS, canonicalise, display_name, find, starts
from dipnews.records import Forum
from tests.conftest import seed_text
from tests.strategies.forums import (
    CITIES,
    acronyms,
    data_forums,
    generic_mechanisms,
    in_text,
    ordinal_words,
    variations,
)

Row = tuple[str, str | None, int | None, str | None, str]


def _rows(text: str) -> list[Row]:
    out = []
    for m in find(text):
        assert text[m.start : m.end] == m.surface
        f = m.forum
        out.append((f.org, f.body, f.edition, f.place, m.surface))
    return out


# --- the seeds ------------------------------------------------------------------------------

IRIGC_000 = (
    "26th Session of the India–Russia Inter-Governmental Commission on Trade, Economic, "
    "Scientific, Technological and Cultural Cooperation (IRIGC-TEC)"
)
IRIGC_004 = (
    "26th Session of the India-Russia Inter-Governmental Commission on Trade, Economic, "
    "Scientific, Technical, and Cultural Cooperation (IRIGC-TEC)"
)
SEEDS: dict[str, list[Row]] = {
    "000": [
        (
            "SCO",
            "SUMMIT",
            None,
            None,
            "Shanghai Cooperation Organisation (SCO) Heads of State Council",
        ),
        ("SCO", None, None, None, "SCO"),
        ("BRICS", None, None, None, "BRICS"),
        ("UN", None, None, None, "UN"),
        ("G20", None, None, None, "G20"),
        ("IRIGC-TEC", "SESSION", 26, None, IRIGC_000),
        ("IND-RUS-SUMMIT", "SUMMIT", 23, None, "23rd India–Russia Annual Summit"),
        ("SCO", "SUMMIT", None, "Tianjin", "SCO Summit"),
    ],
    "001": [
        ("IND-RUS-SUMMIT", "SUMMIT", 23, None, "23rd India-Russia annual summit"),
        ("SCO", None, None, None, "Shanghai Cooperation Organisation (SCO)"),
        ("BRICS", None, None, None, "BRICS"),
        ("UN", None, None, None, "United Nations"),
        ("G20", None, None, None, "G20"),
        ("SCO", "CHG", None, None, "SCO Council of Heads of Government"),
        ("EAEU", None, None, None, "Eurasian Economic Union"),
        ("UN", "SC", None, None, "UN Security Council"),
        ("SCO", None, None, None, "SCO"),
        ("BRICS", None, None, None, "BRICS"),
        ("G20", None, None, None, "G20"),
    ],
    "002": [
        ("UN", "GA", 80, "New York", "80th United Nations General Assembly"),
        ("BRICS", None, None, None, "BRICS"),
        ("SCO", None, None, None, "SCO"),
    ],
    "003": [
        (
            "SCO",
            "FMM",
            None,
            None,
            "Shanghai Cooperation Organisation (SCO) Foreign Ministers’ Meeting",
        ),
        ("SCO", "DMM", None, "Qingdao", "SCO Defence Ministers’ Meeting"),
        ("BRICS", "SUMMIT", 17, "Rio de Janeiro", "17th BRICS Summit"),
        ("BRICS", None, None, None, "BRICS"),
    ],
    "004": [
        ("IND-RUS-SUMMIT", "SUMMIT", 23, None, "23rd Annual India-Russia Leaders Summit"),
        ("IRIGC-TEC", "SESSION", 26, None, IRIGC_004),
        ("IND-RUS-SUMMIT", "SUMMIT", None, None, "India-Russia Summit"),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_every_forum_in_the_seeds(prefix: str) -> None:
    assert _rows(seed_text(prefix)) == SEEDS[prefix]


# --- wordings the library promises -----------------------------------------------------------

WORDINGS: list[tuple[str, Forum]] = [
    ("Shanghai Cooperation Organisation (SCO)", Forum("SCO")),
    ("Shanghai Cooperation Organization", Forum("SCO")),
    ("SCO", Forum("SCO")),
    ("BRICS", Forum("BRICS")),
    ("UN", Forum("UN")),
    ("United Nations", Forum("UN")),
    ("U.N.", Forum("UN")),
    ("UN Security Council", Forum("UN", "SC")),
    ("UNSC", Forum("UN", "SC")),
    ("UNGA", Forum("UN", "GA")),
    ("80th United Nations General Assembly", Forum("UN", "GA", 80)),
    ("the 80th session of the UN General Assembly", Forum("UN", "GA", 80)),
    ("eightieth session of the United Nations General Assembly", Forum("UN", "GA", 80)),
    ("SCO Heads of State Council", Forum("SCO", "SUMMIT")),
    ("SCO Council of Heads of State", Forum("SCO", "SUMMIT")),
    ("SCO Summit", Forum("SCO", "SUMMIT")),
    ("SCO Council of Heads of Government", Forum("SCO", "CHG")),
    ("SCO Foreign Ministers' Meeting", Forum("SCO", "FMM")),
    ("SCO Foreign Minister's Meeting", Forum("SCO", "FMM")),
    ("SCO Foreign Ministers Meeting", Forum("SCO", "FMM")),
    ("SCO Council of Foreign Ministers", Forum("SCO", "FMM")),
    ("Council of Foreign Ministers of the SCO", Forum("SCO", "FMM")),
    ("SCO CFM", Forum("SCO", "FMM")),
    ("SCO Defence Ministers' Meeting", Forum("SCO", "DMM")),
    ("SCO Defense Ministers’ Meeting", Forum("SCO", "DMM")),
    ("G20 Foreign Ministers' Meeting", Forum("G20", "FMM")),
    ("G20 FMM", Forum("G20", "FMM")),
    ("G-20 foreign ministers meeting", Forum("G20", "FMM")),
    ("BIMSTEC Ministerial", Forum("BIMSTEC", "MINISTERIAL")),
    ("17th BRICS Summit in Rio de Janeiro", Forum("BRICS", "SUMMIT", 17, "Rio de Janeiro")),
    ("seventeenth BRICS summit", Forum("BRICS", "SUMMIT", 17)),
    ("Quad foreign ministers' meeting", Forum("QUAD", "FMM")),
    ("23rd India–Russia Annual Summit", Forum("IND-RUS-SUMMIT", "SUMMIT", 23)),
    ("23rd Annual India-Russia Leaders Summit", Forum("IND-RUS-SUMMIT", "SUMMIT", 23)),
    ("23rd India-Russia annual summit", Forum("IND-RUS-SUMMIT", "SUMMIT", 23)),
    ("twenty-third India—Russia annual summit", Forum("IND-RUS-SUMMIT", "SUMMIT", 23)),
    ("Russia-India summit", Forum("IND-RUS-SUMMIT", "SUMMIT")),
    (IRIGC_000, Forum("IRIGC-TEC", "SESSION", 26)),
    (IRIGC_004, Forum("IRIGC-TEC", "SESSION", 26)),
    (
        "26th Session of the India-Russia Intergovernmental Commission on Trade, Economic, "
        "Scientific, Technical & Cultural Co-operation",
        Forum("IRIGC-TEC", "SESSION", 26),
    ),
    ("IRIGC-TEC", Forum("IRIGC-TEC", "SESSION")),
    ("2+2 dialogue between India and the US", Forum("IND-USA-2+2", "MINISTERIAL")),
    ("India-US 2+2 dialogue", Forum("IND-USA-2+2", "MINISTERIAL")),
    ("Indo-US 2+2 ministerial dialogue", Forum("IND-USA-2+2", "MINISTERIAL")),
    ("Japan-India 2+2", Forum("IND-JPN-2+2", "MINISTERIAL")),
    ("Commonwealth Heads of Government Meeting", Forum("COMMONWEALTH", "SUMMIT")),
    ("East Asia Summit", Forum("EAS")),
    ("20th East Asia Summit", Forum("EAS", "SUMMIT", 20)),
    ("WTO's 13th Ministerial Conference", Forum("WTO", "MINISTERIAL", 13)),
    ("Nato", Forum("NATO")),
    ("North Atlantic Treaty Organisation", Forum("NATO")),
    ("Gulf Cooperation Council", Forum("GCC")),
    ("European Council", Forum("EU", "SUMMIT")),
]


@pytest.mark.parametrize(("name", "expected"), WORDINGS)
def test_canonicalise_wordings(name: str, expected: Forum) -> None:
    assert canonicalise(name) == expected


@pytest.mark.parametrize(("name", "expected"), WORDINGS)
def test_find_gives_the_same_forum_as_canonicalise(name: str, expected: Forum) -> None:
    text = f"Diplomats said the {name}, they noted, mattered."
    (mention,) = find(text)
    assert mention.forum == expected
    assert text[mention.start : mention.end] == mention.surface


@pytest.mark.parametrize(
    "name",
    [
        "summit",
        "the summit",
        "UNEP",
        "un",
        "Unep",
        "United Nations Environment Programme",
        "India-Russia relations",
        "Summit of the Future",
        "SCO Summit and BRICS",
        "National Security Council",
        "Commonwealth Games",
        "US-China summit",
    ],
)
def test_canonicalise_rejects_what_is_not_one_forum(name: str) -> None:
    assert canonicalise(name) is None


def test_place_after_a_meeting_but_not_after_the_organisation() -> None:
    text = (
        "The SCO Summit in Qingdao, China was followed by talks at the UN in New York "
        "and the BRICS summit in December, hosted by Brazil."
    )
    assert _rows(text) == [
        ("SCO", "SUMMIT", None, "Qingdao", "SCO Summit"),
        ("UN", None, None, None, "UN"),
        ("BRICS", "SUMMIT", None, None, "BRICS summit"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the NATO summit in The Hague", "The Hague"),
        ("the ASEAN Summit in Singapore", "Singapore"),
        ("the GCC summit in Kuwait", None),
        ("the UN Security Council at UN headquarters", None),
        ("the BRICS summit in Kazan's Expo centre", "Kazan"),
    ],
)
def test_host_city(text: str, place: str | None) -> None:
    assert find(text)[0].forum.place == place


def test_an_organisation_named_as_a_place_is_the_organisation() -> None:
    assert _rows("He spoke at the UN headquarters in New York.") == [("UN", None, None, None, "UN")]


def test_later_generic_summit_is_not_a_new_mention() -> None:
    text = "Leaders met at the SCO Summit. The summit adopted a declaration; the summit ended."
    assert [r[4] for r in _rows(text)] == ["SCO Summit"]


def test_bare_body_takes_the_organisation_mentioned_before() -> None:
    text = "The UN chief spoke. Later the Security Council met and the General Assembly voted."
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("UN", None, "UN"),
        ("UN", "SC", "Security Council"),
        ("UN", "GA", "General Assembly"),
    ]
    # With none before it, the body the data names a default owner for is that one's (the
    # UN's Security Council); others are not mentions.
    assert [m.forum for m in find("Later the Security Council met.")] == [Forum("UN", "SC")]
    assert find("Later the Council of Heads of State met.") == []
    assert find("The UN said the National Security Council met.")[1:] == []


def test_no_match_inside_longer_words_or_acronyms() -> None:
    text = "UNEP, UNFPA, ESCO, SCOTUS, unwell, un-American, BRICSX, G200, Quadrant, EUR"
    assert find(text) == []
    # UN agencies of the data are their own organisations, never the UN.
    text = "UNESCO, UNICEF and the United Nations Development Programme"
    assert [m.forum.org for m in find(text)] == ["UNESCO", "UNICEF", "UNDP"]


def test_bilateral_summit_with_an_organisation_is_not_its_summit() -> None:
    rows = _rows("The India-EU Summit and the EU-China summit were postponed.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("EU", None, "EU"), ("EU", None, "EU")]


def test_mechanism_of_an_unlisted_pair_gets_a_generic_key() -> None:
    # The contract: other standing bilateral mechanisms are AAA-BBB-NAME, codes sorted.
    rows = _rows("The India-Brazil annual summit and the 2+2 dialogue were held.")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("BRA-IND-SUMMIT", "SUMMIT", "India-Brazil annual summit"),
        ("BRA-IND-2+2", "MINISTERIAL", "2+2 dialogue"),
    ]
    # A one-off summit of an unlisted pair is not a standing mechanism.
    assert find("The India-Brazil summit was held.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and Japan held their 2+2 dialogue.", [("IND-JPN-2+2", "2+2 dialogue")]),
        (
            "The Japanese and Australian ministers met for 2+2 talks.",
            [("AUS-JPN-2+2", "2+2 talks")],
        ),
        ("The 2+2 dialogue was held.", []),
        ("India and Brazil held their 2+2 dialogue.", [("BRA-IND-2+2", "2+2 dialogue")]),
        ("India and Japan met. The 2+2 dialogue was held.", []),
        ("India and Russia agreed that the annual summit would be held.", []),
    ],
)
def test_mechanism_takes_a_pair_named_in_the_same_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r[0], r[4]) for r in _rows(text)] == expected


def test_line_break_inside_a_name() -> None:
    text = "the Shanghai Cooperation\nOrganisation Heads of\nState Council met"
    (m,) = find(text)
    assert m.forum == Forum("SCO", "SUMMIT")
    assert m.surface == "Shanghai Cooperation\nOrganisation Heads of\nState Council"


def test_paragraph_break_ends_a_name() -> None:
    assert [r[:2] for r in _rows("within the SCO\n\nSummit season began")] == [("SCO", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNGA80 opened", [("UN", "GA", 80, None, "UNGA80")]),
        ("at UNGA 80,", [("UN", "GA", 80, None, "UNGA 80")]),
        (
            "the UN General Assembly's 80th session",
            [("UN", "GA", 80, None, "UN General Assembly's 80th session")],
        ),
        ("the SCO's 25th summit", [("SCO", "SUMMIT", 25, None, "SCO's 25th summit")]),
        (
            "the United Nations' General Assembly",
            [("UN", "GA", None, None, "United Nations' General Assembly")],
        ),
        (
            "the G20 Johannesburg Summit",
            [("G20", "SUMMIT", None, "Johannesburg", "G20 Johannesburg Summit")],
        ),
        ("the NATO December summit", [("NATO", None, None, None, "NATO")]),
        (
            "the G20 Foreign Ministers' Meet",
            [("G20", "FMM", None, None, "G20 Foreign Ministers' Meet")],
        ),
        (
            "INDIA-RUSSIA ANNUAL SUMMIT",
            [("IND-RUS-SUMMIT", "SUMMIT", None, None, "INDIA-RUSSIA ANNUAL SUMMIT")],
        ),
        (
            "U.S.-India 2+2 dialogue",
            [("IND-USA-2+2", "MINISTERIAL", None, None, "U.S.-India 2+2 dialogue")],
        ),
        ("a AU$100 million grant", []),
    ],
)
def test_house_style_forms(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_lookup_raises_where_canonicalise_returns_none() -> None:
    assert fm.lookup("UN Security Council") == Forum("UN", "SC")
    with pytest.raises(LookupFailedError):
        fm.lookup("the summit")


def test_input_errors_are_typed() -> None:
    with pytest.raises(InputTypeError):
        find(b"SCO")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        canonicalise(None)  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------------------------


@given(data_forums())
def test_display_name_round_trips(forum: Forum) -> None:
    assert canonicalise(display_name(forum)) == forum


@given(data_forums())
def test_canonicalise_is_idempotent(forum: Forum) -> None:
    once = canonicalise(display_name(forum))
    assert once is not None
    assert canonicalise(display_name(once)) == once


@given(st.data(), data_forums())
def test_invariant_under_house_style_variation(data: st.DataObject, forum: Forum) -> None:
    bare = Forum(forum.org, forum.body, forum.edition)
    varied = data.draw(variations(display_name(bare)))
    assert canonicalise(varied) == bare, varied


@given(st.data(), data_forums())
def test_offsets_hold_in_running_text(data: st.DataObject, forum: Forum) -> None:
    name = display_name(Forum(forum.org, forum.body, forum.edition))
    if forum.place is not None and forum.body is not None:
        name_in_text = f"{name} in {forum.place}"
    else:
        name_in_text = name
        forum = Forum(forum.org, forum.body, forum.edition)
    text, at = data.draw(in_text(name_in_text))
    mentions = find(text)
    assert [m.forum for m in mentions] == [forum]
    (m,) = mentions
    assert text[m.start : m.end] == m.surface
    assert m.start == at
    assert m.surface == name


@given(
    st.sampled_from(sorted(w for w in acronyms() if w.isalnum())),
    st.text(alphabet="abcXYZ09_", min_size=1, max_size=3),
    st.booleans(),
)
def test_no_acronym_matches_inside_a_longer_token(acronym: str, extra: str, before: bool) -> None:
    token = extra + acronym if before else acronym + extra
    assert find(f"The {token} said.") == []


@given(st.integers(min_value=1, max_value=99))
def test_ordinal_in_words_or_digits_is_the_same_edition(n: int) -> None:
    for written in (fm.ordinal(n), ordinal_words(n), ordinal_words(n).replace("-", " ")):
        assert canonicalise(f"{written} BRICS Summit") == Forum("BRICS", "SUMMIT", n)


@given(st.sampled_from(CITIES), st.sampled_from([" in", ", in", " session in"]))
def test_place_is_not_part_of_the_surface(city: str, joint: str) -> None:
    text = f"They met at the SCO Summit{joint} {city} on Monday."
    (m,) = find(text)
    assert m.surface == "SCO Summit"
    assert m.forum.place == city


# --- the data and the constants ---------------------------------------------------------------

CONTRACT_ORGS = [
    "UN",
    "SCO",
    "BRICS",
    "G20",
    "G7",
    "QUAD",
    "ASEAN",
    "EAS",
    "BIMSTEC",
    "SAARC",
    "EAEU",
    "EU",
    "NATO",
    "AU",
    "OSCE",
    "CICA",
    "APEC",
    "COMMONWEALTH",
    "WTO",
    "CSTO",
    "GCC",
    "OIC",
    "IRIGC-TEC",
    "IND-RUS-SUMMIT",
]
CONTRACT_BODIES = ("GA", "SC", "SUMMIT", "CHG", "FMM", "DMM", "SESSION", "MINISTERIAL")


def test_keys_cover_the_contract() -> None:
    assert set(CONTRACT_ORGS) <= set(ORG_KEYS)
    assert set(BODY_KEYS) == set(CONTRACT_BODIES)
    assert set(fm.MECHANISM_KEYS) <= set(ORG_KEYS)


def test_every_key_has_a_name_and_description() -> None:
    data = load_table("forums.json")
    assert data["schema_version"] == 1
    assert data["sources"]
    for group in ("orgs", "bodies", "mechanisms", "mechanism_kinds"):
        for key, row in data[group].items():
            assert row["description"].strip(), (group, key)
    for key in ORG_KEYS:
        assert display_name(Forum(key)), key


def test_mechanism_keys_follow_the_contract_pattern() -> None:
    data = load_table("forums.json")
    for key, row in data["mechanisms"].items():
        if key in {"IRIGC-TEC"}:
            continue
        a, b = sorted(row["countries"])
        assert re.fullmatch(rf"{a}-{b}-\S+", key), key


def test_every_name_in_the_data_canonicalises_to_its_forum() -> None:
    data = load_table("forums.json")
    for key, row in data["orgs"].items():
        for name in row["names"] + row["acronyms"]:
            assert canonicalise(name) == Forum(key), name
        for body, names in row.get("combined", {}).items():
            for name in names:
                assert canonicalise(name) == Forum(key, body), name
    for key, row in data["mechanisms"].items():
        body = data["mechanism_kinds"][row["kind"]]["body"]
        for name in row.get("names", []) + row.get("acronyms", []):
            assert canonicalise(name) == Forum(key, body), name
    for name in data["not_forums"]["names"] + data["not_forums"]["acronyms"]:
        assert find(name) == [], name


def test_every_data_forum_has_a_distinct_display_name() -> None:
    names = [display_name(f) for f in fm.forums()]
    assert len(names) == len(set(names))


def test_devset_gold_offsets_hold() -> None:
    path = Path(__file__).resolve().parent.parent / "devset" / "forums.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["mentions"]) for r in rows) >= 60
    for row in rows:
        for g in row["mentions"]:
            assert row["text"][g["start"] : g["end"]] == g["surface"]
            assert g["org"] in ORG_KEYS or re.fullmatch(r"[A-Z]{3}-[A-Z]{3}-[A-Z0-9+]+", g["org"])
            assert g["body"] is None or g["body"] in BODY_KEYS


# --- standing bilateral mechanisms not listed in the data ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 14th meeting of the CPEC Joint Cooperation Committee (JCC) will be held in "
            "Beijing next month.",
            ("CHN-PAK-JCC", "SESSION", 14),
        ),
        (
            "The third edition of the India-Singapore Ministerial Roundtable (ISMR) was held.",
            ("IND-SGP-MR", "SESSION", 3),
        ),
        (
            "It paved the way for the 2nd session of the Kenya-Tanzania Joint Permanent "
            "Commission.",
            ("KEN-TZA-JPC", "SESSION", 2),
        ),
        (
            "They will convene the India-Indonesia Joint Commission.",
            ("IDN-IND-JC", "SESSION", None),
        ),
        ("Officials prepared the Indonesia–Australia 2+2.", ("AUS-IDN-2+2", "MINISTERIAL", None)),
        (
            "They will hold German-Chinese government consultations.",
            ("CHN-DEU-GC", "SUMMIT", None),
        ),
        ("The Ethiopia-Kenya Joint Ministerial Commission met.", ("ETH-KEN-JMC", "SESSION", None)),
        (
            "Goyal attended the UAE-India High Level Joint Task Force on Investments (12th "
            "meeting).",
            ("ARE-IND-HLJTF", "SESSION", None),
        ),
        (
            "They work within the Saudi-Qatari Coordination Council.",
            ("QAT-SAU-CC", "SESSION", None),
        ),
        ("The Spain—Morocco High-Level Meeting (RAN) is due.", ("ESP-MAR-HLM", "SESSION", None)),
        (
            "The Kenya and Tanzania Joint Permanent Commission met.",
            ("KEN-TZA-JPC", "SESSION", None),
        ),
        (
            "The 12th meeting of the Joint Commission between Ghana and Nigeria ended.",
            ("GHA-NGA-JC", "SESSION", 12),
        ),
        ("Ghana and Nigeria held their Joint Commission.", ("GHA-NGA-JC", "SESSION", None)),
    ],
)
def test_unlisted_mechanism_gets_a_generic_key(
    text: str, expected: tuple[str, str, int | None]
) -> None:
    rows = [r for r in _rows(text) if "-" in r[0]]
    assert [r[:3] for r in rows] == [expected]


def test_generic_key_is_the_same_whatever_the_wording() -> None:
    texts = [
        "the Kenya-Tanzania Joint Permanent Commission",
        "the Tanzania–Kenya JPC",
        "the Tanzanian-Kenyan Joint Permanent Commission on Cooperation (JPC)",
        "the Joint Permanent Commission between Kenya and Tanzania",
    ]
    assert {r[0] for t in texts for r in _rows(t)} == {"KEN-TZA-JPC"}


@pytest.mark.parametrize(
    "text",
    [
        "India-Russia relations improved.",
        "Troops patrolled the India-Pakistan border.",
        "India and Pakistan issued a joint statement.",
        "The joint committee of parliament met.",
        "India and China agreed to hold a high-level meeting soon.",
        "The India-Brazil summit was a one-off.",
        "India and Japan met. The Joint Commission met too.",
        "The India-Japan-US 2+2 was proposed.",
        "The two sides signed a memorandum on consultations.",
    ],
)
def test_no_generic_mechanism_without_a_mechanism_and_a_pair(text: str) -> None:
    assert [r for r in _rows(text) if "-" in r[0]] == []


def test_modifier_before_a_mechanism_is_someone_elses_body() -> None:
    text = "India and Japan attended. The SCO Joint Working Group and ASEAN-India JCC met."
    assert [r[0] for r in _rows(text)] == ["SCO", "ASEAN"]


def test_the_two_countries_take_the_pair_named_before() -> None:
    text = (
        "China and Türkiye are partners, Wang said.\n\nThe two ministers agreed to hold the "
        "next meeting of the intergovernmental cooperation committee in Ankara."
    )
    assert [r[:4] for r in _rows(text)] == [("CHN-TUR-IGC", "SESSION", None, "Ankara")]
    lede = (
        "NAIROBI, Kenya (AP) - Kenyan President Ruto hosted Ethiopian Prime Minister Abiy. "
        "The two countries would convene their Joint Ministerial Commission."
    )
    assert [r[0] for r in _rows(lede)] == ["ETH-KEN-JMC"]


def test_a_date_after_a_mechanism_is_not_its_topic() -> None:
    (row,) = _rows("The Ghana-Nigeria Joint Commission on Tuesday met.")
    assert row[4] == "Ghana-Nigeria Joint Commission"
    (row,) = _rows("The Ghana-Nigeria Joint Working Group on Counter-Terrorism met.")
    assert row[4] == "Ghana-Nigeria Joint Working Group on Counter-Terrorism"


@given(generic_mechanisms())
def test_generic_mechanism_round_trips_through_its_display_name(forum: Forum) -> None:
    assert canonicalise(display_name(forum)) == forum


@given(st.data(), generic_mechanisms())
def test_generic_mechanism_found_in_text_with_any_dash(data: st.DataObject, forum: Forum) -> None:
    name = display_name(attrs.evolve(forum, place=None))
    name = name.replace("\u2013", data.draw(st.sampled_from(["-", "\u2013", "\u2014"])))
    text = f"Officials prepared for the {name}."
    (m,) = find(text)
    assert m.forum == attrs.evolve(forum, place=None)
    assert text[m.start : m.end] == m.surface


def test_the_smaller_patterns_of_a_long_run_find_what_the_whole_one_finds(
    seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long run switches from the whole pattern to smaller ones compiled per set of
    # pieces: results must not change when it does, on either engine (a text ending in
    # "½" is not plain, so regex reads it; see dipnews._engine).
    plain_texts = [
        *seeds.values(),
        "The 17th BRICS Summit in Rio and the second India-Central Asia Dialogue met.",
        "The annual India-Japan Summit, the 5th India-Australia 2+2 Ministerial Dialogue "
        "and the Joint Commission between India and Chile were held.",
        "SCO Council of Foreign Ministers, the G-20 FMM and the ASEAN Regional Forum met; "
        "so did the Russia-China Intergovernmental Commission and UNESCO.",
        "After an emergency meeting of NATO leaders and the XXII Annual Russian-Indian "
        "Summit, the 33rd Ordinary Session of Heads of State and Government of the African "
        "Union, the 22nd India Russia Summit, the 39th and 38th ASEAN summits, the first "
        "session of the G20 Summit, the WHO and the OECD Ministerial Council Meeting.",
    ]
    texts = plain_texts + [t + " ½" for t in plain_texts]
    monkeypatch.setattr(starts, "WARM_UP", 10**9)
    whole = [find(t) for t in texts]
    monkeypatch.setattr(starts, "WARM_UP", 0)
    assert [find(t) for t in texts] == whole
    assert whole[len(plain_texts) :] == whole[: len(plain_texts)]  # both engines alike
    assert sum(map(len, whole)) >= 10  # the texts do name forums
