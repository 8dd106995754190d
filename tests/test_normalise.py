"""Normalisation removes site chrome, keeps every sentence, and unifies script and width."""
import re
import unicodedata

from conftest import REPORTS
import opencc
import pytest
from hypothesis import given, strategies as st

from ruleoflaw.normalise import close_spaced_out, detect_script, fold_chinese_dates, fold_width, normalise, unwrap


def test_site_chrome_is_removed_and_header_fields_kept(knowledge):
    raw = (REPORTS / "001_d6eaf61c1023c0d0.txt").read_text(encoding="utf-8")
    text = normalise(raw, knowledge)["text"]
    assert "无障碍版" not in text and "您当前的位置" not in text and "分享" not in text
    assert text.startswith("港口镇2021年法治政府建设年度报告\n信息来源:本网 发布日期:2022-02-14\n")


def test_runs_of_dividers_at_a_line_s_ends_are_no_text(knowledge):
    raw = "||||海盐县市场监督管理局2022年度政府信息公开工作年度报告 ||||||||\n|||||||||\n一、总体情况\n全年公开信息222条。\n| 行政复议 | 25 |"
    lines = normalise(raw, knowledge)["text"].split("\n")
    assert lines[:2] == ["海盐县市场监督管理局2022年度政府信息公开工作年度报告", "一、总体情况"]
    assert lines[-1] == "| 行政复议 | 25 |"   # a table's row keeps its cells


def test_a_pages_font_size_switch_is_chrome_and_no_title(knowledge):
    raw = "字体大小:【大】 【中】 【小】\n标题:长治市上党区统计局2020年工作总结\n2020年,我局全面推进依法统计。"
    assert normalise(raw, knowledge)["text"].split("\n")[0] == "标题:长治市上党区统计局2020年工作总结"


def test_a_sites_name_over_its_page_is_chrome_but_a_sentence_on_a_portal_is_kept(knowledge):
    raw = "天津政务网\n岳阳市云溪区政府门户网站\n依托区门户网站\n2025年,全区主动公开信息20条。"
    assert normalise(raw, knowledge)["text"].split("\n")[0] == "依托区门户网站"


def test_no_sentence_of_a_bundled_report_is_lost(knowledge):
    chrome = {"站内搜索: |", "无障碍版 长者助手 登录", "您当前的位置: > >政府工作报告"}
    for path in sorted(REPORTS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        text = normalise(raw, knowledge)["text"]
        for line in raw.splitlines():
            line = line.strip().replace(" 分享:", "")
            if line and line not in chrome:
                assert line in text, f"{path.name} lost: {line[:40]}"


def test_traditional_script_becomes_simplified_keeping_mainland_terms(knowledge):
    raw = "本鎮全年受理行政復議案件20件，清理規範性文件3件、規範性檔案2件，完善檔案管理。"
    result = normalise(raw, knowledge)
    assert result["script"] == "traditional"
    assert result["text"] == "本镇全年受理行政复议案件20件，清理规范性文件3件、规范性文件2件，完善档案管理。"
    assert result["original"] == raw


def test_a_spaced_out_traditional_copy_keeps_its_taiwan_terms_as_one(knowledge):
    # a PDF copy of a Traditional mirror: the term is closed up before the script is folded
    raw = " ".join("等區政府規範性檔案14件。")
    assert normalise(raw, knowledge)["text"] == "等区政府规范性文件14件。"


def test_a_copy_that_writes_its_documents_as_dang_alone_reads_them_as_documents(knowledge):
    # a repost whose converter wrote 檔 for 文件 (not Taiwan's 檔案): no mainland text writes 规范性档
    raw = "縣級以上政府共出臺4195份規範性檔，完善檔案管理。"
    assert normalise(raw, knowledge)["text"] == "县级以上政府共出台4195份规范性文件，完善档案管理。"


def test_domain_phrases_opencc_leaves_alone_take_the_mainland_term(knowledge):
    raw = "縣府督導各機關，全年受理訴願案件15件，審查契約120份。"
    assert normalise(raw, knowledge)["text"] == "县府督导各机关，全年受理行政复议案件15件，审查合同120份。"


def test_a_body_of_another_jurisdiction_keeps_its_own_name(knowledge):
    # Taiwan's 法務部 is no ministry of the mainland: read as 司法部, a Taiwan news item was filed under the Ministry of
    # Justice in Beijing
    raw = "法務部105年度績優鄉鎮市(區)調解委員會"
    assert normalise(raw, knowledge)["text"].startswith("法务部")


def test_a_body_the_mainland_names_too_keeps_its_name(knowledge):
    # a mainland city's legal affairs bureau (before 2019) is no justice bureau, whatever Taiwan calls its own
    raw = "2017年，廣州市法制局全年審查規範性文件120件。"
    assert normalise(raw, knowledge)["text"] == "2017年，广州市法制局全年审查规范性文件120件。"


def test_a_variant_no_converter_folds_is_read_as_its_standard_form(knowledge):
    # 陜 (a variant of 陝) is left alone by tw2t and hk2s: 陜西省 would be no province the gazetteer knows
    raw = "陜西省人民政府辦公廳2022年政府信息公開工作年度報告"
    assert normalise(raw, knowledge)["text"] == "陕西省人民政府办公厅2022年政府信息公开工作年度报告"


@given(st.sampled_from(["s2t", "s2hk", "s2tw"]))
def test_a_report_mirrored_in_any_traditional_standard_reads_as_its_simplified_source(knowledge, config):
    """Mainland sites mirror reports through OpenCC-like converters, to Hong Kong (衞生) or Taiwan
    (著力) forms as well as the standard ones; place names come back too (浚县, 澄江市)."""
    source = "浚县卫生健康局2024年着力推进依法行政，澄江市里审查规范性文件26件，发布时间2025年1月3日。"
    mirrored = opencc.OpenCC(config).convert(source)
    assert mirrored != source
    assert normalise(mirrored, knowledge)["text"] == source


def test_a_report_mirrored_with_taiwan_wording_reads_as_its_simplified_source(knowledge):
    """Some mirrors convert the wording too (OpenCC's s2twp, a wiki copying reports): 审核 becomes 稽核,
    文件 檔案, 程序 程式, 对象 物件; each is read as the mainland term again."""
    source = ("区政府常务会议合法性审核规范性文件9件，审核各类合同4377份，优化营商环境，推进“互联网+监管”，"
              "普法对象6000余人次，办理一般程序案件43件，审查政策文件365份。")
    mirrored = opencc.OpenCC("s2twp").convert(source)
    assert "稽核" in mirrored and "檔案" in mirrored and "物件" in mirrored
    assert normalise(mirrored, knowledge)["text"] == source


def test_taiwan_terms_a_mainland_text_writes_too_stay_in_a_text_converted_character_by_character(knowledge):
    # no term only Taiwan's wording writes: 稽核 is a tax audit, 檔案 archives
    mirrored = opencc.OpenCC("s2t").convert("市税务局开展社保费稽核，完善档案管理，审核规范性文件3件。")
    assert normalise(mirrored, knowledge)["text"] == "市税务局开展社保费稽核，完善档案管理，审核规范性文件3件。"


def test_a_hard_wrapped_paragraph_is_joined_and_headings_stay_lines(knowledge):
    paragraph = ("2023年，本县坚持以习近平法治思想为指导，全面推进依法行政，全年共受理行政复议案件12件，办结行政复议案件"
                 "10件，组织开展法治宣传活动30场次，发放宣传资料5000余份，法律明白人培训覆盖全部行政村。")
    full_width_heading = "(一)深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作落地"  # as long as a full line
    lines = ["某县人民政府关于2023年法治政府建设情况的报告", "一、主要举措和成效", full_width_heading, paragraph,
             "二、存在的问题", paragraph]
    wrapped = [piece for line in lines for piece in (line[at:at + 30] for at in range(0, len(line), 30))]
    headings = [re.compile(p) for p in knowledge["structure"]["heading_levels"]]
    assert unwrap(wrapped, headings) == lines


def test_a_short_hard_wrapped_excerpt_of_short_paragraphs_is_joined(knowledge):
    """Each two-line paragraph has a short last line, so only half its lines are full: the full
    lines that stop in mid-sentence say it is wrapped."""
    paragraphs = [f"({number})组织学习《民法典》《信访工作条例》等法律法规{number + 4}次，开展执法实务培训等活动{number}场，"
                  f"全乡{number}名执法人员取得执法证。" for number in range(1, 8)]
    lines = ["大河乡人民政府关于法治政府建设的情况报告", *paragraphs]
    wrapped = [piece for line in lines for piece in (line[at:at + 38] for at in range(0, len(line), 38))]
    full = [piece for piece in wrapped if len(piece) == 38]
    assert len(full) < 0.6 * len([piece for piece in wrapped if len(piece) >= 10])  # not wrapped by the share alone
    headings = [re.compile(p) for p in knowledge["structure"]["heading_levels"]]
    assert unwrap(wrapped, headings) == lines


def test_a_hard_wrapped_page_keeps_its_head_lines_whole(knowledge):
    """A page copied at one width wraps its path and its header fields as it wraps the report: a
    full-width path line must not take the title with it (the path is dropped as chrome), nor a
    full-width title the date line below it, nor a header line the first paragraph."""
    paragraph = ("2018年，本市坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，全年共受理行政复议案件"
                 "128件，办结行政复议案件120件，组织开展法治宣传活动300场次，发放宣传资料5万余份，法律明白人培训覆盖全部行政村。")
    head = ["当前位置:首页 > 政务公开 > 信息公开 > 法治政府建设年度报告", "中共南宁市委 南宁市人民政府关于2018年度法治政府建设情况的报告",
            "发布时间:2019-03-06 09:32 来源:南宁市法制办公室", "日期:2019-03-06"]
    assert all(len(line) >= 0.85 * 36 for line in head[:3])  # each as long as a full line
    wrapped = "\n".join(line[at:at + 36] for line in [*head, paragraph, paragraph] for at in range(0, len(line), 36))
    assert normalise(wrapped, knowledge)["text"].split("\n") == [*head[1:], paragraph, paragraph]


def test_a_web_page_with_a_paragraph_a_line_is_not_unwrapped():
    for path in sorted(REPORTS.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert unwrap(lines) == lines, path.name


def test_a_pages_list_of_links_cut_short_is_chrome_not_a_wrapped_paragraph(knowledge):
    links = [f"关于湛江市{name}贸易有限公司{what}物流中心项目用..." for name, what in
             [("康乾", "工业品"), ("京湛", "水产加工品交易"), ("京翔", "冷冻仓储及保税仓储"), ("海昌", "五金建材"),
              ("宝江", "食糖果蔬"), ("顺江", "商务"), ("华海", "冷链")]]
    body = ["2025年,区文广旅体局严格按照省、市、区法治政府建设工作要求,不断提高依法行政的意识和能力。",
            "二、存在的问题……", "一是宣传形式单一……"]
    text = normalise("\n".join(["走进麻章", *links, *body]), knowledge)["text"]
    assert text.split("\n") == ["走进麻章", *body]


def test_other_articles_listed_under_an_article_are_not_its_text(knowledge):
    body = ["6月19日,司法部举行新闻发布会。会上通报,2023年全国各级行政复议机构新收案件38.5万件,同比增长42.7%,办结35.2万件;"
            "行政复议案件数量首次超过行政诉讼一审案件数量。据介绍,各级行政复议机构高度重视做好涉企行政复议案件办理工作,"
            "2022年共办理涉企行政复议案件4.2万件,通过调解、和解方式化解涉企行政争议1.1万件,切实保障企业合法权益,"
            "持续优化法治化营商环境。", "文/记者 高语阳"]
    related = ["相关阅读", "司法部:上半年全国新收行政复议案件逾29万件", "央视新闻 2024-10-05", "最新评论"]
    text = normalise("\n".join(["司法部:2023年全国各级行政复议机构新收案件38.5万件", *body, *related]), knowledge)["text"]
    assert text.split("\n") == ["司法部:2023年全国各级行政复议机构新收案件38.5万件", *body]


def test_a_sites_ticker_of_dated_headlines_is_chrome(knowledge):
    text = normalise("设为首页  |  加入收藏\n头条新闻: · 城中区:靠前纾困    2024-04-19     · 城中区开展宣传活动    2024-04-09\n"
                     "城中区2023年法治政府建设工作报告\n2023-12-28 09:51 来源:城中区司法局", knowledge)["text"]
    assert text.split("\n") == ["城中区2023年法治政府建设工作报告", "2023-12-28 09:51 来源:城中区司法局"]


def test_a_sites_accessibility_bar_and_header_links_are_chrome(knowledge):
    # 打开适老化模式 无障碍浏览 x and 设为首页 / 添加收藏 / 返回首页 had stood as the titles of two audited pages
    text = normalise("打开适老化模式 无障碍浏览 x\n设为首页 / 添加收藏 / 返回首页\n市场监督管理局2019年上半年行政执法情况分析\n"
                     "2019年上半年全局共立案查处各类违法违章案件239起。", knowledge)["text"]
    assert text.split("\n") == ["市场监督管理局2019年上半年行政执法情况分析", "2019年上半年全局共立案查处各类违法违章案件239起。"]


def test_a_sites_clock_is_chrome(knowledge):
    # the day the page was viewed (今天是:2025年12月05日), which would read as the report's publication date
    text = normalise("今天是:2025年12月05日\n遂宁市河东新区管委会\n关于2024年法治政府建设工作情况的报告", knowledge)["text"]
    assert text.split("\n") == ["遂宁市河东新区管委会", "关于2024年法治政府建设工作情况的报告"]


def test_a_related_articles_line_above_the_text_is_dropped_alone(knowledge):
    text = normalise("福建省2019年法治政府建设情况\n来源:本网 发布时间:2020-03-27 09:24\n相关文章:\n"
                     "2019年,我省各级政府各部门全面推进依法行政。\n一、坚持党的领导", knowledge)["text"]
    assert text.split("\n") == ["福建省2019年法治政府建设情况", "来源:本网 发布时间:2020-03-27 09:24",
                                 "2019年,我省各级政府各部门全面推进依法行政。", "一、坚持党的领导"]


def test_a_line_that_is_chrome_once_its_fragments_are_gone_is_dropped(knowledge):
    text = normalise("岳阳市人民政府关于2022年度法治政府建设工作情况的报告\n浏览量:1|| | ||\n2022年,全市法治政府建设扎实推进。",
                     knowledge)["text"]
    assert text.split("\n") == ["岳阳市人民政府关于2022年度法治政府建设工作情况的报告", "2022年,全市法治政府建设扎实推进。"]


def test_pinyin_glosses_of_a_mirror_site_are_removed_in_either_bracket(knowledge):
    raw = "全省行政机(jī)关(guān)负（fù）责（zé）人出庭应诉率达（dá）到100%。"
    assert normalise(raw, knowledge)["text"] == "全省行政机关负责人出庭应诉率达到100%。"


@pytest.mark.parametrize("line, expected", [
    ("全 年 共 受 理 行 政 复 议 案 件 1 2 件 ， 办 结 1 0 件 。", "全年共受理行政复议案件12件，办结10件。"),
    ("聊 城 市 人 民 政 府", "聊城市人民政府"),
    ("法 治 政 府 建 设   年 度 报 告", "法治政府建设 年度报告"),   # a wider gap was a word break
    ("网站首页 政府信息公开 互动交流", "网站首页 政府信息公开 互动交流"),
    ("- 索 引 号:370402/2022-00029", "- 索引号:370402/2022-00029"),   # a spaced label, its bullet kept
    ("  • [ 发文字号 ]", "  • [ 发文字号 ]"),
    ("行政复议 12 5 3", "行政复议 12 5 3"),   # a row of figures is never run together
    ("1 2 5 3", "1 2 5 3"),
    ("2 0 2 4 - 0 1 - 2 3   1 5 : 0 0", "2024-01-23 15:00"),   # a date alone on its line, its time kept apart
    ("2024-01-23 15:00", "2024-01-23 15:00"),
    ("    •   2 0 2 4 - 0 1 - 2 3", "    •   2024-01-23"),   # after a list bullet too
    ("日 期 : 2 0 2 5 - 0 3 - 0 5", "日期:2025-03-05"),   # a header field whose label has too few gaps to count
    ("( 2 0 2 4 年 1 月 3 1 日 )", "(2024年1月31日)"),
    ("一 、", "一 、"),   # too short to tell
    ("报 告", "报告"),   # lone characters: one word spread to a title's width, however wide its gaps
    ("  报     告", "  报告"),
    ("大 中 小", "大中小"),
    ("| [ 发文字号 ] | 无 | [ 体裁分类 ] | 公告公示 |", "| [ 发文字号 ] | 无 | [ 体裁分类 ] | 公告公示 |"),
    ("来源:市司法局 时间:2026-03-02 10:31:00 浏览次数: 字号:[ ]", "来源:市司法局 时间:2026-03-02 10:31:00 浏览次数: 字号:[ ]"),
])
def test_a_spaced_out_line_is_closed_and_ordinary_spacing_kept(line, expected):
    assert close_spaced_out(line) == expected


@pytest.mark.parametrize("written, expected", [
    ("二〇二三年度法治政府建设情况报告", "2023年度法治政府建设情况报告"),
    ("二○二四年三月十日", "2024年3月10日"),   # ○ (a circle) stands for 〇 in many documents
    ("二零二五年十二月三十一日", "2025年12月31日"),
    ("二O一二年四月十一日", "2012年4月11日"),   # a Latin O typed for the zero
    ("二0一二年", "2012年"),   # … or a digit
    ("MOOO年", "MOOO年"),   # no Chinese numeral: no year
    ("今年一月以来开展十次", "今年一月以来开展十次"),   # no year: a month and a count stay as written
    ("二〇二四年十三月", "2024年十三月"),
    ("二〇二四年十十月", "2024年十十月"),
])
def test_a_date_in_chinese_numerals_is_written_in_digits(written, expected):
    assert fold_chinese_dates(written) == expected


def test_a_report_dated_in_chinese_numerals_has_its_year_and_date(knowledge):
    from ruleoflaw.metadata import infer_metadata
    text = normalise("二〇二三年度法治政府建设情况报告\n二〇二四年三月十日\n2023年，本县坚持依法行政。", knowledge)["text"]
    metadata = infer_metadata(text, {}, knowledge)
    assert (metadata["report_year"], metadata["publish_date"]) == (2023, "2024-03-10")


def test_simplified_text_is_left_in_its_script():
    assert detect_script("本镇全年受理行政复议案件20件。") == "simplified"


@given(st.integers(min_value=0, max_value=10**9))
def test_full_width_digits_fold_to_ascii(n):
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert fold_width(f"共{full}件") == f"共{n}件"


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(["", ".5"]))
def test_thousands_separators_are_dropped(n, decimals):
    assert fold_width(f"共{n:,}{decimals}件,同比增长1,2项") == f"共{n}{decimals}件,同比增长1,2项"


FULL_WIDTH = "０１２３４５６７８９ＡＢＣＸＹＺａｂｃｘｙｚ％\u3000"


@given(st.text(alphabet=FULL_WIDTH + "共件率年。、abc12 复议（）", max_size=40))
def test_full_width_folds_character_by_character_and_nothing_else_changes(text):
    # NFKC is the standard's own full-width -> ASCII mapping for these characters
    assert fold_width(text) == "".join(unicodedata.normalize("NFKC", c) if c in FULL_WIDTH else c for c in text)


@pytest.mark.parametrize("raw, expected", [
    # a page break inside a sentence, inside a figure even: the page number goes, the sentence is whole again
    ("全年组织领导干部集中学法2\n— 1 —\n0余次。", ["全年组织领导干部集中学法20余次。"]),
    ("发放宣传资料\n- 3 -\n5000余份。", ["发放宣传资料5000余份。"]),
    ("受理行政复议案件25件,\n第 2 页 共 9 页\n办结22件。", ["受理行政复议案件25件,办结22件。"]),
    # at a sentence's end, before a heading or after a heading alone, only the number goes
    ("全年办结22件。\n— 2 —\n二、存在的问题", ["全年办结22件。", "二、存在的问题"]),
    ("(二)严格规范执法\n— 2 —\n2023年,全县办理行政处罚案件35件。", ["(二)严格规范执法", "2023年,全县办理行政处罚案件35件。"]),
    ("(二)深入学习贯彻习近平法治思想。将其列入年度重点任务,\n— 3 —\n全年开展学习60余次。",
     ["(二)深入学习贯彻习近平法治思想。将其列入年度重点任务,全年开展学习60余次。"]),
    # …and after a date alone on its line, which is no cut sentence
    ("某市司法局关于2023年法治政府建设情况的报告\n(2024-03-01)\n— 1 —\n2023年,市司法局坚持依法行政。",
     ["某市司法局关于2023年法治政府建设情况的报告", "(2024-03-01)", "2023年,市司法局坚持依法行政。"]),
    # a figure alone on a line, with no dashes, is no page number
    ("行政复议\n25\n行政诉讼\n12", ["行政复议", "25", "行政诉讼", "12"]),
])
def test_a_pdfs_page_numbers_are_dropped_and_the_sentences_they_cut_joined(raw, expected, knowledge):
    assert normalise(raw, knowledge)["text"].split("\n") == expected


@pytest.mark.parametrize("raw, expected", [
    ("全年共受理 25 件,办结 22 件。", "全年共受理25件,办结22件。"),
    ("覆盖公职人员近 5 万名,纠错率约为 24 %。", "覆盖公职人员近5万名,纠错率约为24%。"),
    ("2024 年,在市委坚强领导下,房县开展学法4 次,培训1.5 万人次。", "2024年,在市委坚强领导下,房县开展学法4次,培训1.5万人次。"),
    ("纠错率约 19.2%,受理 25件。", "纠错率约19.2%,受理25件。"),
    ("发布时间:2019-03-06 09:32 来源:市法制办", "发布时间:2019-03-06 09:32 来源:市法制办"),   # a time before a label
    ("索引号:fzzfjs2022 公文目录:法治政府建设", "索引号:fzzfjs2022 公文目录:法治政府建设"),   # a code's digits
    ("发布日期 2022-02-11", "发布日期 2022-02-11"),   # a label and its value keep their space
    ("行政复议 12 5 3", "行政复议 12 5 3"),   # so does a row of figures
    ("行政复议\u200b案件25\u200b件\ufeff。", "行政复议案件25件。"),   # characters that print nothing go
    ('推行"双随机、一公开"监管,抽查1次', "推行“双随机、一公开”监管,抽查1次"),   # straight quotes in pairs
    ("推行「双随机、一公开」监管,落实『三项制度』", "推行“双随机、一公开”监管,落实‘三项制度’"),   # corner brackets
    ('注明"来源:本网', '注明"来源:本网'),   # a quote left open stays as written
    ("2022年，\u3000我市受理案件25件。 近年来，", "2022年，我市受理案件25件。近年来，"),   # no space opens a clause
    ("| 行政复议, | 25 |", "| 行政复议, | 25 |"),   # a table's cells keep theirs
    ("推行&ldquo;双随机&#12289;一公开&rdquo;监管&nbsp;", "推行“双随机、一公开”监管"),   # a page's character references
    ("A&B公司", "A&B公司"),   # an ampersand that is no reference stays
    ("## 一、主要工作\n**（一）加强组织领导。**全年学法12次。", "一、主要工作\n（一）加强组织领导。全年学法12次。"),   # Markdown
    ("索引号:*********/2024-******", "索引号:*********/2024-******"),   # a masked number is no emphasis
])
def test_figures_spaces_invisible_characters_and_quotation_marks_are_folded(raw, expected, knowledge):
    assert normalise(raw, knowledge)["text"] == expected


def test_a_long_line_that_opens_with_chrome_keeps_the_report_run_into_it(knowledge):
    # a page that lost its line breaks: its breadcrumb opens the one line that holds the whole report
    line = "当前位置:首页>政务公开>法治政府建设年度报告" + "2023年,全县受理行政复议案件25件,办结22件。" * 12
    assert normalise(line, knowledge)["text"] == line
    # a breadcrumb on a line of its own is still chrome
    assert normalise("当前位置:首页>政务公开>法治政府建设年度报告\n2023年,全县受理行政复议案件25件。", knowledge)["text"] == (
        "2023年,全县受理行政复议案件25件。")
