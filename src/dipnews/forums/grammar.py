"""The mention pattern: the names in the data, compiled into one regular expression.

A mention is an optional prefix, one core piece, and an optional tail::

    [ordinal] [annual] [[adjective] link of the [group of the]] [body link of the]  prefix
    not_forum | numbered | combined
      | org [(acronym)] [[ordinal] body | city Summit | group after a link]
      | [pair [annual]] (mechanism | mechanism_kind [on topic] [(acronym)] [between A and B])
      | bare_body                                                        core
    [(acronym)] ['s ordinal session]                                     tail

Each piece is built by its own function below and captured by a named group of the same
name, which :mod:`dipnews.forums.interpret` reads: ``SCO Heads of State Council`` is the
``org`` piece, ``SCO`` in group ``org`` and ``Heads of State Council`` in group ``body``.
:func:`mention_grammar` is the whole pattern; :func:`partial_grammar` the same with only
some core pieces, for a place where only those can start (see
:mod:`dipnews.forums.starts`).
"""

from __future__ import annotations

import functools

import regex

from dipnews import countries as _countries
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._engine import Grammar
from dipnews._patterns import literal_trie
from dipnews.forums.index import index, name_lists
from dipnews.forums.tries import acronym_trie, name_trie, names_and_acronyms
from dipnews.forums.words import APOSTROPHE, DASH, ORDINAL, SPACE, START

# Pieces of the mention pattern. A prefix piece (an ordinal, ``annual``, a link such as
# ``session of the``) comes before the forum; a core piece is the forum itself.
PREFIX_PIECES = ("ordinal", "annual", "link")
CORE_PIECES = (
    "not_forum",
    "numbered",
    "combined",
    "org",
    "pair",
    "mechanism",
    "mechanism_kind",
    "bare_body",
)
# The core pieces whose names are few: cheap to compile and to try.
SMALL_PIECES = frozenset({"not_forum", "numbered", "combined", "mechanism", "bare_body"})
# Named groups of each core piece, declared by the never-matching stand-in for it.
_PIECE_GROUPS = {
    "not_forum": ("not_forum",),
    "numbered": ("numbered", "number"),
    "combined": ("combined",),
    "org": ("org", "acronym", "body_ordinal", "body", "city", "city_summit", "group"),
    "pair": ("pair", "pair_alias", "first_country", "second_country", "pair_annual"),
    "mechanism": ("mechanism",),
    "mechanism_kind": (
        "mechanism_kind",
        "topic",
        "mechanism_acronym",
        "between_first",
        "between_second",
    ),
    "bare_body": ("bare_body",),
}

#: The name lists (keys of :func:`~dipnews.forums.index.name_lists`) behind each piece
#: and each part of the prefix: its names and its acronyms.
PIECE_LISTS = {
    "not_forum": ("not_forum_names", "not_forum_acronyms"),
    "combined": ("combined", ""),
    "org": ("org_names", "org_acronyms"),
    "mechanism": ("mechanism_names", "mechanism_acronyms"),
    "mechanism_kind": ("kind_phrases", ""),
    "bare_body": ("bare_bodies", ""),
    "body_phrases": ("body_phrases", ""),
    "group_phrases": ("group_phrases", ""),
    "links": ("links", ""),
    "link_adjectives": ("link_adjectives", ""),
}
#: The lists matched in any case, all-capital names too (the others match their
#: all-capital names in the case written).
ANY_CASE_LISTS = frozenset({"mechanism_kind", "links", "link_adjectives"})

# A capitalised word of a mechanism's topic (``Joint Working Group on Counter-Terrorism``);
# a date (``on Tuesday``, ``on March 3``) is not a topic.
_TOPIC_WORD = (
    r"(?!(?i:"
    + "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True))
    + r")(?![\w]))\p{Lu}[\p{L}\-]{1,30}+"
)
# An optional ``the`` before a name.
_THE = r"(?:[Tt]he" + SPACE + ")?"
#: The words that join the two countries of a pair: a dash, a slash, ``and``, or a plain
#: space (``the 22nd India Russia Summit``; a mechanism phrase must follow the pair).
PAIR_JOIN = rf"(?:[^\S\n]*+{DASH}[^\S\n]*+|/|{SPACE}(?:and|&){SPACE}|[^\S\n]++)"


def list_source(key: str, names: list[str], acronyms: list[str]) -> str:
    """The pattern of *names* and *acronyms*, compiled as :data:`PIECE_LISTS` *key* is."""
    if key in ANY_CASE_LISTS:
        return name_trie(names)
    return names_and_acronyms(names, acronyms)


@functools.cache
def names_of(key: str) -> str:
    """The pattern of all the names of :data:`PIECE_LISTS` *key*."""
    lists = name_lists()
    names, acronyms = PIECE_LISTS[key]
    return list_source(key, lists[names], lists[acronyms] if acronyms else [])


@functools.cache
def numbered_names() -> str:
    """Names that an edition number follows (``UNGA`` of ``UNGA80``), literally."""
    numbered = name_lists()["numbered"]
    return "(?:" + "|".join(map(regex.escape, numbered)) + ")" if numbered else r"(?!)"


@functools.cache
def link_adjectives() -> str:
    """Adjectives before a link (``annual`` of ``annual session of the``)."""
    return names_of("link_adjectives") if name_lists()["link_adjectives"] else r"(?!)"


@functools.cache
def _acronyms() -> str:
    """Every acronym of an organisation or mechanism, as written."""
    return acronym_trie(index().acronyms)


@functools.cache
def country_names() -> tuple[dict[str, str], str]:
    """Written country names, adjectives and combining forms (``Indo``, ``Sino``), each with
    its ISO code, and the pattern of them all."""
    idx = index()
    names: dict[str, str] = {}
    for name, code in _countries.surface_names().items():
        if code in idx.country_codes and not name.casefold().startswith("the "):
            names[name] = code
    for form, code in idx.combining.items():
        if code in idx.country_codes:
            names[form] = code
    for name, code in list(names.items()):
        names.setdefault(name.upper(), code)  # headlines and all-capital datelines
    if not names:
        return names, r"(?!)"
    return names, literal_trie((" ".join(n.split()) for n in names), space=SPACE) + r"(?![\w])"


def _stub(piece: str) -> str:
    """A piece that never matches but declares the named groups of *piece*."""
    return "(?!)" + "".join(f"(?P<{g}>)" for g in _PIECE_GROUPS[piece])


def _bracketed(inside: str) -> str:
    """*inside* in brackets after an optional space: ``(SCO)``, ``( JWG )``."""
    return SPACE + r"?+\([^\S\n]*+" + inside + r"[^\S\n]*+\)"


def _optional_word(group: str, pattern: str) -> str:
    """An optional *pattern* and a space after it, captured as *group*."""
    return r"(?:(?P<" + group + ">" + pattern + r")" + SPACE + r")?"


def _absent(*groups: str) -> str:
    """An empty optional piece that declares *groups*."""
    return "(?:(?!)" + "".join(f"(?P<{g}>)" for g in groups) + ")?"


# --- the prefix -------------------------------------------------------------------------


def _of_the() -> str:
    return SPACE + r"(?i:of)" + SPACE + _THE


def _prefix() -> str:
    """An ordinal, ``annual``, then a link (``session of the``, ``special session of the``)
    with the people a body gathers (``session of Heads of State and Government of the``),
    and a body as a link (``Council of Heads of State of the``)."""
    body = names_of("body_phrases")
    return (
        _optional_word("ordinal", ORDINAL)
        + _optional_word("annual", "(?i:annual)")
        + r"(?:"
        + _optional_word("link_adjective", link_adjectives())
        + r"(?P<link>"
        + body
        + "|"
        + names_of("links")
        + r")"
        + _of_the()
        + r"(?:(?P<group_link>"
        + names_of("group_phrases")
        + r")"
        + _of_the()
        + r")?)?(?:(?P<body_link>"
        + body
        + r")"
        + _of_the()
        + r")?"
    )


def _lead_prefix(lead: str | None) -> str:
    """The prefix where only *lead* (``ordinal`` or ``annual``, or none) can start."""
    return (
        (_optional_word("ordinal", ORDINAL) if lead == "ordinal" else _absent("ordinal"))
        + (_optional_word("annual", "(?i:annual)") if lead == "annual" else _absent("annual"))
        + _absent("link_adjective", "link", "group_link", "body_link")
    )


# --- the core pieces ----------------------------------------------------------------------


def _not_forum() -> str:
    """A namesake that is not a forum (``UNESCO``, ``United Nations Development
    Programme``): matched, so that no shorter name inside it is read."""
    return r"(?P<not_forum>" + names_of("not_forum") + r")"


def _numbered() -> str:
    """A name that carries organisation, body and edition (``UNGA80``, ``UNGA 80``)."""
    return r"(?P<numbered>" + numbered_names() + r")[^\S\n]?+(?P<number>\d{2,3}+)(?![\w])"


def _combined() -> str:
    """A name that carries organisation and body at once (``UNGA``, ``European Council``)."""
    return r"(?P<combined>" + names_of("combined") + r")"


def _org() -> str:
    """An organisation (``SCO``, ``Shanghai Cooperation Organization``), its acronym in
    brackets, then one of its bodies (``Heads of State Council``), a city's summit, or,
    after a link only, the people a body gathers (``meeting of SCO foreign ministers``)."""
    return (
        r"(?P<org>"
        + names_of("org")
        + r")(?:"
        + _bracketed(r"(?P<acronym>" + _acronyms() + r")")
        + r")?(?:"
        + _org_body()
        + r"|"
        + _city_summit()
        + r"|(?(link)"
        + SPACE
        + r"(?P<group>"
        + names_of("group_phrases")
        + r")|(?!))"
        + r")?"
    )


def _org_body() -> str:
    """A body after its organisation: ``'s``, an ordinal, the body's phrase (``SCO Heads of
    State Council``, ``UN's 80th General Assembly``)."""
    return (
        r"(?:"
        + APOSTROPHE
        + r"s?+)?"
        + SPACE
        + _optional_word("body_ordinal", ORDINAL)
        + r"(?P<body>"
        + names_of("body_phrases")
        + r")"
    )


def _city_summit() -> str:
    """A host city and ``summit`` after an organisation (``BRICS Kazan Summit``)."""
    return (
        SPACE
        + r"(?P<city>\p{Lu}\p{Ll}{2,20}+(?:[^\S\n]\p{Lu}\p{Ll}{2,20}+)?)"
        + SPACE
        + r"(?P<city_summit>(?i:summit))(?![\w])"
    )


def _pair() -> str:
    """An optional country pair (``India-Russia``, ``India and Japan``, ``Indo-Pak``) or a
    name that stands for one (``CPEC``), then ``annual``; a mechanism piece follows."""
    country_map, country = country_names()
    pair = (
        rf"(?P<first_country>{country}){PAIR_JOIN}(?P<second_country>{country})"
        if country_map
        else r"(?!)"
    )
    aliases = name_lists()["pair_aliases"]
    if aliases:
        pair = (
            r"(?P<pair_alias>"
            + names_and_acronyms(aliases)
            + r")(?:"
            + _bracketed(r"\p{Lu}{2,10}+")
            + r")?+|"
            + pair
        )
    return (
        r"(?:(?P<pair>" + pair + r")" + SPACE + _optional_word("pair_annual", "(?i:annual)") + ")?"
    )


def _mechanism() -> str:
    """A listed bilateral mechanism by its own name or acronym (``IRIGC-TEC``)."""
    return r"(?P<mechanism>" + names_of("mechanism") + r")"


def _mechanism_kind(between: bool) -> str:
    """A kind of mechanism (``Joint Commission``, ``2+2 dialogue``), its topic (``on
    Counter-Terrorism``), its acronym in brackets, and the pair after ``between``. Without
    *between*, ``between`` alone fills the pair's groups (empty), where the whole pattern
    must be tried instead (see :func:`partial_grammar`)."""
    return (
        r"(?P<mechanism_kind>"
        + names_of("mechanism_kind")
        + r")(?P<topic>"
        + SPACE
        + r"(?:on|for)"
        + SPACE
        + _TOPIC_WORD
        + r"(?:,?+"
        + SPACE
        + r"(?:(?:and|&)"
        + SPACE
        + r")?+"
        + _TOPIC_WORD
        + r"){0,8}+)?(?:"
        + _bracketed(r"(?P<mechanism_acronym>\p{Lu}[\p{Lu}\d&+\-]{1,11}+)")
        + r")?(?:"
        + SPACE
        + r"(?i:between)"
        + (_between_pair() if between else r"(?P<between_first>)(?P<between_second>)")
        + r")?"
    )


def _between_pair() -> str:
    """The two countries after ``between`` (``between India and the US``)."""
    country = country_names()[1]
    return (
        SPACE
        + _THE
        + r"(?P<between_first>"
        + country
        + r")"
        + SPACE
        + r"(?i:and)"
        + SPACE
        + _THE
        + r"(?P<between_second>"
        + country
        + r")"
    )


def _bare_body() -> str:
    """A body named alone after *the* (``the Security Council``)."""
    return r"(?P<bare_body>" + names_of("bare_body") + r")"


# --- the tail -------------------------------------------------------------------------------


def _tail() -> str:
    """An acronym in brackets and an edition after ``'s`` (``UN's 80th session``)."""
    return (
        r"(?:"
        + _bracketed(r"(?P<trailing_acronym>" + _acronyms() + r")")
        + r")?(?:"
        + APOSTROPHE
        + r"s"
        + SPACE
        + r"(?P<trailing_ordinal>"
        + ORDINAL
        + r")"
        + SPACE
        + r"(?i:session|summit|meeting|edition)(?![\w]))?"
    )


# --- the whole ------------------------------------------------------------------------------


def mention_source(core: frozenset[str] | None = None, lead: str | None = None) -> str:
    """The mention pattern. With *core*, the one for a place where no prefix piece but
    *lead* (``ordinal`` or ``annual``, or none) can start: the other prefix pieces are left
    out and so is each core piece not in *core* (a piece that cannot start there would fail
    at once in the whole pattern, so the first match is the same). There, too, the pair
    after ``between`` (``Joint Commission between India and Chile``) is left out:
    ``between`` alone fills its empty groups, where the caller must try the whole pattern
    instead (what follows is optional, so where ``between`` is not there, neither is the
    pair, and the match is the same)."""

    def keep(name: str) -> bool:
        return core is None or name in core

    def piece(name: str, build: str) -> str:
        return build if keep(name) else _stub(name)

    # After a pair, any mechanism may follow: the mechanism pieces are kept whole then.
    pair = _pair() if keep("pair") else "(?:" + _stub("pair") + ")?"
    mechanism = _mechanism() if keep("mechanism") or keep("pair") else _stub("mechanism")
    mechanism_kind = (
        _mechanism_kind(between=core is None)
        if keep("mechanism_kind") or keep("pair")
        else _stub("mechanism_kind")
    )
    return (
        START
        + (_prefix() if core is None else _lead_prefix(lead))
        + r"(?:"
        + piece("not_forum", _not_forum())
        + "|"
        + piece("numbered", _numbered())
        + r"|"
        + piece("combined", _combined())
        + r"|"
        + piece("org", _org())
        + r"|"
        + pair
        + r"(?:"
        + mechanism
        + r"|"
        + mechanism_kind
        + r")|"
        + piece("bare_body", _bare_body())
        + r")"
        + _tail()
    )


@functools.cache
def mention_grammar() -> Grammar:
    """The whole pattern, for both engines (see :mod:`dipnews._engine`)."""
    return Grammar(mention_source(), regex.VERSION1)


@functools.cache
def partial_grammar(core: frozenset[str], lead: str | None) -> Grammar:
    """The pattern with the core pieces *core* and the prefix piece *lead* only."""
    return Grammar(mention_source(core, lead), regex.VERSION1)
