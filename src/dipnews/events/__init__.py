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
  X``) takes the visitor and the visit's date;
* a meeting or call with no date written takes the date of the day's series it continues
  (``X met A on June 19. He then held talks with B.``): the date written next to a contact
  word up to eight sentences before, in a sentence that names one of its sides, with no
  date and no background cue (``had met``, ``earlier``) between;
* ``his Saudi counterpart`` and ``the foreign ministers of A and B`` stand for the
  officials of those countries the article names, else their country codes.

A contact under way (``ongoing``) with no date written is dated the day of publication.

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
B``, ``X with his counterparts from A, B and C`` and ``X will meet the leaders of A, B and
C`` give one event per counterpart (``X hosted A and B`` and ``a trilateral meeting with A
and B`` are one joint meeting). A
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
``COMMIT`` (pledged, committed to, decided to, vowed). Parties are country codes (or
organisation keys such as ``EU``): of the owners a reaffirmation names (``reaffirmed
Pakistan's commitment``), of the officials in the subject, of countries named there, or
the pair behind ``both sides``/``the two countries``/``they`` (``events/parties.py``).
Two parties make an agreement; one side's explicit reaffirmation or pledge (``India
reaffirmed its commitment``) is one with that side alone, a weaker one (``India has urged
Russia to...``) none. Future and negated statements (``are expected to sign``) are not
agreements yet.

A parsed :class:`spacy.tokens.Doc` (``doc=``) of the same text narrows participants to
those the trigger's clause governs syntactically; rules alone work on any text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from dipnews import temporal as _temporal
from dipnews._text import check_date, check_text
from dipnews.events.agreements import agreements
from dipnews.events.contacts import contacts
from dipnews.events.context import Context
from dipnews.events.dates import under_way_today
from dipnews.events.drafts import to_event
from dipnews.events.merge import merge
from dipnews.events.summits import journey_dates, summits
from dipnews.records import Agreement, Dateline, Event, ForumMention, Official, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Extraction", "extract"]


@attrs.frozen
class Extraction:
    """The events and agreements found in one text."""

    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()


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
    ctx = Context(text, published, officials, forums, times, dateline, doc)
    found = contacts(ctx)
    # A contact whose status no cue decides is left out: in wire copy these are mostly
    # offers, hypotheticals and background ("ready to host talks between...").
    drafts = [
        d for d in merge(found + summits(ctx, found), ctx.people.heads) if d.status != "unknown"
    ]
    journey_dates(ctx, drafts)
    under_way_today(ctx, drafts)
    events = tuple(to_event(ctx, d) for d in sorted(drafts, key=lambda d: d.start))
    return Extraction(events=events, agreements=tuple(agreements(ctx)))
