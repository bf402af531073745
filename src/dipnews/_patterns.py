"""Regular-expression fragments shared by several components' grammars.

The ``regex`` module sets up every repeat of a pattern (``*``, ``+``, ``?``, ``{m,n}``)
at each call, whether or not matching ever reaches it, so a grammar that holds a fragment
thousands of times pays for each of its repeats on every ``match``, even one that fails
at the first character. The fragments here are written with as few as they can be:
an atomic alternation (``(?>\\n|)``) or an empty alternative (``(?:...|)``) matches what
``\\n?+`` or ``(?:...)?`` would and adds nothing to that set-up.

>>> import regex
>>> from dipnews._patterns import LINE_SPACE
>>> bool(regex.fullmatch(LINE_SPACE, " \\n  ")), bool(regex.fullmatch(LINE_SPACE, "\\n\\n"))
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

__all__ = ["LINE_SPACE", "literal_trie", "prefix_tree"]

#: One run of horizontal space with at most one line break in it: a name or phrase may wrap
#: across a line (hard-wrapped wire copy) but never across a paragraph break. Possessive, so
#: it never backtracks. Two repeats only, the optional line break an atomic alternation
#: (see the module's notes on repeats).
LINE_SPACE = r"(?:(?=\s)[^\S\n]*+(?>\n|)[^\S\n]*+)"


def prefix_tree(sequences: Iterable[Iterable[str]]) -> dict[str, Any]:
    """*sequences* (strings, or lists of tokens) as a tree of dictionaries, one level per
    item, with an empty key ``""`` where a sequence ends."""
    root: dict[str, Any] = {}
    for sequence in sequences:
        node = root
        for item in sequence:
            node = node.setdefault(item, {})
        node[""] = {}
    return root


def literal_trie(words: Iterable[str], *, space: str | None = None) -> str:
    r"""A regular expression matching exactly the strings *words*, factored by prefix.

    It matches what ``\L<words>`` would, with the same preference for the longest string
    at a position, but fails at the first character that no string can continue with
    (a named list probes one set per possible length, which costs much more where
    nothing matches, above all case-insensitively). A space in a word matches *space*
    when given. An empty *words* gives a pattern that never matches.

    >>> import regex
    >>> from dipnews._patterns import literal_trie
    >>> pattern = regex.compile(literal_trie(["Foreign Minister", "Foreign", "Fiji"]))
    >>> pattern.match("Foreign Minister Rabuka").group(), pattern.match("Foreign Office").group()
    ('Foreign Minister', 'Foreign')
    >>> regex.compile("(?i:" + literal_trie(["fiji"]) + ")").match("FIJI").group()
    'FIJI'
    """
    root = prefix_tree(words)
    if not root:
        return r"(?!)"

    escaped: dict[str, str] = {}  # regex.escape of each character, worked out once

    def piece(ch: str) -> str:
        if ch == " " and space is not None:
            return space
        found = escaped.get(ch)
        if found is None:
            found = escaped[ch] = regex.escape(ch)
        return found

    def emit(node: dict[str, Any]) -> str:
        chain = []  # a run of nodes with one way on and no string ending there
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            chain.append(piece(ch))
        alts = [piece(ch) + emit(node[ch]) for ch in sorted(c for c in node if c)]
        if "" in node:
            # Optional, greedy: the longer strings are tried first, the end of this one last
            # (an empty alternative rather than ``?``, which would add a repeat).
            if not alts:
                return "".join(chain)
            return "".join(chain) + "(?:" + "|".join(alts) + "|)"
        return "".join(chain) + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")

    return "(?:" + emit(root) + ")"
