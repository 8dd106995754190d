"""ruleoflaw: open data from annual reports on rule-of-law government (法治政府建设年度报告).

The pipeline, one module per stage, each a function from plain data to plain data:

    ingest      read a file in reports/: format, encoding, sidecar   -> raw text
    normalise   strip site chrome, fold widths, Traditional -> Simplified
    metadata    title, region, level, divisions, year, dates, 文号   (gazetteer)
    structure   sections from the report's own headings, sentences
    extract     quantities (figures) -> indicators (rules in schema/rules.yml)
    quality     flags on implausible figures (checks in schema/checks.yml)
    package     Frictionless data packages in datasets/
    pages       Markdown pages for the MkDocs site in docs/

Around them: `knowledge` loads and validates schema/*.yml, `paths` derives every
path from a report id, `pipeline` runs the stages, `cli` is the command line
behind build.py.
"""
from .errors import KnowledgeError, ReportError
from .knowledge import load_knowledge
from .pipeline import build, process_report

__all__ = ["KnowledgeError", "ReportError", "build", "load_knowledge", "process_report"]
