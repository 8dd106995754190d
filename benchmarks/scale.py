"""Ten thousand reports on one machine: time, memory and site size as the corpus grows.

For every size N: a scratch project with N generated reports (benchmarks/corpus.py)
and this checkout's mkdocs.yml, docs/about.md and docs/assets/, then

  whole build   `build.py site --root P` on a clean project (datasets, pages, mkdocs, swap-in)
  our stages    `build.py --root P` on a clean project (datasets and pages only)
  mkdocs        `python -m mkdocs build` of those pages alone; mkdocs+post = whole - ours
  anchor        with --anchor: Material for MkDocs alone on the same texts (one page per
                report as written, navigation.prune, its own search with jieba): the
                yardstick issue 11 sets the whole build against (at most 1.5x)

each child's wall time and peak RSS (os.wait4), the site's size and files, its
largest page, datasets/ and site/data/, and the bytes a first search costs: the
gzipped search_index.json of Material's search, or with Pagefind what a browser
(Playwright + /usr/bin/chromium) downloads for search/?q=复议. Prints a Markdown
table (medians with --repeats > 1) and the ratios. Shared machines are noisy:
read medians and ratios, never one run.

    .venv/bin/python benchmarks/scale.py --sizes 100 1000 --repeats 1 [--keep DIR] [--rebuild-one]
"""
import argparse
import contextlib
import gzip
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from ruleoflaw.paths import GENERATED_DOCS  # noqa: E402  (the docs a build writes)
from ruleoflaw.preview import serving  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
QUERY = "复议"
COLUMNS = ("N", "whole build s", "our stages s", "mkdocs s", "peak RSS MB", "site MB", "files",
           "largest page KB", "data MB", "first-search KB (gz)")


# --- the scratch project -------------------------------------------------------------

def new_project(folder, count, seed):
    """A project like tests/conftest.py::new_project, its reports generated."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus.generate(count, folder, seed)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", folder / "overrides", dirs_exist_ok=True)
    reset_outputs(folder)
    return folder


def reset_outputs(folder):
    """The project as before any build: its reports, mkdocs.yml and the hand-written docs
    (about.md, assets/ and any other page mkdocs.yml lists that the build does not write,
    such as search.md); no outputs and no build cache (.cache/), so a build after it is clean."""
    for name in ("datasets", "docs", "site", ".cache"):
        shutil.rmtree(folder / name, ignore_errors=True)
    (folder / "docs").mkdir()
    generated = set(GENERATED_DOCS) | {"screenshots"}
    for source in sorted((ROOT / "docs").iterdir()):
        if source.name in generated:
            continue
        if source.is_dir():
            shutil.copytree(source, folder / "docs" / source.name,
                            ignore=shutil.ignore_patterns("javascripts") if source.name == "assets" else None)
        else:
            shutil.copy(source, folder / "docs" / source.name)


# --- one timed child -----------------------------------------------------------------

def run_child(command, log, env=None):
    """{seconds, rss_mb, code} of one child process, run in this checkout; its output goes to `log`.
    Peak RSS is the child's own ru_maxrss from wait4 (it counts the children it waited for)."""
    with open(log, "w", encoding="utf-8") as out:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                 env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "code": child.returncode, "log": str(log)}


def build_command(project, *extra, build_args=()):
    return [str(PYTHON), str(ROOT / "build.py"), *extra, "--root", str(project), *build_args]


def mkdocs_command(project):
    return [str(PYTHON), "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")]


def build_options():
    """The options `build.py --help` lists (--jobs, --engine ...)."""
    help_text = subprocess.run([str(PYTHON), str(ROOT / "build.py"), "--help"], cwd=ROOT,
                               capture_output=True, text=True).stdout
    return set(re.findall(r"--[a-z][a-z-]+", help_text))


# --- what the site weighs -------------------------------------------------------------

def folder_bytes(folder):
    folder = Path(folder)
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def site_stats(project):
    site = Path(project) / "site"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size, default=None)
    by_top = {}
    for path in files:
        top = path.relative_to(site).parts[0]
        by_top[top] = by_top.get(top, 0) + path.stat().st_size
    return {
        "site_bytes": sum(p.stat().st_size for p in files), "files": len(files),
        "largest_page": str(largest.relative_to(site)) if largest else None,
        "largest_page_bytes": largest.stat().st_size if largest else 0,
        "datasets_bytes": folder_bytes(Path(project) / "datasets"),
        "data_bytes": folder_bytes(site / "data"),
        "by_top": dict(sorted(by_top.items(), key=lambda item: -item[1])),
        "largest_pages": [(str(p.relative_to(site)), p.stat().st_size)
                          for p in sorted(pages, key=lambda p: -p.stat().st_size)[:5]],
    }




def browser_first_search(site, query=QUERY):
    """(gzip bytes of every response a browser loads for a first search, requests, note)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None, 0, "playwright is not installed: first search not measured"
    if not CHROMIUM.is_file():
        return None, 0, f"no {CHROMIUM}: first search not measured"
    page_path = f"search/?q={query}" if (site / "search" / "index.html").is_file() else f"?q={query}"
    sizes = []
    with serving(site) as address, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()

            def collect(response):
                with contextlib.suppress(Exception):  # a redirect or an aborted request has no body
                    sizes.append(len(gzip.compress(response.body(), 6)))

            page.on("response", collect)
            page.goto(address + page_path, wait_until="networkidle", timeout=120_000)
            page.wait_for_timeout(500)
        finally:
            browser.close()
    return sum(sizes), len(sizes), f"browser loading {page_path}: {len(sizes)} responses"


def first_search(project, use_browser=True):
    """{gz_bytes, raw_bytes, note}: what a first search costs."""
    site = Path(project) / "site"
    index = site / "search" / "search_index.json"
    if (site / "pagefind").is_dir():
        if not use_browser:
            return {"gz_bytes": None, "raw_bytes": folder_bytes(site / "pagefind"), "note": "Pagefind; --no-browser"}
        gz, _, note = browser_first_search(site)
        return {"gz_bytes": gz, "raw_bytes": folder_bytes(site / "pagefind"), "note": f"Pagefind; {note}"}
    if index.is_file():
        data = index.read_bytes()
        return {"gz_bytes": len(gzip.compress(data, 6)), "raw_bytes": len(data),
                "note": "Material search: the whole search_index.json before the first result"}
    return {"gz_bytes": None, "raw_bytes": None, "note": "no search index found"}


# --- the Material-only anchor ---------------------------------------------------------

ANCHOR_CONFIG = """site_name: anchor
theme:
  name: material
  language: zh
  features: [navigation.prune]
plugins:
  - search:
      separator: '[\\s\\u200b\\-]'
"""


def anchor_project(project):
    """A plain Material site of the same reports: each text a page under its file name,
    paragraphs as written, no data, no templates of ours."""
    anchor = project.parent / f"{project.name}-anchor"
    shutil.rmtree(anchor, ignore_errors=True)
    (anchor / "docs" / "reports").mkdir(parents=True)
    (anchor / "mkdocs.yml").write_text(ANCHOR_CONFIG, encoding="utf-8")
    (anchor / "docs" / "index.md").write_text("# anchor\n", encoding="utf-8")
    for report in sorted((project / "reports").glob("*.txt")):
        lines = [line.strip() for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]
        body = "\n\n".join(lines[1:])
        (anchor / "docs" / "reports" / f"{report.stem}.md").write_text(f"# {lines[0]}\n\n{body}\n", encoding="utf-8")
    return anchor


def measure_anchor(project):
    """{seconds, rss_mb, code}: Material alone building the anchor project of these reports."""
    anchor = anchor_project(project)
    logs = project.parent / f"{project.name}-logs"
    child = run_child(mkdocs_command(anchor), logs / "anchor.log", env={"NO_MKDOCS_2_WARNING": "1"})
    shutil.rmtree(anchor, ignore_errors=True)
    return child


# --- one size ------------------------------------------------------------------------

def measure(project, count, seed, build_args, use_browser, with_anchor=False):
    """One run at one size: {n, whole, ours, mkdocs, anchor, ... site stats, search}."""
    new_project(project, count, seed)
    logs = project.parent / f"{project.name}-logs"
    logs.mkdir(exist_ok=True)
    ours = run_child(build_command(project, build_args=build_args), logs / "ours.log")
    mkdocs = run_child(mkdocs_command(project), logs / "mkdocs.log", env={"NO_MKDOCS_2_WARNING": "1"})
    anchor = measure_anchor(project) if with_anchor else None
    # the whole build last, from a clean project: the site --keep leaves is the whole one, searchable
    reset_outputs(project)
    whole = run_child(build_command(project, "site", build_args=build_args), logs / "whole.log")
    stats = site_stats(project)
    search = first_search(project, use_browser)
    children = (("build.py site", whole), ("build.py", ours), ("mkdocs", mkdocs), ("anchor", anchor))
    failed = [f"{name} exited {child['code']} (see {child['log']})" for name, child in children
              if child and child["code"]]
    return {"n": count, "whole": whole["seconds"], "ours": ours["seconds"], "mkdocs": mkdocs["seconds"],
            "anchor": anchor["seconds"] if anchor else None,
            "post": whole["seconds"] - ours["seconds"],
            "rss_mb": max(whole["rss_mb"], ours["rss_mb"], mkdocs["rss_mb"]),
            "rss": {"whole": whole["rss_mb"], "ours": ours["rss_mb"], "mkdocs": mkdocs["rss_mb"]},
            **stats, "search": search, "failed": failed}


def change_one_figure(report):
    """Add one to a figure after the title line of `report`; returns the figure as it was."""
    text = report.read_text(encoding="utf-8")
    body = text.index("\n", text.index("法治政府建设"))
    match = re.compile(r"\d+(?=[名人件次项个场])").search(text, body)
    report.write_text(text[:match.start()] + str(int(match.group()) + 1) + text[match.end():],
                      encoding="utf-8", newline="")
    return match.group()


def rebuild_one(project, build_args, clean_seconds):
    """Change one figure in one report and time `build.py --root` again."""
    report = sorted((project / "reports").glob("*.txt"))[0]
    was = change_one_figure(report)
    logs = project.parent / f"{project.name}-logs"
    again = run_child(build_command(project, build_args=build_args), logs / "rebuild-one.log")
    return {"report": report.name, "was": was, "seconds": again["seconds"], "rss_mb": again["rss_mb"],
            "ratio": again["seconds"] / clean_seconds, "code": again["code"]}


def watched_rebuilds(project, build_args, clean_seconds, changes=9):
    """Start `build.py watch --root` on the built project; then, `changes` times, change one figure
    in another report and time from the change to the build's end (its `watching` line), the
    watcher's settling included. Returns the median, its ratio to a clean run of our stages, and
    each time."""
    command = [str(PYTHON), str(ROOT / "build.py"), "watch", "--root", str(project), *build_args]
    log = open(project.parent / f"{project.name}-logs" / "watch.log", "w", encoding="utf-8")
    child = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)

    def until_watching():
        for line in child.stderr:
            log.write(line)
            if line.startswith("watching"):
                return
        raise RuntimeError(f"build.py watch ended (exit {child.wait()}); see {log.name}")

    seconds = []
    try:
        until_watching()
        for report in sorted((project / "reports").glob("*.txt"))[1:changes + 1]:
            start = time.perf_counter()
            change_one_figure(report)
            until_watching()
            seconds.append(time.perf_counter() - start)
    finally:
        # What the watch still writes is read to the end: a build under way when Ctrl-C comes, or a
        # worker it started, must never block on a full pipe and hold the watch open.
        child.send_signal(signal.SIGINT)
        try:
            log.write(child.communicate(timeout=300)[1])
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
        log.close()
    median = statistics.median(seconds)
    return {"seconds": median, "ratio": median / clean_seconds, "each": seconds}


# --- the table -----------------------------------------------------------------------

def _number(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def table_row(result):
    """One Markdown table row for a run (or the medians of several), in COLUMNS order."""
    gz = result["search"]["gz_bytes"] if isinstance(result.get("search"), dict) else result.get("search_gz")
    cells = [str(result["n"]), _number(result["whole"]), _number(result["ours"]), _number(result["post"]),
             _number(result["rss_mb"], 0), _number(result["site_bytes"] / 1e6), str(result["files"]),
             _number(result["largest_page_bytes"] / 1e3), _number(result["data_bytes"] / 1e6),
             _number(gz / 1e3 if gz is not None else None)]
    return "| " + " | ".join(cells) + " |"


def table(results):
    header = "| " + " | ".join(COLUMNS) + " |"
    rule = "|" + "|".join("---:" for _ in COLUMNS) + "|"
    return "\n".join([header, rule, *(table_row(r) for r in results)])


def median_result(runs):
    """The median of each measured number over repeated runs of one size."""
    first = dict(runs[0])
    if all(r["anchor"] is not None for r in runs):
        first["anchor"] = statistics.median(r["anchor"] for r in runs)
    for key in ("whole", "ours", "mkdocs", "post", "rss_mb", "site_bytes", "files", "largest_page_bytes",
                "datasets_bytes", "data_bytes"):
        first[key] = statistics.median(r[key] for r in runs)
    return first


def ratios(results):
    lines = []
    base = results[0]
    for r in results:
        lines.append(f"- N={r['n']}: our stages / whole = {r['ours'] / r['whole']:.2f}; "
                     f"time(N)/time({base['n']}) whole {r['whole'] / base['whole']:.2f}, "
                     f"ours {r['ours'] / base['ours']:.2f}, mkdocs alone {r['mkdocs'] / base['mkdocs']:.2f} "
                     f"(N ratio {r['n'] / base['n']:.0f}); per report: whole {r['whole'] / r['n'] * 1e3:.0f} ms, "
                     f"ours {r['ours'] / r['n'] * 1e3:.0f} ms")
        if r["anchor"] is not None:
            lines.append(f"  N={r['n']}: Material alone (anchor) {r['anchor']:.1f} s; "
                         f"whole build / anchor = {r['whole'] / r['anchor']:.2f} (target <= 1.5)")
    return "\n".join(lines)


def details(result):
    mb = lambda b: f"{b / 1e6:.1f} MB"  # noqa: E731
    lines = [f"N={result['n']}: mkdocs alone {result['mkdocs']:.1f} s (mkdocs+post from whole-ours: "
             f"{result['post']:.1f} s); peak RSS MB whole {result['rss']['whole']:.0f}, ours "
             f"{result['rss']['ours']:.0f}, mkdocs {result['rss']['mkdocs']:.0f}",
             f"  datasets/ {mb(result['datasets_bytes'])}; site/ by folder: " +
             ", ".join(f"{k} {mb(v)}" for k, v in list(result["by_top"].items())[:8]),
             "  largest pages: " + ", ".join(f"{p} {b / 1e3:.0f} KB" for p, b in result["largest_pages"]),
             f"  search: {result['search']['note']}; raw {result['search']['raw_bytes']} bytes"]
    lines += [f"  WARNING: {f}" for f in result["failed"]]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="build the projects here and keep them (default: a temporary folder)")
    parser.add_argument("--rebuild-one", action="store_true",
                        help="after the largest size: change one figure in one report and rebuild, "
                             "then the same in a running `build.py watch`")
    parser.add_argument("--build-args", default="", help="extra build.py options (only --jobs/--engine, if it lists them)")
    parser.add_argument("--anchor", action="store_true",
                        help="also build the same texts with Material for MkDocs alone and compare")
    parser.add_argument("--no-browser", action="store_true", help="do not measure a Pagefind search in a browser")
    args = parser.parse_args(argv)
    build_args = shlex.split(args.build_args)
    if build_args:
        known = build_options() & {"--jobs", "--engine"}
        unknown = [a for a in build_args if a.startswith("--") and a.split("=")[0] not in known]
        if unknown:
            parser.error(f"build.py --help lists no {', '.join(unknown)} (it lists {sorted(known) or 'neither'} "
                         "of --jobs, --engine)")
    work = args.keep or Path(tempfile.mkdtemp(prefix="ruleoflaw-scale-"))
    results = []
    try:
        for count in sorted(args.sizes):
            runs = []
            for repeat in range(args.repeats):
                project = work / f"n{count}-r{repeat}"
                shutil.rmtree(project, ignore_errors=True)
                print(f"N={count} run {repeat + 1}/{args.repeats} in {project} ...", file=sys.stderr, flush=True)
                runs.append(measure(project, count, args.seed, build_args, not args.no_browser, args.anchor))
                print(table_row(runs[-1]), file=sys.stderr, flush=True)
                if not args.keep and not (args.rebuild_one and count == max(args.sizes)
                                          and repeat == args.repeats - 1):
                    shutil.rmtree(project, ignore_errors=True)
            results.append(median_result(runs))
        title = "medians of " + str(args.repeats) + " runs" if args.repeats > 1 else "one run each"
        print(f"\n### Build at scale ({title}; mkdocs s = whole build - our stages)\n")
        print(table(results))
        print("\nRatios:\n" + ratios(results))
        print("\nDetails:\n" + "\n".join(details(r) for r in results))
        if args.rebuild_one:
            largest = max(args.sizes)
            clean = results[-1]["ours"]
            again = rebuild_one(work / f"n{largest}-r{args.repeats - 1}", build_args, clean)
            print(f"\nRebuild after one changed figure (N={largest}, {again['report']}, {again['was']} -> +1): "
                  f"{again['seconds']:.1f} s, {again['ratio']:.2f} x the clean build's our stages "
                  f"({clean:.1f} s), peak RSS {again['rss_mb']:.0f} MB" + (f", exit {again['code']}" if again["code"] else ""))
            warm = watched_rebuilds(work / f"n{largest}-r{args.repeats - 1}", build_args, clean)
            print(f"Rebuild by `build.py watch` after one changed figure, median of {len(warm['each'])} changes: "
                  f"{warm['seconds']:.2f} s, {warm['ratio']:.3f} x the clean build's our stages "
                  f"(each: {', '.join(f'{s:.2f}' for s in warm['each'])} s)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
