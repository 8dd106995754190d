"""Shared fixtures: the project's knowledge and the bundled reports, processed once."""
from pathlib import Path

import pytest

from ruleoflaw.knowledge import load_knowledge
from ruleoflaw.pipeline import process_report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge()


@pytest.fixture(scope="session")
def bundled_records(knowledge):
    """{source file name: record} for every bundled report."""
    return {path.name: process_report(path, knowledge) for path in sorted(REPORTS.glob("*.txt"))}
