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
from dipnews.header.credits import credit_line
from dipnews.header.dateline import (
    agency_dateline_at,
    dateline_at,
    dateline_follows,
    known_place,
    place_line,
    weak_ok,
)
from dipnews.header.grammar import BY_RE, CAPTION_RE, SENTENCE_END_RE
from dipnews.header.layout import TOP_CHARS, TOP_LINES, blank_before, is_paragraph
from dipnews.header.metadata import MetadataScan
from dipnews.header.vocabulary import words
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
    #: ``(start, end)`` of the lead: the body text after the dateline on its line (or the
    #: line below it), else the first paragraph that is no caption; None if none is seen.
    lead: tuple[int, int] | None = None


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
    deep = False  # past the first paragraph (a caption, a summary or the story itself)
    prose_seen = False  # past a paragraph that is no caption
    for k, (s, e, i) in enumerate(content):
        if i in head.role_lines:
            continue  # a role line under a byline
        top = not deep and k < TOP_LINES and s < TOP_CHARS
        if _furniture_at(text, lines, content, k, anchor, head, top=top):
            continue
        next_line = lines[i + 1] if i + 1 < len(lines) else None
        opens = (
            i == 0
            or s == content[0][0]
            or (i - 1) in head.header_lines
            or blank_before(text, lines[i][0])
        )
        after_furniture = opens or (k > 0 and _furniture_line(text, *content[k - 1][:2]))
        if not top and not after_furniture:
            found = None  # below the top, a line that continues the one above
        else:
            found = _dateline_on(
                text,
                (s, e),
                next_line,
                anchor,
                opens=opens,
                after_furniture=after_furniture,
                deep=deep,
                prose_seen=prose_seen,
            )
        if found is not None:
            head.dateline, line_credits = found
            head.credits.extend(line_credits)
            head.lead = (head.dateline.end, e)
            if not text[head.dateline.end : e].strip() and next_line is not None:
                head.lead = next_line
            break
        if not deep and alone is None and opens and next_line is not None:
            place = place_line(text, s, e)
            if (
                place is not None
                and blank_before(text, next_line[0])
                and is_paragraph(text, *next_line)
            ):
                alone = place
                continue
        if is_paragraph(text, s, e):
            if alone is not None:
                head.lead = (s, e)
                break
            deep = True
            if not prose_seen and CAPTION_RE.search(text, s, e) is None:
                prose_seen = True
                head.lead = (s, e)
    if head.dateline is None:
        head.dateline = alone
    return head


def _dateline_on(
    text: str,
    line: tuple[int, int],
    next_line: tuple[int, int] | None,
    anchor: dt.date | None,
    *,
    opens: bool,
    after_furniture: bool,
    deep: bool,
    prose_seen: bool,
) -> tuple[Dateline, list[AgencyCredit]] | None:
    """The dateline at the start of *line*, with its credits, if the line's place in the
    head allows it; never in a photo caption.

    Before the first paragraph a strong dateline (with a date or an agency) is taken at
    once, and a weak one where it opens a paragraph of body text. Past it (scraped pages
    put captions, summaries and headlines first) a dateline must open its paragraph and
    body prose must follow it; a weak one is then taken only while no paragraph but
    captions has passed, before a capital letter, and only with a place in capitals or
    one the country tables know (so that ``Question:`` or a speaker's name in a
    transcript is never taken).
    """
    s, e = line
    found = _dateline_candidate(text, line, next_line, anchor, opens=opens, deep=deep)
    if found is None:
        return None
    dateline, credits, strong = found
    if CAPTION_RE.search(text, s, e) is not None:
        return None
    if not deep:
        if strong or (opens and weak_ok(text, dateline.end, e, next_line)):
            return dateline, credits
        if after_furniture and _weak_below_ok(text, dateline, e, next_line):
            return dateline, credits
        return None
    if strong:
        rest = text[dateline.end : e]
        if len(words(rest)) >= 3 or (
            not rest.strip() and next_line is not None and is_paragraph(text, *next_line)
        ):
            return dateline, credits
        return None
    if prose_seen or not _weak_below_ok(text, dateline, e, next_line):
        return None
    return dateline, credits


def _weak_below_ok(
    text: str, dateline: Dateline, line_end: int, next_line: tuple[int, int] | None
) -> bool:
    """Whether a weak dateline that does not open the head is sure: body text follows
    it, from a capital letter or a quote (``LEAD - 1550 tonnes`` in a table is none), and
    its place is in capitals before a dash (``JAKARTA -``) or known to the country
    tables (``Brussels, Belgium:``)."""
    if not weak_ok(text, dateline.end, line_end, next_line):
        return False
    rest = text[dateline.end : line_end].lstrip()
    if rest and not (rest[0].isupper() or rest[0] in "\"“‘'"):
        return False
    return _deep_place_ok(text, dateline)


def _dateline_candidate(
    text: str,
    line: tuple[int, int],
    next_line: tuple[int, int] | None,
    anchor: dt.date | None,
    *,
    opens: bool,
    deep: bool,
) -> tuple[Dateline, list[AgencyCredit], bool] | None:
    """A dateline by its grammar at the start of *line*: ``(Reuters) -`` (strong) or
    one of :func:`~dipnews.header.dateline.dateline_at`, with whether it is strong."""
    s, e = line
    if text[s] == "(":
        by_agency = agency_dateline_at(text, s, e)
        if by_agency is not None:
            return by_agency[0], by_agency[1], True
    return dateline_at(text, s, e, anchor, opens=opens)


def _deep_place_ok(text: str, dateline: Dateline) -> bool:
    """Whether a weak dateline away from the first line names a place for sure: in
    capitals before a dash (``JAKARTA -``), or known to the country tables."""
    place = dateline.place or ""
    written = text[dateline.start : dateline.end]
    dash = not written.rstrip().endswith(":")
    first = place.split(",")[0]
    letters = [c for c in first if c.isalpha()]
    return (dash and len(letters) >= 3 and first.isupper()) or known_place(first)


def _stands_alone(
    text: str, lines: list[tuple[int, int]], content: list[tuple[int, int, int]], k: int
) -> bool:
    """Whether content line *k* stands alone, not ending a wrapped sentence (``... told``
    over ``Reuters.``): first, after a blank line, or under page furniture."""
    i = content[k][2]
    return k == 0 or blank_before(text, lines[i][0]) or _furniture_line(text, *content[k - 1][:2])


def _furniture_line(text: str, s: int, e: int) -> bool:
    """Whether a head line is page furniture above a dateline: a headline (most words
    capitalised), a stamp or a label (a few words), never wrapped body text."""
    if is_paragraph(text, s, e) or SENTENCE_END_RE.search(text, max(s, e - 2), e):
        return False
    line_words = words(text[s:e])
    if len(line_words) <= 6:
        return True
    capitalised = sum(1 for w in line_words if w[0].isupper())
    return capitalised >= 0.6 * len(line_words)


def _furniture_at(
    text: str,
    lines: list[tuple[int, int]],
    content: list[tuple[int, int, int]],
    k: int,
    anchor: dt.date | None,
    head: Head,
    *,
    top: bool,
) -> bool:
    """Whether content line *k* is a byline or an agency's credit line, which are then
    added to *head*. Below the *top* of the head only a ``By ...`` line right above a
    dateline counts (``By Byun Duk-kun`` over ``HONOLULU, Feb. 12 (Yonhap) --``)."""
    s, e, i = content[k]
    if top:
        if _byline_at(text, lines, content, content[k], anchor, head):
            return True
        credit = credit_line(text, s, e) if _stands_alone(text, lines, content, k) else None
        if credit is not None:
            head.credits.append(credit)
            head.header_lines.add(i)
            return True
        return False
    if BY_RE.match(text, s, e) is None or not dateline_follows(text, lines, i, anchor):
        return False
    by = byline_line(text, s, e)
    if by is None:
        return False
    head.bylines.extend(by[0])
    head.credits.extend(by[1])
    head.header_lines.add(i)
    return True


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
