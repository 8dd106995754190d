"""Shared fixtures: the project's knowledge and the bundled reports, processed once."""
import shutil
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


def new_project(folder):
    """A scratch project: the bundled reports, mkdocs.yml and the hand-written docs, nothing built."""
    shutil.copytree(REPORTS, folder / "reports")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "about.md", folder / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    return folder
