"""Where: the place of a contact, the country of a place, the dateline's host, the
countries named in a stretch of text and the forum a contact took place at."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dipnews import countries as _countries
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews.events.casefold import FoldedPattern
from dipnews.events.lexicon import words
from dipnews.records import ForumMention, Official

if TYPE_CHECKING:
    from dipnews.events.context import Context

__all__ = [
    "FORUM_CUE",
    "PLACE",
    "PLACE_PREPOSITION",
    "THE",
    "WORD",
    "anaphor_host",
    "countries_in",
    "country_of_place",
    "country_spans",
    "dateline_host",
    "forum_in",
    "place_at",
    "place_case",
    "place_country",
    "place_in",
]

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: A capitalised name of up to four words (``Rio de Janeiro``, ``New Delhi``).
PLACE = compile_regex(
    r"\p{Lu}[\p{L}’'.-]{1,30}+(?:[ \n](?:(?:de|da|do|del|dos|al|el|es|la|le|sur|am|an)[ \n])?"
    r"\p{Lu}[\p{L}’'.-]{1,30}+){0,3}"
)
#: ``in``/``at`` before a capitalised word: where a place may follow.
PLACE_PREPOSITION = FoldedPattern(r"\b(?:in|at)\s++(?:the\s++)?(?=\p{Lu})", _FLAGS)
#: A word (letters, apostrophes, hyphens).
WORD = compile_regex(r"[\p{L}’'-]++")
#: Words before a forum that make it the setting of a contact (``on the sidelines of``,
#: ``during``, ``at``).
FORUM_CUE = FoldedPattern(
    r"(?:\b(?:sidelines?|margins?)\s++of|\b(?:during|at|in|on\s+the\s+eve\s+of))\s++"
    r"(?:the\s++)?(?:[\p{L}\d-]{1,20}+\s++){0,2}$",
    _FLAGS,
)
#: An optional ``the``.
THE = compile_regex(r"(?:the\s++)?", _FLAGS)
_TOKEN = compile_regex(r"\S++")
_SPACE_AND_THE = compile_regex(r"\s*+(?:the\s++)?", _FLAGS)
_HERE = compile_regex(r"\bhere\b(?![’']s)", _FLAGS)
_ACRONYM = compile_regex(r"\A\p{Lu}{2,}\Z")
_COMMA_COUNTRY = compile_regex(r",\s*+(\p{Lu}[\p{L} ]{2,30}+)")
# How far back the country that "the country", "the capital" refers to may be named.
_ANAPHOR_REACH = 600


def country_of_place(name: str) -> str | None:
    """The country of a capital, seat of government, country name or known city."""
    return (
        _countries.code_for_place(name)
        or _countries.code_for(name)
        or _countries.code_for_city(name)
    )


def _is_calendar_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in MONTHS or w in WEEKDAYS


def _overlaps_mention(ctx: Context, start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps an official's or a forum's mention."""
    for o in ctx.people.inside(max(0, start - 200), end):
        if o.start < end and start < o.end:
            return True
    return ctx.forums.overlaps(start, end)


def place_at(ctx: Context, pos: int, hi: int) -> tuple[str, int, int] | None:
    """A capitalised place name starting at *pos* (after spaces and ``the``)."""
    m = _SPACE_AND_THE.match(ctx.text, pos, hi)
    begin = m.end() if m else pos
    pm = PLACE.match(ctx.text, begin, hi)
    if pm is None:
        return None
    end = begin
    for w in _TOKEN.finditer(ctx.text, begin, pm.end()):
        if _is_calendar_word(w.group()):
            break
        end = w.end()
    raw = ctx.text[begin:end].rstrip(".’'")
    end = begin + len(raw)
    if not raw or raw.endswith(("’s", "'s")):
        return None
    name = " ".join(raw.split())  # a place broken over a wrapped line reads as one
    if "-" in name and all(part[:1].isupper() for part in name.split("-")):
        return None  # "India-Russia": a modifier, not a place
    if _ACRONYM.match(name) and _countries.code_for(name) is None:
        return None
    institution = any(w.lower() in words("place_stopwords") for w in name.split())
    if institution and country_of_place(name) is None:
        return None  # "at the General Agreement on Tariffs and Trade": an institution
    nxt = WORD.search(ctx.text, end, min(hi, end + 30))
    if (
        nxt is not None
        and ctx.text[end : nxt.start()].strip() == ""
        and nxt.group().lower() in words("modified_nouns")
    ):
        return None
    if _overlaps_mention(ctx, begin, end):
        return None
    return name, begin, end


def anaphor_host(
    ctx: Context, at: int, noun: str, visitors: list[Official]
) -> tuple[str, str] | None:
    """The place and country that ``the country``, ``the capital``, ``the Kingdom`` at *at*
    stand for: the country of the last country, capital or known city named in the text
    just before that is not a visitor's own ("will travel to Pakistan ... Lavrov, who last
    visited the country"; "threats from North Korea ... a summit in Tokyo ... arrived in
    the country": Japan), else the dateline's ("ABU DHABI (WAM) -- ... X, who is on a
    working visit to the country")."""
    own = {o.country for o in visitors}
    host: str | None = None
    body = ctx.sentences.body
    for code, _start, _end in reversed(_named_places(ctx, max(body, at - _ANAPHOR_REACH), at)):
        if code not in own:
            host = code
            break
    dateline = dateline_host(ctx)
    if host is None or (dateline is not None and host == dateline[1]):
        return dateline
    capital = _countries.capital_of(host) if noun.lower() == "capital" else None
    return capital or _countries.name_of(host), host


def dateline_host(ctx: Context) -> tuple[str, str] | None:
    """The place and country of the article's dateline (``NAIROBI, Kenya``: ``Nairobi``,
    ``KEN``), where it has one in a known country."""
    if ctx.dateline is None or not ctx.dateline.place:
        return None
    code = _dateline_country(ctx.dateline.place)
    return None if code is None else (place_case(ctx.dateline.place.split(",")[0]), code)


def _dateline_country(place: str) -> str | None:
    """The country of a dateline place (``NAIROBI``, ``NAIROBI, Kenya``)."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return None
    return country_of_place(parts[0]) or _countries.code_for(parts[-1])


def place_case(place: str) -> str:
    """``NEW DELHI`` (a dateline in capitals) reads ``New Delhi``."""
    return place.title() if place.isupper() else place


def place_in(ctx: Context, lo: int, hi: int, after: int) -> str | None:
    """The first place after *after* in ``[lo, hi)`` (else the last before it)."""
    before: str | None = None
    prep, target = ctx.cues.place_preposition
    for m in prep.finditer(target, lo, hi):
        if m.start() >= after + 120:
            break
        left = ctx.cues.word_before.search(ctx.text, max(lo, m.start() - 24), m.start())
        if left is not None and left.group(1).lower() in words("topic_nouns"):
            continue
        found = place_at(ctx, m.end(), hi)
        if found is None:
            continue
        code = place_country(ctx, found[0], found[2])
        if code is not None:
            ctx.place_codes.setdefault(found[0], code)
        if m.start() >= after:
            return found[0]
        before = found[0]
    if ctx.dateline is not None and ctx.dateline.place and _HERE.search(ctx.text, lo, hi):
        return place_case(ctx.dateline.place)
    return before


def place_country(ctx: Context, place: str, end_hint: int | None = None) -> str | None:
    """The country of *place*; else of a country written after it (``Accra, Ghana``) when
    *end_hint*, the place's end, is given."""
    code = country_of_place(place)
    if code is None and end_hint is not None:
        m = _COMMA_COUNTRY.match(ctx.text, end_hint)
        if m is not None:
            code = _countries.code_for(m.group(1).strip())
    return code


def countries_in(ctx: Context, lo: int, hi: int) -> list[str]:
    """Country codes of country names standing alone (not ``Russian Foreign Minister``)."""
    return [code for code, _s, _e in country_spans(ctx, lo, hi)]


def _named_places(ctx: Context, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The countries, capitals and known cities named in ``[lo, hi)`` (no official's
    mention), with the country of each."""
    found: list[tuple[str, int, int]] = []
    for m in PLACE.finditer(ctx.text, lo, hi):
        words = m.group().split()
        for n in range(len(words), 0, -1):  # ("Santiago. The talks": Santiago)
            name = " ".join(words[:n]).rstrip(".")
            for suffix in ("’s", "'s"):
                name = name.removesuffix(suffix)
            code = country_of_place(name)
            if code is not None:
                if not _overlaps_mention(ctx, m.start(), m.end()):
                    found.append((code, m.start(), m.end()))
                break
    return found


def country_spans(ctx: Context, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The country names standing alone in ``[lo, hi)``: code, start and end of each."""
    found: list[tuple[str, int, int]] = []
    for m in PLACE.finditer(ctx.text, lo, hi):
        # The whole capitalised run must be a country: a country word followed by another
        # capitalised word is a modifier ("Russian Foreign Minister"), not a party.
        name = " ".join(m.group().split())
        for suffix in ("’s", "'s"):
            name = name.removesuffix(suffix)
        code = _countries.code_for(name)
        if code is not None and not _overlaps_mention(ctx, m.start(), m.end()):
            found.append((code, m.start(), m.end()))
    return found


def forum_in(ctx: Context, lo: int, hi: int) -> ForumMention | None:
    """The first forum mention inside ``[lo, hi)`` with a cue that the contact took place
    there (``on the sidelines of``, ``at``, ``during``)."""
    for f in ctx.forums.starting_in(lo, hi):
        if f.end > hi:
            continue
        cue, target = ctx.cues.forum_cue
        if cue.search(target, max(lo, f.start - 48), f.start):
            return f
    return None
