"""The built site in a real browser: evidence links, Chinese search, no requests abroad.

Drives Debian's chromium (/usr/bin/chromium) through Playwright; Playwright's
own browser downloads are not used. Without chromium or playwright these tests
are skipped, unless REQUIRE_BROWSER=1 makes that a failure.
"""
import csv
import re
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, build_site, new_project, served

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def _browser_required(sync_api):
    """Checked before the site is built, so a missing browser costs nothing."""


def first_page_under(site, section):
    """The site path of the first page in a section, e.g. 'reports/2021-gangkouzhen/'."""
    folders = sorted(folder.name for folder in (site / section).iterdir() if (folder / "index.html").is_file())
    assert folders, f"the built site has no pages under {section}/"
    return f"{section}/{folders[0]}/"


def test_evidence_link_scrolls_its_figure_into_view(sync_api, site, site_url, page):
    page.goto(site_url + first_page_under(site, "reports"))
    link = page.locator('article table a.evidence[href^="#f"]').first
    anchor = link.get_attribute("href")

    link.click()

    sync_api.expect(page).to_have_url(re.compile(re.escape(anchor) + "$"))
    assert page.evaluate("location.hash") == anchor
    target = page.locator("mark.evidence:target")
    sync_api.expect(target).to_have_count(1)
    sync_api.expect(target).to_have_id(anchor[1:])
    sync_api.expect(target).to_be_in_viewport()
    # In the viewport is not enough: Material's sticky header can cover the top
    # of it, which is what the :target scroll margin is there to avoid.
    try:
        page.wait_for_function("""() => {
            const mark = document.querySelector("mark.evidence:target");
            const box = mark.getBoundingClientRect();
            const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return seen !== null && mark.contains(seen);
        }""", timeout=5_000)
    except sync_api.TimeoutError:
        pytest.fail(f"the figure {anchor} is scrolled under the sticky header", pytrace=False)


def test_pages_request_nothing_but_the_local_site(site, site_url, context, page):
    # On the context, not the page: the search's worker and WebAssembly requests count too.
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    site_host = urlsplit(site_url).hostname

    for path in ("", first_page_under(site, "reports"), first_page_under(site, "indicators"),
                 "explore/", "search/?q=复议"):
        page.goto(site_url + path, wait_until="networkidle")

    assert any("/pagefind/" in urlsplit(url).path for url in requested), (
        "the search index was never fetched, so the search's requests were not watched")
    foreign = sorted({url for url in requested
                      if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != site_host})
    assert not foreign, f"pages requested other hosts: {foreign}"


AXE = ROOT / "tests" / "vendor" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "screenshots"


@pytest.mark.parametrize("width", [1280, 375])
def test_a_filter_narrows_the_catalogue_and_a_header_sorts_it(site_url, browser, width):
    """On a desktop and on a phone, where the reports are cards."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(site_url + "reports/")
    rows = page.locator("#catalogue tbody tr")
    assert rows.count() == 3
    page.select_option('select[data-filter="province"]', "广东省")
    assert page.locator("#catalogue tbody tr:visible").count() == 1
    assert "港口镇" in page.locator("#catalogue tbody tr:visible").inner_text()
    page.select_option('select[data-filter="year"]', "2023")   # 港口镇's report is on 2021
    assert page.locator("#catalogue tbody tr:visible").count() == 0
    assert "没有符合所选条件的报告" in page.locator(".catalogue-count").inner_text()   # not a bare header row
    page.select_option('select[data-filter="year"]', "")
    page.select_option('select[data-filter="province"]', "")
    page.locator("#catalogue th", has_text="年度").click()
    years = page.locator("#catalogue tbody tr td:nth-child(2)").all_inner_texts()
    assert years == sorted(years)
    page.close()


def test_the_catalogue_sorts_from_the_keyboard_and_keeps_its_view_in_the_address(site_url, page):
    page.goto(site_url + "reports/")
    year = page.locator("#catalogue th", has_text="年度")
    assert year.get_attribute("aria-sort") == "none"
    year.focus()
    page.keyboard.press("Space")
    assert year.get_attribute("aria-sort") == "ascending"
    page.keyboard.press("Enter")
    assert year.get_attribute("aria-sort") == "descending"
    page.select_option('select[data-filter="level"]', "乡镇（街道）")
    shown = page.locator("#catalogue tbody tr:visible").all_inner_texts()
    address = page.url
    assert "sort=" in address and "level=" in address
    page.goto("about:blank")
    page.goto(address)
    assert page.locator("#catalogue tbody tr:visible").all_inner_texts() == shown
    assert page.locator("#catalogue th", has_text="年度").get_attribute("aria-sort") == "descending"


def test_downloads_resolve_carry_the_report_id_and_the_workbook_reads_back(site, site_url, page):
    import io
    import zipfile
    import openpyxl
    report = first_page_under(site, "reports")
    rid = report.split("/")[1]
    page.goto(site_url + report)
    links = page.locator("article a[href*='/data/']").evaluate_all("links => links.map(link => link.href)")
    names = [link.rsplit("/", 1)[1] for link in links]
    assert names == [f"{rid}.zip"]
    for link in links:
        assert page.request.get(link).ok, link
    archive = zipfile.ZipFile(io.BytesIO(page.request.get(links[0]).body()))
    assert {f"{rid}/datapackage.json", f"{rid}/{rid}-indicators.csv", f"{rid}/{rid}-text.txt"} <= set(archive.namelist())
    corpus = page.request.get(site_url + "data/rule-of-law-reports.zip")
    assert corpus.ok and "rule-of-law-reports/indicators.csv" in zipfile.ZipFile(io.BytesIO(corpus.body())).namelist()
    workbook = openpyxl.load_workbook(io.BytesIO(page.request.get(site_url + "data/values.xlsx").body()))
    sheet = workbook["values"]
    header, first = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    assert header[:10] == ["report_id", "province", "prefecture", "county", "region", "admin_level", "report_year",
                           "indicator", "indicator_zh", "value"]
    assert isinstance(first[0], str) and isinstance(first[9], (int, float))
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


# Where each kind of page keeps its figures: the header of the value column of its tables.
VALUE_COLUMNS = {"REPORT": ("数值", "主值"), "INDICATOR": ("数值", "主值"), "EXPLORE": ("主值",)}
PAGES = {"REPORT": "reports/2023-xinyuanxian/", "INDICATOR": "indicators/training_participants/",
         "EXPLORE": "explore/?indicator=training_participants"}


def _open(browser, site_url, path, width):
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(site_url + PAGES[path])
    if path == "EXPLORE":
        page.wait_for_selector("#explore[data-ready]")
    return page


@pytest.mark.parametrize("width", [375, 1366])
@pytest.mark.parametrize("path", list(PAGES))
def test_every_table_shows_its_value_column_without_scrolling(site_url, browser, path, width):
    page = _open(browser, site_url, path, width)
    columns = page.evaluate("""headers => [...document.querySelectorAll("article table")].flatMap(table => {
        const cells = [...table.tHead.rows[0].cells]
        const index = cells.findIndex(th => headers.includes(th.textContent.trim()))
        if (index < 0 || !table.tBodies[0].rows.length) return []
        const first = table.tBodies[0].rows[0].cells[index].getBoundingClientRect()
        return [{header: cells[index].textContent.trim(), left: first.left, right: first.right}]
    })""", list(VALUE_COLUMNS[path]))
    page.close()
    assert columns, f"no table with a value column on {PAGES[path]}"
    for column in columns:
        assert 0 <= column["left"] and column["right"] <= width, f"{column} off a {width}px screen"


@pytest.mark.parametrize("width", [375, 1366])
def test_chart_text_is_at_least_11_pixels(site_url, browser, width):
    page = _open(browser, site_url, "INDICATOR", width)
    sizes = page.locator(".bar-chart .bar-label, .bar-chart .bar-value").evaluate_all(
        "spans => spans.map(span => parseFloat(getComputedStyle(span).fontSize))")
    page.close()
    assert sizes and min(sizes) >= 11, sizes


@pytest.mark.parametrize("width", [375, 1366])
def test_indicator_evidence_is_an_excerpt_with_the_whole_sentence_on_demand(site_url, browser, width):
    page = _open(browser, site_url, "INDICATOR", width)
    evidence = page.locator("article details.evidence").first
    excerpt = evidence.locator("summary").inner_text()
    figure = evidence.locator("summary strong").inner_text()
    assert figure in excerpt and len(excerpt) <= 2 * 14 + len(figure) + 2
    sentence = evidence.evaluate("details => details.textContent.slice(details.querySelector('summary').textContent.length)")
    assert evidence.evaluate("details => !details.open")
    evidence.locator("summary").click()
    shown = evidence.inner_text()
    box = evidence.bounding_box()
    page.close()
    assert len(sentence) > len(excerpt) and " ".join(sentence.split()) in " ".join(shown.split())
    if width >= 1366:  # no tower of one or two characters a line
        assert box["width"] >= 200, box


@pytest.mark.parametrize("width", [375, 1366])
def test_report_evidence_is_an_excerpt_that_opens_its_sentence_in_the_full_text(site_url, browser, width):
    page = _open(browser, site_url, "REPORT", width)
    link = page.locator("article table a.evidence").first
    excerpt, figure = link.inner_text(), link.locator("strong").inner_text()
    assert figure in excerpt and len(excerpt) <= 2 * 14 + len(figure) + 2
    box = link.bounding_box()
    link.click()
    paragraph = page.locator("mark.evidence:target").locator("xpath=ancestor::p[1]")
    context = paragraph.inner_text()
    page.close()
    assert excerpt.strip("…") in context and len(context) > len(excerpt)
    if width >= 1366:
        assert box["width"] >= 200, box


@pytest.mark.parametrize("path", ["REPORT", "INDICATOR"])
def test_on_a_phone_figures_are_cards_with_the_evidence_in_view(site_url, browser, path):
    """At 375 px every cell of every figure and headline value (a report's indicator, value, qualifier,
    review and evidence; an indicator's region, value, year, evidence and report) is on the screen, not in
    a table that scrolls sideways, and each cell under the first line is labelled with its column's header."""
    page = _open(browser, site_url, path, 375)
    tables = page.evaluate("""() => [...document.querySelectorAll("article .figures table")].map(table => ({
        headers: [...table.tHead.rows[0].cells].map(th => th.textContent.trim()),
        rows: [...table.tBodies[0].rows].map(row => [...row.cells].map(cell => {
            const box = cell.getBoundingClientRect()
            return {left: box.left, right: box.right, label: getComputedStyle(cell, "::before").content}
        }))
    }))""")
    page.close()
    assert len(tables) >= 2 and all(table["rows"] for table in tables)
    for table in tables:
        cells = [cell for row in table["rows"] for cell in row]
        assert all(0 <= cell["left"] and cell["right"] <= 375 for cell in cells), (table["headers"], cells[:6])
        labels = [cell["label"].strip('"') for cell in table["rows"][0]]
        assert labels[2:4] == [f"{header}：" for header in table["headers"][2:4]], (table["headers"], labels)
    assert any("证据" in table["headers"] for table in tables)


@pytest.mark.parametrize("path, table, labelled", [("reports/", "catalogue", {3: "指标数：", 6: "省份："}),
                                                   ("explore/?indicator=disputes_handled", "explore-table",
                                                    {3: "年度：", 8: "得出方式："})])
def test_on_a_phone_the_catalogue_and_explore_list_reports_as_cards_that_still_sort(site_url, browser, path, table,
                                                                                     labelled):
    """At 375 px every cell of every report is on the screen, not in a table that scrolls sideways; the cells
    under the first line say what they are, and the headers, a row of buttons, still sort."""
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(site_url + path)
    if table == "explore-table":
        page.wait_for_selector("#explore[data-ready]")
    cells = page.evaluate(f"""() => [...document.querySelectorAll("#{table} tbody tr")].map(row => [...row.cells].map(cell => {{
        const box = cell.getBoundingClientRect()
        return {{left: box.left, right: box.right, shown: box.width > 0,
                 label: getComputedStyle(cell, "::before").content.replaceAll('"', '')}}
    }}))""")
    assert cells and all(0 <= cell["left"] and cell["right"] <= 375 for row in cells for cell in row if cell["shown"]), cells[0]
    assert all(cells[0][column - 1]["label"] == label for column, label in labelled.items()), cells[0]
    header = page.locator(f"#{table} th").first
    header.click()
    assert header.get_attribute("aria-sort") == "ascending" and header.bounding_box()["x"] + header.bounding_box()["width"] <= 375
    page.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_the_matrix_keeps_its_header_row_and_indicator_column_in_view(site_url, browser, width):
    """Scrolled down and sideways, each cell can still be told by its report or province and its indicator."""
    page = browser.new_page(viewport={"width": width, "height": 500})
    page.goto(site_url + "matrix/")
    wrapper = page.locator(".disclosure .md-typeset__scrollwrap").first
    header, indicator = page.locator(".disclosure thead th").nth(2), page.locator(".disclosure tbody tr td:first-child")
    before = header.bounding_box()["y"], indicator.nth(0).bounding_box()["x"]
    wrapper.evaluate("box => { box.scrollTop = 600; box.scrollLeft = 300 }")
    assert wrapper.evaluate("box => box.scrollTop") > 0, "the matrix does not scroll down in its wrapper"
    assert abs(header.bounding_box()["y"] - before[0]) < 3, "the header row scrolled away"
    # (on a phone the wrapper runs to the screen's edge, where the column then stands)
    assert wrapper.bounding_box()["x"] - 1 <= indicator.nth(12).bounding_box()["x"] <= before[1] + 1, (
        "the indicator column scrolled away")
    page.close()


def test_a_highlighted_figure_says_what_it_was_read_as_and_leads_back_to_its_row(site_url, browser):
    page = _open(browser, site_url, "REPORT", 1366)
    link = page.locator("article .report-figures a.evidence").first
    name = link.evaluate("a => a.closest('tr').cells[0].textContent.trim()")
    mark = page.locator(f"mark{link.get_attribute('href')}")
    assert mark.get_attribute("title").startswith(f"{name}：") and mark.get_attribute("role") == "link"
    mark.scroll_into_view_if_needed()
    mark.click()
    page.wait_for_timeout(300)
    box = link.evaluate("a => { const box = a.closest('tr').getBoundingClientRect(); return [box.top, box.bottom] }")
    height = page.evaluate("innerHeight")
    page.close()
    assert 0 <= box[0] and box[1] <= height, (box, height)


def _explore_rows(page):
    return page.locator("#explore-table tbody tr").all_inner_texts()


def test_a_filtered_explore_view_reloads_from_its_address_and_its_csv_holds_its_rows(site_url, page):
    import csv
    page.goto(site_url + "explore/?indicator=training_participants")
    page.wait_for_selector("#explore[data-ready]")
    everything = _explore_rows(page)
    page.select_option('select[data-key="level"]', "county")
    page.locator("#explore-table th", has_text="主值").click()
    shown = _explore_rows(page)
    assert 0 < len(shown) < len(everything)
    address = page.url
    assert "indicator=training_participants" in address and "level=county" in address and "sort=1-ascending" in address
    page.goto("about:blank")
    page.goto(address)
    page.wait_for_selector("#explore[data-ready]")
    assert _explore_rows(page) == shown
    assert page.locator("#explore-table th", has_text="主值").get_attribute("aria-sort") == "ascending"
    with page.expect_download() as download:
        page.locator(".explore-csv").click()
    with open(download.value.path(), "rb") as handle:
        assert handle.read(3) == b"\xef\xbb\xbf"  # a byte-order mark, or Excel reads it as GBK
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    regions = [line.split("\t")[0] for line in shown]
    assert [row["region"] for row in rows] == regions
    assert {row["admin_level"] for row in rows} == {"county"}
    assert {row["indicator"] for row in rows} == {"training_participants"}
    assert {row["review"] for row in rows} == {"machine"} and {row["reason"] for row in rows} == {""}
    assert download.value.suggested_filename == "training_participants-values-county.csv"  # named by its filters


def test_the_explore_page_says_why_a_report_has_no_value_and_its_csv_holds_the_reason(site_url, page):
    import csv
    with open(ROOT / "datasets" / "values.csv", encoding="utf-8", newline="") as handle:
        reason = next(row["reason"] for row in csv.DictReader(handle)
                      if (row["report_id"], row["indicator"]) == ("2021-gangkouzhen", "service_items"))
    assert reason  # 港口镇 states two numbers of service items and no total
    page.goto(site_url + "explore/?indicator=service_items&province=广东省")
    page.wait_for_selector("#explore[data-ready]")
    [row] = _explore_rows(page)
    assert row.startswith("港口镇") and "不取主值：" + reason in row
    with page.expect_download() as download:
        page.locator(".explore-csv").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        [cells] = list(csv.DictReader(handle))
    assert (cells["value"], cells["derivation"], cells["reason"]) == ("", "none", reason)
    assert download.value.suggested_filename == "service_items-values-广东省.csv"


def test_another_indicator_keeps_the_filters_chosen_where_its_data_has_them(site_url, page):
    page.goto(site_url + "explore/?indicator=disputes_handled")
    page.wait_for_selector("#explore[data-ready]")
    page.select_option('select[data-key="province"]', "新疆维吾尔自治区")
    page.select_option('select[data-key="indicator"]', "training_sessions")
    page.wait_for_selector("#explore[data-ready=training_sessions]")
    assert page.locator('select[data-key="province"]').input_value() == "新疆维吾尔自治区"
    assert "province=" in page.url and "indicator=training_sessions" in page.url
    rows = _explore_rows(page)
    assert rows and all("新疆维吾尔自治区" in line for line in rows)
    page.select_option('select[data-key="province"]', "")
    assert any("广东省" in line for line in _explore_rows(page))   # the filter was what kept 广东 out


def test_the_explore_page_offers_only_the_prefectures_of_the_chosen_province(site_url, page):
    page.goto(site_url + "explore/?indicator=disputes_handled")  # stated by all three reports
    page.wait_for_selector("#explore[data-ready]")
    offered = lambda: page.locator('select[data-key="prefecture"] option').all_inner_texts()  # noqa: E731
    assert {"中山市", "伊犁哈萨克自治州", "塔城地区"} <= set(offered())
    page.select_option('select[data-key="province"]', "广东省")
    assert offered() == ["全部", "中山市"]
    page.select_option('select[data-key="prefecture"]', "中山市")
    page.select_option('select[data-key="province"]', "新疆维吾尔自治区")  # 中山市 is not in it: the choice goes
    assert page.locator('select[data-key="prefecture"]').input_value() == ""
    assert "中山市" not in offered() and _explore_rows(page)


def test_the_explore_page_filters_a_county_with_its_townships_and_offers_only_the_prefectures_counties(site_url, page):
    page.goto(site_url + "explore/?indicator=disputes_handled")  # a county, a town of another county, a town of 中山市
    page.wait_for_selector("#explore[data-ready]")
    offered = lambda: page.locator('select[data-key="county"] option').all_inner_texts()  # noqa: E731
    assert offered() == ["全部", "额敏县", "新源县"]  # in pinyin order; 中山市 has no counties, so its town offers none
    page.select_option('select[data-key="prefecture"]', "塔城地区")
    assert offered() == ["全部", "额敏县"]
    page.select_option('select[data-key="county"]', "额敏县")
    rows = _explore_rows(page)
    assert len(rows) == 1 and rows[0].startswith("杰勒阿尕什镇") and "额敏县" in rows[0]
    assert "county=" in page.url
    page.reload()
    page.wait_for_selector("#explore[data-ready]")
    assert page.locator('select[data-key="county"]').input_value() == "额敏县" and _explore_rows(page) == rows
    page.select_option('select[data-key="prefecture"]', "伊犁哈萨克自治州")  # 额敏县 is not in it: the choice goes
    assert page.locator('select[data-key="county"]').input_value() == ""
    assert offered() == ["全部", "新源县"] and _explore_rows(page)[0].startswith("新源县")


@pytest.fixture(scope="module")
def two_years_url(tmp_path_factory):
    """A site of the bundled reports and 杰勒阿尕什镇's report a year earlier (its years one less),
    beside 新源县 and 港口镇, which have one year each; a short report of 信宜市 that writes its
    reconsideration cases twice, one of 长沙市, whose 长 a browser's collation reads as zhǎng, and two of
    新华街道: one of no known province, whose two figures of cases received conflict, and one of 大同市平城区,
    another place of the same name."""
    project = new_project(tmp_path_factory.mktemp("two-years"))
    town = (project / "reports" / "003_63f67845c91befe9.txt").read_text(encoding="utf-8")
    (project / "reports" / "004_town_a_year_earlier.txt").write_text(
        town.replace("2024年", "2023年").replace("2025年", "2024年"), encoding="utf-8")
    (project / "reports" / "005_repeated.txt").write_text(
        "信宜市2023年法治政府建设年度报告\n\n2023年，我市持续推进法治政府建设。全年共受理行政复议案件12件，办结11件。\n\n"
        "一、行政复议工作\n我市受理行政复议案件12件，依法纠错2件。\n", encoding="utf-8")
    (project / "reports" / "006_changsha.txt").write_text(
        "长沙市2023年法治政府建设年度报告\n\n2023年，全市受理行政复议案件5件。\n", encoding="utf-8")
    (project / "reports" / "007_street_unplaced.txt").write_text(
        "新华街道2023年法治政府建设年度报告\n\n2023年，街道受理行政复议案件3件。\n\n二、其他\n街道受理行政复议案件5件。\n",
        encoding="utf-8")
    (project / "reports" / "008_street_placed.txt").write_text(
        "大同市平城区新华街道2024年法治政府建设年度报告\n\n2024年，街道受理行政复议案件4件。\n", encoding="utf-8")
    with served(build_site(project)) as address:
        yield address


def test_a_report_page_leads_to_its_region_in_every_year_and_only_its_region(two_years_url, page):
    page.goto(two_years_url + "reports/2024-jieleiagashenzhen/")
    page.get_by_role("link", name="查询页").click()
    page.wait_for_selector("#explore[data-ready]")
    chosen = lambda: {key: page.locator(f'select[data-key="{key}"]').input_value()  # noqa: E731
                      for key in ("province", "prefecture", "county", "region", "year")}
    assert chosen() == {"province": "新疆维吾尔自治区", "prefecture": "塔城地区", "county": "额敏县",
                        "region": "杰勒阿尕什镇", "year": ""}
    rows = _explore_rows(page)
    assert [row.split("\t")[:3:2] for row in rows] == [["杰勒阿尕什镇", "2023"], ["杰勒阿尕什镇", "2024"]]
    # another indicator keeps the region; one the town does not state lists its years as not disclosed
    page.select_option('select[data-key="indicator"]', "reconsideration_received")
    page.wait_for_selector("#explore[data-ready=reconsideration_received]")
    assert chosen()["region"] == "杰勒阿尕什镇"
    assert [row.split("\t")[:3] for row in _explore_rows(page)] == [["杰勒阿尕什镇", "—", "2023"], ["杰勒阿尕什镇", "—", "2024"]]
    assert all(row.endswith("报告未披露这项指标") for row in _explore_rows(page))
    assert "其中 2 份未披露" in page.locator(".explore-count").inner_text()
    # the regions offered are those of the chosen county; with none chosen, every region
    offered = lambda: page.locator('select[data-key="region"] option').all_inner_texts()  # noqa: E731
    assert offered() == ["全部", "杰勒阿尕什镇"]
    page.select_option('select[data-key="county"]', "")
    page.select_option('select[data-key="prefecture"]', "")
    page.select_option('select[data-key="province"]', "")
    # in pinyin order, a place read as that place is: 长沙 chángshā, not zhǎng
    assert offered() == ["全部", "长沙市", "港口镇", "杰勒阿尕什镇", "新华街道", "信宜市", "新源县"]
    # and so sorts the table's 地区 column
    page.select_option('select[data-key="region"]', "")
    page.select_option('select[data-key="indicator"]', "reconsideration_received")
    page.wait_for_selector("#explore[data-ready=reconsideration_received]")
    page.locator("#explore-table th", has_text="地区").click()
    regions = [row.split("\t")[0] for row in _explore_rows(page)]
    assert regions == sorted(regions, key=["长沙市", "港口镇", "杰勒阿尕什镇", "新华街道", "信宜市", "新源县"].index)
    assert regions[0] == "长沙市"
    page.select_option('select[data-key="region"]', "新源县")
    assert [row.split("\t")[0] for row in _explore_rows(page)] == ["新源县"]
    # the catalogue's 地区 and 省份 columns sort the same way
    page.goto(two_years_url + "reports/")
    page.locator("#catalogue th", has_text="地区").click()
    places = page.locator("#catalogue tbody tr td:nth-child(1)").all_inner_texts()
    assert places == ["长沙市", "港口镇", "杰勒阿尕什镇", "杰勒阿尕什镇", "新华街道", "新华街道", "信宜市", "新源县"]
    page.locator("#catalogue th", has_text="省份").click()
    page.locator("#catalogue th", has_text="省份").click()  # descending: 新疆 before 广东, the empty province last
    provinces = page.locator("#catalogue tbody tr td:nth-child(6)").all_inner_texts()
    assert provinces[0] == "新疆维吾尔自治区" and provinces.index("广东省") > provinces.index("新疆维吾尔自治区")


def test_a_region_of_no_known_province_leads_to_its_own_years_not_to_a_namesake(two_years_url, page):
    """新华街道 of no known province and 新华街道 of 大同市平城区 are two places: the first one's page leads to the
    reports of no known province of that name, which 查询 and the catalogue offer as one choice of 省份."""
    unknown = "（未能确定省份）"
    page.goto(two_years_url + "reports/2023-xinhuajiedao/")
    page.get_by_role("link", name="查询页").click()
    page.wait_for_selector("#explore[data-ready]")
    assert page.locator('select[data-key="province"]').input_value() == unknown
    assert [row.split("\t")[:3] for row in _explore_rows(page)] == [["新华街道", "—", "2023"]]
    assert unknown in page.locator('select[data-key="province"] option').all_inner_texts()
    # a report that discloses the indicator but gives no headline value is counted as what it is
    assert page.locator(".explore-count").inner_text() == "显示 1 份报告，其中 0 份未披露这项指标；1 份不取主值"
    page.locator('input[data-key="undisclosed"]').uncheck()
    count = page.locator(".explore-count").inner_text()
    assert count.startswith("显示 1 / ") and count.endswith("份披露这项指标的报告；1 份不取主值")
    page.goto(two_years_url + "reports/2024-xinhuajiedao/")
    page.get_by_role("link", name="查询页").click()
    page.wait_for_selector("#explore[data-ready]")
    assert page.locator('select[data-key="province"]').input_value() == "山西省"
    assert [row.split("\t")[:3] for row in _explore_rows(page)] == [["新华街道", "4", "2024"]]
    page.goto(two_years_url + "reports/")
    page.select_option('select[data-filter="province"]', unknown)
    shown = [row for row in page.locator("#catalogue tbody tr").all() if row.is_visible()]
    assert [row.locator("td").first.inner_text() for row in shown] == ["新华街道"]


def test_an_address_asking_for_a_place_or_year_the_data_lacks_says_so(two_years_url, page):
    page.goto(two_years_url + "explore/?indicator=reconsideration_received&province=不存在省&year=1999")
    page.wait_for_selector("#explore[data-ready]")
    notice = page.locator(".explore-unknown")
    assert notice.is_visible() and notice.inner_text() == "所选范围内没有省份“不存在省”、年度“1999”的报告，下面未按它筛选。"
    page.goto(two_years_url + "explore/?indicator=reconsideration_received&province=山西省")
    page.wait_for_selector("#explore[data-ready]")
    assert not page.locator(".explore-unknown").is_visible()


def test_a_value_written_twice_and_taken_once_says_so_on_the_report_and_explore_pages(two_years_url, page):
    page.goto(two_years_url + "reports/2023-xinyishi/")
    said = "报告所列数值（2 处数值相同，只计一次）"
    assert said in page.locator(".report-headlines").inner_text()
    page.goto(two_years_url + "explore/?indicator=reconsideration_received&region=信宜市")
    page.wait_for_selector("#explore[data-ready]")
    [row] = _explore_rows(page)
    assert row.startswith("信宜市\t12\t2023") and row.endswith(said)


def test_the_explore_page_shows_values_as_the_report_pages_do(site_url, page):
    """At most two decimals, money to the fen (pages.display_number)."""
    page.goto(site_url + "explore/?indicator=disputes_handled")
    page.wait_for_selector("#explore[data-ready]")
    assert page.evaluate("[shownNumber(5218614.2, 'yuan'), shownNumber(15000, 'yuan'), shownNumber(33.333, 'percent')]") == [
        "5,218,614.20", "15,000", "33.33"]


def test_the_explore_page_lists_the_reports_that_do_not_disclose_an_indicator_on_request(site_url, page):
    """新源县 states the cases reconsideration received; 港口镇 and 杰勒阿尕什镇 do not: listed, they sort
    last under 主值 and their CSV rows say why they have no value."""
    page.goto(site_url + "explore/?indicator=reconsideration_received")
    page.wait_for_selector("#explore[data-ready]")
    assert [row.split("\t")[0] for row in _explore_rows(page)] == ["新源县"]
    assert "另有 2 份报告未披露" in page.locator(".explore-count").inner_text()
    page.check("input[data-key=undisclosed]")
    assert "undisclosed=1" in page.url
    page.locator("#explore-table th", has_text="主值").click()
    assert [row.split("\t")[0] for row in _explore_rows(page)] == ["新源县", "港口镇", "杰勒阿尕什镇"]
    with page.expect_download() as download:
        page.locator(".explore-csv").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["region"], row["value"] != "", row["reason"]) for row in rows] == [
        ("新源县", True, ""), ("港口镇", False, "报告未披露这项指标"), ("杰勒阿尕什镇", False, "报告未披露这项指标")]
    page.uncheck("input[data-key=undisclosed]")
    page.select_option('select[data-key="province"]', "广东省")   # 港口镇 alone, which does not disclose it
    assert _explore_rows(page) == []
    assert "所选范围内的 1 份报告均未披露这项指标" in page.locator(".explore-count").inner_text()
    page.check("input[data-key=undisclosed]")
    assert [row.split("\t")[0] for row in _explore_rows(page)] == ["港口镇"]
    page.reload()
    page.wait_for_selector("#explore[data-ready]")
    assert page.locator("input[data-key=undisclosed]").is_checked() and len(_explore_rows(page)) == 1


def test_an_explore_address_naming_no_indicator_of_the_vocabulary_says_so(site_url, page):
    page.goto(site_url + "explore/?indicator=disputes_handeld")
    page.wait_for_selector("#explore[data-ready]")
    note = page.locator(".explore-unknown")
    assert note.is_visible() and "disputes_handeld" in note.inner_text()
    shown = page.locator('select[data-key="indicator"] option:checked').inner_text().split("（")[0]
    assert shown in note.inner_text() and _explore_rows(page)
    page.goto(site_url + "explore/?indicator=disputes_handled")
    page.wait_for_selector("#explore[data-ready]")
    assert not page.locator(".explore-unknown").is_visible()


def test_the_explore_page_loads_only_the_indicator_asked_for(site_url, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "explore/?indicator=litigation_cases")
    page.wait_for_selector("#explore[data-ready]")
    page.select_option('select[data-key="indicator"]', "training_participants")
    page.wait_for_selector('#explore[data-ready="training_participants"]')
    data = sorted(url.rsplit("/", 1)[1] for url in requested if "/by-indicator/" in url)
    # and the reports' places once, for every indicator
    assert data == ["litigation_cases-values.json", "reports.json", "training_participants-values.json"]
    assert "indicator=training_participants" in page.url


@pytest.mark.parametrize("path", ["", "reports/", "REPORT", "INDICATOR", "matrix.md", "datasets.md", "explore.md",
                                  "search.md"])
def test_pages_have_no_accessibility_violations(site, site_url, page, path):
    path = {"REPORT": first_page_under(site, "reports"), "INDICATOR": first_page_under(site, "indicators"),
            "matrix.md": "matrix/", "datasets.md": "datasets/", "explore.md": "explore/",
            "search.md": "search/?q=复议"}.get(path, path)
    page.goto(site_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert not result["violations"], _violations(result)


@pytest.mark.parametrize("path", ["", "datasets/", "REPORT", "INDICATOR", "quality/", "search/?q=复议"])
def test_pages_on_a_phone_have_no_accessibility_violations(site, site_url, browser, path):
    """At 375 px tables scroll sideways: the region that scrolls must take the keyboard's focus."""
    path = {"REPORT": first_page_under(site, "reports"), "INDICATOR": first_page_under(site, "indicators")}.get(path, path)
    phone = browser.new_page(viewport={"width": 375, "height": 740})
    phone.goto(site_url + path, wait_until="load")
    phone.add_script_tag(path=str(AXE))
    result = phone.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    phone.close()
    assert not result["violations"], _violations(result)


def _violations(result):
    """axe's violations, a line each: rule, impact, help and the first element."""
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}" for v in result["violations"])


@pytest.mark.parametrize("path", ["", "reports/", "REPORT", "INDICATOR", "explore/"])
def test_the_layout_holds_on_a_375_pixel_phone(site, site_url, browser, path):
    path = {"REPORT": first_page_under(site, "reports"), "INDICATOR": first_page_under(site, "indicators")}.get(path, path)
    phone = browser.new_page(viewport={"width": 375, "height": 740})
    phone.goto(site_url + path)
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    phone.close()
    assert overflow <= 0, f"{path or 'home'} is {overflow}px wider than the phone"


def test_screenshots_at_phone_and_desktop_widths(site, site_url, browser, request, tmp_path):
    """Rendered shots for the README; `pytest --update-goldens` refreshes the committed ones in docs/screenshots."""
    folder = SCREENSHOTS if request.config.getoption("--update-goldens") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shots = {"home": "", **{path.lower(): PAGES[path] for path in PAGES}}
    names = []
    for width in (1366, 375):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for name, path in shots.items():
            page.goto(site_url + path, wait_until="networkidle")
            if name == "explore":
                page.wait_for_selector("#explore[data-ready]")
            if name in ("report", "indicator"):  # the headline values, not the page's heading
                page.locator("article th", has_text="主值").first.evaluate(
                    "th => window.scrollTo(0, th.closest('table').getBoundingClientRect().top + window.scrollY - 120)")
                page.wait_for_timeout(500)  # Material's header swaps the site's name for the page's as it scrolls
            names.append(f"{name}-{width}.png")
            page.screenshot(path=str(folder / names[-1]))
            assert (folder / names[-1]).stat().st_size > 20_000
        page.close()
    for name in names:
        assert (SCREENSHOTS / name).exists(), f"docs/screenshots/{name} missing: run pytest --update-goldens"


def test_the_data_is_cited_by_its_version_and_the_readers_access_date(site, site_url, context, page):
    """The datasets page cites the data (GB/T 7714, [DS/OL]) by the version its datapackage.json's SHA-256
    gives, and the access date is the reader's today; the 复制 button copies exactly that."""
    import datetime
    import hashlib
    version = hashlib.sha256((site.parent / "datasets" / "datapackage.json").read_bytes()).hexdigest()[:12]
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "datasets/")
    citation = page.locator("#dataset-citation").inner_text()
    assert f"版本 {version}[DS/OL]. [{datetime.date.today().isoformat()}]. " in citation
    assert citation.endswith("datasets/.")
    page.locator('button[data-copy="dataset-citation"]').click()
    page.wait_for_function("document.querySelector('button[data-copy=\"dataset-citation\"]').textContent === '已复制'")
    assert page.evaluate("navigator.clipboard.readText()") == citation


@pytest.mark.parametrize("direction", ["ascending", "descending"])
def test_a_report_without_a_value_sorts_last_either_way_not_among_the_zeros(site_url, page, direction):
    page.goto(site_url + f"explore/?indicator=law_exam_participants&sort=1-{direction}")  # 新源县's two figures conflict
    page.wait_for_selector("#explore[data-ready]")
    rows = _explore_rows(page)
    assert len(rows) == 2 and rows[-1].startswith("新源县") and "—" in rows[-1]


def test_a_reports_data_is_cited_by_the_version_of_its_download(site, site_url, page):
    """A report's page cites the figures read from it as a dataset ([DS/OL]) at the page, by the version its
    zip's datapackage.json gives (the first 12 hex digits of its SHA-256), accessed on the reader's day."""
    import datetime
    import hashlib
    import zipfile
    report = "2023-xinyuanxian"
    descriptor = zipfile.ZipFile(site / "data" / report / f"{report}.zip").read(f"{report}/datapackage.json")
    version = hashlib.sha256(descriptor).hexdigest()[:12]
    page.goto(site_url + f"reports/{report}/")
    citation = page.locator("#data-citation").inner_text()
    assert citation.startswith("法治政府建设年度报告指标数据项目. [新源县2023年")
    assert f"指标数据: 版本 {version}[DS/OL]. [{datetime.date.today().isoformat()}]. " in citation
    assert citation.endswith(f"reports/{report}/.")
    # what the version is, the datasets page says once for every report
    page.get_by_role("link", name="版本号", exact=True).click()
    assert page.url.endswith("datasets/#report-version")
    assert "只引用一份报告的数据时" in page.locator("article").inner_text()


def test_a_report_cited_at_its_page_here_is_cited_on_the_readers_day(site_url, page):
    """新源县's report has no source address recorded: it is cited at its page on this site, accessed today."""
    import datetime
    page.goto(site_url + "reports/2023-xinyuanxian/")
    citation = page.locator("#citation").inner_text()
    assert f"[EB/OL]. [{datetime.date.today().isoformat()}]. " in citation and "引用日期" not in citation
    assert citation.endswith("reports/2023-xinyuanxian/.")
