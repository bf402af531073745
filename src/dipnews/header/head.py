"""The head, line by line: bylines and the dateline, until the body starts.

:func:`read_head` walks the content of the head lines (after any metadata date, see
:mod:`dipnews.header.metadata`) in order. A line is a byline (in any of the forms of
:mod:`dipnews.header.bylines`), else it may be the dateline
(:mod:`dipnews.header.dateline`): a strong one is taken at once, a weak one only where it
opens a paragraph of body text, and a place alone on its line only if no dateline
follows. The walk stops at the first line that reads as body text.

>>> from dipnews.header.layout import head_lines
>>> from dipnews.header.metadata import scan_metadata
>>> text = "By Jane Doe\\nGENEVA: The talks began on Monday in the Palais des Nations."
>>> lines = list(head_lines(text))
>>> head = read_head(text, lines, scan_metadata(text, lines), None)
>>> [b.name for b in head.bylines], head.dateline.place
(['Jane Doe'], 'GENEVA')
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from dipnews.header.bylines import bare_name, byline_line, name_role_line
from dipnews.header.dateline import dateline_at, dateline_follows, place_line, weak_ok
from dipnews.header.layout import blank_before, is_paragraph
from dipnews.header.metadata import MetadataScan
from dipnews.records import AgencyCredit, Byline, Dateline

__all__ = ["Head", "read_head"]


@dataclasses.dataclass(slots=True)
class Head:
    """What the head lines give, filled in line by line by :func:`read_head`."""

    #: The people of the head's bylines, in order.
    bylines: list[Byline] = dataclasses.field(default_factory=list)
    #: The agencies credited in the bylines, then those of the dateline.
    credits: list[AgencyCredit] = dataclasses.field(default_factory=list)
    #: The dateline, or None.
    dateline: Dateline | None = None
    #: The indices of the lines holding a metadata date or a byline.
    header_lines: set[int] = dataclasses.field(default_factory=set)
    #: The indices of the lines giving the role of a byline above them.
    role_lines: set[int] = dataclasses.field(default_factory=set)


def read_head(
    text: str, lines: list[tuple[int, int]], scan: MetadataScan, anchor: dt.date | None
) -> Head:
    """The bylines, their credits and the dateline of the head *lines*.

    *scan* gives where each line's content starts and which lines hold a metadata
    date; *anchor* gives the year of a dateline's date written without one.
    """
    head = Head(header_lines=set(scan.metadata_lines))
    content = scan.content
    alone: Dateline | None = None
    for s, e, i in content:
        if i in head.role_lines:
            continue  # a role line under a byline
        if _byline_at(text, lines, content, (s, e, i), anchor, head):
            continue
        next_line = lines[i + 1] if i + 1 < len(lines) else None
        opens = (
            i == 0
            or s == content[0][0]
            or (i - 1) in head.header_lines
            or blank_before(text, lines[i][0])
        )
        got = dateline_at(text, s, e, anchor, opens=opens)
        if got is None and alone is None and opens and next_line is not None:
            place = place_line(text, s, e)
            if (
                place is not None
                and blank_before(text, next_line[0])
                and is_paragraph(text, *next_line)
            ):
                alone = place
                continue
        if got is not None:
            line, line_credits, strong = got
            if strong or (opens and weak_ok(text, line.end, e, next_line)):
                head.dateline = line
                head.credits.extend(line_credits)
                break
        if is_paragraph(text, s, e):
            break
    if head.dateline is None:
        head.dateline = alone
    return head


def _byline_at(
    text: str,
    lines: list[tuple[int, int]],
    content: list[tuple[int, int, int]],
    line: tuple[int, int, int],
    anchor: dt.date | None,
    head: Head,
) -> bool:
    """Whether *line* (the content ``(start, end)`` of head line ``i``) is a byline, which
    is then added to *head*: ``By ...`` or ``Name | Place``, a name with a journalist's
    role, or (under a headline and over a dateline) a name alone."""
    s, e, i = line
    by = byline_line(text, s, e)
    if by is not None:
        head.bylines.extend(by[0])
        head.credits.extend(by[1])
        head.header_lines.add(i)
        return True
    next_line = lines[i + 1] if i + 1 < len(lines) else None
    named = name_role_line(text, s, e, next_line)
    if named is not None:
        head.bylines.append(named[0])
        head.header_lines.add(i)
        if named[1]:
            head.header_lines.add(i + 1)
            head.role_lines.add(i + 1)
        return True
    if any(j < i and j not in head.header_lines for _, _, j in content):
        # "Kallol Bhattacherjee" under the headline, over "NEW DELHI" or "ISLAMABAD:".
        bare = bare_name(text, s, e)
        if bare is not None and dateline_follows(text, lines, i, anchor):
            head.bylines.append(bare)
            head.header_lines.add(i)
            return True
    return False
