"""Sections come from the report's own headings; plan sections are marked."""
from ruleoflaw.structure import parse_structure

TEXT = ("现将本县2023年工作报告如下:\n"
        "一、2023年法治政府建设情况\n"
        "(一)强化理论武装,持续深入学习。一是制定方案。二是落实制度。\n"
        "(二)加大普法力度\n"
        "正文一段。\n"
        "二、2024年工作安排\n"
        "(一)工作思路\n"
        "继续推进。")


def test_headings_take_their_level_from_their_marker(knowledge):
    structure = parse_structure(TEXT, knowledge, 2023)
    headings = [(s["level"], s["title"]) for s in structure["sections"][1:]]
    assert headings == [(2, "一、2023年法治政府建设情况"), (3, "(一)强化理论武装,持续深入学习。"),
                        (3, "(二)加大普法力度"), (2, "二、2024年工作安排"), (3, "(一)工作思路")]


def test_a_heading_that_runs_on_into_text_ends_at_its_full_stop(knowledge):
    structure = parse_structure(TEXT, knowledge, 2023)
    paragraphs = [TEXT[b["start"]:b["end"]] for b in structure["blocks"] if b["kind"] == "paragraph"]
    assert "一是制定方案。二是落实制度。" in paragraphs


def test_sections_about_next_year_and_their_children_are_plans(knowledge):
    sections = parse_structure(TEXT, knowledge, 2023)["sections"]
    assert [s["title"] for s in sections if s["plan"]] == ["二、2024年工作安排", "(一)工作思路"]


def test_a_section_of_shortcomings_is_a_plan_unless_it_names_the_results_too(knowledge):
    text = ("一、2022年推进法治政府建设主要举措、成效和不足\n(一)持续优化营商环境。106项政务服务事项入驻市民中心。\n"
            "二、存在的不足\n执法人员不足10人。")
    sections = parse_structure(text, knowledge, 2022)["sections"]
    assert [s["title"] for s in sections if s["plan"]] == ["二、存在的不足"]


def test_a_heading_that_names_a_plan_document_or_another_body_s_ideas_is_no_plan(knowledge):
    """A document named in 《》 tells no plan of the report's own, though its years run past the report year; nor do
    another body's 思路 (市委“1313”思路举措) a section of what was done follows."""
    text = ("(一)贯彻落实《法治政府建设实施纲要(2021-2025年)》取得明显成效\n全年办理行政复议案件5件。\n"
            "二、紧密围绕市委“1313”思路举措推动法治建设\n开展普法宣传活动30场次。\n三、2024年工作思路\n开展活动40场次。")
    sections = parse_structure(text, knowledge, 2023)["sections"]
    assert [s["title"] for s in sections if s["plan"]] == ["三、2024年工作思路"]


def test_a_section_on_how_a_plan_was_carried_out_is_no_plan(knowledge):
    text = ("(三)行政执法案件情况。本年度共办理行政处罚案件42起。\n(四)行政执法年度计划的制定及完成情况。"
            "本年度,我单位严格落实行政执法年度计划,组织开展双随机季度检查7批次。\n(五)2024年工作计划\n开展检查10批次。")
    sections = parse_structure(text, knowledge, 2023)["sections"]
    assert [s["title"] for s in sections if s["plan"]] == ["(五)2024年工作计划"]


def test_a_document_titled_as_a_plan_alone_is_all_plan(knowledge):
    """A plan's table (2023年“双随机、一公开”抽查工作计划, its rows 抽查数量 1户) states no fact of the year; a report
    on a year and a plan for the next, or a first line that is a paragraph naming another body's plan, is no plan."""
    plan = "2023年“双随机、一公开”抽查工作计划 | ||||\n1 | 上高县市场监督管理局 | 对特种设备的行政检查 | 1户 |"
    assert parse_structure(plan, knowledge, 2023)["sections"][0]["plan"]
    for text in ("关于2023年法治政府建设工作情况和2024年工作计划的报告\n全年办理行政复议案件5件。",
                 "根据区司法局工作安排,阴平镇开展了2021年度“法律明白人”评选工作,评选出“法律明白人”162名。",
                 "工作计划\n当前位置:首页 > 工作计划\n全市行政复议工作总结\n2019年全市各级行政复议机关共收到行政复议申请469件。"):
        assert not parse_structure(text, knowledge, 2023)["sections"][0]["plan"]


def test_every_sentence_lies_inside_its_section_and_the_text(knowledge, bundled_records):
    for record in bundled_records.values():
        structure = record["structure"]
        for sentence in structure["sentences"]:
            section = structure["sections"][sentence["section"]]
            assert section["start"] <= sentence["start"] < sentence["end"] <= section["end"]
            assert record["text"][sentence["start"]:sentence["end"]].strip()


def test_headings_are_classified_into_the_domain_they_clearly_belong_to(knowledge):
    text = ("一、加强社会矛盾纠纷行政预防调处化解\n(一)发挥行政复议化解行政争议主渠道作用\n(二)健全调解机制\n"
            "二、全面落实“谁执法谁普法”\n三、坚持依法行政，推进法治政府建设")
    domains = [(s["title"], s["domain"]) for s in parse_structure(text, knowledge, 2023)["sections"][1:]]
    assert domains == [("一、加强社会矛盾纠纷行政预防调处化解", "disputes"),
                       ("(一)发挥行政复议化解行政争议主渠道作用", "reconsideration"),
                       ("(二)健全调解机制", "disputes"),
                       ("二、全面落实“谁执法谁普法”", "publicity"),
                       ("三、坚持依法行政，推进法治政府建设", None)]


def test_a_page_s_time_stamp_ends_a_sentence_on_a_page_run_into_one_line(knowledge):
    # its headline, with no full stop, and its chrome are no part of the body's first sentence
    text = ("去年依法办结行政复议案件29.3万件发布时间:2024-04-28 02:36:39 来源:本报北京4月1日电 "
            "2023年,全国新收行政复议案件31.5万件。")
    sentences = [text[s["start"]:s["end"]] for s in parse_structure(text, knowledge)["sentences"]]
    assert sentences == ["去年依法办结行政复议案件29.3万件发布时间:",
                         "2024-04-28 02:36:39 来源:本报北京4月1日电 2023年,全国新收行政复议案件31.5万件。"]
    # a date with no time of day is prose's
    assert len(parse_structure("2024-04-28发布的报告显示,全国新收行政复议案件31.5万件。", knowledge)["sentences"]) == 1
