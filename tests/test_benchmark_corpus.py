"""The benchmark's corpus generator (benchmarks/corpus.py), the runner's table (benchmarks/scale.py) and the stage timer
(benchmarks/stages.py)."""
import json
import subprocess
import sys

import pytest

from ruleoflaw import gazetteer

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
import scale  # noqa: E402


def _texts(paths):
    return [p.read_bytes() for p in paths]


def test_a_seed_gives_the_same_corpus_and_another_seed_another(tmp_path):
    first = corpus.generate(8, tmp_path / "a", seed=1)
    again = corpus.generate(8, tmp_path / "b", seed=1)
    other = corpus.generate(8, tmp_path / "c", seed=2)
    assert [p.name for p in first] == [p.name for p in again]
    assert _texts(first) == _texts(again)
    assert not set(_texts(first)) & set(_texts(other))


def test_every_generated_text_is_distinct_and_free_of_the_bundled_places(tmp_path):
    texts = [t.decode("utf-8") for t in _texts(corpus.generate(20, tmp_path, seed=0))]
    assert len(set(texts)) == 20
    for text in texts:
        assert 8_000 < len(text.encode("utf-8")) < 20_000
        assert not [name for name in corpus.BUNDLED_PLACES if name in text]


@pytest.fixture(scope="module")
def one_of_each_level(tmp_path_factory):
    """{level: path} of generated reports, one per kind of reporter."""
    folder = tmp_path_factory.mktemp("corpus")
    divisions = gazetteer.load_gazetteer()
    found = {}
    for path in corpus.generate(80, folder, seed=3):
        region, _ = corpus.describe(path)
        if region.endswith(("局", "厅")):
            level = "department"
        elif region.endswith(corpus.ZONE_WORDS):
            level = "development_zone"
        else:
            level = divisions[region][0]["level"]
        found.setdefault(level, path)
    return found


@pytest.mark.parametrize("level", ["province", "prefecture", "county", "township", "development_zone", "department"])
def test_extraction_finds_the_generated_region_and_year(one_of_each_level, level):
    path = one_of_each_level[level]
    region, year = corpus.describe(path)
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "extract", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    metadata = json.loads(run.stdout)["metadata"]
    assert (metadata["region"], metadata["report_year"]) == (region, year)
    assert metadata["publish_date"].startswith(str(year + 1))


def test_the_runner_formats_a_table_row():
    result = {"n": 1000, "whole": 612.34, "ours": 401.0, "mkdocs": 150.2, "post": 211.34, "rss_mb": 812.4,
              "site_bytes": 123_400_000, "files": 4321, "largest_page_bytes": 77_500, "data_bytes": 45_600_000,
              "search": {"gz_bytes": 2_345_000, "raw_bytes": 9_000_000, "note": ""}}
    assert scale.table_row(result) == "| 1000 | 612.3 | 401.0 | 211.3 | 812 | 123.4 | 4321 | 77.5 | 45.6 | 2345.0 |"
    no_search = {**result, "search": {"gz_bytes": None, "raw_bytes": None, "note": "no search index found"}}
    assert scale.table_row(no_search).endswith("| 45.6 | – |")
    lines = scale.table([result]).splitlines()
    assert lines[0].count("|") == lines[1].count("|") == lines[2].count("|") == len(scale.COLUMNS) + 1


PRINTED_ROUNDING = 0.005  # seconds: half the hundredth the stage runner prints


def test_the_stage_runner_times_every_stage_within_the_whole():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--reports", "3", "--repeats", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    seconds = {line.split()[0]: float(line.split()[1]) for line in run.stdout.splitlines()[2:]}
    assert set(seconds) == {"whole", "ingest", "normalise", "infer_metadata", "parse_structure", "extract",
                            "find_quantities", "name_indicators", "apply_review", "check_figures", "headline_values"}
    # (each is printed to a hundredth, so a sum of n of them may exceed the total printed by n half-hundredths)
    assert seconds["extract"] > 0
    assert seconds["find_quantities"] + seconds["name_indicators"] <= seconds["extract"] + 2 * PRINTED_ROUNDING
    stages = [v for k, v in seconds.items() if k not in ("whole", "find_quantities", "name_indicators")]
    assert sum(stages) <= seconds["whole"] + len(stages) * PRINTED_ROUNDING
