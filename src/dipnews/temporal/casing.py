"""Scanning a lower-cased copy of a text instead of the text, case-blind.

The start words of dates and the cue words of tense are looked for with large
alternations. Run case-sensitively on ``text.lower()`` they cost less than run
case-insensitively on the text, and they find the same places: :meth:`str.lower` keeps
every character's length and word-ness but for ``"İ"``, and maps to an ASCII letter what
``regex``'s ``IGNORECASE`` matches with it but for ``"ſ"``. A text holding either is
read case-blind instead.
"""

from __future__ import annotations

__all__ = ["LOWER_UNSAFE", "lower_reads_alike"]

#: The characters for which a scan of ``text.lower()`` may differ from a case-blind one.
LOWER_UNSAFE = ("ſ", "İ")


def lower_reads_alike(text: str) -> bool:
    """Whether a case-sensitive scan of ``text.lower()`` finds what a case-blind scan of
    *text* finds (with lower-case patterns).

    >>> lower_reads_alike("Sept. 5"), lower_reads_alike("İstanbul, 1ſt May")
    (True, False)
    """
    return not any(c in text for c in LOWER_UNSAFE)
