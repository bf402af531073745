"""A grammar run on the standard library's engine matches what it matches on ``regex``.

``dipnews._engine`` runs a grammar on :mod:`re` only on a *plain* text, one without the
characters on which the two engines' classes and case folding differ; these tests check
that claim directly (the character sets, character by character) and through grammars
(every grammar the package builds, and small ones that use each translated construct), on
the seeds and on generated text that mixes such characters into forum names, official
sentences and prose.
"""

from __future__ import annotations

import re
import warnings

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import dipnews
from dipnews import _engine
from dipnews._engine import Grammar, plain, translate
from dipnews.forums import display_name
from dipnews.forums.grammar import mention_grammar
from dipnews.officials.grammar import grammar as officials_grammar
from dipnews.officials.tables import _MATCH_PAIRS, match_form
from dipnews.temporal import starts as temporal  # holds _START_AFTER_GAP
from tests.conftest import SEEDS
from tests.strategies.forums import data_forums, in_text, variations
from tests.strategies.officials import official_sentences
from tests.strategies.text import hostile_articles

# Characters the engines read alike and ones they do not (combining marks, numerals that
# are word characters to one engine only, the separators \x1c-\x1f, letters whose case
# forms are not one-to-one, and a character beyond the Basic Multilingual Plane).
_ALIKE = "aZ9 \n\t.,-'’–—()éÜğłøñŞσжЖ\u00a0"
_ODD = "\u0301\u0308²½\x1cßſ\u212aςΣİıǅµ\U0001f600"
_CHARS = st.text(alphabet=st.sampled_from(_ALIKE + _ODD), max_size=30)


def _same(a: _engine.Match | None, b: _engine.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def _agree(grammar: Grammar, text: str) -> None:
    """Both engines match alike at every position of a plain *text*; any other text is
    given the ``regex`` pattern."""
    fast = grammar.fast
    assert fast is not None
    if not plain(text):
        assert grammar.on(text) is grammar.exact
        return
    assert grammar.on(text) is fast
    for at in range(len(text) + 1):
        assert _same(fast.match(text, at), grammar.exact.match(text, at)), (text, at)
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in grammar.exact.finditer(text)
    ]
    assert fast.split(text) == grammar.exact.split(text)
    for end in range(len(text) + 1):  # a search in a window, as the components run them
        start = max(0, end - 24)
        assert _same(fast.search(text, start, end), grammar.exact.search(text, start, end))


# Small grammars, each using constructs the translation writes out or carries over.
_SMALL = [
    Grammar(r"\p{Lu}[\p{L}\p{M}'’-]*+"),
    Grammar(r"(?<![\p{L}\p{N}])\w++(?:\s++\w++)?"),
    Grammar(r"\b(?i:sigma|strasse|ss|k|i)\b"),
    Grammar(r"[\p{Lu}][^\P{L}]{1,3}(?i:[a-z0-9-]+|é|[ü‐–]|[\u00c0-\u00d6\u2000-\u200f])"),
    Grammar(r"(?i:[a-z]+)\B\d|\s{2,}|[^\S\n]++"),
    Grammar(r"(?>ab|a)(?=\W)|[\p{Pd}]"),
    Grammar(r"\P{L}+(?P<tail>\p{Ll})", regex.VERSION1),
    Grammar(r"(?i)\p{Lu}\p{Ll}+|(?i:[\p{Lu}\d]{2})", regex.VERSION1),
]


@pytest.mark.parametrize("grammar", _SMALL, ids=repr)
@given(text=_CHARS)
def test_small_grammars_match_alike_on_plain_text(grammar: Grammar, text: str) -> None:
    _agree(grammar, text)


@st.composite
def _forum_texts(draw: st.DrawFn) -> str:
    """A forum name, varied as news copy writes it, in a sentence, with odd or ordinary
    characters next to it."""
    name = draw(variations(display_name(draw(data_forums()))))
    sentence, at = draw(in_text(name))
    before, after = draw(_CHARS), draw(_CHARS)
    return before + sentence[:at] + draw(_CHARS) + sentence[at:] + after


@given(_forum_texts())
def test_the_forums_grammar_matches_alike_on_plain_text(text: str) -> None:
    _agree(mention_grammar(), text)


def _package_grammars() -> list[Grammar]:
    """Every grammar the package runs on both engines: those made at import and those
    made at first use (parsing the seeds makes them all)."""
    for path in sorted(SEEDS.glob("*.txt")):
        dipnews.parse(path.read_text(encoding="utf-8"))
    return [g for g in _engine.grammars() if g not in _SMALL]


def test_the_package_grammars_include_the_large_ones() -> None:
    translated = {id(g) for g in _package_grammars() if g.fast is not None}
    for grammar in (mention_grammar(), officials_grammar().person, temporal._START_AFTER_GAP):
        assert id(grammar) in translated


def test_no_package_grammar_warns_when_compiled_for_re() -> None:
    # dipnews._engine compiles without switching the (process-wide) warnings filters, so
    # a translation that made re warn would go unnoticed there: here it is recorded.
    translated = [g for g in _package_grammars() if g.fast is not None]
    re.purge()  # re keeps the patterns it compiled, and a cached one is not read again
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for grammar in translated:
            re.compile(*translate(grammar.source, grammar.flags))
    assert [str(w.message) for w in caught] == []
    assert len(translated) > 100


def _agree_on_seed(grammar: Grammar, text: str) -> None:
    exact, fast = grammar.exact, grammar.fast
    assert fast is not None
    assert plain(text)
    assert grammar.on(text) is fast
    for m in regex.finditer(r"(?<![\w.])\w", text):
        at = m.start()
        assert _same(fast.match(text, at), exact.match(text, at)), (grammar, at)
    if grammar is not mention_grammar():  # a scan of every position: slow on regex
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in exact.finditer(text)]
        assert fast.split(text) == exact.split(text)
        for m in regex.finditer(r"[.\s]", text):  # a search in a window ending there
            end = m.start()
            window = (max(0, end - 24), end)
            assert _same(fast.search(text, *window), exact.search(text, *window)), (grammar, end)


def test_the_package_grammars_match_alike_on_the_seeds() -> None:
    grammars = [g for g in _package_grammars() if g.fast is not None]
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for copy in (text, text.lower(), text.casefold()):  # what the components scan
            for grammar in grammars:
                _agree_on_seed(grammar, copy)


@given(st.one_of(official_sentences().map(lambda phrase: phrase.text), hostile_articles()), _CHARS)
def test_the_package_grammars_match_alike_on_generated_text(text: str, odd: str) -> None:
    text = odd + text
    for grammar in _package_grammars():
        if grammar.fast is None:
            continue
        if grammar is not mention_grammar():  # tried at word starts below; slow on regex
            _agree(grammar, text)
        elif plain(text):
            for m in regex.finditer(r"(?<![\w.])\w", text):
                at = m.start()
                assert _same(grammar.fast.match(text, at), grammar.exact.match(text, at))


def test_characters_outside_the_odd_set_are_read_alike_by_both_engines() -> None:
    # The claim plain() rests on, checked for each character it lets through: the
    # classes agree, and so does case-insensitive matching against its case forms.
    odd = _engine._differing()
    for code in range(0x10000):
        char = chr(code)
        if char in odd:
            continue
        for item in (r"\w", r"\s", r"\d", r"\W"):
            assert bool(re.match(item, char)) == bool(regex.match(item, char)), (item, char)
        for other in {char.lower(), char.upper(), char.casefold()} - {char}:
            if len(other) == 1 and other not in odd:
                pattern = regex.escape(char)
                expected = bool(regex.match("(?i)" + pattern, other, regex.VERSION1))
                assert bool(re.match("(?i)" + pattern, other)) == expected, (char, other)


@pytest.mark.parametrize(
    "text",
    [
        "Lo\u0301pez",  # a combining mark: a word character to regex only
        "½ of it",  # a numeral: a word character to re only
        "a\x1cb",  # a separator: space to re only
        "Straße",  # full case folding
        "İstanbul",  # a capital whose lower case is two characters
        "\u212a",  # the Kelvin sign, which folds to an ASCII letter
        "Summit \U0001f600",  # beyond the Basic Multilingual Plane
    ],
)
def test_text_with_characters_the_engines_read_differently_is_not_plain(text: str) -> None:
    assert not plain(text)
    grammar = Grammar(r"\w+")
    assert grammar.on(text) is grammar.exact


def test_ordinary_news_text_is_plain() -> None:
    assert plain("MOSCOW, Aug 21 (Reuters) – Sergei Lavrov met Türkiye’s Hakan Fidan in Kazan.")


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\Gab", 0),  # the search anchor, regex-only
        (r"(?|(a)|(b))", 0),  # a branch reset
        (r"[[a-z]--[aeiou]]", regex.VERSION1),  # a set operation
        (r"\X", 0),  # a grapheme
        (r"a\Z", 0),  # \Z differs between the engines
        (r"(?<=the|a)b", 0),  # a variable-width look-behind: re rejects it
        (r"(?P<t>a)(?P<t>b)", 0),  # a group name used twice: re rejects it
        (r"(?i)straße", 0),  # a letter whose case forms are not one-to-one
        (r"(?i:\u00df)", 0),  # the same, as an escape
        (r"(?i)\P{Lu}", 0),  # a negated property, case-insensitively
        (r"(?i:[^\p{Lu}])", 0),  # a property in a negated class, case-insensitively
        (r"(?i:[\u00c0-\u00ff])", 0),  # a range holding "ß", case-insensitively
        (r"ab", regex.ASCII),  # a flag without an exact counterpart
        (r"(?r)ab", 0),  # a regex-only flag
    ],
)
def test_what_cannot_be_translated_exactly_stays_on_regex(source: str, flags: int) -> None:
    grammar = Grammar(source, flags)
    assert grammar.fast is None
    assert grammar.on("ab") is grammar.exact


def test_a_translation_writes_out_properties_and_keeps_the_rest() -> None:
    translated, flags = translate(r"(?i:the)\s+\p{Lu}\w*+", regex.MULTILINE | regex.VERBOSE)
    assert flags == re.MULTILINE | re.VERBOSE
    assert r"\p" not in translated
    assert translated.startswith(r"(?i:the)\s+[")
    assert re.fullmatch(translated, "the  Ünal", flags)
    with pytest.raises(ValueError, match="escape"):
        translate(r"\m")


@given(_CHARS)
def test_the_lower_cased_and_folded_copies_of_a_plain_text_are_plain(text: str) -> None:
    # temporal scans text.lower() with the pattern chosen for the text; events the folded
    # copy.
    if plain(text):
        assert plain(text.lower())
        assert plain(text.casefold())


def test_the_matching_copy_of_a_plain_text_is_plain() -> None:
    # officials scans match_form(text) with the answer for the text: each character it
    # puts in is one that both engines read alike (and a lone line break, a space).
    for old, new in _MATCH_PAIRS:
        assert len(new) == 1, (old, new)
        assert plain(new), (old, new)
    text = "Russia\u2019s\u00a0envoy \u201cmet\u201d\nthe minister\u2013" * 10
    assert plain(text)
    assert plain(match_form(text))


def test_the_ascii_characters_read_differently_are_the_separators() -> None:
    # plain() checks an ASCII text for these alone.
    assert sorted(c for c in _engine._differing() if c.isascii()) == [
        "\x1c",
        "\x1d",
        "\x1e",
        "\x1f",
    ]


def test_a_long_text_is_read_once_however_many_parts_are_asked_about_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # parse asks plain() about an article, its copies and parts of it (an expression's
    # surface re-resolved, a sentence) in turn: were the article read again after each
    # part, a long one would cost the square of its length.
    article = "Lavrov met Jaishankar in Moscow on Monday – the ministers’ first talks. " * 2000
    copies = [article, article.lower(), article.casefold()]
    whole = _engine._differing_pattern()
    reads: list[int] = []

    class Counting:
        def search(self, string: str) -> object:
            reads.append(len(string))
            return whole.search(string)

    monkeypatch.setattr(_engine, "_differing_pattern", Counting)
    monkeypatch.setattr(_engine, "_recent", {})
    for n in range(50):
        for copy in copies:
            assert plain(copy)
        assert plain(f"on Monday – {n}")
        assert plain(f"next week {n}".lower())
    assert sum(1 for n in reads if n == len(article)) == len(copies)
