"""Stage 3, metadata: normalised text (+ sidecar) -> the facts about the report.

Title, region, admin level, province/prefecture/county with division code,
report year (the year reported on), publication date, the report's own document
number, index number and issuer. Cues are data in schema/metadata.yml.

Who reports is read from the gazetteer, not from name endings: every division
name (full or short form: 湖州 -> 湖州市) in the title, the issuer field, the
opening sentence and the signature is found with a multi-pattern matcher, and
the words after it say whether it is the reporting government (…人民政府), one
of its departments (长治市城市管理局), a development zone (宁波高新区) or another
body (市委, 法院). A report that names itself only by its level (省政府, 我区)
is placed by the division of that level its text names most. A name that is
neither in the gazetteer nor a department or zone is no region. The sidecar has
the final word.
"""
import datetime
import re
from collections import Counter
from functools import lru_cache
from itertools import islice

import cn2an

from . import gazetteer
from .patterns import alternation, may_match

HAN = "\u4e00-\u9fff"
DATE = re.compile(r"(?P<y>\d{4})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?")
# A region's brackets as the page wrote them (中国（福建）自由贸易试验区厦门片区 on one site, (福建) on its mirror): one name,
# written one way
ASCII_BRACKETS = str.maketrans("（）", "()")
# a date with its time of day (2024-02-19 10:57, 2022/03/01/ 15:05): a page's stamp of when it was published
STAMP = re.compile(r"(?<!\d)(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})/?\s+\d{1,2}:\d{2}")
# ... or written out in Chinese with its hour and minute (2023年03月30日 09时24分, run together once spaces are gone)
# (or 08:33, run into the date: 2018年12月14日08:33 | 来源:法制日报)
CLOCK = re.compile(r"\s*(?:\d{1,2}\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?|\d{1,2}:\d{2}(?::\d{2})?)")
CLOCK_STAMP = re.compile(DATE.pattern + CLOCK.pattern)
CHINESE_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
# A year that opens a paragraph before its subject (2021年,花山区财政局认真贯彻…)
YEAR_OPENING = r"(?:19|20)\d\d\s*年度?\s*[,，]?\s*"
DOC_NUMBER = re.compile(rf"[{HAN}]{{1,15}}[〔\[［(（【﹝]\d{{4}}[〕\]］)）】﹞]\s*第?\d+\s*号")
# A number some bodies write without brackets, its year run into its serial (沪市监法规20240540号):
# taken only where a header labels it 文号.
COMPACT_NUMBER = re.compile(rf"[{HAN}]{{1,15}}(?:19|20)\d{{2}}\d{{1,6}}号")
# a document number right after a title, spaces between (compiled once: a pattern made from each
# report's title costs more than the rest of its metadata)
NUMBER_AFTER = re.compile(rf"\s*({DOC_NUMBER.pattern})")
# … and at the end of its title line, in brackets (…法治政府建设工作报告(潭县自然资字〔2025〕79号))
TITLE_NUMBER = re.compile(rf"[(（]({DOC_NUMBER.pattern})[)）]\s*$")
# a year, not a date's (2024年3月10日 dates a document) nor a serial number's (应急部公告2024年第1号); but a month as a
# period (2024年7月份, 2023年1-6月) is the year's
YEAR = re.compile(r"(20\d{2})\s*年(?!\s*\d{1,2}\s*月(?!份|\s*(?:至|到|—|–|-|－|~|～)\s*\d{1,2}\s*月))(?!\s*第\s*\d+\s*号)")
# A head line on a year's work (一、2024年上半年工作总结; 一、2022年工作开展情况).
YEARS_WORK = re.compile(r"20\d{2}\s*年(?:度|上半年|全年)?\s*工作(?:开展)?(?:总结|情况|报告)")
WORK_LINE_CHARS = 30   # a head line on the year's work is short (一、2022年工作开展情况)
# A body that opens with a bare year (2024以来，…; 2023，我局…) opens with the year it reports on.
OPENING_YEAR = re.compile(r"\s*((?:19|20)\d\d)(?=以来|[，,])")
# How far after a place the words that make it a requirement's issuer may run (、常州市有关政府信息公开工作要求)
REQUIREMENT_CHARS = 60
# a postal address (如有疑问,请与…联系(地址:天津市和平区建设路18号;邮编…)): where a body sits, not who reports
ADDRESS = re.compile(r"地址\s*[:：][^;；)）\n]*")
# A table's row of cells, each naming what the number in the next cell counts (广东 | 31392 | 河北 | 7040 |…): the places
# or bodies a ranking counts, not who reports (but one unit's row of a return, 曲阜市自然资源和规划局 | 0 | 0 |, is its own)
COUNTED_CELLS = re.compile(rf"(?:\s*[{HAN}][^|｜\n]{{0,29}}[|｜]\s*\d[\d.,%]*\s*[|｜]){{2,}}")
# the head lines just above the body where a report may announce itself (根据…要求,现将市人社局2022年…报告予以公开。)
ANNOUNCING_HEAD_LINES = 2
# what joins a span's first year to its last (2015—2020年, 2022年至2024年)
SPAN_JOINER = r"\s*[至到—–\-~～]\s*"
# a year counted as the one written about: not a target (到2020年基本建成法治政府) nor the base of a comparison
# (人均收入比2010年翻一番; 继2016年…之后,今年…再次获得) or of a change (被诉率从2020年27.5%降至2025年8.1%,
# 由2020年的8件增长到2021年的1305件); of a span of years (2022年至2024年,金龙坪街道…现将三年工作情况报告如下),
# the last, which the report is written after; nor the same period of a year compared with (与2021年同期相比)
COUNTED_YEAR = re.compile(r"(?<![到比较从由继])(?:20\d{2}\s*年?" + SPAN_JOINER + ")?" + YEAR.pattern + r"(?!\s*同期)")
# a series of years an honour or a record runs over (2023年、2024年蝉联“企业家幸福感最强区”): years of the
# series, none the year told of
YEAR_SERIES = re.compile(r"20\d{2}\s*年?(?:\s*、\s*20\d{2}\s*年?)*\s*、\s*20\d{2}\s*年")
# the year of a date in a text that names no year alone (双石镇人民政府于2023年5月25日组织开展了…); not a page's time
# stamp (2026年01月04日08:22 | 来源:…), nor a span's start or end (自2019年5月起, 至2016年12月31日)
EVENT_DATE_YEAR = re.compile(r"(?<![至到])(20\d{2})\s*年\s*\d{1,2}\s*月(?!\s*(?:\d{1,2}\s*日)?(?:" + CLOCK.pattern
                             + r"|\s*(?:起|以来)))")
# the date figures are counted up to (截至2022年5月31日,…共收到复议申请70件): its year is the one they tell of
CUTOFF_YEAR = re.compile(r"截[至止]\s*(20\d{2})\s*年")
# a year that opens a clause (据了解,2012年,兵团审判机关共受理案件…): the time of what follows, which a year
# named as often as it, a goal's (2015年率先实现…), is not
CLAUSE_OPENING_YEAR = re.compile(r"(20\d{2})\s*年\s*[，,]")
# a span of years a title names without 年 (关于法治政府建设实施纲要(2015-2020)落实完成情况的报告): the report is
# written after its last year
TITLE_SPAN = re.compile(r"(?<!\d)20\d{2}" + SPAN_JOINER + r"(20\d{2})(?!\d)")
# a title on one month's work (阿图什市司法局2025年1月行政调解工作情况分析报告): a month of that year, no date
TITLE_MONTH = re.compile(r"(?<!\d)(20\d{2})\s*年\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日)")
# the longest line read as a section's heading that names its place alone (新疆维吾尔自治区 and longer names fit)
PLACE_HEADING_CHARS = 12
# How many of a government's departments the body's paragraphs must open on in turn to be a round-up of their work
DEPARTMENTS_IN_TURN = 3
# the first year of a span the text counts from (2016年以来, 自2016年起, 2021年来,): no year reported on
SINCE_YEAR = re.compile(r"20\d{2}\s*年(?:度)?\s*(?:以来|起|来(?=\s*[，,]))")
# ... and one a sentence counts from with 自 (自2021年“八·五”普法规划启动以来, 自2016年集中管辖…, 自2022运行以来)
# never, even where it is the only year, nor the year something began or was founded in (这个始于2015年的普法品牌,
# 已累计开展活动500余场)
FROM_YEAR = re.compile(r"自\s*20\d{2}(?!\d)\s*年?(?:[^，,。；;\n]{0,16}?以来)?|(?:始|成立)于\s*20\d{2}\s*年")
# … nor the year a law cited was revised in (《中华人民共和国政府信息公开条例》(2019年修订版), (2019年修订,以下简称《条例》))
REVISED_IN = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*年\s*(?:修订|修正|修改)版?\s*(?:[，,][^()（）\n]*)?[)）]")
# the year of a work plan the report says was issued (下发《2019年常州市法治政府建设工作计划》,
# 印发《乌海市2023年法治政府建设工作要点》, 《…关于印发玉溪市2023年法治政府建设工作计划的通知》)
YEAR_PLAN = re.compile(r"《[^《》\n]{0,30}?(20\d{2})年[^《》\n]*(?:计划|要点)(?:的通知)?》")
# a site's tag of a page's kind before its title (【部门文件】台州市路桥区交通运输局2023年度法治政府建设报告,
# [权威发布]福建省2017年法治政府建设情况报告): the brackets a title the site supplies is put in are its own
TITLE_TAG = re.compile(r"^(?:【[^【】\n]{1,8}】|[\[［][^\[\]［］\n]{1,8}[\]］](?=\S))\s*")
TITLE_QUOTE = re.compile(r"《[^《》\n]*》")
# Words before a document the work follows (紧紧围绕西安市《…实施方案》, 根据省政府《…》): the place between them and
# the title is the document's issuer
FOLLOWING_A_DOCUMENT = ("围绕", "根据", "按照", "依据", "对照", "落实", "贯彻", "执行", "结合")
# A name in quotation marks with a year is an award's or an event's (被授予“深圳市2021年度十大法治事件”),
# never who reports (a quoted letter's title may be the reporter's own: “海滨街道致辖区居民…”).
QUOTED_NAME = re.compile(r"“[^“”\n]{0,40}?\d{4}年[^“”\n]{0,40}”"
                         # … and so is a quoted name of an honour or a brand (获得“清风辽宁政务窗口”称号)
                         r"|“[^“”\n]{1,40}”(?=(?:荣誉)?称号|品牌)")
# Words in quotation marks: a slogan's, a campaign's, a quoted title's.
QUOTATION = re.compile(r"“[^“”\n]{0,60}”")
# What joins a page's title to its site's name (…的报告_长沙市司法局, …建设情况-某某网站)
PAGE_TITLE_JOINER = re.compile(rf"\s*_\s*|(?<=[{HAN}A-Za-z])\s*-\s*(?=[{HAN}A-Za-z])")  # not in 2021-2025, <!--
# A date a page prints after the title: …建设情况报告 (2017-05-19), …情况报告 ( 2021年02月10日 ), …工作情况报告 2025-02-24,
# …工作总结2020年12月10日
TITLE_DATE = re.compile(r"\s*(?:[(（]\s*(\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}\s*日?)\s*[)）]"
                        r"|(?<=[告结报要])\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*$")
# The place of a page in a listing it was saved from, after its title (…工作报告-23篇(第26/40页))
LISTED_AT = re.compile(r"\s*[-—_]\s*\d+\s*篇\s*[(（]\s*第\s*\d+\s*/\s*\d+\s*页\s*[)）]\s*$")
# Where a clause begins, and a year a name may follow there (2024年宁河经济开发区在…).
# A two-character name opening with one of these after other words is the conjunction
# and a level word (市政府和县委), unless a division's level ends the words before (马鞍山市和县).
CONJUNCTIONS, LEVEL_ENDS = "和与及同", "省市州盟"
# Characters that may stand before a self-reference without being part of a name (是委领导班子, 由局).
FUNCTION_CHARS = "将从由对向是经交在以及和与"
# How the names of county-level divisions end (a county-level city's too).
COUNTY_ENDS = "县市旗"
# A zone's administrative committee, whose departments its name may run into
ZONE_COMMITTEE = re.compile(r"管理委员会|管委会")
# A city's special economic zone, which titles its laws (《深圳经济特区大鹏新区条例》) and is no part of a zone's name
SPECIAL_ECONOMIC_ZONE = "经济特区"
# Pronouns that make a place word no name (全区, 我镇, 各乡镇, 该街道)
PRONOUNS = ("全", "本", "我", "各", "该")
# Words that open a phrase for some or all of a county's townships, not one township's name (各乡镇, 所辖街道)
UNNAMED_TOWNSHIPS = (*PRONOUNS, "所辖", "下辖", "辖区", "城区", "部分", "相关", "有关", "其他", "乡镇")
# Words that make what stands before a zone word a level or a pronoun, not a zone's name (省市新区, 全区)
ZONE_STEM_NOT_NAMES = ("省", "市", "县", "区", "镇", "乡", *PRONOUNS)
# The words after an opening's year (2023 年,邹城坚持…): where its subject may stand, short.
OPENING_SUBJECT = re.compile(rf"\s*(?:19|20)\d\d\s*年度?[，,]\s*([{HAN}]{{2,3}})")
CLAUSE_START = r"(?:^|(?<=[，,。；;：:\s□]))"
YEAR_PREFIX = r"(?:(?:19|20)\d\d年度?)?"
# The division above a body, written before its name (重庆市 of 重庆市荣昌区人民政府办公室), as an optional group `above`
DIVISION_ABOVE = rf"(?P<above>[{HAN}]{{1,8}}?(?:省|市|自治区|州|盟))?"
BULLET = re.compile(r"^[\s•·\-—*|\[\]]*")  # — too: ——2017年3月20日在…会议上
# The marks a page's header puts before each of its fields when it lists them (- 标 题: …, • 索引号: …)
LIST_MARKS = "•- "
FIELDS = ("title", "region", "admin_level", "province", "prefecture", "county", "division_code",
          "report_year", "publish_date", "doc_number", "index_number", "issuer")
# The head is the lines before the body (page header, title); the body starts
# at the first long line. Opening: the start of that line.
BODY_LINE, MAX_HEAD_LINES, OPENING_CHARS, TAIL_LINES = 60, 25, 240, 8
# A report on year Y is published in Y to Y+2; a page date outside that is a repost's.
PUBLISHED_WITHIN = 2
# Reports on a year are published by the end of June after it (the State Council's deadline is the end of March).
LAST_MONTH_OF_REPORTS = 6
# The longest line taken as a title that names no rule-of-law word (see _plain_title).
PLAIN_TITLE_CHARS = 40
# How much of the body is read for a self-reference when the head and opening name none.
BODY_CHARS = 1500
# What opens a name of every body of a kind (各乡镇, 各县区), never one body's: no division's name opens so.
EACH = "各"


def _iso(match):
    """A date match -> 'YYYY-MM-DD', or None when it is no calendar date."""
    parts = match.groupdict()
    try:
        y, m, d = (int(parts[k]) if parts[k].isdigit() else int(cn2an.cn2an(parts[k], "smart"))
                   for k in ("y", "m", "d"))
        return datetime.date(y, m, d).isoformat()  # 2024-02-31 or 2024年4月31日 is no day: no date
    except ValueError:
        return None


def _field_value(field, value):
    """The header value as its field, or None when it does not look like one."""
    if field == "doc_number":
        number = DOC_NUMBER.fullmatch(value) or COMPACT_NUMBER.fullmatch(value)
        return number.group() if number else None
    if field == "index_number":  # letters, digits and their separators: not the next label run on to it once spaces are
        # closed up (011043217/2024-15822分    类, 00006文号涵政综…)
        code = re.match(r"[0-9A-Za-z/\-_.*]+", value)
        return code.group() if code and re.search(r"\d", code.group()) else None
    return value if re.fullmatch(rf"[{HAN}（）()]+", value) else None


@lru_cache(maxsize=None)
def _label_pattern(labels):
    """The pattern of a header's labels (a tuple), with spaces allowed between a label's characters
    (文 号). Built once per set of labels: headers are read for every head line of every report."""
    longest_first = sorted(labels, key=len, reverse=True)

    def spaced(written):
        return "|".join(r"\s*".join(map(re.escape, label)) for label in written)
    # a label opens its line or follows a space or bracket, or the colon of an empty field before it
    # (作者:时间:2024-04-01); a long label may also run on from the words before it (信息来源:本网
    # 法规与宣教科发布日期:2023-01-18), and a short one where its colon follows (来源:…街道办日期:2026年01月19日), also
    # after a date's digits (日期:2022-03-29来源:区卫健委, as it reads with the space a page may put between them)
    long_labels = [label for label in longest_first if len(label) >= 4]
    short_labels = [label for label in longest_first if len(label) < 4]
    return re.compile(rf"(?:(?:^|(?<=[\s\[|【/:：]))(?P<label>{spaced(longest_first)})"
                      rf"|(?<=[{HAN}])(?P<run_on>{spaced(long_labels)}|(?:{spaced(short_labels)})(?=\s*[:：]))"
                      rf"|(?<=\d)(?P<after_digits>{spaced(longest_first)})(?=\s*[:：]))"
                      r"\s*(?:[:：|\]】]\s*)*")


# a header field's value: a run without spaces or marks (but a closed bracket's year: 台路交【2024】6号), or a
# date and its time (2025-02-08 08:53)
HEADER_VALUE = re.compile(r"(?:【[^\s|\]】:：]{1,8}】|[^\s|\]】:：])+(?:\s\d{1,2}:\d{2}(?::\d{2})?)?")


def _before_next_label(value, line, labels):
    """A header value as written, but where a colon follows it, it runs into the next field's label:
    what stands before a label it ends in (发布机构:田村路街道办事处日期:2022-02-15), or nothing where
    the label is one no field reads (发文机关: 主题分类: an empty field)."""
    written = value.group().strip()
    if not line.startswith((":", "："), value.end()):
        return written
    label = next((label for label in labels if written.endswith(label) and written != label), None)
    return written[:-len(label)] if label else ""


def _header_fields(lines, labels, preferred=()):
    """{field: value} from labelled header lines (发布日期：…, | 文 号 | …, [ 成文日期 ] …,
    发布日期2026-01-27); a value is taken only where it looks like its field, the first one found
    unless a `preferred` label gives it later (成文日期 after a page's 发布时间); but a preferred date after the
    page's own (成文日期: 2021-03-22 on a page 发布日期:2021-03-01) cannot be the document's, and the page's stands."""
    found, found_by, page_dates = {}, {}, []
    label_pattern = _label_pattern(tuple(labels))
    for at, line in enumerate(lines):
        # labels are found first and values read after each, so that an empty field
        # (文号: | 发布机构: …; 发布机构 | 文 号 | …; 发布机构: 生成日期:) cannot swallow the next label
        matches = list(label_pattern.finditer(line))
        label_starts = {match.start() for match in matches}
        for match in matches:
            label = re.sub(r"\s", "", match["label"] or match["run_on"] or match["after_digits"])
            field = labels[label]
            where, start = line, match.end()
            if start in label_starts:
                continue
            if not line[start:].strip() and at + 1 < len(lines) and not label_pattern.search(lines[at + 1]):
                where, start = lines[at + 1].strip(), 0  # a label alone on its line, its value below (文  号: / 丹政发〔2020〕14号)
            if field == "publish_date":  # read as a date, which a page may space (2025- 02- 08 08: 53)
                date = DATE.match(where, start)
                value = date and _iso(date)
            else:
                value = HEADER_VALUE.match(where, start)
                value = value and _field_value(field, _before_next_label(value, where, labels))
            if value and field == "publish_date" and label not in preferred:
                page_dates.append(value)
            if value and (field not in found or label in preferred and found_by[field] not in preferred):
                found[field], found_by[field] = value, label
    if found_by.get("publish_date") in preferred and page_dates and min(page_dates) < found["publish_date"]:
        found["publish_date"] = min(page_dates)
    return found


def _title_date(lines):
    """The date a head line prints after a title, if any."""
    match = next(filter(None, (TITLE_DATE.search(line) for line in lines)), None)
    date = match and DATE.fullmatch(match.group(1) or match.group(2))
    return _iso(date) if date else None


def _lone_date(lines, source_labels):
    """A head line that is only a date (• 2024-01-23, - 日期:2026-02-12, 政策法规科 2023-12-29, （2024年1月31日）
    under the title), or the date a report was delivered (2025年3月17日在…人民代表大会常务委员会…): the
    report's publication date; the delivery's before a page's time stamp above it (2022-04-27 17:02
    市人民代表大会常务委员会 / --2022年4月26日在市八届人大常委会…上). A page's stamp may also be a date run into
    the label of its source (`source_labels`: www.lasa.gov.cn2018年05月30日来源:市法制办), or written out with its
    hour and minute (• 2023年03月30日09时24分, 2023年02月13日14时23分 来源:眉山市人民政府)."""
    rests = [_date_line(line) for line in lines]
    for rest in rests:
        delivered = DATE.match(rest)
        if delivered and rest[delivered.end():].startswith("在"):
            return _iso(delivered)
    for rest in rests:
        match = (DATE.fullmatch(rest) or DATE.fullmatch(rest.split(" ")[0]) or DATE.fullmatch(rest.split(" ")[-1])
                 or STAMP.search(rest)  # 来源:市司法局 2024-02-19 10:57 阅读人数:1: the page's time stamp
                 or CLOCK_STAMP.fullmatch(rest)
                 or next((date for date in DATE.finditer(rest)
                          if _without_clock(rest[date.end():]).lstrip(" |").startswith(source_labels)), None))
        if match:
            return _iso(match)
    return None


def _without_clock(words):
    """The words after a date, without the hour and minute that may open them (14时23分 来源:…)."""
    clock = CLOCK.match(words)
    return words[clock.end():] if clock else words


def _date_line(line):
    """A head line without its bullet, its label (日期:) or the brackets of a document's date or a labelled one."""
    rest = BULLET.sub("", line).strip().rstrip(" |")  # (2021年07月08日08:05 |: the bar before the page's font size)
    # a document's date under its title is written in brackets with 年月日 (（2024年1月31日）);
    # a bracketed ISO date (( 2021-03-05)) is a web page's, when it reposted the report
    rest = re.sub(r"^[(（]\s*(\d{4}\s*年.*?)\s*[)）]$", r"\1", rest)
    # (and a labelled date in square brackets, 发布日期:[2021-02-05], is the date)
    return re.sub(r"^[\[【]\s*(\d{4}[^\[\]【】]*?)\s*[\]】]$", r"\1", re.sub(rf"^[{HAN}]{{0,4}}[:：]\s*", "", rest))


def _header_row_labels(unspaced, header_labels):
    """How many header labels a line (its spaces removed) holds."""
    return sum(label in unspaced for label in header_labels)


def _split_head(lines, header_labels, breadcrumb_marks):
    """(head lines, index of the first body line or None): the body starts at the first long line
    that is not a page's row of header fields ([ 索引号 ]… [ 发布机构 ]… [ 成文日期 ]…) nor its
    path (>政务公开 >政府信息公开 >…)."""
    written = 0  # blank lines do not count: a page may space its head lines out
    for at, line in enumerate(lines):
        if written == MAX_HEAD_LINES:
            return lines[:at], None
        if (len(line) > BODY_LINE and _header_row_labels("".join(line.split()), header_labels) < 2
                and not any(re.search(mark, line) for mark in breadcrumb_marks)):
            return lines[:at], at
        written += bool(line.strip())
    return lines, None


def _page_title(line, config):
    """A page's own title line without the site name it joins with _ or - (长沙市司法局_关于长沙市2020年法治
    政府建设情况的报告: the bureau's site posted it; 福建省2023年度法治政府建设情况-ks8凯发官方网站, a site that copied
    it): the one part with a title word, else the line. A hyphen between figures (2021-2025年) joins no parts."""
    split = PAGE_TITLE_JOINER.split(line)
    parts = [part for part in split if any(word in part for word in config["title_words"])]
    return parts[0].strip() if len(parts) == 1 and len(split) > 1 else line


@lru_cache(maxsize=None)
def _title_label(labels):
    """The pattern of the label a page header puts before a title (名  称:, [标题]), with spaces allowed
    between its characters; a label of four characters or more (公报标题市商务局…年报) needs no colon, as no
    title opens with one. Built once per set of labels (a tuple): every head line is tried."""
    def spaced(label):
        return r"\s*".join(map(re.escape, label))
    short = "|".join(spaced(label) for label in labels if len(label) < 4)
    long = "|".join(spaced(label) for label in labels if len(label) >= 4)
    # … and a short one spread out to a header cell's width needs none either (标   题 县政府办2022年度…报告)
    spread = "|".join(r"\s+".join(map(re.escape, label)) for label in labels if len(label) < 4)
    return re.compile(rf"^[\[［]?\s*(?:(?:{short})\s*(?:[:：|]+|[\]］])|(?:{spread})\s+|(?:{long})\s*(?:[:：|]+|[\]］])?)\s*")


def _unlabelled(line, config):
    """A head line without the label a page header puts before a title (名  称: …, [标题]…, 信息名称: …), and
    without the next field of the header row it stands in (信息名称: | 2022年溪湖区…报告 | 主题分类: | 执行结果公开)."""
    label = _title_label(tuple(config["title_labels"])).match(line)
    if label is None:
        return line
    rest = line[label.end():].lstrip(" |")  # (标题: | 淄博市…报告 | ||: a table's cells)
    after = _label_pattern(tuple(config["header_fields"]) + tuple(config["header_row_openings"])).search(rest)
    return (rest[:after.start()] if after else rest).rstrip(" |")


def _titles(lines, config, heading_patterns):
    """[(title line, its index)] of the short head lines with a title word and kind, before
    the first heading: a page often prints its title twice, once with the issuer above it.
    A title broken over two lines (…2022年法治政府建设 / 工作情况的报告) is joined."""
    row_openings = tuple(config["header_row_openings"])
    # (a page's path is no title, nor a part of one on the next line: 首页 > … > 法治政府建设年度报告公开;
    # 首页-法治政府建设 / 松北区2023年度…报告)
    cleaned = ["" if any(re.search(mark, line) for mark in config["breadcrumb_marks"]) else
               LISTED_AT.sub("", TITLE_DATE.sub("", TITLE_TAG.sub(
                   "", _unlabelled(_page_title(line, config).strip(" |").lstrip(LIST_MARKS), config)))) for line in lines]
    found = []
    for at, line in enumerate(cleaned):
        if any(p.match(line) for p in heading_patterns):
            break
        following = cleaned[at + 1] if at + 1 < len(cleaned) else ""
        if (len(line) + len(following) <= BODY_LINE and following.endswith(tuple(config["title_kinds"]))
                and (_title_word_across(line, following, config["title_words"])
                     or BROKEN_AFTER_YEAR.search(line) and any(word in following for word in config["title_words"]))):
            # …卫生健康委2022年度法治 / 政府建设情况报告; 抚顺市顺城区人民政府关于2024年 / 法治政府建设情况的报告;
            # 盐城市大丰区关于2022年 / 推进法治政府建设工作情况的报告
            found.append(((line + following).strip(" |"), at + 1))
            continue
        if (line.endswith(TITLE_JOINERS) and any(w in line for w in config["title_words"]) and following
                and len(line) + len(following) <= BODY_LINE and not following.endswith(("。", ":", "："))):
            # a title that goes on after 和 on the next line (…2022年度法治政府建设工作报告和 / 2023年工作思路)
            found.append((line + following, at + 1))
            continue
        if (line.endswith(("。", ":", "：")) or len(line) > BODY_LINE or not any(w in line for w in config["title_words"])
                or _header_fields([line], config["header_fields"]) or "".join(line.split()).startswith(row_openings)):
            # a sentence, a paragraph, no title or a row of the page's header fields (组配分类 | 法治政府工作报告 |
            # 发布机构 | 丽水市司法局; 关键字 南充市,…)
            continue
        if any(k in line for k in config["title_kinds"]):
            # its kind alone on the next line ends it (…工作情况的 / 报告)
            ending = following if following in config["title_kinds"] else ""
            found.append((_issuer_above(cleaned, at, config) + line.strip(" |") + ending, at + bool(ending)))
            continue
        if (following and len(line) + len(following) <= BODY_LINE and not following.endswith(("。", ":", "："))
                # (not a site's column name above a whole title of its own: 依法行政 / 河北省2017年度…工作报告)
                and not (following.endswith(tuple(config["title_kinds"])) and YEAR.search(following)
                         and any(word in following for word in config["title_words"]))
                and (following.endswith(tuple(config["title_kinds"]))
                     # …应急管理局2025年法治政府建设 / 工作总结及2026年工作思路: the kind inside the next line, after
                     # a line that ends on the title's word
                     or line.endswith(tuple(config["title_words"]))
                     and any(kind in following for kind in config["title_kinds"]))):
            found.append(((line + following).strip(" |"), at + 1))
    return found


# Words a title line may end on when the title goes on on the next line (…工作报告和 / 2023年工作思路).
TITLE_JOINERS = ("和", "及", "与", "暨")
# A title line that ends with the year its report is on, the rest of the title on the next line.
BROKEN_AFTER_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?$")


def _title_word_across(line, following, title_words):
    """Whether a title word is broken between two lines (…2022年度法治 / 政府建设情况报告): in neither, but in both joined."""
    return not any(word in line or word in following for word in title_words) and any(
        word in line + following for word in title_words)


def _dated_title(titles):
    """The first of `titles` that names a year, where the first names none: a site's column printed above the report
    (镇街法治政府建设报告 / 广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告). None otherwise."""
    if not titles or YEAR.search("".join(titles[0][0].split())):
        return None
    return next((found for found in titles[1:] if YEAR.search("".join(found[0].split()))), None)


def _title_of_the_year_told(titles, opening):
    """The (title, index) of `titles` whose year the body opens with, where the first title gives
    another year: a page that heads a 2019 report with 2022 (省应急管理厅 2022 年度… over
    省应急管理厅2019年度…, 2019年,省应急厅…) has the report's own title second. None otherwise."""
    years = [year and year.group(1) for year in (YEAR.search("".join(title.split())) for title, _ in titles)]
    told = YEAR.match(opening.lstrip())
    # … or the one year its opening names, where it never names the first title's (街道2022年…总结 over 街道2020年…总结
    # and 根据《深圳市龙华区2020年度法治政府建设工作方案》部署…: a copying site's title over the report's own)
    named = {year.group(1) for year in YEAR.finditer(opening)}
    year_told = told.group(1) if told else named.pop() if len(named) == 1 else None
    if not year_told or len(titles) < 2 or years[0] in (None, year_told):
        return None
    return next((found for found, year in zip(titles, years) if year == year_told), None)


def _issuer_above(lines, at, config):
    """The issuer's name on the line above a title that opens with its year or 关于 (陕西省人民政府办公厅 /
    2021年度法治建设工作情况报告): the title's first words; else nothing."""
    above = lines[at - 1].strip(" |") if at else ""
    issuer = (re.fullmatch(rf"[{HAN}]{{2,20}}", above)
              and above.endswith((*config["department_endings"], *config["government_words"])))
    return above if issuer and re.match(r"(?:关于)?(?:19|20)\d\d", lines[at].strip(" |")) else ""


def _may_match(config, key, text):
    """Whether the pattern `key` of the metadata cues may match in `text` (pattern_needs)."""
    return may_match(text, config.get("pattern_needs", {}).get(key))


def _blank(text, pattern):
    """`text` with every match of `pattern` replaced by as many □, so offsets hold."""
    return re.sub(pattern, lambda m: "□" * len(m.group()), text)


def _level_by_suffix(name, suffixes):
    return next((level for suffix, level in suffixes if name.endswith(suffix)), None)


def _suffix_table(config):
    return sorted(((suffix, level) for level, suffixes in config["level_suffixes"].items() for suffix in suffixes),
                  key=lambda pair: -len(pair[0]))


# The ending of a commission that manages something for its government (城市管理委员会), which is also
# how a zone's own government is named (开发区管理委员会).
MANAGING_COMMISSION = "管理委员会"
# A year opening a clause, before the clause's subject (2023年,新县在…).
# ... perhaps after who leads it, blanked (2024年,在市委市政府坚强领导下,房县坚持…)
# a year written right after a name that opens a title (佳县2024年度法治建设工作的报告)
YEAR_AFTER_NAME = re.compile(r"\s*(?:19|20)\d\d\s*年")
YEAR_SUBJECT = re.compile(r"(?:^|[，,。；;\n])\s*(?:19|20)\d\d年度?[，,]?(?:□+[，,]?)?$")
# What stands before the province in a free trade zone's name (中国(上海)自由贸易试验区).
FREE_TRADE_PROVINCE = re.compile(r"中国[(（]$")
# A department's head (厅长, 公安厅(局)长): a person, or a meeting of such heads, not a body that reports.
HEAD_OF = re.compile(rf"(?:[(（][{HAN}]{{1,3}}[)）])?长")
# An area of a zone, named after it (厦门片区 of 中国(福建)自由贸易试验区), or by its quarter
# (甘眉工业园区南区, a committee of its own).
ZONE_AREA = rf"[{HAN}]{{1,4}}?片区|[东西南北中]区"


class _Reader:
    """Finds who reports in a phrase; built once per knowledge."""

    def __init__(self, config):
        self.config = config
        self.zone_words = sorted(config["level_suffixes"]["development_zone"], key=len, reverse=True)
        # each word list as one alternation, made once and shared by the patterns below
        governments, endings = alternation(config["government_words"]), alternation(config["department_endings"])
        bodies, generic = alternation(config["other_bodies"]), alternation(config["generic_words"])
        zones, slogans = alternation(self.zone_words), alternation(config["slogan_words"])
        self.government = re.compile(rf"(?:{governments})")
        # an autonomous region's Party committee or government (自治区人民政府) named as the text's own superior
        self.autonomous_region_body = re.compile(alternation(
            [body for body in config["province_bodies"] if body.startswith(AUTONOMOUS_REGION)]))
        # (卫生健康委员会 whole, not cut at its ending 健康委; 上海市民防办公室 whole, not cut at 防办)
        # (a whole name first: 城西乡妇联积极响应县妇联 is 城西乡's 妇联, not a name running on to the next one)
        names = alternation(config["department_names"])
        # … or an ending of two characters or more alone, a commission written short right after its place or level
        # word (天津市科委, 市教委); not 局 or 厅 alone (市局, 省厅: the body above, as its staff call it)
        whole_endings = alternation([ending for ending in config["department_endings"] if len(ending) >= 2])
        self.department = re.compile(rf"(?:{names}|[{HAN}]{{1,16}}?(?:{endings})(?!公室)(?:员会)?|(?:{whole_endings})(?!公室))")
        # a congress or committee may be named by its term (福建省第十四届人民代表大会常务委员会)
        self.other_body = re.compile(rf"(?:第[一二三四五六七八九十\d]+届)?(?:{bodies})")
        self.institution = re.compile(rf"[{HAN}]{{2,12}}?(?:{alternation(config['institution_endings'])})(?!组|城|区|工作|镇|村)")
        self.sector = re.compile(rf"[{HAN}]{{2,8}}?(?:{alternation(config['sector_endings'])})")
        # a sector of the government the text calls its own, as a clause's subject (全市司法行政系统在…)
        self.own_sector = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}[，,]?全(?:{generic})"
                                     rf"(?!{alternation(config['cross_branch_sectors'])})[{HAN}]{{0,8}}?"
                                     rf"(?:{alternation(config['sector_endings'])})")
        # a zone named after two places joins them with a hyphen (广西-东盟经济技术开发区)
        # … perhaps one area of it (中国(福建)自由贸易试验区厦门片区)
        self.zone = re.compile(rf"[-－—]?[{HAN}]{{0,6}}?(?:{zones})(?:{ZONE_AREA})?")
        # … or an area its own committee governs, as a zone's does (永安市景区管理委员会, 旅游度假区管委会);
        # not a department that manages something (城市管理委员会)
        self.committee_area = re.compile(rf"[{HAN}]{{0,6}}?区(?=管理委员会|管委会)")
        branches = alternation(config["branch_endings"])
        self.branch = re.compile(rf"(?:{branches})$")
        # … named by a place the gazetteer does not list (not 各分局, 下属分局: all of its branches)
        self.local_branch = re.compile(rf"(?![各下所直派])[{HAN}]{{2,4}}?(?:{branches})")
        # a department's other name, in brackets right after its own (藏语委办(编译局)): one body with two
        # plates, whose full name as written holds both; not the short name the text then uses ((以下简称总队))
        self.department_alias = re.compile(rf"[(（](?!以下|下称|简称)[{HAN}]{{1,8}}?(?:{endings})[)）]")
        # a ministry (交通运输部), whose guidance a province's department (我厅) reports under
        self.ministry = re.compile(alternation([name for name in config["central_departments"] if name.endswith("部")]))
        self.central_department = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}原?(?P<department>"
                                             rf"{alternation(config['central_departments'])})(?!门|[{HAN}]{{0,8}}?(?:省|市|县|区))")
        # ... not 公安部门 (the police of any place) nor the State Council bureau's provincial one
        # (…or the whole of it, all its governments as the subject: 全州各级政府坚持…, 全县各级行政机关认真…)
        self.generic = re.compile(rf"(?:(?<=[我本])(?P<own>{generic})|(?<=全)(?P<whole>{generic})(?=各级(?:人民)?(?:政府|行政机关))"
                                  rf"|(?:(?<![{HAN}])|(?<=[将从由对向是])|(?<=\d年))(?P<kind>{generic}))")
        self.own_government = re.compile(rf"[我本]({generic})")
        self.whole_township = re.compile(config["whole_township"])
        # … or its government, by the kind alone, as a clause's subject (…领导下,县政府坚持…)
        self.kind_government = re.compile(rf"{CLAUSE_START}({generic})"
                                          rf"(?:{governments})")
        self.clause_start = re.compile(CLAUSE_START)
        # … but a kind's government followed by 办 is its general office as the subject (区政府办认真贯彻…,
        # 2023年,市政府办公室坚持…): a department reporting on itself
        self.kind_office = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}[，,]?(?:{generic})(?:{alternation(config['office_words'])})"
                                      rf"(?!事)")
        # a paragraph that opens on one of the government's departments as its subject (市司法局充分发挥…)
        self.department_paragraph = re.compile(rf"\s*(?P<department>(?:{generic})[{HAN}]{{1,8}}?(?:{endings}))"
                                               rf"(?![{HAN}]*[:：])")
        # a department named bare as the subject of a clause, before what it does (…领导下,农业农村厅坚持…;
        # 今年以来,卫健局坚持…): short, so no phrase that merely ends in a department's ending (…工作格局)
        self.bare_department = re.compile(rf"{CLAUSE_START}(?P<department>[{HAN}]{{1,8}}?(?:{endings}))"
                                          rf"(?={alternation(config['subject_verbs'])})")
        # … or as the first words of its report's title, before the year (司法局2024年法治政府建设年度报告)
        self.bare_department_title = re.compile(rf"(?P<department>[{HAN}]{{1,8}}?(?:{endings}))(?=\s*20\d{{2}}\s*年)")
        # a party committee and its government reporting together (长寿镇党委、政府坚持…; 汾阳市委、市政府坚持…;
        # 自治区党委和政府坚持…; 聊城市委市政府持续…)
        self.joint_government = re.compile(rf"(?:{bodies})[、和]?(?:{generic})?(?:{governments})")
        # … or, by the kind alone, as a clause's subject (乡党委、政府高度重视…; 县委、县政府坚持…)
        self.kind_joint_government = re.compile(rf"{CLAUSE_START}({generic})(?:{self.joint_government.pattern})")
        # … or as what leads a department (在区委、区政府的领导下,我局…; 按照市委、市政府…要求; 围绕县委、县政府
        # 决策部署)
        self.led_by_kind = re.compile(rf"(?:在|按照|根据|围绕|落实)({generic})(?:{self.joint_government.pattern})")
        # an addressee that opens a page whose lines were run together (中共嘉兴市委、嘉兴市人民政府: 2020年,
        # 海宁市以…), a government's or a committee's name and a colon, the body on the same line
        self.run_on_addressee = re.compile(rf"(?P<addressee>(?:中共)?[{HAN}、]{{2,28}}?(?:{governments}|{bodies})[:：])"
                                           rf"[ \t\u3000]*(?=\S)")
        self.announcement = re.compile(f"(?:{alternation(config['announcements'])})")
        # the year a report announces itself on (…在2023年工作基础上稳步提升…现将我镇2024年法治政府建设情况报告如下)
        # (of a span it announces, 现将2021年至2025年度…报告如下, the whole span: the last year is the one reported on)
        self.announced_year = re.compile(rf"{self.announcement.pattern}[^。；;\n]{{0,30}}?(20\d{{2}})\s*年"
                                         rf"(?:{SPAN_JOINER}20\d{{2}}\s*年)?")
        # … or of the title it sends on (现将《2022年全市司法行政工作总结》印发给你们…做好2023年…工作)
        self.forwarded_year = re.compile(rf"{self.announcement.pattern}《[^《》\n]{{0,30}}?(20\d{{2}})\s*年")
        # … whose title, a report's or a summary's, is the title of a text that only sends it on
        self.forwarded_title = re.compile(rf"{self.announcement.pattern}《(?P<sent>[^《》\n]{{0,40}}?20\d{{2}}[^《》\n]{{0,40}}?"
                                          rf"(?:{alternation(config['title_kinds'])}))》(?:印发|转发)")
        # a sentence's verbs, never words of a body's name (兴安盟保安沼地区设有东部分局)
        self.not_in_a_name = re.compile(alternation(config["not_in_a_name"]))
        self.cover_letter = re.compile(rf"关于(?:{alternation(config['cover_letter_verbs'])})《(?P<sent>[^《》\n]+)》")
        # the title of a document the reporter issued (印发《四川省教育厅关于…的通知》, 制定《余坪镇…方案》): it opens
        # with the issuer's name
        self.issued_title = re.compile(rf"(?:{alternation(config['issuing_verbs'])})《(?P<title>[^《》\n]{{2,}})》")
        self.slogan_before = re.compile(rf"(?:{slogans})$")
        self.goal_before = re.compile(rf"(?:{alternation(config['goal_verbs'])})[^，,。；;：:\n]{{0,10}}$")
        self.requirement_issuers = re.compile(config["requirement_issuers"])
        self.compiled_by = re.compile(config["compiled_by"])
        self.body_class = re.compile(config["body_classes"])
        # (平安建设 is the campaign itself, not a place called 建设: 建设镇 is one)
        self.slogan = re.compile(rf"(?:{slogans})(?!建设)([{HAN}]{{2}})(?=建设|[，,。、”\"])")
        # a department named after its government's name (人民政府外事办公室, 人民政府国有资产监督管理委员会):
        # words, no preposition and no people's congress (人民政府向县人大常务委员会); not the general office
        # (office_words decide it) nor a host of others' press conferences
        self.named_office = re.compile(rf"(?!关于|向|对|在|就|办公[厅室]$|{alternation(config['host_offices'])})"
                                       rf"(?:(?!人大|政协|常委|政府)[{HAN}])+")
        # a government's press office, with its government's name (济宁市政府新闻办组织召开“全市人防法治建设情况”新闻
        # 发布会): the host of another body's conference, so neither is the reporter
        self.press_host = re.compile(rf"[{HAN}]{{0,12}}?(?:{alternation(config['host_offices'])})")
        # (not 我委托: entrusting is no commission)
        self.own_department = re.compile(rf"[我本](?:{alternation(config['own_department_words'])})(?!托)")
        self.own_unit = re.compile(rf"[我本](?:{alternation(config['own_unit_words'])})")
        self.own_place = re.compile(rf"我(?:{alternation(config['generic_words'])})")
        self.own_office = re.compile(rf"(?:[我本]局|局属|局下属)[{HAN}]{{0,8}}?({alternation(config['own_offices'])})")
        # the bare word where a phrase begins or after a function word (一是委领导班子, 提交委党组会), not a
        # name's end (办公厅党组, 管理局党组)
        self.own_department_body = re.compile(rf"(?:^|(?<![{HAN}])|(?<=[{FUNCTION_CHARS}]))(?:局|委|厅)"
                                              rf"(?:{alternation(config['own_department_bodies'])})")
        # a zone in no gazetteer, named where a sentence or clause begins, perhaps after the
        # year (西咸新区…, …指导下,仲恺高新区坚持…, 2024年宁河经济开发区在…), never starting with the
        # 年 of a year a PDF copy spaced (2016 年滨海新区)
        self.named_zone = re.compile(rf"{CLAUSE_START}(?:中共|关于)?{YEAR_PREFIX}(?P<zone>(?!年)[{HAN}]{{2,4}}?"
                                     rf"(?:{zones})(?:{ZONE_AREA})?)")
        # a zone that names itself only by its kind where a clause begins (2023年,高新区坚持…), not
        # one of its departments (高新区综治局) nor a kind its division's name follows (高新区(新市区))
        self.bare_zone = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}(?P<zone>{zones})"
                                    rf"(?!(?!{governments})[{HAN}]{{0,8}}?(?:{endings})|[(（])")
        # a township in no gazetteer, opening a phrase as the government it names
        # (北城街街道办事处2025年…报告): its name ends in a township word and a government word follows
        townships = alternation(config["level_suffixes"]["township"])
        self.named_township = re.compile(rf"^(?:关于)?{YEAR_PREFIX}[，,]?(?P<township>[{HAN}]{{2,6}}?(?:{townships}))"
                                         rf"(?:{governments})")
        # ... or, opening a title, the year and the title's words (海安街道2024年法治政府建设情况报告)
        self.titled_township = re.compile(rf"^(?!{alternation(UNNAMED_TOWNSHIPS)})(?P<township>[{HAN}]{{2,6}}?"
                                          rf"(?:{townships}))(?=\s*(?:19|20)\d\d\s*年度?[^，,。]*?"
                                          rf"(?:{alternation(config['title_words'])}))")
        # ... or written right after its county, before the year, its government or what it does as a subject
        # (垫江县桂东街道2025年…: a street a merger made that year; 历下区建筑新村街道 2024年度…, a title spaced
        # before its year; 弋阳县弋江街道在…, a street renamed from a town), its name of no level's or body's words
        # (市 may stand inside the name, never open it: 黔江区水市乡), nor words for some or all of them (各乡镇在…)
        self.unlisted_township = re.compile(rf"(?P<township>(?![省市州盟县区旗委府])(?!{alternation(UNNAMED_TOWNSHIPS)})"
                                            rf"[{HAN}](?:(?![省州盟县区旗委府])[{HAN}]){{0,3}}?(?:{townships}))"
                                            rf"(?=\s*(?:19|20)\d\d|关于|{governments}|在"
                                            rf"|{alternation(config['subject_verbs'])})")
        # a 街道 that its report calls by the short form 街, as a clause's subject (…领导下,松洲街以…)
        # or its title's (2022年胡家园街法治政府建设工作总结)
        self.short_street = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}(?P<street>[{HAN}]{{2,4}}街)(?![道{HAN}]*?[路巷])")
        # ... its title's words right after it, perhaps after the year (黄石街2020年法治政府建设…), spaced
        # as a PDF copy spaces it or not (海滨街 2020 年法治政府…)
        self.titled_after = re.compile(rf"\s*(?:(?:19|20)\d\d\s*年度?)?\s*(?:{alternation(config['title_words'])})")
        # a department of a zone that names it only by its kind (高新区综治局2021年…报告)
        self.zone_department = re.compile(rf"{CLAUSE_START}{YEAR_PREFIX}(?P<department>"
                                          rf"(?:{zones})[{HAN}]{{1,8}}?"
                                          rf"(?:{endings}))")
        self.suffixes = _suffix_table(config)
        # the labels a page header puts before its source (来源:, 信息来源:), which may follow its date run together
        self.source_labels = tuple(label for label, field in config["header_fields"].items() if field == "source_label")

    def is_department(self, name):
        """Whether a name the department pattern matched after a division is a department's: no government
        word in it, but a commission that manages something (城市管理委员会, 国有资产监督管理委员会); a zone's
        管理委员会 and a government's 人民政府办公室 are their government's own."""
        managed = name[:-len(MANAGING_COMMISSION)] if name.endswith(MANAGING_COMMISSION) else name
        return bool(managed) and not self.government.search(managed) and not self.not_in_a_name.search(name)

    def named_department(self, text, at=0):
        """The match of a department's name at `at` in `text` (市场监督管理局…), or None where what the pattern
        matches there is no department's (人民政府…, …受到管局)."""
        department = self.department.match(text, at)
        return department if department and self.is_department(department.group()) else None

    def _is_word(self, phrase, start, end, names):
        """Whether a two-character full name (城区, 和县) is an ordinary word here: it names a
        division only when a government, department, zone or other body follows it, or when it is
        the subject a year opens a clause with (2023年,新县在市委…领导下), and not when it opens with
        a conjunction after other words (市政府和县委 is 和 县委), or after a title or a quotation (《条例》和县政府; □, a
        title blanked out). A township's name that ends a longer name is a word too (_ends_a_longer_name)."""
        if _ends_a_longer_name(phrase, start, names):
            return True
        if end - start > 2 or phrase[start:end] not in names:
            return False
        if _opens_with_a_conjunction(phrase, start):
            return True
        if YEAR_SUBJECT.search(phrase, 0, start):
            return False
        after = phrase[end:]
        if YEAR_AFTER_NAME.match(after) and (start == 0 or not re.match(rf"[{HAN}]", phrase[start - 1])):
            return False  # 沛县2024年法治政府建设年度报告: a title that opens with its county and the year
        return not (any(p.match(after) for p in (self.government, self.zone, self.other_body))
                    or self.named_department(after))

    def _chains(self, phrase):
        """[(start, end, [full names of the chain's divisions])]: division names written one after another,
        and a township the gazetteer does not list written right after its county (垫江县桂东街道), by its
        name as written (not the 东街道 of another county that ends it)."""
        chains, unlisted_end = [], 0
        found = gazetteer.find_divisions(phrase)
        starts = {start for start, _, _ in found}
        for start, end, names in found:
            if start < unlisted_end:
                continue
            if phrase[start:end] in self.zone_words or self._is_word(phrase, start, end, names):
                continue  # 高新区 is a zone word here, not the district of that name
            if chains and chains[-1][1] == start:
                chains[-1] = (chains[-1][0], end, chains[-1][2] + [names])
            else:
                chains.append((start, end, [names]))
            unlisted = (None if end in starts or not any("county" in gazetteer.levels(name) for name in names)
                        else self.unlisted_township.match(phrase, end))
            if unlisted:
                unlisted_end = unlisted.end("township")
                chains[-1] = (chains[-1][0], unlisted_end, chains[-1][2] + [[unlisted["township"]]])
        return chains

    def _actor_after(self, phrase, start, end, named):
        """The reporter named by phrase[start:end] and the words after it, or None for another body."""
        after = phrase[end:]
        written = phrase[start:end]
        if self.requirement_issuers.match(after):
            return None  # 依据…江苏省、常州市有关政府信息公开工作要求编制: whose requirements are followed
        if self.body_class.match(after):
            return None  # 浙江省县级社会矛盾纠纷调处化解中心: the centres of all its counties, none of them who reports
        league = next((word for word in ("共青团", "团") if phrase[:start].endswith(word)), None)
        if league and after.startswith("委"):
            # 共青团林芝市巴宜区委员会, 共青团鄂州市委, 团杨陵区委: the Youth League's committee of the place, which
            # reports as a department does
            committee = "委员会" if after.startswith("委员会") else "委"
            return {"kind": "department", "written": league + written + committee, "named": named}
        if self.other_body.match(after) and not self.government.match(after):
            joint = self.joint_government.match(after)
            if not joint:
                return None
            return {"kind": "government", "written": written, "named": named}  # 长寿镇党委、政府坚持…
        if FREE_TRADE_PROVINCE.search(phrase, 0, start) and after[:1] in ")）":
            # 中国(上海)自由贸易试验区: a free trade zone names its province in brackets after the country
            written, after = phrase[start - 3:end + 1], after[1:]
        zone = self.zone.match(after) or self.committee_area.match(after)
        if zone and self.goal_before.search(phrase, 0, start):
            return None  # 为江北奋力建设中国式现代化重庆先行示范区提供…保障: a zone to be built
        if zone and not self.government.match(after):
            department_end = self._zone_department_end(after, zone.end())
            if department_end:  # 武汉经开区统计局; not its 管理委员会, but its committee's 应急管理局
                return {"kind": "department", "written": written + after[:department_end], "named": named}
            return {"kind": "development_zone", "written": written + zone.group(), "named": named}
        government = self.government.match(after)
        if government:
            office = self.department.match(after, government.end())
            if (office and self.named_office.fullmatch(office.group())  # 北京市人民政府外事办公室: its department
                    and not self.not_in_a_name.search(office.group())):  # not 区政府副区长…带队到区司法局
                return {"kind": "department", "written": written + government.group() + office.group(), "named": named}
            return {"kind": "government", "written": written, "named": named}
        department = self.department.match(after)
        if department and HEAD_OF.match(after, department.end()):
            return None  # 全国、省、市公安厅(局)长会议: a meeting of its heads, not who reports
        if department and self.is_department(department.group()):
            # …市场监督管理局龙华监管局: the branch, named by a place the gazetteer does not list (one it lists,
            # 重庆市公安局渝北区分局, is joined by _branches and placed in its district)
            branch = self.local_branch.match(after, department.end())
            if branch and any(start == 0 for start, _, _ in gazetteer.find_divisions(after[department.end():branch.end()])):
                branch = None
            name_end = (branch or department).end()
            alias = self.department_alias.match(after, name_end)
            return {"kind": "department", "written": written + after[:alias.end() if alias else name_end], "named": named}
        institution = self.institution.match(after)
        if institution and not self.not_in_a_name.search(institution.group()):  # 深圳市坪山区法律援助中心共组织办理…
            return {"kind": "department", "written": written + institution.group(), "named": named}
        if self.sector.match(after):  # 上海市教育系统深入贯彻…: one of its departments, unnamed
            return {"kind": "department", "written": None, "named": False}
        if self.slogan_before.search(phrase[:start]):
            return None  # 建设法治甘肃: a campaign's name, not who reports
        if phrase[:start].endswith(("关于", "中央")) and after.startswith("工作"):
            return None  # 习近平总书记关于西藏工作的重要指示, 第三次中央新疆工作座谈会: what instructions or a central
            # conference are on, not who reports
        if phrase[:start].endswith(("与", "同")):
            return None  # 与四川邻水县、大竹县签订合作协议: a partner the work was done with, not who reports
        if after.startswith("□") and phrase[:start].endswith(FOLLOWING_A_DOCUMENT):
            return None  # 紧紧围绕西安市《法治政府建设实施方案》: the issuer of a document the work follows, not who reports
        # a place and words that are no body (2017年是海珠区基础建设年): a government only for want of another
        # reading; but a place the year opens a clause with is its subject (2025年,临湘市坚持…)
        return {"kind": "government", "written": written, "named": named,
                "bare": not YEAR_SUBJECT.search(phrase, 0, start)}

    def _zone_department_end(self, phrase, zone_end):
        """Where the name of a department of the zone ending at zone_end ends, its administrative
        committee's between them or not (武汉经开区统计局, 湖南湘江新区管理委员会应急管理局), or of one of
        its centres (重庆高新区政务服务和社会事务中心); else None."""
        committee = ZONE_COMMITTEE.match(phrase, zone_end)
        start = committee.end() if committee else zone_end
        department = self.department.match(phrase, start) or self.institution.match(phrase, start)
        # (not 常州经开区深入推进综治中心…建设: what the zone does, no department of it)
        if department and not self.government.search(department.group()) and not self.not_in_a_name.search(department.group()):
            return department.end()
        return None

    def _short_subject(self, phrase, text):
        """(start, reporter) of a county the opening year introduces by its short name (2023 年,邹城坚持…)
        when the text also writes it in full (邹城市委), else None: a county's short name alone is too
        often a word to be found anywhere else."""
        match = OPENING_SUBJECT.match(phrase)
        for stem in (match[1][:2], match[1]) if match else ():
            names = [stem + end for end in COUNTY_ENDS if "county" in gazetteer.levels(stem + end) and stem + end in text]
            if len(names) == 1:
                return match.start(1), {"kind": "government", "written": names[0], "named": True, "divisions": [names]}
        return None

    def reporter(self, phrase, text, named=True, hosts=False):
        """{kind, written, divisions} of the first reporter the phrase names, or None; with
        named=False only level-only self-references (省政府, 我区) count; with hosts=True, a government whose press
        office hosts a press conference may (where no other reporter is named, its own work is the conference's)."""
        leaders = [m.group() for m in re.finditer(self.config["leader_phrase"], phrase)]
        for pattern in (TITLE_QUOTE, QUOTED_NAME, ADDRESS, COUNTED_CELLS, self.config["leader_phrase"],
                        self.config["dateline"], self.config["newspapers"], self.config["visitors"], self.config["honour_givers"],
                        *((self.config["captions"],) if _may_match(self.config, "captions", phrase) else ()),
                        self.config["counterparts"], self.config["ranked_places"],
                        self.config["apart_from_division"],
                        self.config["merged_bodies"], *(() if hosts else (self.press_host,))):
            phrase = _blank(phrase, pattern)
        candidates = []
        chains = self._chains(phrase)
        for start, end, chain in chains if named else ():
            actor = self._actor_after(phrase, start, end, True)
            if actor:
                candidates.append((start, {**actor, "divisions": chain}))
        # 鲤城区人民政府金龙街道办事处: a government's name run into its sub-unit's is the sub-unit's report, and so is a
        # zone's run into a street or town of it (枣庄高新区兴城街道办事处: the street reports, not the zone)
        for (start, end, _), (next_start, _, next_chain) in zip(chains, chains[1:]):
            government = self.government.match(phrase, end)
            zone_run_on = any(at == start and actor["kind"] == "development_zone"
                              and start + len(actor["written"]) == next_start for at, actor in candidates)
            township = any("township" in gazetteer.levels(name) for name in next_chain[-1])
            if (government and government.end() == next_start or zone_run_on and township) and start in [
                    c[0] for c in candidates]:
                candidates = [c for c in candidates if c[0] != start]
        for street in self.short_street.finditer(phrase) if named else ():
            full = street["street"] + "道"  # 松洲街 for 松洲街道, published as written
            # a road of that name is never the subject of a report on rule-of-law government: where the
            # report never speaks of a street's bodies (我街, 街道办事处), only its title names the street
            titled = bool(self.titled_after.match(phrase, street.end()))
            if ("township" in gazetteer.levels(full)
                    and (titled or any(word in text for word in self.config["street_bodies"]))):
                # not the city its name begins with (黄石街党工委 is no 黄石市's)
                candidates = [c for c in candidates if c[0] != street.start("street")
                              or len(c[1]["written"] or "") >= len(street["street"])]
                candidates.append((street.start("street"), {"kind": "government", "written": street["street"],
                                                            "named": True, "as_written": True, "divisions": [[full]]}))
        if _defers_to_province_government(leaders, self.config):
            # (略)认真贯彻落实…省委、省政府工作要求,强力推动…辽宁省法治政府建设十项重点任务: who carries out
            # its province government's demands is not that government, whose name the phrase gives bare
            candidates = [c for c in candidates if not (c[1].get("bare") and _all_provinces(c[1]["divisions"]))]
        short = self._short_subject(phrase, text) if named else None
        if short and short[0] not in [start for start, _ in candidates]:
            # not where a name is written in full (2025年,岳阳市生态环境局岳阳县分局…: the bureau, not 岳阳县)
            candidates.append(short)
        candidates = self._branches(candidates)
        # 调研组一行首先深入苏辙小学、苏祠街道金龙社区、尚义镇龚村: a place named bare as a later item of a list
        # is one of the places the list goes through, not who reports
        candidates = [c for c in candidates if not (c[1].get("bare") and phrase.endswith("、", 0, c[0]))]
        covered = [(s, e) for s, e, _ in chains]
        unresolved = None  # the first 县政府 whose county the text never names in full
        for match in self.generic.finditer(phrase):
            word = match["own"] or match["whole"] or match["kind"]
            if any(s <= match.start() < e for s, e in covered):
                continue
            after = phrase[match.end():]
            if match["kind"] and not (self.government.match(after) or self.department.match(after)
                                      or self.joint_government.match(after)):  # 自治区党委和政府坚持…
                continue
            zone = self.most_named_zone(text) if word == "区" else None
            if zone:  # 我区 in a zone's report: the zone its text names (南昌经开区)
                candidates.append((match.start(), {"kind": "development_zone", "written": zone[0], "named": True,
                                                   "divisions": [zone[1]]}))
                continue
            division = (_led_by_own_committee(leaders, word) or self.most_named(text, word)
                        or (word == "市" and _county_city_under_leader(leaders, text)) or None)
            if (division and word == "市" and _led_by_province(leaders, self.config["province_bodies"])
                    and _under_a_prefecture(division)):
                division = None  # 在省委、省政府和市委的领导下,市政府…: a city, not the county-level city it names
            if (division and word == "区" and self.autonomous_region_body.search(text)
                    and not _in_autonomous_region(division, text)):
                division = None  # 依法治疆…我区, 自治区人民政府: the region, not the one district it names (上海浦东新区)
            if division is None and match["own"]:
                # 我州 whose prefecture the text never names: a place named bare (关于新疆工作) is not who reports
                candidates = [c for c in candidates if not c[1].get("bare")]
                if unresolved is None:  # …nor the city above it (我县深入贯彻落实市委、市政府工作要求)
                    unresolved = (match.start(), word)
            actor = self._actor_after(phrase, match.start(), match.end(), False) if division else None
            if actor:
                candidates.append((match.start(), {**actor, "divisions": [[division]], "generic": word}))
            elif (division is None and self.clause_start.match(phrase, match.start())
                  and self.named_department(after)):
                # 2024年,省教育厅坚持…: a department whose government the text never names (as 我局)
                candidates.append((match.start(), {"kind": "department", "written": None, "named": False,
                                                   "divisions": []}))
            elif unresolved is None and self.government.match(after) and self.clause_start.match(phrase, match.start()):
                unresolved = (match.start(), word)
        own_department = self.own_department.search(phrase) or self.own_sector.search(phrase)
        if own_department:  # 我局: a department that does not say its name here, and stands in any place
            # the phrase names only bare (2017年是海珠区基础建设年,我局…; 以及江门市和我区有关工作部署,我局…)
            bare = [actor for _, actor in candidates if actor.get("bare")]
            candidates = [c for c in candidates if not c[1].get("bare")]
            candidates.append((own_department.start(), {"kind": "department", "written": None, "named": False,
                                                         "divisions": bare[0]["divisions"] if bare else []}))
        zone = next((z for z in self.named_zone.finditer(phrase)
                     if _is_place_name(z["zone"], self.zone_words) and not self.not_in_a_name.search(z["zone"])), None)
        if zone and all(zone.start("zone") < start for start, _ in candidates):
            # 西咸新区 is in no gazetteer; 火炬高新区(中山港街道) names the zone before the division;
            # 湖南湘江新区管理委员会应急管理局 is one of its committee's departments
            department_end = self._zone_department_end(phrase, zone.end("zone"))
            zone_itself = {"kind": "development_zone", "written": zone["zone"], "named": True, "divisions": []}
            street = self._zone_street(phrase, zone.end("zone"), zone_itself)
            if street:  # (…开发区青田街道办事处…: the zone's street)
                candidates.append(street)
            elif department_end:
                candidates.append((zone.start("zone"), {"kind": "department", "named": True, "divisions": [],
                                                        "written": phrase[zone.start("zone"):department_end]}))
            else:
                candidates.append((zone.start("zone"), zone_itself))
        township = self.named_township.match(phrase) or self.titled_township.match(phrase)
        if township and not candidates:  # 北城街街道 is in no gazetteer
            candidates.append((0, {"kind": "government", "written": township["township"], "named": True,
                                   "divisions": []}))
        central = self.central_department.search(phrase)
        if central and not candidates:  # 原环境保护部: a department of the State Council, in no division
            candidates.append((central.start("department"), {"kind": "department", "named": True,
                                                             "written": central["department"], "divisions": []}))
        department = self.zone_department.search(phrase)
        if department and self.government.search(department["department"]):
            department = None  # 经济技术开发区管理委员会 is the zone itself, not one of its departments
        if department and all(department.start("department") < start for start, _ in candidates):
            # (2023年,高新区综治局在区党工委、区管委会的…领导下: the bureau, before the zone's bodies it names)
            city = self.most_named(text, "市")  # placed as its zone is (_zone_by_kind)
            written = department["department"]
            kind = next((word for word in self.zone_words if written.startswith(word)), "")
            zone = kind and self.written_zone(kind, text)  # 新区司法局 of the 金普新区 its text writes
            candidates.append((department.start("department"), {"kind": "department", "named": True,
                                                                "written": (zone or kind) + written[len(kind):],
                                                                "divisions": [[city]] if city else []}))
        if unresolved and candidates and all(
                start > unresolved[0] and not (actor["written"] or "").endswith(unresolved[1]) for start, actor in candidates):
            return None  # 县政府坚持…落实金华市…要求: the county reports, not the city its text names
        if not candidates:
            return None
        bare = self.bare_zone.search(phrase)
        if bare and all(bare.start("zone") < start for start, _ in candidates):
            zone = self._zone_by_kind(bare, text)  # 2023年,高新区坚持…平安珠海…: the zone, not the city
            street = self._zone_street(phrase, bare.end("zone"), zone)
            return street[1] if street else zone
        return min(candidates, key=lambda c: c[0])[1]

    def _zone_street(self, phrase, zone_end, zone):
        """(start, reporter) of a street or town of a zone that no chain of divisions read, written right after the zone's
        name with its government or the year (高新区青田街道办事处2022年…报告: the street reports, not the zone), which
        stands where the `zone` (a reporter) does, or None."""
        township = self.unlisted_township.match(phrase, zone_end)
        if township is None:
            return None
        name = township["township"].removesuffix("办事处")  # (青田街道办事处: the street 青田街道, by its office)
        listed = [[name]] if "township" in gazetteer.levels(name) else []  # (where the gazetteer has it, placed by it)
        return township.start("township"), {"kind": "government", "written": name, "named": True,
                                            "divisions": listed, "zone": zone}

    def _branches(self, candidates):
        """The candidates with a department's name run into its branch's (重庆市公安局 渝北区分局)
        joined into the branch, placed in the branch's district."""
        by_start = dict(candidates)
        for start, actor in candidates:
            named = actor["kind"] == "department" and actor["written"]  # (a sector's department is unnamed)
            branch = by_start.get(start + len(actor["written"])) if named else None
            if branch and branch["kind"] == "department" and branch["written"] and self.branch.search(branch["written"]):
                joined = {**actor, "written": actor["written"] + branch["written"],
                          "divisions": actor["divisions"] + branch["divisions"]}
                return [(s, a) for s, a in candidates if a is not branch and a is not actor] + [(start, joined)]
        return candidates

    def announced(self, body, text):
        """The reporter a report names where it announces itself (…现将宝城镇2025年度法治政府建设
        情况报告如下), whatever its opening names before, or None."""
        for match in self.announcement.finditer(body):
            # …现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布: the title it publishes
            words = re.match(r"[^。；;\n]{0,60}", body[match.end():].removeprefix("《")).group()
            actor = self.reporter(words, text)
            if actor and actor["named"] and actor["written"] and words.startswith(actor["written"]):
                return actor
        return None

    def zone_by_kind(self, phrase, text):
        """The reporter of a zone that calls itself only by its kind (高新区) where a clause of
        the phrase begins, or None."""
        match = self.bare_zone.search(phrase)
        return self._zone_by_kind(match, text) if match else None

    def _zone_by_kind(self, match, text):
        """A bare zone word's reporter: the zone of that kind the text names in full most (园区 ->
        苏州工业园区, 保税区 -> 天津港保税区), else the kind word placed in the city the text names most."""
        kind = match["zone"]
        named = self.most_named_zone(text)
        if named and named[0].endswith(kind):
            return {"kind": "development_zone", "written": named[0], "named": True, "divisions": [named[1]]}
        # … or a zone the gazetteer lists as a division itself (苏州工业园区, 天津港保税区), named in full once or more
        listed = {(text[start:end], tuple(names)) for start, end, names in gazetteer.find_divisions(text)
                  if text[start:end] != kind and text[start:end].endswith(kind)}
        if len(listed) == 1:
            written, names = listed.pop()
            return {"kind": "development_zone", "written": written, "named": True, "divisions": [list(names)]}
        city = self.most_named(text, "市")
        return {"kind": "development_zone", "written": self.written_zone(kind, text) or kind, "named": True,
                "divisions": [[city]] if city else []}

    def written_zone(self, kind, text):
        """The zone of a kind (新区) that the text writes in full more than once and more than any
        other (印发《金普新区…》, “金普新区…”), a zone in no gazetteer; else None. A name is two to
        four characters before the kind word, the longest that is a name (not 保障新区, 进金普新区)."""
        counts = Counter()
        for match in re.finditer(kind, text):
            before = text[max(0, match.start() - 4):match.start()]
            # a division's name the four characters open with is the zone's name's start (大连金普新区, though
            # jieba reads 大连 as an adverb), and a stem that starts inside one is no name (连金普新区)
            names = gazetteer.find_divisions(before)
            division = next((end for begin, end, _ in names if begin == 0), 0)
            cut = {inside for begin, end, _ in names for inside in range(begin + 1, end)}
            stems = ((before[at:], before[max(at, division):]) for at in range(len(before) - 4, len(before) - 1)
                     if at >= 0 and at not in cut)
            written = next((stem + kind for stem, own in stems if re.fullmatch(f"[{HAN}]+", stem)
                            and not any(word in stem for word in ZONE_STEM_NOT_NAMES)
                            and _is_place_name(own + kind, self.zone_words)), None)
            if written:
                counts[written] += 1
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] > 1 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def most_named_zone(self, text):
        """(zone as written, [full names of the division it is named after]) of the development
        zone the text names most (南昌经开区), if it names one more than any district."""
        zones, districts = Counter(), Counter()
        for start, end, names in gazetteer.find_divisions(text):
            if text[start:end] in self.zone_words:
                continue
            zone = self.zone.match(text, end)
            # (not across 经济特区: 《深圳经济特区大鹏新区条例》 names 深圳's 大鹏新区)
            if zone and not self.government.match(text, end) and SPECIAL_ECONOMIC_ZONE not in text[end:zone.end()]:
                zones[(text[start:zone.end()], tuple(names))] += 1
            elif any(name.endswith("区") for name in names) and not self._is_word(text, start, end, names):
                districts[text[start:end]] += 1
        if not zones:
            return None
        (written, names), count = zones.most_common(1)[0]
        return (written, list(names)) if count > max(districts.values(), default=0) else None

    def _departments_of_own_ending(self, text):
        """(start, end, chain, name) of each department the text names whole after a division (text[start:end], of
        that chain), whose name ends as the report calls itself (我局 is no 委员会), or any where it does not say."""
        own = self.own_department.search(text)
        ending = own.group()[1:] if own else ""
        for start, end, chain in self._chains(text):
            department = self.named_department(text, end)
            if (department is None
                    or self.other_body.match(text, end)):  # 县委全面依法治县委员会, 县人大常务委员会: not the government's
                continue
            name = department.group()
            if name.endswith(ending) or name.endswith(ending + "员会"):
                yield start, end, chain, name

    def own_name(self, text, division):
        """The full name a department that calls itself 我局 gives itself in passing, after its own division
        (《益阳市人力资源和社会保障局重大行政决策规则》, 盐城市交通运输局被…表彰), written as the text writes it at
        its longest (江门市新会区统计局); None when the text names no such department or several (a plan of
        杭州市乡村振兴局 beside 杭州市农业农村局), or one whose ending is not what the report calls itself
        (我局 is no 委员会)."""
        # its division written in full before it, not short (江苏承匠律师事务所律师作为分局 is no 江苏省's body)
        in_full = tuple(gazetteer.full_forms(division["name"]))
        longest = {}
        for start, end, chain, name in self._departments_of_own_ending(text):
            if division["name"] in chain[-1] and text[:end].endswith(in_full):
                longest[name] = max(longest.get(name, ""), text[start:end] + name, key=len)
        return next(iter(longest.values())) if len(longest) == 1 else None

    def repeated_own_name(self, text, least=2):
        """(name, "department", division) of a department that calls itself 我厅 or 我局, by the one department
        of that ending its text names whole after a division, at least `least` times (广东省司法厅, in the titles
        of two of its own documents); None when it names none so often, or several of that ending (a notice of
        another bureau it cites)."""
        if not self.own_department.search(text):
            return None
        named = Counter((text[start:end] + name, tuple(chain[-1]))
                        for start, end, chain, name in self._departments_of_own_ending(text))
        if len({name for name, _ in named}) != 1:
            return None
        ((name, places), count), = named.most_common(1)
        division = gazetteer.resolve_any(list(places), text)
        return (name, "department", division) if count >= least and division else None

    def guided_name(self, text, division):
        """The name of a province's department that calls itself 我厅 and names no sector of its own, by
        the one ministry whose guidance its opening says it works under (在交通运输部的指导支持下,我厅… ->
        四川省交通运输厅: a province's 厅 is its ministry's counterpart); None otherwise."""
        own = self.own_department.search(text)
        if division["level"] != "province" or not own or own.group()[1:] != "厅":
            return None
        ministries = {ministry for phrase in re.finditer(self.config["leader_phrase"], text[:BODY_CHARS])
                      for ministry in self.ministry.findall(phrase.group())}
        return division["name"] + ministries.pop()[:-1] + "厅" if len(ministries) == 1 else None

    def office_name(self, text, division):
        """The name of a department that calls itself 我局 and names no sector, by the one kind of office it calls its
        own (2017年是海珠区基础建设年,我局南洲司法所荣立… -> 海珠区司法局: a 司法所 is a justice bureau's); None otherwise."""
        kinds = {self.config["own_offices"][match.group(1)] for match in self.own_office.finditer(text)}
        return division["name"] + kinds.pop() if len(kinds) == 1 else None

    def own_body_department(self, body):
        """A department that names itself only by its own bodies (2020年,局党组共组织…): unnamed, placed where its
        government is found, if at all; None where the body speaks of no such body."""
        if not self.own_department_body.search(body):
            return None
        return {"kind": "department", "written": None, "named": False, "divisions": []}

    def bare_department_titled(self, title):
        """A department its report's title names bare, before the year (司法局2024年法治政府建设年度报告: one of a
        government's departments, whatever place its body calls 我县), or None."""
        match = title and self.bare_department_title.match(title)
        if not match or not self.is_department(match["department"]):
            return None
        return {"kind": "department", "written": None, "named": False, "divisions": [], "bare_name": match["department"]}

    def bare_department_subject(self, phrase, text):
        """A department that its opening names bare as a clause's subject (…领导下,农业农村厅坚持…; 今年以来,
        卫健局坚持…): placed where its government is found, if at all, and named after it (its `bare_name`); None
        when there is no such subject, or
        when its name opens with the name of a zone the text writes (前海管理局 of 前海深港现代服务业合作区: the
        zone's own authority, not one of its departments)."""
        phrase = _blank(phrase, self.config["leader_phrase"])
        subject = next((match["department"] for match in self.bare_department.finditer(phrase)
                        if self.is_department(match["department"])), None)
        if subject is None or re.search(rf"{re.escape(subject[:ZONE_NAME_START])}[{HAN}]{{0,12}}?"
                                        rf"(?:{alternation(self.zone_words)})", text):
            return None
        issued = next((match for match in (re.match(rf"([{HAN}]{{2,10}}?){re.escape(subject)}关于", title["title"])
                                           for title in self.issued_title.finditer(text)) if match), None)
        names = issued and next((names for start, end, names in gazetteer.find_divisions(issued[1])
                                 if (start, end) == (0, len(issued[1]))), None)
        if names and len(names) == 1:  # 2021年,教育厅以…; later 印发《四川省教育厅关于…的通知》: the notice it issued
            return {"kind": "department", "written": issued[1] + subject, "named": True, "divisions": [names]}
        return {"kind": "department", "written": None, "named": False, "divisions": [], "bare_name": subject}

    def governed_zone(self, body, text):
        """The reporter of a zone's report that names no reporter but speaks of the bodies governing a zone
        (党工委、管委会将全区法治建设…): the zone its text names most (《2021年池州经开区重点工作责任清单》), or None."""
        if not any(word in body for word in self.config["zone_governments"]):
            return None
        zone = self.most_named_zone(text)
        return zone and {"kind": "development_zone", "written": zone[0], "named": True, "divisions": [zone[1]]}

    def zone_host(self, text):
        """Where a zone the gazetteer does not know stands: the one prefecture its text names (深圳市,
        中山), with its province or not, else the one province it names (法治云南); None when the text names
        places of two prefectures or provinces, or a place it cannot tell apart from another."""
        divisions = []
        for start, end, names in gazetteer.find_divisions(text):
            if (self._is_word(text, start, end, names) or text[start:end] in self.zone_words
                    or text[start:end - 1] in self.config["slogan_words"]):  # 全省“平安区”: an honour, no district
                continue
            resolved = gazetteer.resolve_any(names, text)
            if resolved is None:
                return None
            divisions.append(resolved)
        provinces = {d["province"] for d in divisions}
        prefectures = {d["prefecture"] for d in divisions if d["prefecture"]}
        if len(provinces) != 1 or len(prefectures) > 1:
            return None
        host, level = (prefectures.pop(), "prefecture") if prefectures else (provinces.pop(), "province")
        return gazetteer.resolve(host, text, level)

    def sole_division(self, text, least=2):
        """The division of the one place a text names, at least `least` times and nothing else (a 我局
        report whose only place is its own city, in the titles of its own plans: 《许昌市农业农村系统…》);
        divisions written one after another are one place, the last (重庆市涪陵区)."""
        mentions = [tuple(chain[-1]) for _, _, chain in self._chains(text)]
        if len(mentions) < least or len(set(mentions)) > 1 or len(mentions[0]) > 1:
            return None
        return gazetteer.resolve(mentions[0][0], text)

    def slogan_places(self, text, kinds):
        """The divisions (their names ending in one of `kinds`) that slogans of the text name. A
        county's short name is no name on its own (城关, 东方), but in a slogan it is (法治武义建设 ->
        武义县), and so is a two-character full name (平安盂县); not a district's, which are words
        (城区, 郊区, 东区)."""
        known = gazetteer.load_gazetteer()
        return [name for match in self.slogan.finditer(text)
                for name in (*(match[1] + kind for kind in kinds), match[1])
                if name in known and name[-1] in kinds and not (len(name) == 2 and name.endswith("区"))
                and (_short_form_level(name) or not _names_short_form_level(match[1]))]

    def most_named(self, text, kind):
        """The division whose name ends in `kind` (省, 区) the text names most often, if one leads."""
        counts = Counter(name for start, end, names in gazetteer.find_divisions(text)
                         if not self._is_word(text, start, end, names) and text[start:end] not in self.zone_words
                         and not text.endswith(tuple(self.config["object_markers"]), 0, start)  # 将平度市…: acted on
                         # (江苏省、常州市有关…要求: whose requirements are followed, not whose 市政府 reports)
                         and not self.requirement_issuers.match(text[end:end + REQUIREMENT_CHARS])
                         for name in names if name.endswith(kind) or text[start:end].endswith(kind))  # 兴仁县, 兴仁市 now
        counts.update(self.slogan_places(text, kind))
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


# What an autonomous region's name ends in: a text under one (自治区人民政府) may call it 我区.
AUTONOMOUS_REGION = "自治区"


def _in_autonomous_region(name, text):
    """Whether the division a name resolves to lies in an autonomous region (or cannot be told)."""
    division = gazetteer.resolve_any([name], text)
    return division is None or division["province"].endswith(AUTONOMOUS_REGION)


def _ends_a_longer_name(phrase, start, names):
    """Whether a township's name is the tail of a longer one its clause opens with (东街道 in
    桂东街道2025年…, a street no gazetteer lists): not that township, in another county. Only the
    four characters before the name are read, so a whole text's names cost no more than a title's."""
    opening = re.search(rf"{CLAUSE_START}([{HAN}]{{1,3}})\Z", phrase[max(0, start - 4):start])
    return bool(opening and all(gazetteer.levels(name) == {"township"} for name in names)
                and not re.search(rf"[{LEVEL_ENDS}{COUNTY_ENDS}区镇乡{FUNCTION_CHARS}]|关于|对于|我|本|全", opening[1]))


def _is_place_name(zone, zone_words):
    """Whether what stands before a zone word is a name (两江, 西咸), not words (研究制定新区, 按照新区):
    jieba's tagger finds no verb, preposition, conjunction, adverb, particle or pronoun in it."""
    import jieba.posseg
    stem = next((zone[: -len(w)] for w in sorted(zone_words, key=len, reverse=True) if zone.endswith(w)), zone)
    if not stem:  # 经济开发区 alone is the kind of zone, not its name
        return False
    return not any(pair.flag.startswith(("v", "p", "c", "d", "u", "r")) for pair in jieba.posseg.lcut(stem))


def _zone_host(zone, zone_suffixes):
    """The division a development zone is named after (安丘经济开发区 -> 安丘市), or None."""
    stem = next((zone[: -len(s)] for s in sorted(zone_suffixes, key=len, reverse=True) if zone.endswith(s)), zone)
    known = gazetteer.load_gazetteer()
    return next((name for name in (stem, *(stem + s for s in ("市", "县", "区", "旗"))) if name in known), None)


# The characters a department's short name leaves out between two of its own, at most (文广旅局 of 文化广播电视和
# 旅游局 leaves out 播电视和; 人力资源社会保障局 of 人力资源和社会保障局, 和).
SHORT_FORM_GAP = 4


def _in_full_as_written(place, short, text):
    """A department's name made from its division's name (`place`) and a short form (`short`: 市文广旅局 less its 市),
    as the text writes it in full: the one name it writes that opens with the place and holds the short form's
    characters in order, a few left out between them (上海市 and 人力资源社会保障局: 上海市人力资源和社会保障局, written
    in the body; 资阳市 and 文广旅局: 资阳市文化广播电视和旅游局, in the title of a plan it issued), else as made."""
    name = place + short
    if name in text:
        return name
    left_out = f"[{HAN}]{{0,{SHORT_FORM_GAP}}}?"
    in_full = {match.group() for match in re.finditer(re.escape(place) + left_out.join(map(re.escape, short)), text)}
    return in_full.pop() if len(in_full) == 1 else name


def _as_written(name, text):
    """A division's name as the report writes it: 屏边县 where it never writes 屏边苗族自治县,
    银杏大街街道 where it never writes 开发区银杏大街街道, 横县 where it was not yet 横州市."""
    return max(gazetteer.full_forms(name), key=text.count)


def _county_of(division, text):
    """The county a division stands in, by its name of the time; none where the county-level division
    is a functional area (阿拉善高新技术产业开发区, 152971): a zone governs in a county's place but is no
    county."""
    code = division["code"] or ""
    return None if len(code) >= 6 and code[4] == ZONE_CODE_DIGIT else _name_of_its_time(division["county"], text)


def _name_of_its_time(name, text):
    """A division's name as it was when its report was written: the former name the text writes more
    often than the present one (兴仁县 in a 2016 report, before it became 兴仁市; 禄丰县 in the report,
    禄丰市 only in the header of the site that now posts it)."""
    former = max(gazetteer.former_names().get(name, ()), key=text.count, default=None)
    return former if former and text.count(former) > text.count(name) else name


# A zone's administration after its name (…经济开发区管委会, …管理委员会): the zone reports as itself.
ZONE_ADMINISTRATION = re.compile(r"(?:管委会|管理委员会)$")


def _place(reporter, text, reader):
    """(region, admin level, division) of a reporter."""
    chain = reporter["divisions"]
    # what names the divisions of the chain (no chain, nothing to resolve): a county or district named only in a
    # slogan (创建法治云和, “法治宝安建设”工作部署会) places a township of a name many counties have
    # (but a slogan of the township's own short name, 法治宁安 of 宁安镇, names the township, not the county 宁安市)
    own_stems = {name[:-1] for name in chain[-1]} if chain else set()
    context = (text + "".join(names[0] for names in chain[:-1])
               + "".join(place for place in reader.slogan_places(text, COUNTY_ENDS + "区") if place[:-1] not in own_stems)
               if chain else text)
    division = gazetteer.resolve_any(chain[-1], context) if chain else None
    # the division named just before the reporter's own (巴中市 of …巴州分局, 武隆区 of …工业园区)
    named_before = gazetteer.resolve_any(chain[-2], context) if len(chain) > 1 else None
    listed_elsewhere = False
    if (division and named_before and chain[-1][0].endswith(tuple(reader.zone_words))
            and not division["code"].startswith(named_before["code"])):
        # 奉新县高新技术产业园区, where the gazetteer lists a 高新技术产业园区 only elsewhere: the park of the division
        # named before it, one the gazetteer does not list
        division, listed_elsewhere = None, True
    elif division and named_before and named_before["province"] != division["province"]:
        # 巴中市自然资源和规划局巴州分局: an abbreviation after a division of another province (巴州, which
        # names 新疆's 巴音郭楞) is a county of the division before it written short (巴州区), or nothing of its own
        division = gazetteer.county_written_short(division["name"], named_before) or named_before
    elif (division and named_before and division["level"] == "township"
          and not division["code"].startswith(named_before["code"])):
        # 山东省聊城市阳谷县郭屯镇, where the gazetteer lists a 郭屯镇 only in 郓城县: the town of the county named before it,
        # one the gazetteer does not list
        division, listed_elsewhere = None, True
    # a name in one division, or the one of its names the text writes in full (大河乡, not 大河苗族乡, whose
    # common form it also is), or, for a reporter in no gazetteer (北城街街道), the name as written
    in_full = [name for name in chain[-1] if name in text] if chain else []
    own_name = (chain[-1][0] if len(chain[-1]) == 1 else in_full[0] if len(in_full) == 1 else None) if chain \
        else reporter.get("written")
    # a park the gazetteer names only elsewhere (seven 工业园区, none in 武隆区), or a township it does not
    # list (垫江县桂东街道, made by a merger), stands in the division named before it: 重庆市武隆区工业园区
    # 管理委员会 is 武隆区's
    # (named by its administration or not: 旌德县经济开发区管委会 is 旌德县's 经济开发区)
    zone = ZONE_ADMINISTRATION.sub("", own_name or "")
    park = any(zone.endswith(word) for word in reader.zone_words)
    unlisted = _level_by_suffix(own_name or "", reader.suffixes) == "township" and not gazetteer.levels(own_name)
    parent = named_before if division is None and (park or unlisted or listed_elsewhere) else None
    if parent is None and division is None and unlisted and reporter.get("zone"):
        parent = _place(reporter["zone"], text, reader)[2]  # 高新区青田街道: where its zone stands
    if parent is None and division is None and unlisted:  # 在太仓市委、市政府的正确领导下，陆渡街道…
        parent = _leading_division(text[:BODY_CHARS], "township", reader.config, text)
    if parent:
        return ((_as_written(parent["name"], text) + zone, "development_zone", parent) if park
                else (own_name, "township", parent))
    if division and reporter["kind"] != "department" and (_zone_division(division, reader.zone_words)
                                                          or _park_like(division, text, reader)):
        reporter = {**reporter, "kind": "development_zone", "written": division["name"]}  # 芦台经济开发区
    if reporter["kind"] == "government":
        if reporter.get("as_written"):  # 松洲街: a 街道 published as its report writes it
            region = reporter["written"]
        else:
            region = _as_written(division["name"], text) if division else own_name
        level = (division["level"] if division else "township" if reporter.get("as_written")
                 else _level_by_suffix(region or "", reader.suffixes))
        return region, level, division
    if reporter["kind"] == "department":
        written = reporter["written"]
        if written is None:  # 我局: placed by the government it calls its own (我市), else the one it reports to,
            # else the one its text named as if it reported (see own_department_body)
            # …or the kind of government its opening says leads it (在区委、区政府的领导下,我局…)
            own = reader.own_government.search(text) or reader.led_by_kind.search(text[:BODY_CHARS])
            named = own and reader.most_named(text, own.group(1))
            below_a_province = own and reader.config["own_word_levels"].get(own.group(1)) != "province"

            def its_own(place):  # the one place it names, unless a province above the government it calls its own
                # (市卫健委…围绕市委市政府的中心工作, forwarding 《福建省卫生健康委员会关于…的通知》: no province's commission)
                return None if place and below_a_province and place["level"] == "province" else place

            division = ((named and gazetteer.resolve(named, text)) or _addressed_government(text, reader)
                        or _leading_government(text, reader) or division)
            sole = None if division else reader.sole_division(text)  # (a reading of the whole text: only when needed)
            division = division or its_own(sole)
            if division:
                # …else the name its title or opening gives it bare (城市管理局2023年度…报告; 2021年,司法厅坚持…),
                # after its government's
                return (reader.own_name(text, division) or reader.guided_name(text, division)
                        or reader.office_name(text, division)
                        or reporter.get("bare_name") and _in_full_as_written(division["name"], reporter["bare_name"], text)
                        ), "department", division
            # its one place named once, in its own full name (《江门市交通运输局…规定》)
            once = its_own(reader.sole_division(text, least=1))
            name = once and reader.own_name(text, once)
            if name:
                return name, "department", once
            # …or, where it names places of several divisions, the one department of its own ending it names whole,
            # again and again (我厅; 《广东省司法厅权责清单》,《广东省司法厅关于…的监督管理办法》)
            # (a province above its own government is still the province it stands in, though no code is its:
            # 我局…在县委、县政府…领导下, 以…广东省法治政府建设实施纲要…为指导)
            above = {**sole, "code": None} if sole and its_own(sole) is None else None
            return reader.repeated_own_name(text) or (None, "department", above)
        led_from_below = _county_leading_a_higher_department(text, written, division, reader)
        if led_from_below:  # 北京市司法局…认真贯彻落实区委、区政府决策部署: a district's bureau, its page misnaming it
            return None, "department", led_from_below
        province = division and division["level"] != "province" and division["province"]
        municipality = province and not province.endswith(PROVINCE_ENDS)
        # 山东青岛市农业农村局: a province's name a page puts before a city's department is no part of it
        # (a municipality's is: 重庆市武隆区…)
        added = province and not municipality and next(
            (form for form in gazetteer.written_forms(province, {"province"}) if written.startswith(form)
             and written[len(form):].startswith((division["prefecture"] or division["name"], division["name"]))), None)
        if added:
            written = written[len(added):]
        if not reporter["named"] and division:  # 省司法厅 -> 江苏省司法厅
            short = written[len(reporter["generic"]):]
            written = division["name"] + short
            # a municipality's district heads its departments' names (重庆市涪陵区城市管理局), where the text writes it
            headed = municipality and province + written
            written = headed if headed and headed in text else _in_full_as_written(division["name"], short, text)
        elif not reporter["named"]:
            # 区司法局 of a 西湖区 the gazetteer cannot place (杭州's or 南昌's): named whole where the text
            # writes it so (西湖区司法局2024年工作总结…), else no name of its own, since a level word is none
            own = written[len(reporter.get("generic") or ""):]
            written = next((name + own for names in chain[-1:] for name in names if name + own in text), None)
        elif division and not written.startswith(division["name"]):
            # 河北生态环境厅 where the text also writes 河北省生态环境厅: its name in full
            short = next((form for form in gazetteer.written_forms(division["name"], {division["level"]})
                          if written.startswith(form)), None)
            full = short and division["name"] + written[len(short):]
            written = full if full and full in text else written
        return written, "department", division
    zone = reporter["written"]
    if division is None:
        host = _zone_host(zone, reader.zone_words)
        division = gazetteer.resolve(host, text) if host else reader.zone_host(text)
    return zone, "development_zone", division


# The kinds of government (区委、区政府; 县委、县政府) of a county-level division.
COUNTY_KINDS = ("区", "县")


def _county_leading_a_higher_department(text, written, division, reader):
    """The one county-level division of a province's or a city's (`division`) that a text names most, where that
    division's department (`written`: 北京市司法局) says its body is led by a county's committee and government
    (认真贯彻落实区委、区政府决策部署; 《大兴区行政规范性文件管理办法》): the text is that county's department's,
    whatever the name it opens with; None otherwise, and where the name is that of the department's office in the
    county (焦作市生态环境局中站分局)."""
    led = reader.led_by_kind.search(text[:BODY_CHARS])
    if not (division and led and led.group(1) in COUNTY_KINDS and division["level"] in ("province", "prefecture")):
        return None
    name = reader.most_named(text, led.group(1))
    county = name and gazetteer.resolve(name, text, "county")
    return (county if county and division["name"] in (county["province"], county["prefecture"])
            and gazetteer.short_name(county["name"]) not in written else None)


# How a province's name ends where it is no municipality (北京市, 重庆市 head their districts' names).
PROVINCE_ENDS = ("省", "自治区")
# The township codes of the gazetteer's parks, zones and farms (441900401 松山湖): last three digits.
PARK_CODES = range(400, 600)
# The county-level codes of functional areas (320571 苏州工业园区, 370171): their fifth digit.
ZONE_CODE_DIGIT = "7"
ZONE_NAME_START = 2  # the characters of a zone's name its authority's name opens with (前海 of 前海管理局)


def _zone_division(division, zone_words):
    """Whether a division of the gazetteer is a development zone: named as one (芦台经济开发区) and, at
    county level, coded as a functional area, not a district whose name ends alike (浦东新区 310115,
    滨海新区, 绿园区, 梁园区)."""
    return (any(division["name"].endswith(word) for word in zone_words)
            and (division["level"] != "county" or division["code"][4] == ZONE_CODE_DIGIT))


def _park_like(division, text, reader):
    """Whether a division the gazetteer lists among townships is a park-like unit with a bare name
    (松山湖) whose report speaks of its zone's bodies (党工委、管委会, 园区): a development zone."""
    return (division["level"] == "township" and int(division["code"][6:]) in PARK_CODES
            and _level_by_suffix(division["name"], reader.suffixes) is None
            and any(word in text[:BODY_CHARS] for word in reader.config["zone_bodies"]))


def _short_form_level(name):
    """Whether a division of this name is of a level known by its short form too (东莞市, 浙江省)."""
    return bool(gazetteer.levels(name) & gazetteer.SHORT_FORM_LEVELS)


def _names_short_form_level(short):
    """Whether a slogan's short name is a province's or prefecture's (法治东莞: 东莞市), which it then
    names rather than a township or county of the same stem (东莞镇 of 莒县)."""
    return any(start == 0 and end == len(short) and any(map(_short_form_level, names))
               for start, end, names in gazetteer.find_divisions(short))


def _shared_county_name(reporter, region, level):
    """The name of a county-level government, or of the one a department names itself after, when
    the gazetteer has several of that name (朝阳区 of 北京市 and of 长春市; 西湖区文化广电旅游局):
    which one is not known, but its county's name is."""
    if level == "department" and reporter and len(reporter.get("divisions") or ()) == 1:
        name = reporter["divisions"][0][-1]
    else:
        name = region if level == "county" else None
    shared = len(gazetteer.load_gazetteer().get(name or "", [])) > 1
    return name if shared and gazetteer.levels(name) == {"county"} else None


def _addressed_government(text, reader):
    """The division of the government a report is addressed to (杭州市人民政府: above …我局…), which a
    department reports to as its own; None if its head names none."""
    for line in text.split("\n", ADDRESSEE_LINES)[:ADDRESSEE_LINES]:
        line = line.strip()
        if _addressee(line):
            addressed = reader.reporter(line[:-1], text)
            # … or to its government's own office (省政府法制办:), in the same division
            if addressed and addressed["divisions"] and (
                    addressed["kind"] == "government" or reader.government.search(addressed["written"] or "")):
                return _place(addressed, text, reader)[2]
    return None


def _issuer(line, issuer_suffixes):
    """The line if it is an issuer alone (丹阳市人民政府), not a page's header field (来源:区司法局), else None."""
    line = line.strip()
    return (line if line.endswith(tuple(issuer_suffixes)) and len(line) <= 30
            and not any(mark in line for mark in ":：") else None)


def _title_block(lines, at, issuer_suffixes):
    """The title on line `at` with the issuer above it or alone on the line below it
    (2019年度法治政府建设情况报告 / 丹阳市人民政府); not a line above it that dates the page
    (浙江/杭州-2026-02-25 00:00:00: where and when it was posted) nor one of its header fields
    (• 发布机构: 大理州司法局, the department that posted its government's report)."""
    above = [line for line in lines[max(0, at - 1):at] if not DATE.search(line) and not re.search("[:：]", line)]
    below = _issuer(next((line for line in lines[at + 1:] if line.strip()), ""), issuer_suffixes)
    return "\n".join(filter(None, [*above, lines[at], below]))


def _signature(lines, issuer_suffixes):
    """(issuer, ISO date) of the signature at the end: an issuer line over a date line."""
    for at in range(len(lines) - 1, -1, -1):
        match = next(filter(None, (p.fullmatch(lines[at].strip()) for p in (DATE, CHINESE_DATE))), None)
        if match:
            return _issuer(lines[at - 1] if at else "", issuer_suffixes), _iso(match)
    return None, None


def _counted_years(words):
    """How often `words` name each year, outside titles, leaving out the years spans start from (2016年以来,
    自2016年起) unless they are all the years there are (2023年以来…, in a report on 2023), and always one a
    span runs from with 自 and 以来 (FROM_YEAR)."""
    words = YEAR_SERIES.sub("", FROM_YEAR.sub("", words))
    for kept in (SINCE_YEAR.sub("", words), words):
        counts = Counter(int(year) for year in COUNTED_YEAR.findall(_blank(_blank(kept, TITLE_QUOTE), QUOTED_NAME)))
        if counts:
            return counts
    return Counter()


def _departments_in_turn(lines, reader):
    """Whether the body's paragraphs open on three or more of the government's departments in turn (市司法局充分
    发挥… / 市发改委全面实施… / 市信访局打造…, in a news item on the city's report): it speaks of each, for none."""
    opened = {match["department"] for match in map(reader.department_paragraph.match, lines) if match}
    return len(opened) >= DEPARTMENTS_IN_TURN


def _sections_by_place(lines):
    """Whether the body is sections headed by places, two or more lines that are each one division's name alone
    (鹿城区 / 洞头区 / 乐清市 in a news item on four places' awards): it speaks for each in turn, for none as a whole."""
    short = {line.strip() for line in lines if 2 <= len(line.strip()) <= PLACE_HEADING_CHARS}
    places = {line for line in short if [mention[:2] for mention in gazetteer.find_divisions(line)] == [(0, len(line))]}
    return len(places) >= 2


def _number_line(line):
    """The document number a line of the head or tail gives alone (安经开〔2018〕7号), or None: a line that goes on after
    the number cites it (根据武隆委办字〔2019〕20号“三定”方案,我局为…: the bureau's charter, not the report's number)."""
    line = BULLET.sub("", line).strip()
    match = DOC_NUMBER.match(line)
    if match is None:
        return None
    rest = line[match.end():].strip(" |")
    return match.group() if not rest or rest.startswith("签发人") else None


def _report_year(title, opening, head, text, publish_date, config, reader, page_path=()):
    """The year reported on: the title's (or the last of a span it names without 年, 实施纲要(2015-2020)),
    else that of a head line about the year's rule-of-law work (一、2025年度法治政府建设主要举措和成效, where
    the excerpt has no title), else the one the opening announces (现将…2024年…报告如下) or the title it sends
    on (现将《2022年…工作总结》印发给你们), else the year of the statistics period it declares (统计期限自2023年1月1日
    至12月31日止: `statistics_period`), else the opening's first, else none where an untitled, undated opening
    tells of recent years (近年来) and names none, else the year of publication of a news story
    that counts from this year's start where the years it names are earlier, else the head's (or the text's) commonest
    that is no target (到2020年) and, where others stand, no span's start (_counted_years), else that of the one
    year's work plan it names, else the year of reports its page's path files it under, else that of the one
    date its figures are counted up to (截至2022年5月31日), else the year of publication where the text
    counts from this year's start (今年以来), or is a news story with a byline or a page of the year's second
    half that does not tell of last year (去年全国新收…), else the year before publication."""
    title_words = config["title_words"]
    # (or a head line on the year's work in general, 一、2024年上半年工作总结, where the excerpt is a bureau's summary)
    about_the_year = next((line for line in head if (any(word in line for word in title_words) or YEARS_WORK.search(line))
                           and COUNTED_YEAR.search(_blank(line, TITLE_QUOTE))), None)
    above_body = "\n".join([*head, opening or ""])
    announced = reader.announced_year.search(_blank(above_body, TITLE_QUOTE)) or reader.forwarded_year.search(above_body)
    quoted_title = _quoted_title([*head, opening or ""], title_words, config["title_kinds"])
    if opening and opening.lstrip().startswith(tuple(config["this_year_words"])):
        # an opening that counts from this year's start (今年以来,赣州市司法局…) tells of this year, and an earlier
        # year it names is a ranking announced in it (2021年…满意度列全省第四): a head line further on about the
        # year's work (一、2022年工作开展情况) names the year
        work_line = next((line for line in text.splitlines() if len(line.strip()) <= WORK_LINE_CHARS
                          and YEARS_WORK.search(line)), None)
        if work_line:
            about_the_year, opening = about_the_year or work_line, None
    # a sentence above the body with a year in it (a news story's lead: 记者…了解到,2024年司法行政工作取得实质性成效。)
    # opens it: the body's first year may be the next year's plan (2025年,司法部围绕…做好…工作)
    lead = None if title or not opening else next((line for line in head if line.rstrip().endswith("。")
                                                    and 0 <= text.find(line) < text.find(opening)
                                                    and _names_a_year_not_a_span(line)), None)
    opening = lead + "\n" + opening if lead else opening
    for phrase in filter(None, (title, quoted_title, about_the_year, announced and announced.group(), opening)):
        if (phrase == opening and publish_date is None and not title
                and opening.lstrip().startswith(tuple(config["history_openings"]))):
            return None  # 党的十八大以来,省法制办…;从2014年起…;2015年,设立…: an untitled, undated story of those years
        told = _blank(_blank(_blank(phrase, TITLE_QUOTE), FROM_YEAR), REVISED_IN)
        if phrase != title:  # 荣获“2011—2015年全国法治宣传教育先进城市”: an honour's years, not the year told of
            told = _blank(_blank(told, QUOTED_NAME), YEAR_SERIES)
        match = COUNTED_YEAR.search(told) or (phrase == title and (TITLE_SPAN.search(told) or TITLE_MONTH.search(told)))
        if match and phrase == opening and SINCE_YEAR.match(told, match.start(1)) and _long_after(publish_date, match.group(1)):
            return None  # 2019年以来,县司法局共承办…近200件, on a page of 2022: a span of years, no year reported on
        if match:
            return int(match.group(1))
    # (a disclosure report's declared period: 本年度报告中所列数据的统计期限自2023年1月1日至12月31日止)
    match = re.search(config["statistics_period"], text[:BODY_CHARS]) or OPENING_YEAR.match(opening or "")
    if match:
        return int(match.group(1))
    if (publish_date is None and not title and opening and not COUNTED_YEAR.search(_blank(opening, QUOTED_NAME))
            and any(word in opening for word in config["recent_years_words"])):
        return None  # an undated story of recent years (近年来,我市…): the years it names are its events'
    counts = _counted_years("\n".join(head)) or _counted_years(text)
    from_this_year = any(word in text for word in config["this_year_words"])  # 今年以来
    late_in_the_year = bool(publish_date) and int(publish_date[5:7]) > LAST_MONTH_OF_REPORTS
    if (counts and publish_date and max(counts) < int(publish_date[:4])
            and from_this_year and (re.search(config["news_byline"], text) or late_in_the_year)):
        # a news story that counts from this year's start (记者…获悉,今年以来…查办案件31.5万件), or a page of the
        # year's second half that does (发布时间:2021-11-15, …今年以来,1-10月…出庭应诉率73.55%), tells its year of
        # publication; an earlier year it names is another figure's (2023年全国登记在册经营主体…, 从2019年全年的15%
        # 提高到2020年全年的29.65%): a year's reports come out in its first months
        return int(publish_date[:4])
    if counts:
        most = max(counts.values())
        tied = [year for year, count in counts.items() if count == most]
        opening_clauses = {int(year) for year in CLAUSE_OPENING_YEAR.findall(text)}
        year = next((year for year in tied if year in opening_clauses), tied[0])
        # (the years named neither as a span's start nor in a series)
        other_years = YEAR_SERIES.sub("", SINCE_YEAR.sub("", text))
        if _long_after(publish_date, year) and not COUNTED_YEAR.search(_blank(other_years, TITLE_QUOTE)):
            return None  # the only years the text names start spans (2019年以来…), on a page of 2022: no year reported on
        if publish_date is None and not COUNTED_YEAR.search(other_years):
            # …or on a page of no date, where not even a title it cites names a year (2021年以来,中山市…, a news
            # story of the 八五 plan's mid-term; but 2023年以来 beside 《武清区2023年度…实施方案》 is 2023's)
            return None
        return year
    plans = {int(year) for year in YEAR_PLAN.findall(text)}
    if len(plans) == 1:
        return plans.pop()
    shelf = next(filter(None, (re.search(config["report_shelf"], line) for line in page_path)), None)
    if shelf:  # …> 法治政府建设年度报告 > 2021年度: the page's path files it under the year reported on
        return int(shelf.group(1))
    cutoffs = set(CUTOFF_YEAR.findall(text))
    if len(cutoffs) == 1:  # a news story on the figures so far (截至2022年5月31日,…受理63件) names no other year
        return int(cutoffs.pop())
    dated = set(EVENT_DATE_YEAR.findall(text))
    if len(dated) == 1:  # a news story of one event (…于2023年5月25日组织开展了“法治讲堂”活动) names only its date
        return int(dated.pop())
    if publish_date is None:
        return None
    tells_of_last_year = re.search(config["last_year_lead"], text)  # 去年全国新收…
    # a page of the year's second half that names no year tells of the year so far (发布时间:2022-10-28,
    # 近年来,孙村镇积极开展…), and so does a news story (近日,记者从市司法局了解到,我市4个律师事务所…开始有序复工,
    # published 2020-04-01): a year's reports name their year, news of the day need not
    # (but news of a year's first month tells of the year just ended: 2026-01-04, 法润江淮 善治安徽, on the plan period's
    # five years)
    first_month = int(publish_date[5:7]) == 1
    told_this_year = from_this_year or (((_is_news(text[:BODY_CHARS], config) and not first_month) or late_in_the_year)
                                        and not tells_of_last_year)
    return int(publish_date[:4]) - (not told_this_year)


def _names_a_year_not_a_span(line):
    """Whether a line names a year that is not where a span starts (2024年司法行政工作…, not 2021年以来)."""
    told = _blank(line, TITLE_QUOTE)
    return any(not SINCE_YEAR.match(told, match.start(1)) for match in COUNTED_YEAR.finditer(told))


def _report_title_quoted(quoted, title_words, title_kinds):
    """The title inside a match of TITLE_QUOTE where it is a report's (a title word and a title kind in it), else None:
    a quoted plan (《法治政府建设实施纲要(2021-2025年)》) is no report's title."""
    if quoted and any(word in quoted.group() for word in title_words) and any(kind in quoted.group() for kind in title_kinds):
        return quoted.group()[1:-1]
    return None


def _quoted_title(lines, title_words, title_kinds):
    """The report's own title where a line opens by quoting it (《梧州市人民政府2018年度法治政府建设工作报告》是2019年…
    发布的通知): its year is the year reported on, not the one it was published in."""
    return next(filter(None, (_report_title_quoted(TITLE_QUOTE.match(line.strip()), title_words, title_kinds)
                              for line in lines)), None)


def _forwarded_title(lines, announcement, title_words, title_kinds):
    """The report's own title where no line gives it but an announcement quotes it (根据…规定,现将《温州市洞头区综合
    行政执法局2023年度法治政府建设工作报告》报告如下). None otherwise."""
    return next(filter(None, (_report_title_quoted(TITLE_QUOTE.match(line, announced.end()), title_words, title_kinds)
                              for line in lines for announced in announcement.finditer(line))), None)


def _posted_by_itself(fields, text):
    """Whether a head line's header `fields` name no source, or one the text calls itself by the kind of (来源:区卫健委
    over 现将我委…): who posted a report is read as its author only then (a district's report is often posted by its
    justice bureau, 来源:区司法局, over a text of 我区)."""
    source = fields.get("source_label")
    return source is None or f"我{source[-1]}" in text


def _not_bare_short_form(reporter):
    """Whether a reporter is found and is no division named bare by its short form (山东 for 山东省)."""
    return bool(reporter) and not (reporter.get("bare") and reporter["written"] not in reporter["divisions"][0])


def _long_after(publish_date, year):
    """Whether a page was published more than a year after `year`: a span from it has run over years."""
    return bool(publish_date) and int(publish_date[:4]) > int(year) + 1


def _reporting_office(region, level, opening, announcing, lines, config, announcement):
    """The government's general office as the reporter (武定县人民政府办公室坚持…; a zone's, 兰州新区管委会
    办公室), when its report is addressed to that government (中共武定县委、县人民政府:), announced as the
    office's own (现将…市政府办公厅法治政府建设情况报告如下; 现公布《南京市江宁区人民政府办公室2023年…》, in the
    body or a head line just above it: `announcing`, after one of the words of `announcement`) or begins with it, so
    the office is not speaking for it; else None."""
    if not region or level in (None, "department"):
        return None
    # 县 of 武定县: how the report may name its government (县人民政府, 市政府办公厅; 自治区人民政府办公厅)
    kind = "自治区" if region.endswith("自治区") else region[-1]
    words = config["zone_office_words"] if level == "development_zone" else config["office_words"]
    written = [name + word for word in words for name in (region, kind) if name + word in opening + announcing]
    if not written:
        return None

    def begins_with(name):
        # … or that names it where its title or its opening begins (2024年,广州市人民政府办公厅坚持…), after the
        # division above it or not (重庆市荣昌区人民政府办公室 / 2024年…报告), not as the drafter of its government's
        # report (武定县人民政府办公室牵头,武定县坚持…)
        return re.search(rf"^(?:关于)?{YEAR_PREFIX}[，,]?{DIVISION_ABOVE}{re.escape(name)}(?!牵头)", opening, re.MULTILINE)

    # (the name as the title writes it, where a page's header writes it otherwise: 县政府办2022年度… under 县政府办公室)
    named = next(filter(begins_with, written), written[0])
    addressed = (line.strip() for line in lines[:ADDRESSEE_LINES] if _addressee(line.strip()))
    to_its_government = any(region + "人民政府" in line or kind + "人民政府" in line or kind + "政府" in line
                            for line in addressed)
    # (现将…, 现公布《南京市江宁区人民政府办公室2023年…》: the division above it as the announcement writes it)
    announced = re.search(rf"{announcement.pattern}[^。]{{0,20}}?{DIVISION_ABOVE}{re.escape(named)}", announcing)
    if not (to_its_government or announced or begins_with(named)):
        return None
    office = named if named.startswith(region) else region + named[len(kind):]
    # its official name where the page writes it (遂宁市人民政府办公室 at the head, 市政府办公室 in the body); a short
    # 政府办 is not written so by a longer name it begins (府谷县人民政府办公室: the full name, made of 政府办 later)
    official = region + "人民" + office[len(region):]
    written_so = re.compile(re.escape(official) + "(?!公室|公厅)")
    office = official if office[len(region):].startswith("政府") and any(map(written_so.search, lines)) else office
    # … in full, as its title writes it, after the division above it (重庆市荣昌区人民政府办公室)
    begun = begins_with(office) or (announced if announced and announced["above"] and office.startswith(region) else None)
    return (begun["above"] or "") + office if begun else office


# The head line of a disclosure report's account of its year (一、总体情况), below the preamble its body opens with
# (根据《条例》…编制本报告), and how far below the body's start it may stand
OVERVIEW_HEADING = re.compile(r"[一1][、.．]\s*总体情况\s*$")
OVERVIEW_LINES = 4


def _account_opening(lines, body_at):
    """The first line of a disclosure report's account, under its overview's head line (一、总体情况 / 2022年,市政府
    办公室按照…): where a report whose body opens with a preamble names who reports; else ""."""
    for at in range(body_at, min(body_at + OVERVIEW_LINES, len(lines) - 1)):
        if OVERVIEW_HEADING.match(lines[at].strip()):
            return lines[at + 1][:OPENING_CHARS]
    return ""


def _account_subject(account, reader, text):
    """The reporter an account's first words name, after the year it tells (2025年,海城市人民政府办公室紧紧围绕…), not
    one it names later in the line (2022年,市市场监管领域27个部门单位在湖北省…平台发起…); else None."""
    found = reader.reporter(account, text) if account else None
    written = found and found.get("written")
    return found if written and re.match(rf"{YEAR_PREFIX}\s*[，,]?\s*{re.escape(written)}", account) else None


def _as_its_body_writes(body):
    """A pattern of a body's name as its own text may write it: in full (马鞍山市花山区财政局), or without the places
    above its own (花山区财政局)."""
    rest, pattern = body["written"], ""
    places = [names[0] for names in body.get("divisions", []) if names]
    for at, place in enumerate(places):
        if rest.startswith(place):
            rest = rest[len(place):]
            pattern += re.escape(place) if at == len(places) - 1 else f"(?:{re.escape(place)})?"
    return pattern + re.escape(rest)


# A government's office named as the one that compiled the report (由两城镇人民政府党政办公室编制; a zone's committee's:
# 由福州保税区管委会办公室编制), or the office of its leading group on the work (请联系:龙游县大街乡信息公开领导小组办公室):
# the report is its government's, which the office only drew up.
COMPILING_OFFICE = re.compile(r"(?:人民政府|管委会|管理委员会)?(?:党政|综合|(?:政府信息公开|信息公开|政务公开)(?:工作)?领导小组)?办公室$")
# … whose name may run on from the government above it into a street's or a town's (无锡市锡山区人民政府厚桥街道):
# the street's, by its own name
GOVERNMENT_BEFORE_TOWNSHIP = re.compile(r"^[^，,。]*?人民政府(?=[^，,。]+(?:街道|镇|乡)$)")


def _compiled_for_its_government(region, level, compiler, title, suffixes):
    """(government, its level) where the reporter read is an office of a government that the text's preamble says
    compiled the report or answers questions on it (`compiler`, as compiled_by reads it: 本报告…由两城镇人民政府党政办公室
    编制; 如对本报告有任何疑问,请与青阳县杜村乡办公室联系), written in full or not, unless the title names the office as its
    own (龙游县人民政府办公室2023年…报告); else None."""
    office = region and level == "department" and COMPILING_OFFICE.search(region)
    if not office or (title or "").startswith(region) or office.group() not in (compiler or ""):
        return None
    government = GOVERNMENT_BEFORE_TOWNSHIP.sub("", region[:office.start()])
    below = _level_by_suffix(government, suffixes)
    if below == "township":  # by its own name, as a township is named (青阳县杜村乡 is 杜村乡)
        government = _township_own_name(government)
    return (government, below) if below not in (None, "department") else None


def _township_own_name(name):
    """A township's name without the divisions above it that run before it (常州市钟楼区南大街街道 → 南大街街道, and
    无锡市锡山区厚桥街道 → 厚桥街道, though the gazetteer lists no 厚桥街道)."""
    spans = gazetteer.find_divisions(name)
    if not spans:
        return name
    start, end, _ = spans[-1]
    return name[start:] if end == len(name) else name[end:]


def _issued_by_place(body, level, above, reader):
    """(region, division) of a government that never names itself but issues a document whose title opens with the
    name of one place of its level (区政府…印发《常州市天宁区机构改革方案》; 全镇…制定《余坪镇法治建设三年行动方案》),
    within the division that leads it where that is known; else None. A document it only follows (贯彻落实《…》)
    names the place above it, and two such places name none."""
    if level not in ("county", "township"):
        return None
    places = {}  # (region, division code): (region, division)
    for title in (match["title"] for match in reader.issued_title.finditer(body)):
        spans = gazetteer.find_divisions(title)
        if not spans or spans[0][0] != 0:
            continue  # a title that opens with no place (《关于…的通知》)
        region, found_level, division = _place({"kind": "government", "named": True,
                                                "divisions": [names for _, _, names in spans[:2]]}, title, reader)
        # (a place the gazetteer cannot tell apart stands only where nothing leads it)
        placed = (division["prefecture"] == above["prefecture"] if division and above else above is None)
        if found_level == level and region and placed:
            places[region, division and division["code"]] = (region, division)
    return next(iter(places.values())) if len(places) == 1 else None


def _addressee(line):
    """Whether a short line is whom the report is addressed to (市委、市政府:), not its opening."""
    return (line.endswith((":", "：")) and len(line) <= 30 and "如下" not in line
            and not any(mark in line[:-1] for mark in ":：")  # 来源:留下街道 点击率: is a page's header
            and not re.search(r"\d|\s", line))  # … and so is a byline: 2026-01-22 碌曲县人民政府办公室 浏览:


# The first characters of a text where a court acting (court_acting) makes it the court's news.
COURT_OPENING_CHARS = 120
# The head lines where a report's addressee (杭州市人民政府:) stands.
ADDRESSEE_LINES = 12
# What a title without a rule-of-law word ends in (a bureau's 2018年工作总结与2019年工作计划 too, or its
# 2021年工作总结和2022年工作思路: a summary with its plan).
PLAIN_TITLE_KINDS = ("报告", "总结", "年报", "工作计划", "工作思路", "工作打算")


def _full_name(region, unquoted, full_names):
    """A name in the full form its report also writes (江西省药监局 in the opening, 江西省药品监督管理局
    in the list of its documents; 胡家园街 in the title, 胡家园街道 in the page's path), else as found;
    not a full form written only inside quotation marks (the title of a letter it quotes, “海滨街道致
    辖区居民…”, is no name it goes by)."""
    wholes = (region[:-len(short)] + full for short, full in full_names.items() if region.endswith(short))
    return next((whole for whole in wholes if whole in unquoted), region)


def _with_its_vertical_parent(region, unquoted, parents):
    """A local office's name with the national body it belongs to, where the text outside quotation marks writes it so
    (国家税务总局珠海市税务局: a tax bureau is the national administration's, not the city's), else as found."""
    return next((parent + region for parent in parents if parent + region in unquoted), region)


def _number_after_title(title, head):
    """The document number a page's run-together header prints right after the title
    (…法治政府建设情况的报告惠府〔2023〕6号   2022年以来…), where the number's issuer starts
    where the title ends."""
    if not title:
        return None
    for line in head:
        at = line.find(title)
        while at >= 0:
            found = NUMBER_AFTER.match(line, at + len(title))
            if found:
                return found.group(1)
            at = line.find(title, at + 1)
    return None


def _plain_title(head, kinds, config, heading_patterns):
    """A head line that titles the report without a rule-of-law word (正定县2022年政府信息公开
    工作年度报告), its header label left out (名  称: …): short, with a year, ending in a title kind
    (报告, 总结), and neither the second line of a title (工作总结及2026年工作思路), a section's heading (一、2023年工作
    总结) nor a page's path (> 政务公开 > … > 2020年度工作报告); with the issuer on the line above it (甘谷县人民政府办公室 /
    2024年政府信息公开工作年度报告). None if there is none."""
    # (…工作年度报告 2024-02-18: a date the page prints after the title is no part of it)
    lines = [TITLE_DATE.sub("", _unlabelled(line.strip().lstrip(LIST_MARKS), config)) for line in head]
    # (a title broken after its year and place: 2015 年度桃源县西安镇 / 政府信息公开工作年度报告)
    joined = [line + lines[at + 1] if (at + 1 < len(lines) and YEAR.search(line) and not line.endswith(tuple(kinds))
                                       and lines[at + 1].endswith(tuple(kinds)) and not YEAR.search(lines[at + 1]))
              else line for at, line in enumerate(lines)]
    return next((_issuer_above(lines, at, config) + line for at, line in enumerate(joined)
                 if len(line) <= PLAIN_TITLE_CHARS and (YEAR.search(line) or TITLE_MONTH.search(line))
                 and line.endswith(tuple(kinds)) and not line.startswith("工作")
                 and not any(pattern.match(line) for pattern in heading_patterns)
                 and not any(re.search(mark, lines[at]) for mark in config["breadcrumb_marks"])),
                None)


def _summary_heading(lines, heading_patterns):
    """The words of a section's heading on a year's work in general (一、2023年工作总结; 一、2022年上半年工作总结),
    which make the text a summary of all its work, or None."""
    for line in map(str.strip, lines):
        marker = next(filter(None, (pattern.match(line) for pattern in heading_patterns)), None)
        words = marker and line[marker.end():].strip()
        if words and YEARS_WORK.fullmatch(words) and words.endswith("总结"):
            return words
    return None


# A page's own headline (钟祥市强力推进“法治钟祥”建设 / 09.10.2018 11:33): a short first line with a dated line below it,
# longer than a site's column names (政务公开, 工作动态, 法治政府建设) are.
HEADLINE_CHARS = 40
HEADLINE_LEAST_CHARS = 10
DATED_LINE_CHARS = 80
DOTTED_DATE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\d)")  # 09.10.2018, day first as such pages write it


def _headline(lines, heading_patterns, config):
    """The page's own headline, where it gives no report title: its first line past the site's path, short and no
    sentence, heading, date, row of fields or name of a body or site alone (淳安县人民政府, 天津政务网), with a dated line
    right below it (发布时间:2021-11-18 16:24:20 来源:中国网; 09.10.2018 11:33): a news story's or a feature's own title
    (重庆璧山区:多措并举多方面助推法制建设), truer than one the site would supply as an annual report's. None otherwise."""
    def dated(line):
        return DATE.search(line) or DOTTED_DATE.search(line)

    # (nor a site's contact line above it, no word in it: 0310-3111082 3047798688@qq.com)
    shown = list(islice((line.strip() for line in lines
                         if (re.search(f"[{HAN}]", line) or dated(line))
                         and not any(re.search(mark, line) for mark in config["breadcrumb_marks"])), 3))

    if len(shown) < 2:
        return None
    first = shown[0]
    fields = _label_pattern(tuple(config["header_fields"]) + tuple(config["header_row_openings"]))
    if (not HEADLINE_LEAST_CHARS <= len(first) <= HEADLINE_CHARS or first.endswith(("。", "：", ":", "；", ";", "，", ","))
            or "|" in first or fields.match(first.lstrip(LIST_MARKS))  # (- 索引号:QZ11107-…: a header's field)
            or any(p.match(first) for p in heading_patterns) or dated(first)
            or first.endswith((*config["issuer_suffixes"], "网", "网站"))):
        return None
    return first if any(len(line) <= DATED_LINE_CHARS and dated(line) for line in shown[1:]) else None


def _work_reported(text, opening, config):
    """The work a text that never names the rule of law (`rule_of_law_words`: 法治, 依法行政) reports on: the one of
    `announced_subjects` it names most, where its opening names it too (a town's enforcement report: 2025年作为《提升
    行政执法质量三年行动计划》的收官之年…, 行政执法 seven times, 法治 never), or None. (An excerpt of a rule-of-law
    report may name neither, and keeps its title: its opening is on other work.) A declaration near the text's start
    that only one kind of report makes (`declared_work`: 本年度报告根据《中华人民共和国政府信息公开条例》…编制) names its
    work whatever the text names: it is sought in the start, not the body's first line, as a page may put it above the
    line read as the body's start or below a line of the site's chrome. So does a text that holds two sections of the
    format such a report follows (`declared_sections`: 主动公开政府信息情况, 收到和处理政府信息公开申请情况)."""
    declared = next((work for pattern, work in config["declared_work"].items() if re.search(pattern, text[:BODY_CHARS])),
                    None) or next((work for work, sections in config["declared_sections"].items()
                                   if sum(section in text for section in sections) >= 2), None)
    if declared or any(word in text for word in config["rule_of_law_words"]):
        return declared
    counts = {word: text.count(word) for word in config["announced_subjects"]}
    word = max(counts, key=counts.get)
    return config["announced_subjects"][word] if counts[word] and word in opening else None


def _composed_title(region, year, opening, news, config, work=None, summary=None):
    """A title for a report without one, in the report's own wording (总结 or 报告, and the work it announces
    itself on: 现将2023年度行政执法工作报告如下, `announced_subjects`, or, where it never names the rule of law, the
    `work` it reports on: _work_reported), in square brackets as cataloguers mark a
    title they supply: a reader citing it can tell it from one the report gives itself. A news story (`news`:
    see _is_news) is titled as a report on the work, never as the government's own annual report; a summary of
    all a body's work (`summary`: its heading's words, _summary_heading) as that summary. A report
    whose reporter is not known is titled by its year alone (every page, citation and catalogue row needs a
    title); one of no known year, which is not published, has none."""
    if not year:
        return None
    if summary and not news:
        return f"[{region or ''}{year}年{'上半年' if '上半年' in summary else ''}工作总结]"
    says = re.search(r"现将.{0,40}?(总结|报告)如下", opening)
    kind = "相关报道" if news else "工作总结" if says and says.group(1) == "总结" else "年度报告"
    subject = next((subject for word, subject in config["announced_subjects"].items()
                    if says and word in says.group() and "法治政府" not in says.group()),
                   not news and work or "法治政府建设")
    return f"[{region or ''}{year}年{subject}{kind}]"


def _provincial_department(opening, doc_number, reader):
    """(name, division) of a province's department that names its province by 省 alone (省交通运输厅认真落实…), by
    the province whose one-character name opens the report's own document number (豫交党〔2024〕22号 -> 河南省交通运输厅);
    None where the number names no province or the opening no one such department."""
    province = reader.config["document_provinces"].get(doc_number.strip()[:1])
    departments = {department.group() for province_word in re.finditer("省", opening)
                   for department in [reader.named_department(opening, province_word.end())]
                   if department and department.group().endswith("厅")}
    division = province and len(departments) == 1 and gazetteer.resolve(province, province, "province")
    return (province + departments.pop(), division) if division else None


def _is_news(text, config):
    """Whether a text is a news story: it has a writer's byline (记者 邓玉娇), a news dateline (新华社…电), a
    photo's credit ((视觉中国|供图)) or another mark of news (本报讯, 乌海讯, 记者…获悉, 原标题:)."""
    return any(_may_match(config, key, text) and re.search(config[key], text)
               for key in ("news_byline", "dateline", "captions", "news_marks"))


# The level of the government that leads a reporter of each level (a town's district or county,
# a county's city, a city's province).
LEVEL_ABOVE = {"township": "county", "county": "prefecture", "prefecture": "province"}


def _leading_division(body, level, config, text):
    """The division one level above `level` that the body's leader phrases name (在云安区委、区政府的
    坚强领导下), when they name exactly one of that level; else None."""
    above = LEVEL_ABOVE.get(level)
    found = {division["code"]: division
             for phrase in re.finditer(config["leader_phrase"], body)
             for _, _, names in gazetteer.find_divisions(phrase.group())
             for division in [gazetteer.resolve_any(names, text, above)] if division}
    return next(iter(found.values())) if len(found) == 1 else None


def _addressed_above(text, reader, level):
    """The division a report is addressed to when it is the one just above `level`, else None."""
    addressed = _addressed_government(text, reader)
    return addressed if addressed and addressed["level"] == LEVEL_ABOVE.get(level) else None


def _opens_with_a_conjunction(phrase, start):
    """Whether a two-character name at `start` (和县) is a conjunction and a level word after other words (市政府和县委
    is 和 县委), or after a title or a quotation (《条例》和县委、县政府; □, a title blanked out)."""
    return (phrase[start] in CONJUNCTIONS and start > 0 and re.match(rf"[{HAN}》”□]", phrase[start - 1]) is not None
            and phrase[start - 1] not in LEVEL_ENDS)


def _leader_divisions(leaders):
    """(leader phrase, where a division's name ends in it, the division's names) for each division
    the leader phrases name (在内江市委、市政府和隆昌市委坚强领导下: 内江市, 隆昌市; not 按照《条例》和县委、县政府…要求,
    whose 和县 is 和 县委)."""
    return [(leader, end, names) for leader in leaders for start, end, names in gazetteer.find_divisions(leader)
            if not (end - start == 2 and _opens_with_a_conjunction(leader, start))]


def _leading_government(text, reader):
    """The one division whose party committee and government lead the report where its body
    begins (在开平市委、市政府…的正确领导下,我局…: a department of 开平市), else None."""
    leaders = [m.group() for m in re.finditer(reader.config["leader_phrase"], text[:BODY_CHARS])]
    led = {name for leader, end, names in _leader_divisions(leaders[:1]) for name in names
           if reader.joint_government.match(leader, end)}
    return gazetteer.resolve(led.pop(), text) if len(led) == 1 else None


def _led_by_own_committee(leaders, kind):
    """The division ending in `kind` whose party committee the leader phrases name beside that of
    the division above it, which holds it: a county-level city's government is led by its city's
    committee and its own (在内江市委、市政府和隆昌市委坚强领导下,市政府坚持… is 隆昌市's), else None."""
    committees = {name for leader, end, names in _leader_divisions(leaders)
                  if leader.startswith(("委", "党委"), end) for name in names if name.endswith(kind)}
    for name in sorted(committees):
        level = next(iter(gazetteer.levels(name))) if len(gazetteer.levels(name)) == 1 else None
        division = level in LEVEL_ABOVE and gazetteer.resolve(name, "".join(leaders), level)
        if division and division[LEVEL_ABOVE[level]] in committees:
            return name
    return None


def _county_city_under_leader(leaders, text):
    """The one county-level city of the city the leader phrases name that the text names (在台州市市委、
    市政府的正确领导…下,我市… and 临海市高度重视…: 临海市), else None."""
    cities = {name for _, _, names in _leader_divisions(leaders) for name in names
              if gazetteer.levels(name) == {"prefecture"}}
    if len(cities) != 1:
        return None
    known = gazetteer.load_gazetteer()
    named = {name for _, _, names in gazetteer.find_divisions(text) for name in names
             if name.endswith("市") and any(e["level"] == "county" and e["prefecture"] in cities for e in known.get(name, []))}
    return named.pop() if len(named) == 1 else None


def _led_by_province(leaders, province_bodies):
    """Whether the leader phrases name a province's bodies and no city: 在省委、省政府和市委的正确
    领导下 is a city's (a county-level city names the city that leads it), or one the province
    governs directly (仙桃市)."""
    return (any(body in leader for leader in leaders for body in province_bodies)
            and not any("prefecture" in gazetteer.levels(name) for _, _, names in _leader_divisions(leaders)
                        for name in names))


def _defers_to_province_government(leaders, config):
    """Whether a leader phrase names a province's government (…省委、省政府工作要求), which a
    province's own government never puts above itself."""
    return any(body in leader for leader in leaders for body in config["province_bodies"]
               if body.endswith(tuple(config["government_words"])))


def _all_provinces(divisions):
    """Whether every division a reporter may be is a province (辽宁省)."""
    return bool(divisions) and all(gazetteer.levels(name) == {"province"} for names in divisions for name in names)


def _province_led_city(word, body, config):
    """prefecture for a 市 whose body's leader phrases name its province's bodies and no city
    (在省委、省政府和市委的正确领导下,市政府…), else None."""
    leaders = [m.group() for m in re.finditer(config["leader_phrase"], body)]
    return "prefecture" if word == "市" and _led_by_province(leaders, config["province_bodies"]) else None


def _under_a_prefecture(name):
    """Whether every division called `name` is a county-level one under a prefecture (安丘市 of 潍坊市)."""
    entries = gazetteer.load_gazetteer().get(name, [])
    return bool(entries) and all(e["level"] == "county" and e["prefecture"] for e in entries)


def _own_body_level(word, body, config):
    """The level of a report calling itself 我区 whose body names 区人大, 区委 or 区政府 and no zone's
    governing bodies (own_word_body_levels), else None."""
    level = config["own_word_body_levels"].get(word)
    return (level if level and any(word + own in body for own in config["own_bodies"])
            and not any(zone in body for zone in config["zone_governments"]) else None)


# The reader of the metadata config last read: a build reads every report with one knowledge (a
# loaded knowledge is never changed), and making a reader (some forty patterns from the config's
# word lists) cost more than reading a short report with it.
_last_reader = (None, None)


def _called_itself_otherwise(reporter, text, reader, config):
    """Whether a government reporter found by a kind's word (市政府, 区委、区政府) is contradicted by the word the text
    calls itself by, of another kind (我镇, 本街道; but 我区 is an autonomous region's own word for 自治区); or one
    named, by a township's word (我镇) where it is no township."""
    # (… or the whole township it governs, 全镇, 依法治镇: a town's report that never says 我镇)
    own = reader.own_government.search(text[:BODY_CHARS]) or reader.whole_township.search(text[:BODY_CHARS])
    if not (reporter and own and reporter["kind"] == "government"):
        return False
    word, levels = own.group(1), config["own_word_levels"]
    if not reporter.get("generic"):
        # 我镇…紧紧围绕开平市全面依法治市工作要点: a place above the township that calls itself 我镇 is not it; a
        # township written short (石门街 for 石门街道, over 我街) is one
        if reporter["written"] is None or levels.get(word) != "township":
            return False
        full_names = [reporter["written"], *(reporter.get("divisions") or [[]])[-1]]
        return not any(name.endswith(tuple(config["level_suffixes"]["township"])) for name in full_names)
    kind = reporter["generic"]
    return levels.get(word, word) != levels.get(kind, kind) and not (kind.endswith(word) or word.endswith(kind))


def _reader(config):
    """The _Reader of `config`, made once for a run of reports read with the same config."""
    global _last_reader
    if _last_reader[0] is not config:
        _last_reader = (config, _Reader(config))
    return _last_reader[1]


def infer_metadata(text, sidecar, knowledge, page_path=()):
    """{field: value} for FIELDS, inferred from the text and the page's path on its site (`page_path`, lines
    the normalise stage set apart as chrome); sidecar fields override."""
    config = knowledge["metadata"]
    reader = _reader(config)
    run_on = reader.run_on_addressee.match(text)
    if run_on:  # the addressee stands on a line of its own for the reading below, as it would on the page
        text = run_on.group("addressee") + "\n" + text[run_on.end():]
    lines = text.split("\n")
    head, body_at = _split_head(lines, [*config["header_fields"], *config["header_row_openings"]], config["breadcrumb_marks"])
    tail = lines[-TAIL_LINES:]
    fields = _header_fields(head + tail, config["header_fields"], config["document_date_labels"])
    heading_patterns = [re.compile(p) for p in knowledge["structure"]["heading_levels"]]
    titles = _titles(lines if body_at is None else lines[:body_at + 1], config, heading_patterns)
    title, title_at = _dated_title(titles) or (titles[0] if titles else (None, None))
    if body_at is None:  # short lines only: the body starts after the title
        body_at = 0 if title_at is None else min(title_at + 1, len(lines) - 1)
    while body_at < len(lines) - 1 and _addressee(lines[body_at]):
        body_at += 1  # … and after any addressee (市委、市政府:; 省政府法制办:), whom the report is sent to
    opening = lines[body_at][:OPENING_CHARS]
    title, title_at = _title_of_the_year_told(titles, opening) or (title, title_at)
    title = title or _forwarded_title(lines[:body_at + 1], reader.announcement, config["title_words"], config["title_kinds"])
    signed_by, signed_on = _signature(tail, config["issuer_suffixes"])
    title_blocks = [_title_block(lines, at, config["issuer_suffixes"]) for _, at in titles]
    plain_title = None if title else _plain_title(head, PLAIN_TITLE_KINDS, config, heading_patterns)
    # a title without a rule-of-law word (衢州市综合行政执法局2023年度行政执法工作年报) names its
    # reporter whole, where a page's issuer field may shorten it (市综合执法局)
    sent = [match["sent"] for match in (reader.cover_letter.search(t) for t, _ in titles) if match]
    sources = [*sent, title, *title_blocks, plain_title]
    # … and a head line higher up that announces it, above the first headings (现将…情况报告如下: / 一、… / (一)…)
    announcing = "\n".join([line for line in lines[:body_at][:-ANNOUNCING_HEAD_LINES] if reader.announcement.search(line)]
                           + lines[:body_at][-ANNOUNCING_HEAD_LINES:] + lines[body_at:])[:BODY_CHARS]
    # (a disclosure report's body may open with its preamble, the account of its year under the overview's head line)
    account = _account_opening(lines, body_at)
    reporter = (next(filter(None, (reader.reporter(s, text) for s in sources if s)), None)
                or reader.announced(announcing, text)
                or next(filter(None, (reader.reporter(s, text) for s in (opening, signed_by, fields.get("issuer")) if s)), None)
                or _account_subject(account, reader, text))
    if reporter and reporter["kind"] == "department" and not reporter["written"] and fields.get("issuer"):
        # 我局 on a page whose header names a department as its issuer (发布机构:泉州台商投资区管理委员会…交通局): that one
        issued_by = reader.reporter(fields["issuer"], text)
        if issued_by and issued_by["kind"] == "department" and issued_by["written"]:
            reporter = issued_by
    if (reporter and reporter["kind"] == "department" and not reporter["written"] and title
            and reader.reporter(title, text) is None):
        # 城市管理局2023年度…报告 over 我局在启东市委、市政府的…领导下: the department the title names bare, with no
        # place or level word (not 市司法局, a city's), is the one that calls itself 我局
        titled = reader.named_department(title)
        if titled:
            reporter = {**reporter, "bare_name": titled.group()}
    if _called_itself_otherwise(reporter, text, reader, config):
        # …在区委、区政府的坚强领导下,市政府有关部门的指导下,我镇坚持…: the government a kind's word names (市政府) is
        # not one that calls itself by another kind (我镇)
        reporter = None
    if reporter is None:
        reporter = next(filter(None, (reader.zone_by_kind(_blank(s, config["leader_phrase"]), text)
                                      for s in (title, opening) if s)), None)
    if reporter is None:  # a short first paragraph read as a head line (…领导下,顺义区坚持…。现将…如下。),
        # or the page's own path (当前位置:胡家园街道> 政务公开)
        # but never the addressee (杭州市人民政府:), whom the report is sent to, nor the page's source
        # (来源:区司法局), who posted it: a district's report is often posted by its justice bureau
        # nor a place a line of the site's own chrome names bare and short (山东地情档案: a provincial archive's banner)
        # (a line's fields are read with every label, so a source runs to the label after it: 来源:…司法局发布日期:…)
        # (unless the body calls itself by the source's kind, 来源:区卫健委 over 现将我委…: a report posted by its author)
        opening_text = text[:BODY_CHARS]
        reporter = next(filter(_not_bare_short_form, (reader.reporter(s, text) for s in head
                                                      if s and not _addressee(s.strip())
                                                      and _posted_by_itself(_header_fields([s], config["header_fields"]),
                                                                            opening_text))),
                        None)
        if _called_itself_otherwise(reporter, text, reader, config):
            reporter = None  # • 开平市人民政府门户网站 over a text that calls itself 我镇: the site's, not the town's
    # who the preamble says compiled the report or answers on it (由…办公室编制, 请与…联系), and how the text calls
    # itself where it is a department's (我局, 我委)
    compiled = reader.compiled_by.search(text[:BODY_CHARS])
    compiler_name = compiled and (compiled["compiler"] or compiled["contact"])
    own_word = reader.own_department.search(text)
    # … or calls itself by a word any body may use (我单位), which fits a compiler named as departments call
    # themselves (铜仁市审计局), not a township's or a zone's office (东风路街道党政综合办公室)
    own_unit = not own_word and reader.own_unit.search(text)
    compiler = compiler_name and reader.reporter(compiler_name, text)
    own_endings = tuple(reader.config["own_department_words"]) if own_unit else own_word and own_word.group()[1:]
    # … or opens a paragraph of its body with that department's name (2021年,花山区财政局认真贯彻…), in a text that
    # never calls itself a place (我区): the department speaks of itself by name
    named_opening = (compiler and compiler["written"] and not own_word and not own_unit
                     and not reader.own_place.search(text)
                     and re.search(rf"(?m)^\s*(?:{YEAR_OPENING})?{_as_its_body_writes(compiler)}", text[compiled.end():]))
    if (compiler and compiler["kind"] == "department"
            and ((own_word or own_unit) and (compiler["written"] or "").endswith(own_endings) or named_opening)
            and (reporter is None or not reporter["written"] or reporter["kind"] == "government")):
        # 我局 in a report whose preamble says which department compiled it (由乐山市林业和园林局办公室编制) or answers
        # on it (请与鲤城区农业农村和水利局联系): that one, not a place its page names (泉州市鲤城区人民政府 门户网站)
        reporter = compiler
    if reporter is None:  # a report that never names itself: how its body refers to itself (市政府常务会议…),
        # not the body it is sent to (州法治政府建设工作领导小组办公室:)
        body = "\n".join(line for line in lines[body_at:] if not _addressee(line.strip()))[:BODY_CHARS]
        in_turn = _departments_in_turn(lines[body_at:], reader)
        reporter = (reader.bare_department_titled(title)
                    or (None if in_turn else reader.reporter(body, text, named=False)) or reader.governed_zone(body, text)
                    or reader.bare_department_subject(opening, text) or reader.own_body_department(body))
        if _called_itself_otherwise(reporter, text, reader, config):
            reporter = None  # 区委、区政府印发的《…》…现将本街道…报告如下: the street, whose name the text leaves out
    if reporter is None and opening and reader.press_host.search(opening):
        # a government whose press office hosts the conference on its own year, naming no one else
        # (朔州市人民政府新闻办公室举行新闻发布会,邀请市司法局…介绍全市法治政府建设工作)
        reporter = reader.reporter(opening, text, hosts=True)
    if re.search(config["court_acting"], text[:COURT_OPENING_CHARS]):
        reporter = None  # 市中级人民法院召开新闻发布会…: the court's news, its 我市 the court's city; no government reports
    if reporter and reporter["kind"] == "government" and (
            reader.own_department_body.search(text)
            # 立足我市…, later 在网站公开我局对…的答复: a government never calls itself 我局; its bureau does, and so
            # does one whose place only a document's name gives (制定实施2024年涪陵区交通法治工作要点…; 我委共办理…)
            or ((reporter.get("generic") or reporter.get("bare")) and own_word)):
        # (named bare where its opening names it so: 2021年,司法厅坚持…)
        subject = opening and reader.bare_department_subject(opening, text)
        reporter = {**reporter, "kind": "department", "written": None, "named": False,
                    "bare_name": subject and subject.get("bare_name")}
    several_places = _sections_by_place(lines[body_at:])
    if several_places:  # 鹿城区 / …成功调解矛盾纠纷10431件 / 洞头区 / …: each section's figures are its own place's
        reporter = None
    region, level, division = _place(reporter, text, reader) if reporter else (None, None, None)
    if region and region.startswith(EACH):  # 现将各乡镇人民政府…权责清单予以公布: every township, none of them reporting
        region, level, division = None, None, None
    office = _reporting_office(region, level,
                               "\n".join(filter(None, [title, plain_title, opening, account])),
                               announcing, lines, config, reader.announcement)
    if office:
        region, level = office, "department"
    elif government := _compiled_for_its_government(region, level, compiler_name, title or plain_title, reader.suffixes):
        region, level = government
    elif (reporter and reporter["kind"] == "government" and division and division == _addressed_government(text, reader)
          and _leading_government(text, reader) in (None, division)):
        # 市政府并市委: … a government does not report to itself: one of its departments; but a 市人民政府:
        # that the body's leaders name as another (在郑州市委、市政府的正确领导下,新密市…) is the city above it
        region, level = None, "department"
    if region:
        unquoted = QUOTATION.sub("", text)
        region = _full_name(region, unquoted, config["full_names"].get(level, {}))
        if level == "department":
            region = _with_its_vertical_parent(region, unquoted, config["vertical_parents"])
    if reporter is None and not several_places:  # …我省各级政府…, 县政府坚持…, never named: its level is still known
        body = "\n".join(lines[body_at:])[:BODY_CHARS]
        unled = _blank(body, config["leader_phrase"])
        own = (reader.own_government.search(body) or reader.kind_government.search(unled)
               or reader.kind_joint_government.search(unled) or reader.whole_township.search(body))
        level = own and (config["own_word_levels"].get(own.group(1)) or _own_body_level(own.group(1), body, config)
                         or _province_led_city(own.group(1), body, config))
        office_subject = reader.kind_office.search(unled)
        if office_subject and (not own or office_subject.start() <= own.start()):
            level = "department"
        # a zone's report that names no zone speaks of more than one of the bodies that govern it
        # (党工委理论学习中心组…, 管委会各类会议…); a street's report, of its 党工委 alone
        # (not the bodies that lead it: 在大鹏新区党工委、管委会的坚强领导下,葵涌党工委、办事处…)
        level = level or (sum(word in unled for word in config["zone_governments"]) > 1 and "development_zone") or None
        # 我镇在云安区委、区政府的坚强领导下: the town stands in the district that leads it, or in the one
        # it reports to (中共景德镇市委、景德镇市人民政府: over a district that calls itself 我区)
        above = level and (_leading_division(body, level, config, text) or _addressed_above(text, reader, level))
        if above:
            division = {**above, "code": None}
        # (the head lines too: a page of short lines, one sentence a line, may not start its body before it)
        issued = level and _issued_by_place("\n".join([*head, body]), level, above, reader)
        if issued:  # 区政府…印发《常州市天宁区机构改革方案》: the place whose documents it issues
            region, division = issued
    # the report's own date before a page's: the date it is signed on, then the document's date in the page's
    # header (成文日期 before 发布日期); the first body line may open with the day the report was delivered
    # (——2017年3月20日在…会议上市人民政府…)
    dates = [date for date in (signed_on, fields.get("publish_date"),
                               _lone_date(head + lines[body_at:body_at + 1], reader.source_labels),
                               _title_date(head)) if date]
    year = _report_year(title or plain_title, opening, head, text, dates[0] if dates else None, config, reader, page_path)
    # a repost's date (2021 for a 2017 report) is not the report's; a date the report gives itself may
    # stand below it (发布时间:2020-04-13 over ——2017年3月20日在…常务委员会…会议上)
    publish_date = next((date for date in dates if not year or year <= int(date[:4]) <= year + PUBLISHED_WITHIN), None)
    titled = TITLE_NUMBER.search(lines[title_at]) if title_at is not None else None
    doc_number = fields.get("doc_number") or (titled and titled.group(1)) or _number_after_title(title, head) or next(
        filter(None, map(_number_line, head + tail)), None)
    if region is None and level == "department" and doc_number:
        region, division = _provincial_department(opening or "", doc_number, reader) or (region, division)
    metadata = {
        "title": title or plain_title,
        "region": region and region.translate(ASCII_BRACKETS),
        "admin_level": level,
        "province": division and division["province"],
        "prefecture": division and _name_of_its_time(division["prefecture"], text),
        "county": (_county_of(division, text) if division else _shared_county_name(reporter, region, level)),
        "division_code": division and division["code"],
        "report_year": year,
        "publish_date": publish_date,
        "doc_number": doc_number and doc_number.strip(),
        "index_number": fields.get("index_number"),
        "issuer": fields.get("issuer") or signed_by,
    }
    metadata.update({k: v for k, v in sidecar.items() if k in FIELDS})
    if not metadata["title"]:  # supplied after the sidecar's corrections, so that it names the region they give
        # (a notice that only sends the report on, 现将《2022年全市司法行政工作总结》印发给你们, is titled by it)
        forwarded = reader.forwarded_title.search("\n".join([*head, opening or ""]))
        metadata["title"] = (_headline(lines, heading_patterns, config) or (forwarded and forwarded["sent"])
                             or _composed_title(metadata["region"], metadata["report_year"], opening,
                                                _is_news(text[:BODY_CHARS], config), config,
                                                _work_reported(text, opening, config),
                                                _summary_heading(lines, heading_patterns)))
    return metadata
