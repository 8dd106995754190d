"""Stage 1, ingest: a file in reports/ -> its text, as published, and its sidecar.

Reports arrive as researchers saved them: plain text, saved web pages, Word
files, text PDFs. One reader per format, chosen by what the file holds as well
as by its extension; the encoding is detected; an optional sidecar
`<report>.yml` beside the source carries provenance and overrides.
"""
import codecs
import datetime
import difflib
import hashlib
import io
import json
import math
import os
import re
import stat
from pathlib import Path

import jsonschema
import yaml
from charset_normalizer import from_bytes

from .errors import ReportError
from .knowledge import SCHEMA_DIR
from .patterns import ONE_LINE_CONTROLS

SIDECAR_SUFFIX = ".yml"
# A report's text beyond this many MB is refused (annual reports run to tens of KB);
# the environment variable raises it.
MAX_TEXT_VARIABLE, DEFAULT_MAX_TEXT_MB = "RULEOFLAW_MAX_TEXT_MB", 5
# Encodings reports are published in; detection is limited to these so that a
# short GBK file is not taken for, say, a Cyrillic code page.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def max_text_megabytes():
    """The size limit for one report's text, in MB (RULEOFLAW_MAX_TEXT_MB, default 5)."""
    try:
        return float(os.environ.get(MAX_TEXT_VARIABLE, DEFAULT_MAX_TEXT_MB))
    except ValueError:
        return DEFAULT_MAX_TEXT_MB


def list_reports(reports_dir):
    """(sources, skipped): the source reports in a folder sorted by file name (sidecars and
    folders excluded), and the hidden files left out (.DS_Store), to be named, not read."""
    entries = sorted(p for p in Path(reports_dir).iterdir()
                     if p.suffix.lower() != SIDECAR_SUFFIX and not (p.is_dir() and not p.is_symlink()))
    return [p for p in entries if not p.name.startswith(".")], [p for p in entries if p.name.startswith(".")]


def sniff_format(path, data):
    """The format a file really holds, by its content: txt, html, docx or pdf.

    The extension only breaks a tie: a .txt that holds a web page is read as one.
    """
    head = data[:4096].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or Path(path).suffix.lower() == ".docx":
            return "docx"
        raise ReportError(path, "is a zip archive but not a Word (.docx) document")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReportError(path, "is an old Word (.doc) file; save it as .docx or .txt")
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or (
            Path(path).suffix.lower() in (".html", ".htm") and b"<" in head):
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
    except UnicodeDecodeError as error:
        utf8_error = error
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        bad = data[utf8_error.start:utf8_error.start + 4]
        raise ReportError(path, "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16: as UTF-8 it breaks at "
                                f"byte {utf8_error.start} ({bad.hex(' ')}); fix or remove that byte, or save "
                                "the file as UTF-8 again")
    return str(best)


def _bomless_utf16(data):
    """UTF-16 saved without a byte-order mark: text whose every other byte is mostly zero
    (Latin) or whose decoding as UTF-16 is mostly CJK; None when it is not that."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
        if readable / len(text) > 0.98 and han / len(text) > 0.3:
            return text
    return None


class _SidecarLoader(yaml.SafeLoader):
    """Safe YAML without aliases: a sidecar has no use for them, and `*a` repeated in
    nested lists expands into gigabytes (the billion-laughs bomb)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"aliases (*{event.anchor}) are not allowed in a sidecar, "
                                 f"line {event.start_mark.line + 1}")
        return super().compose_node(parent, index)


def _sidecar_validator():
    schema = json.loads((SCHEMA_DIR / "meta" / "sidecar.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()), schema


def _as_text(value):
    """YAML reads an unquoted 2024-02-14 as a date; the sidecar means the text."""
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    return value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else value


# A sidecar holds a few lines of provenance; one larger than this is no sidecar (or is /dev/zero).
MAX_SIDECAR_BYTES = 1_000_000


def _read_regular_file(path, limit=None):
    """The bytes of `path`, a regular file in its own folder: a symbolic link may lead only to a file in the
    same folder (a link outside would publish what is outside the project), and a named pipe or a device
    would hang the build or never end; more than `limit` bytes is refused before it is read."""
    if path.is_symlink():
        target = path.resolve()
        if not target.exists():
            raise ReportError(path, f"is a symbolic link to {target}, which does not exist")
        if not target.is_relative_to(path.parent.resolve()):
            raise ReportError(path, f"is a symbolic link to {target}, outside its folder; copy the file in instead")
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ReportError(path, "is not a regular file (a folder, a named pipe or a device); only files are read")
        if limit is not None and status.st_size > limit:
            raise ReportError(path, f"holds {status.st_size} bytes, more than the {limit} a sidecar may hold")
        return path.read_bytes()
    except OSError as error:
        raise ReportError(path, f"cannot be read: {error.strerror}") from error


# A control character (BEL, NUL, ESC, DEL; written "\\a" or "\\0" in a quoted YAML string): the feed's XML cannot hold
# one and a table's reader may stop at it, and no one means one in a title or a name. A tab is only a space.
SIDECAR_CONTROLS = re.compile(f"[{ONE_LINE_CONTROLS}]")


def _unwritable(value, where=""):
    """Where in a sidecar's `value` a string or number stands that no output can hold: a lone surrogate
    (written "\\ud800", which no UTF-8 file can hold), a control character, or a number that is not finite (.inf,
    .nan); else None."""
    if isinstance(value, (dict, list)):
        for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
            found = _unwritable(item, f"{where}/{key}")
            if found:
                return found
    elif isinstance(value, float) and not math.isfinite(value):
        return f"field `{where.strip('/')}`: {value} is not a finite number"
    elif isinstance(value, str) and (control := SIDECAR_CONTROLS.search(value)):
        return f"field `{where.strip('/')}`: holds a control character (U+{ord(control.group()):04X}); write the text without it"
    elif isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"field `{where.strip('/')}`: holds a character no UTF-8 text can (a lone surrogate)"
    return None


def read_sidecar(path):
    """(fields, warnings) of the optional `<report>.yml` beside a source: provenance and
    metadata overrides, checked against schema/meta/sidecar.schema.json. A bad value is an
    error naming the file and the field; an unknown field is a warning (did you mean …?)."""
    sidecar = Path(path).with_suffix(SIDECAR_SUFFIX)
    if not (sidecar.exists() or sidecar.is_symlink()):
        return {}, []
    try:
        data = yaml.load(_read_regular_file(sidecar, MAX_SIDECAR_BYTES).decode("utf-8"), Loader=_SidecarLoader)
    except (UnicodeDecodeError, yaml.YAMLError, ValueError) as error:
        # ValueError: an unquoted date that is no date (2024-02-30)
        raise ReportError(sidecar, f"sidecar is not readable YAML: {error}") from error
    except RecursionError as error:  # [[[[…]]]]: nested deeper than the YAML reader can follow
        raise ReportError(sidecar, "sidecar is not readable YAML: it is nested too deep") from error
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise ReportError(sidecar, "sidecar must be a mapping of field: value")
    unwritable = _unwritable(data)
    if unwritable:
        raise ReportError(sidecar, unwritable)
    validator, schema = _sidecar_validator()
    known = schema["properties"]
    warnings = []
    for field in sorted(set(map(str, data)) - set(known)):
        guess = difflib.get_close_matches(field, known, n=1)
        hint = f"; did you mean `{guess[0]}`?" if guess else f"; known fields: {', '.join(known)}"
        warnings.append(f"{sidecar}: unknown field `{field}` ignored{hint}")
    fields = {field: _as_text(value) for field, value in data.items() if field in known}
    error = next(iter(sorted(validator.iter_errors(fields), key=lambda e: list(e.absolute_path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise ReportError(sidecar, f"field `{where}`: {error.message}")
    return fields, warnings


def read_text(path, data, knowledge):
    return decode(path, data)


def read_html(path, data, knowledge):
    """The article of a saved page (trafilatura), with its title and header fields on top.

    Header fields (索引号, 发布日期, 文号 ...) sit outside the article on most
    government sites, so lines of the whole page that carry one are kept too.
    """
    import lxml.html  # each format's library loads with its first file: most reports are plain text
    import trafilatura
    page = decode(path, data)
    document = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                           favor_recall=True, with_metadata=True)
    extracted = document.as_dict() if document is not None else {}
    body = extracted.get("text") or ""
    if not body.strip():
        raise ReportError(path, "is a web page in which no article text was found")
    labels = tuple(knowledge["metadata"]["header_fields"])
    document = lxml.html.document_fromstring(page)
    for hidden in document.xpath("//script | //style | //noscript | //template"):
        hidden.drop_tree()  # code and styles are not the page's text
    visible = document.text_content().splitlines()
    header = [line.strip() for line in visible
              if line.strip().startswith(labels) or any(f" {label}" in line for label in labels)]
    title = (extracted.get("title") or "").strip()
    top = [title] if title and title not in body else []
    return "\n".join([*top, *[h for h in dict.fromkeys(header) if h not in body], body])


def read_docx(path, data, knowledge):
    import docx
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged file
        raise ReportError(path, f"is not a readable Word document: {error}") from error
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [" ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines)


def read_pdf(path, data, knowledge):
    """Text of a text PDF, with lines that a page wrapped joined back into paragraphs."""
    import pdfminer.high_level
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    try:
        text = pdfminer.high_level.extract_text(io.BytesIO(data))
    except PDFPasswordIncorrect as error:
        raise ReportError(path, "is a password-protected PDF; save an unprotected copy") from error
    except Exception as error:  # pdfminer raises many kinds for a damaged file
        raise ReportError(path, f"is not a readable PDF: {error or type(error).__name__}") from error
    if not text.strip():
        raise ReportError(path, "is a PDF without a text layer (a scan); OCR it first")
    headings = [re.compile(p) for p in knowledge["structure"]["heading_levels"]]
    paragraphs, current = [], ""
    for line in text.replace("\x0c", "\n").splitlines():
        line = line.strip()
        starts_block = not line or any(h.match(line) for h in headings)
        if current and (starts_block or current.endswith(PARAGRAPH_ENDS)):
            paragraphs.append(current)
            current = ""
        current += line
    return "\n".join([*paragraphs, current])


READERS = {"txt": read_text, "html": read_html, "docx": read_docx, "pdf": read_pdf}
# A line that ends in one of these ends its paragraph in a PDF.
PARAGRAPH_ENDS = ("。", "：", ":", "；", "！", "？")


def ingest(path, knowledge):
    """Read one report: {source, format, raw_text, sidecar}."""
    path = Path(path)
    data = _read_regular_file(path)
    if not data.strip():
        raise ReportError(path, "is empty")
    kind = sniff_format(path, data)
    text = READERS[kind](path, data, knowledge)
    if "\x00" in text:
        raise ReportError(path, "holds NUL characters: it is binary, not text")
    limit = max_text_megabytes()
    size = len(text.encode("utf-8")) / 1_000_000
    if size > limit:
        raise ReportError(path, f"holds {size:.1f} MB of text, more than the limit of {limit:g} MB; "
                                f"split it, or raise the limit with {MAX_TEXT_VARIABLE}=<MB>")
    sidecar, warnings = read_sidecar(path)
    if sidecar.get("sha256") and hashlib.sha256(data).hexdigest() != sidecar["sha256"]:
        raise ReportError(path, f"has changed since it was archived: its SHA-256 is not the `sha256` of "
                                f"{path.with_suffix(SIDECAR_SUFFIX).name}; restore the file, or update or remove "
                                "that field if the change is meant")
    return {"source": path.name, "format": kind, "raw_text": text, "sidecar": sidecar, "warnings": warnings}
