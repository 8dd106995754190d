"""Metadata is read from the report itself; the sidecar has the final word."""
import pytest
import yaml

from conftest import GOLD
from ruleoflaw.metadata import infer_metadata
from ruleoflaw.pipeline import process_report

GOLD_FILES = sorted(GOLD.glob("*.yml"))


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_bundled_reports_give_their_gold_metadata(gold_file, bundled_records):
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    metadata = bundled_records[gold["source"]]["metadata"]
    assert {field: metadata[field] for field in gold["metadata"]} == gold["metadata"]


def test_a_township_is_placed_by_the_parents_the_report_names(bundled_records):
    metadata = bundled_records["001_d6eaf61c1023c0d0.txt"]["metadata"]
    assert (metadata["province"], metadata["prefecture"], metadata["division_code"]) == ("广东省", "中山市", "442000108")


def test_a_cited_document_number_is_not_the_reports_own(bundled_records):
    assert bundled_records["000_a8c57fa29ca69867.txt"]["metadata"]["doc_number"] is None


def test_header_fields_and_signature_are_read(knowledge):
    text = ("索引号：11652300MB1234567X/2024-00012 文号：安经开〔2024〕7号\n"
            "发布机构：安丘经济开发区管委会 发布日期：2024-02-20\n"
            "安丘经济开发区2023年法治政府建设年度报告\n"
            "2023年，安丘经济开发区坚持依法行政。\n"
            "安丘经济开发区管理委员会\n2024年2月18日")
    metadata = infer_metadata(text, {}, knowledge)
    assert metadata["doc_number"] == "安经开〔2024〕7号"
    assert metadata["index_number"] == "11652300MB1234567X/2024-00012"
    assert metadata["publish_date"] == "2024-02-20"
    assert (metadata["region"], metadata["admin_level"], metadata["report_year"]) == ("安丘经济开发区", "development_zone", 2023)
    assert (metadata["province"], metadata["prefecture"], metadata["county"]) == ("山东省", "潍坊市", "安丘市")


def test_the_signature_date_is_the_publication_date_when_no_header_says(knowledge):
    text = "现将某某县2023年法治政府建设情况报告如下：\n一、主要成效\n……\n某某县人民政府\n2024年1月30日"
    assert infer_metadata(text, {}, knowledge)["publish_date"] == "2024-01-30"


def test_the_sidecar_overrides_what_the_text_says(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text("现将新源县2023年法治政府建设各项工作总结如下:\n一、成效\n", encoding="utf-8")
    (tmp_path / "r.yml").write_text("publish_date: '2024-03-01'\nsource_url: https://www.xinyuan.gov.cn/r.html\n",
                                    encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["publish_date"] == "2024-03-01"
    assert record["metadata"]["region"] == "新源县"
    assert record["id"] == "2023-xinyuanxian"


def test_a_department_is_named_whole_and_placed_by_its_government(knowledge):
    text = "新源县司法局2023年度法治政府建设工作报告\n2023年，县司法局扎实推进法治政府建设。"
    metadata = infer_metadata(text, {}, knowledge)
    assert (metadata["region"], metadata["admin_level"]) == ("新源县司法局", "department")
    assert (metadata["province"], metadata["division_code"]) == ("新疆维吾尔自治区", "654025")


@pytest.mark.parametrize("opening, expected", [
    ("关于新源县2023年度法治政府建设情况的报告\n正文", ("新源县", "county", 2023, None)),
    ("新源县人民政府2023年法治政府建设年度报告\n发布时间：2024-01-15 16:30 来源：县司法局\n正文",
     ("新源县", "county", 2023, "2024-01-15")),
    ("中山市港口镇人民政府关于2021年法治政府建设工作情况的报告\n正文", ("港口镇", "township", 2021, None)),
    ("东华门街道办事处2023年法治政府建设年度报告\n正文", ("东华门街道", "township", 2023, None)),
])
def test_titles_in_the_ways_governments_write_them(knowledge, opening, expected):
    metadata = infer_metadata(opening, {}, knowledge)
    assert (metadata["region"], metadata["admin_level"], metadata["report_year"], metadata["publish_date"]) == expected
