"""Extraction quality against gold annotations, set by set.

Scores with the project's reference scorer (`scorer.py`, the team's
score_extraction.py kept verbatim so our figures are its figures) but runs the
pipeline in-process and reports per report: precision, recall, F1, qualifier
and metadata accuracy, and every miss. The sets (bundled reports, the team's
dev-web excerpts, our own annotations) are listed in tests/gold/sets.yml; the
texts of third-party pages live outside the repository, so a set says which of
its texts are missing and where each is published.
"""
import re
from pathlib import Path

import yaml

from .errors import ReportError
from .report import process_report
from .scorer import score_indicators, score_metadata

PAGE_IN_HEADER = re.compile(r"page (\S+?)\.?(?:\s|$)")


def _ratio(a, b):
    return a / b if b else 0.0


def page_of(gold_file):
    """The page a gold file annotates: its `page:` key, else the address its header names."""
    text = Path(gold_file).read_text(encoding="utf-8")
    gold = yaml.safe_load(text)
    if gold.get("page"):
        return gold["page"]
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    match = PAGE_IN_HEADER.search(header)
    return match.group(1) if match else None


def missing_texts(gold_dir, reports_dir):
    """[(source, page address)] of the gold files whose text is not in reports_dir."""
    missing = []
    for gold_file in sorted(Path(gold_dir).glob("*.yml")):
        source = yaml.safe_load(gold_file.read_text(encoding="utf-8"))["source"]
        if not (Path(reports_dir) / source).is_file():
            missing.append((source, page_of(gold_file)))
    return missing


def evaluate(gold_dir, reports_dir, knowledge):
    """[{source, tp, fp, fn, qual_ok, meta_ok, meta_n, misses, false_pos, wrong_qual, wrong_meta, failed}]
    for every gold file whose text is present; a report the pipeline cannot read counts as failed,
    as in the reference scorer."""
    results = []
    for gold_file in sorted(Path(gold_dir).glob("*.yml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        path = Path(reports_dir) / gold["source"]
        if not path.is_file():
            continue
        try:
            record = process_report(path, knowledge)
        except ReportError as error:
            required = [g for g in gold["indicators"] if not g.get("optional")]
            results.append({"source": gold["source"], "tp": 0, "fp": 0, "fn": len(required), "qual_ok": 0,
                            "misses": [f"extractor failed: {error.problem}"], "false_pos": [], "wrong_qual": [],
                            "meta_ok": 0, "meta_n": len(gold.get("metadata", {})), "wrong_meta": [],
                            "failed": 1})
            continue
        scores = score_indicators(gold["indicators"], record["indicators"])
        meta_ok, meta_n, wrong_meta = score_metadata(gold.get("metadata", {}), record["metadata"])
        results.append({"source": gold["source"], **scores, "meta_ok": meta_ok, "meta_n": meta_n,
                        "wrong_meta": wrong_meta, "failed": 0})
    return results


def summary_line(results):
    """The reference scorer's summary line, for the whole set."""
    tp, fp, fn = (sum(r[k] for r in results) for k in ("tp", "fp", "fn"))
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f = _ratio(2 * p * r, p + r)
    qualifier = _ratio(sum(r["qual_ok"] for r in results), tp)
    metadata = _ratio(sum(r["meta_ok"] for r in results), sum(r["meta_n"] for r in results))
    failed = sum(r["failed"] for r in results)
    return (f"indicator F1 {f:.3f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn}) "
            f"qualifier {qualifier:.3f} metadata {metadata:.3f} failed {failed}")


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


def load_sets(sets_file):
    """{name: {description, gold, texts}} from tests/gold/sets.yml, paths resolved against its project."""
    sets_file = Path(sets_file)
    root = sets_file.parent.parent.parent
    sets = yaml.safe_load(sets_file.read_text(encoding="utf-8"))
    return {name: {**spec, "gold": root / spec["gold"], "texts": (root / spec["texts"]).resolve()}
            for name, spec in sets.items()}


def set_lines(name, spec, knowledge):
    """The lines `evaluate` prints for one gold set: its table, then what is missing."""
    lines = [f"== {name}: {spec['description']} ({spec['gold']}, texts in {spec['texts']})"]
    missing = missing_texts(spec["gold"], spec["texts"])
    results = evaluate(spec["gold"], spec["texts"], knowledge)
    lines += report_lines(results) if results else ["no texts present: nothing scored"]
    if missing:
        lines.append(f"{len(missing)} text(s) missing from {spec['texts']} (fetch each page; never commit it):")
        lines += [f"    {source}: {page or 'no page address in its gold file'}" for source, page in missing]
    return lines
