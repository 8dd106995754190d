"""Site search with Pagefind: recall in Chinese, Traditional folded to Simplified, a region's
report first, what a first query costs, and nothing fetched from other hosts.

The browser tests drive Debian's chromium through Playwright (see conftest.py) on the
search page, search/?q=..., as a reader would. The queries and how their expected
results are worked out are in tests/search_queries.yml; they run on the bundled
reports and, when benchmarks/corpus.py is there, on a generated corpus of 100 reports.
"""
import csv
import gzip
import hashlib
import importlib.util
import re
import shutil
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml

from conftest import ROOT, build_site, new_project, served
from hypothesis import given
from hypothesis import strategies as st

from ruleoflaw.search import (BUNDLE, FOLD_MAP, FULL_TEXT_ID, SHARDS_FILE, UNUSED_BUNDLE_FILES, SearchIndexError, _pages, _waves,
                              han_words, index_site, indexed_document, report_year, shard_groups, shard_sizes,
                              traditional_to_simplified)

QUERIES = yaml.safe_load((Path(__file__).resolve().parent / "search_queries.yml").read_text(encoding="utf-8"))["queries"]
SEARCH_TIMEOUT_MS = 30_000
FIRST_QUERY_BUDGET = 500_000  # bytes, gzip, everything the search page loads for its first query
CORPUS_SIZE = 100
CORPUS = ROOT / "benchmarks" / "corpus.py"
SMALL_SHARDS = 20  # pages a shard when the bundled site is indexed in shards




def open_search(page, site_url, query, years=None):
    page.goto(site_url + "search/?q=" + quote(query) + (f"&years={years}" if years else ""))
    page.wait_for_selector("#site-search[data-ready]", timeout=SEARCH_TIMEOUT_MS)


def search(page, site_url, query, years=None):
    """The site paths of every result the search page lists for `query` (in the report years
    `years`, the address's years=, when given), in order."""
    open_search(page, site_url, query, years)
    return listed(page)


def listed(page):
    """The site paths of every result the search page lists, in order (all of them, a page at a time)."""
    assert page.locator("#site-search").get_attribute("data-ready") == "true", "the search failed"
    more = page.locator(".site-search__more")
    while more.is_visible():
        shown = page.locator(".site-search__result").count()
        more.click()
        page.wait_for_function("n => document.querySelectorAll('.site-search__result').length > n",
                               arg=shown, timeout=SEARCH_TIMEOUT_MS)
    links = page.locator(".site-search__result > a").evaluate_all("links => links.map(link => link.href)")
    return [urlsplit(link).path for link in links]


def report_ids(paths):
    return [match.group(1) for path in paths if (match := re.fullmatch(r"/reports/([^/]+)/", path))]


def reports_containing(project, text):
    return {folder.name for folder in (project / "datasets").iterdir()
            if (folder / f"{folder.name}-text.txt").is_file()
            and text in (folder / f"{folder.name}-text.txt").read_text(encoding="utf-8")}


def catalogue(project):
    with (project / "datasets" / "reports.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def check_query(page, site_url, project, entry, years=None):
    """Assert what tests/search_queries.yml says of one query (searching the report years `years`)."""
    query = entry["query"]
    found = search(page, site_url, query, years)
    if "contains" in entry:
        expected = reports_containing(project, entry["contains"])
        missing = expected - set(report_ids(found))
        assert not missing, f"{query}: no result for the reports containing {entry['contains']}: {sorted(missing)}"
    if "same_as" in entry:
        assert found == search(page, site_url, entry["same_as"], years), f"{query} and {entry['same_as']} differ"
    if "places" in entry:
        placed = {row["id"] for row in catalogue(project) if row[entry["places"]] == query}
        if not placed:
            pytest.skip(f"no report of this corpus has {query} as its {entry['places']}")
        missing = placed - set(report_ids(found))
        assert not missing, f"{query}: no result for the reports of {entry['places']} {query}: {sorted(missing)}"
    if entry.get("first") == "region":
        titled = {row["id"] for row in catalogue(project) if query in row["title"]}
        if not titled:
            pytest.skip(f"no report of this corpus is titled with {query}")
        assert found and report_ids(found[:1]) and report_ids(found[:1])[0] in titled, (
            f"{query}: the first result is {found[:1]}, not the report of {query} ({sorted(titled)})")
    return found


# --- the bundled reports --------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("entry", QUERIES, ids=[f"{e['query']}-{next(k for k in e if k != 'query')}" for e in QUERIES])
def test_the_query_set_on_the_bundled_reports(site, site_url, page, entry):
    check_query(page, site_url, site.parent, entry)


@pytest.mark.browser
def test_a_two_character_query_finds_exactly_the_pages_containing_it(site, site_url, page):
    """复议 inside 行政复议: every report containing it (by its text file), and no page without it."""
    project = site.parent
    expected = reports_containing(project, "复议")
    assert expected, "no bundled report contains 复议: the test would prove nothing"
    found = search(page, site_url, "复议")
    assert expected <= set(report_ids(found))
    for path in found:
        text = (site / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
        assert "复议" in text, f"{path} has no 复议"


def candidates(page, query):
    """The site paths of the pages the index finds for `query`, before the search page checks them."""
    urls = page.evaluate("query => ruleoflawSearch.search(query).then(found => "
                         "Promise.all(found.results.map(result => result.data().then(data => data.url))))", query)
    return [urlsplit(url).path for url in urls]


def run_held_apart(project, site):
    """(run, holder, apart): a run of three Han characters that report `holder`'s text holds and
    report `apart` holds only as its two bigrams apart (…AB… …BC…), nowhere on its page; the first
    such run in code-point order."""
    texts = {path.parent.name: path.read_text(encoding="utf-8") for path in sorted((project / "datasets").glob("*/*-text.txt"))}
    runs = {name: re.findall(r"[\u4e00-\u9fff]+", text) for name, text in texts.items()}

    def grams(name, size):
        return {run[i:i + size] for run in runs[name] for i in range(len(run) - size + 1)}

    for holder, apart in sorted((a, b) for a in texts for b in texts if a != b):
        page_text = (site / "reports" / apart / "index.html").read_text(encoding="utf-8")
        pairs = grams(apart, 2)
        for run in sorted(grams(holder, 3)):
            if run[:2] in pairs and run[1:] in pairs and run not in page_text:
                return run, holder, apart
    pytest.skip("no run of three characters is held apart by one report and whole by another")


@pytest.mark.browser
def test_a_longer_query_lists_only_the_pages_holding_it_whole(site, site_url, page):
    """The index finds a page holding a three-character run's two bigrams apart; the search page
    does not list it, and lists the pages that hold the run, with their number once all are checked."""
    run, holder, apart = run_held_apart(site.parent, site)
    open_search(page, site_url, run)
    assert f"/reports/{apart}/" in candidates(page, run), (
        f"{run}: the index should find {apart}, which holds its bigrams apart: the test would prove nothing")
    found = listed(page)
    assert f"/reports/{holder}/" in found, run
    assert f"/reports/{apart}/" not in found, run
    assert f"找到 {len(found)} 个页面" in page.locator(".site-search__status").inner_text()


@pytest.mark.browser
def test_a_phrase_with_a_figure_lists_only_the_reports_holding_it_whole(site, site_url, page):
    """The index finds a report holding a phrase's words and its figure apart (开展…活动, and 25
    elsewhere); the search page lists only the reports whose text holds the phrase as typed."""
    texts = {path.parent.name: path.read_text(encoding="utf-8") for path in sorted((site.parent / "datasets").glob("*/*-text.txt"))}
    phrases = sorted({match.groups() for text in texts.values()
                      for match in re.finditer(r"([\u4e00-\u9fff]{2,6})(\d+)([件次项名人个场])", text)})
    for words, figure, unit in phrases:
        phrase = words + figure + unit
        holding = {name for name, text in texts.items() if re.search(rf"(?<!\d){phrase}", text)}
        # …and the reports that hold the words whole and the figure as a number, only not together
        apart = {name for name, text in texts.items() if name not in holding and words in text
                 and re.search(rf"(?<![\d.]){figure}(?![\d.])", text)}
        if not apart:
            continue
        open_search(page, site_url, phrase)
        if apart & set(report_ids(candidates(page, phrase))):
            found = set(report_ids(listed(page)))
            assert found == holding, (phrase, sorted(found), sorted(holding))
            return
    pytest.skip("the index finds no report holding a phrase's words and figure apart: the test would prove nothing")


@pytest.mark.browser
def test_a_figure_with_a_point_lists_only_the_pages_holding_it(site, site_url, page):
    """The index holds 97.5 as 97 and 5, and finds pages holding them apart; the search page lists
    only the pages that hold the figure."""
    figures = sorted({figure for path in (site.parent / "datasets").glob("*/*-text.txt")
                      for figure in re.findall(r"\d+\.\d+", path.read_text(encoding="utf-8"))})
    for figure in figures:
        open_search(page, site_url, figure)
        lacking = {path for path in candidates(page, figure)
                   if figure not in (site / path.lstrip("/") / "index.html").read_text(encoding="utf-8")}
        if lacking:
            found = listed(page)
            assert found, figure
            assert not lacking & set(found), (figure, sorted(lacking & set(found)))
            return
    pytest.skip("the index finds no page lacking a figure with a point: the test would prove nothing")


@pytest.mark.browser
def test_an_indicator_a_report_does_not_disclose_does_not_find_that_report(site, site_url, page, knowledge):
    """Report pages list the indicators they do not disclose; those names are not the report's words."""
    project = site.parent
    text = (project / "datasets" / "2024-jieleiagashenzhen" / "2024-jieleiagashenzhen-text.txt").read_text(encoding="utf-8")
    disclosed = {row["indicator"] for row in csv.DictReader(
        (project / "datasets" / "2024-jieleiagashenzhen" / "2024-jieleiagashenzhen-indicators.csv").open(encoding="utf-8"))}
    name = next(i["zh"] for i in knowledge["indicators"]["indicators"] if i["id"] not in disclosed and i["zh"] not in text)
    assert "/reports/2024-jieleiagashenzhen/" not in search(page, site_url, name), name


@pytest.mark.browser
def test_traditional_queries_find_what_simplified_ones_do(site_url, page):
    simplified = search(page, site_url, "行政复议")
    assert simplified
    assert search(page, site_url, "行政復議") == simplified


@pytest.mark.browser
def test_a_place_and_a_topic_typed_without_a_space_find_the_pages_holding_both(site, site_url, page):
    """新源县行政复议, typed as one run, is held by no page; split after the place's name it finds
    新源县's report, as 新源县 行政复议 does, and the status says the query was split. A run with no
    place's name to split after finds nothing, and the status says to type spaces."""
    query = "新源县行政复议"
    assert not any(query in "".join(path.read_text(encoding="utf-8").split())
                   for path in (site.parent / "datasets").glob("*/*-text.txt")), "the test would prove nothing"
    found = search(page, site_url, query)
    status = page.locator(".site-search__status").inner_text()
    spaced = search(page, site_url, "新源县 行政复议")
    assert "/reports/2023-xinyuanxian/" in found
    assert found == [path for path in spaced if path.startswith(("/reports/", "/indicators/"))]
    assert "分开搜索" in status and "新源县 行政复议" in status
    # a topic before the place has no place's suffix to split after: the status says how to search
    assert search(page, site_url, "行政复议新源县") == []
    assert "加空格" in page.locator(".site-search__status").inner_text()
    # …but a query already spaced into words that no page holds together is told nothing of spaces
    assert search(page, site_url, "行政复议 拉萨市") == []
    assert "加空格" not in page.locator(".site-search__status").inner_text()


@pytest.mark.browser
def test_a_split_query_finds_reports_and_indicators_not_the_sites_own_pages(site_url, page):
    """Only the site's own pages hold both 新源县 and 披露矩阵 (the home page's newest reports and its links),
    and they are no answer to 新源县披露矩阵 typed as one run."""
    spaced = search(page, site_url, "新源县 披露矩阵")
    assert spaced and not any(path.startswith(("/reports/", "/indicators/")) for path in spaced), spaced
    assert search(page, site_url, "新源县披露矩阵") == []
    assert "没有找到" in page.locator(".site-search__status").inner_text()


@pytest.mark.browser
def test_a_number_finds_only_the_pages_that_hold_it_as_a_number(site, site_url, page):
    """Pagefind answers 88701 with the pages holding 8870 (a word it begins); none holds 88701."""
    texts = [path.read_text(encoding="utf-8") for path in (site.parent / "datasets").glob("*/*-text.txt")]
    assert any("8870" in text for text in texts) and not any("88701" in text for text in texts)
    assert search(page, site_url, "88701") == []
    assert "/reports/2023-xinyuanxian/" in search(page, site_url, "8870")


@pytest.mark.browser
def test_a_region_finds_its_report_first(site_url, page):
    found = search(page, site_url, "新源县")
    assert found[0] == "/reports/2023-xinyuanxian/", found[:5]
    assert len(found) > 1, "新源县 is named on other pages too (indicators, matrix): they should be found after it"


@pytest.mark.browser
def test_results_show_a_title_and_a_passage_with_the_query_marked(site_url, page):
    open_search(page, site_url, "新源县")
    first = page.locator(".site-search__result").first
    assert first.locator("a").inner_text().lstrip("[").startswith("新源县")  # (a supplied title is bracketed)
    # the title as written, without the spaces the index puts around its digits (新源县 2023 年)
    assert "[新源县2023年法治政府建设工作总结]" in [link.inner_text() for link in page.locator(".site-search__result > a").all()]
    assert "zx" not in first.inner_text(), "an index word was shown instead of the text it stands for"
    assert first.locator(".site-search__excerpt mark").first.inner_text() == "新源县"


@pytest.mark.browser
def test_a_report_result_shows_a_passage_of_the_report_not_its_indicator_names(site, site_url, page, knowledge):
    """A query that names an indicator the report states (复议 in 行政复议收案数) and stands in its
    text: the passage shown is the report's text, where the names indexed with it would run together."""
    open_search(page, site_url, "复议")
    results = page.locator(".site-search__result")
    reports = [results.nth(n) for n in range(results.count())
               if re.fullmatch(r"/reports/[^/]+/", urlsplit(results.nth(n).locator("a").get_attribute("href")).path)]
    assert reports, "复议 should find a bundled report"
    for result in reports:
        report = urlsplit(result.locator("a").get_attribute("href")).path.split("/")[2]
        text = "".join((site.parent / "datasets" / report / f"{report}-text.txt").read_text(encoding="utf-8").split())
        passage = "".join(result.locator(".site-search__excerpt").inner_text().strip("…").split())
        assert passage in text, (report, passage)


@pytest.mark.browser
def test_a_passage_sets_no_space_inside_chinese_quotation_marks(site_url, page):
    open_search(page, site_url, "")
    spelled = " ".join(han_words("按照")) + " “ " + " ".join(han_words("全城通办")) + " ” " + " ".join(han_words("事项"))
    assert page.evaluate("text => ruleoflawSearch.decode(text)", spelled) == "按照“全城通办”事项"
    spelled = " ".join(han_words("办结")) + " / " + " ".join(han_words("审结"))
    assert page.evaluate("text => ruleoflawSearch.decode(text)", spelled) == "办结/审结"


@pytest.mark.browser
def test_the_browser_spells_a_query_as_the_index_does(site_url, page):
    open_search(page, site_url, "")
    spelled = page.evaluate("ruleoflawSearch.spell('行政复议 新源县 法')")
    # Non-overlapping bigrams of 行政复议, the last two of an odd run, one character as a prefix.
    assert spelled.split() == [han_words("行政")[0], han_words("复议")[0],
                               han_words("新源")[0], han_words("源县")[0], han_words("法")[0][:5]]


@pytest.mark.browser
def test_the_first_query_downloads_at_most_500_kb(site_url, context, page):
    sizes = {}

    def record(response):
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 (a redirect has no body)
            return
        sizes[urlsplit(response.url).path] = len(gzip.compress(body, 6))

    context.on("response", record)
    open_search(page, site_url, "复议")
    page.wait_for_load_state("networkidle")
    assert any(path.startswith(f"/{BUNDLE}/index/") for path in sizes), f"no index chunk was fetched: {sorted(sizes)}"
    total = sum(sizes.values())
    assert total <= FIRST_QUERY_BUDGET, f"{total} bytes gzip: " + ", ".join(
        f"{path} {size}" for path, size in sorted(sizes.items(), key=lambda item: -item[1]))


@pytest.mark.browser
def test_searching_requests_nothing_but_the_local_site(site, site_url, context, page):
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "reports/2023-xinyuanxian/")
    page.locator(".site-search-header input[name=q]").fill("复议")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    page.wait_for_selector("#site-search[data-ready=true]", timeout=SEARCH_TIMEOUT_MS)
    assert page.locator(".site-search__result").count() > 0
    page.wait_for_load_state("networkidle")
    host = urlsplit(site_url).hostname
    assert any(urlsplit(url).path.startswith(f"/{BUNDLE}/fragment/") for url in requested), (
        "no result was loaded, so Pagefind's requests were not watched")
    foreign = sorted({url for url in requested
                      if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != host})
    assert not foreign, f"searching requested other hosts: {foreign}"


# --- the bundled reports indexed in shards ----------------------------------------------

@pytest.fixture(scope="session")
def sharded_site(site, tmp_path_factory):
    """The bundled site indexed in shards of SMALL_SHARDS pages, as a large site is."""
    copy = tmp_path_factory.mktemp("sharded") / "site"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(BUNDLE))
    (copy.parent / "datasets").symlink_to(site.parent / "datasets")
    index_site(copy, shard_pages=SMALL_SHARDS)
    return copy


@pytest.fixture(scope="session")
def sharded_url(sharded_site):
    with served(sharded_site) as address:
        yield address


def _shards(site):
    import json
    return json.loads((site / BUNDLE / SHARDS_FILE).read_text(encoding="utf-8"))


def _fragments(bundle):
    return len(list((bundle / "fragment").iterdir()))


def _report_years(project):
    return sorted({int(row["id"][:4]) for row in catalogue(project)}, reverse=True)


def test_a_site_over_the_shard_size_is_indexed_in_a_base_shard_and_shards_by_year(site, sharded_site):
    listing = _shards(sharded_site)
    years = _report_years(site.parent)
    assert len(years) >= 2, "the bundled reports should span two years or more: the test would prove little"
    assert listing["years"] == years
    pages = [relative for relative, _ in _pages(site)]
    report_pages = {year: [page for page in pages if report_year(page) == year] for year in years}
    assert set(report_pages) == set(years) and all(report_pages.values())
    # The base shard: every page outside a report's folder, whatever their number.
    base = [page for page in pages if report_year(page) is None]
    assert len(base) > SMALL_SHARDS and _fragments(sharded_site / BUNDLE) == len(base)
    # The year shards: numbered from 1, newest year first, each year in as few shards as can be.
    assert [shard["path"] for shard in listing["shards"]] == [f"{n}/" for n in range(1, len(listing["shards"]) + 1)]
    assert [shard["year"] for shard in listing["shards"]] == sorted((shard["year"] for shard in listing["shards"]),
                                                                     reverse=True)
    for year in years:
        shards = [shard for shard in listing["shards"] if shard["year"] == year]
        assert [_fragments(sharded_site / BUNDLE / shard["path"]) for shard in shards] == shard_sizes(
            len(report_pages[year]), SMALL_SHARDS)
        for shard in shards:
            assert (sharded_site / BUNDLE / shard["path"] / "pagefind-entry.json").is_file()
    # Below the shard size (the bundled site as built): one bundle, no shard, no year.
    assert _shards(site) == {"shards": [], "years": []}
    assert not [path for path in (site / BUNDLE).iterdir() if path.is_dir() and path.name.isdigit()]


def test_a_year_with_more_pages_than_a_shard_holds_is_split_evenly():
    pages = ["index.html", "indicators/a/index.html"] + [f"reports/2024-r{n:02d}/index.html" for n in range(5)] + [
        f"reports/2025-r{n:02d}/index.html" for n in range(2)]
    groups = shard_groups(pages, 2)
    assert groups == [(None, ["index.html", "indicators/a/index.html"]),
                      (2025, ["reports/2025-r00/index.html", "reports/2025-r01/index.html"]),
                      (2024, ["reports/2024-r00/index.html", "reports/2024-r01/index.html"]),
                      (2024, ["reports/2024-r02/index.html", "reports/2024-r03/index.html"]),
                      (2024, ["reports/2024-r04/index.html"])]
    assert report_year("reports/index.html") is None and report_year("reports/year-2023/index.html") is None


@given(st.lists(st.integers(min_value=1, max_value=700), max_size=30), st.integers(min_value=1, max_value=4))
def test_pagefind_runs_side_by_side_stay_within_one_shards_pages(sizes, jobs):
    runs = [(f"pages-{n}", f"bundle-{n}", size) for n, size in enumerate(sizes)]
    waves = _waves(runs, 600, jobs)
    assert [run for wave in waves for run in wave] == runs
    for wave in waves:
        assert 1 <= len(wave) <= jobs
        assert len(wave) == 1 or sum(run[2] for run in wave) <= 600


def test_the_bundles_hold_no_search_interface_the_site_does_not_use(sharded_site):
    bundles = [sharded_site / BUNDLE, *(path for path in (sharded_site / BUNDLE).iterdir() if path.name.isdigit())]
    assert len(bundles) > 1
    for bundle in bundles:
        assert (bundle / "pagefind.js").is_file()
        assert not [name for name in UNUSED_BUNDLE_FILES if (bundle / name).exists()]


def test_indexing_in_shards_twice_gives_the_same_bundles(sharded_site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(sharded_site, copy, ignore=shutil.ignore_patterns(BUNDLE))
    index_site(copy, shard_pages=SMALL_SHARDS)
    assert _tree_digest(copy / BUNDLE) == _tree_digest(sharded_site / BUNDLE)


@pytest.mark.browser
@pytest.mark.parametrize("entry", QUERIES, ids=[f"{e['query']}-{next(k for k in e if k != 'query')}" for e in QUERIES])
def test_the_query_set_in_all_years_finds_what_one_bundle_does(sharded_site, sharded_url, site_url, page, entry):
    """years=all: every shard is searched, the same pages as with one bundle, every report containing the query among them.
    A region's report is found but not necessarily first: Pagefind ranks each bundle by its own word
    statistics, and a shard of the bundled reports holds one or two pages (a year shard of a large
    site holds hundreds, as one bundle does)."""
    if entry.get("first") == "region":
        found = search(page, sharded_url, entry["query"], "all")
        titled = {row["id"] for row in catalogue(sharded_site.parent) if entry["query"] in row["title"]}
        assert titled <= set(report_ids(found)), entry["query"]
    else:
        found = check_query(page, sharded_url, sharded_site.parent, entry, years="all")
    assert sorted(found) == sorted(search(page, site_url, entry["query"])), entry["query"]


@pytest.mark.browser
def test_the_default_search_covers_the_newest_year_and_the_base_shard(site, sharded_site, sharded_url, site_url, page):
    project = site.parent
    newest = _report_years(project)[0]
    for query in ("法治", "行政执法"):   # (words the newest year's reports hold: see the test after it)
        found = search(page, sharded_url, query)
        everywhere = search(page, site_url, query)
        in_newest = {report for report in reports_containing(project, query) if report.startswith(str(newest))}
        assert in_newest <= set(report_ids(found)), query
        assert all(report.startswith(str(newest)) for report in report_ids(found)), found
        # Every page outside a report's folder is in the base shard, searched whatever the years.
        assert sorted(path for path in found if not path.startswith("/reports/")) == sorted(
            path for path in everywhere if not path.startswith("/reports/")), query
    open_search(page, sharded_url, "法治")
    scope = page.locator(".site-search__scope")
    assert scope.is_visible() and f"只搜索了 {newest} 年度" in scope.inner_text() and "全部年度" in scope.inner_text()
    boxes = page.locator(".site-search__years input[type=checkbox]")
    assert page.locator(".site-search__years legend").inner_text() == "年度"
    assert boxes.evaluate_all("boxes => boxes.filter(box => box.checked).map(box => box.value)") == [str(newest)]


@pytest.mark.browser
def test_a_place_whose_reports_are_all_of_earlier_years_is_found_from_the_header_box(site, sharded_url, page):
    """港口镇 has a report of 2021 only: the default search (the newest year) finds no report of it, so it
    searches every year and says so; years the reader chose are kept."""
    newest = _report_years(site.parent)[0]
    assert newest > 2021
    found = search(page, sharded_url, "港口镇")
    assert found[:1] == ["/reports/2021-gangkouzhen/"], found
    assert f"{newest} 年度的报告中没有找到" in page.locator(".site-search__scope").inner_text()
    assert "years=" not in page.url
    assert "/reports/2021-gangkouzhen/" not in search(page, sharded_url, "港口镇", years=newest)
    # … and so does a place and a topic where the topic alone is in the newest year's reports, the place in none
    # (中山市 stands only on 港口镇's page; the newest year's reports speak of 法治 too)
    assert "/reports/2021-gangkouzhen/" in search(page, sharded_url, "中山市 法治")


@pytest.mark.browser
def test_choosing_years_with_the_keyboard_updates_the_address_and_a_reload_restores_them(site, sharded_url, page):
    project = site.parent
    years = _report_years(project)
    older = years[-1]
    open_search(page, sharded_url, "法治")   # (which the newest year's reports hold: no year added)
    box = page.locator(f".site-search__years input[value='{older}']")
    box.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"years="))
    page.wait_for_selector("#site-search[data-ready=true]", timeout=SEARCH_TIMEOUT_MS)
    chosen = sorted([years[0], older]) if len(years) > 2 else None
    expected = ",".join(map(str, chosen)) if chosen else "all"
    assert urlsplit(page.url).query.endswith("&years=" + expected), page.url  # commas left readable
    page.reload()
    page.wait_for_selector("#site-search[data-ready=true]", timeout=SEARCH_TIMEOUT_MS)
    checked = page.locator(".site-search__years input:checked").evaluate_all("boxes => boxes.map(box => box.value)")
    assert str(older) in checked and str(years[0]) in checked
    shown = set(report_ids(listed(page)))
    wanted = {report for report in reports_containing(project, "法治") if int(report[:4]) in (older, years[0])}
    assert wanted <= shown and all(int(report[:4]) in (older, years[0]) for report in shown), shown
    # 全部年度, by keyboard too: every year checked, years=all in the address, every report found.
    page.locator(".site-search__years input[value=all]").focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"years=all"))
    page.wait_for_selector("#site-search[data-ready=true]", timeout=SEARCH_TIMEOUT_MS)
    assert page.locator(".site-search__years input:not(:checked)").count() == 0
    page.reload()
    page.wait_for_selector("#site-search[data-ready=true]", timeout=SEARCH_TIMEOUT_MS)
    assert page.locator(".site-search__years input:not(:checked)").count() == 0
    assert "只搜索了" not in page.locator(".site-search__scope").inner_text()


@pytest.mark.browser
def test_the_search_boxes_show_where_the_keyboard_is(site_url, page):
    """Tabbed to, the header's box and the search page's box draw a focus outline."""
    open_search(page, site_url, "复议")
    for box in (".site-search-header input", "#site-search form input[name=q]"):
        page.locator("body").focus()
        for _ in range(80):
            if page.evaluate(f"document.activeElement === document.querySelector({box!r})"):
                break
            page.keyboard.press("Tab")
        else:
            pytest.fail(f"{box} is never reached with Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", ""), (box, outline)


@pytest.mark.browser
def test_a_site_in_one_bundle_shows_no_year_choice(site_url, page):
    open_search(page, site_url, "复议", years="2023")
    assert page.locator(".site-search__result").count() > 0
    assert not page.locator(".site-search__years").is_visible()
    assert not page.locator(".site-search__scope").is_visible()


# --- the index itself (no browser) ---------------------------------------------------

def _tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_indexing_the_same_site_twice_gives_the_same_bundle(site, tmp_path):
    copies = [tmp_path / "first", tmp_path / "second"]
    for copy in copies:
        shutil.copytree(site, copy, ignore=shutil.ignore_patterns(BUNDLE))
        index_site(copy)
    assert _tree_digest(copies[0] / BUNDLE) == _tree_digest(copies[1] / BUNDLE)


def test_the_fold_map_is_characters_from_opencc(site):
    import json
    folding = json.loads((site / BUNDLE / FOLD_MAP).read_text(encoding="utf-8"))
    assert len(folding["from"]) == len(folding["to"]) > 2000
    pairs = dict(zip(folding["from"], folding["to"]))
    assert pairs["復"] == "复" and pairs["議"] == "议" and pairs["縣"] == "县" and "复" not in pairs
    assert pairs == traditional_to_simplified()


def _unspelled(document):
    """The text of an indexed document, each index word read back as the character it starts with."""
    from lxml import html as lxml_html
    text = " ".join(lxml_html.fromstring(document).xpath("//article")[0].itertext())
    return "".join(re.sub(r"zx([0-9a-z]{3})[0-9a-z]{3}", lambda m: chr(int(m.group(1), 36)), text).split())


def test_a_report_page_is_indexed_for_its_text_title_region_and_indicator_names_not_what_it_repeats(site, knowledge):
    """Evidence repeats the full text, the download and citation lines the title, the metadata card
    places and dates, the indicator section its headline names and headings on every report page."""
    project = site.parent
    report = "2023-xinyuanxian"
    document = indexed_document((site / "reports" / report / "index.html").read_bytes())
    text = _unspelled(document)
    full_text = (project / "datasets" / report / f"{report}-text.txt").read_text(encoding="utf-8")
    for line in filter(None, ("".join(line.split()) for line in full_text.splitlines())):
        assert line in text, f"a line of the report is not indexed: {line[:40]}"
    zh = {indicator["id"]: indicator["zh"] for indicator in knowledge["indicators"]["indicators"]}
    with (project / "datasets" / report / f"{report}-values.csv").open(encoding="utf-8") as handle:
        names = {zh[row["indicator"]] for row in csv.DictReader(handle)}
    assert names and all(name in text for name in names)
    region = next(row["region"] for row in catalogue(project) if row["id"] == report)
    assert text.count(region) >= 2  # the title and the metadata card's region
    assert "<details" not in document and "id=" not in document and "href=" not in document
    for repeated in ("在全文中查看", "GB/T7714", f"{report}.zip", "区划代码", "提取的指标", "待核", "精确", "本页",
                     "组织领导与学法培训", "报告全文"):
        assert repeated not in text, repeated


def test_table_cells_and_places_are_indexed_apart_so_no_query_spans_two_of_them():
    """Two cells, two rows or two places are never read as one word: a passage shows them apart and
    a query of the last character of one and the first of the next (级新, 镇安) finds nothing."""
    def indexed(body):
        page = f'<html><head><meta charset="utf-8"></head><body><article class="md-content__inner">{body}</article></body></html>'
        document = indexed_document(page.encode())
        return document, _unspelled(document)

    indicator_page, text = indexed(  # an indicator page's table of headline values
        '<h1>行政应诉案件数</h1><table><thead><tr><th>地区</th><th>年度</th><th>层级</th></tr></thead><tbody>'
        '<tr><td>乌海市</td><td>2023</td><td>地市级</td></tr><tr><td><a>新源县</a></td><td>2023</td><td>区县级</td></tr>'
        '</tbody></table>')
    assert "乌海市，2023，地市级；新源县，2023，区县级；" in text and "地区，年度" not in text  # no header row
    report_page, text = indexed(  # a report page's metadata card, kept for its places
        f'<h1>余井镇2024年法治政府建设年度报告</h1><div class="meta-card"><table><tr><td>地区</td><td>余井镇</td></tr>'
        f'<tr><td>省份</td><td>安徽省</td></tr></table></div><h2 id="{FULL_TEXT_ID}">报告全文</h2><p>全年化解纠纷。</p>')
    assert "余井镇，安徽省" in text
    for document, spanning in ((indicator_page, "级新"), (indicator_page, "级乌"), (report_page, "镇安")):
        assert han_words(spanning)[0] not in document, spanning


def test_a_han_run_is_spelled_as_its_bigrams_and_its_last_character():
    words = han_words("行政复议")
    assert len(words) == 4 and all(len(word) == 8 and word.startswith("zx") for word in words)
    assert words[0][5:] == words[1][2:5] and words[-1].endswith("zzz")


def _small_site(folder):
    (folder / "about").mkdir(parents=True)
    (folder / "about" / "index.html").write_text(
        '<html lang="zh"><body><article class="md-content__inner"><h1>关于</h1><p>行政复议</p></article></body></html>',
        encoding="utf-8")
    return folder


def test_a_failing_pagefind_is_reported_with_its_output(tmp_path, monkeypatch):
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'something broke' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(failing))
    site = _small_site(tmp_path / "site")
    with pytest.raises(SearchIndexError, match=r"(?s)Pagefind failed \(exit 3\).*something broke"):
        index_site(site)
    assert not (site / BUNDLE).exists()


def test_a_missing_pagefind_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(SearchIndexError, match=r"pip install 'pagefind\[extended\]"):
        index_site(_small_site(tmp_path / "site"))


def test_a_site_without_main_content_is_refused(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    with pytest.raises(SearchIndexError, match="no page"):
        index_site(tmp_path / "site")


# --- a generated corpus of 100 reports ---------------------------------------------------

@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory):
    if not CORPUS.is_file():
        pytest.skip("benchmarks/corpus.py is not there: no generated corpus to search")
    spec = importlib.util.spec_from_file_location("corpus", CORPUS)
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    project = new_project(tmp_path_factory.mktemp("search-corpus"), with_reports=False)
    corpus.generate(CORPUS_SIZE, project, seed=0)
    return build_site(project)


@pytest.fixture(scope="session")
def corpus_url(corpus_site):
    with served(corpus_site) as address:
        yield address


@pytest.mark.browser
@pytest.mark.parametrize("entry", [e for e in QUERIES if "first" not in e],
                         ids=[f"{e['query']}-{next(k for k in e if k != 'query')}" for e in QUERIES if "first" not in e])
def test_the_query_set_on_a_generated_corpus(corpus_site, corpus_url, page, entry):
    check_query(page, corpus_url, corpus_site.parent, entry)


@pytest.mark.browser
def test_regions_of_a_generated_corpus_find_their_reports_first(corpus_site, corpus_url, page):
    rows = sorted(catalogue(corpus_site.parent), key=lambda row: row["id"])
    regions = sorted({row["region"] for row in rows if row["region"]})[::10]
    assert regions
    for region in regions:
        check_query(page, corpus_url, corpus_site.parent, {"query": region, "first": "region"})


@pytest.mark.browser
def test_the_first_query_on_a_generated_corpus_downloads_at_most_500_kb(corpus_url, context, page):
    sizes = []
    context.on("response", lambda response: sizes.append(len(gzip.compress(response.body(), 6)))
               if response.status == 200 else None)
    open_search(page, corpus_url, "复议")
    page.wait_for_load_state("networkidle")
    assert page.locator(".site-search__result").count() > 0
    assert sum(sizes) <= FIRST_QUERY_BUDGET, sum(sizes)


def test_catalogue_pages_are_not_indexed():
    """A catalogue lists every report's title; the report pages answer for them."""
    from ruleoflaw.search import CATALOGUE_PAGES
    assert all(CATALOGUE_PAGES.fullmatch(page) for page in
               ("reports/index.html", "reports/year-2023/index.html", "reports/province-guangdongsheng/index.html"))
    assert not any(CATALOGUE_PAGES.fullmatch(page) for page in
                   ("reports/2023-xinyuanxian/index.html", "index.html", "indicators/index.html"))
