"""The compiled grammar of official mentions, built once from the title and country tables.

Every pattern runs on the *matching copy* of a text (:func:`~dipnews.officials.tables.
match_form`), which has the same length as the text, so match offsets are text offsets.
Quantifiers are bounded and possessive where a pattern could otherwise backtrack, so each
pattern is linear in the length of the text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from dipnews import _engine, countries
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._compiled import compile_regex
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews.officials.tables import match_form, tables

__all__ = ["NAME_LOWER_WORDS", "WORD", "Grammar", "Pieces", "grammar", "pieces"]

#: A word: where a mention can start.
WORD = compile_regex(r"(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{M}]*+")

# One run of horizontal space, possibly with one line break: never a paragraph break.
SP = LINE_SPACE

# Months that are also given names or surnames (Theresa May, June, August) stay usable.
_NAME_MONTHS = {"may", "june", "august"}

_PARTICLES = (
    "bin|bint|binti|ibn|al|el|de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|y|ul|ud|"
    "ben|abu|dela|e|es"
)
_PREFIXES = "al|el|ul|ad|ar|as|an|at|az"
_NAME_WORD = (
    rf"(?:(?:{_PREFIXES})-)?+"
    r"(?:\p{Lu}')?+\p{Lu}[\p{Ll}\p{M}]++"
    r"(?:\p{Lu}[\p{Ll}\p{M}]++)?+(?:-\p{L}[\p{Ll}\p{M}]*+){0,2}+"
)
#: The only words in lower case that a name can hold other than after a hyphen or an
#: apostrophe: particles and the prefixes of a hyphenated word ("bin", "de", "al-").
NAME_LOWER_WORDS = frozenset(_PARTICLES.split("|")) | frozenset(_PREFIXES.split("|"))
_INITIALS = r"(?:\p{Lu}\.(?:[^\S\n]?+\p{Lu}\.){0,2}+|\p{Lu}(?=[^\S\n]\p{Lu}))"
_TITLE_LIKE_EXTRA = (
    "Chairman",
    "Chairperson",
    "Chair",
    "Head",
    "Director",
    "Secretary",
    "Member",
    "Leader",
)
_FOREIGN_MINISTRY = (
    rf"(?i:foreign{SP}ministry|ministry{SP}of{SP}foreign{SP}affairs|ministry{SP}of{SP}external"
    rf"{SP}affairs|foreign{SP}affairs{SP}ministry|external{SP}affairs{SP}ministry|foreign{SP}"
    rf"office|state{SP}department|department{SP}of{SP}state)|MFA|MEA|MoFA|FO"
)


@attrs.frozen
class Grammar:
    """The compiled patterns (see the module docstring)."""

    # Each for both engines (see dipnews._engine).
    prefix: _engine.Grammar
    appositive: _engine.Grammar
    appositive_head: _engine.Grammar  # how every appositive begins: a name and a comma
    counterpart: _engine.Grammar
    bare: _engine.Grammar  # a lead and a title: tried first at every lead word
    portfolio: _engine.Grammar  # after an envoy's title: "on Afghan peace talks" and a name
    person: _engine.Grammar  # a name: scanned over the whole text
    stop: frozenset[str]
    anchors: frozenset[str]
    openers: frozenset[str]


@functools.cache
def _stop_words() -> list[str]:
    table = tables()
    words = set(table.not_names) | set(_TITLE_LIKE_EXTRA)
    for name in (*MONTHS, *WEEKDAYS):
        if name not in _NAME_MONTHS and len(name) > 3:
            words.add(name.capitalize())
    for alias in (*table.aliases_ci, *table.aliases_cs, *table.leader_words):
        for word in regex.split(r"[\s\-/]+", alias):
            word = word.strip("().,")
            if len(word) >= 3 and word[:1].isupper() and word[1:].islower():
                words.add(word)
            elif len(word) >= 3 and word.islower() and word not in {"the", "and", "for"}:
                words.add(word.capitalize())
    for hon in table.honorifics:
        if hon[:1].isupper() and " " not in hon:
            words.add(hon.rstrip("."))
    return sorted(words - table.name_words)


@attrs.frozen
class Pieces:
    """The sources the patterns are assembled from."""

    places: str  # a country, party, institution or organisation name
    honorifics: str  # up to three honorifics, each followed by a space or ending in a dot
    token: str  # one word of a name, or initials
    stop_ahead: str  # a look-ahead refusing a stop word where a name word could start
    name: str  # a person's name
    title: str  # one title
    chain: str  # up to three coordinated titles, and a title possessed by the last one
    lead: str  # what may come before a title: the, a place, a qualifier, another place


@functools.cache
def _places() -> list[str]:
    """Every country, party, institution and organisation name, longest first."""
    table = tables()
    return sorted(
        {
            *(match_form(n) for n in countries.surface_names()),
            *table.parties,
            *table.institutions,
            *table.organisations,
        },
        key=lambda s: (-len(s), s),
    )


@functools.cache
def _title_first_words() -> list[str]:
    return sorted(
        {regex.split(r"[\s\-]", a, maxsplit=1)[0].casefold() for a in tables().aliases_ci}
    )


@functools.cache
def pieces() -> Pieces:
    """The pieces the patterns are built from (for rules built elsewhere, as lists)."""
    return _pieces(_places(), _stop_words(), _title_first_words())


@functools.cache
def grammar() -> Grammar:
    """The patterns, compiled at first use and shared by every call."""
    table = tables()
    stop = _stop_words()
    places = _places()
    title_first_words = _title_first_words()
    pieces_ = pieces()
    return Grammar(
        prefix=_engine.Grammar(_prefix(pieces_)),
        appositive=_engine.Grammar(_appositive(pieces_)),
        appositive_head=_engine.Grammar(_appositive_head(pieces_)),
        counterpart=_engine.Grammar(_counterpart(pieces_)),
        bare=_engine.Grammar(
            rf"(?<![\p{{L}}\p{{N}}@'])(?=[\p{{L}}]){pieces_.lead}(?P<title>{pieces_.title})"
        ),
        portfolio=_engine.Grammar(_portfolio(pieces_)),
        person=_engine.Grammar(
            rf"(?<![\p{{L}}\p{{N}}@'\-])(?=\p{{Lu}})"
            rf"(?P<honorific>{pieces_.honorifics})(?P<name>{pieces_.name})"
        ),
        stop=frozenset(stop),
        anchors=frozenset(
            {*title_first_words, *(_first(a) for a in table.aliases_cs), "counterpart"}
            | {"counterparts", "minister", *(_first(w).casefold() for w in table.leader_words)}
        ),
        openers=frozenset(
            {"the", "The", "his", "her", "their", "its", "His", "Her", "Their", "Its"}
            | {_first(p) for p in places}
            | {_first(q).casefold() for q in table.qualifiers}
        ),
    )


def _pieces(places: list[str], stop: list[str], title_first_words: list[str]) -> Pieces:
    r"""The word lists as prefix-factored alternations, and the name, title and lead built
    from them.

    The lists are :func:`~dipnews._patterns.literal_trie` alternations: they fail at the
    first impossible character, where a named list (``\L<...>``) probes every length,
    above all case-insensitively. Case-insensitive lists are lower-cased.
    """
    table = tables()
    place_words = literal_trie(places)
    honorific_words = literal_trie(sorted(table.honorifics, key=lambda s: (-len(s), s)))
    stop_ahead = rf"(?!{literal_trie(stop)}(?![\p{{L}}\p{{M}}]))"
    token = rf"(?:{_INITIALS}|{_NAME_WORD})"
    glue = rf"(?:{SP}|(?<=\.))"
    # Honorifics before a name, and inside one after a hereditary title that is part of it
    # ("Tengku Datuk Seri Zafrul Abdul Aziz"; the record's name leaves them out).
    honorifics = rf"(?:{honorific_words}(?![\p{{L}}\p{{M}}])(?:{SP}|(?<=\.))){{0,3}}+"
    name = (
        rf"{stop_ahead}{token}"
        rf"(?:{glue}{honorifics}(?:(?:{_PARTICLES}){SP}){{0,2}}+{stop_ahead}{token}){{0,4}}+"
        # A regnal number (Abdullah II, Charles III).
        rf"(?:{SP}(?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?![\p{{L}}\p{{N}}]))?+"
    )
    title = _title(stop_ahead, _ci_trie(title_first_words))
    # Up to three coordinated titles, each a group of its own on either engine (written out
    # rather than repeated: the same matches as ``{0,2}``).
    joint = rf"{SP}?+(?:(?i:and)|&|[–—-]){SP}?+"
    chain = (
        rf"(?P<title>{title})"
        rf"(?:{joint}(?P<second_title>{title})(?:{joint}(?P<third_title>{title}))?)?"
        # "the Russian President's special envoy": the office is the possessed one.
        rf"(?:'s{SP}(?P<owned_title>{title}))?(?!'s)"
    )
    lead = (
        # "the", or a possessive pronoun whose antecedent is an official ("his aide").
        rf"(?:(?P<determiner>(?i:the){SP})|(?P<pronoun>(?i:his|her){SP}))?+"
        rf"(?:{_place(place_words, 'place')}{SP})?"
        rf"(?:(?P<qualifier>{_ci_trie(table.qualifiers)})(?:{SP}|(?<=-)))?+"
        rf"(?:{_place(place_words, 'qualified_place')}{SP})?"
    )
    return Pieces(
        places=place_words,
        honorifics=honorifics,
        token=token,
        stop_ahead=stop_ahead,
        name=name,
        title=title,
        chain=chain,
        lead=lead,
    )


def _title(stop_ahead: str, title_first_words: str) -> str:
    """One title: a listed one, or a capitalised word or two and ``Minister`` (``Petroleum
    Minister``), or ``Minister of`` or ``for`` a capitalised word."""
    table = tables()
    word = rf"{stop_ahead}\p{{Lu}}\p{{Ll}}++"
    minister = (
        rf"(?:{word}{SP}(?:and{SP}{word}{SP})?+|{word}{SP}{word}{SP})Minister"
        rf"|Minister{SP}(?:of|for){SP}(?:the{SP})?+{stop_ahead}\p{{Lu}}\p{{Ll}}++"
    )
    # Cheap guards first: most positions fail on one character or one short word, so the
    # long alternations are only tried where they can start.
    return (
        rf"(?:(?=\p{{Lu}}){literal_trie(table.aliases_cs)}"
        rf"|(?={title_first_words}(?![\p{{L}}])){_ci_trie(table.aliases_ci)}"
        rf"|(?=\p{{Lu}}){minister})(?![\p{{L}}\p{{N}}])"
    )


def _place(place_words: str, group: str) -> str:
    """A place word as group *group*, and its possessive ``'s`` as *group* ``_possessive``."""
    return (
        rf"(?=\p{{Lu}})(?P<{group}>{place_words})(?![\p{{L}}\p{{N}}])"
        rf"(?P<{group}_possessive>'s)?"
    )


def _prefix(p: Pieces) -> str:
    """A title before a name (``Russian Foreign Minister Sergei Lavrov``), or before a
    handle (``FM @DrSJaishankar``)."""
    return (
        rf"(?<![\p{{L}}\p{{N}}@'])(?=[\p{{L}}])"
        rf"{p.lead}{p.chain}"
        rf"(?:{SP}(?P<of_word>of|for|to){SP}(?:the{SP})?+{_place(p.places, 'of_place')}"
        rf"(?:{SP}(?i:President|Prime{SP}Minister|Government|Foreign{SP}Ministry)"
        rf"(?![\p{{L}}]))?)?"
        rf"(?:{SP}?+\((?P<abbreviation>\p{{Lu}}[\p{{L}}]{{1,6}}+)\))?+"
        rf"(?:{SP}(?P<handle>@\w{{1,30}}+))?+"
        rf"(?:{SP}(?P<second_of_word>of|to|in){SP}(?:the{SP})?+"
        rf"{_place(p.places, 'second_of_place')})?"
        # A comma before the name after "the", an "of" place or a possessive place ("the
        # foreign minister of Kyrgyzstan, X"; "Brazil's Foreign Minister, X").
        rf"(?:(?(of_place),?|(?(determiner),?|(?(pronoun),?|(?(place_possessive),?|)))){SP}"
        rf"(?P<honorific>{p.honorifics})(?P<name>{p.name})"
        # "President Emmanuel Macron of France": the country after the name.
        rf"(?:{SP}of{SP}(?:the{SP})?+{_place(p.places, 'name_of_place')})?)?"
    )


def _portfolio(p: Pieces) -> str:
    """What follows an adviser's or envoy's title before the name: a portfolio of a few
    words, perhaps in lower case after the first (``Adviser on Commerce and Trade X``,
    ``special envoy on Afghan peace talks X``), as short as lets a name follow. The rule
    that reads it (:mod:`~dipnews.officials.candidates`) wants its first word to be one no
    name begins with (a title word or a place) and a name that is no place."""
    return (
        rf"{SP}(?P<portfolio>(?:on|for){SP}(?:the{SP})?+(?P<subject>\p{{Lu}}[\p{{L}}\-]*+)"
        rf"(?:{SP}[\p{{L}}&][\p{{L}}\-]*+){{0,3}}?),?+{SP}"
        rf"(?P<honorific>{p.honorifics})(?P<name>{p.name})"
    )


def _appositive_head(p: Pieces) -> str:
    """How every appositive begins: a name and a comma."""
    return (
        rf"(?<![\p{{L}}\p{{N}}@'])(?=\p{{Lu}})"
        rf"(?P<honorific>{p.honorifics})(?P<name>{p.name}),{SP}"
    )


def _appositive(p: Pieces) -> str:
    """A name, a comma and a title (``Dmitry Patrushev, the Russian Deputy Prime
    Minister``; ``Maria Zakharova, spokesperson of the Russian Foreign Ministry``; ``Yuri
    Ushakov, aide to President Putin``)."""
    return (
        rf"{_appositive_head(p)}"
        rf"(?P<determiner>(?i:the|a|an){SP})?+"
        rf"(?:{_place(p.places, 'place')}{SP})?"
        rf"(?:(?P<qualifier>{_ci_trie(tables().qualifiers)})(?:{SP}|(?<=-)))?+"
        rf"(?:{_place(p.places, 'qualified_place')}{SP})?"
        rf"{p.chain}"
        rf"(?:{SP}(?P<of_word>of|for|to){SP}(?:the{SP})?+"
        rf"(?:(?:(?P<ministry_place>{p.places})(?:'s)?{SP})?"
        rf"(?P<ministry>{_FOREIGN_MINISTRY})(?![\p{{L}}])"
        rf"|{_place(p.places, 'of_place')}"
        rf"|(?:(?P<to_place>{p.places}){SP})?(?P<to_title>{p.title})"
        rf"(?:{SP}(?P<to_name>{p.name}))?))?"
        # "..., and the Chairman of the SCO Council": a second office, of a place.
        rf"(?:{SP}and{SP}(?:the{SP})?+(?:{p.title}|Chairman|Chairperson|Chair|Head|Director)"
        rf"{SP}of{SP}(?:the{SP})?+(?P<second_office_place>{p.places})(?![\p{{L}}\p{{N}}])"
        rf"(?:'s)?(?:{SP}\p{{Lu}}\p{{Ll}}++){{0,3}}+)?"
        rf"(?!{SP}?+{p.honorifics}{p.stop_ahead}{p.token})"
    )


def _counterpart(p: Pieces) -> str:
    """A counterpart and a name (``his Russian counterpart Andrey Belousov``, ``his
    counterpart from Kazakhstan, Murat Nurtleu``)."""
    return (
        rf"(?<![\p{{L}}\p{{N}}])(?=[\p{{L}}])(?:(?i:his|her|their|its){SP})?"
        rf"(?P<span>(?:(?P<place>{p.places})(?![\p{{L}}\p{{N}}])"
        rf"(?:{SP}(?i:and){SP}(?P<second_place>{p.places}))?{SP}(?i:counterparts?)"
        rf"(?![\p{{L}}])"
        rf"|(?i:counterpart){SP}(?i:from|of){SP}(?:the{SP})?(?P<from_place>{p.places})"
        rf"(?![\p{{L}}\p{{N}}]))"
        rf",?{SP}(?P<honorific>{p.honorifics})(?P<name>{p.name}))"
    )


def _ci_trie(words: Iterable[str]) -> str:
    """A case-insensitive alternation matching what ``(?i:\\L<words>)`` would."""
    return "(?i:" + literal_trie(sorted({w.lower() for w in words})) + ")"


def _first(phrase: str) -> str:
    """The first word of *phrase* as :data:`WORD` splits text."""
    found = WORD.search(phrase)
    return found.group() if found else phrase
