"""The header's vocabulary: the words that tell a place, a person or a role from prose.

Every set is lower case; a word is compared with its :meth:`str.casefold`. Add a word to
the set that names its part (a headline verb to :data:`HEADLINE_WORDS`, a journalist's
title to :data:`ROLE_NOUNS`).

>>> from dipnews.header.vocabulary import is_role, words
>>> words("Jane Doe, Staff Reporter"), is_role("Staff Reporter"), is_role("Jane Doe")
(['Jane', 'Doe', 'Staff', 'Reporter'], True, False)
"""

from __future__ import annotations

from dipnews.header.grammar import WORD_RE

__all__ = [
    "HEADLINE_WORDS",
    "NOT_PLACE_START",
    "NOT_PLACE_WORD",
    "PARTICLES",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "SECTION_WORDS",
    "WEEKDAY_NAMES",
    "is_role",
    "words",
]


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of *words*, as a set."""
    return frozenset(words.split())


#: Words that open sentences, headlines and titles but never a place name.
NOT_PLACE_START = _wordset(
    """
    a an and as at after also although amid among according before but by during
    despite earlier following for from he her his however i if in into it its last
    later meanwhile mr mrs ms dr next no not now of on once one or our over said says
    she since so some speaking addressing that the their there these they this those
    though thus to today tomorrow under until upon we what when where which while who
    why with yesterday yet you your
    president minister prime foreign defence defense external secretary spokesperson
    spokesman spokeswoman ambassador envoy chairman chief deputy officials official
    sources report reports update updates breaking exclusive analysis opinion editorial
    watch video photos live explained read also editor published updated posted date
    note notes nb ps period qtr quarter year month week correction clarification photo
    file caption related advertisement tags topics
    """
)

#: Words that may stand in lower case inside a capitalised place (Rio de Janeiro).
PARTICLES = _wordset(
    "de da do dos das del della di du des la le les el al es y e en am an der den "
    "sur upon on of ul ud bin"
)

#: Words that cannot be part of a place at all (verbs, auxiliaries, pronouns).
NOT_PLACE_WORD = _wordset(
    """
    is are was were be been being has have had will would shall should can could may
    might must do does did said says say told tells met meet meets to the a an and or
    but if that this these those it its he she they we i you his her their our your
    who which what when not no with from for by as at in into over about after before
    ended ending ends begins began
    noon midday midnight close open gmt utc cdt cst edt est ist inc corp ltd plc llc
    """
)

#: The days of the week, which never open a place.
WEEKDAY_NAMES = _wordset("monday tuesday wednesday thursday friday saturday sunday")

#: Section labels and other words that may stand alone on a head line but are no place.
SECTION_WORDS = _wordset(
    """
    world national international nation opinion breaking exclusive analysis update news
    business sports sport politics economy markets asia europe africa americas middle
    east west south north region regional diplomacy defence security top stories latest
    home live war crisis explained editorial feature features interview video photos
    india china us uk global local city metro science tech technology health lifestyle
    entertainment culture education environment climate more trending
    """
)

#: Words that mark a byline segment as a role or an outlet, not a person.
ROLE_WORDS = _wordset(
    """
    staff reporter reporters correspondent correspondents writer writers editor editors
    bureau desk team news service services contributor contributors analyst columnist
    special senior chief associate press agency agencies times post express herald
    tribune today daily media network online web digital wire wires online our
    """
)

#: Nouns that end a journalist's role (``Diplomatic editor``, ``Security correspondent``).
ROLE_NOUNS = _wordset(
    "correspondent correspondents editor editors reporter reporters writer writers "
    "columnist analyst contributor producer journalist"
)
#: Capitalised words that may qualify a role noun (``Diplomatic editor``).
ROLE_MODIFIERS = _wordset(
    """
    diplomatic security political politics chief senior foreign defence defense economics
    economic business international world special staff associate deputy assistant
    managing executive contributing national regional bureau investigative science
    health technology energy environment legal global correspondent
    """
)

#: Words of a title-case headline that are never part of a person's name.
HEADLINE_WORDS = _wordset(
    """
    talk talks meet meets meeting visit visits arrives arrival call calls hold holds sign
    signs deal deals pact pacts ties summit news live update updates agree agrees vows
    urges slams backs warns seeks eyes plans hails welcomes condemns rejects
    """
)


def words(text: str) -> list[str]:
    """The words of *text*, in order."""
    return WORD_RE.findall(text)


def is_role(segment: str) -> bool:
    """Whether *segment* names a role or an outlet (a word of :data:`ROLE_WORDS`)."""
    return any(w.casefold() in ROLE_WORDS for w in words(segment))
