"""Agency credits outside the dateline and the byline: trailers, sign-offs, lists.

:func:`agency_credits` credits every known agency of a list (``APP / Xinhua``), for the
dateline's brackets and the trailers; :func:`inline_credits` reads ``With inputs from``,
``Based on ... report`` and ``Source:`` anywhere; :func:`tail_credits` reads sign-offs in
the tail (``--IANS``, ``(ANI)``, ``khs@yna.co.kr``).

>>> from dipnews.header.credits import inline_credits, tail_credits
>>> [c.agency for c in inline_credits("Talks. (With inputs from PTI and Reuters)")]
['PTI', 'Reuters']
>>> [c.surface for c in tail_credits("The talks went on.\\n--IANS\\nsk/")]
['IANS']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from dipnews.header.agencies import canonical_agency, in_prose
from dipnews.header.grammar import (
    ATTRIBUTION_RE,
    BASED_ON_RE,
    CREDIT_LINE_RE,
    EMAIL_LINE_RE,
    INPUTS_FROM_RE,
    SENTENCE_END_RE,
    SOURCE_RE,
    TAIL_LINE_RE,
    WITH_INPUTS_RE,
)
from dipnews.header.layout import MAX_SCAN_MATCHES, TAIL_CHARS, tail_start
from dipnews.header.spans import blank_char, split_list, trim
from dipnews.records import AgencyCredit

__all__ = [
    "agency_credits",
    "attributed_credits",
    "credit_line",
    "inline_credits",
    "tail_credits",
]

#: How many of the last non-blank lines of a text are read for ``ANI reported``.
_LAST_LINES = 2


def _signs_off(text: str, line_start: int, mark: int) -> bool:
    """Whether the bracket or dash at *mark* opens a sign-off: at the start of its line,
    after a sentence's end (``... the same. (ANI)``), or a dash or a slash (``— AFP``),
    so that ``the Palestinian Authority (PA).`` credits nothing."""
    if text[mark] != "(":
        return True
    before = text[line_start:mark].rstrip()
    return not before or SENTENCE_END_RE.search(before[-3:] + " ") is not None


def agency_credits(
    text: str, start: int, end: int, *, country: str | None = None
) -> list[AgencyCredit]:
    """Credits for every known agency named in a list such as ``APP / Xinhua``; a
    shared abbreviation names the agency of *country* (see
    :func:`~dipnews.header.agencies.canonical_agency`)."""
    found: list[AgencyCredit] = []
    s, e = trim(text, start, end)
    whole = canonical_agency(text[s:e], country=country) if s < e else None
    if whole is not None:  # "Palestinian News and Information Agency" is one agency
        return [AgencyCredit(whole, text[s:e], s, e)]
    for s, e in split_list(text, start, end):
        s, e = trim(text, s, e)
        if s >= e:
            continue
        name = canonical_agency(text[s:e], country=country)
        if name is not None:
            found.append(AgencyCredit(name, text[s:e], s, e))
    return found


def credit_line(text: str, s: int, e: int) -> AgencyCredit | None:
    """The credit of a head line that names only an agency: ``(Xinhua)``, ``Kyodo
    News``; an abbreviation of four capitals or fewer (``RSS``, ``AFP``) only in brackets,
    as a menu or a photo credit may show it alone.

    >>> text = "(Xinhua)"
    >>> credit_line(text, 0, len(text))
    AgencyCredit(agency='Xinhua', surface='Xinhua', start=1, end=7)
    >>> credit_line("RSS", 0, 3) is None
    True
    """
    m = CREDIT_LINE_RE.fullmatch(text, s, e)
    if m is None:
        return None
    a_s, a_e = trim(text, *m.span("agency"))
    written = text[a_s:a_e]
    name = canonical_agency(written) if a_s < a_e else None
    if name is None:
        return None
    if m.group("bracket") is None and (
        (written.isupper() and len(written) <= 4) or text[e - 1] == "."
    ):
        return None  # "RSS" in a menu; "Reuters." ends a sentence
    return AgencyCredit(name, written, a_s, a_e)


def attributed_credits(text: str, regions: list[tuple[int, int]]) -> Iterator[AgencyCredit]:
    """Agencies a sentence of *regions* cites as reporting it: ``the official Saudi Press
    Agency (SPA) reported``, ``ANI reported``. Read only in the lead and the last lines
    (see :func:`last_lines`), where such a phrase credits the story; spellings that are
    also common abbreviations in prose (``PA``) are never taken here.

    >>> text = "The two sides met in Riyadh, the Saudi Press Agency (SPA) reported."
    >>> [c.agency for c in attributed_credits(text, [(0, len(text))])]
    ['SPA']
    """
    for lo, hi in regions:
        for m in itertools.islice(ATTRIBUTION_RE.finditer(text, lo, hi), MAX_SCAN_MATCHES):
            found = _attributed(text, m)
            if found is not None:
                yield found


def _attributed(text: str, m: regex.Match[str]) -> AgencyCredit | None:
    """The agency of one ``... reported`` match: the abbreviation in brackets, else the
    longest run of the last capitalised words that names an agency."""
    if m.group("abbreviation"):
        name = canonical_agency(m.group("abbreviation"))
        if name is not None and in_prose(m.group("abbreviation")):
            return AgencyCredit(name, m.group("abbreviation"), *m.span("abbreviation"))
    a_s, a_e = m.span("agency_list")
    starts = [a_s] + [i + 1 for i in range(a_s, a_e) if blank_char(text[i])]
    for w_s in starts:
        if w_s >= a_e or blank_char(text[w_s]):
            continue
        written = text[w_s:a_e]
        name = canonical_agency(written)
        if name is not None and in_prose(written):
            return AgencyCredit(name, written, w_s, a_e)
    return None


def last_lines(text: str, count: int = _LAST_LINES) -> list[tuple[int, int]]:
    """``(start, end)`` of the last *count* non-blank lines of the text, within its last
    :data:`~dipnews.header.layout.TAIL_CHARS` characters."""
    found: list[tuple[int, int]] = []
    floor = max(0, len(text) - TAIL_CHARS)
    end = len(text)
    while end > floor and len(found) < count:
        start = text.rfind("\n", floor, end) + 1 or floor
        start = max(start, floor)
        if text[start:end].strip():
            found.append((start, end))
        end = start - 1
    return found


def inline_credits(text: str) -> Iterator[AgencyCredit]:
    """Agencies credited anywhere by ``With inputs from``, ``With PTI inputs``, ``Based
    on`` or ``Source:``."""
    for pattern in (INPUTS_FROM_RE, WITH_INPUTS_RE, BASED_ON_RE, SOURCE_RE):
        for m in itertools.islice(pattern.finditer(text), MAX_SCAN_MATCHES):
            yield from agency_credits(text, *m.span("agency_list"))


def tail_credits(text: str) -> Iterator[AgencyCredit]:
    """Agencies signing off in the tail: an e-mail line at an agency's domain, then a
    name alone on a line or after a bracket, dash or slash, line by line."""
    start = tail_start(text)
    if not text[start:].strip():
        # The last paragraph is longer than the tail: read its end ("... the same. (ANI)").
        start = max(0, len(text) - TAIL_CHARS)
    for email in itertools.islice(EMAIL_LINE_RE.finditer(text, start), MAX_SCAN_MATCHES):
        name = canonical_agency(email.group("domain"))
        if name is not None:
            yield AgencyCredit(name, email.group("domain"), *email.span("domain"))
    pos = start
    tail_line = TAIL_LINE_RE.on(text)
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        m = tail_line.search(text, pos, line_end)
        if m is not None:
            group = "alone" if m.group("alone") is not None else "after_mark"
            s, e = trim(text, *m.span(group))
            if s < e and (group == "alone" or _signs_off(text, pos, m.start())):
                name = canonical_agency(text[s:e])
                if name is not None:
                    yield AgencyCredit(name, text[s:e], s, e)
        if nl < 0:
            break
        pos = nl + 1
