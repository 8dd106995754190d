"""One build at a time, all or nothing: a build killed at any moment leaves the previous output whole."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, new_project
from ruleoflaw.output import exclusive_build

# Moments (seconds after start) at which a `build.py site` is killed: while reports are
# read, while packages and pages are staged, and while mkdocs builds the site.
KILL_AFTER = (0.5, 1.5, 3.0, 4.5, 6.0)


def _build(project):
    return subprocess.Popen([sys.executable, str(ROOT / "build.py"), "site", "--root", str(project)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _snapshot(project):
    """Every output file of a project and its bytes."""
    files = {}
    for folder in ("datasets", "site", "docs"):
        for path in (project / folder).rglob("*"):
            if path.is_file():
                files[str(path.relative_to(project))] = path.read_bytes()
    return files


def _processes(command_line):
    """The pids of the processes whose command line holds `command_line`."""
    run = subprocess.run(["pgrep", "-f", command_line], capture_output=True, text=True)
    return run.stdout.split()


@pytest.fixture(scope="module")
def built_project(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("atomic"))
    finished = _build(project)
    _, stderr = finished.communicate(timeout=600)
    assert finished.returncode == 0, stderr[-3000:]
    return project


@pytest.mark.parametrize("seconds", KILL_AFTER)
def test_a_build_killed_at_any_moment_leaves_the_previous_output_whole(seconds, built_project):
    before = _snapshot(built_project)
    build = _build(built_project)
    time.sleep(seconds)
    build.send_signal(signal.SIGKILL)
    build.wait()
    after = _snapshot(built_project)
    # The same reports give the same datasets and pages byte for byte; the site's
    # search index and sitemap may be rebuilt, so the site is compared by its files.
    assert {k: v for k, v in after.items() if not k.startswith("site/")} == \
        {k: v for k, v in before.items() if not k.startswith("site/")}
    assert {k for k in after if k.startswith("site/")} == {k for k in before if k.startswith("site/")}
    time.sleep(1)
    assert _processes(f"mkdocs build -f {built_project}/mkdocs.yml") == [], "mkdocs ran on after build.py was killed"
    # Forked pool workers share the build's lock: one left running would block every later build.
    assert _processes(f"build.py site --root {built_project}") == [], "a worker ran on after build.py was killed"


def test_the_build_after_a_killed_one_finishes_and_tidies_up(built_project):
    build = _build(built_project)
    _, stderr = build.communicate(timeout=600)
    assert build.returncode == 0, stderr[-3000:]
    leftovers = [p.name for p in built_project.iterdir() if ".staging-" in p.name or p.name.endswith(".old")]
    assert leftovers == []


def test_a_second_build_waits_and_says_who_holds_the_lock(built_project):
    with exclusive_build(built_project):
        waiting = _build(built_project)
        time.sleep(3)
        assert waiting.poll() is None, "the second build did not wait for the lock"
    _, stderr = waiting.communicate(timeout=600)
    assert f"waiting: another build (pid {os.getpid()}) holds" in stderr
    assert waiting.returncode == 0, stderr[-3000:]


def test_a_killed_build_leaves_no_worker_holding_the_lock(built_project):
    build = _build(built_project)
    deadline = time.monotonic() + 120
    while len(_processes(f"build.py site --root {built_project}")) < 2:  # the build and a pool worker
        assert build.poll() is None, "the build ended before it started a worker"
        assert time.monotonic() < deadline, "the build started no worker within 120 s"
        time.sleep(0.05)
    build.send_signal(signal.SIGKILL)
    build.wait()
    time.sleep(1)
    assert _processes(f"build.py site --root {built_project}") == []
    after = _build(built_project)
    _, stderr = after.communicate(timeout=600)
    assert after.returncode == 0, stderr[-3000:]


@pytest.mark.parametrize("parent_alive", [True, False])
def test_a_child_whose_parent_died_before_it_asked_to_end_with_it_ends_itself(parent_alive):
    """A build killed between a worker's fork and the worker's request to end with it sends that
    worker no signal; the worker sees it was handed on to another parent and ends."""
    parent = "os.getppid()" if parent_alive else "os.getppid() + 1"
    child = subprocess.run([sys.executable, "-c", "import os\nfrom ruleoflaw.engine import end_with_parent\n"
                            f"end_with_parent({parent})\nprint('went on')"],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (child.returncode, child.stdout.strip()) == ((0, "went on") if parent_alive else (1, ""))
