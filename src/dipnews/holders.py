"""Office holders, time-aware: who held which office when.

The facts are in ``data/holders.json``: one row per holding, shaped like a Wikidata
position-held (P39) statement. See :doc:`holders` for coverage and how to extend it, with
your own file through :func:`load`.

>>> import datetime as dt
>>> from dipnews import holders
>>> [h.person for h in holders.at("RUS", "FOREIGN_MINISTER", dt.date(2025, 11, 17))]
['Sergey Lavrov']
>>> [h.person for h in holders.at("USA", "FOREIGN_MINISTER", "2018-06-01")]
['Mike Pompeo']
>>> holders.canonical_name("Dr. S. Jaishankar"), holders.canonical_name("Sergei Lavrov")
('Subrahmanyam Jaishankar', 'Sergey Lavrov')
>>> [(h.country, h.role) for h in holders.offices_of("S Jaishankar", dt.date(2016, 1, 1))]
[('IND', 'SENIOR_DIPLOMAT')]

Conventions:

- ``end`` is the day the holding ended, which is normally the successor's first day, so
  :func:`at` on a hand-over day answers the successor only (``start <= day < end``).
- Single-holder offices (``HEAD_OF_STATE``, ``HEAD_OF_GOVERNMENT``, ``FOREIGN_MINISTER``,
  ``DEFENCE_MINISTER``, ``FINANCE_MINISTER``, ``TRADE_MINISTER``,
  ``NATIONAL_SECURITY_ADVISER`` per country; ``ORG_HEAD`` per organisation and position)
  never have two holders at once; other roles (deputy prime ministers, spokespersons...)
  may.
- Where one person heads both state and government (presidential systems such as the
  United States, Brazil or Indonesia; Türkiye since 2018-07-09) the table records only the
  ``HEAD_OF_STATE`` holding and lists the country under ``combined_head``; :func:`at` for
  ``HEAD_OF_GOVERNMENT`` then answers the head of state.
- Names are compared with :func:`dipnews.names.name_key` (case, diacritics,
  transliteration variants); a name that is not a listed spelling is matched to a known
  person with :func:`dipnews.names.same_person` among people of the same surname, if
  exactly one matches (``Sergey V. Lavrov``); a bare surname names a person only when
  nobody else in the table has it (``Zakharova`` yes, ``Patrushev`` no: two people).

Public API: :class:`Holding`, :func:`at`, :func:`offices_of`, :func:`canonical_name`,
:func:`by_surname`, :func:`load`, :func:`validate`, :func:`reset`, :func:`holdings`,
:data:`SINGLE_HOLDER_ROLES`, :data:`ORG_KEYS`, and :class:`Registry` for a private table.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from dipnews import countries
from dipnews._data import load_table
from dipnews._text import check_text
from dipnews._validate import ORGANISATION_KEYS
from dipnews.errors import DataError, InputTypeError
from dipnews.names import (
    _key_tokens,
    _lineage_key,
    _name_key,
    _same_person,
    _strip_honorifics,
    _surname_key,
    name_key,
    surname_key,
)
from dipnews.records import ROLE_CODES

__all__ = [
    "ORG_KEYS",
    "SINGLE_HOLDER_ROLES",
    "Holding",
    "Registry",
    "at",
    "by_surname",
    "canonical_name",
    "holdings",
    "load",
    "offices_of",
    "reset",
    "validate",
]

_TABLE = "holders.json"

#: Roles that one person holds at a time per country (per organisation and position for
#: ``ORG_HEAD``).
SINGLE_HOLDER_ROLES: frozenset[str] = frozenset(
    {
        "HEAD_OF_STATE",
        "HEAD_OF_GOVERNMENT",
        "FOREIGN_MINISTER",
        "DEFENCE_MINISTER",
        "FINANCE_MINISTER",
        "TRADE_MINISTER",
        "NATIONAL_SECURITY_ADVISER",
        "ORG_HEAD",
    }
)

#: Organisation keys accepted in ``country`` (the contract's forum ``org`` keys).
ORG_KEYS: frozenset[str] = ORGANISATION_KEYS

# Countries whose people are usually written surname first in English news: their first
# name token is indexed as a surname too (``Xi`` finds ``Xi Jinping``).
_SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "MNG"})

# The order in which a person's offices on one day are listed: the office a diplomatic
# story most likely means first (a deputy prime minister who is also foreign minister is
# listed as foreign minister first).
_SALIENCE = (
    "HEAD_OF_STATE",
    "HEAD_OF_GOVERNMENT",
    "ORG_HEAD",
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "DEPUTY_HEAD_OF_GOVERNMENT",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "NATIONAL_SECURITY_ADVISER",
    "DEPUTY_FOREIGN_MINISTER",
    "SENIOR_DIPLOMAT",
    "FOREIGN_MINISTRY_SPOKESPERSON",
    "SPECIAL_ENVOY",
    "AMBASSADOR",
    "OTHER_MINISTER",
    "ADVISER",
    "LEGISLATOR",
    "PARTY_LEADER",
)
_RANK = {role: rank for rank, role in enumerate(_SALIENCE)}

_REQUIRED = ("person", "position", "country", "role", "start", "end", "source")
_OPTIONAL = ("variants", "approximate", "note")


@attrs.frozen
class Holding:
    """One person holding one office for one span of time.

    ``end`` is ``None`` while in office (as of the data date); otherwise the day the
    holding ended, normally the successor's first day.
    """

    person: str
    position: str
    country: str
    role: str
    start: dt.date
    end: dt.date | None
    variants: tuple[str, ...] = ()
    source: str = ""
    approximate: bool = False

    def held_on(self, day: dt.date) -> bool:
        """Whether the holding covers *day* (``start <= day < end``)."""
        return self.start <= day and (self.end is None or day < self.end)


def _office(row: Holding | Mapping[str, Any]) -> tuple[str, ...]:
    if isinstance(row, Holding):
        country, role, position = row.country, row.role, row.position
    else:
        country, role, position = row["country"], row["role"], row["position"]
    return (country, role, position) if role == "ORG_HEAD" else (country, role)


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _row_problems(index: int, row: object, valid_places: frozenset[str]) -> list[str]:
    where = f"row {index}"
    if not isinstance(row, dict):
        return [f"{where}: not an object"]
    person = row.get("person")
    if isinstance(person, str) and person:
        where = f"row {index} ({person})"
    problems = [f"{where}: missing {key!r}" for key in _REQUIRED if key not in row]
    problems += [f"{where}: unknown key {key!r}" for key in row if key not in _REQUIRED + _OPTIONAL]
    if problems:
        return problems
    for key in ("person", "position", "source"):
        if not isinstance(row[key], str) or not row[key].strip():
            problems.append(f"{where}: {key!r} must be a non-empty string")
    if row["country"] not in valid_places:
        problems.append(f"{where}: unknown country or organisation {row['country']!r}")
    if row["role"] not in ROLE_CODES:
        problems.append(f"{where}: unknown role {row['role']!r}")
    start = _parse_date(row["start"])
    if start is None:
        problems.append(f"{where}: start {row['start']!r} is not an ISO date")
    end = None
    if row["end"] is not None:
        end = _parse_date(row["end"])
        if end is None:
            problems.append(f"{where}: end {row['end']!r} is not an ISO date or null")
    if start is not None and end is not None and not start < end:
        problems.append(f"{where}: start {start} is not before end {end}")
    variants = row.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) and v for v in variants):
        problems.append(f"{where}: 'variants' must be a list of non-empty strings")
    if not isinstance(row.get("approximate", False), bool):
        problems.append(f"{where}: 'approximate' must be true or false")
    if not isinstance(row.get("note", ""), str):
        problems.append(f"{where}: 'note' must be a string")
    return problems


def _overlap_problems(rows: Sequence[Holding]) -> list[str]:
    problems: list[str] = []
    by_office: dict[tuple[str, ...], list[Holding]] = {}
    for row in rows:
        if row.role in SINGLE_HOLDER_ROLES:
            by_office.setdefault(_office(row), []).append(row)
    for office, spans in by_office.items():
        spans.sort(key=lambda h: h.start)
        for before, after in itertools.pairwise(spans):
            if before.end is None or after.start < before.end:
                problems.append(
                    f"{'/'.join(office)}: {before.person} ({before.start} to "
                    f"{before.end or 'now'}) overlaps {after.person} (from {after.start})"
                )
    return problems


def _name_problems(rows: Sequence[Holding], people: Mapping[str, Sequence[str]]) -> list[str]:
    problems: list[str] = []
    canon_keys: dict[str, str] = {}
    for person in sorted({r.person for r in rows} | set(people)):
        key = name_key(person)
        other = canon_keys.setdefault(key, person)
        if other != person:
            problems.append(f"one person spelled two ways as canonical: {other!r}, {person!r}")
    owner: dict[str, str] = {}
    for person, names in _variants_by_person(rows, people).items():
        for variant in names:
            key = name_key(variant)
            if not key:
                problems.append(f"{person}: empty variant {variant!r}")
                continue
            if canon_keys.get(key, person) != person:
                problems.append(f"variant {variant!r} of {person} is {canon_keys[key]}'s name")
            elif owner.setdefault(key, person) != person:
                problems.append(f"variant {variant!r} names both {owner[key]} and {person}")
    return problems


def _variants_by_person(
    rows: Iterable[Holding], people: Mapping[str, Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for person, names in people.items():
        out.setdefault(person, []).extend(names)
    for row in rows:
        out.setdefault(row.person, []).extend(row.variants)
    return {p: tuple(dict.fromkeys(v for v in names if v != p)) for p, names in out.items()}


def _to_holding(row: Mapping[str, Any]) -> Holding:
    end = row["end"]
    return Holding(
        person=row["person"].strip(),
        position=row["position"].strip(),
        country=row["country"],
        role=row["role"],
        start=dt.date.fromisoformat(row["start"]),
        end=None if end is None else dt.date.fromisoformat(end),
        variants=tuple(row.get("variants", ())),
        source=row["source"],
        approximate=bool(row.get("approximate", False)),
    )


def _valid_places() -> frozenset[str]:
    return countries.codes() | ORG_KEYS


def _people_problems(people: object) -> list[str]:
    if not isinstance(people, dict):
        return ["'people' must be an object of name -> list of variants"]
    return [
        f"people[{name!r}]: variants must be a list of non-empty strings"
        for name, names in people.items()
        if not isinstance(names, list) or not all(isinstance(v, str) and v for v in names)
    ]


def validate(
    rows: Sequence[object], people: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """Every problem in holding *rows* (and the optional *people* variant map), or ``[]``.

    Checks: required keys and no unknown ones; ISO dates with ``start`` before ``end``;
    known country codes or organisation keys; role codes from the contract; no two holders
    of a single-holder office at once (a hand-over day shared by the predecessor's ``end``
    and the successor's ``start`` is fine); each canonical name spelled one way; every
    variant naming one person only.

    >>> from dipnews.holders import validate
    >>> row = {"person": "A B", "position": "P", "country": "XXX", "role": "KING",
    ...        "start": "2020-13-01", "end": None, "source": "s"}
    >>> for problem in validate([row]):
    ...     print(problem)
    row 0 (A B): unknown country or organisation 'XXX'
    row 0 (A B): unknown role 'KING'
    row 0 (A B): start '2020-13-01' is not an ISO date
    """
    places = _valid_places()
    problems: list[str] = []
    good: list[Holding] = []
    for index, row in enumerate(rows):
        row_problems = _row_problems(index, row, places)
        problems += row_problems
        if not row_problems and isinstance(row, dict):
            good.append(_to_holding(row))
    people = {} if people is None else people
    problems += _people_problems(people)
    if not problems:
        problems += _overlap_problems(good)
        problems += _name_problems(good, people)
    return problems


def _parse_file(data: object, table: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    if not isinstance(data, dict):
        raise DataError("the file must hold a JSON object", table=table)
    if not isinstance(data.get("schema_version"), int):
        raise DataError("missing integer 'schema_version'", table=table)
    if data["schema_version"] != 1:
        raise DataError(f"unsupported schema_version {data['schema_version']}", table=table)
    rows = data.get("holders")
    if not isinstance(rows, list):
        raise DataError("'holders' must be a list of rows", table=table)
    people = data.get("people", {})
    combined = data.get("combined_head", {})
    if not isinstance(combined, dict) or not all(
        v is None or _parse_date(v) is not None for v in combined.values()
    ):
        raise DataError("'combined_head' must map codes to an ISO date or null", table=table)
    if not isinstance(people, dict):
        raise DataError("'people' must map names to lists of variants", table=table)
    return rows, people, combined


def _valid_file(data: object, table: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """:func:`_parse_file`, then :func:`validate`: raises DataError listing the problems."""
    rows, people, combined = _parse_file(data, table)
    problems = validate(rows, people)
    if problems:
        raise DataError("; ".join(problems[:20]), table=table)
    return rows, people, combined


@attrs.frozen
class _Index:
    rows: tuple[Holding, ...]
    offices: Mapping[tuple[str, str], tuple[tuple[dt.date, ...], tuple[Holding, ...]]]
    by_person: Mapping[str, tuple[Holding, ...]]
    keys: Mapping[str, str]
    surnames: Mapping[str, tuple[str, ...]]
    names_of: Mapping[str, tuple[str, ...]]
    combined: Mapping[str, dt.date | None]
    lineages: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


def _build(
    rows: Sequence[Holding],
    people: Mapping[str, Sequence[str]],
    combined: Mapping[str, dt.date | None],
) -> _Index:
    variants = _variants_by_person(rows, people)
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
        for name in names:
            keys.setdefault(name_key(name), person)
            surnames.setdefault(surname_key(name), set()).add(person)
            lineages.setdefault(_lineage_key(name), set()).add(person)
        if countries_of[person] & _SURNAME_FIRST:
            surnames.setdefault(name_key(person).split(" ")[0], set()).add(person)
    return _Index(
        rows=full,
        offices=offices,
        by_person={p: tuple(sorted(hs, key=lambda h: h.start)) for p, hs in by_person.items()},
        keys=keys,
        surnames={k: tuple(sorted(v)) for k, v in surnames.items() if k},
        names_of={p: (p, *variants.get(p, ())) for p in by_person},
        combined=combined,
        lineages={k: tuple(sorted(v)) for k, v in lineages.items() if k},
    )


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = _parse_date(value)
        if parsed is not None:
            return parsed
    raise InputTypeError(f"expected a datetime.date or ISO date string, not {value!r}")


#: Distinct names whose canonical form a registry remembers before starting afresh.
_CANONICAL_CACHE = 65_536


def _is_text(value: object) -> bool:
    """Whether *value* is a string (name lookups answer "unknown" for anything else)."""
    return isinstance(value, str)


class Registry:
    """A table of holdings with its indexes; the module functions use a shared default.

    Build one from rows to keep a private table (``Registry.from_rows(rows)``); add a file
    with :meth:`load`. Lookups never scan the whole table: offices are indexed by
    (country, role) with their start dates for bisection, names by their
    :func:`~dipnews.names.name_key` and by surname.
    """

    def __init__(
        self,
        rows: Sequence[Holding] = (),
        people: Mapping[str, Sequence[str]] | None = None,
        combined: Mapping[str, dt.date | None] | None = None,
    ) -> None:
        self._rows = list(rows)
        self._people: dict[str, list[str]] = {k: list(v) for k, v in (people or {}).items()}
        self._combined: dict[str, dt.date | None] = dict(combined or {})
        self._index = _build(self._rows, self._people, self._combined)
        self._lock = threading.Lock()
        # Canonical names already looked up, for the index they were looked up in.
        self._canonical: tuple[_Index, dict[str, str | None]] = (self._index, {})

    @classmethod
    def from_data(cls, data: object, *, table: str = "<data>") -> Registry:
        """A registry from a parsed holdings document; raises DataError if invalid."""
        rows, people, combined = _valid_file(data, table)
        return cls(
            [_to_holding(r) for r in rows],
            people,
            {k: _parse_date(v) for k, v in combined.items()},
        )

    # -- lookups -----------------------------------------------------------------------

    def at(self, country: str, role: str, date: dt.date | str) -> list[Holding]:
        """Holders of *role* in *country* (code or organisation key) on *date*."""
        day = _as_date(date)
        index = self._index
        found = self._at(index, country, role, day)
        if not found and role == "HEAD_OF_GOVERNMENT" and country in index.combined:
            since = index.combined[country]
            if since is None or since <= day:
                found = self._at(index, country, "HEAD_OF_STATE", day)
        return found

    @staticmethod
    def _at(index: _Index, country: str, role: str, day: dt.date) -> list[Holding]:
        entry = index.offices.get((country, role))
        if entry is None:
            return []
        starts, spans = entry
        upto = bisect.bisect_right(starts, day)
        return [h for h in spans[:upto] if h.held_on(day)]

    def canonical_name(self, name: str) -> str | None:
        """The canonical full name for any known spelling of a person, or ``None``."""
        if not _is_text(name):
            return None
        return self._canonical_name(check_text(name, what="name"))

    def _canonical_name(self, name: str) -> str | None:
        """:meth:`canonical_name` of a ``str`` already checked."""
        if not name.strip():
            return None
        index = self._index
        seen_in, cache = self._canonical
        if seen_in is not index:  # the table changed (load): earlier answers may not hold
            cache = {}
            self._canonical = (index, cache)
        if name in cache:
            return cache[name]
        found = self._canonical_in(index, name)
        if len(cache) >= _CANONICAL_CACHE:
            cache.clear()
        cache[name] = found
        return found

    @staticmethod
    def _canonical_in(index: _Index, name: str) -> str | None:
        found = index.keys.get(_name_key(name))
        if found is not None:
            return found
        rest, _ = _strip_honorifics(name.strip())
        found = index.keys.get(_name_key(rest))
        if found is not None:
            return found
        candidates = index.surnames.get(_surname_key(rest), ())
        words = len(_key_tokens(rest))
        if words > 1:
            # "Faisal bin Farhan bin Abdullah": the same given name and father as a known
            # "Faisal bin Farhan Al Saud", though the last words differ.
            lineage = index.lineages.get(_lineage_key(rest), ())
            candidates = tuple(dict.fromkeys((*candidates, *lineage)))
        if words == 1:
            # A bare surname ("Zakharova", "Xi") names someone only if one person has it.
            return candidates[0] if len(candidates) == 1 else None
        matches = [
            person
            for person in candidates
            if any(_same_person(rest, known) for known in index.names_of[person])
        ]
        return matches[0] if len(matches) == 1 else None

    def offices_of(self, name: str, date: dt.date | str | None = None) -> list[Holding]:
        """The holdings of the person named *name*, only those held on *date* if given.

        Without a date: every holding, oldest first. With one: the holdings of that day,
        the most salient first (head of state or government, organisation head, foreign
        minister, defence minister, deputy prime minister, ...; then by start).
        """
        if not _is_text(name):
            return []
        return self._offices_of(check_text(name, what="name"), date)

    def _offices_of(self, name: str, date: dt.date | str | None) -> list[Holding]:
        """:meth:`offices_of` of a ``str`` already checked."""
        person = self._canonical_name(name)
        if person is None:
            return []
        found = self._index.by_person.get(person, ())
        if date is None:
            return list(found)
        day = _as_date(date)
        held = [h for h in found if h.held_on(day)]
        return sorted(held, key=lambda h: (_RANK.get(h.role, len(_RANK)), h.start))

    def by_surname(self, surname: str) -> list[str]:
        """Canonical names of people with that surname (folded; sorted)."""
        if not _is_text(surname):
            return []
        return self._by_surname(check_text(surname, what="surname"))

    def _by_surname(self, surname: str) -> list[str]:
        """:meth:`by_surname` of a ``str`` already checked."""
        return list(self._index.surnames.get(_surname_key(surname), ()))

    def holdings(self) -> Iterator[Holding]:
        """Every holding in the table."""
        return iter(self._index.rows)

    # -- extending ---------------------------------------------------------------------

    def load(self, path: str | Path) -> int:
        """Add the holdings in the JSON file at *path* (same schema); return how many.

        A user's holding of a single-holder office that starts while a row of the table is
        still open (``end: null``) closes that row on the new holder's start, so a file can
        bring the table up to date. Any other problem raises
        :class:`~dipnews.errors.DataError` listing what is wrong, and nothing is added.
        """
        table = str(path)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise DataError(f"cannot read: {exc}", table=table) from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DataError(f"not valid JSON: {exc}", table=table) from exc
        except RecursionError as exc:
            raise DataError("not valid JSON: nested too deeply", table=table) from exc
        rows, people, combined = _valid_file(data, table)
        new = [_to_holding(r) for r in rows]
        with self._lock:
            merged = _close_open(self._rows, new)
            all_people = {k: list(v) for k, v in self._people.items()}
            for person, names in people.items():
                all_people.setdefault(person, []).extend(names)
            plain = [attrs.evolve(r, variants=()) for r in merged]
            problems = _overlap_problems(plain) + _name_problems([*plain, *new], {**all_people})
            if problems:
                raise DataError("; ".join(problems[:20]), table=table)
            self._rows = merged
            self._people = all_people
            self._combined.update({k: _parse_date(v) for k, v in combined.items()})
            self._index = _build(self._rows, self._people, self._combined)
        return len(new)


def _close_open(old: Sequence[Holding], new: Sequence[Holding]) -> list[Holding]:
    latest: dict[tuple[str, ...], dt.date] = {}
    for row in new:
        if row.role in SINGLE_HOLDER_ROLES:
            office = _office(row)
            if office not in latest or row.start > latest[office]:
                latest[office] = row.start
    out: list[Holding] = []
    for row in old:
        start = latest.get(_office(row)) if row.role in SINGLE_HOLDER_ROLES else None
        if row.end is None and start is not None and row.start < start:
            row = attrs.evolve(row, end=start)
        out.append(row)
    return [*out, *new]


@functools.cache
def _package_registry() -> Registry:
    return Registry.from_data(load_table(_TABLE), table=_TABLE)


_default: list[Registry] = []
_default_lock = threading.Lock()


def _registry() -> Registry:
    if not _default:
        with _default_lock:
            if not _default:
                base = _package_registry()
                _default.append(Registry(base._rows, base._people, base._combined))
    return _default[0]


def at(country: str, role: str, date: dt.date | str) -> list[Holding]:
    """Holders of *role* in *country* on *date* (several for multi-holder roles).

    >>> from dipnews.holders import at
    >>> [h.person for h in at("IND", "HEAD_OF_GOVERNMENT", "2016-01-01")]
    ['Narendra Modi']
    >>> [h.person for h in at("USA", "HEAD_OF_GOVERNMENT", "2025-06-01")]
    ['Donald Trump']
    """
    return _registry().at(country, role, date)


def offices_of(name: str, date: dt.date | str | None = None) -> list[Holding]:
    """The holdings of the person whose name or any spelling of it is *name*."""
    return _registry().offices_of(name, date)


def canonical_name(name: str) -> str | None:
    """The canonical full name for any known spelling, or ``None``.

    >>> from dipnews.holders import canonical_name
    >>> canonical_name("Zelenskiy") is None or canonical_name("Zelenskiy") == "Volodymyr Zelensky"
    True
    >>> canonical_name("Nobody Atall") is None
    True
    """
    return _registry().canonical_name(name)


def by_surname(surname: str) -> list[str]:
    """Canonical names of people with that surname.

    >>> from dipnews.holders import by_surname
    >>> by_surname("Patrushev")
    ['Dmitry Patrushev', 'Nikolai Patrushev']
    """
    return _registry().by_surname(surname)


# For the package's own callers, which pass text already checked (officials resolves
# names cut from an article): the lookups above without their input checks.


def _canonical_name(name: str) -> str | None:
    return _registry()._canonical_name(name)


def _offices_of(name: str, date: dt.date | str | None = None) -> list[Holding]:
    return _registry()._offices_of(name, date)


def _by_surname(surname: str) -> list[str]:
    return _registry()._by_surname(surname)


def holdings() -> Iterator[Holding]:
    """Every holding in the shared table (the package's plus any loaded files)."""
    return _registry().holdings()


def load(path: str | Path) -> int:
    """Add a user's holdings file to the shared table; see :meth:`Registry.load`."""
    return _registry().load(path)


def reset() -> None:
    """Forget loaded files: the shared table goes back to the package's own data."""
    with _default_lock:
        _default.clear()
