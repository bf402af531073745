"""Write the small intersphinx inventories the docs link through (run after editing).

The docs build has no network, so intersphinx cannot fetch the inventories of Python,
spaCy, attrs and pandas. These files list the objects of theirs that dipnews's docs refer
to, with the addresses of their real documentation; ``docs/conf.py`` points intersphinx at
them. Add an entry here when a docstring names another such object, then run
``python docs/_inventories/build.py``.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (version, [(name, domain:role, address relative to the project's docs)])
INVENTORIES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "python": (
        "3",
        [
            ("datetime.date", "py:class", "library/datetime.html#datetime.date"),
            ("datetime.date.weekday", "py:method", "library/datetime.html#datetime.date.weekday"),
            ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
            ("importlib.resources", "py:module", "library/importlib.resources.html"),
            *(
                (
                    f"collections.abc.{name}",
                    "py:class",
                    f"library/collections.abc.html#collections.abc.{name}",
                )
                for name in ("Callable", "Iterable", "Iterator", "Mapping", "Sequence")
            ),
        ],
    ),
    "spacy": (
        "3",
        [
            ("spacy.tokens.Doc", "py:class", "api/doc"),
            ("spacy.tokens.doc.Doc", "py:class", "api/doc"),
            ("spacy.tokens.Doc.to_bytes", "py:method", "api/doc#to_bytes"),
            ("spacy.tokens.Doc.has_extension", "py:method", "api/doc#has_extension"),
            ("spacy.tokens.span.Span", "py:class", "api/span"),
            ("spacy.tokens.Span", "py:class", "api/span"),
            ("spacy.language.Language", "py:class", "api/language"),
            ("spacy.language.Language.make_doc", "py:method", "api/language#make_doc"),
        ],
    ),
    "attrs": (
        "stable",
        [
            ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
            ("attrs.define", "py:function", "api.html#attrs.define"),
        ],
    ),
    "pandas": (
        "2",
        [("pandas.DataFrame", "py:class", "reference/api/pandas.DataFrame.html")],
    ),
}


def write(project: str, version: str, entries: list[tuple[str, str, str]]) -> Path:
    head = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {address} -\n" for name, role, address in entries)
    path = HERE / f"{project}.inv"
    path.write_bytes(head.encode("utf-8") + zlib.compress(body.encode("utf-8")))
    return path


if __name__ == "__main__":
    for project, (version, entries) in INVENTORIES.items():
        print(write(project, version, entries))
