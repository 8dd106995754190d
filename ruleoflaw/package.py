"""Stage 6, package: report records -> Frictionless data packages on disk.

Each report gets `datasets/<id>/` with its `reports` row, its `indicators`
(long format), the `vocabulary` they refer to, and its normalised and original
text, every file named after the report (2023-xinyuanxian-indicators.csv) so
downloads from two reports never collide; `datasets/` itself holds the corpus
package with all reports and figures.
Table Schemas come from schema/tables/ and are inlined by frictionless-py so
every package validates on its own once downloaded. Output is byte-stable:
sorted rows, fixed CSV dialect, no timestamps.
"""
import csv
import hashlib
import io
import json
import os
import shutil
import zipfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import orjson
import xlsxwriter
from frictionless import Resource, Schema

from . import paths
from .knowledge import table_schema_path

LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Attribution 4.0"}
CORPUS_ZIP = "rule-of-law-reports.zip"
TABLES = ("reports", "values", "indicators", "quantities", "sections", "quality", "vocabulary")
TITLES = {"reports": "报告目录 Reports", "indicators": "指标数据 Indicator figures",
          "quantities": "全部数字 Every figure stated", "sections": "章节 Sections by domain",
          "quality": "数据质量 Figures flagged by data-quality checks",
          "values": "主值 One headline value per report and indicator",
          "vocabulary": "指标词表 Indicator vocabulary"}


def report_row(record):
    metadata = record["metadata"]
    row = {field: metadata.get(field) for field in (
        "title", "region", "admin_level", "province", "prefecture", "county", "division_code",
        "report_year", "publish_date", "doc_number", "index_number", "issuer")}
    sidecar = record["sidecar"]
    row.update(id=record["id"], source=record["source"], source_url=sidecar.get("source_url"),
               retrieved=sidecar.get("retrieved"), source_note=sidecar.get("source_note"), script=record["script"],
               indicator_count=len({row["indicator"] for row in record["indicators"]}),
               figure_count=len(record["indicators"]))
    return row


def indicator_rows(record):
    rows = [{"report_id": record["id"], **row} for row in record["indicators"]]
    return sorted(rows, key=lambda r: (r["figure_start"], r["indicator"]))


def quantity_rows(record):
    return [{"report_id": record["id"], "figure_start": q["start"], "figure_end": q["end"], "figure": q["figure"],
             "kind": q["kind"], "value": q["value"], "value_high": q["value_high"], "unit_written": q["unit_written"],
             "unit": q["unit"], "qualifier": q["qualifier"], "indicator": q["indicator"], "review": q["review"],
             "sentence": record["text"][q["sentence_start"]:q["sentence_end"]],
             "start": q["sentence_start"], "end": q["sentence_end"], "section": q["section"]}
            for q in record["quantities"]]


def section_rows(record):
    return [{"report_id": record["id"], "section": s["index"], "level": s["level"], "title": s["title"],
             "path": " > ".join(s["path"]), "domain": s["domain"], "plan": "true" if s["plan"] else "false",
             "start": s["start"], "end": s["end"]}
            for s in record["structure"]["sections"][1:]]


def value_rows(record):
    return [{"report_id": record["id"], **value} for value in record["values"]]


def quality_rows(record):
    return [{"report_id": record["id"], **flag} for flag in record["flags"]]


def vocabulary_rows(vocabulary):
    return [{"id": i["id"], "domain": i["domain"], "domain_zh": vocabulary["domains"][i["domain"]]["zh"],
             "zh": i["zh"], "en": i["en"], "unit": i["unit"], "counts": i.get("counts"),
             "means_zh": i["means_zh"], "means": i["means"]}
            for i in vocabulary["indicators"]]


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_text(names, rows):
    """Rows as CSV in the column order `names` of their Table Schema, \\n line ends, minimal quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return buffer.getvalue()


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")


@lru_cache(maxsize=None)
def _table_descriptor(schema_path, table):
    """The resource descriptor of one table (its Table Schema inlined by frictionless-py), built
    once per build: each package only sets its own path."""
    schema = Schema.from_descriptor(json.loads(Path(schema_path).read_text(encoding="utf-8")))
    return Resource(name=table, path=f"{table}.csv", title=TITLES[table], format="csv",
                    mediatype="text/csv", encoding="utf-8", schema=schema).to_dict()


@lru_cache(maxsize=None)
def _text_descriptor(name, title):
    return Resource(name=name, path=f"{name}.txt", title=title, format="txt",
                    mediatype="text/plain", encoding="utf-8").to_dict()


def _table_resource(knowledge, table, folder, rows, prefix=""):
    descriptor = _table_descriptor(str(table_schema_path(knowledge, table)), table)
    _write(folder / f"{prefix}{table}.csv", csv_text([f["name"] for f in descriptor["schema"]["fields"]], rows))
    return {**descriptor, "path": f"{prefix}{table}.csv"}


def _text_resource(name, title, folder, text, prefix):
    _write(folder / f"{prefix}{name}.txt", text)
    return {**_text_descriptor(name, title), "path": f"{prefix}{name}.txt"}


def report_file(rid, name):
    """The file name of one part of a report's package: 2023-xinyuanxian-indicators.csv."""
    return f"{rid}-{name}"


def _descriptor_bytes(descriptor):
    """A datapackage.json, indented and sorted: orjson writes the same bytes as json.dumps(indent=2,
    sort_keys=True, ensure_ascii=False) ten times faster, a thousandth of a second per report."""
    return orjson.dumps(descriptor, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def _save_package(folder, descriptor):
    """Write a package's datapackage.json; returns its version (data_version)."""
    data = _descriptor_bytes(descriptor)
    _write(folder / "datapackage.json", data.decode())
    return data_version(data)


def data_version(descriptor_bytes):
    """A package's version, for a citation: the first 12 hex digits of its datapackage.json's SHA-256.
    The descriptor holds every table's hash (_integrity), so it changes with any value, and a reader
    checks a download against it with sha256sum; it is the same for the same data, however built."""
    return hashlib.sha256(descriptor_bytes).hexdigest()[:12]


def write_report_package(record, knowledge, folder):
    """datasets/<id>/: datapackage.json, <id>-<table>.csv per table in TABLES, <id>-text.txt and <id>-original.txt."""
    prefix = report_file(record["id"], "")
    resources = [_table_resource(knowledge, table, folder, rows, prefix)
                 for table, rows in _report_table_rows(record, knowledge).items()]
    resources += [
        _text_resource("text", "规范化全文 Normalised text (offsets refer to it)", folder, record["text"], prefix),
        _text_resource("original", "原文 Text as published", folder, record["original"], prefix),
    ]
    metadata = record["metadata"]
    title = metadata.get("title") or record["id"]
    where = "，".join(str(part) for part in (metadata.get("region"), metadata.get("report_year") and
                                           f"{metadata['report_year']}年") if part)
    descriptor = {"name": record["id"], "title": title,
                  "description": f"从《{title}》（{where or '地区与年度未定'}）提取的法治政府建设指标数值，每个数值附原文"
                                 f"证据（句子与字符位置）。源文件 {record['source']}。 / Rule-of-law figures extracted from "
                                 f"this report, each with its evidence (sentence and character offsets). Source file "
                                 f"{record['source']}.",
                  "licenses": [LICENSE], "resources": resources}
    # where the report was published (its sidecar's source_url): the package's source, as Frictionless names it
    source_url = record["sidecar"].get("source_url")
    if source_url:
        descriptor["sources"] = [{"title": title, "path": source_url}]
    _save_package(folder, descriptor)


def _report_table_rows(record, knowledge):
    """{table: rows} of TABLES for one report, in the order of TABLES."""
    per_record = {"reports": lambda r: [report_row(r)], "values": value_rows, "indicators": indicator_rows,
                  "quantities": quantity_rows, "sections": section_rows, "quality": quality_rows}
    return {table: vocabulary_rows(knowledge["indicators"]) if table == "vocabulary" else per_record[table](record)
            for table in TABLES}


def _append_rows(out, path):
    """Append the rows of a CSV file (its header skipped) to a file open for bytes: no decoding."""
    with open(path, "rb") as handle:
        handle.readline()
        shutil.copyfileobj(handle, out)


def _integrity(path):
    """A table's size and SHA-256, as a Frictionless resource states them: `frictionless validate` of a
    download then names a table that arrived cut short or was changed since it was published."""
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return {"bytes": path.stat().st_size, "hash": f"sha256:{digest}"}


def _integrity_of(data):
    """_integrity of a file's bytes in hand (a report's zip is made in memory)."""
    return {"bytes": len(data), "hash": f"sha256:{hashlib.sha256(data).hexdigest()}"}


def write_corpus_package(packages, knowledge, folder):
    """datasets/: the corpus package in `folder`, with every report, figure and the vocabulary,
    streamed from the report package folders `packages` (in the order their rows go) without
    holding their rows; each table with its size and hash (_integrity). Returns the data's version
    (data_version)."""
    resources = []
    for table in TABLES:
        descriptor = _table_descriptor(str(table_schema_path(knowledge, table)), table)
        names = [f["name"] for f in descriptor["schema"]["fields"]]
        if table == "vocabulary":
            _write(folder / f"{table}.csv", csv_text(names, vocabulary_rows(knowledge["indicators"])))
        else:
            with open(folder / f"{table}.csv", "wb") as out:
                out.write(csv_text(names, []).encode("utf-8"))
                for package in map(Path, packages):
                    _append_rows(out, package / report_file(package.name, f"{table}.csv"))
        resources.append({**descriptor, **_integrity(folder / f"{table}.csv")})
    return _save_package(folder, {"name": "rule-of-law-reports", "title": "法治政府建设年度报告指标数据",
                           "description": "各级政府及部门的法治政府建设年度报告中的指标数值，每个数值附原文证据（句子与字符位置）；"
                                          "每份报告的来源见 reports 表的 source_url。 / Figures extracted from annual "
                                          "reports on rule-of-law government construction, each with its evidence "
                                          "(sentence and character offsets); each report's source is reports.source_url.",
                           "licenses": [LICENSE], "resources": resources})


# Excel holds a number in a double, exact to 15 digits: a longer one (a run of digits a text calls a figure) is
# written as its digits, as text, which keeps them all and never overflows (10^400 would).
EXCEL_LARGEST = 10 ** 15


def _typed(value, field_type):
    """A CSV cell as Excel should hold it: numbers as numbers, codes and ids as text."""
    if value == "":
        return None
    if field_type in ("integer", "number"):
        number = int(value) if field_type == "integer" else float(value)
        return number if abs(number) < EXCEL_LARGEST else value
    return value


# Fixed zip-entry and document times make the .xlsx files byte-stable.
FIXED_TIME = datetime(2000, 1, 1)


# A file unzipped is readable by all, as a download saved from the site is (rw-r--r--): a ZipInfo made
# by hand has no mode, which unzip reads as rw------- (readable by its owner only).
ZIP_ENTRY_MODE = 0o100644


def _write_stable_zip(path, entries):
    """A zip of (name, bytes) entries whose bytes depend on their content only."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            entry.external_attr = ZIP_ENTRY_MODE << 16
            target.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)


# Columns no wider than this many characters; long evidence wraps in the cell instead.
MAX_COLUMN_WIDTH = 60


def _display_width(value):
    """Width of a cell's text in Excel's units: a Chinese character is about two, as it is two
    bytes in GB 18030 (which encodes every character, in C)."""
    return len(value.encode("gb18030"))


def _field_types(resource):
    """{field: type} of one table resource of a package descriptor."""
    return {f["name"]: f["type"] for f in resource["schema"]["fields"]}


# The sheet after a workbook's table that says what its columns hold, in Chinese, so that a reader
# of the workbook has its data dictionary in hand; the table keeps the codes (exact, county), which
# scripts filter on, and this sheet gives each code's label.
DICTIONARY_SHEET = "说明"
DICTIONARY_HEADER = ("字段", "名称", "说明", "取值")


def dictionary_rows(resource, labels):
    """The rows of the 说明 sheet of a table resource: each field's name, title and description, and
    for a field of codes each code with its Chinese label (`labels`: labels.yml)."""
    return [(field["name"], field.get("title", ""), field.get("description", ""),
             "；".join(f"{code}：{labels[field['name']][code]}" for code in field.get("constraints", {}).get("enum", [])))
            for field in resource["schema"]["fields"]]


def write_workbook(path, sheets, dictionary=()):
    """An .xlsx of one sheet per (name, CSV text, field types), streamed by xlsxwriter in constant
    memory: numbers as numbers, codes and ids as text, text never a formula, a frozen header row
    with filters, columns as wide as their text (up to a limit); then, given the `dictionary` rows
    (dictionary_rows), the 说明 sheet. Its bytes depend on the content only (fixed document time)."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_numbers": False, "strings_to_urls": False})
    workbook.set_properties({"created": FIXED_TIME})
    for name, text, types in sheets:
        sheet = workbook.add_worksheet(name)
        reader = csv.reader(io.StringIO(text))
        header = next(reader)
        sheet.write_row(0, 0, header)
        widths = [len(column) for column in header]
        last = 0
        for last, row in enumerate(reader, 1):
            for column, (field, value) in enumerate(zip(header, row)):
                typed = _typed(value, types[field])
                if isinstance(typed, str):
                    sheet.write_string(last, column, typed)
                elif typed is not None:
                    sheet.write_number(last, column, typed)
            widths = [max(width, _display_width(value)) for width, value in zip(widths, row)]
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, last, len(header) - 1)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(width + 2, MAX_COLUMN_WIDTH))
    if dictionary:
        sheet = workbook.add_worksheet(DICTIONARY_SHEET)
        wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
        sheet.write_row(0, 0, DICTIONARY_HEADER)
        for number, row in enumerate(dictionary, 1):
            for column, value in enumerate(row):
                if value:  # a column of free values lists no codes: its cell stays empty
                    sheet.write_string(number, column, value, wrapped)
        sheet.freeze_panes(1, 0)
        for column, values in enumerate(zip(DICTIONARY_HEADER, *dictionary)):
            sheet.set_column(column, column, min(max(map(_display_width, values)) + 2, MAX_COLUMN_WIDTH))
    workbook.close()


def _descriptor(folder):
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def _table_resources(descriptor):
    """The CSV table resources of a package descriptor."""
    return [resource for resource in descriptor["resources"] if resource.get("format") == "csv"]


# The corpus tables the site serves loose (CSV and XLSX): the small ones a reader opens
# whole. The long ones (every figure, every quantity, every section: hundreds of MB at ten
# thousand reports) are served in the corpus zip and, for figures, sliced by indicator.
SITE_TABLES = ("reports", "values", "quality", "vocabulary")


class Derived:
    """Files derived from an input, made only when the input changed since the last build.

    `root` is the folder being written, `previous` the live folder of the last build's
    downloads and `digests` the input digests that build recorded ({output path under root:
    SHA-256 of its input}); an output whose input has the same digest is hard-linked from
    there instead of made again. `made` collects this build's digests, to record for the next."""

    def __init__(self, root, previous=None, digests=None):
        self.root, self.previous = Path(root), Path(previous) if previous else None
        self.digests, self.made = digests or {}, {}

    def needed(self, target, names, data):
        """Whether the files `names` in `target` must be made from `data` (bytes or str); when
        not, they are linked from the last build."""
        digest = hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()
        relative = [str(Path(target, name).relative_to(self.root)) for name in names]
        self.made.update(dict.fromkeys(relative, digest))
        if self.previous is not None and all(self.digests.get(name) == digest and (self.previous / name).is_file()
                                             for name in relative):
            for name in relative:
                os.link(self.previous / name, self.root / name)
            return False
        return True


def run_writer_task(task):
    """(writer's name in WRITERS, arguments) -> the writer called with them: the corpus downloads'
    workbooks and zip as tasks one engine map runs side by side. Named, not the function itself:
    Dask runs a tuple that starts with a function as a task of its own graph."""
    name, arguments = task
    WRITERS[name](*arguments)


def write_excel_copies(source, resources, joins, target, derived, labels, tables=SITE_TABLES):
    """For each of `tables` among the corpus package's CSV `resources` in `source` (by name): <table>.csv
    in `target`; returns the (path, sheets, dictionary) of the workbooks (write_workbook) that write
    <table>.xlsx beside it, the table's reading copy (reading_copy, with `joins`: workbook_joins) and its
    说明 sheet (`labels`: labels.yml).

    Excel on Chinese Windows reads BOM-less UTF-8 as GBK and garbles it, and opening a CSV it
    turns codes into numbers: the workbook opens cleanly. Column types come from the package's
    Table Schemas, so division codes and ids stay text; text is stored as text, never as a formula.
    (A UTF-8-with-BOM copy of each CSV was dropped: it repeated the CSV, let Excel turn codes into
    numbers, and cost 17 MB of a 10,000-report site that GitHub Pages caps at 1 GB.)
    """
    tasks = []
    for name, resource in resources.items():
        if name not in tables:
            continue
        with open(source / resource["path"], encoding="utf-8", newline="") as handle:
            header, *rows = csv.reader(handle)
        fields, text = reading_copy(resource, resources, header, rows, joins)
        workbook = {"schema": {"fields": fields}}
        types, dictionary = _field_types(workbook), dictionary_rows(workbook, labels)
        shutil.copy(source / resource["path"], target / resource["path"])
        if derived.needed(target, [f"{name}.xlsx"], _workbook_input(text, dictionary)):
            tasks.append((target / f"{name}.xlsx", [(name, text, types)], dictionary))
    return tasks


# A workbook is a reading copy of its table, for Excel: a row names its report by its region and the
# explore page's filters (province, prefecture, county, level, year), and its indicator by its Chinese
# name, beside their ids (WORKBOOK_JOINS), so that it reads, filters and pivots without a lookup in
# reports.xlsx or vocabulary.xlsx (a region's name alone is not unique: 鼓楼区 is in four provinces). The
# offsets of a sentence and a figure's end, of no use without the normalised text, are left out
# (WORKBOOK_LEFT_OUT: the CSV tables and the corpus zip keep them, with the text); a figure's start stays,
# as its id: values.figure_starts names the figures a headline value came from by it, and a report page's
# highlight of the figure is its anchor (#f515).
WORKBOOK_JOINS = {  # key column: (table, its key, ((its column, the workbook's column, title, description), ...))
    "report_id": ("reports", "id", tuple((name, name, None, None) for name in (
        "province", "prefecture", "county", "region", "admin_level", "report_year"))),
    "indicator": ("vocabulary", "id", (("zh", "indicator_zh", "指标名称",
                                        "指标在词表中的中文名称（vocabulary.zh） / The indicator's Chinese name "
                                        "(vocabulary.zh)"),)),
}
WORKBOOK_LEFT_OUT = ("start", "end", "figure_end")


def workbook_joins(source, resources):
    """{key column: {key: [the cells WORKBOOK_JOINS adds after it]}}, from the corpus tables in `source`
    (`resources`: the package's table resources by name)."""
    joins = {}
    for column, (table, key, pairs) in WORKBOOK_JOINS.items():
        with open(source / resources[table]["path"], encoding="utf-8", newline="") as handle:
            joins[column] = {row[key]: [row[field] for field, _, _, _ in pairs] for row in csv.DictReader(handle)}
    return joins


def reading_copy(resource, resources, header, rows, joins, left_out=WORKBOOK_LEFT_OUT):
    """(fields, CSV text) of a table's workbook: its `rows` (lists of cells under `header`, as its CSV has
    them) less the `left_out` columns, with the columns of WORKBOOK_JOINS after each key column it keeps,
    from `joins` (workbook_joins). A joined column is described as its own table describes it, unless
    WORKBOOK_JOINS gives it a title and description of its own. Rows are spliced a run of columns at a
    time: a build reads every table this way to tell whether its workbook changed."""
    fields, runs = [], []  # runs: (first column, column after, the key column whose joined cells follow or None)
    described = {field["name"]: field for field in resource["schema"]["fields"]}
    kept = [at for at, name in enumerate(header) if name not in left_out]
    for at in kept:
        fields.append(described[header[at]])
        if runs and runs[-1][1] == at and runs[-1][2] is None:
            runs[-1] = (runs[-1][0], at + 1, None)
        else:
            runs.append((at, at + 1, None))
        if header[at] in WORKBOOK_JOINS:
            table, _, pairs = WORKBOOK_JOINS[header[at]]
            theirs = {field["name"]: field for field in resources[table]["schema"]["fields"]}
            fields += [{**theirs[own], "name": name, **({"title": title, "description": description} if title else {})}
                       for own, name, title, description in pairs]
            runs[-1] = (runs[-1][0], at + 1, header[at])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([field["name"] for field in fields])
    for row in rows:
        cells = []
        for first, after, key in runs:
            cells += row[first:after]
            if key is not None:
                cells += joins[key][row[after - 1]]
        writer.writerow(cells)
    return fields, buffer.getvalue()


def _workbook_input(text, dictionary):
    """What a workbook is made from, for Derived: its table's CSV text and its 说明 rows."""
    return text + "\n" + json.dumps(dictionary, ensure_ascii=False)


def _package_entries(package, prefix):
    """(name in the zip, bytes) of a package folder's descriptor and every resource it lists."""
    names = ["datapackage.json", *(resource["path"] for resource in _descriptor(package)["resources"])]
    return [(f"{prefix}/{name}", (package / name).read_bytes()) for name in names]


# A report's zip is its package less what the site holds once for all reports, so that ten
# thousand of them fit one Pages site (measured at 10,000 generated reports: 34 -> 23 KB a report):
#   - the text as published (ZIP_LEFT_OUT): its source page and datasets/<id>/ keep it; the
#     normalised text, which the offsets index, stays;
#   - the tables' and fields' descriptions: the corpus package and the 数据下载 page hold the data
#     dictionary (at 10,000 reports the tables' alone were 9 MB); names, titles, types and
#     constraints stay, so the package still validates;
#   - the vocabulary's rows for indicators the report states no figure for: the rows its tables'
#     foreign keys refer to stay, with their names and definitions.
ZIP_LEFT_OUT = ("original",)
VOCABULARY = "vocabulary"


def _report_zip_entries(package, prefix):
    """(name in the zip, bytes) of a report's zip: its package less what ZIP_LEFT_OUT says, its descriptor
    stating each file's size and hash."""
    descriptor = _descriptor(package)
    resources = [resource for resource in descriptor["resources"] if resource["name"] not in ZIP_LEFT_OUT]
    data = {resource["path"]: (package / resource["path"]).read_bytes() for resource in resources}

    def rows(resource):
        return csv.DictReader(io.StringIO(data[resource["path"]].decode("utf-8"), newline=""))

    stated = set()
    for resource in resources:
        schema = resource.get("schema", {})
        schema.pop("description", None)
        for field in schema.get("fields", []):
            field.pop("description", None)
        for key in schema.get("foreignKeys", []):
            if key["reference"]["resource"] == VOCABULARY:
                stated.update(row[key["fields"][0]] for row in rows(resource))
    for resource in resources:
        if resource["name"] == VOCABULARY:
            names = [field["name"] for field in resource["schema"]["fields"]]
            data[resource["path"]] = csv_text(names, [row for row in rows(resource) if row["id"] in stated]).encode("utf-8")
    # each file's size and hash, as the corpus package states them: a reader checks a report's download as the
    # corpus's, and its version (data_version), which the report's page cites, changes with any value
    described = [{**resource, **_integrity_of(data[resource["path"]])} for resource in resources]
    return [(f"{prefix}/datapackage.json", _descriptor_bytes({**descriptor, "resources": described})),
            *((f"{prefix}/{resource['path']}", data[resource["path"]]) for resource in resources)]


def write_report_downloads(package, folder):
    """The download of one report, in `folder`: <id>.zip, its package as _report_zip_entries trims
    it (the tables, the descriptor, the normalised text). Its headline values are on its page and
    in the zip; loose beside it they cost a site of ten thousand reports 14 MB. Returns the download's
    version (data_version of the datapackage.json in it), by which the report's page cites its data."""
    package, folder, rid = Path(package), Path(folder), Path(package).name
    folder.mkdir(parents=True)
    entries = _report_zip_entries(package, rid)
    _write_stable_zip(folder / f"{rid}.zip", entries)
    descriptor = dict(entries)[f"{rid}/datapackage.json"]
    return data_version(descriptor)


CORPUS_PREFIX = "rule-of-law-reports"


def write_package_zip(path, package, prefix):
    """A zip at `path` of a package folder's descriptor and every resource it lists, under `prefix`/."""
    _write_stable_zip(path, _package_entries(package, prefix))


def corpus_zip_tasks(source, target, derived):
    """The task (run_writer_task) that writes <target>/rule-of-law-reports.zip, the corpus package
    (datapackage.json and all its tables), with its size; none when no table changed since the last
    build, whose zip is linked. The descriptor says it all: it holds each table's size and hash
    (write_corpus_package), so no table is read again to tell."""
    descriptor = (source / "datapackage.json").read_text(encoding="utf-8")
    if not derived.needed(target, [CORPUS_ZIP], descriptor):
        return []
    size = len(descriptor.encode("utf-8")) + sum(resource["bytes"] for resource in json.loads(descriptor)["resources"])
    return [(("zip", (target / CORPUS_ZIP, source, CORPUS_PREFIX)), size)]


WRITERS = {"zip": write_package_zip, "workbook": write_workbook}


# A by-indicator workbook lists every figure, several a report, which a pivot would add up: each says
# whether it counts in its report's headline value of the indicator (counted_starts), so that
# the rows marked 是 add up to the headline value a report has (a report of no such value has none).
IN_VALUE = {"name": "in_value", "type": "string", "title": "计入主值",
            "description": "该数字是否计入本报告本指标的主值：是、否。一份报告中标为是的各行相加即为主值：相加得出的"
                           "主值各条均为是；同一数值在几处出现、只计一次的，只有第一处为是；没有主值时均为"
                           "否 / Whether the figure counts in the report's headline value of the indicator: the "
                           "rows marked 是 (yes) add up to it. Every figure of a sum is 是; of a value stated in several "
                           "places and counted once, only the first; all are 否 (no) where the report has no value"}
COUNTED = {True: "是", False: "否"}
# ... and which quality checks flag it (the quality table's rows of the figure), so that a reader of the
# workbook sees the warning the report's page shows beside the figure.
FIGURE_FLAGS = {"name": "flags", "type": "string", "title": "质量标记",
                "description": "标记该数字的检查项编号（quality 表的 check），以空格分隔；为空表示没有标记。有标记的数字"
                               "引用前请先看 quality 表 / Ids of the checks that flag the figure (quality.check), "
                               "separated by spaces; empty where none does. Read quality before quoting a flagged figure"}


def counted_starts(value):
    """The starts of the figures that add up to a headline value (a row of values.csv): every figure of a sum;
    one, the first, of a value the report states in several places or as a total more than once (两处数值相同，
    只计一次), so that adding the figures marked 是 never counts it twice; none where the report has no value."""
    starts = value["figure_starts"].split()
    if value["derivation"] == "none":
        return set()
    return set(starts if value["derivation"] == "sum" else starts[:1])


def write_indicator_slices(source, resources, joins, labels, vocabulary, folder, derived):
    """Returns the tasks that write by-indicator/<id>.xlsx into `folder`: the corpus's figures of one
    indicator each, on a sheet named after it, as a reading copy (reading_copy) without the indicator
    column, the workbook's own, each with IN_VALUE and FIGURE_FLAGS after its value, with the 说明
    sheet of its columns (`resources`: the package's table resources by name; `joins`: workbook_joins;
    `labels`: labels.yml).
    As CSV they are the corpus zip's indicators.csv again, a tenth of the site at ten thousand reports."""
    resource = resources["indicators"]
    with open(source / resources["values"]["path"], encoding="utf-8", newline="") as handle:
        counted = {(row["report_id"], row["indicator"]): counted_starts(row) for row in csv.DictReader(handle)}
    flagged = {}
    with open(source / resources["quality"]["path"], encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            flagged.setdefault((row["report_id"], row["indicator"], row["figure_start"]), []).append(row["check"])
    with open(source / resource["path"], encoding="utf-8", newline="") as handle:
        header, *rows = csv.reader(handle)
    at = {name: number for number, name in enumerate(header)}
    header[at["value"] + 1:at["value"] + 1] = [IN_VALUE["name"], FIGURE_FLAGS["name"]]
    slices = {}
    for row in rows:
        report, indicator, start = row[at["report_id"]], row[at["indicator"]], row[at["figure_start"]]
        slices.setdefault(indicator, []).append(
            [*row[:at["value"] + 1], COUNTED[start in counted.get((report, indicator), ())],
             " ".join(flagged.get((report, indicator, start), ())), *row[at["value"] + 1:]])
    with_counted = {**resource, "schema": {**resource["schema"],
                                           "fields": [*resource["schema"]["fields"], IN_VALUE, FIGURE_FLAGS]}}
    tasks = []
    for indicator in vocabulary:
        fields, body = reading_copy(with_counted, resources, header, slices.get(indicator, []), joins,
                                    (*WORKBOOK_LEFT_OUT, "indicator"))
        workbook = {"schema": {"fields": fields}}
        types, dictionary = _field_types(workbook), dictionary_rows(workbook, labels)
        # the sheet is named after the indicator in Chinese (at most 11 characters; Excel allows 31), so that
        # a workbook passed on says what it holds
        sheet = joins["indicator"][indicator][0][:31]
        if derived.needed(folder, [f"{indicator}.xlsx"], _workbook_input(sheet + body, dictionary)):
            tasks.append((folder / f"{indicator}.xlsx", [(sheet, body, types)], dictionary))
    return tasks


# by-indicator/reports.json: every report's place and year, what the explore page filters on, once for
# all the indicators; by-indicator/<id>-values.json: one indicator's headline values, each naming its
# report by id. The explore page joins the two, so that its filters offer every report's places whatever
# the indicator (a region chosen stays chosen on an indicator it did not disclose) and it can list the
# reports that did not disclose one; and the places are written once, not once per indicator (at ten
# thousand reports they were half of the slices' 25 MB). Not the report's title: the region, year and
# level say it, the region links to the report's page, and the titles were 11 MB of such a site.
EXPLORE_REPORTS = "reports.json"
EXPLORE_PLACE_FIELDS = ("report_id", "region", "admin_level", "province", "prefecture", "county", "report_year")
# The place fields given as an index into the file's list of names, which is in the order of their pinyin
# (paths.zh_order): the page offers places in that order (a browser's own would put 长沙市 under Z), and a
# name is written once, not once a report.
EXPLORE_NAMED_FIELDS = ("region", "province", "prefecture", "county")
EXPLORE_VALUE_FIELDS = ("report_id", "value", "unit", "qualifier", "derivation", "figure_count", "flags")
# Columns nearly every row leaves at one value: why a report has no value (most have one) and whether
# a reader checked it (most are as read by machine). A slice holds only the rows that differ, by report
# id ({"reason": {"default": "", "by_report": {...}}, ...}), as a row of two empty cells more would
# cost a site of ten thousand reports some 3 MB; the page's CSV has both columns whole.
EXPLORE_SPARSE_FIELDS = {"reason": "", "review": "machine"}


def _json_cell(value, field_type):
    typed = None if value == "" else _typed(value, field_type)
    return int(typed) if isinstance(typed, float) and typed.is_integer() else typed


def _json_table(table):
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"))


# Kept: a build process that keeps running (build.py watch) converts again only the slices a change
# touched; a few builds' worth of slices (each indicator one), so memory stays bounded.
@lru_cache(maxsize=256)
def _value_slice(indicator, header, values, types):
    """The JSON of one indicator's slice from its rows of values.csv (tuples of cells, with their header)
    and the field types (sorted items)."""
    types = dict(types)
    rows = []
    sparse = {field: {"default": default, "by_report": {}} for field, default in EXPLORE_SPARSE_FIELDS.items()}
    for cells in values:
        row = dict(zip(header, cells))
        rows.append([_json_cell(row[field], types[field]) for field in EXPLORE_VALUE_FIELDS])
        for field, default in EXPLORE_SPARSE_FIELDS.items():
            if row[field] != default:
                sparse[field]["by_report"][row["report_id"]] = row[field]
    return _json_table({"indicator": indicator, "fields": EXPLORE_VALUE_FIELDS, "rows": rows, "sparse": sparse})


def _csv_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        header, *rows = csv.reader(handle)
    return tuple(header), rows


def write_value_slices(source, types, vocabulary, folder, derived):
    """by-indicator/reports.json, every report's places, and by-indicator/<id>-values.json, one
    indicator's headline values across the corpus (`types`: the field types of both tables); the explore
    page loads the places once and only the indicators it is asked for. A file the same as the last
    build's is linked from there."""
    report_header, report_rows = _csv_rows(source / "reports.csv")
    id_column = report_header.index("id")
    places = [dict(zip(report_header, row), report_id=row[id_column]) for row in report_rows]
    names = sorted({place[field] for place in places for field in EXPLORE_NAMED_FIELDS if place[field]},
                   key=paths.zh_order)
    number = {name: index for index, name in enumerate(names)}
    text = _json_table({"fields": EXPLORE_PLACE_FIELDS, "named": EXPLORE_NAMED_FIELDS, "names": names,
                        "rows": [[(number.get(place[field]) if field in EXPLORE_NAMED_FIELDS
                                   else _json_cell(place[field], types[field])) for field in EXPLORE_PLACE_FIELDS]
                                 for place in places]})
    if derived.needed(folder, [EXPLORE_REPORTS], text):
        (folder / EXPLORE_REPORTS).write_text(text, encoding="utf-8")
    value_header, value_rows = _csv_rows(source / "values.csv")
    column = value_header.index("indicator")
    slices = {}
    for row in value_rows:
        slices.setdefault(row[column], []).append(tuple(row))
    types = tuple(sorted(types.items()))
    for indicator in vocabulary:
        text = _value_slice(indicator, value_header, tuple(slices.get(indicator, ())), types)
        if derived.needed(folder, [f"{indicator}-values.json"], text):
            (folder / f"{indicator}-values.json").write_text(text, encoding="utf-8")


def publish_downloads(datasets_dir, target, labels, previous=None, digests=None, map_tasks=map):
    """The corpus downloads where the site serves them: the small tables loose with their Excel
    copies (each with its 说明 sheet, from `labels`: labels.yml), the whole package as one zip, and per-indicator slices of figures and headline
    values (each report's own downloads are written by write_report_downloads). Excel copies
    and slices whose input is unchanged since the build whose downloads are in `previous`
    (which recorded `digests`) are linked from there. The workbooks and the zip are written by
    `map_tasks` (an engine's map: all cores). Returns the digests to record."""
    source, target = Path(datasets_dir), Path(target)
    slices = target / "by-indicator"
    slices.mkdir(parents=True, exist_ok=True)
    resources = {resource["name"]: resource for resource in _table_resources(_descriptor(source))}
    joins = workbook_joins(source, resources)  # read once for all the workbooks
    vocabulary = list(joins["indicator"])  # its ids, in the table's order
    derived = Derived(target, previous, digests)

    def start(tasks):
        """Start writing (run_writer_task) the sized tasks, the largest first so the pool's last is short."""
        return map_tasks(run_writer_task, [task for task, size in sorted(tasks, key=lambda pair: -pair[1])])

    def workbook_tasks(workbooks):
        return [(("workbook", task), sum(len(text) for _, text, _ in task[1])) for task in workbooks]

    # The zip and the workbooks are written in the pool while this process slices the tables: the
    # tables' first, as they are the longest to write.
    tables = start(corpus_zip_tasks(source, target, derived)
                   + workbook_tasks(write_excel_copies(source, resources, joins, target, derived, labels)))
    slices_done = start(workbook_tasks(write_indicator_slices(source, resources, joins, labels, vocabulary, slices,
                                                              derived)))
    write_value_slices(source, {**_field_types(resources["reports"]), **_field_types(resources["values"])},
                       vocabulary, slices, derived)
    for _ in [*tables, *slices_done]:  # the engine's results arrive in order; their end is the writers' end
        pass
    return derived.made
