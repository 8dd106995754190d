"""The build, as load inputs / process / save outputs.

`report.process_report` runs the stages on one source file and returns a plain record;
`build` runs it over reports/ (through the engine, reading unchanged reports from
the cache), then writes each report's package, page and downloads (again through
the engine, keeping those of unchanged reports) and what spans the corpus. A bad
report is an error that names the file; the others are still built, and what
an earlier build wrote for the bad one is left in place.
"""
import csv
import hashlib
import json
import os
import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import cache, paths
from .cache import build_fingerprint, record_key
from .engine import Mapper
from .errors import ReportError
from .ingest import SIDECAR_SUFFIX, list_reports
from .knowledge import load_knowledge
from .package import (publish_downloads, report_file, write_corpus_package, write_report_downloads,
                      write_report_package)
from .output import OUTPUTS, commit, finish_commits, recover, staging_for
from .pages import write_pages, write_report_page
from .report import process_report


def assign_unique_ids(records, published=None):
    """Give every record an id of its own, in place; returns the ReportErrors of records left out.

    - Two files with the same normalised text: the second is reported, not published twice; so is a copy
      of a report under another page's header or in the other script (the same place, named, and year, and
      the same figures in the same order: `figures_digest`).
    - A sidecar `id` that another report has or wants: an error naming both files.
    - Two regions of one name and year (two 港口镇): the report already published under the
      id keeps it (`published`: {id: source file}); the others get their parents' names.
    """
    published = published or {}
    errors, kept, by_text = [], [], {}
    for record in sorted(records, key=lambda r: (published.get(r["id"]) != r["source"], r["source"])):
        first = by_text.setdefault(record["text_digest"], record)
        if first is record:
            kept.append(record)
        else:
            errors.append(ReportError(record["source"], f"has the same text as {first['source']}; "
                                                         "it is published once, under that file"))
    by_figures, originals = {}, []
    for record in kept:
        copied = record["figures_digest"] and record["metadata"]["region"] and by_figures.setdefault(
            (record["metadata"]["region"], record["metadata"]["report_year"], record["figures_digest"]), record)
        if not copied or copied is record:
            originals.append(record)
        else:
            errors.append(ReportError(record["source"], f"states the same figures, for the same place and year, as "
                                                         f"{copied['source']}: a copy of it (another page's header or "
                                                         "footer, the other script); it is published once, under that "
                                                         "file"))
    kept = originals
    claimed = {}
    for record in sorted(kept, key=lambda r: (not r["sidecar"].get("id"), r["source"])):
        if record["sidecar"].get("id"):
            owner = claimed.get(record["id"]) or next(
                (r for r in kept if r is not record and r["id"] == record["id"]), None)
            if owner is not None:
                errors.append(ReportError(record["source"], f"its sidecar id `{record['id']}` is already the id of "
                                                            f"{owner['source']}; choose another id"))
                continue
        claimed.setdefault(record["id"], record)
    refused = {error.path for error in errors}
    records[:] = [r for r in kept if r["source"] not in refused]
    _separate_namesakes(records, published)
    return errors


def _parent(metadata):
    """The nearest division above a report's region: its prefecture, else its province (not the region itself)."""
    region = metadata.get("region")
    return next((name for name in (metadata.get("prefecture"), metadata.get("province")) if name and name != region),
                None)


def _separate_namesakes(records, published):
    """Reports that share a generated id: the one published under it (or named by its sidecar) keeps it. The
    others get their region's parent's name where it tells them apart (two 港口镇 of two prefectures), else
    their file's name (two reports on one place and year: a report and a news item on it)."""
    by_id = {}
    for record in records:
        by_id.setdefault(record["id"], []).append(record)
    for rid, group in by_id.items():
        if len(group) == 1:
            continue
        parents = Counter(_parent(record["metadata"]) for record in group)
        for record in group:
            if record["sidecar"].get("id") or published.get(rid) == record["source"]:
                continue
            parent = _parent(record["metadata"])
            record["id"] = (paths.report_id(record["metadata"], [parent]) if parent and parents[parent] == 1
                            else _with_file_name(rid, record))
    # until every id is one report's: a name given may be another's (2023-xinyuanxian-a of a.txt, and of
    # xinyuanxian-a.txt whose region is unread), two files may share a name (a.txt, a.html), and sidecars may
    # give the very names a file's would (…-b, …-b-b, …-b-b-<digest>); a sidecar's id and the published report's stay
    # (each digest pass lengthens every clashing id, and only the finitely many fixed ids can be met again)
    rename = _with_file_name
    while clashing := _clashing(records, published):
        for record in clashing:
            record["id"] = rename(record["id"], record)
        rename = _with_file_digest


def _clashing(records, published):
    """The records whose id another has and that may be renamed: neither a sidecar's id nor the published one's."""
    ids = Counter(record["id"] for record in records)
    return [record for record in records if ids[record["id"]] > 1 and not record["sidecar"].get("id")
            and published.get(record["id"]) != record["source"]]


def _with_file_name(rid, record):
    """The id with the pinyin of the report's file name after it (2021-guanganshi-news): the file's name is its own."""
    return paths.capped_id(f"{rid}-{paths.slug(Path(record['source']).stem) or 'report'}")


def _with_file_digest(rid, record):
    """The id with a digest of the report's whole file name after it, which no other report in its folder has."""
    return paths.capped_id(f"{rid}-{paths.id_digest(record['source'])}")


def _previous_sources(datasets_dir):
    """{report id: source file} of the report packages an earlier build wrote."""
    found = {}
    for folder in Path(datasets_dir).iterdir() if Path(datasets_dir).is_dir() else ():
        catalogue = folder / report_file(folder.name, "reports.csv")
        if not paths.REPORT_ID.fullmatch(folder.name) or not catalogue.is_file():
            continue
        lines = catalogue.read_text(encoding="utf-8").splitlines()
        if len(lines) >= 2:
            row = next(csv.DictReader(lines))
            found[catalogue.parent.name] = row.get("source")
    return found


def output_targets(project):
    """What a build writes and commits (output.commit): datasets/ and the generated part of docs/."""
    docs = Path(project["docs"])
    return [Path(project["datasets"]), *(docs / name for name in paths.GENERATED_DOCS)]


# What the corpus-wide tables and pages need of a report: everything but its text, structure
# and quantities, which only its own package and page use (read back from the cache).
SUMMARY_FIELDS = ("id", "source", "sidecar", "warnings", "metadata", "script", "indicators", "values", "flags")


class WarmState:
    """What a build process that keeps running (build.py watch) holds from one build to the next,
    so that a rebuild does the work of what changed: each report's summary by its cache key (a
    cold build reads them from .cache/) and the corpus pages' inputs with their Markdown. Valid
    for one knowledge: make a new one when schema/ changes."""

    def __init__(self):
        self.summaries, self.pages = {}, {}


def cached_summary(task, warm=None):
    """{"summary": ...} of a report whose source, sidecar, knowledge and code are unchanged
    since a build cached it under the task's key, else None. A copy of the summary `warm` holds:
    the build gives records their final ids in place (assign_unique_ids)."""
    key = task[3]
    summary = warm.summaries.get(key) if warm is not None else None
    if summary is None:
        summary = cache.load(task[2], f"{key}-summary")
    return None if summary is None else {"summary": dict(summary)}


def _program_error(what, error):
    """The problem to report where the program, not a known problem of the file, failed on a report."""
    return (f"{what}: {type(error).__name__}: {error} (an error of the program, not a known problem of the file: "
            "please report it with the file)")


# A text that states this many figures or more, all as another text of the same place and year states them, in the
# same order, is a copy of it; fewer could be two texts that happen to agree.
COPY_FIGURES = 3


def _figures_digest(quantities):
    """A digest of every figure a text states, in order, or None where there are fewer than COPY_FIGURES."""
    figures = [(quantity["value"], quantity["unit"]) for quantity in quantities]
    return (hashlib.sha256(json.dumps(figures, ensure_ascii=False).encode("utf-8")).hexdigest()
            if len(figures) >= COPY_FIGURES else None)


def summarise_report(task):
    """Per-report work, run by the engine: (source path, schema folder, cache folder, cache key)
    -> {"summary": ...} with the key of the full record, or {"error": (path, problem)}.
    The full record and its summary are cached under the key."""
    path, schema_dir, cache_folder, key = task
    try:
        record = process_report(path, load_knowledge(schema_dir))
        if record["metadata"]["report_year"] is None:
            raise ReportError(path, "names no report year; add `report_year:` to its sidecar "
                                    f"{Path(path).with_suffix(SIDECAR_SUFFIX).name}")
    except ReportError as error:
        return {"error": (error.path, error.problem)}
    except Exception as error:  # a defect the file found in the code: named, and the other reports still built
        return {"error": (path, _program_error("could not be read", error))}
    summary = {field: record[field] for field in SUMMARY_FIELDS}
    summary.update(key=key, text_digest=hashlib.sha256(record["text"].encode("utf-8")).hexdigest(),
                   figures_digest=_figures_digest(record["quantities"]))
    cache.save(cache_folder, key, record)
    cache.save(cache_folder, f"{key}-summary", summary)
    return {"summary": summary}


def build(project, knowledge, progress=lambda message: None, mapper=None, warm=None):
    """Build datasets/ and the site sources in docs/ from reports/. Returns {records, errors};
    records are the reports' summaries (SUMMARY_FIELDS). `mapper` runs the per-report work
    (engine.Mapper: a process pool by default); `warm` (WarmState) is what a running process kept
    from its last build. Run it under `output.exclusive_build`."""
    finish_commits(project["root"])
    recover([project["site"]])
    sources, skipped = list_reports(project["reports"])
    for hidden in skipped:
        progress(f"warning: {hidden}: hidden file skipped; rename it without the leading dot to build it")
    schema_dir, cache_folder = str(knowledge["schema_dir"]), str(cache.cache_dir(project["root"]))
    own_mapper = mapper is None
    mapper = mapper or Mapper()
    try:
        records, errors = [], []
        fingerprint = build_fingerprint(schema_dir)
        tasks = [(str(path), schema_dir, cache_folder,
                  record_key(path, path.with_suffix(SIDECAR_SUFFIX), fingerprint)) for path in sources]
        cached = [cached_summary(task, warm) for task in tasks]
        computed = iter(mapper.map(summarise_report, [task for task, hit in zip(tasks, cached) if hit is None]))
        results = (hit if hit is not None else next(computed) for hit in cached)
        for number, (path, result) in enumerate(zip(sources, results), 1):
            if "error" in result:
                errors.append(ReportError(*result["error"]))
                progress(f"[{number}/{len(sources)}] {path.name}: ERROR {result['error'][1]}")
                continue
            record = result["summary"]
            if warm is not None and record["key"] not in warm.summaries:
                warm.summaries[record["key"]] = dict(record)  # before assign_unique_ids sets its id
            records.append(record)
            for warning in record["warnings"]:
                progress(f"warning: {warning}")
            progress(f"[{number}/{len(sources)}] {path.name} -> {record['id']}: "
                     f"{len({row['indicator'] for row in record['indicators']})} indicators in "
                     f"{len(record['indicators'])} figures")
        datasets = project["datasets"]
        published = _previous_sources(datasets)
        generated = {record["source"]: record["id"] for record in records}
        for error in assign_unique_ids(records, published):
            errors.append(ReportError(project["reports"] / error.path, error.problem))
            progress(f"{error.path}: ERROR {error.problem}")
        for record in records:
            if record["id"] != generated[record["source"]]:
                progress(f"{record['source']}: published as {record['id']}, since another report is on the region "
                         f"and year of {generated[record['source']]}")
        write_outputs(records, errors, published, knowledge, project, mapper, progress,
                      warm.pages if warm is not None else None)
        cache.prune(cache_folder, [task[3] for task in tasks])
        if warm is not None:
            current = {task[3] for task in tasks}
            warm.summaries = {key: summary for key, summary in warm.summaries.items() if key in current}
    finally:
        if own_mapper:
            mapper.close()
    return {"records": records, "errors": errors}


def _output_key(record, site_url):
    """What a report's package, page and downloads depend on: its record, its id, the site's address."""
    return hashlib.sha256(f"{record['key']}\n{record['id']}\n{site_url}".encode()).hexdigest()


def write_report_outputs(task):
    """Per-report work, run by the engine: write one report's package into the staged datasets/,
    and its page and downloads into the staged docs/. Returns None, or {"error": problem} where the
    program failed on the report: what it wrote of them is removed, and the other reports are still built."""
    record, schema_dir, cache_folder, staged, pages, site_url = task
    rid = record["id"]
    try:
        package = paths.report_dataset(staged, rid)
    except ValueError as error:  # an id no folder may take (paths.checked_id): nothing written, the rest built
        return {"error": _program_error("could not be published", error)}
    downloads = paths.published_data(pages) / rid
    try:
        knowledge = load_knowledge(schema_dir)
        full = {**cache.load(cache_folder, record["key"]), "id": rid}
        if package.exists():
            shutil.rmtree(package)
        package.mkdir()
        write_report_package(full, knowledge, package)
        version = write_report_downloads(package, downloads)
        write_report_page(full, knowledge, pages, site_url, version)
    except Exception as error:  # a defect the report found in the code: named, and the other reports still built
        shutil.rmtree(package, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)
        paths.report_page(pages, rid).unlink(missing_ok=True)
        return {"error": _program_error("could not be published", error)}
    return None


def _live_entries(project):
    """The names in the live folders that hold a report's outputs: datasets/, the reports' pages
    and the downloads (listed once rather than looked up a report at a time)."""
    folders = (project["datasets"], paths.report_pages(project["docs"]), paths.published_data(project["docs"]))
    return [set(os.listdir(folder)) if Path(folder).is_dir() else set() for folder in folders]


def _reusable(record, manifest, live_entries, site_url):
    """Whether the live outputs of a report are those this build would write."""
    rid = record["id"]
    packages, pages, downloads = live_entries
    return (manifest.get("reports", {}).get(rid) == _output_key(record, site_url)
            and rid in packages and paths.report_page(".", rid).name in pages and rid in downloads)


def _manifest_path(project):
    return Path(project["root"]) / cache.CACHE_FOLDER / "outputs.json"


def write_outputs(records, errors, published, knowledge, project, mapper, progress=lambda message: None,
                  page_memo=None):
    """datasets/ and the generated docs/: what changed is written into staging and committed
    (output.commit), so a build killed at any moment leaves the previous output or, once it has
    committed, an output the next build finishes. A report whose record, id and the site's address
    are those of the live outputs keeps its package, page and downloads untouched. A report (or its
    sidecar) that failed keeps the package, page and downloads an earlier build wrote for it, and that
    package's rows. A report the program fails to publish (write_report_outputs) is an error of `errors`
    and is left out of `records` and of every corpus table and page. `page_memo`: what the last build of
    a running process rendered (pages.write_pages)."""
    root = Path(project["root"])
    datasets, docs = Path(project["datasets"]), Path(project["docs"])
    site_url = project["site_url"]
    staging = staging_for(root / OUTPUTS)
    staged, pages = staging / datasets.relative_to(root), staging / docs.relative_to(root)
    staged.mkdir(parents=True)
    failed = {Path(e.path).stem for e in errors}
    current = {r["id"] for r in records}
    kept_packages = sorted(rid for rid, source in published.items()
                           if rid not in current and Path(source or "").stem in failed)
    try:
        manifest = json.loads(_manifest_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    schema_dir, cache_folder = str(knowledge["schema_dir"]), str(cache.cache_dir(project["root"]))
    live_entries = _live_entries(project)
    reuse = {record["id"]: _reusable(record, manifest, live_entries, site_url) for record in records}
    progress(f"{sum(reuse.values())} of {len(records)} reports unchanged since the last build: their package, "
             "page and downloads are kept")
    paths.report_pages(pages).mkdir(parents=True)
    paths.published_data(pages).mkdir(parents=True)
    to_write = [record for record in records if not reuse[record["id"]]]
    results = mapper.map(write_report_outputs, [(record, schema_dir, cache_folder, str(staged), str(pages), site_url)
                                                for record in to_write])
    unpublished = {record["id"]: result["error"] for record, result in zip(to_write, results) if result}
    for record in records:
        if record["id"] in unpublished:
            errors.append(ReportError(Path(project["reports"]) / record["source"], unpublished[record["id"]]))
            progress(f"{record['source']}: ERROR {unpublished[record['id']]}")
    records[:] = [record for record in records if record["id"] not in unpublished]
    current -= set(unpublished)
    version = write_corpus_package([paths.report_dataset(datasets if reuse[rid] else staged, rid)
                                    for rid in sorted(current)]
                                   + [paths.report_dataset(datasets, rid) for rid in kept_packages], knowledge, staged)
    with ThreadPoolExecutor(max_workers=1) as beside:
        # The pages are written beside the corpus downloads, which are mostly compressing and hashing
        # and let go of the GIL; the two read and write nothing of each other's. The downloads keep
        # this thread: the pool's workers they may start end with the thread that started them
        # (engine.end_with_parent).
        written = beside.submit(write_pages, records, knowledge, pages, site_url, version, page_memo)
        downloads = publish_downloads(staged, paths.published_data(pages), knowledge["labels"],
                                      paths.published_data(docs), manifest.get("downloads"), mapper.map)
        written.result()
    unchanged = [rid for rid in sorted(current) if reuse[rid]]
    # (a report that failed keeps its page and downloads beside its package: the corpus tables keep its rows)
    kept = [*(paths.report_dataset(datasets, rid) for rid in unchanged + kept_packages),
            *(paths.report_page(docs, rid) for rid in unchanged + kept_packages),
            *(paths.published_data(docs) / rid for rid in unchanged + kept_packages)]
    whole = [path for rid in sorted(current) if not reuse[rid]
             for path in (paths.report_dataset(datasets, rid), paths.published_data(docs) / rid)]
    # The manifest vouches for the live outputs: gone while they are being committed, so a build
    # killed then leaves none and the next build makes everything again.
    _manifest_path(project).unlink(missing_ok=True)
    commit(staging, root, [path.relative_to(root) for path in output_targets(project)],
           whole=[path.relative_to(root) for path in whole], kept=[path.relative_to(root) for path in kept])
    _manifest_path(project).parent.mkdir(parents=True, exist_ok=True)
    _manifest_path(project).write_text(json.dumps(
        {"reports": {r["id"]: _output_key(r, site_url) for r in records}, "downloads": downloads},
        sort_keys=True), encoding="utf-8")
