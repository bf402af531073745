"""What a match of the grammar says: a :class:`Mention` with its country, role and title
(:func:`from_titles`), and the name it gives, cleaned (:func:`clean_name`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from dipnews import _engine, countries
from dipnews._patterns import literal_trie
from dipnews.officials.tables import TitleRow, tables
from dipnews.officials.titles import (
    SPACE_RUN,
    best_title,
    cached_title_key,
    is_leader,
    place_of,
    written_title,
)

__all__ = ["Mention", "adjective_only", "clean_name", "from_titles", "written_titles"]


_CORPORATE_PRONE = frozenset(
    {
        "HEAD_OF_STATE",
        "DEPUTY_HEAD_OF_GOVERNMENT",
        "ORG_HEAD",
        "OTHER_MINISTER",
        "ADVISER",
        "PARTY_LEADER",
        "LEGISLATOR",
    }
)


_HEAD_ROLES = frozenset({"HEAD_OF_STATE", "DEPUTY_HEAD_OF_GOVERNMENT", "ORG_HEAD"})


_ORG_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}


_PARTY_HEAD_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}


_TRAILING_INITIALS = regex.compile(r"(?:[^\S\n]++\p{Lu}\.?)++$")


_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]")  # a name has a word in it, not initials only


@attrs.define
class Mention:
    """A mention found by one rule, before linking."""

    start: int
    end: int
    name: str | None  # the name as written (honorifics stripped), or None
    name_start: int = -1
    name_end: int = -1
    country: str | None = None
    role: str | None = None
    title: str | None = None
    title_key: str | None = None
    possessive: bool = False
    anchored: bool = False  # the country was named by a word of the mention
    inherit: str | None = None  # a country shared with a coordinated mention, if no other
    kind: str = "prefix"  # prefix, appositive, counterpart, bare, person
    person: int = -1  # index of the person (cluster) it refers to
    leader: bool = False
    loose: bool = False  # "the Defence Minister": whoever alone held that role so far


@functools.cache
def _inner_honorific() -> regex.Pattern[str]:
    """An honorific inside a name ("Tengku Datuk Seri Zafrul"), as the grammar allows it."""
    table = tables()
    words = sorted((h for h in table.honorifics if h not in table.name_words), key=len)
    pattern: regex.Pattern[str] = regex.compile(
        r"(?<=\s)" + literal_trie(words) + r"(?![\p{L}\p{M}])(?:\s++|(?<=\.))"
    )
    return pattern


def clean_name(raw: str, start: int) -> tuple[str, int, int] | None:
    """Trim trailing initials and drop inner honorifics; ``None`` if no full word is left."""
    trimmed = _TRAILING_INITIALS.sub("", raw)
    if not trimmed or not _NAME_WORD.search(trimmed):
        return None
    name = _inner_honorific().sub("", trimmed)
    return SPACE_RUN.sub(" ", name).strip(), start, start + len(trimmed)


_TITLE_GROUPS = ("t", "t1", "t2")


def written_titles(m: _engine.Match) -> list[str]:
    """The titles a match wrote, in order: up to three coordinated ones (groups ``t``,
    ``t1``, ``t2``; the bare grammar has ``t`` alone)."""
    index = m.re.groupindex
    return [m.group(g) for g in _TITLE_GROUPS if g in index and m.group(g) is not None]


def from_titles(
    m: _engine.Match,
    kind: str,
) -> Mention | None:
    """Country, role and title of a prefix, appositive or bare match."""
    table = tables()
    written = written_titles(m)
    if "own" in m.re.groupindex and m.group("own") is not None:
        written = [m.group("own")]
    keys = [cached_title_key(t) for t in written]
    groups = ["cty", "cty2", "of", "of2", "mcty", "of3"]
    capitalised = written[0][:1].isupper()
    for group in ("cty2", "cty"):
        # "Kremlin spokesman", "State Department spokesperson": one title, not place + title.
        word = m.group(group)
        if word is not None and m.end(group) < m.start("t") and place_of(word)[1] != "country":
            joined = cached_title_key(word + " " + written[0])
            if joined in table.generic or joined in table.by_country:
                keys[0] = joined
                capitalised = word[:1].isupper()
                groups.remove(group)
                break
    places = [(m.group(g), g) for g in groups if g in m.re.groupindex and m.group(g) is not None]
    country: str | None = None
    kind_of_place = ""
    possessive = bool(m.group("poss") or m.group("poss2"))
    for text, group in places:
        code, what = place_of(text)
        if code is None:
            continue
        if group == "of" and m.group("ofw") == "to":
            continue
        if group == "of2" and m.group("ofw2") in ("to", "in"):
            continue
        if group == "of" and m.group("ofw") == "for" and kind_of_place:
            continue
        if country is None:
            country, kind_of_place = code, what
    anchored = country is not None
    leader = any(is_leader(k) for k in keys)
    if leader:
        row: TitleRow | None = None
        key = keys[0]
    else:
        row, key, implied = best_title([k for k in keys if not is_leader(k)], country)
        if row is None:
            return None
        if country is None and implied is not None and capitalised:
            # A title unique to one country names it when written as a title ("Premier Li
            # Qiang"), not in lower case ("the state premier Joh Bjelke-Petersen").
            country = implied
    ministry = "ministry" in m.re.groupindex and m.group("ministry") is not None
    role = row.role if row is not None else None
    if row is not None and row.needs == "org" and kind_of_place != "org":
        return None
    if row is not None and row.needs == "ministry" and not ministry:
        return None
    honoured = "hon" in m.re.groupindex and bool(m.group("hon"))
    if row is not None and row.needs == "honorific" and not honoured:
        return None
    if row is not None and row.country is not None and kind_of_place != "org":
        country = row.country
    if (
        not anchored
        and row is not None
        and not row.unique
        and not row.government
        and _looks_corporate(m, role, written)
    ):
        return None
    if kind_of_place == "org" and role in _ORG_ROLES:
        role = "ORG_HEAD"
    if kind_of_place == "party" and (leader or role in _PARTY_HEAD_ROLES):
        role, leader = "PARTY_LEADER", False
    if leader and kind_of_place == "org":
        role, leader = "ORG_HEAD", False
    if ministry and role in (None, "FOREIGN_MINISTRY_SPOKESPERSON", "ADVISER"):
        role = "FOREIGN_MINISTRY_SPOKESPERSON"
        title = tables().role_titles[role]
    elif leader:
        title = None
    else:
        first = written[keys.index(key)]
        title = written_title(first)
        if keys[0] != cached_title_key(written[0]) and key == keys[0]:
            title = written_title(f"{m.group('cty') or m.group('cty2')} {first}")
        if row is not None and row.needs is not None:
            title = row.title if not ministry else title
    return Mention(
        start=m.start(),
        end=m.end(),
        name=None,
        country=country,
        role=role,
        title=title,
        title_key=key,
        possessive=possessive,
        anchored=anchored,
        kind=kind,
        leader=leader,
    )


def _looks_corporate(m: _engine.Match, role: str | None, written: Sequence[str]) -> bool:
    """A title with no country that reads like a company's or association's officer.

    ``president Owen Bieber``, ``John Medlin, president and chief executive``, ``Aldo
    Roldan, Vice President``: business copy writes these without a country; government
    offices before a name are capitalised (``President Reagan``) or carry a country.
    """
    if role not in _CORPORATE_PRONE:
        return False
    if "tot" in m.re.groupindex and m.group("tot") is not None:
        return False  # "aide to President Putin" takes its country from the leader
    lowercase = written[0][:1].islower()
    appositive = "name" in m.re.groupindex and m.start("name") < m.start("t")
    return lowercase or (appositive and role in _HEAD_ROLES)


def adjective_only(text: str | None) -> bool:
    """Whether *text* is a country adjective but not a name of it (``Canadian``)."""
    if text is None:
        return False
    code = countries.code_for(text)
    row = countries.country(code) if code is not None else None
    if row is None:
        return False
    key = countries.fold(text)
    return key in {countries.fold(a) for a in row.adjectives} and key not in {
        countries.fold(n) for n in (row.name, row.official, *row.aliases)
    }
