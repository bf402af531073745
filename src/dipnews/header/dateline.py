"""The dateline: a match of :data:`~dipnews.header.grammar.DATELINE_RE` made a record.

:func:`dateline_at` reads a wire dateline (``MOSCOW, Nov 17 (Reuters) -``) at the start
of a head line and tells whether it is *strong* (it has a date or an agency, so it is
taken at once) or *weak* (a place and a separator, taken only before body text, see
:func:`weak_ok`). :func:`place_line` reads a place alone on its line above the first
paragraph. Place names are recognised by their shape (:func:`place_ok`), not from a
gazetteer.

>>> import datetime as dt
>>> text = "MOSCOW, Nov 17 (Reuters) - Talks began."
>>> line, credits, strong = dateline_at(text, 0, len(text), dt.date(2025, 11, 20))
>>> line.place, line.date, line.agency, line.surface, strong
('MOSCOW', datetime.date(2025, 11, 17), 'Reuters', 'MOSCOW, Nov 17 (Reuters) -', True)
"""

from __future__ import annotations

import datetime as dt

import regex

from dipnews._calendar import month_number
from dipnews.countries import code_for, code_for_city, code_for_place
from dipnews.header.agencies import canonical_agency
from dipnews.header.credits import agency_credits
from dipnews.header.dates import DateParts, date_parts, resolve
from dipnews.header.grammar import (
    AGENCY_DATELINE_RE,
    DATE_RE,
    DATELINE_RE,
    OUTLET_RE,
    SENTENCE_END_RE,
    WORD_RE,
)
from dipnews.header.layout import blank_before, is_paragraph
from dipnews.header.spans import squash, trim
from dipnews.header.vocabulary import (
    NOT_PLACE_START,
    NOT_PLACE_WORD,
    PARTICLES,
    SECTION_WORDS,
    WEEKDAY_NAMES,
    words,
)
from dipnews.records import AgencyCredit, Dateline

__all__ = [
    "agency_dateline_at",
    "city_of",
    "dateline_at",
    "dateline_follows",
    "known_place",
    "place_line",
    "place_ok",
    "weak_ok",
]

#: The separators that may end a weak dateline (one with neither date nor agency).
_WEAK_SEPARATORS = frozenset({":", "-", "--", "—", "–"})


def dateline_at(
    text: str, pos: int, line_end: int, anchor: dt.date | None, *, opens: bool = True
) -> tuple[Dateline, list[AgencyCredit], bool] | None:
    """Parse a dateline starting exactly at *pos*; (dateline, credits, strong) or None.

    *opens* tells whether the line opens a paragraph (first line, after a blank line, a
    byline or a metadata line); bare ``Place, Date`` lines and all-lower-case places are
    only taken there. *anchor* gives the year of a date written without one.
    """
    m = DATELINE_RE.match(text, pos, line_end)
    if m is None:
        return None
    parts: DateParts | None = None
    if m.group("date"):
        parts = _parts_of(m.group("date"))
        if parts is None:
            return None
    separator = (m.group("separator") or "").strip(" \t,\u00a0")
    credits: list[AgencyCredit] = []
    home = _home(m.group("place"))
    if m.group("agency"):
        bracketed = _bracket_credits(text, m, parts, separator, home)
        if bracketed is None:
            return None
        parts, credits = bracketed
    if m.group("bare_agency"):
        name = canonical_agency(m.group("bare_agency"), country=home)
        if name is None:
            return None
        credits.append(AgencyCredit(name, m.group("bare_agency"), *m.span("bare_agency")))
    place_start, place_end = m.span("place")
    qualifiers = m.group("qualifiers") or ""
    if m.group("trailing_agency"):
        trailing = _trailing_credit(text, m, qualifiers, home, has_date=parts is not None)
        if trailing is None:
            return None
        credits.append(trailing)
    outlet = bool(m.group("agency")) and not credits
    if not m.group("date") and not m.group("agency") and not credits:
        hidden, place_end, qualifiers = _agency_in_place(text, m)
        if hidden is not None:
            credits.append(hidden)
    dotted = not qualifiers and not m.group("bracket") and text[place_end - 1] == "."
    if dotted:
        # "MOSCOW. Nov 17 (Interfax)": a dot after a bare place is a separator, which
        # only the agency styles that use it make safe.
        place_end -= 1
    if (dotted or m.group("mark_before_date") == ".") and not credits:
        return None
    has_date = parts is not None
    strong = bool(credits) or has_date or (outlet and bool(separator))
    bare_date = has_date and not credits and not separator and not m.group("agency")
    if not strong and separator not in _WEAK_SEPARATORS:
        return None
    if not m.group("trailing_agency") and not _opening_ok(
        text, m, line_end, separator, has_date=has_date, bare_date=bare_date
    ):
        return None
    if bare_date and not opens:
        return None  # "NEW DELHI, Nov 17" is taken only on a line that opens a paragraph
    place_text = text[place_start:place_end]
    if not place_ok(place_text, qualifiers, strong=strong and not bare_date, opens=opens):
        return None
    end = _dateline_end(m, separator, has_date=has_date)
    if end is None:  # pragma: no cover - a weak dateline always has a separator
        return None
    place = _place_name(text, m, place_end, qualifiers)
    date = resolve(parts, anchor) if parts is not None else None
    agency = credits[0].agency if credits else None
    credits.sort(key=lambda c: c.start)
    return Dateline(place, date, agency, text[pos:end], pos, end), credits, strong


def _home(place: str) -> str | None:
    """The country of a dateline's place, where the tables know it (to tell which
    agency a shared abbreviation names: ``NICOSIA (CNA)`` is the Cyprus News Agency)."""
    head = place.split("/")[0].strip()
    return code_for_place(head) or code_for_city(head)


def _trailing_credit(
    text: str, m: regex.Match[str], qualifiers: str, home: str | None, *, has_date: bool
) -> AgencyCredit | None:
    """The credit of an agency that ends a dateline alone on its line (``BONN, Germany,
    Feb. 17, Kyodo``, ``ANKARA/ANTALYA-Anadolu Agency``), or None. Without a date the
    place must be in capitals or known, and a qualifier a country, so a headline that
    ends with its source (``Xi, Putin Hold Talks - Xinhua``) is no dateline."""
    name = canonical_agency(m.group("trailing_agency"), country=home)
    if name is None:
        return None
    if not has_date:
        place = m.group("place")
        if not (place.isupper() or known_place(place)):
            return None
        if any(q.strip() and code_for(q.strip()) is None for q in qualifiers.split(",")):
            return None
    return AgencyCredit(name, m.group("trailing_agency"), *m.span("trailing_agency"))


def agency_dateline_at(
    text: str, pos: int, line_end: int
) -> tuple[Dateline, list[AgencyCredit]] | None:
    """A dateline that is only an agency in brackets and a dash (``(Reuters) -``) at
    *pos*, opening body text on its line: the dateline (with no place) and its credits.

    >>> text = "(Reuters) - Leaders of the Group of 20 met on Tuesday."
    >>> line, credits = agency_dateline_at(text, 0, len(text))
    >>> line.place, line.agency, line.surface
    (None, 'Reuters', '(Reuters) -')
    """
    m = AGENCY_DATELINE_RE.match(text, pos, line_end)
    if m is None or len(words(text[m.end() : line_end])) < 4:
        return None
    credits = agency_credits(text, *m.span("agency"))
    if not credits:
        return None
    end = m.end("separator")
    return Dateline(None, None, credits[0].agency, text[pos:end], pos, end), credits


def known_place(place: str) -> bool:
    """Whether the country tables know *place* (a capital, a country, a major city)."""
    return code_for_place(place) is not None or code_for_city(place) is not None


def city_of(place: str) -> str:
    """The city of a dateline's place: without a trailing country (``DUBAI, United Arab
    Emirates``) or a second place the country tables know after a slash
    (``ANKARA/ANTALYA``); a state or a province (``RICHMOND, Va.``, ``CALGARY,
    Alberta``) and a compound name (``DALLAS/FORT WORTH``) are kept.

    >>> city_of("DUBAI, United Arab Emirates"), city_of("ANKARA/ANTALYA")
    ('DUBAI', 'ANKARA')
    >>> city_of("RICHMOND, Va."), city_of("SAN JUAN, Puerto Rico"), city_of("ATLANTA, Georgia")
    ('RICHMOND, Va.', 'SAN JUAN', 'ATLANTA, Georgia')
    """
    parts = [p.strip() for p in place.split(",")]
    head = parts[0]
    slash = head.find("/")
    if 0 < slash < len(head) - 1 and known_place(head[slash + 1 :].split("/")[0].strip()):
        head = head[:slash]  # "BRUSSELS/KYIV", not "DALLAS/FORT WORTH"
    home = code_for_place(head) or code_for_city(head)
    qualifiers = parts[1:]
    while qualifiers:
        country = code_for(qualifiers[-1])
        if country is None or (home is not None and home != country):
            break  # a state, a province, or a state that shares a country's name
        qualifiers.pop()
    return ", ".join([head, *qualifiers])


def _parts_of(written: str) -> DateParts | None:
    """The parts of the date *written*, which :data:`DATE_RE` matched as a part of a line."""
    whole = DATE_RE.fullmatch(written)
    return date_parts(whole) if whole else None


def _bracket_credits(
    text: str, m: regex.Match[str], parts: DateParts | None, separator: str, home: str | None
) -> tuple[DateParts | None, list[AgencyCredit]] | None:
    """The date (the one before the brackets, else one inside) and the agencies of a
    dateline's ``(IANS)``, ``/TASS/`` or ``(APP / Xinhua - 3rd March, 2021)``; None if
    the brackets hold neither an agency nor an outlet that marks a dateline."""
    inside_start, inside_end = m.start("agency") + 1, m.end("agency") - 1
    inner_date = DATE_RE.search(text, inside_start, inside_end)
    if inner_date is not None:
        if parts is None:
            parts = date_parts(inner_date)
        credits = agency_credits(text, inside_start, inner_date.start(), country=home)
        credits += agency_credits(text, inner_date.end(), inside_end, country=home)
    else:
        credits = agency_credits(text, inside_start, inside_end, country=home)
    outlet_ok = (separator or parts is not None) and OUTLET_RE.fullmatch(
        text, inside_start, inside_end
    )
    if not credits and not outlet_ok:
        # "WASHINGTON (CNN) -", "Thimphu, Nov 17 (Kuensel)": an outlet that is not a
        # news agency still marks a dateline after a date or before a dash; "(MFA)
        # said" is no dateline.
        return None
    return parts, credits


def _agency_in_place(text: str, m: regex.Match[str]) -> tuple[AgencyCredit | None, int, str]:
    """An agency the grammar took for a part of the place, for a dateline with neither
    date nor agency: its credit (or None), and the end of the place and the qualifiers
    without it."""
    place_start, place_end = m.span("place")
    qualifiers = m.group("qualifiers") or ""
    if qualifiers:
        # "Tehran, IRNA --": the agency after a comma, taken for a qualifier.
        cut = text.rfind(",", place_start, m.end("qualifiers"))
        a_s, a_e = trim(text, cut + 1, m.end("qualifiers"))
        name = canonical_agency(text[a_s:a_e], country=_home(m.group("place")))
        if name is not None:
            credit = AgencyCredit(name, text[a_s:a_e], a_s, a_e)
            return credit, place_end, text[m.start("qualifiers") : cut]
        return None, place_end, qualifiers
    # "ASTANA. KAZINFORM -": the agency after a dot, taken into the place words.
    cut = max(text.rfind(c, place_start, place_end) for c in " \u00a0\t")
    if cut > place_start and text[cut - 1] == ".":
        name = canonical_agency(text[cut + 1 : place_end])
        if name is not None:
            return AgencyCredit(name, text[cut + 1 : place_end], cut + 1, place_end), cut, ""
    return None, place_end, qualifiers


def _opening_ok(
    text: str,
    m: regex.Match[str],
    line_end: int,
    separator: str,
    *,
    has_date: bool,
    bare_date: bool,
) -> bool:
    """Whether what follows the dateline fits it: a capital after ``TOKYO (Kyodo)``
    with no separator, nothing but a stop after a bare ``Place, Date``."""
    if not has_date and not separator and not m.group("dot_after_agency"):
        # "TOKYO (Kyodo) Japan ..." opens a sentence; "... News Agency (GNA) said" is prose.
        after = text[m.end() : m.end() + 3].lstrip()
        if not after or not after[0].isupper():
            return False
    if bare_date:
        # "NEW DELHI, Nov 17" alone on its line.
        rest = text[m.end("date") : line_end].strip()
        if rest and rest not in {".", ","}:
            return False
    return True


def _dateline_end(m: regex.Match[str], separator: str, *, has_date: bool) -> int | None:
    """The end of the dateline: its separator, else its agency, else its date."""
    if separator:
        return m.end("separator")
    if m.group("trailing_agency"):
        return m.end("trailing_agency")
    if m.group("bare_agency"):
        return m.end("bare_agency")
    if m.group("agency"):
        return m.end("dot_after_agency") if m.group("dot_after_agency") else m.end("agency")
    if has_date:
        return m.end("dot_after_date") if m.group("dot_after_date") else m.end("date")
    return None


def _place_name(text: str, m: regex.Match[str], place_end: int, qualifiers: str) -> str:
    """The place with its qualifiers, without an ANI-style ``[India]``, an agency taken
    out of it, a dot that separates it from the date, a trailing country or a second
    place (see :func:`city_of`)."""
    return city_of(squash(text[m.start("place") : place_end] + qualifiers).strip(" ,"))


def place_ok(place: str, qualifiers: str, *, strong: bool, opens: bool) -> bool:
    """Whether *place* (and its *qualifiers* such as ``Va.``) can be a dateline's place.

    A weak dateline (no date, no agency) needs a short capitalised or upper-case place;
    a strong one may be in any case (``New york``, ``new delhi``), but an all-lower-case
    place only on a line that opens a paragraph.
    """
    place_words = place.split()
    if not place_words or len(place_words) > (6 if strong else 4):
        return False
    head = place_words[0].strip(".").casefold()
    if head in NOT_PLACE_START and not (strong and head == "the" and len(place_words) > 1):
        return False
    if month_number(place_words[0]) is not None or head in WEEKDAY_NAMES:
        return False
    all_lower = all(w == w.lower() for w in place_words)
    if all_lower and not (strong and opens):
        return False
    return _place_words_ok(place_words, strong=strong, all_lower=all_lower) and _qualifiers_ok(
        qualifiers
    )


def _place_words_ok(place_words: list[str], *, strong: bool, all_lower: bool) -> bool:
    """No word of the place is a verb or a pronoun, and in a weak dateline of mixed case
    only particles (``de``) and ``al-`` or ``el-`` are in lower case."""
    for i, word in enumerate(place_words):
        bare = word.strip(".'’-").casefold()
        if not bare:
            return False
        if bare in NOT_PLACE_WORD and not (i == 0 and bare == "the" and strong):
            return False
        if word[0].islower() and not all_lower and not strong:
            inner = 0 < i < len(place_words) - 1
            if not (inner and bare in PARTICLES) and not bare.startswith(("al-", "el-")):
                return False
    return True


def _qualifiers_ok(qualifiers: str) -> bool:
    """Each qualifier (``Va.``, ``the Netherlands``) is capitalised, not a month alone
    and holds no verb or pronoun."""
    for qualifier in (q.strip() for q in qualifiers.split(",")):
        if not qualifier:
            continue
        qualifier_words = qualifier.split()
        if qualifier_words[0].casefold() == "the" and len(qualifier_words) > 1:
            qualifier_words = qualifier_words[1:]
        if month_number(qualifier_words[0]) is not None and len(qualifier_words) == 1:
            return False
        if any(w[0].islower() and w.casefold() not in PARTICLES for w in qualifier_words):
            return False
        if any(w.strip(".").casefold() in NOT_PLACE_WORD for w in qualifier_words):
            return False
    return True


def weak_ok(text: str, end: int, line_end: int, next_line: tuple[int, int] | None) -> bool:
    """A dateline with neither date nor agency must open real body text."""
    rest = text[end:line_end]
    if not rest.strip():
        return next_line is not None and is_paragraph(text, *next_line)
    return len(words(rest)) >= 6 and (
        bool(SENTENCE_END_RE.search(rest)) or (line_end - end >= 50 and next_line is not None)
    )


def place_line(text: str, s: int, e: int) -> Dateline | None:
    """A place alone on its line (``ISTANBUL``, ``New Delhi``) above the first paragraph.

    Upper-case words that are not section labels, or a capital city the country table
    knows (so ``World`` or ``Opinion`` are never places).
    """
    line = text[s:e]
    line_words = line.split()
    if not 1 <= len(line_words) <= 3 or WORD_RE.fullmatch(line.replace(" ", "")) is None:
        return None
    lowered = [w.casefold() for w in line_words]
    stops = NOT_PLACE_START | NOT_PLACE_WORD | SECTION_WORDS
    if any(w in stops for w in lowered) or canonical_agency(line) is not None:
        return None
    if line.upper() != line and code_for_place(line) is None:
        return None
    if code_for(line) is not None and code_for_place(line) is None:
        return None  # a country's name or adjective ("INDIAN") heads a section, not a story
    return Dateline(squash(line), None, None, line, s, e)


def dateline_follows(
    text: str, lines: list[tuple[int, int]], i: int, anchor: dt.date | None
) -> bool:
    """Whether head line *i* + 1 is a dateline (a wire dateline or a place alone)."""
    if i + 1 >= len(lines):
        return False
    s, e = lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    got = dateline_at(text, s, e, anchor, opens=True)
    if got is not None:
        return got[2] or weak_ok(text, got[0].end, e, after)
    return (
        after is not None
        and place_line(text, s, e) is not None
        and blank_before(text, after[0])
        and is_paragraph(text, *after)
    )
