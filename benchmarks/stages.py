"""CPU time and MB/s of each stage of reading a report, over generated reports.

Generates N reports (benchmarks/corpus.py, seeded), reads each through the whole
chain `process_report` runs (ingest, normalise, metadata, structure, extract:
quantities then indicators, review, checks, headline values) a few times over,
and prints each stage's CPU seconds (the median of the repeats) and MB of source
text per CPU second. The row `extract` is issue 11's extraction speed (target:
2.7 MB/s a core). CPU time, not wall time, so that other processes on a shared
machine cost less of the reading; still, compare runs made one after the other.

    .venv/bin/python benchmarks/stages.py [--reports 300] [--repeats 3] [--seed 0]
"""
import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from ruleoflaw import extract, report  # noqa: E402
from ruleoflaw.knowledge import load_knowledge  # noqa: E402

# Each stage as `process_report` (ruleoflaw/report.py) and `extract` call it: (module, function name).
STAGES = [(report, "ingest"), (report, "normalise"), (report, "infer_metadata"), (report, "parse_structure"),
          (report, "extract"), (extract, "find_quantities"), (extract, "name_indicators"), (report, "apply_review"),
          (report, "check_figures"), (report, "headline_values")]


def timed_stages(spent):
    """Wrap each stage function where it is called so that its CPU seconds add up in `spent` (name -> seconds)."""
    for module, name in STAGES:
        def timed(*args, _function=getattr(module, name), _name=name, **kwargs):
            started = time.process_time()
            try:
                return _function(*args, **kwargs)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.process_time() - started
        setattr(module, name, timed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    knowledge = load_knowledge()
    spent = {}
    timed_stages(spent)
    with tempfile.TemporaryDirectory() as folder:
        corpus.generate(args.reports, Path(folder), args.seed)
        paths = sorted((Path(folder) / "reports").glob("*.txt"))
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        report.process_report(paths[0], knowledge)  # loads jieba's dictionary and the gazetteer once, untimed
        rounds = []
        for _ in range(args.repeats):
            spent.clear()
            started = time.process_time()
            for path in paths:
                report.process_report(path, knowledge)
            rounds.append({**spent, "whole": time.process_time() - started})
    print(f"{len(paths)} reports, {megabytes:.2f} MB; median of {args.repeats} rounds, CPU seconds")
    print(f"{'stage':<18} {'s':>7} {'MB/s':>7}")
    for name in ["whole", *(name for _, name in STAGES)]:
        seconds = statistics.median(round_[name] for round_ in rounds)
        print(f"{name:<18} {seconds:7.2f} {megabytes / seconds if seconds else float('inf'):7.2f}")


if __name__ == "__main__":
    main()
