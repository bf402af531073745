"""Use a dependency parse, where one is given, to keep only syntactically linked participants.

Rules alone pick participants by position in the clause. A trained parser knows more: in
``Nikolai Patrushev, aide to President Putin, met Modi`` the parse hangs *Putin* under the
appositive *aide*, not under *met*. :func:`linked` returns the character ranges of the
tokens that the trigger's clause governs: the trigger's subtree without relative,
adverbial and complement sub-clauses, plus the subjects of the words it hangs from (``is
set to meet``, ``called on X and held talks with Y``, ``a visit, during which he will call
on X``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["has_parse", "linked"]

_CUT = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "expl"})
_CLIMB = frozenset(
    {"xcomp", "conj", "pcomp", "ccomp", "relcl", "advcl", "acl", "dobj", "pobj", "prep"}
)


def has_parse(doc: Doc | None, text: str) -> bool:
    """True when *doc* is a parsed Doc of exactly *text*."""
    return doc is not None and doc.text == text and doc.has_annotation("DEP")


def _collect(token: Token, keep: set[int]) -> None:
    stack = [token]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ not in _CUT:
                stack.append(child)


def linked(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """Character ranges of the tokens linked to the trigger at ``[start, end)``.

    ``None`` when no token of *doc* lies in the trigger span.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    keep: set[int] = set()
    _collect(head, keep)
    node = head
    hops = 0
    while node.dep_ in _CLIMB and node.head is not node and hops < 4:
        node = node.head
        hops += 1
        keep.add(node.i)
        for child in node.children:
            if child.dep_ in _SUBJECTS:
                _collect(child, keep)
    if head.dep_ in {"pobj", "dobj"} or head.pos_ in {"NOUN", "PROPN"}:
        # A noun trigger ("Putin's visit", "the meeting between X and Y"): its own
        # subtree is the whole story; the verb above it adds its subject.
        governor = head.head
        if governor is not head and governor.pos_ in {"VERB", "AUX"}:
            for child in governor.children:
                if child.dep_ in _SUBJECTS:
                    _collect(child, keep)
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(keep)]
