"""Score dipnews on the real-article development set (``../shared/realdev/``).

Usage::

    python scripts/eval_real.py DIR [--verbose] [--json OUT] [--only real|seeds|all] [--cli]

DIR is the folder of the set's texts (``<id>.txt``), which are third-party pages and are
never committed: ``../shared/realdev/README.md`` says how to get them. Without DIR the
script uses ``$DIPNEWS_REALDEV_TEXTS``, and without either it says so and exits 2. The
gold and the scorer are the set's own (``score.py`` beside the gold; ``--scorer`` points
elsewhere).

By default the texts are parsed in this process with this checkout's ``dipnews.parse``
(the same JSON as ``dipnews parse --format json``, some fifty times faster than a process
per text); ``--cli`` runs the scorer exactly as it is, with the ``dipnews`` executable
beside this interpreter.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# ../shared/realdev/score.py beside the checkout (or beside a folder holding it, for a
# git worktree kept one level deeper)
SCORER = next(
    (
        folder / "shared" / "realdev" / "score.py"
        for folder in ROOT.parents
        if (folder / "shared" / "realdev" / "score.py").is_file()
    ),
    ROOT.parent / "shared" / "realdev" / "score.py",
)


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("realdev_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"eval_real: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parse_in_process(path: Path) -> dict[str, Any]:
    import dipnews

    text = path.read_text(encoding="utf-8")
    return dipnews.to_dict(dipnews.parse(text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, help="folder of the set's <id>.txt texts")
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--json", type=Path, help="also write the table as JSON to this file")
    parser.add_argument("--only", choices=["real", "seeds", "all"], default="all")
    parser.add_argument("--scorer", type=Path, default=SCORER, help="the set's score.py")
    parser.add_argument("--cli", action="store_true", help="run `dipnews parse` once per text")
    args = parser.parse_args(argv)

    from_environment = os.environ.get("DIPNEWS_REALDEV_TEXTS")
    texts = args.texts or (Path(from_environment) if from_environment else None)
    if texts is None:
        print(
            "eval_real: no texts given. Pass the folder of the real-article texts "
            "(or set DIPNEWS_REALDEV_TEXTS); ../shared/realdev/README.md says how to get them.",
            file=sys.stderr,
        )
        return 2
    if not texts.is_dir():
        print(f"eval_real: {texts} is not a folder of texts", file=sys.stderr)
        return 2
    if not args.scorer.is_file():
        print(f"eval_real: no scorer at {args.scorer} (give --scorer)", file=sys.stderr)
        return 2

    command = ["--texts", str(texts), "--only", args.only]
    command += ["--verbose"] if args.verbose else []
    command += ["--json", str(args.json)] if args.json else []
    if args.cli:
        executable = Path(sys.executable).with_name("dipnews")
        env = {**os.environ, "DIPNEWS_BIN": str(executable)}
        return subprocess.run(
            [sys.executable, str(args.scorer), *command], env=env, check=False
        ).returncode
    scorer = _load_scorer(args.scorer)
    scorer.run_dipnews = _parse_in_process
    sys.argv = [str(args.scorer), *command]
    return int(scorer.main())


if __name__ == "__main__":
    raise SystemExit(main())
