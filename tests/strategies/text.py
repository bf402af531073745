"""Hostile text: Hypothesis strategies and deterministic adversarial inputs.

Two kinds of builders live here:

* Hypothesis strategies (:func:`hostile_text`, :func:`hostile_articles`,
  :func:`mangled`) that mix wire-news fragments the components react to (datelines,
  titles, names, forum names, dates, verbs) with the characters that break naive text
  code: control characters, CRLF and lone CR, tabs, NBSP, BOM, zero-width joiners and
  spaces, bidi controls, combining marks, other scripts, astral characters.
* :data:`ADVERSARIAL`: named builders ``size -> str`` of pathological repetitive inputs
  (``"Minister Minister ..."``, 100,000 dashes, nested parentheses...) used by the
  linearity test and the scaling benchmark.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

__all__ = [
    "ADVERSARIAL",
    "SPECIALS",
    "WIRE_FRAGMENTS",
    "WIRE_PROSE",
    "adversarial",
    "hostile_articles",
    "hostile_text",
    "line_ends",
    "mangled",
]

#: Characters and short sequences that trip text code: line ends, spaces, invisible
#: format characters, bidi controls, combining marks, other scripts, NUL and friends.
SPECIALS: tuple[str, ...] = (
    "\r\n", "\r", "\n", "\n\n", "\t", "\x0b", "\x0c", "\x00", "\x1b", "\x7f", "\x85",
    "\u00a0", "\u2007", "\u202f", "\u3000", "\u2028", "\u2029",
    "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069",
    "\u0301", "\u0308", "\u0327", "e\u0301", "\u0915\u094d\u200d\u0937",
    "विदेश मंत्री", "जयशंकर", "Сергей Лавров", "Министр", "وزير الخارجية", "الرياض",
    "王毅", "外交部", "외교부", "東京", "İstanbul", "ß", "ﬁ", "Å", "K",
    "👩\u200d💼", "🇮🇳", "\U0001d400", "\U000e0001",
    "–", "—", "‒", "―", "−", "‘", "’", "“", "”", "«", "»", "…", "•",
)  # fmt: skip

#: Pieces of wire copy that the components react to, so hostile mixtures still exercise
#: the code paths that return offsets.
WIRE_FRAGMENTS: tuple[str, ...] = (
    " date 2025-11-17 ",
    "New Delhi, Nov 17 (IANS) ",
    "MOSCOW, Aug 21 (Reuters) - ",
    "WASHINGTON (AP) — ",
    "Beijing, March 3 (Xinhua) -- ",
    "Islamabad, Dec. 5 (APP): ",
    "TOKYO, Jan 9 (Kyodo) - ",
    "Abu Dhabi, 12th May, 2025 (WAM) -- ",
    "New York: ",
    "By Jane Doe",
    "By Anil Kumar and Priya Sharma, ",
    "(With inputs from PTI)",
    "Based On ANI Report",
    "External Affairs Minister S. Jaishankar",
    "EAM Dr S Jaishankar",
    "Russian Foreign Minister Sergei Lavrov",
    "Prime Minister Narendra Modi",
    "President Vladimir Putin",
    "Chinese Foreign Minister Wang Yi",
    "US Secretary of State Marco Rubio",
    "Russia's First Deputy Prime Minister Denis Manturov",
    "Foreign Ministry spokesperson Maria Zakharova",
    "UN Secretary-General Antonio Guterres",
    "Shanghai Cooperation Organisation (SCO)",
    "SCO Heads of State Council",
    "the 80th session of the UN General Assembly",
    "the BRICS Summit in Kazan",
    "G20",
    "Quad foreign ministers' meeting",
    "India–Russia Inter-Governmental Commission (IRIGC-TEC)",
    "ASEAN",
    "on Monday",
    "on November 17–18",
    "from August 19-21, 2025",
    "early December",
    "next week",
    "last month",
    "in 2024",
    "Nov 17",
    " met ",
    " held talks with ",
    " will visit ",
    " visited ",
    " spoke over the phone with ",
    " signed an MoU on ",
    " reaffirmed their commitment to ",
    " agreed to ",
    " pledged to ",
    " in Moscow",
    " in New Delhi",
    ". ",
    ", ",
    " and ",
    "(",
    ")",
    '"',
)

_NO_SURROGATES = st.characters(exclude_categories=["Cs"])


def hostile_text(*, max_size: int = 60) -> st.SearchStrategy[str]:
    """Arbitrary surrogate-free unicode text, control characters included."""
    return st.text(_NO_SURROGATES, max_size=max_size)


def line_ends() -> st.SearchStrategy[str]:
    """One line end as found in the wild: LF, CRLF, lone CR, and the unicode separators."""
    return st.sampled_from(("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\r"))


@st.composite
def hostile_articles(draw: st.DrawFn, *, max_pieces: int = 40) -> str:
    """Wire fragments, special characters and arbitrary unicode, joined in any order."""
    piece = st.one_of(
        st.sampled_from(WIRE_FRAGMENTS),
        st.sampled_from(WIRE_FRAGMENTS),
        st.sampled_from(SPECIALS),
        hostile_text(max_size=12),
        line_ends(),
    )
    return "".join(draw(st.lists(piece, max_size=max_pieces)))


@st.composite
def mangled(draw: st.DrawFn, text: str) -> str:
    """*text* with special characters inserted at arbitrary places and its spaces and line
    ends swapped for exotic ones; the words stay, so the components still find things."""
    out = text
    if draw(st.booleans()):
        out = out.replace("\n", draw(line_ends()))
    if draw(st.booleans()):
        out = out.replace(" ", draw(st.sampled_from(("\u00a0", "\t", "  ", "\u2009", " \u200b"))))
    inserts = draw(
        st.lists(st.tuples(st.integers(0, len(out)), st.sampled_from(SPECIALS)), max_size=8)
    )
    for position, extra in sorted(inserts, reverse=True):
        out = out[:position] + extra + out[position:]
    if draw(st.booleans()):
        out = "\ufeff" + out
    return out


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    build.__doc__ = f"{unit!r} repeated to the given length."
    return build


#: A paragraph of ordinary wire copy (written for these tests): repeated, it is the
#: realistic worst case, dense with officials, forums, dates and contacts that the
#: components must pair up (a quadratic pairing step shows here first).
WIRE_PROSE = (
    "Islamabad, Dec 5 (APP): Foreign Minister Ishaq Dar met his Chinese counterpart Wang Yi "
    "in Beijing on Tuesday and the two sides reaffirmed their commitment to the China-Pakistan "
    "Economic Corridor. Russian Foreign Minister Sergei Lavrov will visit New Delhi next week "
    "for talks with External Affairs Minister S. Jaishankar ahead of the SCO Council of Heads "
    "of Government meeting on December 10-11. Prime Minister Narendra Modi spoke over the "
    "phone with President Vladimir Putin on Monday, and the leaders agreed to hold the annual "
    "summit early next year. The Quad foreign ministers' meeting and the 80th session of the "
    "UN General Assembly were also discussed, officials said. (With inputs from PTI)\n\n"
)


def _after(lead: str, unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (lead + unit * (size // len(unit) + 1))[:size]

    build.__doc__ = f"{lead!r} and then {unit!r} repeated, to the given length."
    return build


def _nested_parens(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


#: Named adversarial inputs: each builder returns a text of exactly ``size`` characters.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "dashes": _repeat("-"),
    "em-dashes": _repeat("— "),
    "open-parens": _repeat("("),
    "nested-parens": _nested_parens,
    "paren-pairs": _repeat("(IANS) "),
    "commas": _repeat(","),
    "comma-space": _repeat(", "),
    "dots": _repeat(". "),
    "capitalised": _repeat("Foreign Minister Sergei Lavrov Moscow Delhi Council "),
    "minister": _repeat("Minister "),
    "of-the": _repeat("President of the of the "),
    "digits": _repeat("1234567890"),
    "date-runs": _repeat("Nov 17 "),
    "date-pieces": _repeat("Nov 17-18 in December, since 2021; the 17th of mid-"),
    # One long word after a date: every "ed" in it could end a past-tense verb.
    "ed-word": _after("They said on Monday ", "aaaaaaaaaaed"),
    "dateline-runs": _repeat("New Delhi, Nov 17 (IANS) "),
    "initials": _repeat("S. "),
    "forum-words": _repeat("Shanghai Cooperation Organisation Summit Council of "),
    "verbs": _repeat("met and held talks and signed and agreed to "),
    "quotes": _repeat("“‘«"),
    "mixed-scripts": _repeat("विदेश मंत्री Сергей Лавров وزير الخارجية 王毅 "),
    "zero-width": _repeat("a\u200d\u200b"),
    "combining": _repeat("e\u0301\u0308\u0327"),
    "no-spaces": _repeat("abcdefghij"),
    "newlines": _repeat("\r\n\r"),
    "nul": _repeat("\x00"),
    "wire-prose": _repeat(WIRE_PROSE),
}


def adversarial(name: str, size: int) -> str:
    """The adversarial input *name* at *size* characters (see :data:`ADVERSARIAL`)."""
    return ADVERSARIAL[name](size)
