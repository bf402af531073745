"""Month and weekday names shared by the header and temporal grammars.

One table serves both, so ``Sept``, ``Sept.``, ``September`` and ``SEPT`` mean the same
month everywhere in dipnews.
"""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_PATTERN", "WEEKDAYS", "WEEKDAY_PATTERN", "month_number"]

#: Lower-cased month names and abbreviations (without a final dot) to month numbers.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Lower-cased weekday names and abbreviations to ``date.weekday()`` numbers (Monday 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip


def _alternation(names: dict[str, int]) -> str:
    # Longest first so "september" wins over "sep"; an abbreviation may take a dot.
    full = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(n if len(n) > 4 or n == "may" else n + r"\.?" for n in full) + ")"


#: A case-insensitive regex fragment (no groups) matching any month name or abbreviation
#: with an optional dot after an abbreviation. Use it with ``regex.IGNORECASE`` and word
#: boundaries of your own.
MONTH_PATTERN = _alternation(MONTHS)

#: The same for weekday names.
WEEKDAY_PATTERN = _alternation(WEEKDAYS)


def month_number(name: str) -> int | None:
    """The month number of *name* (``"Sept."`` gives 9), or ``None``.

    >>> month_number("Sept."), month_number("NOV"), month_number("Smarch")
    (9, 11, None)
    """
    return MONTHS.get(name.strip().rstrip(".").lower())
