"""Stage 7, pages: report records -> Markdown sources of the site in docs/.

One page per report (metadata, indicator table linked to highlighted evidence,
full text with the report's own headings), one per indicator, and the index
pages. Layout is in Jinja templates beside this module. Nothing that comes from
a source document is ever interpreted as Markdown or HTML: it is escaped here.
"""
import html
import json
import re
import statistics
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import jinja2
import markdown.extensions.toc

from . import paths
from .charts import bar_chart
from .knowledge import indicator_index, table_schema_path
from .package import SITE_TABLES, TABLES
from .patterns import ONE_LINE_CONTROLS

# What no page, front matter or search index can hold: a control character (DEL, \x81; a vertical tab or form feed
# too, on one line), a lone surrogate (a sidecar's value may hold them, a normalised text not). A front matter with
# one does not parse as YAML, and mkdocs then renders it as the page's Markdown, a title's links and attributes live;
# the search indexer's XML refuses it.
UNPRINTABLE = re.compile(f"[{ONE_LINE_CONTROLS}\ud800-\udfff]")


def html_text(value):
    """Any text -> HTML that shows exactly that text, on one line ("—" when there is none)."""
    if value is None or value == "":
        return "—"
    return html.escape(" ".join(UNPRINTABLE.sub("", str(value)).split()), quote=False)


# Characters Python-Markdown (with the tables extension) treats as syntax and
# accepts a backslash before; < > & are written as entities instead.
MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
def md(value):
    """Any text -> Markdown that renders as exactly that text."""
    return MARKDOWN_SYNTAX.sub(r"\\\1", html_text(value))


def plain(value):
    """Text for YAML front matter: one line, quoted, HTML-escaped, without what YAML cannot hold (UNPRINTABLE).
    The theme prints `page.meta.title` raw into the header and <title>, so a title is escaped here
    (<img onerror=…> shows as text, <!-- blanks nothing)."""
    text = html.escape(" ".join(UNPRINTABLE.sub("", str(value or "")).split()), quote=True)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def web_link(value):
    """The address if it is an http(s) link, else None: javascript: and data: never become links."""
    text = str(value or "").strip()
    return text if re.match(r"https?://[^\s<>\"']+$", text, re.IGNORECASE) else None


# What a Markdown link's address may not hold as written: a space or a bracket would end it, a backtick open a code
# span inside it (&c=`d` published as &c=d); each is percent-encoded, the same address.
URL_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "`": "%60"})


def _url(value):
    return html.escape(str(value).translate(URL_ESCAPES), quote=True)


# What follows a value of each unit on a page (the explore page's script uses the same).
UNIT_SUFFIXES = {"count": "", "percent": "%", "yuan": " 元"}
# A headline value is shown with what its figures' qualifiers allow of it (300余起: ≥300), as the
# explore page shows it too; a figure's own qualifier has a column of its own.
QUALIFIER_MARKS = {"exact": "", "at_least": "≥", "at_most": "≤", "approx": "≈"}


def display_number(value, unit=None):
    """A number as pages show it: thousands separated, at most two decimals, never in exponent form; an
    amount of money with a fraction of a yuan to the fen, as reports write it (5218614.20元: 5,218,614.20)."""
    if isinstance(value, int):
        return f"{value:,}"
    if unit == "yuan" and not value.is_integer():
        return f"{value:,.2f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def display_value(row):
    return display_number(row["value"], row["unit"]) + UNIT_SUFFIXES.get(row["unit"], "")


# A value the report writes in several places is taken once (headline.py: reports repeat their figures):
# said, as two events of the same count are taken once too and a reader comparing reports should know.
REPEATED = "（{count} 处数值相同，只计一次）"


def derivation_text(value, labels):
    """How a headline value was found, in Chinese, and where there is none, why (the values table's
    reason: 2 个数值各不相同（453、4285），报告未给出合计), so that a reader need not open the CSV."""
    label = labels["derivation"][value["derivation"]]
    if value["derivation"] == "single" and int(value["figure_count"]) > 1:
        label += REPEATED.format(count=value["figure_count"])
    return f"{label}：{value['reason']}" if value.get("reason") else label


def display_headline(value):
    """A headline value as pages show it: its qualifier's mark, the number, its unit; — where there is none."""
    return "—" if value["value"] is None else QUALIFIER_MARKS[value["qualifier"]] + display_value(value)


@lru_cache(maxsize=1)
def _environment():
    """The templates, compiled once per build (compiling the report template per page cost more
    than rendering it)."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("ruleoflaw", "templates"),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md, html=html_text, plain=plain, url=_url)
    return env


# Characters of the sentence shown either side of a figure in a table; the rest on demand.
EXCERPT_CHARS = 14


# What a number, a date or a span is written with: an excerpt never begins or ends inside one, which
# would show a figure that is not there (…62条 of 1162条, …23年 of 2023年, 3… of 3098本, “4·… of 4·15).
NUMBER_CHARS = frozenset("0123456789.,%万亿·-/:")


def evidence_excerpt(row):
    """HTML of the figure with a few characters either side, the figure in bold; a number the
    excerpt's edge would cut is left out whole."""
    sentence = row["evidence"]
    figure_start, figure_end = row["figure_start"] - row["start"], row["figure_end"] - row["start"]
    start, end = max(0, figure_start - EXCERPT_CHARS), min(len(sentence), figure_end + EXCERPT_CHARS)
    while 0 < start < figure_start and {sentence[start - 1], sentence[start]} <= NUMBER_CHARS:
        start += 1
    while figure_end < end < len(sentence) and {sentence[end - 1], sentence[end]} <= NUMBER_CHARS:
        end -= 1
    before, after = sentence[start:figure_start], sentence[figure_end:end]
    return "".join([
        "…" if start > 0 else "", html_text(before) if before.strip() else "",
        f"<strong>{html_text(sentence[figure_start:figure_end])}</strong>", html_text(after) if after.strip() else "",
        "…" if end < len(sentence) else ""])


FIGURE_ANCHOR = re.compile(r"f\d+")


def figure_anchor(row):
    return f"f{row['figure_start']}"


def heading_slug(value, separator):
    """A heading's id (mkdocs.yml's toc slugify), never a figure's: the heading 二、F61 would take f61, the anchor of
    the figure at offset 61, and its evidence link would lead to the heading."""
    slug = markdown.extensions.toc.slugify(value, separator)
    return "h" + slug if FIGURE_ANCHOR.fullmatch(slug) else slug


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


# A citation's access date ([引用日期]) where the reader is the one who accesses: site.js writes
# the reader's today in its place (a build date would be the wrong date, and make builds differ).
ACCESS_DATE = "[引用日期]"


def citation(record, site_url=None):
    """GB/T 7714 reference of a report as an electronic document ([EB/OL]): at its source address, as
    retrieved then, or, where none was recorded, at its page on this site (`site_url`), where a reader
    has it, accessed on the reader's day (ACCESS_DATE)."""
    meta = record["metadata"]
    author = meta.get("issuer") or meta.get("region") or "佚名"
    dated = f"({meta['publish_date']})" if meta.get("publish_date") else ""
    source = web_link(record["sidecar"].get("source_url"))
    address = source or (site_url and f"{site_url}reports/{record['id']}/")
    if not source:
        retrieved = ACCESS_DATE
    else:
        retrieved = f"[{record['sidecar']['retrieved']}]" if record["sidecar"].get("retrieved") else ""
    parts = [f"{author}. {meta['title']}[EB/OL]", f"{dated}{retrieved}", address]
    return ". ".join(part for part in parts if part) + "."


# Who the data is cited as: the project, in every citation of the data (a report's, the corpus's)
DATA_AUTHOR = "法治政府建设年度报告指标数据项目"


def data_citation(record, site_url, data_version):
    """GB/T 7714 reference of the figures this site read from a report, as a dataset ([DS/OL]) at the
    report's page, by the version of its download (`data_version`), accessed on the reader's day: what a
    study that quotes them cites beside the report itself (citation)."""
    return (f"{DATA_AUTHOR}. {record['metadata']['title']}指标数据: 版本 {data_version}[DS/OL]. {ACCESS_DATE}. "
            f"{site_url}reports/{record['id']}/.")


def _script_json(data):
    """JSON for a <script> element: no <, > or & in it, so nothing can close or open an element."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _downloads(base, names):
    formats = {".csv": "text/csv", ".zip": "application/zip", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               ".json": "application/json"}
    return [{"@type": "DataDownload", "contentUrl": base + name, "encodingFormat": formats[Path(name).suffix]}
            for name in names]


def report_json_ld(record, site_url):
    """schema.org Dataset of one report's figures, its downloads as DataDownload."""
    meta = record["metadata"]
    base = f"{site_url}data/{record['id']}/"
    return {"@context": "https://schema.org", "@type": "Dataset", "name": f"{meta['title']}：指标数据",
            "description": f"从《{meta['title']}》中提取的法治政府建设指标数值，每个数值附原文证据。",
            "url": f"{site_url}reports/{record['id']}/", "license": "https://creativecommons.org/licenses/by/4.0/",
            "isAccessibleForFree": True, "inLanguage": "zh-CN",
            "keywords": ["法治政府建设年度报告", meta.get("region") or "", str(meta.get("report_year") or "")],
            "temporalCoverage": str(meta.get("report_year") or ""),
            "spatialCoverage": {"@type": "Place", "name": " ".join(filter(None, (
                meta.get("province"), meta.get("prefecture"), meta.get("county"), meta.get("region"))))},
            "distribution": _downloads(base, [f"{record['id']}.zip"])}


def indicator_json_ld(indicator, site_url):
    return {"@context": "https://schema.org", "@type": "Dataset", "name": f"{indicator['zh']}：各报告数值",
            "description": indicator["means_zh"], "url": f"{site_url}indicators/{indicator['id']}/",
            "license": "https://creativecommons.org/licenses/by/4.0/", "isAccessibleForFree": True,
            "variableMeasured": indicator["zh"],
            "distribution": _downloads(f"{site_url}data/by-indicator/", [f"{indicator['id']}.xlsx"])}


# The feed holds the newest reports only, as feeds do; the catalogue has them all.
FEED_ENTRIES = 100


def report_date(record):
    """When a report came out, for ordering the newest first: its publication date, or where it
    gives none the end of its year (a 2024 report without a date is newer than a 2021 one with one)."""
    meta = record["metadata"]
    return meta["publish_date"] or f"{meta['report_year']}-12-31"


def newest_first(records):
    """The records by report_date, the newest first."""
    return sorted(records, key=lambda r: (report_date(r), r["id"]), reverse=True)


def render_feed(records, site_url):
    """Atom feed of the reports, newest first; dates come from the reports, not the build."""
    ordered = newest_first(records)[:FEED_ENTRIES]
    entries = "".join(
        f"<entry><id>{html.escape(site_url)}reports/{r['id']}/</id><title>{html.escape(r['metadata']['title'])}</title>"
        f"<link href=\"{html.escape(site_url)}reports/{r['id']}/\"/><updated>{report_date(r)}T00:00:00Z</updated>"
        f"<summary>{html.escape(r['metadata']['region'] or '')} {r['metadata']['report_year']}："
        f"{len({row['indicator'] for row in r['indicators']})} 项指标，{len(r['indicators'])} 条数值</summary></entry>\n"
        for r in ordered)
    newest = report_date(ordered[0]) if ordered else "2000-01-01"
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<id>{html.escape(site_url)}</id><title>法治政府建设年度报告指标数据：新增报告</title>"
            f'<link rel="self" href="{html.escape(site_url)}feed.xml"/><link href="{html.escape(site_url)}"/>'
            f"<updated>{newest}T00:00:00Z</updated><author><name>法治政府建设年度报告指标数据</name></author>\n"
            f"{entries}</feed>\n")


def _domain_tables(rows, vocabulary):
    """Per domain, the figures of its indicators, and the indicators the report does not disclose."""
    tables = []
    for domain_id, domain in vocabulary["domains"].items():
        found, missing = [], []
        for indicator in vocabulary["indicators"]:
            if indicator["domain"] != domain_id:
                continue
            figures = [row for row in rows if row["indicator"] == indicator["id"]]
            found += figures
            if not figures:
                missing.append({"indicator": indicator["id"], "name": indicator["zh"]})
        tables.append({"id": domain_id, "zh": domain["zh"], "rows": found, "missing": missing})
    return tables


def _flag_messages(flags, indicator, starts):
    """The messages, each once, of the quality checks among a report's `flags` (quality.check_figures) that
    flag its figures of `indicator` at the offsets `starts` (a figure's, or those a headline value came from),
    with the figures' numbers (8 > 0): shown beside them wherever they are, not only on the 数据质量 page."""
    return list(dict.fromkeys(flag["message"] for flag in flags
                              if flag["figure_start"] in starts and flag["indicator"] == indicator))


def _value_starts(value):
    """The offsets of the figures a headline value came from."""
    return {int(start) for start in value["figure_starts"].split()}


def _check_messages(knowledge):
    """{check: message} of the quality checks (schema/checks.yml), for the 查询 page's flags."""
    return {check["check"]: check["message"] for kind in ("bounds", "parts") for check in knowledge["checks"][kind]}


# Where the corpus pages group reports by province, those whose province metadata could not tell.
UNKNOWN_PROVINCE = "（未能确定省份）"
# The catalogue's choice of level for the reports whose level is not known.
UNKNOWN_LEVEL = "（未能确定层级）"
# What the explore page shows, as the link to its report, for a report whose region is not known.
UNKNOWN_REGION = "（未能确定地区）"

# What the explore page says of a report that gives no figure of the indicator shown.
UNDISCLOSED = "报告未披露这项指标"
# The explore page's filters that pin a report's region: its name and, as far as known, the divisions
# above it, as several townships share a name (城关镇) and so do a few counties.
REGION_FILTERS = ("province", "prefecture", "county", "region")


def report_label(metadata):
    """How a chart, the matrix or the quality page names a report: its region and year, or where the
    region is not known, its title (a supplied one names the year), never its id (a file's name)."""
    return f"{metadata['region']} {metadata['report_year']}" if metadata["region"] else metadata["title"]


def region_years_link(record):
    """The explore page's address (from the report's page) of this report's region in every year, at
    its first headline indicator, the years that do not state it listed too; None where it names no
    region or gives no headline value. A reader changes the indicator there and the region stays chosen."""
    meta = record["metadata"]
    if not meta.get("region") or not record["values"]:
        return None
    # a region whose province is not known is pinned to the reports of no known province: another 新华街道 of
    # 山西省 is another place
    places = {**meta, "province": meta.get("province") or UNKNOWN_PROVINCE}
    params = [("indicator", record["values"][0]["indicator"])] + [(key, places[key]) for key in REGION_FILTERS
                                                                    if places.get(key)]
    # with the reports that do not state the indicator, so that every year of the region is listed
    return explore_address("../../", params + [("undisclosed", 1)])


def explore_address(up, params):
    """The explore page's address from a page `up` from the site's root ("../../" from a report's page),
    with the (key, value) filters `params`. Chinese is left as written (a third of the bytes of its
    percent-encoding, on every report page); only ASCII with a meaning in an address is encoded."""
    def encoded(value):
        return "".join(ch if ord(ch) > 127 else quote(ch, safe="") for ch in str(value))
    return f"{up}explore/?" + "&".join(f"{key}={encoded(value)}" for key, value in params)


def render_report(record, knowledge, site_url=paths.DEFAULT_SITE_URL, data_version=None):
    labels = knowledge["labels"]
    names = {i: entry["zh"] for i, entry in indicator_index(knowledge).items()}
    rows = [{**row, "name": names[row["indicator"]], "display_value": display_value(row),
             "qualifier_zh": labels["qualifier"][row["qualifier"]], "anchor": figure_anchor(row),
             "review_zh": labels["review"][row["review"]], "excerpt": evidence_excerpt(row),
             "flag_messages": _flag_messages(record["flags"], row["indicator"], {row["figure_start"]})}
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
    headlines = [{**value, "name": names[value["indicator"]], "derivation_zh": derivation_text(value, labels),
                  "display_value": display_headline(value),
                  "flag_messages": _flag_messages(record["flags"], value["indicator"], _value_starts(value))}
                 for value in record["values"]]
    return _environment().get_template("report.md.j2").render(
        headlines=headlines,
        id=record["id"], meta=meta, level_zh=labels["admin_level"].get(meta.get("admin_level"), "—"),
        source=record["source"], source_url=web_link(record["sidecar"].get("source_url")), blocks=blocks,
        source_note=record["sidecar"].get("source_note"), retrieved=record["sidecar"].get("retrieved"),
        domains=_domain_tables(rows, vocabulary), citation=citation(record, site_url),
        data_citation=data_version and data_citation(record, site_url, data_version),
        json_ld=_script_json(report_json_ld(record, site_url)), region_years=region_years_link(record),
        vocabulary_size=len(vocabulary["indicators"]), disclosed=len({r["indicator"] for r in rows}),
        unchecked=sum(r["review"] == "machine" for r in rows), figure_count=len(rows),
        traditional=record["script"] == "traditional")


def by_name(groups):
    """The (name, group) items of `groups`, in paths.zh_order of their names."""
    return sorted(groups.items(), key=lambda item: paths.zh_order(item[0]))


def newest_year_first(record):
    """Sort key: the newest report year first, then by id (the catalogue's order)."""
    return -(record["metadata"]["report_year"] or 0), record["id"]


def _division_tree(records):
    """Province -> prefecture -> county -> township, as nested Markdown list lines per province."""
    tree = {}
    for record in records:
        meta = record["metadata"]
        chain = [meta.get("prefecture"), meta.get("county")]
        if meta.get("admin_level") in ("township", "development_zone", "department"):
            chain.append(meta.get("region"))
        node = tree.setdefault(meta.get("province") or UNKNOWN_PROVINCE, {})
        above = None
        for name in filter(None, chain):
            if name != above:  # a zone that is its own county-level division is one step, not two
                node = node.setdefault(name, {})
            above = name
        node.setdefault("", []).append(record)

    def lines(node, depth):
        # a place's own reports (by id: year by year) before its subdivisions', which for a province or a
        # county may run to hundreds of lines
        out = [f"{'    ' * depth}- [{md(record['metadata']['title'])}]({record['id']}.md)"
               for record in sorted(node.get("", []), key=lambda r: r["id"])]
        for name in sorted((k for k in node if k), key=paths.zh_order):
            out.append(f"{'    ' * depth}- {md(name)}")
            out += lines(node[name], depth + 1)
        return out

    def count(node):
        return len(node.get("", [])) + sum(count(child) for name, child in node.items() if name)

    return [{"name": name, "count": count(node), "lines": lines(node, 0)}
            for name, node in by_name(tree)]


# A catalogue of more reports than this is split: a page per report year with its filterable
# table, and a page per province with its division tree, so no page passes a megabyte.
CATALOGUE_ROWS = 1000


def _catalogue_rows(records, labels):
    """The catalogue table's rows, the newest year first. `place_key` and `province_key` sort the place
    and province columns in pinyin order (their rank among the table's names), as 查询 does: the
    browser's collation would put 长沙市 under Z."""
    ordered = sorted(records, key=newest_year_first)
    rows = [{"id": r["id"], "title": r["metadata"]["title"], "region": r["metadata"]["region"] or "",
             "level": labels["admin_level"].get(r["metadata"]["admin_level"], ""), "province": r["metadata"]["province"] or "",
             "year": r["metadata"]["report_year"], "published": r["metadata"]["publish_date"] or "",
             "indicators": len({row["indicator"] for row in r["indicators"]}),
             "figures": len(r["indicators"])} for r in ordered]
    names = sorted({r["region"] or r["title"] for r in rows} | {r["province"] for r in rows}, key=paths.zh_order)
    width = len(str(len(names)))  # as many digits as the largest rank needs: the keys sort as text
    rank = {name: f"{index:0{width}d}" for index, name in enumerate(names)}
    for row in rows:
        row["place_key"] = rank[row["region"] or row["title"]]
        row["province_key"] = rank[row["province"]] if row["province"] else ""
        # what the 省份 and 层级 filters choose it by: a report of no known province or level is one choice too,
        # as on 查询, or no choice but 全部 would show it
        row["province_choice"] = row["province"] or UNKNOWN_PROVINCE
        row["level_choice"] = row["level"] or UNKNOWN_LEVEL
    return rows


def render_catalogue(records, knowledge):
    """{page path under docs/: Markdown} of the reports catalogue: one page, or for a large corpus
    an index of years and provinces with a page each."""
    labels = knowledge["labels"]
    template = _environment().get_template("reports_index.md.j2")

    def page(subset, title, with_table=True, with_tree=True, years=(), provinces=(), up=""):
        """`up`: from the page's address back to reports/, where the report pages are."""
        rows = _catalogue_rows(subset, labels) if with_table else []
        return template.render(
            title=title, up=up, count=len(subset), rows=rows, tree=_division_tree(subset) if with_tree else [],
            supplied_titles=(with_table or with_tree) and any(r["metadata"]["title"].startswith("[") for r in subset),
            year_pages=years, province_pages=provinces,
            provinces=sorted({r["province"] for r in rows if r["province"]}, key=paths.zh_order)
            + [UNKNOWN_PROVINCE] * any(not r["province"] for r in rows),
            levels_present=[level for level in labels["admin_level"].values() if level in {r["level"] for r in rows}]
            + [UNKNOWN_LEVEL] * any(not r["level"] for r in rows),
            years=sorted({r["year"] for r in rows}, reverse=True))

    if len(records) <= CATALOGUE_ROWS:
        return {"reports/index.md": page(records, "报告目录")}
    by_year, by_province = {}, {}
    for record in records:
        by_year.setdefault(record["metadata"]["report_year"], []).append(record)
        by_province.setdefault(record["metadata"]["province"] or UNKNOWN_PROVINCE, []).append(record)
    years = [{"name": f"{year} 年度", "link": f"year-{year}.md", "count": len(by_year[year])}
             for year in sorted(by_year, reverse=True)]
    provinces, links = [], set()
    for name, group in by_name(by_province):
        # a page of its own even where two names read alike (province-x.md, then province-x-2.md)
        stem = f"province-{paths.slug(name) or 'unknown'}"
        link, number = f"{stem}.md", 2
        while link in links:
            link, number = f"{stem}-{number}.md", number + 1
        links.add(link)
        provinces.append({"name": name, "link": link, "count": len(group)})
    pages = {"reports/index.md": page(records, "报告目录", with_table=False, with_tree=False,
                                      years=years, provinces=provinces)}
    for year in years:
        pages[f"reports/{year['link']}"] = page(by_year[int(year["link"][5:-3])], f"{year['name']}报告",
                                                with_tree=False, up="../")
    for province in provinces:
        pages[f"reports/{province['link']}"] = page(by_province[province["name"]], f"{province['name']}的报告",
                                                    with_table=False)
    return pages


def render_indicators_index(records, knowledge):
    vocabulary = knowledge["indicators"]
    disclosed = {}
    for record in records:
        for indicator in {row["indicator"] for row in record["indicators"]}:
            disclosed[indicator] = disclosed.get(indicator, 0) + 1
    return _environment().get_template("indicators_index.md.j2").render(
        domains=vocabulary["domains"], indicators=vocabulary["indicators"], disclosed=disclosed, units=knowledge["labels"]["unit"])


def _example_phrase(example):
    """A phrase case as Markdown, the figure it reads in bold where the phrase writes that number once
    as it is read (收到行政复议申请56件，受理**48**件): a phrase often holds several figures, only one of
    them its case. A number written otherwise (1.2万, 十二) or twice is left plain."""
    text, value = example["text"], example["value"]
    found = [] if value is None else list(re.finditer(rf"(?<![\d.,]){re.escape(str(value))}(?![\d.,])", text))
    if len(found) != 1:
        return md(text)
    start, end = found[0].span()
    # marks that html_text and md leave as they are (private-use characters), put in before escaping so that the
    # escaping stays whole
    marked = md(text[:start] + "\ue000" + text[start:end] + "\ue001" + text[end:])
    return marked.replace("\ue000", "<strong>").replace("\ue001", "</strong>")


def _example_reading(example, qualifiers):
    if example["value"] is None:
        return "不计入此指标"
    qualifier = qualifiers[example.get("qualifier", "exact")]
    return f"{display_number(example['value'])}（{qualifier}）"


# Beyond these many rows an indicator page shows a summary by province instead of one row per
# report (its data stays one click away: the explore page and the slices), so no page grows
# past a megabyte however many reports there are.
INDICATOR_TABLE_ROWS = 200
CHART_BARS = 30


def _by_province(headlines, levels):
    """Per province and level (`levels`: the level labels, in their order): how many reports give a
    headline value, and its median, lowest and highest. A median pooling a township's count with a
    city's reads as a comparison of provinces it is not, so each level has its own."""
    groups = {}
    for h in headlines:
        if h["value"] is not None:
            groups.setdefault(h["province"] or UNKNOWN_PROVINCE, {}).setdefault(h["level_zh"], []).append(h["value"])
    order = {label: number for number, label in enumerate(levels)}
    return [{"province": province, "level_zh": level, "reports": len(values), "median": statistics.median(values),
             "low": min(values), "high": max(values)}
            for province, by_level in by_name(groups)
            for level, values in sorted(by_level.items(), key=lambda item: order.get(item[0], len(order)))]


def _commonest_level(provinces, levels):
    """The level most headline values are of; of levels as common, the first of `levels` (the level
    labels in their order; a report of no known level is "—")."""
    counts = Counter()
    for row in provinces:
        counts[row["level_zh"]] += row["reports"]
    return max([*levels, "—"], key=lambda level: counts[level])


def _rows_by_indicator(records):
    """{indicator: ([figure rows], [headline values])}, each with its report's id, metadata and quality
    flags (all an indicator page shows of it), the newest report year first (as the catalogue lists them), so that a
    table cut to its first rows keeps the newest."""
    grouped = {}
    for r in sorted(records, key=newest_year_first):
        report = {"id": r["id"], "metadata": r["metadata"], "flags": r["flags"]}
        for row in r["indicators"]:
            grouped.setdefault(row["indicator"], ([], []))[0].append((report, row))
        for value in r["values"]:
            grouped.setdefault(value["indicator"], ([], []))[1].append((report, value))
    return grouped


def _indicator_inputs(grouped, indicator_id):
    """All that an indicator's page is made from of the corpus (besides knowledge and site address):
    the figures its table shows, how many there are, the headline values."""
    figures, values = grouped.get(indicator_id, ([], []))
    return figures[:INDICATOR_TABLE_ROWS + 1], len(figures), values


def render_indicator(indicator, records, knowledge, site_url=paths.DEFAULT_SITE_URL, grouped=None):
    """An indicator's page; `grouped` (_rows_by_indicator) saves regrouping the corpus per page."""
    labels = knowledge["labels"]
    vocabulary = knowledge["indicators"]
    figures, figure_count, values = _indicator_inputs(
        grouped if grouped is not None else _rows_by_indicator(records), indicator["id"])
    # a rule's phrase case may be about another indicator (the figure its rule must leave to litigation_cases,
    # or must not give disputes_handled): each case is shown on the page of the indicator it is about
    examples = [{"phrase": _example_phrase(e), "reading": _example_reading(e, labels["qualifier"])}
                for rule in knowledge["rules"]["rules"] for e in rule["examples"]
                if e.get("indicator", rule["indicator"]) == indicator["id"]]
    rows = [{**row, "report_id": r["id"], "title": r["metadata"]["title"], "region": r["metadata"]["region"],
             "year": r["metadata"]["report_year"], "display_value": display_value(row),
             "level_zh": labels["admin_level"].get(r["metadata"]["admin_level"], "—"),
             "qualifier_zh": labels["qualifier"][row["qualifier"]], "anchor": figure_anchor(row),
             "excerpt": evidence_excerpt(row),
             "flag_messages": _flag_messages(r["flags"], row["indicator"], {row["figure_start"]})}
            for r, row in figures]
    headlines = [{**value, "report_id": r["id"], "title": r["metadata"]["title"], "region": r["metadata"]["region"],
                  "province": r["metadata"]["province"], "label": report_label(r["metadata"]),
                  "year": r["metadata"]["report_year"], "level_zh": labels["admin_level"].get(r["metadata"]["admin_level"], "—"),
                  "display_value": display_headline(value),
                  "derivation_zh": derivation_text(value, labels),
                  "flag_messages": _flag_messages(r["flags"], value["indicator"], _value_starts(value))}
                 for r, value in values]
    def shown(value):
        return display_value({"value": value, "unit": indicator["unit"]})

    levels = list(labels["admin_level"].values())
    provinces = _by_province(headlines, levels)
    given = [h for h in headlines if h["value"] is not None]
    span = f"{min(h['year'] for h in given)}–{max(h['year'] for h in given)}" if given else ""
    compares_provinces = len(given) > CHART_BARS
    if not compares_provinces:
        chart = bar_chart([(h["label"], h["value"], h["display_value"]) for h in headlines
                           if h["value"] is not None], f"{indicator['zh']}：各报告主值", shown)
    else:
        # provinces compared at one level, the commonest (a township's count beside a city's compares
        # nothing); a median of few reports reads as more than it is, so each bar says how many; a value
        # stated as 以上 or 约 counts as the number written
        level = _commonest_level(provinces, levels)
        chart = bar_chart([(f"{p['province']}（{p['reports']}份）", p["median"]) for p in provinces
                           if p["level_zh"] == level],
                          f"{indicator['zh']}：各省份{level}报告主值的中位数（{span}年的报告合在一起，括号内为报告数；"
                          f"其他层级见下表；“以上”“约”按所写数值计）", shown)
    return _environment().get_template("indicator.md.j2").render(
        indicator=indicator, domain=vocabulary["domains"][indicator["domain"]], examples=examples,
        rows=rows[:INDICATOR_TABLE_ROWS], all_rows=figure_count, headlines=headlines[:INDICATOR_TABLE_ROWS],
        all_headlines=len(headlines), valued=len(given), provinces=provinces, compares_provinces=compares_provinces, years=span, units=labels["unit"], counted=labels["counts"], chart=chart,
        shown=shown, json_ld=_script_json(indicator_json_ld(indicator, site_url)))


def render_home(records, knowledge):
    levels = knowledge["labels"]["admin_level"]
    by_year = sorted(Counter(r["metadata"]["report_year"] for r in records).items())
    by_level = [(levels[level], count) for level in levels
                if (count := sum(r["metadata"]["admin_level"] == level for r in records))]
    latest = newest_first(records)[:10]
    return _environment().get_template("home.md.j2").render(
        records=records,
        # places, not names: a 新华街道 of 山西省 and one of no known province are two
        regions=len({tuple(r["metadata"][key] for key in REGION_FILTERS) for r in records if r["metadata"]["region"]}),
        years=by_year, latest=latest,
        by_year_chart=bar_chart([(str(y), n) for y, n in by_year], "各年度报告数"),
        by_level_chart=bar_chart(by_level, "各层级报告数"),
        indicator_count=len(knowledge["indicators"]["indicators"]),
        figures=sum(len(r["indicators"]) for r in records),
        headline_values=sum(value["value"] is not None for r in records for value in r["values"]),
        checked=sum(row["review"] != "machine" for r in records for row in r["indicators"]))


# A disclosure matrix of more reports than this has a column per province (the share of its
# reports that disclose each indicator) instead of a column per report.
MATRIX_REPORTS = 40


def render_matrix(records, knowledge):
    """Indicators x reports (or x provinces, for a large corpus): which governments disclose what."""
    vocabulary = knowledge["indicators"]
    ordered = sorted(records, key=lambda r: r["id"])
    disclosed = [{row["indicator"] for row in r["indicators"]} for r in ordered]
    count = {i["id"]: sum(i["id"] in found for found in disclosed) for i in vocabulary["indicators"]}
    if len(records) <= MATRIX_REPORTS:
        columns = [{"link": f"reports/{r['id']}.md", "label": report_label(r["metadata"]),
                    "total": len(found), "cells": {i: "●" if i in found else "○" for i in count}}
                   for r, found in zip(ordered, disclosed)]
    else:
        groups = {}
        for r, found in zip(ordered, disclosed):
            groups.setdefault(r["metadata"]["province"] or UNKNOWN_PROVINCE, []).append(found)
        # a count of reports, not a share (1/1 says how little 100% would), linked to the province's reports on
        # the explore page, those that do not disclose the indicator listed too: which governments they are
        columns = [{"link": None, "label": f"{province}（{len(group)}）", "total": len(group),
                    "cells": {i: _province_cell(f"{sum(i in found for found in group)}/{len(group)}", i, province)
                              for i in count}}
                   for province, group in by_name(groups)]
    rows = [{"id": i["id"], "name": i["zh"], "domain": vocabulary["domains"][i["domain"]]["zh"],
             "cells": [column["cells"][i["id"]] for column in columns], "count": count[i["id"]]}
            for i in vocabulary["indicators"]]
    return _environment().get_template("matrix.md.j2").render(rows=rows, columns=columns,
                                                              by_report=len(records) <= MATRIX_REPORTS)


def _province_cell(text, indicator, province):
    """A cell of the matrix by province: its count, linked to the explore page's list of the province's
    reports (the matrix page's address is matrix/), or of those whose province is not known."""
    address = explore_address("../", [("indicator", indicator), ("province", province), ("undisclosed", 1)])
    return f'<a href="{html.escape(address)}">{text}</a>'


# The quality page lists this many flags at most; quality.csv holds them all.
QUALITY_ROWS = 500


def render_quality(records, knowledge):
    """The figures data-quality checks flag, each linked to its highlight in the report."""
    names = {i["id"]: i["zh"] for i in knowledge["indicators"]["indicators"]}
    flags = [{**flag, "report_id": r["id"], "indicator_zh": names[flag["indicator"]],
              "report": report_label(r["metadata"])}
             for r in sorted(records, key=lambda r: r["id"]) for flag in r["flags"]]
    return _environment().get_template("quality.md.j2").render(flags=flags[:QUALITY_ROWS], all_flags=len(flags))


def render_explore(records, knowledge):
    """The explore page: headline values of one indicator at a time, filtered in the browser."""
    vocabulary = knowledge["indicators"]
    reporting = Counter(value["indicator"] for r in records for value in r["values"])
    domains = [{"zh": domain["zh"],
                "indicators": [{"id": i["id"], "zh": i["zh"], "reports": reporting[i["id"]]}
                               for i in vocabulary["indicators"] if i["domain"] == domain_id]}
               for domain_id, domain in vocabulary["domains"].items()]
    labels = knowledge["labels"]
    shown = {"levels": labels["admin_level"], "derivations": labels["derivation"], "units": UNIT_SUFFIXES,
             "qualifiers": QUALIFIER_MARKS, "checks": _check_messages(knowledge), "undisclosed": UNDISCLOSED,
             "repeated": REPEATED, "unknown_province": UNKNOWN_PROVINCE, "unknown_region": UNKNOWN_REGION,
             "first": max(reporting, key=lambda i: (reporting[i], i), default=vocabulary["indicators"][0]["id"])}
    return _environment().get_template("explore.md.j2").render(domains=domains, levels=labels["admin_level"],
                                                               labels=_script_json(shown))


def render_datasets(knowledge, data_version, site_url=paths.DEFAULT_SITE_URL):
    """The downloads, licence, the data's citation with its version (`data_version`), usage snippets
    and the data dictionary from the Table Schemas."""
    tables = []
    for name in TABLES:
        schema = json.loads(table_schema_path(knowledge, name).read_text(encoding="utf-8"))
        for field in schema["fields"]:
            codes = field.get("constraints", {}).get("enum", [])
            field["values"] = "、".join(f"{code}（{knowledge['labels'][field['name']][code]}）" for code in codes)
        tables.append({"name": name, "loose": name in SITE_TABLES, **schema})
    return _environment().get_template("datasets.md.j2").render(tables=tables, site_url=site_url,
                                                                data_version=data_version, access_date=ACCESS_DATE,
                                                                data_author=DATA_AUTHOR)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_report_page(record, knowledge, docs, site_url, data_version=None):
    """Write one report's page (the full record: text and structure) into the folder `docs`; `data_version`:
    its download's (package.write_report_downloads), which the page cites its data by."""
    _write(paths.report_page(docs, record["id"]), render_report(record, knowledge, site_url, data_version))


def write_pages(records, knowledge, docs, site_url, data_version, memo=None):
    """Write the generated Markdown sources of the site (paths.GENERATED_DOCS) that span the corpus
    into the folder `docs`: every page but the reports' own (write_report_page). `records` need not
    hold the reports' texts: id, source, sidecar, metadata, indicators, values and flags;
    `data_version`: the corpus package's (package.data_version), which the datasets page cites.

    `memo` ({page: (inputs, Markdown)}, kept by a running build process for one knowledge and site
    address) gives again the indicator pages whose inputs are those of its last build: a change to
    one report changes a few of them, and they are most of the pages' time."""
    memo = {} if memo is None else memo
    docs = Path(docs)
    _write(docs / "index.md", render_home(records, knowledge))
    _write(docs / "datasets.md", render_datasets(knowledge, data_version, site_url))
    _write(docs / "matrix.md", render_matrix(records, knowledge))
    _write(docs / "quality.md", render_quality(records, knowledge))
    _write(docs / "explore.md", render_explore(records, knowledge))
    for path, text in render_catalogue(records, knowledge).items():
        _write(docs / path, text)
    _write(docs / "indicators" / "index.md", render_indicators_index(records, knowledge))
    grouped = _rows_by_indicator(records)
    for indicator in knowledge["indicators"]["indicators"]:
        page, inputs = paths.indicator_page(docs, indicator["id"]), _indicator_inputs(grouped, indicator["id"])
        if page.name not in memo or memo[page.name][0] != inputs:
            memo[page.name] = (inputs, render_indicator(indicator, records, knowledge, site_url, grouped))
        _write(page, memo[page.name][1])
    _write(docs / "feed.xml", render_feed(records, site_url))
