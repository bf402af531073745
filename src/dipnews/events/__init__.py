"""Events and agreements: who met, visited or called whom, when, where, and what they agreed.

:func:`extract` reads an article sentence by sentence and reports

* one :class:`~dipnews.records.Event` per distinct diplomatic contact: ``MEET`` (met, held
  talks, negotiations), ``VISIT`` (visited, arrived in, a trip to), ``CALL`` (spoke by
  phone, a video call) and ``SUMMIT`` (a summit or a session of a forum as a whole), with
  participants, date, place, forum, status, CAMEO code and PLOVER type;
* one :class:`~dipnews.records.Agreement` per statement of what two or more sides signed,
  agreed, reaffirmed or committed to, with parties (country codes), topic and date.

It builds on the other components: officials (:func:`dipnews.officials.resolve`), forums
(:func:`dipnews.forums.find`) and dates (:func:`dipnews.temporal.find`). Pass their
results when you have them; they are computed otherwise.

>>> import datetime as dt
>>> from dipnews.events import extract
>>> from dipnews.records import Official
>>> text = "Indian PM Narendra Modi will meet Russian President Vladimir Putin in Moscow."
>>> officials = [
...     Official("Narendra Modi", "Indian PM Narendra Modi", "IND", "HEAD_OF_GOVERNMENT",
...              "Prime Minister", 0, 23),
...     Official("Vladimir Putin", "Russian President Vladimir Putin", "RUS", "HEAD_OF_STATE",
...              "President", 34, 66),
... ]
>>> (event,) = extract(text, officials=officials, forums=[]).events
>>> event.kind, event.participants, event.place, event.status, event.cameo, event.plover
('MEET', ('Narendra Modi', 'Vladimir Putin'), 'Moscow', 'planned', '036', 'AGREE')

Precision first
---------------
Event coders are known for inventing events, so every field comes from the sentence that
reports the contact, bounded by its clause (a ``, where``/``, which``/``while`` clause or
a semicolon starts a new one); the only context used across sentences is:

* collective phrases (``the two ministers``, ``both leaders``, ``they``, ``their
  meeting``) stand for the sides of the latest meeting or call of the last four
  sentences, else for the two most recent distinct officials of the last eight;
  ``he``/``she`` for the first official of the sentence (or of the one before);
* a ``where`` clause borrows date, place and forum from the clause it hangs on (``met at
  the SCO Summit in Tianjin, where they discussed...``);
* ``during the visit`` borrows the date of a visit reported in the previous two sentences;
  a meeting a visit is for (``will travel to Washington to meet X``, ``...for talks with
  X``) takes the visitor and the visit's date.

A contact needs a contact word (see ``data/event_triggers.json``) and, for ``MEET`` and
``CALL``, two distinct participants; a ``VISIT`` needs a visitor and a destination in a
known foreign country; a ``SUMMIT`` needs a forum meeting (a body such as ``SUMMIT`` or
``FMM``) with a cue that the text reports the meeting itself (``scheduled for``, ``to be
held``, ``co-chair``, ``for the``...). Negated, cancelled and merely offered contacts
(``did not meet``, ``postponed``, ``ready to host talks``) are dropped, and so are those
whose status no cue decides.

Participants
------------
Canonical official names (``Official.name``), in order of mention, the subject first;
where no official is named, country codes (``India and Russia held talks``). ``X met A and
B`` and ``X with his counterparts from A, B and C`` give one event per counterpart
(``X hosted A and B`` is one joint meeting). A
``VISIT`` lists the visitor(s) first and then the host country's code (``("Vladimir
Putin", "IND")``); a bilateral ``SUMMIT`` lists the two countries of its mechanism (a
multilateral one has no participants: its forum says who meets).

Status
------
From the trigger's tense and modality: ``will``/``is set to``/``is expected to``/
``scheduled``/``planned``/``upcoming``/``ahead of`` give ``planned``; a past verb
(``met``, ``held``, ``visited``) or ``last``/``recent``/``previous`` give ``held``;
``is in Moscow``, ``is currently``, ``is visiting`` give ``ongoing``; with no cue, a date
after ``published`` gives ``planned`` and one before it ``held``; else ``unknown``. When
the status contradicts the year the date resolved to (a planned meeting ``in December``
resolved to last December), the date is re-resolved with the status's tense by
:func:`dipnews.temporal.resolve`.

Codes
-----
From ``data/event_codes.json`` (CAMEO 1.1b3, PLOVER): a planned contact is an intention,
CAMEO ``036``, PLOVER ``AGREE``; a contact that happened is PLOVER ``CONSULT``: ``040``
for a meeting, ``044`` when it took place in a country that is neither side's, ``046``
for negotiations, ``041`` for a call, ``042`` for a visit (the record is the visitor's
side; ``043`` is the host's reading of the same record). Signing is ``057`` (PLOVER
``SUPPORT``); agreeing, reaffirming and committing are ``030`` (``0311`` economic,
``0312`` military, ``032`` diplomatic where the topic says so), PLOVER ``AGREE``.

Duplicates
----------
The same contact reported twice is one event: two reports merge when kind and sides agree
(the same participants, or countries standing for the officials of the other report) and
date, place, forum and status do not contradict each other (within one sentence the
status may differ); the first report is the evidence (``surface``, offsets), later ones
fill in fields the first left empty and narrow its date where they are more precise.

Agreements
----------
``SIGN`` (signed/inked an agreement, MoU, treaty...), ``AGREE`` (agreed to/on, reached
consensus), ``REAFFIRM`` (reaffirmed, reiterated, underscored, emphasised commitment),
``COMMIT`` (pledged, committed to, decided to, vowed). Parties are country codes: of the
officials in the subject, of countries named there, or the pair behind ``both sides``/
``the two countries``/``they``. One side's statement (``India reaffirmed its
commitment``, ``India has urged Russia to...``) is not an agreement: two parties are
required. Future and negated statements (``are expected to sign``) are not agreements
yet.

A parsed :class:`spacy.tokens.Doc` (``doc=``) of the same text narrows participants to
those the trigger's clause governs syntactically; rules alone work on any text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import attrs
import regex

from dipnews import countries as _countries
from dipnews import temporal as _temporal
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._engine import Grammar
from dipnews._text import check_date, check_text
from dipnews.events import segment, syntax
from dipnews.events.casefold import FoldedPattern, folded
from dipnews.events.lexicon import TriggerSpec, codes, lexicon
from dipnews.events.lexicon import words as _words
from dipnews.records import (
    Agreement,
    Dateline,
    DateSpan,
    Event,
    Forum,
    ForumMention,
    Official,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Extraction", "extract"]

Status = Literal["held", "planned", "ongoing", "unknown"]


@attrs.frozen
class Extraction:
    """The events and agreements found in one text."""

    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()


# --------------------------------------------------------------------------------------
# Patterns (compiled once).
# --------------------------------------------------------------------------------------

_F = regex.IGNORECASE | regex.VERSION1

#: How far (in characters) a rule looks around a trigger, whatever the clause's length:
#: keeps the work per trigger bounded, so run-on "sentences" stay linear.
_REACH = 400
#: How many earlier contacts a collective phrase or "during the visit" may look back on.
_RECENT = 12

_METADATA = regex.compile(r"\A\s*+date\s++\d{4}-\d{2}-\d{2}\s*+")
_COLLECTIVE = regex.compile(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:the\s+)?|the\s+)(?:ministers|leaders|sides|officials|"
    r"diplomats|counterparts|presidents|premiers|prime\s+ministers|foreign\s+ministers|"
    r"defen[cs]e\s+ministers|envoys|heads\s+of\s+state|top\s+diplomats|dignitaries)\b|"
    r"\bthe\s+(?:duo|pair)\b|\bthey\b",
    _F,
)
_PARTY_COLLECTIVE = regex.compile(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:the\s+)?|the\s+(?=sides\b))(?:sides|countries|nations|"
    r"governments|states|leaders|ministers|parties|delegations|capitals|neighbours|"
    r"neighbors|partners|presidents|premiers|counterparts|heads\s+of\s+(?:state|government)|"
    r"prime\s+ministers|foreign\s+ministers)\b|\bthe\s+two\b|\bthey\b",
    _F,
)
_PLACE = regex.compile(
    r"\p{Lu}[\p{L}’'.-]{1,30}+(?:[ \n](?:(?:de|da|do|del|dos|al|el|es|la|le|sur|am|an)[ \n])?"
    r"\p{Lu}[\p{L}’'.-]{1,30}+){0,3}"
)
_TOKEN = regex.compile(r"\S++")
_PLACE_PREP = FoldedPattern(r"\b(?:in|at)\s++(?:the\s++)?(?=\p{Lu})", _F)
_COLLECTIVE_GROUP = regex.compile(
    r"\b(?:the\s+)?(?:two|both)\s+(?:heads\s+of\s+state|presidents|leaders|ministers|sides)\b", _F
)
_HERE = regex.compile(r"\bhere\b(?![’']s)", _F)
_PREDICATE_GAP = regex.compile(
    r"^(?:[’']s?)?\s*+(?:(?!(?:at|in|on|during|for|with|after|before|from|to|by|of|and|or|but|"
    r"met|held|said|agreed|signed|will|would|is|are|was|were)\s)[\p{L}\d-]{1,20}+\s++){0,3}$",
    regex.IGNORECASE,
)
_CHAIN_GAP = regex.compile(r"^\s*+(?:[-–/]|and|&)\s*+$")
_TITLE_RUN = regex.compile(r"(?:(?:\p{Lu}[\p{L}.’'-]{0,30}+|of|the|and|for)\s++){0,12}")
_LIST_SEP = regex.compile(
    r"\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s*+|as\s+well\s+as\s++|along\s+with\s++)?(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
_OBJECT_LEAD = regex.compile(
    r"\s*+(?:(?:separately|also|later|briefly|jointly|again|here|today|yesterday|"
    r"(?:on\s++)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s++){0,3}"
    r"(?:with\s++|between\s++|among\s++|involving\s++|by\s++)?(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
_NOUN_LEAD = regex.compile(
    r"\s*+(?:(?:(?:on\s++)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\s++)?"
    r"(?:in\s++\p{Lu}[\p{L}-]{1,25}+(?:\s++\p{Lu}[\p{L}-]{1,25}+)?\s++)?"
    r"(?:with|between|among|involving|of|from)\s++(?:the\s++)?"
    r"(?:(?:visiting|fellow|outgoing|incoming|new|former|then)\s++)?"
    r"(?:(?:his|her|their|its)\s++(?:[\p{L}-]{2,20}+\s++){0,3}?counterparts?,?\s++)?"
)
_COUNTERPARTS = regex.compile(
    r"\s*+(?:with\s++)?(?:his|her|their|its)\s++(?P<adjs>(?:[\p{Lu}][\p{L}-]{1,25}+"
    r"(?:,\s*+|\s++and\s++|\s++)){0,8}?)counterparts?(?:\s++(?:from|of)\s++"
    r"(?P<list>[^.;:]{1,200}+))?",
)
_WORD_BEFORE = Grammar(r"([\p{L}]{1,20}+)[\s,]*+$")  # for both engines (see _engine)
_EXCLUDED_DATE_PREP = FoldedPattern(
    r"\b(?:since|until|till|before|after|by|following|through|ahead\s+of)\s++(?:the\s++)?$|"
    r"\b(?:said|says|told\s++\p{L}++|announced|reported|stated|added|confirmed|"
    r"said\s+in\s+a\s+statement)\s++(?:on\s++|late\s++|early\s++)?$",
    _F,
)
_FORUM_CUE = FoldedPattern(
    r"(?:\b(?:sidelines?|margins?)\s++of|\b(?:during|at|in|on\s+the\s+eve\s+of))\s++"
    r"(?:the\s++)?(?:[\p{L}\d-]{1,20}+\s++){0,2}$",
    _F,
)
_SUMMIT_BEFORE = FoldedPattern(
    r"\b(?:for|attend(?:ed|s|ing)?|host(?:ed|s|ing)?|co-?chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|"
    r"address(?:ed|es|ing)?|participat(?:ed|es|e|ing)\s+in|t(?:ook|ake|akes|aking)\s+part\s+in|"
    r"opened|convened|inaugurated|upcoming|forthcoming|impending|scheduled|planned|next|"
    r"proposed|recent|recently\s+concluded|last|after|before|ahead\s+of|following|"
    r"preparations?\s+for|on\s+the\s+eve\s+of)\s++(?:the\s++)?(?:[\p{L}\d-]{1,20}+\s++){0,3}$",
    _F,
)
_SUMMIT_AFTER = regex.compile(
    # (matched at the forum's end: no ``^``, which would only match at the text's start)
    r"(?:\s++(?:meeting|session|summit|talks|conference))?(?:\s*+\(\p{Lu}[\p{L}\d-]{1,15}+\))?"
    r",?\s++(?:is\s++|was\s++|were\s++|will\s++be\s++|are\s++)?"
    r"(?:scheduled|to\s+be\s+held|be\s+held|held|set\s+to|slated|took\s+place|take\s+place|"
    r"begins|began|opened|opens|concluded|ended|being\s+held|under\s*way|kicked\s+off|kicks\s+off|"
    r"hosted|convened|convenes|to\s+convene|due)\b",
    _F,
)
_WHERE_START = regex.compile(r",?\s*+where\b", _F)
_DURING_VISIT = regex.compile(r"\bduring\s+(?:the|that|this|his|her|their)\s+visit\b", _F)
_POSSESSIVE_PRONOUN = regex.compile(r"\b(?P<p>his|her|their)\s++(?:[\p{L}\d-]{1,20}+\s++){0,3}$")
_SENTENCE_THEY = regex.compile(r"\W*+their\b", _F)
_TOPIC_CUT = regex.compile(
    r",\s*+(?:with|while|which|where|who|as|amid|adding|saying|noting|even|but|according|"
    r"and\s+(?:said|added|called|urged|stressed))\b|;|\s[—–]\s|\s--\s|\bwhile\b|\bamid\b",
    _F,
)
_TOPIC_LEAD = regex.compile(
    r"\A(?:(?:to|on|upon|that|in|their|its|his|her|our|the|a|an|both|also|further|once\s+again|"
    r"again|firmly|strongly)\s++)+",
    _F,
)
_ACRONYM = regex.compile(r"\A\p{Lu}{2,}\Z")
_ARRIVAL = regex.compile(r"(?:arriv|land|left|leav|depart|emplan|reach)", _F)
_PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "am", "currently", "now"})
_RELATIVE_START = regex.compile(r",\s*+(?:who|which)\b", _F)
_FOR_BEFORE = regex.compile(r"\bfor\s++(?:[\p{Ll}-]{2,20}+\s++){0,2}$", _F)
# "is expected to meet", "is due to hold talks": an infinitive of its own predicate, which
# cannot be the purpose of a visit already made.
_FUTURE_TO = regex.compile(
    r"\b(?:expected|scheduled|due|set|slated|likely|poised|planning|plans?|intends?|hopes?"
    r"|hoping|going)\s++to\s++$",
    _F,
)
_AND_PLACE = regex.compile(r"\s*+(?:,\s*+(?:and\s++)?|and\s++)(?=\p{Lu})")
_AFTER_CUE = regex.compile(r"(?:ahead|before|after|following|preparations?|on\s+the\s+eve)\b", _F)
_HOSTING = regex.compile(r"(?:host|receiv|welcom)", _F)
_HE_SHE = regex.compile(r"\b(?:he|she)\b", _F)
_AND_BEFORE = regex.compile(r"\band\s++$", _F)
_TENSE_STATUS: dict[str, Status] = {"past": "held", "future": "planned", "present": "ongoing"}
# Words one of which every match of a status pattern (event_triggers.json, "status")
# holds, in its folded form: where the folded window holds none, the pattern is not run.
# (tests/test_events_status_words.py checks each against the pattern.)
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "negated": ("no", "n't", "never", "failed", "refused", "declined", "without"),
    "offered": ("ready", "willing", "prepared", "offer", "propose"),
    "cancelled": ("cancel", "postpone", "called", "scrapped", "deferred", "put", "rejected"),
    "held_after": (
        "held", "took", "hosted", "opened", "began", "concluded", "ended", "kicked", "got",
        "wrapped",
    ),
    "ongoing_after": ("being", "under", "taking", "going"),
    "ongoing_near": ("currently", "presently", "right"),
}  # fmt: skip
# (one literal alternation each, which the standard library finds in a window quickly)
_STATUS_GATES = {k: re.compile("|".join(map(re.escape, v))) for k, v in _STATUS_WORDS.items()}
_CALL_FRAME = regex.compile(
    r"\b(?:in|during|over|via|through|by)\s++(?:an?\s++|the\s++|their\s++)?"
    r"(?:[\p{L}-]{2,20}+\s++){0,2}$",
    _F,
)
_NOUN_GOVERNOR = FoldedPattern(
    r"\b(?:concluded|began|begun|opened|wrapped\s+up|resumed|started|continued|completed|"
    r"held|had|attended|joined|led|during|at|after|following|in|received)\s++"
    r"(?:[\p{Ll}\d\"“”‘’'-]{1,20}+\s++){0,5}$",
    _F,
)
_COUNTRY_GROUP = regex.compile(
    r"\b(?:ministers|leaders|officials|delegations|envoys|negotiators|diplomats|presidents|"
    r"premiers|heads\s+of\s+(?:state|government))\s++(?:of|from)\s++(?P<list>[^.;:]{3,120}+)|"
    r"(?P<adjs>\p{Lu}[\p{L}.-]{1,25}+(?:\s*+,\s*+\p{Lu}[\p{L}.-]{1,25}+){0,6}(?:\s*+,)?\s++and\s++"
    r"\p{Lu}[\p{L}.-]{1,25}+)\s++(?:delegations|officials|negotiators|diplomats|ministers|"
    r"leaders|teams|sides)\b",
)
_THE = regex.compile(r"\s*+(?:the\s++)?", _F)
_THE0 = regex.compile(r"(?:the\s++)?", _F)
_COMMA_COUNTRY = regex.compile(r",\s*+(\p{Lu}[\p{L} ]{2,30}+)")
_WITH_BETWEEN = regex.compile(r"\s*+(?:with|between)\s++", _F)
# "signed an MoU with Japan", "agreed with Russia": a party right after the trigger.
_WITH_AFTER = regex.compile(r"(?:\s++[\p{L}-]{1,20}+){0,4}?\s++with\s++", _F)
# "agreements were signed between India and Japan", "...signed by X and Y".
_SUBJECT_GAP = regex.compile(
    r"[\s,]*+(?:(?:also|have|has|had|jointly|both|all|then|later|further|once|again|today|"
    r"yesterday|separately|formally|officially|on\s++\p{Lu}\p{Ll}++|who|in\s++\p{Lu}\p{L}++)"
    r"[\s,]++){0,4}$",
    _F,
)
_LIST_GAP = regex.compile(r"\s*+(?:,\s*+)?(?:and\s++|&\s*+)?")
_NEAR_INFINITIVE = regex.compile(
    r"(?:[’']s)?\s*+(?:,[^,]{0,60}+,\s*+)?(?:(?:is|are|was|were|will|would|has|have|had|be|"
    r"been|also|now|set|expected|scheduled|due|slated|likely|poised|planning|plans?|planned|"
    r"hoping|hopes?|intends?|wants?|wanted|going|preparing|agreed|decided|invited|asked|"
    r"ready|able|about|keen|eager|not|yet|soon|later|again|then)\s++){0,5}to\s++$",
    _F,
)
# "with the two sides pledging to...": a participle with its own subject.
_WITH_SUBJECT = regex.compile(r"\bwith\s++(?:[\p{L}.’'-]{1,25}+\s++){1,5}$", _F)
_ADJECTIVAL = regex.compile(r"\b(?:their|its|his|her|our|the|an?|mutually|jointly)\s++$", _F)
_PARTICIPLE = regex.compile(r"\s++(?:under|upon|by)\b", _F)
_BETWEEN_LEAD = regex.compile(r"\s*+between\s++", _F)
_PASSIVE = regex.compile(r"\b(?:was|were|been|being|be)\s++$", _F)
_BETWEEN_AFTER = regex.compile(r"\s++(?:between|by)\s++", _F)
_SEGMENT = regex.compile(r"[^,;.]{1,80}+")
_OF_BY = regex.compile(r"\s*+(?:of|by)\s++", _F)
_TO = regex.compile(r"\s*+(?:to\s++)?", _F)
_HERE_AT = regex.compile(r"\s*+here\b", _F)
# "on a visit to the country", "arrived in the capital", "in the Kingdom": a destination
# named by what it is, not by its name (see _anaphor_host).
_HOST_NOUN = regex.compile(
    r"\s*+the\s++(?P<noun>country|capital|kingdom|emirate|sultanate|island\s++nation)\b", _F
)
# How far back the country such a noun refers to may be named.
_ANAPHOR_REACH = 600
_SPLIT_WORDS = regex.compile(r",\s*+|\s++and\s++|\s++")
_SPLIT_LIST = regex.compile(r",\s*+(?:and\s++)?|\s++and\s++")
_WORD = regex.compile(r"[\p{L}’'-]++")
# A place is not a place when a noun of topic governs it ("the situation in Ukraine") or
# when it modifies a noun ("in the India-Russia bilateral agenda").

# --------------------------------------------------------------------------------------
# Working records.
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Trigger:
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
            return "base" if self.left in _words("verb_left") or self.after_official else "noun"
        if first in _words("past_irregular") or first.endswith("ed"):
            return "past"
        if first.endswith("ing"):
            return "ing"
        return "base"


@attrs.define
class _Draft:
    kind: str
    participants: tuple[str, ...]
    date: DateSpan | None
    place: str | None
    forum: Forum | None
    status: Status
    code: str | None
    start: int
    end: int
    countries: tuple[str, ...]  # the participants' countries, for the third-location test


@attrs.frozen
class _Sentence:
    index: int
    start: int
    end: int


class _Context:
    """Everything the rules consult about one article, indexed once."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        officials: Sequence[Official],
        forums: Sequence[ForumMention],
        times: Sequence[TimeExpression],
        dateline: Dateline | None,
        doc: Doc | None,
    ) -> None:
        self.text = text
        self.low = folded(text)  # the case-folded copy fast patterns run on, where exact
        self.published = published
        self.officials = sorted(officials, key=lambda o: (o.start, o.end))
        self.official_starts = [o.start for o in self.officials]
        self.forums = sorted(forums, key=lambda f: f.start)
        self.times = sorted(times, key=lambda t: t.start)
        self.dateline = dateline
        self.doc = doc if syntax.has_parse(doc, text) else None
        body = 0
        if dateline is not None and dateline.end <= len(text):
            body = dateline.end
        meta = _METADATA.match(text)
        if meta is not None and meta.end() > body and dateline is None:
            body = meta.end()
        self.body = body
        self.sentences = [_Sentence(i, s, e) for i, (s, e) in enumerate(segment.sentences(text, 0))]
        for i, s in enumerate(self.sentences):
            if s.start < body < s.end:
                self.sentences[i] = _Sentence(s.index, _skip_space(text, body), s.end)
        self.sentences = [s for s in self.sentences if s.end > body and s.start < s.end]
        self.sentence_indices = [s.index for s in self.sentences]
        self.forum_starts = [f.start for f in self.forums]
        self.time_starts = [t.start for t in self.times]
        self.country_by_name = {o.name: o.country for o in self.officials}
        self.pair = _article_pair(self.officials)
        self.place_codes: dict[str, str] = {}  # places seen with their country
        self.drafts: list[_Draft] = []  # contacts found so far, in text order
        self._draft_starts: list[int] = []  # the starts of the drafts seen by recent_drafts
        self._drafts_ordered = True  # whether those starts are in order
        # the status patterns, each with the string it runs on (the text or its folded copy)
        self.status = {k: p.for_text(text, self.low) for k, p in lexicon().status.items()}
        self.candidates: list[int] | None = None  # where triggers may start
        self.candidates_found = False
        # patterns searched around every trigger, with the string each runs on
        self.place_prep = _PLACE_PREP.for_text(text, self.low)
        self.word_before = _WORD_BEFORE.on(text)
        self.excluded_date_prep = _EXCLUDED_DATE_PREP.for_text(text, self.low)
        self.forum_cue = _FORUM_CUE.for_text(text, self.low)
        self.summit_before = _SUMMIT_BEFORE.for_text(text, self.low)
        self.noun_governor = _NOUN_GOVERNOR.for_text(text, self.low)
        self._bounds: dict[int, list[int]] = {}
        self._clause_gates: list[int] | None = None  # where clause bounds may start
        self._triggers: dict[int, list[_Trigger]] = {}

    def recent_drafts(self, pos: int, count: int) -> list[_Draft]:
        """The last *count* contacts found so far (in list order) that start at or before
        *pos*: a bisection when the contacts are in text order, as they are found."""
        starts = self._draft_starts
        for draft in self.drafts[len(starts) :]:  # the list only grows
            if starts and draft.start < starts[-1]:
                self._drafts_ordered = False
            starts.append(draft.start)
        if not self._drafts_ordered:
            return [d for d in self.drafts if d.start <= pos][-count:]
        upto = bisect.bisect_right(starts, pos)
        return self.drafts[max(0, upto - count) : upto]

    # -- per-sentence caches -----------------------------------------------------------

    def clause_bounds(self, sent: _Sentence) -> list[int]:
        """Clause starts inside *sent* (:func:`segment.clause_bounds`), computed once."""
        found = self._bounds.get(sent.start)
        if found is None:
            if self._clause_gates is None and self.low is not None:
                self._clause_gates = segment.clause_gates(self.low)
            found = segment.clause_bounds(
                self.text, sent.start, sent.end, self.low, self._clause_gates
            )
            self._bounds[sent.start] = found
        return found

    def triggers(self, sent: _Sentence) -> list[_Trigger]:
        """The contact words of *sent* (:func:`_triggers`), found once."""
        found = self._triggers.get(sent.start)
        if found is None:
            found = _triggers(self, sent)
            self._triggers[sent.start] = found
        return found

    # -- lookups -----------------------------------------------------------------------

    def floor(self, index: int) -> int:
        """Start offset of the first sentence whose index is *index* or more."""
        i = bisect.bisect_left(self.sentence_indices, index)
        return self.sentences[i].start if i < len(self.sentences) else len(self.text)

    def sentence_at(self, index: int) -> _Sentence | None:
        i = bisect.bisect_left(self.sentence_indices, index)
        if i < len(self.sentences) and self.sentences[i].index == index:
            return self.sentences[i]
        return None

    def forums_in(self, lo: int, hi: int) -> list[ForumMention]:
        """Forum mentions starting in ``[lo, hi)`` (whatever their end)."""
        i = bisect.bisect_left(self.forum_starts, lo)
        j = bisect.bisect_left(self.forum_starts, hi)
        return self.forums[i:j]

    def times_in(self, lo: int, hi: int) -> list[TimeExpression]:
        """Time expressions lying inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.time_starts, lo)
        j = bisect.bisect_left(self.time_starts, hi)
        return [t for t in self.times[i:j] if t.end <= hi]

    def in_forum(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a forum mention."""
        i = bisect.bisect_left(self.forum_starts, end)
        return any(f.end > start for f in self.forums[max(0, i - 3) : i])

    def officials_in(self, lo: int, hi: int) -> list[Official]:
        """Official mentions lying inside ``[lo, hi)``, in order."""
        i = bisect.bisect_left(self.official_starts, lo)
        j = bisect.bisect_left(self.official_starts, hi, i)
        return [o for o in self.officials[i:j] if o.end <= hi]

    def official_at(self, pos: int, hi: int) -> Official | None:
        """The official whose mention covers *pos* or starts right there.

        A mention may start before *pos* (``his Japanese counterpart X`` is read past
        ``his ... counterpart`` but the mention starts at ``Japanese``) or after a run of
        title words the resolver left out (``General Secretary ... To Lam``).
        """
        i = bisect.bisect_right(self.official_starts, pos + 1) - 1
        if i >= 0:
            o = self.officials[i]
            if o.end > pos and o.end <= hi:
                return o
        j = bisect.bisect_left(self.official_starts, pos)
        if j < len(self.officials):
            o = self.officials[j]
            if o.end <= hi and _TITLE_RUN.fullmatch(self.text, pos, o.start):
                return o
        return None

    def recent_pair(self, pos: int, sentence: _Sentence) -> list[Official]:
        """The two most recent distinct officials before *pos* within eight sentences."""
        first = max(0, sentence.index - 7)
        floor = self.floor(first)
        chosen: list[Official] = []
        names: set[str] = set()
        i = bisect.bisect_left(self.official_starts, pos) - 1
        while i >= 0 and len(chosen) < 2:
            o = self.officials[i]
            if o.start < floor:
                break
            if o.end <= pos and o.name not in names:
                chosen.append(o)
                names.add(o.name)
            i -= 1
        chosen.reverse()
        return chosen if len(chosen) == 2 else []

    def blocked(self, o: Official, lo: int) -> bool:
        """True when a preposition such as *to* or *of* governs the mention."""
        m = self.word_before.search(self.text, max(lo, o.start - 24), o.start)
        if m is None:
            return False
        word = m.group(1)
        return word.islower() and word in _words("blocking")

    def overlaps_mention(self, start: int, end: int) -> bool:
        for o in self.officials_in(max(0, start - 200), end):
            if o.start < end and start < o.end:
                return True
        return self.in_forum(start, end)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in "-–—:"):
        pos += 1
    return pos


def _article_pair(officials: Sequence[Official]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for o in officials:
        if o.country is not None:
            counts[o.country] = counts.get(o.country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()


# --------------------------------------------------------------------------------------
# Countries and places.
# --------------------------------------------------------------------------------------


def _country_of_place(name: str) -> str | None:
    return (
        _countries.code_for_place(name)
        or _countries.code_for(name)
        or _countries.code_for_city(name)
    )


def _is_calendar_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in MONTHS or w in WEEKDAYS


def _place_at(ctx: _Context, pos: int, hi: int) -> tuple[str, int, int] | None:
    """A capitalised place name starting at *pos* (after spaces and ``the``)."""
    m = _THE.match(ctx.text, pos, hi)
    begin = m.end() if m else pos
    pm = _PLACE.match(ctx.text, begin, hi)
    if pm is None:
        return None
    end = begin
    for w in _TOKEN.finditer(ctx.text, begin, pm.end()):
        if _is_calendar_word(w.group()):
            break
        end = w.end()
    raw = ctx.text[begin:end].rstrip(".’'")
    end = begin + len(raw)
    if not raw or raw.endswith(("’s", "'s")):
        return None
    name = " ".join(raw.split())  # a place broken over a wrapped line reads as one
    if "-" in name and all(part[:1].isupper() for part in name.split("-")):
        return None  # "India-Russia": a modifier, not a place
    if _ACRONYM.match(name) and _countries.code_for(name) is None:
        return None
    institution = any(w.lower() in _words("place_stopwords") for w in name.split())
    if institution and _country_of_place(name) is None:
        return None  # "at the General Agreement on Tariffs and Trade": an institution
    nxt = _WORD.search(ctx.text, end, min(hi, end + 30))
    if (
        nxt is not None
        and ctx.text[end : nxt.start()].strip() == ""
        and nxt.group().lower() in _words("modified_nouns")
    ):
        return None
    if ctx.overlaps_mention(begin, end):
        return None
    return name, begin, end


def _anaphor_host(
    ctx: _Context, at: int, noun: str, visitors: list[Official]
) -> tuple[str, str] | None:
    """The place and country that ``the country``, ``the capital``, ``the Kingdom`` at *at*
    stand for: the last country named in the text just before that is not a visitor's own
    ("will travel to Pakistan ... Lavrov, who last visited the country"), else the
    dateline's ("ABU DHABI (WAM) -- ... X, who is on a working visit to the country")."""
    own = {o.country for o in visitors}
    host: str | None = None
    for code, _start, _end in reversed(_country_spans(ctx, max(ctx.body, at - _ANAPHOR_REACH), at)):
        if code not in own:
            host = code
            break
    dateline = _dateline_host(ctx)
    if host is None or (dateline is not None and host == dateline[1]):
        return dateline
    capital = _countries.capital_of(host) if noun.lower() == "capital" else None
    return capital or _countries.name_of(host), host


def _dateline_host(ctx: _Context) -> tuple[str, str] | None:
    """The place and country of the article's dateline (``NAIROBI, Kenya``: ``Nairobi``,
    ``KEN``), where it has one in a known country."""
    if ctx.dateline is None or not ctx.dateline.place:
        return None
    code = _dateline_country(ctx.dateline.place)
    return None if code is None else (_place_case(ctx.dateline.place.split(",")[0]), code)


def _dateline_country(place: str) -> str | None:
    """The country of a dateline place (``NAIROBI``, ``NAIROBI, Kenya``)."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return None
    return _country_of_place(parts[0]) or _countries.code_for(parts[-1])


def _place_case(place: str) -> str:
    """``NEW DELHI`` (a dateline in capitals) reads ``New Delhi``."""
    return place.title() if place.isupper() else place


def _place_in(ctx: _Context, lo: int, hi: int, after: int) -> str | None:
    """The first place after *after* in ``[lo, hi)`` (else the last before it)."""
    before: str | None = None
    prep, target = ctx.place_prep
    for m in prep.finditer(target, lo, hi):
        if m.start() >= after + 120:
            break
        left = ctx.word_before.search(ctx.text, max(lo, m.start() - 24), m.start())
        if left is not None and left.group(1).lower() in _words("topic_nouns"):
            continue
        found = _place_at(ctx, m.end(), hi)
        if found is None:
            continue
        code = _place_country(ctx, found[0], found[2])
        if code is not None:
            ctx.place_codes.setdefault(found[0], code)
        if m.start() >= after:
            return found[0]
        before = found[0]
    if ctx.dateline is not None and ctx.dateline.place and _HERE.search(ctx.text, lo, hi):
        return _place_case(ctx.dateline.place)
    return before


def _place_country(ctx: _Context, place: str, end_hint: int | None = None) -> str | None:
    code = _country_of_place(place)
    if code is None and end_hint is not None:
        m = _COMMA_COUNTRY.match(ctx.text, end_hint)
        if m is not None:
            code = _countries.code_for(m.group(1).strip())
    return code


def _countries_in(ctx: _Context, lo: int, hi: int) -> list[str]:
    """Country codes of country names standing alone (not ``Russian Foreign Minister``)."""
    return [code for code, _s, _e in _country_spans(ctx, lo, hi)]


def _country_spans(ctx: _Context, lo: int, hi: int) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _PLACE.finditer(ctx.text, lo, hi):
        # The whole capitalised run must be a country: a country word followed by another
        # capitalised word is a modifier ("Russian Foreign Minister"), not a party.
        name = " ".join(m.group().split())
        for suffix in ("’s", "'s"):
            name = name.removesuffix(suffix)
        code = _countries.code_for(name)
        if code is not None and not ctx.overlaps_mention(m.start(), m.end()):
            found.append((code, m.start(), m.end()))
    return found


def _country_subject(ctx: _Context, lo: int, hi: int) -> list[str]:
    """Countries forming the whole subject before a verb (``India and Russia have``)."""
    spans = _country_spans(ctx, lo, hi)
    if not spans:
        return []
    rest = ctx.text[lo:hi]
    for _code, s, e in reversed(spans):
        rest = rest[: s - lo] + " " + rest[e - lo :]
    for t in ctx.times_in(lo, hi):
        rest = rest.replace(t.surface, " ")
    words = [w.lower() for w in _WORD.findall(rest)]
    if all(w in _words("subject_filler") for w in words):
        return list(dict.fromkeys(code for code, _s, _e in spans))
    return []


# --------------------------------------------------------------------------------------
# Dates, forums, status.
# --------------------------------------------------------------------------------------


def _date_in(ctx: _Context, lo: int, hi: int, start: int, end: int) -> TimeExpression | None:
    best: tuple[int, int, TimeExpression] | None = None
    excluded, target = ctx.excluded_date_prep
    cue, cue_target = ctx.forum_cue
    for t in ctx.times_in(lo, hi):
        if excluded.search(target, max(lo, t.start - 16), t.start):
            continue
        if ctx.in_forum(t.start, t.end):
            continue
        if t.start >= end and any(
            f.end <= t.start and not cue.search(cue_target, max(lo, f.start - 48), f.start)
            for f in ctx.forums_in(end, t.start)
        ):
            continue  # "...for the SCO meeting scheduled for November 18": the forum's date
        if ctx.dateline is not None and t.start < ctx.dateline.end:
            continue
        distance = max(t.start - end if t.start >= end else start - t.end, 0)
        if t.span is not None and t.span.precision == "year":
            distance += 60  # "this year", "in 2025": rarely the contact's own date
        key = (distance, 0 if t.start >= end else 1, t)
        if best is None or key[:2] < best[:2]:
            best = key
    return None if best is None else best[2]


def _forum_in(ctx: _Context, lo: int, hi: int) -> ForumMention | None:
    for f in ctx.forums_in(lo, hi):
        if f.end > hi:
            continue
        cue, target = ctx.forum_cue
        if cue.search(target, max(lo, f.start - 48), f.start):
            return f
    return None


def _may_hold(target: str, low: str | None, key: str, lo: int, hi: int) -> bool:
    """False when ``target[lo:hi]``, the folded text, holds none of the words every match
    of status pattern *key* holds (:data:`_STATUS_WORDS`): the pattern cannot match."""
    if target is not low:
        return True  # the case-insensitive pattern on the text as given
    return _STATUS_GATES[key].search(target, lo, hi) is not None


def _status(
    ctx: _Context,
    trig: _Trigger,
    lo: int,
    hi: int,
    date: DateSpan | None,
    inherit: Status | None = None,
) -> Status | None:
    """Status from tense and modality; ``None`` for a negated or cancelled contact."""
    st = ctx.status
    text = ctx.text
    start = trig.start
    low = ctx.low
    pattern, target = st["negated"]
    if _may_hold(target, low, "negated", max(lo, start - 30), start) and pattern.search(
        target, max(lo, start - 30), start
    ):
        return None
    pattern, target = st["offered"]
    if _may_hold(target, low, "offered", max(lo, start - 60), start) and pattern.search(
        target, max(lo, start - 60), start
    ):
        return None  # "ready to host another round of talks": an offer, not a contact
    pattern, target = st["cancelled"]
    if _may_hold(target, low, "cancelled", lo, hi) and pattern.search(target, lo, hi):
        return None
    form = trig.form
    pattern, target = st["planned_before"]
    if pattern.search(target, max(lo, start - 40), start):
        return "planned"
    if form == "ing" or trig.text.lower().startswith("on "):
        pattern, target = st["ongoing_before"]
        if pattern.search(target, max(lo, start - 30), start):
            return "ongoing"
    if trig.spec.subject_only:
        return "ongoing"
    if form == "past":
        if _ARRIVAL.match(trig.text) and ctx.published is not None:
            # Wire copy on an arrival reports a visit under way ("arrived in Hanoi on
            # Monday for a state visit"), unless the arrival was days ago.
            recent = date is None or date.end >= ctx.published - dt.timedelta(days=2)
            return "ongoing" if recent else "held"
        return "held"
    if form in {"noun", "base"}:
        premod_lo = max(lo, start - 40)
        pattern, target = st["planned_premodifier"]
        tail = " ".join(target[premod_lo:start].split()[-3:])
        if pattern.search(tail):
            return "planned"
        pattern, target = st["held_premodifier"]
        tail = " ".join(target[premod_lo:start].split()[-3:])
        if pattern.search(tail):
            return "held"
    pattern, target = st["planned_near"]
    if pattern.search(target, max(lo, start - 60), start):
        return "planned"
    # (these patterns start with ``^``: they run on the text after the trigger)
    pattern, target = st["planned_after"]
    if pattern.search(target[trig.end : hi]):
        return "planned"
    pattern, target = st["held_after"]
    if _may_hold(target, low, "held_after", trig.end, hi) and pattern.search(target[trig.end : hi]):
        return "held"
    pattern, target = st["ongoing_after"]
    if _may_hold(target, low, "ongoing_after", trig.end, hi) and pattern.search(
        target[trig.end : hi]
    ):
        return "ongoing"
    pattern, target = st["ongoing_near"]
    if _may_hold(target, low, "ongoing_near", lo, hi) and pattern.search(target, lo, hi):
        return "ongoing"
    if inherit is not None and _AND_BEFORE.search(text, max(lo, trig.start - 8), trig.start):
        return inherit  # "will call on X and hold talks with Y"
    if date is not None and ctx.published is not None:
        if date.start > ctx.published:
            return "planned"
        if date.end < ctx.published:
            return "held"
    tense = _temporal._tense_at(text, trig.start, trig.end)  # text checked by extract()
    return _TENSE_STATUS.get(tense, "unknown") if tense is not None else "unknown"


def _fix_date(ctx: _Context, expr: TimeExpression | None, status: Status) -> DateSpan | None:
    """The expression's span, re-resolved with the status's tense where they disagree."""
    if expr is None:
        return None
    span = expr.span
    if span is None or ctx.published is None:
        return span
    tense: _temporal.Tense | None = None
    if status == "planned" and span.end < ctx.published:
        tense = "future"
    elif status == "held" and span.start > ctx.published:
        tense = "past"
    if tense is None:
        return span
    again = _temporal.resolve(expr.surface, ctx.published, tense=tense)
    return again if again is not None else span


# --------------------------------------------------------------------------------------
# Participants.
# --------------------------------------------------------------------------------------


def _walk_list(ctx: _Context, pos: int, hi: int, lead: regex.Pattern[str]) -> list[Official]:
    """Officials listed from *pos* on (``X, Y and Z``), after an optional lead phrase."""
    found: list[Official] = []
    m = lead.match(ctx.text, pos, hi)
    cursor = m.end() if m else pos
    while cursor < hi:
        o = ctx.official_at(cursor, hi)
        if o is None:
            break
        found.append(o)
        sep = _LIST_SEP.match(ctx.text, o.end, hi)
        if sep is None or sep.end() == o.end:
            break
        cursor = sep.end()
    return found


def _counterpart_codes(ctx: _Context, pos: int, hi: int) -> list[str]:
    m = _COUNTERPARTS.match(ctx.text, pos, hi)
    if m is None:
        return []
    found: list[str] = []
    for word in _SPLIT_WORDS.split(m.group("adjs") or ""):
        if word:
            code = _countries.code_for(word)
            if code is not None:
                found.append(code)
    listed = m.group("list")
    if listed:
        for part in _SPLIT_LIST.split(listed):
            name = part.strip()
            code = _countries.code_for(name) if name else None
            if code is None:
                break
            found.append(code)
    return list(dict.fromkeys(found))


def _key(o: Official) -> str:
    return o.name


# --------------------------------------------------------------------------------------
# Contacts.
# --------------------------------------------------------------------------------------


def _triggers(ctx: _Context, sent: _Sentence) -> list[_Trigger]:
    lex = lexicon()
    found: list[_Trigger] = []
    text = ctx.text
    if ctx.low is not None and lex.event_scanner is not None:
        if not ctx.candidates_found:
            ctx.candidates = lex.event_scanner.starts(ctx.low)
            ctx.candidates_found = True
        matches = lex.event_scanner.finditer_at(ctx.low, sent.start, sent.end, ctx.candidates)
    else:
        matches = lex.events.finditer(text, ctx.low, sent.start, sent.end)
    for m in matches:
        group = m.lastgroup
        if group is None:
            continue
        if ctx.in_forum(m.start(), m.end()):
            continue  # "Meeting" in "SCO Defence Ministers' Meeting" names a forum
        left_m = ctx.word_before.search(ctx.text, max(sent.start, m.start() - 24), m.start())
        left = left_m.group(1).lower() if left_m else ""
        before = ctx.officials_in(max(sent.start, m.start() - 300), m.start())
        after_official = bool(before) and ctx.text[before[-1].end : m.start()].strip() == ""
        spec = lex.event_specs[group]
        surface = text[m.start() : m.end()]
        if surface.lower() == "visiting" and left not in _PROGRESSIVE_AUX:
            continue  # "visiting Omani Foreign Minister X": an adjective
        found.append(_Trigger(spec, m.start(), m.end(), surface, left, after_official))
    return found


def _clause_start(bounds: list[int], sent: _Sentence, pos: int) -> int:
    i = bisect.bisect_right(bounds, pos - 1) - 1
    return bounds[i] if i >= 0 else sent.start


def _clause_end(bounds: list[int], sent: _Sentence, pos: int) -> int:
    i = bisect.bisect_right(bounds, pos)
    return bounds[i] if i < len(bounds) else sent.end


def _linked_filter(ctx: _Context, trig: _Trigger, people: list[Official]) -> list[Official]:
    if ctx.doc is None or not people:
        return people
    ranges = syntax.linked(ctx.doc, trig.start, trig.end)
    if ranges is None:
        return people
    return [o for o in people if any(s < o.end and o.start < e for s, e in ranges)]


def _contacts(ctx: _Context) -> list[_Draft]:
    for sent in ctx.sentences:
        ctx.drafts.extend(_contacts_in(ctx, sent, ctx.drafts))
    return list(ctx.drafts)


def _contacts_in(ctx: _Context, sent: _Sentence, previous: list[_Draft]) -> list[_Draft]:
    text = ctx.text
    triggers = ctx.triggers(sent)
    bounds = ctx.clause_bounds(sent)
    used_objects: set[int] = set()
    out: list[_Draft] = []
    earlier_trigger = False
    absorbed: set[int] = set()
    last_status: Status | None = None
    productive_end = -1  # end of the last trigger that gave an event
    for k, trig in enumerate(triggers):
        if k in absorbed:
            continue
        lo = max(_clause_start(bounds, sent, trig.start), trig.start - _REACH)
        clause_hi = min(_clause_end(bounds, sent, trig.end), trig.end + _REACH)
        hi = min(clause_hi, triggers[k + 1].start if k + 1 < len(triggers) else sent.end)
        spec = trig.spec
        nxt = triggers[k + 1] if k + 1 < len(triggers) else None
        if (
            spec.kind == "MEET"
            and trig.form != "noun"
            and nxt is not None
            and nxt.spec.kind == "CALL"
            and nxt.spec.noun
            and nxt.start < clause_hi
            and _CALL_FRAME.search(text, max(trig.end, nxt.start - 40), nxt.start)
        ):
            # "discussed the peace process in a phone call": one call, not a meeting.
            spec = TriggerSpec(kind="CALL", code="CALL")
            absorbed.add(k + 1)
            after_next = triggers[k + 2].start if k + 2 < len(triggers) else sent.end
            hi = min(clause_hi, after_next)
        infinitive = text[max(lo, trig.start - 4) : trig.start].lower().endswith("to ")
        visit = next((d for d in reversed(out[-_RECENT:]) if d.kind == "VISIT"), None)
        purpose = (infinitive and trig.form == "base") or (
            trig.form == "noun" and _FOR_BEFORE.search(text, max(lo, trig.start - 40), trig.start)
        )
        if (
            visit is not None
            and visit.status == "held"
            and purpose
            and _FUTURE_TO.search(text, max(lo, trig.start - 40), trig.start)
        ):
            # "X, who last visited Kyiv in 2023, is expected to meet Y": a contact of its
            # own, not the purpose of that visit nor of an earlier contact.
            visit = None
            infinitive = False
        if visit is not None and spec.kind in {"MEET", "CALL"} and purpose:
            # "will travel to Washington to meet X", "...for talks with X": the meeting
            # the visit is for, with the visitor, at the visit's date.
            out.extend(_purpose_meetings(ctx, trig, hi, visit, spec))
            continue
        if earlier_trigger and infinitive and trig.form == "base":
            continue  # purpose of an earlier contact: "met X to discuss..."
        recent = previous[-_RECENT:] + out[-_RECENT:]
        found = _participants(ctx, sent, trig, lo, hi, used_objects, recent)
        if found is None:
            continue
        people, extra, objects_per_event, destination = found
        earlier_trigger = True
        # Date, place and forum before the trigger belong to an earlier trigger of the same
        # clause where there is one ("met X in Moscow ... since their last meeting").
        wlo = max(lo, trig.start) if productive_end > lo else lo
        expr = _date_in(ctx, wlo, hi, trig.start, trig.end)
        forum_mention = _forum_in(ctx, wlo, hi)
        place = None
        if spec.kind != "VISIT":
            place = _place_in(ctx, wlo, hi, trig.end)
        # "..., where they discussed": borrow from the clause it hangs on.
        if _WHERE_START.match(text, lo, hi) and lo > sent.start:
            prev_lo = _clause_start(bounds, sent, lo - 1)
            # ...from the last contact word of that clause on ("arrived in Washington on
            # Sunday after a visit to Tokyo, where he met X": not Sunday).
            for earlier in triggers[:k]:
                if prev_lo <= earlier.start < lo and not earlier.spec.strict:
                    prev_lo = earlier.start
            if expr is None:
                expr = _date_in(ctx, prev_lo, lo, lo, lo)
            if forum_mention is None:
                forum_mention = _forum_in(ctx, prev_lo, lo)
            if place is None and spec.kind != "VISIT":
                place = _place_in(ctx, prev_lo, lo, prev_lo)
        status = _status(ctx, trig, lo, hi, expr.span if expr else None, last_status)
        if status is None:
            continue
        last_status = status
        date = _fix_date(ctx, expr, status)
        forum = forum_mention.forum if forum_mention else None
        if date is None and _DURING_VISIT.search(text, lo, hi):
            date = _recent_visit_date(ctx, sent, recent)
        if (
            date is None
            and out
            and out[-1].date is not None
            and _AND_BEFORE.search(text, max(lo, trig.start - 8), trig.start)
        ):
            date = out[-1].date  # "arrived in Tehran on Thursday ... and met X"
        if place is None and forum is not None and forum.place:
            place = forum.place
        if spec.kind == "VISIT" and destination is not None:
            place = destination
        if (
            not people
            and not objects_per_event
            and trig.form == "noun"
            and spec.kind in {"MEET", "CALL"}
            and trig.left in {"the", "that", "this", "their"}
            and date is not None
        ):
            # "The meeting on Thursday took place...": the date of the contact just
            # reported without one.
            undated = _recent_undated(ctx, sent, recent + out, spec.kind)
            if undated is not None:
                undated.date = date
            continue
        groups: list[tuple[str, ...]]
        if objects_per_event:
            groups = [(*people, obj) for obj in objects_per_event]
        else:
            groups = [tuple(people)]
        for group in groups:
            participants = tuple(dict.fromkeys(group + extra))
            if spec.kind in {"MEET", "CALL", "SUMMIT"} and len(participants) < 2:
                continue
            sides = _countries_of(ctx, participants)
            if spec.kind != "VISIT" and sides and len(set(sides)) < 2:
                continue  # officials of one country meeting: no diplomatic contact
            if spec.kind == "VISIT" and not participants:
                continue
            productive_end = trig.end
            kind, code = spec.kind, spec.code
            call = _recent_call(ctx, sent, recent, participants) if kind == "MEET" else None
            if call is not None and date is None and place is None and forum is None:
                # "During the call, the two sides reviewed...": more of the same call.
                kind, code = "CALL", call.code
            out.append(
                _Draft(
                    kind=kind,
                    participants=participants,
                    date=date,
                    place=place,
                    forum=forum,
                    status=status,
                    code=code,
                    start=sent.start,
                    end=sent.end,
                    countries=_countries_of(ctx, participants),
                )
            )
    return out


def _recent_undated(
    ctx: _Context, sent: _Sentence, drafts: list[_Draft], kind: str
) -> _Draft | None:
    """The latest contact of *kind* in the sentence before, if it has no date."""
    floor = ctx.floor(sent.index - 1)
    for d in reversed(drafts):
        if d.start < floor or d.start >= sent.start:
            continue
        return d if d.kind == kind and d.date is None else None
    return None


def _recent_call(
    ctx: _Context, sent: _Sentence, drafts: list[_Draft], participants: tuple[str, ...]
) -> _Draft | None:
    """A call between *participants* reported in this sentence or the two before."""
    floor = ctx.floor(sent.index - 2)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind == "CALL" and set(d.participants) == set(participants):
            return d
    return None


def _purpose_meetings(
    ctx: _Context, trig: _Trigger, hi: int, visit: _Draft, spec: TriggerSpec
) -> list[_Draft]:
    lead = _NOUN_LEAD if trig.form == "noun" else _OBJECT_LEAD
    guests = [o.name for o in _walk_list(ctx, trig.end, hi, lead)]
    visitors = visit.participants[:-1]
    status: Status = "held" if visit.status == "held" else "planned"
    drafts = []
    for guest in dict.fromkeys(guests):
        if guest in visitors:
            continue
        participants = (*visitors, guest)
        drafts.append(
            _Draft(
                kind=spec.kind,
                participants=participants,
                date=visit.date,
                place=None,
                forum=None,
                status=status,
                code=spec.code,
                start=visit.start,
                end=visit.end,
                countries=_countries_of(ctx, participants),
            )
        )
    return drafts


def _recent_visit_date(ctx: _Context, sent: _Sentence, drafts: list[_Draft]) -> DateSpan | None:
    floor_index = sent.index - 2
    floor = ctx.floor(floor_index)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind == "VISIT" and d.date is not None:
            return d.date
    return None


def _countries_of(ctx: _Context, participants: tuple[str, ...]) -> tuple[str, ...]:
    by_name = ctx.country_by_name
    found: list[str] = []
    for p in participants:
        code = by_name.get(p) if p in by_name else (p if _countries.is_code(p) else None)
        if code is None:
            return ()
        found.append(code)
    return tuple(found)


_Found = tuple[list[str], tuple[str, ...], list[str], str | None]


def _participants(
    ctx: _Context,
    sent: _Sentence,
    trig: _Trigger,
    lo: int,
    hi: int,
    used_objects: set[int],
    drafts: list[_Draft],
) -> _Found | None:
    """``(subjects, extra, one-per-event objects, destination)`` or ``None``."""
    text = ctx.text
    spec = trig.spec
    if spec.strict:
        objects = _walk_list(ctx, trig.end, hi, _OBJECT_LEAD)
        if not objects:
            return None
    subjects: list[Official] = []
    objects = []
    if spec.subject_only:
        o = _last_official_before(ctx, trig.start, lo)
        if o is None or text[o.end : trig.start].strip(" ,") != "":
            return None
        subjects = [o]
    elif trig.form == "noun" and not trig.text.lower().startswith("on "):
        subjects = _noun_subjects(ctx, sent, trig, lo)
        objects = _walk_list(ctx, trig.end, hi, _NOUN_LEAD)
        if (
            not subjects
            and not objects
            and trig.start - sent.start < _REACH
            and _SENTENCE_THEY.match(text, sent.start, sent.end)
        ):
            first = ctx.triggers(sent)
            if first and first[0].start == trig.start:
                subjects = ctx.recent_pair(sent.start, sent)
        if (
            not subjects
            and objects
            and ctx.noun_governor[0].search(
                ctx.noun_governor[1], max(lo, trig.start - 90), trig.start
            )
            and _HE_SHE.search(text, lo, trig.start)
        ):
            # "she had a phone call with X": the pronoun's official is the other side.
            subjects = _pronoun_subject(ctx, sent, trig.start, used_objects)
    else:
        subjects = [
            o
            for o in ctx.officials_in(lo, trig.start)
            if id(o) not in used_objects and not ctx.blocked(o, lo)
        ]
        if (
            subjects
            and trig.left == "to"
            and not _NEAR_INFINITIVE.fullmatch(text, subjects[-1].end, trig.start)
        ):
            # "Reagan's invitation to Gorbachev to visit": the subject of "to visit" is
            # the word before "to", not an official further back.
            subjects = []
        if not subjects and _RELATIVE_START.match(text, lo):
            # "X, who is on a visit to India, called on Y": the subject is before the
            # relative clause.
            before = _last_official_before(ctx, lo, max(sent.start, lo - 300))
            if before is not None and text[before.end : lo].strip() == "":
                subjects = [before]
        pronoun = _HE_SHE.search(text, subjects[-1].end if subjects else lo, trig.start)
        if pronoun is not None:
            # "X is likely to meet Y when he pays a visit": the nearest subject is *he*.
            subjects = _pronoun_subject(ctx, sent, trig.start, used_objects)
        if not subjects:
            for m in _COLLECTIVE.finditer(text, lo, trig.start):
                recent = _recent_contact(ctx, sent, drafts)
                if recent is not None:
                    return list(recent), (), [], None
                subjects = ctx.recent_pair(m.start(), sent)
                break
        if spec.kind != "VISIT":
            objects = _walk_list(ctx, trig.end, hi, _OBJECT_LEAD)
    subjects = _linked_filter(ctx, trig, subjects)
    objects = _linked_filter(ctx, trig, objects)
    for o in objects:
        used_objects.add(id(o))
    subject_keys = list(dict.fromkeys(_key(o) for o in subjects))
    object_keys = [k for k in dict.fromkeys(_key(o) for o in objects) if k not in subject_keys]
    if spec.kind == "VISIT":
        return _visit(ctx, trig, lo, hi, subjects, objects)
    per_event: list[str] = []
    extra: tuple[str, ...] = ()
    if len(subject_keys) == 1 and len(object_keys) > 1 and not _HOSTING.match(trig.text):
        # "met A and B" is one meeting each; "hosted A and B" is one joint meeting.
        per_event = object_keys
    else:
        subject_keys = subject_keys + object_keys
    if len(subject_keys) + len(per_event) < 2 and subject_keys:
        codes_ = _counterpart_codes(ctx, trig.end, hi)
        if len(codes_) > 1:
            per_event = codes_
        elif codes_:
            extra = (codes_[0],)
    if not subject_keys and not per_event:
        # No official named: countries as participants ("India and Russia held talks").
        subject_codes = _country_subject(ctx, lo, trig.start) if trig.form != "noun" else []
        if not subject_codes and trig.form != "noun":
            subject_codes = _country_group(ctx, lo, trig.start)
        object_codes = _countries_after(ctx, trig.end, hi)
        if trig.form == "noun" and not _BETWEEN_LEAD.match(text, trig.end, hi):
            object_codes = []  # "talks with Argentina and Brazil": one side only
        if trig.form != "noun" and not subject_codes:
            object_codes = []
        subject_keys = list(dict.fromkeys(subject_codes + object_codes))
    return subject_keys, extra, per_event, None


def _recent_contact(ctx: _Context, sent: _Sentence, drafts: list[_Draft]) -> tuple[str, ...] | None:
    """Participants of the latest meeting or call of the last four sentences."""
    floor_index = sent.index - 3
    floor = ctx.floor(floor_index)
    for d in reversed(drafts):
        if d.start < floor:
            break
        if d.kind in {"MEET", "CALL"} and len(d.participants) == 2:
            return d.participants
    return None


def _country_group(ctx: _Context, lo: int, hi: int) -> list[str]:
    """``the foreign ministers of Japan, China and South Korea``, ``Russian and Ukrainian
    delegations``: the countries of a group named by its members' countries."""
    for m in _COUNTRY_GROUP.finditer(ctx.text, lo, hi):
        raw = m.group("list") or m.group("adjs") or ""
        found: list[str] = []
        for part in _SPLIT_LIST.split(raw):
            words = _PLACE.match(part.strip().removeprefix("the ").strip())
            name = " ".join(words.group().split()) if words is not None else ""
            code = _countries.code_for(name) if name else None
            if code is None:
                break
            found.append(code)
        if len(found) >= 2:
            return list(dict.fromkeys(found))
    return []


def _countries_after(ctx: _Context, pos: int, hi: int) -> list[str]:
    m = _WITH_BETWEEN.match(ctx.text, pos, hi)
    if m is None:
        return []
    seg = _SEGMENT.match(ctx.text, m.end(), hi)
    if seg is None:
        return []
    return _countries_in(ctx, m.end(), seg.end())


def _pronoun_subject(
    ctx: _Context, sent: _Sentence, pos: int, used_objects: set[int]
) -> list[Official]:
    """*he*/*she*: the first official of the sentence (else of the one before) that is
    not an object of an earlier contact and not governed by a preposition."""
    before = ctx.sentence_at(sent.index - 1)
    for s in (sent, *([before] if before is not None else [])):
        end = pos if s is sent else s.end
        for o in ctx.officials_in(max(s.start, end - _REACH), end):
            if id(o) not in used_objects and not ctx.blocked(o, s.start):
                return [o]
    return []


def _last_official_before(ctx: _Context, pos: int, lo: int) -> Official | None:
    people = ctx.officials_in(lo, pos)
    return people[-1] if people else None


def _noun_subjects(ctx: _Context, sent: _Sentence, trig: _Trigger, lo: int) -> list[Official]:
    """The possessor or premodifier of a noun trigger: ``Putin's visit``, ``X-Y talks``."""
    text = ctx.text
    people = ctx.officials_in(lo, trig.start)
    chain: list[Official] = []
    if people and _PREDICATE_GAP.match(text[people[-1].end : trig.start]):
        chain = [people[-1]]
        for o in reversed(people[:-1]):
            if _CHAIN_GAP.match(text[o.end : chain[0].start]):
                chain.insert(0, o)
            else:
                break
        return chain
    m = _POSSESSIVE_PRONOUN.search(text, max(lo, trig.start - 60), trig.start)
    if m is not None:
        if m.group("p").lower() == "their":
            pair = ctx.recent_pair(m.start(), sent)
            # "...by the two heads of state during their phone call": *their* is the
            # group just named, not the last two officials.
            if pair and _COLLECTIVE_GROUP.search(text, pair[-1].end, m.start()):
                return []
            return pair
        earlier = [o for o in people if o.end <= m.start() and not ctx.blocked(o, lo)]
        if earlier:
            return [earlier[0]]
    gov = ctx.noun_governor[0].search(ctx.noun_governor[1], max(lo, trig.start - 90), trig.start)
    if gov is not None:
        # "X and Y concluded two days of talks", "X and Y agreed ... during talks".
        subjects = [o for o in people if o.end <= gov.start() and not ctx.blocked(o, lo)]
        if subjects and subjects[0].start - lo <= 60:
            return subjects
    return []


def _visit(
    ctx: _Context,
    trig: _Trigger,
    lo: int,
    hi: int,
    subjects: list[Official],
    objects: list[Official],
) -> _Found | None:
    text = ctx.text
    visitors = subjects
    pos = trig.end
    if trig.form == "noun" or trig.text.lower() in {"visit", "visits"}:
        of = _OF_BY.match(text, pos, hi)
        if of is not None and not visitors:
            visitors = _walk_list(ctx, of.end(), hi, _THE0)
            if visitors:
                pos = visitors[-1].end
    if not visitors:
        return None
    lead = _TO.match(text, pos, hi)
    dest: tuple[str, int, int] | None = None
    known_host: str | None = None
    noun = _HOST_NOUN.match(text, lead.end() if lead else pos, hi)
    if noun is not None:  # (before a place name: "the Kingdom" is written as one)
        found = _anaphor_host(ctx, noun.start(), noun.group("noun"), visitors)
        if found is not None:
            place_name, known_host = found
            dest = (place_name, noun.start(), noun.end())
    else:
        dest = _place_at(ctx, lead.end() if lead else pos, hi)
    if dest is None and ctx.dateline is not None and ctx.dateline.place:
        here = _HERE_AT.match(text, pos, hi)
        if here is not None:
            dest = (_place_case(ctx.dateline.place), here.start(), here.end())
        elif trig.spec.dateline and (dateline := _dateline_host(ctx)) is not None:
            # "X, who arrived on Tuesday for a two-day visit", "X is on her first overseas
            # trip": no destination written; wire copy files such a visit from the host.
            place_name, known_host = dateline
            dest = (place_name, trig.start, trig.end)
    if dest is None:
        return None
    place, _start, end = dest
    host = known_host or _place_country(ctx, place, end)
    own = {o.country for o in visitors}
    if host is not None and own == {host}:
        # "A received B during his visit to A's country": the visitor is the foreigner.
        guests = [o for o in ctx.officials_in(lo, trig.start) if o.country not in {host, None}]
        if len({o.name for o in guests}) == 1:
            visitors = guests[:1]
            own = {guests[0].country}
    if host is None or own == {host}:
        # A destination in no known country may be a trip at home ("visited Mumbai"),
        # and a trip at home is not a diplomatic visit.
        return None
    keys = list(dict.fromkeys(_key(o) for o in visitors))
    hosts = [host]
    cursor = end
    while (more := _AND_PLACE.match(text, cursor, hi)) is not None and len(hosts) < 8:
        nxt = _place_at(ctx, more.end(), hi)
        code = _place_country(ctx, nxt[0], nxt[2]) if nxt is not None else None
        if nxt is None or code is None or code in own:
            break
        hosts.append(code)
        cursor = nxt[2]
    if len(hosts) > 1:
        # "will visit Ukraine and Moldova": one visit per country.
        return keys, (), list(dict.fromkeys(hosts)), None
    return keys, (host,), [], place


# --------------------------------------------------------------------------------------
# Summits.
# --------------------------------------------------------------------------------------


def _summits(ctx: _Context, contacts: list[_Draft]) -> list[_Draft]:
    table = codes()
    used = {(d.start, d.forum) for d in contacts if d.forum is not None}
    out: list[_Draft] = []
    for sent in ctx.sentences:
        bounds = ctx.clause_bounds(sent)
        for f in ctx.forums_in(sent.start, sent.end):
            if f.end > sent.end:
                continue
            forum = f.forum
            bilateral = table.bilateral_forums.get(forum.org) or _bilateral_codes(forum.org)
            if forum.body not in table.meeting_bodies and not forum.org.endswith("-SUMMIT"):
                continue
            if (sent.start, forum) in used:
                continue
            lo = max(_clause_start(bounds, sent, f.start), f.start - _REACH)
            hi = min(_clause_end(bounds, sent, f.end), f.end + _REACH)
            cue_before = ctx.summit_before[0].search(
                ctx.summit_before[1], max(lo, f.start - 60), f.start
            )
            cue_after = _SUMMIT_AFTER.match(ctx.text, f.end, min(hi, f.end + 60))
            if cue_before is None and cue_after is None:
                continue
            trig = _Trigger(TriggerSpec(kind="SUMMIT", noun=True), f.start, f.end, f.surface)
            floor = max(sent.start, f.start - _REACH)
            date_lo = lo
            if cue_before is not None and _AFTER_CUE.match(
                ctx.text[cue_before.start() : cue_before.end()]
            ):
                # "hosted X on Thursday ahead of the G20 meeting": Thursday is not its date.
                date_lo = floor = f.start
            expr = _date_in(ctx, date_lo, hi, f.start, f.end) or _date_in(
                ctx,
                floor,
                min(sent.end, f.end + _REACH),
                f.start,
                f.end,
            )
            status = _status(ctx, trig, lo, hi, expr.span if expr else None)
            if status is None:
                continue
            place = forum.place or _place_in(ctx, f.end, hi, f.end)
            participants = tuple(bilateral)
            out.append(
                _Draft(
                    kind="SUMMIT",
                    participants=participants,
                    date=_fix_date(ctx, expr, status),
                    place=place,
                    forum=forum,
                    status=status,
                    code=None,
                    start=sent.start,
                    end=sent.end,
                    countries=participants,
                )
            )
    return out


def _bilateral_codes(org: str) -> tuple[str, ...]:
    parts = org.split("-")
    if len(parts) >= 3 and all(_countries.is_code(p) for p in parts[:2]):
        return (parts[0], parts[1])
    return ()


# --------------------------------------------------------------------------------------
# Merging and coding.
# --------------------------------------------------------------------------------------


def _compatible_dates(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _compatible_places(a: str, b: str) -> bool:
    """Equal, or a country and a place in it ("Japan" and "Tokyo")."""
    if a == b:
        return True
    for country, place in ((a, b), (b, a)):
        code = _countries.code_for(country)
        if code is not None and _country_of_place(place) == code:
            return True
    return False


def _compatible_forums(a: Forum, b: Forum) -> bool:
    return (
        a.org == b.org
        and (a.body == b.body or None in {a.body, b.body})
        and (a.edition == b.edition or None in {a.edition, b.edition})
    )


def _same_sides(a: _Draft, b: _Draft) -> bool:
    """Same participants, or one names the countries of the other's officials."""
    if set(a.participants) == set(b.participants):
        return True
    for codes_only, named in ((a, b), (b, a)):
        if (
            named.countries
            and all(_countries.is_code(p) for p in codes_only.participants)
            and set(codes_only.participants) == set(named.countries)
        ):
            return True
    return False


def _same(a: _Draft, b: _Draft) -> bool:
    if a.kind != b.kind or not _same_sides(a, b):
        return False
    if a.kind == "SUMMIT" and a.forum is None and b.forum is None and not a.participants:
        return False
    if not _compatible_dates(a.date, b.date):
        return False
    if a.place is not None and b.place is not None and not _compatible_places(a.place, b.place):
        return False
    if a.forum is not None and b.forum is not None and not _compatible_forums(a.forum, b.forum):
        return False
    # Within one sentence a second trigger is the same contact ("arrived on Thursday on a
    # state visit"), whatever tense each carries.
    return a.status == b.status or "unknown" in {a.status, b.status} or a.start == b.start


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    by_key: dict[tuple[str, frozenset[str]], list[_Draft]] = {}
    for d in sorted(drafts, key=lambda x: x.start):
        sides = frozenset(d.countries or d.participants)
        same_key = by_key.setdefault((d.kind, sides), [])
        target = next((m for m in reversed(same_key) if _same(m, d)), None)
        if target is None:
            merged.append(d)
            same_key.append(d)
            continue
        if target.date is None or (
            d.date is not None
            and target.date.start <= d.date.start
            and d.date.end <= target.date.end
            and d.date.end - d.date.start < target.date.end - target.date.start
        ):
            target.date = d.date  # a later report may be more precise ("June 27-28")
        if all(_countries.is_code(p) for p in target.participants) and d.countries:
            target.participants, target.countries = d.participants, d.countries
        if target.place is None:
            target.place = d.place
        if target.forum is None or (
            d.forum is not None and target.forum.edition is None and d.forum.edition is not None
        ):
            target.forum = d.forum
        if target.status == "unknown":
            target.status = d.status
    return merged


def _event_code(ctx: _Context, d: _Draft) -> tuple[str, str]:
    table = codes().events
    if d.status == "planned":
        return table["PLANNED"]
    if d.kind == "VISIT":
        return table["VISIT"]
    if d.kind == "CALL" or d.code == "CALL":
        return table["CALL"]
    if d.kind == "SUMMIT":
        return table["SUMMIT"]
    if d.code == "NEGOTIATE":
        return table["NEGOTIATE"]
    if d.place is not None and d.countries:
        where = ctx.place_codes.get(d.place) or _country_of_place(d.place)
        if where is not None and where not in d.countries:
            return table["MEET_THIRD_LOCATION"]
    return table["MEET"]


def _to_event(ctx: _Context, d: _Draft) -> Event:
    cameo, plover = _event_code(ctx, d)
    return Event(
        kind=d.kind,
        participants=d.participants,
        date=d.date,
        place=d.place,
        forum=d.forum,
        status=d.status,
        cameo=cameo,
        plover=plover,
        surface=ctx.text[d.start : d.end],
        start=d.start,
        end=d.end,
    )


# --------------------------------------------------------------------------------------
# Agreements.
# --------------------------------------------------------------------------------------


def _agreements(ctx: _Context) -> list[Agreement]:
    lex = lexicon()
    table = codes()
    text = ctx.text
    low = ctx.low
    out: list[Agreement] = []
    seen: set[tuple[str, frozenset[str], str]] = set()
    candidates: list[int] | None = None  # where agreement words may start
    candidates_found = False
    for sent in ctx.sentences:
        bounds = ctx.clause_bounds(sent)
        if low is not None and lex.agreement_scanner is not None:
            if not candidates_found:
                candidates = lex.agreement_scanner.starts(low)
                candidates_found = True
            matches = lex.agreement_scanner.finditer_at(low, sent.start, sent.end, candidates)
        else:
            matches = lex.agreements.finditer(text, low, sent.start, sent.end)
        for m in matches:
            group = m.lastgroup
            if group is None:
                continue
            kind = lex.agreement_specs[group].kind
            lo = max(_clause_start(bounds, sent, m.start()), m.start() - _REACH)
            hi = min(_clause_end(bounds, sent, m.end()), m.end() + _REACH)
            if kind == "AGREE" and (
                _ADJECTIVAL.search(text, max(lo, m.start() - 12), m.start())
                or _PARTICIPLE.match(text, m.end(), hi)
            ):
                continue  # "their agreed margins", "the policies agreed under the pact"
            if lex.status["negated"].search(text, low, max(lo, m.start() - 30), m.start()):
                continue
            if text[m.start() : m.end()].lower().endswith("ing") and not _WITH_SUBJECT.search(
                text, max(lo, m.start() - 50), m.start()
            ):
                continue  # "signed a treaty, pledging to...": part of the signing
            if lex.status["planned_before"].search(text, low, max(lo, m.start() - 40), m.start()):
                continue
            if lex.status["planned_near"].search(text, low, max(lo, m.start() - 30), m.start()):
                continue
            tail_lo, tail_hi = m.end(), hi
            passive = _PASSIVE.search(text, max(lo, m.start() - 12), m.start())
            if passive is not None:
                # "Five agreements were signed between India and Japan": the subject is
                # the topic and the parties follow.
                tail_lo, tail_hi = lo, passive.start()
                if lo == sent.start and not text[tail_lo:tail_hi].strip():
                    continue
            tail = text[tail_lo:tail_hi]
            if kind == "SIGN":
                head = tail[:80]
                head_low = None if low is None else low[tail_lo:tail_hi][:80]
                if not lex.signable.search(head, head_low, 0, len(head)):
                    continue
            parties = _parties(ctx, sent, lo, m.start(), m.end(), hi, kind)
            if len(parties) < 2:
                continue
            topic = _topic(tail)
            if not topic:
                continue
            expr = _date_in(ctx, lo, hi, m.start(), m.end()) or _date_in(
                ctx, max(sent.start, m.start() - _REACH), m.start(), m.start(), m.end()
            )
            key = (kind, frozenset(parties), topic.lower())
            if key in seen:
                continue
            seen.add(key)
            cameo, plover = table.agreements[kind]
            if kind != "SIGN":
                for code, pattern in table.topics:
                    if pattern.search(topic):
                        cameo = code
                        break
            out.append(
                Agreement(
                    kind=kind,
                    parties=parties,
                    topic=topic,
                    date=expr.span if expr else None,
                    cameo=cameo,
                    plover=plover,
                    surface=text[sent.start : sent.end],
                    start=sent.start,
                    end=sent.end,
                )
            )
    return out


def _subject_chain(ctx: _Context, lo: int, start: int) -> list[Official]:
    """The officials that form the subject right before a verb: ``X and Y reaffirmed``,
    ``X, Y and Z have agreed``; not officials of an earlier clause."""
    people = [o for o in ctx.officials_in(lo, start) if not ctx.blocked(o, lo)]
    if not people:
        return []
    if not _SUBJECT_GAP.match(ctx.text, people[-1].end, start):
        # Else the clause's own subject: officials opening the clause ("X and Y held
        # talks ... and agreed to ...").
        if people[0].start - lo > 60:
            return []
        chain = [people[0]]
        for o in people[1:]:
            if not _LIST_GAP.fullmatch(ctx.text, chain[-1].end, o.start):
                break
            chain.append(o)
        return chain
    chain = [people[-1]]
    for o in reversed(people[:-1]):
        if _LIST_GAP.fullmatch(ctx.text, o.end, chain[0].start):
            chain.insert(0, o)
        else:
            break
    return chain


def _parties(
    ctx: _Context, sent: _Sentence, lo: int, start: int, end: int, hi: int, kind: str
) -> tuple[str, ...]:
    text = ctx.text
    found: list[str] = []
    for o in _subject_chain(ctx, lo, start):
        if o.country is not None:
            found.append(o.country)
    collective = False
    for m in _PARTY_COLLECTIVE.finditer(text, lo, start):
        # Only contacts reported up to this sentence: "the two ministers" never stands for
        # a pair named later in the article.
        earlier = ctx.recent_drafts(sent.start, _RECENT)
        recent = _recent_contact(ctx, sent, earlier)
        recent_codes = _countries_of(ctx, recent) if recent is not None else ()
        if len(set(recent_codes)) == 2:
            found.extend(sorted(set(recent_codes)))
            collective = True
            break
        pair = ctx.recent_pair(m.start(), sent)
        codes_ = [o.country for o in pair if o.country is not None]
        if len(set(codes_)) == 2:
            found.extend(sorted(codes_))
        elif ctx.pair:
            found.extend(ctx.pair)
        collective = True
        break
    if not found and not collective:
        found.extend(_country_subject(ctx, lo, start) or _country_group(ctx, lo, start))
    between = _BETWEEN_AFTER.match(text, end, hi)
    if between is not None and not found:
        listed = _walk_list(ctx, between.end(), hi, _THE0)
        found.extend(o.country for o in listed if o.country is not None)
        seg = _SEGMENT.match(text, between.end(), hi)
        if not listed and seg is not None:
            found.extend(_countries_in(ctx, between.end(), seg.end()))
    with_m = _WITH_AFTER.match(text, end, hi) if kind in {"SIGN", "AGREE"} else None
    if with_m is not None:
        after = _walk_list(ctx, with_m.end(), hi, _THE0)
        found.extend(o.country for o in after if o.country is not None)
        if not after:
            found.extend(_countries_after(ctx, with_m.end() - 5, hi))
    return tuple(dict.fromkeys(found))


def _topic(tail: str) -> str:
    cut = _TOPIC_CUT.search(tail)
    topic = tail[: cut.start()] if cut else tail
    topic = _TOPIC_LEAD.sub("", topic.strip())
    topic = topic.strip().rstrip(".,;:!?\"'”’ ")
    if len(topic) > 160:
        topic = topic[:160].rsplit(" ", 1)[0]
    return topic


# --------------------------------------------------------------------------------------
# Public API.
# --------------------------------------------------------------------------------------


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    officials: Sequence[Official] | None = None,
    forums: Sequence[ForumMention] | None = None,
    dateline: Dateline | None = None,
    times: Sequence[TimeExpression] | None = None,
    doc: Doc | None = None,
) -> Extraction:
    """Events and agreements reported in *text*.

    *officials*, *forums* and *times* are the results of :func:`dipnews.officials.resolve`,
    :func:`dipnews.forums.find` and :func:`dipnews.temporal.find` on the same text; they
    are computed when not given. *published* anchors relative dates and decides the
    status of dated contacts without a tense cue. *dateline* keeps the dateline out of the
    first sentence and gives the place of ``here``. *doc*, a spaCy Doc of the same text
    with a dependency parse, narrows participants to those the trigger governs; without
    one (or with a ``spacy.blank`` Doc) the rules work alone.

    Raises :class:`~dipnews.errors.InputTypeError` when *text* is not a ``str`` or
    *published* not a date.

    >>> from dipnews.events import extract
    >>> extract("The weather was fine.", officials=[], forums=[], times=[])
    Extraction(events=(), agreements=())
    """
    check_text(text)
    published = check_date(published)
    if officials is None:
        from dipnews import officials as _officials

        officials = _officials.resolve(text, published=published)
    if forums is None:
        from dipnews import forums as _forums

        forums = _forums.find(text)
    if times is None:
        times = _temporal.find(text, anchor=published)
    ctx = _Context(text, published, officials, forums, times, dateline, doc)
    contacts = _contacts(ctx)
    # A contact whose status no cue decides is left out: in wire copy these are mostly
    # offers, hypotheticals and background ("ready to host talks between...").
    drafts = [d for d in _merge(contacts + _summits(ctx, contacts)) if d.status != "unknown"]
    events = tuple(_to_event(ctx, d) for d in sorted(drafts, key=lambda d: d.start))
    return Extraction(events=events, agreements=tuple(_agreements(ctx)))
