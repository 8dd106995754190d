"""The command line: documented commands, and `extract` in the shape the scorer reads."""
import json
import subprocess
import sys

import pytest

from conftest import REPORTS, ROOT

COMMANDS = ["", "site", "serve", "extract", "evaluate"]


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


def test_build_py_runs_from_a_python_outside_the_project_environment():
    """The scorer calls `python build.py extract`: a bare interpreter hands over to .venv/."""
    from pathlib import Path
    bare_python = Path(sys.base_prefix) / "bin" / "python3"
    run = subprocess.run([str(bare_python), "-s", "build.py", "extract", str(REPORTS / "003_63f67845c91befe9.txt")],
                         capture_output=True, text=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout)["metadata"]["region"] == "杰勒阿尕什镇"
