"""A match of the mention pattern turned into a :class:`Found` forum with its span.

The core piece that matched gives the organisation and perhaps a body (one function per
piece: ``SCO Heads of State Council`` is read by :func:`_read_org`, which looks the body
phrase up for the SCO with :func:`body_of_phrase` and gets ``SUMMIT``); then the prefix
(an ordinal, a link such as ``session of the``) gives the body and edition where the core
did not, and sets where the mention starts; a host city after a meeting fills ``place``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import attrs
import regex

from dipnews import countries as _countries
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.forums.grammar import country_names
from dipnews.forums.index import index, name_key, table
from dipnews.forums.mechanisms import mechanism_key, pair_codes
from dipnews.forums.words import DASH, END, ORDINAL, SPACE, ordinal_value
from dipnews.records import Forum


@attrs.frozen
class Found:
    """A forum found in a text, and where its mention starts and ends."""

    forum: Forum
    start: int
    end: int


# A capitalised word of a place name; an apostrophe or hyphen inside it must be followed
# by two letters or more (N'Djamena, Baden-Baden), so a possessive 's ends the name.
_PLACE_WORD = r"\p{Lu}\p{L}{1,30}+(?:['’\-]\p{L}{2,30}+){0,3}+"
#: A host city after a meeting (``in Tianjin``, ``summit, in Qingdao``).
PLACE = compile_regex(
    r"(?:"
    + SPACE
    + r"(?i:meeting|session|summit|talks|conference))?+,?+"
    + SPACE
    + r"(?:in|at)"
    + SPACE
    + r"(?P<place>(?:St\.[^\S\n])?+"
    + _PLACE_WORD
    + r"(?:[^\S\n](?:(?:de|da|do|del|dos|la|el|al|es|upon|am|an)[^\S\n])?+"
    + _PLACE_WORD
    + r"){0,3}+)",
    regex.VERSION1,
)
_PAREN_CLOSE = compile_regex(r"[^\S\n]*+\)")
_THE_BEFORE = compile_regex(r"(?<![\w])[Tt]he" + SPACE + r"\Z", regex.VERSION1)
_NOT_PLACE = {"the", "this", "that", "his", "her", "their", "its", "which", "order", "view"}
_PLACE_TAIL = compile_regex(r"(?:['’]s?|-)\Z")
# A word and a dash right before a name (``India-EU summit``, ``India-Japan-US``).
_JOINED = compile_regex(r"\w" + DASH)
_JOINED_BEFORE = compile_regex(r"\w[^\S\n]*+" + DASH + r"[^\S\n]*+\Z")
# The groups that end the forum's name proper (see _core_end).
_CORE_GROUPS = (
    "numbered",
    "number",
    "combined",
    "org",
    "acronym",
    "body",
    "group",
    "mechanism",
    "mechanism_kind",
    "topic",
    "mechanism_acronym",
    "bare_body",
    "trailing_acronym",
    "between_second",
)

#: A match's groups by name (see _groups).
Groups = Callable[[str], str | None]


@attrs.define
class _Reading:
    """What the core piece of a match gave, before the prefix is read."""

    org: str
    body: str | None
    #: Where the core piece starts, and where the mention ends.
    core_start: int
    end: int
    #: A host city written before ``summit`` (``BRICS Kazan Summit``).
    place_before: str | None = None
    #: The edition a numbered name carries (``UNGA80``).
    numbered: int | None = None
    #: Whether a body phrase after the organisation was not one of its bodies.
    rejected: bool = False
    #: Whether the body was named by the people it gathers after a link (``meeting of
    #: SCO foreign ministers``): the link is then part of the mention.
    grouped: bool = False


def _groups(m: Match, text: str) -> Groups:
    """``m.group`` by name, read from the spans (several times cheaper per call)."""
    spans = m.regs
    index_of = m.re.groupindex

    def group(name: str) -> str | None:
        start, end = spans[index_of[name]]
        return None if start < 0 else text[start:end]

    return group


def interpret(
    m: Match, text: str, country_map: Mapping[str, str], seen: list[Forum]
) -> Found | None:
    """The forum a match *m* of the mention pattern in *text* names, or ``None`` (a
    namesake, a body of some other organisation, a chain of countries...). *seen* are the
    forums found before in the text: a bare body takes its organisation from them."""
    g = _groups(m, text)
    if g("not_forum") is not None:
        return None
    reading: _Reading | None
    if g("numbered") is not None or g("combined") is not None:
        reading = _read_combined(m, g)
    elif g("org") is not None:
        reading = _read_org(m, g, text)
    elif g("mechanism") is not None or g("mechanism_kind") is not None:
        reading = _read_mechanism(m, g, text, country_map)
    else:
        reading = _read_bare_body(m, g, text, seen)
    if reading is None:
        return None
    if _prefix_is_not_the_forums(m, g, text, reading):
        return _with_prefix(m, _without_prefix(g), text, reading, reading.core_start)
    return _with_prefix(m, g, text, reading)


# The groups of the prefix (see grammar._prefix).
_PREFIX_GROUPS = frozenset(
    {"ordinal", "annual", "link_adjective", "link", "group_link", "body_link"}
)
# A determiner before an ordinal that makes it someone's count, not the forum's edition
# (``his first ASEAN meeting``, ``India's first G20 summit``: the first for India).
_COUNTER_BEFORE = compile_regex(
    r"(?<![\w])(?i:his|her|their|its|my|our|your|a|an)" + SPACE + r"\Z|['’]s?" + SPACE + r"\Z",
    regex.VERSION1,
)
# Link words that count the sittings of a meeting (``the first session of the G20 Summit``).
_SITTING_LINKS = frozenset({"session", "meeting"})
# Words of a body's name that make it a meeting itself, not a standing body.
_MEETING_NAME = compile_regex(r"(?i:summit|meeting)")


def _prefix_is_not_the_forums(m: Match, g: Groups, text: str, reading: _Reading) -> bool:
    """Whether the prefix of the match counts something else than the forum's editions: an
    ordinal after a possessive or an article (``his first ASEAN meeting``), or a sitting of a
    summit named as such (``the first session of the G20 Summit``)."""
    if g("ordinal") is not None and _COUNTER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    link = g("link")
    if link is None or name_key(link) not in _SITTING_LINKS or reading.body != "SUMMIT":
        return False
    named = g("body") or g("combined") or ""
    return _MEETING_NAME.search(named) is not None


def _without_prefix(g: Groups) -> Groups:
    """*g* as if the match had no prefix."""

    def group(name: str) -> str | None:
        return None if name in _PREFIX_GROUPS else g(name)

    return group


# An ordinal and what joins it to the next one (``39th and``, ``37th,``), at the end of a
# stretch of text.
_COORDINATED = compile_regex(
    r"(?<![\w])(?P<ordinal>" + ORDINAL + r"),?+" + SPACE + r"(?:(?:and|&|or)" + SPACE + r")?\Z",
    regex.VERSION1,
)
_STARTS_WITH_ORDINAL = compile_regex(ORDINAL, regex.VERSION1)
_WORD_AFTER = compile_regex(r"[^\S\n]++(\w++)")
_WORD_BEFORE = compile_regex(r"(\w++)\.?+[^\S\n]++\Z")


def coordinated(text: str, found: Found, lo: int) -> list[Found]:
    """Editions written before *found*'s own and joined to it (``the 39th and 38th ASEAN
    summits``, ``the 15th, 16th and 17th BRICS summits``), after *lo*: one forum each, in
    text order, whose surface is the ordinal alone."""
    if found.forum.edition is None or not _STARTS_WITH_ORDINAL.match(text, found.start):
        return []
    out: list[Found] = []
    end = found.start
    while True:
        m = _COORDINATED.search(text, max(lo, end - 40), end)
        if m is None:
            break
        edition = ordinal_value(m.group("ordinal"))
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if edition is None or (before is not None and before.group(1).casefold() in MONTHS):
            break  # ``on June 2nd and the 17th BRICS summit``: a date
        forum = attrs.evolve(found.forum, edition=edition)
        out.append(Found(forum, m.start("ordinal"), m.end("ordinal")))
        end = m.start()
    return out[::-1]


def _read_combined(m: Match, g: Groups) -> _Reading | None:
    """A name that carries organisation and body (``UNGA``), perhaps an edition (``UNGA80``)."""
    which = "numbered" if g("numbered") is not None else "combined"
    name = g(which)
    found = index().combined.get(name_key(name)) if name is not None else None
    if found is None:
        return None  # cannot happen with a consistent table; never raise on text
    number = g("number")
    org, body = found
    numbered = int(number) if which == "numbered" and number is not None else None
    return _Reading(org, body, m.start(which), m.end(), numbered=numbered)


def _read_org(m: Match, g: Groups, text: str) -> _Reading | None:
    """An organisation, perhaps with one of its bodies (``SCO Heads of State Council``) or
    a city's summit (``BRICS Kazan Summit``)."""
    name = g("org")
    org = index().org_by_name.get(name_key(name)) if name is not None else None
    if org is None:
        return None
    reading = _Reading(org, None, m.start("org"), m.end())
    tail = text[m.end("org") : m.end("org") + 40]
    if tail.startswith("$") and g("acronym") is None:
        return None  # a currency (AU$, US$), not the organisation
    if any(p.match(tail) for p in _not_followed_by(org)):
        return None
    if name is not None and _someone_elses_acronym(text, name, m.start("org"), m.end("org")):
        return None
    if name in index().orgs[org].not_in_capitals and _in_capitals(text, m.start("org"), m.end()):
        return None  # ``PUTIN, WHO MET XI``: a word of a headline in capitals
    summit, city, group = g("city_summit"), g("city"), g("group")
    phrase = summit if summit is not None else group if group is not None else g("body")
    if phrase is None:
        return reading
    reading.body = body_of_phrase(phrase, org)
    reading.grouped = group is not None and reading.body is not None
    if summit is not None and city is not None:
        kind_of_meeting = name_key(city) in _meeting_adjectives()
        reading.place_before = None if kind_of_meeting or _not_a_city(city) else city
        if reading.place_before is None and not kind_of_meeting:
            reading.body = None
    joined = _JOINED.fullmatch(text[max(0, reading.core_start - 2) : reading.core_start])
    if reading.body is None or joined:
        # Not a body of this organisation (``UN summit``), or a bilateral meeting with it
        # (``India-EU summit``): the organisation alone.
        reading.body = reading.place_before = None
        reading.rejected = True
        reading.end = m.end("org")
        if g("acronym") is not None:
            close = _PAREN_CLOSE.match(text, m.end("acronym"))
            reading.end = m.end("acronym") if close is None else close.end()
    return reading


# The words before a bracket, and the small words an acronym leaves out.
_WORDS_BEFORE_BRACKET = compile_regex(r"((?:[\w&'’-]++[^\S\n]++){1,12}+)\([^\S\n]*+\Z")
_BRACKET_CLOSE = compile_regex(r"[^\S\n]*+\)")
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "des", "du", "la"})


def _someone_elses_acronym(text: str, name: str, start: int, end: int) -> bool:
    """Whether an acronym spells the initials of another name: in brackets after that name
    (``Composite Information Service (CIS)``), or after the text defined it so."""
    if not name.isupper():
        return False
    if _BRACKET_CLOSE.match(text, end) is None:
        defined = text.rfind("(" + name + ")", 0, start)
        return defined >= 0 and _spells_the_name_before(text, name, defined + 1)
    return _spells_the_name_before(text, name, start)


def _spells_the_name_before(text: str, name: str, start: int) -> bool:
    """Whether the acronym *name*, in brackets at *start*, spells the initials of the words
    before the bracket, and they are not a name of the same organisation."""
    before = _WORDS_BEFORE_BRACKET.search(text, max(0, start - 160), start)
    if before is None:
        return False
    words = [w for w in before.group(1).split() if w.casefold() not in _SMALL_WORDS]
    letters = [c for c in name if c.isalpha()]
    initials = [w[0] for w in words[-len(letters) :]]
    if len(initials) != len(letters) or "".join(initials).upper() != "".join(letters):
        return False
    first = before.group(1).rfind(words[-len(letters)])
    written = before.group(1)[first:]
    org_by_name = index().org_by_name
    return org_by_name.get(name_key(written)) != org_by_name.get(name_key(name))


# A word of three capitals or more (a word of a headline in capitals).
_CAPITALS = compile_regex(r"(?<![\w])\p{Lu}{3,}+(?![\w])")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words around *start*..*end* are written in capitals: two words of three
    capitals or more within two words either side, not counting the data's acronyms."""
    lo = max(0, start - 40)
    hi = min(len(text), end + 40)
    before = text[lo:start].split()[-2:]
    after = text[end:hi].split()[:2]
    acronyms = index().acronyms
    shouting = [
        w for w in before + after if _CAPITALS.search(w) and w.strip(".,;:!?\"'’()") not in acronyms
    ]
    return len(shouting) >= 2


def _read_mechanism(
    m: Match, g: Groups, text: str, country_map: Mapping[str, str]
) -> _Reading | None:
    """A bilateral mechanism: a listed one by its own name (``IRIGC-TEC``), or a kind of
    mechanism with its pair (``India-Russia Annual Summit``, ``Joint Commission between
    India and Chile``, ``the two countries' Joint Commission``)."""
    idx = index()
    which = (
        "pair"
        if g("pair") is not None
        else "mechanism"
        if g("mechanism") is not None
        else "mechanism_kind"
    )
    core_start = m.start(which)
    pair: tuple[str, str] | None = None
    alias, first, second = g("pair_alias"), g("first_country"), g("second_country")
    if alias is not None:
        pair = idx.pair_aliases.get(name_key(alias))
    elif first is not None and second is not None:
        if _JOINED_BEFORE.search(text, max(0, core_start - 40), core_start) or (
            _country_before().search(text, max(0, core_start - 40), core_start)
        ):
            return None  # one pair of a longer chain (``India-Japan-US``, ``China Japan Korea``)
        pair = pair_codes(country_map, first, second)
        if pair is None:
            return None
    else:
        first, second = g("between_first"), g("between_second")
        if first is not None and second is not None:
            pair = pair_codes(country_map, first, second)
    name = g("mechanism")
    if name is not None:
        key = idx.mechanism_by_name.get(name_key(name))
        if key is None:
            return None
        return _Reading(key, idx.mechanisms[key].body, core_start, m.end())
    found = mechanism_key(m, text, pair, country_map)
    if found is None:
        return None
    key, body = found
    return _Reading(key, body, core_start, m.end())


@functools.cache
def _country_before() -> regex.Pattern[str]:
    """A country name and a space right before a position (a chain of three countries)."""
    return compile_regex(r"(?<![\w])(?:" + country_names()[1] + r")[^\S\n]++\Z", regex.VERSION1)


def _read_bare_body(m: Match, g: Groups, text: str, seen: list[Forum]) -> _Reading | None:
    """A body named alone after *the* (``the Security Council``): of the last organisation
    mentioned before it that has such a body, else of the one the data names for it."""
    start = m.start()
    if not _THE_BEFORE.search(text, max(0, start - 12), start):
        return None
    name = g("bare_body")
    if name is None:
        return None
    idx = index()
    owners = idx.bare_bodies.get(name_key(name), {})
    previous = next((f.org for f in reversed(seen) if f.org in owners), None)
    if previous is not None:
        return _Reading(previous, owners[previous], m.start("bare_body"), m.end())
    default = idx.bare_defaults.get(name_key(name))
    if default is None:
        return None
    org, body, unless = default
    after = _WORD_AFTER.match(text, m.end("bare_body"))
    if after is not None and after.group(1) in unless:
        return None  # ``the Security Council of Russia``, ``the Security Council Secretary``
    return _Reading(org, body, m.start("bare_body"), m.end())


def _with_prefix(
    m: Match, g: Groups, text: str, reading: _Reading, start: int | None = None
) -> Found:
    """The forum of *reading* with what the prefix and tail add: a body implied by a link
    or an ordinal, the edition, where the mention starts (*start*, where the prefix is left
    out), and the host city."""
    link = _prefix_body(g, reading)
    if start is None:
        start = _mention_start(m, g, reading, link)
    edition, start = _edition(m, g, reading, start)
    if reading.numbered is not None:
        edition = reading.numbered
    body = reading.body
    place = reading.place_before or (_place(text, reading.end) if body is not None else None)
    return Found(Forum(reading.org, body, edition, place), start, reading.end)


def _prefix_body(g: Groups, reading: _Reading) -> str | None:
    """Fill *reading*'s body from the prefix's links where the core gave none; the link
    that stays part of the mention (``None`` for one that only names the forum: ``meeting
    of the SCO`` is the SCO, not a meeting of it)."""
    idx = index()
    org = reading.org
    link = g("link")
    if link is not None and g("ordinal") is None and name_key(link) in idx.links:
        standalone = name_key(link) in idx.standalone_links and link[-1:] not in "sS"
        grouped = _grouped(g, reading)
        if not standalone and not grouped:
            link = None  # ``meeting of the SCO``, ``summits of ASEAN``: the forum itself
        elif reading.body is None and not grouped:
            implied = idx.links[name_key(link)]
            reading.body = meeting_body(org) if implied is None else link_body(link, org)
    group_link = g("group_link")
    if group_link is not None and reading.body is None:
        reading.body = link_body(group_link, org)
    body_link = g("body_link")
    if body_link is not None and reading.body is None:
        reading.body = link_body(body_link, org)
    if link is not None and reading.body is None:
        reading.body = link_body(link, org)
    if (
        reading.body is None
        and not reading.rejected
        and (g("ordinal") is not None or link is not None)
    ):
        reading.body = meeting_body(org)
    return link


def _grouped(g: Groups, reading: _Reading) -> bool:
    """Whether a link names the meeting of a body named by the people it gathers (``meeting
    of SCO foreign ministers``, ``meeting of the leaders of the G20``)."""
    if reading.grouped:
        return True
    group = g("group_link")
    return group is not None and reading.body is None and link_body(group, reading.org) is not None


def _mention_start(m: Match, g: Groups, reading: _Reading, link: str | None) -> int:
    """Where the mention starts: at the core piece for an organisation alone, else at the
    prefix that stays part of it."""
    if reading.body is None:
        return reading.core_start
    if g("ordinal") is None and g("link") is not None and link is None:
        return m.start("body_link") if g("body_link") is not None else reading.core_start
    if g("ordinal") is None and g("annual") is not None:
        return m.start("link") if link is not None else reading.core_start
    return m.start()


def _edition(m: Match, g: Groups, reading: _Reading, start: int) -> tuple[int | None, int]:
    """The edition (``17th BRICS Summit``, ``UN 80th General Assembly``, ``UN's 80th
    session``) and where the mention starts; a trailing ordinal with no body to number
    is left out of the mention."""
    ordinal = g("ordinal")
    edition = ordinal_value(ordinal) if ordinal is not None and start < reading.core_start else None
    body_ordinal = g("body_ordinal")
    if body_ordinal is not None and reading.body is not None:
        edition = ordinal_value(body_ordinal)
    trailing = g("trailing_ordinal")
    if trailing is not None and reading.end == m.end():
        if reading.body is None and not reading.rejected:
            reading.body = meeting_body(reading.org)
            start = reading.core_start
        if reading.body is not None:
            edition = ordinal_value(trailing)
        else:
            reading.end = _core_end(m)
    return edition, start


def _core_end(m: Match) -> int:
    """End of the forum name proper, before a trailing ``'s 80th session``."""
    return max(m.end(g) for g in _CORE_GROUPS)


@functools.cache
def _not_followed_by(org: str) -> tuple[regex.Pattern[str], ...]:
    """Words that, right after the organisation *org*'s name, show it is something else."""
    return tuple(
        compile_regex(SPACE + regex.escape(w) + END) for w in index().orgs[org].not_followed_by
    )


def body_of_phrase(phrase: str, org: str) -> str | None:
    """The body of *org* that *phrase* names (``Heads of State Council`` is the SCO's
    ``SUMMIT``): the organisation's own phrase, else a phrase of a body it has."""
    idx = index()
    owners = idx.body_by_phrase.get(name_key(phrase), {})
    if org in owners:
        return owners[org]
    if org in idx.mechanisms:
        return None
    generic = owners.get("*")
    return generic if generic in idx.orgs[org].bodies else None


def link_body(link: str, org: str) -> str | None:
    """The body of *org* that a link before it names (``session of the``, ``Council of Heads
    of State of the``)."""
    idx = index()
    key = name_key(link)
    if key in idx.links:
        value = idx.links[key]
        if value is None or org in idx.mechanisms:
            return None
        return value if value in idx.orgs[org].bodies else None
    if org in idx.mechanisms:
        return None
    return body_of_phrase(link, org)


def meeting_body(org: str) -> str | None:
    """The body that an edition or a place implies for *org* (a summit, a session)."""
    idx = index()
    if org in idx.mechanisms:
        return idx.mechanisms[org].body
    return idx.orgs[org].meeting_body


def _place(text: str, end: int) -> str | None:
    """The host city written right after a meeting that ends at *end*, if any."""
    m = PLACE.match(text, end)
    if m is None:
        return None
    place = _PLACE_TAIL.sub("", m.group("place"))
    first = place.split()[0].casefold()
    if first in MONTHS or first in WEEKDAYS or name_key(place.split()[0]) in index().org_by_name:
        return None
    if first in _NOT_PLACE and _countries.code_for_place(place) is None:
        return None  # "in The Hague" is a place, "in The Hindu" is not
    code = _countries.code_for(place)
    if code is not None and _countries.capital_of(code) != place:
        return None  # a country is not a host city, unless a city-state (Singapore)
    return place


@functools.cache
def _meeting_adjectives() -> frozenset[str]:
    """Words that, before ``Summit``, say what kind of summit it is, not where it is held
    (``SADC Extraordinary Summit``, ``GCC Annual Summit``)."""
    words = [*table().get("link_adjectives", []), "annual", "first", "last", "next"]
    return frozenset(name_key(w) for w in words)


def _not_a_city(name: str) -> bool:
    first = name.split()[0].casefold()
    return (
        first in MONTHS
        or first in WEEKDAYS
        or first in _NOT_PLACE
        or _countries.code_for(name) is not None
        or name_key(name) in index().org_by_name
    )
