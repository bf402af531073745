"""Regular-expression fragments shared by several components' grammars.

>>> import regex
>>> from dipnews._patterns import LINE_SPACE
>>> bool(regex.fullmatch(LINE_SPACE, " \\n  ")), bool(regex.fullmatch(LINE_SPACE, "\\n\\n"))
(True, False)
"""

from __future__ import annotations

__all__ = ["LINE_SPACE"]

#: One run of horizontal space with at most one line break in it: a name or phrase may wrap
#: across a line (hard-wrapped wire copy) but never across a paragraph break. Possessive, so
#: it never backtracks.
LINE_SPACE = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"
