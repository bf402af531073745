"""The shared grammar fragments of ``dipnews._patterns`` match what their plain
definitions say: every component's grammar is built from them."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from dipnews._patterns import LINE_SPACE, literal_trie

_LINE_SPACE = regex.compile(LINE_SPACE)


def _line_space_end(text: str, at: int) -> int | None:
    """Where the longest run of white space with at most one line break from *at* ends
    (``None`` where none starts there): LINE_SPACE's definition, spelled out."""
    end, breaks = at, 0
    while end < len(text) and regex.match(r"\s", text[end]):
        if text[end] == "\n":
            if breaks:
                break
            breaks += 1
        end += 1
    return end if end > at else None


_SPACEY = st.text(alphabet=st.sampled_from(" \n\n\t\r\x0b\u00a0\u3000x"), max_size=12)


@given(_SPACEY, st.integers(min_value=0, max_value=12))
def test_line_space_is_the_longest_space_run_with_one_line_break(text: str, at: int) -> None:
    at = min(at, len(text))
    m = _LINE_SPACE.match(text, at)
    assert (m.end() if m else None) == _line_space_end(text, at)


def test_line_space_never_crosses_a_paragraph_break() -> None:
    assert _LINE_SPACE.match("  \n  \n x").group() == "  \n  "
    assert _LINE_SPACE.match("x") is None


_WORDS = st.lists(st.text(alphabet=st.sampled_from("abAB -'"), min_size=1, max_size=5), max_size=8)


@given(_WORDS, st.text(alphabet=st.sampled_from("abAB -'"), max_size=8))
def test_literal_trie_matches_what_a_named_list_matches(words: list[str], text: str) -> None:
    trie = regex.compile(literal_trie(words))
    m = trie.match(text)
    if words:
        listed = regex.compile(r"\L<words>", words=words).match(text)
        assert (m.group() if m else None) == (listed.group() if listed else None)
    else:
        assert m is None
