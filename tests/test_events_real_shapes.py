"""Events in the shapes real news pages write them (issue 19), on sentences written for
these tests: dates written once for a series of contacts or after the scene of the
contact, lists and round-ups of counterparts, calls and meetings in other words.

Officials are built by hand from a table (:func:`_officials`) so that the tests exercise
this component's rules, not the officials resolver; dates, forums and the header come
from their components as a user gets them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import given

from dipnews.events import Extraction, extract
from dipnews.records import Event, Official
from tests.strategies.events import RoundUp, round_ups
from tests.tabled import People

# (pattern, canonical name, country, role)
_PEOPLE: tuple[tuple[str, str, str, str], ...] = (
    (r"(?:Kenyan )?President William Ruto|Ruto", "William Ruto", "KEN", "HEAD_OF_STATE"),
    (
        r"(?:Ghanaian )?Foreign Minister Samuel Ablakwa|Ablakwa",
        "Samuel Ablakwa",
        "GHA",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Chilean )?Foreign Minister Alberto van Klaveren|Van Klaveren",
        "Alberto van Klaveren",
        "CHL",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Peruvian )?Foreign Minister Elmer Schialer|Schialer",
        "Elmer Schialer",
        "PER",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Bolivian )?Foreign Minister Celinda Sosa|Sosa",
        "Celinda Sosa",
        "BOL",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Paraguayan )?Foreign Minister Ruben Ramirez|Ramirez",
        "Ruben Ramirez",
        "PRY",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Norwegian )?Prime Minister Jonas Gahr Store|Store",
        "Jonas Gahr Store",
        "NOR",
        "HEAD_OF_GOVERNMENT",
    ),
    (r"(?:Polish )?President Andrzej Duda|Duda", "Andrzej Duda", "POL", "HEAD_OF_STATE"),
    (
        r"(?:Danish )?Prime Minister Mette Frederiksen|Frederiksen",
        "Mette Frederiksen",
        "DNK",
        "HEAD_OF_GOVERNMENT",
    ),
    (
        r"(?:Vietnamese )?Foreign Minister Bui Thanh Son|Son",
        "Bui Thanh Son",
        "VNM",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Thai )?Foreign Minister Maris Sangiampongsa|Maris",
        "Maris Sangiampongsa",
        "THA",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:U\.S\. )?National Security Adviser Jake Sullivan|Sullivan",
        "Jake Sullivan",
        "USA",
        "ADVISER",
    ),
    (
        r"(?:Egyptian )?Foreign Minister Badr Abdelatty|Abdelatty",
        "Badr Abdelatty",
        "EGY",
        "FOREIGN_MINISTER",
    ),
    (
        r"(?:Brazilian )?President Luiz Inacio Lula da Silva|Lula",
        "Luiz Inacio Lula da Silva",
        "BRA",
        "HEAD_OF_STATE",
    ),
    (r"(?:Argentine )?President Javier Milei|Milei", "Javier Milei", "ARG", "HEAD_OF_STATE"),
)
_PEOPLE += (
    (
        r"(?:Indian )?Prime Minister Narendra Modi|Modi",
        "Narendra Modi",
        "IND",
        "HEAD_OF_GOVERNMENT",
    ),
    (
        r"(?:Japanese )?Prime Minister Shigeru Ishiba|Ishiba",
        "Shigeru Ishiba",
        "JPN",
        "HEAD_OF_GOVERNMENT",
    ),
)
_TABLE = People(_PEOPLE)
_officials = _TABLE.officials
_run = _TABLE.extract


def _dated(events: Iterable[Event]) -> list[tuple[str, frozenset[str], str | None]]:
    return [
        (e.kind, frozenset(e.participants), e.date.start.isoformat() if e.date else None)
        for e in events
    ]


# --------------------------------------------------------------------------------------
# Dates: written after the scene of the contact, or once for a series of contacts.
# --------------------------------------------------------------------------------------


def test_date_after_the_visit_the_talks_took_place_during() -> None:
    text = (
        "Kenyan President William Ruto and Ghanaian Foreign Minister Samuel Ablakwa discussed "
        "trade during the minister's working visit to Nairobi on March 3, the State House said."
    )
    meet, visit = _run(text, published=dt.date(2025, 3, 4)).events
    assert (meet.kind, meet.status) == ("MEET", "held")
    assert meet.date is not None
    assert meet.date.start == dt.date(2025, 3, 3)
    # the host's own president is no visitor
    assert (visit.kind, visit.participants) == ("VISIT", ("Samuel Ablakwa", "KEN"))


def test_a_day_of_meetings_dated_once_dates_each_meeting() -> None:
    text = (
        "SANTIAGO, May 6 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met "
        "Peruvian Foreign Minister Elmer Schialer on Monday on the sidelines of a regional "
        "forum. He then held talks with Bolivian Foreign Minister Celinda Sosa. "
        "The region needs more trade, Van Klaveren said. "
        "Van Klaveren also met Paraguayan Foreign Minister Ruben Ramirez."
    )
    found = _run(text, published=dt.date(2025, 5, 6)).events
    monday = "2025-05-05"
    assert _dated(found) == [
        ("MEET", frozenset({"Alberto van Klaveren", "Elmer Schialer"}), monday),
        ("MEET", frozenset({"Alberto van Klaveren", "Celinda Sosa"}), monday),
        ("MEET", frozenset({"Alberto van Klaveren", "Ruben Ramirez"}), monday),
    ]


def test_a_planned_schedule_dates_the_meetings_that_follow() -> None:
    text = (
        "On Saturday, Norwegian Prime Minister Jonas Gahr Store will hold a bilateral meeting "
        "with Polish President Andrzej Duda. He will also meet Danish Prime Minister Mette "
        "Frederiksen."
    )
    found = _run(text, published=dt.date(2024, 6, 13)).events
    assert _dated(found) == [
        ("MEET", frozenset({"Jonas Gahr Store", "Andrzej Duda"}), "2024-06-15"),
        ("MEET", frozenset({"Jonas Gahr Store", "Mette Frederiksen"}), "2024-06-15"),
    ]


def test_no_date_is_carried_into_background_or_across_a_date_of_its_own() -> None:
    background = (
        "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer "
        "Schialer on Monday. Van Klaveren had met Bolivian Foreign Minister Celinda Sosa "
        "earlier."
    )
    found = _run(background, published=dt.date(2025, 5, 7)).events
    assert [e.date is None for e in found] == [False, True]
    own = (
        "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer "
        "Schialer on Monday. Van Klaveren met Bolivian Foreign Minister Celinda Sosa on "
        "Tuesday."
    )
    found = _run(own, published=dt.date(2025, 5, 7)).events
    assert [e.date.start.isoformat() if e.date else None for e in found] == [
        "2025-05-05",
        "2025-05-06",
    ]


def test_a_past_tense_plan_is_not_moved_into_the_next_week() -> None:
    # "was due to meet ... on Friday" in a Saturday story: the Friday just gone.
    text = (
        "U.S. National Security Adviser Jake Sullivan was due to meet Egyptian Foreign "
        "Minister Badr Abdelatty separately on Friday afternoon."
    )
    (event,) = _run(text, published=dt.date(2024, 3, 9)).events
    assert event.status == "planned"
    assert event.date is not None
    assert event.date.start == dt.date(2024, 3, 8)


def test_a_collective_subject_nearer_the_verb_than_an_official() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva was welcomed by Argentine President "
        "Javier Milei as the two leaders smiled when they met in Buenos Aires."
    )
    (event,) = _run(text).events
    assert set(event.participants) == {"Luiz Inacio Lula da Silva", "Javier Milei"}


def test_the_date_of_the_journey_to_a_meeting_is_not_the_meetings() -> None:
    text = (
        "Thai Foreign Minister Maris Sangiampongsa arrived in Vientiane on Tuesday night to "
        "attend the 57th ASEAN Foreign Ministers' Meeting."
    )
    found = _run(text, published=dt.date(2024, 7, 24)).events
    summits = [e for e in found if e.kind == "SUMMIT"]
    assert summits
    assert all(e.date is None for e in summits)


# --------------------------------------------------------------------------------------
# Lists and round-ups: one event per counterpart; by office and country where unnamed.
# --------------------------------------------------------------------------------------


def _sides(found: Extraction) -> list[tuple[str, ...]]:
    return [e.participants for e in found.events]


def test_leaders_of_listed_countries_give_one_planned_meeting_each() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva will meet the leaders of Chile, Peru "
        "and Bolivia."
    )
    lula = "Luiz Inacio Lula da Silva"
    assert _sides(_run(text)) == [(lula, "CHL"), (lula, "PER"), (lula, "BOL")]


def test_offices_of_countries_in_a_list_of_bilateral_meetings() -> None:
    text = (
        "Argentine President Javier Milei will hold bilateral meetings with the president of "
        "Uruguay, the prime minister of Japan and the chancellor of Austria."
    )
    milei = "Javier Milei"
    assert _sides(_run(text)) == [(milei, "URY"), (milei, "JPN"), (milei, "AUT")]


def test_a_list_of_nationalities_before_an_office() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty met with Uruguayan, Ecuadorian and Colombian "
        "foreign ministers."
    )
    sides = _sides(_run(text))
    assert sides == [
        ("Badr Abdelatty", "URY"),
        ("Badr Abdelatty", "ECU"),
        ("Badr Abdelatty", "COL"),
    ]


def test_offices_followed_by_the_names_they_belong_to_give_the_names() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren met with the foreign ministers of Peru "
        "and Bolivia, Elmer Schialer and Celinda Sosa, respectively."
    )
    chile = "Alberto van Klaveren"
    assert _sides(_run(text)) == [(chile, "Elmer Schialer"), (chile, "Celinda Sosa")]


def test_a_counterpart_named_by_country_is_the_official_the_article_names() -> None:
    text = (
        "Paraguayan Foreign Minister Ruben Ramirez arrived in Santiago on Sunday. "
        "Chilean Foreign Minister Alberto van Klaveren received his Paraguayan counterpart "
        "on Monday."
    )
    meets = [e for e in _run(text, published=dt.date(2025, 5, 6)).events if e.kind == "MEET"]
    assert [set(e.participants) for e in meets] == [{"Alberto van Klaveren", "Ruben Ramirez"}]


def test_an_office_of_a_country_named_later_in_the_article() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty met the foreign ministers of Paraguay and "
        "Bolivia on Tuesday. Bolivian Foreign Minister Celinda Sosa thanked Egypt."
    )
    egypt = "Badr Abdelatty"
    found = _run(text, published=dt.date(2025, 5, 7))
    assert _sides(found) == [(egypt, "PRY"), (egypt, "Celinda Sosa")]


def test_a_trilateral_meeting_is_one_event_with_three_sides() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty held a trilateral meeting with Chilean "
        "Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer."
    )
    (event,) = _run(text).events
    assert set(event.participants) == {"Badr Abdelatty", "Alberto van Klaveren", "Elmer Schialer"}


def test_meetings_including_with_named_leaders() -> None:
    text = (
        "Argentine President Javier Milei will hold several bilateral meetings on the sidelines "
        "of the summit in Rome, including with Brazilian President Luiz Inacio Lula da Silva "
        "and Egyptian Foreign Minister Badr Abdelatty."
    )
    assert _sides(_run(text)) == [
        ("Javier Milei", "Luiz Inacio Lula da Silva"),
        ("Javier Milei", "Badr Abdelatty"),
    ]


def test_he_is_the_subject_before_not_the_counterpart_met() -> None:
    text = (
        "Norwegian Prime Minister Jonas Gahr Store will hold talks with Polish President "
        "Andrzej Duda. He will also meet Danish Prime Minister Mette Frederiksen."
    )
    assert _sides(_run(text)) == [
        ("Jonas Gahr Store", "Andrzej Duda"),
        ("Jonas Gahr Store", "Mette Frederiksen"),
    ]


def test_a_counterpart_phrase_with_an_abbreviated_country() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty held telephone talks with his U.S. "
        "counterpart Marco Rubio on Gaza."
    )
    officials = [
        Official("Badr Abdelatty", "Egyptian Foreign Minister Badr Abdelatty", "EGY",
                 "FOREIGN_MINISTER", None, 0, 40),
        Official("Marco Rubio", "U.S. counterpart Marco Rubio", "USA", "FOREIGN_MINISTER",
                 None, text.index("U.S."), text.index(" on Gaza")),
    ]  # fmt: skip
    (event,) = extract(text, officials=officials, forums=[], times=[]).events
    assert (event.kind, event.participants) == ("CALL", ("Badr Abdelatty", "Marco Rubio"))


def test_a_place_between_the_meeting_and_its_counterpart() -> None:
    text = (
        "Last month, Argentine President Javier Milei held a meeting at the Casa Rosada with "
        "visiting Egyptian Foreign Minister Badr Abdelatty."
    )
    (event,) = _run(text, published=dt.date(2025, 4, 2)).events
    assert set(event.participants) == {"Javier Milei", "Badr Abdelatty"}
    assert event.date is not None
    assert event.date.start == dt.date(2025, 3, 1)


def test_a_country_possessive_and_a_description_before_the_official() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty met Brazil's long-serving leader President "
        "Luiz Inacio Lula da Silva on Monday."
    )
    (event,) = _run(text).events
    assert set(event.participants) == {"Badr Abdelatty", "Luiz Inacio Lula da Silva"}


# --------------------------------------------------------------------------------------
# Calls and meetings in other words, and the sides they leave elsewhere in the sentence.
# --------------------------------------------------------------------------------------


def _kinds(found: Extraction) -> list[tuple[str, frozenset[str], str]]:
    return [(e.kind, frozenset(e.participants), e.status) for e in found.events]


def test_an_opening_phrase_headed_by_the_contact_gives_the_subject_after_it() -> None:
    text = (
        "In a phone call with Argentine President Javier Milei last week, Brazilian President "
        "Luiz Inacio Lula da Silva proposed a joint commission."
    )
    assert _kinds(_run(text)) == [
        ("CALL", frozenset({"Javier Milei", "Luiz Inacio Lula da Silva"}), "held")
    ]


def test_his_after_an_opening_phrase_is_the_subject_not_the_counterpart() -> None:
    text = (
        "After the meeting with Polish President Andrzej Duda, Danish Prime Minister Mette "
        "Frederiksen spoke about her planned visit to Norway."
    )
    found = _kinds(_run(text))
    assert ("VISIT", frozenset({"Mette Frederiksen", "NOR"}), "planned") in found
    assert all("Andrzej Duda" not in sides or kind == "MEET" for kind, sides, _ in found)


def test_the_clause_subject_of_a_meeting_with_someone() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren described the meeting with Peruvian "
        "Foreign Minister Elmer Schialer as productive."
    )
    assert _kinds(_run(text)) == [
        ("MEET", frozenset({"Alberto van Klaveren", "Elmer Schialer"}), "held")
    ]


def test_discussed_a_topic_with_someone() -> None:
    text = (
        "Peruvian Foreign Minister Elmer Schialer discussed border trade and the regional "
        "agenda with Bolivian Foreign Minister Celinda Sosa."
    )
    assert _kinds(_run(text)) == [("MEET", frozenset({"Elmer Schialer", "Celinda Sosa"}), "held")]


def test_visiting_a_person_is_a_meeting_not_a_visit() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty visited his Vietnamese counterpart, Bui "
        "Thanh Son, at the ministry. He earlier visited Thai Foreign Minister Maris "
        "Sangiampongsa's office."
    )
    assert _kinds(_run(text)) == [
        ("MEET", frozenset({"Badr Abdelatty", "Bui Thanh Son"}), "held"),
        ("MEET", frozenset({"Badr Abdelatty", "Maris Sangiampongsa"}), "held"),
    ]


def test_the_two_sides_and_a_third_named_after_them_are_one_meeting() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer "
        "Schialer in Lima. The meeting came before the two ministers were set to hold "
        "trilateral talks with Bolivian Foreign Minister Celinda Sosa."
    )
    found = _kinds(_run(text))
    assert found == [
        ("MEET", frozenset({"Alberto van Klaveren", "Elmer Schialer"}), "held"),
        (
            "MEET",
            frozenset({"Alberto van Klaveren", "Elmer Schialer", "Celinda Sosa"}),
            "planned",
        ),
    ]


def test_talked_on_the_phone_is_a_call() -> None:
    text = (
        "Thai Foreign Minister Maris Sangiampongsa and Vietnamese Foreign Minister Bui Thanh "
        "Son talked briefly on the phone."
    )
    assert _kinds(_run(text)) == [
        ("CALL", frozenset({"Maris Sangiampongsa", "Bui Thanh Son"}), "held")
    ]


def test_signing_a_document_with_an_official_is_a_meeting() -> None:
    text = (
        "Thai Foreign Minister Maris Sangiampongsa on Monday signed a memorandum of "
        "understanding (MoU) with his Vietnamese counterpart Bui Thanh Son."
    )
    (event,) = _run(text, published=dt.date(2024, 3, 13)).events
    assert (event.kind, set(event.participants), event.status) == (
        "MEET",
        {"Maris Sangiampongsa", "Bui Thanh Son"},
        "held",
    )
    assert event.date is not None
    assert event.date.start == dt.date(2024, 3, 11)


def test_he_in_a_reported_clause_is_the_subject_of_its_talks() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren said he briefed Peruvian Foreign "
        "Minister Elmer Schialer on the border during talks with the Peruvian counterpart on "
        "Tuesday."
    )
    (event,) = _run(text, published=dt.date(2025, 5, 7)).events
    assert set(event.participants) == {"Alberto van Klaveren", "Elmer Schialer"}
    assert event.date is not None
    assert event.date.start == dt.date(2025, 5, 6)


def test_an_official_of_another_country_after_a_counterpart_phrase_is_not_its_name() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren arrived in Lima. After talks with his "
        "Peruvian counterpart, Chilean Foreign Minister Alberto van Klaveren praised Peruvian "
        "Foreign Minister Elmer Schialer."
    )
    meets = [e for e in _run(text).events if e.kind == "MEET"]
    assert [set(e.participants) for e in meets] == [{"Alberto van Klaveren", "Elmer Schialer"}]


def test_a_list_passes_over_a_person_who_is_not_an_official_mention() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty held meetings with Ngozi Okonjo-Iweala, "
        "Director-General of the World Trade Organization, Chilean Foreign Minister Alberto "
        "van Klaveren and Peruvian Foreign Minister Elmer Schialer."
    )
    egypt = "Badr Abdelatty"
    assert _sides(_run(text)) == [(egypt, "Alberto van Klaveren"), (egypt, "Elmer Schialer")]


def test_the_two_presidents_are_the_presidents_not_the_ministers_just_met() -> None:
    text = (
        "Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva "
        "spoke at the forum. Chilean Foreign Minister Alberto van Klaveren met Peruvian "
        "Foreign Minister Elmer Schialer on Monday. Officials said the two presidents would "
        "meet next month."
    )
    found = _kinds(_run(text, published=dt.date(2025, 5, 7)))
    assert ("MEET", frozenset({"Javier Milei", "Luiz Inacio Lula da Silva"}), "planned") in found
    assert len(found) == 2


def test_a_summit_between_two_leaders_and_their_meeting_are_one_event() -> None:
    text = (
        "Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva "
        "will take part in the bilateral summit in Brasilia on July 9. Milei will hold a "
        "restricted meeting with Lula on Wednesday afternoon."
    )
    found = _run(text, published=dt.date(2025, 7, 7)).events
    assert len(found) == 1
    assert set(found[0].participants) == {"Javier Milei", "Luiz Inacio Lula da Silva"}


def test_the_country_is_the_last_place_named_not_a_country_in_a_topic() -> None:
    text = (
        "SANTIAGO, May 6 (Reuters) - Argentine President Javier Milei said the two countries "
        "must resist pressure from Venezuela, as he opened talks with Chilean Foreign Minister "
        "Alberto van Klaveren in Santiago. The talks took place hours after the Argentine "
        "president Javier Milei arrived in the country."
    )
    visits = [e for e in _run(text, published=dt.date(2025, 5, 6)).events if e.kind == "VISIT"]
    assert [e.participants for e in visits] == [("Javier Milei", "CHL")]


def test_a_visit_with_a_destination_is_not_also_filed_from_the_dateline() -> None:
    text = (
        "LIMA, May 6 (AP) - Argentine President Javier Milei has arrived in Chile on a trip "
        "meant to mend ties."
    )
    visits = [e for e in _run(text, published=dt.date(2025, 5, 6)).events if e.kind == "VISIT"]
    assert [e.participants for e in visits] == [("Javier Milei", "CHL")]


# --------------------------------------------------------------------------------------
# A forum's session as a whole.
# --------------------------------------------------------------------------------------


def _summits(found: Extraction) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.forum.org if e.forum else None, e.date.start.isoformat() if e.date else None, e.status)
        for e in found.events
        if e.kind == "SUMMIT"
    ]


def test_a_session_that_issued_a_communique_and_where_ministers_met() -> None:
    text = (
        "The 45th SAARC Council of Ministers issued a joint statement in Kathmandu. "
        "We, the Foreign Ministers of SAARC, met on 12 March 2024 at the 45th SAARC Council "
        "of Ministers in Kathmandu."
    )
    assert _summits(_run(text)) == [("SAARC", "2024-03-12", "held")]


def test_a_meeting_described_before_the_forum_named_in_brackets() -> None:
    text = (
        "The Malaysian foreign minister on Monday presided over a meeting of foreign ministers "
        "from the bloc's member countries (ASEAN Foreign Ministers' Meeting/AMM) in Kuala "
        "Lumpur."
    )
    assert _summits(_run(text, published=dt.date(2025, 7, 8))) == [("ASEAN", "2025-07-07", "held")]


def test_a_summit_still_to_come_when_the_main_contact_happened() -> None:
    before = (
        "Argentine President Javier Milei has held a bilateral meeting with Brazilian "
        "President Luiz Inacio Lula da Silva, a day before the G20 summit kicks off in Rio."
    )
    arrived = "Several world leaders have arrived in Rio for the G20 Summit."
    assert _summits(_run(before)) == [("G20", None, "planned")]
    assert _summits(_run(arrived)) == [("G20", None, "planned")]


def test_his_meeting_in_a_reported_clause_is_the_speakers() -> None:
    text = (
        "Argentine President Javier Milei said Brazil was a close partner, during his first "
        "meeting with Brazilian President Luiz Inacio Lula da Silva since taking office."
    )
    assert _kinds(_run(text)) == [
        ("MEET", frozenset({"Javier Milei", "Luiz Inacio Lula da Silva"}), "held")
    ]


def test_met_for_two_hours_with_and_a_quoted_discussion_on_a_topic_with() -> None:
    met = (
        "Egyptian Foreign Minister Badr Abdelatty met for two hours with Chilean Foreign "
        "Minister Alberto van Klaveren."
    )
    quoted = (
        'Egyptian Foreign Minister Badr Abdelatty had a "very frank discussion" on the grain '
        "deal with Chilean Foreign Minister Alberto van Klaveren."
    )
    for text in (met, quoted):
        assert _kinds(_run(text)) == [
            ("MEET", frozenset({"Badr Abdelatty", "Alberto van Klaveren"}), "held")
        ]


def test_destinations_followed_by_more_are_one_visit_each() -> None:
    text = "Egyptian Foreign Minister Badr Abdelatty is set to visit Chile next, followed by Peru."
    assert [e.participants for e in _run(text).events] == [
        ("Badr Abdelatty", "CHL"),
        ("Badr Abdelatty", "PER"),
    ]


def test_a_blank_line_ends_a_sentence_before_a_bullet() -> None:
    text = (
        "* Egyptian Foreign Minister Badr Abdelatty met Chilean Foreign Minister Alberto van "
        "Klaveren.\n\n* Peruvian Foreign Minister Elmer Schialer praised the deal."
    )
    (event,) = _run(text).events
    assert event.surface.endswith("Klaveren.")


def test_a_meeting_setting_the_scene_of_a_past_clause_happened() -> None:
    text = (
        "Argentine President Javier Milei said Brazil was a close partner, following his talks "
        "with Brazilian President Luiz Inacio Lula da Silva."
    )
    assert _kinds(_run(text)) == [
        ("MEET", frozenset({"Javier Milei", "Luiz Inacio Lula da Silva"}), "held")
    ]


def test_a_visit_under_way_and_one_reported_as_made_are_one_visit() -> None:
    text = (
        "Argentine President Javier Milei arrived in Chile on a working trip. "
        "This is Milei's first visit to Chile since taking office in December 2023."
    )
    found = _run(text, published=dt.date(2025, 5, 6)).events
    assert [(e.kind, e.participants, e.status) for e in found] == [
        ("VISIT", ("Javier Milei", "CHL"), "ongoing")
    ]


def test_a_visit_made_earlier_and_one_under_way_are_two_visits() -> None:
    text = (
        "Argentine President Javier Milei is in Santiago for talks. He last visited Chile in "
        "March 2024."
    )
    found = _run(text, published=dt.date(2025, 5, 6)).events
    assert sorted(e.status for e in found if e.kind == "VISIT") == ["held", "ongoing"]


def test_a_visit_made_for_a_summit_takes_the_summits_date() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty will arrive in Moscow leading a delegation "
        "for the BRICS Foreign Ministers' Meeting scheduled for June 9-10."
    )
    found = _run(text, published=dt.date(2025, 6, 2)).events
    visit = next(e for e in found if e.kind == "VISIT")
    assert visit.date is not None
    assert (visit.date.start, visit.date.end) == (dt.date(2025, 6, 9), dt.date(2025, 6, 10))


def test_talks_they_headed_off_to_hold_happened() -> None:
    text = (
        "Argentine President Javier Milei held talks with Brazilian President Luiz Inacio Lula "
        "da Silva in Brasilia. After the ceremony, the two presidents headed for the East Room "
        "to hold private talks."
    )
    assert [e.status for e in _run(text).events] == ["held"]


def test_a_two_country_session_the_sentence_reports_as_a_contact_is_that_contact() -> None:
    co_chaired = (
        "Last month, Egyptian Foreign Minister Badr Abdelatty and Thai Foreign Minister Maris "
        "Sangiampongsa co-chaired the virtual meeting of the Egypt-Thailand Joint Commission."
    )
    found = _run(co_chaired, published=dt.date(2025, 5, 7)).events
    assert [e.kind for e in found] == ["CALL"]  # (a virtual meeting)


def test_a_meeting_held_to_prepare_a_summit_to_come_is_two_events() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer "
        "Schialer discussed preparations for the annual Chile-Peru summit, which will take "
        "place in Lima."
    )
    found = _run(text).events
    assert sorted((e.kind, e.status) for e in found) == [("MEET", "held"), ("SUMMIT", "planned")]


def test_a_contact_under_way_is_dated_the_day_of_publication() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren is currently holding talks with "
        "Peruvian Foreign Minister Elmer Schialer. Van Klaveren met Bolivian Foreign "
        "Minister Celinda Sosa in La Paz."
    )
    found = _run(text, published=dt.date(2025, 5, 6)).events
    assert [(e.status, e.date.start.isoformat() if e.date else None) for e in found] == [
        ("ongoing", "2025-05-06"),
        ("held", None),  # a contact that happened, with no date written, keeps none
    ]


@given(round_ups())
def test_a_round_up_of_offices_gives_one_event_per_country_in_order(case: RoundUp) -> None:
    found = extract(case.text, officials=list(case.officials), forums=[], times=[]).events
    assert [e.participants for e in found] == [(case.subject, code) for code in case.codes]
    assert all(e.kind == "MEET" and e.status == case.status for e in found)
    assert all(case.text[e.start : e.end] == e.surface for e in found)


def test_a_two_country_leaders_summit_and_the_leaders_meeting_there_are_one_event() -> None:
    text = (
        "Indian Prime Minister Narendra Modi will attend the annual India-Japan summit in Tokyo "
        "on August 29. Modi will hold a restricted meeting with Japanese Prime Minister "
        "Shigeru Ishiba on August 29."
    )
    found = _run(text, published=dt.date(2025, 8, 20)).events
    assert [(e.kind, set(e.participants), e.status) for e in found] == [
        ("SUMMIT", {"Narendra Modi", "Shigeru Ishiba"}, "planned")
    ]
