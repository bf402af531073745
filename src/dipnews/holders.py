"""Office holders, time-aware: who held which office when.

STUB: the table ``data/holders.json`` and this API are being written (issue 3).

Public API (stable; other components code against it):

- ``Holding``: attrs frozen record: ``person`` (canonical full name), ``position`` (the
  local title, e.g. ``"External Affairs Minister"``), ``country`` (ISO alpha-3 or org
  key), ``role`` (a role code), ``start: date``, ``end: date | None`` (None = still in
  office), ``variants: tuple[str, ...]`` (other spellings of the name), ``source: str``.
- ``at(country, role, date) -> list[Holding]``: holders of that role in that country on
  that date (several for multi-holder roles such as deputy prime ministers).
- ``offices_of(name, date=None) -> list[Holding]``: the holdings of the person whose
  canonical name or any variant (case-, diacritic- and transliteration-folded) is *name*,
  optionally only those held on *date*.
- ``canonical_name(name) -> str | None``: the canonical full name for any known variant.
- ``by_surname(surname) -> list[str]``: canonical names of people with that surname.
- ``load(path)``: read a user's own holdings file (same JSON schema) and add it.
"""

from __future__ import annotations

__all__: list[str] = []
