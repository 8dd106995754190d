"""Reports are read whatever their encoding; unreadable ones are errors naming the file."""
import pytest

from ruleoflaw.errors import ReportError
from ruleoflaw.ingest import ingest, list_reports

SAMPLE = "港口镇2021年法治政府建设年度报告\n全年未发生一起行政诉讼案件，受理行政复议案件20件。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_simplified_text_is_read_in_any_common_encoding(tmp_path, encoding, knowledge):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    assert ingest(path, knowledge)["raw_text"] == SAMPLE


def test_traditional_text_is_read_from_big5(tmp_path, knowledge):
    text = "港口鎮2021年法治政府建設年度報告\n全年未發生一起行政訴訟案件，受理行政復議案件20件。\n"
    path = tmp_path / "big5-traditional.txt"
    path.write_bytes(text.encode("big5"))
    assert ingest(path, knowledge)["raw_text"] == text


def test_empty_and_binary_files_are_errors_that_name_the_file(tmp_path, knowledge):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(ReportError, match="empty.txt: is empty"):
        ingest(empty, knowledge)
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.4 binary")
    with pytest.raises(ReportError, match="scan.txt: is not a readable PDF"):
        ingest(pdf, knowledge)


def test_undecodable_bytes_are_an_error_not_mojibake(tmp_path, knowledge):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(ReportError, match="noise.txt"):
        ingest(path, knowledge)


def test_the_sidecar_beside_a_report_is_read_and_skipped_as_a_source(tmp_path, knowledge):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a.yml").write_text("source_url: https://example.gov.cn/a.html\nreport_year: 2021\n", encoding="utf-8")
    assert [p.name for p in list_reports(tmp_path)[0]] == ["a.txt"]
    assert ingest(tmp_path / "a.txt", knowledge)["sidecar"] == {"source_url": "https://example.gov.cn/a.html", "report_year": 2021}


def test_a_broken_sidecar_is_an_error_naming_it(tmp_path, knowledge):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a.yml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ReportError, match="a.yml: sidecar must be a mapping"):
        ingest(tmp_path / "a.txt", knowledge)


def test_a_report_over_the_size_limit_is_refused_with_the_fix(tmp_path, knowledge, monkeypatch):
    monkeypatch.setenv("RULEOFLAW_MAX_TEXT_MB", "0.01")
    (tmp_path / "long.txt").write_text("某县2023年法治政府建设年度报告\n" + "受理行政复议案件5件。" * 1000, encoding="utf-8")
    with pytest.raises(ReportError, match="more than the limit of 0.01 MB.*RULEOFLAW_MAX_TEXT_MB"):
        ingest(tmp_path / "long.txt", knowledge)
