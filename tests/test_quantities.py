"""Figures are read as ANNOTATION.md says: values, units, qualifiers, and what is no figure."""
import re

import cn2an
import pytest
from hypothesis import given, strategies as st

from ruleoflaw.knowledge import load_knowledge
from ruleoflaw.quantities import excluded_spans, find_quantities, parse_number

GRAMMAR = load_knowledge()["quantities"]


def read(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in find_quantities(text, GRAMMAR)]


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_numbers_read_back_with_or_without_thousands_separators(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_back(n):
    assert parse_number(cn2an.an2cn(n)) == n


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["件", "人次", "份", "场次", "宗"]))
def test_a_count_with_its_unit_is_one_exact_quantity(n, unit):
    assert read(f"共办理{n}{unit}。") == [(n, "count", "exact")]


@given(st.decimals(min_value=1, max_value=9999, places=1), st.sampled_from([("万", 10_000), ("亿", 100_000_000)]))
def test_wan_and_yi_are_expanded(number, multiplier):
    word, factor = multiplier
    (value, unit, _), = read(f"受益群众达{number}{word}人次")
    assert value == pytest.approx(float(number) * factor)
    assert unit == "count"


@pytest.mark.parametrize("text, reading", [
    ("受益群众达6.8万人次", (68000, "count", "exact")),
    ("发放宣传资料1万余份", (10000, "count", "at_least")),
    ("全国调解委员会调解纠纷14万1625件", (141625, "count", "exact")),   # the rest written on after 万
    ("参加学法考试1万8千人", (18000, "count", "exact")),
    ("罚没金额4119307.94元", (4119307.94, "yuan", "exact")),
    ("组织企业申报扶持资金达3800万元", (38000000, "yuan", "exact")),
    ("共签约200亿授信额度", (20_000_000_000, "number", "exact")),
    ("调解成功率99.3%", (99.3, "percent", "exact")),
    ("满意率达到百分之九十", (90, "percent", "exact")),
    ("比例达90%以上", (90, "percent", "at_least")),
    ("出台规范性文件十五件", (15, "count", "exact")),
    ("开展两次专项检查", (2, "count", "exact")),
    ("经过调解员3个小时现场协调", (3, "hours", "exact")),   # 个小时: hours, not three of anything counted
    ("培训三百余人", (300, "count", "at_least")),
    ("全县1521法律明白人", (1521, "count", "exact")),   # who it counts, with no measure word
    ("5万余国家工作人员参加了考试", (50000, "count", "at_least")),
    ("约17万村民受益", (170000, "number", "approx")),   # the public so written stays a bare magnitude
    ("进行80多次维护", (80, "count", "at_least")),
    ("解答法律咨询50余人次", (50, "count", "at_least")),
    ("约200人参加", (200, "count", "approx")),
    ("投资总额近100亿元", (10_000_000_000, "yuan", "approx")),
    ("超过300件", (300, "count", "at_least")),
    ("逾一千人次", (1000, "count", "at_least")),
    ("不到20件", (20, "count", "at_most")),
    ("培训法律明白人不少于226名", (226, "count", "at_least")),   # 不少于 is no 少于
    ("全年学法不低于4次", (4, "count", "at_least")),
    ("3天左右", (3, "days", "approx")),
    ("共计参加培训4649人次天", (4649, "person_days", "exact")),   # days summed over people, no headcount
    ("在30件以下", (30, "count", "at_most")),
    ("办理时限压缩至 3 天", (3, "days", "exact")),
    ("罚款1万元以上案件579起", (579, "count", "exact")),   # the bound of a class of cases is no amount
    ("每10万人拥有律师3名", (3, "count", "exact")),   # a rate's base is no count
    ("新收行政复议案件首次突破一万宗", (10000, "count", "at_least")),
    ("纠错率约为35%", (35, "percent", "approx")),
    ("全部胜诉,败诉率为零", (0, "percent", "exact")),   # a rate stated as none, no % written
    ("撤变率为0,同比持平", (0, "percent", "exact")),
    ("败诉率为0.5%", (0.5, "percent", "exact")),   # a figure that goes on is read as written
    ("出庭应诉率超过60%的有德州等9个市", (9, "count", "exact")),   # the bound of a class of places is no rate
    ("处罚金额超过1亿元的有4个市", (4, "count", "exact")),   # … nor an amount
    ("宜都市等14个县级政府收到行政复议申请少于5件", (14, "count", "exact")),   # nor a bound of a class of bodies a count
    ("全市13个县区共受理行政复议案件超过500件", [(13, "count", "exact"), (500, "count", "at_least")]),   # but their total is
])
def test_phrase_reads_as(text, reading):
    from ruleoflaw.normalise import fold_width
    assert read(fold_width(text)) == (reading if isinstance(reading, list) else [reading] if reading else [])


def test_full_width_digits_and_separators_read_as_ascii():
    from ruleoflaw.normalise import fold_width
    assert read(fold_width("共收到１２３，４５６件")) == [(123456, "count", "exact")]


def test_a_range_keeps_its_lower_bound_as_at_least():
    (quantity,) = find_quantities("每位领导挂点5至6家重点企业", GRAMMAR)
    assert (quantity["value"], quantity["value_high"], quantity["qualifier"]) == (5, 6, "at_least")


@pytest.mark.parametrize("text", [
    "全年未发生一起行政诉讼案件", "我镇无出台规范性文件", "全年没有行政败诉案件",
])
def test_explicit_zero_statements_are_quantities_of_zero(text):
    assert read(text) == [(0, "count", "exact")]


@pytest.mark.parametrize("text, kind", [
    ("2023年3月26日至10月底", "date"),
    ("《法治政府建设实施纲要(2021-2025年)》", "title"),
    ("伊州党发〔2023〕14号", "doc_number"),
    ("厅字[2019]28号", "doc_number"),
    ("自治区第二十个“宪法法律宣传月”", "ordinal"),
    ("排名第16位", "ordinal"),
    ("主要举措有:1.加强部门联动", "enumerator"),
    ("联系电话：0999-5023456", "phone"),
    ("12345政务服务便民热线", "phone"),
    ("“4·15全民国家安全教育日”", "date"),
    ("围绕“1+6+N”发展战略", "formula"),
    ("加强对“民营经济12条”政策的解读", "label"),
    ("严把文件制定、审核、监管等“三个关口”", "label"),
    ("打造“进一个门、找一个人、跑一趟路”的一站式化解行政争议模式", "label"),
    ("将审批事项实现“一个处室集中受理、审核和办结”", "label"),
    ("为每一名执法人员配备了移动执法终端", "distributive"),
    ("对罚款5000元以上的案件进行审核", "threshold"),
    ("其中处3万元以上较大数额罚款的案件", "threshold"),
    ("其中处3万元以上较大数额罚款;", "threshold"),
    ("作出了10万元以上罚款的行政处罚", "threshold"),   # the fines' class, after the cases it counts
    ("对企业作出20万元(含)以上的罚款、责令停产停业等重大执法决定的", "threshold"),   # a rule's bound, with what it includes
    ("一份份普法资料吸引过往群众围观", "reduplicated"),
    ("推行“1名村法律顾问+N名法律明白人”模式", "model"),
    ("“1名村(居)法律顾问十N名法律明白人”行动", "model"),   # 十 for +, as a page typed it
    ("一场场讲座走进社区", "reduplicated"),
    ("出庭应诉率超过60%的有德州、潍坊", "rate_bound"),
    ("做到行政复议申请审查一件、销号一件", "one_at_a_time"),
    ("将政府信息公开作为街道一项重要工作内容", "standing_task"),
    ("把普法作为一项长期任务", "standing_task"),
    ("信息公开工作是一项系统工程", "standing_task"),
    ("将制度学习作为干部职工培训教育一项内容", "standing_task"),
    ("围绕区委区政府将法律援助列为为民办10件实事项目之一", "pledged_projects"),
    ("构建一个务实高效的运行体系", "article"),
    ("这是一位在交流会现场的农民通过法律知识答题赢得奖品后的感慨", "article"),
    ("对党政主要负责人履职落实情况进行“体检”,同时也是进行一次系统内的全面普法", "described_as_one"),
    ("这是一场生动的法治课", "described_as_one"),
    ("政务信息公开工作是一项政策性强、涉及面广的工作", "described_as_one"),
    ("把政务信息公开作为一项常态性工作", "described_as_one"),
    ("同时他也是一名“法律明白人”", "described_as_one"),
    ("今天的普法课是我上过的最有趣最有收获的一次!", "described_as_one"),
    ("共计罚没款315 892.36元", "split_figure"),
    ("受教育群众达数十万人次", "vague_magnitude"),
    ("共同举办了一场别开生面的普法宣传活动", "narrative_one"),
    ("一场关于知识产权保护的专项普法培训刚落下帷幕", "narrative_one"),
    ("在笑声中受到一次深刻的普法教育", "narrative_one"),
    ("这是该县之后又一次的“互联网+普法”模式的创新探索", "once_again"),
    ("再一次明确了执法责任", "once_again"),
    ("对规范性文件的主要内容进行了一次全面审查", "one_pass"),
    ("对全部现行行政法规开展了规模最大的一次集中清理", "one_pass"),
])
def test_digit_runs_that_are_no_quantity(text, kind):
    assert read(text) == []
    assert kind in {k for _, _, k in excluded_spans(text, GRAMMAR)}


@pytest.mark.parametrize("text, value", [("举办一场法治讲座,邀请律师授课", 1), ("十一场精彩的演出", 11),
                                         ("开展一次执法检查,全面的", 1), ("共开展两次全面清理", 2)])
def test_events_named_at_once_or_counted_past_one_are_figures(text, value):
    assert [value for value, _, _ in read(text)] == [value]


def test_the_bound_of_a_class_of_cases_counted_after_it_is_no_amount():
    assert read("行政罚款的1345件,其中处3万元以上较大数额罚款的66件") == [(1345, "count", "exact"), (66, "count", "exact")]


def test_only_the_bound_of_a_class_of_bodies_is_excluded_not_the_bodies():
    text = "武汉市硚口区等9个县级政府收到行政复议申请超过40件"
    assert read(text) == [(9, "count", "exact")]
    assert [(text[start:end], kind) for start, end, kind in excluded_spans(text, GRAMMAR)] == [("40", "class_bound")]


@pytest.mark.parametrize("text", ["提供一次性告知清单", "无障碍版", "一是完善机制", "与群众一起学习", "是全省唯一一个获此殊荣的县",
                                  "成为全市唯一一家试点单位", "严格遵守中央八项规定精神", "让普法宣传在线上二次传播",
                                  "印制公证一本通、鉴定一本通等宣传手册"])
def test_set_phrases_and_enumerators_are_no_quantity(text):
    assert read(text) == []


def test_every_digit_in_the_bundled_reports_is_a_figure_or_a_known_non_figure(bundled_records, knowledge):
    from collections import Counter
    from ruleoflaw.quantities import account_for_digits
    kinds, gaps = Counter(), []
    for name, record in bundled_records.items():
        text = record["text"]
        for start, end, kind in account_for_digits(text, knowledge["quantities"], record["quantities"]):
            kinds[kind] += 1
            if kind is None:
                gaps.append(f"{name}: {text[max(0, start - 12):end + 6]!r}")
    assert not gaps, "digit runs that are neither a figure nor a known non-figure:\n" + "\n".join(gaps)
    assert kinds["quantity"] > sum(n for k, n in kinds.items() if k != "quantity")


@pytest.mark.parametrize("phrase, expected", [
    ("惠及师生近千人", [(1000, "approx")]),
    ("接待群众百余人次", [(100, "at_least")]),
    ("开展“千名干部入万户”活动", []),
    ("学习贯彻市委六届二次全会精神", []),
    ("学习贯彻党的二十大精神和省十四次党代会精神", []),
    ("落实市第十四次党代会部署", []),
    ("在市政府第34次、40次、41次常务会议上开展会前集体学法", []),
    ("召开第5次常务会议,全年召开常务会议12次", [(12, "exact")]),
    # 十 alone before a measure word is ten; a set phrase (一起) a numeral runs into is that numeral's end
    ("全年召开常务会议学法十次", [(10, "exact")]),
    ("实施行政处罚四十一起", [(41, "exact")]),
])
def test_bare_magnitudes_and_session_ordinals(phrase, expected, knowledge):
    found = find_quantities(phrase, knowledge["quantities"])
    assert [(q["value"], q["qualifier"]) for q in found] == expected


@pytest.mark.parametrize("phrase, value, figure", [
    ("增长率为−3%", -3, "−3%"),
    ("净减少-42件", -42, "-42件"),
    ("5-6家", 5, "5-6家"),
    ("共99999999999999999999件", 99999999999999999999, "99999999999999999999件"),
    ("罚没金额4119307.94元", 4119307.94, "4119307.94元"),
])
def test_figures_keep_their_sign_and_every_digit(phrase, value, figure, knowledge):
    found = find_quantities(phrase, knowledge["quantities"])
    assert [(q["value"], q["figure"]) for q in found] == [(value, figure)]


# For each kind of not_quantity_needs, texts its pattern matches, one for each way it can: with every needed word taken
# out, none may match, or the kind would be skipped on a text where it stands
NEEDED_WORD_CASES = {
    "scientific": ["1.5e3", "2E10"],
    "formula": ["1+N", "3＋2", "A+1"],
    "split_figure": ["共1 234件", "共计罚没款315 892.36元"],
    "pledged_projects": ["10件民生实事", "十件实事"],
    "group_size": ["5人组成的团队负责", "6名的队伍", "3人的小组", "7人组成的专家组", "9人的专家库", "4人的工作组",
                   "2人的工作专班", "8人的服务团"],
    "class_bound": ["12个部门超过3", "5个单位多于2", "4个县少于1", "3个镇不足2", "6个街道不到1", "2个乡镇高于5",
                    "7个机关低于3"],
    "one_pass": ["进行了一次全面审查", "开展一轮集中清理", "一遍梳理"],
}


@pytest.mark.parametrize("kind, text", [(kind, text) for kind, texts in NEEDED_WORD_CASES.items() for text in texts])
def test_a_kind_that_needs_a_word_matches_nothing_without_it(kind, text):
    pattern = GRAMMAR["not_quantities"][kind]
    assert re.search(pattern, text, re.M)
    for word in GRAMMAR["not_quantity_needs"][kind]:
        text = text.replace(word, "某")
    assert re.search(pattern, text, re.M) is None


def test_every_kind_that_needs_a_word_has_its_cases():
    assert set(NEEDED_WORD_CASES) == set(GRAMMAR["not_quantity_needs"])
