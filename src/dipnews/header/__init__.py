"""Header parsing: the article's date, wire dateline, bylines and agency credits.

:func:`parse_header` reads only the *head* of an article (its first 25 lines, at most
:data:`HEAD_CHARS` characters) for the dateline, which scraped pages put below
headlines, captions, stamps and menus, and the top of the head (eight lines) for the
metadata date line and the byline; only the *tail* (the last :data:`TAIL_CHARS`
characters) is read for sign-offs such as ``--IANS`` or ``(ANI)``. Credits that begin
with fixed words (``With inputs from PTI``, ``With PTI inputs``, ``Based On ANI
Report``, ``(Reporting by ...; Editing by ...)``) are found anywhere by scans anchored
on those words (at most 32 matches each). Every pattern is compiled once and has
bounded repetition, so the cost grows linearly with the text and stays small on huge
inputs. Place names are recognised by their shape, not from a gazetteer; the country
tables (:mod:`dipnews.countries`) are consulted to tell a capital standing alone on a
line, or in a ``|`` line, from a section label or a person, to tell a known place in a
dateline below the first paragraph, to drop a trailing country from the place, and to
tell which agency a shared abbreviation names.

>>> import datetime as dt
>>> from dipnews.header import parse_header
>>> h = parse_header(" date 2025-11-17 New Delhi, Nov 17 (IANS) The ministers met.")
>>> h.published
datetime.date(2025, 11, 17)
>>> h.dateline.place, h.dateline.date, h.dateline.agency, h.dateline.surface
('New Delhi', datetime.date(2025, 11, 17), 'IANS', 'New Delhi, Nov 17 (IANS)')
>>> h.agencies
('IANS',)

A dateline without a year takes it from *published* (or the metadata date), choosing
the year that puts the dateline nearest that anchor:

>>> parse_header("MOSCOW, Dec 31 (Reuters) - Talks ended.",
...              published=dt.date(2026, 1, 1)).dateline.date
datetime.date(2025, 12, 31)

Sentence openings are not datelines:

>>> parse_header("In Moscow, the ministers met on Monday.").dateline is None
True

Bylines and trailers:

>>> h = parse_header("By Jane Doe and John Roe, Reuters\\nGENEVA: The talks began on "
...                  "Monday in the Palais des Nations.")
>>> h.byline, h.agencies, h.dateline.place
(('Jane Doe', 'John Roe'), ('Reuters',), 'GENEVA')
>>> parse_header("The talks went well.\\n\\n(With inputs from PTI)").agencies
('PTI',)

Public API:

- :func:`parse_header`: the :class:`~dipnews.records.Header` of a text.
- :func:`canonical_agency`: an agency's canonical short name (``"ITAR-TASS"`` gives
  ``"TASS"``), or ``None``; :func:`lookup_agency` raises instead;
  :func:`agency_names` lists the canonical names.
"""

from __future__ import annotations

import datetime as dt

from dipnews._text import check_text
from dipnews.header import layout as _layout
from dipnews.header.agencies import agency_names, canonical_agency, lookup_agency
from dipnews.header.bylines import credited_writers, tail_bylines
from dipnews.header.credits import attributed_credits, inline_credits, last_lines, tail_credits
from dipnews.header.head import read_head
from dipnews.header.layout import head_lines
from dipnews.header.metadata import footer_date, scan_metadata
from dipnews.records import Header

__all__ = [
    "HEAD_CHARS",
    "TAIL_CHARS",
    "agency_names",
    "canonical_agency",
    "lookup_agency",
    "parse_header",
]

# The limits live in the layout room; they are named here too, with their documentation,
# as the public API gives them.

#: How far into the text the dateline is looked for.
HEAD_CHARS = _layout.HEAD_CHARS
#: How much of the end of the text is searched for sign-offs and trailers.
TAIL_CHARS = _layout.TAIL_CHARS

# The rooms, in the order parse_header goes through them: layout (the head lines, the
# tail), metadata (the article's own date), head (line by line: bylines, then the
# dateline), then bylines and credits again for credits anywhere and sign-offs in the
# tail. grammar holds every pattern, vocabulary the word lists, agencies the index of
# data/agencies.json, dates the parts of a date and the year rule, spans the offset
# helpers.


def parse_header(text: str, *, published: dt.date | None = None) -> Header:
    """Parse the header fields of *text*: metadata date, dateline, bylines, credits.

    *published*, when given, supplies the year of a dateline that omits it (and
    overrides the metadata date line for that purpose). ``Header.published`` is the
    metadata date where the text has one, else the dateline's resolved date, else
    ``None``.

    Raises :class:`~dipnews.errors.InputTypeError` for a non-``str`` *text* and
    :class:`~dipnews.errors.InputTooLargeError` past the size limit.

    >>> from dipnews.header import parse_header
    >>> h = parse_header("ISLAMABAD (APP / Xinhua - 3rd March, 2021) - Talks opened.")
    >>> h.dateline.place, h.dateline.date, h.agencies
    ('ISLAMABAD', datetime.date(2021, 3, 3), ('APP', 'Xinhua'))
    """
    check_text(text)
    lines = list(head_lines(text))
    scan = scan_metadata(text, lines)
    meta_date, meta_surface = scan.date, scan.surface
    if meta_date is None:
        footer = footer_date(text)
        if footer is not None:
            meta_date, meta_surface = footer
    anchor = published if published is not None else meta_date
    head = read_head(text, lines, scan, anchor)

    # Credits anywhere (anchored on fixed words) and sign-offs in the tail.
    bylines = [*head.bylines, *credited_writers(text)]
    tail_people, tail_agencies = tail_bylines(text)
    bylines.extend(tail_people)
    regions = [*([head.lead] if head.lead is not None else []), *last_lines(text)]
    credits = [
        *head.credits,
        *tail_agencies,
        *inline_credits(text),
        *tail_credits(text),
        *attributed_credits(text, regions),
    ]
    unique = {(c.start, c.end): c for c in credits}
    ordered = sorted(unique.values(), key=lambda c: c.start)
    people = sorted({(b.start, b.end): b for b in bylines}.values(), key=lambda b: b.start)

    header_date = meta_date
    if header_date is None and head.dateline is not None:
        header_date = head.dateline.date
    return Header(
        published=header_date,
        dateline=head.dateline,
        bylines=people,
        credits=ordered,
        published_surface=meta_surface,
    )
