"""Running a grammar on the standard library's engine where it matches the same, faster.

The grammars are written for the ``regex`` module: its Unicode properties (``\\p{Lu}``),
variable-width look-behinds, repeated group names and captures. Its engine sets up every
repeat of a pattern at each call (see :mod:`dipnews._patterns`), so a large grammar tried
at many positions costs several times more there than in :mod:`re`, which does not.

A :class:`Grammar` is one ``regex`` source compiled for both engines. The :mod:`re` one
is a translation: each ``\\p{...}`` property is written out as the ranges of code points
that ``regex`` itself gives it, and the rest is the same source. Where that cannot be
done exactly (``regex``-only syntax, nested sets, flags other than case, multi-line,
dot-all and verbose, a source :mod:`re` rejects or warns on, such as a variable-width
look-behind), there is no :mod:`re` pattern and the grammar always uses ``regex``.

The two engines read ``\\w``, ``\\s``, ``\\d`` and ``\\b`` from different versions of
Unicode and with different definitions (``regex`` counts combining marks as word
characters, :mod:`re` counts ``²`` and ``½``; :mod:`re` counts the four separators
``\\x1c``-``\\x1f`` as space), and fold case differently for a few letters (``ß``, ``ſ``,
the Kelvin sign, final sigma and others whose case mappings are not one-to-one; the
capital sigma joins them, as its lower case depends on where it stands).
:func:`plain` says whether a text has none of those characters; on such a text both
patterns match the same, and :meth:`Grammar.on` gives the :mod:`re` one. Any other text
gets the ``regex`` pattern, so a text is never read differently, only more slowly.
``tests/test_engine.py`` checks that agreement on generated text.

Only a call site that uses the common API (``match``, ``search``, ``finditer``,
``fullmatch``, ``sub``, ``split``; ``group``, ``start``, ``end``, ``span``, ``regs``,
``lastgroup``) may use :meth:`Grammar.on`; ``captures`` and the other ``regex``-only calls
need :attr:`Grammar.exact`.

>>> from dipnews._engine import Grammar, plain
>>> name = Grammar(r"\\p{Lu}\\w++")
>>> type(name.on("Łódź")).__module__, name.on("Łódź").match("Łódź").group()
('re', 'Łódź')
>>> plain("Łódź"), plain("Lo\\u0301dz"), type(name.on("Lo\\u0301dz")).__module__
(True, False, '_regex')
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from typing import Union

import regex

from dipnews._compiled import store

__all__ = ["Grammar", "Match", "Pattern", "grammars", "plain"]

#: A compiled pattern of either engine.
Pattern = Union["re.Pattern[str]", "regex.Pattern[str]"]
#: A match of either engine.
Match = Union["re.Match[str]", "regex.Match[str]"]

# regex flags the translation carries over, with their re counterparts.
_FLAGS = {
    regex.IGNORECASE: re.IGNORECASE,
    regex.MULTILINE: re.MULTILINE,
    regex.DOTALL: re.DOTALL,
    regex.VERBOSE: re.VERBOSE,
}
# Flags that change nothing the translation relies on: the default Unicode matching and
# the version (VERSION1's one difference here, full case folding, involves only letters
# whose case mappings are not one-to-one, which no plain text holds and no translated
# source may contain).
_NEUTRAL = regex.UNICODE | regex.VERSION0 | regex.VERSION1

# The ASCII letters whose escapes mean the same in both engines (\A, \b, \B, the classes
# plain text makes agree, and character escapes), and those that are properties, written
# out. Any other letter is refused: \Z differs, and the rest are ``regex``-only (\L<...>,
# \X, \m, \G ...). Digits are back references or octal escapes in both, and any other
# escaped character stands for itself in both.
_SAME_LETTERS = frozenset("AbBwWsSdDafnrtvxuUN")
_PROPERTY = frozenset("pP")
# Group openings read the same by both engines; an inline flag group is checked apart.
_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P<", "(?P=", "(?>")
# A condition on a group (``(?(name)yes|no)``); DEFINE and look-around conditions are
# regex's alone.
_CONDITION = re.compile(r"\(\?\((?!DEFINE\))\w++\)")
_INLINE_FLAGS = re.compile(r"\(\?([imsx]*+)(?:-([imsx]++))?[:)]")
_HEX = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")


class _Refused(ValueError):
    """The source cannot be translated exactly."""


@functools.cache
def _every() -> str:
    """Every code point of the Basic Multilingual Plane, in order: a string to ask either
    engine about classes. A plain text has no character beyond it (emoji and the rarer
    scripts go to ``regex``), so the engines need agree only on these."""
    return "".join(map(chr, range(0x10000)))


@functools.cache
def _ranges(item: str, caseless: bool = False) -> str:
    """The code points of the Basic Multilingual Plane that ``regex`` matches with the
    class item *item* (``\\p{Lu}``, ``^\\p{L}``), as ranges for the inside of a bracket.

    *caseless*: those it matches case-insensitively, but for the letters whose case the
    engines fold differently (:func:`_case_odd`). That set holds every case form of each
    of its characters, so a case-insensitive class of it matches, on a plain text, just
    what it holds in either engine."""
    odd = _case_odd() if caseless else frozenset()
    found = regex.finditer("[" + item + "]++", _every(), regex.IGNORECASE if caseless else 0)
    codes = sorted(c for m in found for c in range(m.start(), m.end()) if chr(c) not in odd)
    return _as_ranges(codes)


def _as_ranges(codes: list[int]) -> str:
    """Sorted code points as ranges for the inside of a bracket."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "".join(_escape(a) + ("" if a == b else "-" + _escape(b)) for a, b in runs)


def _escape(code: int) -> str:
    # A character stands for itself in a class, and the standard library's parser
    # (written in Python) reads it several times faster than an escape: the translated
    # grammars hold tens of thousands, which made a fifth of the first parse. ASCII
    # other than letters and digits stays escaped, as it holds every character that is
    # special in a class (``\\ ] [ ^ -``, and ``& ~ |``, which warn when doubled).
    if code >= 0x80 or chr(code).isalnum():
        return chr(code)
    return f"\\x{code:02x}"


def _irregular(char: str) -> bool:
    """Whether the two engines may fold the case of *char*, a letter ``regex`` says has
    case forms, differently: its lower, upper and folded forms are not one character each,
    one-to-one and in the same range as *char* (ASCII or not), or it has none in
    :mod:`re`'s (older) Unicode."""
    lower, upper, fold = char.lower(), char.upper(), char.casefold()
    if len(lower) != 1 or len(upper) != 1 or fold != lower or lower == upper:
        return True
    return (
        char not in (lower, upper)
        or lower.upper() != upper
        or upper.lower() != lower
        or not (char.isascii() == lower.isascii() == upper.isascii())
    )


@functools.cache
def _case_odd() -> frozenset[str]:
    """The letters of the Basic Multilingual Plane whose case the engines may fold
    differently: those :func:`_irregular` picks out among the letters that change under
    case mapping in either engine, with their case forms, and the capital sigma."""
    every = _every()
    cased = set(regex.findall(r"\p{Changes_When_Casemapped}", every))
    cased.update(c for c in every if c.lower() != c or c.upper() != c)
    cased.update(f for c in list(cased) for f in c.lower() + c.upper() + c.casefold())
    odd = {c for c in cased if _irregular(c)}
    # The capital sigma lower-cases to the final sigma at the end of a word (str.lower
    # reads context there alone): so the lower-cased copy of a plain text is plain too.
    odd.add("\u03a3")
    return frozenset(odd)


@functools.cache
def _differing() -> frozenset[str]:
    """The characters of the Basic Multilingual Plane on which the engines may differ:
    where ``\\w``, ``\\s`` or ``\\d`` hold in one and not the other, and
    :func:`_case_odd` (worked out once for the versions of Python and ``regex``, and
    kept with the compiled patterns: change the name below with the computation)."""
    return store().value("engine-differing-characters/1", _work_out_differing)


def _work_out_differing() -> frozenset[str]:
    every = _every()
    odd = set(_case_odd())
    for item in (r"\w", r"\s", r"\d"):
        odd.update(set(regex.findall(item, every)).symmetric_difference(re.findall(item, every)))
    return frozenset(odd)


@functools.cache
def _differing_pattern() -> re.Pattern[str]:
    body = _as_ranges(sorted(map(ord, _differing())))
    return store().re("[" + body + r"\U00010000-\U0010ffff]")


_ASCII_ODD = re.compile("[\x1c-\x1f]")
# Long texts asked about, with their answers, by identity (the entry holds the text, so
# its id is not reused while it is kept), oldest first. parse asks about one article and
# a few copies of it (lower-cased, folded, with quotes straightened) many times each, and
# parse_many about a batch of articles in turn, component by component; about short parts
# in between (an expression re-read) too: a short text is read each time (that costs less
# than remembering it), so parts never push an article out and an article is read once
# however long it is. Each step below is one dictionary operation, safe between threads.
_KEPT = 128  # four copies of each article of a batch of parse_many's default size
_LONG = 256
_recent: dict[int, tuple[str, bool]] = {}


def plain(text: str) -> bool:
    """Whether *text* holds none of the characters on which the engines may differ (see
    the module notes); on such a text, or any part of it, a :class:`Grammar` matches the
    same in both."""
    long = len(text) >= _LONG
    if long:
        kept = _recent.get(id(text))
        if kept is not None and kept[0] is text:
            return kept[1]
    if text.isascii():  # of ASCII, only the separators are read differently
        answer = _ASCII_ODD.search(text) is None
    else:
        answer = _differing_pattern().search(text) is None
    if long:
        _keep(text, answer)
    return answer


def plain_copy(copy: str, source: str) -> None:
    """Record that *copy* is :func:`plain` when *source* is, so that it is not read again.

    *copy* is ``source.lower()``, ``source.casefold()`` or the officials component's
    matching copy (:func:`dipnews._officials.tables.match_form`), each of the same length:
    tests/test_engine.py checks that these keep a plain text plain."""
    if len(copy) >= _LONG and len(copy) == len(source) and plain(source):
        _keep(copy, True)


def _keep(text: str, answer: bool) -> None:
    _recent[id(text)] = (text, answer)
    while len(_recent) > _KEPT:
        try:
            del _recent[next(iter(_recent))]
        except (KeyError, RuntimeError, StopIteration):  # another thread got there first
            break


_CONTROL = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _escape_at(source: str, i: int) -> tuple[str | None, int]:
    """The one character the escape at *source[i]* stands for (``None`` for a class, an
    anchor or a reference) and the escape's length."""
    letter = source[i + 1 : i + 2]
    m = _HEX.match(source, i)
    if m is not None:
        return chr(int(next(g for g in m.groups() if g), 16)), m.end() - i
    if source.startswith("\\N{", i):
        close = source.find("}", i)
        try:
            return unicodedata.lookup(source[i + 3 : close]), close + 1 - i
        except KeyError:
            raise _Refused("an unknown character name") from None
    if letter in _CONTROL:
        return _CONTROL[letter], 2
    if not letter or letter.isdigit() or (letter.isascii() and letter.isalpha()):
        return None, 2
    return letter, 2


def translate(source: str, flags: int = 0) -> tuple[str, int]:
    """The :mod:`re` source and flags that match, on a :func:`plain` text, what ``regex``
    matches with *source* and *flags*; raises ``ValueError`` where there are none."""
    re_flags = 0
    rest = flags
    for theirs, ours in _FLAGS.items():
        if flags & theirs:
            re_flags |= ours
            rest &= ~theirs
    if rest & ~_NEUTRAL:
        raise _Refused("a flag re has no exact counterpart for")
    odd = _case_odd()
    verbose = bool(flags & regex.VERBOSE)
    out: list[str] = []
    i, n = 0, len(source)
    in_class = negated = False  # in a class, and whether it is a negated one
    # In a class: its last single character, and the start of a range being read.
    last: str | None = None
    low: str | None = None
    # Whether each open group matches case-insensitively (the outermost: the whole source).
    # There, a letter whose case the engines fold differently (``ſ``, the Kelvin sign)
    # might match a plain one in one engine and not the other, and so might a property or
    # a class range holding one: those are refused. Any other character, and any anywhere
    # else, stands for the same characters in both (a character :func:`plain` excludes
    # matches none of a plain text's).
    caseless = [bool(flags & regex.IGNORECASE)]

    def member(char: str | None) -> None:
        # A class member read: it ends a range begun before it.
        nonlocal last, low
        if low is not None:
            if char is None:
                raise _Refused("a range with a class at one end")
            if caseless[-1] and any(ord(low) <= ord(c) <= ord(char) for c in odd):
                raise _Refused("a range holding a letter folded differently, case-blind")
            low, last = None, None
        else:
            last = char

    while i < n:
        ch = source[i]
        if ch == "\\":
            letter = source[i + 1] if i + 1 < n else ""
            if letter in _PROPERTY:
                close = source.find("}", i)
                if not source.startswith("{", i + 2) or close < 0:
                    raise _Refused("a one-letter or unclosed property")
                if caseless[-1] and (letter == "P" or (in_class and negated)):
                    raise _Refused("a negated property in a case-insensitive part")
                item = "\\p" + source[i + 2 : close + 1]
                if letter == "P":
                    item = "^" + item
                ranges = _ranges(item, caseless[-1])
                out.append(ranges if in_class else "[" + ranges + "]")
                if in_class:
                    member(None)
                i = close + 1
                continue
            if letter.isascii() and letter.isalpha() and letter not in _SAME_LETTERS:
                raise _Refused(f"the escape \\{letter}")
            char, size = _escape_at(source, i)
            if char is not None and caseless[-1] and char in odd:
                raise _Refused(f"the character {char!r} in a case-insensitive part")
            if in_class:
                member(char)
            out.append(source[i : i + size])
            i += size
            continue
        if ch in odd and caseless[-1]:
            raise _Refused(f"the character {ch!r} in a case-insensitive part")
        if in_class:
            if ch == "[" or source.startswith(("--", "&&", "||", "~~"), i):
                raise _Refused("a nested set or set operation")
            if ch == "]":
                in_class = False
            elif ch == "-" and last is not None and low is None and source[i + 1 : i + 2] != "]":
                low = last  # a range: it ends at the next member
            else:
                member(ch)
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            last = low = None
            start = i
            i += 1
            negated = source.startswith("^", i)
            if negated:
                i += 1
            if source.startswith("]", i):
                i += 1  # a leading "]" is a literal in both
                last = "]"
            out.append(source[start:i])
            continue
        if verbose and ch == "#":
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch == "(":
            if source.startswith("(?#", i):
                close = source.find(")", i)
                i = n if close < 0 else close + 1
                continue
            inline = _INLINE_FLAGS.match(source, i)
            if inline is not None:
                on, off = inline.group(1), inline.group(2) or ""
                scope = True if "i" in on else False if "i" in off else caseless[-1]
                if inline.group().endswith(")"):  # global: re allows it at the start only
                    caseless[0] = caseless[-1] = scope
                else:
                    caseless.append(scope)
            elif (
                source.startswith(_GROUPS, i)
                or not source.startswith("(?", i)
                or _CONDITION.match(source, i)
            ):
                caseless.append(caseless[-1])
            else:
                raise _Refused("a group re does not read as regex does")
        elif ch == ")" and len(caseless) > 1:
            caseless.pop()
        out.append(ch)
        i += 1
    if in_class:
        raise _Refused("an unclosed class")
    return "".join(out), re_flags


class Grammar:
    """One ``regex`` *source* and *flags*, compiled for both engines on first use.

    :attr:`exact` is the ``regex`` pattern; :attr:`fast` the :mod:`re` translation, or
    ``None`` where there is none; :meth:`on` the one to run on a given text.
    """

    __slots__ = ("__weakref__", "_exact", "_fast", "_tried", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._exact: regex.Pattern[str] | None = None
        self._fast: re.Pattern[str] | None = None
        self._tried = False  # whether the translation was tried (it is, at first use)
        _GRAMMARS.add(self)

    @property
    def exact(self) -> regex.Pattern[str]:
        if self._exact is None:
            self._exact = store().regex(self.source, self.flags)
        return self._exact

    @property
    def fast(self) -> re.Pattern[str] | None:
        if not self._tried:
            self._fast = _fast(self.source, self.flags)
            self._tried = True
        return self._fast

    def on(self, text: str) -> Pattern:
        """The pattern to run on *text*: the :mod:`re` one where there is one and *text*
        is :func:`plain`, else the ``regex`` one."""
        fast = self._fast if self._tried else self.fast
        if fast is not None and plain(text):
            return fast
        return self.exact

    def pick(self, plain_text: bool) -> Pattern:
        """The pattern to run on a text of which :func:`plain` said *plain_text* (for a
        caller that asks once and runs many grammars)."""
        fast = self.fast if plain_text else None
        return self.exact if fast is None else fast

    def __repr__(self) -> str:
        return f"Grammar({self.source[:40]!r}{'...' if len(self.source) > 40 else ''})"


_GRAMMARS: weakref.WeakSet[Grammar] = weakref.WeakSet()


def grammars() -> list[Grammar]:
    """Every :class:`Grammar` made so far and still in use (the tests check them all)."""
    return sorted(_GRAMMARS, key=lambda g: (g.source, g.flags))


def _fast(source: str, flags: int) -> re.Pattern[str] | None:
    # No warnings filter is switched here: filters are process-wide, and switching them
    # while other threads run would turn their warnings into errors. translate refuses
    # what re warns about (nested sets, doubled set operators; a test compiles every
    # package grammar with warnings recorded); the warnings are caught as well, for a
    # process that makes them errors.
    try:
        return store().re(source, flags, translate)
    except (ValueError, re.error, FutureWarning, DeprecationWarning):
        return None
