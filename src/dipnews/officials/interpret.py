"""What a match of the grammar says: a :class:`Mention` with its country, role and title
(:func:`from_titles`), and the name it gives, cleaned (:func:`clean_name`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from dipnews import _engine, countries
from dipnews._compiled import compile_regex
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

# Roles that business copy also gives a company's or association's officers.
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
# Roles that become ORG_HEAD of an organisation, and PARTY_LEADER of a party.
_ORG_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}
_PARTY_HEAD_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}
_TRAILING_INITIALS = compile_regex(r"(?:[^\S\n]++\p{Lu}\.?)++$")
_NAME_WORD = compile_regex(r"\p{Lu}[\p{Ll}\p{M}]")  # a name has a word in it, not initials only
_WORDS = compile_regex(r"(?<![\p{L}\p{M}'\-])\p{Lu}[\p{L}\p{M}]*+")

# The groups that may name the place of a mention, in order of precedence.
_PLACE_GROUPS = (
    "place",
    "qualified_place",
    "of_place",
    "second_of_place",
    "ministry_place",
    "second_office_place",
    "name_of_place",
)
# Leader words that name which head they are ("the head of government of Spain, X").
_NAMED_LEADERS = {"head of state": "HEAD_OF_STATE", "head of government": "HEAD_OF_GOVERNMENT"}
# Qualifiers of an office held in the past.
_PAST = frozenset({"former", "ex-", "late", "then"})
# Up to three coordinated titles (the bare grammar has the first alone).
_TITLE_GROUPS = ("title", "second_title", "third_title")


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
    refined: bool = False  # a vague title's role made precise (never re-read from the title)
    past: bool = False  # the office is a past one ("former", "ex-", "late", "then")
    owner: Mention | None = None  # the official a pronoun names as its holder ("his aide")


@functools.cache
def _inner_honorific() -> regex.Pattern[str]:
    """An honorific inside a name ("Tengku Datuk Seri Zafrul"), as the grammar allows it."""
    table = tables()
    words = sorted((h for h in table.honorifics if h not in table.name_words), key=len)
    pattern: regex.Pattern[str] = compile_regex(
        r"(?<=\s)" + literal_trie(words) + r"(?![\p{L}\p{M}])(?:\s++|(?<=\.))"
    )
    return pattern


def clean_name(raw: str, start: int, text: str = "") -> tuple[str, int, int] | None:
    """End the name before a word of headlines and sentences (``Minister Meets``, the
    table's ``sentence_words``), trim trailing initials and drop inner honorifics; ``None``
    if no full word is left, if the name is a country's name or adjective alone (``vice
    premier Chinese``), or if it runs into the very end of *text* (a page cut off
    mid-word: ``Prime Minister Narend``)."""
    sentence_words = tables().sentence_words
    if not sentence_words.isdisjoint(raw.split()):
        for word in _WORDS.finditer(raw):
            if word.group() in sentence_words:
                raw = raw[: word.start()].rstrip()
                break
    trimmed = _TRAILING_INITIALS.sub("", raw)
    if not trimmed or not _NAME_WORD.search(trimmed):
        return None
    if text and start + len(trimmed) == len(text):
        return None
    name = SPACE_RUN.sub(" ", _inner_honorific().sub("", trimmed)).strip()
    if " " not in name and place_of(name)[1] == "country":
        return None
    return name, start, start + len(trimmed)


def written_titles(m: _engine.Match) -> list[str]:
    """The titles a match wrote, in order: up to three coordinated ones (groups ``title``,
    ``second_title``, ``third_title``; the bare grammar has ``title`` alone)."""
    index = m.re.groupindex
    return [m.group(g) for g in _TITLE_GROUPS if g in index and m.group(g) is not None]


def _has(m: _engine.Match, group: str) -> bool:
    """Whether *m*'s grammar has *group* and the match gave it."""
    return group in m.re.groupindex and m.group(group) is not None


def from_titles(m: _engine.Match, kind: str) -> Mention | None:
    """Country, role and title of a prefix, appositive or bare match, or ``None`` when its
    titles name no known office or the match reads as a company's officer."""
    written = written_titles(m)
    if _has(m, "owned_title"):
        written = [m.group("owned_title")]
    keys = [cached_title_key(t) for t in written]
    capitalised, groups = _place_and_title(m, written, keys)
    country, kind_of_place = _named_place(m, groups)
    anchored = country is not None
    leader = any(is_leader(k) for k in keys)
    role_named: str | None = None
    if leader:
        row: TitleRow | None = None
        key = keys[0]
        role_named = _NAMED_LEADERS.get(key)
    else:
        row, key, implied = best_title([k for k in keys if not is_leader(k)], country)
        if row is None:
            return None
        if country is None and implied is not None and capitalised:
            # A title unique to one country names it when written as a title ("Premier Li
            # Qiang"), not in lower case ("the state premier Joh Bjelke-Petersen").
            country = implied
    ministry = _has(m, "ministry")
    if row is not None and not _needs_met(m, row, kind_of_place, ministry):
        return None
    if row is not None and row.country is not None and kind_of_place != "org":
        country = row.country
    role = row.role if row is not None else role_named
    corporate_prone = row is not None and not row.unique and not row.government
    owned = _has(m, "pronoun")  # "his aide": an official's, as its antecedent shows
    if not anchored and corporate_prone and not owned and _looks_corporate(m, role, written):
        return None
    role, leader = _role_of_place(role, leader, kind_of_place)
    if ministry and role in (None, "FOREIGN_MINISTRY_SPOKESPERSON", "ADVISER"):
        role = "FOREIGN_MINISTRY_SPOKESPERSON"
        title: str | None = tables().role_titles[role]
    elif leader:
        title = None
    else:
        title = _title_as_written(m, written, keys, key, row, ministry)
    return Mention(
        start=m.start(),
        end=m.end(),
        name=None,
        country=country,
        role=role,
        title=title,
        title_key=key,
        possessive=bool(m.group("place_possessive") or m.group("qualified_place_possessive")),
        anchored=anchored,
        kind=kind,
        leader=leader,
        past=_has(m, "qualifier") and m.group("qualifier").casefold() in _PAST,
    )


def _place_and_title(
    m: _engine.Match, written: Sequence[str], keys: list[str]
) -> tuple[bool, list[str]]:
    """Read a place word before the first title as part of it where the table knows the
    two as one title ("Kremlin spokesman", "State Department spokesperson"), updating the
    first of *keys*. Whether the (first) title is capitalised, and the groups left that
    may name the mention's place."""
    table = tables()
    groups = list(_PLACE_GROUPS)
    for group in ("qualified_place", "place"):
        word = m.group(group)
        if word is None or m.end(group) >= m.start("title") or place_of(word)[1] == "country":
            continue
        joined = cached_title_key(word + " " + written[0])
        if joined in table.generic or joined in table.by_country:
            keys[0] = joined
            groups.remove(group)
            return word[:1].isupper(), groups
    return written[0][:1].isupper(), groups


def _named_place(m: _engine.Match, groups: Sequence[str]) -> tuple[str | None, str]:
    """The code of the first place the match names in *groups* that can be the mention's,
    and what kind of place it is ("country", "org", "party", "institution")."""
    if (
        "place" in groups
        and _has(m, "place")
        and _has(m, "qualified_place")
        and not _has(m, "qualifier")
        and place_of(m.group("place"))[1] == "org"
    ):
        code, what = place_of(m.group("qualified_place"))
        if what == "country":
            return code, what  # "G7 Japanese Prime Minister": a country's office
    for group in groups:
        if not _has(m, group):
            continue
        code, what = place_of(m.group(group))
        if code is None:
            continue
        if group == "of_place" and m.group("of_word") == "to":
            continue  # "envoy to India": where the official is sent, not whose it is
        if group == "second_of_place" and m.group("second_of_word") in ("to", "in"):
            continue
        if group == "name_of_place" and adjective_only(m.group(group)):
            continue  # "President X of the Canadian Lake Carriers Association"
        return code, what
    return None, ""


def _needs_met(m: _engine.Match, row: TitleRow, kind_of_place: str, ministry: bool) -> bool:
    """Whether the match gives what the title row *needs*: an organisation ("Secretary
    General of the SCO"), a ministry, an honorific, or ``top`` ("top EU diplomat")."""
    if row.needs == "org":
        return kind_of_place == "org"
    if row.needs == "ministry":
        return ministry
    if row.needs == "honorific":
        return "honorific" in m.re.groupindex and bool(m.group("honorific"))
    if row.needs == "top":
        return _has(m, "qualifier") and m.group("qualifier").casefold() == "top"
    return True


def _role_of_place(role: str | None, leader: bool, kind_of_place: str) -> tuple[str | None, bool]:
    """The role, and whether it is still a leader's to be settled later, as the kind of
    place makes it: a head of an organisation or of a party."""
    if kind_of_place == "org" and role in _ORG_ROLES:
        role = "ORG_HEAD"
    if kind_of_place == "party" and (leader or role in _PARTY_HEAD_ROLES):
        role, leader = "PARTY_LEADER", False
    if leader and kind_of_place == "org":
        role, leader = "ORG_HEAD", False
    return role, leader


def _title_as_written(
    m: _engine.Match,
    written: Sequence[str],
    keys: Sequence[str],
    key: str,
    row: TitleRow | None,
    ministry: bool,
) -> str:
    """The record's title: the chosen title as the text writes it (with the place word
    read as part of it, if it was), or the row's own title where the row needs more than
    the words of the title (an organisation or an honorific)."""
    first = written[keys.index(key)]
    title = written_title(first)
    if keys[0] != cached_title_key(written[0]) and key == keys[0]:
        title = written_title(f"{m.group('place') or m.group('qualified_place')} {first}")
    if row is not None and row.needs is not None and not ministry:
        title = row.title
    return title


def _looks_corporate(m: _engine.Match, role: str | None, written: Sequence[str]) -> bool:
    """A title with no country that reads like a company's or association's officer.

    ``president Owen Bieber``, ``John Medlin, president and chief executive``, ``Aldo
    Roldan, Vice President``: business copy writes these without a country; government
    offices before a name are capitalised (``President Reagan``) or carry a country.
    """
    if role not in _CORPORATE_PRONE:
        return False
    if _has(m, "to_title"):
        return False  # "aide to President Putin" takes its country from the leader
    lowercase = written[0][:1].islower()
    appositive = "name" in m.re.groupindex and m.start("name") < m.start("title")
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
