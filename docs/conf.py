"""Sphinx configuration for the dipnews documentation."""

from __future__ import annotations

import doctest
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
    "sphinx.ext.intersphinx",
    "dipnews_docs",  # _ext/dipnews_docs.py: tables generated from the package's data
]

# No network at build time: intersphinx reads small inventories kept in the repository
# (docs/_inventories/build.py lists the objects of Python, spaCy, attrs and pandas that the
# docs name, with their real addresses).
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
    "spacy": ("https://spacy.io", "_inventories/spacy.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inventories/attrs.inv"),
    "pandas": ("https://pandas.pydata.org/docs", "_inventories/pandas.inv"),
}
nitpicky = True
nitpick_ignore_regex = [
    # names as the signatures of spaCy's factory functions and of modules without
    # postponed annotations spell them (``dt.date``, bare ``Doc``), and a type variable
    (r"py:class", r"Doc|Language|dt\.date|dipnews\.contract\._Record"),
    (r"py:class", r"JSONDict|dipnews\.contract\.JSONDict"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# As the package's own doctests run (tests/test_doctests.py): long reprs may wrap.
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.NORMALIZE_WHITESPACE
)

doctest_global_setup = """
import datetime as dt
import dipnews
"""

html_theme = "furo"
html_title = f"dipnews {release}"
exclude_patterns = ["_build"]
