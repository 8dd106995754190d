"""Pages: golden Markdown, and nothing from a source document is read as Markdown or HTML."""
import html
import re

import markdown
import pytest
from hypothesis import given, settings, strategies as st
from mkdocs.config import load_config

from conftest import ROOT
from ruleoflaw.pages import NUMBER_CHARS, display_value, evidence_excerpt, html_text, md, render_indicator, render_report

SOURCE = "001_d6eaf61c1023c0d0.txt"


def test_report_page_matches_its_golden_file(bundled_records, knowledge, golden):
    golden("2021-gangkouzhen.md", render_report(bundled_records[SOURCE], knowledge))


def test_indicator_page_matches_its_golden_file(bundled_records, knowledge, golden):
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == "mediation_success_rate")
    golden("indicator-mediation_success_rate.md", render_indicator(indicator, list(bundled_records.values()), knowledge))


def test_an_indicator_pages_bars_say_what_their_values_qualifiers_allow(bundled_records, knowledge):
    # 发放宣传资料5000余份 is at least 5000: its bar says so, as its table does
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == "publicity_materials")
    page = render_indicator(indicator, list(bundled_records.values()), knowledge)
    assert sorted(re.findall(r"<span class=\"bar-value\">([^<]*)</span>", page)) == ["3,000", "≥5,000"]


def test_values_are_shown_with_at_most_two_decimals_and_money_to_the_fen():
    assert display_value({"value": 5218614.2, "unit": "yuan"}) == "5,218,614.20 元"   # the report writes 5218614.20元
    assert display_value({"value": 15000.0, "unit": "yuan"}) == "15,000 元"   # 1.5万元
    assert display_value({"value": 33.333, "unit": "percent"}) == "33.33%"
    assert display_value({"value": 12.5, "unit": "count"}) == "12.5"


def test_report_headings_keep_the_reports_levels(bundled_records, knowledge):
    page = render_report(bundled_records[SOURCE], knowledge)
    assert "\n## 一、学习贯彻习近平法治思想" in page
    assert "\n### \\(一\\)及时召开党委会" in page


def test_every_indicator_row_links_to_a_highlighted_figure(bundled_records, knowledge):
    page = render_report(bundled_records[SOURCE], knowledge)
    links = set(re.findall(r'<a class="evidence" href="#(f\d+)"', page))
    marks = set(re.findall(r'<mark id="(f\d+)"', page))
    assert links and links == marks


def _rendered_text(source):
    rendered = markdown.markdown(source, extensions=["tables", "attr_list", "md_in_html", "toc"])
    assert not re.search(r"<(?!/?p>)", rendered), rendered
    return html.unescape(re.sub(r"</?p>", "", rendered))


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1))
def test_any_text_renders_as_itself(text):
    visible = " ".join(text.split())
    if visible:
        assert _rendered_text(md(text)) == visible


def test_markup_in_a_report_stays_text():
    hostile = "<script>alert(1)</script> **粗** [链接](http://x) # 标题 1. 列表 | 表格 |"
    assert _rendered_text(md(hostile)) == hostile


@pytest.fixture(scope="module")
def site_markdown():
    """Markdown to HTML as mkdocs does it for the site: mkdocs.yml's extensions and their settings,
    and the same without the pass-through of HTML regions."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions, settings = config["markdown_extensions"], config["mdx_configs"]
    assert "ruleoflaw.passthrough" in extensions

    def convert(source, passthrough=True):
        chosen = [e for e in extensions if passthrough or e != "ruleoflaw.passthrough"]
        return markdown.markdown(source, extensions=chosen, extension_configs=settings)
    return convert


def _lines(rendered):
    """The lines of a page but blank ones and the region markers (HTML comments when not passed through)."""
    return [line for line in rendered.splitlines() if line.strip() and line not in ("<!-- html -->", "<!-- /html -->")]


def test_html_regions_pass_through_to_the_page_python_markdown_would_make(bundled_records, knowledge, site_markdown):
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == "publicity_events")
    for page in [render_report(record, knowledge) for record in bundled_records.values()] + [
            render_indicator(indicator, list(bundled_records.values()), knowledge)]:
        source = page.split("---\n", 2)[2]
        assert "<!-- html -->" in source
        passed = site_markdown(source)
        assert "<!-- html -->" not in passed and "<table>" in passed
        assert _lines(passed) == _lines(site_markdown(source, passthrough=False))


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1))
def test_any_text_in_an_html_region_renders_as_itself(site_markdown, text):
    visible = " ".join(text.split())
    rendered = site_markdown(f"<!-- html -->\n<p class=\"report-text\">{html_text(text)}</p>\n<!-- /html -->\n")
    assert rendered.startswith('<p class="report-text">') and rendered.endswith("</p>")
    assert html.unescape(rendered[len('<p class="report-text">'):-len("</p>")]) == visible


def test_a_report_cannot_end_an_html_region(site_markdown):
    hostile = "前\n<!-- /html -->\n<script>alert(1)</script>\n## 标题"
    rendered = site_markdown(f"<!-- html -->\n<p>{html_text(hostile)}</p>\n<!-- /html -->\n")
    assert "<script>" not in rendered and "<h2" not in rendered


def test_an_html_region_never_closed_is_an_error(site_markdown):
    with pytest.raises(ValueError, match="never closed"):
        site_markdown("<!-- html -->\n<p>x</p>\n")


def test_citation_follows_gb_t_7714_for_electronic_documents(bundled_records):
    from ruleoflaw.pages import citation
    record = {**bundled_records[SOURCE], "sidecar": {"source_url": "https://www.zs.gov.cn/a.html", "retrieved": "2024-03-01"}}
    assert citation(record) == ("港口镇. 港口镇2021年法治政府建设年度报告[EB/OL]. (2022-02-14)[2024-03-01]. "
                                "https://www.zs.gov.cn/a.html.")
    # a title the text does not give, composed for it, is bracketed as a supplied title
    assert citation(bundled_records["003_63f67845c91befe9.txt"]) == (
        "杰勒阿尕什镇. [杰勒阿尕什镇2024年法治政府建设年度报告][EB/OL]. [2026-11-30]. "
        "http://www.xjem.gov.cn/xjem/zwwgk/202504/9342b77905874487affdc17e58a42770.shtml.")
    # a report with no source address recorded is cited at its page on this site, where a reader has it, on the
    # reader's day (the page writes it in)
    assert citation(bundled_records["000_a8c57fa29ca69867.txt"], "https://example.org/data/") == (
        "新源县. [新源县2023年法治政府建设工作总结][EB/OL]. [引用日期]. https://example.org/data/reports/2023-xinyuanxian/.")


def test_a_report_page_links_its_region_over_the_years_on_the_explore_page(bundled_records, knowledge):
    """The link pins the region by its name and the divisions above it that the report names (港口镇 of
    中山市 has no county), at its first headline indicator; what has a meaning in an address is encoded."""
    from urllib.parse import parse_qsl, urlsplit
    from ruleoflaw.pages import region_years_link
    town = bundled_records[SOURCE]
    link = region_years_link(town)
    assert link.startswith("../../explore/?") and "%" not in link  # Chinese as written, a third of the bytes
    assert parse_qsl(urlsplit(link).query) == [("indicator", town["values"][0]["indicator"]), ("province", "广东省"),
                                               ("prefecture", "中山市"), ("region", "港口镇"), ("undisclosed", "1")]
    assert html.escape(link) in render_report(town, knowledge)
    odd = {**town, "metadata": {**town["metadata"], "region": "A&B镇#1 ?", "county": None}}
    assert dict(parse_qsl(urlsplit(region_years_link(odd)).query))["region"] == "A&B镇#1 ?"
    # no headline value, or no region known: nothing to compare, no link
    assert region_years_link({**town, "values": []}) is None
    assert region_years_link({**town, "metadata": {**town["metadata"], "region": None}}) is None
    assert "查询页" not in render_report({**town, "values": []}, knowledge)


def test_how_a_headline_value_was_found_says_when_one_value_written_in_several_places_was_taken_once(knowledge):
    from ruleoflaw.pages import derivation_text
    labels = knowledge["labels"]
    assert derivation_text({"derivation": "single", "figure_count": 1, "reason": ""}, labels) == "报告所列数值"
    assert derivation_text({"derivation": "single", "figure_count": 3, "reason": ""}, labels) == (
        "报告所列数值（3 处数值相同，只计一次）")
    assert derivation_text({"derivation": "sum", "figure_count": 3, "reason": ""}, labels) == "分项相加"
    assert derivation_text({"derivation": "none", "figure_count": 2, "reason": "2 个数值各不相同（3、4），报告未给出合计"},
                           labels) == "不取主值：2 个数值各不相同（3、4），报告未给出合计"


def test_the_home_page_and_the_feed_list_the_newest_reports_first(bundled_records, knowledge):
    """港口镇's 2021 report has a publication date (2022-02-14), the 2023 and 2024 reports none:
    a report without a date counts from its year's end, so the 2024 report is the newest."""
    from ruleoflaw.pages import render_feed, render_home
    home = render_home(list(bundled_records.values()), knowledge)
    latest = home[home.index("| 报告 | 地区 | 年度 | 发布日期 |"):]
    assert [latest.index(region) for region in ("杰勒阿尕什镇", "新源县", "港口镇")] == sorted(
        latest.index(region) for region in ("杰勒阿尕什镇", "新源县", "港口镇"))
    feed = render_feed(list(bundled_records.values()), "https://example.org/")
    assert [feed.index(f"reports/{rid}/") for rid in ("2024-jieleiagashenzhen", "2023-xinyuanxian", "2021-gangkouzhen")] == sorted(
        feed.index(f"reports/{rid}/") for rid in ("2024-jieleiagashenzhen", "2023-xinyuanxian", "2021-gangkouzhen"))


def test_the_home_page_counts_places_not_their_names(bundled_records, knowledge):
    """Two 新华街道, one of 山西省 and one of no known province, are two places; one place's two years are one."""
    from ruleoflaw.pages import render_home
    record = bundled_records["000_a8c57fa29ca69867.txt"]

    def street(report_id, year, province, prefecture, county):
        return {**record, "id": report_id, "metadata": {**record["metadata"], "region": "新华街道", "report_year": year,
                                                         "province": province, "prefecture": prefecture, "county": county}}
    records = [*bundled_records.values(), street("2023-xinhuajiedao", 2023, None, None, None),
               street("2024-xinhuajiedao", 2024, "山西省", "大同市", "平城区"),
               street("2025-xinhuajiedao", 2025, "山西省", "大同市", "平城区")]
    assert "<div><dt>地区</dt><dd>5</dd></div>" in render_home(records, knowledge)


def test_the_division_tree_names_each_place_once_and_orders_provinces_by_pinyin(bundled_records):
    from ruleoflaw.pages import _division_tree
    record = bundled_records["000_a8c57fa29ca69867.txt"]
    zone = {**record, "id": "2020-jingzhoujingjijishukaifaqu", "metadata": {
        **record["metadata"], "title": "荆州经济技术开发区2020年法治政府建设年度报告", "admin_level": "development_zone",
        "region": "荆州经济技术开发区", "province": "湖北省", "prefecture": "荆州市", "county": "荆州经济技术开发区"}}
    shanghai = {**record, "id": "2020-shanghaishi", "metadata": {
        **record["metadata"], "title": "上海市2020年法治政府建设情况报告", "admin_level": "province",
        "region": "上海市", "province": "上海市", "prefecture": None, "county": None}}
    tree = _division_tree([*bundled_records.values(), zone, shanghai])
    assert [province["name"] for province in tree] == ["广东省", "湖北省", "上海市", "新疆维吾尔自治区"]
    hubei = next(province["lines"] for province in tree if province["name"] == "湖北省")
    assert hubei == ["- 荆州市", "    - 荆州经济技术开发区",
                     "        - [荆州经济技术开发区2020年法治政府建设年度报告](2020-jingzhoujingjijishukaifaqu.md)"]
    # a place's own reports come before its subdivisions': a county's, year by year, before its townships
    county = bundled_records["000_a8c57fa29ca69867.txt"]
    earlier = {**county, "id": "2022-xinyuanxian", "metadata": {**county["metadata"], "title": "新源县2022年报告"}}
    town = {**county, "id": "2023-zekezhen", "metadata": {**county["metadata"], "title": "则克台镇2023年报告",
                                                          "admin_level": "township", "region": "则克台镇"}}
    [xinjiang] = [province["lines"] for province in _division_tree([town, county, earlier]) if province["name"]]
    assert xinjiang == ["- 伊犁哈萨克自治州", "    - 新源县", "        - [新源县2022年报告](2022-xinyuanxian.md)",
                        "        - [\\[新源县2023年法治政府建设工作总结\\]](2023-xinyuanxian.md)", "        - 则克台镇",
                        "            - [则克台镇2023年报告](2023-zekezhen.md)"]


def test_a_headline_value_shows_what_its_qualifier_allows(bundled_records, knowledge):
    """杰勒阿尕什镇 handled 300余起 disputes: its headline is at least 300, not 300."""
    page = render_report(bundled_records["003_63f67845c91befe9.txt"], knowledge)
    row = next(line for line in page.split("<tr>") if 'href="../../indicators/disputes_handled/"' in line)
    assert '<td class="num">≥300</td>' in row


def test_a_flagged_figure_says_so_beside_it_on_the_report_and_the_indicator_page(tmp_path, knowledge):
    """A figure a quality check flags (more court appearances than lawsuits) carries the check's message
    beside its value in the report's figures and headline values, and on its indicator's page; a figure
    no check flags carries none."""
    from ruleoflaw.report import process_report
    source = tmp_path / "flagged.txt"
    source.write_text("某县2023年法治政府建设年度报告\n\n2023年，我县行政应诉案件0件，行政机关负责人出庭应诉8次。\n",
                      encoding="utf-8")
    record = process_report(source, knowledge)
    assert [flag["check"] for flag in record["flags"]] == ["appearances-exceed-cases"]
    flagged = 'href="../../indicators/head_court_appearances/"'
    rows = render_report(record, knowledge).split("<tr>")
    for row in [line for line in rows if flagged in line]:  # the headline value and the figure
        assert '⚠</span>' in row and "负责人出庭次数多于诉讼案件（8 &gt; 0）" in row, row
    assert len([line for line in rows if flagged in line]) == 2
    assert all("⚠" not in line for line in rows if 'href="../../indicators/litigation_cases/"' in line)
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == "head_court_appearances")
    page = render_indicator(indicator, [record], knowledge)
    assert page.count("⚠ 负责人出庭次数多于诉讼案件（8 &gt; 0）") == 2  # its headline value and its figure


# Text around a figure: digits, number signs and words; a figure is a whole number, so the character
# beside it is never part of a number.
AROUND = st.text(alphabet="0123456789.,%万年共件，", max_size=30)
EDGE = st.sampled_from("年共件，")


@settings(max_examples=200, deadline=None)
@given(before=st.one_of(st.just(""), st.builds(str.__add__, AROUND, EDGE)),
       figure=st.sampled_from(["12件", "1.5万人", "80%"]),
       after=st.one_of(st.just(""), st.builds(str.__add__, EDGE, AROUND)))
def test_an_evidence_excerpt_holds_its_figure_and_never_cuts_a_number(before, figure, after):
    """An excerpt is a passage of the sentence around the figure; where it is cut, it is not cut inside a
    number (…62条 would show a figure the report does not state, where it says 1162条)."""
    sentence = before + figure + after
    row = {"evidence": sentence, "start": 100, "figure_start": 100 + len(before), "figure_end": 100 + len(before) + len(figure)}
    shown = html.unescape(re.sub("</?strong>", "", evidence_excerpt(row)))
    passage = shown.removeprefix("…").removesuffix("…")
    at = sentence.find(passage, max(0, len(before) - len(passage)))
    assert figure in passage and 0 <= at <= len(before)
    if shown.startswith("…"):
        assert not {sentence[at - 1], sentence[at]} <= NUMBER_CHARS
    if shown.endswith("…"):
        end = at + len(passage)
        assert not {sentence[end - 1], sentence[end]} <= NUMBER_CHARS


def test_every_indicator_of_the_vocabulary_is_on_the_report_page_disclosed_or_not(bundled_records, knowledge):
    page = render_report(bundled_records["003_63f67845c91befe9.txt"], knowledge)
    for indicator in knowledge["indicators"]["indicators"]:
        assert f'href="../../indicators/{indicator["id"]}/"' in page
    undisclosed = [line for line in page.splitlines() if line.startswith('<p class="undisclosed"')]
    named = sum(line.count('href="../../indicators/') for line in undisclosed)
    assert named == 49 - len({r["indicator"] for r in bundled_records["003_63f67845c91befe9.txt"]["indicators"]})


def test_a_large_corpus_gets_split_pages_that_still_reach_every_report(bundled_records, knowledge, monkeypatch):
    """Beyond the thresholds (lowered here) the catalogue splits by year and province, the matrix
    has a column per province, and an indicator page summarises by province."""
    from ruleoflaw import pages
    monkeypatch.setattr(pages, "CATALOGUE_ROWS", 2)
    monkeypatch.setattr(pages, "MATRIX_REPORTS", 2)
    monkeypatch.setattr(pages, "INDICATOR_TABLE_ROWS", 1)
    monkeypatch.setattr(pages, "CHART_BARS", 1)
    records = list(bundled_records.values())
    catalogue = pages.render_catalogue(records, knowledge)
    years = {r["metadata"]["report_year"] for r in records}
    assert set(catalogue) == {"reports/index.md", *(f"reports/year-{y}.md" for y in years),
                              "reports/province-guangdongsheng.md", "reports/province-xinjiangweiwuerzizhiqu.md"}
    for record in records:
        assert f'href="../{record["id"]}/"' in catalogue[f"reports/year-{record['metadata']['report_year']}.md"]
        assert sum(f"]({record['id']}.md)" in text for text in catalogue.values()) == 1  # in its province's tree
    # a title the site composed ([新源县2023年…], the text gives none) is explained where one is listed
    supplied = "方括号中的标题为本站据正文所拟"
    assert supplied in catalogue["reports/year-2023.md"] and supplied not in catalogue["reports/year-2021.md"]
    matrix = pages.render_matrix(records, knowledge)
    assert "广东省（1）" in matrix and "新疆维吾尔自治区（2）" in matrix and "](reports/" not in matrix
    assert ">1/1</a> |" in matrix and ">2/2</a> |" in matrix and "%" not in matrix.split("| 指标 |")[1]  # counts, not shares
    # each count leads to the province's reports on the explore page, those that do not disclose it too
    assert ('<a href="../explore/?indicator=disputes_handled&amp;province=新疆维吾尔自治区&amp;undisclosed=1">2/2</a>'
            in matrix)
    # reports whose province is not known have their column, linked to them on the explore page, which offers
    # them as one choice of its province list
    unplaced = {**records[0], "id": "2022-unplaced", "metadata": {**records[0]["metadata"], "province": None}}
    matrix = pages.render_matrix([*records, unplaced], knowledge)
    row = next(line for line in matrix.splitlines() if line.startswith("| [受理排查矛盾纠纷件数]"))
    assert row.count("<a href=") == 3 and "province=（未能确定省份）&amp;undisclosed=1\">1/1</a>" in row
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == "training_participants")
    page = pages.render_indicator(indicator, records, knowledge)
    conflicting = {**records[0], "id": "2022-conflicting", "values": [
        {**value, "value": None, "qualifier": "", "derivation": "none", "reason": "2 个数值各不相同（3、5），报告未给出合计"}
        for value in records[0]["values"]]}
    assert "共 3 份报告披露这项指标，其中 2 份给出主值（其余 1 份不取主值，各报告页写明原因）。" in pages.render_indicator(
        indicator, [*records, conflicting], knowledge)
    assert "共 2 份报告披露这项指标，其中 2 份给出主值。" in page and "explore.md?indicator=training_participants" in page
    # provinces compared level by level: a township's median is never pooled with a county's
    assert "| 广东省 | 乡镇（街道） | 1 |" in page and "| 新疆维吾尔自治区 | 区县级 | 1 |" in page


def test_an_indicator_pages_chart_compares_provinces_at_the_level_most_reports_are_of(knowledge):
    from ruleoflaw.pages import _by_province, _commonest_level
    levels = list(knowledge["labels"]["admin_level"].values())
    county, township = knowledge["labels"]["admin_level"]["county"], knowledge["labels"]["admin_level"]["township"]
    headlines = [{"province": "甲省", "level_zh": county, "value": 10}, {"province": "甲省", "level_zh": county, "value": 30},
                 {"province": "甲省", "level_zh": township, "value": 2000}, {"province": "乙省", "level_zh": county, "value": 5},
                 {"province": "乙省", "level_zh": township, "value": None}]
    rows = _by_province(headlines, levels)
    assert [(row["province"], row["level_zh"], row["reports"], row["median"]) for row in rows] == [
        ("甲省", county, 2, 20), ("甲省", township, 1, 2000), ("乙省", county, 1, 5)]
    assert _commonest_level(rows, levels) == county
    assert _commonest_level([{**row, "reports": 1} for row in rows[:2]], levels) == county  # a tie: the higher level


def _phrase_cases(page):
    section = page.split("## 识别示例", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| (.+?) \| (.+?) \|$", section, flags=re.M)[2:]   # past the header and its rule


def test_an_indicator_page_shows_the_phrase_cases_about_that_indicator(knowledge):
    """A rule's phrase case may be about another indicator (the lawsuits a reconsideration rule must leave
    to litigation_cases): it is shown on that indicator's page, with that indicator's reading, the figure
    read in bold among the phrase's others."""
    pages = {i["id"]: render_indicator(i, [], knowledge) for i in knowledge["indicators"]["indicators"]}
    assert [reading for text, reading in _phrase_cases(pages["reconsideration_received"])
            if text == "区政府新收行政复议申请<strong>62</strong>件，发生24起以区政府为被告的行政应诉案件"] == ["62（精确）"]
    assert [reading for text, reading in _phrase_cases(pages["litigation_cases"])
            if text == "区政府新收行政复议申请62件，发生<strong>24</strong>起以区政府为被告的行政应诉案件"] == ["24（精确）"]
    # a number the phrase writes twice, or otherwise than as read, is not marked: which one is meant is not known
    from ruleoflaw.pages import _example_phrase
    assert _example_phrase({"text": "受理12件，办结12件", "value": 12}) == "受理12件，办结12件"
    assert _example_phrase({"text": "受理1.2万件", "value": 12000}) == "受理1\\.2万件"
    assert _example_phrase({"text": "受理<b>12件</b>", "value": 12}) == "受理&lt;b&gt;<strong>12</strong>件&lt;/b&gt;"
    every_case = [(e.get("indicator", rule["indicator"]), e["text"]) for rule in knowledge["rules"]["rules"]
                  for e in rule["examples"]]
    assert sum(len(_phrase_cases(page)) for page in pages.values()) == len(every_case)


def test_an_indicator_page_says_in_chinese_what_its_count_counts(knowledge):
    for indicator in knowledge["indicators"]["indicators"]:
        if indicator.get("counts"):
            row = next(line for line in render_indicator(indicator, [], knowledge).splitlines() if line.startswith("| 单位 |"))
            assert knowledge["labels"]["counts"][indicator["counts"]] in row and indicator["counts"] not in row, row


def test_the_quality_page_links_a_flagged_part_and_the_whole_it_exceeds(tmp_path, knowledge):
    """More court appearances (8次) than lawsuits (0件): the quality table names the whole's figure by its start,
    and the quality page links both highlights, so a reader checks the two figures the flag compares."""
    from ruleoflaw.package import quality_rows
    from ruleoflaw.pages import render_quality
    from ruleoflaw.report import process_report
    source = tmp_path / "flagged.txt"
    source.write_text("某县2023年法治政府建设年度报告\n\n2023年，我县行政应诉案件0件，行政机关负责人出庭应诉8次，调解成功率120%。\n",
                      encoding="utf-8")
    record = process_report(source, knowledge)
    text = record["text"]
    whole, part = text.index("0件"), text.index("8次")
    rows = {row["check"]: row for row in quality_rows(record)}
    assert (rows["appearances-exceed-cases"]["figure_start"], rows["appearances-exceed-cases"]["compared_start"]) == (
        part, whole)
    assert rows["rate-over-100"]["compared_start"] is None  # a bound compares the figure with no other
    page = render_quality([record], knowledge)
    assert f"#f{part}) |" in page and f"（[对照的数字](reports/{record['id']}.md#f{whole})）" in page


def test_no_template_escapes_only_the_last_operand_of_an_or():
    """In Jinja a filter binds tighter than `or`: {{ a or b | e }} printed `a` raw (a sidecar's region, in the catalogue)."""
    unbracketed = re.compile(r"\{\{[^}()]*\bor\b[^}()]*\|")
    templates = sorted((ROOT / "ruleoflaw" / "templates").glob("*.j2"))
    assert templates
    assert not [f"{path.name}: {match.group()}" for path in templates
                for match in unbracketed.finditer(path.read_text(encoding="utf-8"))]


def test_a_heading_never_takes_a_figures_anchor():
    """A heading 二、F61 took the id f61, the figure at offset 61's, and the figure's evidence link led to it."""
    from ruleoflaw.pages import heading_slug
    rendered = markdown.markdown("## 二、F61\n\n## 二、工作F61", extensions=["toc"],
                                 extension_configs={"toc": {"slugify": heading_slug}})
    assert 'id="hf61"' in rendered and 'id="f61"' not in rendered and 'id="f61_1"' not in rendered
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config["mdx_configs"]["toc"]["slugify"] is heading_slug


def test_a_report_of_no_known_region_is_named_by_its_title_never_by_its_file_name(tmp_path, knowledge):
    """The chart, the matrix and the quality page name a report by its region and year, or by its title where its
    region is not known (a supplied title names its year); its id, made from a file's name, means nothing to a reader."""
    from ruleoflaw import pages
    from ruleoflaw.report import process_report
    source = tmp_path / "d6eaf61c1023c0d0.txt"
    source.write_text("2023年，我局行政应诉案件2件，行政机关负责人出庭应诉8次，调解成功率120%。\n", encoding="utf-8")
    record = process_report(source, knowledge)
    assert record["metadata"]["region"] is None and record["flags"] and record["values"]
    indicator = next(i for i in knowledge["indicators"]["indicators"] if i["id"] == record["values"][0]["indicator"])
    for page in (pages.render_indicator(indicator, [record], knowledge), pages.render_matrix([record], knowledge),
                 pages.render_quality([record], knowledge)):
        assert "[2023年法治政府建设年度报告]" in html.unescape(page).replace("\\[", "[").replace("\\]", "]")
        assert "d6eaf61c1023c0d0 2023" not in page


def test_a_report_written_in_traditional_script_says_its_page_shows_it_in_simplified(tmp_path, knowledge):
    from ruleoflaw.report import process_report
    source = tmp_path / "trad.txt"
    source.write_text("新源縣2023年法治政府建設年度報告\n2023年，本縣受理行政復議案件12件，組織開展法治宣傳活動30場次。\n",
                      encoding="utf-8")
    record = process_report(source, knowledge)
    assert record["script"] == "traditional"
    assert "原文为繁体字" in render_report(record, knowledge)
    simplified = tmp_path / "simplified.txt"
    simplified.write_text("新源县2023年法治政府建设年度报告\n2023年，本县受理行政复议案件12件。\n", encoding="utf-8")
    assert "原文为繁体字" not in render_report(process_report(simplified, knowledge), knowledge)


def test_a_report_with_no_figure_says_it_has_no_headline_value_instead_of_an_empty_table(tmp_path, knowledge):
    """… and says that the site read none, not that the report gives none (the reading misses some: readers found
    figures on such pages), pointing to the full text."""
    from ruleoflaw.report import process_report
    source = tmp_path / "none.txt"
    source.write_text("新源县2023年法治政府建设年度报告\n2023年，本县坚持依法行政，法治政府建设取得新进展。\n", encoding="utf-8")
    page = render_report(process_report(source, knowledge), knowledge)
    assert "本站没有从本报告中读出" in page and "因此没有主值" in page and "report-headlines" not in page
    assert "(#full-text)" in page


def test_the_catalogue_offers_reports_of_no_known_level_as_a_choice_of_its_level_filter(bundled_records, knowledge):
    """Its 层级 filter reaches every report, as its 省份 filter does: one whose level is not known is one choice."""
    from ruleoflaw import pages
    record = next(iter(bundled_records.values()))
    unlevelled = {**record, "id": "2023-unlevelled", "metadata": {**record["metadata"], "admin_level": None}}
    page = pages.render_catalogue([*bundled_records.values(), unlevelled], knowledge)["reports/index.md"]
    assert "<option>（未能确定层级）</option>" in page
    assert page.count('data-level="（未能确定层级）"') == 1
    assert "<option>（未能确定层级）</option>" not in pages.render_catalogue(
        list(bundled_records.values()), knowledge)["reports/index.md"]
