"""Bilateral mechanisms named by their kind (``Joint Commission``, ``2+2 dialogue``): the
country pair, and the key.

The pair is the one written before the kind (``India-Russia Annual Summit``), after it
(``between India and Chile``), elsewhere in the same sentence (``India and Japan held
their 2+2 dialogue``), or, where the sentence refers back to it (``the two countries``),
the pair the story named before. The key is the listed mechanism of that pair and kind,
else the generic ``AAA-BBB-NAME`` (ISO codes sorted, ``NAME`` the suffix of the phrase).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import regex

from dipnews._compiled import compile_regex
from dipnews._engine import Match
from dipnews.forums.grammar import country_names
from dipnews.forums.index import index, name_key, strings, table
from dipnews.forums.tries import name_trie
from dipnews.forums.words import DASH, SPACE

_WORD_BEFORE = compile_regex(r"(\S++)[^\S\n]*+\Z")
# Words that may stand before a mechanism named without its pair; any other capitalised
# word (``the SCO Joint Working Group``) is a modifier that names someone else's body.
_DETERMINERS = frozenset({"the", "their", "its", "a", "an", "next", "first", "annual"})
_SENTENCE_END = compile_regex(r"[.!?](?=\s)|\n")
_SPACES = compile_regex(r"\s+")


def mechanism_key(
    m: Match, text: str, pair: tuple[str, str] | None, country_map: Mapping[str, str]
) -> tuple[str, str] | None:
    """The key and body of a mechanism named by a kind phrase (``Joint Commission``, group
    ``mechanism_kind`` of *m*) with the country *pair* written with it, if any: the listed
    mechanism of the pair and kind, else the generic ``AAA-BBB-SUFFIX`` key."""
    idx = index()
    phrase = name_key(m.group("mechanism_kind"))
    kind = idx.kind_by_phrase.get(phrase, "")
    if pair is None and phrase not in idx.generic_kinds:
        pair = _pair_around(text, m.start("mechanism_kind"), m.end("mechanism_kind"), country_map)
    if pair is None:
        return None
    listed = idx.mechanism_by_pair.get((pair[0], pair[1], kind))
    if listed is not None:
        return listed, idx.mechanisms[listed].body
    suffix = idx.generic_suffix.get(phrase)
    if suffix is None and (m.group("annual") is not None or m.group("pair_annual") is not None):
        suffix = idx.annual_suffix.get(kind)
    if suffix is None:
        return None
    proper = m.group("mechanism_acronym") is not None or m.group("mechanism_kind")[:1].isupper()
    if kind in idx.needs_capital and not proper:
        return None  # ``a high-level meeting``: a generic name, not the mechanism
    return f"{pair[0]}-{pair[1]}-{suffix}", idx.kind_body[kind]


def _pair_around(
    text: str, start: int, end: int, country_map: Mapping[str, str]
) -> tuple[str, str] | None:
    """The pair of a kind phrase at *start*..*end* written without one: named in the same
    sentence, or before where the sentence refers back to it; ``None`` after a capitalised
    modifier (``the SCO Joint Working Group``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    word = before.group(1) if before else ""
    if word[:1].isupper() and word.casefold() not in _DETERMINERS and word[-1] not in ".!?":
        return None
    # ``India and Japan held their 2+2 dialogue``: the pair named in the same sentence;
    # not for summits (``the annual summit`` later in a story is the same summit again,
    # not a new mention). ``The two countries would convene their Joint Commission``: the
    # pair named before.
    pair = _sentence_pair(text, start, end, country_map)
    if pair is None and _has_anaphor(text, start, end):
        pair = _earlier_pair(text, start, country_map)
    return pair


def pair_codes(country_map: Mapping[str, str], a: str, b: str) -> tuple[str, str] | None:
    """The ISO codes of the countries named *a* and *b*, sorted; ``None`` unless two."""
    code_a = country_map.get(_SPACES.sub(" ", a))
    code_b = country_map.get(_SPACES.sub(" ", b))
    if code_a is None or code_b is None or code_a == code_b:
        return None
    first, second = sorted((code_a, code_b))
    return first, second


@functools.cache
def _pair_in_context() -> regex.Pattern[str]:
    """Two countries joined by ``and`` or a dash (``India and Japan``, ``India-China``)."""
    _names, country = country_names()
    joint = r"(?:" + SPACE + r"(?:and|&)" + SPACE + r"(?:the" + SPACE + r")?|[^\S\n]*+" + DASH
    return compile_regex(
        rf"(?<![\w])(?P<first_country>{country}){joint}[^\S\n]*+)(?P<second_country>{country})",
        regex.VERSION1,
    )


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around *start*..*end* (at most 300 characters either side)."""
    lo = max(0, start - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    hi = after.start() if after else min(len(text), end + 300)
    return lo, hi


def _sentence_pair(
    text: str, start: int, end: int, country_map: Mapping[str, str]
) -> tuple[str, str] | None:
    """The country pair (``India and Japan``, ``India-China``) nearest to a mechanism named
    without one, within the same sentence (at most 300 characters either side)."""
    lo, hi = _sentence_bounds(text, start, end)
    best: tuple[int, tuple[str, str], int, int] | None = None
    for m in _pair_in_context().finditer(text, lo, hi):
        codes = pair_codes(country_map, m.group("first_country"), m.group("second_country"))
        if codes is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            gap = (m.end(), start) if m.end() <= start else (end, m.start())
            best = (distance, codes, *gap)
    if best is None:
        return None
    _distance, codes, gap_start, gap_end = best
    # ``laid the groundwork for a 2+2 meeting in talks with the US Secretary of State, amid
    # a row between India and Canada``: a third country named nearer than the pair says the
    # pair is about something else.
    for m in _country_word().finditer(text, gap_start, gap_end):
        code = country_map.get(_SPACES.sub(" ", m.group()))
        if code is not None and code not in codes:
            return None
    return codes


def _has_anaphor(text: str, start: int, end: int) -> bool:
    """Whether the sentence around *start*..*end* refers to a pair named earlier (``the two
    countries``, ``both sides``)."""
    lo, hi = _sentence_bounds(text, start, end)
    return _anaphor_pattern().search(text, lo, hi) is not None


@functools.cache
def _anaphor_pattern() -> regex.Pattern[str]:
    words = strings(table().get("pair_anaphors", []), "pair_anaphors")
    return compile_regex(r"(?<![\w])(?i:" + name_trie(words) + ")" if words else r"(?!)")


@functools.cache
def _country_word() -> regex.Pattern[str]:
    return compile_regex(r"(?<![\w])(?:" + country_names()[1] + ")", regex.VERSION1)


def _earlier_pair(text: str, start: int, country_map: Mapping[str, str]) -> tuple[str, str] | None:
    """The pair a story is about, for ``the two countries``: the last pair named before
    *start* (``China and Türkiye``, ``India-Japan``), else the first two countries named."""
    last: tuple[str, str] | None = None
    for m in _pair_in_context().finditer(text, max(0, start - 3000), start):
        codes = pair_codes(country_map, m.group("first_country"), m.group("second_country"))
        if codes is not None:
            last = codes
    if last is not None:
        return last
    seen: list[str] = []
    for m in _country_word().finditer(text, 0, start):
        code = country_map.get(_SPACES.sub(" ", m.group()))
        if code is not None and code not in seen:
            seen.append(code)
            if len(seen) == 2:
                first, second = sorted(seen)
                return first, second
    return None
