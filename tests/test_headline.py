"""One headline value per report and indicator, with how it was derived (tests/spec/ANNOTATION.md)."""
import pytest

from ruleoflaw.extract import extract
from ruleoflaw.headline import headline_values
from ruleoflaw.quality import check_figures
from ruleoflaw.review import apply_review
from ruleoflaw.structure import parse_structure


def _headlines(text, knowledge, review=()):
    """The headline values of a text read as a report, as report.process_report makes them."""
    found = apply_review(extract(text, parse_structure(text, knowledge, 2023), knowledge), list(review), text,
                         knowledge["indicators"])
    flags = check_figures(found["indicators"], knowledge["checks"])
    return headline_values(found["indicators"], text, knowledge["indicators"], knowledge["headline"], flags)


def _values(text, knowledge):
    return {v["indicator"]: (v["value"], v["derivation"], v["figure_count"]) for v in _headlines(text, knowledge)}


@pytest.mark.parametrize("text, indicator, expected", [
    ("全年共受理行政复议案件20件。", "reconsideration_received", (20, "single", 1)),
    ("受理行政复议案件20件。本年度受理行政复议案件20件。", "reconsideration_received", (20, "single", 2)),
    ("全年共受理行政复议案件20件。城关镇受理行政复议案件5件。", "reconsideration_received", (20, "total", 2)),
    # a stated total another figure exceeds is a part's total, not the report's (…调解室…总数为291件, the county's 836)
    ("受理行政复议案件20件。城关镇全年共受理行政复议案件5件。", "reconsideration_received", (None, "none", 2)),
    # … but not by one that counts work carried over from the year before (办结量985件(含结转办理数))
    ("全年受理各类行政许可申请共983件。网上全流程办结行政许可985件(含结转办理数)。", "admin_permits", (983, "total", 2)),
    # equal figures of two items of one list are different things, not one fact stated twice
    # (two channels' counts, each the reporter's own)
    ("通过门户网站公开政府信息30条、通过微信公众号公开政府信息30条。", "info_disclosed", (None, "none", 2)),
    ("全年受理行政许可60件,符合法定受理条件,准予行政许可60件。", "admin_permits", (60, "single", 2)),
    ("开展专题学法2次。另开展集中学法3次。", "law_study_sessions", (5, "sum", 2)),
    # a total word totals its own clause: separate events its sentence lists beside it are added (共开展…49次,…11次) …
    ("共开展第一议题学习49次,理论学习中心组开展学习11次。", "law_study_sessions", (60, "sum", 2)),
    # … and the year's word (全年) dates the sentence's list, totalling none of it
    ("全年组织专题学习12次,开展领导干部集中学法6次。", "law_study_sessions", (18, "sum", 2)),
    ("全年市委理论学习中心组集体学法4次,政府常务会议集中学法4次。", "law_study_sessions", (8, "sum", 2)),
    # … so too where the other figure is dated by a 全年 that heads its sentence's list (全年共举办…,解答…50余人次)
    ("全年接待群众法律咨询200余次。全年共举办法治讲座15场次,发放宣传资料5000余份,解答法律咨询50余人次。",
     "legal_consultations", (250, "sum", 2)),
    # a total word that heads a list totals none of its items (全年共开展A20次、B9次; 共审查…75件、政策文件95件)
    ("全年共开展区委常委会会前学法20次、常务会会前学法9次。", "law_study_sessions", (29, "sum", 2)),
    ("共审查权责清单75件、政策文件95件。备案审查行政规范性文件10件。", "normative_docs_reviewed", (None, "none", 2)),
    # … and, for any indicator, a figure only the year's word marks, beside another in its sentence, is no total of it
    ("全年审核区政府文件、决策等75件,备案审查各部门规范性文件15件。", "normative_docs_reviewed", (None, "none", 2)),
    # … but stages of one count of cases stand under their total (共收到…85件,…受理70件)
    ("全年共收到行政复议申请85件,经审查后受理70件。", "reconsideration_received", (85, "total", 2)),
    # all levels' sessions (全区各级党委…50次) may count one body's (区委…3次): not added up
    ("区委理论学习中心组组织专题学习习近平法治思想3次。全区各级党委(党组)理论学习中心组开展集中学习习近平法治思想50次。",
     "law_study_sessions", (None, "none", 2)),
    # … nor all departments' (各政府部门学法116次), nor a figure of the system's all levels that only the year's word
    # marks (全年系统各级…学习178次) …
    ("县政府常务会议开展会前学法12次。各政府部门开展集中学法116次。", "law_study_sessions", (None, "none", 2)),
    ("全年系统各级开展党委(党组)理论学习中心组学习178次。组织系统内法治专题学习21场次。", "law_study_sessions",
     (None, "none", 2)),
    # … nor a figure of a sentence that opens with all levels and departments as who did it (政府各级各部门坚持…,…11次),
    # though not where they are what a verb acts on (提升政府各部门干部法治意识,对…150名科级干部进行集中培训)
    ("政府各级各部门坚持以习近平新时代中国特色社会主义思想为指导,深入学习研究习近平法治思想11次。政府常务会会前学法12次。",
     "law_study_sessions", (None, "none", 2)),
    ("着力提升政府各部门干部法治意识,组织集中学法11次。政府常务会会前学法12次。", "law_study_sessions", (23, "sum", 2)),
    ("局党组成员先后20余次集中学法。全局开展网上学法、专家讲座等活动,深入学习法律法规60余次。", "law_study_sessions",
     (None, "none", 2)),
    # … but a stated total of all kinds is the report's (全年共举办各类法治讲座15场次)
    ("全年共举办各类法治讲座15场次。开展8期专题普法讲座。", "law_lectures", (15, "total", 2)),
    # … and all levels' first item of a list does not make the next item's figure all levels' too
    ("全市政府系统各级党组理论学习中心组学习法治思想130余次、市政府常务会会前学法9次。", "law_study_sessions",
     (None, "none", 2)),
    # … nor are one kind's and all kinds' (各类培训讲座40余期) …
    ("举办全市领导干部法治专题培训讲座2期,各类培训讲座40余期,培训人员2.6万余人次。", "law_lectures", (None, "none", 2)),
    # … but trainees of all levels (培训各级干部) and the laws of all kinds studied (学习各类法律法规) are no such counts
    ("党委理论学习中心组集中学习习近平法治思想3次。组织干部职工专题学习宪法等各类法律法规12次。", "law_study_sessions",
     (15, "sum", 2)),
    ("开设法治大讲堂12期、培训各级干部13217人次。国家工作人员参加法治培训17场次4.2万人次。", "training_participants",
     (55217, "sum", 2)),
    # papers reviewed of one kind beside other kinds the review lists are one kind's (审查合同178件、规范性文件1件、…)
    ("全年共审查行政机关合同178件、党政规范性文件1件、其他事项48件。", "legal_adviser_reviews", (None, "none", 1)),
    ("共审查行政规范性文件51件,审查行政合同78个,审查重大行政决策7件。", "legal_adviser_reviews", (None, "none", 1)),
    ("对全区53份重要文件、15份重要合同进行了合法性审查。", "legal_adviser_reviews", (None, "none", 1)),
    # … but not beside what the review put out, nor its own breakdown in brackets, nor papers as many as its own
    ("共进行重大行政决策合法性审查3件,政府法律顾问出具合法性审查意见3件。", "legal_adviser_reviews", (3, "single", 1)),
    ("法律顾问审查合同26件,出具合法性审查意见书8份。", "legal_adviser_reviews", (26, "single", 1)),
    ("法律顾问完成法制审核48份(含合同37份、执法案卷6件、其他文书5份)。", "legal_adviser_reviews", (48, "single", 1)),
    ("梳理政务服务事项3682项。维护政务服务事项3851项。", "service_items", (None, "none", 2)),
    ("依据《中华人民共和国行政处罚法》开展法治培训1次。开展执法培训4期。", "training_sessions", (5, "sum", 2)),
    # equal figures one sentence states apart are separate events; stated again in another sentence, one
    ("组织执法人员培训1次；举办法治专题培训班1次。", "training_sessions", (2, "sum", 2)),
    ("开展专题学法2次。全年开展专题学法2次。", "law_study_sessions", (2, "single", 2)),
    # …and so is a value stated again in another sentence beside other events: counted once in the sum
    ("今年党组学习法治思想5次。2023年党组学习法治思想5次，学习党内法规2次。", "law_study_sessions", (7, "sum", 3)),
    # one kind of a list whose other kinds of the same thing no indicator took is not the body's count of them …
    ("查处投标人串标案件4件、代理机构违法案件3件、违法转包案件1件。", "admin_penalty_cases", (None, "none", 1)),
    # … whatever the list's first item holds besides its kind (its verb and topic: 完成“双随机、一公开”)
    ("完成“双随机、一公开”国家任务412个、省级任务204个,覆盖卫生健康全领域。", "random_inspections", (None, "none", 1)),
    # … nor one procedure's cases where the others go uncounted; but other kinds of another indicator are their own
    ("2025年审核一般程序案件43件,简易程序备案5件。", "admin_penalty_cases", (None, "none", 1)),
    ("法律顾问共代理行政复议案件2件、行政诉讼案件2件。", "litigation_cases", (2, "single", 1)),
    # a part (其中) of a count of its kind of case stated before it, the count itself untaken, is no value; a part of a
    # wider count is the whole of its kind
    ("指导全市行政诉讼工作,全市各级法院共受理以市政府、部门、乡镇(街道)为被告的行政诉讼案件115件,审结117件,败诉12件,"
     "败诉率为10.26%,行政机关负责人出庭率为100%,其中,我局代理市政府为单独被告或共同被告案件出庭应诉共计31件。",
     "litigation_cases", (None, "none", 1)),
    ("全年共收到各类申请200件,其中行政复议申请50件。", "reconsideration_received", (50, "single", 1)),
    # a part's total (累计办理一般程序案件638起) is not the report's: with the other part beside it, no value
    ("全局累计办理一般程序案件638起;简易程序案件305起。", "admin_penalty_cases", (None, "none", 2)),
    # a figure restated rounded (约为24%) is the same fact as the exact one it rounds (24.2%)
    ("直接纠错236件，纠错率24.2%。审结的复议案件中直接纠错236件，纠错率约为24%。", "reconsideration_correction_rate",
     (24.2, "single", 2)),
    ("直接纠错236件，纠错率24.2%。另一批案件纠错率约为30%。", "reconsideration_correction_rate", (None, "none", 2)),
])
def test_headline_value_and_its_derivation(text, indicator, expected, knowledge):
    assert _values(text, knowledge)[indicator] == expected


def test_a_value_the_figures_do_not_settle_says_why_in_chinese(knowledge):
    value = next(v for v in _headlines("梳理政务服务事项3682项。维护政务服务事项3851项。", knowledge)
                 if v["indicator"] == "service_items")
    assert value["value"] is None and value["reason"] == "2 个数值各不相同（3682、3851），报告未给出合计"
    rate = next(v for v in _headlines("调解成功率达95.3%。人民调解成功率100%。", knowledge)
                if v["indicator"] == "mediation_success_rate")
    assert rate["value"] is None and rate["reason"] == "2 个数值各不相同（95.3、100），报告未说明以哪一个为准"  # no total of rates
    # a figure written with a total's word that another figure exceeds is a part's total (one session's 共计73人次), which
    # the reason says as such, not as the report's total
    part = next(v for v in _headlines("开展法治培训，参训481人次。5月组织学习行政处罚法，共计73人次参加。", knowledge)
                if v["indicator"] == "training_participants")
    assert part["value"] is None and part["reason"] == "写有“共计”的数值（73）小于另一数值（481），只是部分的合计"
    # … naming the word its clause has
    year = next(v for v in _headlines("全年累计开展会前学法8次。中心组法治专题学习10次。", knowledge)
                if v["indicator"] == "law_study_sessions")
    assert year["value"] is None and year["reason"] == "写有“全年累计”的数值（8）小于另一数值（10），只是部分的合计"
    # the other kinds a review lists, not other work listed with them (参与重大项目10个)
    kinds = next(v for v in _headlines("一是开展合法性审查工作。年初至今,共审核把关合同2657份、规范性文件13份、出具法律意见书26份、"
                                       "参与重大项目10个。", knowledge) if v["indicator"] == "legal_adviser_reviews")
    assert kinds["value"] is None and kinds["reason"] == "同一审查列举的其他种类文件（13）未计入，报告未给出合计"
    # figures of all levels beside one body's: neither includes the other for certain, so the reason says they differ
    # in scope (各级…11次 beside 会前学法12次)
    levels = next(v for v in _headlines("全县各级党委(党组)理论学习中心组学法11次。县政府常务会议会前学法12次。", knowledge)
                  if v["indicator"] == "law_study_sessions")
    assert levels["value"] is None and levels["reason"] == "统计各级或各类的数值（11）与其余数值范围不同、不能相加，报告未给出合计"


def _qualifiers(text, knowledge):
    return {v["indicator"]: (v["value"], v["qualifier"]) for v in _headlines(text, knowledge)}


@pytest.mark.parametrize("text, indicator, expected", [
    ("受理排查矛盾纠纷300余起。", "disputes_handled", (300, "at_least")),   # published as 300, it said more
    ("开展专题学法2次。另开展集中学法3次。", "law_study_sessions", (5, "exact")),
    ("开展专题学法2次。另开展集中学法3次以上。", "law_study_sessions", (5, "at_least")),   # a lower bound added on
    ("开展专题学法约2次。另开展集中学法3次以上。", "law_study_sessions", (5, "approx")),
    ("全年共受理行政复议案件约20件。城关镇受理行政复议案件5件。", "reconsideration_received", (20, "approx")),   # the total's own
    ("梳理政务服务事项3682项。维护政务服务事项3851项。", "service_items", (None, "")),   # no value, no qualifier
])
def test_a_headline_value_keeps_what_its_figures_qualifiers_allow(text, indicator, expected, knowledge):
    assert _qualifiers(text, knowledge)[indicator] == expected


CHECKED = {"by": "王五", "date": "2026-11-30"}


@pytest.mark.parametrize("text, review, indicator, expected", [
    ("开展专题学法2次。另开展集中学法3次。", [], "law_study_sessions", ("machine", "")),
    ("开展专题学法2次。另开展集中学法3次。", [{"figure": "2次", "action": "confirm", **CHECKED}],
     "law_study_sessions", ("machine", "")),                       # one of the two summed is still as extracted
    ("开展专题学法2次。另开展集中学法3次。", [{"figure": "2次", "action": "confirm", **CHECKED},
                                           {"figure": "3次", "action": "correct", "correct": {"value": 4}, **CHECKED}],
     "law_study_sessions", ("corrected", "")),
    ("全年共受理行政复议案件20件。", [{"figure": "20件", "action": "confirm", **CHECKED}],
     "reconsideration_received", ("confirmed", "")),
    ("人民调解成功率达150%。", [], "mediation_success_rate", ("machine", "rate-over-100")),
    ("全年排查矛盾纠纷30件，成功化解纠纷40件。", [], "disputes_resolved", ("machine", "resolved-exceeds-handled")),
    ("全年排查矛盾纠纷30件，成功化解纠纷40件。", [], "disputes_handled", ("machine", "")),   # the part is flagged
])
def test_a_headline_value_says_whether_its_figures_were_checked_and_what_flags_them(text, review, indicator, expected,
                                                                                   knowledge):
    value = next(v for v in _headlines(text, knowledge, review) if v["indicator"] == indicator)
    assert (value["review"], value["flags"]) == expected


def test_a_report_twice_as_long_costs_the_kinds_check_twice_the_reading(knowledge, monkeypatch):
    # kinds listed apart are looked for in each figure's own clause: from its sentence's start where no mark stands
    # before it, not from the text's, which made a long report's headline values grow with the square of its length
    # (counted in the list items read, not timed)
    from ruleoflaw import headline
    read = []
    item_before = headline._item_before
    monkeypatch.setattr(headline, "_item_before", lambda text, start, at: read.append(at - start) or
                        item_before(text, start, at))
    paragraph = "全年共受理行政复议案件20件、行政诉讼案件3件。审查合同12份。\n"
    work = []
    for copies in (10, 20):
        read.clear()
        _headlines(paragraph * copies, knowledge)
        work.append(sum(read))
    assert work[0] > 0 and work[1] <= 2.2 * work[0]
