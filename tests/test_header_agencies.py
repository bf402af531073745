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


#: National and large private agencies of every region, by their canonical names.
WORLD = [
    "ANGOP", "APS", "MAP", "MENA", "APA Africa", "NAN", "KNA", "ENA", "SANA", "IRNA",
    "ISNA", "Mehr", "Tasnim", "Fars", "KUNA", "QNA", "BNA", "ONA", "WAM", "SPA", "Petra",
    "NNA", "WAFA", "Anadolu", "IHA", "DHA", "BTA", "ANSA", "AGI", "Adnkronos", "EFE",
    "Europa Press", "Lusa", "dpa", "APA", "Belga", "ANP", "Ritzau", "NTB", "TT", "STT",
    "PAP", "CTK", "TASR", "MTI", "Agerpres", "Tanjug", "HINA", "STA", "MIA", "ATA",
    "Ukrinform", "UNIAN", "Interfax", "BelTA", "Kazinform", "Kabar", "Trend",
    "APA Information Agency", "Armenpress", "Xinhua", "CNS", "Kyodo", "Jiji", "Yonhap",
    "KCNA", "Montsame", "VNA", "KPL", "AKP", "Bernama", "Antara", "PNA",
    "Thai News Agency", "NNT", "Myanmar News Agency", "BSS", "UNB", "PTI", "ANI", "IANS",
    "UNI", "APP", "RSS", "Lanka Puvath", "AAP", "NZ Newswire", "Prensa Latina", "Notimex",
    "Telam", "Agencia Brasil", "ANDES", "AFP", "AP", "Reuters", "Bloomberg", "UPI",
    "Sputnik", "RIA Novosti", "TASS", "CNA", "Cyprus News Agency", "ANA-MPA", "SUNA",
    "TAP", "LANA", "Agence de Presse Senegalaise", "AIP", "ACP", "MINA", "LETA", "ELTA",
]  # fmt: skip


def test_the_table_knows_the_world_s_wires() -> None:
    names = set(agency_names())
    assert not [n for n in WORLD if n not in names]
    assert len(names) >= 150


@pytest.mark.parametrize(
    ("spelling", "country", "name"),
    [
        ("CNA", None, "CNA"),
        ("CNA", "TWN", "CNA"),
        ("CNA", "CYP", "Cyprus News Agency"),
        ("APA", "AUT", "APA"),
        ("APA", "AZE", "APA Information Agency"),
        ("APA", "SEN", "APA Africa"),
        ("KNA", None, "KNA"),
        ("KNA", "DEU", "Katholische Nachrichten-Agentur"),
        ("MNA", None, "Mehr"),
        ("MNA", "MMR", "Myanmar News Agency"),
        ("APS", "SEN", "Agence de Presse Senegalaise"),
        ("ANP", "NER", "Agence Nigerienne de Presse"),
        ("BNA", "AFG", "Bakhtar"),
        ("Reuters", "CYP", "Reuters"),
    ],
)
def test_shared_abbreviations_name_the_agency_of_the_country(
    spelling: str, country: str | None, name: str
) -> None:
    assert canonical_agency(spelling, country=country) == name


def test_shared_aliases_belong_to_rows_with_a_country() -> None:
    for row in load_table("agencies.json")["agencies"]:
        for spelling in row.get("shared_aliases", []):
            assert canonical_agency(spelling) is not None, spelling  # a default exists
            assert canonical_agency(spelling, country=row["country"]) == row["name"]


def test_not_in_prose_spellings_are_agencies() -> None:
    from dipnews.header.agencies import in_prose

    for spelling in load_table("agencies.json")["not_in_prose"]:
        assert canonical_agency(spelling) is not None, spelling
        assert not in_prose(spelling)
    assert in_prose("ANI")
