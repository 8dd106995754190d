"""The real build, into a temporary project: datasets, pages, mkdocs --strict, frictionless validate."""
import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from lxml import html as lxml_html

from conftest import REPORTS, ROOT, fenced_code_blocks, new_project


REPOSITORY = "https://github.com/example/rule-of-law-data"


def _run_build(project, *args, env=None):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args, "--root", str(project)],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("project"))
    run = _run_build(project, "site", env={"REPO_URL": REPOSITORY})   # as the Pages workflow builds it
    assert run.returncode == 0, run.stderr
    return project, run


def test_a_progress_line_is_printed_per_report(built):
    _, run = built
    assert len([line for line in run.stderr.splitlines() if line.startswith("[")]) == len(list(REPORTS.glob("*.txt")))


def _validate_all(packages):
    for package in packages:
        run = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(package)],
                             capture_output=True, text=True)
        report = json.loads(run.stdout)
        assert report["valid"], f"{package}: {run.stdout[:2000]}"


def test_every_data_package_passes_frictionless_validate(built):
    project, _ = built
    packages = sorted((project / "datasets").rglob("datapackage.json"))
    assert len(packages) == len(list(REPORTS.glob("*.txt"))) + 1
    _validate_all(packages)


def test_the_corpus_package_names_a_table_changed_or_cut_short_after_it_was_published(built, tmp_path):
    """Each corpus table's size and SHA-256 are in its descriptor, so that frictionless validate of a download
    catches a table changed by a byte (a value edited by hand) or cut short (a download broken off)."""
    import shutil
    project, _ = built
    descriptor = json.loads((project / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    assert all(resource["hash"].startswith("sha256:") and resource["bytes"] > 0 for resource in descriptor["resources"])
    for table, change in (("values", lambda data: data.replace(b",281,", b",282,", 1)),
                          ("sections", lambda data: data[:len(data) // 2])):  # no table refers to it
        copy = tmp_path / table
        shutil.copytree(project / "datasets", copy, ignore=shutil.ignore_patterns("20*"))  # the corpus, not each report
        path = copy / f"{table}.csv"
        changed = change(path.read_bytes())
        assert changed != path.read_bytes()
        path.write_bytes(changed)
        run = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(copy / "datapackage.json")],
                             capture_output=True, text=True)
        report = json.loads(run.stdout)
        invalid = [task["name"] for task in report["tasks"] if not task["valid"]]
        assert not report["valid"] and invalid == [table], run.stdout[:2000]


def test_every_zip_the_site_offers_unpacks_to_a_valid_package(built, tmp_path):
    import zipfile
    project, _ = built
    archives = sorted((project / "site" / "data").rglob("*.zip"))
    assert len(archives) == len(list(REPORTS.glob("*.txt"))) + 1
    for archive in archives:
        zipfile.ZipFile(archive).extractall(tmp_path / archive.stem)
        # the mode unzip gives each file: a regular file everyone may read (rw-r--r--), not its owner only
        assert {entry.external_attr >> 16 for entry in zipfile.ZipFile(archive).infolist()} == {0o100644}
    _validate_all(sorted(tmp_path.rglob("datapackage.json")))


def test_the_site_has_a_page_per_report_and_indicator(built, knowledge):
    project, _ = built
    site = project / "site"
    catalogue = list(csv.DictReader((project / "datasets" / "reports.csv").open(encoding="utf-8")))
    for report in catalogue:
        page = (site / "reports" / report["id"] / "index.html").read_text(encoding="utf-8")
        assert report["region"] in page
        assert (site / "data" / report["id"] / f"{report['id']}.zip").exists()
    for indicator in knowledge["indicators"]["indicators"]:
        assert (site / "indicators" / indicator["id"] / "index.html").exists()
    for page in ("index.html", "reports/index.html", "indicators/index.html", "data/rule-of-law-reports.zip"):
        assert (site / page).exists()


def _page_ids(page, cache={}):
    if page not in cache:
        cache[page] = set(lxml_html.parse(str(page)).getroot().xpath("//@id"))
    return cache[page]


def test_every_link_between_pages_reaches_a_page_and_its_anchor(built):
    """mkdocs --strict checks the links it writes; the figure tables and report texts are HTML
    passed through whole (ruleoflaw/passthrough.py), so their links are checked here."""
    site = built[0] / "site"
    broken, checked = [], 0
    for page in site.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        for link in lxml_html.parse(str(page)).getroot().xpath("//a/@href"):
            if re.match(r"[a-z][a-z0-9+.-]*:|//|#|$", link):
                continue  # another site, or this page (its own anchors are in the browser tests)
            address, _, anchor = link.partition("#")
            address = address.split("?")[0]
            # the 404 page, served at any depth, links from the site's root
            target = (site / address.lstrip("/") if address.startswith("/") else page.parent / address).resolve()
            target = target / "index.html" if target.is_dir() else target
            checked += 1
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link}")
            elif anchor and target.suffix == ".html" and anchor not in _page_ids(target):
                broken.append(f"{page.relative_to(site)}: {link} (no id {anchor})")
    assert checked > 1000 and not broken, broken[:20]


def test_a_bad_report_is_named_and_costs_nothing_else(built, tmp_path):
    project = new_project(tmp_path)
    assert _run_build(project).returncode == 0
    before = {p: p.read_bytes() for p in (project / "datasets").rglob("*") if p.is_file()}
    (project / "reports" / "broken.txt").write_bytes(b"%PDF-1.7 not a text report")
    run = _run_build(project)
    assert run.returncode != 0
    assert "broken.txt" in run.stderr and "could not be built" in run.stderr
    after = {p: p.read_bytes() for p in (project / "datasets").rglob("*") if p.is_file()}
    assert after == before


def test_a_site_build_without_jieba_fails_instead_of_degrading(tmp_path):
    blocker = tmp_path / "blocker" / "jieba"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('jieba blocked for this test')\n", encoding="utf-8")
    project = new_project(tmp_path / "project")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "site", "--root", str(project)],
                         capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(blocker.parent)})
    assert run.returncode != 0
    assert "jieba cannot be imported" in run.stderr
    assert not (project / "site").exists()


def test_report_and_indicator_pages_describe_themselves_as_schema_org_datasets(built):
    project, _ = built
    pages = [*(project / "site" / "reports").glob("*/index.html"),
             project / "site" / "indicators" / "mediation_success_rate" / "index.html"]
    assert len(pages) == 4
    for page in pages:
        found = lxml_html.parse(str(page)).getroot().xpath('//script[@type="application/ld+json"]')
        assert len(found) == 1, page
        dataset = json.loads(found[0].text)
        assert dataset["@type"] == "Dataset" and dataset["license"].startswith("https://creativecommons.org/")
        assert dataset["distribution"] and all(d["@type"] == "DataDownload" for d in dataset["distribution"])
        for download in dataset["distribution"]:
            local = project / "site" / download["contentUrl"].split("/", 3)[3]
            assert local.exists(), download["contentUrl"]


def test_the_feed_and_the_sitemap_list_every_report(built):
    import xml.etree.ElementTree as ElementTree
    project, _ = built
    catalogue = list(csv.DictReader((project / "datasets" / "reports.csv").open(encoding="utf-8")))
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.parse(project / "site" / "feed.xml").getroot()
    links = {entry.find(f"{atom}link").get("href") for entry in feed.findall(f"{atom}entry")}
    sitemap = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    for report in catalogue:
        assert any(link.endswith(f"/reports/{report['id']}/") for link in links)
        assert f"/reports/{report['id']}/" in sitemap


def test_the_datasets_pages_examples_name_files_zip_members_and_columns_the_site_has(built):
    """What a researcher copies from the 数据 page (pandas, R, frictionless) runs against the site as built:
    every file it fetches is served, every zip member it opens is in the zip, every column it names is a
    column of a table it reads."""
    import zipfile
    project, _ = built
    page = (project / "docs" / "datasets.md").read_text(encoding="utf-8")
    code = "\n".join(fenced_code_blocks(page)) + "\n" + "\n".join(re.findall(r"`(frictionless validate [^`]+)`", page))
    data = project / "site" / "data"
    files = set(re.findall(r'(?:base \+ "|data/)([\w.-]+\.(?:csv|zip|xlsx))', code))
    assert {"values.csv", "reports.csv", "rule-of-law-reports.zip"} <= files
    assert all((data / name).is_file() for name in files), sorted(name for name in files if not (data / name).is_file())
    members = set(zipfile.ZipFile(data / "rule-of-law-reports.zip").namelist())
    opened = set(re.findall(r'archive\.open\("([^"]+)"\)', code)) | set(re.findall(r"frictionless validate (\S+)", code))
    assert opened and opened <= members, opened - members
    headers = {column for name in files if name.endswith(".csv") for column in
               next(csv.reader((data / name).open(encoding="utf-8")))}
    headers |= {column for member in members if member.endswith(".csv") for column in
                next(csv.reader(io.TextIOWrapper(zipfile.ZipFile(data / "rule-of-law-reports.zip").open(member),
                                                 encoding="utf-8")))}
    named = set(re.findall(r'(?:left_on|right_on|index|columns|values|by\.x|by\.y)\s*=\s*"(\w+)"', code))
    named |= {name for group in re.findall(r"dtype=\{([^}]*)\}", code) for name in re.findall(r'"(\w+)":', group)}
    named |= {name for group in re.findall(r"cols\(([^)]*)\)", code) for name in re.findall(r"(\w+)\s*=", group)}
    assert {"report_id", "id", "indicator", "value", "division_code"} <= named
    assert named <= headers, named - headers


def test_every_page_links_the_repository_without_asking_another_host_for_its_facts(built):
    """Material would fetch the repository's stars from api.github.com on every page view
    (data-md-component="source"); overrides/partials/source.html keeps the link only."""
    site = built[0] / "site"
    for page in (site / "index.html", site / "reports" / "2023-xinyuanxian" / "index.html"):
        tree = lxml_html.parse(str(page)).getroot()
        assert tree.xpath(f'//a[@href="{REPOSITORY}"]'), page
        assert not tree.xpath('//*[@data-md-component="source"]'), page
