"""Lists of names compiled into patterns: each list a prefix-factored trie, so a scan is
linear in the text whatever the number of names.

A name's words are joined by any space, comma or dash, or by nothing
(``Asia-Pacific``, ``Asia Pacific``, ``Intergovernmental``); a word with a plural or
possessive ending matches every such form (``Ministers``, ``Ministers'``,
``Minister's``); a word with spelling variants matches each of them (``Defence``,
``Defense``). Names match in any case, acronyms in the case written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from dipnews._compiled import compile_regex
from dipnews._patterns import prefix_tree
from dipnews.forums.index import variants
from dipnews.forums.words import APOSTROPHE, DASH, DASHES, END, SPACE

# Between two words or two pieces of a hyphenated word: a space (with an optional comma),
# a dash, or nothing, so ``Asia-Pacific``, ``Asia Pacific`` and ``Intergovernmental`` /
# ``Inter-Governmental`` are one path through the trie. Atomic alternations rather than
# possessive ``?+``, which would add repeats (see :data:`dipnews._patterns.LINE_SPACE`).
JOIN = r"(?>(?>,|)" + SPACE + r"|[^\S\n]*+" + DASH + r"[^\S\n]*+|)"


_PLURAL_END = compile_regex(r"(.*?)(s?)['’](s?)")


def plural_stem(part: str) -> str | None:
    """The stem of a piece with a plural or possessive ending (``Ministers'`` ->
    ``Minister``), or ``None`` if it has none."""
    m = _PLURAL_END.fullmatch(part)
    if m and m.group(1):
        return m.group(1)
    if len(part) >= 4 and part.endswith("s") and not part.endswith("ss"):
        return part[:-1]
    return None


def _part_pattern(part: str) -> str:
    """One hyphen-free piece of a word, escaped; a plural or possessive ending (``Ministers``,
    ``Ministers'``, ``Minister's``, ``Ministers’``) matches any of those forms."""
    stem = plural_stem(part)
    if stem is None:
        return regex.escape(part)
    return regex.escape(stem) + r"(?:s(?:" + APOSTROPHE + r"|)|" + APOSTROPHE + r"s)"


def _word_tokens(word: str) -> list[str]:
    """Trie tokens for one word: its hyphen-free pieces, or one token for a word that has
    spelling variants (each variant's pieces joined flexibly)."""
    key = word.casefold().rstrip(",")
    spellings = variants().get(key)
    if spellings is None:
        return [_part_pattern(p) for p in DASHES.split(key) if p]
    forms = []
    for form in sorted(spellings, key=len, reverse=True):
        parts = [p for p in DASHES.split(form) if p]
        forms.append(JOIN.join(map(_part_pattern, parts)))
    return ["(?:" + "|".join(forms) + ")"]


def _trie(entries: Iterable[list[str]]) -> str:
    """A prefix-factored alternation of token sequences; longer continuations tried first."""
    root = prefix_tree(entries)

    def emit(node: dict[str, Any], first: bool) -> str:
        tokens = [
            token + emit(node[token], False)
            for token in sorted((t for t in node if t), key=len, reverse=True)
        ]
        alternatives = []
        if tokens:
            # One join before all the next tokens: it is atomic, so it matches the same
            # before each of them (and each join is a few more repeats in the pattern).
            choice = tokens[0] if len(tokens) == 1 else "(?:" + "|".join(tokens) + ")"
            alternatives.append(choice if first else JOIN + choice)
        if "" in node:
            alternatives.append(END)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(root, True) if root else r"(?!)"


def name_trie(names: Iterable[str]) -> str:
    """Case-insensitive names (words joined by flexible spaces, commas optional)."""
    unique = sorted({" ".join(n.replace(",", " ").split()) for n in names} - {""})
    return "(?i:" + _trie([t for w in n.split() for t in _word_tokens(w)] for n in unique) + ")"


def acronym_trie(acronyms: Iterable[str]) -> str:
    """Case-sensitive acronyms; a hyphen in one matches any dash."""
    alternatives = []
    for a in sorted(set(acronyms), key=lambda a: (-len(a), a)):
        alternatives.append(DASH.join(regex.escape(p) for p in a.split("-")) + END)
    return "(?:" + "|".join(alternatives) + ")" if alternatives else r"(?!)"


def is_acronym(name: str) -> bool:
    """Whether *name* is one all-capital word (matched in its own case)."""
    return " " not in name and name.upper() == name


def names_and_acronyms(names: Iterable[str], acronyms: Iterable[str] = ()) -> str:
    """Names matched in any case, acronyms (given, or all-capital names) in their own case."""
    names = list(names)
    words = [n for n in names if not is_acronym(n)]
    all_capital = [n for n in names if is_acronym(n)] + list(acronyms)
    return "(?:" + name_trie(words) + "|" + acronym_trie(all_capital) + ")"
