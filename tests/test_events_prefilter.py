"""The trigger scanner finds exactly the matches of the full trigger pattern.

``dipnews.events.prefilter.Scanner`` tries the trigger alternation only where a row can start;
whatever the text (trigger words run together, cut short, next to characters outside
the alphabet its prefix tree is built over), it must yield what ``finditer`` yields.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from dipnews._engine import Grammar
from dipnews.events import segment
from dipnews.events.casefold import folded
from dipnews.events.lexicon import lexicon
from dipnews.events.prefilter import Scanner

_PIECES = [
    "met", "meet", "meeting", "with", "held", "talks", "had", "phone", "call", "called",
    "on", "a", "the", "his", "visit", "visiting", "trip", "to", "of", "is", "are",
    "currently", "in", "arrived", "here", "left", "for", "spoke", "by", "video",
    "conference", "tête-à-tête", "paid", "state", "summit", "travelled", "rang", "up",
    "discussed", "hosted", "sat", "down", " ", "  ", "\n", ", ", ". ", "-", "’s", "«",
    "ü", "\u2003", "中", "x", "2025", "…",
]  # fmt: skip


def _both(text: str) -> tuple[list[tuple[int, int, str | None]], list[tuple[int, int, str | None]]]:
    lex = lexicon()
    scanner = lex.event_scanner
    assert scanner is not None
    full = lex.events.sensitive
    assert full is not None
    low = folded(text)
    assert low is not None
    expected = [(m.start(), m.end(), m.lastgroup) for m in full.exact.finditer(low, 0, len(low))]
    candidates = scanner.candidates(low)
    got = [
        (m.start(), m.end(), m.lastgroup) for m in scanner.finditer(low, 0, len(low), candidates)
    ]
    return expected, got


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_scanner_yields_the_matches_of_the_full_pattern(pieces: list[str]) -> None:
    expected, got = _both("".join(pieces))
    assert got == expected


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_scanner_agrees_inside_any_window(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    lex = lexicon()
    scanner = lex.event_scanner
    full = lex.events.sensitive
    assert scanner is not None
    assert full is not None
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    low = folded(text)
    assert low is not None
    candidates = scanner.candidates(low)
    expected = [m.span() for m in full.exact.finditer(low, pos, endpos)]
    assert [m.span() for m in scanner.finditer(low, pos, endpos, candidates)] == expected


def test_seed_triggers_through_the_scanner(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        expected, got = _both(text)
        assert got == expected
        assert got  # every seed reports contacts


_AGREEMENT_PIECES = [
    "signed", "sign", "an", "agreement", "agreed", "to", "reached", "a", "consensus",
    "reaffirmed", "their", "commitment", "stressed", "the", "committed", "themselves",
    "pledged", "renewed", "inked", " ", ", ", ". ", "\n", "«", "ü", "2025",
]  # fmt: skip


@given(st.lists(st.sampled_from(_AGREEMENT_PIECES), max_size=40))
def test_agreement_scanner_yields_the_matches_of_the_full_pattern(pieces: list[str]) -> None:
    lex = lexicon()
    scanner = lex.agreement_scanner
    full = lex.agreements.sensitive
    assert scanner is not None
    assert full is not None
    low = folded("".join(pieces))
    assert low is not None
    expected = [(m.span(), m.lastgroup) for m in full.exact.finditer(low, 0, len(low))]
    found = scanner.finditer(low, 0, len(low), scanner.candidates(low))
    assert [(m.span(), m.lastgroup) for m in found] == expected


def test_a_row_outside_the_alphabet_is_still_found() -> None:
    not_after = r"\p{L}\p{N}"
    lead = f"(?<![{not_after}])"
    rows = ["«met»", "talks"]
    full = Grammar(lead + "(?:" + "|".join(rows) + ")")
    scanner = Scanner(rows, full, not_after)
    text = "they «met» for talks"
    found = scanner.finditer(text, 0, len(text), scanner.candidates(text))
    assert [m.group() for m in found] == ["«met»", "talks"]


_ALPHABET_PIECES = [p for p in _PIECES if p not in ("«", "中", "…", "\u2003")] + ["é", "ñ", "Ü"]


@given(st.lists(st.sampled_from(_ALPHABET_PIECES + _PIECES), max_size=30), st.data())
def test_whole_text_starts_answer_any_window(pieces: list[str], data: st.DataObject) -> None:
    """Candidates found once over the whole text (on the standard library's engine where
    the text is plain) give, in any window, what ``finditer`` gives."""
    text = "".join(pieces)
    low = folded(text)
    assert low is not None
    lex = lexicon()
    for scanner, full in (
        (lex.event_scanner, lex.events.sensitive),
        (lex.agreement_scanner, lex.agreements.sensitive),
    ):
        assert scanner is not None
        assert full is not None
        pos = data.draw(st.integers(0, len(low)))
        endpos = data.draw(st.integers(pos, len(low)))
        expected = [(m.span(), m.lastgroup) for m in full.exact.finditer(low, pos, endpos)]
        starts = scanner.starts(low)
        got = [(m.span(), m.lastgroup) for m in scanner.finditer_at(low, pos, endpos, starts)]
        assert got == expected


@given(st.lists(st.sampled_from(_ALPHABET_PIECES + _PIECES + ["\u0301", "ſ"]), max_size=30))
@example(["met"])  # a candidate at the start, with no character before it
@example([" ", "met"])  # and one right after the first character
def test_whole_text_starts_are_the_candidate_pattern_s_matches(pieces: list[str]) -> None:
    """:meth:`Scanner.starts` finds the candidates through the character before each; it
    finds just the positions the candidate pattern matches at, plain text or not."""
    text = "".join(pieces)
    low = folded(text)
    assert low is not None
    lex = lexicon()
    for scanner in (lex.event_scanner, lex.agreement_scanner):
        assert scanner is not None
        pattern = scanner.candidates(low)
        expected = None if pattern is None else [m.start() for m in pattern.finditer(low)]
        assert scanner.starts(low) == expected


def test_starts_skip_word_inner_positions_after_accented_letters() -> None:
    scanner = lexicon().event_scanner
    assert scanner is not None
    assert scanner.closed is not None
    assert scanner.closed.fast is not None  # the standard library's engine reads it
    low = "émet met ümet"
    starts = scanner.starts(low)
    assert starts is not None
    assert 5 in starts
    assert 1 not in starts
    assert 11 not in starts


_CLAUSE_PIECES = [
    "met", "said", "says", "noted", "adds", "added", "announced", "that", "which", "who",
    "while", "whereas", "but", "when", "even as", "amid", "according", "Lavrov", "wang",
    " ", "  ", "\n", ",", ", ", ";", " — ", " – ", " -- ", "--", "—", "-", ".", "é", "ü", "2025",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=30), st.data())
def test_clause_bounds_through_gates_are_the_full_scan(
    pieces: list[str], data: st.DataObject
) -> None:
    """Trying the clause pattern only where :func:`segment.clause_gates` allows gives the
    bounds a scan of every position gives, in any stretch of the text."""
    text = "".join(pieces)
    low = folded(text)
    assert low is not None
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = segment.clause_bounds(text, start, end, low)
    assert segment.clause_bounds(text, start, end, low, segment.clause_gates(low)) == expected
    assert segment.clause_bounds(text, start, end) == expected
