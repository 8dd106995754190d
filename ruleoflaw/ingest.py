"""Stage 1, ingest: a file in reports/ -> its text, as published, and its sidecar.

Reports arrive as researchers saved them. The reader is chosen by what the file
holds as well as by its extension, the encoding is detected, and an optional
sidecar `<report>.yml` beside the source carries provenance and overrides.
"""
import codecs
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .errors import ReportError

REPORT_SUFFIXES = (".txt", ".text")
SIDECAR_SUFFIX = ".yml"
# Encodings reports are published in; detection is limited to these so that a
# short GBK file is not taken for, say, a Cyrillic code page.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def list_reports(reports_dir):
    """The source reports in a folder, sorted by file name (sidecars excluded)."""
    return sorted(p for p in Path(reports_dir).iterdir()
                  if p.is_file() and p.suffix.lower() != SIDECAR_SUFFIX and not p.name.startswith("."))


def sniff_format(path, data):
    """The format a file really holds: txt, html, docx or pdf."""
    head = data[:2048].lstrip().lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "txt"


def decode(path, data):
    """Bytes -> str, by BOM, else strict UTF-8, else detection among CANDIDATE_ENCODINGS."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReportError(path, f"starts with a {encoding} byte-order mark but is not {encoding}: {error}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise ReportError(path, "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16; "
                                "save it as UTF-8 and build again")
    return str(best)


def read_sidecar(path):
    """The optional `<report>.yml` beside a source: provenance and metadata overrides."""
    sidecar = Path(path).with_suffix(SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ReportError(sidecar, f"sidecar is not readable YAML: {error}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReportError(sidecar, "sidecar must be a mapping of field: value")
    return data


def ingest(path):
    """Read one report: {source, format, raw_text, sidecar}."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReportError(path, f"cannot be read: {error.strerror}") from error
    if not data.strip():
        raise ReportError(path, "is empty")
    kind = sniff_format(path, data)
    if kind != "txt":
        raise ReportError(path, f"holds {kind}, which this build does not read yet; "
                                f"save the report as plain text (.txt)")
    text = decode(path, data)
    if "\x00" in text:
        raise ReportError(path, "holds NUL characters: it is binary, not text")
    return {"source": path.name, "format": kind, "raw_text": text, "sidecar": read_sidecar(path)}
