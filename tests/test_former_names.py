"""tools/former_names.py: which names of an older release of the division codes are former names of a
current division. Each case is a small pair of releases."""
import csv
import importlib.util

from conftest import ROOT

spec = importlib.util.spec_from_file_location("former_names", ROOT / "tools" / "former_names.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def write_release(folder, prefectures, counties, townships):
    """prefectures {code: name}; counties {code: name} (their prefecture is the code's first four digits);
    townships {county code: [names]}."""
    folder.mkdir()
    tables = {
        "cities.csv": (["code", "name", "provinceCode"], [(c, n, c[:2]) for c, n in prefectures.items()]),
        "areas.csv": (["code", "name", "cityCode", "provinceCode"], [(c, n, c[:4], c[:2]) for c, n in counties.items()]),
        "streets.csv": (["code", "name", "areaCode", "provinceCode", "cityCode"],
                        [(f"{c}{i:03}", n, c, c[:2], c[:4]) for c, names in townships.items() for i, n in enumerate(names)]),
    }
    for name, (header, rows) in tables.items():
        with open(folder / name, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
    return folder


TOWNS = {"a": ["横州镇", "百合镇", "那阳镇", "校椅镇"], "b": ["城关镇", "东乡", "西乡", "南乡"],
         "c": ["甲街道", "乙镇", "丙镇", "丁镇"]}


def former(tmp_path, old_counties, old_towns, new_counties, new_towns, old_prefectures=None, new_prefectures=None):
    old = write_release(tmp_path / "old", old_prefectures or {"4501": "南宁市"}, old_counties, old_towns)
    new = write_release(tmp_path / "new", new_prefectures or {"4501": "南宁市"}, new_counties, new_towns)
    return {row[0]: row[1] for row in tool.former_names(new, [(old, "2016")])}


def test_a_county_renamed_with_its_townships_is_a_former_name(tmp_path):
    assert former(tmp_path, {"450127": "横县"}, {"450127": TOWNS["a"]},
                  {"450181": "横州市"}, {"450181": ["横州街道", *TOWNS["a"][1:]]}) == {"横县": "横州市", "横州镇": "横州街道"}


def test_a_county_merged_into_a_neighbour_that_keeps_its_name_is_none(tmp_path):
    assert former(tmp_path, {"450102": "江干区", "450103": "上城区"}, {"450102": TOWNS["a"], "450103": TOWNS["b"]},
                  {"450103": "上城区"}, {"450103": TOWNS["a"] + TOWNS["b"]}) == {}


def test_a_county_that_joined_another_prefecture_is_none(tmp_path):
    assert former(tmp_path, {"450202": "莱城区"}, {"450202": TOWNS["a"]}, {"450116": "莱芜区"}, {"450116": TOWNS["a"]},
                  old_prefectures={"4501": "济南市", "4502": "莱芜市"}, new_prefectures={"4501": "济南市"}) == {}


def test_a_county_split_in_two_is_none(tmp_path):
    assert former(tmp_path, {"450127": "横县"}, {"450127": TOWNS["a"] + TOWNS["b"]},
                  {"450181": "横州市", "450182": "新县"}, {"450181": TOWNS["a"] + TOWNS["c"], "450182": TOWNS["b"]}) == {}


def test_a_renamed_prefecture_is_a_former_name_and_keeps_its_counties(tmp_path):
    found = former(tmp_path, {"542421": "那曲县", "542422": "嘉黎县"}, {"542421": TOWNS["a"], "542422": TOWNS["b"]},
                   {"540602": "色尼区", "540621": "嘉黎县"}, {"540602": TOWNS["a"], "540621": TOWNS["b"]},
                   old_prefectures={"5424": "那曲地区"}, new_prefectures={"5406": "那曲市"})
    assert found == {"那曲地区": "那曲市", "那曲县": "色尼区"}


def test_the_committed_table_is_what_the_tool_reads_as_former_names():
    from ruleoflaw.gazetteer import former_names
    with open(ROOT / "schema" / "gazetteer" / "former_names.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 50 and all(row["written"] in former_names()[row["name"]] for row in rows)


def test_a_town_that_became_a_street_of_its_county_is_a_former_name(tmp_path):
    old_towns = {"450127": ["长辛店镇", *TOWNS["a"][1:]]}
    new_towns = {"450127": ["长辛店街道", *TOWNS["a"][1:]]}
    assert former(tmp_path, {"450127": "横县"}, old_towns, {"450127": "横县"}, new_towns) == {"长辛店镇": "长辛店街道"}


def test_a_town_whose_new_name_another_township_has_is_none(tmp_path):
    old_towns = {"450127": ["长辛店镇", *TOWNS["a"][1:]], "450128": TOWNS["b"]}
    new_towns = {"450127": ["长辛店街道", *TOWNS["a"][1:]], "450128": ["长辛店街道", *TOWNS["b"][1:]]}
    assert former(tmp_path, {"450127": "横县", "450128": "宾阳县"}, old_towns,
                  {"450127": "横县", "450128": "宾阳县"}, new_towns) == {}


def test_a_street_spelled_in_full_by_an_older_release_is_no_former_name(tmp_path):
    old_towns = {"450127": ["横州街道办事处", *TOWNS["a"][1:]]}
    new_towns = {"450127": ["横州街道", *TOWNS["a"][1:]]}
    assert former(tmp_path, {"450127": "横县"}, old_towns, {"450127": "横县"}, new_towns) == {}

