"""Sphinx configuration for the dipnews documentation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

import dipnews

project = "dipnews"
author = "dipnews developers"
copyright = "2026, dipnews developers"
release = dipnews.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "dipnews_docs",  # _ext/dipnews_docs.py: tables generated from the package's data
]

# No network at build time: intersphinx would fetch inventories, so it is left out and
# references to the standard library, attrs and spaCy are ignored below instead.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|dt|collections\.abc|typing|pathlib|attrs?|spacy|thinc|os|io)\..*"),
    (r"py:class", r"(str|int|bool|object|None|Path|TextIO|Iterable|Iterator|Sequence|Mapping|Any)"),
    (r"py:class", r"(Doc|Span|Language|Example|date|Attribute)"),
    (r"py:class", r"JSONDict|dipnews\.contract\.JSONDict"),
    (r"py:class", r"pandas\.DataFrame"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

doctest_global_setup = """
import datetime as dt
import dipnews
"""

html_theme = "furo"
html_title = f"dipnews {release}"
exclude_patterns = ["_build"]
