"""The command line: documented commands, and `extract` in the shape the scorer reads."""
import json
import subprocess
import sys

import pytest

from conftest import REPORTS, ROOT

COMMANDS = ["", "site", "serve", "add", "extract", "evaluate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    run = subprocess.run([sys.executable, "build.py", *command.split(), "--help"], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    assert "Example:" in run.stdout


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"python build.py {command}".strip() in readme


def test_extract_prints_metadata_and_indicators_as_json():
    run = subprocess.run([sys.executable, "build.py", "extract", str(REPORTS / "003_63f67845c91befe9.txt")],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    output = json.loads(run.stdout)
    assert set(output["metadata"]) >= {"region", "admin_level", "province", "prefecture", "county",
                                       "report_year", "publish_date", "doc_number"}
    row = output["indicators"][0]
    assert set(row) == {"indicator", "value", "unit", "qualifier", "evidence", "start", "end"}


def test_extract_names_the_file_of_a_bad_report(tmp_path):
    bad = tmp_path / "garbled.txt"
    bad.write_bytes(bytes(range(128, 256)) * 4)
    run = subprocess.run([sys.executable, "build.py", "extract", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    assert "garbled.txt" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("command", ["site", "watch", "serve"])
def test_a_root_given_before_a_command_is_the_command_s(command, tmp_path):
    # (a folder with no reports/ stops each command before it builds anything: the error names the folder used)
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(tmp_path), command],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode != 0 and f"{tmp_path}/reports: no reports folder" in run.stderr, run.stderr[-2000:]


def test_a_file_name_with_a_terminal_escape_is_shown_escaped(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "\x1b]0;pwned\x07.txt").write_bytes(b"")   # refused (empty), so its name is printed
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    assert "\\x1b]0;pwned\\x07.txt" in run.stderr, run.stderr[-2000:]


def test_build_py_runs_from_a_python_outside_the_project_environment():
    """The scorer calls `python build.py extract`: a bare interpreter hands over to .venv/."""
    from pathlib import Path
    bare_python = Path(sys.base_prefix) / "bin" / "python3"
    run = subprocess.run([str(bare_python), "-s", "build.py", "extract", str(REPORTS / "003_63f67845c91befe9.txt")],
                         capture_output=True, text=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout)["metadata"]["region"] == "杰勒阿尕什镇"


def test_a_site_built_without_its_address_says_what_it_will_name_instead(monkeypatch):
    from ruleoflaw.cli import unset_site_url_warning
    from ruleoflaw.paths import DEFAULT_SITE_URL
    monkeypatch.delenv("SITE_URL", raising=False)
    assert "SITE_URL" in unset_site_url_warning() and DEFAULT_SITE_URL in unset_site_url_warning()
    monkeypatch.setenv("SITE_URL", "https://example.org/rule-of-law/")
    assert unset_site_url_warning() is None


def test_serve_builds_the_site_with_its_search_and_serves_it(tmp_path):
    """`build.py serve` serves what would be deployed: pages and the Pagefind index. The project is
    named relative to the folder serve is run from, as a user types it."""
    import socket
    import time
    import urllib.request
    from conftest import new_project
    project = new_project(tmp_path / "project")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--root", project.name,
                               "--address", f"127.0.0.1:{port}"], cwd=project.parent, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/pagefind/pagefind.js", timeout=5) as answer:
                    assert answer.status == 200
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read()[-3000:]
                assert time.monotonic() < deadline, "serve did not answer within 5 minutes"
                time.sleep(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/reports/2021-gangkouzhen/", timeout=5) as answer:
            assert "港口镇" in answer.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=30)
