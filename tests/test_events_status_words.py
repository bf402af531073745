"""Every match of a status pattern holds one of the words ``events`` checks for first.

``dipnews.events.status`` skips a status pattern (negated, offered, cancelled...) on a
window of folded text that holds none of its words (``STATUS_WORDS``); that is only right
if each match of the pattern holds one, whatever the text: edited patterns must keep this.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dipnews.events.casefold import folded
from dipnews.events.lexicon import lexicon
from dipnews.events.status import STATUS_WORDS

_PIECES = [
    "not", "n't", "never", "no longer", "failed to", "refused to", "declined to", "without",
    "ready", "willing", "prepared", "offered", "offers", "offer", "offering", "proposed",
    "proposes", "propose", "to", "cancel", "cancelled", "canceled", "cancels", "postpone",
    "postponed", "called off", "scrapped", "deferred", "put off", "rejected", "was", "were",
    "had been", "held", "took place", "hosted", "opened", "began", "concluded", "ended",
    "kicked off", "got under way", "got underway", "wrapped up", "is", "are", "being",
    "under way", "underway", "taking place", "going on", "currently", "presently",
    "right now", "in", "on", "at", "last", "talks", "visit", "the", "host", "Lavrov",
    " ", "  ", "\n", ", ", ". ", "; ", "-",
]  # fmt: skip
_WORDS = STATUS_WORDS  # the table under test


@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_every_status_match_holds_one_of_its_words(pieces: list[str]) -> None:
    text = " ".join(pieces)
    low = folded(text)
    assert low is not None
    status = lexicon().status
    for key, words in _WORDS.items():
        pattern, target = status[key].for_text(text, low)
        assert target is low
        for start in range(len(low) + 1):
            m = pattern.search(low, start)
            if m is None:
                break
            assert any(word in m.group() for word in words), (key, m.group())


def test_each_gated_pattern_matches_a_phrase_with_its_words() -> None:
    status = lexicon().status
    samples = {
        "negated": "has not ",
        "offered": "ready to ",
        "cancelled": "the talks were postponed",
        "held_after": " talks were held in Delhi",
        "ongoing_after": " talks are under way",
        "ongoing_near": "currently",
    }
    assert set(samples) == set(_WORDS)
    for key, sample in samples.items():
        pattern, _ = status[key].for_text(sample, folded(sample))
        assert pattern.search(sample) is not None, key
