"""A seeded generator of realistic corpora of annual reports, for benchmarks.

Each report (~12 KB, like the bundled ones) recombines paragraphs of the
bundled reports (reports/*.txt, read at run time) under a real division from
the project's gazetteer (schema/gazetteer/): a province, prefecture, county or
township, now and then a development zone or a department. The report year is
2019-2025, the title reads "<region><year>年法治政府建设年度报告" (or 工作报告,
情况报告, 工作总结), the publication date falls in the following year, and
every figure of the recombined paragraphs is redrawn at its own magnitude, so
no two reports share a text. The bundled reports' own places (新源县, 港口镇,
杰勒阿尕什镇 and their prefectures and provinces) are replaced by the
generated report's region or its parents, so metadata finds the generated
region. The same seed gives byte-identical files.

    .venv/bin/python benchmarks/corpus.py 1000 /tmp/corpus --seed 0   # writes /tmp/corpus/reports/*.txt
"""
import argparse
from collections import Counter
import hashlib
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ruleoflaw import gazetteer  # noqa: E402  (the gazetteer the metadata stage reads)

REPORTS = ROOT / "reports"
YEARS = range(2019, 2026)
# The share of each kind of reporter; departments and zones are rarer, as on the web.
LEVEL_MIX = (("province", 4), ("prefecture", 16), ("county", 38), ("township", 32),
             ("development_zone", 5), ("department", 5))
TITLE_KINDS = ("年度报告", "年度报告", "年度报告", "工作报告", "情况报告", "工作总结")
DEPARTMENTS = ("司法局", "市场监督管理局", "生态环境局", "自然资源局", "人力资源和社会保障局",
               "住房和城乡建设局", "应急管理局", "交通运输局", "农业农村局")
PROVINCE_DEPARTMENTS = ("司法厅", "生态环境厅", "自然资源厅", "人力资源和社会保障厅", "交通运输厅")
ZONE_WORDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "新区", "高新区", "示范区", "合作区")

# Private-use marks around a slot in a paragraph template: \ue000kind\ue001
OPEN, CLOSE = "\ue000", "\ue001"
SLOT = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
HEADING = re.compile(r"^[一二三四五六七八九十]+、")
SUBHEADING = re.compile(r"^[(（][一二三四五六七八九十]+[)）]")
CHINESE_NUMERALS = "一二三四五六七八九十"

# The bundled reports' own places, longest first, -> the slot that replaces them.
PLACES = (
    ("新疆维吾尔自治区", "province"), ("杰勒阿尕什镇", "region"), ("杰勒阿尕什", "short"),
    ("喀拉布拉、别斯托别乡", "children"), ("和玉镇法庭", "court"), ("新源县", "region"),
    ("港口镇", "region"), ("中山市", "prefecture"), ("伊犁州", "prefecture"), ("塔城地区", "prefecture"),
    ("额敏县", "county"), ("伊州", "fshort"), ("伊犁", "fshort"), ("塔城", "fshort"), ("额敏", "cshort"),
    ("广东", "pshort"), ("新疆", "pshort"), ("中山", "fshort"), ("新源", "short"), ("港口", "short"),
    ("市委、市政府", "parent_leaders"),
)
# Names that must not survive in a generated text.
BUNDLED_PLACES = ("新源", "港口", "杰勒阿尕什", "伊犁", "中山", "额敏", "塔城", "喀拉布拉", "别斯托别", "和玉镇")
# Figures that are not counts: hotlines, named days, list markers; kept as written.
FIXED = re.compile(r"12345|1\+6\+N|\d{1,2}·\d{1,2}|12\.4|(?<![\d.])\d{1,2}(?=\.[\u4e00-\u9fff])"
                   r"|\d{1,2}(?=\s*[月日])|(?<=[〔\[［])\d{4}(?=[〕\]］])|\d{4}\s*[-—至]\s*\d{4}")
YEAR = re.compile(r"(?<!\d)(20\d{2})(?=\s*年)")
NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
# The level word of the reporting body in compounds (全县, 我镇, 县委, 镇党委, 依法治镇), not 乡镇, 城镇.
OWN_LEVEL = re.compile(r"(?<=[全我本治])[县镇](?![城长])|(?<![乡城村集小市])[县镇](?=[委党政领村级直两年机])")


def _slot(kind):
    return f"{OPEN}{kind}{CLOSE}"


def _outside_slots(pattern, replace, text):
    """pattern.sub(replace, text) that leaves the slots already made alone."""
    either = re.compile(f"{SLOT.pattern}|(?:{pattern.pattern})")
    return either.sub(lambda m: m.group() if m.group().startswith(OPEN) else replace(m), text)


def _template(paragraph, year):
    """A paragraph -> [literal or (slot, argument)], its places, years and figures made slots."""
    text = paragraph
    for name, kind in PLACES:
        text = text.replace(name, _slot(kind))
    text = re.sub("(?<![\u4e00-\u9fff])自治区|(?<=[《对全我本])自治区|自治区(?=[第党政领贯保实示])",
                  _slot("province_kind"), text)
    text = OWN_LEVEL.sub(_slot("K"), text)
    fixed = []

    def keep(match):
        fixed.append(match.group())
        return _slot(f"fixed{len(fixed) - 1}")

    def year_slot(match):
        offset = int(match.group()) - year
        return _slot(f"year{offset:+d}") if abs(offset) <= 1 else keep(match)

    text = _outside_slots(FIXED, keep, text)
    text = _outside_slots(YEAR, year_slot, text)
    text = _outside_slots(NUMBER, lambda m: _slot("num" + m.group()), text)
    parts, at = [], 0
    for match in SLOT.finditer(text):
        if match.start() > at:
            parts.append(text[at:match.start()])
        kind = match.group(1)
        if kind.startswith("fixed"):
            parts.append(fixed[int(kind[5:])])
        elif kind.startswith("year"):
            parts.append(("year", int(kind[4:])))
        elif kind.startswith("num"):
            parts.append(("num", kind[3:]))
        else:
            parts.append(("place", kind))
        at = match.end()
    if at < len(text):
        parts.append(text[at:])
    literal = "".join(p for p in parts if isinstance(p, str))
    left = [name for name in BUNDLED_PLACES if name in literal]
    if left:
        raise ValueError(f"a bundled place survives in a template: {left}: {literal[:80]}")
    return parts


def _section_kind(heading):
    if re.search("计划|安排|下一步|打算", heading):
        return "plan"
    if "不足" in heading or (heading.endswith("问题") and "做法" not in heading):
        return "problems"
    if re.search("第一责任人|组织领导", heading):
        return "leaders"
    return "work"


def load_pool(reports=REPORTS):
    """{openings, work, problems, leaders, plan}: templates of the bundled reports' paragraphs.
    A block is a subheading's paragraphs ((一)… and what follows it), as parts lists."""
    pool = {"openings": [], "work": [], "problems": [], "leaders": [], "plan": []}
    for path in sorted(Path(reports).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        year = _bundled_year(text)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        start = next(at for at, line in enumerate(lines) if len(line) > 60)
        pool["openings"].append(_template(lines[start], year))
        kind, blocks = "work", []
        for line in lines[start + 1:]:
            if HEADING.match(line):
                kind = _section_kind(line)
                continue
            if line.endswith((":", "：")) and len(line) < 20:  # 存在的问题:
                kind = "problems" if "问题" in line or "不足" in line else kind
                continue
            subheading = SUBHEADING.match(line)
            if not subheading and line.endswith((":", "：")):
                continue  # a section's introduction (…主要举措有:), which belongs to its section only
            body = line[subheading.end():] if subheading else line
            if subheading or not blocks or blocks[-1][0] != kind or blocks[-1][2]:
                blocks.append([kind, [], False])
            blocks[-1][1].append(_template(body, year))
            # a short subheading line (…学习领会习近平法治思想。) takes the paragraphs after it
            blocks[-1][2] = not (subheading and len(line) < 60)
        for kind, paragraphs, _ in blocks:
            pool[kind].append(paragraphs)
    return pool


def _bundled_year(text):
    """The year a bundled report reports on: the year it names most."""
    return int(Counter(YEAR.findall(text)).most_common(1)[0][0])


def load_regions():
    """{level: [division]} of the gazetteer's divisions fit to title a report, plus
    {code: division} and {parent code: [township]} for parents and neighbours."""
    by_level = {level: [] for level, _ in LEVEL_MIX}
    children = {}
    seen = set()
    entries = sorted((e for entries in gazetteer.load_gazetteer().values() for e in entries), key=lambda e: e["code"])
    by_code = {e["code"]: e for e in entries}
    for entry in entries:
        name, level = entry["name"], entry["level"]
        if len(name) < 3 or entry["code"] in seen:
            continue  # 和县, 城区: two-character names read as ordinary words
        seen.add(entry["code"])
        if level == "township":
            children.setdefault(entry["code"][:6], []).append(name)
            if name.endswith(("镇", "乡", "街道")):
                by_level["township"].append(entry)
        elif name.endswith(ZONE_WORDS):
            by_level["development_zone"].append(entry)
        elif level == "county" and name.endswith(("县", "区", "市", "旗")):
            by_level["county"].append(entry)
        elif level in ("prefecture", "province"):
            by_level[level].append(entry)
    by_level["department"] = by_level["prefecture"] + by_level["county"] + by_level["province"]
    return by_level, by_code, children


def _short(name):
    """怒江傈僳族自治州 -> 怒江, 新源县 -> 新源: the name a report uses in 法治新源, 伊州党发."""
    return gazetteer.short_name((gazetteer.common_forms(name) or [name])[0])


def _kind_word(name, level):
    """The word a body uses for itself in 全县, 我镇, 县委: its name's last kind."""
    if level == "department":
        return "厅" if name.endswith("厅") else "局"
    if level == "development_zone":
        return "区"
    for suffix, word in (("自治区", "区"), ("街道", "街道"), ("地区", "地区")):
        if name.endswith(suffix):
            return word
    return name[-1] if name[-1] in "省市州盟县区旗镇乡" else "区"


def _context(rng, level, regions, by_code, children):
    """The names a report's slots take: its region, parents, kind words and neighbours."""
    division = rng.choice(regions[level])
    province = by_code[division["code"][:2]]["name"]
    prefecture = division["prefecture"] or (province if level != "province" else None)
    county = division["county"]
    region = division["name"]
    government = division
    if level == "department":
        region = division["name"] + (rng.choice(PROVINCE_DEPARTMENTS) if division["level"] == "province"
                                     else rng.choice(DEPARTMENTS))
    gov = division["name"]
    own_level = "department" if level == "department" else government["level"]
    if level == "development_zone":
        own_level = "development_zone"
    parent = {"province": "国家", "prefecture": province, "county": prefecture,
              "township": county or prefecture}.get(government["level"], province)
    parent_word = _kind_word(parent, "x") if parent and parent != "国家" else "省"
    code = division["code"]
    near = (children.get(code[:6]) if len(code) >= 6 else None) or \
        next((v for k, v in children.items() if k.startswith(code[:4])), None) or ["城关镇", "新城街道"]
    pair = rng.sample(near, 2) if len(near) >= 2 else [near[0], near[0]]
    province_kind = "自治区" if province.endswith("自治区") else ("市" if province.endswith("市") else "省")
    short = _short(gov) if government["level"] in ("province", "prefecture", "county", "township") else gov
    fshort = _short(prefecture) if prefecture else short
    return {
        "region": region, "gov": gov, "level": level, "year": None,
        "province": province, "pshort": _short(province), "province_kind": province_kind,
        "prefecture": prefecture or gov, "fshort": fshort,
        "county": county or gov, "cshort": _short(county) if county else short,
        "short": short, "K": _kind_word(region, own_level),
        "parent_leaders": f"{parent_word}委、{parent_word}政府",
        "children": f"{pair[0]}、{pair[1]}", "court": "辖区人民法庭",
    }


def _figure(rng, written, scale):
    """A figure of the same magnitude as `written` (3402 -> 2957, 6.8 -> 7.4, 99.3% -> 97.6%);
    the figures of one paragraph share most of their `scale`, so 1331 cases and 1323 settled
    stay in proportion."""
    percent = written.endswith("%")
    digits = written.rstrip("%")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    value = float(digits)
    if percent:
        new = min(100.0, value * rng.uniform(0.85, 1.08)) if value < 100 else (100.0 if rng.random() < 0.7 else
                                                                                  rng.uniform(95, 100))
    elif value < 10 and decimals == 0:
        new = rng.randint(1, 9)
    else:
        new = max(1.0, value * scale * rng.uniform(0.97, 1.03))
    text = f"{new:.{decimals}f}"
    return text + ("%" if percent else "")


def _render(parts, rng, context):
    out = []
    scale = rng.uniform(0.5, 1.6)
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "num":
            out.append(_figure(rng, part[1], scale))
        elif part[0] == "year":
            out.append(str(context["year"] + part[1]))
        else:
            out.append(context[part[1]])
    return "".join(out)


WORK_HEADINGS = ("{y}年法治政府建设情况", "{y}年度推进法治政府建设的主要举措和成效", "{y}年法治政府建设主要工作及成效",
                 "主要工作和成效")
PROBLEM_HEADINGS = ("存在的不足和原因", "{y}年度推进法治政府建设存在的不足和原因", "存在的问题和不足",
                    "法治建设工作存在的不足")
LEADER_HEADINGS = ("党政主要负责人履行推进法治建设第一责任人职责情况", "加强法治政府建设的组织领导")
PLAN_HEADINGS = ("{n}年工作安排", "{n}年度推进法治政府建设的计划", "下一步工作计划", "{n}年工作打算")


def _blocks(rng, blocks, count, context, paragraphs):
    chosen = rng.sample(blocks, min(count, len(blocks)))
    for number, block in enumerate(chosen):
        rendered = [_render(p, rng, context) for p in block]
        paragraphs.append(f"({_numeral(number + 1)}){rendered[0]}")
        paragraphs.extend(rendered[1:])


def _numeral(number):
    if number <= 10:
        return CHINESE_NUMERALS[number - 1]
    return ("十" if number < 20 else CHINESE_NUMERALS[number // 10 - 1] + "十") + (
        CHINESE_NUMERALS[number % 10 - 1] if number % 10 else "")


def _publish_date(rng, year):
    return f"{year + 1}-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}"


def _chinese_date(iso):
    digits = "〇一二三四五六七八九"
    y, m, d = iso.split("-")
    return f"{''.join(digits[int(c)] for c in y)}年{_numeral(int(m))}月{_numeral(int(d))}日"


def report_text(rng, context, pool):
    """One report's text for the region and year in `context`."""
    year = context["year"]
    region = context["region"]
    kind = rng.choice(TITLE_KINDS)
    title = rng.choice((f"{region}{year}年法治政府建设{kind}", f"{region}{year}年法治政府建设{kind}",
                        f"{region}{year}年度法治政府建设{kind}"))
    date = _publish_date(rng, year)
    style = rng.randrange(4)
    head = {0: ["无障碍版 长者助手 登录", "您当前的位置: 首页 > 政务公开 > 政府工作报告", "", title, "",
                f"信息来源:本网 发布日期:{date} 分享:", ""],
            1: [title, f"发布时间：{date}", ""],
            2: [title, ""],
            3: ["站内搜索:", title, f"发布日期:{date}"]}[style]
    body = [_render(rng.choice(pool["openings"]), rng, context)]
    target = rng.randint(10_500, 14_500)
    sections = [(rng.choice(WORK_HEADINGS), "work", None), (rng.choice(PROBLEM_HEADINGS), "problems", rng.randint(1, 3))]
    if rng.random() < 0.5:
        sections.append((rng.choice(LEADER_HEADINGS), "leaders", rng.randint(1, 3)))
    sections.append((rng.choice(PLAN_HEADINGS), "plan", rng.randint(2, 4)))
    rendered_tail = []
    for number, (heading, kind_, count) in enumerate(sections[1:], 2):
        paragraphs = [f"{_numeral(number)}、{heading.format(y=year, n=year + 1)}"]
        _blocks(rng, pool[kind_], count, context, paragraphs)
        rendered_tail.extend(paragraphs)
    work = [f"一、{sections[0][0].format(y=year, n=year + 1)}"]
    size = sum(len(p.encode()) for p in head + body + rendered_tail)
    blocks = rng.sample(pool["work"], len(pool["work"]))
    for number, block in enumerate(blocks, 1):
        if size >= target:
            break
        rendered = [_render(p, rng, context) for p in block]
        rendered[0] = f"({_numeral(number)}){rendered[0]}"
        work.extend(rendered)
        size += sum(len(p.encode()) + 1 for p in rendered)
    lines = body + work + rendered_tail
    if style == 2:
        signer = context["region"] if context["level"] == "department" else context["gov"] + "人民政府"
        lines += ["", signer, _chinese_date(date) if rng.random() < 0.5 else date.replace("-0", "-")]
    if style == 0:
        return "\n".join(head) + "\n" + "\n\n".join("  " + line if line else "" for line in lines) + "\n"
    return "\n".join(head + lines) + "\n"


def generate(count, folder, seed=0):
    """Write `count` reports into folder/reports/ and return their paths, in order.

    The same seed gives byte-identical files; every text differs from every other,
    and no division reports twice on one year.
    """
    reports = Path(folder) / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    pool = load_pool()
    regions, by_code, children = load_regions()
    levels, weights = zip(*LEVEL_MIX)
    rng = random.Random(f"ruleoflaw-corpus:{seed}")
    used, digests, written = set(), set(), []
    for number in range(count):
        while True:
            level = rng.choices(levels, weights)[0]
            context = _context(rng, level, regions, by_code, children)
            context["year"] = rng.choice(YEARS)
            if (context["region"], context["year"]) in used:
                continue
            text = report_text(rng, context, pool)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in digests:
                break
        used.add((context["region"], context["year"]))
        digests.add(digest)
        path = reports / f"{number:05d}_{digest[:16]}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return written


def describe(path):
    """(region, year) a generated report was written for, read back from its title line."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(?P<region>.+?)(?P<year>20\d{2})年度?法治政府建设", line)
        if match:
            return match["region"], int(match["year"])
    return None, None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many reports")
    parser.add_argument("folder", type=Path, help="the project folder; reports go to FOLDER/reports/")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = generate(args.count, args.folder, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} reports ({size / 1e6:.1f} MB, {size / max(1, len(paths)) / 1e3:.1f} KB each) "
          f"into {args.folder / 'reports'} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
