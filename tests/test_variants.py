"""Every real report we hold reads the same however a site or a tool passed it on
(report_fixtures.VARIANTS): mirrored in Traditional script in standard, Hong Kong or Taiwan
forms or with Taiwan's wording, copied from a PDF (hard-wrapped, cut by page numbers where its line
breaks were lost, run into one line or a sentence a line, spaced out, or its figures set apart by spaces),
turned into Markdown, with zero-width spaces
or a page's character references (&ldquo;) in it, its
quotation marks typed straight or as corner brackets, figures with thousands separators, a space after
every comma, with full-width
digits or punctuation, or years or small counts in Chinese numerals.

The texts are third-party pages kept outside the repository (tests/gold/sets.yml names them, and
each gold file its page); without them there is nothing to compare and the test is skipped."""
from collections import Counter

import pytest

from conftest import ROOT
from report_fixtures import VARIANTS, paged
from ruleoflaw.evaluate import load_sets
from ruleoflaw.pipeline import process_report

FACTS = ("region", "admin_level", "province", "prefecture", "county", "report_year", "publish_date")
# A hard wrap may cut a header line's date or a name in two, which no reader can mend; a date
# alone on its line, spaced out (2 0 2 4 - 0 1 - 2 3), is not closed up, as a row of figures
# (12 5 3) must not be. Every other variant keeps every figure and fact. Shares of the figures,
# and of the texts.
# Taiwan's wording leaves a few terms a mainland text writes too (稽核 for 审核, 檔案 for 文件)
# unread where the text writes no term only Taiwan's wording writes (script.yml). A region written
# with full-width brackets, 中国（福建）自由贸易试验区, is published as written.
ALLOWED = {"hard-wrapped": {"lost": 0.02, "gained": 0.005, "facts": 0.03},
           # a page number before a line that opens like a heading (— 3 — / 一、二审案件8件) is not joined across;
           # one in a report's first lines may cut its title or issuer
           "broken-by-page-numbers": {"lost": 0.001, "gained": 0, "facts": 0.003},
           "spaced-out": {"lost": 0, "gained": 0, "facts": 0.05},
           "taiwan-wording": {"lost": 0.002, "gained": 0, "facts": 0},
           "full-width-punctuation": {"lost": 0, "gained": 0, "facts": 0.002},
           # a count in Chinese numerals inside a list of them may still read differently (保留一件、废止一件)
           # a text run into one line keeps its figures (its breadcrumb or footer no longer drops the whole of
           # it), but its title, header rows and signature, which are read line by line, are lost
           "line-breaks-lost": {"lost": 0.003, "gained": 0.001, "facts": 0.2},
           # a sentence alone on its line may read as a heading (三是加强法治宣传。), its paragraph's topic lost to the next,
           # and so is what a rule reads in the figure's paragraph (paragraph_topic: …培训班等110余场次,受教育5035人次 is a
           # training's audience where the paragraph speaks of law) or the span a paragraph opens with (党的十八大以来,…)
           "sentence-a-line": {"lost": 0.007, "gained": 0.001, "facts": 0.03},
           "counts-in-chinese-numerals": {"lost": 0.005, "gained": 0.002, "facts": 0}}
EXACT = {"lost": 0, "gained": 0, "facts": 0}


def _figures(record):
    return Counter((row["indicator"], row["value"]) for row in record["indicators"])


@pytest.fixture(scope="module")
def held(knowledge):
    """[(path, text, record)] of every third-party text present beside the repository."""
    paths = sorted({path for spec in load_sets(ROOT / "tests" / "gold" / "sets.yml").values()
                    if spec["texts"].is_dir() and spec["texts"] != ROOT / "reports"
                    for path in spec["texts"].glob("*.txt")})
    if not paths:
        pytest.skip("no third-party texts beside the repository (tests/gold/sets.yml names them)")
    return [(path, path.read_text(encoding="utf-8"), process_report(path, knowledge)) for path in paths]


def _compare(pairs):
    """(figures in the first records, lost, gained, facts changed) over (name, record, its variant's record) pairs."""
    total = lost = gained = 0
    changed = []
    for name, record, varied in pairs:
        before, after = _figures(record), _figures(varied)
        total += sum(before.values())
        lost += sum((before - after).values())
        gained += sum((after - before).values())
        changed += [f"{name} {fact}: {record['metadata'][fact]} -> {varied['metadata'][fact]}"
                    for fact in FACTS if record["metadata"][fact] != varied["metadata"][fact]]
    return total, lost, gained, changed


def _read_as(vary, path, text, knowledge, folder):
    """The record of `text` changed by `vary`, written into `folder` under its own name."""
    copy = folder / path.name
    copy.write_text(vary(text), encoding="utf-8")
    return process_report(copy, knowledge)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_held_report_reads_the_same_in_every_variant(variant, held, knowledge, tmp_path):
    allowed = ALLOWED.get(variant, EXACT)
    total, lost, gained, changed = _compare(
        (path.name, record, _read_as(VARIANTS[variant], path, text, knowledge, tmp_path)) for path, text, record in held)
    assert lost <= allowed["lost"] * total, f"{variant}: {lost} of {total} figures lost"
    assert gained <= allowed["gained"] * total, f"{variant}: {gained} figures gained"
    assert len(changed) <= allowed["facts"] * len(held), changed[:10]


def test_a_pdfs_page_numbers_change_nothing_its_hard_wrap_does_not(held, knowledge, tmp_path):
    # a page number (— 2 —) under every page's lines of a hard-wrapped text, wherever a page ends: it is
    # dropped and the sentence it cut joined again (where the wrap alone lost a figure's words at that
    # place, they may be found again: a figure gained, never a figure lost)
    (tmp_path / "wrapped").mkdir()
    (tmp_path / "paged").mkdir()
    total, lost, gained, changed = _compare(
        (path.name, _read_as(VARIANTS["hard-wrapped"], path, text, knowledge, tmp_path / "wrapped"),
         _read_as(paged, path, text, knowledge, tmp_path / "paged")) for path, text, _ in held)
    assert lost == 0, f"{lost} of {total} figures lost"
    assert gained <= 0.001 * total, f"{gained} figures gained"
    assert len(changed) <= 0.001 * len(held), changed[:10]
