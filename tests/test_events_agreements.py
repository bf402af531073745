"""Agreements as real news writes them: the families of issue 19, on sentences written for
these tests (other countries, names, wires and house styles than any page studied).

Officials are built by hand (:func:`_people`) so that the tests check the agreement rules,
not the officials resolver; forums come from :func:`dipnews.forums.find`.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from dipnews import forums
from dipnews.events import extract
from dipnews.records import Agreement, Official
from tests.strategies.agreements import AgreementCase, agreement_sentences

_ROLE = {
    "President": "HEAD_OF_STATE",
    "King": "HEAD_OF_STATE",
    "Emir": "HEAD_OF_STATE",
    "Prime Minister": "HEAD_OF_GOVERNMENT",
    "Foreign Minister": "FOREIGN_MINISTER",
}


def _people(text: str, *people: tuple[str, str, str, str]) -> list[Official]:
    """Each (surface, name, country, title) at every place its surface occurs, longer
    surfaces first (a short form inside a long one is not a second mention)."""
    found: list[Official] = []
    for surface, name, country, title in sorted(people, key=lambda p: -len(p[0])):
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if not any(o.start < end and at < o.end for o in found):
                found.append(Official(name, surface, country, _ROLE[title], title, at, end))
            at = text.find(surface, end)
    return sorted(found, key=lambda o: o.start)


def _agreements(text: str, *people: tuple[str, str, str, str]) -> list[Agreement]:
    found = extract(text, officials=_people(text, *people), forums=forums.find(text), times=[])
    for a in found.agreements:
        assert text[a.start : a.end] == a.surface
    return list(found.agreements)


def _kinds(text: str, *people: tuple[str, str, str, str]) -> list[tuple[str, set[str]]]:
    return [(a.kind, set(a.parties)) for a in _agreements(text, *people)]


_SANCHEZ = ("Spanish Prime Minister Pedro Sanchez", "Pedro Sánchez", "ESP", "Prime Minister")
_KING = ("Moroccan King Mohammed VI", "Mohammed VI", "MAR", "King")
_VIEIRA = ("Brazilian Foreign Minister Mauro Vieira", "Mauro Vieira", "BRA", "Foreign Minister")
_WONG = ("Australian Foreign Minister Penny Wong", "Penny Wong", "AUS", "Foreign Minister")
_PETERS = (
    "New Zealand Foreign Minister Winston Peters",
    "Winston Peters",
    "NZL",
    "Foreign Minister",
)


# --------------------------------------------------------------------------------------
# One side's explicit reaffirmation or pledge.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        (
            "Brazilian Foreign Minister Mauro Vieira reaffirmed Brazil's commitment to the "
            "Amazon Cooperation Treaty.",
            "REAFFIRM",
            ("BRA",),
        ),
        (
            "The deputy minister reiterated Kenya's support for the African Union mission in "
            "Somalia.",
            "REAFFIRM",
            ("KEN",),
        ),
        (
            "Brazilian Foreign Minister Mauro Vieira reaffirmed the Netherlands' commitment "
            "to the talks, his Dutch host said.",
            "REAFFIRM",
            ("NLD",),
        ),
        (
            "The envoys reaffirmed Egypt and Jordan's commitment to a two-state solution.",
            "REAFFIRM",
            ("EGY", "JOR"),
        ),
        ("Canada vowed to keep its embassy in Kyiv open.", "COMMIT", ("CAN",)),
        (
            "Brazilian Foreign Minister Mauro Vieira pledged to double humanitarian aid to Sudan.",
            "COMMIT",
            ("BRA",),
        ),
        (
            "Brazilian Foreign Minister Mauro Vieira thanked his hosts for a warm welcome "
            "and promised Brazil would keep buying Chilean copper.",
            "COMMIT",
            ("BRA",),
        ),
        (
            "Brazilian Foreign Minister Mauro Vieira said the talks had been frank and "
            "pledged to support Chile's bid to host the conference.",
            "COMMIT",
            ("BRA",),
        ),
    ],
)
def test_one_sides_explicit_reaffirmation_or_pledge_is_an_agreement(
    text: str, kind: str, parties: tuple[str, ...]
) -> None:
    (found,) = _agreements(text, _VIEIRA)
    assert (found.kind, found.parties) == (kind, parties)


@pytest.mark.parametrize(
    "text",
    [
        "Chile is committed to free trade with its neighbours.",
        "Chile remains firmly committed to the Paris Agreement.",
        "Brazilian Foreign Minister Mauro Vieira stressed the importance of dialogue.",
        "Brazilian Foreign Minister Mauro Vieira underlined Brazil's commitment to dialogue.",
        "Brazilian Foreign Minister Mauro Vieira reiterated that Brazil would not take sides.",
        "Brazilian Foreign Minister Mauro Vieira decided to cut short his trip.",
        "Their pledges of aid have not been honoured, Brazilian Foreign Minister Mauro "
        "Vieira said.",
        "He pledged to support the reform.",
        "Brazil and Chile issued statements condemning the attack.",
    ],
)
def test_weaker_or_stative_one_sided_statements_are_not_agreements(text: str) -> None:
    assert _agreements(text, _VIEIRA) == []


def test_a_possessive_after_that_is_not_the_side_that_promised() -> None:
    text = "Chile promised that Bolivia's access to the port would remain open."
    assert _kinds(text) == [("COMMIT", {"CHL"})]


def test_a_second_subject_in_between_is_not_the_opening_ones() -> None:
    # "Peru approved" has its own subject: "and committed" is Peru's, not Vieira's.
    text = (
        "Brazilian Foreign Minister Mauro Vieira said Peru approved the plan and committed "
        "itself to fund the corridor."
    )
    assert _agreements(text, _VIEIRA) == []


def test_a_name_joined_by_and_makes_the_subject_a_pair() -> None:
    # "Albo and Wong": one of the pair is not an official the table knows; the pair is
    # the contact reported just before, never Wong's country alone.
    text = (
        "Australian Foreign Minister Penny Wong met New Zealand Foreign Minister Winston "
        "Peters in Wellington. Luxon and Penny Wong reaffirmed their commitment to the "
        "Pacific Islands Forum."
    )
    assert _kinds(text, _WONG, _PETERS, ("Penny Wong", "Penny Wong", "AUS", "Foreign Minister"))[
        -1
    ] == ("REAFFIRM", {"AUS", "NZL"})


# --------------------------------------------------------------------------------------
# Signings and agreements of a contact's sides.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat on "
        "Wednesday and signed 14 agreements on energy and migration.",
        "Spanish Prime Minister Pedro Sanchez held talks with Moroccan King Mohammed VI in "
        "Rabat and the two sides inked 14 MoUs.",
        "Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI witnessed the "
        "signing of 14 cooperation documents.",
        "Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI held talks "
        "before attending a signing ceremony for 14 agreements.",
        "Spanish Prime Minister Pedro Sanchez signed a memorandum of understanding (MoU) "
        "with Moroccan King Mohammed VI on water management.",
        "Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI adopted a joint "
        "declaration on a renewed partnership.",
        "Spanish Prime Minister Pedro Sanchez held talks with Moroccan King Mohammed VI, "
        "after which the two sides issued a joint communique on migration.",
        "Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI also signed a "
        "programme of cooperation in renewable energy.",
    ],
)
def test_the_two_sides_of_a_signing(text: str) -> None:
    assert ("SIGN", {"ESP", "MAR"}) in _kinds(text, _SANCHEZ, _KING)


def test_a_second_verb_keeps_the_subject_of_the_first() -> None:
    text = (
        "* Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI agreed it was "
        "time to reopen the border crossings in Ceuta and reaffirmed their support for the "
        "UN envoy."
    )
    assert _kinds(text, _SANCHEZ, _KING) == [
        ("AGREE", {"ESP", "MAR"}),
        ("REAFFIRM", {"ESP", "MAR"}),
    ]
    agreed = _agreements(text, _SANCHEZ, _KING)[0]
    assert agreed.topic == "it was time to reopen the border crossings in Ceuta"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI. The leaders "
            "also reaffirmed their support for the Atlantic initiative.",
            "REAFFIRM",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI. The King and "
            "the Prime Minister signed a strategic partnership agreement.",
            "SIGN",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez spoke by phone with Moroccan King Mohammed "
            'VI. "We agreed to set up a joint working group on migration," Sanchez wrote.',
            "AGREE",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI. They "
            "confirmed their mutual interest in a second undersea cable.",
            "REAFFIRM",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI. The two "
            "leaders confirmed the resumption of high-level meetings.",
            "AGREE",
        ),
    ],
)
def test_collective_subjects_stand_for_the_contacts_pair(text: str, kind: str) -> None:
    assert _kinds(text, _SANCHEZ, _KING) == [(kind, {"ESP", "MAR"})]


def test_a_communiques_we_is_the_body_it_declares() -> None:
    text = (
        "1. We, the Foreign Ministers of the Gulf Cooperation Council (GCC), met in Kuwait "
        "on 3 March. We reaffirmed our commitment to the unity of the Council. We "
        "reaffirmed the importance of maritime security."
    )
    assert _kinds(text) == [("REAFFIRM", {"GCC"}), ("REAFFIRM", {"GCC"})]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Britain and the European Union agreed on a new fisheries partnership.",
            {"GBR", "EU"},
        ),
        ("Besides the loans, Ankara and Baku signed a protocol on gas supplies.", {"TUR", "AZE"}),
        (
            '"We also signed a memorandum of cooperation between Norway and the African '
            'Union," the minister added.',
            {"NOR", "AU"},
        ),
    ],
)
def test_organisations_and_capitals_as_parties(text: str, parties: set[str]) -> None:
    (found,) = _agreements(text)
    assert set(found.parties) == parties


# --------------------------------------------------------------------------------------
# What is not an agreement, or not of these parties.
# --------------------------------------------------------------------------------------


def test_an_aside_before_the_subject_is_not_a_second_party() -> None:
    text = (
        "During his meeting with Australian Foreign Minister Penny Wong, New Zealand Foreign "
        "Minister Winston Peters underlined the country's commitment to the Pacific."
    )
    assert _agreements(text, _WONG, _PETERS) == []


def test_with_inside_an_agreed_topic_is_no_party() -> None:
    text = (
        "Australian Foreign Minister Penny Wong and New Zealand Foreign Minister Winston "
        "Peters agreed to expand cooperation with the United States on Antarctic research."
    )
    assert _kinds(text, _WONG, _PETERS) == [("AGREE", {"AUS", "NZL"})]


@pytest.mark.parametrize(
    "text",
    [
        '"The rate rise breaks what we agreed to in Geneva," Penny Wong said.',
        "Penny Wong said the deal was within the range they agreed on last year.",
        "A list of countries, Chile, Atlantis, Norway and Kenya agreed to the text.",
    ],
)
def test_earlier_agreements_referred_to_and_half_read_lists(text: str) -> None:
    people = ("Penny Wong", "Penny Wong", "AUS", "Foreign Minister")
    assert _agreements(text, people) == []


# --------------------------------------------------------------------------------------
# Properties.
# --------------------------------------------------------------------------------------


@given(agreement_sentences())
def test_generated_statements_give_their_kind_and_parties(case: AgreementCase) -> None:
    found = extract(case.text, officials=list(case.officials), forums=[], times=[])
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [(case.kind, set(case.parties))]
    for a in found.agreements:
        assert case.text[a.start : a.end] == a.surface


@given(agreement_sentences())
def test_only_reaffirmations_and_pledges_stand_with_one_party(case: AgreementCase) -> None:
    found = extract(case.text, officials=list(case.officials), forums=[], times=[])
    for a in found.agreements:
        assert len(set(a.parties)) >= 2 or a.kind in {"REAFFIRM", "COMMIT"}


def test_a_headlines_comma_list_is_a_list() -> None:
    text = "Spanish Prime Minister Pedro Sanchez, Moroccan King Mohammed VI agree to open a "
    text += "ferry line"
    assert _kinds(text, _SANCHEZ, _KING) == [("AGREE", {"ESP", "MAR"})]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Australian Foreign Minister Penny Wong and New Zealand Foreign Minister Winston "
            "Peters agreed to expand Antarctic research, a government spokesperson said.",
            "expand Antarctic research",
        ),
        (
            "Australian Foreign Minister Penny Wong and New Zealand Foreign Minister Winston "
            'Peters said: "We signed on Friday a treaty on fisheries," the ministry added.',
            "treaty on fisheries",
        ),
        (
            "Australia and New Zealand agreed on Sunday night to strengthen fisheries "
            "patrols, Foreign Minister Penny Wong said after the talks.",
            "strengthen fisheries patrols",
        ),
    ],
)
def test_topics_end_before_the_attribution(text: str, topic: str) -> None:
    (found,) = _agreements(text, _WONG, _PETERS)
    assert found.topic == topic
