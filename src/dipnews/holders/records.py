"""One person holding one office for one span of time, and how a row of a holdings file
becomes one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = [
    "SINGLE_HOLDER_ROLES",
    "Holding",
    "holding_from_row",
    "office",
    "parse_date",
    "variants_by_person",
]

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


@attrs.frozen
class Holding:
    """One person holding one office for one span of time.

    ``end`` is ``None`` while in office (as of the data date); otherwise the day the
    holding ended, normally the successor's first day. ``verified``, on an open holding,
    is the date of the latest report the row was checked against that shows the person in
    office (``None`` where the row was not re-checked). ``union`` names the country whose
    office the person holds this one in personal union with (the King of the United
    Kingdom as King of Canada: ``"GBR"``); a lookup by person lists such holdings last.
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
    verified: dt.date | None = None
    union: str | None = None

    def held_on(self, day: dt.date) -> bool:
        """Whether the holding covers *day* (``start <= day < end``)."""
        return self.start <= day and (self.end is None or day < self.end)


def office(row: Holding | Mapping[str, Any]) -> tuple[str, ...]:
    """The office a holding (or a row of a file) is of: country and role, and the position
    for ``ORG_HEAD`` (an organisation has several heads, one per position)."""
    if isinstance(row, Holding):
        country, role, position = row.country, row.role, row.position
    else:
        country, role, position = row["country"], row["role"], row["position"]
    return (country, role, position) if role == "ORG_HEAD" else (country, role)


def parse_date(value: object) -> dt.date | None:
    """An ISO date string as a date, or ``None`` if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def holding_from_row(row: Mapping[str, Any]) -> Holding:
    """A :class:`Holding` from a row of a holdings file already checked."""
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
        verified=parse_date(row.get("verified")),
        union=row.get("union"),
    )


def variants_by_person(
    rows: Iterable[Holding], people: Mapping[str, Iterable[str]]
) -> dict[str, tuple[str, ...]]:
    """Every person's other spellings: from the file's ``people`` map and the rows'
    ``variants``, in order, without repeats or the canonical name itself."""
    out: dict[str, list[str]] = {}
    for person, names in people.items():
        out.setdefault(person, []).extend(names)
    for row in rows:
        out.setdefault(row.person, []).extend(row.variants)
    return {p: tuple(dict.fromkeys(v for v in names if v != p)) for p, names in out.items()}
