"""All or nothing on disk: one build at a time, and outputs swapped in whole.

A build writes datasets/, the generated part of docs/ and site/ into staging
folders beside them and swaps each in with renames once it is complete, so a
build killed at any moment leaves the previous output whole. A lock file makes
a second build wait for the first (and say whose it is). The rare build killed
between the two renames of a swap leaves the old folder as `.<name>.old`; the
next build puts it back before it starts.
"""
import contextlib
import fcntl
import os
import shutil
import tempfile
from pathlib import Path

LOCK_NAME = ".build.lock"
STAGING_MARK = ".staging-"


@contextlib.contextmanager
def exclusive_build(root, progress=lambda message: None):
    """Hold the project's build lock; a second build waits, saying which process holds it."""
    lock_path = Path(root) / LOCK_NAME
    with open(lock_path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            progress(f"waiting: another build ({holder}) holds {lock_path}")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _old(target):
    return Path(target).with_name(f".{Path(target).name}.old")


def staging_for(target):
    """A fresh, empty staging folder beside `target` (same file system, so renames are atomic)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING_MARK}", dir=target.parent))


def swap_in(staged, target):
    """Replace `target` by the complete folder or file `staged`."""
    target, old = Path(target), _old(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove(old)
    if target.exists() or target.is_symlink():
        os.rename(target, old)
    os.rename(staged, target)
    _remove(old)


def recover(targets):
    """Undo what a killed build left: put back an old output it had moved aside, drop its staging."""
    for target in map(Path, targets):
        old = _old(target)
        if old.exists() and not target.exists():
            os.rename(old, target)
        _remove(old)
        if target.parent.is_dir():
            for leftover in target.parent.glob(f".{target.name}{STAGING_MARK}*"):
                _remove(leftover)


def _remove(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
