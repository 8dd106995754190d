"""Stage 0, acquire: a report's web address -> the page archived in reports/ with its sidecar.

`fetch` downloads the page as published (trafilatura's fetcher: redirects,
size limits, decoding of compressed responses). `archive` keeps the bytes
exactly as served, under a name taken from their SHA-256, and writes the
sidecar that says where and when they came from (`source_url`, `retrieved`,
`sha256`), so the build can refuse a file changed since. Nothing is kept for
an address that is not http(s), cannot be fetched, is already in reports/, or
whose page is not a report on rule-of-law government.
"""
import datetime
import hashlib
import re
from pathlib import Path

import yaml

from .errors import ReportError
from .ingest import read_sidecar

EXTENSIONS = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "txt": ".txt"}


class AcquireError(Exception):
    """An address that cannot be added, with the reason."""

    def __init__(self, url, problem):
        super().__init__(f"{url}: {problem}")
        self.url, self.problem = url, problem


def checked_address(url):
    """The address itself, or AcquireError: only http(s) pages are fetched."""
    if not re.match(r"https?://[^\s/]+", url or "", re.IGNORECASE):
        raise AcquireError(url, "is not an http(s) address")
    return url


def fetch(url, allow_private=False):
    """{data, url} of the page at `url` (the address after redirects), or AcquireError.

    trafilatura refuses addresses on this machine or a private network (SSRF protection);
    `allow_private` lifts that for a local mirror, and for tests.
    """
    from trafilatura.downloads import fetch_response  # the network stack loads only when a page is added
    from trafilatura.settings import use_config
    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    response = fetch_response(checked_address(url), config=config)
    if response is None or response.status is None:
        hint = "" if allow_private else "; an address on this machine or a private network needs --allow-private"
        raise AcquireError(url, f"could not be fetched (no answer, or a page over trafilatura's size limit){hint}")
    if response.status != 200:
        raise AcquireError(url, f"answered HTTP {response.status}, not a page")
    if not response.data or not response.data.strip():
        raise AcquireError(url, "answered with an empty page")
    return {"data": response.data, "url": response.url or url}


def _sidecars(reports_dir):
    return sorted(Path(reports_dir).glob("*.yml"))


def _already_added(reports_dir, url, digest):
    """The file in reports/ that already holds this address or these bytes, or None."""
    for sidecar in _sidecars(reports_dir):
        try:  # read as the build reads it: a link out of the folder, a pipe, /dev/zero or [[[[…]]]] is refused
            fields, _ = read_sidecar(sidecar)
        except ReportError:
            continue  # the build reports a broken sidecar by name; here it only cannot match
        if fields.get("source_url") == url or fields.get("sha256") == digest:
            return sidecar
    for path in Path(reports_dir).iterdir():
        if path.is_file() and path.suffix != ".yml" and path.name.startswith(digest[:16]):
            return path
    return None


def archive(reports_dir, url, fetched, looks_like_report, today=None):
    """Save the fetched page in reports/ as <sha256[:16]>.<ext> with its sidecar; returns the path.

    `looks_like_report(path)` reads the saved page and raises ReportError when it is no report;
    the page is then removed again and AcquireError says why.
    """
    from .ingest import sniff_format
    data = fetched["data"]
    digest = hashlib.sha256(data).hexdigest()
    reports_dir = Path(reports_dir)
    for address in dict.fromkeys((url, fetched["url"])):
        earlier = _already_added(reports_dir, address, digest)
        if earlier is not None:
            raise AcquireError(url, f"is already in reports/ as {earlier.name}")
    try:
        kind = sniff_format(Path("page.html"), data)
    except ReportError as error:
        raise AcquireError(url, f"is not a report page: it {error.problem}") from error
    path = reports_dir / f"{digest[:16]}{EXTENSIONS[kind]}"
    path.write_bytes(data)
    try:
        looks_like_report(path)
    except ReportError as error:
        path.unlink()
        raise AcquireError(url, f"is not a report on rule-of-law government: the page {error.problem}") from error
    except BaseException:  # (whatever stopped the reading, even Ctrl-C: no page is left without its sidecar)
        path.unlink()
        raise
    retrieved = (today or datetime.date.today()).isoformat()
    fields = {"source_url": fetched["url"], "retrieved": retrieved, "sha256": digest}
    path.with_suffix(".yml").write_text(f"# Added by `python build.py add` on {retrieved}.\n"
                                        + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False),
                                        encoding="utf-8")
    return path
