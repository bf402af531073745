"""The header component: metadata date, wire dateline, bylines and agency credits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews.errors import InputTooLargeError, InputTypeError
from dipnews.header import (
    HEAD_CHARS,
    TAIL_CHARS,
    parse_header,
)
from dipnews.records import AgencyCredit, Byline, Dateline, Header
from dipnews.temporal import find, infer_year
from tests.strategies.header import BuiltDateline, bylines, datelines

D = dt.date
ANCHOR = D(2025, 11, 17)
BODY = (
    " The foreign ministers met on Monday and agreed to deepen cooperation in trade, "
    "energy and security."
)

# --------------------------------------------------------------------------------------
# The seed articles: every header field.
# --------------------------------------------------------------------------------------


def test_seed_000_metadata_and_ians_dateline(seeds: dict[str, str]) -> None:
    text = seeds["000"]
    h = parse_header(text)
    assert h.published == D(2025, 11, 17)
    assert h.published_surface is not None
    assert text[h.published_surface.start : h.published_surface.end] == "2025-11-17"
    assert h.dateline is not None
    assert h.dateline.place == "New Delhi"
    assert h.dateline.date == D(2025, 11, 17)
    assert h.dateline.agency == "IANS"
    assert h.dateline.surface == "New Delhi, Nov 17 (IANS)"
    assert (h.dateline.start, h.dateline.end) == (17, 41)
    assert h.byline == ()
    assert h.agencies == ("IANS",)


@pytest.mark.parametrize(
    ("prefix", "published"),
    [("001", None), ("003", D(2025, 8, 13)), ("004", D(2025, 11, 20))],
)
def test_seeds_based_on_ani_report(seeds: dict[str, str], prefix: str, published: D) -> None:
    text = seeds[prefix]
    h = parse_header(text)
    assert h.published == published
    assert h.dateline is None
    assert h.byline == ()
    assert h.agencies == ("ANI",)
    (credit,) = h.credits
    assert (credit.agency, credit.surface) == ("ANI", "ANI")
    assert text[credit.start - len("Based On ") : credit.end + len(" Report")] == (
        "Based On ANI Report"
    )


def test_seed_002_has_no_header(seeds: dict[str, str]) -> None:
    # "On November 17, Indian External Affairs Minister ..." is a sentence, not a dateline.
    assert parse_header(seeds["002"]) == Header()


def test_seed_dateline_year_comes_from_published_param(seeds: dict[str, str]) -> None:
    h = parse_header(seeds["000"], published=D(2026, 11, 1))
    assert h.dateline is not None
    assert h.dateline.date == D(2026, 11, 17)


# --------------------------------------------------------------------------------------
# Datelines in many house styles.
# --------------------------------------------------------------------------------------

DATELINES = [
    # (dateline as written, place, date, agency)
    ("New Delhi, Nov 17 (IANS)", "New Delhi", D(2025, 11, 17), "IANS"),
    ("MOSCOW, Aug 21 (Reuters) -", "MOSCOW", D(2025, 8, 21), "Reuters"),
    ("WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
    ("BEIJING, Nov. 3 (Xinhua) --", "BEIJING", D(2025, 11, 3), "Xinhua"),
    ("ISLAMABAD (APP / Xinhua - 3rd March, 2021)", "ISLAMABAD", D(2021, 3, 3), "APP"),
    ("Colombo, March 29:", "Colombo", D(2026, 3, 29), None),
    ("UNITED NATIONS, Sept 24 (AFP) —", "UNITED NATIONS", D(2025, 9, 24), "AFP"),
    ("RICHMOND, Va., March 5 -", "RICHMOND, Va.", D(2026, 3, 5), None),
    ("KALAMAZOO, MICH., April 13 -", "KALAMAZOO, MICH.", D(2026, 4, 13), None),
    ("Dubai, 17 November 2025 (WAM) --", "Dubai", D(2025, 11, 17), "WAM"),
    ("TOKYO (Kyodo) --", "TOKYO", None, "Kyodo"),
    ("SEOUL, Nov. 17 (Yonhap) --", "SEOUL", D(2025, 11, 17), "Yonhap"),
    ("Ankara (AA) -", "Ankara", None, "Anadolu"),
    ("KUALA LUMPUR, Nov 17 (Bernama) --", "KUALA LUMPUR", D(2025, 11, 17), "Bernama"),
    ("Islamabad, Nov 17:", "Islamabad", D(2025, 11, 17), None),
    ("new delhi, nov 17 (ians)", "new delhi", D(2025, 11, 17), "IANS"),
    ("MOSCOW, November 17. /TASS/.", "MOSCOW", D(2025, 11, 17), "TASS"),
    ("New Delhi [India], November 17 (ANI):", "New Delhi", D(2025, 11, 17), "ANI"),
    ("THE HAGUE, March 2 -", "THE HAGUE", D(2026, 3, 2), None),
    ("RIO DE JANEIRO, Feb 26 -", "RIO DE JANEIRO", D(2026, 2, 26), None),
    ("Kyiv, Ukraine (AFP) –", "Kyiv", None, "AFP"),
    ("MOSCOW. Nov 17 (Interfax) -", "MOSCOW", D(2025, 11, 17), "Interfax"),
    ("ASTANA. KAZINFORM –", "ASTANA", None, "Kazinform"),
    ("WASHINGTON (CNN) —", "WASHINGTON", None, None),
    ("Thimphu, Nov 17 (Kuensel)", "Thimphu", D(2025, 11, 17), None),
    ("Ho Chi Minh City (VNA) -", "Ho Chi Minh City", None, "VNA"),
    ("DAR ES SALAAM, Tanzania, Nov 17 (AFP) -", "DAR ES SALAAM", D(2025, 11, 17), "AFP"),
    ("al-Mukalla, Nov 17 (Reuters) -", "al-Mukalla", D(2025, 11, 17), "Reuters"),
    ("WASHINGTON, D.C., Nov 17 (AP) —", "WASHINGTON, D.C.", D(2025, 11, 17), "AP"),
    ("Frankfurt am Main, Nov 17 (dpa) -", "Frankfurt am Main", D(2025, 11, 17), "dpa"),
    ("Hanoi (VNA) –", "Hanoi", None, "VNA"),
    ("ARNHEM, The Netherlands, March 31 -", "ARNHEM", D(2026, 3, 31), None),
    ("DALLAS/FORT WORTH, Texas, March 3 -", "DALLAS/FORT WORTH, Texas", D(2026, 3, 3), None),
    ("OKLAHOMA CITY, Okla. March 11, Reuter -", "OKLAHOMA CITY, Okla.", D(2026, 3, 11), "Reuters"),
    ("Tehran, IRNA --", "Tehran", None, "IRNA"),
    ("TEHRAN, Nov. 17 (MNA) –", "TEHRAN", D(2025, 11, 17), "Mehr"),
    ("Mexico City, Nov 17 (EFE).-", "Mexico City", D(2025, 11, 17), "EFE"),
]


@pytest.mark.parametrize(("line", "place", "date", "agency"), DATELINES)
def test_dateline_styles(line: str, place: str, date: D | None, agency: str | None) -> None:
    text = line + BODY
    h = parse_header(text, published=ANCHOR)
    assert h.dateline is not None
    assert (h.dateline.place, h.dateline.date, h.dateline.agency) == (place, date, agency)
    assert h.dateline.surface == line
    assert (h.dateline.start, h.dateline.end) == (0, len(line))
    if agency is not None:
        assert h.agencies[0] == agency


@pytest.mark.parametrize(
    "line",
    ["Geneva:", "NEW DELHI:", "WASHINGTON —", "Abu Dhabi —", "Port-au-Prince:"],
)
def test_dateline_without_date_or_agency(line: str) -> None:
    h = parse_header(line + BODY)
    assert h.dateline is not None
    assert h.dateline.surface == line
    assert h.dateline.place == line.rstrip(":— ")
    assert h.dateline.date is None
    assert h.dateline.agency is None


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("ISTANBUL", "ISTANBUL"),
        ("Headline about talks\n\nNEW DELHI", "NEW DELHI"),
        ("New Delhi", "New Delhi"),
        ("WORLD", None),
        ("Opinion", None),
        ("Istanbul", None),
        ("INDIA", None),
    ],
)
def test_place_alone_on_a_line(head: str, place: str | None) -> None:
    h = parse_header(
        f"{head}\n\nTurkish Foreign Minister Hakan Fidan received his Syrian counterpart."
    )
    assert (h.dateline.place if h.dateline else None) == place
    if h.dateline is not None:
        assert h.dateline.date is None
        assert h.dateline.agency is None


def test_dateline_after_metadata_and_headline() -> None:
    text = (
        "Published: 17 November 2025\n"
        "India, Russia to review ties as ministers meet in Moscow\n\n"
        "NEW DELHI, Nov 17 (PTI) External Affairs Minister S Jaishankar will travel."
    )
    h = parse_header(text)
    assert h.published == D(2025, 11, 17)
    assert h.dateline is not None
    assert h.dateline.surface == "NEW DELHI, Nov 17 (PTI)"
    assert text[h.dateline.start : h.dateline.end] == h.dateline.surface
    assert h.agencies == ("PTI",)


@pytest.mark.parametrize(
    "text",
    [
        "In Moscow, the ministers met to discuss trade.",
        "On November 17, Indian External Affairs Minister S Jaishankar met Lavrov.",
        "Russian Foreign Minister Sergey Lavrov is set to meet his Indian counterpart.",
        "Jaishankar: India wants peace\n\nThe minister spoke in Moscow.",
        "The ministry (MFA) said the talks were useful and would continue next month.",
        "President Putin: We will visit India in December, the Kremlin said on Friday.",
        "According to the ministry, Nov 17 is the date of the meeting.",
        "Moscow. Nov 17 was the day of the meeting.",
        "After talks, Lavrov said ties were strong.",
    ],
)
def test_sentence_openings_are_not_datelines(text: str) -> None:
    assert parse_header(text, published=ANCHOR).dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "Deputy oil ministers of the six-nation\nBahrain-based Gulf News Agency (GNA) said the "
        "meeting\nended on Monday.",
        "Period ended December 31.\n    Shr 25 cts vs 20 cts",
        "Qtr ended Jan 31\n    Shr 72 cts vs 71 cts",
        "Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000\n    Note: Results restated.",
        "Italy's state-owned <Banca Nazionale del\nLavoro - BNL> said it would issue 120 mln "
        "dlrs of\nbonds next month.",
        "a software package\nby Consumers Software, to its Local Area network.",
    ],
)
def test_wrapped_body_lines_give_no_dateline_or_byline(text: str) -> None:
    h = parse_header(text, published=ANCHOR)
    assert h.dateline is None
    assert h.byline == ()


@pytest.mark.parametrize(
    ("written", "anchor", "expected"),
    [
        ("Dec 31", D(2026, 1, 1), D(2025, 12, 31)),
        ("Jan 1", D(2025, 12, 31), D(2026, 1, 1)),
        ("June 5", D(2025, 11, 17), D(2025, 6, 5)),
        ("Feb 29", D(2024, 3, 1), D(2024, 2, 29)),
        ("Nov 17, 2019", D(2025, 11, 17), D(2019, 11, 17)),
    ],
)
def test_dateline_year_is_nearest_the_anchor(written: str, anchor: D, expected: D) -> None:
    h = parse_header(f"MOSCOW, {written} (Reuters) -{BODY}", published=anchor)
    assert h.dateline is not None
    assert h.dateline.date == expected


def test_a_year_less_dateline_takes_its_year_by_the_same_rule_as_the_body() -> None:
    # One year rule for the whole article: a dateline's 29 February with no leap year
    # near the anchor gets the year temporal gives the same date in an untensed phrase
    # (the nearest leap year's, within four years either side).
    anchor = D(2026, 6, 1)
    h = parse_header(f"MOSCOW, Feb 29 (Reuters) -{BODY}", published=anchor)
    assert h.dateline is not None
    assert h.dateline.surface == "MOSCOW, Feb 29 (Reuters) -"
    (expression,) = find("The summit of Feb 29.", anchor=anchor)
    assert expression.span is not None
    assert h.dateline.date == expression.span.start == infer_year(2, 29, anchor)


def test_dateline_year_from_metadata_when_no_published_given() -> None:
    h = parse_header(f"Date: 2024-01-02\nMOSCOW, Dec 30 (TASS) -{BODY}")
    assert h.dateline is not None
    assert h.dateline.date == D(2023, 12, 30)


def test_dateline_without_any_year_anchor_has_no_date() -> None:
    h = parse_header(f"MOSCOW, Aug 21 (Reuters) -{BODY}")
    assert h.dateline is not None
    assert h.dateline.date is None
    assert h.published is None


def test_published_falls_back_to_the_dateline_date() -> None:
    h = parse_header(f"Dubai, 17 November 2025 (WAM) --{BODY}")
    assert h.published == D(2025, 11, 17)
    assert h.published_surface is None


# --------------------------------------------------------------------------------------
# Metadata date lines.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "surface"),
    [
        (" date 2025-11-17 ", D(2025, 11, 17), "2025-11-17"),
        ("Published: 17 November 2025", D(2025, 11, 17), "17 November 2025"),
        ("Updated: Nov 17, 2025 10:20 IST", D(2025, 11, 17), "Nov 17, 2025"),
        ("Date: 2025-11-17", D(2025, 11, 17), "2025-11-17"),
        ("Published on Monday, November 17, 2025", D(2025, 11, 17), "Monday, November 17, 2025"),
        ("Posted: 17.11.2025 09:00", D(2025, 11, 17), "17.11.2025"),
        ("Published: 8:00pm, 17 Nov 2025", D(2025, 11, 17), "17 Nov 2025"),
        ("2025-11-17 21:05:30", D(2025, 11, 17), "2025-11-17"),
        ("November 17, 2025 9:15 AM GMT+5:30", D(2025, 11, 17), "November 17, 2025"),
        ("Ahram Online , Monday 17 Nov 2025", D(2025, 11, 17), "Monday 17 Nov 2025"),
        ("Published On 17 Nov 2025", D(2025, 11, 17), "17 Nov 2025"),
    ],
)
def test_metadata_date_line(line: str, date: D, surface: str) -> None:
    text = line + "\n\nThe ministers met in Moscow."
    h = parse_header(text)
    assert h.published == date
    assert h.published_surface is not None
    assert h.published_surface.surface == surface
    assert text[h.published_surface.start : h.published_surface.end] == surface
    assert h.published_surface.span is not None
    assert h.published_surface.span.start == date


def test_published_line_wins_over_updated_line() -> None:
    text = "Updated: Nov 18, 2025 08:00 IST\nPublished: Nov 17, 2025\n\nText."
    assert parse_header(text).published == D(2025, 11, 17)


def test_metadata_date_in_a_byline_after_a_bar() -> None:
    text = "Jane Doe | Updated: Nov 17, 2025 10:20 IST\n\nThe talks went on."
    h = parse_header(text)
    assert h.published == D(2025, 11, 17)
    assert h.byline == ("Jane Doe",)


def test_footer_published_in_line() -> None:
    text = "ISLAMABAD: The talks went on.\n\nPublished in Dawn, November 17th, 2025"
    h = parse_header(text)
    assert h.published == D(2025, 11, 17)
    assert h.published_surface is not None
    assert h.published_surface.surface == "November 17th, 2025"


def test_agency_before_a_bar_is_a_credit() -> None:
    h = parse_header("Press Trust of India | New Delhi\n\nThe talks went on.")
    assert h.agencies == ("PTI",)
    assert h.byline == ()


def test_impossible_metadata_date_is_ignored() -> None:
    assert parse_header("Date: 2025-02-30\n\nText.").published is None


# --------------------------------------------------------------------------------------
# Bylines.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "agencies"),
    [
        ("By Jane Doe", ("Jane Doe",), ()),
        ("By Jane Doe and John Roe, Staff Reporters", ("Jane Doe", "John Roe"), ()),
        ("BY JANE DOE", ("Jane Doe",), ()),
        ("Jane Doe | New Delhi", ("Jane Doe",), ()),
        ("By Jane Doe, Reuters", ("Jane Doe",), ("Reuters",)),
        ("By Byrne Abby", ("Byrne Abby",), ()),
        ("By Ana de la Cruz", ("Ana de la Cruz",), ()),
        ("By S. Jaishankar Rao, Special Correspondent", ("S. Jaishankar Rao",), ()),
        ("By Reuters Staff", (), ("Reuters",)),
        ("By Agence France-Presse", (), ("AFP",)),
        ("Written by Mary O'Neil & Tom Hale", ("Mary O'Neil", "Tom Hale"), ()),
    ],
)
def test_bylines(line: str, names: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    text = f"Ministers meet in Moscow\n{line}\nMOSCOW: {BODY}"
    h = parse_header(text)
    assert h.byline == names
    assert h.agencies == agencies
    for b in h.bylines:
        assert text[b.start : b.end] == b.surface


@pytest.mark.parametrize(
    "text",
    [
        "Abby Smith said the talks had gone well on Monday.",
        "By Monday, the ministers will have met twice in Moscow.",
        "Byrne told reporters the meeting was useful.",
        "By the end of the week the two sides had agreed a text.",
        "(This story has not been edited by NDTV staff and is auto-generated from a "
        "syndicated feed.)",
        "Hindustan Times | New Delhi\nThe talks went on.",
    ],
)
def test_no_byline_from_sentences(text: str) -> None:
    assert parse_header(text).byline == ()


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Frank Gardner\nSecurity correspondent", "Frank Gardner"),
        ("Patrick Wintour Diplomatic editor", "Patrick Wintour"),
        ("Jane Doe\nChief political correspondent", "Jane Doe"),
    ],
)
def test_name_over_role_bylines(head: str, name: str) -> None:
    h = parse_header(f"{head}\n\nThe UK and France agreed on Monday to deepen cooperation.")
    assert h.byline == (name,)
    assert h.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "A Harbour Employees Workers' Union spokesman told reporters\nthere will be a strike.",
        "Joseph Feshbach, chief market analyst\nat a brokerage, said the market would climb.",
        "New Delhi | Updated: Nov 17, 2025 10:20 IST\n\nThe talks went on.",
    ],
)
def test_no_byline_from_roles_in_sentences_or_places(text: str) -> None:
    assert parse_header(text).byline == ()


def test_reuters_credits_give_reporters_not_editors() -> None:
    text = (
        "MOSCOW, Aug 21 (Reuters) - The ministers met.\n"
        "(Reporting by Jane Doe in Moscow and John Roe; Additional reporting by Ann Poe; "
        "Editing by Bob Moe)"
    )
    h = parse_header(text, published=ANCHOR)
    assert h.byline == ("Jane Doe", "John Roe", "Ann Poe")
    assert h.agencies == ("Reuters",)


# --------------------------------------------------------------------------------------
# Trailers and credits.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "agencies"),
    [
        ("\n\nBased On ANI Report", ("ANI",)),
        ("\n(With inputs from PTI)", ("PTI",)),
        ("\n(With inputs from PTI and Reuters)", ("PTI", "Reuters")),
        ("\nWith inputs from agencies", ()),
        ("\n-- IANS", ("IANS",)),
        ("\n--IANS\nsk/", ("IANS",)),
        (" (ANI)", ("ANI",)),
        ("/ANI", ("ANI",)),
        ("\nSource: Xinhua", ("Xinhua",)),
        ("\n— AFP", ("AFP",)),
        ("\nAFP", ("AFP",)),
        ("\n(This story has not been edited by NDTV staff and is auto-generated from a "
         "syndicated feed.)", ()),
    ],
)  # fmt: skip
def test_trailers(tail: str, agencies: tuple[str, ...]) -> None:
    text = "The ministers met in Moscow on Monday and agreed to meet again." + tail
    h = parse_header(text)
    assert h.agencies == agencies
    for c in h.credits:
        assert text[c.start : c.end] == c.surface


def test_agencies_in_order_of_first_credit_without_repeats() -> None:
    text = (
        "BEIJING, Nov. 3 (Xinhua) -- China and Pakistan held talks.\n\n"
        "(With inputs from PTI and Xinhua)\n--IANS"
    )
    h = parse_header(text, published=ANCHOR)
    assert h.agencies == ("Xinhua", "PTI", "IANS")
    assert [c.agency for c in h.credits] == ["Xinhua", "PTI", "Xinhua", "IANS"]


def test_body_mentions_of_agencies_are_not_credits() -> None:
    text = (
        "The minister told Reuters in an interview that AFP had misquoted him, and "
        "that Xinhua's report was accurate. He spoke at length about trade.\n\n"
        "The talks continue."
    )
    assert parse_header(text).agencies == ()


# --------------------------------------------------------------------------------------
# Errors, size and robustness.
# --------------------------------------------------------------------------------------


def test_non_str_input_raises_typed_error() -> None:
    with pytest.raises(InputTypeError):
        parse_header(b"MOSCOW (Reuters) - x")  # type: ignore[arg-type]


def test_too_large_input_raises_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNEWS_MAX_CHARS", "100")
    with pytest.raises(InputTooLargeError):
        parse_header("x" * 101)


def test_only_head_and_tail_are_read() -> None:
    head = f"MOSCOW, Aug 21 (Reuters) -{BODY}\n\n"
    tail = "\n\n(With inputs from PTI)\n--IANS"
    filler = ("Officials said the meeting was useful. " * 20 + "\n\n") * 500
    small = parse_header(head + tail, published=ANCHOR)
    big = parse_header(head + filler + tail, published=ANCHOR)
    assert big.dateline == small.dateline
    assert big.agencies == small.agencies == ("Reuters", "PTI", "IANS")
    assert len(filler) > HEAD_CHARS + TAIL_CHARS


def test_empty_and_blank_texts() -> None:
    assert parse_header("") == Header()
    assert parse_header("\n\n   \n") == Header()


# --------------------------------------------------------------------------------------
# Properties.
# --------------------------------------------------------------------------------------


@given(datelines())
def test_built_dateline_parses_back_to_its_parts(built: BuiltDateline) -> None:
    h = parse_header(built.text, published=built.published)
    assert h.dateline is not None, built.text
    assert h.dateline.place == built.place
    assert h.dateline.date == built.date
    assert h.dateline.agency == built.agency
    assert h.dateline.surface == built.surface
    assert built.text[h.dateline.start : h.dateline.end] == built.surface


@given(datelines(), st.sampled_from(["", " date 2025-01-02 ", "Headline of the day\n\n"]))
def test_dateline_offsets_hold_after_a_prefix(built: BuiltDateline, prefix: str) -> None:
    text = prefix + built.text
    h = parse_header(text, published=built.published)
    assert h.dateline is not None
    assert h.dateline.start == len(prefix)
    assert text[h.dateline.start : h.dateline.end] == built.surface


@given(bylines())
def test_built_byline_parses_back(pair: tuple[str, list[str]]) -> None:
    line, names = pair
    h = parse_header(f"{line}\n\nMOSCOW:{BODY}")
    assert list(h.byline) == names


def _check_offsets(text: str, h: Header) -> None:
    spans: list[Byline | AgencyCredit | Dateline] = [*h.bylines, *h.credits]
    if h.dateline is not None:
        spans.append(h.dateline)
    for item in spans:
        assert text[item.start : item.end] == item.surface
    if h.published_surface is not None:
        ps = h.published_surface
        assert text[ps.start : ps.end] == ps.surface


@given(st.text(max_size=400))
def test_no_crash_and_offsets_hold_on_any_text(text: str) -> None:
    _check_offsets(text, parse_header(text))


_PIECES = st.sampled_from(
    [
        "MOSCOW", "New Delhi", ", ", " ", "Nov 17", "(IANS)", "(Reuters)", " -", ":", "\n",
        "\n\n", "By ", "Jane Doe", " and ", "Based On ANI Report", "(With inputs from PTI)",
        "--IANS", "date 2025-11-17", "|", "/TASS/.", "[India]", "Published: ", "the ", "said",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=25).map("".join))
def test_offsets_hold_on_header_like_text(text: str) -> None:
    _check_offsets(text, parse_header(text, published=ANCHOR))


_INVARIANT_EDITS = st.sampled_from(
    [
        ("byte-order mark", lambda t: "\ufeff" + t),
        ("zero-width space", lambda t: "\u200b" + t),
        ("CRLF headline", lambda t: "Ministers meet\r\n\r\n" + t),
        ("no-break spaces", lambda t: t.replace(" ", "\u00a0", 2)),
    ]
)


@given(datelines(), _INVARIANT_EDITS)
def test_dateline_invariant_under_invisible_and_space_edits(
    built: BuiltDateline, edit: tuple[str, Callable[[str], str]]
) -> None:
    _, change = edit
    text = change(built.text)
    h = parse_header(text, published=built.published)
    assert h.dateline is not None
    assert h.dateline.place == " ".join(built.place.split())
    assert h.dateline.date == built.date
    assert h.dateline.agency == built.agency
    assert text[h.dateline.start : h.dateline.end] == h.dateline.surface


@given(bylines(), _INVARIANT_EDITS)
def test_byline_invariant_under_invisible_and_space_edits(
    pair: tuple[str, list[str]], edit: tuple[str, Callable[[str], str]]
) -> None:
    line, names = pair
    _, change = edit
    h = parse_header(change(f"{line}\n\nMOSCOW:{BODY}"))
    assert list(h.byline) == names


# --------------------------------------------------------------------------------------
# Fixes from the blind evaluation: names over datelines, tail credits, more agencies.
# --------------------------------------------------------------------------------------


def test_name_line_under_headline_over_place_line_is_byline_and_dateline() -> None:
    # Broadsheet style: headline, the writer's name, the place alone, then the body.
    text = (
        " date 2025-01-25\nTwo neighbours sign five pacts after talks\n\n"
        "Meera Srinivasan\nNEW DELHI\n\n"
        "India and Sri Lanka on Saturday signed five agreements after talks between the "
        "two leaders at Hyderabad House."
    )
    h = parse_header(text)
    assert h.byline == ("Meera Srinivasan",)
    assert h.dateline is not None
    assert h.dateline.place == "NEW DELHI"
    assert text[h.dateline.start : h.dateline.end] == "NEW DELHI"
    b = h.bylines[0]
    assert text[b.start : b.end] == b.surface == "Meera Srinivasan"


def test_name_line_over_colon_dateline_paragraph_is_byline() -> None:
    text = (
        "Pakistan, Iran discuss border trade\n\nTahir Khan\n\n"
        "ISLAMABAD: Pakistan and Iran on Wednesday agreed to open two more border markets, "
        "the Foreign Office said."
    )
    h = parse_header(text)
    assert h.byline == ("Tahir Khan",)
    assert h.dateline is not None
    assert h.dateline.place == "ISLAMABAD"


@pytest.mark.parametrize(
    "text",
    [
        # A title-case headline straight over a wire dateline names no writer.
        "Lavrov Arrives In Ankara\n\nANKARA, Nov 17 (TASS) - Lavrov arrived for talks.",
        "Headline here\n\nIndia Russia\n\nMOSCOW, Nov 17 (TASS) - The ministers met today.",
        # A name line with no dateline under it is not taken (it may be a headline).
        "Talks end\n\nJane Doe\n\nThe ministers met on Monday and agreed to meet again soon.",
    ],
)
def test_bare_name_line_needs_a_headline_above_and_a_dateline_below(text: str) -> None:
    assert parse_header(text, published=ANCHOR).byline == ()


def test_tail_by_line_and_agency_email_sign_off() -> None:
    text = (
        "SEOUL, June 9 (Yonhap) -- The ministers held talks on Monday.\n\n"
        "They agreed to meet again.\n\nBy Lee Ji-won\n\nljw@yna.co.kr\n(END)"
    )
    h = parse_header(text, published=ANCHOR)
    assert h.byline == ("Lee Ji-won",)
    assert h.agencies == ("Yonhap",)
    email = [c for c in h.credits if c.surface == "yna.co.kr"]
    assert len(email) == 1
    assert text[email[0].start : email[0].end] == "yna.co.kr"
    # Without the dateline, the e-mail domain alone credits the agency.
    assert parse_header("The ministers met.\n\nkhs@yna.co.kr\n(END)").agencies == ("Yonhap",)


@pytest.mark.parametrize(
    ("trailer", "names", "agencies"),
    [
        ("Writing by Seda Sevencan", ("Seda Sevencan",), ()),
        ("Reporter: Katriana\nEditor: Rahmad Nasution", ("Katriana",), ()),
        ("Reporter: Yashinta Difa\nEditor: Aditia Maruli", ("Yashinta Difa",), ()),
        (
            "Reporting by Pedro Peduzzi – Agência Brasil",
            ("Pedro Peduzzi",),
            ("Agencia Brasil",),
        ),
        ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",), ()),
        ("By Kim Hyun-soo", ("Kim Hyun-soo",), ()),
    ],
)
def test_tail_writer_credits_give_reporters_not_editors(
    trailer: str, names: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    text = f"GENEVA:{BODY}\n\n{trailer}"
    h = parse_header(text)
    assert h.byline == names
    assert h.agencies == agencies
    for b in h.bylines:
        assert text[b.start : b.end] == b.surface


@pytest.mark.parametrize(
    "closing",
    [
        "By Friday the council is expected to vote on three resolutions.",
        "By contrast, the opposition rejected the deal.",
        "Editor: Rahmad Nasution",
        "Reporter: The Ministry",
    ],
)
def test_closing_lines_that_are_not_writer_credits(closing: str) -> None:
    assert parse_header(f"GENEVA:{BODY}\n\n{closing}").byline == ()


@given(bylines())
def test_generated_byline_in_the_tail_parses_back(pair: tuple[str, list[str]]) -> None:
    line, names = pair
    h = parse_header(f"MOSCOW:{BODY}\n\n{line}")
    assert list(h.byline) == names


@pytest.mark.parametrize(
    ("trailer", "agency"),
    [
        ("– SAnews.gov.za", "SAnews"),
        ("(Source: PIB)", "PIB"),
        ("-- Agência Brasil", "Agencia Brasil"),
        ("(With inputs from Kenya News Agency)", "KNA"),
        ("Source: Albanian Telegraphic Agency", "ATA"),
    ],
)
def test_government_news_agency_trailers_are_credited(trailer: str, agency: str) -> None:
    assert parse_header(f"GENEVA:{BODY}\n\n{trailer}").agencies == (agency,)


def test_ap_city_country_dateline_gives_the_city() -> None:
    # The place is the city as written; a trailing country is dropped (it is in the
    # surface), a US state or a Canadian province is kept ("RICHMOND, Va.").
    h = parse_header("NAIROBI, Kenya (AP) — Kenyan President William Ruto hosted talks.")
    assert h.dateline is not None
    assert h.dateline.place == "NAIROBI"
    assert h.dateline.surface == "NAIROBI, Kenya (AP) —"
    assert h.dateline.agency == "AP"
