"""Where a mention may start, and which pattern to try there.

The scan asks :func:`candidate` about each word of a text. Most words cannot begin a
forum name (a set lookup, :func:`~dipnews.forums.runs.first_words`); for the others a
:class:`Plan` lists the prefix pieces and core pieces whose names begin with that word,
each with a short pattern (a guard, a head) that tests whether it really starts there.
:func:`pattern_for` then picks the pattern to try: none where nothing starts, the
whole mention pattern where a link may start, else one with just the core pieces found
(:func:`~dipnews.forums.grammar.partial_grammar`, which finds the same mention and costs
less, once it has been asked for often enough to pay for its compiling).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from dipnews._engine import Grammar, Pattern
from dipnews._patterns import literal_trie
from dipnews.forums.grammar import (
    CORE_PIECES,
    PAIR_JOIN,
    SMALL_PIECES,
    country_names,
    link_adjectives,
    list_source,
    mention_grammar,
    names_of,
    numbered_names,
    partial_grammar,
)
from dipnews.forums.index import name_lists, variants
from dipnews.forums.runs import (
    RUN_CAP,
    first_words,
    mixed_runs,
    names_by_run,
    piece_runs,
    run_of,
)
from dipnews.forums.tries import names_and_acronyms
from dipnews.forums.words import DASHES, DIGIT_ORDINAL, ORDINAL, SPACE, START

#: A word of a text, as the scan reads it.
WORD = Grammar(r"(?<![\w.])\w++")

# "of" in any case, written as classes: a literal every match must contain makes the
# ``regex`` module look for it from the start position to the end of the text before
# matching (a required-string check), so a guard tried at every word of a text without
# "of" would cost time in proportion to the rest of the text each time.
_OF = "[Oo][Ff]"


@attrs.frozen
class Plan:
    """What to try where a given word starts (see :func:`pattern_for`)."""

    #: One chain of patterns per prefix piece that can start with the word; where all of a
    #: chain match, the piece may start there.
    guards: tuple[tuple[str, tuple[Grammar, ...]], ...]
    #: The core pieces that can start with the word, each with the start of its matches.
    heads: tuple[tuple[str, Grammar], ...]


#: The plan of a word that no forum name can begin with.
NO_PLAN = Plan((), ())
# The plan of each word seen (emptied when it grows large, so it stays bounded).
_CANDIDATES: dict[str, Plan] = {}


def candidate(word: str) -> Plan:
    """The :class:`Plan` for a *word* a forum name can begin with, else :data:`NO_PLAN`."""
    if len(_CANDIDATES) > 50_000:
        _CANDIDATES.clear()
    first = first_words()
    w = word.casefold()
    plan = NO_PLAN
    if w in first or w.rstrip("0123456789") in first or DIGIT_ORDINAL.fullmatch(w):
        plan = plan_for(w)
        if not plan.guards and not plan.heads:
            plan = NO_PLAN  # nothing can start here: no need to try
    _CANDIDATES[word] = plan
    return plan


def known_plans() -> dict[str, Plan]:
    """The plans :func:`candidate` has made, by word (the scan reads this first)."""
    return _CANDIDATES


def _names_from(key: str, word: str) -> str:
    """The pattern of the names of *key* that can start with *word*, built as in
    :mod:`dipnews.forums.grammar`."""
    names, acronyms = names_by_run(key).get(word, ([], []))
    return list_source(key, names, acronyms)


@functools.lru_cache(maxsize=4096)
def plan_for(word: str) -> Plan:
    """The :class:`Plan` for a word whose casefolded run is *word*: a name that can match
    there begins with it, so only such names are in its patterns (a start that matches
    with all names matches with these)."""
    if len(word) > RUN_CAP:
        every = _heads()
        return Plan(
            (("any", ()),),
            tuple(
                (piece, _pair_head(word) if piece == "pair" else every[piece])
                for piece in CORE_PIECES
            ),
        )
    runs = piece_runs()
    guards: list[tuple[str, tuple[Grammar, ...]]] = []
    if word in runs["ordinal"] or DIGIT_ORDINAL.fullmatch(word) is not None:
        guards.append(("ordinal", (_prefix_guard("ordinal"),)))
    if word in runs["annual"]:
        guards.append(("annual", (_prefix_guard("annual"),)))
    if word in runs["link"]:
        guards.append(("link", (_prefix_guard("of"), _link_guard(word))))
    core = [piece for piece in CORE_PIECES if word in runs[piece]]
    # A numbered name may run into its number (``UNGA80``).
    if "numbered" not in core and any(word[:i] in runs["numbered"] for i in range(1, len(word))):
        core.append("numbered")
    heads: list[tuple[str, Grammar]] = []
    for piece in core:
        if piece == "pair":
            heads.append((piece, _pair_head(word)))
        elif piece == "numbered":
            heads.append((piece, _numbered_head()))
        else:
            source = _names_from(piece, word)
            heads.append((piece, Grammar(START + source, regex.VERSION1)))
    return Plan(tuple(guards), tuple(heads))


def _link_guard(word: str) -> Grammar:
    """:func:`_prefix_guard` ``link`` with the names that can start with *word* only."""
    if word in piece_runs()["link"] and word in names_by_run("link_adjectives"):
        return _prefix_guard("link")
    return Grammar(
        START
        + r"(?:"
        + _names_from("body_phrases", word)
        + "|"
        + _names_from("links", word)
        + r")"
        + SPACE
        + r"(?i:of)"
        + SPACE,
        regex.VERSION1,
    )


@functools.cache
def _numbered_head() -> Grammar:
    """The start of every match that begins with a numbered name (``UNGA80``)."""
    return Grammar(START + numbered_names() + r"[^\S\n]?+\d{2,3}+(?![\w])", regex.VERSION1)


@functools.cache
def _heads() -> dict[str, Grammar]:
    """For each core piece but the pair, the start of every match it begins: its names
    (the same pieces as in :mod:`dipnews.forums.grammar`)."""
    pieces = ("not_forum", "combined", "org", "mechanism", "mechanism_kind", "bare_body")
    heads = {piece: Grammar(START + names_of(piece), regex.VERSION1) for piece in pieces}
    heads["numbered"] = _numbered_head()
    return heads


@functools.cache
def _pair_parts() -> tuple[dict[str, list[str]], str, frozenset[str]]:
    """What :func:`_pair_head` reads: the country names by the casefolded run they begin
    with, the class of their first letters, and the runs that begin a pair's own name."""
    by_run: dict[str, list[str]] = {}
    for name in {" ".join(n.split()) for n in country_names()[0]}:
        if name:
            by_run.setdefault(run_of(name).casefold(), []).append(name)
    first = "".join(sorted({regex.escape(n[0]) for names in by_run.values() for n in names}))
    alias: set[str] = set()
    mixed_runs(name_lists()["pair_aliases"], [], alias)
    return by_run, first, frozenset(alias)


@functools.lru_cache(maxsize=1024)
def _pair_head(word: str) -> Grammar:
    """The start of every match that begins with a country pair (or a pair's own name) at a
    word whose casefolded run is *word*: the first country (group ``pair_head``), the link
    to the second, and the second's first letter (:func:`pattern_for` then reads the
    second country whole with :func:`_second_country`)."""
    by_run, first, alias = _pair_parts()
    mine = by_run.get(word, [])
    source = r"(?P<pair_head>(?!))"
    if mine and first:
        source = (
            "(?P<pair_head>"
            + literal_trie(mine, space=SPACE)
            + rf"(?![\w]){PAIR_JOIN})(?=[{first}])"
        )
    if word in alias:
        source += "|" + names_and_acronyms(name_lists()["pair_aliases"])
    return Grammar(START + "(?:" + source + ")", regex.VERSION1)


@functools.cache
def _second_country() -> Grammar:
    """A country name whole: what must follow the first country of a pair and its link
    (so ``American Express`` or ``U.S. Treasury`` is not tried as a pair)."""
    return Grammar(country_names()[1], regex.VERSION1)


def _max_tokens(names: Iterable[str]) -> int:
    """The most trie tokens (hyphen-free pieces of words) in one of *names*."""
    return max(
        (
            sum(
                max(len([p for p in DASHES.split(f) if p]) for f in variants().get(w, [w]))
                for w in (w.casefold() for w in name.replace(",", " ").split())
            )
            for name in names
        ),
        default=0,
    )


@functools.cache
def _prefix_guard(key: str) -> Grammar:
    """The start of every match that begins with a prefix piece (the same pieces as in
    :mod:`dipnews.forums.grammar`): ``ordinal`` an ordinal, ``annual``, ``link`` a link
    followed by ``of``. ``of`` is a cheaper test that ``link`` needs: an ``of`` within the
    few space-separated chunks that a link can be (two per token, as a dash between tokens
    may be spaced)."""
    lists = name_lists()
    chunks = 2 * (
        _max_tokens(lists["link_adjectives"]) + _max_tokens(lists["body_phrases"] + lists["links"])
    )
    sources = {
        "ordinal": lambda: r"(?:" + ORDINAL + r")" + SPACE,
        "annual": lambda: r"(?i:annual)" + SPACE,
        "of": lambda: r"(?:\S++\s++){1," + str(chunks + 2) + r"}" + _OF + r"\s",
        "link": lambda: (
            r"(?:(?:"
            + link_adjectives()
            + r")"
            + SPACE
            + r")?(?:"
            + names_of("body_phrases")
            + "|"
            + names_of("links")
            + r")"
            + SPACE
            + _OF
            + SPACE
        ),
    }
    return Grammar(START + sources[key](), regex.VERSION1)


def pattern_for(text: str, at: int, plan: Plan, fast: bool) -> Pattern | None:
    """The pattern to try at *at*, where a word with the :class:`Plan` *plan* starts: one
    with only the pieces whose start matches there, else ``None`` (nothing can match).
    *fast* is :func:`~dipnews._engine.plain` of *text*: every pattern is picked for it.

    An ordinal or ``annual`` is followed by one of the pieces that start at the next word;
    where a link (``session of the``) or more than one prefix piece may start, the whole
    pattern is tried."""
    whole = mention_grammar().pick(fast)
    lead: str | None = None
    after = -1
    for kind, chain in plan.guards:
        m = None
        for guard in chain:
            m = guard.pick(fast).match(text, at)
            if m is None:
                break
        else:
            if lead is not None or m is None or kind not in ("ordinal", "annual"):
                return whole
            lead, after = kind, m.end()
    found = [piece for piece, head in plan.heads if _starts(head, piece, text, at, fast)]
    if lead is not None:
        following = _pieces_after(text, after, fast)
        if following is None:
            return whole
        found += following
    if not found:
        return None
    # The small pieces always come along, so that few patterns are compiled; either
    # mechanism piece may follow a pair.
    pieces = SMALL_PIECES.union(found, ["mechanism_kind"] if "pair" in found else [])
    # Until a pattern has been asked for many times, the whole pattern (which matches the
    # same) serves: see WARM_UP.
    uses = _USES.get((pieces, lead), 0)
    if uses < WARM_UP:
        _USES[(pieces, lead)] = uses + 1
        return whole
    return partial_grammar(pieces, lead).pick(fast)


def _pieces_after(text: str, after: int, fast: bool) -> list[str] | None:
    """The core pieces that start at *after*, the next word after an ordinal or ``annual``
    (one way to match it, so one end) and a space; ``None`` where the whole pattern must
    be tried (no word, or a prefix piece may start there too)."""
    following = WORD.pick(fast).match(text, after)
    if following is None:
        return None
    plan = plan_for(following.group().casefold())
    for _kind, chain in plan.guards:
        if all(guard.pick(fast).match(text, after) is not None for guard in chain):
            return None
    return [piece for piece, head in plan.heads if _starts(head, piece, text, after, fast)]


def _starts(head: Grammar, piece: str, text: str, at: int, fast: bool) -> bool:
    """Whether the core piece *piece*, whose start is *head*, can start at *at*."""
    m = head.pick(fast).match(text, at)
    if m is None:
        return False
    if piece == "pair" and m.group("pair_head") is not None:
        return _second_country().pick(fast).match(text, m.end()) is not None
    return True


# How often each set of core pieces has been asked for (see pattern_for).
_USES: dict[tuple[frozenset[str], str | None], int] = {}
# Uses after which a smaller pattern is compiled for a set of pieces. Compiling one costs
# 0.15-0.7 s; each use of it instead of the whole pattern saves about 16 us (measured on
# synthetic wire copy). Paying for the compile only once the whole pattern has cost as
# much more (about 20,000 uses, thousands of articles) keeps a short run or a CLI call,
# and every worker of a parallel batch, from paying seconds of compiling it cannot earn
# back, and costs a long run at most twice the best choice.
WARM_UP = 20_000
