"""Extraction quality against the gold annotations in tests/gold.

Scores with the project's reference scorer (`scorer.py`, the team's
score_extraction.py kept verbatim so our figures are its figures) but runs the
pipeline in-process and reports per report: precision, recall, F1, qualifier
and metadata accuracy, and every miss.
"""
from pathlib import Path

import yaml

from .pipeline import process_report
from .scorer import score_indicators, score_metadata


def _ratio(a, b):
    return a / b if b else 0.0


def evaluate(gold_dir, reports_dir, knowledge):
    """[{source, tp, fp, fn, qual_ok, meta_ok, meta_n, misses, false_pos, wrong_qual, wrong_meta}]."""
    results = []
    for gold_file in sorted(Path(gold_dir).glob("*.yml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        record = process_report(Path(reports_dir) / gold["source"], knowledge)
        scores = score_indicators(gold["indicators"], record["indicators"])
        meta_ok, meta_n, wrong_meta = score_metadata(gold.get("metadata", {}), record["metadata"])
        results.append({"source": gold["source"], **scores, "meta_ok": meta_ok, "meta_n": meta_n,
                        "wrong_meta": wrong_meta})
    return results


def summary_line(results):
    """The reference scorer's summary line, for the whole set."""
    tp, fp, fn = (sum(r[k] for r in results) for k in ("tp", "fp", "fn"))
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f = _ratio(2 * p * r, p + r)
    qualifier = _ratio(sum(r["qual_ok"] for r in results), tp)
    metadata = _ratio(sum(r["meta_ok"] for r in results), sum(r["meta_n"] for r in results))
    return (f"indicator F1 {f:.3f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn}) "
            f"qualifier {qualifier:.3f} metadata {metadata:.3f} failed 0")


def report_lines(results):
    """A table with one row per report, its problems under it, and the summary line last."""
    lines = [f"{'report':34} {'P':>5} {'R':>5} {'F1':>5} {'qual':>5} {'meta':>7}"]
    for r in results:
        p, rec = _ratio(r["tp"], r["tp"] + r["fp"]), _ratio(r["tp"], r["tp"] + r["fn"])
        f = _ratio(2 * p * rec, p + rec)
        lines.append(f"{r['source']:34} {p:5.2f} {rec:5.2f} {f:5.2f} {_ratio(r['qual_ok'], r['tp']):5.2f} "
                     f"{r['meta_ok']:>3}/{r['meta_n']:<3}")
        for label, items in (("missed", r["misses"]), ("false positive", r["false_pos"]),
                             ("qualifier", r["wrong_qual"]), ("metadata", r["wrong_meta"])):
            lines += [f"    {label}: {item}" for item in items]
    lines.append(summary_line(results))
    return lines
