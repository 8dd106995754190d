"""Site search: a Pagefind index of the built site, fetched in small chunks by the browser.

`index_site(site)` runs after mkdocs has built the site. It writes site/pagefind/:
Pagefind's bundle (pagefind.js, its WebAssembly, index chunks, one fragment per
page) and search-fold.json, the Traditional -> Simplified character map the
search page folds queries with (docs/assets/search.js).

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
from pathlib import Path

from lxml import html as lxml_html

# The bundle's folder inside the site, and the query-folding map inside it.
BUNDLE = "pagefind"
FOLD_MAP = "search-fold.json"
# Pages never indexed: the search page itself and the 404 page.
SKIPPED_PAGES = {"404.html", "search/index.html"}
# Inside the main content: permalinks, scripts, controls and the search form are not text to find.
DROPPED = ("script", "style", "noscript", "template", "button", "select", "form", "svg", "nav", "footer")
DROPPED_CLASSES = ("headerlink", "md-source-file", "md-content__button")
# A table row that only says an indicator was not disclosed names the indicator,
# not anything the report says: left out, or every report page would answer for
# every indicator name (report pages list those in a paragraph marked
# data-pagefind-ignore, dropped with the other ignored elements).
NOT_DISCLOSED = "未披露"
TIMEOUT_SECONDS = 600

HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
PREFIX = "zx"
END = "zzz"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


class SearchIndexError(RuntimeError):
    """Pagefind is missing or failed; the message says which and what to do."""


def _code(char):
    number = ord(char)
    return _DIGITS[number // 1296] + _DIGITS[number // 36 % 36] + _DIGITS[number % 36]


def han_words(run):
    """The index words of one run of Han characters: its bigrams, then its last character."""
    codes = [_code(char) for char in run]
    return [PREFIX + a + b for a, b in zip(codes, codes[1:])] + [PREFIX + codes[-1] + END]


def spell(text):
    """`text` with each Han run replaced by its index words, set off by spaces."""
    if not text:
        return text
    return HAN_RUN.sub(lambda match: " " + " ".join(han_words(match.group())) + " ", text)


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


def indexed_document(page):
    """The HTML Pagefind reads for one built page: its main content only, Han text spelled as
    bigram words (see the module docstring), its title as Pagefind metadata. None when
    the page has no main content."""
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
    for element in article.iter():
        element.text = spell(element.text)
        if element is not article:
            element.tail = spell(element.tail)
    article.tail = None
    for name in list(article.attrib):
        del article.attrib[name]
    article.set("data-pagefind-body", "")
    # The title, spelled like the text, as Pagefind's title metadata: Pagefind ranks a page
    # whose title matches the query higher (5x), so a region's report comes before the
    # indicator pages, matrix and catalogue that name the region in a table.
    holder = lxml_html.Element("p", {"data-pagefind-ignore": "", "data-pagefind-meta": "title"})
    holder.text = " ".join(spell(title).split())
    article.insert(0, holder)
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
        if relative in SKIPPED_PAGES or relative.split("/", 1)[0] == BUNDLE:
            continue
        yield relative, path


def index_site(site_dir):
    """Index the built site in `site_dir` with Pagefind into site_dir/pagefind/ (replaced whole),
    with the query-folding map beside it. Returns the number of pages indexed. Raises
    SearchIndexError when Pagefind is missing or fails."""
    site = Path(site_dir)
    if not site.is_dir():
        raise SearchIndexError(f"no built site at {site}")
    executable = _executable()
    bundle = site / BUNDLE
    with tempfile.TemporaryDirectory(prefix=".pagefind-", dir=site.parent) as scratch:
        scratch = Path(scratch)
        source, staged = scratch / "pages", scratch / BUNDLE
        count = 0
        for relative, path in _pages(site):
            document = indexed_document(path.read_bytes())
            if document is None:
                continue
            target = source / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document, encoding="utf-8")
            count += 1
        if not count:
            raise SearchIndexError(f"no page of {site} has main content (<article class=\"md-content__inner\">) to index")
        command = [str(executable), "--site", str(source), "--output-path", str(staged),
                   "--force-language", "zh"]
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                 env={**os.environ, "NO_COLOR": "1"})
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SearchIndexError(f"Pagefind ({executable}) could not run: {error}") from error
        if run.returncode or not (staged / "pagefind.js").is_file():
            output = (run.stderr or "") + (run.stdout or "")
            raise SearchIndexError(f"Pagefind failed (exit {run.returncode}) indexing {count} pages of {site}:\n"
                                   f"{output[-3000:]}")
        write_fold_map(staged)
        if bundle.exists():
            shutil.rmtree(bundle)
        shutil.move(str(staged), str(bundle))
    return count
