"""Office-title resolution: every official with a canonical name, a country and a role.

:func:`resolve` finds each mention of a person who holds or held an office and returns an
:class:`~dipnews.records.Official` per mention, in text order, with exact offsets:

>>> from dipnews.officials import resolve
>>> text = "Russian Foreign Minister Sergei Lavrov met Kazakh Foreign Minister Murat Nurtleu."
>>> for o in resolve(text):
...     print(o.name, o.country, o.role, o.title, sep=" | ")
Sergey Lavrov | RUS | FOREIGN_MINISTER | Foreign Minister
Murat Nurtleu | KAZ | FOREIGN_MINISTER | Foreign Minister
>>> o = resolve(text)[0]
>>> text[o.start:o.end] == o.surface == "Russian Foreign Minister Sergei Lavrov"
True

The name is canonical: the office-holder table's (:mod:`dipnews.holders`) where it knows
the person, else the longest form in the article.

What it understands, on any country's officials:

- a title before the name, with a country adjective, possessive or ``of`` phrase, party
  or institution (``India's External Affairs Minister (EAM) S. Jaishankar``, ``the foreign
  minister of Kyrgyzstan, Jeenbek Kulubaev``, ``DMK MP Kanimozhi``, ``Kremlin aide Yuri
  Ushakov``, ``UN Secretary-General António Guterres``), chains of titles (``Crown Prince
  and Prime Minister``), qualifiers (``former``, ``acting``) and honorifics;
- appositives (``Dmitry Patrushev, the Russian Deputy Prime Minister``; ``Maria
  Zakharova, spokesperson of the Russian Foreign Ministry``; ``aide to President Putin``);
- counterparts (``met his Russian counterpart Andrey Belousov`` takes the role of the
  official mentioned before it);
- later mentions of a person introduced with an office (``Lavrov``, ``Mr Jaishankar``,
  ``the EAM``, ``the Russian leader``), linked to that person's name, country and role;
  people who share a surname are kept apart by their given names.

Roles depend on the country (India's Foreign Secretary is a senior diplomat, Britain's
the foreign minister): the table ``data/titles.json`` maps titles to role codes, with
generic rows for every country and country rows that override them (see
:doc:`officials`). The office-holder table (:mod:`dipnews.holders`) gives canonical
names and fills a country the text leaves implicit, at the article's *published* date;
it helps but is never required.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

from dipnews import _engine, names
from dipnews._officials.grammar import NAME_LOWER_WORDS, WORD, grammar
from dipnews._officials.tables import TitleRow, match_form, normal_form, tables, title_key
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews._text import check_date, check_text
from dipnews.errors import InputTypeError
from dipnews.holders import Holding, Registry
from dipnews.holders import shared as shared_holders
from dipnews.records import Official

__all__ = ["resolve", "role_of"]

# When one person is given several titles at once, the record keeps the highest of them.
_PRIORITY = (
    "HEAD_OF_STATE",
    "HEAD_OF_GOVERNMENT",
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "DEPUTY_HEAD_OF_GOVERNMENT",
    "NATIONAL_SECURITY_ADVISER",
    "ORG_HEAD",
    "DEPUTY_FOREIGN_MINISTER",
    "SENIOR_DIPLOMAT",
    "FOREIGN_MINISTRY_SPOKESPERSON",
    "OTHER_MINISTER",
    "SPECIAL_ENVOY",
    "AMBASSADOR",
    "ADVISER",
    "LEGISLATOR",
    "PARTY_LEADER",
)
_LEADER_ROLES = ("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT")
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
_MINISTER_ROLES = (
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "OTHER_MINISTER",
    "DEPUTY_FOREIGN_MINISTER",
    "DEPUTY_HEAD_OF_GOVERNMENT",
)
_ORG_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}
_PARTY_HEAD_ROLES = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ORG_HEAD", "PARTY_LEADER"}
_TRAILING_INITIALS = regex.compile(r"(?:[^\S\n]++\p{Lu}\.?)++$")
_SPACE_RUN = regex.compile(r"\s++")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]")  # a name has a word in it, not initials only
_ABBREVIATION = regex.compile(r"[\p{Lu}][\p{Lu}\p{Ll}]{1,5}")
_DETERMINER = regex.compile(rf"(?i:the){LINE_SPACE}")  # as the grammar's lead begins
_COORDINATION = regex.compile(r"\s*+(?:and|,)\s*+")
# Appositive or counterpart mentions look back this far for the official they depend on.
_LOOKBACK = 400
_NEXT_WORD = regex.compile(r"[^\S\n]++(\p{L}++)")
# A surname this short, alone, names a person the article did not introduce only if a leader.
_SHORT_SURNAME = 3
# Capitalised pronouns that are also surnames (He Lifeng): never a later mention alone.
_PRONOUNS = frozenset({"He", "She", "We", "It", "I"})


# --- the optional office-holder table -------------------------------------------------


def _holder_table() -> Registry:
    """The office-holder table that :func:`resolve` consults: the shared one of
    :mod:`dipnews.holders` (the package's table and any file loaded into it)."""
    return shared_holders.registry()


# The table's lookups by name are called through their twins without input checks
# (``_offices_of``...): the names are cut from a text already checked, and each check
# reads the environment's size limit.


def _holdings(table: Registry, name: str, when: dt.date | None) -> list[Holding]:
    return table._offices_of(name, when)


def _canonical(table: Registry, forms: Sequence[str], when: dt.date | None) -> str | None:
    for form in forms:
        found = table._canonical_name(form)
        if found:
            return found
    longest = forms[0]
    people = table._by_surname(_last_word(longest))
    if not people:
        return None
    matches = [p for p in people if names._same_person(longest, p)]
    if when is not None and len(matches) > 1:
        matches = [p for p in matches if _holdings(table, p, when)]
    return matches[0] if len(matches) == 1 else None


def _holder_at(table: Registry, country: str, role: str, when: dt.date | None) -> str | None:
    if when is None:
        return None
    people = {h.person for h in table.at(country, role, when)}
    return people.pop() if len(people) == 1 else None


# --- titles -----------------------------------------------------------------------------


def _row_for(key: str, country: str | None) -> tuple[TitleRow | None, str | None]:
    """The title row for *key* in *country*, and the country it names if none is given."""
    table = tables()
    local = table.by_country.get(key, {})
    if country is not None:
        row = local.get(country) or table.generic.get(key)
        if row is None and local:
            row = next(iter(local.values()))
        return row, country
    if key in table.unique:
        code = table.unique[key]
        return local[code], code
    row = table.generic.get(key)
    if row is not None:
        return row, row.country
    if local:
        return next(iter(local.values())), None
    return None, None


def role_of(title: str, country: str | None = None) -> str | None:
    """The role code of *title* in *country* (or anywhere), or ``None`` if unknown.

    >>> from dipnews.officials import role_of
    >>> role_of("Foreign Secretary", "IND"), role_of("Foreign Secretary", "GBR")
    ('SENIOR_DIPLOMAT', 'FOREIGN_MINISTER')
    >>> role_of("Secretary of State"), role_of("Vice Premier"), role_of("Mayor of Atlantis")
    ('FOREIGN_MINISTER', 'DEPUTY_HEAD_OF_GOVERNMENT', None)
    """
    check_text(title, what="title")
    key = title_key(title)
    if _is_leader(key):
        return "HEAD_OF_STATE"
    row, _ = _row_for(key, country)
    if row is None:
        return (
            "OTHER_MINISTER" if key.endswith(" minister") or key.startswith("minister ") else None
        )
    return row.role


# The tables are read once per process, so a title's key never changes.
_title_key = functools.lru_cache(maxsize=65536)(title_key)


@functools.cache
def _leader_keys() -> frozenset[str]:
    return frozenset(title_key(w) for w in tables().leader_words)


def _is_leader(key: str) -> bool:
    return key in _leader_keys()


# --- candidates ---------------------------------------------------------------------------


@attrs.define
class _Mention:
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


@attrs.define
class _Person:
    forms: list[str]
    country: str | None
    role: str | None
    title: str | None
    first: int
    last: int
    surname_keys: set[str]
    canonical: str = ""


@functools.lru_cache(maxsize=65536)
def _place(text: str | None) -> tuple[str | None, str]:
    """The code a place word names and what kind of word it is."""
    if text is None:
        return None, ""
    table = tables()
    if text in table.institutions:
        return table.institutions[text], "institution"
    if text in table.organisations:
        return table.organisations[text], "org"
    from dipnews import countries

    code = countries.code_for(text)
    if code is not None:
        return code, "country"
    if text in table.parties:
        return table.parties[text], "party"
    return None, ""


def _best_title(
    keys: Iterable[str], country: str | None
) -> tuple[TitleRow | None, str, str | None]:
    best: tuple[int, TitleRow, str, str | None] | None = None
    for key in keys:
        row, implied = _row_for(key, country)
        if row is None:
            if key.endswith(" minister") or key.startswith("minister "):
                row, implied = TitleRow(title="Minister", role="OTHER_MINISTER"), country
            else:
                continue
        rank = _PRIORITY.index(row.role)
        if best is None or rank < best[0]:
            best = (rank, row, key, implied)
    if best is None:
        return None, "", None
    return best[1], best[2], best[3]


@functools.lru_cache(maxsize=65536)
def _written_title(surface: str) -> str:
    """The title as the text words it, in normal form (spacing and capitals)."""
    return normal_form(_SPACE_RUN.sub(" ", surface.strip()))


@functools.cache
def _inner_honorific() -> regex.Pattern[str]:
    """An honorific inside a name ("Tengku Datuk Seri Zafrul"), as the grammar allows it."""
    table = tables()
    words = sorted((h for h in table.honorifics if h not in table.name_words), key=len)
    pattern: regex.Pattern[str] = regex.compile(
        r"(?<=\s)" + literal_trie(words) + r"(?![\p{L}\p{M}])(?:\s++|(?<=\.))"
    )
    return pattern


def _clean_name(raw: str, start: int) -> tuple[str, int, int] | None:
    """Trim trailing initials and drop inner honorifics; ``None`` if no full word is left."""
    trimmed = _TRAILING_INITIALS.sub("", raw)
    if not trimmed or not _NAME_WORD.search(trimmed):
        return None
    name = _inner_honorific().sub("", trimmed)
    return _SPACE_RUN.sub(" ", name).strip(), start, start + len(trimmed)


_TITLE_GROUPS = ("t", "t1", "t2")


def _titles(m: _engine.Match) -> list[str]:
    """The titles a match wrote, in order: up to three coordinated ones (groups ``t``,
    ``t1``, ``t2``; the bare grammar has ``t`` alone)."""
    index = m.re.groupindex
    return [m.group(g) for g in _TITLE_GROUPS if g in index and m.group(g) is not None]


def _from_titles(
    m: _engine.Match,
    kind: str,
) -> _Mention | None:
    """Country, role and title of a prefix, appositive or bare match."""
    table = tables()
    written = _titles(m)
    if "own" in m.re.groupindex and m.group("own") is not None:
        written = [m.group("own")]
    keys = [_title_key(t) for t in written]
    groups = ["cty", "cty2", "of", "of2", "mcty", "of3"]
    capitalised = written[0][:1].isupper()
    for group in ("cty2", "cty"):
        # "Kremlin spokesman", "State Department spokesperson": one title, not place + title.
        word = m.group(group)
        if word is not None and m.end(group) < m.start("t") and _place(word)[1] != "country":
            joined = _title_key(word + " " + written[0])
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
        code, what = _place(text)
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
    leader = any(_is_leader(k) for k in keys)
    if leader:
        row: TitleRow | None = None
        key = keys[0]
    else:
        row, key, implied = _best_title([k for k in keys if not _is_leader(k)], country)
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
        title = _written_title(first)
        if keys[0] != _title_key(written[0]) and key == keys[0]:
            title = _written_title(f"{m.group('cty') or m.group('cty2')} {first}")
        if row is not None and row.needs is not None:
            title = row.title if not ministry else title
    return _Mention(
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


def _adjective_only(text: str | None) -> bool:
    """Whether *text* is a country adjective but not a name of it (``Canadian``)."""
    if text is None:
        return False
    from dipnews import countries

    code = countries.code_for(text)
    row = countries.country(code) if code is not None else None
    if row is None:
        return False
    key = countries.fold(text)
    return key in {countries.fold(a) for a in row.adjectives} and key not in {
        countries.fold(n) for n in (row.name, row.official, *row.aliases)
    }


_COMMA_AHEAD = 100  # an appositive's name ends at most this far before its title word
_COUNTERPART_SPAN = (120, 200)
_COMPOUND_AFTER = regex.compile(
    r"(?:'s)?[^\S\n]{1,3}(?:\p{Lu}\p{Ll}|(?i:office|house|secretariat|residence|palace)\b)"
)
_LEAD_WORDS = 8  # words from a mention's first word to its title's first word, at most


@attrs.frozen
class _Starts:
    """Where each pattern can begin: word starts chosen by cheap dictionary look-ups.

    Trying a pattern only there (instead of at every character) keeps the cost
    proportional to the number of title and country words, not to the text's length.
    """

    lead: list[int]
    appositive: list[int]
    counterpart: list[tuple[int, int]]


_WORD_SPLIT = _engine.Grammar(f"({WORD.pattern})")  # for both engines (see _engine)

# What a word can begin, by cheap look-ups (see :func:`_word_flags`).
_ANCHOR, _OPENER, _MINISTER, _COUNTERPART = 1, 2, 4, 8
_FLAGS_CACHE_SIZE = 100_000


@functools.cache
def _flags_cache() -> dict[str, int]:
    return {}


def _word_flags(word: str) -> int:
    """Whether *word* can begin a title (an anchor: its first word, or a word the title
    table's leader words, "minister" and "counterpart" begin) or a mention's lead (an
    opener: "the", a place or a qualifier), cached by word."""
    cache = _flags_cache()
    flags = cache.get(word)
    if flags is not None:
        return flags
    g = grammar()
    folded = word.casefold()
    flags = 0
    if word in g.anchors or folded in g.anchors:
        flags = _ANCHOR
        if folded == "minister":
            flags |= _MINISTER
        if folded.startswith("counterpart"):
            flags |= _COUNTERPART
    if word in g.openers or folded in g.openers:
        flags |= _OPENER
    if len(cache) >= _FLAGS_CACHE_SIZE:
        cache.clear()
    cache[word] = flags
    return flags


def _starts(text: str) -> _Starts:
    # The words and where they start, without a match object per word: the split keeps
    # the text between words, so a running sum of lengths gives each word's start.
    parts = _WORD_SPLIT.on(text).split(text)
    words = parts[1::2]
    starts = list(itertools.accumulate(map(len, parts)))[0::2][: len(words)]
    flags: list[int | None] = list(map(_flags_cache().get, words))
    if None in flags:
        flags = [_word_flags(w) if f is None else f for w, f in zip(words, flags, strict=True)]
    lead: list[int] = []
    anchors: list[int] = []  # word indices
    counterparts: list[tuple[int, int]] = []
    for index in itertools.compress(range(len(words)), flags):
        flag = flags[index] or 0
        start = starts[index]
        if flag & _ANCHOR:
            anchors.append(index)
            if flag & _MINISTER:
                # "Petroleum Minister", "Natural Resources Minister": start words back.
                for back in range(max(0, index - 3), index):
                    if text[starts[back]].isupper():
                        lead.append(back)
            if flag & _COUNTERPART:
                span = (max(0, start - _COUNTERPART_SPAN[0]), start + _COUNTERPART_SPAN[1])
                counterparts.append(span)
        lead.append(index)
    # A mention's lead (the, a country, a qualifier) is followed by its title within a few
    # words ("the Democratic Republic of the Congo's Foreign Minister"): other openers
    # cannot start one.
    kept: set[int] = set()
    for index in lead:
        after = bisect.bisect_left(anchors, index)
        if after < len(anchors) and anchors[after] < index + _LEAD_WORDS:
            kept.add(starts[index])
    appositive: set[int] = set()
    done = -1  # anchors share commas: each comma's words are added once
    for anchor in anchors:
        at = starts[anchor]
        comma = text.rfind(",", max(0, at - 60), at)
        if comma == -1 or comma == done:
            continue
        done = comma
        first = bisect.bisect_left(starts, comma - _COMMA_AHEAD)
        last = bisect.bisect_left(starts, comma, first)
        appositive.update(_name_starts(text, words, starts, range(first, last), comma))
    return _Starts(
        lead=sorted(kept),
        appositive=sorted(appositive),
        counterpart=counterparts,
    )


_NAME_GAP = regex.compile(r"[\s.'\-]*+")  # what may stand between the words of a name


def _name_starts(
    text: str, words: list[str], starts: list[int], indices: range, comma: int
) -> list[int]:
    """The capitalised words among *indices* from which a name can run to the first comma
    after them, as an appositive's must ("Nikolai Patrushev, the ..."): none of the words
    in between is in lower case (but for particles and after a hyphen or an apostrophe)
    and nothing but spaces, dots, hyphens and apostrophes stands between them."""
    found: list[int] = []
    blocked = False
    first = starts[indices.start] if indices else 0
    end = comma  # where the text after the word at hand ends (the next word or the comma)
    index = indices.stop - 1
    while index >= indices.start:
        word, start = words[index], starts[index]
        gap = text[start + len(word) : end]
        if "," in gap:
            # The first comma after this word ends a name that begins at or before it.
            blocked = _NAME_GAP.fullmatch(gap, 0, gap.index(",")) is None
        elif gap != " " and _NAME_GAP.fullmatch(gap) is None:
            blocked = True
        if word[0].islower() and word not in NAME_LOWER_WORDS and text[start - 1] not in "-'":
            blocked = True
        if not blocked and word[0].isupper():
            found.append(start)
        elif blocked:
            # Only a comma in a gap further back could unblock a word there; the words
            # between that comma and this word stay blocked, so the next one read is the
            # word before the comma.
            before = text.rfind(",", first, start)
            if before == -1:
                break
            index = bisect.bisect_left(starts, before, indices.start, index) - 1
            end = starts[index + 1]
            continue
        end = start
        index -= 1
    return found


def _scan(
    pattern: _engine.Grammar | Callable[[int], _engine.Match | None],
    text: str,
    starts: list[int],
    guard: Callable[[int], object] | None = None,
) -> list[_engine.Match]:
    """Leftmost, non-overlapping matches of *pattern* beginning at *starts* (as finditer).

    *pattern* is a grammar or a function matching at a position (a memo of one).
    *guard*, if given, is a cheaper test that must succeed at a start for *pattern* to
    match there (a pattern that *pattern* begins with): starts it rejects are skipped.
    """
    match = (
        functools.partial(pattern.on(text).match, text)
        if isinstance(pattern, _engine.Grammar)
        else pattern
    )
    found: list[_engine.Match] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        if guard is not None and not guard(start):
            continue
        m = match(start)
        if m is not None and m.end() > m.start():
            found.append(m)
            end = m.end()
    return found


def _scan_spans(
    grammar: _engine.Grammar, text: str, spans: list[tuple[int, int]]
) -> list[_engine.Match]:
    found: list[_engine.Match] = []
    end = 0
    pattern = grammar.on(text)
    for start, stop in spans:
        for m in pattern.finditer(text, max(start, end), min(stop, len(text))):
            found.append(m)
            end = m.end()
    return found


class _Spans:
    """Character spans already claimed by a mention, with fast overlap tests."""

    # No mention is longer than this, so an overlapping span starts at most this far back.
    _LONGEST = 1000

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._spans, (end, -1))
        while index > 0:
            index -= 1
            s, e = self._spans[index]
            if s < start - self._LONGEST:
                return False
            if e > start and s < end:
                return True
        return False


def _last_before(found: list[_Mention], starts: list[int], position: int) -> _Mention | None:
    """The mention ending last at or before *position* (*found* sorted by ``starts``)."""
    best: _Mention | None = None
    index = bisect.bisect_left(starts, position)
    while index > 0:
        index -= 1
        mention = found[index]
        if mention.end <= position and (best is None or mention.end > best.end):
            best = mention
        if mention.start < position - _LOOKBACK:
            break
    return best


_OWNER_WINDOW = 120  # how far before a mention its clause's country subject may stand


@functools.cache
def _owner_pattern() -> regex.Pattern[str]:
    """A country subject and a verb by which it puts forward its own official, just before
    a mention: "Kenya has fielded (former Prime Minister X)"."""
    from dipnews import countries

    places = sorted({match_form(n) for n in countries.surface_names()}, key=lambda s: (-len(s), s))
    verbs = sorted(tables().own_verbs, key=lambda s: (-len(s), s)) or ["\uffff"]
    pattern: regex.Pattern[str] = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<c>{literal_trie(places)})(?:'s[^\S\n]++government)?"
        r"[^\S\n]++(?:(?:has|have|had|will|would|is|was)[^\S\n]++)?"
        rf"{literal_trie(verbs)}[^\S\n]++\Z"
    )
    return pattern


@functools.cache
def _own_verbs() -> tuple[str, ...]:
    """The verbs of :func:`_owner_pattern`, or none if one ends in a space (no quick test)."""
    verbs = tuple(tables().own_verbs) or ("\uffff",)
    return () if any(v[-1:].isspace() or not v for v in verbs) else verbs


def _owner_country(text: str, mention: _Mention) -> None:
    """Give a countryless mention the country of its clause's subject, if it is a country
    that puts forward its own official ("Kenya has fielded former Prime Minister X")."""
    # The pattern ends in a verb and a space: where the text does not, it cannot match.
    end = mention.start
    while end > 0 and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    verbs = _own_verbs()
    if verbs and (end == mention.start or not text.endswith(verbs, 0, end)):
        return
    found = _owner_pattern().search(text, max(0, mention.start - _OWNER_WINDOW), mention.start)
    if found is None:
        return
    code, what = _place(found.group("c"))
    if code is None or what != "country" or _adjective_only(found.group("c")):
        return
    mention.country = code
    row, _ = _row_for(mention.title_key or "", code)
    if row is not None and not mention.leader:
        mention.role = row.role


def _candidates(text: str, when: dt.date | None, table: Registry) -> list[_Mention]:
    g = grammar()
    starts = _starts(text)
    found: list[_Mention] = []
    taken = _Spans()
    covered = _Spans()

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    # Every match of the prefix pattern begins with a match of the bare one (a lead and a
    # title), so the bare pattern, cheaper and needed in step 4 anyway, is tried first.
    bare_at: dict[int, _engine.Match | None] = {}
    bare_pattern = g.bare.on(text)

    def bare_after(start: int) -> _engine.Match | None:
        if start not in bare_at:
            bare_at[start] = bare_pattern.match(text, start)
        return bare_at[start]

    def bare(start: int) -> _engine.Match | None:
        if start not in bare_at:
            # "the" and a space are taken whenever present (possessively): the rest of a
            # match here is a match where they end, unless another "the" begins there.
            det = (
                _DETERMINER.match(text, start) if text[start : start + 3].lower() == "the" else None
            )
            after = -1 if det is None else det.end()
            if after >= 0 and _DETERMINER.match(text, after) is None and bare_after(after) is None:
                bare_at[start] = None
        return bare_after(start)

    # 1. Title before the name (and FM @handle).
    for m in _scan(g.prefix, text, starts.lead, bare):
        if m.group("name") is None and m.group("handle") is None:
            continue
        if _adjective_only(m.group("of")) or _adjective_only(m.group("of2")):
            continue  # "president of the Canadian Lake Carriers Association"
        mention = _from_titles(m, "prefix")
        if mention is None:
            continue
        start = m.start("cty") if m.group("det") and m.group("cty") else m.start()
        if m.group("det") and not m.group("cty"):
            start = m.start("qual") if m.group("qual") else m.start("t")
            if m.group("cty2"):
                start = m.start("cty2")
        mention.start = start
        if m.group("name") is not None:
            cleaned = _clean_name(m.group("name"), m.start("name"))
            if cleaned is None:
                continue
            mention.name, mention.name_start, mention.name_end = cleaned
            mention.end = mention.name_end
        else:
            mention.name = m.group("handle")
            if mention.country is not None and mention.role is not None:
                held = _holder_at(table, mention.country, mention.role, when)
                mention.name = held or mention.name
            mention.name_start, mention.name_end = m.span("handle")
            mention.end = m.end()
        if not free(mention.start, mention.end):
            continue
        if mention.country is None:
            _owner_country(text, mention)
        found.append(mention)
        taken.add(mention.start, mention.end)
    # 2. Counterparts: the role of the official mentioned just before.
    heads = list(found)
    head_starts = [f.start for f in heads]
    for m in _scan_spans(g.counterpart, text, starts.counterpart):
        if m.group("cty2") is not None:
            continue
        code, _ = _place(m.group("cty") or m.group("cty3"))
        cleaned = _clean_name(m.group("name"), m.start("name"))
        if code is None or cleaned is None or not free(m.start("span"), m.end()):
            continue
        previous = _last_before(heads, head_starts, m.start())
        if previous is None or previous.role is None or m.start() - previous.end > _LOOKBACK:
            continue
        role = previous.role
        mention = _Mention(
            start=m.start("span"),
            end=cleaned[2],
            name=cleaned[0],
            name_start=cleaned[1],
            name_end=cleaned[2],
            country=code,
            role=role,
            title=tables().role_titles[role],
            kind="counterpart",
        )
        found.append(mention)
        taken.add(mention.start, mention.end)
    found.sort(key=lambda f: (f.start, f.end))
    starts_of_found = [f.start for f in found]
    # 3. Appositives: "Name, the Russian Deputy Prime Minister".
    head = g.appositive_head.on(text)
    appositives = _scan(
        g.appositive, text, starts.appositive, lambda at: head.match(text, at) is not None
    )
    for m in appositives:
        if not free(m.start("name"), m.end("name")):
            continue
        if _adjective_only(m.group("of")):
            continue
        mention = _from_titles(m, "appositive")
        cleaned = _clean_name(m.group("name"), m.start("name"))
        if mention is None or cleaned is None:
            continue
        mention.name, mention.name_start, mention.name_end = cleaned
        mention.start = m.start("hon") if m.group("hon") else m.start("name")
        if m.group("tot") is not None and mention.country is None:
            inner = [
                f
                for f in found[bisect.bisect_left(starts_of_found, m.start("tot")) :][:3]
                if f.end <= m.end()
            ]
            if inner:
                mention.country = inner[0].country
            elif m.group("tocty") is not None:
                mention.country = _place(m.group("tocty"))[0]
        found.append(mention)
        taken.add(mention.name_start, mention.name_end)
        covered.add(mention.start, m.end())
    # 4. Titles with no name: "the EAM", "the Russian leader" (linked later).
    for m in _scan(bare, text, starts.lead):
        if not free(m.start(), m.end()) or covered.overlaps(m.start(), m.end()):
            continue
        if _COMPOUND_AFTER.match(text, m.end()):
            continue  # "the Prime Minister House", "the President's Office": a place
        mention = _from_titles(m, "bare")
        if mention is None:
            continue
        key = mention.title_key or ""
        definite = m.group("det") is not None
        unique = key in tables().unique
        abbreviation = _ABBREVIATION.fullmatch(_titles(m)[0] or "")
        has_country = m.group("cty") is not None or m.group("cty2") is not None
        written = _titles(m)[0] or ""
        loose = (
            definite
            and not has_country
            and not unique
            and written[:1].isupper()
            and m.group("qual") is None
            and not mention.leader
            and mention.role not in (None, "OTHER_MINISTER")
        )
        if not ((unique and (definite or abbreviation)) or (definite and has_country) or loose):
            continue
        if mention.country is None and not loose:
            continue
        mention.loose = loose
        if m.group("det") is not None and m.group("cty") is not None:
            mention.start = m.start("cty")
        elif m.group("det") is not None:
            mention.start = m.start("qual") if m.group("qual") else m.start("t")
        found.append(mention)
        taken.add(mention.start, mention.end)
    found.sort(key=lambda f: (f.start, f.end))
    # Coordinated titles share a possessive: "Russia's First Deputy PM X and FM Y".
    for previous, current in itertools.pairwise(found):
        if (
            current.kind == "prefix"
            and current.country is None
            and previous.country is not None
            and previous.anchored
            and _COORDINATION.fullmatch(text[previous.end : current.start])
        ):
            if not previous.possessive:
                # "Canadian PM X and Finance Minister Y": likely one country, but weaker
                # evidence than the office-holder table.
                current.inherit = previous.country
                continue
            current.country = previous.country
            row, _ = _row_for(current.title_key or "", current.country)
            if row is not None:
                current.role = row.role
    return found


# --- linking ----------------------------------------------------------------------------


def _last_word(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _keys_of(name: str, country: str | None) -> set[str]:
    keys = {names._surname_key(name)}
    tokens = names._key_tokens(name)
    if country in tables().first_name_short_form and len(tokens) >= 2:
        keys.add(tokens[0])
    keys.discard("")
    return keys


class _People(list[_Person]):
    """The people of one article, indexed by the keys their later mentions are found by."""

    def __init__(self) -> None:
        super().__init__()
        self.by_key: dict[str, set[int]] = {}

    def note(self, index: int) -> None:
        """Index person *index* under each of its (possibly new) surname keys."""
        for key in self[index].surname_keys:
            self.by_key.setdefault(key, set()).add(index)


def _find_person(people: _People, name: str, at: int) -> int:
    """The person *name* refers to among those introduced before *at*, or -1."""
    candidates = people.by_key.get(names._surname_key(name))
    if not candidates:
        return -1
    bare = len(names._key_tokens(name)) == 1
    best = -1
    for index in sorted(candidates):
        person = people[index]
        if person.first > at:
            continue
        if bare:
            if best == -1 or person.last > people[best].last:
                best = index
        elif any(names._same_person(name, form) for form in person.forms):
            return index
    return best


def _link(
    text: str,
    found: list[_Mention],
    when: dt.date | None,
    people: _People,
    table: Registry,
    home: str | None = None,
) -> list[_Mention]:
    """Group named mentions into people (filling *people*) and add the later mentions."""
    for mention in found:
        if mention.name is None:
            continue
        index = _find_person(people, mention.name, mention.start)
        if index == -1 and len(names._key_tokens(mention.name)) == 1:
            # A bare surname after a title ("President Putin") names whoever bears it.
            index = _find_person(people, mention.name, len(text))
        if index == -1:
            people.append(
                _Person(
                    forms=[mention.name],
                    country=mention.country,
                    role=mention.role,
                    title=mention.title,
                    first=mention.start,
                    last=mention.start,
                    surname_keys=_keys_of(mention.name, mention.country),
                )
            )
            index = len(people) - 1
        else:
            person = people[index]
            if mention.name not in person.forms:
                person.forms.append(mention.name)
            person.last = mention.start
            if person.country is None and mention.country is not None:
                person.country = mention.country
                person.surname_keys |= _keys_of(mention.name, mention.country)
            if person.role is None:
                person.role = mention.role
        people.note(index)
        mention.person = index
    for person in people:
        forms = sorted(
            dict.fromkeys(person.forms),
            key=lambda f: (-len(names._key_tokens(f)), -len(f)),
        )
        person.forms = forms
        person.canonical = _canonical(table, forms, when) or forms[0]
        if person.country is None or person.role is None:
            # In office at the date if possible; else any holding (a person's country does
            # not change when a tenure in the table ends a little early).
            holdings = _holdings(table, person.canonical, when) or _holdings(
                table, person.canonical, None
            )
            if holdings:
                wanted = (person.role,) if person.role is not None else _LEADER_ROLES
                same = [h for h in holdings if h.role in wanted]
                chosen = (same or holdings)[0]
                person.country = person.country or chosen.country
                person.role = person.role or chosen.role
    _refine_vague(found, people, when, table)
    # Weaker evidence last: a coordinated country ("Canadian PM X and Finance Minister Y"),
    # then the home country of the article's news agency (an APP story's "Foreign
    # Secretary" is Pakistan's) for officials the text and the table leave open.
    for mention in found:
        if mention.person < 0 or mention.country is not None:
            continue
        owner = people[mention.person]
        if owner.country is not None:
            continue
        if mention.inherit is not None:
            owner.country = mention.inherit
        elif home is not None and mention.kind in ("prefix", "appositive"):
            owner.country = home
    for index, person in enumerate(people):
        person.surname_keys |= _keys_of(person.canonical, person.country)
        people.note(index)
    # Later mentions by name alone: "Lavrov", "Mr Jaishankar", "Putin-Modi summit".
    extra = _name_mentions(text, found, people, when, table)
    # Nameless titles: "the EAM", "the Russian leader".
    for mention in found:
        if mention.kind != "bare":
            continue
        mention.person = _anaphor(mention, people)
        if mention.person == -1 and mention.title_key != "minister" and not mention.loose:
            for role in _anaphor_roles(mention):
                mention.name = _holder_at(table, mention.country or "", role or "", when)
                if mention.name is not None:
                    mention.role = role
                    break
    return sorted([*found, *extra], key=lambda f: (f.start, f.end))


def _refine_vague(
    found: list[_Mention], people: _People, when: dt.date | None, table: Registry
) -> None:
    """A vague title ("Minister", "Deputy Minister") takes the precise role the office-holder
    table gives its bearer at *when*, if that role is one the title can name (the table's
    ``holder_refined``) and the country agrees; otherwise the title's own role stays."""
    refined = tables().holder_refined
    if when is None or not refined:
        return
    for mention in found:
        allowed = refined.get(mention.title_key or "")
        if not allowed or mention.person < 0 or mention.kind not in ("prefix", "appositive"):
            continue
        person = people[mention.person]
        for holding in _holdings(table, person.canonical, when):
            role, country = holding.role, holding.country
            if role in allowed and mention.country in (None, country):
                if person.role in (None, "OTHER_MINISTER", mention.role):
                    person.role = role
                mention.role, mention.country = role, country
                person.country = person.country or country
                break


def _anaphor_roles(mention: _Mention) -> tuple[str | None, ...]:
    if mention.leader:
        if mention.country in tables().government_led:
            return ("HEAD_OF_GOVERNMENT", "HEAD_OF_STATE")
        return _LEADER_ROLES
    if mention.title_key == "minister":
        return _MINISTER_ROLES
    return (mention.role,)


def _anaphor(mention: _Mention, people: _People) -> int:
    """The latest person introduced before *mention* with its country and a fitting role.

    A title with no country (``the Defence Minister``) refers back only when one person
    so far has that role; with two (India's and Korea's defence ministers) it is left out.
    """
    if mention.loose:
        same = [
            i for i, p in enumerate(people) if p.first < mention.start and p.role == mention.role
        ]
        return same[0] if len(same) == 1 else -1
    for role in _anaphor_roles(mention):
        for index in range(len(people) - 1, -1, -1):
            person = people[index]
            earlier = person.first < mention.start and person.country == mention.country
            if earlier and person.role == role:
                return index
    return -1


def _name_mentions(
    text: str, found: list[_Mention], people: _People, when: dt.date | None, table: Registry
) -> list[_Mention]:
    g = grammar()
    spans = [(f.start, f.end) for f in found]
    spans += [(f.name_start, f.name_end) for f in found if f.name_start >= 0]
    spans.sort()
    extra: list[_Mention] = []
    lookups: dict[str, tuple[str, list[Holding]] | None] = {}
    eponym_nouns = tables().eponym_nouns
    position = 0
    count = len(spans)
    by_key = people.by_key
    surname_key = names._surname_key
    for m in g.person.on(text).finditer(text):
        name_start, name_end = m.span("name")
        if name_end - name_start <= 3 and m.group("name") in _PRONOUNS:
            continue
        m_start, m_end = m.span()
        while position < count and spans[position][1] <= m_start:
            position += 1
        if position < count and any(
            s < m_end and e > m_start for s, e in spans[position : position + 3]
        ):
            continue
        # Whether the name is an eponym ("the Trump administration": a government named
        # after its leader) is asked only of a name that would give a mention.
        eponym: bool | None = None
        whole = text[name_start:name_end]
        if " " in whole or "-" not in whole:
            parts = [(name_start, name_end)]
        else:
            parts = _name_parts(m, people)
        for start, end in parts:
            raw = whole if start == name_start and end == name_end else text[start:end]
            known = by_key.get(surname_key(raw))
            if not known and (when is None or lookups.get(raw, ()) is None):
                continue  # neither met before nor known to the office-holder table
            index = _find_person(people, raw, start) if known else -1
            if index != -1 and names._key_tokens(raw) and len(names._key_tokens(raw)) > 1:
                person = people[index]
                if not any(names._same_person(raw, f) for f in person.forms):
                    index = -1
            held = None
            if index == -1:
                # Not met before: a new person if the office-holder table knows the name.
                before = text[max(0, start - _LOOKBACK) : start]
                held = _known_holder(table, raw, when, before, lookups)
                if held is None:
                    continue
            if eponym is None:
                eponym = _eponym(text, m_end, eponym_nouns)
            if eponym:
                break
            if held is not None:
                canonical, holding = held
                people.append(
                    _Person(
                        forms=[raw],
                        country=holding.country,
                        role=holding.role,
                        title=None,
                        first=start,
                        last=start,
                        surname_keys=_keys_of(canonical, holding.country),
                        canonical=canonical,
                    )
                )
                index = len(people) - 1
                people.note(index)
            extra.append(
                _Mention(
                    start=m_start if start == name_start else start,
                    end=end,
                    name=raw,
                    name_start=start,
                    name_end=end,
                    kind="person",
                    person=index,
                )
            )
    return extra


def _eponym(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the name ending at *end* names a government after its leader ("the Trump
    administration"): the next word is one of the table's eponym nouns."""
    if not text[end : end + 1].isspace():  # where _NEXT_WORD can match at all
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in nouns


def _name_parts(m: _engine.Match, people: _People) -> list[tuple[int, int]]:
    """The name of a match, or its parts when it is a hyphenated pair of known surnames."""
    raw = m.group("name")
    start = m.start("name")
    if " " in raw or "-" not in raw:
        return [(start, m.end("name"))]
    known = people.by_key.keys()
    parts = []
    offset = start
    for piece in raw.split("-"):
        if piece[:1].isupper():
            parts.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    pieces = [m.string[a:b] for a, b in parts]
    if any(names._surname_key(p) in known for p in pieces):
        return parts
    return [(start, m.end("name"))]


def _known_holder(
    table: Registry,
    name: str,
    when: dt.date | None,
    before: str = "",
    lookups: dict[str, tuple[str, list[Holding]] | None] | None = None,
) -> tuple[str, Holding] | None:
    """A person the holders table knows by *name* (unique), in office at *when*.

    *lookups* memoizes the table's answers by name for one article (one *when*).
    """
    if when is None:
        return None
    tokens = names._key_tokens(name)
    if not tokens:
        return None
    if lookups is None:
        lookups = {}
    if name not in lookups:
        lookups[name] = _holder_lookup(table, name, len(tokens), when)
    looked = lookups[name]
    if looked is None:
        return None
    canonical, holdings = looked
    if len(tokens) == 1 and len(tokens[0]) <= _SHORT_SURNAME:
        # A short surname alone ("Dar", "Ali") is too often a word or part of a place name
        # to name someone who was not introduced; a sitting leader's ("Xi") is not, nor one
        # written after the rest of the full name ("To Lam").
        rest = canonical[: -len(name)] if len(canonical) > len(name) else ""
        whole = bool(rest) and names._name_key(before[-len(rest) :] + name) == names._name_key(
            canonical
        )
        if not whole:
            holdings = [h for h in holdings if h.role in _LEADER_ROLES]
    return (canonical, holdings[0]) if holdings else None


def _holder_lookup(
    table: Registry, name: str, count: int, when: dt.date
) -> tuple[str, list[Holding]] | None:
    """The canonical name of the one person the table knows by *name* (of *count* tokens)
    and that person's holdings at *when*."""
    if count == 1:
        people = table._by_surname(name)
        if len(people) != 1:
            return None
        canonical = people[0]
    else:
        found = table._canonical_name(name)
        if found is None:
            return None
        canonical = found
    return canonical, _holdings(table, canonical, when)


# --- output -----------------------------------------------------------------------------


def _record(text: str, mention: _Mention, people: _People) -> Official | None:
    person = people[mention.person] if mention.person >= 0 else None
    name = person.canonical if person is not None else mention.name
    if not name:
        return None
    country = mention.country
    role = mention.role
    title = mention.title
    if person is not None:
        if mention.kind in ("person", "bare") or role is None:
            country = country or person.country
            role = person.role if mention.kind in ("person", "bare") or role is None else role
        if country is None:
            country = person.country
            if mention.title_key is not None and country is not None:
                row, _ = _row_for(mention.title_key, country)
                if row is not None and not mention.leader:
                    role = row.role
        if mention.leader:
            role = person.role
    if role is None and mention.leader and country is not None:
        role = "HEAD_OF_STATE"
    if role is None:
        return None
    return Official(
        name=name,
        surface=text[mention.start : mention.end],
        country=country,
        role=role,
        title=title,
        start=mention.start,
        end=mention.end,
    )


def _home_country(agencies: Iterable[str]) -> str | None:
    """The home country of the news *agencies*, if they share one."""
    homes = {tables().agency_countries.get(a) for a in agencies}
    return homes.pop() if len(homes) == 1 else None


def resolve(
    text: str, *, published: dt.date | None = None, agencies: Iterable[str] | None = None
) -> list[Official]:
    """Every mention of an official in *text*, in order of appearance.

    *published* is the article's date: with the office-holder table it picks the holder of
    an office at that date and tells whether a bare surname names an office holder.

    *agencies* are the news agencies the article credits (canonical names, as in
    :attr:`dipnews.records.Header.agencies`); their shared home country is the country of
    officials the text and the table leave open. A caller that has parsed the header
    already passes them; without them, :func:`dipnews.header.parse_header` finds them.

    Raises :class:`~dipnews.errors.InputTypeError` when *text* is not a ``str`` or
    *published* not a date, and :class:`~dipnews.errors.InputTooLargeError` past the size
    limit.

    >>> from dipnews.officials import resolve
    >>> text = ("Kenyan Defence Minister Kalomir Tesavun met his Ghanaian counterpart "
    ...         "Ravel Dimok. Dimok said ties were strong.")
    >>> for o in resolve(text):
    ...     print(o.surface, o.name, o.country, o.role, sep=" | ")
    Kenyan Defence Minister Kalomir Tesavun | Kalomir Tesavun | KEN | DEFENCE_MINISTER
    Ghanaian counterpart Ravel Dimok | Ravel Dimok | GHA | DEFENCE_MINISTER
    Dimok | Ravel Dimok | GHA | DEFENCE_MINISTER
    """
    check_text(text)
    published = check_date(published)
    copy = match_form(text)
    _engine.plain_copy(copy, text)
    table = _holder_table()
    found = _candidates(copy, published, table)
    people = _People()
    if agencies is None:
        from dipnews.header import parse_header

        agencies = parse_header(text, published=published).agencies
    elif isinstance(agencies, str):
        raise InputTypeError("agencies must be an iterable of agency names, not a str")
    linked = _link(copy, found, published, people, table, _home_country(agencies))
    out: list[Official] = []
    seen: set[tuple[int, int]] = set()
    for mention in linked:
        if (mention.start, mention.end) in seen:
            continue
        record = _record(text, mention, people)
        if record is not None:
            seen.add((mention.start, mention.end))
            out.append(record)
    return out
