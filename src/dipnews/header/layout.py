"""The layout of an article: where its head and tail lie, and what a paragraph looks like.

The head (its first :data:`HEAD_LINES` non-blank lines, within :data:`HEAD_CHARS`
characters) holds the dateline, and its top (the first :data:`TOP_LINES` lines, within
:data:`TOP_CHARS`) the metadata line and the byline; the tail (the last
:data:`TAIL_CHARS` characters) holds sign-offs. Anything else is read only by scans
anchored on fixed words, each stopping after :data:`MAX_SCAN_MATCHES` matches.

>>> from dipnews.header.layout import head_lines
>>> text = "Headline\\n\\n  NEW DELHI: The talks began.\\n"
>>> [text[s:e] for s, e in head_lines(text)]
['Headline', 'NEW DELHI: The talks began.']
"""

from __future__ import annotations

from collections.abc import Iterator

from dipnews.header.grammar import INVISIBLE, SENTENCE_END_RE
from dipnews.header.spans import blank_char
from dipnews.header.vocabulary import words

__all__ = [
    "HEAD_CHARS",
    "HEAD_LINES",
    "MAX_SCAN_MATCHES",
    "TAIL_CHARS",
    "TOP_CHARS",
    "TOP_LINES",
    "blank_before",
    "head_lines",
    "is_paragraph",
    "tail_start",
]

#: How far into the text the dateline is looked for (scraped pages put headlines,
#: captions, stamps and menus before it).
HEAD_CHARS = 2000
#: How much of the end of the text is searched for sign-offs and trailers.
TAIL_CHARS = 600
#: At most this many non-blank lines of the head are examined.
HEAD_LINES = 25
#: The top of the head, where the metadata date line and the bylines are looked for:
#: this many non-blank lines, within :data:`TOP_CHARS` characters.
TOP_LINES = 8
#: How far into the text the top of the head reaches.
TOP_CHARS = 800
#: At most this many matches of each anchored credit scan are read: a real article has a
#: handful, and the bound keeps a pathological text ("inputs from" a million times) cheap.
MAX_SCAN_MATCHES = 32


def head_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first non-blank lines, trimmed of outer white space."""
    limit = min(len(text), HEAD_CHARS)
    pos = 0
    count = 0
    while pos < limit and count < HEAD_LINES:
        nl = text.find("\n", pos, limit)
        end = limit if nl < 0 else nl
        s, e = pos, end
        while s < e and (text[s].isspace() or text[s] in INVISIBLE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in INVISIBLE):
            e -= 1
        if s < e:
            count += 1
            yield s, e
        if nl < 0:
            break
        pos = nl + 1


def tail_start(text: str) -> int:
    """Where the tail begins: the first line start in the last :data:`TAIL_CHARS`."""
    start = max(0, len(text) - TAIL_CHARS)
    nl = text.find("\n", start)
    if start > 0 and nl >= 0:
        start = nl + 1
    return start


def blank_before(text: str, line_start: int) -> bool:
    """Whether the line starting at *line_start* follows a blank line (opens a paragraph)."""
    prev_end = text.rfind("\n", 0, line_start)
    if prev_end < 0:
        return True
    prev_start = text.rfind("\n", 0, prev_end)
    return all(blank_char(c) for c in text[prev_start + 1 : prev_end])


def is_paragraph(text: str, s: int, e: int) -> bool:
    """Whether a head line reads as body text rather than a headline or a byline."""
    line = text[s:e]
    return len(line) >= 200 or (len(words(line)) >= 8 and bool(SENTENCE_END_RE.search(line)))
