"""A build's outputs are committed file by file: what changed is replaced, what is gone is removed,
the rest is not touched, and a build killed while committing is finished by the next one."""
import os
import shutil
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import ruleoflaw.output as output

# Small trees: {relative path: bytes}, under two targets and a folder the build does not own.
NAMES = st.sampled_from(["a", "b", "c"])
PATHS = st.tuples(st.sampled_from(["datasets", "docs/data", "docs/about"]), NAMES,
                  st.one_of(st.none(), NAMES)).map(lambda parts: "/".join(p for p in parts if p))
TREES = st.dictionaries(PATHS, st.sampled_from([b"", b"1", b"22"]), max_size=8).filter(
    lambda tree: not any(other.startswith(path + "/") for path in tree for other in tree))
TARGETS = ["datasets", "docs/data"]


def _write(root, tree):
    for relative, data in tree.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)


def _read(root):
    """{file: bytes} under `root`, leaving out a build's staging folder."""
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*")
            if path.is_file() and not path.relative_to(root).parts[0].startswith(f".{output.OUTPUTS}")}


def _survives(path, staged, kept):
    """Whether a live file in a target stays: going down from its target through the folders
    that are staged (and merged), the first of its folders or itself not staged is kept."""
    target = next(target for target in TARGETS if path.startswith(target + "/"))
    staged_folders = {"/".join(name.split("/")[:end]) for name in staged for end in range(1, name.count("/") + 1)}
    entry = target
    for part in [None, *path[len(target) + 1:].split("/")]:
        entry = entry if part is None else f"{entry}/{part}"
        if entry not in staged_folders:
            return entry not in staged and entry in kept
    return False


def _expected(live, staged, kept):
    """What the project holds after a commit: the staged files, the live ones outside the targets
    and the kept live ones not staged over."""
    result = {path: data for path, data in live.items()
              if not path.startswith(tuple(target + "/" for target in TARGETS)) or _survives(path, staged, kept)}
    result.update(staged)
    return result


def _project(tmp, live, staged):
    root = Path(tmp)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    _write(root, live)
    staging = output.staging_for(root / output.OUTPUTS)
    _write(staging, {path: data for path, data in staged.items() if path.startswith(tuple(TARGETS))})
    return root, staging


@settings(max_examples=60, deadline=None)
@given(live=TREES, staged=TREES, kept=st.lists(PATHS, max_size=3))
def test_a_commit_makes_the_targets_what_was_staged_and_kept(tmp_path_factory, live, staged, kept):
    staged = {path: data for path, data in staged.items() if path.startswith(tuple(TARGETS))}
    root, staging = _project(tmp_path_factory.mktemp("commit"), live, staged)
    untouched = {path: os.stat(root / path).st_ino for path, data in live.items() if staged.get(path) == data}
    output.commit(staging, root, TARGETS, kept=kept)
    assert _read(root) == _expected(live, staged, kept)
    # a file staged with the bytes it already has is not replaced
    assert {path: os.stat(root / path).st_ino for path in untouched} == untouched
    assert not staging.exists()


def test_a_staged_folder_listed_whole_replaces_the_live_one(tmp_path):
    live = {"datasets/r/old.csv": b"old", "datasets/r/same.csv": b"same"}
    root, staging = _project(tmp_path, live, {"datasets/r/same.csv": b"same", "datasets/r/new.csv": b"new"})
    output.commit(staging, root, ["datasets"], whole=["datasets/r"])
    assert _read(root) == {"datasets/r/same.csv": b"same", "datasets/r/new.csv": b"new"}


class Killed(Exception):
    pass


@settings(max_examples=40, deadline=None)
@given(live=TREES, staged=TREES, kill_at=st.integers(min_value=0, max_value=12))
def test_a_commit_killed_at_any_step_is_finished_by_the_next_build_or_never_begun(
        tmp_path_factory, live, staged, kill_at):
    staged = {path: data for path, data in staged.items() if path.startswith(tuple(TARGETS))}
    root, staging = _project(tmp_path_factory.mktemp("killed"), live, staged)
    steps, replace = [0], os.replace

    def dies_after_some_steps(source, target):
        if steps[0] == kill_at:
            raise Killed
        steps[0] += 1
        replace(source, target)

    with mock.patch.object(output.os, "replace", dies_after_some_steps):
        try:
            output.commit(staging, root, TARGETS)
        except Killed:
            pass
    recorded = (staging / output.COMMIT_RECORD).exists() or not staging.exists()
    if not recorded:  # killed before it recorded what it would do: the live output is as it was
        assert _read(root) == live
    output.finish_commits(root)
    assert _read(root) == (_expected(live, staged, []) if recorded else live)
    assert not any(path.name.startswith(f".{output.OUTPUTS}") for path in root.iterdir())
