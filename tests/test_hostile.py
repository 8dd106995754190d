"""The build survives hostile and broken input: nothing injected, nothing lost, nothing outside touched.

The cases are in hostile_corpus.py, built beside the bundled reports into a
scratch project with the real `build.py site` (mkdocs --strict included).
"""
import csv
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from lxml import etree
from lxml import html as lxml_html

from conftest import REPORTS, ROOT, new_project, served
from hostile_corpus import CASES, FORMULA_REGION, FORMULA_SENTENCE, SIDECAR_SCRIPT_REGION, write_cases

RAW_MARKUP = ("<img src=x onerror", "<script>alert", "href=\"javascript:", "href=javascript:", "<!--\n")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    victim = base / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("must survive", encoding="utf-8")
    project = new_project(base / "project")
    write_cases(project / "reports", (REPORTS / "000_a8c57fa29ca69867.txt").read_bytes())
    (project / "reports" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "site", "--root", str(project)],
                         capture_output=True, text=True, cwd=ROOT)
    return project, victim, run


def test_the_corpus_has_at_least_thirty_cases():
    assert len(CASES) >= 30


def test_the_build_says_it_failed_and_still_publishes_every_good_report(hostile_build):
    project, _, run = hostile_build
    assert run.returncode == 1, run.stderr[-3000:]
    assert "could not be built; the others were" in run.stderr
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        sources = {row["source"] for row in csv.DictReader(handle)}
    expected = {path.name for path in REPORTS.glob("*.txt")}
    expected |= {name for files, outcome, _ in CASES.values() if outcome == "published"
                 for name in files if not name.endswith(".yml")}
    assert sources == expected
    assert (project / "site" / "index.html").is_file()


@pytest.mark.parametrize("case", [name for name, (_, outcome, _) in CASES.items() if outcome == "refused"])
def test_every_bad_input_is_reported_by_name_with_its_problem(case, hostile_build):
    _, _, run = hostile_build
    files, _, words = CASES[case]
    report = next(name for name in files if not name.endswith(".yml"))
    stem = Path(report).stem
    lines = [line for line in run.stderr.splitlines() if line.startswith("error:") and f"/{stem}." in line]
    assert lines, f"{case}: no error names {report}\n{run.stderr[-3000:]}"
    assert any(words in line for line in lines), f"{case}: {lines}"


def test_an_unknown_sidecar_field_is_a_warning_with_a_suggestion(hostile_build):
    _, _, run = hostile_build
    assert any("unknown field `titel`" in line and "did you mean `title`" in line for line in run.stderr.splitlines())


def test_no_markup_from_a_source_reaches_the_site_raw(hostile_build):
    project, _, _ = hostile_build
    for page in (project / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for raw in RAW_MARKUP:
            assert raw not in html, f"{page.relative_to(project)} holds {raw!r} unescaped"
    for feed in ("feed.xml", "sitemap.xml"):
        text = (project / "site" / feed).read_text(encoding="utf-8")
        assert "<img" not in text and "<script" not in text


def test_no_page_holds_a_script_handler_a_script_link_or_an_image_from_elsewhere(hostile_build):
    """Markup is found by parsing, not by its spelling: the minifier writes <img src=x onerror=…> as <img onerror=… src=x>."""
    project, _, _ = hostile_build
    found = []
    for page in (project / "site").rglob("*.html"):
        for element in lxml_html.parse(str(page)).getroot().iter():
            for name, value in element.attrib.items() if isinstance(element.tag, str) else ():
                address = value.strip().lower()
                if (name.startswith("on") or name == "autofocus"
                        or name in ("href", "src") and address.startswith(("javascript:", "data:", "http://evil"))
                        or element.tag == "img" and name == "src" and address.startswith(("http:", "https:", "//"))):
                    found.append(f"{page.relative_to(project)}: <{element.tag} {name}={value[:60]}>")
    assert not found, found[:10]


def test_every_page_s_front_matter_is_yaml(hostile_build):
    """A front matter that does not parse is rendered by mkdocs as Markdown: its title's links would be live."""
    project, _, _ = hostile_build
    for page in (project / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            assert isinstance(yaml.safe_load(text[4:text.index("\n---", 4)]), dict), page


def test_a_long_region_gets_an_id_a_file_name_can_hold(hostile_build):
    project, _, _ = hostile_build
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        rid = next(row["id"] for row in csv.DictReader(handle) if row["source"] == "s27.txt")
    assert len(rid) <= 100 and (project / "site" / "reports" / rid / "index.html").is_file()


def test_hostile_titles_are_published_as_text(hostile_build):
    project, _, _ = hostile_build
    pages = [lxml_html.parse(str(p)).getroot() for p in (project / "site" / "reports").rglob("index.html")]
    assert any("<img src=x onerror=alert(1)>" in page.text_content() for page in pages)
    assert any("<script>alert(2)</script>" in page.text_content() for page in pages)
    assert any("<img src=x onerror=alert(6)>" in page.text_content() for page in pages)  # from &lt;img…&gt;
    catalogue = lxml_html.parse(str(project / "site" / "reports" / "index.html")).getroot()
    assert SIDECAR_SCRIPT_REGION in catalogue.text_content()
    assert not any(page.xpath("//img[@onerror] | //script[not(@type='application/ld+json')][contains(., 'alert(')]")
                   for page in pages)


def test_no_formula_fires_in_the_excel_downloads(hostile_build):
    project, _, _ = hostile_build
    data = project / "site" / "data"
    workbooks = list(data.rglob("*.xlsx"))
    assert workbooks
    for path in workbooks:
        for sheet in openpyxl.load_workbook(path).worksheets:
            assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row), path
    evidence = {cell.value for path in (data / "by-indicator").glob("*.xlsx")
                for row in openpyxl.load_workbook(path).active.iter_rows() for cell in row}
    assert FORMULA_SENTENCE in evidence  # kept as text, never a formula


def test_the_plain_csv_keeps_the_evidence_exactly_as_written(hostile_build):
    project, _, _ = hostile_build
    with open(project / "datasets" / "indicators.csv", encoding="utf-8") as handle:
        assert FORMULA_SENTENCE in {row["evidence"] for row in csv.DictReader(handle)}


def test_nothing_outside_the_project_is_touched(hostile_build):
    project, victim, _ = hostile_build
    assert (victim / "keep.txt").read_text(encoding="utf-8") == "must survive"
    assert sorted(p.name for p in project.parent.iterdir()) == ["project", "victim"]


def test_a_duplicate_does_not_move_the_published_report(hostile_build):
    project, _, _ = hostile_build
    assert (project / "datasets" / "2023-xinyuanxian" / "datapackage.json").is_file()



@pytest.fixture(scope="module")
def hostile_site_url(hostile_build):
    project, _, _ = hostile_build
    with served(project / "site") as address:
        yield address


@pytest.mark.browser
@pytest.mark.parametrize("report_id, shown", [("2023-yiningxian", "<img src=x onerror=alert(1)>"),
                                              ("2023-s14", "<script>alert(2)</script>"),
                                              ("2023-comment-title", "<!--")])
def test_in_a_browser_no_script_runs_and_the_title_shows_as_written(report_id, shown, sync_api, browser,
                                                                    hostile_site_url):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site_url + f"reports/{report_id}/")
    page.wait_for_load_state("load")
    assert shown in page.locator("article h1").first.inner_text()
    assert shown in page.title()
    assert dialogs == []
    page.close()


def test_implausible_figures_are_published_with_their_flags(hostile_build):
    project, _, _ = hostile_build
    with open(project / "datasets" / "quality.csv", encoding="utf-8") as handle:
        flags = {(row["indicator"], row["check"]) for row in csv.DictReader(handle)}
    assert {("mediation_success_rate", "rate-over-100"), ("litigation_losses", "losses-exceed-cases")} <= flags
    page = (project / "site" / "quality" / "index.html").read_text(encoding="utf-8")
    assert "150%" in page and "rate-over-100" in page


def test_a_hidden_file_is_named_not_read(hostile_build):
    _, _, run = hostile_build
    assert any(".DS_Store: hidden file skipped" in line for line in run.stderr.splitlines())


def _catalogue_by_source(project):
    """The rows of the built catalogue (datasets/reports.csv) by source file."""
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        return {row["source"]: row for row in csv.DictReader(handle)}


def test_script_text_in_a_saved_page_is_not_its_header(hostile_build):
    project, _, _ = hostile_build
    rows = _catalogue_by_source(project)
    assert rows["scripted.html"]["publish_date"] == ""
    assert rows["utf16.txt"]["region"] == "丙乡" or rows["utf16.txt"]["title"].startswith("丙乡")


def test_a_date_that_is_no_day_is_no_date_and_a_name_without_letters_still_gets_an_id(hostile_build):
    project, _, _ = hostile_build
    rows = _catalogue_by_source(project)
    assert rows["no-day.txt"]["publish_date"] == ""  # 发布日期：2024-02-31
    assert rows["s30.txt"]["region"] == "……" and rows["s30.txt"]["id"] == "2023-s30"
    assert rows["🙂.txt"]["id"] not in ("2023", "2023-") and (project / "datasets" / rows["🙂.txt"]["id"]).is_dir()


def test_a_source_link_is_the_address_recorded(hostile_build):
    project, _, _ = hostile_build
    page = lxml_html.parse(str(project / "site" / "reports" / "2023-s31" / "index.html"))
    assert "https://www.example.gov.cn/a.html?c=%60d%60" in page.xpath("//a/@href")


def test_the_feed_is_xml_whatever_the_sources_held(hostile_build):
    project, _, _ = hostile_build
    feed = etree.parse(str(project / "site" / "feed.xml"))   # a control character in a title would stop the parser
    assert feed.getroot().tag == "{http://www.w3.org/2005/Atom}feed"


def test_a_correction_in_a_sidecar_is_published_and_marked(hostile_build):
    project, _, _ = hostile_build
    with open(project / "datasets" / "2023-s19" / "2023-s19-indicators.csv", encoding="utf-8") as handle:
        rows = {row["indicator"]: row for row in csv.DictReader(handle)}
    assert (rows["reconsideration_received"]["value"], rows["reconsideration_received"]["review"]) == ("13", "corrected")
    page = (project / "site" / "reports" / "2023-s19" / "index.html").read_text(encoding="utf-8")
    assert "已更正" in page and "待核" in page


def test_figures_keep_their_sign_and_machine_floats_are_no_figures(hostile_build):
    project, _, _ = hostile_build
    with open(project / "datasets" / "quantities.csv", encoding="utf-8") as handle:
        figures = {row["figure"]: row["value"] for row in csv.DictReader(handle) if row["report_id"] == "2023-floats"}
    assert figures.get("−3件") == "-3"
    assert "308%" not in figures and "1e308%" not in figures
    with open(project / "datasets" / "quality.csv", encoding="utf-8") as handle:
        assert any(row["report_id"] == "2023-floats" and row["check"] == "negative-figure" for row in csv.DictReader(handle))


@pytest.mark.browser
def test_in_a_browser_a_corrected_figure_shows_its_new_value_marked_corrected(browser, hostile_site_url):
    page = browser.new_page()
    page.goto(hostile_site_url + "reports/2023-s19/")
    rows = page.locator("article tr").filter(has_text="受理行政复议案件数").all_inner_texts()
    page.close()
    cells = [row.split("\t") for row in rows]
    assert any(row[1:2] == ["13"] and "已更正" in row for row in cells), rows
    assert not any("12" in row[1:2] for row in cells), rows


@pytest.mark.browser
def test_in_a_browser_the_explore_csv_made_for_excel_holds_a_formula_as_text(browser, hostile_site_url):
    """The 查询 page's CSV has a byte-order mark so that Excel opens it, which runs a cell that opens with = as a formula."""
    page = browser.new_page()
    page.goto(hostile_site_url + "explore/?indicator=reconsideration_received")
    page.wait_for_selector("#explore[data-ready]")
    with page.expect_download() as download:
        page.locator(".explore-csv").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        regions = {row["region"] for row in csv.DictReader(handle)}
    page.close()
    assert "'" + FORMULA_REGION in regions and FORMULA_REGION not in regions


@pytest.mark.browser
def test_in_a_browser_the_explore_page_links_a_report_of_no_known_region_by_saying_so(browser, hostile_site_url):
    """A report whose region is not known (no-title-no-place) is still a link to its page, never an empty one."""
    page = browser.new_page()
    page.goto(hostile_site_url + "explore/?indicator=reconsideration_received")
    page.wait_for_selector("#explore[data-ready]")
    link = page.locator('a[href$="/reports/2023-untitled/"]')
    assert link.count() == 1 and link.inner_text() == "（未能确定地区）"
    page.close()


def test_a_defect_met_while_publishing_one_report_names_it_and_the_others_are_built(tmp_path, monkeypatch):
    from ruleoflaw import paths, pipeline
    from ruleoflaw.engine import Mapper
    from ruleoflaw.knowledge import load_knowledge
    failing_source = "001_d6eaf61c1023c0d0.txt"
    write_page = pipeline.write_report_page

    def write_page_or_fail(record, *arguments):
        if record["source"] == failing_source:
            raise ValueError("a page the program cannot write")
        return write_page(record, *arguments)

    monkeypatch.setattr(pipeline, "write_report_page", write_page_or_fail)
    project = new_project(tmp_path / "project")
    result = pipeline.build(paths.project(project), load_knowledge(), mapper=Mapper("serial"))
    assert [(Path(error.path).name, error.problem.split(":")[0]) for error in result["errors"]] == [
        (failing_source, "could not be published")]
    assert "ValueError: a page the program cannot write" in result["errors"][0].problem
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        published = {row["source"]: row["id"] for row in csv.DictReader(handle)}
    assert set(published) == {path.name for path in REPORTS.glob("*.txt")} - {failing_source}
    # its package, page and downloads are gone with it; the others' are all there
    assert {folder.name for folder in (project / "datasets").iterdir() if folder.is_dir()} == set(published.values())
    assert {page.stem for page in (project / "docs" / "reports").glob("2*.md")} == set(published.values())
    assert {folder.name for folder in (project / "docs" / "data").iterdir() if folder.is_dir()} >= set(
        published.values())
    assert len(list((project / "docs" / "data").glob("20*"))) == len(published)


def test_a_report_whose_sidecar_turns_bad_keeps_its_earlier_package_page_and_downloads(tmp_path):
    """What an earlier build wrote for a report is left in place when the report fails: its package and rows in the
    corpus tables, and so its page and downloads too, or the tables' rows would link to no page."""
    from ruleoflaw import paths, pipeline
    from ruleoflaw.engine import Mapper
    from ruleoflaw.knowledge import load_knowledge
    project = new_project(tmp_path / "project")
    knowledge = load_knowledge()
    pipeline.build(paths.project(project), knowledge, mapper=Mapper("serial"))
    source = "001_d6eaf61c1023c0d0.txt"
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        report_id = next(row["id"] for row in csv.DictReader(handle) if row["source"] == source)
    page = project / "docs" / "reports" / f"{report_id}.md"
    downloads = project / "docs" / "data" / report_id
    earlier = page.read_bytes(), sorted(path.name for path in downloads.iterdir())
    (project / "reports" / source).with_suffix(".yml").write_text("report_year: 十九\n", encoding="utf-8")
    result = pipeline.build(paths.project(project), knowledge, mapper=Mapper("serial"))
    assert [Path(error.path).name for error in result["errors"]] == [Path(source).with_suffix(".yml").name]
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        assert report_id in {row["id"] for row in csv.DictReader(handle)}
    assert (page.read_bytes(), sorted(path.name for path in downloads.iterdir())) == earlier
