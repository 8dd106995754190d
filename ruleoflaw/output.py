"""All or nothing on disk: one build at a time, and outputs that change whole or not at all.

A build writes what changed (datasets/ and the generated docs/) into one staging folder and
then commits it file by file: a file whose bytes are those of the live one is left alone, a
changed report's folder replaces the live one whole, and what the build no longer makes is
removed. Before changing anything it records in the staging folder what it is about to do;
a build killed before that record leaves the previous output untouched, and one killed after
it is finished by the next build, which carries the record out again before it starts. So
the output is always one build's or the next's, never a mix a build left behind, and a
rebuild after one report changed touches that report's files and the corpus files alone.

site/ (what mkdocs writes whole) is staged whole and swapped in with renames. A lock file
makes a second build wait for the first (and say whose it is). The rare build killed between
the two renames of a swap leaves the old folder as `.<name>.old`; the next build puts it back
before it starts.
"""
import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from pathlib import Path

LOCK_NAME = ".build.lock"
STAGING_MARK = ".staging-"
COMMIT_RECORD = ".commit.json"
OUTPUTS = "outputs"


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


def commit(staging, root, targets, whole=(), kept=()):
    """Make each of `targets` (paths relative to `root`) what `staging` holds at the same path,
    changing only what differs, then remove `staging`. A staged folder is merged into the live
    one file by file, except those in `whole`, which replace theirs whole; in a target, what is
    neither staged nor in `kept` (relative paths) is removed. Nothing outside `targets` is touched."""
    staging, root = Path(staging), Path(root)
    whole, kept = set(map(str, whole)), set(map(str, kept))
    operations = []
    for target in map(str, targets):
        if (staging / target).exists():
            _plan(staging, root, target, whole, kept, operations)
        elif target not in kept and _present(root / target):
            operations.append(["remove", target])
    record = staging / COMMIT_RECORD
    with open(record.with_suffix(".tmp"), "w", encoding="utf-8") as out:
        json.dump(operations, out)
    os.replace(record.with_suffix(".tmp"), record)  # from here on the build is carried out, now or by the next
    _carry_out(staging, root, operations)
    _remove(staging)


def _present(path):
    return path.exists() or path.is_symlink()


def _same_file(staged, live):
    """Whether two files hold the same bytes (the same file when a build linked it from the live one)."""
    try:
        staged_stat, live_stat = os.stat(staged), os.stat(live)
    except FileNotFoundError:
        return False
    if (staged_stat.st_dev, staged_stat.st_ino) == (live_stat.st_dev, live_stat.st_ino):
        return True
    if staged_stat.st_size != live_stat.st_size or not os.path.isfile(live):
        return False
    with open(staged, "rb") as one, open(live, "rb") as other:
        while True:
            block = one.read(1 << 20)
            if block != other.read(1 << 20):
                return False
            if not block:
                return True


def _plan(staging, root, relative, whole, kept, operations):
    staged, live = staging / relative, root / relative
    if staged.is_dir() and relative not in whole and live.is_dir() and not live.is_symlink():
        names = sorted(os.listdir(staged))
        for name in names:
            _plan(staging, root, f"{relative}/{name}", whole, kept, operations)
        for name in sorted(set(os.listdir(live)) - set(names)):
            if f"{relative}/{name}" not in kept:
                operations.append(["remove", f"{relative}/{name}"])
    elif staged.is_dir() or not _same_file(staged, live):
        operations.append(["replace", relative])


def _carry_out(staging, root, operations):
    """Do `operations`; each may have been done already (by a build killed after its commit record)."""
    for action, relative in operations:
        staged, live = staging / relative, root / relative
        if action == "remove":
            _remove(live)
        elif _present(staged):
            if staged.is_dir() or (live.is_dir() and not live.is_symlink()):
                _remove(live)
            live.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, live)


def finish_commits(root):
    """Carry out what a killed build had committed to (its staging folder holds a commit record),
    and drop the staging of any build killed before that."""
    for staging in sorted(Path(root).glob(f".{OUTPUTS}{STAGING_MARK}*")):
        record = staging / COMMIT_RECORD
        if record.is_file():
            _carry_out(staging, Path(root), json.loads(record.read_text(encoding="utf-8")))
        _remove(staging)
