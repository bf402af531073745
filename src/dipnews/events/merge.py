"""Duplicates: the same contact reported twice is one event. Two reports merge when kind
and sides agree and date, place, forum and status do not contradict each other; the first
is the evidence, later ones fill in what it left empty and narrow its date."""

from __future__ import annotations

from dipnews import countries as _countries
from dipnews.events.drafts import Draft
from dipnews.events.places import country_of_place
from dipnews.records import DateSpan, Forum

__all__ = ["merge"]


def _compatible_dates(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _compatible_places(a: str, b: str) -> bool:
    """Equal, or a country and a place in it ("Japan" and "Tokyo")."""
    if a == b:
        return True
    for country, place in ((a, b), (b, a)):
        code = _countries.code_for(country)
        if code is not None and country_of_place(place) == code:
            return True
    return False


def _compatible_forums(a: Forum, b: Forum) -> bool:
    return (
        a.org == b.org
        and (a.body == b.body or None in {a.body, b.body})
        and (a.edition == b.edition or None in {a.edition, b.edition})
    )


def _same_sides(a: Draft, b: Draft) -> bool:
    """Same participants, or one names the countries of the other's officials."""
    if set(a.participants) == set(b.participants):
        return True
    for codes_only, named in ((a, b), (b, a)):
        if (
            named.countries
            and all(_countries.is_code(p) for p in codes_only.participants)
            and set(codes_only.participants) == set(named.countries)
        ):
            return True
    return False


def _same_kind(a: Draft, b: Draft, heads: frozenset[str]) -> bool:
    """Same kind, or a meeting and a summit of the same leaders: named in both ("an
    expected summit between X and Y", "for the two presidents to meet"), or named in the
    meeting while the summit is a two-country leaders' summit named by its mechanism
    ("will take part in the 22nd India-Russia Summit on July 9", "will have a restricted
    meeting with President Putin on Tuesday"); *heads* are the names of heads of state or
    government."""
    if a.kind == b.kind:
        return True
    if {a.kind, b.kind} != {"MEET", "SUMMIT"} or len(a.participants) < 2:
        return False
    meet, summit = (a, b) if a.kind == "MEET" else (b, a)
    if not any(_countries.is_code(p) for p in (*a.participants, *b.participants)):
        return True
    forum = summit.forum
    return (
        forum is not None
        and (forum.body == "SUMMIT" or forum.org.endswith("-SUMMIT"))
        and all(_countries.is_code(p) for p in summit.participants)
        and all(p in heads for p in meet.participants)
    )


def _same(a: Draft, b: Draft, heads: frozenset[str]) -> bool:
    if not _same_kind(a, b, heads) or not _same_sides(a, b):
        return False
    if a.kind == "SUMMIT" and a.forum is None and b.forum is None and not a.participants:
        return False
    if not _compatible_dates(a.date, b.date):
        return False
    if a.place is not None and b.place is not None and not _compatible_places(a.place, b.place):
        return False
    if a.forum is not None and b.forum is not None and not _compatible_forums(a.forum, b.forum):
        return False
    # Within one sentence a second trigger is the same contact ("arrived on Thursday on a
    # state visit"), whatever tense each carries; a visit reported as made and as under way
    # is one visit under way.
    return (
        a.status == b.status
        or "unknown" in {a.status, b.status}
        or a.start == b.start
        or (
            a.kind == "VISIT"
            and {a.status, b.status} == {"held", "ongoing"}
            and _undated_held(a, b)
        )
    )


def _undated_held(a: Draft, b: Draft) -> bool:
    """Whether the visit reported as made (of *a* and *b*, one made and one under way)
    has no date: "X arrived in India on a working trip" and "X is on a visit to India"
    are one visit; "X's visit in August" and "X is in Moscow" are two."""
    held = a if a.status == "held" else b
    return held.date is None


def merge(drafts: list[Draft], heads: frozenset[str] = frozenset()) -> list[Draft]:
    """*drafts* with each contact reported more than once merged into its first report
    (*heads*: the names of the article's heads of state or government)."""
    merged: list[Draft] = []
    by_key: dict[tuple[str, frozenset[str]], list[Draft]] = {}
    for d in sorted(drafts, key=lambda x: x.start):
        sides = frozenset(d.countries or d.participants)
        family = "MEET" if d.kind == "SUMMIT" else d.kind  # (see _same_kind)
        same_key = by_key.setdefault((family, sides), [])
        target = next((m for m in reversed(same_key) if _same(m, d, heads)), None)
        if target is None:
            merged.append(d)
            same_key.append(d)
            continue
        if target.date is None or (
            d.date is not None
            and target.date.start <= d.date.start
            and d.date.end <= target.date.end
            and d.date.end - d.date.start < target.date.end - target.date.start
        ):
            target.date = d.date  # a later report may be more precise ("June 27-28")
        if all(_countries.is_code(p) for p in target.participants) and d.countries:
            target.participants, target.countries = d.participants, d.countries
        if target.place is None:
            target.place = d.place
        if target.forum is None or (
            d.forum is not None and target.forum.edition is None and d.forum.edition is not None
        ):
            target.forum = d.forum
        if target.status == "unknown":
            target.status = d.status
        elif target.kind == "VISIT" and {target.status, d.status} == {"held", "ongoing"}:
            target.status = "ongoing"
    return merged
