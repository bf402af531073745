"""Bylines: the people who wrote an article, at its head, in its tail and in credits.

At the head, :func:`byline_line` reads ``By Jane Doe, Reuters`` and ``Jane Doe | New
Delhi``, :func:`name_role_line` a name over or before a journalist's role, and
:func:`bare_name` a line that is only a name. Anywhere, :func:`credited_writers` reads
Reuters-style ``(Reporting by ...; Editing by ...)``; in the tail, :func:`tail_bylines`
reads a line of its own crediting the writer. Every piece must be a name, a role or an
agency (:func:`person` tells a name), so prose is never taken for a byline.

>>> text = "By Jane Doe and John Roe, Reuters"
>>> people, credits = byline_line(text, 0, len(text))
>>> [p.name for p in people], [c.agency for c in credits]
(['Jane Doe', 'John Roe'], ['Reuters'])
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from dipnews._calendar import month_number
from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.countries import code_for, code_for_place
from dipnews.header.agencies import canonical_agency
from dipnews.header.grammar import (
    BY_RE,
    CREDIT_PARENTHESIS_RE,
    CREDIT_PART_RE,
    IN_PLACE_RE,
    MONONYM_RE,
    NAME_RE,
    TAIL_BY_RE,
    WORD_RE,
)
from dipnews.header.layout import MAX_SCAN_MATCHES, blank_before, tail_start
from dipnews.header.spans import split_at, split_list, split_names, squash, trim
from dipnews.header.vocabulary import (
    HEADLINE_WORDS,
    NOT_PLACE_START,
    NOT_PLACE_WORD,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    is_role,
    words,
)
from dipnews.records import AgencyCredit, Byline

__all__ = [
    "bare_name",
    "byline_line",
    "credited_writers",
    "name_role_line",
    "person",
    "tail_bylines",
]

# --------------------------------------------------------------------------------------
# A person's name
# --------------------------------------------------------------------------------------


_WORD = compile_regex(r"\p{L}[\p{L}\p{M}]*")


def _title_case(name: str) -> str:
    """An ``ALL CAPS`` name in title case; any other name as it is."""
    if name.upper() != name:
        return name
    return _WORD.sub(lambda m: m.group(0).capitalize(), name)


def person(text: str, s: int, e: int) -> Byline | None:
    """The person named by *text[s:e]* (trimmed, and cut before ``in Geneva``), or None
    if it is a role, an agency, a place or anything but a name."""
    s, e = trim(text, s, e, ",;:()[]\"'")
    seg = text[s:e]
    m = IN_PLACE_RE.search(seg)
    if m is not None:
        e = s + m.start()
        seg = text[s:e]
    if not seg or is_role(seg) or canonical_agency(seg) is not None:
        return None
    if seg[:2] in {"A ", "I "}:
        return None  # an article or a pronoun, not an initial (initials take a dot)
    if NAME_RE.fullmatch(seg) is None:
        return None
    stop = NOT_PLACE_START | NOT_PLACE_WORD
    if any(len(w) > 1 and w.casefold() in stop for w in words(seg)):
        return None
    if any(month_number(w) is not None for w in seg.split()):
        return None
    if code_for_place(seg) is not None or code_for(seg) is not None:
        return None  # "New Delhi | Updated: ..." names a place, not a person
    return Byline(squash(_title_case(seg)), seg, s, e)


def _names_in(text: str, s: int, e: int) -> list[Byline] | None:
    """People named in a list (``Jane Doe and John Roe``); None if a piece is not a name."""
    people: list[Byline] = []
    for ps, pe in split_names(text, s, e):
        ps, pe = trim(text, ps, pe, "")
        if ps >= pe:
            continue
        found = person(text, ps, pe)
        if found is None:
            return None
        people.append(found)
    return people


# --------------------------------------------------------------------------------------
# Head lines
# --------------------------------------------------------------------------------------


def byline_line(text: str, s: int, e: int) -> tuple[list[Byline], list[AgencyCredit]] | None:
    """A head line that is a byline: ``By Jane Doe, Reuters`` or ``Jane Doe | New Delhi``."""
    by = BY_RE.match(text, s, e)
    body_end = e
    bar = text.find("|", s, e)
    if by is None:
        if bar < 0 or e - s > 160:
            return None
        body_end = bar
        body_start = s
    else:
        body_start = by.end()
        if bar >= 0:
            body_end = bar
    body_start, body_end = trim(text, body_start, body_end, "")
    if body_start >= body_end:
        return None
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    # Comma-separated segments: names (possibly joined by "and"), roles, agencies.
    for ss, se in split_at(text, body_start, body_end, ","):
        ss, se = trim(text, ss, se, "")
        if ss >= se:
            continue
        piece = text[ss:se]
        agency = canonical_agency(piece)
        if agency is not None:
            credits.append(AgencyCredit(agency, piece, ss, se))
            continue
        if is_role(piece):
            credits.extend(_role_credits(text, ss, se))
            continue
        names = _names_in(text, ss, se)
        if names is None:
            return None
        people.extend(names)
    if not people and not credits:
        return None
    return people, credits


def _role_credits(text: str, s: int, e: int) -> Iterator[AgencyCredit]:
    """The agency of a role such as ``Reuters Staff`` or ``AFP correspondent`` (no person)."""
    for w in WORD_RE.finditer(text, s, e):
        name = canonical_agency(w.group())
        if name is not None and not is_role(w.group()):
            yield AgencyCredit(name, w.group(), *w.span())


def _role_only(text: str, s: int, e: int) -> bool:
    """Whether *text[s:e]* is a journalist's role alone (``Security correspondent``)."""
    role_words = words(text[s:e])
    return (
        0 < len(role_words) <= 5
        and role_words[-1].casefold() in ROLE_NOUNS
        and all(w.casefold() in ROLE_MODIFIERS for w in role_words[:-1])
    )


def name_role_line(
    text: str, s: int, e: int, next_line: tuple[int, int] | None
) -> tuple[Byline, bool] | None:
    """``Frank Gardner`` over ``Security correspondent``, or ``Patrick Wintour Diplomatic
    editor`` on one line: the person, and whether the next line was the role."""
    named = person(text, s, e)
    if named is not None and named.end == e:
        if next_line is not None and _role_only(text, *next_line):
            return named, True
        return None
    line_words = list(WORD_RE.finditer(text, s, e))
    if (
        len(line_words) < 3
        or len(line_words) > 8
        or line_words[-1].group().casefold() not in ROLE_NOUNS
    ):
        return None
    if text[line_words[-1].end() : e].strip():
        return None
    cut = len(line_words) - 1
    while cut > 2 and line_words[cut - 1].group().casefold() in ROLE_MODIFIERS:
        cut -= 1
    if (
        next_line is not None
        and not blank_before(text, next_line[0])
        and text[next_line[0]].islower()
    ):
        return None  # a wrapped sentence: "Joseph Feshbach, chief market analyst\nat ..."
    named = person(text, s, line_words[cut - 1].end())
    if named is None or not _role_only(text, line_words[cut].start(), e):
        return None
    return named, False


def bare_name(text: str, s: int, e: int) -> Byline | None:
    """A head line that is nothing but a person's name (``Kallol Bhattacherjee``)."""
    named = person(text, s, e)
    if named is None or named.start != s or named.end != e:
        return None
    name_words = words(named.surface)
    if not 2 <= len(name_words) <= 4 or any(w.casefold() in HEADLINE_WORDS for w in name_words):
        return None
    if code_for(name_words[-1]) is not None:
        return None  # "India Russia" heads a story; no surname is a country
    return named


# --------------------------------------------------------------------------------------
# Credits anywhere, and the tail
# --------------------------------------------------------------------------------------


def credited_writers(text: str) -> list[Byline]:
    """The reporters and writers of every ``(Reporting by ...; Editing by ...)`` credit,
    never the editors."""
    people: list[Byline] = []
    for m in itertools.islice(CREDIT_PARENTHESIS_RE.finditer(text), MAX_SCAN_MATCHES):
        for ps, pe in split_at(text, *m.span("body"), ";"):
            part = CREDIT_PART_RE.match(text, ps, pe)
            if part is None:
                continue
            for piece_start, piece_end in split_names(text, part.end(), pe):
                found = person(text, piece_start, piece_end)
                if found is not None:
                    people.append(found)
    return people


def _mononym(text: str, s: int, e: int) -> Byline | None:
    """A one-word name after a ``Reporter:`` label (``Katriana``)."""
    piece = text[s:e]
    if not MONONYM_RE.fullmatch(piece):
        return None
    stop = NOT_PLACE_START | NOT_PLACE_WORD | HEADLINE_WORDS
    if (
        piece.casefold() not in stop
        and month_number(piece) is None
        and code_for(piece) is None
        and code_for_place(piece) is None
    ):
        return Byline(piece, piece, s, e)
    return None


def _credit_people(
    text: str, s: int, e: int, *, mononym: bool
) -> tuple[list[Byline], list[AgencyCredit]] | None:
    """The people and agencies of a credit such as ``Pedro Peduzzi – Agência Brasil``;
    None when a piece is neither (the line is prose, not a credit)."""
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    for ps, pe in split_list(text, s, e):
        ps, pe = trim(text, ps, pe)
        if ps >= pe:
            continue
        piece = text[ps:pe]
        agency = canonical_agency(piece)
        if agency is not None:
            credits.append(AgencyCredit(agency, piece, ps, pe))
            continue
        if is_role(piece):
            continue
        found = person(text, ps, pe)
        if found is None and mononym:
            found = _mononym(text, ps, pe)
        if found is None:
            return None
        people.append(found)
    return people, credits


def _tail_credit_line(text: str, m: Match) -> tuple[list[Byline], list[AgencyCredit]]:
    """The writers and agencies of one tail credit line; none if a piece is prose."""
    found: list[Byline] = []
    found_credits: list[AgencyCredit] = []
    for n, (ps, pe) in enumerate(split_at(text, *m.span("body"), ";")):
        if n > 0:  # "; Editing by ..." is skipped, "; additional reporting by" read
            part = CREDIT_PART_RE.match(text, ps, pe)
            if part is None:
                continue
            ps = part.end()
        got = _credit_people(text, ps, pe, mononym=m.group("label") is not None)
        if got is None:
            return [], []
        found.extend(got[0])
        found_credits.extend(got[1])
    return found, found_credits


def tail_bylines(text: str) -> tuple[list[Byline], list[AgencyCredit]]:
    """Writers credited on lines of their own at the end (never editors)."""
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    lines: Iterator[Match] = TAIL_BY_RE.on(text).finditer(text, tail_start(text))
    for m in itertools.islice(lines, MAX_SCAN_MATCHES):
        found, found_credits = _tail_credit_line(text, m)
        if found:
            people.extend(found)
            credits.extend(found_credits)
    return people, credits
