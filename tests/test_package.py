"""Data packages: golden CSV, evidence offsets, schemas from schema/tables, committed data fresh."""
import csv
import hashlib
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from ruleoflaw.knowledge import table_schema_path
from ruleoflaw.package import counted_starts, csv_text, indicator_rows, write_report_downloads, write_report_package

SOURCE = "001_d6eaf61c1023c0d0.txt"
# What a workbook names a row's report by, after its id: the filters of the 查询 page (a region's name
# alone is not unique, and a township's county is what a reader looks for).
REPORT_PLACE = ("province", "prefecture", "county", "region", "admin_level", "report_year")


@pytest.fixture(scope="module")
def written(tmp_path_factory, bundled_records, knowledge):
    folder = tmp_path_factory.mktemp("package")
    write_report_package(bundled_records[SOURCE], knowledge, folder)
    return folder


def test_indicators_csv_matches_its_golden_file(written, golden):
    golden("2021-gangkouzhen-indicators.csv", (written / "2021-gangkouzhen-indicators.csv").read_text(encoding="utf-8"))


def test_every_row_slices_its_evidence_and_figure_out_of_the_text(written):
    text = (written / "2021-gangkouzhen-text.txt").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((written / "2021-gangkouzhen-indicators.csv").read_text(encoding="utf-8"))))
    assert rows
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["evidence"]
        assert text[int(row["figure_start"]):int(row["figure_end"])] == row["figure"]


def test_a_reports_zip_is_its_package_less_what_the_site_holds_once(written, tmp_path):
    """The zip keeps every table and the normalised text; it leaves out the text as published, the
    tables' and fields' descriptions and the vocabulary of indicators the report states no figure for."""
    import shutil
    import zipfile
    written = shutil.copytree(written, tmp_path / "2021-gangkouzhen")  # a package folder is named after its report
    version = write_report_downloads(written, tmp_path / "downloads")
    archive = zipfile.ZipFile(tmp_path / "downloads" / f"{written.name}.zip")
    # its version, which the report's page cites, is what a reader computes from the zip: sha256sum datapackage.json;
    # the descriptor states each file's size and hash, so a reader checks the download, and the version changes with
    # any value
    assert version == hashlib.sha256(archive.read(f"{written.name}/datapackage.json")).hexdigest()[:12]
    for resource in json.loads(archive.read(f"{written.name}/datapackage.json"))["resources"]:
        data = archive.read(f"{written.name}/{resource['path']}")
        assert (resource["bytes"], resource["hash"]) == (len(data), f"sha256:{hashlib.sha256(data).hexdigest()}")
    package = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    zipped = json.loads(archive.read(f"{written.name}/datapackage.json"))
    assert [r["name"] for r in zipped["resources"]] == [r["name"] for r in package["resources"] if r["name"] != "original"]
    assert f"{written.name}/2021-gangkouzhen-original.txt" not in archive.namelist()
    for resource in zipped["resources"]:
        assert all("description" not in field for field in resource.get("schema", {}).get("fields", []))
        assert "description" not in resource.get("schema", {})
        if resource["name"] != "vocabulary":
            assert archive.read(f"{written.name}/{resource['path']}") == (written / resource["path"]).read_bytes()
    values = written / "2021-gangkouzhen-values.csv"
    values.write_text(values.read_text(encoding="utf-8").replace(",281,", ",282,", 1), encoding="utf-8")
    assert write_report_downloads(written, tmp_path / "changed") != version
    stated = {row["indicator"] for row in csv.DictReader(io.StringIO(
        (written / "2021-gangkouzhen-indicators.csv").read_text(encoding="utf-8")))}
    vocabulary = list(csv.DictReader(io.StringIO(archive.read(f"{written.name}/2021-gangkouzhen-vocabulary.csv").decode())))
    full = {row["id"]: row for row in csv.DictReader(io.StringIO(
        (written / "2021-gangkouzhen-vocabulary.csv").read_text(encoding="utf-8")))}
    assert stated and {row["id"] for row in vocabulary} == stated < set(full)
    assert all(row == full[row["id"]] for row in vocabulary)


def test_table_schemas_are_the_ones_in_schema_tables(written, knowledge):
    package = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource.get("type") == "table":
            expected = json.loads(table_schema_path(knowledge, resource["name"]).read_text(encoding="utf-8"))
            assert resource["schema"] == expected


def test_codes_and_ids_are_text_columns(knowledge):
    reports = json.loads(table_schema_path(knowledge, "reports").read_text(encoding="utf-8"))
    types = {f["name"]: f["type"] for f in reports["fields"]}
    assert types["division_code"] == types["id"] == "string"


def test_rows_are_sorted_so_diffs_show_only_real_changes(bundled_records):
    rows = indicator_rows(bundled_records[SOURCE])
    assert rows == sorted(rows, key=lambda r: (r["figure_start"], r["indicator"]))


def test_the_committed_datasets_are_what_a_fresh_build_produces(tmp_path):
    """Stale data must not land: rebuild into a temporary project and compare byte for byte."""
    (tmp_path / "reports").symlink_to(ROOT / "reports")
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    fresh = {p.relative_to(tmp_path / "datasets"): p.read_bytes() for p in (tmp_path / "datasets").rglob("*") if p.is_file()}
    committed = {p.relative_to(ROOT / "datasets"): p.read_bytes() for p in (ROOT / "datasets").rglob("*") if p.is_file()}
    assert sorted(fresh) == sorted(committed), "datasets/ differs from a fresh build: run python build.py and commit"
    stale = [str(name) for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale files in datasets/: {stale}; run python build.py and commit"


def test_sections_slice_their_heading_out_of_the_text(written):
    text = (written / "2021-gangkouzhen-text.txt").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((written / "2021-gangkouzhen-sections.csv").read_text(encoding="utf-8"))))
    assert {row["domain"] for row in rows} >= {"reconsideration", "litigation", "disputes"}
    for row in rows:
        assert text[int(row["start"]):int(row["end"])].startswith(row["title"])


@pytest.mark.parametrize("text, checks", [
    ("调解成功率150%。", ["rate-over-100"]),
    ("排查化解矛盾纠纷20件，成功化解25件。", ["resolved-exceeds-handled"]),
    ("排查化解矛盾纠纷299起，成功化解319余件。", ["resolved-exceeds-handled"]),  # at least 319 is more than 299
    ("排查化解矛盾纠纷299余起，成功化解319余件。", []),  # at least 299 may be 319 or more
    ("全年行政诉讼案件3件，败诉5件。", ["losses-exceed-cases"]),
    ("调解成功率99.3%。", []),
])
def test_implausible_figures_are_flagged_not_dropped(text, checks, knowledge):
    from ruleoflaw.extract import extract
    from ruleoflaw.quality import check_figures
    from ruleoflaw.structure import parse_structure
    found = extract(text, parse_structure(text, knowledge, 2023), knowledge)
    assert found["indicators"], "the figures stay published"
    assert [flag["check"] for flag in check_figures(found["indicators"], knowledge["checks"])] == checks


def _excel_copies(target, **options):
    """The Excel copies of the committed corpus tables, written into `target`."""
    from ruleoflaw.knowledge import load_knowledge
    from ruleoflaw.package import Derived, workbook_joins, write_excel_copies, write_workbook
    descriptor = json.loads((ROOT / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"] if resource.get("format") == "csv"}
    for task in write_excel_copies(ROOT / "datasets", resources, workbook_joins(ROOT / "datasets", resources), target,
                                   Derived(target), load_knowledge()["labels"], **options):
        write_workbook(*task)


def test_excel_copies_are_byte_identical_between_builds(tmp_path):
    """No time of the build in the .xlsx files: two builds a second apart give the same bytes."""
    for run in ("a", "b"):
        folder = tmp_path / run
        folder.mkdir()
        _excel_copies(folder)
        time.sleep(1.1)
    for workbook in (tmp_path / "a").glob("*.xlsx"):
        assert workbook.read_bytes() == (tmp_path / "b" / workbook.name).read_bytes(), workbook.name


def test_excel_copies_have_a_frozen_header_filters_and_column_widths(tmp_path):
    import openpyxl
    _excel_copies(tmp_path, tables=("indicators",))
    sheet = openpyxl.load_workbook(tmp_path / "indicators.xlsx").active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions
    evidence = [cell.column_letter for cell in sheet[1] if cell.value == "evidence"][0]
    assert round(sheet.column_dimensions[evidence].width) in (60, 61)  # xlsxwriter adds cell padding
    assert sheet.column_dimensions["A"].width > 10


def test_each_workbook_says_in_chinese_what_its_columns_hold_and_what_its_codes_mean(tmp_path):
    """After its table, a workbook has a 说明 sheet: a row for each column, in the table's order, with
    its Chinese name and description, and each code a column allows with its Chinese label."""
    import openpyxl
    _excel_copies(tmp_path, tables=("values", "reports"))
    for name in ("values", "reports"):
        workbook = openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
        assert workbook.sheetnames == [name, "说明"]
        header = [cell.value for cell in workbook[name][1]]
        rows = [[cell.value for cell in row] for row in workbook["说明"].iter_rows()]
        assert rows[0] == ["字段", "名称", "说明", "取值"]
        assert [row[0] for row in rows[1:]] == header
        assert all(row[1] and row[2] for row in rows[1:])
    described = {row[0]: row[3] for row in rows[1:]}
    assert "county：区县级" in described["admin_level"] and "department：部门" in described["admin_level"]
    values = {row[0]: row[3] for row in openpyxl.load_workbook(tmp_path / "values.xlsx")["说明"].iter_rows(values_only=True)}
    assert values["qualifier"].split("；")[0] == "exact：精确" and "machine：待核" in values["review"]
    assert values["report_id"] is None  # a column of free values lists none


@pytest.mark.parametrize("table", ["values", "quality"])
def test_a_tables_workbook_names_each_rows_report_and_indicator_and_leaves_out_the_offsets(tmp_path, table):
    """A workbook is a reading copy: the table's rows, in order, with the report's place, level and year (the
    查询 page's filters) after its report_id and the indicator's Chinese name after its id, without a sentence's offsets and a
    figure's end (which the CSV keeps); a figure's start stays, as its id."""
    import openpyxl
    _excel_copies(tmp_path, tables=(table,))
    with open(ROOT / "datasets" / f"{table}.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        table_rows, columns = list(reader), reader.fieldnames
    with open(ROOT / "datasets" / "reports.csv", encoding="utf-8", newline="") as handle:
        reports = {row["id"]: row for row in csv.DictReader(handle)}
    with open(ROOT / "datasets" / "vocabulary.csv", encoding="utf-8", newline="") as handle:
        names = {row["id"]: row["zh"] for row in csv.DictReader(handle)}
    header, *rows = openpyxl.load_workbook(tmp_path / f"{table}.xlsx")[table].iter_rows(values_only=True)
    kept = [name for name in columns if name not in ("start", "end", "figure_end")]
    assert header[:9] == ("report_id", *REPORT_PLACE, "indicator", "indicator_zh")
    assert [name for name in header if name not in (*REPORT_PLACE, "indicator_zh")] == kept
    assert len(rows) == len(table_rows)
    for row, table_row in zip(rows, table_rows):
        cells = {name: "" if cell is None else cell for name, cell in zip(header, row)}
        report = reports[table_row["report_id"]]
        assert [str(cells[name]) for name in REPORT_PLACE] == [report[name] for name in REPORT_PLACE]
        assert cells["indicator_zh"] == names[table_row["indicator"]]
        assert all(str(cells[name]) == table_row[name] for name in kept if name != "value")
        assert (float(cells["value"]) == float(table_row["value"])) if table_row["value"] else cells["value"] == ""
    described = {row[0]: row[1] for row in openpyxl.load_workbook(tmp_path / f"{table}.xlsx")["说明"].iter_rows(
        values_only=True)}
    assert described["indicator_zh"] == "指标名称" and described["region"] == "地区"


def test_an_indicators_workbook_names_each_figures_report_by_place_and_year(tmp_path):
    """by-indicator/<id>.xlsx: every figure of the committed corpus of that indicator, as indicators.csv has it,
    on a sheet named after the indicator in Chinese, with its report's place, level and year after the
    report's id and whether it counts in the report's headline value after its value (the rows marked 是 add
    up to it), without the indicator column, a sentence's offsets and a figure's end; its 说明 sheet
    describes exactly those columns."""
    import openpyxl
    from ruleoflaw.knowledge import load_knowledge
    from ruleoflaw.package import Derived, workbook_joins, write_indicator_slices, write_workbook
    descriptor = json.loads((ROOT / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    with open(ROOT / "datasets" / "indicators.csv", encoding="utf-8", newline="") as handle:
        figures = [row for row in csv.DictReader(handle) if row["indicator"] == "litigation_cases"]
    with open(ROOT / "datasets" / "reports.csv", encoding="utf-8", newline="") as handle:
        reports = {row["id"]: row for row in csv.DictReader(handle)}
    with open(ROOT / "datasets" / "values.csv", encoding="utf-8", newline="") as handle:
        values = {(row["report_id"], row["indicator"]): row for row in csv.DictReader(handle)
                  if row["indicator"] == "litigation_cases"}
    tasks = write_indicator_slices(ROOT / "datasets", resources, workbook_joins(ROOT / "datasets", resources),
                                   load_knowledge()["labels"], ["litigation_cases"], tmp_path, Derived(tmp_path))
    for task in tasks:
        write_workbook(*task)
    workbook = openpyxl.load_workbook(tmp_path / "litigation_cases.xlsx")
    assert workbook.sheetnames == ["行政应诉案件数", "说明"]
    header, *rows = workbook["行政应诉案件数"].iter_rows(values_only=True)
    assert header == ("report_id", *REPORT_PLACE, "value", "in_value", "flags", "unit", "qualifier",
                      "figure", "evidence", "figure_start", "section", "review")
    assert len(rows) == len(figures) > 0
    for row, figure in zip(rows, figures):
        cells = {name: "" if cell is None else cell for name, cell in zip(header, row)}
        report = reports[figure["report_id"]]
        assert cells["report_id"] == figure["report_id"]
        assert [str(cells[name]) for name in REPORT_PLACE] == [report[name] for name in REPORT_PLACE]
        assert (str(cells["value"]), cells["evidence"], str(cells["figure_start"])) == (
            figure["value"], figure["evidence"], figure["figure_start"])
        headline = values[(figure["report_id"], "litigation_cases")]
        assert cells["in_value"] == ("是" if figure["figure_start"] in counted_starts(headline) else "否")

    assert [row[0] for row in workbook["说明"].iter_rows(min_row=2, values_only=True)] == list(header)


@pytest.mark.parametrize("indicator", ["law_study_sessions", "disputes_handled", "publicity_events"])
def test_the_figures_an_indicators_workbook_marks_as_counted_add_up_to_each_reports_headline_value(tmp_path,
                                                                                                 indicator):
    """A pivot of an indicator's workbook that adds only the rows marked 是 (in_value) gives each report's headline
    value, whether it is one figure, a stated total or a sum of figures; a report without one counts none."""
    import openpyxl
    from ruleoflaw.knowledge import load_knowledge
    from ruleoflaw.package import Derived, workbook_joins, write_indicator_slices, write_workbook
    descriptor = json.loads((ROOT / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    with open(ROOT / "datasets" / "values.csv", encoding="utf-8", newline="") as handle:
        values = {row["report_id"]: row for row in csv.DictReader(handle) if row["indicator"] == indicator}
    for task in write_indicator_slices(ROOT / "datasets", resources, workbook_joins(ROOT / "datasets", resources),
                                       load_knowledge()["labels"], [indicator], tmp_path, Derived(tmp_path)):
        write_workbook(*task)
    header, *rows = openpyxl.load_workbook(tmp_path / f"{indicator}.xlsx").worksheets[0].iter_rows(values_only=True)
    counted = {}
    for row in rows:
        cells = dict(zip(header, row))
        assert cells["in_value"] in ("是", "否")
        if cells["in_value"] == "是":
            counted[cells["report_id"]] = counted.get(cells["report_id"], 0) + cells["value"]
    assert values and set(counted) == {rid for rid, row in values.items() if row["derivation"] != "none"}
    for report_id, total in counted.items():
        assert total == pytest.approx(float(values[report_id]["value"]))


def test_a_value_a_report_states_twice_is_marked_counted_once_so_that_the_marked_figures_add_up_to_it():
    """Every figure of a sum counts; of one value stated in two places (8期 and 8场次), or a total stated twice,
    only the first, or a pivot of the workbook would give 16 for a headline value of 8 (or 200 for a rate of 100%)."""
    assert counted_starts({"derivation": "single", "figure_starts": "120 388"}) == {"120"}
    assert counted_starts({"derivation": "total", "figure_starts": "56 940"}) == {"56"}
    assert counted_starts({"derivation": "sum", "figure_starts": "12 40 77"}) == {"12", "40", "77"}
    assert counted_starts({"derivation": "none", "figure_starts": "12 40"}) == set()


def test_the_explore_pages_data_gives_each_values_reason_and_review_as_values_csv_does(tmp_path):
    """Every slice gives back, for each of its rows, the reason and review values.csv has (a report's
    conflicting figures: 2 个数值各不相同…), though it holds only the rows that differ from the default."""
    from ruleoflaw.package import Derived, _field_types, write_value_slices
    descriptor = json.loads((ROOT / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    with open(ROOT / "datasets" / "values.csv", encoding="utf-8", newline="") as handle:
        values = list(csv.DictReader(handle))
    indicators = sorted({row["indicator"] for row in values})
    write_value_slices(ROOT / "datasets", {**_field_types(resources["reports"]), **_field_types(resources["values"])},
                       indicators, tmp_path, Derived(tmp_path))
    given = {}
    for indicator in indicators:
        data = json.loads((tmp_path / f"{indicator}-values.json").read_text(encoding="utf-8"))
        for row in data["rows"]:
            report = dict(zip(data["fields"], row))["report_id"]
            given[report, indicator] = {name: column["by_report"].get(report, column["default"])
                                        for name, column in data["sparse"].items()}
    assert given == {(row["report_id"], row["indicator"]): {"reason": row["reason"], "review": row["review"]}
                     for row in values}
    assert any(cells["reason"] for cells in given.values())  # the committed corpus has reports without a value


def test_the_explore_pages_places_hold_every_report_once_and_the_slices_name_their_reports_only_by_id(tmp_path):
    """by-indicator/reports.json gives every report's places and year as reports.csv does, those of the
    reports that state no headline value too (the page lists them on request); a slice holds no place."""
    from ruleoflaw.package import EXPLORE_REPORTS, Derived, _field_types, write_value_slices
    descriptor = json.loads((ROOT / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    write_value_slices(ROOT / "datasets", {**_field_types(resources["reports"]), **_field_types(resources["values"])},
                       ["disputes_handled"], tmp_path, Derived(tmp_path))
    places = json.loads((tmp_path / EXPLORE_REPORTS).read_text(encoding="utf-8"))
    with open(ROOT / "datasets" / "reports.csv", encoding="utf-8", newline="") as handle:
        reports = list(csv.DictReader(handle))
    # places are given as indices into one list of names, in pinyin order
    assert places["names"] == ["额敏县", "港口镇", "广东省", "杰勒阿尕什镇", "塔城地区", "新疆维吾尔自治区", "新源县",
                               "伊犁哈萨克自治州", "中山市"]
    given = [{name: (places["names"][value] if name in places["named"] and value is not None else value)
              for name, value in zip(places["fields"], row)} for row in places["rows"]]
    assert [row["report_id"] for row in given] == [report["id"] for report in reports]
    for row, report in zip(given, reports):
        assert row == {"report_id": report["id"], "report_year": int(report["report_year"]),
                       **{name: report[name] or None for name in ("region", "admin_level", "province", "prefecture",
                                                                   "county")}}
    data = json.loads((tmp_path / "disputes_handled-values.json").read_text(encoding="utf-8"))
    assert data["fields"][0] == "report_id" and not {"region", "province", "report_year"} & set(data["fields"])


def test_the_explore_pages_data_and_the_indicators_workbook_carry_the_flags_of_a_value(tmp_path):
    """The 查询 page's slice of an indicator's headline values says which quality checks flag a value, as
    values.csv does, so the page can show the warning beside it; the indicator's workbook says which flag
    each figure, as the quality table does."""
    import openpyxl
    from conftest import new_project
    project = new_project(tmp_path / "project", with_reports=False)
    (project / "reports" / "flagged.txt").write_text(
        "某县2023年法治政府建设年度报告\n\n2023年，我县行政应诉案件0件，行政机关负责人出庭应诉8次。\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(project), "--engine", "serial"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    data = json.loads((project / "docs" / "data" / "by-indicator" / "head_court_appearances-values.json").read_text(
        encoding="utf-8"))
    rows = [dict(zip(data["fields"], row)) for row in data["rows"]]
    assert [row["flags"] for row in rows] == ["appearances-exceed-cases"]
    clean = json.loads((project / "docs" / "data" / "by-indicator" / "litigation_cases-values.json").read_text(
        encoding="utf-8"))
    assert [dict(zip(clean["fields"], row))["flags"] for row in clean["rows"]] == [None]
    for indicator, flags in (("head_court_appearances", "appearances-exceed-cases"), ("litigation_cases", None)):
        header, *figures = openpyxl.load_workbook(project / "docs" / "data" / "by-indicator" / f"{indicator}.xlsx"
                                                  ).worksheets[0].iter_rows(values_only=True)
        assert [dict(zip(header, row))["flags"] for row in figures] == [flags]


def test_citation_cff_describes_the_dataset_under_its_licence():
    import yaml
    from ruleoflaw.package import LICENSE
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert {"cff-version", "message", "title", "authors"} <= set(citation)  # required by CFF 1.2.0
    assert citation["type"] == "dataset" and citation["license"] == LICENSE["name"]


# No carriage return: texts have none (the normaliser makes each a line end), and csv_text, whose
# line end is \n, leaves one unquoted, which no CSV reader reads back.
CELLS = st.text(alphabet=["a", "中", ",", '"', "\n", "=", "+", "-", "@", "\t", " ", "1"], max_size=6)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(CELLS, CELLS), min_size=1, max_size=5), number=st.integers(-5, 5))
def test_a_workbook_holds_every_text_as_written_and_no_formula(rows, number):
    """What a spreadsheet would run (=1+1, @SUM, +3) is a text cell of the .xlsx, as written; numbers are numbers."""
    import tempfile

    import openpyxl
    from ruleoflaw.package import write_workbook
    text = csv_text(["text", "more", "count"], [{"text": a, "more": b, "count": number} for a, b in rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.xlsx"
        write_workbook(path, [("table", text, {"text": "string", "more": "string", "count": "integer"})])
        sheet = openpyxl.load_workbook(path).active
        read = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
        assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert read == [[a or None, b or None, number] for a, b in rows]
