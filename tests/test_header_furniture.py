"""The header behind page furniture: datelines under headlines, captions, stamps and
menus; agency credits in the shapes real pages use; the place as the city.

Every article here is written for these tests in the shapes scraped pages take (other
wires, countries and outlets than any page measured).
"""

from __future__ import annotations

import pytest
from hypothesis import given

from dipnews.header import HEAD_CHARS, parse_header
from dipnews.header.dateline import city_of
from tests.strategies.header import BuiltDateline, datelines, furniture

BODY = (
    " The foreign ministers met on Monday and agreed to deepen cooperation in trade, "
    "energy and maritime security, officials said."
)


def _place(text: str) -> str | None:
    h = parse_header(text)
    return None if h.dateline is None else h.dateline.place


# --------------------------------------------------------------------------------------
# The dateline behind furniture.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        (  # a caption with its photo credit, then a wire dateline
            "Chile, Peru agree to open border crossing\n\n"
            "Foreign ministers of Chile and Peru shake hands in Lima on Monday. "
            "(Photo: Andina)\n\n"
            "LIMA, March 4 (Andina) -- Chile and Peru agreed on Monday to reopen a border "
            "crossing closed since 2020.",
            "LIMA",
            "Andina",
        ),
        (  # a summary paragraph repeats the lead above the dateline
            " date 2024-03-05 The Gulf Wire\n"
            "Oman, Iran hold talks on shipping lanes - Muscat\n\n"
            "Staff Writer 2 minutes ago Tue 5th March 2024 | 10:05 AM\n\n"
            "Oman's foreign minister held talks with his Iranian counterpart on shipping "
            "in the Strait of Hormuz, the ministry said on Tuesday.\n\n"
            "MUSCAT (The Gulf Wire / ONA - 5th March, 2024) Oman's foreign minister held "
            "talks with his Iranian counterpart on shipping in the Strait of Hormuz.",
            "MUSCAT",
            "ONA",
        ),
        (  # a byline over a wire dateline, under a sentence-case headline with initials
            "Foreign ministers of S. Korea, Australia discuss N. Korea, supply chains\n"
            "By Kim Min-ji\n"
            "CANBERRA, March 4 (Yonhap) -- South Korea's foreign minister met his "
            "Australian counterpart in Canberra on Monday.",
            "CANBERRA",
            "Yonhap",
        ),
        (  # an agency alone on a head line, stamps, a caption, then the dateline
            "Politics\n\n(Xinhua)\nUpdated: 2012-05-14 10:02\nLarge Medium Small\n\n"
            "Chinese Premier meets the Kenyan president at the Great Hall of the People in "
            "Beijing May 14, 2012. [Photo/Xinhua]\n\n"
            "BEIJING - Chinese Premier Wen Jiabao held talks with Kenyan President Mwai "
            "Kibaki here on Monday.",
            "BEIJING",
            "Xinhua",
        ),
        (  # the agency's name alone over a dateline that ends with it
            " date 2018-06-05 Close\n\nKyodo News\n\nJune 5, 2018 20:11\n\n"
            "Japan, Canada foreign ministers meet ahead of G7\n\n"
            "QUEBEC CITY, Canada, June 5, Kyodo\n\n"
            "Japan's foreign minister met her Canadian counterpart on Tuesday ahead of the "
            "Group of Seven summit.",
            "QUEBEC CITY",
            "Kyodo",
        ),
        (  # two places and the agency's full name after a hyphen, alone on a line
            "FM meets counterparts at diplomacy forum\n\n"
            "ISTANBUL/ANKARA-Anadolu Agency\n\n"
            "Turkey's foreign minister met more than 20 counterparts on Friday on the "
            "sidelines of a diplomacy forum in Istanbul.",
            "ISTANBUL",
            "Anadolu",
        ),
        (  # an agency dateline in brackets under a caption credited to the same agency
            "Joint statement of the ministers\n"
            "Ministers pose for a group photo in Laos (Photo: VNA)\n\n"
            "Hanoi (VNA) – The foreign ministers of Vietnam and Laos issued a joint "
            "statement in Hanoi on March 4.",
            "Hanoi",
            "VNA",
        ),
        (  # a caption ending with a picture credit, then a bare dated dateline
            "The two leaders walk to a news conference in Ottawa, March 2, 2024. — AFP pic\n\n"
            "OTTAWA, March 4 — Canada's prime minister will host the Mexican president "
            "later this month, his office said on Monday.",
            "OTTAWA",
            None,
        ),
    ],
)
def test_dateline_behind_furniture(text: str, place: str, agency: str | None) -> None:
    h = parse_header(text)
    assert h.dateline is not None, text
    assert h.dateline.place == place
    assert text[h.dateline.start : h.dateline.end] == h.dateline.surface
    if agency is not None:
        assert agency in h.agencies


def test_weak_dateline_after_stamps_and_a_caption() -> None:
    text = (
        "Asean ministers open talks in Vientiane\n"
        "Ministers arrive at the convention centre on March 4. PHOTO: MOFA\n"
        "Somchai Phet\n"
        "Laos Correspondent\n"
        "UPDATED\n"
        "MAR 5, 2024, 6:10 PM ICT\n"
        "VIENTIANE - Thailand's Foreign Minister met his Asean counterparts in Vientiane "
        "on Tuesday, the first day of\n"
        "the meetings."
    )
    assert _place(text) == "VIENTIANE"


def test_weak_dateline_with_a_country_under_a_headline() -> None:
    text = (
        "Ministers To Meet On Sahel Security Next Week\n"
        "Nairobi, Kenya: Kenya's foreign minister said on Monday that ministers of the "
        "region would meet next week to discuss security in the Sahel."
    )
    assert _place(text) == "Nairobi"


def test_agency_alone_as_the_dateline() -> None:
    text = (
        "Latest news\n\nClimate talks: what to know\n\n"
        "(AFP) - Negotiators from nearly 200 countries resumed talks on Tuesday on a "
        "new climate finance goal."
    )
    h = parse_header(text)
    assert h.dateline is not None
    assert (h.dateline.place, h.dateline.agency, h.dateline.surface) == (None, "AFP", "(AFP) -")
    assert h.agencies == ("AFP",)


def test_colon_glued_to_the_text() -> None:
    text = " date 2024-03-04 Colombo:Sri Lanka's foreign minister met the Indian envoy here."
    assert _place(text) == "Colombo"


@pytest.mark.parametrize(
    "text",
    [
        # a caption that opens with dateline grammar (a photo agency's style)
        "WASHINGTON, DC - MARCH 3: The secretary of state speaks to reporters at the "
        "State Department. (Photo by Jane Roe/Getty Images)\n\nThe talks went on.",
        # transcripts: speakers are no places, far from the head or near it
        "Press briefing\n\nThe spokesperson opened the briefing with a statement on the "
        "visit of the foreign minister to Geneva.\n\nQUESTION: Will the minister meet his "
        "counterpart during the visit?\n\nSPOKESPERSON: The schedule is being worked out.",
        # a metals table
        "Metal stocks\n\nCOPPER - 1200 tonnes mainly carries cash nil\n"
        "3months 880.00  STANDARD - Nil\n    LEAD - 1550 tonnes mainly carries",
        # wrapped body text under a summary paragraph
        "The ministers met in the capital on Monday and agreed to deepen ties, the "
        "ministry said.\nThe talks covered trade and\nBeijing - relations, which were "
        "strained last year by a dispute over fishing rights near the islands.",
    ],
)
def test_no_dateline_in_captions_transcripts_tables(text: str) -> None:
    assert _place(text) is None


def test_dateline_past_the_head_is_not_read() -> None:
    filler = ("Officials said the meeting was useful and constructive. " * 5 + "\n\n") * 10
    text = filler + "GENEVA, March 4 (Reuters) - Talks resumed on Monday."
    assert len(filler) > HEAD_CHARS
    assert parse_header(text).dateline is None


@given(datelines(), furniture())
def test_furniture_above_a_strong_dateline_changes_nothing(
    built: BuiltDateline, above: str
) -> None:
    if built.date is None and built.agency is None:
        return  # a weak dateline is tested with known places above
    alone = parse_header(built.text, published=built.published).dateline
    h = parse_header(above + built.text, published=built.published)
    assert h.dateline is not None, above + built.text
    assert alone is not None
    assert (h.dateline.place, h.dateline.date, h.dateline.agency) == (
        alone.place,
        alone.date,
        alone.agency,
    )
    assert h.dateline.start == alone.start + len(above)
    assert (above + built.text)[h.dateline.start : h.dateline.end] == h.dateline.surface


# --------------------------------------------------------------------------------------
# The place: the city as written.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("JERUSALEM, Israel (AP) —", "JERUSALEM"),
        ("SAN JUAN, Puerto Rico, March 4 (Reuters) -", "SAN JUAN"),
        ("BRUSSELS/KYIV, March 4 (Reuters) -", "BRUSSELS"),
        ("RICHMOND, Va. (AP) —", "RICHMOND, Va."),
        ("CALGARY, Alberta, March 4 -", "CALGARY, Alberta"),
        ("DALLAS/FORT WORTH, Texas, March 4 -", "DALLAS/FORT WORTH, Texas"),
        ("Riyad, March 4 (SPA) --", "Riyad"),  # the text's own spelling
    ],
)
def test_place_is_the_city_as_written(line: str, place: str) -> None:
    assert _place(line + BODY) == place


@pytest.mark.parametrize(
    "place",
    ["MOSCOW", "New Delhi", "DUBAI, United Arab Emirates", "TBILISI, Georgia", "LIMA/CUSCO"],
)
def test_city_of_is_idempotent(place: str) -> None:
    assert city_of(city_of(place)) == city_of(place)


# --------------------------------------------------------------------------------------
# Agency credits in the shapes real pages use.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("Talks went on.\n\nWith AFP inputs", ("AFP",)),
        ("Talks went on.\n\n(With Xinhua inputs)", ("Xinhua",)),
        ("Talks went on.\n\nSource: Bernama", ("Bernama",)),
        ("Talks went on, officials said. — Anadolu", ("Anadolu",)),
        ("Talks went on.\n\n(With agency inputs)", ()),
    ],
)
def test_credit_lines(text: str, agencies: tuple[str, ...]) -> None:
    assert parse_header(text).agencies == agencies


def test_sign_off_at_the_end_of_a_long_last_paragraph() -> None:
    last = "The ministers reviewed trade, energy and defence cooperation. " * 12
    assert parse_header(f"New Delhi:{BODY}\n\n{last}(PTI)\n\n").agencies == ("PTI",)
    prose = f"New Delhi:{BODY}\n\n{last}said the Palestinian Authority (PA).\n"
    assert parse_header(prose).agencies == ()


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        (  # the lead ends by crediting the agency
            "Kenya and Ethiopia sign trade pact\n\nKenya and Ethiopia signed a trade pact "
            "in Nairobi on Monday, the official Kenya News Agency (KNA) reported.\n\n"
            "The pact covers cross-border markets.",
            ("KNA",),
        ),
        (  # the last line ends by crediting the agency
            f"KUALA LUMPUR:{BODY}\n\nThe next round is due in May, Bernama reported.\n",
            ("Bernama",),
        ),
        (  # an agency reporting something else is no credit
            "Iran's foreign minister said on Tuesday that Tehran remained open to "
            "diplomacy, while AFP reported fresh strikes near the border.",
            (),
        ),
        (  # an abbreviation that prose uses for something else is never taken from prose
            "Talks in Ramallah\n\nThe two sides met in Ramallah on Monday, the PA reported.",
            (),
        ),
        (  # a wrapped sentence ending in an agency's name is no credit line
            "Shipping talks stall\n\nneither side is optimistic, spokesmen told\nReuters.\n"
            + "Talks resume next week in the port city, officials said.\n" * 12,
            (),
        ),
    ],
)
def test_attributions_in_the_lead_and_the_last_lines(text: str, agencies: tuple[str, ...]) -> None:
    assert parse_header(text).agencies == agencies


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("NICOSIA, March 4 (CNA) -", "Cyprus News Agency"),
        ("TAIPEI, March 4 (CNA) -", "CNA"),
        ("BAKU, March 4 (APA) -", "APA Information Agency"),
        ("VIENNA, March 4 (APA) -", "APA"),
        ("DAKAR, March 4 (APS) -", "Agence de Presse Senegalaise"),
        ("ALGIERS, March 4 (APS) -", "APS"),
        ("Jakarta, MINA –", "MINA"),
        ("Luanda, March 4 (ANGOP) -", "ANGOP"),
        ("BRATISLAVA, March 4 (TASR) -", "TASR"),
    ],
)
def test_shared_abbreviations_follow_the_dateline_country(line: str, agency: str) -> None:
    h = parse_header(line + BODY)
    assert h.dateline is not None
    assert h.agencies == (agency,)
