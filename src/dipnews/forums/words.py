"""The small patterns every other room builds on: the space between two words of a name,
dashes, apostrophes, the edges of a word, and ordinals (``17th``, ``seventeenth``,
``twenty-third``, ``XXII``) with their values."""

from __future__ import annotations

from dipnews._compiled import compile_regex
from dipnews._patterns import LINE_SPACE

# Whitespace with at most one line break, so a name may wrap but not cross a paragraph.
SPACE = LINE_SPACE
DASH = r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]"
#: :data:`DASH` compiled, to split a name on its dashes.
DASHES = compile_regex(DASH)
APOSTROPHE = r"['\u2019]"
# The end of a name: no word character after it, and no apostrophe as its last character.
END = r"(?<!['\u2019])(?![\w])"
# The start of a name: not inside a word or an abbreviation (``U.N.``).
START = r"(?<![\w.])"

UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
TENS_ORDINALS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _word_ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, w in enumerate(UNITS, 1):
        words[w] = i
    for i, w in enumerate(TEENS, 10):
        words[w] = i
    for i, (tens, tens_ordinal) in enumerate(zip(TENS, TENS_ORDINALS, strict=True), 2):
        words[tens_ordinal] = 10 * i
        for j, unit in enumerate(UNITS, 1):
            words[f"{tens} {unit}"] = 10 * i + j
    words["hundredth"] = 100
    return words


#: Each ordinal written in words (``twenty first`` with one space) and its value.
WORD_ORDINALS = _word_ordinals()
# A Roman numeral from II to LXXXIX written in capitals (``XXII Annual Summit``, in the
# house style of Russian and Latin American copy): two letters at least, so the pronoun
# ``I`` and a lone ``V`` or ``X`` are not ordinals.
_ROMAN = r"(?=[IVXL]{2})(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: An ordinal in digits or words, in any case, or a Roman numeral in capitals.
ORDINAL = (
    r"(?:"
    + _ROMAN
    + r"|(?i:\d{1,3}(?:st|nd|rd|th)|(?:"
    + "|".join(TENS)
    + r")(?:"
    + DASH
    + r"|[^\S\n])?(?:"
    + "|".join(UNITS)
    + ")|"
    + "|".join(sorted((w for w in WORD_ORDINALS if " " not in w), key=len, reverse=True))
    + r"))(?![\w])"
)
#: A whole word that is an ordinal in digits (``17th``), or casefolded, a Roman numeral
#: (``xxii``: the scan asks about words casefolded; :data:`ORDINAL` wants capitals).
DIGIT_ORDINAL = compile_regex(r"\d{1,3}(?:st|nd|rd|th)|" + _ROMAN.lower())
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
_DIGITS = compile_regex(r"\d+")
_ORDINAL_SPACE = compile_regex(DASH + r"|\s+")


def ordinal(n: int) -> str:
    """The English digit ordinal of *n* (``1st``, ``12th``, ``23rd``).

    >>> from dipnews.forums import ordinal
    >>> [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 80, 102)]
    ['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '80th', '102nd']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else _SUFFIXES.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_value(surface: str) -> int | None:
    """The value of an ordinal that :data:`ORDINAL` matched (``17th``, ``Twenty-third``)."""
    digits = _DIGITS.match(surface)
    if digits:
        return int(digits.group())
    folded = surface.casefold()
    if folded and all(c in _ROMAN_VALUES for c in folded):
        values = [_ROMAN_VALUES[c] for c in folded]
        # A letter before a larger one is subtracted (``IX`` is 9, ``XL`` 40).
        return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    return WORD_ORDINALS.get(_ORDINAL_SPACE.sub(" ", folded))
