"""Compare checkouts of dipnews on this machine, alternating them, in one sitting.

Run from the checkout: python benchmarks/ab.py TREE [TREE...] [--rounds N] [--quick]

Each TREE is a checkout (say one made with ``git worktree add /tmp/old <rev>``); its
``src/`` is put first on ``PYTHONPATH`` in a fresh process. Every round measures each
tree once, in turn, so that the machine's drift from minute to minute falls on all of
them alike. Per tree and round it prints one JSON line: the rules-only articles per CPU
second of ``benchmarks/run.py``'s throughput section (``dipnews.parse``, and
``dipnews.parse_many`` where the tree has it, over the seeds and synthetic articles), run
on the tree's code, and the wall time of a ``dipnews batch --jobs 1`` of synthetic
articles (start-up included).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth

# Run inside the tree's own process: benchmarks/run.py's throughput section on the tree's
# dipnews. argv: the tree, this folder, and "quick" or "full".
_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[2])
import dipnews, run
assert dipnews.__file__.startswith(sys.argv[1]), dipnews.__file__
print(json.dumps(run.throughput(sys.argv[3] == "quick")))
"""


def measure(tree: Path, *, quick: bool, batch: Path, scratch: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    here = str(Path(__file__).resolve().parent)
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), here, "quick" if quick else "full"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    rates = json.loads(child.stdout)
    figures: dict[str, object] = {"tree": str(tree)}
    figures.update({k: round(v, 1) for k, v in rates.items() if k.endswith("_cpu_rate")})
    command = [sys.executable, "-m", "dipnews", "batch", str(batch), "-o", str(scratch / "o"),
               "--jobs", "1", "--no-progress"]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    figures["batch_jobs1_wall_seconds"] = round(time.perf_counter() - started, 2)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts to compare")
    parser.add_argument("--rounds", type=int, default=2, help="times each tree is measured")
    parser.add_argument("--quick", action="store_true", help="shorter runs, rough figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        batch = synth.write_jsonl(scratch / "batch.jsonl", 300 if args.quick else 2000)
        for _ in range(args.rounds):
            for tree in args.trees:
                figures = measure(tree.resolve(), quick=args.quick, batch=batch, scratch=scratch)
                print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
