"""Folding shared by the comparison keys of several tables (countries, names, titles, agencies).

Each key function folds case, punctuation and spacing in its own way; what they share is
here, so that one accent or apostrophe is folded alike everywhere.

>>> from dipnews._fold import strip_marks
>>> strip_marks("Türkiye"), strip_marks("Côte d’Ivoire"), strip_marks("Erdoğan")
('Turkiye', 'Cote d’Ivoire', 'Erdogan')
"""

from __future__ import annotations

import unicodedata

__all__ = ["APOSTROPHES", "strip_marks"]

#: Characters written for an apostrophe besides ``'``: curly quotes, the modifier letter
#: apostrophe, the grave and acute accents (a regex character-class body).
APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"


def strip_marks(text: str) -> str:
    """*text* in compatibility decomposition (NFKD) without its combining marks (``é`` ->
    ``e``); case is kept."""
    if text.isascii():
        return text  # nothing to decompose, no marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
