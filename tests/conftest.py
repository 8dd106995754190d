"""Shared fixtures: the project's knowledge and the bundled reports, processed once, and the browser."""
import contextlib
import functools
import importlib
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ruleoflaw.knowledge import load_knowledge
from ruleoflaw.pipeline import process_report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
GOLD = Path(__file__).resolve().parent / "gold" / "bundled"


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge()


@pytest.fixture(scope="session")
def bundled_records(knowledge):
    """{source file name: record} for every bundled report."""
    return {path.name: process_report(path, knowledge) for path in sorted(REPORTS.glob("*.txt"))}


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="Rewrite the golden files in tests/golden from the current output; review the diff.")


@pytest.fixture
def golden(request):
    """golden(name, text): compare `text` with tests/golden/<name>, or rewrite it with --update-goldens."""
    folder = Path(__file__).resolve().parent / "golden"

    def check(name, text):
        path = folder / name
        if request.config.getoption("--update-goldens"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        assert path.exists(), f"no golden file {path}: run pytest --update-goldens and review it"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check


def new_project(folder, with_reports=True):
    """A scratch project: the bundled reports (or an empty reports/), mkdocs.yml and the
    hand-written docs, nothing built."""
    if with_reports:
        shutil.copytree(REPORTS, folder / "reports")
    else:
        (folder / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "about.md", folder / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    return folder


# --- a real browser: Debian's chromium driven by Playwright (tests marked `browser`) ---

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL_HINT = ("apt-get install -y --no-install-recommends chromium && "
                ".venv/bin/pip install 'playwright>=1.45,<2' (no `playwright install`: "
                "the tests use /usr/bin/chromium)")
@pytest.fixture(scope="session")
def sync_api():
    """playwright.sync_api, checked before the site is built so a missing browser costs nothing."""
    missing = []
    if not CHROMIUM.is_file():
        missing.append(str(CHROMIUM))
    try:
        api = importlib.import_module("playwright.sync_api")
    except ImportError:
        missing.append("the playwright Python package")
    if missing:
        message = f"missing {' and '.join(missing)}; install with: {INSTALL_HINT}"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return api


@pytest.fixture(scope="session")
def browser(sync_api):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        """No request log in pytest's output."""


@contextlib.contextmanager
def served(folder):
    """A static server on localhost for `folder`; yields its address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
