"""A table of holdings with its indexes: :class:`Registry`, its lookups and loading."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from dipnews._text import check_text
from dipnews.errors import DataError, InputTypeError
from dipnews.holders.checks import (
    name_problems,
    overlap_problems,
    parse_document,
    read_document,
)
from dipnews.holders.index import Index, build_index
from dipnews.holders.records import (
    SINGLE_HOLDER_ROLES,
    Holding,
    holding_from_row,
    office,
    parse_date,
)
from dipnews.names import _surname_key

__all__ = ["Registry", "read_json"]

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

#: Distinct names whose canonical form a registry remembers before starting afresh.
_CANONICAL_CACHE = 65_536


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is not None:
            return parsed
    raise InputTypeError(f"expected a datetime.date or ISO date string, not {value!r}")


def _is_text(value: object) -> bool:
    """Whether *value* is a string (name lookups answer "unknown" for anything else)."""
    return isinstance(value, str)


class Registry:
    """A table of holdings with its indexes; the module functions use a shared default.

    Build one from rows to keep a private table (``Registry(rows)``); add a file
    with :meth:`load`. Lookups never scan the whole table: offices are indexed by
    (country, role) with their start dates for bisection, names by their
    :func:`~dipnews.names.name_key` and by surname.

    The lookups by name have twins without input checks (``_canonical_name``,
    ``_offices_of``, ``_by_surname``) for the package's own callers, which pass names cut
    from a text already checked (:mod:`dipnews.officials`): each check reads the
    environment's size limit.
    """

    def __init__(
        self,
        rows: Sequence[Holding] = (),
        people: Mapping[str, Sequence[str]] | None = None,
        combined: Mapping[str, dt.date | None] | None = None,
        *,
        data_date: dt.date | None = None,
    ) -> None:
        self._fill(rows, people, combined, data_date, None)

    def _fill(
        self,
        rows: Sequence[Holding],
        people: Mapping[str, Sequence[str]] | None,
        combined: Mapping[str, dt.date | None] | None,
        data_date: dt.date | None,
        index: Index | None,
    ) -> None:
        """Set this registry up; *index*, where given, is that of these very rows, people
        and combined heads (a copy's), else it is built."""
        self._rows = list(rows)
        self._people: dict[str, list[str]] = {k: list(v) for k, v in (people or {}).items()}
        self._combined: dict[str, dt.date | None] = dict(combined or {})
        #: The day the table is known to be current for (an open row is in office then),
        #: or ``None`` where the table does not say.
        self.data_date = data_date
        self._index = index or build_index(self._rows, self._people, self._combined)
        self._lock = threading.Lock()
        # Canonical names already looked up, for the index they were looked up in.
        self._canonical: tuple[Index, dict[str, str | None]] = (self._index, {})

    def __reduce__(self) -> tuple[type[Registry], tuple[Any, ...], dict[str, Any]]:
        # Pickled as its rows (for worker processes); the indexes are built again there.
        args = (self._rows, self._people, self._combined)
        return (Registry, args, {"data_date": self.data_date})

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.data_date = state["data_date"]

    @classmethod
    def from_data(cls, data: object, *, table: str = "<data>", checked: bool = False) -> Registry:
        """A registry from a parsed holdings document; raises DataError if invalid.

        *checked* says the document's rows were validated already (the package's own
        table, which its tests validate): only its shape is checked then.
        """
        rows, people, combined = (parse_document if checked else read_document)(data, table)
        return cls(
            [holding_from_row(r) for r in rows],
            people,
            {k: parse_date(v) for k, v in combined.items()},
            data_date=_data_date(data),
        )

    def copy(self) -> Registry:
        """A registry of the same rows, people and combined heads, extended apart."""
        twin = Registry.__new__(Registry)
        twin._fill(self._rows, self._people, self._combined, self.data_date, self._index)
        return twin

    # -- lookups -----------------------------------------------------------------------

    def at(self, country: str, role: str, date: dt.date | str) -> list[Holding]:
        """Holders of *role* in *country* (code or organisation key) on *date*."""
        day = _as_date(date)
        index = self._index
        found = index.holders_at(country, role, day)
        if not found and role == "HEAD_OF_GOVERNMENT" and country in index.combined:
            since = index.combined[country]
            if since is None or since <= day:
                found = index.holders_at(country, "HEAD_OF_STATE", day)
        return found

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
        found = index.canonical(name)
        if len(cache) >= _CANONICAL_CACHE:
            cache.clear()
        cache[name] = found
        return found

    def offices_of(self, name: str, date: dt.date | str | None = None) -> list[Holding]:
        """The holdings of the person named *name*, only those held on *date* if given.

        Without a date: every holding, oldest first (those held in personal union with
        another country's office after the rest). With one: the holdings of that day,
        the most salient first (head of state or government, organisation head, foreign
        minister, defence minister, deputy prime minister, ...; then by start), those held
        in personal union with another country's office last.
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
            return sorted(found, key=lambda h: (h.union is not None, h.start))
        day = _as_date(date)
        held = [h for h in found if h.held_on(day)]
        return sorted(
            held, key=lambda h: (h.union is not None, _RANK.get(h.role, len(_RANK)), h.start)
        )

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

    def extended(self, data: object, *, table: str = "<data>") -> Registry:
        """A new registry: this one's holdings and those of the holdings document *data*
        (a parsed file of the same schema), this one left as it is.

        A holding of a single-holder office in *data* that starts while a row of this table
        is still open (``end: null``) closes that row on the new holder's start, so a file
        can bring the table up to date. The data date becomes the document's
        ``data_date`` where that is later. Any problem raises
        :class:`~dipnews.errors.DataError` listing what is wrong (*table* names the
        document in it).
        """
        rows, people, combined = read_document(data, table)
        new = [holding_from_row(r) for r in rows]
        merged = _close_open(self._rows, new)
        all_people = {k: list(v) for k, v in self._people.items()}
        for person, names in people.items():
            all_people.setdefault(person, []).extend(names)
        plain = [attrs.evolve(r, variants=()) for r in merged]
        problems = overlap_problems(plain) + name_problems([*plain, *new], {**all_people})
        if problems:
            raise DataError("; ".join(problems[:20]), table=table)
        dates = [d for d in (self.data_date, _data_date(data)) if d is not None]
        return Registry(
            merged,
            all_people,
            {**self._combined, **{k: parse_date(v) for k, v in combined.items()}},
            data_date=max(dates) if dates else None,
        )

    def load(self, path: str | Path) -> int:
        """Add the holdings in the JSON file at *path* (same schema) to this registry, in
        place; return how many. See :meth:`extended`, which leaves the registry as it is;
        nothing is added where the file has a problem."""
        table = str(path)
        data = read_json(path, table)
        grown = self.extended(data, table=table)
        with self._lock:
            self._rows, self._people = grown._rows, grown._people
            self._combined, self.data_date = grown._combined, grown.data_date
            self._index = grown._index
        return len(data["holders"])


def _data_date(data: object) -> dt.date | None:
    """A holdings document's ``data_date``, if it gives one."""
    return parse_date(data.get("data_date")) if isinstance(data, dict) else None


def read_json(path: str | Path, table: str) -> Any:
    """The JSON document in the file at *path*; a :class:`~dipnews.errors.DataError` naming
    *table* if it cannot be read or parsed."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"cannot read: {exc}", table=table) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"not valid JSON: {exc}", table=table) from exc
    except RecursionError as exc:
        raise DataError("not valid JSON: nested too deeply", table=table) from exc


def _close_open(old: Sequence[Holding], new: Sequence[Holding]) -> list[Holding]:
    """*old* then *new*, each open row of *old* closed on the start of the latest new
    holding of its single-holder office that starts after it."""
    latest: dict[tuple[str, ...], dt.date] = {}
    for row in new:
        if row.role in SINGLE_HOLDER_ROLES:
            held = office(row)
            if held not in latest or row.start > latest[held]:
                latest[held] = row.start
    out: list[Holding] = []
    for row in old:
        start = latest.get(office(row)) if row.role in SINGLE_HOLDER_ROLES else None
        if row.end is None and start is not None and row.start < start:
            row = attrs.evolve(row, end=start)
        out.append(row)
    return [*out, *new]
