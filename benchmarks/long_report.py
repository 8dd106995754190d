"""Extraction time as one report grows: it must stay linear in the report's length.

Makes reports of 0.25, 0.5, 1 and 2 MB of text by repeating the bundled
reports' paragraphs, runs the whole pipeline on each (ingest to indicators,
in-process) a few times, and prints the median seconds, MB per second, and the
ratio of seconds per MB to the smallest size's. A ratio near 1 is linear growth;
the target is a 2 MB report in under 20 s. With --one-line the paragraphs are run
together into one line after the title, as pages whose line breaks were lost are:
every figure then shares one paragraph, where a look back over the paragraph per
figure would grow with the square of its length. Shared machines are noisy: read the
medians and ratios, not one run.

    .venv/bin/python benchmarks/long_report.py [--sizes 0.25 0.5 1 2] [--repeats 3] [--one-line]
"""
import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruleoflaw.knowledge import load_knowledge  # noqa: E402
from ruleoflaw.pipeline import process_report  # noqa: E402


def long_text(megabytes, one_line=False):
    """The bundled reports' paragraphs repeated to `megabytes` of UTF-8, starting with a title; with
    `one_line`, the paragraphs run together into one line."""
    paragraphs = [line for path in sorted((ROOT / "reports").glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 20]
    lines, size, at = ["某县2023年法治政府建设年度报告"], 0, 0
    while size < megabytes * 1_000_000:
        line = paragraphs[at % len(paragraphs)]
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        at += 1
    return lines[0] + "\n" + "".join(lines[1:]) if one_line else "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one-line", action="store_true", help="run the paragraphs together into one line")
    args = parser.parse_args()
    knowledge = load_knowledge()
    base = None
    print(f"{'MB':>6} {'median s':>9} {'MB/s':>6} {'s/MB ratio':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.sizes:
            path = Path(folder) / f"long-{megabytes}.txt"
            path.write_text(long_text(megabytes, args.one_line), encoding="utf-8")
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                process_report(path, knowledge)
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            per_mb = median / megabytes
            base = base or per_mb
            print(f"{megabytes:6.2f} {median:9.2f} {megabytes / median:6.2f} {per_mb / base:10.2f}")


if __name__ == "__main__":
    main()
