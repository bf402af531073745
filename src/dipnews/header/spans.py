"""Spans of the text: trimming them and cutting them at separators.

The header works on ``(start, end)`` offsets into the whole text, so that every record
it builds carries offsets where ``text[start:end]`` is its surface.

>>> from dipnews.header.spans import split_list, trim
>>> text = "(APP / Xinhua)"
>>> [text[s:e] for s, e in split_list(text, 1, 13)], trim(text, 0, len(text))
(['APP', 'Xinhua'], (1, 13))
"""

from __future__ import annotations

from collections.abc import Iterator

from dipnews.header.grammar import AGENCY_LIST_SPLIT_RE, INVISIBLE, NAME_SPLIT_RE

__all__ = ["blank_char", "split_at", "split_list", "split_names", "squash", "trim"]


def blank_char(char: str) -> bool:
    """Whether *char* is white space or an invisible character."""
    return char.isspace() or char in INVISIBLE


def trim(text: str, start: int, end: int, chars: str = ".,:;()[]-–—\"'") -> tuple[int, int]:
    """Narrow *start:end* past white space, invisible characters and *chars*."""
    while start < end and (text[start] in chars or blank_char(text[start])):
        start += 1
    while end > start and (text[end - 1] in chars or blank_char(text[end - 1])):
        end -= 1
    return start, end


def squash(value: str) -> str:
    """*value* with every run of white space (no-break spaces too) made one space."""
    return " ".join(value.split())


def split_list(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of *text[start:end]* between agency-list separators (``/``, ``,``, ``and``)."""
    pos = start
    for m in AGENCY_LIST_SPLIT_RE.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of *text[start:end]* between name-list separators (``,``, ``&``, ``and``)."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in NAME_SPLIT_RE.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def split_at(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between occurrences of the one-character *separator*."""
    spans: list[tuple[int, int]] = []
    pos = start
    i = text.find(separator, start, end)
    while i >= 0:
        spans.append((pos, i))
        pos = i + 1
        i = text.find(separator, pos, end)
    spans.append((pos, end))
    return spans
