"""After mkdocs and the search index: every built HTML page minified in place.

Pages are most of what a site of ten thousand reports stores (51 KB a report page, against
GitHub Pages' 1 GB for the whole site); the templates' indentation and Material's blank
lines are a seventh of it. minify-html (Rust; spec-compliant output) removes them, collapses
whitespace the browser would collapse anyway and omits what HTML lets a page omit; text in
<pre> and <textarea>, and scripts and styles (left as written), keep every character.
"""
import html as html_text
import re
from pathlib import Path

import minify_html

from .engine import Mapper, default_jobs

# minify-html writes the page title's text unescaped (<title><script>…</title> is text to a
# browser: the title holds no elements). A report's title comes from its source, so it is
# escaped again: no lax parser, feed reader or grep meets markup a source wrote.
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def minify_page(page):
    """One page's HTML, minified; its title's text escaped as the page wrote it."""
    return TITLE.sub(lambda title: f"<title>{html_text.escape(html_text.unescape(title.group(1)), quote=False)}</title>",
                     minify_html.minify(page), count=1)


def _minify_file(path):
    path = Path(path)
    path.write_text(minify_page(path.read_text(encoding="utf-8")), encoding="utf-8")


def minify_site(site_dir, jobs=None):
    """Minify every .html file under `site_dir` in place, over `jobs` processes (default: all cores)."""
    pages = sorted(str(path) for path in Path(site_dir).rglob("*.html"))
    with Mapper("processes", jobs or default_jobs()) as mapper:
        list(mapper.map(_minify_file, pages))
