"""The header's grammar: every pattern the header matches, compiled once.

The patterns are built from a few shared fragments (:data:`SPACE`, :data:`DATE`) and
read by the other rooms: :mod:`dipnews.header.metadata` (the metadata date line and the
newspaper footer), :mod:`dipnews.header.dateline`, :mod:`dipnews.header.bylines` and
:mod:`dipnews.header.credits`. Each has bounded repetition, so its cost grows linearly
with the text. Group names say what a group holds (``place``, ``qualifiers``,
``separator``, ``agency_list``); the readers take them by name, never by position.

>>> from dipnews.header.grammar import DATELINE_RE
>>> m = DATELINE_RE.match("RICHMOND, Va., March 5 - Talks began.")
>>> m.group("place"), m.group("qualifiers"), m.group("date"), m.group("separator")
('RICHMOND', ', Va.', 'March 5', ' -')
"""

from __future__ import annotations

import regex

from dipnews._calendar import MONTH_PATTERN, WEEKDAY_PATTERN
from dipnews._compiled import compile_regex
from dipnews._engine import Grammar

__all__ = [
    "AGENCY_DATELINE_RE",
    "AGENCY_LIST_SPLIT_RE",
    "ATTRIBUTION_RE",
    "BARE_STAMP_RE",
    "BASED_ON_RE",
    "BY_RE",
    "CAPTION_RE",
    "CREDIT_LINE_RE",
    "CREDIT_PARENTHESIS_RE",
    "CREDIT_PART_RE",
    "DATE",
    "DATELINE_RE",
    "DATE_RE",
    "EMAIL_LINE_RE",
    "FLAGS",
    "FOOTER_RE",
    "INPUTS_FROM_RE",
    "INVISIBLE",
    "IN_PLACE_RE",
    "META_LINE_RE",
    "MONONYM_RE",
    "NAME_RE",
    "NAME_SPLIT_RE",
    "OUTLET_RE",
    "SENTENCE_END_RE",
    "SOURCE_RE",
    "SPACE",
    "TAIL_BY_RE",
    "TAIL_LINE_RE",
    "WITH_INPUTS_RE",
    "WORD_RE",
]

# --------------------------------------------------------------------------------------
# Shared fragments
# --------------------------------------------------------------------------------------

#: Horizontal white space, and the invisible characters scraped text carries (byte-order
#: mark, zero-width space and joiners, direction marks, word joiner): a class.
SPACE = (
    r"[\t\x0b\x0c\x1c-\x1f \x85\xa0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)
#: The same invisible characters, as a set, for trimming by hand.
INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u200e\u200f\u2060")
_MONTH = rf"(?:{MONTH_PATTERN})(?!\p{{L}})"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN})(?!\p{{L}})"
_ORDINAL = r"(?:st|nd|rd|th)?"

#: A date with or without a year. Groups: ``month``, ``day`` and ``year`` (perhaps
#: empty) for the forms with a month's name, ``numeric_year``, ``numeric_month`` and
#: ``numeric_day`` for ``2025-11-17`` and ``17.11.2025``.
DATE = rf"""
(?:{_WEEKDAY},?{SPACE}{{1,3}})?
(?:
    (?P<month>{_MONTH}){SPACE}{{0,3}}(?P<day>\d{{1,2}}){_ORDINAL}(?!\d)
        (?:{SPACE}{{0,3}},?{SPACE}{{0,3}}(?P<year>(?:1[89]|2\d)\d\d)(?!\d))?
  | (?P<day>\d{{1,2}}){_ORDINAL}{SPACE}{{1,3}}(?:of{SPACE}{{1,3}})?(?P<month>{_MONTH})
        (?:{SPACE}{{0,3}},?{SPACE}{{0,3}}(?P<year>(?:1[89]|2\d)\d\d)(?!\d))?
  | (?P<numeric_year>(?:1[89]|2\d)\d\d)(?P<numeric_sep>[-/.])(?P<numeric_month>\d{{1,2}})
        (?P=numeric_sep)(?P<numeric_day>\d{{1,2}})(?!\d)
  | (?P<numeric_day>\d{{1,2}})\.(?P<numeric_month>\d{{1,2}})\.
        (?P<numeric_year>(?:1[89]|2\d)\d\d)(?!\d)
)
"""
#: The flags of most header patterns.
FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION0

#: :data:`DATE` alone, to read the parts of a date found by a larger pattern.
DATE_RE = compile_regex(DATE, FLAGS)

#: A word, for counting the words of a line.
WORD_RE = compile_regex(r"\p{L}[\p{L}\p{M}'’\-]*")
#: The end of a sentence: a stop, perhaps closing quotes or brackets, then space or end.
SENTENCE_END_RE = compile_regex(r"[.!?][\"”’')\]]{0,2}(?:\s|$)")

# --------------------------------------------------------------------------------------
# Metadata date line and footer
# --------------------------------------------------------------------------------------

_TIME = rf"""
    {SPACE}{{0,3}}[,|]?{SPACE}{{0,3}}(?:at{SPACE}{{1,3}})?
    \d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?
    (?:{SPACE}{{0,2}}[ap]\.?m\.?)?
    (?:{SPACE}{{1,2}}(?:\(?[A-Z]{{2,5}}\)?|[GU][MT]T?{SPACE}{{0,1}}[+-]\d{{1,2}}(?::?\d\d)?))?
"""

#: A metadata line: ``Published: 17 November 2025``, ``date 2025-11-17``,
#: ``Updated: Nov 17, 2025 10:20 IST``. Groups: ``key`` (the label), ``date``, ``time``.
META_LINE_RE = compile_regex(
    rf"""
    (?P<key>
        (?:(?:first|originally|last){SPACE}{{1,2}})?
        (?:published|posted|updated|modified|dated|date|issued)
    )
    (?:{SPACE}{{0,3}}(?:on|at)(?!\p{{L}}))?
    {SPACE}{{0,3}}:?{SPACE}{{0,3}}
    (?:\d{{1,2}}[:.]\d{{2}}{SPACE}{{0,2}}(?:[ap]\.?m\.?)?(?:{SPACE}{{1,2}}[A-Z]{{2,5}})?,?{SPACE}{{1,3}})?
    (?P<date>{DATE})
    (?P<time>{_TIME})?
    """,
    FLAGS,
)

#: A head line that is only a date with its year, perhaps after an outlet's name and
#: before a time or an "Update" stamp: ``2025-11-17 21:05:30``,
#: ``November 17, 2025 9:15 AM GMT+5:30``, ``Ahram Online , Monday 17 Nov 2025``.
#: Groups: ``key`` (always empty), ``outlet``, ``date``, ``time``, ``trailing_stamp``.
BARE_STAMP_RE = compile_regex(
    rf"""
    (?P<key>)
    (?:(?P<outlet>[^\r\n,|\d]{{1,40}}?){SPACE}{{0,3}}[,|]{SPACE}{{0,3}})?
    (?P<date>{DATE})
    (?P<time>{_TIME})?
    (?P<trailing_stamp>
        {SPACE}{{0,3}}[-|–—,]{SPACE}{{0,3}}
        (?:(?:last{SPACE}{{1,2}})?updated?{SPACE}{{0,3}}:?{SPACE}{{0,3}})?
        [\d:./,+\- \t]{{0,40}}(?:{_TIME})?
    )?
    {SPACE}{{0,3}}$
    """,
    FLAGS | regex.MULTILINE,
)

#: A newspaper's footer: ``Published in Dawn, November 17th, 2025``. Group: ``date``.
FOOTER_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    ^{SPACE}{{0,3}}(?:first{SPACE}{{1,2}})?published{SPACE}{{1,3}}in{SPACE}{{1,3}}[^,\r\n]{{1,60}},{SPACE}{{0,3}}
    (?P<date>{DATE})
    """,
    FLAGS | regex.MULTILINE,
)

# --------------------------------------------------------------------------------------
# Dateline
# --------------------------------------------------------------------------------------

_PLACE_WORD = r"\p{L}[\p{L}\p{M}'’.\-/]{0,29}"

_AGENCY_PART = rf"""
    (?:
        {SPACE}{{0,3}},?{SPACE}{{0,3}}
        (?P<agency>\([^()\r\n]{{1,80}}\)|/[^/\r\n]{{1,40}}/)(?P<dot_after_agency>\.)?
    )
"""
_BARE_AGENCY_PART = rf"""
    (?:
        {SPACE}{{0,3}}(?P<mark_before_bare_agency>[,.]){SPACE}{{0,3}}
        (?P<bare_agency>\p{{L}}{{2,20}})(?={SPACE}{{0,3}}(?:-|—|–|:))
    )
"""
_SEPARATOR_PART = rf"(?P<separator>{SPACE}{{0,3}},?{SPACE}{{0,3}}(?:--?|—|–|:))"
# An agency that ends a dateline alone on its line: ``BONN, Germany, Feb. 17, Kyodo``,
# ``ANKARA/ANTALYA-Anadolu Agency``; the reader checks that the words name an agency.
_TRAILING_AGENCY_PART = rf"""
    (?:
        (?P<mark_before_trailing_agency>{SPACE}{{0,3}},{SPACE}{{0,3}}|{SPACE}{{0,3}}(?:-|—|–){SPACE}{{0,3}})
        (?P<trailing_agency>\p{{L}}[\p{{L}}\p{{M}}'’.\-]{{1,24}}(?:{SPACE}{{1,2}}\p{{L}}[\p{{L}}\p{{M}}'’.\-]{{1,24}}){{0,3}})
        {SPACE}{{0,3}}$
    )
"""

#: A wire dateline at the start of a line: a ``place`` of up to six words, an ANI-style
#: ``bracket`` (``[India]``), up to two ``qualifiers`` (``, Va.``), then a ``date``
#: (after ``mark_before_date``, perhaps with a ``dot_after_date``), an ``agency`` in
#: brackets or slashes (perhaps with a ``dot_after_agency``), a ``bare_agency`` after a
#: comma or a dot (``, Reuter -``), and a ``separator`` (a dash or a colon), in the
#: combinations wire styles use.
DATELINE_RE = compile_regex(
    rf"""
    (?P<place>{_PLACE_WORD}(?:{SPACE}{{1,3}}{_PLACE_WORD}){{0,5}})
    (?P<bracket>{SPACE}{{0,3}}\[[^\[\]\r\n]{{1,40}}\])?
    (?P<qualifiers>(?:{SPACE}{{0,3}},{SPACE}{{0,3}}(?!{_MONTH}[\s\d]|{_WEEKDAY}){_PLACE_WORD}(?:{SPACE}{{1,3}}{_PLACE_WORD}){{0,3}}){{0,2}})
    (?:
        (?:{SPACE}{{0,3}}(?P<mark_before_date>[,.]){SPACE}{{0,3}}|{SPACE}{{1,3}})
        (?P<date>{DATE})
        (?P<dot_after_date>\.(?!\d))?
        (?:{_AGENCY_PART}?{_BARE_AGENCY_PART}?{_SEPARATOR_PART}?|{_TRAILING_AGENCY_PART})
      | {_AGENCY_PART}{_SEPARATOR_PART}?
      | {_BARE_AGENCY_PART}{_SEPARATOR_PART}
      | {_SEPARATOR_PART}
      | {_TRAILING_AGENCY_PART}
    )
    (?=\s|$|(?<=:)\p{{Lu}})
    """,
    FLAGS,
)

#: A dateline that is only an agency in brackets and a dash, at the start of a line:
#: ``(Reuters) -``, ``(AP) —``. Groups: ``agency`` (inside the brackets), ``separator``.
AGENCY_DATELINE_RE = compile_regex(
    rf"""
    \({SPACE}{{0,2}}(?P<agency>[^()\r\n]{{1,60}}?){SPACE}{{0,2}}\)
    (?P<separator>{SPACE}{{0,3}}(?:--?|—|–))
    (?=\s)
    """,
    FLAGS,
)

#: A head line that is only an agency's credit: ``(Xinhua)``, ``Kyodo News``, ``[AFP]``.
#: Groups: ``bracket`` (the opening bracket, if any) and ``agency``.
CREDIT_LINE_RE = compile_regex(
    rf"""
    (?P<bracket>[(\[])?{SPACE}{{0,2}}
    (?P<agency>\p{{L}}[\p{{L}}\p{{M}}'’.\- ]{{0,50}}?)
    {SPACE}{{0,2}}(?(bracket)[)\]])
    """,
    regex.VERBOSE | regex.VERSION0,
)

#: The marks of a photo caption or a photo credit: ``PHOTO: MFA``, ``(Photo: VNA)``,
#: ``[Photo/Xinhua]``, ``(File photo: AFP)``, ``— Reuters pic``, ``(Xinhua/Li Tao)``,
#: ``(Photo by ...)``, ``Getty Images``, the positions of people in the picture (``(L)``,
#: ``(4th L)``, ``(L-R)``, ``(left)``), ``Handout``. A line holding one is never a dateline.
CAPTION_RE = compile_regex(
    rf"""
    (?<!\p{{L}})(?:photos?|pic|picture|image|file{SPACE}photo)(?:{SPACE}{{0,2}}[:/]|{SPACE}by|{SPACE}credit|\)|\])
  | [(\[]{SPACE}{{0,2}}(?:photos?|pic|picture|image|file{SPACE}photo)(?!\p{{L}})
  | [-–—]{SPACE}{{0,2}}\p{{L}}{{2,20}}{SPACE}pic(?!\p{{L}})
  | (?<!\p{{L}})getty{SPACE}images(?!\p{{L}})
  | (?<!\p{{L}})handout(?!\p{{L}})
  | \((?:\d{{1,2}}(?:st|nd|rd|th){SPACE})?(?:L|R|C|left|right|cent(?:er|re))
        (?:{SPACE}{{0,2}}(?:-|to){SPACE}{{0,2}}(?:L|R|left|right))?\)
  | \(\p{{L}}{{2,20}}{SPACE}{{0,2}}/{SPACE}{{0,2}}
        \p{{Lu}}\p{{Ll}}+(?:{SPACE}\p{{Lu}}[\p{{Ll}}\-]+){{1,3}}\)
    """,
    FLAGS,
)

#: The separators of a list of agencies: ``APP / Xinhua``, ``AFP, Reuters and AP``.
AGENCY_LIST_SPLIT_RE = compile_regex(
    rf"{SPACE}*(?:/|,|;|&|\||\+|{SPACE}[-–—]{{1,2}}{SPACE}|{SPACE}and{SPACE})+{SPACE}*",
    regex.IGNORECASE,
)

#: A name in brackets after a dateline that is an outlet, not a news agency (``CNN``).
OUTLET_RE = compile_regex(r"\p{Lu}[\p{Lu}\p{Ll}&.\-]{1,15}(?: \p{Lu}[\p{L}&.\-]{1,15}){0,2}")

# --------------------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------------------

#: "By" or "BY" (not a wrapped line's "by"), or "Written by", "REPORTED BY"...
BY_RE = compile_regex(
    rf"""
    (?:(?:(?i:w)ritten|(?i:r)eported|(?i:c)ompiled|WRITTEN|REPORTED|COMPILED){SPACE}{{1,3}}(?:by|BY)
      | By | BY)
    (?:{SPACE}{{0,3}}:)?{SPACE}{{1,3}}(?=\S)
    """,
    regex.VERBOSE,
)
_NAME_TOKEN = r"(?:\p{Lu}\.(?:\p{Lu}\.){0,3}|\p{Lu}[\p{L}\p{M}'’\-]{0,30}\.?)"
#: A person's name: two to five capitalised words or initials, with particles between.
NAME_RE = compile_regex(
    rf"""
    {_NAME_TOKEN}
    (?:{SPACE}{{1,2}}(?:(?:van|von|der|den|de|da|di|du|del|la|le|bin|binti|ibn|al|el|ul|y|dos)
        {SPACE}{{1,2}}){{0,2}}{_NAME_TOKEN}){{1,4}}
    """,
    regex.VERBOSE,
)
#: The separators of a list of names: a comma, ``&``, ``and``.
NAME_SPLIT_RE = compile_regex(rf"{SPACE}*(?:,|&|\band\b){SPACE}*", regex.IGNORECASE)
#: Where a writer is placed after the name: ``Jane Doe in Geneva``.
IN_PLACE_RE = compile_regex(rf"{SPACE}+(?:in|from|at){SPACE}+\p{{Lu}}[^,;]*$")

#: A tail line crediting the writer: ``By Kim Hyun-soo``, ``Writing by Burak Bir``,
#: ``Reporting by Pedro Peduzzi – Agência Brasil``, ``Reporter: Katriana``. Groups:
#: ``label`` (``Reporter``, when the line has one), ``body``.
TAIL_BY_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    ^{SPACE}{{0,3}}(?=\p{{Lu}})
    (?:
        (?P<label>(?i:reporters?|writers?|authors?)){SPACE}{{0,2}}:{SPACE}{{0,3}}
      | (?i:(?:additional{SPACE}{{1,3}})?(?:reporting|writing|written|reported|compiled|text|story)
            (?:{SPACE}{{1,3}}and{SPACE}{{1,3}}(?:reporting|writing))?){SPACE}{{1,3}}by{SPACE}{{1,3}}
      | (?:By|BY){SPACE}{{1,3}}
    )
    (?P<body>[^\r\n]{{1,200}}?)
    {SPACE}{{0,3}}$
    """,
    regex.VERBOSE | regex.MULTILINE | regex.VERSION0,
)
#: A one-word name after a ``Reporter:`` label (``Katriana``): Indonesian mononyms.
MONONYM_RE = compile_regex(r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]{1,30}")

#: Reuters-style credits anywhere: ``(Reporting by Jane Doe; Editing by John Roe)``.
#: Group: ``body``, inside the brackets.
CREDIT_PARENTHESIS_RE = compile_regex(
    rf"""
    \({SPACE}{{0,3}}
    (?=(?:(?:additional|further|with){SPACE}{{1,3}})?(?:reporting|writing|written|compiled|editing|edited)\b)
    (?P<body>[^()\r\n]{{1,500}})
    \)
    """,
    FLAGS,
)
#: The opening of a part of a credit that names writers: ``Additional reporting by``.
CREDIT_PART_RE = compile_regex(
    rf"""
    {SPACE}{{0,3}}(?:(?:additional|further|with){SPACE}{{1,3}})?
    (?:reporting|writing|written|compiled)(?:{SPACE}{{1,3}}and{SPACE}{{1,3}}\w+)?{SPACE}{{1,3}}by{SPACE}{{1,3}}
    """,
    FLAGS,
)

# --------------------------------------------------------------------------------------
# Trailers and inline credits
# --------------------------------------------------------------------------------------

# Three scans, each led by a literal word so the engine skips ahead quickly. Group of
# each: ``agency_list``.

#: ``With inputs from PTI``.
INPUTS_FROM_RE = compile_regex(
    rf"""
    (?<![\p{{L}}])inputs?{SPACE}{{1,3}}from{SPACE}{{1,3}}
    (?P<agency_list>[^()\r\n.;]{{1,80}})
    """,
    FLAGS,
)
#: ``With PTI inputs``, ``(With agency inputs)``.
WITH_INPUTS_RE = compile_regex(
    rf"""
    (?<![\p{{L}}])with{SPACE}{{1,3}}
    (?P<agency_list>\p{{L}}[^()\r\n.;]{{0,60}}?)
    {SPACE}{{1,3}}inputs?(?![\p{{L}}])
    """,
    FLAGS,
)
#: A news agency reporting what a sentence says, at the sentence's end: ``..., the
#: official Saudi Press Agency (SPA) reported.``, ``..., ANI reported.`` (never ``AFP
#: reported fresh strikes``). Groups: ``agency_list`` (the capitalised words before
#: the verb, of which the reader takes the agency that ends them) and ``abbreviation``
#: (in brackets after them, if any). Case matters: the names are capitalised.
ATTRIBUTION_RE = compile_regex(
    rf"""
    (?<![\p{{L}}\p{{M}}'’\-])
    (?P<agency_list>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]{{0,24}}(?:{SPACE}{{1,2}}\p{{Lu}}[\p{{L}}\p{{M}}'’\-]{{0,24}}){{0,5}})
    (?:{SPACE}{{1,2}}news{SPACE}{{1,2}}agency)?
    (?:{SPACE}{{1,2}}\((?P<abbreviation>\p{{Lu}}[\p{{L}}\-]{{1,11}})\))?
    {SPACE}{{1,2}}report(?:ed|s)(?={SPACE}{{0,2}}(?:[.,;:]|$))
    """,
    regex.VERBOSE | regex.VERSION0,
)
#: ``Based On ANI Report``.
BASED_ON_RE = compile_regex(
    rf"""
    (?<![\p{{L}}])based{SPACE}{{1,3}}on{SPACE}{{1,3}}(?:(?:an?|the){SPACE}{{1,3}})?
    (?P<agency_list>\p{{L}}[\p{{L}}\-.'’]{{0,24}}+(?:{SPACE}\p{{L}}[\p{{L}}\-.'’]{{0,24}}+){{0,3}}?)
    {SPACE}{{1,3}}(?:reports?|inputs?|news|dispatch(?:es)?|copy)(?!\p{{L}})
    """,
    FLAGS,
)
#: ``(Source: PIB)``, ``Agencies:`` at the start of a line.
SOURCE_RE = compile_regex(
    rf"""
    ^{SPACE}{{0,3}}(?:\({SPACE}{{0,2}})?(?:source|sources|courtesy|agency|agencies){SPACE}{{0,2}}:{SPACE}{{0,3}}
    (?P<agency_list>[^\r\n]{{1,80}})
    """,
    FLAGS | regex.MULTILINE,
)

#: A sign-off at the end of a tail line: a name ``alone`` on its line (``(ANI)``), or
#: ``after_mark`` a bracket, dash or slash (``--IANS``).
TAIL_LINE_RE = Grammar(  # for both engines (see dipnews._engine)
    rf"""
    (?:
        ^{SPACE}{{0,3}}\(?{SPACE}{{0,2}}
            (?P<alone>[\p{{L}}][\p{{L}}\-.'’ ]{{0,40}}?)
            {SPACE}{{0,2}}\)?[.]?{SPACE}{{0,3}}$
      | (?:\(|(?:--?|—|–|/){SPACE}{{0,3}})
            (?P<after_mark>[\p{{L}}][\p{{L}}\-.'’ ]{{0,40}}?)
            {SPACE}{{0,3}}\)?[.]?{SPACE}{{0,3}}$
    )
    """,
    FLAGS | regex.MULTILINE,
)

#: A line that is only an e-mail address; an agency's ``domain`` (``khs@yna.co.kr``) signs.
EMAIL_LINE_RE = compile_regex(
    rf"^{SPACE}{{0,3}}[\w.+\-]{{1,40}}@(?P<domain>[\w\-]{{1,30}}(?:\.[\w\-]{{1,30}}){{1,3}}){SPACE}{{0,3}}$",
    regex.MULTILINE,
)
