"""Temporal expressions: find them with offsets and resolve them against an anchor date.

The anchor is the article's published date. :func:`find` returns every expression in a
text, in order and without overlaps (the longest reading wins), each with its character
offsets and, where it can be resolved, a :class:`~dipnews.records.DateSpan`:

>>> import datetime as dt
>>> from dipnews.temporal import find
>>> text = "The ministers met on September 27 and will meet again on November 17–18."
>>> for x in find(text, anchor=dt.date(2025, 11, 10)):
...     print(x.surface, x.span.to_dict() if x.span else None)
September 27 {'start': '2025-09-27', 'end': '2025-09-27', 'precision': 'day'}
November 17–18 {'start': '2025-11-17', 'end': '2025-11-18', 'precision': 'days'}

**What is recognised.**

* Full dates in either order, with or without weekday and year: ``November 17, 2025``,
  ``17 Nov 2025``, ``Nov. 17``, ``17th September 2020``, ``the 17th of November``,
  ``Monday, November 17``, ``17-Nov-2025``, ISO ``2025-11-17``, and numeric ``17/11/2025`` or
  ``17.11.2025`` only where the reading is unambiguous (one part above 12).
* Ranges of days: ``November 17–18``, ``August 19-21, 2025``, ``17-18 November``,
  ``Nov 30-Dec 2``, ``from July 7 to 8``, ``between 5 and 6 December``,
  ``from 23 December to 8 January``, ``February 15 and 16`` (precision ``days``).
  ``from``/``between`` belong to the surface of a range joined by a word (``to``,
  ``and``); a lone preposition (``on``, ``in``, ``since``) never belongs to a surface.
* Parts of months (precision ``part-of-month``): ``early December`` (1st–10th),
  ``mid-July``/``the middle of July`` (11th–20th), ``late June``/``end of June``/
  ``end-June`` (21st–last day), ``the first week of December`` (1st–7th, then 8th–14th,
  15th–21st, 22nd–28th; ``the last week`` is the final seven days), ``the first half of
  May`` (1st–15th); also of relative months: ``the end of the month``, ``early next
  month``.
* Months: ``February 2025``, ``in December`` (the month name needs a preposition or a
  modifier before it, so ``Long March`` or ``may visit`` are not dates), ``last
  December``, ``Putin's December visit``, ``July last year``; years after a preposition
  or ``the end of``: ``in 2000``, ``since 2021``, ``by the end of 2026`` (the year).
* Weekdays: ``Monday``, ``last Wednesday``, ``next Tuesday``, ``this Friday``;
  abbreviations such as ``Sun``, ``Sat`` or ``Wed`` only with a dot or before a date.
* Relative expressions: ``today``, ``tonight``, ``yesterday``, ``tomorrow``, ``this
  week``/``next week``/``last week``, ``this weekend``, ``earlier this month``, ``later
  this month``, ``last month``, ``next month``, ``this year``, ``earlier this year``,
  ``later this year``, ``last year``, ``next year``, ``late last year`` (the year),
  ``three days ago``, ``a week ago``.

Month and weekday names must be capitalised (``May``, ``MAY``, not ``may``); numbers
count as days only next to a month name, so ``44 Indian nationals``, ``S-400`` or
``2+2`` are never dates.

**Resolution rules.**

Dates with an explicit year resolve on their own. Everything else needs the anchor;
without one its ``span`` is ``None`` (dipnews never invents a year).

**Year inference.** A date, range, part of a month or month without a year takes the
reading nearest the anchor among those that agree with the tense of its clause (see
:func:`tense_at`): in a past clause the reading must start on or before the anchor, in a
future clause it must end on or after the anchor; with no tense cue (or the present) the
nearest reading wins, ties going to the future. With a November 2025 anchor, ``will
visit in December`` is December 2025, ``met on September 27`` is September 2025 and
``met in December`` is December 2024. ``last``/``next`` before a month demand a month
wholly before/after the anchor; ``this`` takes the anchor's year. Readings are tried in
the nine years around the anchor's (four either side, which also finds the nearest 29
February); :func:`infer_year` gives this rule's year for a day and month.

A range across a year boundary (``from 23 December to 8 January``, ``Dec 30-Jan 2``)
ends in the year after it starts; a year written only at the end of a range belongs to
its end.

**Weekdays.** ``last <weekday>`` is the most recent such day strictly before the anchor
and ``next <weekday>`` (or ``coming``) the first strictly after; ``this <weekday>`` is
that day of the anchor's Monday-to-Sunday week. A bare weekday may be the anchor day
itself (``is set to meet ... on Monday`` in an article of a Monday is that Monday, as is
``met on Monday``); otherwise it is the nearest such day in the direction of the
clause's tense, and with no tense cue the nearest one (two candidates are never equally
far).

**Relative words** count from the anchor: weeks run Monday to Sunday; ``earlier this
month`` runs from the 1st to the day before the anchor (``part-of-month``), ``later this
year`` from the day after the anchor to 31 December (``year``); ``N days ago`` is a day,
``N weeks ago`` the Monday-to-Sunday week containing the day ``7N`` days before.

All patterns are compiled once at import; every match is bounded, so :func:`find` runs
in time linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt

from dipnews._text import check_date, check_text
from dipnews.records import DateSpan, TimeExpression
from dipnews.temporal import tense as _tense
from dipnews.temporal.clauses import clause
from dipnews.temporal.scan import select
from dipnews.temporal.specs import resolve_spec
from dipnews.temporal.tense import CueIndex, check_tense, tense_at, tense_at_unchecked, tense_in
from dipnews.temporal.years import infer_year

__all__ = ["TENSES", "Tense", "find", "infer_year", "resolve", "tense_at"]

#: The tense of a clause as :func:`tense_at` reports it.
Tense = _tense.Tense

#: The values of :data:`Tense`, in that order.
TENSES = _tense.TENSES

# The name the events component reaches (its text already checked): tense_at without
# checking the text.
_tense_at = tense_at_unchecked


def find(text: str, *, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every temporal expression in *text*, in order, resolved against *anchor*.

    Expressions never overlap: where two readings compete, the longer one wins. A
    year-less expression is resolved only when *anchor* is given; it is still returned,
    with ``span=None``, when it is not.

    >>> import datetime as dt
    >>> from dipnews.temporal import find
    >>> text = "Putin is expected to visit India in early December, after talks last Monday."
    >>> [(x.surface, x.span and x.span.start.isoformat()) for x in find(text)]
    [('early December', None), ('last Monday', None)]
    >>> for x in find(text, anchor=dt.date(2025, 11, 17)):
    ...     print(x.surface, x.start, x.end, x.span.to_dict())
    early December 36 50 {'start': '2025-12-01', 'end': '2025-12-10', 'precision': 'part-of-month'}
    last Monday 64 75 {'start': '2025-11-10', 'end': '2025-11-10', 'precision': 'day'}
    """
    check_text(text)
    anchor = check_date(anchor, what="anchor")
    chosen = select(text)
    clauses = {
        (start, end): clause(text, start, end)
        for start, end, spec in chosen
        if anchor is not None and spec.needs_tense
    }
    index: CueIndex | None = None
    if sum(c.end - c.start for c in clauses.values()) > len(text):
        index = CueIndex(text)  # scanning clause by clause would read the text twice
    found: list[TimeExpression] = []
    for start, end, spec in chosen:
        bounds = clauses.get((start, end))
        tense = None if bounds is None else tense_in(text, start, end, bounds, index)
        span = resolve_spec(spec, anchor, tense)
        found.append(TimeExpression(text[start:end], start, end, span))
    return found


def resolve(
    expression: str, anchor: dt.date | None = None, *, tense: Tense | None = None
) -> DateSpan | None:
    """The span of the first temporal expression in *expression*, or ``None``.

    Every ``surface`` that :func:`find` returns resolves here to the same span when given
    the same anchor and the tense :func:`tense_at` reports for it in its text.

    *tense* (``"past"``, ``"future"`` or ``"present"``) chooses among the readings of a
    year-less expression as described in the module docs; when it is ``None`` the cue
    words of *expression* itself decide (``"met in December"`` is past).

    >>> import datetime as dt
    >>> from dipnews.temporal import resolve
    >>> nov = dt.date(2025, 11, 17)
    >>> resolve("in December", nov, tense="future").start
    datetime.date(2025, 12, 1)
    >>> resolve("met in December", nov).start
    datetime.date(2024, 12, 1)
    >>> resolve("Nov 30-Dec 2", nov).to_dict()
    {'start': '2025-11-30', 'end': '2025-12-02', 'precision': 'days'}
    >>> resolve("2021", nov).precision
    'year'
    >>> print(resolve("sometime soon", nov))
    None
    """
    check_text(expression, what="expression")
    check_tense(tense)
    anchor = check_date(anchor, what="anchor")
    chosen = select(expression)
    if not chosen:
        # A month or year standing alone ("December", "2021") is a date only after a
        # preposition in running text; as a whole expression it is one by itself.
        expression = "in " + expression
        chosen = select(expression)
        if not chosen:
            return None
    start, end, spec = chosen[0]
    if tense is None and anchor is not None and spec.needs_tense:
        tense = tense_at_unchecked(expression, start, end)
    return resolve_spec(spec, anchor, tense)
