"""Which words can begin a mention, and each piece of one: the first runs of word
characters (casefolded) of every name the grammar matches, computed from the same lists,
so a new name in the data file needs nothing more.

A run is what ``\\w*+`` reads at a word's start: ``security`` for ``Security Council``,
and ``securitycouncil`` as well, since the pieces of a name may be written together.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from dipnews._compiled import compile_regex
from dipnews.forums.grammar import ANY_CASE_LISTS, CORE_PIECES, PIECE_LISTS, country_names
from dipnews.forums.index import body_phrases, name_lists, table, variants
from dipnews.forums.tries import is_acronym, plural_stem
from dipnews.forums.words import DASHES, TENS, UNITS, WORD_ORDINALS

# Runs of word characters longer than this are not listed: a word that long tries everything.
RUN_CAP = 40
_RUN = compile_regex(r"\w*+")


def run_of(text: str) -> str:
    """The run of word characters *text* starts with (possibly empty)."""
    m = _RUN.match(text)
    return m.group() if m else ""


_WORD_RUN = compile_regex(r"\w+")


def _first_runs(name: str) -> set[str]:
    """Lower-cased first runs of word characters a text naming *name* can start with."""
    head = name.split()[0] if name.split() else ""
    out = set()
    for form in [head.casefold(), *variants().get(head.casefold(), [])]:
        run = _WORD_RUN.match(form)
        if run:
            out.add(run.group())
            if run.group().endswith("s"):
                out.add(run.group()[:-1])
    return out


@functools.cache
def first_words() -> frozenset[str]:
    """The first runs of every name and word a mention can begin with (a quick test that
    lets most words of a text through untried)."""
    data = table()
    names: list[str] = ["annual", *data.get("ordinal_link_words", {}), *WORD_ORDINALS]
    names += data.get("link_adjectives", [])
    names += [*TENS, *body_phrases(data["bodies"])]
    for row in data["orgs"].values():
        names += row["names"] + row["acronyms"]
        for group in ("bodies", "combined", "bare"):
            for phrases in row.get(group, {}).values():
                names += phrases
    not_forums = data.get("not_forums", {})
    names += not_forums.get("names", []) + not_forums.get("acronyms", [])
    for row in data["mechanisms"].values():
        names += row.get("names", []) + row.get("acronyms", [])
    for row in data["mechanism_kinds"].values():
        names += row["phrases"]
        for phrases in row.get("generic", {}).values():
            names += phrases
    names += list(data.get("pair_aliases", {}).get("aliases", {}))
    names += list(country_names()[0])
    return frozenset(w for n in names for w in _first_runs(n))


def _part_surfaces(part: str) -> list[str]:
    """The forms a piece of a word matches (see :mod:`dipnews.forums.tries`), as far as
    their word characters go."""
    stem = plural_stem(part)
    return [part] if stem is None else [stem + "s", stem + "'s"]


def name_runs(names: Iterable[str], out: set[str]) -> None:
    """Add to *out* every casefolded run of word characters that text matched by
    :func:`~dipnews.forums.tries.name_trie` of *names* can start with (pieces of a name
    may be written together: ``Intergovernmental``, ``SecurityCouncil``), up to
    :data:`RUN_CAP` characters."""
    for name in names:
        words = [w.casefold().rstrip(",") for w in name.replace(",", " ").split()]
        alternatives = [
            [
                [_part_surfaces(p) for p in DASHES.split(form) if p]
                for form in variants().get(word, [word])
            ]
            for word in words
        ]
        for form in alternatives[0] if alternatives else []:
            _extend_runs(alternatives, 0, form, 0, "", out)


def _extend_runs(
    alternatives: list[list[list[list[str]]]],
    word: int,
    form: list[list[str]],
    part: int,
    prefix: str,
    out: set[str],
) -> None:
    """:func:`name_runs` from piece *part* of spelling *form* of word *word* of a name
    (each word a list of spellings, each a list of pieces, each a list of surface forms),
    after the run *prefix*."""
    if part == len(form):
        if word + 1 < len(alternatives):
            for following in alternatives[word + 1]:
                _extend_runs(alternatives, word + 1, following, 0, prefix, out)
        return
    for surface in form[part]:
        run = run_of(surface)
        out.add(prefix + run)
        if run == surface and len(prefix + run) <= RUN_CAP:
            _extend_runs(alternatives, word, form, part + 1, prefix + run, out)


def literal_runs(names: Iterable[str], out: set[str]) -> None:
    """Add to *out* the casefolded first run of word characters of each literal name."""
    for name in names:
        out.add(run_of(name).casefold())


def mixed_runs(names: Iterable[str], acronyms: Iterable[str], out: set[str]) -> None:
    """The runs of :func:`~dipnews.forums.tries.names_and_acronyms` of *names* and
    *acronyms*."""
    names = list(names)
    name_runs([n for n in names if not is_acronym(n)], out)
    literal_runs([n for n in names if is_acronym(n)] + list(acronyms), out)


@functools.cache
def piece_runs() -> dict[str, frozenset[str]]:
    """For each piece of the pattern, the runs of word characters a text it matches can
    start with (casefolded); ``ordinal``, ``annual`` and ``link`` for the prefix pieces (an
    adjective and both links are ``link``)."""
    lists = name_lists()
    runs: dict[str, set[str]] = {piece: set() for piece in ("ordinal", "annual", "link")}
    runs.update((piece, set()) for piece in CORE_PIECES)
    runs["ordinal"] = {w for w in WORD_ORDINALS if " " not in w}
    runs["ordinal"] |= {tens + unit for tens in TENS for unit in ["", *UNITS]}
    runs["annual"] = {"annual"}
    name_runs(lists["link_adjectives"], runs["link"])
    name_runs(lists["links"], runs["link"])
    mixed_runs(lists["body_phrases"], [], runs["link"])
    mixed_runs(lists["not_forum_names"], lists["not_forum_acronyms"], runs["not_forum"])
    literal_runs(lists["numbered"], runs["numbered"])
    mixed_runs(lists["combined"], [], runs["combined"])
    mixed_runs(lists["org_names"], lists["org_acronyms"], runs["org"])
    mixed_runs(lists["pair_aliases"], [], runs["pair"])
    literal_runs((" ".join(n.split()) for n in country_names()[0]), runs["pair"])
    mixed_runs(lists["mechanism_names"], lists["mechanism_acronyms"], runs["mechanism"])
    name_runs(lists["kind_phrases"], runs["mechanism_kind"])
    mixed_runs(lists["bare_bodies"], [], runs["bare_body"])
    return {piece: frozenset(words) for piece, words in runs.items()}


@functools.cache
def names_by_run(key: str) -> dict[str, tuple[list[str], list[str]]]:
    """For the names of :data:`~dipnews.forums.grammar.PIECE_LISTS` *key*: the names and
    the acronyms whose matches can start with each run of word characters (casefolded)."""
    lists = name_lists()
    names_key, acronyms_key = PIECE_LISTS[key]
    out: dict[str, tuple[list[str], list[str]]] = {}
    for name in lists[names_key]:
        runs: set[str] = set()
        if key in ANY_CASE_LISTS:
            name_runs([name], runs)
        else:
            mixed_runs([name], [], runs)
        for run in runs:
            out.setdefault(run, ([], []))[0].append(name)
    for acronym in lists[acronyms_key] if acronyms_key else []:
        runs = set()
        literal_runs([acronym], runs)
        for run in runs:
            out.setdefault(run, ([], []))[1].append(acronym)
    return out
