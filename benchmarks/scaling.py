"""Time and peak memory against input size, for dipnews.parse and each component.

Every measurement runs in a fresh child process, so each peak-memory figure is that
run's own: the process's peak resident memory during the call less its resident memory
just before it (the input string is built before, and not counted). Time is CPU time of
the call.

Usage (from the repository root)::

    python benchmarks/scaling.py                       # wire prose, 1 KB .. 5 MB + 10 MB
    python benchmarks/scaling.py --input minister --components parse forums.find
    python benchmarks/scaling.py --sizes 1000 100000 --timeout 120

``--input`` is ``wire-prose`` (ordinary wire copy, repeated: the realistic worst case) or
any adversarial input of ``tests/strategies/text.py`` (``dashes``, ``minister``,
``nested-parens``...). A size is skipped once the previous one took longer than
``--budget`` seconds (its extrapolated time is printed instead). The table is printed in
reStructuredText, ready for ``docs/robustness.rst``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANCHOR = dt.date(2025, 11, 17)
SIZES = (1_000, 10_000, 100_000, 1_000_000, 5_000_000, 10_000_000)
COMPONENTS = ("parse", "header", "temporal", "officials", "forums.find", "events")


def _component(name: str) -> Callable[[str], object]:
    import dipnews
    from dipnews import events, forums, header, officials, temporal

    table: dict[str, Callable[[str], object]] = {
        "parse": lambda t: dipnews.parse(t, max_chars=len(t)),
        "header": header.parse_header,
        "temporal": lambda t: temporal.find(t, anchor=ANCHOR),
        "officials": lambda t: officials.resolve(t, published=ANCHOR),
        "forums.find": forums.find,
        "events": lambda t: events.extract(t, published=ANCHOR),
    }
    return table[name]


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def _current_mb() -> float:
    """The process's resident memory now, in MB (Linux); elsewhere the peak so far, which
    can hide up to one input's size of the call's own peak."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return _peak_mb()
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 2**10
    return _peak_mb()


def _count(result: object) -> int:
    if isinstance(result, (list, tuple)):
        return len(result)
    total = 0
    for group in ("officials", "forums", "events", "agreements", "bylines", "credits"):
        value = getattr(result, group, None)
        if isinstance(value, tuple):
            total += len(value)
    return total


def child(component: str, size: int, pattern: str) -> None:
    """Measure one call and print its figures as one JSON line."""
    sys.path.insert(0, str(ROOT))
    from tests.strategies.text import ADVERSARIAL

    fn = _component(component)
    # Warm up: tables loaded and every grammar compiled (a forum and an ordinal included),
    # so the figure is the call's own cost.
    fn(
        "New Delhi, Nov 17 (IANS) EAM S. Jaishankar met Sergei Lavrov in Moscow on Monday "
        "on the sidelines of the 25th SCO Council of Heads of State and the G-20 Summit."
    )
    text = ADVERSARIAL[pattern](size)
    gc.collect()
    before = _current_mb()
    start = time.process_time()
    result = fn(text)
    seconds = time.process_time() - start
    after = _peak_mb()
    print(
        json.dumps(
            {"seconds": seconds, "peak_mb": max(after - before, 0.0), "records": _count(result)}
        )
    )


def _measure(component: str, size: int, pattern: str, timeout: float) -> dict[str, float] | str:
    env = {**os.environ, "DIPNEWS_MAX_CHARS": str(max(size, 10_000_000))}
    args = [sys.executable, __file__, "--child", component, str(size), pattern]
    try:
        proc = subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        return f"timeout ({timeout:.0f} s)"
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["?"]
        return f"error: {lines[-1][:60]}"
    figures: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1_000} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--child", nargs=3, metavar=("COMPONENT", "SIZE", "INPUT"))
    parser.add_argument("--components", nargs="+", default=list(COMPONENTS))
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES))
    parser.add_argument("--input", default="wire-prose", help="wire-prose or an adversarial input")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per run")
    parser.add_argument("--budget", type=float, default=300.0, help="skip bigger sizes after")
    args = parser.parse_args(argv)
    if args.child:
        component, size, pattern = args.child
        child(component, int(size), pattern)
        return 0

    print(f"input: {args.input}; CPU seconds and peak extra memory per call")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    header = (
        f"{'component':<12} {'size':>6} {'seconds':>9} {'us/char':>8} {'peak MB':>8} {'records':>8}"
    )
    rule = " ".join("=" * w for w in (12, 6, 9, 8, 8, 8))
    print(rule, header, rule, sep="\n", flush=True)
    for component in args.components:
        last: tuple[int, float] | None = None
        for size in sorted(args.sizes):
            if last is not None and last[1] > args.budget:
                guess = last[1] * size / last[0]
                print(f"{component:<12} {_size(size):>6} {'~' + format(guess, '.0f'):>9} (skipped)")
                continue
            figures = _measure(component, size, args.input, args.timeout)
            if isinstance(figures, str):
                print(f"{component:<12} {_size(size):>6} {figures}", flush=True)
                break
            seconds = figures["seconds"]
            print(
                f"{component:<12} {_size(size):>6} {seconds:>9.3f} "
                f"{1e6 * seconds / size:>8.2f} {figures['peak_mb']:>8.1f} "
                f"{int(figures['records']):>8}",
                flush=True,
            )
            last = (size, seconds)
    print(rule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
