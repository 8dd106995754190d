"""ruleoflaw: open data from annual reports on rule-of-law government (法治政府建设年度报告).

The pipeline, one module per stage, each a function from plain data to plain data:

    acquire     fetch a report page into reports/ with its sidecar (build.py add)
    ingest      read a file in reports/: format, encoding, sidecar   -> raw text
    normalise   strip site chrome, fold widths, Traditional -> Simplified
    metadata    title, region, level, divisions, year, dates, 文号   (gazetteer)
    structure   sections from the report's own headings, sentences
    extract     quantities (figures) -> indicators (rules in schema/rules.yml)
    quality     flags on implausible figures (checks in schema/checks.yml)
    package     Frictionless data packages in datasets/
    pages       Markdown pages for the MkDocs site in docs/
    search      the Pagefind index of the built site

Around them: `knowledge` loads and validates schema/*.yml, `paths` derives every
path from a report id, `pipeline` runs the stages, `engine` maps the per-report
work (one process, a pool, or Dask), `cache` keeps processed reports by content
hash, `output` stages and swaps outputs, `cli` is the command line behind build.py.
"""
from importlib import import_module

from .errors import KnowledgeError, ReportError

__all__ = ["KnowledgeError", "ReportError", "build", "load_knowledge", "process_report"]
# The pipeline imports jieba, OpenCC, trafilatura and the gazetteer: loaded on first
# use, so that `build.py --help` answers at once.
_LAZY = {"build": "pipeline", "process_report": "report", "load_knowledge": "knowledge"}


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
