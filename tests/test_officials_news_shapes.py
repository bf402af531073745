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
from tests.strategies.officials import person_names, plain_countries

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


# --- one plural title shared by a list of names ---------------------------------------------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She held talks with the defence ministers of Chile and Ghana, Tomas Ruvello and "
            "Akua Mensori, respectively.",
            [("Tomas Ruvello", "CHL"), ("Akua Mensori", "GHA")],
        ),
        (
            "The Foreign Ministers of Peru, Nepal and Qatar, Dr Lino Varesk, Sita Marbun and "
            "Sheikh Hamad Tavi, signed the text.",
            [("Lino Varesk", "PER"), ("Sita Marbun", "NPL"), ("Hamad Tavi", "QAT")],
        ),
        (
            "He then met Danish, Kenyan, and Bolivian foreign ministers, Lars Vebo, Amina "
            "Kirui, and Rosa Quispa, respectively.",
            [("Lars Vebo", "DNK"), ("Amina Kirui", "KEN"), ("Rosa Quispa", "BOL")],
        ),
        (
            "He also met former foreign ministers of Spain and Chile, Teo Valderra and Ines "
            "Morvan, and a group of students.",
            [("Teo Valderra", "ESP"), ("Ines Morvan", "CHL")],
        ),
        (
            "He met the foreign ministers of the Slovak Republic [Juraj Belko] and Fiji "
            "[Ratu Semi Vatu].",
            [("Juraj Belko", "SVK"), ("Ratu Semi Vatu", "FJI")],
        ),
    ],
)
def test_a_plural_title_pairs_places_and_names_in_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = resolve(text)
    assert [(o.name, o.country) for o in found] == expected
    role = "DEFENCE_MINISTER" if "defence" in text else FM
    assert {o.role for o in found} == {role}
    _offsets_hold(text)


def test_a_plural_title_before_names_alone_leaves_the_country_to_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(
        monkeypatch,
        Holding("Ilse Varga", "President", "AUT", HOS, _D(2020, 1, 1), None),
    )
    text = "Presidents Ilse Varga and Tomas Ruvello will meet in Geneva on Friday."
    assert _found(text) == [
        ("Ilse Varga", "Ilse Varga", "AUT", HOS),
        ("Tomas Ruvello", "Tomas Ruvello", None, HOS),
    ]


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    "text",
    [
        # As many places as names, or no list at all.
        "He met the foreign ministers of Chile, Peru and Ghana, Tomas Ruvello and Akua Mensori.",
        "The foreign ministers of Chile and Peru, who met in Lima, agreed.",
        "The foreign ministers of Egypt and Jordan, Cairo and Amman, agreed.",
        "Foreign ministers met in Lima on Friday.",
    ],
)
def test_a_plural_title_without_a_matching_list_names_nobody(text: str) -> None:
    assert resolve(text) == []


@pytest.mark.usefixtures("no_holders")
@given(
    codes=st.lists(plain_countries(), min_size=2, max_size=4, unique=True),
    people=st.lists(person_names(), min_size=4, max_size=4, unique=True),
    oxford=st.booleans(),
    respectively=st.booleans(),
)
def test_a_list_of_n_places_and_n_names_gives_n_officials_in_order(
    codes: list[str], people: list[str], oxford: bool, respectively: bool
) -> None:
    from dipnews import countries

    people = people[: len(codes)]

    def joined(items: list[str]) -> str:
        comma = "," if oxford and len(items) > 2 else ""
        return ", ".join(items[:-1]) + f"{comma} and {items[-1]}"

    names = [countries.name_of(c) for c in codes]
    tail = ", respectively" if respectively else ""
    text = f"He met the foreign ministers of {joined(names)}, {joined(people)}{tail}, in Rome."
    found = resolve(text)
    assert [(o.name, o.country, o.role) for o in found] == [
        (p, c, FM) for p, c in zip(people, codes, strict=True)
    ]
    for o in found:
        assert text[o.start : o.end] == o.surface == o.name


# --- a government's ministers listed without their country ---------------------------------


@pytest.mark.usefixtures("no_holders")
def test_listed_ministers_take_the_article_government() -> None:
    text = (
        "Ghanaian President Kwame Dorsu said the talks were useful. Ghana's Foreign "
        "Minister Efua Tetteh agreed.\n\n"
        "Also at the briefing were Kofi Amartey, the Minister of Finance; Yaw Boakye-Dua, "
        "Minister of Defence; Ama Serwaa, the Minister of Trade and Industry; and Kwesi "
        "Badu, Minister of Aviation."
    )
    found = {(o.name, o.country, o.role) for o in resolve(text)}
    assert {
        ("Kofi Amartey", "GHA", "FINANCE_MINISTER"),
        ("Yaw Boakye-Dua", "GHA", "DEFENCE_MINISTER"),
        ("Ama Serwaa", "GHA", "TRADE_MINISTER"),
        ("Kwesi Badu", "GHA", "OTHER_MINISTER"),
    } <= found


@pytest.mark.usefixtures("no_holders")
def test_a_listed_minister_takes_the_country_the_list_shares() -> None:
    text = (
        "The premier is accompanied by Nepali Foreign Minister Sita Marbun, Nepal's Finance "
        "Minister Hari Gurung, Energy Minister Ram Thapa and others."
    )
    assert ("Ram Thapa", "NPL", "OTHER_MINISTER") in {
        (o.name, o.country, o.role) for o in resolve(text)
    }


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    "text",
    [
        # Not listed: a minister alone keeps no country, whoever else the article names.
        "British Chancellor Ian Brook and Foreign Secretary Ann Lowe met bankers. "
        "Finance Minister Dilo Varesk said Brazil would pay.",
        # Listed, but after a country word the tables do not know.
        "Ruritanian Foreign Minister Ivo Mak and Syldavian Foreign Minister Ana Vok met.",
        # The article's officials are of two countries, one each.
        "Kenyan President Amos Kiprono met Peruvian Prime Minister Rosa Quispa.\n\n"
        "Present were Ali Duma, the Minister of Finance; and Ivo Mak, Minister of Defence.",
    ],
)
def test_an_unlisted_or_unclear_minister_keeps_no_country(text: str) -> None:
    open_names = {"Dilo Varesk", "Ivo Mak", "Ana Vok", "Ali Duma"}
    assert {o.country for o in resolve(text) if o.name in open_names} == {None}


# --- a vague title made precise: by the text first, then by the table ----------------------

_CROWN = (
    Holding(
        "Faisal bin Tamir", "Deputy Prime Minister", "OMN", DPM, _D(2015, 1, 1), _D(2022, 1, 1)
    ),
    Holding("Faisal bin Tamir", "Prime Minister", "OMN", HOG, _D(2022, 1, 1), None),
)


@pytest.mark.parametrize(
    ("published", "role"),
    [(_D(2023, 6, 1), HOG), (_D(2019, 6, 1), DPM), (None, DPM)],
)
def test_a_crown_prince_holds_the_office_the_table_gives_at_the_date(
    monkeypatch: pytest.MonkeyPatch, published: dt.date | None, role: str
) -> None:
    _use(monkeypatch, *_CROWN)
    text = "The envoy met Omani Crown Prince Faisal bin Tamir in Muscat."
    ((_, name, country, found_role),) = _found(text, published)
    assert (name, country, found_role) == ("Faisal bin Tamir", "OMN", role)


@pytest.mark.usefixtures("no_holders")
def test_a_bare_minister_title_takes_the_role_the_text_stated() -> None:
    text = (
        "Chilean Defence Minister Rosa Quispa met her Peruvian counterpart.\n\n"
        '"Minister Quispa stressed that the two are neighbours," the ministry said.'
    )
    found = _found(text)
    assert found[-1] == ("Minister Quispa", "Rosa Quispa", "CHL", "DEFENCE_MINISTER")


# --- heads of regional and international organisations ------------------------------------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Lena Varsk, Secretary-General of the Organisation for Economic Co-operation and "
            "Development (OECD), spoke.",
            "Lena Varsk",
            "OECD",
        ),
        ("ECOWAS Commission President Amadou Kone met him.", "Amadou Kone", "ECOWAS"),
        ("The Arab League chief Hamid Sabri said so.", "Hamid Sabri", "LAS"),
        ("UNDP Administrator Ola Brenning visited.", "Ola Brenning", "UNDP"),
        ("World Bank President Tomas Ruvello spoke.", "Tomas Ruvello", "WBG"),
        ("He met WFP Executive Director Carla Dinotti.", "Carla Dinotti", "WFP"),
        ("The Director-General of UNESCO, Ines Morvan, agreed.", "Ines Morvan", "UNESCO"),
        ("OPEC Secretary General Haitham Sadi said output would rise.", "Haitham Sadi", "OPEC"),
    ],
)
def test_an_organisation_head_has_the_organisation_key(text: str, name: str, key: str) -> None:
    ((_, found_name, country, role),) = _found(text)
    assert (found_name, country, role) == (name, key, "ORG_HEAD")


@pytest.mark.usefixtures("no_holders")
def test_an_executive_title_names_an_office_only_with_an_organisation() -> None:
    assert resolve("Executive Director Carla Dinotti of the firm said sales rose.") == []


# --- titles of party and state, and the highest of several offices ---------------------------


@pytest.mark.usefixtures("no_holders")
def test_a_party_general_secretary_is_a_party_leader_of_the_country() -> None:
    text = (
        "He met Tran Van Loc, general secretary of the Communist Party of Vietnam Central "
        "Committee."
    )
    ((_, name, country, role),) = _found(text)
    assert (name, country, role) == ("Tran Van Loc", "VNM", "PARTY_LEADER")


@pytest.mark.usefixtures("no_holders")
def test_a_second_office_after_the_party_body_is_the_higher_office() -> None:
    text = (
        "Li Wenbo, general secretary of the CPC Central Committee and Chinese president, met "
        "him. Li said ties were strong."
    )
    assert {(f[1], f[2], f[3]) for f in _found(text)} == {("Li Wenbo", "CHN", HOS)}


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Olga Brest, Deputy Prime Minister of Belarus and Minister of Trade, came.", DPM),
        ("Deputy Prime Minister and Foreign Minister Ivo Mak of Croatia came.", FM),
        ("Deputy Prime Minister and Finance Minister Ivo Mak of Croatia came.", DPM),
    ],
)
def test_a_deputy_premiership_outranks_other_portfolios_but_foreign_and_defence(
    text: str, role: str
) -> None:
    (found,) = resolve(text)
    assert found.role == role


# --- the country from the text: possessives, commas, organisations before a country ---------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        ("Chile's Foreign Minister, Rosa Quispa, described the talks.", "Rosa Quispa", "CHL", FM),
        (
            "Ghana's Minister of Foreign Affairs, H.E. Kofi Amartey, received him.",
            "Kofi Amartey",
            "GHA",
            FM,
        ),
        (
            "Leaders arrive at G7\nCanadian Prime Minister Ian Brook met them.",
            "Ian Brook",
            "CAN",
            HOG,
        ),
        ("The ASEAN Thai Prime Minister Somchai Rattana spoke.", "Somchai Rattana", "THA", HOG),
    ],
)
def test_the_country_the_text_gives(text: str, name: str, country: str, role: str) -> None:
    (found,) = resolve(text)
    assert (found.name, found.country, found.role) == (name, country, role)
    assert text[found.start : found.end] == found.surface
    assert not found.surface.startswith(("G7", "ASEAN"))


@pytest.mark.usefixtures("no_holders")
def test_an_organisation_before_its_own_title_stays_the_organisation() -> None:
    ((_, name, country, role),) = _found("Indian UN envoy Ravi Kumaran spoke.")
    assert (name, country, role) == ("Ravi Kumaran", "IND", "AMBASSADOR")


@pytest.mark.usefixtures("no_holders")
def test_a_possessed_name_listed_after_a_title_shares_the_office() -> None:
    text = "Kenyan Foreign Minister Ali Dumo and Peru's Rosa Quispa will meet on Monday."
    assert _found(text)[-1] == ("Peru's Rosa Quispa", "Rosa Quispa", "PER", FM)


def test_a_possessed_name_takes_the_office_the_table_gives_in_that_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(
        monkeypatch,
        Holding("Ilse Varga", "President", "AUT", HOS, _D(2020, 1, 1), None),
        Holding("Ilse Varga", "Chancellor", "AUT", HOG, _D(2016, 1, 1), _D(2020, 1, 1)),
    )
    text = "The talks included Austria's Ilse Varga and Chile's Rosa Quispa."
    assert _found(text) == [("Austria's Ilse Varga", "Ilse Varga", "AUT", HOS)]
    assert _found(text, _D(2018, 5, 1)) == [("Austria's Ilse Varga", "Ilse Varga", "AUT", HOG)]
    # The table's person in another country is not the text's official.
    assert _found("The talks included Peru's Ilse Varga.") == []


# --- the text wins over the table (offices that postdate the table's data) ------------------

# A table whose data stop before the articles below: an open-ended row (the holder the table
# believes in office), a row that ended, and an office whose last known holder left.
_STALE = (
    Holding("Hamid Rastani", "Supreme Leader", "IRN", HOS, _D(1989, 6, 4), None),
    Holding("Dirk Vos", "Prime Minister", "NLD", HOG, _D(2024, 7, 2), None),
    Holding("John Harlow", "President", "USA", HOS, _D(2010, 1, 20), _D(2014, 1, 20)),
    Holding("Yoon Kwang", "President", "KOR", HOS, _D(2022, 5, 10), _D(2025, 4, 4)),
)
_LATER = _D(2026, 6, 1)


@pytest.fixture
def stale(monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, *_STALE)


@pytest.mark.usefixtures("stale")
def test_a_new_holder_named_by_the_text_keeps_the_texts_person_role_and_country() -> None:
    text = (
        "Iran's new Supreme Leader Mojtaba Rastani addressed the nation. Rastani said the "
        "Supreme Leader would not yield, the Iranian leader added."
    )
    found = _found(text, _LATER)
    assert {(f[1], f[2], f[3]) for f in found} == {("Mojtaba Rastani", "IRN", HOS)}
    assert [f[0] for f in found] == [
        "Iran's new Supreme Leader Mojtaba Rastani",
        "Rastani",
        "Supreme Leader",
        "Iranian leader",
    ]


@pytest.mark.usefixtures("stale")
def test_a_nameless_title_refers_to_the_texts_new_holder_not_the_tables() -> None:
    text = (
        "Prime Minister Rob Jetten met the king. The Dutch prime minister said Jetten would stay."
    )
    assert {(f[1], f[2], f[3]) for f in _found(text, _LATER)} == {("Rob Jetten", "NLD", HOG)}
    # With nobody in the text, the table's holder at the date is the best answer.
    assert _found("The Dutch prime minister said so.", _LATER) == [
        ("Dutch prime minister", "Dirk Vos", "NLD", HOG)
    ]


@pytest.mark.usefixtures("stale")
def test_a_surname_is_not_the_tables_holder_who_left_office_before_the_article() -> None:
    found = _found("President Harlow said the talks were useful. Harlow left.", _LATER)
    assert {(f[1], f[2]) for f in found} == {("Harlow", None)}
    # Called a former holder, or in an article of the holder's time, it is the table's.
    found = _found("Former President Harlow said the talks were useful.", _LATER)
    assert [(f[1], f[2]) for f in found] == [("John Harlow", "USA")]
    found = _found("President Harlow said the talks were useful.", _D(2012, 3, 1))
    assert [(f[1], f[2]) for f in found] == [("John Harlow", "USA")]


@pytest.mark.usefixtures("stale")
def test_an_office_whose_last_known_holder_left_has_no_holder_from_the_table() -> None:
    assert _found("The South Korean president said so.", _LATER) == []
    text = "South Korean President Lee Jae-won met the press. The South Korean president left."
    assert {(f[1], f[2], f[3]) for f in _found(text, _LATER)} == {("Lee Jae-won", "KOR", HOS)}


@pytest.mark.usefixtures("stale")
@given(name=person_names())
def test_a_titled_full_name_is_never_replaced_by_the_tables_holder(name: str) -> None:
    for text in (
        f"Dutch Prime Minister {name} met the king.",
        f"Prime Minister {name} met the king.",
        f"{name}, the Dutch Prime Minister, met the king.",
    ):
        (found,) = resolve(text, published=_LATER)
        assert found.name == name
        assert found.role == HOG


# --- a title owned by a pronoun: the official before it is the holder's principal -----------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ghanaian President Ama Koru will travel on Friday, according to a statement by "
            "his media aide, Kojo Mensah.",
            "Kojo Mensah",
            "ADVISER",
        ),
        (
            "Chilean Foreign Minister Rosa Quispa arrived, her special adviser Tomas Ruvello said.",
            "Tomas Ruvello",
            "ADVISER",
        ),
    ],
)
def test_a_pronoun_owned_title_takes_the_country_of_the_official_before(
    text: str, name: str, role: str
) -> None:
    found = _found(text)[-1]
    assert found[1:] == (name, found[2], role)
    assert found[2] in {"GHA", "CHL"}
    _offsets_hold(text)


def test_a_pronoun_owned_title_takes_the_country_the_table_gives_its_principal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, Holding("Ama Koru", "President", "GHA", HOS, _D(2020, 1, 1), None))
    text = "President Ama Koru will travel, his media aide, Kojo Mensah, said."
    assert _found(text, _D(2024, 1, 1))[-1] == (
        "media aide, Kojo Mensah",
        "Kojo Mensah",
        "GHA",
        "ADVISER",
    )


@pytest.mark.usefixtures("no_holders")
def test_a_pronoun_owned_title_with_no_official_before_is_no_office() -> None:
    assert resolve("The chief executive met bankers, his aide Ana Vok said.") == []


# --- an adviser's or envoy's title with its portfolio ---------------------------------------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "country", "role", "title"),
    [
        (
            "He met US special envoy on Yemeni peace talks Ravel Dimok\n\nThe talks went well.",
            "Ravel Dimok",
            "USA",
            "SPECIAL_ENVOY",
            "Special Envoy on Yemeni Peace Talks",
        ),
        (
            "He met the Nepali special envoy on Syrian refugees, Sita Marbun, in Delhi.",
            "Sita Marbun",
            "NPL",
            "SPECIAL_ENVOY",
            "Special Envoy on Syrian Refugees",
        ),
        (
            "Also present were Finance Minister Ivo Mak and Adviser on Commerce and Trade "
            "Abdul Rahim Qasmi.",
            "Abdul Rahim Qasmi",
            None,
            "ADVISER",
            "Adviser on Commerce and Trade",
        ),
        (
            "French Special Envoy for Climate Lena Varsk spoke.",
            "Lena Varsk",
            "FRA",
            "SPECIAL_ENVOY",
            "Special Envoy for Climate",
        ),
    ],
)
def test_a_portfolio_after_an_envoys_title_is_part_of_the_title(
    text: str, name: str, country: str | None, role: str, title: str
) -> None:
    found = resolve(text)[-1]
    assert (found.name, found.country, found.role, found.title) == (name, country, role, title)
    assert text[found.start : found.end] == found.surface


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    "text",
    [
        "US Special Envoy for the Horn of Africa Mike Hammar spoke.",
        "The adviser on trade told Reuters that prices rose.",
    ],
)
def test_a_portfolio_never_swallows_or_makes_a_name(text: str) -> None:
    assert resolve(text) == []


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Brussels: Top EU diplomat Lena Varsk said she would convene them.", "Lena Varsk", "EU"),
        ("Chile's top diplomat Rosa Quispa met him.", "Rosa Quispa", "CHL"),
        ("The top Kenyan diplomat Ali Dumo arrived.", "Ali Dumo", "KEN"),
    ],
)
def test_a_top_diplomat_is_the_foreign_minister(text: str, name: str, country: str) -> None:
    ((_, found_name, found_country, role),) = _found(text)
    assert (found_name, found_country, role) == (name, country, FM)


@pytest.mark.usefixtures("no_holders")
def test_a_diplomat_without_top_is_no_office() -> None:
    assert resolve("A Kenyan diplomat Ali Dumo said the talks went well.") == []


# --- full formal titles and the country after the name ---------------------------------------


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        (
            "Britain's Secretary of State for Foreign, Commonwealth and Development Affairs "
            "Ann Lowe met him.",
            "Ann Lowe",
            "GBR",
            FM,
        ),
        ("President Ilse Varga of Austria met him.", "Ilse Varga", "AUT", HOS),
        ("Former Prime Minister Ian Brook of Canada said so.", "Ian Brook", "CAN", HOG),
        ("The head of government of Portugal, Rui Vasco, said so.", "Rui Vasco", "PRT", HOG),
        ("The Peruvian head of state Rosa Quispa spoke.", "Rosa Quispa", "PER", HOS),
        (
            "Tunisia's Minister of Foreign Affairs, Migration and Tunisians Abroad Ali Dumo spoke.",
            "Ali Dumo",
            "TUN",
            FM,
        ),
    ],
)
def test_formal_titles_and_the_country_after_the_name(
    text: str, name: str, country: str, role: str
) -> None:
    found = resolve(text)
    assert [(o.name, o.country, o.role) for o in found] == [(name, country, role)]
    _offsets_hold(text)


@pytest.mark.usefixtures("no_holders")
def test_a_country_adjective_after_the_name_is_not_the_officials_country() -> None:
    (found,) = resolve("President Ivo Mak of the Canadian Lake Carriers Association said so.")
    assert found.country is None


@pytest.mark.usefixtures("no_holders")
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan "
            "Expatriates, Nasser Bourito, received him.",
            "Nasser Bourito",
            "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
        ),
        (
            "Senegal's Minister of Foreign Affairs, Integration and Senegalese Abroad Awa Sall "
            "spoke.",
            "Awa Sall",
            "Minister of Foreign Affairs, Integration and Senegalese Abroad",
        ),
    ],
)
def test_a_portfolio_after_a_comma_goes_on_with_the_title(text: str, name: str, title: str) -> None:
    (found,) = resolve(text)
    assert (found.name, found.role, found.title) == (name, FM, title)
    _offsets_hold(text)


@pytest.mark.usefixtures("no_holders")
def test_a_portfolio_never_runs_into_the_next_officials_title() -> None:
    text = (
        "He met Lena Varsk, Secretary-General of the Organisation for Economic Co-operation "
        "and Development (OECD), Kenyan Foreign Minister Amina Kirui, and others."
    )
    assert {(o.name, o.country, o.role) for o in resolve(text)} == {
        ("Lena Varsk", "OECD", "ORG_HEAD"),
        ("Amina Kirui", "KEN", FM),
    }
