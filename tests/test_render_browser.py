"""The HTML view in a real browser: headless Chromium draws it, with no console errors.

Skipped where no Chromium is installed (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from dipnews.render import render_html
from tests.conftest import SEEDS

_BROWSER = next(
    (p for name in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(name))),
    None,
)
pytestmark = pytest.mark.skipif(
    _BROWSER is None, reason="no Chromium on this machine (apt-get install chromium)"
)

# Flags for a root user on a machine without a network or a display.
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
)


def _pixels(png: bytes) -> list[list[bytes]]:
    """The pixels (RGB bytes), row by row, of an 8-bit RGB or RGBA PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data, width, height, channels = 8, b"", 0, 0, 3
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour in (2, 6)) == (8, True), "8-bit RGB or RGBA"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        at += 12 + length
    raw, stride = zlib.decompress(data), width * channels
    rows: list[list[bytes]] = []
    previous = bytearray(stride)
    for y in range(height):
        offset = y * (stride + 1)
        kind, line = raw[offset], bytearray(raw[offset + 1 : offset + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                predicted = left
            elif kind == 2:
                predicted = up
            elif kind == 3:
                predicted = (left + up) // 2
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predicted = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            else:
                predicted = 0
            line[x] = (line[x] + predicted) & 0xFF
        rows.append([bytes(line[x : x + 3]) for x in range(0, stride, channels)])
        previous = line
    return rows


def test_chromium_draws_the_page_without_console_errors(tmp_path: Path) -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    page = tmp_path / "view.html"
    page.write_text(
        render_html(seed.read_text(encoding="utf-8"), title=seed.name), encoding="utf-8"
    )
    shot = tmp_path / "view.png"
    assert _BROWSER is not None
    run = subprocess.run(
        [
            _BROWSER,
            *_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=900,1400",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    rows = _pixels(shot.read_bytes())
    assert (len(rows[0]), len(rows)) == (900, 1400)
    sample = [pixel for row in rows[::5] for pixel in row[::5]]
    assert len(set(sample)) > 20, "not blank: text and marks in several colours"
    inked = sum(pixel != b"\xff\xff\xff" for pixel in sample)
    assert inked > 0.02 * len(sample), "not blank: at least 2% of the page is drawn on"
