"""Parse one article and print its dipnews/1 JSON.

Run: python examples/parse_article.py [FILE]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dipnews

HERE = Path(__file__).resolve().parent
path = (
    Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "seeds" / "000_6aedb27b41c25407.txt"
)
article = dipnews.parse(path.read_text(encoding="utf-8"))
print(json.dumps(dipnews.to_dict(article), indent=2, ensure_ascii=False))
