"""The folded fast path of the events component matches exactly where the original would.

``dipnews.events.casefold`` runs lower-case patterns case-sensitively on ``text.casefold()``
instead of case-insensitively on the text. That is exact only if, for every character
that folds to one character, each building block of the patterns (their letters and
classes) accepts the character case-insensitively just when it accepts its fold
case-sensitively; the ``regex`` module's case tables may differ from Python's, so every
code point is checked (word boundaries and lookarounds rest on the classes checked: ``\\w``
and ``[\\p{L}\\p{N}]``).
"""

from __future__ import annotations

import functools

import pytest
import regex

from dipnews._data import load_table
from dipnews.events import extract, segment
from dipnews.events.casefold import FoldedPattern, foldable, folded, sensitive_twin
from dipnews.records import Official


@functools.cache
def _one_to_one() -> tuple[str, str]:
    """Every code point whose case fold is one character, and the folds."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    chars = [c for c in chars if folded(c) is not None]
    return "".join(chars), "".join(c.casefold() for c in chars)


def _pattern_letters() -> set[str]:
    table = load_table("event_triggers.json")
    rows = [r["pattern"] for r in (*table["events"], *table["agreements"])]
    rows += [table["signable"], *table["status"].values()]
    stripped = regex.sub(r"\\[pP]\{[^}]*\}|\\.", "", "".join(rows))
    return {ch for ch in stripped if ch.isalpha()} | set("abcdefghijklmnopqrstuvwxyz")


_CLASSES = [
    r"\p{L}",
    r"\p{Ll}",
    r"\p{Lu}",
    r"\p{N}",
    r"\p{Nd}",
    r"\d",
    r"\s",
    r"\w",
    r"[\p{Ll}\d-]",
    r"[\p{L}\p{N}]",
]


@pytest.mark.parametrize("flags", [regex.IGNORECASE, regex.IGNORECASE | regex.VERSION1])
def test_every_letter_and_class_matches_the_fold_as_the_character(flags: int) -> None:
    chars, folds = _one_to_one()
    atoms = [regex.escape(ch) for ch in sorted(_pattern_letters())] + _CLASSES
    for atom in atoms:
        insensitive = [m.start() for m in regex.finditer(atom, chars, flags)]
        twin = sensitive_twin(atom)
        assert twin is not None
        sensitive = [m.start() for m in regex.finditer(twin, folds, flags & ~regex.IGNORECASE)]
        assert insensitive == sensitive, atom


def test_the_trigger_patterns_are_all_foldable() -> None:
    table = load_table("event_triggers.json")
    for row in (*table["events"], *table["agreements"]):
        assert foldable(row["pattern"]), row["pattern"]
    assert all(foldable(p) for p in table["status"].values())


def test_capitals_and_other_properties_are_not_foldable() -> None:
    assert not foldable(r"\bMet\b")
    assert not foldable(r"\S+")
    assert not foldable(r"(?=\p{Lt})")
    assert not foldable(r"(?-i:met)")
    assert sensitive_twin(r"[\p{Ll}\d-]{2,20}(?=\p{Lu})") == r"[\p{Ll}\d-]{2,20}(?=\p{LC})"
    assert foldable(r"(?<![\p{L}\p{N}])met\s+with")
    assert foldable(r"(?P<Meet>met)(?P=Meet)")


def test_texts_whose_fold_moves_offsets_take_the_slow_path() -> None:
    assert folded("Lavrov MET Wang") == "lavrov met wang"
    assert folded("Straße") is None  # ß folds to "ss"
    assert folded("ﬂew") is None  # a ligature folds to two letters
    assert folded("\u1fb3") is None  # alpha with ypogegrammeni: two letters
    assert folded("\u03b1\u0345") is None  # a combining mark that folds to a letter
    pattern = FoldedPattern(r"flew", regex.IGNORECASE | regex.VERSION1)
    text = "He ﬂew to Delhi."
    found = pattern.search(text, folded(text), 0, len(text))
    assert found is not None
    assert found.span() == (3, 6)


def test_clause_bounds_are_the_same_through_either_path() -> None:
    text = "Lavrov MET Wang, WHERE they Said that the talks went well; Wang ADDED more."
    assert segment.clause_bounds(text, 0, len(text)) == [15, 28, 57, 64]
    assert segment.clause_bounds(text, 0, len(text), folded(text)) == [15, 28, 57, 64]


def test_an_article_with_a_sharp_s_gives_the_same_events_as_without() -> None:
    officials = [
        Official("Olaf Scholz", "Olaf Scholz", "DEU", "HEAD_OF_GOVERNMENT", None, 0, 11),
        Official("Narendra Modi", "Narendra Modi", "IND", "HEAD_OF_GOVERNMENT", None, 16, 29),
    ]
    plain = "Olaf Scholz met Narendra Modi in Berlin on the Strasse."
    sharp = "Olaf Scholz met Narendra Modi in Berlin on the Straße."
    a = extract(plain, officials=officials, forums=[], times=[]).events
    b = extract(sharp, officials=officials, forums=[], times=[]).events
    assert [(e.kind, e.participants, e.place) for e in a] == [
        (e.kind, e.participants, e.place) for e in b
    ]
    assert a
    assert a[0].participants == ("Olaf Scholz", "Narendra Modi")
