"""Where everything lives: every path the build reads or writes, derived here.

A report id (2023-xinyuanxian) is the only thing a path depends on, so the
dataset, the page and the download links of a report always agree.
"""
import csv
import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

from .patterns import alternation

ROOT = Path(__file__).resolve().parent.parent
# How places are read where a character's commonest reading is not theirs (长治市 chang zhi shi, not zhang)
PLACE_READINGS = ROOT / "schema" / "gazetteer" / "readings.csv"


# Where the site is published; the Pages workflow sets SITE_URL (mkdocs.yml reads it too).
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


def project(root=ROOT, site_url=None):
    """The folders of a project checkout (or of a temporary build), and the site's address. The
    folders are absolute: mkdocs runs from the code's folder, where a relative --root means nothing."""
    root = Path(root).absolute()
    site_url = site_url or os.environ.get("SITE_URL") or DEFAULT_SITE_URL
    return {"root": root, "reports": root / "reports", "datasets": root / "datasets",
            "docs": root / "docs", "site": root / "site", "schema": root / "schema",
            "site_url": site_url.rstrip("/") + "/"}


@lru_cache(maxsize=2)
def place_readings(path=PLACE_READINGS):
    """(pattern of the place names, {name: [syllables]}) of readings.csv; a row whose reading is not one
    lowercase syllable per character stops the build, naming the file and the row."""
    readings = {}
    with open(path, encoding="utf-8", newline="") as rows:
        for number, row in enumerate(csv.DictReader(rows), start=2):
            syllables = (row.get("reading") or "").split()
            name = row.get("name") or ""
            if not name or len(syllables) != len(name) or not all(re.fullmatch("[a-z]+", s) for s in syllables):
                raise ValueError(f"{path}: row {number} ({name or 'no name'}): the reading must be one lowercase "
                                 f"syllable per character, separated by spaces")
            readings[name] = syllables
    # (a table of no rows matches nothing)
    pattern = re.compile(alternation(readings) or "(?!)")
    return pattern, readings


def pinyin(text):
    """The syllables of `text`, a place named in it read as that place is (长治市司法局: chang zhi shi si fa ju)."""
    pattern, readings = place_readings()
    syllables, done = [], 0
    for match in pattern.finditer(text):
        syllables += lazy_pinyin(text[done:match.start()]) + readings[match.group()]
        done = match.end()
    return syllables + lazy_pinyin(text[done:])


@lru_cache(maxsize=None)
def zh_order(name):
    """Sort key: Chinese names in the order of their pinyin, a place read as that place is (安徽省, 北京市,
    长沙市, 重庆市 …; a browser's zh-CN collation reads 长 as zhǎng and puts 长沙市 under Z); by code point
    they read as random (上海市, 云南省, 内蒙古…). Kept: the corpus pages sort the same few thousand names
    again and again."""
    return tuple(pinyin(name)), name


def slug(text):
    """ASCII slug of a Chinese name: 新源县 -> xinyuanxian, 长治市 -> changzhishi."""
    letters = "".join(pinyin(text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", letters).strip("-")


# The longest id: a file's name holds it with room to spare (most systems allow 255 bytes). A longer one (a
# region of 300 characters, a file named with a whole title) keeps its first characters and a digest of the rest.
MAX_ID_CHARS = 100
ID_DIGEST_CHARS = 8


def id_digest(text):
    """A short digest of `text` for an id, which keeps apart two ids that would otherwise be one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_DIGEST_CHARS]


def capped_id(rid):
    """The id, or where it is longer than MAX_ID_CHARS, its start and a digest of the whole, which keeps it apart."""
    if len(rid) <= MAX_ID_CHARS:
        return rid
    return f"{rid[:MAX_ID_CHARS - ID_DIGEST_CHARS - 1].rstrip('-')}-{id_digest(rid)}"


def report_id(metadata, parents=(), fallback=""):
    """Stable readable id: report year plus pinyin of the region (2023-xinyuanxian).

    `parents` (prefecture, province) are prefixed when two reports of the same
    year share a region name.
    """
    year = metadata.get("report_year") or "0000"
    own = metadata.get("region") or fallback
    # a name no letter of which a slug keeps (……, 🙂.txt) is named by the file's name, else by a digest of itself
    own_slug = slug(own) or slug(fallback) or (id_digest(own) if own else "")
    return capped_id("-".join([str(year), *filter(None, (*(slug(n) for n in parents if n), own_slug))]))


REPORT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def checked_id(rid):
    """The id itself, or ValueError: an id is one path segment of ASCII letters, digits and
    hyphens, so no id (not even a sidecar's ../../x) can point outside its folder."""
    if not isinstance(rid, str) or not REPORT_ID.fullmatch(rid):
        raise ValueError(f"report id {rid!r} is not lowercase ASCII letters, digits and hyphens")
    return rid


def report_dataset(datasets_dir, rid):
    return Path(datasets_dir) / checked_id(rid)


# Generated site sources inside docs/ (ignored by git; rebuilt from datasets/).
GENERATED_DOCS = ("index.md", "datasets.md", "matrix.md", "quality.md", "explore.md", "feed.xml", "reports", "indicators", "data")


def report_pages(docs_dir):
    """The folder of the reports' pages (and of the catalogue)."""
    return Path(docs_dir) / "reports"


def report_page(docs_dir, rid):
    return report_pages(docs_dir) / f"{checked_id(rid)}.md"


def indicator_page(docs_dir, indicator_id):
    return Path(docs_dir) / "indicators" / f"{indicator_id}.md"


def published_data(docs_dir):
    """Where the site serves datasets/ for download."""
    return Path(docs_dir) / "data"
