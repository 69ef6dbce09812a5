from __future__ import annotations

import contextlib
import functools
import http.server
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"
ARTIFACTS = ROOT / "artifacts"


# Console messages that come from the theme or Thebe, not from our pages.
ALLOWED_CONSOLE = [
    re.compile(r"THEBE_JS_URL"),
    re.compile(r"has already been declared"),
    re.compile(r"^Got invalid theme mode: \. Resetting to auto\.$"),  # sphinx-book-theme before a mode is saved
]


@contextlib.contextmanager
def serve_folder(folder: Path):
    """Serve ``folder`` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@dataclass
class Problems:
    """Everything that went wrong in a page's life: console errors, uncaught exceptions, requests
    that failed or were answered with an HTTP error."""
    console: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self) -> None:
        real = [e for e in self.console if not any(p.search(e) for p in ALLOWED_CONSOLE)]
        assert not real and not self.failed, f"console errors: {real}; failed requests: {self.failed}"


def watch(page) -> Problems:
    problems = Problems()
    page.on("console", lambda msg: problems.console.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.console.append(str(exc)))
    page.on("requestfailed", lambda req: problems.failed.append(f"{req.failure} {req.url}"))
    page.on("response", lambda r: problems.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    return problems


@pytest.fixture(scope="session")
def site_url():
    if not (SITE / "index.html").is_file():
        pytest.fail("The book is not built: run `bash scripts/build_book.sh` first (scripts/test_site.sh does both).")
    with serve_folder(SITE) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.fail("Chromium is not installed: `apt-get install chromium` (scripts/test_site.sh does this as root).")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page whose whole life is watched: after the test, any console error or failed request
    on any page it visited fails the test (fonts and images loaded late included)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    problems = watch(pg)
    yield pg
    pg.wait_for_load_state("networkidle")
    ctx.close()
    problems.check()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
