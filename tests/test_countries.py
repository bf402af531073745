"""The country table: codes, names, adjectives, aliases, capitals and their folding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews import countries
from dipnews.countries import (
    adjective_of,
    all_names,
    capital_of,
    code_for,
    code_for_place,
    codes,
    name_of,
    surface_names,
)

REQUIRED = {
    # G20, BRICS, SCO, QUAD, ASEAN, GCC, Central and South Asia, plus others in the news.
    "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
    "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF", "EGY", "ETH", "IRN", "ARE", "KAZ",
    "KGZ", "TJK", "UZB", "PAK", "BLR", "BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP",
    "THA", "VNM", "TLS", "BHR", "KWT", "OMN", "QAT", "TKM", "AFG", "BGD", "BTN", "MDV",
    "NPL", "LKA", "TWN", "XKX", "PSE", "HKG", "VAT", "PRK", "UKR", "ISR",
}  # fmt: skip


def test_required_codes_are_present() -> None:
    assert codes() >= REQUIRED
    assert len(codes()) >= 195


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("India", "IND"),
        ("Indian", "IND"),
        ("Bharat", "IND"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the U.S.", "USA"),
        ("U.S.A.", "USA"),
        ("United States of America", "USA"),
        ("American", "USA"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("British", "GBR"),
        ("Russian Federation", "RUS"),
        ("PRC", "CHN"),
        ("People's Republic of China", "CHN"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("UAE", "ARE"),
        ("Emirati", "ARE"),
        ("KSA", "SAU"),
        ("Saudi", "SAU"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("Kazakh", "KAZ"),
        ("Kazakhstani", "KAZ"),
        ("Kyrgyz", "KGZ"),
        ("Filipino", "PHL"),
        ("Philippine", "PHL"),
        ("South Korean", "KOR"),
        ("ROK", "KOR"),
        ("Korean", "KOR"),
        ("North Korean", "PRK"),
        ("DPRK", "PRK"),
        ("Dutch", "NLD"),
        ("Congolese", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Guinea Bissau", "GNB"),
        ("Guinea-Bissau", "GNB"),
        ("Taiwanese", "TWN"),
        ("Holy See", "VAT"),
    ],
)
def test_code_for_known_names(name: str, code: str) -> None:
    assert code_for(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "India's", "Indians of", "us"])
def test_code_for_unknown_is_none(name: str) -> None:
    # "us" is lower-case: the fold ignores case, so it *is* USA; the case-sensitive view
    # (surface_names) is what keeps the pronoun out.
    if name == "us":
        assert "us" not in surface_names()
        return
    assert code_for(name) is None


def test_non_string_is_none() -> None:
    assert code_for(3) is None  # type: ignore[arg-type]
    assert code_for_place(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "name", "adjective", "capital"),
    [
        ("RUS", "Russia", "Russian", "Moscow"),
        ("IND", "India", "Indian", "New Delhi"),
        ("USA", "United States", "American", "Washington"),
        ("KAZ", "Kazakhstan", "Kazakh", "Astana"),
        ("ARE", "United Arab Emirates", "Emirati", "Abu Dhabi"),
    ],
)
def test_names_adjectives_capitals(code: str, name: str, adjective: str, capital: str) -> None:
    assert name_of(code) == name
    assert adjective_of(code) == adjective
    assert capital_of(code) == capital


def test_unknown_code() -> None:
    with pytest.raises(KeyError):
        name_of("ZZZ")
    assert capital_of("ZZZ") is None


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("New Delhi", "IND"),
        ("Moscow", "RUS"),
        ("Beijing", "CHN"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Nur-Sultan", "KAZ"),
        ("The Hague", "NLD"),
        ("Washington, D.C.", "USA"),
        ("the Kremlin", "RUS"),
        ("Japan", "JPN"),
        ("Singapore", "SGP"),
    ],
)
def test_code_for_place(place: str, code: str) -> None:
    assert code_for_place(place) == code


def test_every_name_round_trips() -> None:
    for text, code in surface_names().items():
        assert code_for(text) == code, text
    for text, code in all_names().items():
        assert text == text.lower()
        assert code_for(text) == code


def test_every_country_name_and_capital_resolves_to_itself() -> None:
    for code in codes():
        assert code_for(name_of(code)) == code or name_of(code) == "Republic of the Congo"
        capital = capital_of(code)
        if capital is not None:
            assert code_for_place(capital) == code


@given(
    st.sampled_from(sorted(surface_names())),
    st.sampled_from([str.upper, str.lower, str.title, str.swapcase]),
)
def test_case_invariance(text: str, change: object) -> None:
    assert callable(change)
    assert code_for(change(text)) == code_for(text)


def test_fold_is_idempotent() -> None:
    for text in surface_names():
        key = countries.fold(text)
        assert countries.fold(key) == key


def test_code_for_city_knows_non_capital_hosts() -> None:
    # Summit and visit venues that are not capitals: the cities table answers them.
    assert countries.code_for_city("Busan") == "KOR"
    assert countries.code_for_city("Gyeongju") == "KOR"
    assert countries.code_for_city("Tianjin") == "CHN"
    assert countries.code_for_city("Kazan") == "RUS"
    assert countries.code_for_city("Johannesburg") == "ZAF"
    # Variants fold like country names: case, dots, diacritics.
    assert countries.code_for_city("st. petersburg") == "RUS"
    assert countries.code_for_city("Sao Paulo") == countries.code_for_city("São Paulo") == "BRA"


def test_code_for_city_leaves_capitals_and_unknowns_alone() -> None:
    assert countries.code_for_city("Moscow") is None  # a capital: code_for_place
    assert countries.code_for_city("Atlantis") is None
    assert countries.code_for_city(42) is None  # type: ignore[arg-type]


def test_cities_never_shadow_a_capital_or_country() -> None:
    for row in countries._cities():
        assert countries.code_for_place(row) is None
        assert countries.code_for(row) is None
