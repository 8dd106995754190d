"""Stage 3, metadata: normalised text (+ sidecar) -> the facts about the report.

Title, region, admin level, province/prefecture/county with division code,
report year (the year reported on), publication date, the report's own document
number, index number and issuer. Cues are data in schema/metadata.yml; place
names resolve through the gazetteer. The sidecar has the final word.
"""
import re
from collections import Counter

import cn2an

from . import gazetteer

HAN = r"[\u4e00-\u9fff]"
YEAR = r"(?P<year>20\d{2})"
DATE = re.compile(r"(?P<y>\d{4})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?")
CHINESE_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
DOC_NUMBER = re.compile(rf"^{HAN}{{1,15}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*第?\d+\s*号$")
FIELDS = ("title", "region", "admin_level", "province", "prefecture", "county", "division_code",
          "report_year", "publish_date", "doc_number", "index_number", "issuer")
HEAD_LINES, TAIL_LINES = 12, 8


def _iso(match):
    """A date match -> 'YYYY-MM-DD', or None when it is no calendar date."""
    parts = match.groupdict()
    try:
        y, m, d = (int(parts[k]) if parts[k].isdigit() else int(cn2an.cn2an(parts[k], "smart"))
                   for k in ("y", "m", "d"))
    except ValueError:
        y = None
    if y is None or not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _header_fields(lines, labels):
    found = {}
    alternation = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    pattern = re.compile(rf"(?:^|\s)(?P<label>{alternation})\s*[:：]\s*(?P<value>[^\s:：]*)")
    for line in lines:
        for match in pattern.finditer(line):
            field, value = labels[match["label"]], match["value"].strip()
            if value and field not in found:
                found[field] = value
    if "publish_date" in found:
        date = DATE.search(found["publish_date"])
        found["publish_date"] = _iso(date) if date else None
    return found


def _title(lines, config, heading_patterns):
    """The report's own title line: among the short lines before the body starts."""
    for line in lines:
        if len(line) > 60 or any(p.match(line) for p in heading_patterns):
            break
        if (not line.endswith(("。", ":", "：")) and
                any(w in line for w in config["title_words"]) and any(k in line for k in config["title_kinds"])):
            return line
    return None


def _suffix_table(config):
    return sorted(((suffix, level) for level, suffixes in config["level_suffixes"].items() for suffix in suffixes),
                  key=lambda pair: -len(pair[0]))


def _jurisdictions(phrase, suffixes, lead_words):
    """'中山市港口镇' -> ['中山市', '港口镇']: the names a phrase chains together."""
    alternation = "|".join(re.escape(s) for s, _ in suffixes)
    phrase = re.sub("^(?:" + "|".join(map(re.escape, lead_words)) + ")+", "", phrase)
    return re.findall(rf"{HAN}+?(?:{alternation})", phrase)


def _region_and_year(title, opening, config, suffixes):
    alternation = "|".join(re.escape(s) for s, _ in suffixes)
    region = rf"(?P<region>{HAN}{{1,20}}?(?:{alternation}))"
    for text in filter(None, (title, opening)):
        for template in config["self_references"]:
            pattern = template.replace("{region}", region).replace("{year}", YEAR)
            match = re.search(pattern, text)
            if match:
                names = _jurisdictions(match.groupdict().get("region") or "", suffixes, config["lead_words"])
                return names, int(match["year"])
    return [], None


def _level_by_suffix(name, suffixes):
    return next((level for suffix, level in suffixes if name.endswith(suffix)), None)


def _composed_title(region, year, opening):
    """A title for a report without one, in the report's own wording (总结 or 报告)."""
    if not (region and year):
        return None
    says = re.search(r"现将.{0,40}?(总结|报告)如下", opening)
    kind = "工作总结" if says and says.group(1) == "总结" else "年度报告"
    return f"{region}{year}年法治政府建设{kind}"


def _zone_host(zone, zone_suffixes):
    """The division a development zone is named after (安丘经济开发区 -> 安丘市), or None."""
    stem = next((zone[: -len(s)] for s in sorted(zone_suffixes, key=len, reverse=True) if zone.endswith(s)), zone)
    known = gazetteer.load_gazetteer()
    return next((name for name in (stem, *(stem + s for s in ("市", "县", "区", "旗"))) if name in known), None)


def _signature(lines, issuer_suffixes):
    """(issuer, ISO date) of the signature at the end: an issuer line over a date line."""
    for at in range(len(lines) - 1, -1, -1):
        match = next(filter(None, (p.fullmatch(lines[at].strip()) for p in (DATE, CHINESE_DATE))), None)
        if match:
            above = lines[at - 1].strip() if at else ""
            issuer = above if above.endswith(tuple(issuer_suffixes)) and len(above) <= 30 else None
            return issuer, _iso(match)
    return None, None


def _own_doc_number(lines):
    return next((line for line in lines if DOC_NUMBER.match(line)), None)


def infer_metadata(text, sidecar, knowledge):
    """{field: value} for FIELDS, inferred from the text; sidecar fields override."""
    config = knowledge["metadata"]
    suffixes = _suffix_table(config)
    lines = text.split("\n")
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:]
    fields = _header_fields(head + tail, config["header_fields"])
    title = _title(head, config, [re.compile(p) for p in knowledge["structure"]["heading_levels"]])
    opening = "\n".join(head)
    names, year = _region_and_year(title, opening, config, suffixes)
    region = names[-1] if names else None
    level = _level_by_suffix(region, suffixes) if region else None
    # A department (某某区司法局) is named with its government's region, which
    # places it; a jurisdiction is placed by its own name.
    place, parents = (names[-2], names[:-2]) if level == "department" and len(names) > 1 else (region, names[:-1])
    if level == "department":
        region = "".join(names)
    if level == "development_zone" and place not in gazetteer.load_gazetteer():
        place = _zone_host(place, config["level_suffixes"]["development_zone"])
    division = gazetteer.resolve(place, text + "".join(parents)) if place else None
    if division and level not in ("development_zone", "department"):
        level = division["level"]
    signed_by, signed_on = _signature(tail, config["issuer_suffixes"])
    publish_date = fields.get("publish_date") or signed_on
    if year is None:
        counts = Counter(int(y) for y in re.findall(r"(20\d{2})\s*年", opening))
        year = counts.most_common(1)[0][0] if counts else (int(publish_date[:4]) - 1 if publish_date else None)
    metadata = {
        "title": title or _composed_title(region, year, opening),
        "region": region,
        "admin_level": level,
        "province": division and division["province"],
        "prefecture": division and division["prefecture"],
        "county": division and division["county"],
        "division_code": division and division["code"],
        "report_year": year,
        "publish_date": publish_date,
        "doc_number": fields.get("doc_number") or _own_doc_number(head[:5]),
        "index_number": fields.get("index_number"),
        "issuer": fields.get("issuer") or signed_by,
    }
    metadata.update({k: v for k, v in sidecar.items() if k in FIELDS})
    return metadata
