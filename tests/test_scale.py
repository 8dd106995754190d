"""The build at scale gives the same bytes however it runs: in one process, in a pool of
processes, on a Dask cluster, clean or as a rebuild that reuses what did not change."""
import hashlib
import re
import shutil
import signal
import subprocess
import sys

import pytest

from conftest import ROOT, new_project

# A figure of the 港口镇 report that changes between the two builds of the rebuild test.
CHANGED_REPORT, OLD_FIGURE, NEW_FIGURE = "001_d6eaf61c1023c0d0.txt", "281件", "282件"


def _build(project, *options):
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(project), *options],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stderr


def _tree(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _outputs_equal(one, other):
    for folder in ("datasets", "docs"):
        left, right = _tree(one / folder), _tree(other / folder)
        assert sorted(set(left) ^ set(right)) == [], folder
        assert sorted(name for name in left if left[name] != right[name]) == [], folder


def test_a_pool_of_processes_builds_what_one_process_builds(tmp_path):
    serial, pooled = new_project(tmp_path / "serial"), new_project(tmp_path / "pooled")
    _build(serial, "--engine", "serial")
    _build(pooled, "--engine", "processes", "--jobs", "2")
    _outputs_equal(serial, pooled)


def _change_one_figure(project):
    report = project / "reports" / CHANGED_REPORT
    text = report.read_text(encoding="utf-8")
    assert OLD_FIGURE in text
    report.write_text(text.replace(OLD_FIGURE, NEW_FIGURE, 1), encoding="utf-8")
    sidecar = report.with_suffix(".yml")  # the change is meant: its archived digest follows
    sidecar.write_text(re.sub(r"sha256: \w+", f"sha256: {hashlib.sha256(report.read_bytes()).hexdigest()}",
                              sidecar.read_text(encoding="utf-8")), encoding="utf-8")


def test_a_rebuild_after_one_change_reuses_the_rest_and_equals_a_clean_build(tmp_path):
    rebuilt, clean = new_project(tmp_path / "rebuilt"), new_project(tmp_path / "clean")
    assert "0 of 3 reports unchanged" in _build(rebuilt)
    for project in (rebuilt, clean):
        _change_one_figure(project)
    log = _build(rebuilt)
    assert "2 of 3 reports unchanged since the last build" in log
    assert not (clean / ".cache").exists()
    _build(clean)
    _outputs_equal(rebuilt, clean)
    assert NEW_FIGURE in (rebuilt / "docs" / "reports" / "2021-gangkouzhen.md").read_text(encoding="utf-8")


def test_a_rebuild_after_a_report_is_renamed_equals_a_clean_build(tmp_path):
    rebuilt, clean = new_project(tmp_path / "rebuilt"), new_project(tmp_path / "clean")
    _build(rebuilt)
    for project in (rebuilt, clean):  # the same bytes under another name: the record names its source
        for suffix in (".txt", ".yml"):
            (project / "reports" / CHANGED_REPORT).with_suffix(suffix).rename(project / "reports" / f"renamed{suffix}")
    assert "2 of 3 reports unchanged since the last build" in _build(rebuilt)
    _build(clean)
    _outputs_equal(rebuilt, clean)


def _cache_entries(project):
    return sorted(path.name for path in (project / ".cache" / "records").rglob("*") if path.is_file())


def test_the_cache_keeps_only_the_records_of_the_last_build(tmp_path):
    project = new_project(tmp_path / "project")
    _build(project)
    first = _cache_entries(project)
    assert len(first) == 6  # three reports, each a record and its summary
    stray = project / ".cache" / "records" / "00" / ".tmp-killed"  # a killed build's half entry
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"half")
    _change_one_figure(project)
    _build(project)
    second = _cache_entries(project)
    assert len(second) == 6 and len(set(first) - set(second)) == 2  # the changed report's old pair is gone
    # the half entry is gone, and no shard folder is left empty (the stray's shard may hold an entry
    # of this build: a key opens with 00 once in 256)
    assert not stray.exists()
    assert all(any(shard.iterdir()) for shard in (project / ".cache" / "records").iterdir() if shard.is_dir())


def _downloads(project):
    """{file under docs/data: its inode} of the zips, workbooks and slices: the corpus's and each report's."""
    data = project / "docs" / "data"
    return {str(path.relative_to(data)): path.stat().st_ino for path in data.rglob("*")
            if path.suffix in (".zip", ".xlsx", ".json")}


def _stamps(project):
    """{output file: (inode, modification time)}: a file written again gets a new pair."""
    return {str(path.relative_to(project)): (path.stat().st_ino, path.stat().st_mtime_ns)
            for folder in ("datasets", "docs") for path in (project / folder).rglob("*") if path.is_file()}


def test_a_build_with_nothing_changed_reuses_every_report(tmp_path):
    project = new_project(tmp_path / "project")
    _build(project)
    before, downloads = _stamps(project), _downloads(project)
    assert "3 of 3 reports unchanged since the last build" in _build(project)
    # no output is written again: not the downloads, not the pages, not the packages
    assert len(downloads) > 50 and _stamps(project) == before


def test_a_rebuild_after_one_change_leaves_the_other_reports_files_untouched(tmp_path):
    project = new_project(tmp_path / "project")
    _build(project)
    before = _stamps(project)
    _change_one_figure(project)
    _build(project)
    after = _stamps(project)
    changed = sorted(name for name in after if before.get(name) != after[name])
    assert "docs/reports/2021-gangkouzhen.md" in changed and "datasets/values.csv" in changed
    others = [name for name in before if "2021-gangkouzhen" not in name and name.startswith(
        ("datasets/20", "docs/reports/20", "docs/data/20"))]
    assert len(others) > 10 and not set(others) & set(changed)
    assert "datasets/vocabulary.csv" not in changed and "docs/data/vocabulary.xlsx" not in changed


def test_a_deleted_cache_costs_time_not_correctness(tmp_path):
    project, clean = new_project(tmp_path / "project"), new_project(tmp_path / "clean")
    _build(project)
    shutil.rmtree(project / ".cache" / "records")
    _build(project)
    _build(clean)
    _outputs_equal(project, clean)


DASK_RUN = """
import subprocess, sys
from distributed import LocalCluster
if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run = subprocess.run([sys.executable, sys.argv[1], "--root", sys.argv[2], "--engine", "dask",
                              "--scheduler", cluster.scheduler_address], capture_output=True, text=True)
        sys.stderr.write(run.stderr)
        sys.exit(run.returncode)
"""


def test_the_dask_engine_on_a_local_cluster_builds_what_one_process_builds(tmp_path):
    pytest.importorskip("distributed", reason="the optional extra .[dask] is not installed")
    serial, clustered = new_project(tmp_path / "serial"), new_project(tmp_path / "clustered")
    _build(serial, "--engine", "serial")
    script = tmp_path / "cluster.py"
    script.write_text(DASK_RUN, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(ROOT / "build.py"), str(clustered)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    _outputs_equal(serial, clustered)


def test_the_dask_engine_without_a_scheduler_is_a_usage_error(tmp_path):
    project = new_project(tmp_path / "project")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(project), "--engine", "dask"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2 and "--scheduler" in run.stderr


def _read_until(stream, ending, lines):
    """Lines of a running build.py watch's log up to one that starts with `ending`."""
    for line in stream:
        lines.append(line)
        if line.startswith(ending):
            return lines
    raise AssertionError("watch ended early:\n" + "".join(lines[-40:]))


def test_watch_rebuilds_after_a_change_what_a_clean_build_writes(tmp_path):
    watched, clean = new_project(tmp_path / "watched"), new_project(tmp_path / "clean")
    # started as a script's background job is: SIGINT ignored, which Ctrl-C must stop all the same
    process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "watch", "--root", str(watched)],
                               cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        log = _read_until(process.stderr, "watching", [])
        assert any("0 of 3 reports unchanged" in line for line in log)
        for project in (watched, clean):
            _change_one_figure(project)
        log = _read_until(process.stderr, "watching", [])
        assert any("2 of 3 reports unchanged since the last build" in line for line in log), "".join(log)
        (watched / "reports" / "bad.txt").write_bytes(b"")
        log = _read_until(process.stderr, "watching", [])
        assert any(line.startswith("error: ") and "bad.txt" in line for line in log), "".join(log)
        (watched / "reports" / "bad.txt").unlink()
        _read_until(process.stderr, "watching", [])
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        finally:
            if process.poll() is None:  # a watch that did not stop is not left running
                process.kill()
    assert process.returncode == 0
    _build(clean)
    _outputs_equal(watched, clean)
    assert NEW_FIGURE in (watched / "docs" / "reports" / "2021-gangkouzhen.md").read_text(encoding="utf-8")


def test_the_watch_warms_up_on_a_report_that_goes_through_every_stage_of_extraction():
    """What build.py watch loads before the first change is what a real report loads: its one figure is found."""
    from ruleoflaw.knowledge import load_knowledge
    from ruleoflaw.report import warm_up
    assert [(row["indicator"], row["value"]) for row in warm_up(load_knowledge())] == [("reconsideration_received", 12)]
