"""The phrase cases beside every rule in schema/rules.yml read as their rule says.

Each example is a short phrase and its expected reading; adding a cue word or an
indicator is a YAML change with such a case beside it.
"""
import pytest

from ruleoflaw.extract import extract
from ruleoflaw.knowledge import load_knowledge
from ruleoflaw.structure import parse_structure

KNOWLEDGE = load_knowledge()
CASES = [(example.get("indicator", rule["indicator"]), example) for rule in KNOWLEDGE["rules"]["rules"]
         for example in rule["examples"]]


# The year of the report a phrase case comes from, where the case does not say (report_year)
REPORT_YEAR = 2023


def readings(phrase, report_year=REPORT_YEAR, outside_legal_work=False):
    """The indicator rows of a phrase read as a sentence of a report on `report_year` (by a department that does no
    legal work, where `outside_legal_work`)."""
    structure = parse_structure(phrase, KNOWLEDGE, report_year=report_year)
    return extract(phrase, structure, KNOWLEDGE, report_year, outside_legal_work=outside_legal_work)["indicators"]


@pytest.mark.parametrize("indicator, example", CASES, ids=[f"{i}:{e['text']}" for i, e in CASES])
def test_phrase_reads_as_its_example_says(indicator, example):
    found = [(row["value"], row["qualifier"])
             for row in readings(example["text"], example.get("report_year", REPORT_YEAR),
                                 example.get("outside_legal_work", False))
             if row["indicator"] == indicator]
    if example["value"] is None:
        assert found == []
    else:
        assert (example["value"], example.get("qualifier", "exact")) in found


def test_every_indicator_of_the_vocabulary_has_a_rule():
    ruled = {rule["indicator"] for rule in KNOWLEDGE["rules"]["rules"]}
    assert ruled == {i["id"] for i in KNOWLEDGE["indicators"]["indicators"]}


def test_a_figure_no_rule_accepts_stays_a_quantity_only():
    phrase = "储备帐篷等15类20661件。"
    structure = parse_structure(phrase, KNOWLEDGE, 2023)
    found = extract(phrase, structure, KNOWLEDGE)
    assert [q["value"] for q in found["quantities"]] == [15, 20661]
    assert found["indicators"] == []


@pytest.mark.parametrize("phrase, indicator, expected", [
    # disputes still open, said after the figure, are none resolved; the next item's refusal is not the figure's
    ("截止到目前,仍有100多起林权纠纷未解决。", "disputes_resolved", []),
    # … nor are its parts after 其中 anything handled
    ("截止到目前,仍有100多起林权纠纷未解决(大部分是国营林场与林农的纠纷),其中跨县纠纷5起,跨省纠纷2起。", "disputes_handled", []),
    ("全年调解纠纷120件,其中调解成功118件、未解决2件。", "disputes_resolved", [118]),
    # legal help (a duty lawyer's advice, 法律帮助) is a service of its own beside legal aid
    ("安徽法律援助全年为民办实事34.62万件次,其中审批法律援助案件8.88万件、办理法律帮助案件3.84万件。",
     "legal_aid_cases", [88800]),
    # staff issued uniforms are some of the staff, not their headcount, stated before
    ("在编在岗执法人员3.5万余人。30个省份2万余名执法队员陆续完成制服配发。", "enforcement_personnel", [35000]),
    # the platforms a paragraph sees the total by (分平台看) are its parts
    ("全年共公开各类统计信息1870条。分平台看,政府网站发布各类信息285条,微信公众号发布各类信息74条。", "info_disclosed", [1870]),
    # a channel that publishes, named as its clause's subject after the total, is one part of it
    ("全年主动公开信息数量512条,通过市政府门户网站公开117条,政务微信公开379条,其他形式公开16条。", "info_disclosed", [512]),
    # the stock over all years, counted up after the year's new in its sentence, is not the year's
    ("截至12月31日,新增主动公开政府信息311条,累计主动公开政府信息达3174条。", "info_disclosed", [311]),
    # parts in brackets after a total written without its unit break that total down
    ("全年公开政府信息189(其中组织机构信息33条,政务工作111条),政务微信公开政府信息111条。", "info_disclosed", []),
    # a channel after an item's enumerator (一是利用…) is one part of the total before it
    ("全年全镇政府信息公开566条,一是利用门户网站等平台公开政务信息38条;二是通过微信等发布信息168条。", "info_disclosed", [566]),
    # 包括 right after a count opens its parts
    ("全年更新法定主动公开内容51条,包括乡镇文件30条,组织机构3条,标准目录信息公开11条。", "info_disclosed", []),
    # one kind of a kind-by-kind list with no total stated is no count of what was disclosed ...
    ("2023年,我镇在门户网站公开了党委文件27份、政府文件14份、党委和政府工作信息100篇。", "info_disclosed", []),
    # ... but the whole followed by another deed (受理答复…) or by its channels is
    ("全年公开政府文件80件,受理答复依申请公开45件。", "info_disclosed", [80]),
    ("全年主动公开政务信息数545条,通过公众号公开信息数529条。", "info_disclosed", [545]),
    # a count's name and its number a colon joins, under an item's heading, is the total; the channels a label sorts it by
    # in the sentence after are its parts
    ("1、信息公开的内容。主动公开信息数:175条。主动公开信息分类:通过信息报送在市政府网站公开信息数12条,"
     "通过本部门信息公开平台公开信息数总数163条。", "info_disclosed", [175]),
    # the stock counted up in the sentence before the year's new is not the year's
    ("通过政府信息公开目录管理系统累计主动公开政府信息4002条。本年度新增主动公开政府信息362条。", "info_disclosed", [362]),
    # the kinds 包括 opens after a total are its parts
    ("2024年我局在门户网站主动公开政府信息50余条,主要包括政务资讯32条、决策公开5条、管理服务7条。", "info_disclosed", [50]),
    # a kind named after the total in its sentence is one category of it (counted as an update: 更新量)
    ("2024年,通过市政府门户网站共发布政务信息21813条,概况类信息更新量47条,信息公开目录信息更新量696条。", "info_disclosed",
     [21813]),
    ("全年通过市政府门户网站发布政府信息18136条,公开政府文件47件,回复网站领导信箱信件12件。", "info_disclosed", [18136]),
    # requests concluded after the count received in their sentence are some of them, not more received
    ("全局接收政府信息公开申请31件,主要涉及行政许可等方面,依法依规办结政府信息公开申请29件。", "disclosure_requests", [31]),
    # those mediated of the disputes a committee received, an outcome of them, are not more disputes handled
    ("镇人民调解委员会受理调解各类矛盾纠纷22起,调处21起,调解终结1起。", "disputes_handled", [22]),
    # a channel's share on a line of its own, after a line its list's semicolon runs on from, is a part of the total
    ("全年累计公开政府信息655条。\n从公开渠道来看,政府网站公开信息184条,占比28%;\n政务新媒体公开信息403条、占比62%。",
     "info_disclosed", [655]),
    # cases of one topic (涉危险废物) and their fines are a subset's, not all the cases the reporter decided on ...
    ("1—6月全省查处涉危险废物违法案件102件,罚款金额约680.7万元。", "admin_penalty_cases", []),
    ("1—6月全省查处涉危险废物违法案件102件,罚款金额约680.7万元。", "admin_penalty_amount", []),
    # ... and so are its fines after its cases' transfers, and the other topics' cases and fines its semicolons list
    ("全省共查处涉危险废物违法案件102件,移送公安机关刑事立案40件,罚款金额680.67万元;查处在线监测数据违法案件51件,"
     "罚款金额427.16万元;查处第三方造假案件87件,移送公安机关刑事立案2件,罚没金额705.7万元。", "admin_penalty_amount", []),
    ("全省共查处涉危险废物违法案件102件,移送公安机关刑事立案40件,罚款金额680.67万元;查处在线监测数据违法案件51件,"
     "罚款金额427.16万元;查处第三方造假案件87件,移送公安机关刑事立案2件,罚没金额705.7万元。", "admin_penalty_cases", []),
    # ... but not a total its semicolons list after the subset
    ("全年查处涉企违法案件20件;全年共查处各类违法案件300件,罚没金额50万元。", "admin_penalty_cases", [300]),
    # ... and so are the penalties that complaints handled led to, after their outcomes' 其中 or 通过办理…举报
    ("全区已对中央督察组交办的第十一批27件信访举报件进行调查处理,其中,已办结7件,责令整改3家,立案处罚8家,问责2人。",
     "admin_penalty_cases", []),
    ("今年上半年,全国医保部门收到举报投诉2137件,通过办理群众举报,追回医保基金4233万元,并处行政处罚765万元。",
     "admin_penalty_amount", []),
    # ... but not the cases a sentence counts beside the complaints it received
    ("全年受理投诉举报320件,立案查处违法案件85件,罚没款120万元。", "admin_penalty_cases", [85]),
    # ... and so are the cases related to one topic (相关), and their fines
    ("全年查处食品药品相关违法案件188件,罚没款123.18万元。", "admin_penalty_cases", []),
    ("全年查处食品药品相关违法案件188件,罚没款123.18万元。", "admin_penalty_amount", []),
    # ... but cases suspected of a violation (涉嫌) are all of them
    ("全年立案查处涉嫌违法案件102件,罚款金额680.7万元。", "admin_penalty_cases", [102]),
    ("全年立案查处涉嫌违法案件102件,罚款金额680.7万元。", "admin_penalty_amount", [6807000]),
    # the parts after 其中 of a subset's total are the subset's
    ("全年受理涉企行政复议申请50件,其中市本级受理30件。", "reconsideration_received", []),
    ("全年化解涉农矛盾纠纷500件,其中调解成功480件。", "disputes_resolved", []),
    # kinds listed with no total are no total, though 共 stands before their verb ...
    ("全年共公开政策性信息8条,财政资金信息22条,政府采购信息2条。", "info_disclosed", []),
    ("共评查了行政许可案卷168宗、行政处罚案卷150宗。", "case_file_reviews", []),
    # ... each kind counted in its own unit (政府公报6期 after 常务会议信息32条); but a count in another unit after case files
    # is another deed's, no kind of theirs
    ("2024年,主动公开市政府常务会议信息32条,政府公报6期,市政府文件13件。", "info_disclosed", []),
    ("开展实地督察4次,抽查案卷47卷,指导纠正问题21项。", "case_file_reviews", [47]),
    ("共评查了行政许可案卷168宗、行政处罚案卷150宗。", "admin_permits", []),
    # ... but information named bare is all of it, and so is a kind followed by a narrower one or its own parts
    ("全年主动公开信息600条,政策解读56条。", "info_disclosed", [600]),
    ("县政府门户网站公开工作信息193条,特色亮点工作信息5条。", "info_disclosed", [193]),
    ("全年通过公共资源交易网公开发布交易信息884条,涵盖建设工程275条、政府采购442条。", "info_disclosed", [884]),
    # requests answered after those received are an outcome of them, and cases ended one way a share of those concluded
    ("全年收到政府信息公开申请75件,依法依规予以办理,答复政府信息依申请公开信件72件,结转下年度继续办理3件。",
     "disclosure_requests", [75]),
    ("全年审结行政复议案件68件,通过调解、和解等手段结案9件。", "reconsideration_concluded", [68]),
    ("及时受理答复公开申请,全年我局共受理答复依申请公开政府信息案件6件。", "disclosure_requests", [6]),
    # those sent in the heads' place are no heads appearing
    ("行政首长和行政机关负责人出庭应诉11件,行政机关委托工作人员和律师出庭应诉2件。", "head_court_appearances", [11]),
    # before a reform, not the year's
    ("机构改革前,全县共有政务服务事项800项。", "service_items", []),
    ("一、下沉审批服务事项。乡镇行政区划调整改革前,县级下放乡镇办理行政许可4项,公共服务事项80项;经优化完善后,部门下放"
     "行政许可事项24项,下放公共服务事项156项。", "service_items", []),
    # a campaign's count since an earlier year or since last year, an event named between, runs over the year
    ("自2022年10月整治行动开展以来,全市共立案958件。", "admin_penalty_cases", []),
    ("自去年全市市场流通领域整治行动开展以来,我们共核查相关举报线索3351条,立案958件。", "admin_penalty_cases", []),
    # one kind of information in an item of a list of kinds, its heading before it, is no total
    ("一、总体情况\n全年主动公开信息286条。\n(一)主动公开\n3.群众工作管理信息公开。全年公开群众工作管理15条\n"
     "4.发展规划信息公开。全年,办事处通过区政府官网公开发展规划信息3条。", "info_disclosed", [286]),
    # ... but a channel's count or a list of kinds closed by 等 under such a heading is no kind of it
    ("1.主动公开情况。全年主动公开网站信息6217份,新媒体账号发稿10739条。", "info_disclosed", [6217]),
    ("2.重点领域信息公开。全年通过政府网站公开政府文件、政策解读、重点领域等信息35579条。", "info_disclosed", [35579]),
    # the parts after 其中 of one category's total are that category's
    ("办理知识产权类行政处罚案件47件,其中商标类案件立案43件,专利类案件4件。", "admin_penalty_cases", []),
    # no fee charged for a disclosure is no zero of requests
    ("本年度没有出现收取依申请公开信息相关费用的情况。", "disclosure_requests", []),
    # a campaign's first week so far, not the year's (but a training of three days counts its trainees)
    ("百日攻坚开展一周已检查企业1800家次,发现违法行为16332项,立案317起,罚款284万元。", "admin_penalty_cases", []),
    ("百日攻坚开展一周已检查企业1800家次,发现违法行为16332项,立案317起,罚款284万元。", "admin_penalty_amount", []),
    ("全年开展3天集中法治培训,参训人员200人。", "training_participants", [200]),
    # the latest of clean-ups held every two years, in no year stated
    ("每隔两年组织规范性文件全面清理,最近一次清理共97个文件被宣布废止。", "normative_docs_repealed", []),
])
def test_only_the_figure_the_indicator_counts_is_read(phrase, indicator, expected):
    assert [row["value"] for row in readings(phrase) if row["indicator"] == indicator] == expected


@pytest.mark.parametrize("phrase, expected", [
    # a body named after 其中 with what it did gives its own figure beside the total
    ("全年办结行政复议案件29.3万件，其中司法部办结国务院行政复议案件4644件。", [293000, 4644]),
    ("全市共受理行政复议案件500件，其中市本级受理120件。", [500, 120]),
    # a way of doing it, or a kind of case, stays a part of the total
    ("全年办结行政复议案件29.3万件，其中以调解方式办结3.7万件。", [293000]),
    ("全市共受理行政复议案件500件，其中涉企案件120件。", [500]),
])
def test_a_body_s_own_figure_after_qizhong_stands_beside_the_total(phrase, expected):
    assert [row["value"] for row in readings(phrase)] == expected


def test_a_sentence_opening_with_qizhong_breaks_down_what_the_sentence_before_states_after_its_own_qizhong():
    # the month's penalties and fines come after the serious hazards that one 其中 counts: still the totals the kinds of
    # firm break down
    text = ("7月份，全州检查企业29家次，发现各类隐患165条，其中发现重大安全隐患14条，处罚次数4次，处罚金额23万元。"
            "其中：非煤矿山行业检查企业16家次，实施行政处罚3次，处罚金额20万元；工贸行业检查企业5家，处罚金额3万元。")
    assert [(row["indicator"], row["value"]) for row in readings(text)] == [("admin_penalty_cases", 4),
                                                                         ("admin_penalty_amount", 230000)]


def test_figures_of_a_plan_section_are_not_facts():
    text = "一、2023年工作成效\n召开政府常务会议12次。\n二、2024年工作计划\n召开政府常务会议15次。"
    structure = parse_structure(text, KNOWLEDGE, 2023)
    assert [r["value"] for r in extract(text, structure, KNOWLEDGE)["indicators"]] == [12]


def test_a_figure_whose_clause_only_sums_up_totals_the_figure_of_its_kind_before_it():
    text = "乡级法律明白人培训20场,村级培训105场,总共进行了125场,共计1457人次。"
    assert [(row["indicator"], row["value"]) for row in readings(text)] == [("training_sessions", 125)]
    # … not a figure of another measure, which is not that kind's total
    assert [row["value"] for row in readings("开展法治培训105场,总共进行了300人次。")] == [105]
    # … nor one that sums with it a figure of another kind, or one carried over from the year before: it counts neither
    assert [(row["indicator"], row["value"]) for row in readings("开展普法宣传活动20场,开展法治讲座10场,合计30场。")] \
        == [("publicity_events", 20), ("law_lectures", 10)]
    assert [(row["indicator"], row["value"]) for row in readings("共收到政府信息公开申请58件,上年结转3件,共计61件。")] \
        == [("disclosure_requests", 58)]


def test_a_foreword_s_span_frames_no_section_of_a_page_that_lost_its_line_breaks():
    # one line, as a page copied without its paragraphs: the span heads the foreword, not the numbered sections
    text = ("去年以来,市政府认真贯彻落实法治政府建设实施纲要,深入推进依法行政。现将有关情况报告如下。一、加快政府职能转变"
            "市政府深化简政放权改革。(一)深入推进简政放权。先后分3批调整行政权力事项共计278项。")
    assert [(r["indicator"], r["value"]) for r in extract(text, parse_structure(text, KNOWLEDGE), KNOWLEDGE)["indicators"]] \
        == [("power_list_items", 278)]
    framed = text.replace("现将有关情况报告如下。一、加快政府职能转变", "").replace("(一)深入推进简政放权。", "")
    assert extract(framed, parse_structure(framed, KNOWLEDGE), KNOWLEDGE)["indicators"] == []  # one paragraph: the span's


def test_figures_in_a_section_on_shortcomings_are_not_facts():
    text = "一、主要成效\n组织法治培训1次。\n二、存在的不足\n仍有2名执法人员参加培训不足1次。"
    structure = parse_structure(text, KNOWLEDGE, 2023)
    assert [r["value"] for r in extract(text, structure, KNOWLEDGE)["indicators"]] == [1]


def test_a_target_in_a_fact_section_is_not_a_fact():
    text = "全年举办法治讲座15场次，确保每年至少举办法治讲座20场次。"
    assert [r["value"] for r in readings(text)] == [15]


def test_subtypes_after_qizhong_do_not_repeat_the_total():
    text = "受理行政复议案件20件，其中受理行政复议案件中涉及征收的5件。"
    assert [r["value"] for r in readings(text)] == [20]


def test_the_principal_heads_appearances_after_all_heads_are_a_part_of_them():
    text = "负责人出庭案件837件,负责人出庭应诉率为100%,正职负责人出庭案件76件,正职负责人出庭应诉率为9.08%。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("head_court_appearances", 837), ("head_appearance_rate", 100)]
    # … and so is their rate in a later paragraph
    assert [r["value"] for r in readings("负责人出庭应诉率为100%。\n审理的行政案件中,正职负责人出庭应诉率为11.43%。")] == [100]
    # stated alone, they are the reporter's
    assert [r["value"] for r in readings("街道主要负责人主动出庭应诉1宗。")] == [1]


def test_one_kind_after_all_of_it_is_a_part_of_it():
    # one kind of legal aid after all legal aid, one kind of penalty after all penalties
    text = "全年共受理法援案件106871件。办理法律援助诉讼案件93950件,诉讼案件占比87.9%。全年共受理刑事法律援助案件18122件。"
    assert [r["value"] for r in readings(text)] == [106871]
    assert [r["value"] for r in readings("其中,行政处罚19件,给予警告行政处罚12件,限期停止活动1件。")] == [19]
    # stated alone, a kind is the reporter's
    assert [r["value"] for r in readings("全年共受理刑事法律援助案件18122件。")] == [18122]


def test_kinds_of_a_narrower_total_are_no_count_of_the_broader_indicator():
    # every dispute resolved is one handled (schema/checks.yml): its kinds are no count of those handled
    text = "通过人民调解成功化解矛盾纠纷35件,其中重大纠纷3件,疑难纠纷16件,一般纠纷16件。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("disputes_resolved", 35)]
    # … but only the figure right before 其中 is broken down: the losses before a rate break nothing down
    text = "审结117件,败诉12件,负责人出庭率为100%,其中,我局代理市政府为被告案件出庭应诉共计31件。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("litigation_losses", 12), ("head_appearance_rate", 100), ("litigation_cases", 31)]


def test_the_companies_of_one_sector_after_all_companies_penalised_are_parts():
    text = ("对1114家企业实施行政处罚,处罚金额为1624.09万元。其中,对54家危险化学品企业行政处罚207.2万元;"
            "对663家工贸企业行政处罚636.89万元。")
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("admin_penalty_cases", 1114), ("admin_penalty_amount", 16240900)]


def test_an_average_fine_is_no_amount_of_fines():
    text = "全国共下达环境行政处罚决定书13.28万份,罚没款数额总计116.87亿元,案件平均罚款金额8.8万元。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("admin_penalty_cases", 132800), ("admin_penalty_amount", 11687000000)]


def test_the_ones_that_spell_out_a_slogan_of_ones_are_no_counts():
    text = "开展学习宣传习近平法治思想“四个一”(一次领导干部原文诵读、一次青年干部心得分享、一次学习培训专题研讨)活动。"
    assert readings(text) == []
    text = "宣传活动采取“1+1+N”形式开展,即主办一场“宪法宣传周”集中普法宣传活动,召开一次新闻发布会。"
    assert readings(text) == []
    # without the slogan, one event is the year's count
    assert [(r["indicator"], r["value"]) for r in readings("主办一场“宪法宣传周”集中普法宣传活动。")] == [
        ("publicity_events", 1)]


def test_the_cases_of_each_instance_are_parts_of_the_cases_before():
    text = "全年开庭审理行政诉讼案件137件。其中,一审案件开庭95件;二审开庭42件。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("litigation_cases", 137)]


@pytest.mark.parametrize("phrase, expected", [
    # parts listed after their total with no 其中, adding up to it exactly, are its kinds
    ("通过门户网站主动公开信息11537条,公开概况类信息368条,公开政务动态类信息2188条,公开信息公开目录信息8981条。", [11537]),
    # … and so are kinds named after it in its sentence that do not add up to it
    ("通过门户网站主动公开信息11537条,公开概况类信息368条,公开政务动态类信息2188条。", [11537]),
])
def test_kinds_listed_after_their_total_are_no_figures_of_their_own(phrase, expected):
    assert [row["value"] for row in readings(phrase) if row["indicator"] == "info_disclosed"] == expected


def test_the_kinds_of_what_a_sentence_disclosed_are_no_figures_of_their_own():
    text = "我场共主动公开政府信息238条,其中,公开指南1条,政策文件5条,解读回应13条,权责清单1条,营商环境12条。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("info_disclosed", 238)]


def test_the_kinds_of_a_disclosed_total_no_rule_reads_are_no_figures_either():
    text = "向社会公众公开涉及住建委职能相关工作动态和各类政府信息660条,其中,公开招标与中标信息114条。"
    assert readings(text) == []
    # … nor those of a total no cue names (更新发布信息17条)
    text = "全年累计在政府门户网站更新发布信息17条,其中乡镇概况1条,部门文件10条,信息公开指南1条,信息公开年度报告1条。"
    assert readings(text) == []


def test_what_a_disclosure_total_s_kinds_are_said_to_be_is_never_a_total():
    # after a count of what the sentence names (8个板块), in a sentence that opens with 其中, in a list of 分别
    for text in ("按期更新8个板块:其中公开通知公告36条,政府信息公开年度报告105条。",
                 "2023年共主动公开信息132条。其中:主动网站信息公开78条,微信公众号信息公开24条。",
                 "主动公开运输服务、建设市场管理等重点领域信息分别22条、34条。",
                 "我局主动公开政府信息50条。在主动公开的信息中,政策法规类的信息4条,信息公开30条。",
                 # … or in a paragraph of their own, right after the total's
                 "截至2022年12月31日,累计主动公开政府信息12条。\n在主动公开的信息中,政务信息公开指南1条,占8%;其他公文5条,占41%。",
                 # … or after 具体包括
                 "2023年新增主动公开政府信息130条,具体包括镇政府公开信息公开年报1条,机构职能1条,政务活动25条。"):
        assert [r for r in readings(text) if r["indicator"] == "info_disclosed"
                and r["value"] not in (132, 50, 12, 130)] == [], text


def test_a_kind_named_right_after_the_information_it_is_of_is_no_total_nor_is_every_year_s_sum():
    # 主动公开政府信息中机构职能类信息1条: one kind of the entries; 历年累计…93条: all years' entries, not the year's
    text = ("2023年度我局共主动公开政府信息6条。主动公开政府信息中机构职能类信息1条,占比16.7%;其他类信息5条,占比83.3%。"
            "历年累计主动公开信息93条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [6]


def test_a_total_that_only_sums_up_its_parts_is_read_as_they_are_and_they_are_its_parts():
    # 合计共221条: the total of the entries of the figures before it, which are its parts
    text = "主动公开发布基础信息135条,主动公开发布重大建设项目领域信息5条,水利领域信息81条,合计共221条。"
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [221]


def test_a_colon_right_after_a_total_opens_its_parts_as_qizhong_does():
    text = "全年主动公开政府信息总数171条:基层政务公开领域信息124条,工作动态34条,预算决算4条,其他政府信息4条。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("info_disclosed", 171)]


def test_a_disclosure_total_s_kinds_listed_by_enumerators_after_it_are_no_totals():
    # 一是…二是… after the total just read: its kinds or channels, however each is worded
    text = ("2024年,茅溪镇累计公开政府信息1024条,其中,政府网站公开信息52条,融媒体公开信息568条。\n"
            "一是突出乡村振兴、巩固脱贫攻坚成果信息公开215条;二是开展安全生产、道路交通等信息公开289条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [1024]
    # … but with no total before them, an enumerated count is the year's
    assert [r["value"] for r in readings("一是通过政府网站公开政府信息215条。")
            if r["indicator"] == "info_disclosed"] == [215]


def test_a_sentence_on_one_channel_after_a_disclosure_total_is_a_part_of_it():
    # …共主动公开各类政府信息308条。其中:…105条。通过公示栏张贴公开信息71条。: the notice board's part of the 308
    text = ("2023年大兴乡人民政府共主动公开各类政府信息308条。其中:通过县政府网站发布预算信息1条;"
            "通过乡级微信公众号公开发布工作信息动态105条。通过公示栏张贴公开信息71条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [308]
    # … or in a paragraph of its own after only its item's heading (1、政府网站。), the total in the paragraph before
    text = ("截止2018年12月底,我乡主动公开政府信息2873条,其中,通过政府网站公开政府信息1600条;"
            "利用微信公众号公开政府信息450条。\n1、政府网站。通过政府门户网站公开信息1600条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [2873]
    # … or after an enumerated item's heading of its own (一是深化重点领域公开。), or in a sentence after a numbered
    # heading (1、进一步加强政府信息主动公开。一是…)
    for text in ("2023年通过政府信息公开网站主动公开各类政府信息789条。\n"
                 "一是深化重点领域公开。及时全面准确公开部门文件12件、疫情防控信息71条。",
                 "全年共主动发布各类信息9400条。\n1、进一步加强政府信息主动公开。一是加强权力配置运行方面信息公开,"
                 "全年公开政府常务会议信息15条。"):
        assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] in ([789], [9400]), text
    # … or in a clause of the total's own sentence, but not after another channel's count
    text = ("2024年娄家店乡主动公开政府信息95条,通过政府门户网站主动公开各类动态信息15条,政府文件41条,"
            "利用公告栏主动公开各类信息39条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [95]
    text = "一年来,我局通过局网站公开政府信息484条,通过微信公众号公开政府信息299条。"
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [484, 299]
    # … but not a channel's count above the total, which is no part of it (new media's posts beside the entries)
    text = "全年我局门户网站主动公开政府信息579条。通过官方微信、微博平台公开政府信息2809条。"
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [579, 2809]


def test_paragraphs_that_break_down_a_total_by_what_they_see_it_by_are_its_parts():
    # 从公开渠道来看,… / 从公开内容来看,…一是…: the channels and the topics of the 106 stated above them
    text = ("1.信息发布情况。2023年,累计公开政府信息106条。\n"
            "从公开渠道来看,政府网站公开信息103条,占比97.2%;市财政局内网门户网站公开信息3条,占比2.8%。\n"
            "从公开内容来看,我局重点推进五个方面的信息公开。一是依法依规公开疫情信息和资金保障措施1条。"
            "五是进行财政预决算公开、部门预决算代公开信息59条。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"] == [106]


def test_a_count_since_a_year_written_without_its_nian_or_run_into_this_year_is_not_the_year_s():
    # 2010以来 (its 年 left out), 2023年至今年10月 (a year named is no 今年): counts over years
    for text, year in (("2010以来,全省共开展各类法律进农牧区活动1万余场次,受教育人数200万余人(次)。", 2015),
                       ("2023年至今年10月,我省通过“三调对接”机制,成功化解矛盾纠纷70余万件。", 2025),
                       ("2023年至今年10月,我省通过“三调对接”机制,成功化解矛盾纠纷70余万件。", None)):
        assert readings(text, year) == [], text
    # … but a count since the year reported on is that year's
    assert [r["value"] for r in readings("2015以来,全省共开展各类法律进农牧区活动1万余场次。", 2015)] == [10000]
    # … and the items a semicolon divides after a count since an earlier year run from it too, unless one names its
    # own time
    text = "2022年以来,叶县各级调委会共调解案件20034件,调解成功19818件;开展矛盾纠纷预防化解排查8386次,排查矛盾纠纷1132件。"
    assert readings(text, 2024) == []
    text = "2022年以来,叶县各级调委会共调解案件20034件;2024年排查矛盾纠纷1132件。"
    assert [r["value"] for r in readings(text, 2024)] == [1132]


def test_the_nation_s_figure_is_none_of_a_reporter_that_stands_in_a_province():
    """全国环境行政处罚案件共下达处罚决定书72192份 on a 临沂 page is the nation's; a national body's report (no province)
    publishes it, and a title, a rank or an observance the nation gives scopes no figure (全国土地日宣传册20000余份)."""
    national = "1-6月,全国环境行政处罚案件共下达处罚决定书72192份。"
    named = "活动共发放全国土地日宣传册、宅基地小知识等各类宣传材料20000余份。在全国率先开展普法宣传活动30场。"
    for text, expected in ((national, []), (named, [20000, 30])):
        structure = parse_structure(text, KNOWLEDGE, report_year=REPORT_YEAR)
        assert [row["value"] for row in extract(text, structure, KNOWLEDGE, REPORT_YEAR,
                                                below_the_nation=True)["indicators"]] == expected
    assert [row["value"] for row in readings(national)] == [72192]


def test_advice_given_aloud_is_no_written_opinion():
    text = "县政府法律顾问对全县涉法事务出具书面法律意见42份,参加会议并提出口头法律意见64次。"
    assert [r["value"] for r in readings(text) if r["indicator"] == "legal_adviser_opinions"] == [42]


def test_kinds_counted_before_the_entries_they_hold_are_no_entries():
    # 七大类48项信息共8989条: the 48 are kinds of information, 10项民生实事 projects; the entries are what is disclosed
    for text, kinds in (("集中公开七大类48项信息共8989条。", 48), ("及时公开10项民生实事信息28条,提升群众满意度。", 10)):
        assert kinds not in [r["value"] for r in readings(text) if r["indicator"] == "info_disclosed"], text


def test_a_total_followed_by_zhong_opens_its_parts_as_qizhong_does():
    text = "新受理的行政复议151件中,被申请人为县政府部门的案件数量为140件。"
    assert [r["value"] for r in readings(text)] == [151]
    # … with its noun after the count (450件案件中): each procedure's cases are parts of them
    text = "在履行处罚职权结案的450件案件中,一般程序处罚结案346件,简易程序处罚结案17件。"
    assert readings(text) == []
    # … and so do the applications just named followed by 中: the acts they challenge, no penalties or disclosures
    text = "收到的行政复议申请中,行政处罚8件,行政确认12件,行政强制措施3件,信息公开2件。"
    assert readings(text) == []


def test_a_figure_in_brackets_right_after_a_figure_is_a_part_of_it():
    # the bracket breaks the 85 down, as 其中 would; the figure after the bracket is its own again
    text = "共收到行政复议申请85件(通过网上复议渠道申请8件),经审查后受理70件。"
    assert [r["value"] for r in readings(text)] == [85, 70]
    # … but a bracket after words, not after a figure, is no breakdown
    assert [r["value"] for r in readings("办理行政复议案件(含网上申请)12件。")] == [12]


def test_a_part_of_a_figure_no_indicator_counts_is_no_figure():
    # the 48 reviews name no indicator, so their contracts are a share of something unnamed
    text = "对涉企文件、经济合同等事项实施“双审查”48次(其中22个经济合同,17个文件)。"
    assert readings(text) == []
    # … while a zero in brackets is its own statement (无行政败诉)
    assert [(r["indicator"], r["value"]) for r in readings("累计收到法院判决书41份(无行政败诉)。")] == [
        ("litigation_losses", 0)]


def test_parts_of_totals_that_name_no_indicator_are_items():
    # the 365 cases entered name no indicator, so the penalty cases among them are the reporter's
    text = "录入案件365件。其中行政检查353件;行政处罚案件12件。"
    assert [r["value"] for r in readings(text)] == [12]
    # two totals, each with its own 其中: each part is an item, since neither total names an indicator
    text = "全市办件30751件,其中行政许可16634件;市本级办件9651件,其中行政许可9310件。"
    assert [r["value"] for r in readings(text)] == [16634, 9310]


def test_qizhong_opens_parts_to_the_end_of_its_sentence():
    text = ("本年度对生产经营单位作出行政处罚47件,罚款金额共计520.5万元,其中:一般行政处罚38件,罚款金额130.5万元;"
            "事故处罚9件,罚款金额390万元。")
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("admin_penalty_cases", 47), ("admin_penalty_amount", 5205000)]


def test_a_total_stated_after_its_parts_leaves_them_no_figures():
    text = ("本年度共办理行政处罚案件42起;其中适用简易程序案件40起,累计罚款11100元;"
            "适用普通程序案件2起,罚款7900元,全年罚款总额达19000元。")
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("admin_penalty_cases", 42), ("admin_penalty_amount", 19000)]


def test_a_line_that_only_says_qizhong_opens_parts_of_the_paragraph_before():
    text = ("2023年全国各级行政复议机构新收案件38.5万件,办结35.2万件。经行政复议后,有27万件案件未再进入诉讼程序。\n"
            "其中,\n·办理土地管理领域行政复议案件1.7万件,办理知识产权领域案件2899件。")
    assert [r["value"] for r in readings(text) if r["indicator"] == "reconsideration_received"] == [385000]


def test_a_sentence_opening_with_qizhong_is_all_parts_of_the_sentence_before():
    text = ("全区城管执法部门共办结行政执法案件886件,处罚金额144.6万余元。"
            "其中,简易程序案件528件,处罚金额4.6万余元;普通程序案件358件,处罚金额140万余元。")
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("admin_penalty_amount", 1446000)]


def test_the_cases_of_one_procedure_are_a_share_of_the_cases_stated():
    text = "行政处罚案件12件,比去年下降20%;适用简易程序处罚案件4件,适用一般程序处罚8件。"
    assert [r["value"] for r in readings(text)] == [12]
    # after 其中, even when the total is written without naming penalties
    assert readings("全年共办理案件79起,其中简易程序案件37起,一般程序案件42起。") == []
    # … and a share of all cases by mode (非现场) too
    text = "共办理行政处罚案件9278起;办理非现处罚案件6438起,占全部处罚案件的69.39%。"
    assert [r["value"] for r in readings(text)] == [9278]
    # with no total stated, each procedure's cases are the reporter's
    assert [r["value"] for r in readings("街道一般程序立案142起,简易程序立案816起。")] == [142, 816]


def test_the_amount_of_a_part_is_no_amount_of_all_cases():
    # the fines stated after one procedure's cases are that procedure's, with no total amount to stand beside
    text = "全年办理行政处罚案件100件。其中,一般程序案件20件,罚款金额为2万元;简易程序案件80件,罚款0.5万元。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("admin_penalty_cases", 100)]
    # … and one kind of penalty's (the environmental law's daily fines), after its cases
    text = ("全国共下达环境行政处罚决定书13.28万份。全国五类案件总数为15454件。"
            "其中,按日连续处罚案件数量为199件,罚款金额为18580.62万元;适用查封、扣押案件数量为8897件。")
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("admin_penalty_cases", 132800)]
    # but a part's brackets closed, the amount after them is all the cases'
    text = "共计立案查处390件(其中简易程序110件,普通程序280件),共处罚款金额136161元。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("admin_penalty_cases", 390),
                                                                      ("admin_penalty_amount", 136161)]


def test_some_of_a_group_just_named_are_not_its_count():
    text = "现有执法人员25人。退出岗位执法人员中1人为退休人员。"
    assert [r["value"] for r in readings(text)] == [25]


def test_what_was_turned_away_is_not_what_was_received():
    assert [r["value"] for r in readings("共收到行政复议申请85件,不予受理6件。")] == [85]
    # a gloss in brackets is not the figure's own words
    assert [r["value"] for r in readings("区政府受理(不予受理)行政复议案件3件。")] == [3]


def test_a_list_paired_with_its_figures_by_fenbie_gives_each_figure_its_own_item():
    # 分别: the first figure is the first item's, the second the second's, whatever cues the others hold
    assert [(r["indicator"], r["value"]) for r in readings("全年受理和办结行政复议案件分别为20件、18件。")] == [
        ("reconsideration_received", 20), ("reconsideration_concluded", 18)]
    assert [(r["indicator"], r["value"]) for r in readings("行政诉讼案件败诉率、出庭率分别为3.2%、100%。")] == [
        ("litigation_loss_rate", 3.2), ("head_appearance_rate", 100)]
    # … the earlier items share the last item's object (纠纷量), and its verb's `not` words stay its own
    assert [(r["indicator"], r["value"]) for r in readings("全市调解、排查和预防纠纷量分别为23.9万件、35.05万件和2.3万件。")
            if r["value"] == 23000] == []
    # … unless an earlier item ends on that object's head word (调处率: its own rate, though 调处 reads as a verb)
    assert [(r["indicator"], r["value"]) for r in readings("调处率和调处成功率分别达到99.7%和97%。")] == [
        ("mediation_success_rate", 97)]
    # … but a list of bodies that each did the same is no pairing: one figure follows 分别
    assert [(r["indicator"], r["value"]) for r in readings("市委理论学习中心组、市政府常务会议分别举办2次法治专题讲座。")] == [
        ("law_lectures", 2)]


def test_laws_listed_before_a_count_of_events_are_their_topic_not_kinds_of_them():
    # 行政处罚法 names a law the trainings were on, not penalty cases
    assert [(r["indicator"], r["value"]) for r in readings("组织开展行政处罚法、行政许可法专题培训3次。")] == [
        ("training_sessions", 3)]
    text = "落实委党组会学法制度,学习传染病防治法、政务数据共享条例、卫生健康行政处罚程序规定等法律法规6次。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("law_study_sessions", 6)]
    # … but work named like a law (立法, 普法, 执法) is a kind of work, and these kinds are no one indicator
    assert readings("我省涉农立法、普法、执法、审批等工作先后4次在全国会议上做经验交流。") == []


def test_the_figure_a_change_came_from_is_not_published():
    assert [r["value"] for r in readings("我市行政许可事项清单401项调整为400项。")] == [400]
    # … whoever set it (由省规定的75项): the figure before 缩减为 is the one it came down from, and
    # the figure after reads only its own words (a list may have become a narrower one)
    assert [r["value"] for r in readings("审批事项由省规定的75项缩减为44项。")] == []


def test_a_count_written_without_a_unit_is_still_the_next_item_of_a_list():
    # 1521 has no measure word but counts the 法律明白人 written right after it, who are not the 28 法律顾问
    text = "全县26个乡镇(街道)中28名村(居)法律顾问、1521法律明白人,以其所在村(社区)为主阵地开展精准普法。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("legal_literates", 1521)]


def test_a_list_borrows_the_verb_the_tagger_takes_for_a_noun():
    # jieba tags 集中学习 a noun; the words before the first item's object still name the list
    assert [(r["indicator"], r["value"]) for r in readings("机关集中学习法律、法规3次。")] == [("law_study_sessions", 3)]
    assert [(r["indicator"], r["value"]) for r in readings("截至目前,主动公开人事、财政、政务等各类信息118条。")] == [
        ("info_disclosed", 118)]
    # … but an item with a figure of its own lends no noun to the next (子项: sub-items)
    assert [r["value"] for r in readings("确认公共服务事项98项、子项157项。") if r["value"] == 157] == []


def test_a_routine_stated_by_another_item_of_a_list_leaves_a_figure_a_fact():
    # 每月 is the second item's routine; the first item, with its own verb, states the year's count
    assert [(r["indicator"], r["value"]) for r in readings("2024年共开展周例会学法11次、党委会定期学法每月1次。")] == [
        ("law_study_sessions", 11)]
    # … but a routine before a list governs every item of it, and an item without a verb borrows it
    assert readings("每年至少举办2期法治培训、开展3次法律知识考试。") == []
    assert readings("每年组织法治培训、法律考试各1次。") == []


def test_a_list_item_with_a_subject_and_a_verb_of_its_own_borrows_no_topic():
    # the staff's 学习 is study of its own, not the theory group's law study before it
    assert [(r["indicator"], r["value"]) for r in readings("今年共开展中心组学法12次、干部职工学习48次。")] == [
        ("law_study_sessions", 12)]
    # … but an item that opens on its verb goes on with the list's topic (the trainings' attendance)
    assert [(r["indicator"], r["value"]) for r in readings("组织法律知识培训及专题讲座3场、参加人员256人次。")] == [
        ("law_lectures", 3), ("training_participants", 256)]


def test_the_remainder_of_a_list_borrows_no_verb():
    # 其他事项 are the rest of what was reviewed, of no one kind: not normative documents
    text = "全年共审查行政机关合同178件、党政规范性文件1件、其他事项48件。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [
        ("legal_adviser_reviews", 178), ("normative_docs_reviewed", 1)]


def test_a_list_item_another_figure_counts_names_no_kind_of_the_next():
    # 党组(扩大)会议等6次 are Party-group meetings; the theory group's 学习 is the 5's
    text = "召开理论学习中心组学习5次、党组(扩大)会议等6次、党组会议23次。"
    assert [(r["indicator"], r["value"]) for r in readings(text)] == [("law_study_sessions", 5)]


def test_figures_a_later_clause_sums_up_are_its_parts():
    # sum_words: the total's clause sums the clauses before it, not the items its own clause lists before it
    summed = readings("罚没金额48.69058万元，没收非法所得金额1.08314万元，罚没共计49.77372万元")
    assert [(row["indicator"], row["value"]) for row in summed] == [("admin_penalty_amount", 497737.2)]
    listed = readings("举办习近平法治思想专题讲座1期、举办法治建设专题培训班以及“百名法学家百场报告会”合计3场次")
    assert [(row["indicator"], row["value"]) for row in listed] == [("law_lectures", 1), ("law_lectures", 3)]
    # …but a later total its figures make up only a little of is another count's (SUMMED_SHARE)
    apart = readings("全年党工委理论中心组组织3次学法活动，主任办公会例行组织领导干部学法共计26次")
    assert [(row["indicator"], row["value"]) for row in apart] == [("law_study_sessions", 3), ("law_study_sessions", 26)]


def test_after_a_total_of_cases_of_all_kinds_a_smaller_figure_is_one_kind_s():
    """全年共查处各类经济违法案件…: the figures a later sentence gives for one kind of case (不正当竞争案件, 知识产权案件) are
    parts of that whole, no count or amount of the year's; a figure of another indicator stays (kinds_of_all_kinds)."""
    text = ("全年共查处各类经济违法案件19.25万宗，罚没金额11.72亿元，举办普法讲座3场。在查处的案件中，不正当竞争案件2505宗，"
            "罚没金额8533.08万元；知识产权案件1.07万宗，罚没金额1.45亿元。")
    assert sorted((row["indicator"], row["value"]) for row in readings(text)) == [
        ("admin_penalty_amount", 1172000000), ("admin_penalty_cases", 192500), ("law_lectures", 3)]


def test_a_sentence_that_opens_with_including_lists_the_parts_of_the_total_before_it():
    """主动公开政府信息总数600余条。包括…: as after 其中, the figures of a sentence that opens with 包括 are parts of the
    total the sentence before it gives, none a count of its own (PARTS_OPENINGS)."""
    text = ("2024年，我委主动公开政府信息总数600余条。包括政务信息动态39条，义务教育领域信息公开数30条；"
            "通过政务新媒体公开信息数276条，通过报刊公开信息数92条。")
    assert [(row["indicator"], row["value"]) for row in readings(text, 2024)] == [("info_disclosed", 600)]
