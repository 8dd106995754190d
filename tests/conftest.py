"""Shared fixtures: the project's knowledge and the bundled reports, processed once, and the browser."""
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from ruleoflaw.knowledge import load_knowledge
from ruleoflaw.paths import GENERATED_DOCS
from ruleoflaw.preview import serving as served  # a static server for a folder: tests import it from here
from ruleoflaw.pipeline import process_report

# Property tests judge what a function returns, never how fast: these machines are shared, and
# Hypothesis's deadline per example (200 ms) fails a correct test on a loaded one.
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")

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


def fenced_code_blocks(markdown):
    """The text of each fenced code block (``` or ~~~) of a Markdown document, in order."""
    return [match.group(2) for match in
            re.finditer(r"^(```|~~~)[^\n]*\n(.*?)^\1", markdown, re.MULTILINE | re.DOTALL)]


def new_project(folder, with_reports=True):
    """A scratch project: the bundled reports (or an empty reports/), mkdocs.yml and the
    hand-written docs, nothing built."""
    if with_reports:
        shutil.copytree(REPORTS, folder / "reports")
    else:
        (folder / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    (folder / "docs").mkdir()
    for page in (ROOT / "docs").glob("*.md"):
        if page.name not in GENERATED_DOCS:
            shutil.copy(page, folder / "docs" / page.name)
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    return folder


def build_site(project):
    """`build.py site` into a scratch project (datasets, pages, mkdocs --strict, the search index);
    returns its site/ folder, or fails the test with the build's own words."""
    run = subprocess.run([sys.executable, "build.py", "site", "--root", str(project)],
                         cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        pytest.fail(f"build.py site failed (exit {run.returncode}):\n{run.stderr[-4000:]}", pytrace=False)
    return project / "site"


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The static site built from the bundled reports into a scratch project folder."""
    return build_site(new_project(tmp_path_factory.mktemp("project")))


@pytest.fixture(scope="session")
def site_url(site):
    with served(site) as address:
        yield address


@pytest.fixture
def context(browser):
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


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


