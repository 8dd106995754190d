"""Build time as the corpus grows: does it stay linear in the number of reports?

Builds scratch projects holding k copies of the bundled reports (datasets,
pages and the static site with mkdocs), a few times each, and prints the median
seconds per report for every size and the ratio to the smallest. A ratio near 1
means linear growth; the site keeps reports out of the navigation for this.
Timings on shared machines are noisy: read the medians and ratios, not one run.

    .venv/bin/python benchmarks/build_scaling.py [--copies 1 4 16] [--repeats 3]
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scratch_project(folder, copies):
    reports = folder / "reports"
    reports.mkdir()
    for copy in range(copies):
        for source in sorted((ROOT / "reports").iterdir()):
            shutil.copy(source, reports / f"{source.stem}-{copy:03d}{source.suffix}")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs",
                    ignore=shutil.ignore_patterns("index.md", "reports", "indicators", "data"))
    return len(list(reports.iterdir()))


def timed_build(copies):
    with tempfile.TemporaryDirectory() as folder:
        reports = scratch_project(Path(folder), copies)
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "build.py"), "site", "--root", folder],
                       cwd=ROOT, check=True, capture_output=True)
        return reports, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    baseline = None
    print(f"{'reports':>8} {'median s':>9} {'s/report':>9} {'ratio':>6}")
    for copies in args.copies:
        runs = [timed_build(copies) for _ in range(args.repeats)]
        reports = runs[0][0]
        median = statistics.median(seconds for _, seconds in runs)
        per_report = median / reports
        baseline = baseline or per_report
        print(f"{reports:>8} {median:>9.2f} {per_report:>9.3f} {per_report / baseline:>6.2f}")


if __name__ == "__main__":
    main()
