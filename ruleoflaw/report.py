"""One report through the stages: ingest -> normalise -> metadata -> structure -> extract.

`process_report` turns one source file into a plain record; `build.py extract` and the
build's workers call it. It loads only what reading a report needs, not what writes
packages and pages.
"""
from pathlib import Path

from . import paths
from .errors import ReportError
from .extract import extract
from .headline import headline_values
from .indicators import teach_the_tagger
from .ingest import ingest
from .metadata import infer_metadata
from .normalise import normalise
from .patterns import holds_any
from .quality import check_figures
from .review import ReviewMismatch, apply_review
from .structure import parse_structure


def process_report(path, knowledge):
    """One source file -> {id, source, sidecar, metadata, text, original, structure, quantities, indicators}.

    A report whose year cannot be found still gives everything else found
    (`report_year` None): `extract` prints it; `build` refuses to publish it.
    """
    teach_the_tagger(tuple(knowledge["rules"]["office_names"]))
    source = ingest(path, knowledge)
    normalised = normalise(source["raw_text"], knowledge)
    text = normalised["text"]
    if not text.strip():
        raise ReportError(path, "holds no text once site chrome is removed")
    metadata = infer_metadata(text, source["sidecar"], knowledge, normalised["page_path"])
    structure = parse_structure(text, knowledge, metadata["report_year"])
    try:
        found = apply_review(extract(text, structure, knowledge, metadata["report_year"],
                                     below_the_nation=metadata["province"] is not None,
                                     outside_legal_work=_outside_legal_work(metadata, knowledge["rules"]["legal_bodies"])),
                             source["sidecar"].get("review", []), text, knowledge["indicators"])
    except ReviewMismatch as error:
        raise ReportError(Path(path).with_suffix(".yml"), str(error)) from error
    found["flags"] = check_figures(found["indicators"], knowledge["checks"])
    found["values"] = headline_values(found["indicators"], text, knowledge["indicators"], knowledge["headline"],
                                      found["flags"])
    record = {"source": source["source"], "sidecar": source["sidecar"], "warnings": source["warnings"],
              "metadata": metadata,
              "text": text, "original": normalised["original"], "script": normalised["script"],
              "structure": structure, **found}
    record["id"] = source["sidecar"].get("id") or paths.report_id(metadata, fallback=Path(path).stem)
    return record


def _outside_legal_work(metadata, legal_bodies):
    """Whether the reporter is a department whose name says no legal work (盐都区财政局, not 司法局 or 法院); not where
    its name is not known."""
    return (metadata["admin_level"] == "department" and metadata["region"] is not None
            and not holds_any(metadata["region"], legal_bodies))


# A report of one figure: what extracting it loads is what any report loads.
WARM_UP_TEXT = "某县2024年法治政府建设年度报告\n全年办理行政复议案件12件。"


def warm_up(knowledge):
    """Load in this process now what a first report loads (jieba's dictionary and tagger, the
    gazetteer's automaton: about a second), so that a process that keeps running (build.py watch)
    does not make the first change wait for it. Returns the figures of WARM_UP_TEXT."""
    metadata = infer_metadata(WARM_UP_TEXT, {}, knowledge)
    structure = parse_structure(WARM_UP_TEXT, knowledge, metadata["report_year"])
    return extract(WARM_UP_TEXT, structure, knowledge, metadata["report_year"])["indicators"]


# How far into a report's text its title or opening stands.
OPENING_CHARS = 600


def check_is_report(path, knowledge):
    """The record of a report on rule-of-law government, or ReportError saying why the file is none:
    no year, or no 法治政府/依法行政… in its title or opening lines (a news page, a site's home)."""
    record = process_report(path, knowledge)
    if record["metadata"]["report_year"] is None:
        raise ReportError(path, "names no report year")
    words = knowledge["metadata"]["title_words"]
    if not any(word in record["text"][:OPENING_CHARS] for word in words):
        raise ReportError(path, f"names none of {'、'.join(words)} in its title or opening lines")
    return record
