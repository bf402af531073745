"""The indexes of a table of holdings, so that no lookup scans the whole table: offices by
(country, role) with their start dates for bisection, people by every spelling's
:func:`~dipnews.names.name_key`, by surname and by lineage (given name and father)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from dipnews.holders.records import Holding, variants_by_person
from dipnews.names import (
    _key_tokens,
    _lineage_key,
    _may_have_lineage,
    _name_key,
    _same_person,
    _strip_honorifics,
    _surname_key,
)

__all__ = ["Index", "build_index"]

# Countries whose people are usually written surname first in English news: their first
# name token is indexed as a surname too (``Xi`` finds ``Xi Jinping``).
_SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "MNG"})


@attrs.frozen
class Index:
    """The indexed holdings of one table (built by :func:`build_index`)."""

    rows: tuple[Holding, ...]
    offices: Mapping[tuple[str, str], tuple[tuple[dt.date, ...], tuple[Holding, ...]]]
    by_person: Mapping[str, tuple[Holding, ...]]
    keys: Mapping[str, str]
    surnames: Mapping[str, tuple[str, ...]]
    names_of: Mapping[str, tuple[str, ...]]
    combined: Mapping[str, dt.date | None]
    lineages: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def holders_at(self, country: str, role: str, day: dt.date) -> list[Holding]:
        """The holdings of (*country*, *role*) that cover *day*."""
        entry = self.offices.get((country, role))
        if entry is None:
            return []
        starts, spans = entry
        upto = bisect.bisect_right(starts, day)
        return [h for h in spans[:upto] if h.held_on(day)]

    def canonical(self, name: str) -> str | None:
        """The canonical name of the one person *name* (a ``str``) can name, or ``None``."""
        found = self.keys.get(_name_key(name))
        if found is not None:
            return found
        rest, _ = _strip_honorifics(name.strip())
        found = self.keys.get(_name_key(rest))
        if found is not None:
            return found
        candidates = self.surnames.get(_surname_key(rest), ())
        words = len(_key_tokens(rest))
        if words > 1:
            # "Faisal bin Farhan bin Abdullah": the same given name and father as a known
            # "Faisal bin Farhan Al Saud", though the last words differ.
            lineage = self.lineages.get(_lineage_key(rest), ())
            candidates = tuple(dict.fromkeys((*candidates, *lineage)))
        if words == 1:
            # A bare surname ("Zakharova", "Xi") names someone only if one person has it.
            return candidates[0] if len(candidates) == 1 else None
        matches = [
            person
            for person in candidates
            if any(_same_person(rest, known) for known in self.names_of[person])
        ]
        return matches[0] if len(matches) == 1 else None


def build_index(
    rows: Sequence[Holding],
    people: Mapping[str, Sequence[str]],
    combined: Mapping[str, dt.date | None],
) -> Index:
    """The :class:`Index` of *rows*, with the spellings in *people* and the rows' own
    variants, and the countries whose head of state also heads the government
    (*combined*, from the date given or always)."""
    variants = variants_by_person(rows, people)
    full = tuple(attrs.evolve(r, variants=variants.get(r.person, ())) for r in rows)
    grouped: dict[tuple[str, str], list[Holding]] = {}
    by_person: dict[str, list[Holding]] = {}
    for row in full:
        grouped.setdefault((row.country, row.role), []).append(row)
        by_person.setdefault(row.person, []).append(row)
    offices = {}
    for office, spans in grouped.items():
        spans.sort(key=lambda h: (h.start, h.person))
        offices[office] = (tuple(h.start for h in spans), tuple(spans))
    keys: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    lineages: dict[str, set[str]] = {}
    countries_of = {p: {h.country for h in hs} for p, hs in by_person.items()}
    for person in by_person:
        names = (person, *variants.get(person, ()))
        # A spelling of several words ending in a word that comes before the end of the
        # canonical name ("Sheikh Sabah Al-Khalid" of "Sabah Al-Khalid Al-Hamad Al-Sabah")
        # ends in a given name or a father's, not the surname: that word alone does not
        # name the person (a spelling of one word, "Lula", does).
        inner = set(_key_tokens(person)[:-1])
        for name in names:
            keys.setdefault(_name_key(name), person)
            surname = _surname_key(name)
            if name == person or surname not in inner or len(_key_tokens(name)) == 1:
                surnames.setdefault(surname, set()).add(person)
            if _may_have_lineage(name):
                lineages.setdefault(_lineage_key(name), set()).add(person)
        if countries_of[person] & _SURNAME_FIRST:
            surnames.setdefault(_name_key(person).split(" ")[0], set()).add(person)
    return Index(
        rows=full,
        offices=offices,
        by_person={p: tuple(sorted(hs, key=lambda h: h.start)) for p, hs in by_person.items()},
        keys=keys,
        surnames={k: tuple(sorted(v)) for k, v in surnames.items() if k},
        names_of={p: (p, *variants.get(p, ())) for p in by_person},
        combined=combined,
        lineages={k: tuple(sorted(v)) for k, v in lineages.items() if k},
    )
