#!/usr/bin/env python3
"""Command-line entry: `python build.py --help`. The code is in ruleoflaw/.

Run with any Python 3.10+: when the project's dependencies are not importable,
this runs itself again inside the project's virtual environment .venv/,
creating it first (`pip install -e .`) if there is none, so that
`python build.py extract PATH` works on a fresh machine as the scorer calls it.
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"


def _run_in_project_environment(missing):
    if Path(sys.prefix).resolve() == (ROOT / ".venv").resolve():
        raise SystemExit(f"build.py: {missing} is missing from {ROOT / '.venv'}; run `make install`")
    if not VENV_PYTHON.exists():
        print(f"build.py: {missing} is not installed; installing the project into .venv/ (once)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(ROOT / ".venv")], check=True, stdout=sys.stderr)
        subprocess.run([str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "-e", str(ROOT)],
                       check=True, stdout=sys.stderr)
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])


if __name__ == "__main__":
    try:
        from ruleoflaw.cli import main
        main()  # the pipeline's modules are imported by the command that needs them
    except ModuleNotFoundError as error:
        _run_in_project_environment(error.name)
