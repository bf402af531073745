"""Counterparts: who a list after a contact word names (``met A, B and C``, ``bilateral
meetings with the president of Argentina, the prime minister of Japan and the chancellor
of Germany``, ``will meet the leaders of India, South Korea and Turkey``, ``with Polish,
Gabonese and Cameroonian foreign ministers``) and which named official a counterpart
phrase stands for (``his Saudi counterpart``: the Saudi official the article names).

A leader named only by office and country is a country code; where the article names an
official of that country (of the subject's rank, or the only one it names), that official
stands for it, so that one person is not reported once by name and once by code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews.events.places import PLACE
from dipnews.records import Official

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = [
    "LIST_SEPARATOR",
    "ROLE",
    "counterpart_codes",
    "included_sides",
    "listed_sides",
    "named_counterpart",
    "trilateral",
    "unnamed_sides",
]

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: An office a counterpart may be named by, singular or plural (``the president of``,
#: ``foreign ministers``, ``leaders``).
ROLE = (
    r"(?:(?:former|new|visiting|then|incoming|outgoing)\s++)?"
    r"(?:presidents?|prime\s++ministers?|premiers?|chancellors?|kings?|emirs?|sultans?|"
    r"crown\s++princes?|leaders?|heads?\s++of\s++(?:state|government)|"
    r"(?:foreign|defen[cs]e|trade|finance|economy|energy|interior)\s++ministers?|"
    r"ministers?\s++of\s++foreign\s++affairs|ministers?|counterparts?|top\s++diplomats?|"
    r"envoys?|PMs?|FMs?)"
)
# "the president of Argentina", "foreign ministers from Malta and Libya"
_ROLE_OF = compile_regex(r"(?:the\s++)?" + ROLE + r"\s++(?:of|from)\s++(?:the\s++)?", _FLAGS)
# "Polish, Gabonese and Cameroonian foreign ministers", "the Japanese premier"
_ADJECTIVES_ROLE = compile_regex(
    r"(?:the\s++)?(?P<adjectives>\p{Lu}[\p{L}-]{2,25}+(?:(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)"
    r"\p{Lu}[\p{L}-]{2,25}+){0,8})\s++(?i:" + ROLE + r")(?![\p{L}-])",
    regex.VERSION1,
)
_SPLIT = compile_regex(r"\s*+,\s*+(?:and\s++)?|\s++and\s++")
#: Between two sides of a list (``, and``, ``as well as``, ``his counterpart``).
LIST_SEPARATOR = compile_regex(
    r"\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s*+|as\s+well\s+as\s++|along\s+with\s++)?(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}.-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
_THE = compile_regex(r"(?:the\s++)?", _FLAGS)
# A person's name (two capitalised words at least) and what may stand between it and the
# next item of a list: an appositive, then a separator ("Mathias Corman, Secretary-General
# of the OECD, ").
_PERSON = compile_regex(r"\p{Lu}[\p{L}’'.-]{1,30}+(?:\s++\p{Lu}[\p{L}’'.-]{1,30}+){1,3}(?=[\s,])")
_GAP = compile_regex(
    r"(?:\s*+,[^;.:]{1,110}?)?(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)(?P<next>)"
    r"(?:(?:the|his|her)\s++)?(?:[\p{L}.’'-]{1,30}+\s++){0,6}?",
    regex.VERSION1,
)
_COUNTERPARTS = compile_regex(
    r"\s*+(?:with\s++)?(?:his|her|their|its|the)\s++(?P<adjectives>(?:[\p{Lu}][\p{L}.-]{1,25}+"
    r"(?:,\s*+|\s++and\s++|\s++)){0,8}?)counterparts?(?:\s++(?:from|of)\s++"
    r"(?P<list>[^.;:]{1,200}+))?",
)
_INCLUDING = compile_regex(r",\s*+including\s++(?:with\s++)?", _FLAGS)
_SPLIT_WORDS = compile_regex(r",\s*+|\s++and\s++|\s++")
_SPLIT_LIST = compile_regex(r",\s*+(?:and\s++)?|\s++and\s++")
_COUNTERPART_WORD = compile_regex(r"\bcounterparts?\b", _FLAGS)
_WORD = compile_regex(r"\S++")
# Names after a list of offices: "..., Sigmar Gabriel and Karin Kneissl(, respectively)".
_NAME = (
    r"\p{Lu}[\p{L}’'.-]{1,30}+"
    r"(?:\s++(?:(?:bin|al|de|van|von|da|dos)\s++)?\p{Lu}[\p{L}’'.-]{1,30}+){1,4}"
)
_NAMES = compile_regex(
    r",\s*+(?P<first>" + _NAME + r")(?:\s*+(?:,\s*+(?:and\s++)?|and\s++)" + _NAME + r"){0,11}"
    r"(?:,?\s*+respectively\b)?",
    regex.VERSION1,
)
# Before a meeting word: one meeting of three or more sides, not one per counterpart.
_MANY_SIDED = compile_regex(
    r"\b(?:trilateral|tripartite|three-way|four-way|quadrilateral|joint|multilateral)\b", _FLAGS
)


def trilateral(ctx: Context, start: int, end: int, lo: int) -> bool:
    """Whether the meeting word at ``[start, end)`` is one meeting of many sides (``held
    a trilateral meeting with A and B``, ``joint talks``)."""
    return _MANY_SIDED.search(ctx.text, max(lo, start - 30), end) is not None


def _countries_from(ctx: Context, pos: int, hi: int) -> tuple[list[str], int]:
    """Country names listed from *pos* (``Argentina, China and Japan``), and where the
    list ends."""
    text = ctx.text
    found: list[str] = []
    cursor = end = pos
    for _ in range(12):
        the = _THE.match(text, cursor, hi)
        start = the.end() if the else cursor
        m = PLACE.match(text, start, hi)
        if m is None:
            break
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, start, m.end())]
        code = None
        for n in range(len(words), 0, -1):  # the longest run that names a country
            code = _countries.code_for(" ".join(text[s:e] for s, e in words[:n]))
            if code is not None:
                end = words[n - 1][1]
                break
        if code is None:
            break
        found.append(code)
        sep = LIST_SEPARATOR.match(text, end, hi)
        if sep is None or sep.end() == end:
            break
        cursor = sep.end()
    return found, end


def _country_item(ctx: Context, pos: int, hi: int) -> tuple[list[str], int] | None:
    """A list item naming leaders by office and country: their countries and its end."""
    text = ctx.text
    m = _ROLE_OF.match(text, pos, hi)
    if m is not None:
        codes, end = _countries_from(ctx, m.end(), hi)
        return (codes, end) if codes else None
    m = _ADJECTIVES_ROLE.match(text, pos, hi)
    if m is not None:
        named = [_countries.code_for(w) for w in _SPLIT.split(m.group("adjectives"))]
        adjectives = [c for c in named if c is not None]
        if adjectives and len(adjectives) == len(named):
            return adjectives, m.end()
    return None


def listed_sides(
    ctx: Context, pos: int, hi: int, lead: regex.Pattern[str]
) -> tuple[list[Official], list[str]]:
    """The officials and the countries of unnamed leaders listed from *pos* on, after an
    optional *lead* phrase (``with``, ``his counterpart``). A list of offices followed by
    the names they belong to (``foreign ministers of Malaysia and Tajikistan, A and B,
    respectively``) gives the named officials, not the countries."""
    text = ctx.text
    m = lead.match(text, pos, hi)
    cursor = m.end() if m else pos
    # ("with his Indian counterpart, the Russian minister said": after a counterpart
    # phrase only its name may follow, not another office)
    named_only = m is not None and _COUNTERPART_WORD.search(text, m.start(), m.end()) is not None
    # ("with his Indian counterpart, the Russian minister": not the Indian's name)
    nationality = (
        {c for w in _WORD.findall(text, m.start(), m.end()) if (c := _countries.code_for(w))}
        if named_only and m is not None
        else set()
    )
    officials: list[Official] = []
    codes: list[str] = []
    skips = 0
    for _ in range(24):
        if cursor >= hi:
            break
        o = ctx.people.at(cursor, hi)
        if o is not None and nationality and not officials and o.country not in nationality:
            break
        if o is not None:
            officials.append(o)
            end = o.end
        elif named_only and not officials and not codes:
            break
        else:
            item = _country_item(ctx, cursor, hi)
            if item is None:
                skipped = _unknown_person(ctx, cursor, hi)
                if skipped is None or skips >= 2:
                    break
                # "with Mathias Corman, Secretary-General of the OECD, Kenyan Foreign
                # Minister X": a person the officials were not given is passed over.
                skips += 1
                cursor = skipped
                continue
            item_codes, end = item
            names = _NAMES.match(text, end, hi)
            if names is not None and _countries.code_for(names.group("first")) is None:
                # "foreign ministers of Germany and Austria, A and B(, respectively)":
                # the leaders are named after their offices; the names are the sides.
                officials.extend(ctx.people.inside(end, names.end()))
                end = names.end()
            else:
                codes.extend(item_codes)
        sep = LIST_SEPARATOR.match(text, end, hi)
        if sep is None or sep.end() == end:
            break
        cursor = sep.end()
    return officials, codes


def _unknown_person(ctx: Context, pos: int, hi: int) -> int | None:
    """Where the next official of a list starts, past a person's name at *pos* (and its
    appositive) that is no official mention; ``None`` unless one follows."""
    text = ctx.text
    name = _PERSON.match(text, pos, hi)
    if name is None:
        return None
    for o in ctx.people.inside(name.end(), min(hi, name.end() + 160)):
        gap = _GAP.fullmatch(text, name.end(), o.start)
        if gap is not None:
            return gap.start("next")
        break
    return None


def named_counterpart(ctx: Context, code: str, subjects: list[Official], pos: int) -> str | None:
    """The official of country *code* the article names who stands for a counterpart of
    *subjects* named only by country (``his Saudi counterpart``): one of the subject's
    rank, nearest *pos* (before it first), else the only official of that country the
    article names; ``None`` when there is none."""
    people = [o for o in ctx.people.officials if o.country == code]
    if not people:
        return None
    roles = {o.role for o in subjects}
    same_rank = [o for o in people if o.role in roles]
    if same_rank:
        before = [o for o in same_rank if o.start < pos]
        return (before[-1] if before else same_rank[0]).name
    names = {o.name for o in people}
    return people[0].name if len(names) == 1 else None


def unnamed_sides(
    ctx: Context,
    subjects: list[Official],
    objects: list[Official],
    codes: list[str],
    pos: int,
    taken: list[str],
) -> list[str]:
    """The sides *codes* stand for (counterparts named by office and country): the
    official of that country the article names, else the code; none for the subjects'
    own countries or for a country an object already stands for."""
    own = {o.country for o in subjects} | {o.country for o in objects}
    found: list[str] = []
    for code in dict.fromkeys(codes):
        if code in own:
            continue
        key = named_counterpart(ctx, code, subjects, pos) or code
        if key not in taken and key not in found and all(o.name != key for o in subjects):
            found.append(key)
    return found


def included_sides(ctx: Context, pos: int, hi: int) -> tuple[list[Official], list[str]]:
    """The sides after ``, including (with)`` later in the clause (``will hold bilateral
    meetings on the sidelines of the summit, including with X and Y``)."""
    end = min(hi, pos + 160)
    if ctx.text.find("ncluding", pos, end) < 0:  # (a quick test first)
        return [], []
    m = _INCLUDING.search(ctx.text, pos, end)
    if m is None:
        return [], []
    return listed_sides(ctx, m.end(), hi, _THE)


def counterpart_codes(ctx: Context, pos: int, hi: int) -> list[str]:
    """``with his Japanese and Korean counterparts``, ``with their counterparts from A, B
    and C``: the counterparts' countries."""
    m = _COUNTERPARTS.match(ctx.text, pos, hi)
    if m is None:
        return []
    found: list[str] = []
    for word in _SPLIT_WORDS.split(m.group("adjectives") or ""):
        if word:
            code = _countries.code_for(word)
            if code is not None:
                found.append(code)
    listed = m.group("list")
    if listed:
        for part in _SPLIT_LIST.split(listed):
            name = part.strip()
            code = _countries.code_for(name) if name else None
            if code is None:
                break
            found.append(code)
    return list(dict.fromkeys(found))
