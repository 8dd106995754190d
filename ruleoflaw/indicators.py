"""Stage 5b, name indicators: quantities -> the vocabulary's indicators.

A figure is named by the phrase it counts, not by the clause it stands in.
Each quantity owns the words between the figure before it in its clause and
itself, its head (受理行政复议案件 | 56件); when no rule finds its cue there,
the words after it up to the next figure (3次 | 培训; 348名 | 执法人员参加培训),
unless those are the next figure's (31个部门行政职权事项 | 3437项) or name a
body no indicator counts (31个部门…). A verb earlier in the clause governs
the figures after it (抽查57个单位240余宗案卷), so a rule's `with` words are
read in the clause up to the figure; an item of a list of figures keeps its own
verb where jieba's part-of-speech tagger finds one (保留13件、废止4件).

A list joined by 、 counts its last item (开展警示教育、执法培训等活动3场 are
training), a noun after 等 says what is counted (解读…等法律问题28个 count
问题, not 解读), and a verb at the list's start governs items without a verb
of their own (审核协议、合同共200份). A list of unrelated kinds (在线办理公证、
法律援助等业务) or of more than two names nothing; of two kindred kinds
(专题培训、讲座2期), its first.

Declarative rules (schema/rules.yml) are tried in order, specific before
general. A figure that fits no rule stays a quantity only: a wrong indicator is
worse than none. Figures that are not the reporting government's for the
reporting year name nothing: plan sections, clauses of intent (确保……以上) and
routine (每半年一次), changes and other periods (同比增加40%, 由1296项减至…,
较上年), courts' figures, topical subsets (涉企…), containers (事项清单31个)
and subtypes of a total given just before them (其中警告49宗), or the cases
of one procedure when a total is stated (共办理案件79起，其中简易程序案件37起).
"""
import logging
import math
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, islice, takewhile
from typing import NamedTuple

import ahocorasick

from .memo import once_per_object
from .patterns import CLOSERS, OPENERS, alternation, holds_any, openings

# An ASCII comma is a thousands separator only between digits (1,234件), else a clause break (计划,163名); a colon
# between a count's name and its number (主动公开信息数:175条) joins them, as a table's row does. (Every break opens
# with one of the marks, said first so that the regex engine skips to them.)
CLAUSE_BREAK = re.compile(r"(?=[，；;。！？!?：:\n,])(?:[，；;。！？!?\n]|(?<!数)[：:]|[：:](?!\s*\d)|(?<!\d),|,(?!\d{3}(?!\d)))")
# What divides the items of a sentence (培训9次;…培训8次): each its own matter, whatever their clauses
ITEM_BREAK = re.compile(r"[；;\n]")
# a year as a time is written before 年 or in a date (2023年, 2023-05-08), not inside a figure (20000份, 2000余人)
YEAR_WRITTEN = re.compile(r"(?<![\d.])(?:19|20)\d\d(?=\s*(?:年|[-./]\d))")
MONTH_WRITTEN = re.compile(r"(?<![\d.])\d{1,2}\s*月")  # 1-6月, 10月底; not 法治文化月, a campaign's name
SPAN_OPENING_CLAUSES = 2   # a span that frames its paragraph stands in its first clauses (据介绍,近年来,)
PURPOSE_OPENING = re.compile(r"\s*为了?(?![止期])")   # (为深入推进…,扩大…,: what the work was for, before its time)
TITLE = re.compile(r"《[^《》\n]*》")
# a certificate's name (持有《贵州省行政执法证》) names what its holders hold, not a law cited: its words are no title's;
# a year in brackets right after a title is the title's (《法治中国建设规划》(2020年-2025年), 《…条例》(2021年修订)): the
# plan's period or the law's edition, not the time of a figure beside it
CITED_TITLE = re.compile(r"《[^《》\n]*(?<!证)(?<!证件)》(?:[(（][^()（）\n]{0,3}(?:19|20)\d\d[^()（）\n]{0,12}[)）])?")
MASK = "□"  # what a blanked title is written in
LIST_JOINER = "、"
NUMERALS = "一二三四五六七八九十"
# A plenary session's ordinal (二中, 三中: the second, the third 中央全会), which 、 joins to the next one.
PLENARIES = {numeral + "中" for numeral in NUMERALS}
VERB_TAGS = {"v", "vd", "vi", "vg"}
# What opens the parts of a total just given: 其中 (or 具体包括, or 包括 right after its count: …公开内容51条,包括乡镇文件30条,
# …), the total itself followed by 中 (新受理的行政复议151件中，
# 被申请人为县政府部门的…140件; 在履行处罚职权结案的450件案件中,一般程序处罚结案346件), the cases, applications or
# information just named followed by 中 (收到的行政复议申请中,行政处罚8件,…; 在主动公开的信息中,…; 主动公开政府信息中
# 机构职能类信息1条: a kind of them named right after), what they are seen by (从公开渠道来看,…; 分平台看,…: not 十分好看), or a
# colon right after the total's unit (主动公开政府信息总数171条:基层政务公开领域信息124条,…; a year or a date before a colon
# opens no parts), or 包括 right after it (…政府信息50余条,主要包括政务资讯32条、决策公开5条,…).
SEEN_BY = r"(?:从[^\d，,。；;]{1,10}来看|(?<![十部充万百千过])分[^\d，,。；;]{1,6}?来?看)[，,]"
SUBTYPE = re.compile(r"其中|具体包括|(?:(?<=\d[条件项个份篇])|(?<=\d[余多][条件项个份篇]))[，,]?(?:主要)?包括|(?<=[。；;])\s*包括|" + SEEN_BY + r"|\d[^\d，,。；;]{0,3}中[，,]|(?:申请|案件|信息)中(?:[，,]|(?=[^\d，,。；;]{1,8}类))"
                     r"|\d\s*[^\d\s，,。；;：:年月日号时分秒]{1,2}\s*[：:]")
# What a paragraph that breaks down the total before it opens with (从公开渠道来看,…)
BREAKDOWN_LEAD = re.compile(r"\s*" + SEEN_BY)
# A number right before the parts' mark, its unit left out (公开政府信息189(其中…33条): the total they break down
UNITLESS_TOTAL = re.compile(r"\d\s*[(（，,]?\s*$")
BREAKDOWN_PARAGRAPHS = 3  # (从公开渠道来看… / 从公开内容来看…: one such paragraph after another, each of the same total)
# The words after a figure up to the next item of its list or the next figure: its own (1件待受理, 100多起林权纠纷未解决)
OWN_WORDS_AFTER = re.compile(r"[^\d、，,；;]*")
# Some of a group just named, the figure right after it (退出岗位执法人员中1人为退休人员).
GROUP_MEMBERS = re.compile(r"(?<!其)中$")
QIZHONG = "其中"
# What a sentence that lists the parts of the total of the sentence before it opens with (主动公开政府信息总数600余条。
# 包括政务信息动态39条,…义务教育领域信息公开数30条)
PARTS_OPENINGS = (QIZHONG, "包括")
# ... or a label of what they are sorted by (…主动公开信息数:175条。主动公开信息分类:通过…网站公开信息数12条,…)
PARTS_LABEL = re.compile(r"\s*[^\d，,。；;：:]{0,12}分类\s*[：:]")
# What ends a part's words before an amount that is then no longer the part's own: its brackets closed, or a
# total opened ((其中简易程序110件,普通程序280件),…共处罚款金额136161元).
PART_CLOSED = re.compile(r"[)）]|共|总")
# A line that only says 其中 before the parts listed below it (其中，\n·办理土地管理领域…案件1.7万件).
LEAD_IN = re.compile(r"其中\s*[,，:：]\s*[·•\-]?\s*$")
LEAD_IN_WINDOW = 12
# A list of rates that share the figure after it (出庭率、执行率均达|100%; 持证率、覆盖率双|100%).
SHARED_RATES = re.compile(r"(?P<rates>[^、，,。；;：:]*率(?:[、和及与][^、，,。；;：:]*?率)+)"
                          r"(?P<ending>(?:均|都|双|皆|全部)?(?:达到|达|为|保持|实现)?)$")
RATE_JOINER = re.compile(r"(?<=率)[、和及与]")
POSSESSIVE = "的"
# the words before a share that make it the value of a rate or of a comparison (网办率100%, 占比达100%, 提高到100%)
SHARE_LEAD = re.compile(r"率|比|[达为到至占是超]\s*$")
NOUN_WINDOW = 6   # characters after a figure read for the noun it counts
# An event counted before its object and verb: 4次对…进行专题学习, 3次就…开展督查.
OBJECT_FRAME = re.compile(r"(?:对|就|围绕|针对)[^，,。；;：:]{1,40}?(?:进行|开展)")
# An event counted before the titles it is on (3期《学习贯彻…》和《对外关系法》的法治专题讲座), as
# read with its titles blanked (_masked).
TITLED_OBJECT = re.compile(rf"{MASK}+(?:[和与及、]{MASK}+)*等?的?")
# …4次|“习近平法治思想”专题培训: a quoted topic before the words that name what the figure counts
QUOTED_TOPIC = re.compile(r"“[^“”\n]{1,20}”的?")
BRACKET_OPENERS, BRACKET_CLOSERS = ("(", "（"), (")", "）")
# A count of categories before a figure (12大类808项): the figure is their sum, not one category's.
CATEGORY_COUNT = re.compile(r"[0-9一二两三四五六七八九十]+[大小]?$")
# A verb that holds an event counted before it (两次|举办|专题学法活动): the event is what is counted.
EVENT_VERB = re.compile(r"(?:举办|开展|组织|召开)了?")
# A list's next item whose count has no unit, so that it is no quantity (…法律顾问、|1521法律明白人).
UNREAD_ITEM = re.compile(rf"{LIST_JOINER}\s*\d")
# A list's item that holds another figure, a number, one in Chinese numerals before its measure word (those
# quantities.yml reads them before), or a zero (审查决策1件、…; 区委常委会二次、…; 行政复议零撤改、行政诉讼零败诉):
# that figure's item, not a kind of this one.
ANOTHER_FIGURE = re.compile(r"\d|零|[一二两三四五六七八九十百]\s*[件宗起个项次场期人名位份本条篇家]")
# A bracket right after a figure saying what it includes (1688项(包含全程网办事项)的…).
INCLUSION_GLOSS = re.compile(r"^\s*[(（](?:包含|包括|含|其中)[^()（）]*[)）]")
# A list paired with the figures after it (败诉率、出庭率分别为3.2%、100%).
RESPECTIVELY = "分别"
# A bracketed gloss inside a figure's words (受理(不予受理)行政复议案件3件).
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
TRAILING_GLOSS = re.compile(r"[(（][^()（）]*[)）]\s*$")  # words in brackets that end a phrase
QUOTED = re.compile(r"“[^“”\n]*”")  # a name in quotation marks (“…规范涉企行政执法”培训班)
# No count or amount of a government reaches this (a province's budget is some 10^12 yuan).
LARGEST_VALUE = 10 ** 15
# Words between what a figure counts and the figure (法律问题共28个, 行政处罚类共17件).
FILLERS = "共计达为有约近"


def clause_breaks(text):
    """(starts, ends) of every clause break in the text, found once per report; a mark inside a
    title (《学习贯彻习近平法治思想,依法维护国家安全》) breaks no clause."""
    spans = [match.span() for match in CLAUSE_BREAK.finditer(text)]
    starts = [start for start, _ in spans]
    in_titles = set()
    for title_start, title_end in (match.span() for match in TITLE.finditer(text)):
        in_titles.update(range(bisect_right(starts, title_start), bisect_left(starts, title_end)))
    if in_titles:
        spans = [span for at, span in enumerate(spans) if at not in in_titles]
    return [start for start, _ in spans], [end for _, end in spans]


def clause_bounds(breaks, start, end, text_length):
    """(start, end) of the clause holding text[start:end], from the report's clause breaks."""
    starts, ends = breaks
    before = bisect_right(ends, start) - 1
    after = bisect_left(starts, end)
    return (ends[before] if before >= 0 else 0), (starts[after] if after < len(starts) else text_length)


def _names_an_earlier_year(words, report_year, config):
    """Whether the last year that opens a clause of `words` (a sentence up to a figure, titles masked;
    year_named) is before `report_year`. A year in brackets is an aside (同比增长76.19%(2023年21件),
    办结35件: the 35 are the report year's)."""
    years = re.findall(config["year_named"], BRACKETED.sub("", words))
    return bool(years and report_year and int(years[-1]) < report_year)


def _since_an_earlier_year(words, report_year, config):
    """Whether the last year `words` (a sentence up to a figure) name is one a count runs from
    (2019年以来, 2019年起) and is before `report_year` (since_year), or the year reported on is not
    known (a news story of no date: 2022年以来…9.8万件 may run over years). A later year named after it
    (2018年以来…分别为…，2022年…败诉率为6.88%) gives the figure that year's time."""
    years = re.findall(config["since_year"], words)
    return bool(years and years[-1][1] and (report_year is None or int(years[-1][0]) < report_year))


def _one_part_of_the_cases(text, quantity, own_item, breakdowns):
    """Whether a count of cases is one part of their total: its clause is followed by its share of the total
    (单独应诉的有120件，占案件总数的31.8%; …出庭应诉的4730人，占93.8%), or its sentence opens on what the cases are broken down by
    (从应诉机关级别看，乡镇政府出庭应诉1件，县级政府出庭应诉190件) and its own words do not make it the total."""
    after = text[quantity["end"]:quantity["sentence_end"]].lstrip(" ,，")
    broken_down = bool(re.match(breakdowns["lead_in"], text[quantity["sentence_start"]:quantity["start"]]))
    return (after.startswith(tuple(breakdowns["share_words"])) or bool(re.match(breakdowns["share_figure"], after))
            or (broken_down and not holds_any(own_item, breakdowns["total_marks"])))


# How many paragraphs, the figure's and those before it, may speak of the cases a breakdown by kind is of: a
# breakdown often stands in a paragraph of its own, after the paragraphs on the cases by respondent and by outcome.
CASES_PARAGRAPHS = 3


def _cases_by_the_act(text, quantity, clause, subtype, cases_from, config):
    """Whether a figure an act's indicator would name counts cases that challenge that act: after 其中 in a
    sentence that speaks of such cases (受理行政复议、诉讼案件140件，其中，行政处罚49件), after words that break
    cases down by kind where its paragraph or the two before (from `cases_from`) speak of them (从案件类别来看,
    行政强制59件), or in a clause that names the challenge itself (对行政许可不服的复议申请1件)."""
    challenged = tuple(config["challenges"])
    sentence_start = quantity["sentence_start"]
    if subtype and any(word in text[sentence_start:subtype.start()] for word in challenged):
        return True
    if any(word in text[clause[0]:clause[1]] for word in challenged):
        return True
    return bool(re.search(config["kinds_of_cases"], text[sentence_start:quantity["start"]])) and any(
        word in text[cases_from:quantity["start"]] for word in challenged)


def _paragraph_start(newlines, offset, back=0):
    """Where the paragraph holding `offset` starts, or the one `back` paragraphs before it, by bisection over
    the text's line breaks (`newlines`): a page of one long line is not read back figure by figure."""
    at = bisect_left(newlines, offset) - back
    return newlines[at - 1] + 1 if at > 0 else 0


def _foundings(text, config):
    """[(offset, year)], in order, of every founding the text states (成立于2008年3月: founded_year), found once a
    text: a figure asks about its paragraph's by bisection, not by reading the paragraph again."""
    return [(match.start(), int(match.group(1) or match.group(2))) for match in re.finditer(config["founded_year"], text)]


def _founded_earlier(foundings, start, end, report_year):
    """Whether the text from `start` to `end` (the paragraph before a figure's sentence) says the body was
    founded in a year before `report_year`, or in any year when the report's is unknown (_foundings)."""
    years = [year for _, year in foundings[bisect_left(foundings, (start,)):bisect_left(foundings, (end,))]]
    return bool(years) and (report_year is None or min(years) < report_year)


def _spans_years(words, config):
    """Whether `words` name a span over years (党的十八大以来, 近年来, 3年来, 在“七五“普法工作中)."""
    return (holds_any(words, config["spans_since"]) or re.search(config["years_since"], words) is not None
            or re.search(config["plan_period"], words) is not None)


@lru_cache(maxsize=4)
def _own_time(own_periods):
    """One pattern for a time of its own: one of `own_periods` (全年, 截至目前), a year or a month; the characters
    they open with said first, so that the regex engine skips to them."""
    return re.compile(f"(?=[{openings(own_periods)}\\d])"
                      f"(?:{alternation(own_periods)}|{YEAR_WRITTEN.pattern}|{MONTH_WRITTEN.pattern})")


def _dated_to_the_year(words, report_year):
    """Whether `words` date what follows them to the report year (2024年共办理…), not to a span it opens (2024年以来)."""
    return report_year is not None and re.search(
        rf"{report_year}\s*年度?(?!\s*(?:以来|来|起|至|到|[—–~-]))", words) is not None


def _names_its_own_time(words, config):
    """Whether `words` name a time of their own: a year, a month, or one of own_periods (全年, 截至目前)."""
    return _own_time(tuple(config["own_periods"])).search(words) is not None


def _totals_a_run_of_years(governed, lead, lead_to_figure, config, rate):
    """Whether a figure totals the run of years its sentence speaks of: 累计 in its words or before it
    (连续9年举办…，累计参加学习7000人次; 连续7年…，累计解答…，办结…5.4万余件), or 共 in the run's clause or
    the next, or a count the next reaches (已连续举办11年,受众达到700余万人), with no time of its own between
    (连续4年开展…专项行动，共排查…100余万件, but 连续3年…，今年共办理…12件; 出庭应诉率连续三年呈增长态势，
    达99.71%，…，共促成3669件…: the run is the rate's)."""
    running = re.search(config["years_running"], lead)
    if running is None:
        return False
    if "累计" in governed or "累计" in lead_to_figure:
        return True
    after_the_run = lead_to_figure[running.end():]
    totals = ("共",) if rate else ("共", "达到")
    return (any(word in clause for clause in CLAUSE_BREAK.split(after_the_run)[:2] for word in totals)
            and not _names_its_own_time(after_the_run, config))


# the day an event was held on (1月26日,市法宣办召开…) or a year in an event's name (召开2023年“谁执法谁普法”…
# 评议会): a time inside the span, which a review's paragraph may name without leaving it
EVENT_TIME = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d\d\s*年度?(?=\s*[“\"《])")


SPAN_MODIFIER_ENDS = ("以来的", "年来的", "期间的", "年起的")  # not 引起的, 发起的
SPAN_MODIFIER = re.compile(rf"[^，,。；;：:]*?(?:{'|'.join(SPAN_MODIFIER_ENDS)})")


def _without_span_modifiers(words):
    """`words` without the clauses' stretches up to a span that only qualifies a noun (梳理2021年以来的…). Most words
    hold none, and the pattern, which may start anywhere, is read only where they do."""
    return SPAN_MODIFIER.sub("", words) if holds_any(words, SPAN_MODIFIER_ENDS) else words
# A span that frames what follows heads its clause (近年来,…; 全市近三年来累计…; “八五”普法规划实施以来,…), within
# these characters of its start; one further on is inside what the clause does (配合区委巡察完成对4个镇(街道)、6个部门
# 近5年来法治建设情况的专项检查: an inspection of those years, in a report of one year). Quotation marks are not
# counted (自“七五”普法工作启动以来 is as near its clause's start as 自七五普法工作启动以来).
SPAN_HEAD_CHARS = 12
QUOTATION_MARKS = "“”‘’\"'"


def _clause_head(clause):
    """The first SPAN_HEAD_CHARS characters of a clause, quotation marks not counted."""
    if len(clause) <= SPAN_HEAD_CHARS:
        return clause
    if not holds_any(clause, QUOTATION_MARKS):  # (most clauses: every character counts)
        return clause[:SPAN_HEAD_CHARS]
    counted = 0
    for at, char in enumerate(clause):
        counted += char not in QUOTATION_MARKS
        if counted > SPAN_HEAD_CHARS:
            return clause[:at]
    return clause


def _opens_a_span(words, report_year, config):
    """Whether `words` (a paragraph's or a sentence's opening) name a span over years at the head of a clause: one
    of spans_since or years_since (_spans_years), or a count since a year where the year reported on is not known
    (2021年以来,我县深入实施“八五”普法规划…, in a news story of the five years; in a report on 2023, 2021年以来,…
    is read in its own sentence only); not a span that only qualifies a noun (梳理2021年以来的行政规范性文件: the
    papers the work went through). A news item's dateline before it (…昭通新闻网讯(通讯员 施汝春)自“六五”普法开展以来,) is
    not counted. So does a run from one year into another at a clause's head (于1986~1990年,开展了第一个五年普法教育;
    1991~1995年,…), not one in brackets or a title (《…纲要(2021—2025年)》: a plan's years)."""
    news_lead, run_of_years = _span_opening_patterns(config["news_lead"], config["span_across_years"])
    words = "，".join(map(_clause_head, CLAUSE_BREAK.split(_without_span_modifiers(_masked(news_lead.sub("", words, 1))))))
    return (_spans_years(words, config) or any(first != last for first, last in run_of_years.findall(words))
            or (report_year is None and _since_an_earlier_year(words, None, config)))


@lru_cache(maxsize=4)
def _span_opening_patterns(news_lead, span_across_years):
    """A news item's dateline before a span (`news_lead`), and a run of years (`span_across_years`) not inside
    brackets: compiled once, as every opening that holds a span's mark is read with them."""
    return re.compile(news_lead), re.compile(r"(?<![(（\d])" + span_across_years)


def _opening_end(text, start, end):
    """Where the first clauses of text[start:end] (a paragraph or a sentence on) end, in which a span that
    frames what follows stands (据介绍,近年来,): an offset of `text`, `end` where it has fewer clauses. One clause
    more where it opens on a purpose (为深入推进农村法治宣传教育,扩大普法对象覆盖面,“六五”普法以来,全椒县…)."""
    clauses = SPAN_OPENING_CLAUSES + bool(PURPOSE_OPENING.match(text, start, end))
    breaks = list(islice(CLAUSE_BREAK.finditer(text, start, end), clauses))
    return breaks[-1].end() if len(breaks) == clauses else end


# What a clause may open with before its subject's noun: a date, and the tiers the subject spans (2018年两级法院共受理…)
SUBJECT_PREFIX = re.compile(r"^(?:(?:19|20)\d\d\s*年度?)?(?:\d{1,2}\s*(?:[-－—至]\s*\d{1,2}\s*)?月份?)?(?:以来)?"
                            r"(?:[两三四各]级)?")
SENTENCE_OPENINGS = re.compile(r"(?:^|(?<=[。！？!?\n]))", re.M)


@lru_cache(maxsize=4)
def _span_mark_patterns(spans_since, years_since, plan_period, since_year):
    """Where a span over years may be named: all that _opens_a_span reads. Four patterns, not one
    alternation: each alone lets the regex engine skip ahead to its first characters."""
    return tuple(re.compile(pattern) for pattern in (alternation(spans_since), years_since, plan_period, since_year))


def _span_marks(text, config):
    """The offsets, in order, where `text` may name a span over years (_span_mark_patterns), found once a text:
    an opening holds a span only where one of them stands in it, so only those openings are read."""
    patterns = _span_mark_patterns(tuple(config["spans_since"]), config["years_since"], config["plan_period"],
                                   config["since_year"])
    return sorted({match.start() for pattern in patterns for match in pattern.finditer(text)})


def _holds_a_mark(marks, start, end):
    """Whether one of the sorted offsets `marks` is in [start, end)."""
    at = bisect_left(marks, start)
    return at < len(marks) and marks[at] < end


def _span_openings(text, marks, report_year, config):
    """The offsets, in order, of the sentences of `text` whose opening clauses (within their paragraph) name a
    span over years (_opens_a_span): found once a text, so that a figure looks back over them by bisection,
    not sentence by sentence (a page of one long line has thousands). An opening ends within its line, so only
    the lines that hold one of the `marks` (_span_marks) are read, and of their sentences only those whose
    opening holds a mark."""
    openings, line_end = [], -1
    for mark in marks:
        if mark <= line_end:  # in the line just read
            continue
        line_start = text.rfind("\n", 0, mark) + 1
        line_end = text.find("\n", mark)
        line_end = line_end if line_end >= 0 else len(text)
        for opening in SENTENCE_OPENINGS.finditer(text, line_start, line_end):
            start = opening.start()
            end = _opening_end(text, start, line_end)
            if _holds_a_mark(marks, start, end) and _opens_a_span(text[start:end], report_year, config):
                openings.append(start)
    return openings


# the span sentences a figure tries, latest first: the latest has the fewest words after it that could name a
# time of the figure's own, but its opening may reach into the figure's sentence and read differently there
SPAN_CANDIDATES = 2


def _own_time_marks(text, config):
    """The offsets, in order, where `text` names a time of its own (_names_its_own_time), found once a text so
    that whether a stretch of it names one is a bisection."""
    return [match.start() for match in _own_time(tuple(config["own_periods"])).finditer(text)]


def _framed_by_a_span(text, openings, marks, paragraph_start, sentence, report_year, config, list_item, inline_heading):
    """Whether the figure's paragraph (from `paragraph_start`) opens with a span over years (据介绍,近年来,
    全省…; _opens_a_span), or a sentence of it before the figure's does (…验收组到我县验收。据悉,“六五”普法
    期间,我县…), and neither its words after that nor the figure's `sentence` (start, end) name a time of
    their own (2020年,…): the span is the sentence's (…共计化解各类涉农矛盾纠纷57.3万件). `openings` and
    `marks`: _span_openings and _own_time_marks of the text, so that a figure reads no more of its paragraph
    than a span's opening; `list_item`, the compiled opening of a list's item (_in_a_later_item). A numbered heading
    between the span and the figure (`inline_heading`, run on where a page lost its line breaks) ends the span's
    paragraph: it heads a foreword, which frames no section."""
    first, last = bisect_left(openings, paragraph_start), bisect_left(openings, sentence[0])
    for start in reversed(openings[max(first, last - SPAN_CANDIDATES):last]):
        end = _opening_end(text, start, sentence[0])
        own_time = bisect_left(marks, end)
        if (_opens_a_span(text[start:end], report_year, config)
                and not (own_time < len(marks) and marks[own_time] < sentence[1])
                and not _in_a_later_item(text, paragraph_start, start, sentence[0], list_item)
                and not inline_heading.search(text, start, sentence[0] + 1)):
            return True
    return False


# How far into a sentence an item's opening is looked for (二是)
NEXT_ITEM_CHARS = 3


def _in_a_later_item(text, paragraph_start, span_start, sentence_start, list_item):
    """Whether a span stands inside one item of a list (一是…。为…,党的十八大以来,区局…学习116次。) and the figure
    in a later one (二是…。区局还两次聘请…讲座): the span is its own item's. A span before the list's first item
    (近年来,…取得突破性进展。一是…。二是…) frames them all."""
    return bool(list_item.search(text, paragraph_start, span_start + NEXT_ITEM_CHARS)
                and list_item.search(text, span_start + 1, sentence_start + NEXT_ITEM_CHARS))


def _span_framing_the_rest(text, marks, report_year, config):
    """Where the rest of a text is framed by a span over years: (start, end) from the first paragraph that opens
    with one (“七五”普法期间,昌宁县精心组织…; 近年来,市委、市政府高度重视…) to the first later paragraph that names
    a time of its own (2021年,市司法局荣获…), so that the paragraphs between (…共开展法治宣传1000余场) are the
    span's too, as a five-year review's are; None when no paragraph opens with a span. A count to date
    (截至目前,巧家县已创建…) names no other time: it ends the span; so does a numbered heading run on in the span's
    paragraph (inline_heading), which ends a foreword."""
    start, framed = 0, None
    for paragraph in text.split("\n"):
        # (only a paragraph that holds a mark, while no span frames the text, has an opening to read)
        read = framed is None and _holds_a_mark(marks, start, start + len(paragraph))
        end = _opening_end(paragraph, 0, len(paragraph)) if read else 0
        if _holds_a_mark(marks, start, start + end) and _opens_a_span(paragraph[:end], report_year, config):
            heading = re.search(config["inline_heading"], paragraph[end:])
            if heading:  # 去年以来,…报告如下。一、…: the foreword of a page that lost its line breaks, no section's frame
                return start, start + end + heading.start()
            framed = start
            own = re.sub(alternation(config["to_date_leads"]), "", paragraph[end:])
        else:
            own = paragraph
        if framed is not None and _names_its_own_time(EVENT_TIME.sub("", own), config):
            if start > framed:
                return framed, start
            framed = None  # the span's own paragraph names a time of its own after it: no frame from there
        start += len(paragraph) + 1
    return None if framed is None else (framed, len(text))


def _masked(phrase):
    """The phrase with 《titles》 blanked, so a cited law's title is no cue."""
    return CITED_TITLE.sub(lambda m: MASK * len(m.group()), phrase) if "《" in phrase else phrase


def _last_item(words):
    """The last item of a list joined by 、 (“双随机、一公开” is one item)."""
    return _items(words)[-1]


@lru_cache(maxsize=None)
def teach_the_tagger(office_names):
    """Teach jieba (once a process) the `office_names` as names, so that it does not read their 办 as a verb.
    Extraction teaches it before it tags; a report's reading teaches it before any stage tags (metadata reads
    a zone's name by the tagger), so that a report reads the same whichever report a process read first."""
    import jieba
    for name in office_names:
        jieba.add_word(name, freq=jieba.suggest_freq(name), tag="nt")


@lru_cache(maxsize=4096)
def _tags(words):
    """((word, part-of-speech flag), ...) of `words`, by jieba's tagger."""
    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    return tuple((pair.word, pair.flag) for pair in jieba.posseg.lcut(words))


def _has_verb(words):
    """Whether the tagger finds a verb in `words` (完成新增, 废止…), not in a bare noun phrase
    (规范性文件, 合同共)."""
    return any(flag in VERB_TAGS for _, flag in _tags(words))


def _opens_with_noun(words):
    """Whether the tagger reads a thing first in `words` (操作规程…), not a function word
    (和上年…: conjunctions, prepositions, particles, adverbs, pronouns, numbers, measures) nor a verb."""
    tags = _tags(words[:NOUN_WINDOW]) if re.match(r"[\u4e00-\u9fff]", words) else ()
    return bool(tags) and not tags[0][1].startswith(("c", "p", "u", "d", "r", "m", "q", "f", "v"))


def _at_first_verb(words):
    """(the words before their first verb, that verb) by the tagger; (all of them, "") where it finds none."""
    seen = ""
    for word, flag in _tags(words):
        if flag.startswith("v"):  # 审查 is tagged a verbal noun
            return seen, word
        seen += word
    return seen, ""


def _up_to_verb(words):
    """The words up to the end of their first verb (区政府法律顾问共审查|重大行政决策1件), or
    nothing: what a list's first item lends the items after it is its verb, not its noun
    (其中行政许可16634件、其他权利事项14117件 lends nothing)."""
    before, verb = _at_first_verb(words)
    if verb:
        return before + verb
    # the tagger takes some verbs for nouns (机关集中学习|法律、法规3次): the words before the
    # object of an item without a figure of its own lend it (but 公共服务事项98项、子项157项: nothing)
    tagged = () if ANOTHER_FIGURE.search(words) else _tags(words)
    return "".join(word for word, _ in tagged[:-1]) if len(tagged) > 2 else ""


@lru_cache(maxsize=4)
def _manner_pattern(manner_nouns):
    """A list's summing-up as the ways something was done, then what was done (…等形式|开展集中学习)."""
    return re.compile(f"(?:{alternation(manner_nouns)})(.+)")


def _cue_places(head, tail, summed, config, finder):
    """Where in a figure's head a cue may name it, nearest first. A list counts its last
    item; a noun after 等 is what it counts (…等热点法律问题28个: only 问题), unless that noun
    only sums the list up (…执法培训等活动3场: any item) or the figure counts events
    (学习…等法律法规6次); a verb at the list's start governs the items that have no verb
    of their own (审核协议、合同共200份; 审查决策1件、规范性文件10件), when nothing after the
    figure names what it counts (3项制度) and the item is not the list's remainder (其他事项48件);
    and an item that is a verb alone acts on the first item's object (审查行政规范性文件15件、印发14件:
    印发行政规范性文件); a list summed up as the ways something was done counts what the verb after them
    names (…研讨班等形式开展集中学习31次: 集中学习). `summed` is the noun after 等 (_noun_after_deng); the
    config's `list_verbs`, the verbs that may stand alone as an item; `remainders`, the words that open
    a remainder; `manner_nouns`, the ways."""
    items = _items(head)
    last = items[-1]
    if summed:
        # …and the verb before the list, what was done with it, where the noun names what a rule counts
        # (受理行政处罚等行政复议案件598件; but 解读…等热点法律问题28个 counts questions, no rule's)
        verb = _up_to_verb(items[0]) if any(True for _ in finder.iter(summed)) else ""
        return [summed, verb] if verb else [summed]
    manner = _manner_pattern(tuple(config["manner_nouns"])).match(last.rpartition("等")[2])
    if manner and _has_verb(manner.group(1)):
        return [manner.group(1)]
    if "等" in last:  # A、B等…: the kinds are the items, but not those another figure counts
        # (学习5次、党组会议等6次); the last is the figure's own (“3.15消费者权益日”等…活动65场次)
        return [item for item in items[:-1] if not _counts_a_figure(item)] + [last]
    if len(items) < 2 or re.match(r"[\u4e00-\u9fff]", tail):
        return [last]
    if last.strip(" " + FILLERS) in config["list_verbs"]:
        verb = _up_to_verb(items[0])
        return [last + re.split(r"\d", items[0][len(verb):], maxsplit=1)[0]] if verb else [last]
    # (a filler before the figure is no verb of the item's: 学习…党内法规、国家法律达20余次 borrows 学习)
    if _has_verb(last.rstrip(" " + FILLERS)) or last.lstrip(" " + FILLERS).startswith(tuple(config["remainders"])):
        return [last]  # 审查合同178件、规范性文件1件、其他事项48件: the rest of what was reviewed, of no one kind
    # the list's verb, in its first item or, where the list opens with its subjects (区委常委会、政府常务会议…学习…), the
    # first item that has one
    return [last, next(filter(None, map(_up_to_verb, items[:-1])), "")]


def _counts_a_figure(item):
    """Whether a list's item holds a figure of its own (学习5次), not only the year it opens with
    (2020年召开市政府常务会议)."""
    return bool(ANOTHER_FIGURE.search(re.sub(r"(?:19|20)\d\d年度?", "", item)))


def _named_by_list_verb(rules, summed, head):
    """The first rule whose `with` names the noun after 等 (…等信息15条: 信息) and whose cue is the
    verb before the list (及时公开涉农资金分配、惠民政策落实等信息15条), or None: the noun says what is
    counted, the verb what was done with it. A noun no rule's `with` names (…等热点法律问题28个)
    takes no verb's cue."""
    if not summed:
        return None
    verb = _up_to_verbs(_items(head)[0])
    return next((rule for rule in rules if any(word in summed for word in rule.get("with", ()))
                 and _has_cue([verb], rule["cues"])), None)


def _up_to_verbs(words):
    """_up_to_verb, and the verbs right after that one (协调化解|欠薪…: both say what was done)."""
    seen, in_run = "", False
    for word, flag in _tags(words):
        if flag.startswith("v"):
            in_run = True
        elif in_run:
            return seen
        seen += word
    return seen if in_run else _up_to_verb(words)


def _noun_after_deng(last, counts_events, generic_nouns, event_nouns, specific_nouns):
    """The noun after 等 that says what a figure counts (…等热点法律问题28个: 问题), or "" when
    there is none, it only sums the list up (…等活动3场, …等重要事项146件) or the figure counts
    events and the noun names no event (学习…等法律法规6次; but …提升班等培训6次 are trainings, and
    邀请法律专家、资深法官开展…等专题讲座4次 lectures).
    A noun that ends in a rule's cue is no sum, though the cue ends in a generic noun
    (…承办机构、追责情形等行政权力事项5723项: `specific_nouns`)."""
    summed = last.rpartition("等")[2].strip(FILLERS + "“”\"") if "等" in last else ""
    if counts_events and not summed.endswith(tuple(event_nouns)):
        return ""
    generic = summed.endswith(tuple(generic_nouns)) and not summed.endswith(specific_nouns)
    return summed if summed and not generic else ""


def _counted_after(words):
    """Where a figure before its noun may find what it counts: the list's last item
    (涉及…的法规、规章、规范性文件专项清理), else its first (31万名工作人员参加考试、上线运行…)."""
    items = _items(words)
    return [items[-1], items[0]] if len(items) > 1 else items


def _has_cue(places, cues):
    return any(holds_any(place, cues) for place in places)


def _first_in_places(rules, places, kindred):
    """The first rule with a cue in the nearest place that has one; among kindred indicators,
    the one whose cue ends nearest the figure (学法培训4次 are trainings)."""
    for place in places:
        rule = next((rule for rule in rules if holds_any(place, rule["cues"])), None)
        if rule:
            group = next((set(g) for g in kindred if rule["indicator"] in g), {rule["indicator"]})
            near = [(len(place) - max(place.rfind(c) + len(c) for c in r["cues"] if c in place), order, r)
                    for order, r in enumerate(rules)
                    if r["indicator"] in group and any(c in place for c in r["cues"])]
            return min(near, key=lambda n: n[:2])[2]
    return None


def _event_noun(tail):
    """The short noun that ends the clause right after a count of events, which names them (6期|法律知识培训，…),
    or "": not a list's next item (150场次|、专题培训3期), nor a noun another figure owns."""
    if tail.lstrip().startswith((LIST_JOINER, *ITEM_JOINERS)):
        return ""
    noun = CLAUSE_BREAK.split(tail, 1)[0].strip()
    return noun if len(noun) <= NOUN_WINDOW and not ANOTHER_FIGURE.search(noun) else ""


def _in_object_frame(governed, figure_length, rest):
    """Whether the figure ending `governed` (its clause so far) stands inside the object of a verb
    after it, its clause running on as `rest` (对181件上会议题…进行了合法性审查)."""
    at = len(governed)
    return any(frame.start() < at - figure_length and frame.end() > at for frame in OBJECT_FRAME.finditer(governed + rest))


def _items(words):
    """The top-level items of a list joined by 、 (quotes and brackets keep theirs; numerals joined
    by it are one word: 一、二审案件, and so are a congress's plenary sessions: 二十届二中、三中全会精神;
    titles joined by it are one thing: 学习《宪法》、《行政处罚法》相关法律法规, read with its titles as
    written or blanked)."""
    if LIST_JOINER not in words:
        return [words]
    return list(_items_of_a_list(words))


@lru_cache(maxsize=1024)
def _items_of_a_list(words):
    """_items of words that hold a 、: read once, as a figure's words are read by several rules."""
    items, depth, cut = [], 0, 0
    for at, char in enumerate(words):
        depth += char in OPENERS
        depth -= char in CLOSERS and depth > 0
        joins = 0 < at < len(words) - 1 and (words[at - 1] in NUMERALS and words[at + 1] in NUMERALS
                                             or words[at - 2:at] in PLENARIES and words[at + 1] in NUMERALS
                                             or words[at - 1] + words[at + 1] in ("》《", MASK * 2))
        if char == LIST_JOINER and depth == 0 and not joins:
            items.append(words[cut:at])
            cut = at + 1
    return tuple(items + [words[cut:]])


def _accepts(rule, quantity, governed, own, lead):
    """Whether the rule may name the quantity: its unit, its sentence so far (`lead`, for a
    topic, for whom it may not serve and for `not_lead_pattern`; its clause and the one before, for what may not be the
    topic; its clause, for `not_in_clause`), the clause up to it (`governed`, for the verb a
    `with` word names, for `before` words, which must stand before the figure, and for
    `not_right_before` words, which may not end the words right before it) and the words it owns
    (`own`, for `not` words and `not_pattern`) agree."""
    if quantity["kind"] == "number" and quantity["unit_written"] not in rule.get("units", ()):
        return False
    before_figure = governed[:governed.rfind(quantity["figure"])]
    if rule.get("before") and not holds_any(before_figure, rule["before"]):
        return False
    if "not_right_before" in rule and before_figure.rstrip(" " + FILLERS).endswith(tuple(rule["not_right_before"])):
        return False
    for key in ("topic", "topic_also"):
        if rule.get(key) and not holds_any(lead, rule[key]):
            return False
    if "not_topic" in rule and holds_any("".join(_clauses(lead)[-2:]), rule["not_topic"]):
        return False
    if "not_lead" in rule and holds_any(lead, rule["not_lead"]):
        return False
    if rule.get("not_lead_pattern") and re.search(rule["not_lead_pattern"], lead):
        return False
    if rule.get("with") and not holds_any(governed, rule["with"]):
        return False
    if rule.get("not_pattern") and re.search(rule["not_pattern"], own):
        return False
    if rule.get("not_in_clause") and re.search(rule["not_in_clause"], _clauses(lead)[-1]):
        return False
    return "not" not in rule or not holds_any(own, rule["not"])


@lru_cache(maxsize=256)
def _clauses(words):
    """The clauses of `words`: split once, as several rules read the same sentence's last clauses."""
    return tuple(CLAUSE_BREAK.split(words))


def _topic_of_a_later_verb(items, finder, prepositions):
    """Whether a list is a preposition's object that a verb after it acts on, the verb standing
    in the last item before what a rule counts (围绕行政许可法、行政处罚法|组织开展|专题培训12场次; 围绕
    酒驾、校园暴力、预防电信诈骗等|开展|精准宣讲120余场次, in a sentence of 普法): its items are what the events
    were about, not kinds of them."""
    if not any(word in prepositions for word, _ in _tags(items[0])):
        return False
    before, verb = _at_first_verb(items[-1])
    return bool(verb) and any(True for _ in finder.iter(items[-1][len(before) + len(verb):]))


def _names_a_law(item, config):
    """Whether a list's item ends in a law's name (行政处罚法, 民法典), not in work named like one (立法, 普法)."""
    item = item.rstrip(FILLERS + CLOSERS)
    return item.endswith(tuple(config["law_name_endings"])) and not item.endswith(tuple(config["not_law_names"]))


def _lump(rule, phrase, governed, own, lead, rules, config, noun_after_deng=""):
    """The rule a list before the figure is counted as, or None. Each item names a kind: the
    first rule with a cue in it that takes the figure, else the first with a cue in it at all
    (学习 is a kind of its own even where its rule would not take the figure). A list of one kind
    counts as it; of two kindred kinds (专题培训、讲座2期), as the first one that takes the
    figure; of unrelated kinds (在线办理公证、法律援助等业务4000件) or more than two
    (学习、培训、宣讲1.2万次), as nothing. A list that is the topic of events the figure counts
    (_topic_of_a_later_verb) names no kinds; papers a verb acts on (对决策、合同开展审查1090件) are its kinds."""
    # the items up to one with a figure of its own are that figure's list (“民族政策宣传月”、“春蕾保护行动”等活动580余场次、|
    # 受众15.7万余人): this figure's list starts after it
    items = _items(phrase["head"])
    last_figured = max((at for at, item in enumerate(items) if ANOTHER_FIGURE.search(item)), default=-1)
    items = items[last_figured + 1:]
    # 备案审查各县(市)区、市直各部门规范性文件3件: the bodies before the last item are whose, not kinds; and
    # 县委常委会、县政府常务会、…中心组集中学习…4次: the meetings before it are where the events were held, and
    # 行政处罚法、行政许可法专题培训3次: the laws before it are what they were on
    counts_events = phrase["quantity"]["unit_written"] in config["event_units"]
    not_kinds = tuple(config["owner_bodies"]) + (tuple(config["venues"]) if counts_events else ())
    items = [item for item in items[:-1]
             if not item.rstrip(FILLERS).endswith(not_kinds) and not (counts_events and _names_a_law(item, config))] + items[-1:]
    if counts_events and items and EVENT_VERB.search(items[-1].lstrip(FILLERS), 1):
        # …“法律明白人”等队伍进村社、进学校开展专题讲座367场: the events are named after the verb in the figure's
        # own item; the items before it are who held them and where, no kinds of them
        items = items[-1:]
    if len(items) > 1 and EVENT_VERB.match(items[-1].lstrip(FILLERS)):
        # 常务会议定期听取…汇报、开展常务会议学法7次: where the figure's own item opens with the verb of an
        # event, an item before it with a verb of its own states something else; it names no kind of it
        items = [item for item in items[:-1] if not _has_verb(item)] + items[-1:]
    if (len(items) <= 1 or noun_after_deng  # 公民、法人等…依申请公开信息12件: the items are not kinds
            or counts_events  # 对…合同开展审查1090件 counts the papers
            and _topic_of_a_later_verb(items, _rule_index(rules, config["generic_nouns"]).finder,
                                       config["topic_prepositions"])):
        return rule
    kindred = config["kindred"]
    # 发放普法宣传单、书籍、宣传手提袋等78000余份: copies are counted only by rules of copies, so 宣传 in an item
    # names no kind of what was handed out
    unit = phrase["quantity"]["unit_written"]
    counts_copies = unit in config["copy_units"]

    def kind(item):
        with_cue = [r for r in rules if any(cue in item for cue in r["cues"])
                    and not (counts_copies and unit not in r.get("units", [unit]))]
        return next((r for r in with_cue if _accepts(r, phrase["quantity"], governed, own, lead)),
                    with_cue[0] if with_cue else None)

    named = [kind(item) for item in items]
    indicators = {r["indicator"] for r in named if r} | {rule["indicator"]}
    if len(indicators) == 1:
        return rule
    broader = next((lump["as"] for lump in config["lumped_as"] if indicators == set(lump["kinds"])), None)
    if broader:  # 开展法治宣传、普法讲座等活动272次: lectures held for the public are publicity
        return next((r for r in named if r and r["indicator"] == broader
                     and _accepts(r, phrase["quantity"], governed, own, lead)), None)
    if len(indicators) == 2 and any(indicators <= set(group) for group in kindred):
        return next((r for r in named if r and _accepts(r, phrase["quantity"], governed, own, lead)), rule)
    return None


def _opens_with(words, starts, modifiers):
    """Whether `words` open with one of `starts`, perhaps after one modifier: 92项|政务服务事项…,
    1次|全面清理…; never words that open a list's next item (20件|、行政诉讼33件)."""
    words = words.lstrip("“‘「")
    unmodified = next((words[len(m):] for m in modifiers if words.startswith(m)), words)
    return words.startswith(tuple(starts)) or unmodified.startswith(tuple(starts))


def _opens_after_modifiers(words, starts, modifiers):
    """Whether `words` open with one of `starts` after any run of modifiers (…学习会,|专题集中|学习党的二十大…)."""
    unmodified = words
    while modifier := next((m for m in modifiers if unmodified.startswith(m)), None):
        unmodified = unmodified[len(modifier):]
    return words.startswith(tuple(starts)) or unmodified.startswith(tuple(starts))


# Words that join two counted items (2次法律知识专题讲座和3次警示教育). Not 、: a list of
# meetings by kind (5次常委会、3次政府常务会、5次政府专题会…学习研究) counts the sessions that took
# up the list's topic, read with the list as a whole.
ITEM_JOINERS = ("以及", "和", "及", "与")
# What divides the list before 分别 into its items, and what may stand between the figures it pairs.
RESPECTIVE_ITEM = re.compile("|".join(map(re.escape, (LIST_JOINER, *ITEM_JOINERS))))
PAIRED_JOINERS = re.compile(rf"(?:{RESPECTIVE_ITEM.pattern}|[，,\s])*")


def _names_before_joiner(words, cues):
    """Whether the words between a figure and the next item are what the figure counts, ending on
    its cue: 2次|法律知识专题讲座和|3次警示教育 (the lectures are the 2's, not the 3's)."""
    item = words.rstrip()
    joiner = next((j for j in ITEM_JOINERS if item.endswith(j)), None)
    return joiner is not None and item[:-len(joiner)].endswith(tuple(cues))


def _rules_by_unit(rules):
    """For a figure's unit as written, the positions in `rules` of the rules that may take it: a rule takes a
    number only in one of its units (a zero statement has none, so every rule may take it)."""
    units = {unit for rule in rules for unit in rule.get("units", [])}
    return {unit: frozenset(at for at, rule in enumerate(rules) if unit in rule.get("units", [])) for unit in units}


def _rules_by_cue(rules):
    """For each cue, the positions in `rules` of the rules it is a cue of."""
    positions = {}
    for at, rule in enumerate(rules):
        for cue in rule["cues"]:
            positions.setdefault(cue, set()).add(at)
    return {cue: frozenset(of_cue) for cue, of_cue in positions.items()}


def _cue_finder(rules):
    """An Aho-Corasick automaton over every rule's cues: a rule can name a figure only
    through a cue in the figure's own words (its head, or the words after it), so the rules
    worth trying are those with a cue there, found in one pass instead of rule by rule."""
    automaton = ahocorasick.Automaton()
    for rule in rules:
        for cue in rule["cues"]:
            automaton.add_word(cue, cue)
    automaton.make_automaton()
    return automaton


def _specific_nouns(rules, generic_nouns):
    """The cues that end in a generic noun and say more of it (权力事项, 规范性文件)."""
    cues = {cue for rule in rules for cue in rule["cues"]}
    return tuple(sorted(cue for cue in cues if cue.endswith(tuple(generic_nouns)) and cue not in generic_nouns))


class RuleIndex(NamedTuple):
    """What a rule list is looked up by, made once per loaded knowledge, not per report."""
    by_unit: dict        # unit as written -> positions of the rules that may take it (_rules_by_unit)
    finder: object       # an Aho-Corasick automaton over every cue (_cue_finder)
    specific_nouns: tuple  # cues that end in a generic noun and say more of it (_specific_nouns)
    by_cue: dict         # cue -> positions of the rules it is a cue of (_rules_by_cue)


@once_per_object
def _rule_index(rules, generic_nouns):
    """The RuleIndex of a rule list, made once per loaded knowledge."""
    return RuleIndex(_rules_by_unit(rules), _cue_finder(rules), _specific_nouns(rules, generic_nouns),
                     _rules_by_cue(rules))


def _with_cue_in(rules, index, allowed, *texts):
    """The rules, in order, that have a cue in one of `texts`, of those at the positions `allowed` (all where
    None); `index`, the rules' RuleIndex."""
    present = {cue for text in texts for _, cue in index.finder.iter(text)}
    if not present:
        return []
    positions = set().union(*(index.by_cue[cue] for cue in present))
    return [rules[at] for at in sorted(positions if allowed is None else positions & allowed)]


def first_rule(phrase, lead, rules, config, candidates=None):
    """(rule, whether it claims the words after the figure) for the first rule (specific
    before general) whose cue stands in the figure's head, else in the words after it.
    The rule is None when none accepts the figure, when a list lumps unrelated kinds
    (学习、执法检查1.2万次), or when the words after the figure are the next figure's
    (31个部门行政职权事项3437项, 行政复议20件、行政诉讼33件) or count what no indicator
    counts (31个部门…). A figure claims the words after it when they open with its cue
    (92项政务服务事项已有86项…): the next figure then owns none of them. An event counted
    before the verb that names it (常务会议5次专题研究…) is that verb's, and no rule's whose `not`
    words hold the verb (常务会议两次听取…); what a zero
    statement counts follows its negation (连续两年无败诉). `candidates`, the rules that take
    the figure's unit (default: all), are the ones tried; every rule names the kinds of a list."""
    quantity, head, tail = phrase["quantity"], phrase["head"], phrase["tail"]
    figure = quantity["figure"]
    counts_events = quantity["unit_written"] in config["event_units"]
    rule_index = _rule_index(rules, config["generic_nouns"])
    noun_after_deng = _noun_after_deng(_items(head)[-1], counts_events, config["generic_nouns"], config["event_nouns"],
                                       rule_index.specific_nouns)
    in_head = _cue_places(head, tail, noun_after_deng, config, rule_index.finder)
    if head.rstrip().endswith(ITEM_JOINERS):  # …事项清单和|1182项免提交事项: what stands before 和 is the item before
        in_head = []
    governed = phrase["governed"]
    if phrase["continues"]:  # an item of a list: its own words, and its own verb if it has one
        head = _last_item(head)
        if _has_verb(head) and _opens_with_noun(head.lstrip(" " + FILLERS)):
            # …and an item with a subject and a verb of its own is a statement of its own: the items before it lend it
            # no topic (中心组学法12次、干部职工学习48次: the staff's study is not law study). They are cut from the
            # lead, which ends with the clause (the phrase's words are the text's, titles blanked to their length).
            clause_at = len(lead) - len(governed) - len(phrase["rest"])
            lead = lead[:clause_at] + lead[clause_at + len(governed) - len(figure) - len(head):]
        governed = head + figure if _has_verb(head) else governed
    # 1688项(包含全程网办事项)的政务服务事项: what a figure includes is a part of it, not what it counts
    after = [] if tail.lstrip().startswith(LIST_JOINER) else _counted_after(figure + INCLUSION_GLOSS.sub("", tail, count=1))

    after_object = OBJECT_FRAME.match(tail)  # 4次|对《审计法》等法律法规进行|专题学习: the verb after the object
    # …政务服务事项的|8个|操作规程: what the figure's head owns is not what it counts; nor is what a list
    # the figure closes with 等 names, where the words after it are only what it counts (…职权事项等|9项|
    # 法治政府建设工作要点: the points of a plan; but …补偿等|30余项|重大决策事项进行审查 are the items reviewed)
    closing = head.rstrip(" " + FILLERS)
    closes_a_list = closing.endswith("等") and not _has_verb(CLAUSE_BREAK.split(tail, 1)[0])
    possessed = (closing.endswith(POSSESSIVE) or closes_a_list) and _opens_with_noun(tail)

    quoted_topic = QUOTED_TOPIC.match(tail)
    titled_object = TITLED_OBJECT.match(tail)
    # …3期《…》和《…》的|法治专题讲座: the noun the titles are on, ending in what is counted
    titled_noun = titled_object and CLAUSE_BREAK.split(tail[titled_object.end():], 1)[0]

    event_verb = EVENT_VERB.match(tail)
    event_noun = _event_noun(tail) if counts_events else ""

    def opens(rule):
        return (_opens_with(tail, rule["cues"], config["modifiers"]) or
                bool(event_verb) and _opens_with(tail[event_verb.end():], rule["cues"], config["modifiers"]) or
                bool(after_object) and _opens_with(tail[after_object.end():], rule["cues"], config["modifiers"]) or
                bool(titled_noun) and len(titled_noun) <= NOUN_WINDOW and titled_noun.endswith(tuple(rule["cues"])) or
                bool(quoted_topic) and _opens_with(tail[quoted_topic.end():], rule["cues"], config["modifiers"]) or
                bool(event_noun) and event_noun.endswith(tuple(rule["cues"])) or
                _names_before_joiner(tail, rule["cues"]))

    # what a zero statement's negation covers follows it, and so does the verb whose object holds the
    # figure (对181件上会议题…进行了合法性审查): its `not` words are read there too
    framed = _in_object_frame(phrase["governed"], len(figure), phrase["rest"])
    # …the verb after an object that holds the figure is the figure's verb too (对部门规范性文件2件、
    # 镇街规范性文件1件进行备案: both were filed)
    counts_people = quantity["unit_written"] in config["person_units"]
    # …执法人员共170余人|参加了培训: people who attend own what they attend, so a rule that refuses attendance reads it
    attending = counts_people and tail.lstrip(" " + FILLERS).startswith(tuple(config["attends"]))
    before_figure = (False, governed + (phrase["rest"] if framed else ""),
                     head + figure + (tail if quantity["kind"] == "zero" or attending
                                      else phrase["rest"] if framed else ""))
    after_figure = (True, governed + tail, head + figure + tail + (phrase["rest"][len(tail):] if framed else ""))
    counts_papers = quantity["unit_written"] in config["paper_units"]
    if (_opens_with(tail, config["counted_bodies"], config["modifiers"])
            and not (counts_events or counts_people or counts_papers)):
        # 备案审核市城市管理局、市市场监管局等9个部门的…事项: the figure counts the bodies its unit
        # names (but 2期县(市、区)…培训班 counts sessions, 107名县级干部 people and 2份部门规范性文件
        # papers: a body after such a unit is whom the event is for, where the people work or whose
        # the papers are); only a rule that counts those bodies may take it (对64家企业开展双随机检查)
        candidates = [rule for rule in (rules if candidates is None else candidates)
                      if _opens_with(tail, rule.get("counts_bodies", ()), config["modifiers"])]
        if not candidates:
            return None, False
    # 备案审查零纠错: none corrected, which no cue before the zero names
    outcome = quantity["kind"] == "zero" and tail.lstrip(" " + FILLERS).startswith(tuple(config["zero_outcomes"]))
    if tail.lstrip().startswith(LIST_JOINER):  # 13件、废止…: the words after are the next item's
        phases = [before_figure]
    elif outcome:
        phases = [after_figure]
    elif quantity["kind"] == "zero":
        phases = [after_figure, before_figure]
    else:
        phases = [before_figure, after_figure]
    if counts_events and head.rstrip(" " + FILLERS).endswith(tuple(config["head_events"])):
        phases = [before_figure]  # 开展各类学习|100场次|举办…: the figure counts the events its head names
    for reads_after, governed, own in phases:
        accepted = [rule for rule in (rules if candidates is None else candidates)
                    if _accepts(rule, quantity, governed, own, lead)]
        if reads_after:  # the first rule, in order, with a cue before or after the figure
            rule = next((rule for rule in accepted if _has_cue(after if outcome else [*in_head, *after], rule["cues"])),
                        None)
        else:
            rule = _first_in_places(accepted, in_head, config["kindred"])
            # …but a rule before it that the verb before the list names is more specific (化解欠薪…等纠纷21起:
            # what was done with the disputes)
            earlier = accepted[:accepted.index(rule)] if rule else accepted
            rule = _named_by_list_verb(earlier, noun_after_deng, head) or rule
        if rule is None:
            continue
        if possessed and not _has_cue(after, rule["cues"]):
            return None, False
        if not reads_after and counts_events:
            verb = next((other for other in accepted if opens(other) and other["indicator"] != rule["indicator"]
                         and _accepts(other, quantity, governed + tail, own + tail, lead)), None)
            if verb:
                return verb, True
            if _opens_with(tail, rule.get("not", []), config["modifiers"]):
                return None, False  # 常务会议两次听取…报告: the figure counts the verb after it, a word its rule refuses
        claims = reads_after and opens(rule)
        following = phrase["next"]
        # …the next figure's, where the indicator takes it by any of its rules (为232名未成年人提供…咨询361次:
        # the 232 are the people served, the 361 the consultations); not where a 、 ends its words before the next
        # figure (15名…干部参加法律法规考试、|32名…: the next item's words are its own)
        if (reads_after and not claims and following is not None and not phrase["joined"]
                and not tail.rstrip().endswith(LIST_JOINER) and not _has_cue(in_head, rule["cues"])
                and any(_accepts(other, following, governed, tail, lead) for other in rules
                        if other["indicator"] == rule["indicator"])):
            return None, False
        # (a figure that claims the words after it, its kind named there, has no list of kinds before it: 举办法治副校长、
        # 行政执法人员、民办高职、新型高职4次“习近平法治思想”专题培训 names whom the trainings were for)
        return (rule if claims else _lump(rule, phrase, governed, own, lead, rules, config, noun_after_deng)), claims
    return None, False


def _counts_containers(phrase, config):
    """Whether the figure counts containers: 事项清单31个 and 制定13个事项清单 are lists, not items (but
    实施清单3682个事项 names what it counts after the unit), and 19个…申请受理点 places."""
    if phrase["quantity"]["unit_written"] not in config["container_units"]:
        return False
    containers = tuple(config["containers"])
    named_after = re.match(r"[\u4e00-\u9fff“”]*", phrase["tail"]).group()
    if named_after.startswith(containers):  # 6个|方面明确了…: the word right after the figure is a container
        return True
    if named_after.endswith(tuple(config["container_places"])):  # 19个|专门的信息公开申请受理点: the places
        return True
    noun = _at_first_verb(named_after)[0]  # 权力事项|录入机构编制监管平台
    finder = _rule_index(config["rules"], config["generic_nouns"]).finder
    if noun != named_after and (any(True for _ in finder.iter(noun)) or noun in config["generic_nouns"]):
        # 4100余个|权力事项|录入…监管平台, 1700余个|事项|进驻…政务服务中心: what a rule counts, or things, then a
        # verb: items, not platforms or centres
        named_after = noun
    else:  # …or a cue the words open with, where the verb found falls inside it (2528个|政务服务事项|全部进驻…中心),
        # unless a container follows it (35个|人民调解|委员会: the committees, named by what they do)
        cue = max((cue for end, cue in finder.iter(named_after) if end + 1 == len(cue)), key=len, default="")
        if cue and named_after[len(cue):].startswith(containers):
            return True
        named_after = cue or named_after
    if named_after:
        return named_after.endswith(containers)
    # (…多元化解中心(平台)88个: the container before its other name in brackets)
    return TRAILING_GLOSS.sub("", phrase["head"].rstrip(FILLERS)).endswith(containers)


def _in_brackets(text, quantity):
    """Whether the figure stands alone in brackets after what it sizes (以上八类案件(1532件),
    劳动和社会保障(7.76%)领域): a breakdown of a category just named, not a total."""
    return (text[quantity["start"] - 1:quantity["start"]] in BRACKET_OPENERS
            and text[quantity["end"]:quantity["end"] + 1] in BRACKET_CLOSERS)


def _respective_words(text, quantity, quantities, clause):
    """The words a figure owns in a clause that pairs a list with its figures (受理和办结行政复议案件
    分别为20件、18件: 20 were received, 18 concluded): its own item of the list, the object the
    last item's verb shares with the items before it (行政复议案件), and the words from 分别 to
    the first figure; None where the clause pairs nothing (as many items as figures after 分别, the
    figures joined by list marks alone)."""
    clause_start, clause_end = clause
    at = text.find(RESPECTIVELY, clause_start, quantity["start"])
    if at == -1:
        return None
    paired = [figure for figure in quantities if at < figure["start"] < clause_end]
    items = RESPECTIVE_ITEM.split(text[clause_start:at])
    joined = all(PAIRED_JOINERS.fullmatch(text[a["end"]:b["start"]]) for a, b in zip(paired, paired[1:]))
    if len(paired) < 2 or len(items) != len(paired) or not joined:
        return None
    before, verb = _at_first_verb(items[-1])
    shared = items[-1][len(before) + len(verb):] if verb else ""
    own = paired.index(quantity)
    # (an item that ends on the shared object's head word names its own: 调处率和调处成功率分别达到99.7%和97%, where
    # 调处 is no verb whose object, 成功率, the 调处率 shares)
    shares = own < len(items) - 1 and not (shared and items[own].endswith(shared[-1]))
    return items[own] + (shared if shares else "") + text[at:paired[0]["start"]]


def _opens_a_list_of_figures(text, quantity, next_quantity):
    """Whether the figure is the first of a list of figures in its unit that 、 alone joins
    (法治宣传进校园6场次、进景区5场次、进企业3场次)."""
    if next_quantity is None or next_quantity["unit_written"] != quantity["unit_written"]:
        return False
    between = text[quantity["end"]:next_quantity["start"]]
    return between.startswith(LIST_JOINER) and not CLAUSE_BREAK.search(between)


def _breaks_down(quantities, quantity_starts, quantity, paragraph_start, subtype_start, figure_ends):
    """Whether the last figure of the quantity's unit in its paragraph before the parts mark (其中) ends at one of
    `figure_ends`: the parts are that figure's (in its sentence, or the sentence before where 其中 opens its own). Only
    the paragraph's figures are read (`quantity_starts`, sorted), so that extraction stays linear in a report's length."""
    before = quantities[bisect_left(quantity_starts, paragraph_start):bisect_left(quantity_starts, subtype_start)]
    last = next((other for other in reversed(before)
                 if other["end"] <= subtype_start and other["unit"] == quantity["unit"]), None)
    return last is not None and last["end"] in figure_ends


def _a_body_s_own(text, subtype, quantity, named_part):
    """Whether a part after 其中 is a body's own figure: its words open with the body and what it did
    (…办结行政复议案件29.3万件，其中司法部办结国务院行政复议案件4644件), a sub-unit's beside the total."""
    if subtype is None or subtype.group() != QIZHONG:
        return False
    return re.match(named_part, text[subtype.end():quantity["start"]].lstrip("，,： ")) is not None


def _breakdown_total(text, quantity, figure_ends):
    """Where the figure whose breakdown holds this one ends, when the figure stands in brackets
    opened right after it (收到行政复议申请85件(通过网上复议渠道申请8件)): a part of that figure,
    as after 其中, not a total of its own. None when it is not in such brackets."""
    opened = max(text.rfind(mark, quantity["sentence_start"], quantity["start"]) for mark in BRACKET_OPENERS)
    closed = max(text.rfind(mark, max(opened, 0), quantity["start"]) for mark in BRACKET_CLOSERS)
    return opened if opened >= 0 and closed == -1 and opened in figure_ends else None


def _states_intention(clause, config):
    """Whether a clause states an intention, a target or what did not happen (not_facts), not counting
    a plan the work followed (按照学法计划…23次: followed_plans), which is looked for only when needed."""
    if not holds_any(clause, config["not_facts"]):
        return False
    stated = re.sub(config["followed_plans"], "", clause)
    return holds_any(stated, config["not_facts"])


def _planned_with_the_clause_before(lead, planned_lead, config):
    """Whether the clause of the sentence so far (`lead`) that holds a figure is only an event's verb and what it
    names, after a clause that plans events (全年计划安排会前学法8次,|举办法治专题讲座2次): the plan's next item, not
    one that was held; but not after a plan the work followed (按计划开展…: followed_plans)."""
    clauses = CLAUSE_BREAK.split(lead)
    return (len(clauses) >= 2 and EVENT_VERB.match(clauses[-1].lstrip()) is not None
            and planned_lead.search(clauses[-2]) is not None and not re.search(config["followed_plans"], clauses[-2]))


def _intention_scope(clause, at):
    """The words of `clause` whose not_facts words bear on its figure at `at`: the whole clause, but
    where the figure's own item of a list has a verb of its own, neither the items after it nor those
    before it that have a verb and no figure of their own, since those state something else
    (市政府常务会议每季度听取…汇报、开展常务会议学法7次; 共开展周例会学法11次、党委会定期学法每月1次).
    An item without a verb (每年组织法治培训、法律考试各1次) and an item after a figure's
    (每年至少举办2期培训、开展3次考试) stay under the clause's words; so does an item that ends inside a
    preposition's object, which the next item goes on (每年至少邀请法律顾问为当地企业和干部、群众举办1次讲座)."""
    items = _items(clause)
    if len(items) < 2:
        return clause
    items = _joined_where_a_preposition_runs_on(items)
    ends = accumulate(len(item) + 1 for item in items)
    own = next((k for k, end in enumerate(ends) if at < end), len(items) - 1)
    if not _has_verb(items[own]):
        return clause
    kept = [item for item in items[:own] if ANOTHER_FIGURE.search(item) or not _has_verb(item)]
    return LIST_JOINER.join([*kept, items[own]])


# How many characters end the thing a figure's own words name (纠纷, 案件), which a breakdown's remainder names again
COUNTED_NOUN_CHARS = 2
# A breakdown names at least two kinds beside its remainder: a kind and "the others" may be two things the
# body did (解读文件7条,其他文件7条: the interpretations are the indicator's own)
FEWEST_KINDS_OF_A_BREAKDOWN = 2


def _a_kind_beside_the_remainder(text, quantity, quantities, quantity_starts, head, candidates, remainder, config):
    """Whether the figure's own words end with a thing (…环境保护纠纷|18件) that its sentence counts again as the
    remainder of a breakdown (其他纠纷849件), in a sentence with no 其中 (whose parts are read apart), where that thing is
    what a rule that may name the figure counts (纠纷, not the 文件 of 解读文件7条,其他文件7条): a kind, as is the
    remainder itself; but not a figure whose words mark a total (共主动公开各类政府信息82条,…其他…: the whole, then its
    parts), nor the sentence's first figure of that thing where it is the others' sum (政务服务事项515项,行政许可事项
    218项,…其他事项297项). `remainder` is the alternation of the words that name a remainder."""
    noun = head.rstrip(" " + FILLERS)[-COUNTED_NOUN_CHARS:]
    if (len(noun) < COUNTED_NOUN_CHARS or not re.fullmatch(r"[\u4e00-\u9fff]+", noun)
            or holds_any(head, config["total_marks"])
            or not any(cue.endswith(noun) for rule in candidates for cue in rule["cues"])):
        return False
    start, end = quantity["sentence_start"], quantity["sentence_end"]
    sentence = text[start:end]
    if QIZHONG in sentence:
        return False
    if re.search(f"(?:{remainder})类?{noun}\\s*[\\d一二三四五六七八九十两]", sentence) is None:
        return False
    kinds = [other for other in quantities[bisect_left(quantity_starts, start):bisect_left(quantity_starts, end)]
             if other["unit"] == quantity["unit"]
             and text[max(start, other["start"] - COUNTED_NOUN_CHARS):other["start"]] == noun]
    if len(kinds) < FEWEST_KINDS_OF_A_BREAKDOWN + 1:  # the kinds and the remainder
        return False
    first, rest = kinds[0], kinds[1:]
    return not (quantity["start"] == first["start"] and first["value"] == sum(other["value"] for other in rest))


def _joined_where_a_preposition_runs_on(items):
    """The items of a list, each joined to the next where it ends inside a preposition's object (…为当地企业和干部、
    群众…: the 、 joins the preposition's nouns, not two statements)."""
    joined = [items[0]]
    for item in items[1:]:
        if _ends_in_open_preposition(joined[-1]):
            joined[-1] += LIST_JOINER + item
        else:
            joined.append(item)
    return joined


def _ends_in_open_preposition(words):
    """Whether the tagger finds a preposition in `words` with no verb after it (…邀请法律顾问为当地企业和干部)."""
    flags = [flag for _, flag in _tags(words)]
    last_preposition = max((at for at, flag in enumerate(flags) if flag == "p"), default=None)
    return last_preposition is not None and not any(flag.startswith("v") for flag in flags[last_preposition:])


# The most characters of words before a figure that are only a verb (办结, 审结, 已办结): such a clause goes
# on with what the clause before it counted.
BARE_VERB_CHARS = 3
BARE_INFORMATION = "信息"  # (a whole noun only alone: 政策性信息 is a kind)
AMOUNT_NAME = "金额"  # (罚款金额, 罚没金额: a clause that only names the amount of the cases in the clause before)
# How much of the sentence after a figure's a rule may read with it (not_with_next_sentence: 2019年新增主动公开政府信息)
NEXT_SENTENCE_OPENING_CHARS = 30
# A clause that counts cases (an amount named bare is theirs, though their transfers come between: 查处涉…案件102件,
# 移送公安机关刑事立案40件,罚款金额…, within the sentence's item: ITEM_BREAK).
CASES_COUNTED = re.compile(r"案件|违法行为")


def _bare_verb(head):
    """Whether the words before a figure in its clause are only a verb (办结255件), naming no thing of their own."""
    words = head.strip(" " + FILLERS)
    return 0 < len(words) <= BARE_VERB_CHARS and _has_verb(words)


def _goes_on_with_another_body(head, lead, config):
    """Whether a figure whose clause names no subject of its own (共审结各类行政诉讼案件12865件) goes on with another
    body's (see _not_the_reporters) that an earlier clause of the sentence names as its subject, before its first
    verb (重庆法院行政审判庭共受理…): not one it names after a preposition (在法院的支持下,…化解纠纷35件), nor one that counts
    the government's lawsuits as the defendant's (defendant_marks), nor a news agency in its dateline (新华社北京2月4日电
    (记者…)记者从司法部了解到,2010年全国法律援助机构共组织办理法律援助案件726763件)."""
    if holds_any(lead, config["other_bodies"]):
        lead = re.sub(config["news_lead"], "", lead, count=1)
    if (not holds_any(lead, config["other_bodies"]) or holds_any(lead, config["defendant_marks"])
            or _opens_with_noun(head.strip(" " + FILLERS))):
        return False  # (the tagger last: most sentences name no other body)
    for clause in CLAUSE_BREAK.split(lead)[:-1]:
        clause = SUBJECT_PREFIX.sub("", clause.strip(), count=1)  # (2018年两级法院共受理…: 法院 is the subject)
        if _opens_with_noun(clause) and holds_any(_at_first_verb(clause)[0], config["other_bodies"]):
            return True
    return False


def _with_the_sentence_broken_down(text, lead, quantity):
    """The sentence so far (`lead`), after the sentence before it where it opens with 其中: the parts of that
    sentence's total go on with its subject (两级法院共受理各类行政案件10447宗。其中,受理行政诉讼案件6299宗)."""
    if not lead.lstrip(" " + FILLERS).startswith(QIZHONG):
        return lead
    return text[quantity["previous_sentence_start"]:quantity["sentence_start"]] + lead


def _goes_on_with_a_subset(head, lead, config):
    """Whether a figure with only a verb before it (办结) goes on with a subset the clause before it named
    (新收各类经营主体申请的…3.1万件,办结2.3万件), or with only the name of an amount (查处涉危险废物违法案件102件,
    罚款金额约680.7万元): the subset's, not the reporter's figure. The sentence so far (`lead`) is split only for
    such a figure."""
    named = head.strip(" " + FILLERS)
    if len(named) > BARE_VERB_CHARS and not (named.endswith(AMOUNT_NAME) and len(named) <= BARE_VERB_CHARS + 2):
        return False
    clauses = CLAUSE_BREAK.split(lead)
    if len(clauses) < 2:
        return False
    named_clause = clauses[-2]
    if named.endswith(AMOUNT_NAME):
        part = CLAUSE_BREAK.split(ITEM_BREAK.split(lead)[-1])[:-1]
        named_clause = next((clause for clause in reversed(part) if CASES_COUNTED.search(clause)), named_clause)
    # a subset word inside a quoted name names no subset (举办“…规范涉企行政执法”培训班,组织46名…参加…考试)
    return _names_a_subset(QUOTED.sub("", named_clause), config)


def _in_a_list_of_subsets(opening, config):
    """Whether the sentence up to a figure's clause (`opening`) is a list its semicolons divide whose first item
    counts cases of one topic, and the figure's item counts cases with no word of a whole: another topic's, a sibling
    of that subset (查处涉危险废物违法案件102件,…;查处第三方造假案件87件,…罚没金额705.7万元)."""
    items = ITEM_BREAK.split(opening)
    return (len(items) > 1 and CASES_COUNTED.search(items[-1]) is not None
            and not holds_any(items[-1], config["total_marks"])
            and _names_a_subset(QUOTED.sub("", items[0]), config))


def _names_a_subset(head, config):
    """Whether the words before a figure make it a topical subset of a total (涉企, 涉危险废物…案件)."""
    return holds_any(head, config["subsets"]) or re.search(config["subset_pattern"], head) is not None


def _not_the_reporters(head, config):
    """Whether the words before a figure make it a change, another period, another body's (not where they name the
    government as the defendant or the loser: 法院审结的…案件中行政机关败诉1874件), each item's (各罚款5000元), or one
    category of a breakdown (行政处罚类17件; 各类案件 are all kinds)."""
    named = head.rstrip(" " + FILLERS)
    another_body = (holds_any(head, config["other_bodies"])
                    and not any(mark in head for mark in config["defendant_marks"]))
    return (another_body or holds_any(head, config["other_periods"]) or _names_a_subset(head, config) or
            head.endswith(tuple(config["changes"])) or re.search(config["per_item"], named) is not None or
            _names_a_category(head, config))


def _names_a_category(head, config):
    """Whether the words before a figure end in one category of a breakdown (行政处罚类17件, 知识产权类行政处罚案件47件;
    各类案件 are all kinds)."""
    named = head.rstrip(" " + FILLERS)
    return any(named.endswith(mark) and not named.endswith("各" + mark) and not CATEGORY_COUNT.search(named[:-len(mark)])
               for mark in config["category_marks"])


def _reads_before(head, quantity, previous, config):
    """Whether a figure reads the words before the figure ahead of it too: what a change came
    to (权责事项由2711项减至2656项), what the categories just counted hold (行政职权8类445项), and the
    people of the events just counted (培训班3期150人次, 考法3场、278人次, 考试4次共97人)."""
    if head.strip() in config["change_results"]:
        return True
    if not head.strip(" " + FILLERS) and previous["unit_written"] in config["category_units"]:
        return True
    return (head.strip(" " + FILLERS) in ("", LIST_JOINER) and quantity["unit_written"] in config["person_units"]
            and previous["unit_written"] in config["event_units"])


def _attend_the_events_before(text, quantity, clause, before, before_clause, config):
    """Whether a clause that is only people attending (…考试6场，174人参加), or only people (…法治教育培训15场，
    2291余人次; …培训4期，共320人次), counts the people of the events the clause before it ends on, in the same
    sentence: it reads that clause's words."""
    tail = text[quantity["end"]:clause[1]]
    return ((quantity["start"] == clause[0] or BARE_TOTAL.fullmatch(text[clause[0]:quantity["start"]]))
            and quantity["unit_written"] in config["person_units"]
            and before["unit_written"] in config["event_units"] and before["end"] == before_clause[1]
            and text[before_clause[1]:clause[0]] in ("，", ",")
            and before["sentence_start"] == quantity["sentence_start"]
            and (tail.startswith(tuple(config["attends"])) and len(tail) <= 4 or not tail.strip()))


# The share of a total its parts must make up at least: a total may hold parts of no indicator (罚没共计 holds the
# 没收非法所得 beside the fines), but 3 of a later 共计26次 are another count's.
SUMMED_SHARE = 0.5


# A clause that is only a total (…深入各镇开展主题宣传活动,|共计42次): it counts what the clause before it did, where
# that clause has no figure of its own (one that has is summed up: bare_total in rules.yml).
BARE_TOTAL = re.compile(r"\s*(?:共计|合计|总计|累计|共|计)\s*(?:达到|达|为)?\s*")


def _counts_the_clause_before(head, tail, quantity, config):
    """Whether a clause is only a figure of what the clause before it did: a bare total (…开展主题宣传活动,|共计42次)
    or the people who took part in it (…开展通用法律法规知识测试,|共3.9万人次参加)."""
    words = tail.strip()
    if not words:
        return bool(BARE_TOTAL.fullmatch(head))
    return (quantity["unit_written"] in config["person_units"] and words in config["attends"]
            and (not head.strip() or bool(BARE_TOTAL.fullmatch(head))))


LABEL_CHARS = 20   # a label that heads a line of one value (在岗执法人员:19人) is a short noun phrase


def _line_label(text, clause, quantity, tail_end):
    """Where the short label starts that heads a line whose whole value the figure is (在岗执法人员:19人, as in a
    statistical yearbook's rows: the label names what it counts), else None. Only a label's length is read back,
    not the line: a page of one long line has thousands of figures."""
    window = max(0, clause[0] - LABEL_CHARS - 2)
    newline = text.rfind("\n", window, clause[0])
    if newline < 0 and window > 0:
        return None
    label = text[newline + 1:clause[0]]
    labelled = (not text[clause[0]:quantity["start"]].strip() and label.rstrip().endswith((":", "："))
                and 1 < len(label.strip()) <= LABEL_CHARS and not CLAUSE_BREAK.search(label.strip()[:-1])
                and not text[quantity["end"]:tail_end].strip())
    return newline + 1 if labelled else None


def _all_of_them(text, quantity, following, person_units):
    """Whether the figure after a quantity is a whole share that says all of what it counts do what
    follows, as 全部 would (241个涉企服务事项100%全程网办): 100% right after the quantity's words, which
    name no rate it would be the value of (网办率100%) and end in no verb that would lead to it (占100%).
    Not a count of people (126名执法人员100%持证上岗): that stays the headcount, its share a rate of its own."""
    between = text[quantity["end"]:following["start"]]
    return (following["unit"] == "percent" and following["value"] == 100 and following["qualifier"] == "exact"
            and quantity["unit_written"] not in person_units and not SHARE_LEAD.search(between))


def _phrases(text, quantities, breaks, config):
    """For each quantity, the words it owns in its clause: {quantity, clause, head (from the
    figure before it, or from the clause's start where it reads that figure's words too, see
    _reads_before, or from the clause before where it counts who attended that clause's events,
    see _attend_the_events_before), tail (to the figure after it), governed (the clause up to
    it), next (the figure after it in its clause), before (the figure before it, in any clause)}."""
    clauses = [clause_bounds(breaks, q["start"], q["end"], len(text)) for q in quantities]
    for at, (quantity, clause) in enumerate(zip(quantities, clauses)):
        previous = quantities[at - 1]["end"] if at and clauses[at - 1] == clause else clause[0]
        following = quantities[at + 1] if at + 1 < len(quantities) and clauses[at + 1] == clause else None
        tail_end = following["start"] if following else clause[1]
        if following and _all_of_them(text, quantity, following, config["person_units"]):
            after = quantities[at + 2] if at + 2 < len(quantities) and clauses[at + 2] == clause else None
            tail_end = after["start"] if after else clause[1]
        # 28名村(居)法律顾问、|1521法律明白人: a count written without a unit, which is no quantity,
        # is still the next item of the list, and its words are not this figure's
        unread = UNREAD_ITEM.search(text, quantity["end"], tail_end)
        tail_end = unread.start() if unread else tail_end
        if quantity["kind"] == "zero" and following and following["kind"] == "zero":
            # 零败诉、国家赔偿|零赔付: the words after the joiner are the next zero's item, not this one's
            joiner = text.rfind(LIST_JOINER, quantity["end"], tail_end)
            tail_end = joiner if joiner >= 0 else tail_end
        # …351名科级以上干部和|近万名一般干部参加…考试, 20.6万名国家工作人员、|3.5万名领导干部参加考法活动: two
        # groups of people joined, who attend together (a group with a verb of its own before the 、 attends alone)
        own_words = text[quantity["end"]:tail_end].rstrip()
        joined_people = (following and following["unit_written"] in config["person_units"]
                         and (own_words.endswith(ITEM_JOINERS)
                              or (own_words.endswith(LIST_JOINER) and quantity["unit_written"] in config["person_units"]
                                  and not holds_any(own_words, config["attends"]))))
        # …15名…干部参加法律法规考试、|32名…参加廉政考试: the next item of a list of attendances is its own
        next_item = text.rfind(LIST_JOINER, quantity["end"], tail_end) if following and not joined_people else -1
        if (following and quantity["unit_written"] in config["person_units"] and next_item < 0
                and holds_any(text[quantity["end"]:clause[1] if joined_people else tail_end], config["attends"])):
            tail_end = clause[1]  # 7名执法人员参加…举办的4期…培训班: the people attend the training
        elif following and not text[quantity["end"]:following["start"]].strip(" " + FILLERS):
            # 开展9轮268件次规范性文件清理, 开展2场共180人次的业务培训: the words after both figures name what each counts
            tail_end = clause[1]
        head = text[previous:quantity["start"]]
        # an item of a list of figures (审查决策1件、规范性文件10件; 18件规范性文件、68件…): its own
        # words are its item, and the verb before the list may govern it
        continues = at > 0 and clauses[at - 1] == clause and LIST_JOINER in head
        if previous != clause[0] and _reads_before(head, quantity, quantities[at - 1], config):
            continues = False
            head = text[clause[0]:quantities[at - 1]["end"]]
        elif continues:
            head = text[clause[0]:quantity["start"]]
        elif at and _attend_the_events_before(text, quantity, clause, quantities[at - 1], clauses[at - 1], config):
            head = text[clauses[at - 1][0]:quantities[at - 1]["end"]]
        elif previous == clause[0] and _counts_the_clause_before(head, text[quantity["end"]:tail_end], quantity, config):
            before = clause_bounds(breaks, clause[0] - 1, clause[0] - 1, len(text))
            if text[clause[0] - 1:clause[0]] in "，," and not (at and quantities[at - 1]["end"] > before[0]):
                head = text[before[0]:quantity["start"]]  # …开展主题宣传活动,|共计42次: the clause before's count
        elif previous == clause[0] and (label := _line_label(text, clause, quantity, tail_end)) is not None:
            head = text[label:quantity["start"]]  # 在岗执法人员:|19人: the label's count
        yield {"quantity": quantity, "clause": clause, "next": following, "before": quantities[at - 1] if at else None,
               "continues": continues,
               "joined": bool(joined_people),
               "head": _masked(head),
               "tail": _masked(text[quantity["end"]:tail_end]),
               "rest": _masked(text[quantity["end"]:clause[1]]),   # the clause after the figure, other figures' words too
               "governed": _masked(text[clause[0]:quantity["end"]])}


def _another_kind_named(text, quantity, clause_end, another_kind):
    """Whether the sentence before the figure's, or its own up to the figure's clause end, names work of another kind
    than the rule's (`another_kind["words"]`: 健全公平竞争审查机制,规范开展审查工作,全年审查规范性文件…6件) and names
    none of the rule's own kind (`another_kind["unless"]`: 严格落实…合法性审核、公平竞争审查制度,全年开展合法性审核111次);
    titles blanked, as a law studied names no work done."""
    words = _masked(text[quantity["previous_sentence_start"]:clause_end])
    return (holds_any(words, another_kind["words"])
            and not holds_any(words, another_kind["unless"]))


def _each_shared_rate(phrases):
    """The phrases, but a rate that a list of rates shares is each rate's, as if each stood alone
    (行政机关负责人出庭率、法院判决执行率均达100%; 持证上岗率、年度培训覆盖率双100%)."""
    for phrase in phrases:
        shared = SHARED_RATES.search(phrase["head"]) if phrase["quantity"]["unit"] == "percent" else None
        if shared is None:
            yield phrase
            continue
        for rate in RATE_JOINER.split(shared["rates"]):
            head = rate + shared["ending"]
            yield {**phrase, "head": head, "governed": head + phrase["quantity"]["figure"], "continues": False}


def _counted_before(quantity_starts, quantities, start, end):
    """Whether a number stands between `start` and `end` (`quantity_starts`: the starts of `quantities`, in
    order)."""
    return any(quantity["kind"] == "number" and quantity["end"] <= end
               for quantity in quantities[bisect_left(quantity_starts, start):bisect_left(quantity_starts, end)])


def _follows_a_count(text, quantity_starts, quantities, looked_back_to, sentence_start, subtype, parts_only):
    """Whether the parts a figure is one of break down a count: one before the mark that opens them in their sentence
    (公开…各类政府信息660条,其中,…; 按期更新8个板块:其中…; a number written without its unit right before it: …公开政府
    信息189(其中组织机构信息33条,…)), or, where they open the sentence before any count of its own
    (…132条。其中:主动网站信息公开78条; …50条。全年…运行正常。在主动公开的信息中,…信息公开30条), one earlier, from
    `looked_back_to` on (_parts_look_back_to); where nothing before is counted, they are the year's (其中:通过政府网站
    公开…24102条)."""
    if subtype and not parts_only and (_counted_before(quantity_starts, quantities, sentence_start, subtype.start())
                                       or UNITLESS_TOTAL.search(text, sentence_start, subtype.start())):
        return True
    return bool(subtype or parts_only) and _counted_before(quantity_starts, quantities, looked_back_to, sentence_start)


def _sums_other_kinds(text, before, total, indicator, named_ends, carried_over):
    """Whether a bare total (共计61件) sums, with the figures of `indicator` before it in its sentence (`before`: the
    quantities there), one of another indicator (开展普法宣传活动20场,开展法治讲座10场,合计30场) or one its words say
    was carried over (收到申请58件,上年结转3件,共计61件), so that it counts neither kind."""
    item_start = total["sentence_start"]
    for other in before:
        if other["unit_written"] == total["unit_written"]:
            named = named_ends.get(other["end"])
            if named not in (None, indicator) or (
                    named is None and any(word in text[item_start:other["start"]] for word in carried_over)):
                return True
        item_start = other["end"]
    return False


def _total_read_between(rows, indicator, start, end, part):
    """Whether a row of `indicator` above the `part`'s value was read with its figure between `start` and `end`: a
    total the part may be of (not 主动公开政府信息579条 for 通过官方微信、微博平台公开政府信息2809条)."""
    return any(row["indicator"] == indicator and start <= row["figure_end"] <= end and row["value"] > part
               for row in rows)


def _first_of_a_kind_list(text, quantity, own_item, config):
    """Whether a figure counts one kind of what it names and its sentence goes on at once with another kind's count in
    the same unit (主动公开水利工作动态133条,水利通知公告121条…; 公开了党委文件27份、政府文件14份): one item of a list whose
    total no one stated. Not where its own words name the whole (`whole_nouns`: 公开政府信息1023条,政策解读56条) or a sum
    (共, 合计: `config["sums"]`) after their last verb: a 共 before it sums nothing of its own (全年共公开政策性信息8条,
    财政资金信息22条…: kinds; 公开政府信息数共525条: the whole)."""
    named = _kind_named(own_item, config)
    if not named:
        return False  # (主动公开85件: no kind named)
    units = tuple(config["units"]) if quantity["unit_written"] in config["units"] else (quantity["unit_written"],)
    following = _next_kind_count(units, tuple(config["sums"] + config["parts_leads"])).match(
        text, quantity["end"])
    # (公开工作信息193条,特色亮点工作信息5条: a narrower kind after it repeats its name, the figure is the broader one's)
    return (following is not None and not holds_any(following.group("noun"), config["verbs"])
            and not following.group("noun").endswith(named))


def _kind_named(own_item, config):
    """The kind a figure's own words name after their last verb (全年共公开政策性信息: 政策性信息), or "" where they name
    nothing after it (主动公开), the whole of what was disclosed (公开政府信息, 公开…、重点领域等信息), a channel's (主动公开
    网站信息) or a sum (公开政府信息数共)."""
    words = re.sub(config["count_words"], "", own_item.rstrip(" :：" + FILLERS))
    named = words[max((words.rfind(verb) + len(verb) for verb in config["verbs"] if verb in words), default=0):]
    if (not named or _names_the_whole(named, config["whole_nouns"]) or holds_any(named, config["sums"])
            or holds_any(named, config["channels"])):
        return ""
    return named


def _names_the_whole(named, whole_nouns):
    """Whether the words a figure counts name all that was disclosed (各类政府信息, 信息, 本机关的信息, 政府文件、…等信息),
    not one kind of it (政策性信息, 财政资金信息): a whole noun ends them, and bare 信息 only with nothing, a possessive or
    the 等 closing a list of kinds before it."""
    return any(named.endswith(noun) and (noun != BARE_INFORMATION or named == noun or named.endswith(("的" + noun, "等" + noun)))
               for noun in whole_nouns)


@lru_cache(maxsize=64)
def _next_kind_count(units, sums):
    """Another item's count in one of `units` right after a figure: a list mark, a short noun and its number
    (、政府文件14份; ,政府公报6期 after 常务会议信息32条: kinds are counted each in its own unit); not the parts (其中, or
    `sums`' words that lead parts: 涵盖…) or a sum (`sums`: 共…) of the figure's own."""
    return re.compile(rf"\s*[、，,；;]\s*(?P<noun>(?!{QIZHONG}|{alternation(sums)})[^，,。；;、\d]{{1,12}}?)\d+(?:\.\d+)?"
                      rf"\s*[余多]?\s*(?:{alternation(units)})")


def _a_channel_of_the_total_before(text, rows, indicator, sentence_start, clause_start, part, channel_lead):
    """Whether a clause that opens on the channel it went through (通过政府门户网站…15条) follows, in its sentence, a row of
    `indicator` above the `part`'s value that is no channel's own (…主动公开政府信息95条,通过…15条; not 通过局网站公开政府
    信息484条,通过微信公众号…299条: another channel beside it)."""
    if clause_start <= sentence_start or not channel_lead.match(text, clause_start):
        return False
    unchannelled = (row for row in rows if not channel_lead.search(text, sentence_start, row["figure_start"]))
    return _total_read_between(unchannelled, indicator, sentence_start, clause_start, part)


def _runs_on_from_the_line_before(text, line_start):
    """Whether the line before the one starting at `line_start` ends on a semicolon: one list's items, a line each."""
    end = line_start - 1  # (the line break)
    while end > 0 and text[end - 1] in " \t\r\u3000":
        end -= 1
    return end > 0 and text[end - 1] in "；;"


def _parts_look_back_to(text, newlines, paragraph_start, sentence_start, item_heading):
    """How far back the total that a sentence's parts break down may stand: its paragraph's start, or the paragraph
    before's where the sentence opens its own (…累计主动公开政府信息12条。 / 在主动公开的信息中,政务信息公开指南1条,
    占8%; …), follows only its item's heading (…主动公开政府信息2873条… / 1、政府网站。通过政府门户网站公开信息
    1600条。), or stands in a paragraph that opens on what its parts are seen by (…累计公开政府信息106条。 / 从公开内容
    来看,…。一是…信息1条。)."""
    back = 0
    # (…from one paragraph to the next, and from a line to the one before that its list's semicolon runs on from:
    # 从公开渠道来看,政府网站公开信息184条,占比28%; / 政务新媒体公开信息403条、占比62%…)
    while ((BREAKDOWN_LEAD.match(text, paragraph_start) or _runs_on_from_the_line_before(text, paragraph_start))
           and back < BREAKDOWN_PARAGRAPHS):
        back += 1
        paragraph_start = _paragraph_start(newlines, sentence_start, back)
    if back:
        return paragraph_start
    if item_heading.fullmatch(text, paragraph_start, sentence_start) or not text[paragraph_start:sentence_start].strip():
        return _paragraph_start(newlines, sentence_start, 1)
    return paragraph_start


def name_indicators(text, quantities, rules_config, vocabulary, report_year=None, wholes=(), counts_this_year=False,
                    sections=(), below_the_nation=False, outside_legal_work=False):
    """Indicator rows: each placed quantity a rule names, with its evidence sentence. `report_year`
    (when known) tells a figure of an earlier year from the report year's; `wholes` are the pairs
    {part, whole} of indicators whose whole counts all the part counts (schema/checks.yml);
    `counts_this_year`, whether the text counts from this year's start, makes 去年 an earlier year;
    `sections`, (start, end, path) of the text's sections, keeps a span that frames later paragraphs
    within its own section (an annual report's 近年来 foreword frames none of its numbered sections);
    `below_the_nation`, whether the reporter stands in a province, makes a figure its clause gives the whole nation
    (national_scope) another body's; `outside_legal_work`, whether the reporter is a department whose work is not the
    law's (a 财政局, a 统计局), makes a rule of a word any department uses (咨询) name a figure only in a sentence that
    speaks of law (legal_work_only, legal_context)."""
    teach_the_tagger(tuple(rules_config["office_names"]))
    units = {i["id"]: i["unit"] for i in vocabulary["indicators"]}
    domains = {i["id"]: i["domain"] for i in vocabulary["indicators"]}
    rows = []
    span_marks = _span_marks(text, rules_config)
    framed = _span_framing_the_rest(text, span_marks, report_year, rules_config)
    framed_section = next((path for start, end, path in reversed(sections) if start <= framed[0] < end),
                          None) if framed else None
    span_openings = _span_openings(text, span_marks, report_year, rules_config)
    own_time_marks = _own_time_marks(text, rules_config)
    foundings = _foundings(text, rules_config)
    newlines = [match.start() for match in re.finditer("\n", text)]
    plan_paragraph, list_item = re.compile(rules_config["plan_paragraph"]), re.compile(rules_config["list_item"])
    channel_lead, item_heading = re.compile(rules_config["channel_lead"]), re.compile(rules_config["item_heading"])
    one_case_named = re.compile(rules_config["one_case_named"])
    inline_heading = re.compile(rules_config["inline_heading"])
    totals_by_sentence = {}   # {sentence: {indicator: whether its totals so far are all one procedure's}}
    # … and the counts and amounts a sentence states after a 其中 that breaks down another of its figures, which
    # a later sentence opening with 其中 may break down in turn (…隐患165条,其中发现重大安全隐患14条,…处罚金额
    # 23万元。其中:非煤矿山行业…处罚金额20万元): totals for that sentence, not for their own
    stated_after_a_part = {}
    parts = []   # whether each row is a part of a total (after 其中, in a breakdown's brackets)
    items_of_parts = {}   # {where a semicolon-divided item starts: the end of the last count in it dropped as a part}
    refused_ends = {}   # {sentence: where a count turned away, failed or still open in it ends}
    not_the_reporters_ends = set()   # where figures end that are a subset's, another body's or another period's
    kind_ends = set()   # … and those of them that are a topical subset's or one category's (涉企…50件, 知识产权类…47件)
    all_kinds_totals = {}   # {indicator: the largest figure stated as all kinds' total (共查处各类违法案件…)}
    all_kinds_total = re.compile(rules_config["all_kinds_total"])
    remainder = alternation(rules_config["remainder_words"])
    named_ends = {}   # {where a named figure ends: its indicator}
    narrower = {}   # indicator -> the indicators that count some of what it counts
    for pair in wholes:
        narrower.setdefault(pair["whole"], set()).add(pair["part"])

    def totals_before(at):
        """The totals of the paragraph that a 其中 at `at` breaks down: its own up to there, or, where
        其中 opens a line, the paragraph before it (…新收案件38.5万件…。\n其中，\n·办理…领域…1.7万件)."""
        line = text.rfind("\n", 0, at) + 1
        end = at if text[line:at].strip() else line
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1 if end == line else line
        merged = {}
        for (first, last), totals in [*stated_after_a_part.items(), *totals_by_sentence.items()]:
            if start <= first and last <= end:
                merged.update(totals)
        return merged
    breaks = clause_breaks(text)
    claimed = False
    rule_index = _rule_index(rules_config["rules"], rules_config["generic_nouns"])
    figure_ends = {quantity["end"] for quantity in quantities}
    quantity_starts = [quantity["start"] for quantity in quantities]
    written_units = {quantity["start"]: quantity["unit_written"] for quantity in quantities}
    bare_total = re.compile(rules_config["bare_total"])
    national_scope, target_list = re.compile(rules_config["national_scope"]), re.compile(rules_config["target_list"])
    planned_lead = re.compile(rules_config["planned_lead"])
    before_a_change = re.compile(rules_config["before_a_change"])
    campaign_so_far = re.compile(rules_config["campaign_so_far"])
    complaint_outcomes = re.compile(rules_config["complaint_outcomes"])
    for phrase in _each_shared_rate(_phrases(text, quantities, breaks, rules_config)):
        quantity, (clause_start, clause_end) = phrase["quantity"], phrase["clause"]
        respective = _respective_words(text, quantity, quantities, phrase["clause"])
        if respective is not None:  # the figure owns its item of the list, not the other items' words
            phrase = {**phrase, "head": _masked(respective), "governed": _masked(respective + quantity["figure"]),
                      "continues": False}
        if claimed:  # the figure before took these words as its own
            phrase = {**phrase, "head": ""}
        claimed = False
        # the rules with a cue in the figure's words: most figures have none, and need no other check
        candidates = _with_cue_in(rules_config["rules"], rule_index,
                                  rule_index.by_unit.get(quantity["unit_written"], frozenset())
                                  if quantity["kind"] == "number" else None, phrase["head"], phrase["tail"])
        # (…村级培训105场,总共进行了125场: a figure whose clause only sums up names what the figure before it does)
        sums_up = bool(rows) and bare_total.match(phrase["head"]) is not None
        if not candidates and not sums_up:
            continue
        if quantity["plan"] or _counts_containers(phrase, rules_config) or _in_brackets(text, quantity):
            continue
        clause = _masked(text[clause_start:clause_end])
        if (_states_intention(clause, rules_config)  # the clause first: most have no such word
                and _states_intention(_intention_scope(clause, quantity["start"] - clause_start), rules_config)):
            continue
        if _not_the_reporters(phrase["head"], rules_config):
            not_the_reporters_ends.add(quantity["end"])
            if _names_a_subset(phrase["head"], rules_config) or _names_a_category(phrase["head"], rules_config):
                kind_ends.add(quantity["end"])
            continue
        if below_the_nation and national_scope.search(text, clause_start, quantity["start"]):
            continue  # 1-6月,全国环境行政处罚案件共下达处罚决定书72192份, in a 临沂 page: the nation's, not its reporter's
        if target_list.search(text, quantity["sentence_start"], quantity["start"]):
            continue  # 其年度目标清晰具体:…提供法律咨询服务11000件次: a target a colon lists
        if (phrase["tail"].lstrip().startswith(tuple(rules_config["subsets"]))
                and quantity["unit_written"] not in rules_config["event_units"]):
            continue  # 241个涉企服务事项: a topical subset named after the figure (but 1次涉企规范性文件清理 is a clean-up)
        own_item = _last_item(phrase["head"])  # the figure's own item of a list before it
        if (holds_any(BRACKETED.sub("", own_item), rules_config["refusals"])
                or holds_any(OWN_WORDS_AFTER.match(phrase["tail"]).group(), rules_config["refusals"])):
            refused_ends.setdefault((quantity["sentence_start"], quantity["sentence_end"]), quantity["end"])
            continue  # 不予受理6件, 未调解成功41件, 1件待受理, 100多起林权纠纷未解决: turned away, failed or still waiting
            # (受理(不予受理)…3件 were received, whatever the gloss)
        if _a_kind_beside_the_remainder(text, quantity, quantities, quantity_starts, phrase["head"], candidates, remainder,
                                        rules_config):
            continue  # …环境保护纠纷18件,…其他纠纷849件: one kind of a breakdown, and the remainder
        if phrase["tail"].lstrip().startswith(tuple(rules_config["breakdown_tails"])):
            continue  # 1宗案由为行政许可: one case of a breakdown by cause
        if re.search(rules_config["while_clause"], phrase["rest"]):
            continue  # 办结2件行政复议案件时,发现…: what a finding came upon, not the year's count
        if phrase["tail"].lstrip().startswith(tuple(rules_config["demanded_tails"])):
            continue  # 将省级权责清单从3000项压减到1000多项的要求: a target, not a count
        if phrase["tail"].lstrip().startswith((*rules_config["change_results"], *rules_config["changed_to"])):
            continue  # 清单401项调整为400项: the figure a change came from
        if quantity["kind"] == "zero" and any(word in phrase["tail"]
                                              for word in rules_config["subsets"] + rules_config["zero_subsets"]):
            continue  # 未发生因政府信息公开申请行政复议: what a negation covers follows it
        if quantity["kind"] == "zero" and any(word in text[quantity["sentence_start"]:quantity["start"]]
                                              for word in rules_config["zero_scopes"]):
            continue  # 收到政府信息公开申请1件,…没有出现行政复议和行政诉讼案件: none over the disclosure
        # the sentence so far, from its last semicolon: items a semicolon divides are each their own
        # (…法治大讲堂5期，培训学员320余人次；县委组织部举办…二十大精神专题轮训班，培训学员514人)
        lead_start = max(text.rfind(mark, quantity["sentence_start"], clause_start) + 1 for mark in "；;")
        if (lead_start > quantity["sentence_start"] and not text[lead_start:clause_start].strip()
                and _bare_verb(phrase["head"])):
            # …受理行政复议申请320件,同比增长69.3%;|办结255件: an item that is only a verb goes on with the item before it
            lead_start = max(text.rfind(mark, quantity["sentence_start"], lead_start - 1) + 1 for mark in "；;")
        lead_start = max(lead_start, quantity["sentence_start"])
        opening = _masked(text[quantity["sentence_start"]:clause_end])  # the sentence up to the figure's clause end
        lead = opening[lead_start - quantity["sentence_start"]:]
        if "分别" in phrase["governed"] and holds_any(lead, rules_config["year_spans"]):
            continue  # 2018年以来，败诉率分别为16.4%、11.36%…: one year's of a series
        if re.match(rules_config["broken_down_by_year"], text[clause_end:quantity["sentence_end"]]):
            continue  # 共收到行政复议申请31件，其中2019年4件，2020年5件…: the years' total
        if _goes_on_with_another_body(phrase["head"], _with_the_sentence_broken_down(text, lead, quantity), rules_config):
            continue  # 重庆法院行政审判庭共受理…14427件…,共审结各类行政诉讼案件12865件: the court's, as the clause before
        if _planned_with_the_clause_before(lead, planned_lead, rules_config):
            continue  # 全年计划安排会前学法8次,举办法治专题讲座2次: the plan's second item
        # (a span the sentence opens with covers the items its semicolons divide, unless an item names a time of
        # its own: 2009年至2012年,全市共收到…1466件,…;驳回50件,…;还有224件因调解成功)
        spans = re.findall(rules_config["span_across_years"], lead) or (
            [] if _names_its_own_time(lead, rules_config) else re.findall(rules_config["span_across_years"], opening))
        if any(first != last for first, last in spans):
            continue  # 2019年4月至2021年3月期间…4655件, 1986—1991年…165起: the span's figure, not the report year's
        if holds_any(text[quantity["end"]:quantity["sentence_end"]], rules_config["not_counted"]):
            continue  # …受理1件，根据规定不计入本省统计数据: left out of the reporter's count
        # a span that opens the sentence covers the clauses a semicolon divides too (党的十九大以来,全省办理…1.56万件;
        # 办理农民工法律援助8000余件)
        if _goes_on_with_a_subset(phrase["head"], lead, rules_config):
            not_the_reporters_ends.add(quantity["end"])
            continue  # 新收各类经营主体申请的…3.1万件,办结2.3万件: a bare verb goes on with the subset before it
        if _in_a_list_of_subsets(opening, rules_config):
            not_the_reporters_ends.add(quantity["end"])
            continue  # 查处涉危险废物违法案件102件…;查处第三方造假案件87件,…罚没金额705.7万元: a sibling of the subset
        if _spans_years(opening, rules_config) and not _dated_to_the_year(text[clause_start:quantity["start"]], report_year):
            continue  # 党的十八大以来…精简行政职权2231项, 3年来…28万余起: a count over years, not the report year's (but
            # 新修订《行政复议法》施行以来,…,2024年共办理行政复议案件222件: its own clause dates it to the year)
        paragraph_start = _paragraph_start(newlines, quantity["sentence_start"])
        to_date = holds_any(lead, rules_config["to_date_leads"])
        if _framed_by_a_span(text, span_openings, own_time_marks, paragraph_start,
                             (quantity["sentence_start"], quantity["sentence_end"]), report_year, rules_config, list_item,
                             inline_heading):
            continue  # 近年来,全省…。…共计化解各类涉农矛盾纠纷57.3万件: the paragraph's span, not the report year
        if (framed is not None and framed[0] <= quantity["sentence_start"] < framed[1]
                and framed_section in (None, quantity["section"]) and not to_date):
            continue  # “七五”普法期间,…。(a later paragraph) 共开展法治宣传1000余场: the text's span, no year named after it
        if re.match(rules_config["compared_year"], text[quantity["sentence_start"]:quantity["start"]]):
            continue  # 同比2022年…实施行政处罚160起: the year compared with, not the report year
        if before_a_change.match(lead):
            continue  # 乡镇行政区划调整改革前,…公共服务事项80项: the figures before a reform
        if campaign_so_far.search(text, quantity["sentence_start"], quantity["start"]):
            continue  # 百日攻坚开展一周已检查企业1800家次,…立案317起: a campaign's first week, not the year
        lead_to_figure = lead[:quantity["start"] - lead_start]
        # (the sentence up to the figure: the items a semicolon divides share what is still to come, and the year a
        # count runs from unless an item names a time of its own)
        sentence_so_far = opening[:quantity["start"] - quantity["sentence_start"]]
        if _since_an_earlier_year(lead_to_figure, report_year, rules_config) or (
                lead_start > quantity["sentence_start"] and not _names_its_own_time(lead_to_figure, rules_config)
                and _since_an_earlier_year(sentence_so_far, report_year, rules_config)):
            continue  # 自2019年以来，全县累计调解矛盾纠纷500件 (in a report on 2023): a count since then; 2022年以来,…
            # 调解案件20034件…;…排查矛盾纠纷1132件: the items after it too
        if counts_this_year and re.search(rules_config["last_year"], lead_to_figure):
            continue  # 去年浙江省行政复议调解成功率达46.3%, beside 今年上半年…: last year's, not the year reported on
        if _totals_a_run_of_years(phrase["governed"], lead, lead_to_figure, rules_config, quantity["unit"] == "percent"):
            continue  # 连续9年举办…累计参加学习7000人次, 连续4年开展…，共排查…100余万件: the run's total
        if _names_an_earlier_year(lead_to_figure, report_year, rules_config):
            continue  # 2023总共需办理复议案件66件，2024年…151件: the earlier year a comparison starts from
        if ((to_date or "累计" in lead_to_figure)
                and _founded_earlier(foundings, paragraph_start, quantity["start"], report_year)):
            continue  # 调解委员会成立于2008年3月。…截至目前…共调解民间纠纷1852件, 这个始于2015年的普法品牌,已累计开展
            # 活动500余场: a count since the founding
        if holds_any(sentence_so_far, rules_config["case_example_leads"]):
            continue  # 在一起行政复议案件中,…拟对其罚款30万元: one case told as an example
        if quantity["unit"] == "yuan" and one_case_named.search(sentence_so_far):
            continue  # 查处某网红板栗酥饼店虚假宣传案,罚没款达20.5万元: the amount of the one case named right before
        if holds_any(sentence_so_far, rules_config["future_leads"]):
            continue  # …还将延伸至基层12个乡(镇)办事处，开展百余场普法宣传讲座: still to come
        # (read in place, as a match from the paragraph's start: a page of one long line is one paragraph)
        opened = ((paragraph_start, quantity["sentence_start"]) if paragraph_start < quantity["sentence_start"]
                  else (quantity["sentence_start"], quantity["start"]))
        if plan_paragraph.match(text, *opened):
            continue  # 接下来,我省将继续…。…巩固行政机关负责人出庭应诉率100%成果: a plan paragraph
        if quantity["value"] == 1 and re.search(rules_config["slogan_of_ones"], opening):
            continue  # 开展…“四个一”(一次领导干部原文诵读、一次…专题研讨…): one part of a slogan, not a count
        # the rules read the sentence with its titles: a title names what the sentence is about (编印《领导干部法治
        # 手册》,向全市领导干部发放5000余册: material on law), though it is no cue of what a figure counts
        if (outside_legal_work and any(rule.get("legal_work_only") for rule in candidates)
                and not holds_any(text[paragraph_start:clause_end], rules_config["legal_context"])):
            # 盐都区财政局共接受市民电话咨询50余次, 提供统计信息咨询1000余人次: a department's enquiries on its own business
            # (but (三)深入开展普法宣传。…接受群众现场咨询380余人次: its paragraph speaks of law)
            candidates = [rule for rule in candidates if not rule.get("legal_work_only")]
        if any(rule.get("paragraph_topic") for rule in candidates):
            # a rule whose paragraph must speak of its topic (a training's audience read as trainees on law): the
            # paragraph is read only for such a rule, as a page of one long line is one paragraph
            paragraph = text[paragraph_start:clause_end]
            candidates = [rule for rule in candidates
                          if not rule.get("paragraph_topic") or holds_any(paragraph, rule["paragraph_topic"])]
        rule, claimed = first_rule(phrase, text[lead_start:clause_end], rules_config["rules"], rules_config, candidates)
        if rule is None and lead_start == quantity["sentence_start"] and opening.lstrip().startswith(QIZHONG):
            # 全市全年共收到行政复议案件1262件。其中,市政府收到1197件: a sentence that opens with 其中 is about what
            # the sentence before it counted, whose words are its topic
            rule, claimed = first_rule(phrase, text[quantity["previous_sentence_start"]:clause_end], rules_config["rules"],
                                       rules_config, candidates)
        claimed = claimed and phrase["next"] is not None
        if rule is None and sums_up:
            # …村级培训105场,总共进行了125场: the total of the figure of its kind just before it, named as that one is
            before = rows[-1]
            if (before["start"] == quantity["sentence_start"] and before["figure_end"] <= clause_start
                    and written_units[before["figure_start"]] == quantity["unit_written"]
                    and not _sums_other_kinds(text, quantities[bisect_left(quantity_starts, quantity["sentence_start"]):
                                                               bisect_left(quantity_starts, quantity["start"])],
                                              quantity, before["indicator"], named_ends, rules_config["carried_over"])):
                rule = {"indicator": before["indicator"]}
        if rule is None or units[rule["indicator"]] != quantity["unit"]:
            continue
        if (rule["indicator"] in rules_config["kinds_of_all_kinds"]
                and complaint_outcomes.search(opening)):
            not_the_reporters_ends.add(quantity["end"])
            continue  # …对第十一批27件信访举报件进行调查处理,其中,…立案处罚8家: the penalties complaints led to
        if rule.get("not_followed_by") and _opens_after_modifiers(text[clause_end:quantity["sentence_end"]].lstrip("，,；; "),
                                                                  rule["not_followed_by"], rules_config["modifiers"]):
            continue  # …权力事项6749项，保留…2700项: the count before the cut
        # (matched in place, so that a lookbehind reads the figure itself)
        if rule.get("not_after") and re.compile(rule["not_after"]).match(text, quantity["end"], quantity["sentence_end"]):
            continue  # 办理行政复议案件25件,其中新收22件,上年结转3件: the cases handled, carried-over ones with the new
        if rule.get("not_with_next_sentence") and re.compile(rule["not_with_next_sentence"]).match(
                text, clause_start, quantity["sentence_end"] + NEXT_SENTENCE_OPENING_CHARS):
            continue  # …累计主动公开政府信息4002条。2019年新增主动公开政府信息362条: the stock, the year's new after it
        if (rule.get("not_later_in_sentence") and not holds_any(lead_to_figure, rules_config["year_total_leads"])
                and re.search(rule["not_later_in_sentence"], text[clause_end:quantity["sentence_end"]])):
            continue  # …常务会议6次…,专题学习习近平法治思想,研究部署…: what the meetings were for, said later
        if rule.get("another_kind") and _another_kind_named(text, quantity, clause_end, rule["another_kind"]):
            continue  # …进行公平竞争审查。目前,已审查2份文件: a review of another kind, named for the clauses that follow
        if (rule["indicator"] in rules_config["case_breakdowns"]["indicators"]
                and _one_part_of_the_cases(text, quantity, own_item, rules_config["case_breakdowns"])):
            continue  # 单独应诉的有120件，占案件总数的31.8%; 从应诉机关级别看，乡镇政府出庭应诉1件: one part of the cases
        if (any(rule["indicator"] in narrower["indicators"] and holds_any(own_item, narrower["words"])
                for narrower in rules_config["narrower_parts"])
                and any(row["indicator"] == rule["indicator"] for row in rows)):
            items_of_parts[lead_start] = quantity["end"]
            continue  # 负责人出庭案件837件，…，正职负责人出庭案件76件: the principal heads' part of all heads' figure before it
        if (rule["indicator"] in rules_config["kind_lists"]["indicators"]
                and _first_of_a_kind_list(text, quantity, own_item, rules_config["kind_lists"])):
            continue  # 公开了党委文件27份、政府文件14份…: one kind of what was disclosed, whose total no one stated
        if rule["indicator"] in rules_config["catalogues"] and quantity["value"] == len(_items(phrase["head"])) > 1:
            continue  # 对…产生核准、…运输核准、…处置核准三个审批事项: the items named, not the catalogue
        if quantity["unit"] == "count" and isinstance(quantity["value"], float):  # (a whole value is an int)
            continue  # 平均申请材料为1.96个/件: part of an item is an average or a ratio, never a count
        if abs(quantity["value"]) >= LARGEST_VALUE:
            continue  # 受理…案件999…9件: digits run together or a code, no government's figure (it stays a quantity)
        sentence = (quantity["sentence_start"], quantity["sentence_end"])
        # a sentence (or a line) that opens with 其中 is all parts of the totals of the paragraph before it
        # (…共办结…案件886件，处罚金额144.6万余元。其中，简易程序案件528件，处罚金额4.6万余元；…)
        lead_in = LEAD_IN.search(text, max(0, sentence[0] - LEAD_IN_WINDOW), sentence[0])
        parts_only = (text[sentence[0]:quantity["start"]].lstrip().startswith(PARTS_OPENINGS) or bool(lead_in)
                      or PARTS_LABEL.match(text, sentence[0], quantity["start"]) is not None)
        if sentence not in totals_by_sentence:
            totals_by_sentence[sentence] = totals_before(lead_in.start() if lead_in else sentence[0]) if parts_only else {}
        totals = totals_by_sentence[sentence]
        whole = _breakdown_total(text, quantity, figure_ends)
        if whole is not None and named_ends.get(whole) in (None, rule["indicator"]) and quantity["kind"] == "number":
            continue  # 双审查48次(其中22个经济合同…): a part of a figure no indicator counts; 区政府收到65件(即香洲区
            # 27件、金湾区4件…): a part of the figure just named
        subtype = SUBTYPE.search(text, sentence[0], quantity["start"])
        if subtype and subtype.start() >= refused_ends.get(sentence, quantity["start"]):
            continue  # 仍有100多起林权纠纷未解决(…),其中跨县纠纷5起: a part of a count turned away or still open
        if subtype and _breaks_down(quantities, quantity_starts, quantity, sentence[0], subtype.start(), kind_ends):
            continue  # 受理涉企行政复议申请50件,其中市本级受理30件; 办理知识产权类行政处罚案件47件,其中商标类案件立案43件: a
            # part of a subset or of one category
        if (subtype and quantity["unit"] == "yuan"
                and _breaks_down(quantities, quantity_starts, quantity, _paragraph_start(newlines, sentence[0]),
                                 subtype.start(), not_the_reporters_ends)):
            not_the_reporters_ends.add(quantity["end"])  # (and so are the parts a later 其中 gives of this part)
            continue  # 共办理涉及民生领域案件707起,罚没款503.3万元,其中…食品案件284起,罚没款140.5万元: a part of a subset's
            # amount (a count's parts may be the reporter's own within another's total: 法院…审理行政案件14730件,其中,
            # 行政机关负责人出庭应诉案件14665件)
        part = ((parts_only or whole is not None or subtype)
                # …其中适用简易程序案件40起，罚款11100元；…，全年罚款总额达19000元: the total after its parts
                and not holds_any(own_item, rules_config["total_words"])
                and not _a_body_s_own(text, subtype, quantity, rules_config["named_part"]))
        if (part and quantity["unit"] == "yuan" and lead_start in items_of_parts
                and not PART_CLOSED.search(text, items_of_parts[lead_start], quantity["start"])):
            continue  # 其中，一般程序案件20件，罚款金额2万元: the amount of a part just dropped, not of all cases
        if part and rule["indicator"] in totals:
            items_of_parts[lead_start] = quantity["end"]
            continue  # 其中警告49宗: a part of the total given before it
        if (subtype and rows and rows[-1]["start"] == sentence[0] and rows[-1]["figure_end"] <= subtype.start()
                and rows[-1]["indicator"] in narrower.get(rule["indicator"], ())):
            continue  # 成功化解矛盾纠纷35件,其中重大纠纷3件: kinds of the disputes resolved, no count of all those handled
        if (part and not totals.keys().isdisjoint(rules_config["category_totals"])
                and rule["indicator"] not in rules_config["own_categories"]):
            continue  # 主动公开政府信息238条,其中,…权责清单1条: a category of what its sentence disclosed, no figure of its own
        if rule["indicator"] in rules_config["category_totals"]:
            looked_back_to = _parts_look_back_to(text, newlines, paragraph_start, sentence[0], item_heading)
            if ((part and _follows_a_count(text, quantity_starts, quantities, looked_back_to, sentence[0], subtype,
                                           parts_only))
                    or respective is not None
                    or ((list_item.match(text, sentence[0]) or channel_lead.match(text, sentence[0])
                         or item_heading.fullmatch(text, paragraph_start, sentence[0]))
                        and _total_read_between(rows, rule["indicator"], looked_back_to, sentence[0], quantity["value"]))
                    or _a_channel_of_the_total_before(text, rows, rule["indicator"], sentence[0], clause_start,
                                                      quantity["value"], channel_lead)
                    or (rule["indicator"] in rules_config["kind_lists"]["indicators"]
                        and _kind_named(own_item, rules_config["kind_lists"])
                        and (item_heading.match(text, paragraph_start)
                             or _total_read_between(rows, rule["indicator"], sentence[0], clause_start,
                                                    quantity["value"])))):
                continue  # 公开…各类政府信息660条,其中,公开招标与中标信息114条; 重点领域信息分别22条、34条: categories of a
                # total no rule read, no totals; …累计公开政府信息1024条。/ 一是…信息公开215条;二是…289条: the kinds of the
                # total just read; …共主动公开各类政府信息308条。…通过公示栏张贴公开信息71条: one channel of it; …789条。/
                # 一是深化重点领域公开。及时全面准确公开部门文件12件: an item's body after its heading; …主动公开政府信息95条,
                # 通过政府门户网站主动公开各类动态信息15条: a clause on one channel after the total in its sentence (not after
                # another channel's: 通过局网站公开政府信息484条,通过微信公众号公开政府信息299条); 4.发展规划信息公开。2021年,
                # …公开发展规划信息3条: one kind, in an item of a list of kinds (kind_lists), or after the total in its
                # sentence (共发布政务信息21813条,…,信息公开目录信息更新量696条)
        if domains[rule["indicator"]] in rules_config["challenged_domains"] and _cases_by_the_act(
                text, quantity, phrase["clause"], subtype,
                _paragraph_start(newlines, quantity["sentence_start"], CASES_PARAGRAPHS - 1), rules_config):
            continue  # 受理行政复议、诉讼案件140件，其中，行政处罚49件; 从案件类别来看,行政强制59件: cases, not acts
        partition = holds_any(own_item, rules_config["partitions"])
        if partition and (part or not totals.get(rule["indicator"], True)):
            items_of_parts[lead_start] = quantity["end"]
            continue  # 共办理案件79起，其中简易程序案件37起: the cases of one procedure, a share of a total
        if GROUP_MEMBERS.search(phrase["head"]):
            continue  # 退出岗位执法人员中1人为退休人员: some of a group, not its count
        if not part:
            totals[rule["indicator"]] = totals.get(rule["indicator"], True) and partition
        elif (subtype and not parts_only and whole is None and rule["indicator"] not in totals
              and quantity["unit"] != "percent"):  # (a rate is no sum of its parts' rates)
            stated_after_a_part.setdefault(sentence, {})[rule["indicator"]] = partition
        if rows and (rows[-1]["indicator"], rows[-1]["figure_start"]) == (rule["indicator"], quantity["start"]):
            continue  # 出庭率、出庭应诉率均达100%: two names of one rate
        total = rows[-1] if rows else None
        if (total and phrase["before"] and phrase["before"]["start"] == total["figure_start"]
                and _opens_a_list_of_figures(text, quantity, phrase["next"])
                and (total["indicator"], total["unit"]) == (rule["indicator"], quantity["unit"])
                and total["value"] > quantity["value"]
                and CLAUSE_BREAK.search(text, total["figure_end"], quantity["start"])):
            # 集中宣传36场次，法治宣传进校园6场次、进景区5场次…: the first kind of a breakdown of the
            # figure just before it, in the clause before
            continue
        if quantity["value"] < all_kinds_totals.get(rule["indicator"], quantity["value"]):
            continue  # 共查处各类经济违法案件19.25万宗,罚没金额11.72亿元。…不正当竞争案件2505宗,罚没金额8533.08万元: one kind's
        if (rule["indicator"] in rules_config["kinds_of_all_kinds"]
                and all_kinds_total.search(text, sentence[0], quantity["start"])):
            all_kinds_totals[rule["indicator"]] = quantity["value"]  # (no smaller than any such total before it)
        named_ends[quantity["end"]] = rule["indicator"]
        rows.append({
            "indicator": rule["indicator"], "value": quantity["value"], "unit": quantity["unit"],
            "qualifier": quantity["qualifier"], "figure": quantity["figure"],
            "evidence": text[sentence[0]:sentence[1]], "start": sentence[0], "end": sentence[1],
            "figure_start": quantity["start"], "figure_end": quantity["end"], "section": quantity["section"],
        })
        parts.append(bool(part))
    # a total stated after its parts (其中适用简易程序案件40起，累计罚款11100元；…，全年罚款总额达19000元)
    totalled = {(row["start"], row["indicator"]) for row, part in zip(rows, parts) if not part}
    # … or summed up after the figures of its sentence (罚没金额48.69万元,没收非法所得金额1.08万元,罚没共计49.77万元)
    # in the clauses before its own, not in the items its own clause lists before it (…讲座1期、…培训班以及…报告会合计3场次),
    # where they make up most of it (…学法活动3次,主任办公会…学法共计26次: another meeting's total, not theirs)
    summed = set()
    for row in rows:
        clause_start = max(text.rfind(mark, row["start"], row["figure_start"]) for mark in "，,；;：:") + 1
        item_start = max(clause_start, text.rfind(LIST_JOINER, row["start"], row["figure_start"]) + 1)
        if holds_any(text[item_start:row["figure_start"]], rules_config["sum_words"]):
            summands = [other for other in rows if (other["start"], other["indicator"]) == (row["start"], row["indicator"])
                        and other["figure_end"] <= clause_start]
            if SUMMED_SHARE * row["value"] <= sum(other["value"] for other in summands) <= row["value"]:
                summed.update(id(other) for other in summands)
    # … or listed after it with no 其中, two or more in the clauses that follow it that add up to it exactly
    # (主动公开信息11537条，公开…概况类信息368条，公开政务动态类信息2188条，公开信息公开目录信息8981条): its kinds,
    # not figures of their own (not the items a semicolon divides: 培训9次;…培训8次;…培训1次 are trainings apart)
    for at, total in enumerate(rows):
        in_its_sentence = takewhile(lambda other: other["start"] == total["start"], rows[at + 1:])  # (rows in text order)
        kinds = [other for other in in_its_sentence
                 if (other["indicator"], other["unit"]) == (total["indicator"], total["unit"])
                 and not ITEM_BREAK.search(text, total["figure_end"], other["figure_start"])]
        if len(kinds) >= 2 and math.isclose(sum(other["value"] for other in kinds), total["value"]):
            summed.update(id(other) for other in kinds)
    return [row for row, part in zip(rows, parts)
            if not (part and (row["start"], row["indicator"]) in totalled) and id(row) not in summed]
