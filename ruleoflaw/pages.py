"""Stage 7, pages: report records -> Markdown sources of the site in docs/.

One page per report (metadata, indicator table linked to highlighted evidence,
full text with the report's own headings), one per indicator, and the index
pages. Layout is in Jinja templates beside this module. Nothing that comes from
a source document is ever interpreted as Markdown or HTML: it is escaped here.
"""
import html
import json
import re
import shutil
from pathlib import Path

import jinja2

from . import paths
from .knowledge import indicator_index, table_schema_path
from .package import TABLES

# Characters Python-Markdown (with the tables extension) treats as syntax and
# accepts a backslash before; < > & are written as entities instead.
MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
LEVELS_ZH = {"province": "省级", "prefecture": "地市级", "county": "区县级", "township": "乡镇（街道）",
             "development_zone": "开发区", "department": "部门"}
QUALIFIERS_ZH = {"exact": "精确", "approx": "约", "at_least": "以上（至少）", "at_most": "以下（至多）"}
UNITS_ZH = {"count": "个数", "percent": "百分比（%）", "yuan": "元"}


def md(value):
    """Any text -> Markdown that renders as exactly that text."""
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return html.escape(MARKDOWN_SYNTAX.sub(r"\\\1", text), quote=False)


def plain(value):
    """Text for YAML front matter: one line, quoted."""
    return '"' + " ".join(str(value or "").split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _url(value):
    return html.escape(str(value).replace(" ", "%20").replace("(", "%28").replace(")", "%29"), quote=True)


def display_value(row):
    value = row["value"]
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return {"percent": f"{number}%", "yuan": f"{number} 元"}.get(row["unit"], number)


def _environment():
    env = jinja2.Environment(loader=jinja2.PackageLoader("ruleoflaw", "templates"),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md, plain=plain, url=_url)
    return env


def figure_anchor(row):
    return f"f{row['figure_start']}"


def _marked_html(text, start, end, rows):
    """Escaped text of text[start:end] with each figure wrapped in <mark id=...>."""
    pieces, position = [], start
    for row in sorted(rows, key=lambda r: r["figure_start"]):
        fs, fe = row["figure_start"], row["figure_end"]
        if fs < position or fe > end:
            continue
        pieces.append(html.escape(text[position:fs], quote=False))
        pieces.append(f'<mark id="{figure_anchor(row)}" class="evidence">{html.escape(text[fs:fe], quote=False)}</mark>')
        position = fe
    pieces.append(html.escape(text[position:end], quote=False))
    return "".join(pieces)


def _unique_figures(rows):
    seen, unique = set(), []
    for row in rows:
        if row["figure_start"] not in seen:
            seen.add(row["figure_start"])
            unique.append(row)
    return unique


def citation(record):
    """GB/T 7714 reference of a report as an electronic document ([EB/OL])."""
    meta = record["metadata"]
    author = meta.get("issuer") or meta.get("region") or "佚名"
    dated = f"({meta['publish_date']})" if meta.get("publish_date") else ""
    retrieved = f"[{record['sidecar']['retrieved']}]" if record["sidecar"].get("retrieved") else ""
    parts = [f"{author}. {meta['title']}[EB/OL]", f"{dated}{retrieved}", record["sidecar"].get("source_url")]
    return ". ".join(part for part in parts if part) + "."


def _domain_tables(rows, vocabulary):
    """Per domain, every indicator of the vocabulary: its figures, or one 未披露 row."""
    tables = []
    for domain_id, domain in vocabulary["domains"].items():
        domain_rows = []
        for indicator in vocabulary["indicators"]:
            if indicator["domain"] != domain_id:
                continue
            found = [{**row, "disclosed": True} for row in rows if row["indicator"] == indicator["id"]]
            domain_rows += found or [{"indicator": indicator["id"], "name": indicator["zh"], "disclosed": False}]
        tables.append({"zh": domain["zh"], "rows": domain_rows})
    return tables


def render_report(record, knowledge):
    names = {i: entry["zh"] for i, entry in indicator_index(knowledge).items()}
    rows = [{**row, "name": names[row["indicator"]], "display_value": display_value(row),
             "qualifier_zh": QUALIFIERS_ZH[row["qualifier"]], "anchor": figure_anchor(row)}
            for row in record["indicators"]]
    vocabulary = knowledge["indicators"]
    text = record["text"]
    blocks = []
    for block in record["structure"]["blocks"]:
        inside = [r for r in rows if block["start"] <= r["figure_start"] < block["end"]]
        blocks.append({"kind": block["kind"], "level": block["level"],
                       "text": text[block["start"]:block["end"]],
                       "html": _marked_html(text, block["start"], block["end"], _unique_figures(inside))})
    meta = record["metadata"]
    return _environment().get_template("report.md.j2").render(
        id=record["id"], meta=meta, level_zh=LEVELS_ZH.get(meta.get("admin_level"), "—"),
        source=record["source"], source_url=record["sidecar"].get("source_url"), blocks=blocks,
        domains=_domain_tables(rows, vocabulary), citation=citation(record),
        vocabulary_size=len(vocabulary["indicators"]), disclosed=len({r["indicator"] for r in rows}))


def render_reports_index(records):
    return _environment().get_template("reports_index.md.j2").render(
        records=sorted(records, key=lambda r: (-(r["metadata"]["report_year"] or 0), r["id"])), levels=LEVELS_ZH)


def render_indicators_index(records, knowledge):
    vocabulary = knowledge["indicators"]
    disclosed = {}
    for record in records:
        for indicator in {row["indicator"] for row in record["indicators"]}:
            disclosed[indicator] = disclosed.get(indicator, 0) + 1
    return _environment().get_template("indicators_index.md.j2").render(
        domains=vocabulary["domains"], indicators=vocabulary["indicators"], disclosed=disclosed, units=UNITS_ZH)


def _example_reading(example):
    if example["value"] is None:
        return "不计入此指标"
    qualifier = QUALIFIERS_ZH[example.get("qualifier", "exact")]
    return f"{example['value']:g}（{qualifier}）"


def render_indicator(indicator, records, knowledge):
    vocabulary = knowledge["indicators"]
    examples = [{"text": e["text"], "reading": _example_reading(e)}
                for rule in knowledge["rules"]["rules"] if rule["indicator"] == indicator["id"]
                for e in rule["examples"]]
    rows = [{**row, "report_id": r["id"], "title": r["metadata"]["title"], "region": r["metadata"]["region"],
             "year": r["metadata"]["report_year"], "display_value": display_value(row),
             "qualifier_zh": QUALIFIERS_ZH[row["qualifier"]], "anchor": figure_anchor(row)}
            for r in sorted(records, key=lambda r: r["id"]) for row in r["indicators"]
            if row["indicator"] == indicator["id"]]
    return _environment().get_template("indicator.md.j2").render(
        indicator=indicator, domain=vocabulary["domains"][indicator["domain"]], examples=examples,
        rows=rows, units=UNITS_ZH)


def render_home(records, knowledge):
    return _environment().get_template("home.md.j2").render(
        records=records, regions=len({r["metadata"]["region"] for r in records}),
        years=len({r["metadata"]["report_year"] for r in records}),
        indicator_count=len(knowledge["indicators"]["indicators"]),
        figures=sum(len(r["indicators"]) for r in records))


def render_dictionary(knowledge):
    tables = []
    for name in TABLES:
        schema = json.loads(table_schema_path(knowledge, name).read_text(encoding="utf-8"))
        tables.append({"name": name, **schema})
    return _environment().get_template("dictionary.md.j2").render(tables=tables)


# Material's search worker splits a Chinese query into words of the index but
# never lets a word end on the query's last character, so 行政复议 is searched
# as 行政. The fix is one comparison; a copy of the worker with it is written
# where docs/ overrides the theme's file of the same path.
SEARCH_WORKER_BUG = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
SEARCH_WORKER_FIX = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def write_search_worker(docs):
    """Write the patched search worker into docs/; False when the theme no longer needs it."""
    import material
    workers = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    for worker in workers.glob("search.*.min.js"):
        code = worker.read_text(encoding="utf-8")
        if SEARCH_WORKER_BUG not in code:
            return False
        _write(Path(docs) / "assets" / "javascripts" / "workers" / worker.name, code.replace(SEARCH_WORKER_BUG, SEARCH_WORKER_FIX))
    return True


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_pages(records, knowledge, project):
    """Regenerate the Markdown sources of the site in docs/ (paths.GENERATED_DOCS) from the records."""
    docs = Path(project["docs"])
    for name in paths.GENERATED_DOCS:
        generated = docs / name
        if generated.is_dir():
            shutil.rmtree(generated)
        elif generated.exists():
            generated.unlink()
    _write(docs / "index.md", render_home(records, knowledge))
    _write(docs / "dictionary.md", render_dictionary(knowledge))
    _write(docs / "reports" / "index.md", render_reports_index(records))
    for record in records:
        _write(paths.report_page(docs, record["id"]), render_report(record, knowledge))
    _write(docs / "indicators" / "index.md", render_indicators_index(records, knowledge))
    for indicator in knowledge["indicators"]["indicators"]:
        _write(paths.indicator_page(docs, indicator["id"]), render_indicator(indicator, records, knowledge))
    write_search_worker(docs)
