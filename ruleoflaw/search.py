"""Site search: a Pagefind index of the built site, fetched in small chunks by the browser.

`index_site(site)` runs after mkdocs has built the site. It writes site/pagefind/:
Pagefind's bundle (pagefind.js, its WebAssembly, index chunks, one fragment per
page) and search-fold.json, the Traditional -> Simplified character map the
search page folds queries with (docs/assets/search.js), and shards.json, the further
bundles of a site indexed in shards by report year (SHARD_PAGES), of which the search page
merges those of the years a reader chose.
Text a page repeats (evidence, citations, metadata, the indicator section of a
report page) is not indexed: see EVIDENCE_CLASS.

Chinese recall. Pagefind segments Chinese with jieba when it indexes and with
the browser's Intl.Segmenter when it searches; the two disagree (Pagefind issue
#1237), and a word is only found from its start, so 质量 misses 高质量 and 营商
misses whatever jieba joined it into. The index therefore holds no jieba words
for Han text: each run of Han characters is indexed as its overlapping
character bigrams, each spelled as one ASCII word that neither segmenter can
split (行政复议 -> 行政 政复 复议 and a last-character word for 议). search.js
spells a query the same way, so a two-character query finds every page that
contains it, wherever it sits inside a longer word, and a longer one finds
every page containing it (pages holding all of its bigrams). The fragments
Pagefind keeps for excerpts hold these words too; search.js decodes them.

The spelling (shared with docs/assets/search.js, keep the two in step):
  a Han character U+3400..U+9FFF -> its code point in 3 base-36 digits ("4e00" -> "fe8"),
  a bigram ab -> "zx" + code(a) + code(b), the last character c of a run -> "zx" + code(c) + "zzz".
Every word is 8 characters; "zzz" is no character's code, so a one-character
query, the prefix "zx" + code(c), finds c at the start of a bigram or at the end of a run.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from .engine import Mapper, default_jobs

# The bundle's folder inside the site, and the query-folding map inside it.
BUNDLE = "pagefind"
FOLD_MAP = "search-fold.json"
# Pages never indexed: the search page itself and the 404 page.
SKIPPED_PAGES = {"404.html", "search/index.html"}
# The catalogue pages list every report's title and region, each of which its report page
# holds: indexed, they would answer every region's name with a page of thousands of rows.
CATALOGUE_PAGES = re.compile(r"reports/(index\.html|(year|province)-[^/]+/index\.html)")
# Inside the main content: permalinks, scripts, controls and the search form are not text to find.
DROPPED = ("script", "style", "noscript", "template", "button", "select", "form", "svg", "nav", "footer")
DROPPED_CLASSES = ("headerlink", "md-source-file", "md-content__button")
# A table row that only says an indicator was not disclosed names the indicator,
# not anything the report says: left out, or every report page would answer for
# every indicator name (report pages list those in a paragraph marked
# data-pagefind-ignore, dropped with the other ignored elements).
NOT_DISCLOSED = "未披露"
# What pages repeat is not indexed again (every word indexed costs Pagefind memory and the
# bundle bytes, and a page found for boilerplate is a page found for nothing):
#   - a figure's evidence (<details class="evidence">, on report and indicator pages) is a
#     sentence of the report's full text, which the report page indexes;
#   - the download and citation lines (a paragraph opening with <strong>下载</strong> or
#     <strong>引用</strong>) say the title and file names again;
#   - a report page's metadata card (div.meta-card) is kept for its places only (the rows 地区,
#     省份, 地市, 区县), so that a province's, a prefecture's or a county's name finds the reports
#     of the governments and departments in it, though their texts may never write it in full;
#   - a report page's indicator section, between its title and its full text, is kept for the
#     indicator names of its headline-values table only (the table without evidence, its
#     column 指标; tables of figures stand in a div.figures): the figure tables repeat those
#     names beside evidence, and the section's headings (行政复议, 普法宣传 ...) are on every
#     report page.
#   - in any table, the columns of report titles (报告: each title is its report page's, and the
#     region is in the column 地区 beside it) and of labels every row repeats (限定 精确/以上,
#     得出方式 报告所列数值, 核对 待核).
EVIDENCE_CLASS = "evidence"
DROPPED_COLUMNS = ("报告", "限定", "得出方式", "核对")
META_CARD_CLASS = "meta-card"
FIGURES_CLASS = "figures"
REPORT_FILTER = ("data-pagefind-filter", "kind:report")   # (search.js asks for {kind: "report"})
FULL_TEXT_ID = "full-text"   # the heading 报告全文 of a report page, after which its full text stands
PLACE_LABELS = ("地区", "省份", "地市", "区县")
# Table cells and the card's places end in punctuation as a sentence's parts do: Chinese sets no
# space between words, so a result's passage showed two cells as one word (…地市级新源县…, the level
# of one row run into the region of the next), and a query of a character from each (级新) found it.
CELL_END = "，"
ROW_END = "；"
INDICATOR_LABEL = "指标"
LINE_LABELS = ("下载", "引用")
# Inline elements are text of the sentence they stand in: their tags are taken out before Han runs
# are spelled, so that a run across one's edge (公开<mark>1895条</mark>政务信息, a highlighted
# figure) is spelled whole, and a query across the edge (条政务信息) finds it.
INLINE = ("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
          "s", "small", "span", "strong", "sub", "sup", "time", "u", "var")
TIMEOUT_SECONDS = 600
# Pagefind holds a whole run's index in memory, about 1.9 MB a page (measured: 529 pages 1.0 GB,
# 764 pages 1.5 GB peak RSS; it grows with the distinct words of each page, not with the
# bytes): a site of more pages than SHARD_PAGES is indexed in shards, one Pagefind run and one
# bundle each (about 1.2 GB a run), and the search page merges (Pagefind's mergeIndex) only
# those it needs, so a first query downloads the index chunks of a few shards, not of all.
# Shards follow the report year: the pages of report folders (reports/<id>/, <id> opening with
# the report's 4-digit year, REPORT_YEAR) are grouped by year, each year split into as few
# shards of at most SHARD_PAGES pages as can be (as even as can be, in path order); every other
# page (home, indicators, explore, datasets, matrix ...) is in the base shard, the bundle in
# pagefind/, which is always searched. Year shards are the bundles pagefind/1/, pagefind/2/ ...,
# newest year first, listed in pagefind/shards.json:
#   {"shards": [{"path": "1/", "year": 2025}, ...], "years": [2025, 2024, ...]}
# (years newest first). The search page searches the newest year by default and lets the
# reader choose others or all. A site of up to SHARD_PAGES pages gets one bundle, no other
# ({"shards": [], "years": []}). Small shards are indexed side by side, one Pagefind run a
# core, as many together as hold at most SHARD_PAGES pages, so memory stays that of one run.
SHARD_PAGES = 600
REPORT_YEAR = re.compile(r"reports/((?:19|20)\d\d)[^/]*/.+")
SHARDS_FILE = "shards.json"
# Pagefind writes its own search interfaces into every bundle; the search page uses
# pagefind.js alone (docs/assets/search.js), so these are removed.
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
                       "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")

HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
PREFIX = "zx"
END = "zzz"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


class SearchIndexError(RuntimeError):
    """Pagefind is missing or failed; the message says which and what to do."""


@lru_cache(maxsize=1)
def _codes():
    """A str.translate table: each Han character of HAN_RUN -> its code, 3 base-36 digits."""
    return {number: _DIGITS[number // 1296] + _DIGITS[number // 36 % 36] + _DIGITS[number % 36]
            for number in range(0x3400, 0xA000)}


def han_words(run):
    """The index words of one run of Han characters: its bigrams, then its last character.
    The run's codes are written one after another, 3 digits each: a bigram is 6 of them."""
    codes = run.translate(_codes())
    last = len(codes) - 3
    return [PREFIX + codes[at:at + 6] for at in range(0, last, 3)] + [PREFIX + codes[last:] + END]


def spell(text):
    """`text` with each Han run replaced by its index words, set off by spaces."""
    if not text:
        return text
    return HAN_RUN.sub(lambda match: " " + " ".join(han_words(match.group())) + " ", text)


def _spell_text(text):
    """An element's text or tail, spelled; blank lines between blocks are one line break."""
    if text and not text.strip():
        return "\n"
    return spell(text)


def _has_class(element, names):
    classes = (element.get("class") or "").split()
    return any(name in classes for name in names)


def _text(element):
    return " ".join("".join(element.itertext()).split())


def _drop(element):
    """Remove `element` but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _opens_with_label(paragraph):
    """True for a paragraph opening with <strong>下载</strong> or <strong>引用</strong>."""
    first = paragraph[0] if len(paragraph) else None
    return (not (paragraph.text or "").strip() and first is not None and first.tag == "strong"
            and _text(first) in LINE_LABELS)


def _keep_column(table, label):
    """Reduce `table` to the body cells of its column headed `label` (its first column when none is)."""
    header = table.xpath("./thead/tr[1]/th | ./tr[th][1]/th")
    labels = [_text(cell) for cell in header]
    keep = labels.index(label) if label in labels else 0
    for row in table.xpath("./thead/tr | ./tbody/tr | ./tr"):
        if not row.xpath("./td"):
            _drop(row)
            continue
        for number, cell in enumerate(row.xpath("./td | ./th")):
            if number != keep:
                _drop(cell)


def _places_only(card):
    """A paragraph of the metadata card's places (the values of its rows PLACE_LABELS), set apart as
    a list is (CELL_END)."""
    places = lxml_html.Element("p")
    places.text = CELL_END.join(_text(row.xpath("./td")[1]) for row in card.xpath(".//tr[count(td) >= 2]")
                                if _text(row.xpath("./td")[0]) in PLACE_LABELS)
    return places


def _end_each_cell(table):
    """Close each cell's text with CELL_END and each row's with ROW_END, inside the cell."""
    for row in table.xpath("./tbody/tr | ./tr"):  # (its header rows are not indexed)
        cells = row.xpath("./td | ./th")
        for number, cell in enumerate(cells):
            mark = ROW_END if number == len(cells) - 1 else CELL_END
            last = cell[-1] if len(cell) else None
            if last is None:
                cell.text = (cell.text or "") + mark
            else:
                last.tail = (last.tail or "") + mark


def _drop_columns(table, labels):
    """Remove from `table` the columns headed by one of `labels`."""
    header = table.xpath("./thead/tr[1]/th | ./tr[th][1]/th")
    dropped = {number for number, cell in enumerate(header) if _text(cell) in labels}
    if not dropped:
        return
    for row in table.xpath("./thead/tr | ./tbody/tr | ./tr"):
        for number, cell in enumerate(row.xpath("./td | ./th")):
            if number in dropped:
                _drop(cell)


def _table_of(element):
    """The table `element` is, or the one it holds if it is a div.figures; else None."""
    if element.tag == "div" and _has_class(element, (FIGURES_CLASS,)):
        return element.find("table")
    return element if element.tag == "table" else None


def _drop_repeated(article):
    """Leave out what the page says elsewhere or every report page says (see EVIDENCE_CLASS). Returns
    whether the page is a report's (its full text follows the heading FULL_TEXT_ID)."""
    children = [child for child in article if isinstance(child.tag, str)]
    full_text = next((number for number, child in enumerate(children)
                      if child.tag == "h2" and child.get("id") == FULL_TEXT_ID), None)
    if full_text is not None:
        # A report page: its full text follows its heading 报告全文 (on every report page, so left
        # out with what stands before it: the title, the metadata card and the indicator section).
        # What is kept of them, the places and the indicator names, is indexed after the full text,
        # so that a result's passage, taken from the first place after the title that holds the
        # query, is a passage of the report, not its indicator names run together.
        for child in children[:full_text + 1]:
            if child.tag == "h1":
                continue
            if child.tag == "div" and _has_class(child, (META_CARD_CLASS,)):
                article.append(_places_only(child))
                _drop(child)
            elif (table := _table_of(child)) is not None and not any(
                    _has_class(evidence, (EVIDENCE_CLASS,)) for evidence in table.iter("details", "a")):
                _keep_column(table, INDICATOR_LABEL)
                article.append(table)
                if child is not table:
                    _drop(child)
            else:
                _drop(child)
    for table in list(article.iter("table")):
        _drop_columns(table, DROPPED_COLUMNS)
        # a header row names the columns every such table has (项目 内容, 地区 主值 年度): it would
        # open a result's passage with them
        for header in table.xpath("./thead | ./tr[th and not(td)]"):
            _drop(header)
        _end_each_cell(table)
    for element in list(article.iter("details", "p")):
        if ((element.tag == "details" and _has_class(element, (EVIDENCE_CLASS,)))
                or (element.tag == "p" and _opens_with_label(element))):
            _drop(element)
    return full_text is not None


def indexed_document(page):
    """The HTML Pagefind reads for one built page: its main content only, less what it repeats
    (see EVIDENCE_CLASS), Han text spelled as bigram words (see the module docstring), no
    attributes (an id would make Pagefind keep an anchor per heading in every fragment), its
    title as Pagefind metadata. None when the page has no main content."""
    tree = lxml_html.fromstring(page)
    articles = tree.xpath("//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]")
    if not articles:
        return None
    article = articles[0]
    for element in list(article.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            _drop(element)
        elif (element.tag in DROPPED or _has_class(element, DROPPED_CLASSES)
              or element.get("data-pagefind-ignore") is not None or element.get("hidden") is not None):
            _drop(element)
    for row in article.xpath(".//tr[td]"):
        if any(_text(cell) == NOT_DISCLOSED for cell in row.xpath("./td")):
            _drop(row)
    headings = article.xpath(".//h1") or tree.xpath("//title")
    title = _text(headings[0]) if headings else ""
    is_report = _drop_repeated(article)
    etree.strip_tags(article, *INLINE)
    for element in article.iter():
        element.attrib.clear()
        element.text = _spell_text(element.text)
        if element is not article:
            element.tail = _spell_text(element.tail)
    article.tail = None
    article.set("data-pagefind-body", "")
    # The title, spelled like the text, as Pagefind's title metadata: Pagefind ranks a page
    # whose title matches the query higher (5x), so a region's report comes before the
    # indicator pages, matrix and catalogue that name the region in a table.
    holder = lxml_html.Element("p", {"data-pagefind-ignore": "", "data-pagefind-meta": "title"})
    holder.text = " ".join(spell(title).split())
    article.insert(0, holder)
    if is_report:
        # a filter the search page asks whether a query finds any report of the years it searched
        # (docs/assets/search.js, holdsAReport), without loading the pages found
        article.insert(1, lxml_html.Element("p", {REPORT_FILTER[0]: REPORT_FILTER[1]}))
    body = lxml_html.tostring(article, encoding="unicode")
    return f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title></title></head><body>{body}</body></html>\n'


def traditional_to_simplified():
    """{Traditional character: Simplified character} from OpenCC's t2s, characters only (one
    character that converts to one other character, whatever its neighbours)."""
    import opencc
    converter = opencc.OpenCC("t2s")
    chars = [chr(point) for point in range(0x3400, 0xA000)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        raise SearchIndexError("OpenCC t2s changed the number of lines while listing Traditional characters")
    return {t: s for t, s in zip(chars, converted) if len(s) == 1 and s != t}


def write_fold_map(bundle):
    """search-fold.json: {"from": Traditional characters, "to": their Simplified forms}, two
    strings of the same length, read by search.js to fold a query before it is spelled."""
    pairs = sorted(traditional_to_simplified().items())
    data = {"from": "".join(t for t, _ in pairs), "to": "".join(s for _, s in pairs)}
    (Path(bundle) / FOLD_MAP).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                                         encoding="utf-8")


def _executable():
    try:
        from pagefind.service import get_executable
    except ImportError as error:
        raise SearchIndexError("the pagefind package is not installed: "
                               "pip install 'pagefind[extended]==1.5.2'") from error
    executable = get_executable()
    if executable is None or not Path(executable).is_file():
        raise SearchIndexError("no Pagefind binary found (the pagefind_bin_extended wheel ships it): "
                               "pip install 'pagefind[extended]==1.5.2'")
    return Path(executable)


def _pages(site):
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative in SKIPPED_PAGES or CATALOGUE_PAGES.fullmatch(relative) or relative.split("/", 1)[0] == BUNDLE:
            continue
        yield relative, path


def shard_sizes(count, limit):
    """How many pages each shard gets: as few shards as keep each to `limit` pages, as even as can be."""
    shards = max(1, -(-count // max(1, limit)))
    size, larger = divmod(count, shards)
    return [size + 1] * larger + [size] * (shards - larger)


def report_year(relative):
    """The report year of a page in a report's folder (reports/<year>-.../...), else None."""
    match = REPORT_YEAR.fullmatch(relative)
    return int(match.group(1)) if match else None


def shard_groups(pages, limit):
    """[(year, pages)] of a site indexed in shards: first the base shard (year None: every page
    not in a report's folder, whatever their number), then each year's shards, newest year
    first, each year in as few shards of at most `limit` pages as can be, in path order."""
    base, by_year = [], {}
    for relative in sorted(pages):
        year = report_year(relative)
        if year is None:
            base.append(relative)
        else:
            by_year.setdefault(year, []).append(relative)
    groups = [(None, base)]
    for year in sorted(by_year, reverse=True):
        first = 0
        for size in shard_sizes(len(by_year[year]), limit):
            groups.append((year, by_year[year][first:first + size]))
            first += size
    return groups


def _run_pagefind(executable, source, output, count, site):
    command = [str(executable), "--site", str(source), "--output-path", str(output), "--force-language", "zh"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                             env={**os.environ, "NO_COLOR": "1"})
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"Pagefind ({executable}) could not run: {error}") from error
    if run.returncode or not (output / "pagefind.js").is_file():
        text = (run.stderr or "") + (run.stdout or "")
        raise SearchIndexError(f"Pagefind failed (exit {run.returncode}) indexing {count} pages of {site}:\n"
                               f"{text[-3000:]}")


def _waves(runs, page_budget, jobs):
    """The runs in order, in waves run side by side: at most `jobs` a wave and, past its first
    run, at most `page_budget` pages together, since Pagefind's memory grows with the pages
    of a run (see SHARD_PAGES) and each run uses one core."""
    waves = []
    for run in runs:
        wave = waves[-1] if waves else None
        if wave and len(wave) < jobs and sum(r[2] for r in wave) + run[2] <= page_budget:
            wave.append(run)
        else:
            waves.append([run])
    return waves


def _write_indexed_document(task):
    """Worker: write the indexed document of one built page (source path, target path);
    whether the page had main content."""
    source, target = task
    document = indexed_document(Path(source).read_bytes())
    if document is None:
        return False
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_text(document, encoding="utf-8")
    return True


def index_site(site_dir, shard_pages=None, jobs=None):
    """Index the built site in `site_dir` with Pagefind into site_dir/pagefind/ (replaced whole),
    with the query-folding map beside it: one bundle, or, over `shard_pages` pages (default
    SHARD_PAGES), a base bundle (pagefind/: the pages outside report folders) and the report
    years' shards (pagefind/<k>/, listed with their years in pagefind/shards.json; see
    SHARD_PAGES). The pages are prepared for Pagefind over `jobs` processes (default: all
    cores). Returns the number of pages indexed. Raises SearchIndexError when Pagefind is
    missing or fails."""
    site = Path(site_dir)
    if not site.is_dir():
        raise SearchIndexError(f"no built site at {site}")
    executable = _executable()
    bundle = site / BUNDLE
    limit = SHARD_PAGES if shard_pages is None else shard_pages
    jobs = jobs or default_jobs()
    with tempfile.TemporaryDirectory(prefix=".pagefind-", dir=site.parent) as scratch:
        scratch = Path(scratch)
        source = scratch / "pages"
        pages = list(_pages(site))
        with Mapper("processes", jobs) as mapper:
            kept = list(mapper.map(_write_indexed_document, [(str(path), str(source / relative))
                                                             for relative, path in pages]))
        written = [relative for (relative, _), has_content in zip(pages, kept) if has_content]
        if not written:
            raise SearchIndexError(f"no page of {site} has main content (<article class=\"md-content__inner\">) to index")
        staged = scratch / BUNDLE
        if len(written) <= limit:
            groups = [(None, written)]
        else:
            groups = shard_groups(written, limit)
        runs = []  # (pages folder, output folder, page count) of each Pagefind run
        for number, (_, pages_of_shard) in enumerate(groups):
            pages = source if len(groups) == 1 else scratch / f"pages-{number}"
            if pages is not source:
                for relative in pages_of_shard:
                    (pages / relative).parent.mkdir(parents=True, exist_ok=True)
                    (source / relative).rename(pages / relative)
            runs.append((pages, scratch / f"bundle-{number}", len(pages_of_shard)))
        for wave in _waves(runs, limit, jobs):
            with ThreadPoolExecutor(max_workers=len(wave)) as threads:  # each run is its own process
                list(threads.map(lambda run: _run_pagefind(executable, run[0], run[1], run[2], site), wave))
        for number, (_, output, _) in enumerate(runs):
            for name in UNUSED_BUNDLE_FILES:
                (output / name).unlink(missing_ok=True)
            shutil.move(str(output), str(staged / str(number) if number else staged))
        listing = [{"path": f"{number}/", "year": year} for number, (year, _) in enumerate(groups) if number]
        years = sorted({shard["year"] for shard in listing}, reverse=True)
        (staged / SHARDS_FILE).write_text(json.dumps({"shards": listing, "years": years}) + "\n", encoding="utf-8")
        write_fold_map(staged)
        if bundle.exists():
            shutil.rmtree(bundle)
        shutil.move(str(staged), str(bundle))
    return len(written)
