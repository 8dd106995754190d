"""`python build.py add URL`: a report page fetched from a (local) web server, archived with its
provenance, and built; every address that cannot be added is refused by name, and nothing is kept."""
import csv
import datetime
import hashlib
import html
import os
import subprocess
import sys

import pytest
import yaml

from conftest import REPORTS, ROOT, new_project, served

REPORT = REPORTS / "003_63f67845c91befe9.txt"
NEWS = ("<!doctype html><html><head><title>春季植树活动</title></head><body><article><p>近日，"
        "我镇组织干部群众开展植树活动，共植树1200株，绿化面积20亩。活动得到广泛好评。</p></article></body></html>")


def _page(text):
    """A report as a government site serves it: a title and one paragraph per line."""
    lines = text.splitlines()
    return ("<!doctype html><html><head><meta charset='utf-8'><title>杰勒阿尕什镇2024年法治政府建设年度报告</title>"
            "</head><body><article>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
            + "</article></body></html>").encode("utf-8")


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """A web server with a report page, a news page; yields its address."""
    folder = tmp_path_factory.mktemp("web")
    (folder / "report.html").write_bytes(_page(REPORT.read_text(encoding="utf-8")))
    (folder / "news.html").write_text(NEWS, encoding="utf-8")
    (folder / "year-only.html").write_text(NEWS.replace("植树活动", "植树活动（2024年度）"), encoding="utf-8")
    with served(folder) as address:
        yield address, folder


def _add(project, url, *options):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "add", url, "--root", str(project), *options],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def added(tmp_path_factory, web):
    """An empty project to which the report page was added."""
    address, folder = web
    project = new_project(tmp_path_factory.mktemp("project"), with_reports=False)
    run = _add(project, address + "report.html", "--allow-private")
    assert run.returncode == 0, run.stderr[-3000:]
    return project, address + "report.html", (folder / "report.html").read_bytes()


def test_the_page_is_archived_as_served_with_its_provenance(added):
    project, url, served_bytes = added
    digest = hashlib.sha256(served_bytes).hexdigest()
    page = project / "reports" / f"{digest[:16]}.html"
    assert page.read_bytes() == served_bytes
    sidecar = yaml.safe_load(page.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar == {"source_url": url, "retrieved": datetime.date.today().isoformat(), "sha256": digest}


def test_the_added_report_is_built_with_its_source(added):
    project, url, _ = added
    page = (project / "docs" / "reports" / "2024-jieleiagashenzhen.md").read_text(encoding="utf-8")
    assert f"]({url})" in page
    with open(project / "datasets" / "reports.csv", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["id"], row["source_url"], row["retrieved"]) == (
        "2024-jieleiagashenzhen", url, datetime.date.today().isoformat())


@pytest.mark.parametrize("path, words", [
    ("report.html", "is already in reports/"),
    ("news.html", "names no report year"),
    ("year-only.html", "names none of 法治政府建设"),
    ("missing.html", "answered HTTP 404"),
])
def test_an_address_that_cannot_be_added_is_refused_by_name_and_nothing_is_kept(added, path, words):
    project, url, _ = added
    before = sorted(p.name for p in (project / "reports").iterdir())
    run = _add(project, url.replace("report.html", path), "--allow-private")
    assert run.returncode != 0
    assert path in run.stderr and words in run.stderr, run.stderr[-2000:]
    assert sorted(p.name for p in (project / "reports").iterdir()) == before


def test_broken_sidecars_beside_cost_an_addition_nothing(tmp_path, web):
    # a pipe would have hung the look-up for an earlier copy (holding the build's lock), [[[[…]]]] crashed it
    address, _ = web
    project = new_project(tmp_path / "project", with_reports=False)
    reports = project / "reports"
    for name in ("nested", "pipe"):
        (reports / f"{name}.txt").write_text(REPORT.read_text(encoding="utf-8").replace("2024", "2023"), encoding="utf-8")
    (reports / "nested.yml").write_text("title: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    os.mkfifo(reports / "pipe.yml")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "add", address + "report.html", "--root", str(project),
                          "--allow-private"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in run.stderr and "added " in run.stderr, run.stderr[-3000:]
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert any("nested.yml" in line for line in errors) and any("pipe.yml" in line for line in errors), errors


@pytest.mark.parametrize("url, words", [
    ("ftp://example.gov.cn/a.html", "is not an http(s) address"),
    ("file:///etc/passwd", "is not an http(s) address"),
    ("http://127.0.0.1:9/none.html", "could not be fetched"),
])
def test_bad_addresses_are_refused(tmp_path, url, words):
    (tmp_path / "reports").mkdir()
    run = _add(tmp_path, url, "--allow-private")
    assert run.returncode != 0 and url in run.stderr and words in run.stderr, run.stderr[-2000:]
    assert list((tmp_path / "reports").iterdir()) == []


def test_a_private_address_is_refused_unless_allowed(tmp_path, web):
    (tmp_path / "reports").mkdir()
    run = _add(tmp_path, web[0] + "report.html")
    assert run.returncode != 0 and "--allow-private" in run.stderr
    assert list((tmp_path / "reports").iterdir()) == []


def test_a_file_changed_since_it_was_archived_is_refused(added, knowledge):
    from ruleoflaw.errors import ReportError
    from ruleoflaw.ingest import ingest
    project, _, _ = added
    page = next((project / "reports").glob("*.html"))
    changed = project.parent / "changed"
    changed.mkdir(exist_ok=True)
    (changed / page.name).write_bytes(page.read_bytes().replace("杰勒阿尕什镇".encode(), "某镇".encode(), 1))
    (changed / page.with_suffix(".yml").name).write_bytes(page.with_suffix(".yml").read_bytes())
    with pytest.raises(ReportError, match="has changed since it was archived"):
        ingest(changed / page.name, knowledge)


@pytest.mark.browser
def test_in_a_browser_the_added_report_shows_its_source_link(added, browser):
    project, url, _ = added
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "site", "--root", str(project)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    with served(project / "site") as address:
        page = browser.new_page()
        page.goto(address + "reports/2024-jieleiagashenzhen/")
        assert page.locator(f'article a[href="{url}"]').count() >= 1
        assert "杰勒阿尕什镇" in page.locator("article h1").inner_text()
        page.close()
