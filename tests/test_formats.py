"""The same report in any format, encoding or script gives the same figures and facts."""
import pytest

from report_fixtures import CASES, SOURCE, write_fixtures
from ruleoflaw.pipeline import process_report

SAME_FACTS = ("region", "admin_level", "province", "prefecture", "report_year", "publish_date")


def figures(record):
    return sorted({(row["indicator"], row["value"], row["qualifier"]) for row in record["indicators"]})


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    return write_fixtures(tmp_path_factory.mktemp("fixtures"))


@pytest.fixture(scope="module")
def reference(knowledge):
    return process_report(SOURCE, knowledge)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_format_shows_the_same_indicators(case, fixtures, knowledge, reference):
    record = process_report(fixtures[case], knowledge)
    assert figures(record) == figures(reference)


@pytest.mark.parametrize("case", sorted(set(CASES) - {"no-title-line.txt"}))
def test_each_format_gives_the_same_metadata_and_title(case, fixtures, knowledge, reference):
    metadata = process_report(fixtures[case], knowledge)["metadata"]
    assert {f: metadata[f] for f in (*SAME_FACTS, "title")} == {f: reference["metadata"][f] for f in (*SAME_FACTS, "title")}


def test_a_report_without_a_title_line_gets_one_in_its_own_wording(fixtures, knowledge, reference):
    metadata = process_report(fixtures["no-title-line.txt"], knowledge)["metadata"]
    assert {f: metadata[f] for f in SAME_FACTS} == {f: reference["metadata"][f] for f in SAME_FACTS}
    assert metadata["title"] == "[港口镇2021年法治政府建设年度报告]"  # a supplied title, bracketed


def test_a_saved_page_loses_its_chrome_but_keeps_the_report(fixtures, knowledge, reference):
    text = process_report(fixtures["saved-page.html"], knowledge)["text"]
    for chrome in ("站内搜索", "ICP备", "公网安备", "技术支持", "相关文章", "访问量", "分享到"):
        assert chrome not in text
    for sentence in reference["text"].split("\n")[2:]:
        assert sentence in text


def test_the_traditional_original_is_kept_beside_the_simplified_text(fixtures, knowledge):
    record = process_report(fixtures["big5-traditional.txt"], knowledge)
    assert record["script"] == "traditional"
    assert "鎮" in record["original"] and "鎮" not in record["text"]
