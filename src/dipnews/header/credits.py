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

from dipnews.header.agencies import canonical_agency
from dipnews.header.grammar import (
    BASED_ON_RE,
    EMAIL_LINE_RE,
    INPUTS_FROM_RE,
    SOURCE_RE,
    TAIL_LINE_RE,
)
from dipnews.header.layout import MAX_SCAN_MATCHES, tail_start
from dipnews.header.spans import split_list, trim
from dipnews.records import AgencyCredit

__all__ = ["agency_credits", "inline_credits", "tail_credits"]


def agency_credits(text: str, start: int, end: int) -> list[AgencyCredit]:
    """Credits for every known agency named in a list such as ``APP / Xinhua``."""
    found: list[AgencyCredit] = []
    s, e = trim(text, start, end)
    whole = canonical_agency(text[s:e]) if s < e else None
    if whole is not None:  # "Palestinian News and Information Agency" is one agency
        return [AgencyCredit(whole, text[s:e], s, e)]
    for s, e in split_list(text, start, end):
        s, e = trim(text, s, e)
        if s >= e:
            continue
        name = canonical_agency(text[s:e])
        if name is not None:
            found.append(AgencyCredit(name, text[s:e], s, e))
    return found


def inline_credits(text: str) -> Iterator[AgencyCredit]:
    """Agencies credited anywhere by ``With inputs from``, ``Based on`` or ``Source:``."""
    for pattern in (INPUTS_FROM_RE, BASED_ON_RE, SOURCE_RE):
        for m in itertools.islice(pattern.finditer(text), MAX_SCAN_MATCHES):
            yield from agency_credits(text, *m.span("agency_list"))


def tail_credits(text: str) -> Iterator[AgencyCredit]:
    """Agencies signing off in the tail: an e-mail line at an agency's domain, then a
    name alone on a line or after a bracket, dash or slash, line by line."""
    start = tail_start(text)
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
            if s < e:
                name = canonical_agency(text[s:e])
                if name is not None:
                    yield AgencyCredit(name, text[s:e], s, e)
        if nl < 0:
            break
        pos = nl + 1
