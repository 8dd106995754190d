"""A Markdown extension for the site's pages: HTML the pages stage has already made passes through.

The pages stage (pages.py) writes what grows with a report or the corpus (figure tables, the
report's full text) as HTML, every piece of source text in it escaped. Python-Markdown would
still take that HTML apart tag by tag to find where each block ends, which was most of the
time mkdocs spent on the site. A region between two marker lines

    <!-- html -->
    ...
    <!-- /html -->

is instead stored whole in Python-Markdown's own stash for raw HTML, as its HTML-block
preprocessor stores what it has parsed, and written back unchanged into the page. Without
this extension the markers are HTML comments and the region is parsed as any raw HTML, to
the same page. No text from a report can end a region early: its < is written &lt;.

mkdocs.yml loads it as `ruleoflaw.passthrough`.
"""
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

OPEN, CLOSE = "<!-- html -->", "<!-- /html -->"
# After NormalizeWhitespace (30), which strips the stash's placeholder characters, and before
# the HTML-block preprocessor (20), which would parse the region.
PRIORITY = 25


class PassThrough(Preprocessor):
    def run(self, lines):
        out, region = [], None
        for line in lines:
            if region is None:
                if line == OPEN:
                    region = []
                else:
                    out.append(line)
            elif line == CLOSE:
                out += ["", self.md.htmlStash.store("\n".join(region)), ""]
                region = None
            else:
                region.append(line)
        if region is not None:
            raise ValueError(f"an HTML region opened with {OPEN} is never closed with {CLOSE}")
        return out


class PassThroughExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(PassThrough(md), "html_passthrough", PRIORITY)


def makeExtension(**kwargs):  # noqa: N802 (the name Python-Markdown looks for)
    return PassThroughExtension(**kwargs)
