"""Header parsing: the article's date, wire dateline, bylines and agency credits.

:func:`parse_header` reads only the *head* of an article (its first few lines, at most
:data:`HEAD_CHARS` characters) for the metadata date line, the byline and the dateline,
and only the *tail* (the last :data:`TAIL_CHARS` characters) for sign-offs such as
``--IANS`` or ``(ANI)``. Credits that begin with fixed words (``With inputs from PTI``,
``Based On ANI Report``, ``(Reporting by ...; Editing by ...)``) are found anywhere by
scans anchored on those words (at most 32 matches each). Every pattern is compiled once
and has bounded repetition, so the cost grows linearly with the text and stays small on
huge inputs. Place names are recognised by their shape, not from a gazetteer; the
country table (:mod:`dipnews.countries`) is consulted only to tell a capital standing
alone on a line, or in a ``|`` line, from a section label or a person.

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
import functools
import itertools
from collections.abc import Iterator, Mapping
from types import MappingProxyType

import regex

from dipnews._calendar import MONTH_PATTERN, WEEKDAY_PATTERN, month_number
from dipnews._data import load_table
from dipnews._engine import Grammar, Match
from dipnews._fold import strip_marks
from dipnews._text import check_text
from dipnews.countries import code_for, code_for_place
from dipnews.errors import DataError, LookupFailedError
from dipnews.records import AgencyCredit, Byline, Dateline, DateSpan, Header, TimeExpression

__all__ = [
    "HEAD_CHARS",
    "TAIL_CHARS",
    "agency_names",
    "canonical_agency",
    "lookup_agency",
    "parse_header",
]

#: How far into the text the metadata line, byline and dateline are looked for.
HEAD_CHARS = 800
#: How much of the end of the text is searched for sign-offs and trailers.
TAIL_CHARS = 600
#: At most this many non-blank lines of the head are examined.
_HEAD_LINES = 8

# --------------------------------------------------------------------------------------
# Agencies
# --------------------------------------------------------------------------------------

_NORM_DROP = regex.compile(r"[.'’‘`]")
_NORM_SPACE = regex.compile(r"[\s\-‐‑–—_]+")


def _norm(name: str) -> str:
    """The matching key of an agency name: case, dots, accents, hyphens, 'the' ignored."""
    folded = strip_marks(name).casefold()
    folded = _NORM_SPACE.sub(" ", _NORM_DROP.sub("", folded)).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


@functools.cache
def _agency_index() -> Mapping[str, str]:
    table = load_table("agencies.json")
    rows = table.get("agencies")
    if not isinstance(rows, list):
        raise DataError("missing list 'agencies'", table="agencies.json")
    index: dict[str, str] = {}
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise DataError("each agency needs a string 'name'", table="agencies.json", row=row)
        name: str = row["name"]
        spellings = [name, row.get("full_name") or name, *row.get("aliases", ())]
        for spelling in spellings:
            if not isinstance(spelling, str):
                raise DataError("aliases must be strings", table="agencies.json", row=name)
            key = _norm(spelling)
            if index.get(key, name) != name:
                raise DataError(
                    f"{spelling!r} names both {index[key]!r} and {name!r}",
                    table="agencies.json",
                    row=name,
                )
            index[key] = name
    return MappingProxyType(index)


def canonical_agency(name: str) -> str | None:
    """The canonical short name of the news agency *name*, or ``None`` if unknown.

    Case, dots, hyphens and a leading ``the`` do not matter.

    >>> from dipnews.header import canonical_agency
    >>> canonical_agency("ITAR-TASS"), canonical_agency("Agence France-Presse")
    ('TASS', 'AFP')
    >>> canonical_agency("the Associated Press"), canonical_agency("Press Trust of India")
    ('AP', 'PTI')
    >>> canonical_agency("DPA"), canonical_agency("Reuter"), canonical_agency("Acme Daily")
    ('dpa', 'Reuters', None)
    """
    return _agency_index().get(_norm(name))


def lookup_agency(name: str) -> str:
    """Like :func:`canonical_agency` but raise :class:`~dipnews.errors.LookupFailedError`.

    >>> from dipnews.header import lookup_agency
    >>> lookup_agency("Anadolu Agency")
    'Anadolu'
    """
    found = canonical_agency(name)
    if found is None:
        raise LookupFailedError(f"unknown news agency: {name!r}")
    return found


def agency_names() -> tuple[str, ...]:
    """Every canonical agency name in the table, in table order.

    >>> from dipnews.header import agency_names
    >>> {"IANS", "Reuters", "Xinhua", "dpa"} <= set(agency_names())
    True
    """
    return tuple(dict.fromkeys(_agency_index().values()))


# --------------------------------------------------------------------------------------
# Shared regex fragments
# --------------------------------------------------------------------------------------

# Horizontal white space, and the invisible characters scraped text carries (byte-order
# mark, zero-width space and joiners, direction marks, word joiner).
_H = r"[\t\x0b\x0c\x1c-\x1f \x85\xa0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
#: The same invisible characters, as a set, for trimming by hand.
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u200e\u200f\u2060")
_MONTH = rf"(?:{MONTH_PATTERN})(?!\p{{L}})"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN})(?!\p{{L}})"
_ORD = r"(?:st|nd|rd|th)?"

# A date with or without a year. Groups: mon/day/year, or iy/im/id for numeric forms.
_DATE = rf"""
(?:{_WEEKDAY},?{_H}{{1,3}})?
(?:
    (?P<mon>{_MONTH}){_H}{{0,3}}(?P<day>\d{{1,2}}){_ORD}(?!\d)
        (?:{_H}{{0,3}},?{_H}{{0,3}}(?P<year>(?:1[89]|2\d)\d\d)(?!\d))?
  | (?P<day>\d{{1,2}}){_ORD}{_H}{{1,3}}(?:of{_H}{{1,3}})?(?P<mon>{_MONTH})
        (?:{_H}{{0,3}},?{_H}{{0,3}}(?P<year>(?:1[89]|2\d)\d\d)(?!\d))?
  | (?P<iy>(?:1[89]|2\d)\d\d)(?P<s>[-/.])(?P<im>\d{{1,2}})(?P=s)(?P<id>\d{{1,2}})(?!\d)
  | (?P<id>\d{{1,2}})\.(?P<im>\d{{1,2}})\.(?P<iy>(?:1[89]|2\d)\d\d)(?!\d)
)
"""
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION0

_DATE_RE = regex.compile(_DATE, _FLAGS)


def _date_parts(m: regex.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from a match of :data:`_DATE`, or None if impossible."""
    if m.group("iy"):
        year: int | None = int(m.group("iy"))
        month, day = int(m.group("im")), int(m.group("id"))
    else:
        month_no = month_number(m.group("mon"))
        if month_no is None:  # pragma: no cover - the pattern only admits month names
            return None
        month, day = month_no, int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return year, month, day


def _resolve(parts: tuple[int | None, int, int], anchor: dt.date | None) -> dt.date | None:
    """A full date: the stated year, else the year putting the date nearest *anchor*."""
    year, month, day = parts
    if year is not None:
        return dt.date(year, month, day)
    if anchor is None:
        return None
    best: dt.date | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - anchor) < abs(best - anchor):
            best = candidate
    return best


# --------------------------------------------------------------------------------------
# Metadata date line
# --------------------------------------------------------------------------------------

_META_RE = regex.compile(
    rf"""
    (?P<key>
        (?:(?:first|originally|last){_H}{{1,2}})?
        (?:published|posted|updated|modified|dated|date|issued)
    )
    (?:{_H}{{0,3}}(?:on|at)(?!\p{{L}}))?
    {_H}{{0,3}}:?{_H}{{0,3}}
    (?:\d{{1,2}}[:.]\d{{2}}{_H}{{0,2}}(?:[ap]\.?m\.?)?(?:{_H}{{1,2}}[A-Z]{{2,5}})?,?{_H}{{1,3}})?
    (?P<date>{_DATE})
    (?P<time>
        {_H}{{0,3}}[,|]?{_H}{{0,3}}(?:at{_H}{{1,3}})?
        \d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?
        (?:{_H}{{0,2}}[ap]\.?m\.?)?
        (?:{_H}{{1,2}}(?:\(?[A-Z]{{2,5}}\)?|[GU][MT]T?{_H}{{0,1}}[+-]\d{{1,2}}(?::?\d\d)?))?
    )?
    """,
    _FLAGS,
)


_TIME = rf"""
    {_H}{{0,3}}[,|]?{_H}{{0,3}}(?:at{_H}{{1,3}})?
    \d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?
    (?:{_H}{{0,2}}[ap]\.?m\.?)?
    (?:{_H}{{1,2}}(?:\(?[A-Z]{{2,5}}\)?|[GU][MT]T?{_H}{{0,1}}[+-]\d{{1,2}}(?::?\d\d)?))?
"""

#: A head line that is only a date with its year, perhaps after an outlet's name and
#: before a time or an "Update" stamp: ``2025-11-17 21:05:30``,
#: ``November 17, 2025 9:15 AM GMT+5:30``, ``Ahram Online , Monday 17 Nov 2025``.
_BARE_META_RE = regex.compile(
    rf"""
    (?P<key>)
    (?:(?P<pre>[^\r\n,|\d]{{1,40}}?){_H}{{0,3}}[,|]{_H}{{0,3}})?
    (?P<date>{_DATE})
    (?P<time>{_TIME})?
    (?P<rest>
        {_H}{{0,3}}[-|–—,]{_H}{{0,3}}
        (?:(?:last{_H}{{1,2}})?updated?{_H}{{0,3}}:?{_H}{{0,3}})?
        [\d:./,+\- \t]{{0,40}}(?:{_TIME})?
    )?
    {_H}{{0,3}}$
    """,
    _FLAGS | regex.MULTILINE,
)

#: A newspaper's footer: ``Published in Dawn, November 17th, 2025``.
_FOOTER_META_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    ^{_H}{{0,3}}(?:first{_H}{{1,2}})?published{_H}{{1,3}}in{_H}{{1,3}}[^,\r\n]{{1,60}},{_H}{{0,3}}
    (?P<date>{_DATE})
    """,
    _FLAGS | regex.MULTILINE,
)

# --------------------------------------------------------------------------------------
# Dateline
# --------------------------------------------------------------------------------------

_WORD = r"\p{L}[\p{L}\p{M}'’.\-/]{0,29}"

_AGENCY_PART = rf"""
    (?:
        {_H}{{0,3}},?{_H}{{0,3}}
        (?P<agency>\([^()\r\n]{{1,80}}\)|/[^/\r\n]{{1,40}}/)(?P<adot>\.)?
    )
"""
_BARE_AGENCY_PART = rf"""
    (?:
        {_H}{{0,3}}(?P<bare_dot>[,.]){_H}{{0,3}}
        (?P<bare_agency>\p{{L}}{{2,20}})(?={_H}{{0,3}}(?:-|—|–|:))
    )
"""
_SEP_PART = rf"(?P<sep>{_H}{{0,3}},?{_H}{{0,3}}(?:--?|—|–|:))"

_DATELINE_RE = regex.compile(
    rf"""
    (?P<place>{_WORD}(?:{_H}{{1,3}}{_WORD}){{0,5}})
    (?P<bracket>{_H}{{0,3}}\[[^\[\]\r\n]{{1,40}}\])?
    (?P<quals>(?:{_H}{{0,3}},{_H}{{0,3}}(?!{_MONTH}[\s\d]|{_WEEKDAY}){_WORD}(?:{_H}{{1,3}}{_WORD}){{0,3}}){{0,2}})
    (?:
        (?:{_H}{{0,3}}(?P<date_dot>[,.]){_H}{{0,3}}|{_H}{{1,3}})
        (?P<date>{_DATE})
        (?P<datedot>\.(?!\d))?
        {_AGENCY_PART}?{_BARE_AGENCY_PART}?{_SEP_PART}?
      | {_AGENCY_PART}{_SEP_PART}?
      | {_BARE_AGENCY_PART}{_SEP_PART}
      | {_SEP_PART}
    )
    (?=\s|$)
    """,
    _FLAGS,
)


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of *words*, as a set."""
    return frozenset(words.split())


#: Words that open sentences, headlines and titles but never a place name. Lower-case.
_NOT_PLACE_START = _wordset(
    """
    a an and as at after also although amid among according before but by during
    despite earlier following for from he her his however i if in into it its last
    later meanwhile mr mrs ms dr next no not now of on once one or our over said says
    she since so some speaking addressing that the their there these they this those
    though thus to today tomorrow under until upon we what when where which while who
    why with yesterday yet you your
    president minister prime foreign defence defense external secretary spokesperson
    spokesman spokeswoman ambassador envoy chairman chief deputy officials official
    sources report reports update updates breaking exclusive analysis opinion editorial
    watch video photos live explained read also editor published updated posted date
    note notes nb ps period qtr quarter year month week correction clarification photo
    file caption related advertisement tags topics
    """
)

#: Words that may stand in lower case inside a capitalised place (Rio de Janeiro).
_PARTICLES = _wordset(
    "de da do dos das del della di du des la le les el al es y e en am an der den "
    "sur upon on of ul ud bin"
)

#: Words that cannot be part of a place at all (verbs, auxiliaries, pronouns).
_NOT_PLACE_WORD = _wordset(
    """
    is are was were be been being has have had will would shall should can could may
    might must do does did said says say told tells met meet meets to the a an and or
    but if that this these those it its he she they we i you his her their our your
    who which what when not no with from for by as at in into over about after before
    ended ending ends begins began
    noon midday midnight close open gmt utc cdt cst edt est ist inc corp ltd plc llc
    """
)

_SENTENCE_END = regex.compile(r"[.!?][\"”’')\]]{0,2}(?:\s|$)")
_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")


def _words(s: str) -> list[str]:
    return _WORDS.findall(s)


def _place_ok(place: str, quals: str, *, strong: bool, opens: bool) -> bool:
    """Whether *place* (and its qualifiers such as ``Va.``) can be a dateline's place.

    A weak dateline (no date, no agency) needs a short capitalised or upper-case place;
    a strong one may be in any case (``New york``, ``new delhi``), but an all-lower-case
    place only on a line that opens a paragraph.
    """
    words = place.split()
    if not words or len(words) > (6 if strong else 4):
        return False
    head = words[0].strip(".").casefold()
    if head in _NOT_PLACE_START and not (strong and head == "the" and len(words) > 1):
        return False
    if month_number(words[0]) is not None or head in _WEEKDAY_NAMES:
        return False
    all_lower = all(w == w.lower() for w in words)
    if all_lower and not (strong and opens):
        return False
    for i, word in enumerate(words):
        bare = word.strip(".'’-").casefold()
        if not bare:
            return False
        if bare in _NOT_PLACE_WORD and not (i == 0 and bare == "the" and strong):
            return False
        if word[0].islower() and not all_lower and not strong:
            inner = 0 < i < len(words) - 1
            if not (inner and bare in _PARTICLES) and not bare.startswith(("al-", "el-")):
                return False
    for qual in (q.strip() for q in quals.split(",")):
        if not qual:
            continue
        qwords = qual.split()
        if qwords[0].casefold() == "the" and len(qwords) > 1:
            qwords = qwords[1:]
        if month_number(qwords[0]) is not None and len(qwords) == 1:
            return False
        if any(w[0].islower() and w.casefold() not in _PARTICLES for w in qwords):
            return False
        if any(w.strip(".").casefold() in _NOT_PLACE_WORD for w in qwords):
            return False
    return True


_WEEKDAY_NAMES = _wordset("monday tuesday wednesday thursday friday saturday sunday")

_AGENCY_SPLIT = regex.compile(
    rf"{_H}*(?:/|,|;|&|\||\+|{_H}[-–—]{{1,2}}{_H}|{_H}and{_H})+{_H}*", regex.IGNORECASE
)


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of *text[start:end]* between agency-list separators, trimmed."""
    pos = start
    for m in _AGENCY_SPLIT.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _trim(text: str, start: int, end: int, chars: str = ".,:;()[]-–—\"'") -> tuple[int, int]:
    """Narrow *start:end* past white space, invisible characters and *chars*."""
    while start < end and (text[start] in chars or _blank_char(text[start])):
        start += 1
    while end > start and (text[end - 1] in chars or _blank_char(text[end - 1])):
        end -= 1
    return start, end


def _blank_char(char: str) -> bool:
    return char.isspace() or char in _INVISIBLE


def _squash(value: str) -> str:
    """*value* with every run of white space (no-break spaces too) made one space."""
    return " ".join(value.split())


def _agency_credits(text: str, start: int, end: int) -> list[AgencyCredit]:
    """Credits for every known agency named in a list such as ``APP / Xinhua``."""
    found: list[AgencyCredit] = []
    s, e = _trim(text, start, end)
    whole = canonical_agency(text[s:e]) if s < e else None
    if whole is not None:  # "Palestinian News and Information Agency" is one agency
        return [AgencyCredit(whole, text[s:e], s, e)]
    for s, e in _segments(text, start, end):
        s, e = _trim(text, s, e)
        if s >= e:
            continue
        name = canonical_agency(text[s:e])
        if name is not None:
            found.append(AgencyCredit(name, text[s:e], s, e))
    return found


_OUTLET = regex.compile(r"\p{Lu}[\p{Lu}\p{Ll}&.\-]{1,15}(?: \p{Lu}[\p{L}&.\-]{1,15}){0,2}")


def _dateline_at(
    text: str, pos: int, line_end: int, anchor: dt.date | None, *, opens: bool = True
) -> tuple[Dateline, list[AgencyCredit], bool] | None:
    """Parse a dateline starting exactly at *pos*; (dateline, credits, strong) or None.

    *opens* tells whether the line opens a paragraph (first line, after a blank line, a
    byline or a metadata line); bare ``Place, Date`` lines and all-lower-case places are
    only taken there.
    """
    m = _DATELINE_RE.match(text, pos, line_end)
    if m is None:
        return None
    # Parts: the date outside or inside the brackets, the agency list.
    parts: tuple[int | None, int, int] | None = None
    if m.group("date"):
        dm = _DATE_RE.fullmatch(m.group("date"))
        parts = _date_parts(dm) if dm else None
        if parts is None:
            return None
    credits: list[AgencyCredit] = []
    sep_text = (m.group("sep") or "").strip(" \t,\u00a0")
    if m.group("agency"):
        a_start, a_end = m.start("agency") + 1, m.end("agency") - 1
        inner_date = _DATE_RE.search(text, a_start, a_end)
        if inner_date is not None:
            inner_parts = _date_parts(inner_date)
            if parts is None:
                parts = inner_parts
            credits = _agency_credits(text, a_start, inner_date.start())
            credits += _agency_credits(text, inner_date.end(), a_end)
        else:
            credits = _agency_credits(text, a_start, a_end)
        outlet_ok = (sep_text or parts is not None) and _OUTLET.fullmatch(text, a_start, a_end)
        if not credits and not outlet_ok:
            # "WASHINGTON (CNN) -", "Thimphu, Nov 17 (Kuensel)": an outlet that is not a
            # news agency still marks a dateline after a date or before a dash; "(MFA)
            # said" is no dateline.
            return None
    if m.group("bare_agency"):
        name = canonical_agency(m.group("bare_agency"))
        if name is None:
            return None
        credits.append(AgencyCredit(name, m.group("bare_agency"), *m.span("bare_agency")))
    place_start, place_end = m.span("place")
    quals = m.group("quals") or ""
    outlet = bool(m.group("agency")) and not credits
    if not m.group("date") and not m.group("agency") and not credits:
        if quals:
            # "Tehran, IRNA --": the agency after a comma, taken for a qualifier.
            cut = text.rfind(",", place_start, m.end("quals"))
            a_s, a_e = _trim(text, cut + 1, m.end("quals"))
            name = canonical_agency(text[a_s:a_e])
            if name is not None:
                credits.append(AgencyCredit(name, text[a_s:a_e], a_s, a_e))
                quals = text[m.start("quals") : cut]
        else:
            # "ASTANA. KAZINFORM -": the agency after a dot, taken into the place words.
            cut = max(text.rfind(c, place_start, place_end) for c in " \u00a0\t")
            if cut > place_start and text[cut - 1] == ".":
                name = canonical_agency(text[cut + 1 : place_end])
                if name is not None:
                    credits.append(
                        AgencyCredit(name, text[cut + 1 : place_end], cut + 1, place_end)
                    )
                    place_end = cut
    dotted = not quals and not m.group("bracket") and text[place_end - 1] == "."
    if dotted:
        # "MOSCOW. Nov 17 (Interfax)": a dot after a bare place is a separator, which
        # only the agency styles that use it make safe.
        place_end -= 1
    if (dotted or m.group("date_dot") == ".") and not credits:
        return None
    sep = sep_text
    has_date = parts is not None
    strong = bool(credits) or has_date or (outlet and bool(sep))
    if not strong and sep not in {":", "-", "--", "—", "–"}:
        return None
    if not has_date and not sep and not m.group("adot"):
        # "TOKYO (Kyodo) Japan ..." opens a sentence; "... News Agency (GNA) said" is prose.
        after = text[m.end() : m.end() + 3].lstrip()
        if not after or not after[0].isupper():
            return None
    bare_date = has_date and not credits and not sep and not m.group("agency")
    if bare_date:
        # "NEW DELHI, Nov 17" alone on a line that opens a paragraph.
        rest = text[m.end("date") : line_end].strip()
        if not opens or (rest and rest not in {".", ","}):
            return None
    place_text = text[place_start:place_end]
    if not _place_ok(place_text, quals, strong=strong and not bare_date, opens=opens):
        return None
    # The end of the dateline: separator, else agency, else date.
    if sep:
        end = m.end("sep")
    elif m.group("bare_agency"):
        end = m.end("bare_agency")
    elif m.group("agency"):
        end = m.end("adot") if m.group("adot") else m.end("agency")
    elif has_date:
        end = m.end("datedot") if m.group("datedot") else m.end("date")
    else:  # pragma: no cover - a weak dateline always has a separator
        return None
    if m.group("bracket") or place_end != m.end("place") or quals != m.group("quals"):
        place = _squash(place_text + quals).strip(" ,")
    else:
        place = _squash(text[place_start : m.end("quals")]).strip(" ,")
    date = _resolve(parts, anchor) if parts is not None else None
    surface = text[pos:end]
    agency = credits[0].agency if credits else None
    credits.sort(key=lambda c: c.start)
    return Dateline(place, date, agency, surface, pos, end), credits, strong


# --------------------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------------------

# "By" or "BY" (not a wrapped line's "by"), or "Written by", "REPORTED BY"...
_BY_RE = regex.compile(
    rf"""
    (?:(?:(?i:w)ritten|(?i:r)eported|(?i:c)ompiled|WRITTEN|REPORTED|COMPILED){_H}{{1,3}}(?:by|BY)
      | By | BY)
    (?:{_H}{{0,3}}:)?{_H}{{1,3}}(?=\S)
    """,
    regex.VERBOSE,
)
_NAME_TOKEN = r"(?:\p{Lu}\.(?:\p{Lu}\.){0,3}|\p{Lu}[\p{L}\p{M}'’\-]{0,30}\.?)"
_NAME_RE = regex.compile(
    rf"""
    {_NAME_TOKEN}
    (?:{_H}{{1,2}}(?:(?:van|von|der|den|de|da|di|du|del|la|le|bin|binti|ibn|al|el|ul|y|dos)
        {_H}{{1,2}}){{0,2}}{_NAME_TOKEN}){{1,4}}
    """,
    regex.VERBOSE,
)

#: Words that mark a byline segment as a role or an outlet, not a person.
_ROLE_WORDS = _wordset(
    """
    staff reporter reporters correspondent correspondents writer writers editor editors
    bureau desk team news service services contributor contributors analyst columnist
    special senior chief associate press agency agencies times post express herald
    tribune today daily media network online web digital wire wires online our
    """
)

#: Nouns that end a journalist's role (``Diplomatic editor``, ``Security correspondent``).
_ROLE_NOUNS = _wordset(
    "correspondent correspondents editor editors reporter reporters writer writers "
    "columnist analyst contributor producer journalist"
)
#: Capitalised words that may qualify a role noun (``Diplomatic editor``).
_ROLE_MODIFIERS = _wordset(
    """
    diplomatic security political politics chief senior foreign defence defense economics
    economic business international world special staff associate deputy assistant
    managing executive contributing national regional bureau investigative science
    health technology energy environment legal global correspondent
    """
)

_NAME_SPLIT = regex.compile(rf"{_H}*(?:,|&|\band\b){_H}*", regex.IGNORECASE)
_IN_PLACE = regex.compile(rf"{_H}+(?:in|from|at){_H}+\p{{Lu}}[^,;]*$")


def _title_case(name: str) -> str:
    if name.upper() != name:
        return name
    return regex.sub(r"\p{L}[\p{L}\p{M}]*", lambda m: m.group(0).capitalize(), name)


def _is_role(segment: str) -> bool:
    return any(w.casefold() in _ROLE_WORDS for w in _words(segment))


def _person(text: str, s: int, e: int) -> Byline | None:
    s, e = _trim(text, s, e, ",;:()[]\"'")
    seg = text[s:e]
    m = _IN_PLACE.search(seg)
    if m is not None:
        e = s + m.start()
        seg = text[s:e]
    if not seg or _is_role(seg) or canonical_agency(seg) is not None:
        return None
    if seg[:2] in {"A ", "I "}:
        return None  # an article or a pronoun, not an initial (initials take a dot)
    if _NAME_RE.fullmatch(seg) is None:
        return None
    stop = _NOT_PLACE_START | _NOT_PLACE_WORD
    if any(len(w) > 1 and w.casefold() in stop for w in _words(seg)):
        return None
    if any(month_number(w) is not None for w in seg.split()):
        return None
    if code_for_place(seg) is not None or code_for(seg) is not None:
        return None  # "New Delhi | Updated: ..." names a place, not a person
    return Byline(_squash(_title_case(seg)), seg, s, e)


def _role_only(text: str, s: int, e: int) -> bool:
    """Whether *text[s:e]* is a journalist's role alone (``Security correspondent``)."""
    words = _words(text[s:e])
    return (
        0 < len(words) <= 5
        and words[-1].casefold() in _ROLE_NOUNS
        and all(w.casefold() in _ROLE_MODIFIERS for w in words[:-1])
    )


def _name_role_line(
    text: str, s: int, e: int, nxt: tuple[int, int] | None
) -> tuple[Byline, bool] | None:
    """``Frank Gardner`` over ``Security correspondent``, or ``Patrick Wintour Diplomatic
    editor`` on one line: the person, and whether the next line was the role."""
    person = _person(text, s, e)
    if person is not None and person.end == e:
        if nxt is not None and _role_only(text, *nxt):
            return person, True
        return None
    words = list(_WORDS.finditer(text, s, e))
    if len(words) < 3 or len(words) > 8 or words[-1].group().casefold() not in _ROLE_NOUNS:
        return None
    if text[words[-1].end() : e].strip():
        return None
    cut = len(words) - 1
    while cut > 2 and words[cut - 1].group().casefold() in _ROLE_MODIFIERS:
        cut -= 1
    if nxt is not None and not _blank_before(text, nxt[0]) and text[nxt[0]].islower():
        return None  # a wrapped sentence: "Joseph Feshbach, chief market analyst\nat ..."
    person = _person(text, s, words[cut - 1].end())
    if person is None or not _role_only(text, words[cut].start(), e):
        return None
    return person, False


def _names_in(text: str, s: int, e: int) -> list[Byline] | None:
    """People named in a list (``Jane Doe and John Roe``); None if a piece is not a name."""
    people: list[Byline] = []
    for ps, pe in _split_names(text, s, e):
        ps, pe = _trim(text, ps, pe, "")
        if ps >= pe:
            continue
        person = _person(text, ps, pe)
        if person is None:
            return None
        people.append(person)
    return people


def _byline_line(text: str, s: int, e: int) -> tuple[list[Byline], list[AgencyCredit]] | None:
    """A head line that is a byline: ``By Jane Doe, Reuters`` or ``Jane Doe | New Delhi``."""
    by = _BY_RE.match(text, s, e)
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
    body_start, body_end = _trim(text, body_start, body_end, "")
    if body_start >= body_end:
        return None
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    # Comma-separated segments: names (possibly joined by "and"), roles, agencies.
    for ss, se in _split_at(text, body_start, body_end, ","):
        ss, se = _trim(text, ss, se, "")
        if ss >= se:
            continue
        piece = text[ss:se]
        agency = canonical_agency(piece)
        if agency is not None:
            credits.append(AgencyCredit(agency, piece, ss, se))
            continue
        if _is_role(piece):
            # "Reuters Staff", "AFP correspondent": credit the agency, no person.
            for w in _WORDS.finditer(text, ss, se):
                name = canonical_agency(w.group())
                if name is not None and not _is_role(w.group()):
                    credits.append(AgencyCredit(name, w.group(), *w.span()))
            continue
        names = _names_in(text, ss, se)
        if names is None:
            return None
        people.extend(names)
    if not people and not credits:
        return None
    return people, credits


#: Words of a title-case headline that are never part of a person's name.
_HEADLINE_WORDS = _wordset(
    """
    talk talks meet meets meeting visit visits arrives arrival call calls hold holds sign
    signs deal deals pact pacts ties summit news live update updates agree agrees vows
    urges slams backs warns seeks eyes plans hails welcomes condemns rejects
    """
)


def _bare_name(text: str, s: int, e: int) -> Byline | None:
    """A head line that is nothing but a person's name (``Kallol Bhattacherjee``)."""
    person = _person(text, s, e)
    if person is None or person.start != s or person.end != e:
        return None
    words = _words(person.surface)
    if not 2 <= len(words) <= 4 or any(w.casefold() in _HEADLINE_WORDS for w in words):
        return None
    if code_for(words[-1]) is not None:
        return None  # "India Russia" heads a story; no surname is a country
    return person


def _dateline_follows(
    text: str, lines: list[tuple[int, int]], i: int, anchor: dt.date | None
) -> bool:
    """Whether head line *i* + 1 is a dateline (a wire dateline or a place alone)."""
    if i + 1 >= len(lines):
        return False
    s, e = lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    got = _dateline_at(text, s, e, anchor, opens=True)
    if got is not None:
        return got[2] or _weak_ok(text, got[0].end, e, after)
    return (
        after is not None
        and _place_line(text, s, e) is not None
        and _blank_before(text, after[0])
        and _is_paragraph(text, *after)
    )


#: A tail line crediting the writer: ``By Kim Hyun-soo``, ``Writing by Burak Bir``,
#: ``Reporting by Pedro Peduzzi – Agência Brasil``, ``Reporter: Katriana``.
_TAIL_BY_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    ^{_H}{{0,3}}(?=\p{{Lu}})
    (?:
        (?P<label>(?i:reporters?|writers?|authors?)){_H}{{0,2}}:{_H}{{0,3}}
      | (?i:(?:additional{_H}{{1,3}})?(?:reporting|writing|written|reported|compiled|text|story)
            (?:{_H}{{1,3}}and{_H}{{1,3}}(?:reporting|writing))?){_H}{{1,3}}by{_H}{{1,3}}
      | (?:By|BY){_H}{{1,3}}
    )
    (?P<body>[^\r\n]{{1,200}}?)
    {_H}{{0,3}}$
    """,
    regex.VERBOSE | regex.MULTILINE | regex.VERSION0,
)
#: A one-word name after a ``Reporter:`` label (``Katriana``): Indonesian mononyms.
_MONONYM_RE = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]{1,30}")


def _credit_people(
    text: str, s: int, e: int, *, mononym: bool
) -> tuple[list[Byline], list[AgencyCredit]] | None:
    """The people and agencies of a credit such as ``Pedro Peduzzi – Agência Brasil``;
    None when a piece is neither (the line is prose, not a credit)."""
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    for ps, pe in _segments(text, s, e):
        ps, pe = _trim(text, ps, pe)
        if ps >= pe:
            continue
        piece = text[ps:pe]
        agency = canonical_agency(piece)
        if agency is not None:
            credits.append(AgencyCredit(agency, piece, ps, pe))
            continue
        if _is_role(piece):
            continue
        person = _person(text, ps, pe)
        if person is None and mononym and _MONONYM_RE.fullmatch(piece):
            stop = _NOT_PLACE_START | _NOT_PLACE_WORD | _HEADLINE_WORDS
            if (
                piece.casefold() not in stop
                and month_number(piece) is None
                and code_for(piece) is None
                and code_for_place(piece) is None
            ):
                person = Byline(piece, piece, ps, pe)
        if person is None:
            return None
        people.append(person)
    return people, credits


def _tail_bylines(text: str) -> tuple[list[Byline], list[AgencyCredit]]:
    """Writers credited on lines of their own at the end (never editors)."""
    people: list[Byline] = []
    credits: list[AgencyCredit] = []
    lines: Iterator[Match] = _TAIL_BY_RE.on(text).finditer(text, _tail_start(text))
    for m in itertools.islice(lines, _MAX_INLINE):
        found: list[Byline] = []
        found_credits: list[AgencyCredit] = []
        for n, (ps, pe) in enumerate(_split_at(text, *m.span("body"), ";")):
            if n > 0:  # "; Editing by ..." is skipped, "; additional reporting by" read
                part = _CREDIT_PART_RE.match(text, ps, pe)
                if part is None:
                    continue
                ps = part.end()
            got = _credit_people(text, ps, pe, mononym=m.group("label") is not None)
            if got is None:
                found = []
                break
            found.extend(got[0])
            found_credits.extend(got[1])
        if found:
            people.extend(found)
            credits.extend(found_credits)
    return people, credits


_CREDIT_PAREN_RE = regex.compile(
    rf"""
    \({_H}{{0,3}}
    (?=(?:(?:additional|further|with){_H}{{1,3}})?(?:reporting|writing|written|compiled|editing|edited)\b)
    (?P<body>[^()\r\n]{{1,500}})
    \)
    """,
    _FLAGS,
)
_CREDIT_PART_RE = regex.compile(
    rf"""
    {_H}{{0,3}}(?:(?:additional|further|with){_H}{{1,3}})?
    (?:reporting|writing|written|compiled)(?:{_H}{{1,3}}and{_H}{{1,3}}\w+)?{_H}{{1,3}}by{_H}{{1,3}}
    """,
    _FLAGS,
)


def _reuters_credits(text: str, m: regex.Match[str]) -> list[Byline]:
    people: list[Byline] = []
    for ps, pe in _split_at(text, *m.span("body"), ";"):
        part = _CREDIT_PART_RE.match(text, ps, pe)
        if part is None:
            continue
        for piece_start, piece_end in _split_names(text, part.end(), pe):
            person = _person(text, piece_start, piece_end)
            if person is not None:
                people.append(person)
    return people


def _split_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = s
    for m in _NAME_SPLIT.finditer(text, s, e):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, e))
    return spans


def _split_at(text: str, s: int, e: int, separator: str) -> list[tuple[int, int]]:
    """The spans of ``text[s:e]`` between occurrences of the one-character *separator*."""
    spans: list[tuple[int, int]] = []
    pos = s
    i = text.find(separator, s, e)
    while i >= 0:
        spans.append((pos, i))
        pos = i + 1
        i = text.find(separator, pos, e)
    spans.append((pos, e))
    return spans


# --------------------------------------------------------------------------------------
# Trailers and inline credits
# --------------------------------------------------------------------------------------

# Three scans, each led by a literal word so the engine skips ahead quickly.
_INPUTS_RE = regex.compile(
    rf"""
    (?<![\p{{L}}])inputs?{_H}{{1,3}}from{_H}{{1,3}}
    (?P<list>[^()\r\n.;]{{1,80}})
    """,
    _FLAGS,
)
_BASED_RE = regex.compile(
    rf"""
    (?<![\p{{L}}])based{_H}{{1,3}}on{_H}{{1,3}}(?:(?:an?|the){_H}{{1,3}})?
    (?P<list>\p{{L}}[\p{{L}}\-.'’]{{0,24}}+(?:{_H}\p{{L}}[\p{{L}}\-.'’]{{0,24}}+){{0,3}}?)
    {_H}{{1,3}}(?:reports?|inputs?|news|dispatch(?:es)?|copy)(?!\p{{L}})
    """,
    _FLAGS,
)
_SOURCE_RE = regex.compile(
    rf"""
    ^{_H}{{0,3}}(?:\({_H}{{0,2}})?(?:source|sources|courtesy|agency|agencies){_H}{{0,2}}:{_H}{{0,3}}
    (?P<list>[^\r\n]{{1,80}})
    """,
    _FLAGS | regex.MULTILINE,
)

_TAIL_LINE_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    (?:
        ^{_H}{{0,3}}\(?{_H}{{0,2}}
            (?P<alone>[\p{{L}}][\p{{L}}\-.'’ ]{{0,40}}?)
            {_H}{{0,2}}\)?[.]?{_H}{{0,3}}$
      | (?:\(|(?:--?|—|–|/){_H}{{0,3}})
            (?P<end>[\p{{L}}][\p{{L}}\-.'’ ]{{0,40}}?)
            {_H}{{0,3}}\)?[.]?{_H}{{0,3}}$
    )
    """,
    _FLAGS | regex.MULTILINE,
)


#: At most this many matches of each anchored credit scan are read: a real article has a
#: handful, and the bound keeps a pathological text ("inputs from" a million times) cheap.
_MAX_INLINE = 32


def _inline_credits(text: str) -> Iterator[AgencyCredit]:
    for pattern in (_INPUTS_RE, _BASED_RE, _SOURCE_RE):
        for m in itertools.islice(pattern.finditer(text), _MAX_INLINE):
            yield from _agency_credits(text, *m.span("list"))


def _tail_start(text: str) -> int:
    """Where the tail begins: the first line start in the last :data:`TAIL_CHARS`."""
    start = max(0, len(text) - TAIL_CHARS)
    nl = text.find("\n", start)
    if start > 0 and nl >= 0:
        start = nl + 1
    return start


#: A line that is only an e-mail address; an agency's domain (``khs@yna.co.kr``) signs.
_EMAIL_LINE_RE = regex.compile(
    rf"^{_H}{{0,3}}[\w.+\-]{{1,40}}@(?P<domain>[\w\-]{{1,30}}(?:\.[\w\-]{{1,30}}){{1,3}}){_H}{{0,3}}$",
    regex.MULTILINE,
)


def _tail_credits(text: str) -> Iterator[AgencyCredit]:
    start = _tail_start(text)
    for email in itertools.islice(_EMAIL_LINE_RE.finditer(text, start), _MAX_INLINE):
        name = canonical_agency(email.group("domain"))
        if name is not None:
            yield AgencyCredit(name, email.group("domain"), *email.span("domain"))
    pos = start
    tail_line = _TAIL_LINE_RE.on(text)
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        m = tail_line.search(text, pos, line_end)
        if m is not None:
            group = "alone" if m.group("alone") is not None else "end"
            s, e = _trim(text, *m.span(group))
            if s < e:
                name = canonical_agency(text[s:e])
                if name is not None:
                    yield AgencyCredit(name, text[s:e], s, e)
        if nl < 0:
            break
        pos = nl + 1


# --------------------------------------------------------------------------------------
# The head: lines, metadata, byline, dateline
# --------------------------------------------------------------------------------------


def _head_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first non-blank lines, trimmed of outer white space."""
    limit = min(len(text), HEAD_CHARS)
    pos = 0
    count = 0
    while pos < limit and count < _HEAD_LINES:
        nl = text.find("\n", pos, limit)
        end = limit if nl < 0 else nl
        s, e = pos, end
        while s < e and (text[s].isspace() or text[s] in _INVISIBLE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _INVISIBLE):
            e -= 1
        if s < e:
            count += 1
            yield s, e
        if nl < 0:
            break
        pos = nl + 1


#: Section labels and other words that may stand alone on a head line but are no place.
_SECTION_WORDS = _wordset(
    """
    world national international nation opinion breaking exclusive analysis update news
    business sports sport politics economy markets asia europe africa americas middle
    east west south north region regional diplomacy defence security top stories latest
    home live war crisis explained editorial feature features interview video photos
    india china us uk global local city metro science tech technology health lifestyle
    entertainment culture education environment climate more trending
    """
)


def _place_line(text: str, s: int, e: int) -> Dateline | None:
    """A place alone on its line (``ISTANBUL``, ``New Delhi``) above the first paragraph.

    Upper-case words that are not section labels, or a capital city the country table
    knows (so ``World`` or ``Opinion`` are never places).
    """
    line = text[s:e]
    words = line.split()
    if not 1 <= len(words) <= 3 or _WORDS.fullmatch(line.replace(" ", "")) is None:
        return None
    lowered = [w.casefold() for w in words]
    stops = _NOT_PLACE_START | _NOT_PLACE_WORD | _SECTION_WORDS
    if any(w in stops for w in lowered) or canonical_agency(line) is not None:
        return None
    if line.upper() != line and code_for_place(line) is None:
        return None
    if code_for(line) is not None and code_for_place(line) is None:
        return None  # a country's name or adjective ("INDIAN") heads a section, not a story
    return Dateline(_squash(line), None, None, line, s, e)


def _blank_before(text: str, line_start: int) -> bool:
    """Whether the line starting at *line_start* follows a blank line (opens a paragraph)."""
    prev_end = text.rfind("\n", 0, line_start)
    if prev_end < 0:
        return True
    prev_start = text.rfind("\n", 0, prev_end)
    return all(_blank_char(c) for c in text[prev_start + 1 : prev_end])


def _is_paragraph(text: str, s: int, e: int) -> bool:
    """Whether a head line reads as body text rather than a headline or a byline."""
    line = text[s:e]
    return len(line) >= 200 or (len(_words(line)) >= 8 and bool(_SENTENCE_END.search(line)))


def _weak_ok(text: str, end: int, line_end: int, next_line: tuple[int, int] | None) -> bool:
    """A dateline with neither date nor agency must open real body text."""
    rest = text[end:line_end]
    if not rest.strip():
        return next_line is not None and _is_paragraph(text, *next_line)
    return len(_words(rest)) >= 6 and (
        bool(_SENTENCE_END.search(rest)) or (line_end - end >= 50 and next_line is not None)
    )


def _metadata(
    text: str, s: int, e: int
) -> tuple[regex.Match[str], tuple[int | None, int, int]] | None:
    m = _META_RE.match(text, s, e)
    if m is None:
        m = _BARE_META_RE.match(text, s, e)
        if m is None or m.end() != e:
            return None
        pre = m.group("pre")
        if pre is not None and not (_is_role(pre) or canonical_agency(pre.strip())):
            return None  # "Moscow, Nov 17, 2025" is a dateline, "Ahram Online, ..." is not
    dm = _DATE_RE.fullmatch(m.group("date"))
    parts = _date_parts(dm) if dm else None
    if parts is None or parts[0] is None:
        return None
    return m, parts


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
    lines = list(_head_lines(text))
    meta_date: dt.date | None = None
    meta_surface: TimeExpression | None = None
    meta_rank = 9
    dateline: Dateline | None = None
    bylines: list[Byline] = []
    credits: list[AgencyCredit] = []
    candidates: list[tuple[int, int, int]] = []  # (start, end, index of line)
    header_lines: set[int] = set()  # lines holding a metadata date or a byline

    # Pass 1: metadata lines (also after a "|" in a byline), remember where content starts.
    for i, (s, e) in enumerate(lines):
        starts = [ps for ps, _pe in _split_at(text, s, e, "|")]
        content_start = s
        for st in starts:
            while st < e and text[st] in " \t\u00a0":
                st += 1
            found = _metadata(text, st, e)
            if found is None:
                continue
            m, parts = found
            key = m.group("key").casefold()
            rank = 2 if "updat" in key or "modif" in key else 1 if not key else 0
            if rank < meta_rank:
                day = dt.date(parts[0] or 1, parts[1], parts[2])
                meta_date = day
                meta_surface = TimeExpression(
                    m.group("date"), m.start("date"), m.end("date"), DateSpan.day(day)
                )
                meta_rank = rank
            if st == s:
                content_start = m.end()
                header_lines.add(i)
        while content_start < e and text[content_start].isspace():
            content_start += 1
        if content_start < e and not (content_start > s and text[content_start] == "|"):
            candidates.append((content_start, e, i))

    if meta_date is None:
        tail_start = max(0, len(text) - TAIL_CHARS)
        for fm in _FOOTER_META_RE.on(text).finditer(text, tail_start):
            fdm = _DATE_RE.fullmatch(fm.group("date"))
            footer = _date_parts(fdm) if fdm else None
            if footer is not None and footer[0] is not None:
                meta_date = dt.date(footer[0], footer[1], footer[2])
                meta_surface = TimeExpression(
                    fm.group("date"), *fm.span("date"), DateSpan.day(meta_date)
                )
                break

    anchor = published if published is not None else meta_date

    # Pass 2: bylines and the dateline, line by line until the body starts.
    weak: tuple[Dateline, list[AgencyCredit]] | None = None
    alone: Dateline | None = None
    role_lines: set[int] = set()
    for s, e, i in candidates:
        if i in role_lines:
            continue  # a role line under a byline
        by = _byline_line(text, s, e)
        if by is not None:
            bylines.extend(by[0])
            credits.extend(by[1])
            header_lines.add(i)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        named = _name_role_line(text, s, e, nxt)
        if named is not None:
            bylines.append(named[0])
            header_lines.add(i)
            if named[1]:
                header_lines.add(i + 1)
                role_lines.add(i + 1)
            continue
        if any(j < i and j not in header_lines for _, _, j in candidates):
            # "Kallol Bhattacherjee" under the headline, over "NEW DELHI" or "ISLAMABAD:".
            bare = _bare_name(text, s, e)
            if bare is not None and _dateline_follows(text, lines, i, anchor):
                bylines.append(bare)
                header_lines.add(i)
                continue
        opens = (
            i == 0
            or s == candidates[0][0]
            or (i - 1) in header_lines
            or _blank_before(text, lines[i][0])
        )
        got = _dateline_at(text, s, e, anchor, opens=opens)
        if got is None and alone is None and opens and nxt is not None:
            place_line = _place_line(text, s, e)
            if place_line is not None and _blank_before(text, nxt[0]) and _is_paragraph(text, *nxt):
                alone = place_line
                continue
        if got is not None:
            line, line_credits, strong = got
            if strong:
                dateline = line
                credits.extend(line_credits)
                break
            if weak is None and opens and _weak_ok(text, line.end, e, nxt):
                weak = (line, line_credits)
                break
        if _is_paragraph(text, s, e):
            break
    if dateline is None and weak is not None:
        dateline = weak[0]
        credits.extend(weak[1])
    if dateline is None:
        dateline = alone

    # Credits anywhere (anchored on fixed words) and sign-offs in the tail.
    for m in itertools.islice(_CREDIT_PAREN_RE.finditer(text), _MAX_INLINE):
        bylines.extend(_reuters_credits(text, m))
    tail_people, tail_credits = _tail_bylines(text)
    bylines.extend(tail_people)
    credits.extend(tail_credits)
    credits.extend(_inline_credits(text))
    credits.extend(_tail_credits(text))
    unique = {(c.start, c.end): c for c in credits}
    ordered = sorted(unique.values(), key=lambda c: c.start)
    people = sorted({(b.start, b.end): b for b in bylines}.values(), key=lambda b: b.start)

    header_date = meta_date
    if header_date is None and dateline is not None:
        header_date = dateline.date
    return Header(
        published=header_date,
        dateline=dateline,
        bylines=people,
        credits=ordered,
        published_surface=meta_surface,
    )
