"""The header component's agency table: canonical names, spellings, lookups."""

from __future__ import annotations

import pytest
from hypothesis import given

from dipnews._data import load_table
from dipnews.errors import LookupFailedError
from dipnews.header import agency_names, canonical_agency, lookup_agency
from tests.strategies.header import agencies

REQUIRED = [
    "IANS",
    "ANI",
    "PTI",
    "Reuters",
    "AP",
    "AFP",
    "Xinhua",
    "TASS",
    "Sputnik",
    "UNI",
    "Kyodo",
    "Yonhap",
    "dpa",
    "Bernama",
    "Anadolu",
    "WAM",
    "SPA",
    "IRNA",
    "APP",
    "KUNA",
    "QNA",
    "BNA",
    "ONA",
    "MENA",
    "Antara",
    "PNA",
    "VNA",
    "NNA",
    "KCNA",
    "Interfax",
    "EFE",
    "ANSA",
    "Kazinform",
    "UzA",
    "Bloomberg",
    "RIA Novosti",
    "Prensa Latina",
]


@pytest.mark.parametrize("name", REQUIRED)
def test_required_agencies_are_canonical(name: str) -> None:
    assert canonical_agency(name) == name
    assert name in agency_names()


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Associated Press", "AP"),
        ("Agence France-Presse", "AFP"),
        ("ITAR-TASS", "TASS"),
        ("RIA", "RIA Novosti"),
        ("AA", "Anadolu"),
        ("Anadolu Agency", "Anadolu"),
        ("Press Trust of India", "PTI"),
        ("a.f.p.", "AFP"),
        ("XINHUA", "Xinhua"),
    ],
)
def test_agency_variants(spelling: str, name: str) -> None:
    assert canonical_agency(spelling) == name


def test_every_table_spelling_maps_to_its_own_agency() -> None:
    for row in load_table("agencies.json")["agencies"]:
        for spelling in [row["name"], row["full_name"], *row["aliases"]]:
            assert canonical_agency(spelling) == row["name"], spelling


def test_lookup_agency_raises_for_unknown() -> None:
    assert lookup_agency("Press Trust of India") == "PTI"
    assert canonical_agency("Acme Gazette") is None
    with pytest.raises(LookupFailedError):
        lookup_agency("Acme Gazette")


@given(agencies)
def test_canonical_agency_is_idempotent(pair: tuple[str, str]) -> None:
    spelling, name = pair
    assert canonical_agency(spelling) == name
    assert canonical_agency(name) == name
