"""``python -m dipnews``."""

import sys

from dipnews.cli import main

sys.exit(main())
