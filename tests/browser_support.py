"""What the browser tests share: the system Chromium, its offline flags, screenshots."""
from __future__ import annotations

import importlib.util
import os
import struct
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium quiet on a machine with no network but the test server.
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
DOCS = Path(__file__).resolve().parents[1] / "docs"


def skip_without_browser() -> None:
    """Skip the calling test module when Chromium or Playwright is missing (.ci/run installs both)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does it)", allow_module_level=True)
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("playwright is missing (pip install -e '.[test]')", allow_module_level=True)


def launch() -> Iterator:
    """A headless system Chromium for a module-scoped fixture (never Playwright's own download)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def screenshot_path(name: str, tmp_path: Path) -> Path:
    """docs/NAME with KG_UPDATE_SCREENSHOTS=1 (the README's pictures), else a temporary file."""
    target = DOCS / name if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1" else tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def check_png(path: Path, size: tuple[int, int] | None = None) -> None:
    """The file is a PNG of that size with real content (not a blank page)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    if size is not None:
        assert struct.unpack(">II", data[16:24]) == size
    assert len(data) > 20_000
