"""Canonicalise a list of forum names to the contract's forum keys.

Run: python examples/canonicalise_forums.py [NAMES.txt]

Reads one name per line (or uses a built-in list of spellings) and prints the canonical
org/body/edition for each, with a readable full name; names dipnews does not know give
"unknown".
"""

from __future__ import annotations

import sys
from pathlib import Path

from dipnews import forums

NAMES = [
    "Shanghai Cooperation Organization",
    "SCO Council of Heads of State",
    "SCO Heads of Government Council",
    "BRICS summit",
    "80th UNGA",
    "UN General Assembly",
    "U.N. Security Council",
    "G-20",
    "Quad foreign ministers' meeting",
    "ASEAN Regional Forum",
    "India-Russia Annual Summit",
    "India-US 2+2 Ministerial Dialogue",
    "World Cup",
]

names = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if len(sys.argv) > 1 else NAMES
for name in names:
    if not name.strip():
        continue
    forum = forums.canonicalise(name)
    if forum is None:
        print(f"{name!r:40} unknown")
        continue
    key = forum.org if forum.body is None else f"{forum.org}/{forum.body}"
    edition = "" if forum.edition is None else f" edition {forum.edition}"
    print(f"{name!r:40} {key:<22}{edition}  {forums.display_name(forum)}")
