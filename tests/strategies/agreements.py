"""Hypothesis builders for agreement sentences, made from parts whose answer is known.

:func:`agreement_sentences` writes one wire-style sentence in which one or two countries,
or one or two officials, sign, agree, reaffirm or pledge something, and returns it with
the officials (built by hand, exact offsets) and the expected kind and parties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from dipnews.records import Official

__all__ = ["AgreementCase", "agreement_sentences"]

#: (country as written, ISO3, adjective) from many regions.
COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("Nigeria", "NGA", "Nigerian"),
    ("Vietnam", "VNM", "Vietnamese"),
    ("Chile", "CHL", "Chilean"),
    ("Norway", "NOR", "Norwegian"),
    ("Egypt", "EGY", "Egyptian"),
    ("Indonesia", "IDN", "Indonesian"),
    ("Kenya", "KEN", "Kenyan"),
    ("Poland", "POL", "Polish"),
    ("Mexico", "MEX", "Mexican"),
    ("Kazakhstan", "KAZ", "Kazakh"),
    ("Morocco", "MAR", "Moroccan"),
    ("Australia", "AUS", "Australian"),
)

#: (canonical name, title) of a made-up official of any country.
NAMES: tuple[tuple[str, str], ...] = (
    ("Adaeze Nwosu", "Foreign Minister"),
    ("Tran Minh Duc", "Prime Minister"),
    ("Camila Rojas", "President"),
    ("Ingrid Solberg", "Foreign Minister"),
    ("Karim Mansour", "Foreign Minister"),
    ("Dewi Lestari", "Foreign Minister"),
    ("Tomasz Nowak", "Deputy Prime Minister"),
    ("Aigerim Sadykova", "Foreign Minister"),
)

_ROLES = {
    "Foreign Minister": "FOREIGN_MINISTER",
    "Prime Minister": "HEAD_OF_GOVERNMENT",
    "President": "HEAD_OF_STATE",
    "Deputy Prime Minister": "DEPUTY_HEAD_OF_GOVERNMENT",
}

#: (verb, kind, what follows it) for two sides.
BOTH: tuple[tuple[str, str, str], ...] = (
    ("signed", "SIGN", "a memorandum of understanding on fisheries"),
    ("inked", "SIGN", "three agreements on energy and transport"),
    ("agreed", "AGREE", "to expand direct flights"),
    ("reached consensus", "AGREE", "on a new trade roadmap"),
    ("reaffirmed", "REAFFIRM", "their commitment to regional security"),
    ("reiterated", "REAFFIRM", "the importance of the strategic dialogue"),
    ("pledged", "COMMIT", "to double bilateral trade by 2030"),
    ("committed to", "COMMIT", "removing non-tariff barriers"),
)

#: (verb, kind, what follows it, with {own} for the side's own name) for one side.
ONE: tuple[tuple[str, str, str], ...] = (
    ("reaffirmed", "REAFFIRM", "{own}'s commitment to the ceasefire"),
    ("reaffirmed", "REAFFIRM", "its support for the peace process"),
    ("reiterated", "REAFFIRM", "{own}'s support for the UN mission"),
    ("pledged", "COMMIT", "to send 40 tonnes of medical supplies"),
    ("vowed", "COMMIT", "to keep its embassy open"),
    ("pledged", "COMMIT", "{own} would triple its climate finance"),
)

#: What may stand before the subject.
LEADS: tuple[str, ...] = ("", "On Tuesday, ", "In a joint statement, ", "Separately, ")


@attrs.frozen
class AgreementCase:
    """One sentence, the officials in it and the agreement it states."""

    text: str
    officials: tuple[Official, ...]
    kind: str
    parties: tuple[str, ...]


def _official(text: str, surface: str, name: str, code: str, title: str) -> Official:
    start = text.index(surface)
    return Official(name, surface, code, _ROLES[title], title, start, start + len(surface))


@st.composite
def agreement_sentences(draw: st.DrawFn) -> AgreementCase:
    """A sentence in which two sides, or one, sign, agree, reaffirm or pledge."""
    lead = draw(st.sampled_from(LEADS))
    two = draw(st.booleans())
    by_people = draw(st.booleans())
    picked = draw(st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
    sides = picked if two else picked[:1]
    if by_people:
        subjects = [f"{c[2]} {t} {n}" for c, (n, t) in zip(sides, names, strict=False)]
    else:
        subjects = [c[0] for c in sides]
    subject = " and ".join(subjects)
    if two:
        verb, kind, rest = draw(st.sampled_from(BOTH))
    else:
        verb, kind, rest = draw(st.sampled_from(ONE))
        rest = rest.format(own=sides[0][0])
    text = f"{lead}{subject} {verb} {rest}."
    officials: tuple[Official, ...] = ()
    if by_people:
        officials = tuple(
            _official(text, s, n, c[1], t)
            for s, c, (n, t) in zip(subjects, sides, names, strict=False)
        )
    return AgreementCase(text, officials, kind, tuple(c[1] for c in sides))
