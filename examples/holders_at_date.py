"""Who held an office on a given date, and which offices a person held.

Run: python examples/holders_at_date.py [YYYY-MM-DD]

Looks up a few offices (foreign ministers, heads of government and state) on one date
(default 2025-11-17) in dipnews's office-holder table, then the offices of one person
under several spellings of their name.
"""

from __future__ import annotations

import datetime as dt
import sys

from dipnews import holders

day = dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date(2025, 11, 17)
QUERIES = [
    ("IND", "FOREIGN_MINISTER"),
    ("RUS", "FOREIGN_MINISTER"),
    ("CHN", "FOREIGN_MINISTER"),
    ("USA", "FOREIGN_MINISTER"),
    ("IND", "HEAD_OF_GOVERNMENT"),
    ("RUS", "HEAD_OF_STATE"),
    ("RUS", "DEPUTY_HEAD_OF_GOVERNMENT"),
]

print(f"Office holders on {day}:")
for country, role in QUERIES:
    found = holders.at(country, role, day)
    names = ", ".join(f"{h.person} ({h.position}, since {h.start})" for h in found) or "-"
    print(f"  {country} {role:<26} {names}")

print("\nOne person, several spellings:")
for spelling in ("Sergei Lavrov", "Sergey Lavrov", "S. Lavrov"):
    canonical = holders.canonical_name(spelling)
    print(f"  {spelling!r:18} -> {canonical}")
for holding in holders.offices_of("Sergei Lavrov"):
    until = "today" if holding.end is None else holding.end.isoformat()
    print(f"  {holding.person}: {holding.position} ({holding.country}) {holding.start}..{until}")
