"""Contact words (triggers): a match of a row of the trigger table, with its grammatical
form, and the triggers of each sentence of an article, found once."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from dipnews._engine import Grammar
from dipnews.events.lexicon import TriggerSpec, lexicon, words
from dipnews.events.segment import Sentence

if TYPE_CHECKING:
    from dipnews.events.context import Forums, People

__all__ = ["WORD_BEFORE", "Trigger", "Triggers"]

#: The word right before a position (commas and spaces between), for both engines (see
#: :mod:`dipnews._engine`).
WORD_BEFORE = Grammar(r"([\p{L}]{1,20}+)[\s,]*+$")
# Words before "visiting" that make it a verb ("is visiting"), not an adjective.
_PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "am", "currently", "now"})


@attrs.frozen
class Trigger:
    """A contact word of the text: the row it matched and its span."""

    spec: TriggerSpec
    start: int
    end: int
    text: str
    left: str = ""  # the word before, lower-cased
    after_official: bool = False  # an official's mention ends right before it
    #: ``noun``, ``past``, ``ing`` or ``base`` (from the first word and its left word)
    form: str = attrs.field(init=False)

    @form.default
    def _form(self) -> str:
        if self.spec.noun:
            return "noun"
        first = self.text.split()[0].lower()
        if first in {"meeting", "meetings"}:
            return (
                "ing" if self.left in {"is", "are", "was", "were", "be", "been", "am"} else "noun"
            )
        if first in {"visit", "visits"}:
            return "base" if self.left in words("verb_left") or self.after_official else "noun"
        if first in words("past_irregular") or first.endswith("ed"):
            return "past"
        if first.endswith("ing"):
            return "ing"
        return "base"


class Triggers:
    """The triggers of each sentence of one article, found once.

    On the folded copy of the text (*low*), where there is one, the trigger alternation is
    tried only where the prefilter (:mod:`dipnews.events.prefilter`) finds a row may start;
    those starts are found once for the whole text.
    """

    def __init__(self, text: str, low: str | None, people: People, forums: Forums) -> None:
        self.text = text
        self.low = low
        self.people = people
        self.forums = forums
        self.word_before = WORD_BEFORE.on(text)
        self._starts: list[int] | None = None  # where triggers may start
        self._starts_found = False
        self._found: dict[int, list[Trigger]] = {}

    def in_sentence(self, sent: Sentence) -> list[Trigger]:
        """The contact words of *sent*, in order."""
        found = self._found.get(sent.start)
        if found is None:
            found = self._find(sent)
            self._found[sent.start] = found
        return found

    def _find(self, sent: Sentence) -> list[Trigger]:
        lex = lexicon()
        found: list[Trigger] = []
        text = self.text
        if self.low is not None and lex.event_scanner is not None:
            if not self._starts_found:
                self._starts = lex.event_scanner.starts(self.low)
                self._starts_found = True
            matches = lex.event_scanner.finditer_at(self.low, sent.start, sent.end, self._starts)
        else:
            matches = lex.events.finditer(text, self.low, sent.start, sent.end)
        for m in matches:
            group = m.lastgroup
            if group is None:
                continue
            if self.forums.overlaps(m.start(), m.end()):
                continue  # "Meeting" in "SCO Defence Ministers' Meeting" names a forum
            left_m = self.word_before.search(text, max(sent.start, m.start() - 24), m.start())
            left = left_m.group(1).lower() if left_m else ""
            before = self.people.inside(max(sent.start, m.start() - 300), m.start())
            after_official = bool(before) and text[before[-1].end : m.start()].strip() == ""
            spec = lex.event_specs[group]
            surface = text[m.start() : m.end()]
            if surface.lower() == "visiting" and left not in _PROGRESSIVE_AUX:
                continue  # "visiting Omani Foreign Minister X": an adjective
            found.append(Trigger(spec, m.start(), m.end(), surface, left, after_official))
        return found
