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
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews.officials.tables import match_form, tables

__all__ = ["NAME_LOWER_WORDS", "WORD", "Grammar", "grammar"]

#: A word: where a mention can start.
WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{M}]*+")

# One run of horizontal space, possibly with one line break: never a paragraph break.
SP = LINE_SPACE

# Months that are also given names or surnames (Theresa May, June, August) stay usable.
_NAME_MONTHS = {"may", "june", "august"}

_PARTICLES = (
    "bin|bint|binti|ibn|al|el|de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|y|ul|ud|"
    "ben|abu|dela|e|es"
)
_PREFIXES = "al|el|ul|ad|ar|as|an|at|az"
_TOK = (
    rf"(?:(?:{_PREFIXES})-)?+"
    r"(?:\p{Lu}')?+\p{Lu}[\p{Ll}\p{M}]++"
    r"(?:\p{Lu}[\p{Ll}\p{M}]++)?+(?:-\p{L}[\p{Ll}\p{M}]*+){0,2}+"
)
#: The only words in lower case that a name can hold other than after a hyphen or an
#: apostrophe: particles and the prefixes of a hyphenated word ("bin", "de", "al-").
NAME_LOWER_WORDS = frozenset(_PARTICLES.split("|")) | frozenset(_PREFIXES.split("|"))
_INIT = r"(?:\p{Lu}\.(?:[^\S\n]?+\p{Lu}\.){0,2}+|\p{Lu}(?=[^\S\n]\p{Lu}))"
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
    person: _engine.Grammar  # a name: scanned over the whole text
    stop: frozenset[str]
    anchors: frozenset[str]
    openers: frozenset[str]


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


@functools.cache
def grammar() -> Grammar:
    """The patterns, compiled at first use and shared by every call."""
    table = tables()
    stop = _stop_words()
    places = sorted(
        {
            *(match_form(n) for n in countries.surface_names()),
            *table.parties,
            *table.institutions,
            *table.organisations,
        },
        key=lambda s: (-len(s), s),
    )
    honorifics = sorted(table.honorifics, key=lambda s: (-len(s), s))
    # Word lists as prefix-factored alternations (:func:`~dipnews._patterns.literal_trie`):
    # they fail at the first impossible character, where a named list (``\L<...>``) probes
    # every length, above all case-insensitively. Case-insensitive lists are lower-cased.
    places_re = literal_trie(places)
    tcs = literal_trie(table.aliases_cs)
    tci = _ci_trie(table.aliases_ci)
    quals = _ci_trie(table.qualifiers)
    tfirst_words = sorted(
        {regex.split(r"[\s\-]", a, maxsplit=1)[0].casefold() for a in table.aliases_ci}
    )
    tfirst = _ci_trie(tfirst_words)
    hon_re = literal_trie(honorifics)
    stop_re = literal_trie(stop)
    stop_ahead = rf"(?!{stop_re}(?![\p{{L}}\p{{M}}]))"
    token = rf"(?:{_INIT}|{_TOK})"
    glue = rf"(?:{SP}|(?<=\.))"
    # Honorifics may stand inside a name after a hereditary title that is part of it
    # ("Tengku Datuk Seri Zafrul Abdul Aziz"); the record's name leaves them out.
    inner_hon = rf"(?:{hon_re}(?![\p{{L}}\p{{M}}])(?:{SP}|(?<=\.))){{0,3}}+"
    name = (
        rf"{stop_ahead}{token}"
        rf"(?:{glue}{inner_hon}(?:(?:{_PARTICLES}){SP}){{0,2}}+{stop_ahead}{token}){{0,4}}+"
        # A regnal number (Abdullah II, Charles III).
        rf"(?:{SP}(?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?![\p{{L}}\p{{N}}]))?+"
    )
    hon = rf"(?:{hon_re}(?![\p{{L}}\p{{M}}])(?:{SP}|(?<=\.))){{0,3}}+"
    word = rf"{stop_ahead}\p{{Lu}}\p{{Ll}}++"
    minister_fallback = (
        rf"(?:{word}{SP}(?:and{SP}{word}{SP})?+|{word}{SP}{word}{SP})Minister"
        rf"|Minister{SP}(?:of|for){SP}(?:the{SP})?+{stop_ahead}\p{{Lu}}\p{{Ll}}++"
    )
    # Cheap guards first: most positions fail on one character or one short word, so the
    # long alternations (titles, places) are only tried where they can start.
    title = (
        rf"(?:(?=\p{{Lu}}){tcs}|(?={tfirst}(?![\p{{L}}])){tci}"
        rf"|(?=\p{{Lu}}){minister_fallback})(?![\p{{L}}\p{{N}}])"
    )
    # Up to three coordinated titles, t, t1 and t2 (written out rather than repeated, so
    # that each has a group of its own on either engine; the same matches as ``{0,2}``).
    joint = rf"{SP}?+(?:(?i:and)|&|[–—-]){SP}?+"
    chain = (
        rf"(?P<t>{title})(?:{joint}(?P<t1>{title})(?:{joint}(?P<t2>{title}))?)?"
        # "the Russian President's special envoy": the office is the possessed one.
        rf"(?:'s{SP}(?P<own>{title}))?(?!'s)"
    )

    def place(group: str, possessive: str) -> str:
        return rf"(?=\p{{Lu}})(?P<{group}>{places_re})(?![\p{{L}}\p{{N}}])(?P<{possessive}>'s)?"

    lead = (
        rf"(?P<det>(?i:the){SP})?+"
        rf"(?:{place('cty', 'poss')}{SP})?"
        rf"(?:(?P<qual>{quals})(?:{SP}|(?<=-)))?+"
        rf"(?:{place('cty2', 'poss2')}{SP})?"
    )
    prefix = (
        rf"(?<![\p{{L}}\p{{N}}@'])(?=[\p{{L}}])"
        rf"{lead}{chain}"
        rf"(?:{SP}(?P<ofw>of|for|to){SP}(?:the{SP})?+{place('of', 'ofposs')}"
        rf"(?:{SP}(?i:President|Prime{SP}Minister|Government|Foreign{SP}Ministry)"
        rf"(?![\p{{L}}]))?)?"
        rf"(?:{SP}?+\((?P<abbr>\p{{Lu}}[\p{{L}}]{{1,6}}+)\))?+"
        rf"(?:{SP}(?P<handle>@\w{{1,30}}+))?+"
        rf"(?:{SP}(?P<ofw2>of|to|in){SP}(?:the{SP})?+{place('of2', 'of2poss')})?"
        rf"(?:(?(of),?|(?(det),?|)){SP}(?P<hon>{hon})(?P<name>{name}))?"
    )
    appositive_head = rf"(?<![\p{{L}}\p{{N}}@'])(?=\p{{Lu}})(?P<hon>{hon})(?P<name>{name}),{SP}"
    appositive = (
        rf"{appositive_head}"
        rf"(?P<det>(?i:the|a|an){SP})?+"
        rf"(?:{place('cty', 'poss')}{SP})?"
        rf"(?:(?P<qual>{quals})(?:{SP}|(?<=-)))?+"
        rf"(?:{place('cty2', 'poss2')}{SP})?"
        rf"{chain}"
        rf"(?:{SP}(?P<ofw>of|for|to){SP}(?:the{SP})?+"
        rf"(?:(?:(?P<mcty>{places_re})(?:'s)?{SP})?(?P<ministry>{_FOREIGN_MINISTRY})"
        rf"(?![\p{{L}}])"
        rf"|{place('of', 'ofposs')}"
        rf"|(?:(?P<tocty>{places_re}){SP})?(?P<tot>{title})(?:{SP}(?P<toname>{name}))?))?"
        rf"(?:{SP}and{SP}(?:the{SP})?+(?:{title}|Chairman|Chairperson|Chair|Head|Director)"
        rf"{SP}of{SP}(?:the{SP})?+(?P<of3>{places_re})(?![\p{{L}}\p{{N}}])(?:'s)?"
        rf"(?:{SP}\p{{Lu}}\p{{Ll}}++){{0,3}}+)?"
        rf"(?!{SP}?+{hon}{stop_ahead}{token})"
    )
    counterpart = (
        rf"(?<![\p{{L}}\p{{N}}])(?=[\p{{L}}])(?:(?i:his|her|their|its){SP})?"
        rf"(?P<span>(?:(?P<cty>{places_re})(?![\p{{L}}\p{{N}}])"
        rf"(?:{SP}(?i:and){SP}(?P<cty2>{places_re}))?{SP}(?i:counterparts?)(?![\p{{L}}])"
        # "his counterpart from Kazakhstan, Murat Nurtleu"
        rf"|(?i:counterpart){SP}(?i:from|of){SP}(?:the{SP})?(?P<cty3>{places_re})"
        rf"(?![\p{{L}}\p{{N}}]))"
        rf",?{SP}(?P<hon>{hon})(?P<name>{name}))"
    )
    bare = rf"(?<![\p{{L}}\p{{N}}@'])(?=[\p{{L}}]){lead}(?P<t>{title})"
    person = rf"(?<![\p{{L}}\p{{N}}@'\-])(?=\p{{Lu}})(?P<hon>{hon})(?P<name>{name})"

    return Grammar(
        prefix=_engine.Grammar(prefix),
        appositive=_engine.Grammar(appositive),
        appositive_head=_engine.Grammar(appositive_head),
        counterpart=_engine.Grammar(counterpart),
        bare=_engine.Grammar(bare),
        person=_engine.Grammar(person),
        stop=frozenset(stop),
        anchors=frozenset(
            {*tfirst_words, *(_first(a) for a in table.aliases_cs), "counterpart"}
            | {"counterparts", "minister", *(_first(w).casefold() for w in table.leader_words)}
        ),
        openers=frozenset(
            {"the", "The", "his", "her", "their", "its", "His", "Her", "Their", "Its"}
            | {_first(p) for p in places}
            | {_first(q).casefold() for q in table.qualifiers}
        ),
    )


def _ci_trie(words: Iterable[str]) -> str:
    """A case-insensitive alternation matching what ``(?i:\\L<words>)`` would."""
    return "(?i:" + literal_trie(sorted({w.lower() for w in words})) + ")"


def _first(phrase: str) -> str:
    """The first word of *phrase* as :data:`WORD` splits text."""
    found = WORD.search(phrase)
    return found.group() if found else phrase
