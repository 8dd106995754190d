"""A content-addressed cache of processed reports, so a rebuild redoes only what changed.

A report's key is the SHA-256 of everything its record depends on: the source file's
bytes, its sidecar's bytes, every file under schema/ and the code of this package. The
same key always means the same record, so a cached record is used as is; a change to
any of them gives a new key. Entries are pickles under <project>/.cache/records/, written
whole (temporary file, then rename) so a killed build leaves no half entry. A build that
ends keeps only the entries of its own keys: without that, every change to the code or
schema/ would leave a whole corpus of records behind (about 70 MB a thousand reports).
Deleting .cache/ only costs time.
"""
import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

CODE_DIR = Path(__file__).resolve().parent
CACHE_FOLDER = ".cache"


def _tree_digest(folder, digest):
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())


def fingerprint_on_disk(schema_dir):
    """SHA-256 of the domain knowledge (schema/) and this package's code and templates, read now."""
    digest = hashlib.sha256()
    _tree_digest(schema_dir, digest)
    _tree_digest(CODE_DIR, digest)
    return digest.hexdigest()


# Read once a process: the knowledge and code it runs are those it loaded (a process that keeps
# running, build.py watch, stops when fingerprint_on_disk says they changed).
build_fingerprint = lru_cache(maxsize=4)(fingerprint_on_disk)


def record_key(source, sidecar, fingerprint):
    """The key of a report's record: its source's name, its source and sidecar bytes under this build's fingerprint
    (the record holds the name, and a report of no region takes its id from it)."""
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(Path(source).name.encode("utf-8", "surrogateescape") + b"\x00")
    for path in (Path(source), Path(sidecar)):
        digest.update(path.read_bytes() if path.is_file() else b"\x00absent")
        digest.update(b"\x00")
    return digest.hexdigest()


def cache_dir(root):
    return Path(root) / CACHE_FOLDER / "records"


def load(folder, key):
    """The cached value of `key`, or None (absent, or unreadable: then it is simply redone)."""
    path = Path(folder) / key[:2] / f"{key}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None


def save(folder, key, value):
    target = Path(folder) / key[:2] / f"{key}.pickle"
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, target)


def prune(folder, keys):
    """Remove every entry of `folder` but those of `keys` (each key's record and its
    -summary), and what a killed build left half written."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    kept = {f"{key}{suffix}.pickle" for key in keys for suffix in ("", "-summary")}
    for bucket in (path for path in folder.iterdir() if path.is_dir()):
        for entry in bucket.iterdir():
            if entry.name not in kept:
                entry.unlink()
        if not any(bucket.iterdir()):
            bucket.rmdir()
