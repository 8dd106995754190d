"""The build, as load inputs / process / save outputs.

`process_report` runs the stages on one source file and returns a plain record;
`build` runs it over reports/, then writes data packages and pages. A bad
report is an error that names the file; the others are still built, and what
an earlier build wrote for the bad one is left in place.
"""
import csv
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from . import paths
from .errors import ReportError
from .extract import extract
from .ingest import ingest, list_reports
from .metadata import infer_metadata
from .normalise import normalise
from .package import publish_downloads, write_corpus_package, write_report_package
from .pages import write_pages
from .quality import check_figures
from .structure import parse_structure


def process_report(path, knowledge):
    """One source file -> {id, source, sidecar, metadata, text, original, structure, quantities, indicators}.

    A report whose year cannot be found still gives everything else found
    (`report_year` None): `extract` prints it; `build` refuses to publish it.
    """
    source = ingest(path, knowledge)
    normalised = normalise(source["raw_text"], knowledge)
    text = normalised["text"]
    if not text.strip():
        raise ReportError(path, "holds no text once site chrome is removed")
    metadata = infer_metadata(text, source["sidecar"], knowledge)
    structure = parse_structure(text, knowledge, metadata["report_year"])
    found = extract(text, structure, knowledge)
    found["flags"] = check_figures(found["indicators"], knowledge["checks"])
    record = {"source": source["source"], "sidecar": source["sidecar"], "warnings": source["warnings"],
              "metadata": metadata,
              "text": text, "original": normalised["original"], "script": normalised["script"],
              "structure": structure, **found}
    record["id"] = source["sidecar"].get("id") or paths.report_id(metadata, fallback=Path(path).stem)
    return record


def assign_unique_ids(records, published=None):
    """Give every record an id of its own, in place; returns the ReportErrors of records left out.

    - Two files with the same normalised text: the second is reported, not published twice.
    - A sidecar `id` that another report has or wants: an error naming both files.
    - Two regions of one name and year (two 港口镇): the report already published under the
      id keeps it (`published`: {id: source file}); the others get their parents' names.
    """
    published = published or {}
    errors, kept, by_text = [], [], {}
    for record in sorted(records, key=lambda r: (published.get(r["id"]) != r["source"], r["source"])):
        first = by_text.setdefault(record["text"], record)
        if first is record:
            kept.append(record)
        else:
            errors.append(ReportError(record["source"], f"has the same text as {first['source']}; "
                                                         "it is published once, under that file"))
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


def _separate_namesakes(records, published):
    """Reports that share a generated id get their parents' names, except the one published under it."""
    by_id = {}
    for record in records:
        by_id.setdefault(record["id"], []).append(record)
    for rid, group in by_id.items():
        if len(group) == 1:
            continue
        for record in group:
            if record["sidecar"].get("id") or published.get(rid) == record["source"]:
                continue
            meta = record["metadata"]
            parents = [p for p in (meta.get("province"), meta.get("prefecture")) if p]
            record["id"] = paths.report_id(meta, parents[-1:] or [Path(record["source"]).stem])
    ids = Counter(r["id"] for r in records)
    for record in records:
        if ids[record["id"]] > 1 and published.get(record["id"]) != record["source"]:
            record["id"] = f"{record['id']}-{paths.slug(Path(record['source']).stem) or 'report'}"


def _replace_folder(target, write):
    """Write into a fresh folder and swap it in, so a failure leaves the old one whole."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        write(staging)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _previous_sources(datasets_dir):
    """{report id: source file} of the report packages an earlier build wrote."""
    found = {}
    for catalogue in Path(datasets_dir).glob("*/reports.csv"):
        if not paths.REPORT_ID.fullmatch(catalogue.parent.name):
            continue
        lines = catalogue.read_text(encoding="utf-8").splitlines()
        if len(lines) >= 2:
            row = next(csv.DictReader(lines))
            found[catalogue.parent.name] = row.get("source")
    return found


def build(project, knowledge, progress=lambda message: None):
    """Build datasets/ and the site sources in docs/ from reports/. Returns {records, errors}."""
    sources = list_reports(project["reports"])
    records, errors = [], []
    for number, path in enumerate(sources, 1):
        try:
            record = process_report(path, knowledge)
            if record["metadata"]["report_year"] is None:
                raise ReportError(path, "names no report year; add `report_year:` to its sidecar "
                                        f"{Path(path).with_suffix('.yml').name}")
        except ReportError as error:
            errors.append(error)
            progress(f"[{number}/{len(sources)}] {path.name}: ERROR {error.problem}")
            continue
        records.append(record)
        for warning in record["warnings"]:
            progress(f"warning: {warning}")
        progress(f"[{number}/{len(sources)}] {path.name} -> {record['id']}: "
                 f"{len(record['indicators'])} indicators, {len(record['quantities'])} quantities")
    datasets = project["datasets"]
    published = _previous_sources(datasets)
    for error in assign_unique_ids(records, published):
        errors.append(ReportError(project["reports"] / error.path, error.problem))
        progress(f"{error.path}: ERROR {error.problem}")

    # A report (or its sidecar) that failed keeps what an earlier build wrote for it.
    failed = {Path(e.path).stem for e in errors}
    current = {r["id"] for r in records}
    for rid, source in published.items():
        if rid not in current and Path(source or "").stem not in failed:
            shutil.rmtree(paths.report_dataset(datasets, rid))
    for record in records:
        _replace_folder(paths.report_dataset(datasets, record["id"]),
                        lambda folder, record=record: write_report_package(record, knowledge, folder))
    write_corpus_package(records, knowledge, datasets)
    write_pages(records, knowledge, project)
    publish_downloads(datasets, paths.published_data(project["docs"]))
    return {"records": records, "errors": errors}
