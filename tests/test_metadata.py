"""Metadata is read from the report itself; the sidecar has the final word."""
import re

import pytest
import yaml

from conftest import GOLD
from ruleoflaw.metadata import TAIL_LINES, infer_metadata
from ruleoflaw.normalise import normalise
from ruleoflaw.pipeline import process_report

GOLD_FILES = sorted(GOLD.glob("*.yml"))


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_bundled_reports_give_their_gold_metadata(gold_file, bundled_records):
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    metadata = bundled_records[gold["source"]]["metadata"]
    assert {field: metadata[field] for field in gold["metadata"]} == gold["metadata"]


def test_a_township_is_placed_by_the_parents_the_report_names(bundled_records):
    metadata = bundled_records["001_d6eaf61c1023c0d0.txt"]["metadata"]
    assert (metadata["province"], metadata["prefecture"], metadata["division_code"]) == ("广东省", "中山市", "442000108")


def test_a_cited_document_number_is_not_the_reports_own(bundled_records):
    assert bundled_records["000_a8c57fa29ca69867.txt"]["metadata"]["doc_number"] is None


def test_header_fields_and_signature_are_read(knowledge):
    text = ("索引号：11652300MB1234567X/2024-00012 文号：安经开〔2024〕7号\n"
            "发布机构：安丘经济开发区管委会 发布日期：2024-02-20\n"
            "安丘经济开发区2023年法治政府建设年度报告\n"
            "2023年，安丘经济开发区坚持依法行政。\n"
            "安丘经济开发区管理委员会\n2024年2月18日")
    metadata = infer_metadata(text, {}, knowledge)
    assert metadata["doc_number"] == "安经开〔2024〕7号"
    assert metadata["index_number"] == "11652300MB1234567X/2024-00012"
    assert metadata["publish_date"] == "2024-02-18"  # the date it is signed on, before the page's 发布日期
    assert (metadata["region"], metadata["admin_level"], metadata["report_year"]) == ("安丘经济开发区", "development_zone", 2023)
    assert (metadata["province"], metadata["prefecture"], metadata["county"]) == ("山东省", "潍坊市", "安丘市")


def test_the_documents_own_date_comes_before_the_pages(knowledge):
    text = ("发布时间:2025-03-17 来源:东区人民政府办公室\n- 成文日期:2025-02-28\n- 发布日期:2025-03-17\n"
            "东区2024年法治政府建设年度报告\n2024年，东区坚持依法行政，全面推进法治政府建设。")
    assert infer_metadata(text, {}, knowledge)["publish_date"] == "2025-02-28"


def test_a_documents_date_after_the_pages_own_is_not_the_documents(knowledge):
    text = ("索引号: 11330800002618736G/2021-121249 成文日期: 2021-03-22\n衢州市应急管理局2020年度法治政府建设工作报告\n"
            "发布日期:2021-03-01 10:36 浏览次数: 信息来源:市应急管理局\n2020年，市应急管理局坚持依法行政，全面推进法治政府建设。")
    assert infer_metadata(text, {}, knowledge)["publish_date"] == "2021-03-01"


def test_the_signature_date_is_the_publication_date_when_no_header_says(knowledge):
    text = "现将某某县2023年法治政府建设情况报告如下：\n一、主要成效\n……\n某某县人民政府\n2024年1月30日"
    assert infer_metadata(text, {}, knowledge)["publish_date"] == "2024-01-30"


def test_the_sidecar_overrides_what_the_text_says(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text("现将新源县2023年法治政府建设各项工作总结如下:\n一、成效\n", encoding="utf-8")
    (tmp_path / "r.yml").write_text("publish_date: '2024-03-01'\nsource_url: https://www.xinyuan.gov.cn/r.html\n",
                                    encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["publish_date"] == "2024-03-01"
    assert record["metadata"]["region"] == "新源县"
    assert record["id"] == "2023-xinyuanxian"


def test_a_department_is_named_whole_and_placed_by_its_government(knowledge):
    text = "新源县司法局2023年度法治政府建设工作报告\n2023年，县司法局扎实推进法治政府建设。"
    metadata = infer_metadata(text, {}, knowledge)
    assert (metadata["region"], metadata["admin_level"]) == ("新源县司法局", "department")
    assert (metadata["province"], metadata["division_code"]) == ("新疆维吾尔自治区", "654025")


@pytest.mark.parametrize("opening, expected", [
    ("关于新源县2023年度法治政府建设情况的报告\n正文", ("新源县", "county", 2023, None)),
    ("新源县人民政府2023年法治政府建设年度报告\n发布时间：2024-01-15 16:30 来源：县司法局\n正文",
     ("新源县", "county", 2023, "2024-01-15")),
    ("中山市港口镇人民政府关于2021年法治政府建设工作情况的报告\n正文", ("港口镇", "township", 2021, None)),
    ("东华门街道办事处2023年法治政府建设年度报告\n正文", ("东华门街道", "township", 2023, None)),
    ("泉州市人民政府关于2023年法治政府建设情况的报告\n来源:市司法局 2024-02-19 10:57 阅读人数:1\n正文",
     ("泉州市", "prefecture", 2023, "2024-02-19")),   # the page's stamp, after whoever posted it
    ("肇庆市2023年法治政府建设年度报告\n来源:肇庆市人民政府     撰写时间:2024-01-29 17:22    字体大小: [大] [中] [小]\n正文",
     ("肇庆市", "prefecture", 2023, "2024-01-29")),
    ("兰州新区2021年度法治政府建设工作报告\n 2022/03/01/ 15:05 来源:新区原创\n正文", ("兰州新区", "development_zone", 2021, "2022-03-01")),
    # a title broken after its words, its kind inside the next line (and next year's plan after it)
    ("西安市未央区应急管理局2025年法治政府建设\n工作总结及2026年工作思路\n\n今年以来,未央区应急管理局在区委的坚强领导下,"
     "认真履行安全生产综合监管职能,紧扣“依法监管、精准执法”核心原则,将法治政府建设融入监管全流程。",
     ("西安市未央区应急管理局", "department", 2025, None)),
])
def test_titles_in_the_ways_governments_write_them(knowledge, opening, expected):
    metadata = infer_metadata(opening, {}, knowledge)
    assert (metadata["region"], metadata["admin_level"], metadata["report_year"], metadata["publish_date"]) == expected


# One phrase case per failure class found on real reports nobody here had read
# (tests/gold/dev-web, tests/gold/ours): who reports, where it stands, and the
# page header's fields. Each text is written for the test, not copied from a page.
REPORTER_CASES = [
    ("a department is named whole and placed by its government",
     "2023年,长治市城市管理局在市委、市政府的正确领导下,全面推进法治政府建设工作。",
     {"region": "长治市城市管理局", "admin_level": "department", "province": "山西省", "prefecture": "长治市"}),
    ("a district's department is placed in its district",
     "2023年,深圳市福田区司法局坚持以习近平法治思想为指导,聚焦主业。",
     {"region": "深圳市福田区司法局", "admin_level": "department", "prefecture": "深圳市", "county": "福田区"}),
    ("a name ending in 州 keeps it and finds its province",
     "广州市人民政府关于2023年度法治政府建设情况的报告\n2023年,广州坚持以高水平法治建设护航高质量发展,取得明显成效。",
     {"region": "广州市", "admin_level": "prefecture", "province": "广东省"}),
    ("a short form is a name: 湖州 -> 湖州市",
     "2023年,湖州坚持法治引领,全面推进依法行政,各项工作取得新进展新成效,现将有关情况报告如下。",
     {"region": "湖州市", "admin_level": "prefecture", "province": "浙江省"}),
    ("the government that leads is not the reporter; 在县 is no region",
     "2021年度,在县委、县政府领导下,东溪镇认真贯彻中央、省委决策部署,严格按照法治政府建设各项工作部署要求。",
     {"region": "东溪镇", "admin_level": "township"}),
    ("a province that names itself only as 省政府 is the province its text names most",
     "现将省政府2022年度法治政府建设情况报告如下。\n一体推进法治湖南、法治政府建设,出台《湖南省重大行政决策事项目录管理办法》。",
     {"region": "湖南省", "admin_level": "province", "province": "湖南省"}),
    ("an autonomous region that says 我区",
     "2022年,我区坚持以习近平法治思想为指导,推动法治政府建设取得新进展。\n内蒙古自治区人民政府常务会议专题研究法治政府建设。",
     {"region": "内蒙古自治区", "admin_level": "province"}),
    ("a provincial department named by its level is completed with the province",
     "记者从省司法厅获悉:2022年,江苏全省司法系统全年共办理法律援助案件11.6万件。",
     {"region": "江苏省司法厅", "admin_level": "department", "province": "江苏省"}),
    ("a development zone named after its city",
     "宁波高新区法治政府建设工作报告\n2024年,高新区坚持以习近平新时代中国特色社会主义思想为指导,为推动高新区高质量发展提供坚实有力的法治保障。",
     {"region": "宁波高新区", "admin_level": "development_zone", "prefecture": "宁波市", "report_year": 2024}),
    ("a zone in no gazetteer is still a zone",
     "西咸新区2023年度法治政府建设工作报告\n2023年,新区法治政府建设工作以习近平法治思想为指导,围绕全市重点工作,扎实推进依法行政。",
     {"region": "西咸新区", "admin_level": "development_zone"}),
    ("a two-character county is a name before 人民政府, and 县委 is another body",
     "中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告\n市委、市政府:\n2024年,我县坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效,现将有关情况报告如下。",
     {"region": "浚县", "admin_level": "county", "province": "河南省"}),
    ("a report that never names itself is placed by how its body refers to itself",
     "现将2025年度法治政府建设情况报告如下。\n一、主要成效\n市政府常务会议4次专题研究行政执法工作，岳阳市全面推进依法行政，岳阳各县市区同步推进。",
     {"region": "岳阳市", "admin_level": "prefecture", "province": "湖南省"}),
    ("a zone's 法制工作总结 is a title",
     "宜昌高新区管委会 2018年上半年法制工作总结\n一、健全完善依法决策机制。高新区把健全和完善政府依法决策机制作为全面推进法治建设的一项重要任务，进一步完善决策程序。",
     {"region": "宜昌高新区", "admin_level": "development_zone", "prefecture": "宜昌市"}),
    ("an autonomous county is written in its common form and placed by it",
     "中共红河州委、红河州人民政府:\n2025年,县委、县政府坚持以习近平法治思想为指导,扎实推进法治政府建设。金平县全面推进依法行政,金平县各乡镇同步推进。",
     {"region": "金平县", "admin_level": "county", "county": "金平苗族瑶族傣族自治县", "prefecture": "红河哈尼族彝族自治州"}),
    ("a title printed twice, the second time under its issuer",
     "政策文件\n2021年法治政府建设工作情况报告\n• 发布日期:2022-03-31\n眉山市彭山区公义镇人民政府\n2021年法治政府建设工作情况报告\n"
     "2021年我镇深入贯彻落实上级部门关于加强法治政府建设的要求,按照彭山区法治政府建设领导小组的安排开展各项工作。",
     {"region": "公义镇", "admin_level": "township", "county": "彭山区"}),
    ("a zone that calls itself 我区 is the zone its text names",
     "2022年以来,我区坚持以习近平法治思想为指导,深入推进法治政府建设,现将工作情况汇报如下:\n制定《南昌经开区法治政府建设实施方案》,经开区举办培训班。",
     {"region": "南昌经开区", "admin_level": "development_zone", "prefecture": "南昌市"}),
    ("a title broken over two lines is one title, and names its department",
     "丽水市生态环境局2022年法治政府建设\n工作情况的报告\n2022年,我局在省生态环境厅的正确指导下,结合我市生态环境法治建设工作实际,扎实开展法治建设各项工作。",
     {"title": "丽水市生态环境局2022年法治政府建设工作情况的报告", "region": "丽水市生态环境局",
      "admin_level": "department", "prefecture": "丽水市"}),
    ("a zone's kind alone is no name: the body names the zone, placed by its host district",
     "经济开发区2024年度法治政府建设情况报告\n2024年宁河经济开发区在区委、区政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作。",
     {"region": "宁河经济开发区", "admin_level": "development_zone", "province": "天津市", "county": "宁河区"}),
    ("a department of a zone named only by the zone's kind",
     "高新区综治局2021年法治政府建设年度报告\n2021年,高新区综治局在区党工委、区管委会的正确领导下和上级部门的指导下,较好完成法治政府建设工作任务。",
     {"region": "高新区综治局", "admin_level": "department", "report_year": 2021}),
    ("an opening that counts from this year's start tells of the year a later head line names, not of a ranking's",
     "今年以来,赣州市司法局在市委、市政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,"
     "2021年赣州司法行政满意度列全省第四。赣州市在2021年度全面依法治省考评中排名全省第三。\n一、2022年工作开展情况\n"
     "(一)坚持党的领导。",
     {"region": "赣州市司法局", "admin_level": "department", "report_year": 2022}),
    ("an excerpt without a title reports on the year its first heading names, not the year a law was passed",
     "一、2025年度法治政府建设主要举措和成效\n(一)完善水利法规体系。2024年颁布实施《吉林省水网建设管理条例》,2025年制作、发布解读视频进行宣讲。"
     "省水利厅先后制定修订农村供水、河道管理等领域10部地方性法规,构建起覆盖水利重点领域的法规体系。健全执法裁量基准,出台水行政强制裁量权基准等规范性文件。",
     {"report_year": 2025}),
    ("a report on a plan's span of years, named in its title without 年, reports on the span's last year",
     "重庆市渝北区人民政府\n关于法治政府建设实施纲要(2015-2020)落实完成情况的报告\n"
     "渝北区对标《法治政府建设实施纲要(2015—2020年)》的要求推进法治政府建设。自2016年以来,取消区级行政许可事项77项。",
     {"region": "渝北区", "report_year": 2020}),
    ("a zone in no gazetteer stands in its city, whatever bodies of its own it names (社会事务局 is no place)",
     "柳东新区2022年法治政府建设年度报告\n根据《中共柳州市委员会关于印发〈法治柳州建设规划(2021-2025)〉的通知》要求,柳东新区管委会结合自身实际开展法治政府建设工作。"
     "年内新区社会事务局、综治办、规建处等部门与鱼峰区对应部门续签行政委托。",
     {"region": "柳东新区", "admin_level": "development_zone", "prefecture": "柳州市"}),
    ("a report that names itself only by its bureau's Party group (局党组) is a department's, unnamed",
     "一、2020年法治政府建设基本情况\n(一)加强依法行政能力建设。认真学习贯彻习近平法治思想,2020年,局党组共组织集中学法12次。",
     {"region": None, "admin_level": "department"}),
    ("a commission written short (城管执法委, 城管委) is a department",
     "市城管委2025年度法治政府建设情况报告\n咸宁市城管执法委2025年度法治政府建设情况报告\n2025年,咸宁市城管执法委深入贯彻落实习近平法治思想。",
     {"region": "咸宁市城管执法委", "admin_level": "department", "prefecture": "咸宁市"}),
    ("a new area is named without the special economic zone its city's laws are titled by (深圳经济特区…条例)",
     "一、2024年工作总结\n(一)加强社会治安防控。新区财产权益得到有效保护。推动《深圳经济特区大鹏新区条例》立法工作取得进展,"
     "修订并印发《大鹏新区管理委员会重大行政决策程序规定》。",
     {"region": "大鹏新区", "admin_level": "development_zone", "prefecture": "深圳市"}),
    ("an 经济区 is a zone, not the province its name begins with",
     "贵州双龙航空港经济区2023年度法治政府建设工作情况报告\n2023年,贵州双龙航空港经济区(以下简称经济区)坚持以习近平新时代中国特色社会主义思想为指导,"
     "认真落实省委省政府、市委市政府以及经济区党工委决策部署,推动法治政府建设取得明显成效。",
     {"region": "贵州双龙航空港经济区", "admin_level": "development_zone", "province": "贵州省"}),
    ("a township that never names itself is one by its party committee and government as the subject",
     "一、2024年度推进法治建设的主要举措和成效\n(一)强化组织领导,大力推进法治政府建设。乡党委、政府高度重视法治政府建设,将法治政府建设纳入党委、政府年度工作计划,"
     "并成立了以党委书记为组长、乡长为副组长的法治政府建设领导小组。",
     {"region": None, "admin_level": "township"}),
    ("a district whose name ends like a zone's is a district where the codes file it as one (浦东新区 310115)",
     "浦东新区人民政府2022年度法治政府建设情况报告\n2022年,浦东新区深入学习贯彻习近平法治思想,全面推进依法行政。",
     {"region": "浦东新区", "admin_level": "county", "county": "浦东新区", "province": "上海市"}),
    ("a district whose name several cities' districts share is still that district",
     "朝阳区2022年法治政府建设年度报告\n2022年,朝阳区坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。",
     {"region": "朝阳区", "admin_level": "county", "county": "朝阳区", "prefecture": None}),
    ("a department of a county-level government whose name several share keeps that county's name",
     "西湖区文化广电旅游局2023年法治政府建设年度报告\n2023年,区文化广电旅游局坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": "西湖区文化广电旅游局", "admin_level": "department", "county": "西湖区", "prefecture": None}),
    ("a district that calls itself 我区 stands in the city it reports to",
     "中共景德镇市委、景德镇市人民政府:\n2022年,我区坚持以习近平法治思想为指导,全面推进依法行政。区委常委会、区政府常务会议专题研究法治建设。",
     {"region": None, "admin_level": "county", "prefecture": "景德镇市", "province": "江西省"}),
    ("the place the opening year introduces is who reports, though it says 我市 and names its justice bureau",
     "中共岳阳市委、岳阳市人民政府:\n2025年,临湘市坚持以习近平新时代中国特色社会主义思想为指导,全力建设法治临湘,法治政府建设取得了显著成效。"
     "我市先后获评全国信访工作示范市,市司法局被评为全国组织宣传人民调解工作先进集体。",
     {"region": "临湘市", "admin_level": "county", "prefecture": "岳阳市"}),
    ("a city's short name in a slogan (法治东莞) names the city, not a town of the same stem elsewhere (东莞镇 of 莒县)",
     "2020年,我镇以习近平新时代中国特色社会主义思想为指导,认真落实省委工作部署和市委工作思路,推动法治政府建设水平不断提高。现将有关情况报告如下:\n"
     "一、主要工作成效\n我镇贯彻落实《法治东莞建设第二个五年规划》,落实东莞市全面依法治市委员会部署。",
     {"region": None, "admin_level": "township", "prefecture": None, "county": None}),
    ("a town that says 我镇 is named by its own committees, placed in the city its slogan names",
     "2022年,我镇坚持以习近平新时代中国特色社会主义思想为指导,紧扣《法治东莞建设规划(2021—2025年)》的要求,扎实推进法治政府建设各项任务落实。\n"
     "一、主要工作\n洪梅镇委全面依法治镇委员会召开会议。",
     {"region": "洪梅镇", "admin_level": "township", "prefecture": "东莞市"}),
    ("a page's title line names the site that posted it before _: the report is the city's, not its justice bureau's",
     "长沙市司法局_关于长沙市2020年法治政府建设情况的报告\n您所在的位置:首页 > 法治工作 > 法治督察调研\n关于长沙市2020年法治政府建设情况的报告\n"
     "中共湖南省委、湖南省人民政府:\n2020年,在省委、省政府的坚强领导下,我市以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。",
     {"region": "长沙市", "admin_level": "prefecture", "title": "关于长沙市2020年法治政府建设情况的报告"}),
    ("an autonomous region reporting as its party committee and government (自治区党委和政府) is the one its text names",
     "2020年,自治区党委和政府坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平总书记视察宁夏重要讲话精神,深入推进依法治区,"
     "加快法治政府建设,各项工作取得新成效。现将有关情况报告如下:\n一、持续深化改革\n推动“我的宁夏”APP扩能升级。",
     {"region": "宁夏回族自治区", "admin_level": "province", "province": "宁夏回族自治区"}),
    ("a place in an honour's quoted name is no reporter, nor is 按照 a zone's name",
     "一、上一年度推进法治政府建设的主要举措和成效\n(一)优化机构设置,提升政府效能\n1. 优化政务服务效能\n"
     "积极配合新区进行综合窗口改革,建有1个便民服务中心及21个便民服务站。全街获得“清风辽宁政务窗口”称号的街道级窗口1个。\n"
     "按照新区统一部署,推进综合窗口改革。",
     {"region": None, "province": None}),
    ("a county the opening year introduces by its short name, and the text names in full, reports; not its city named bare",
     "2023 年,邹城坚持以习近平新时代中国特色社会主义思想为指导,持续提升法治政府建设质效,济宁市全面推进依法治市专题培训班在邹城举办,"
     "代表济宁市迎接省“八五”普法规划中期评估。\n一、严格落实第一责任人职责\n邹城市委全面依法治市委员会召开会议。",
     {"region": "邹城市", "admin_level": "county", "prefecture": "济宁市"}),
    ("a body that opens with a bare year reports on that year",
     "2024以来,在县委、县政府的精心指导下,本人切实履行推进法治政府建设第一责任人职责,有效推动岩山镇法治政府建设迈上新台阶。",
     {"region": "岩山镇", "report_year": 2024}),
    ("a zone named before the division it is run with",
     "火炬高新区(中山港街道)2025年法治政府建设年度报告\n2025年是全面完成“十四五”规划的收官之年,火炬高新区坚持以习近平新时代中国特色社会主义思想为根本遵循。",
     {"region": "火炬高新区", "admin_level": "development_zone"}),
    ("a zone's kind before its district's name in brackets is that district's government",
     "高新区(新市区)人民政府2024年法治政府建设工作报告\n2024年,在区委的坚强领导下,区人民政府坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "新市区", "admin_level": "county"}),
    ("a zone that calls itself only 高新区 is placed in the city its text names most",
     "2023年,高新区坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得了新进展新成效。2022年平安珠海建设考评、法治珠海建设考评均获得优秀等次。",
     {"region": "高新区", "admin_level": "development_zone", "prefecture": "珠海市"}),
    ("a 新城 is a zone",
     "泾河新城2022年度法治政府建设工作报告\n2022年,泾河新城深入贯彻落实习近平总书记全面依法治国新理念新思想新战略,认真落实中、省、市决策部署。",
     {"region": "泾河新城", "admin_level": "development_zone"}),
    ("a county's disclosure report keeps its own title; 街道 alone names no place",
     "正定县2022年政府信息公开工作年度报告\n本报告在2022年正定新区、正定高新区,各乡(镇、街道办事处)、县政府各部门政府信息公开工作年度报告基础上汇总编制。\n"
     "一、总体情况\n2022年正定县坚持以习近平新时代中国特色社会主义思想为指导,正定县全面推进政务公开。",
     {"title": "正定县2022年政府信息公开工作年度报告", "region": "正定县", "admin_level": "county"}),
    ("a township in no gazetteer that opens its title as a government is the reporter",
     "北城街街道办事处2025年法治政府建设年度报告\n2025年,北城街街道办事处坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。",
     {"region": "北城街街道", "admin_level": "township"}),
    ("a department of a district named like a zone stays a department",
     "天津市滨海新区应急管理局2025年度法治政府建设情况报告\n2025年,滨海新区应急管理局坚持以习近平法治思想为指导,扎实推进法治政府建设。",
     {"region": "天津市滨海新区应急管理局", "admin_level": "department"}),
    ("a government's name run into its sub-unit's names the sub-unit",
     "鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告\n2022年,我街道法治政府建设工作,在区委、区政府的正确领导下,全面贯彻党的十九大精神。",
     {"region": "金龙街道", "admin_level": "township", "county": "鲤城区"}),
    ("a commission written 卫健委 after its level word is a department of the city named most",
     "2022年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想。三明市全面推进依法行政,三明市卫生健康事业持续发展。",
     {"region": "三明市卫健委", "admin_level": "department", "prefecture": "三明市"}),
    ("a department's branch in a district is the branch, placed in its district",
     "重庆市公安局渝北区分局关于2023年法治政府建设情况的报告\n按照有关规定,现将分局2023年法治政府建设情况报告如下。",
     {"region": "重庆市公安局渝北区分局", "admin_level": "department", "county": "渝北区"}),
    ("a department of the State Council names no division",
     "2017年,原环境保护部深入学习宣传贯彻党的十九大精神,扎实推进生态环境保护领域法治政府建设工作,取得较好进展。",
     {"region": "环境保护部", "admin_level": "department", "province": None}),
    ("the police of any place (公安部门) is no ministry",
     "2022年,公安部门坚持以习近平法治思想为指导,严格规范公正文明执法,全面推进法治政府建设各项工作任务落实。",
     {"region": None}),
    ("a zone named after two places joins them with a hyphen",
     "2024年,广西-东盟经济技术开发区深入贯彻落实习近平法治思想,认真落实自治区党委、政府和市委、市政府决策部署。",
     {"region": "广西-东盟经济技术开发区", "admin_level": "development_zone", "province": "广西壮族自治区"}),
    ("an autonomous prefecture whose people are named without 族 is written X州",
     "今年以来,伊犁州认真贯彻落实中央、自治区关于推进法治政府建设系列部署要求,持续推进法治政府建设,取得积极成效。",
     {"region": "伊犁州", "admin_level": "prefecture", "prefecture": "伊犁哈萨克自治州"}),
    ("a title without a rule-of-law word names its reporter before a page's shortened issuer field",
     "发布机构: 市综合执法局\n\n衢州市综合行政执法局2023年度行政执法工作年报\n\n2023年,衢州市综合行政执法局以习近平新时代中国特色社会主义思想为指导,扎实推进严格规范公正文明执法。",
     {"region": "衢州市综合行政执法局", "admin_level": "department", "prefecture": "衢州市"}),
    ("a government's enforcement yearbook is the government's, whichever department publishes it",
     "发布机构: 市司法局\n诸暨市2019年度行政执法工作年报\n2019年度,诸暨市积极贯彻落实上级指示,完成了年初制定的既定目标。",
     {"region": "诸暨市", "admin_level": "county"}),
    ("新疆's conventional abbreviations (巴州, 博州, 克州) name their prefectures",
     "2023年,巴州党委、政府坚持以习近平新时代中国特色社会主义思想为指导,认真落实自治区党委、政府工作要求。",
     {"region": "巴音郭楞蒙古自治州", "admin_level": "prefecture", "province": "新疆维吾尔自治区"}),
    ("a department whose government the text never names (省教育厅坚持…) is still a department",
     "2024年,省教育厅坚持以习近平法治思想为指引,全面贯彻落实党的二十大精神,按照省委省政府部署要求,深入推进法治政府建设。",
     {"region": None, "admin_level": "department", "province": None}),
    ("a street's party working committee (街道工作委员会) reports with its office, the street itself",
     "中共深圳市龙华区民治街道工作委员会 深圳市龙华区民治街道办事处关于民治街道2025年度法治政府建设情况的报告\n2025年,民治街道坚持以习近平法治思想为指导。",
     {"region": "民治街道", "admin_level": "township", "prefecture": "深圳市"}),
    ("我局 is placed by the government its report is addressed to",
     "当前位置:首页 | \n杭人社〔2019〕15号\n杭州市人民政府:\n根据《关于报送2019年法治政府建设年度报告的通知》要求,现将我局2019年法治政府建设工作开展情况报告如下:\n一、2019年推进法治政府建设的主要举措和成效",
     {"region": None, "admin_level": "department", "prefecture": "杭州市"}),
    ("内蒙古's conventional abbreviations of banners (东乌旗, 科右中旗) name them",
     "东乌旗人民政府关于2015-2020年度法治政府建设情况的报告\n五年来,东乌旗人民政府坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "东乌珠穆沁旗", "admin_level": "county", "province": "内蒙古自治区"}),
    ("an autonomous prefecture is written by its place and 州, named for its peoples (黔西南州, not 黔西州)",
     "黔西南州人民政府关于2020年度法治政府建设情况的报告\n省人民政府:\n2020年,黔西南州人民政府坚持以习近平法治思想为指导。",
     {"region": "黔西南州", "admin_level": "prefecture", "province": "贵州省", "prefecture": "黔西南布依族苗族自治州"}),
    ("whom or where a leader spoke (对广东重要讲话, 在盐城考察时) is not who reports; a street says 我街",
     "为全面贯彻党的十九大精神,深入学习习近平总书记对广东重要讲话和重要指示批示精神,我街严格按照区委依法治区办的部署推进法治建设。",
     {"region": None, "admin_level": "township", "province": None}),
    ("巴中市's 巴州区 is still the district, its longer name matched whole",
     "2023年,巴州区人民政府坚持以习近平法治思想为指导,在巴中市委、市政府的坚强领导下,深入推进依法行政。",
     {"region": "巴州区", "admin_level": "county", "prefecture": "巴中市"}),
    ("a zone's township is written without the zone's kind the statistics put first",
     "2025年,银杏大街街道在文峰区委、区政府和区法治政府建设领导小组的正确领导下,紧紧围绕基层治理、平安建设等中心工作。安阳市",
     {"region": "银杏大街街道", "admin_level": "township", "prefecture": "安阳市"}),
    ("a province that never names itself but says 我省 is still a province",
     "2020年,在党中央、国务院及省委的正确领导下,全省各级政府坚持以习近平法治思想为指导,深入推进依法行政。我省法治政府建设取得新成效。",
     {"region": None, "admin_level": "province"}),
    ("a county government that never names itself in full is no city its text names; a slogan gives its name",
     "2022年以来,在市委市政府和县委的坚强领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,以及金华市争创全国法治政府建设示范市的工作要求。\n"
     "(一)聚力统筹协调,法治武义建设再上台阶。",
     {"region": "武义县", "admin_level": "county", "prefecture": "金华市"}),
    ("a county whose full name is two characters is named by a slogan too (平安盂县)",
     "2020年,在县委的正确领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,发挥平安盂县、法治盂县建设的优势,依法开展疫情防控工作。",
     {"region": "盂县", "admin_level": "county", "prefecture": "阳泉市"}),
    ("but a district's is a word (平安城区)",
     "2020年,在区委的正确领导下,区政府坚持以习近平新时代中国特色社会主义思想为指导,推进平安城区、法治城区建设。",
     {"region": None}),
    ("a township whose name many counties have is placed by the county its slogan names (法治云和)",
     "在县全面依法治县办的指导下,凤凰山街道紧密围绕创建法治云和建设工作的总体要求,以法治社会建设为主线。现将2024年凤凰山街道法治政府建设工作总结报告如下:",
     {"region": "凤凰山街道", "admin_level": "township", "county": "云和县", "prefecture": "丽水市"}),
    ("and without it, it stays unplaced",
     "在县全面依法治县办的指导下,凤凰山街道以法治社会建设为主线。现将2024年凤凰山街道法治政府建设工作总结报告如下:",
     {"region": "凤凰山街道", "admin_level": "township", "county": None}),
    ("a text that speaks of its own party group and leadership by the bare 委 is a department's: the city it names is where it stands",
     "2024年,全市卫生健康法治建设工作以习近平新时代中国特色社会主义思想为指导,紧紧围绕苏州卫生健康事业高质量发展的要求,深入推进卫生健康法治建设。\n"
     "一是委领导班子把法治建设工作摆在重要位置。2024年提交委党组会研究审议法治建设专项议题12项。",
     {"region": None, "admin_level": "department", "prefecture": "苏州市"}),
    ("without those words the same opening is the city's",
     "2024年,全市卫生健康法治建设工作以习近平新时代中国特色社会主义思想为指导,紧紧围绕苏州卫生健康事业高质量发展的要求,深入推进卫生健康法治建设。",
     {"region": "苏州市", "admin_level": "prefecture"}),
    ("a park the gazetteer names only elsewhere (seven 工业园区, none in 武隆区) stands in the division named before it",
     "重庆市武隆区工业园区管理委员会关于2020年度法治政府建设情况的报告\n区政府:\n2020年,我委法治政府建设工作坚持以习近平法治思想为指导。",
     {"region": "武隆区工业园区", "admin_level": "development_zone", "province": "重庆市", "county": "武隆区"}),
    ("a department whose name ends in 办公室 is a department, not its province",
     "西藏自治区国防动员办公室关于2025年法治政府建设情况的报告\n2025年,在区党委、政府的坚强领导下,深入学习贯彻习近平法治思想,扎实推进法治政府建设。",
     {"region": "西藏自治区国防动员办公室", "admin_level": "department", "province": "西藏自治区"}),
    ("平安建设 is a campaign, not a town called 建设 (建设镇 is one)",
     "2022年,我镇坚持以习近平法治思想为指导,积极开展依法行政工作。扎实推进平安建设,维护社会稳定。",
     {"region": None, "admin_level": "township"}),
    ("a department named after its government (人民政府外事办公室) is the department",
     "北京市人民政府外事办公室2023年法治政府建设年度情况报告\n2023年,市政府外办坚持以习近平法治思想为指导,依法履行部门职责。",
     {"region": "北京市人民政府外事办公室", "admin_level": "department", "province": "北京市"}),
    ("but a press office hosts others' press conferences, and reports nothing itself",
     "本报讯 10月11日上午,朔州市人民政府新闻办公室举行新闻发布会,邀请市司法局相关人员介绍全市法治政府建设工作。",
     {"admin_level": "prefecture"}),
    ("the place a leader visited and spoke of (视察广东重要讲话) is not who reports",
     "2021年,洛浦街在区委、区政府的正确的领导下,认真学习贯彻习近平总书记视察广东重要讲话、重要指示精神,全面推进法治政府建设工作。",
     {"region": None, "province": None, "admin_level": None}),
    ("… the street is, where the text speaks of its street's bodies (街党工委)",
     "2021年,洛浦街在区委、区政府的正确的领导下,认真学习贯彻习近平总书记视察广东重要讲话、重要指示精神,全面推进法治政府建设工作。\n街党工委书记履行推进法治建设第一责任人职责。",
     {"region": "洛浦街", "admin_level": "township", "prefecture": "广州市", "county": "番禺区"}),
    ("… or whose title names it, the year between (海滨街 2020 年法治政府…): a township, as written, not the full form of a letter it quotes",
     "海滨街 2020 年法治政府建设情况报告 2020 年,在区委、区政府的正确领导下,海滨街严格依法行政,每日推送“海滨街道致辖区居民的一封信”。",
     {"region": "海滨街", "admin_level": "township"}),
    ("what a report follows (根据…的规定和…普陀区法治政府建设规划的要求) is not who reports: the town after it",
     "2023年度乡镇法治政府建设情况报告\n区政府:\n根据中共中央、国务院印发的法治政府建设实施纲要的规定和上海市普陀区法治政府建设“十三五”规划的要求,"
     "长征镇依法全面履行政府职能,切实抓好法治政府建设各项工作。现将本镇情况报告如下:",
     {"region": "长征镇", "admin_level": "township", "county": "普陀区"}),
    ("a league governed by its 行政公署 (盟委、行署) is the league its text names",
     "2024年,盟委、行署主要领导同志认真履行法治政府建设第一责任人职责。制发《兴安盟诚信建设工程实施方案》。",
     {"region": "兴安盟", "admin_level": "prefecture", "province": "内蒙古自治区"}),
    ("a notice that publishes the report by its title names the reporter in full (文化和旅游局), where the body shortens it",
     "根据按照中共临沧市委全面依法治市委员会办公室《关于报送2025年度法治政府建设工作情况报告的通知》要求,"
     "现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n"
     "2025年,市文化旅游局在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想,扎实推进法治政府建设。",
     {"region": "临沧市文化和旅游局", "admin_level": "department", "prefecture": "临沧市"}),
    ("… and so does one that issues it (现发布《…》, 现公布…), where no other line names who reports",
     "根据《中华人民共和国政府信息公开条例》规定,现发布《银川市兴庆区司法局2024年政府信息公开工作年度报告》,本报告统计数据从2024年1月1日至12月31日。\n"
     "一、总体情况\n(一)主动公开。2024年,兴庆区司法局切实履行职责,主动公开信息20条。",
     {"region": "银川市兴庆区司法局", "admin_level": "department", "county": "兴庆区", "report_year": 2024}),
    ("a county that says only 我县 is a county, not the city whose requirements it carries out nor one it learns from",
     "2025年,我县深入贯彻落实市委、市政府工作要求,统筹抓好依法行政、营商环境优化、社会治理创新等重点工作,"
     "以法治政府高质量建设推动经济社会高质量发展,各项事业取得新进展、新成效。现将有关情况报告如下:\n"
     "一、主要举措及成效\n积极对标深圳政务规则规制,梳理事项512项。",
     {"region": None, "admin_level": "county", "prefecture": None}),
    ("a county is named as it was when its report was written (禄丰县, 禄丰市 since 2021), not as the site posting it now calls it",
     "禄丰市人民政府\n首页 >> 乡镇信息公开 >> 中村乡\n中村乡2020年度法治政府建设情况报告\n"
     "2020年,中村乡在禄丰县委、县人民政府的正确领导下,认真贯彻落实《禄丰县2020年法治政府建设工作要点》。",
     {"region": "中村乡", "admin_level": "township", "county": "禄丰县", "prefecture": "楚雄彝族自治州"}),
    ("… and by its present name once it has it",
     "中村乡2022年度法治政府建设情况报告\n2022年,中村乡在禄丰市委、市人民政府的正确领导下,扎实推进法治政府建设。",
     {"region": "中村乡", "county": "禄丰市"}),
    ("a street whose name begins with a city's (黄石街) is the street its title names, not that city",
     "黄石街2020年法治政府建设情况报告\n2020年,黄石街严格依法行政。",
     {"region": "黄石街", "admin_level": "township", "county": "白云区"}),
    ("a place the opening names with no body after it, beside 我局, is where the bureau stands",
     "2017年是海珠区基础建设年,我局在区委、区政府正确领导下,围绕全区的中心工作,深入推进依法治区。我区调委会荣获表彰。",
     {"region": None, "admin_level": "department", "county": "海珠区"}),
    ("a report addressed to its city's government is not that government's: one of its departments reports",
     "市政府并市委:\n2020年,在市委市政府的坚强领导下,以习近平生态文明思想为指导,积极推动法治政府建设。现将2020年度工作情况报告如下:\n"
     "市政府常务会议审议通过了四平市生态环境保护规划。",
     {"region": None, "admin_level": "department", "prefecture": "四平市"}),
    ("a page header's line that ends in a colon is no addressee (来源:留下街道 点击率:)",
     "留下街道2022年度法治政府建设工作报告\n发布时间:2023-02-10 15:34:38\n来源:留下街道 点击率:\n\n"
     "2022年,留下街道在区委、区政府的正确领导下,全面推进法治政府建设。",
     {"region": "留下街道", "admin_level": "township"}),
    ("an institution after its government's name reports as a department does (法律援助中心)",
     "2022年度深圳市坪山区法律援助中心共组织办理法律援助案件1428宗,合计法律援助服务2746人次。",
     {"region": "深圳市坪山区法律援助中心", "admin_level": "department", "county": "坪山区"}),
    ("but a city's centre is the city (中心城区)",
     "2023年,遂宁市中心城区建设加快推进,市政府坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": "遂宁市", "admin_level": "prefecture"}),
    ("a sector of a government's departments is one of its departments, unnamed (上海市教育系统)",
     "上海市教育系统深入贯彻落实习近平总书记关于法治政府建设的重要指示,积极推进依法行政、依法治校,现将2019年度教育法治工作情况报告如下:",
     {"region": None, "admin_level": "department", "province": "上海市"}),
    ("and so is a city-wide sector its text calls its own (全市司法行政系统)",
     "2022年,全市司法行政系统在市委、市政府的正确领导下,深入学习贯彻党的二十大和市第八次党代会精神,推进法治遂宁建设。",
     {"region": None, "admin_level": "department"}),
    ("a name quoted with a year is an award's, not who reports",
     "2022年,前海管理局始终坚持以习近平法治思想为指导。前海管理局报送的项目被市委政法委联合授予“深圳市2021年度十大法治事件”。现将有关情况报告如下。\n"
     "前海合作区党工委印发《学习宣传贯彻党的二十大精神实施方案》。",
     {"region": "前海合作区", "admin_level": "development_zone"}),
    ("and without a slogan it is a county of no name",
     "2022年以来,在市委市政府和县委的坚强领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,以及金华市争创全国法治政府建设示范市的工作要求。",
     {"region": None, "admin_level": "county"}),
    ("a report names itself where it announces itself, whatever its opening names first",
     "中共渠县县委、渠县人民政府:\n2025年以来,在县委、县政府的坚强领导下,深入贯彻落实中央、省、市、县关于法治政府建设的各项决策部署,紧扣渠县2025年度法治政府建设工作重点,"
     "立足全镇经济社会发展实际,以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面落实党的二十大及二十届历次全会精神,紧扣达州市“八五”普法规划收官要求,"
     "扎实推进法治政府建设各项工作落地见效。现将宝城镇2025年度法治政府建设情况报告如下。",
     {"region": "宝城镇", "admin_level": "township", "county": "渠县"}),
    ("a department of a named zone is a department",
     "武汉经开区统计局关于2025年度法治政府建设情况的报告\n今年以来,在工委、管委会的坚强领导下,区统计局深入学习贯彻习近平法治思想。",
     {"region": "武汉经开区统计局", "admin_level": "department"}),
    ("a bonded zone is a zone",
     "2025年,东疆综合保税区深入学习贯彻习近平法治思想,全面推进法治政府建设。",
     {"region": "东疆综合保税区", "admin_level": "development_zone"}),
    ("a commission that calls itself 我委 is a department",
     "2022年,在区委、区政府的坚强领导下,我委把习近平法治思想纳入党委理论学习中心组学习内容,扎实推进法治政府建设。",
     {"admin_level": "department"}),
    ("a campaign named after a place (法治甘肃) is not who reports",
     "2022年,在市委、市政府和县委的坚强领导下,全县法治政府建设工作以习近平法治思想为指引,以建设法治高台、法治甘肃为目标,推动政府各项工作全面纳入法治化轨道。\n"
     "县委、县政府高度重视法治建设,制定下发了《高台县法治政府建设实施方案》。县政府常务会议开展会前学法21次。",
     {"region": "高台县", "admin_level": "county"}),
    ("a zone's administrative committee is the zone, not one of its departments",
     "经济技术开发区管理委员会关于 2022年法治政府建设情况报告\n2022年,经开区坚持以习近平新时代中国特色社会主义思想为指引,深入学习贯彻习近平法治思想。",
     {"admin_level": "development_zone"}),
    ("a commission's name is read whole, not cut at 健康委",
     "秦皇岛市卫生健康委员会2025年法治政府建设情况报告\n2025年,市卫生健康委坚持以习近平法治思想为指导,扎实推进法治政府建设。",
     {"region": "秦皇岛市卫生健康委员会", "admin_level": "department"}),
    ("a bureau's branch that calls itself 我分局 is a department",
     "2022年,我分局以习近平新时代中国特色社会主义思想为指导,按照区委区政府关于建设法治政府的决策部署,高水平推进法治政府建设。",
     {"region": None, "admin_level": "department"}),
    ("a brigade that calls itself 我队 is a department",
     "2020年,在管委会的坚强领导下,我队坚持以习近平新时代中国特色社会主义思想为指导,严格规范公正文明执法。",
     {"admin_level": "department"}),
    ("a first paragraph short enough to read as a head line still names the reporter",
     "2021年,在市委、市政府的坚强领导下,顺义区坚持习近平法治思想,进一步提升法治政府建设水平。\n"
     "一、2021年度推进法治政府建设的主要举措和成效\n(一)深入学习宣传习近平法治思想。全面部署学习宣传贯彻习近平法治思想和中央全面依法治国工作会议精神,推动各项工作落实。",
     {"region": "顺义区", "admin_level": "county"}),
    ("the page's path is no title, though it names the report's column",
     "您现在所在的位置 : 首页 > 海丰县人民政府门户网站 > 专题专栏 > 海丰县法治政府建设年度报告公开 > 2025年\n分享到:\n"
     "海丰县卫生健康局2025年法治政府建设年度报告\n2025年,海丰县卫生健康局深入贯彻习近平法治思想,严格落实法治政府建设实施纲要。",
     {"title": "海丰县卫生健康局2025年法治政府建设年度报告", "region": "海丰县卫生健康局", "admin_level": "department"}),
    ("a party committee and its government reporting together are the government",
     "2023年,长寿镇党委、政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,全面落实习近平法治思想。",
     {"region": "长寿镇", "admin_level": "township"}),
    ("a page's path written without spaces is no title",
     "市司法局>专题专栏>法治政府建设工作情况报告\n宜兴市徐舍镇人民政府2025年度法治政府建设情况报告\n"
     "2025年,徐舍镇在市委、市政府的正确领导下,将法治政府建设融入镇域经济发展各项中心工作。",
     {"title": "宜兴市徐舍镇人民政府2025年度法治政府建设情况报告", "region": "徐舍镇", "admin_level": "township",
      "county": "宜兴市"}),
    ("a park the gazetteer lists among townships, by its bare name, is a zone when it speaks of its 管委会",
     "2025年,松山湖扎实推进法治政府建设各项工作,为园区高质量发展提供了法治保障。\n党工委、管委会将学习贯彻习近平法治思想作为重要政治任务。",
     {"region": "松山湖", "admin_level": "development_zone", "prefecture": "东莞市"}),
    ("a town is never a zone, whatever its text speaks of",
     "2023年,长寿镇坚持以习近平法治思想为指导,推进工业园区管委会规范运行,全面推进依法行政。",
     {"region": "长寿镇", "admin_level": "township"}),
    ("我局 whose only place, named twice, is its city (in its own plans' titles) stands in that city",
     "2024年,在市委市政府的领导部署下,我局深入贯彻落实法治政府建设的各项决策部署。\n"
     "印发了《许昌市农业农村系统2024年度法治政府建设工作要点》,制定下发了《许昌市农业农村系统2024年度领导干部学法计划》。",
     {"region": None, "admin_level": "department", "province": "河南省", "prefecture": "许昌市"}),
    ("我局 that names itself in full in passing (its own plan's title) is named as written at its longest",
     "2022年,我局深入贯彻落实法治政府建设的各项决策部署,为我区高质量发展提供统计保障。\n"
     "制定《江门市新会区统计局2022年度抽查计划》,新会区统计局全年开展执法检查12次。",
     {"region": "江门市新会区统计局", "admin_level": "department", "county": "新会区"}),
    ("我局 that names another department of its city beside its own is named by neither",
     "2024年,我局紧紧围绕市委、市政府关于法治政府建设工作要求,扎实推进依法行政。\n"
     "印发《临沧市应急管理局领导干部应知应会法律清单》,配合临沧市司法局开展执法监督。",
     {"region": None, "admin_level": "department", "prefecture": "临沧市"}),
    ("我委 takes no name from the party committee's commission of its county",
     "2024年,在县委、县政府的坚强领导下,我委全面推进法治政府建设。\n落实古丈县委全面依法治县委员会部署,服务我县发展。",
     {"region": None, "admin_level": "department", "county": "古丈县"}),
    ("我局 takes no name from a body that is no 局",
     "2024年,在县委、县政府的坚强领导下,我局全面推进法治政府建设。\n提请古丈县复议咨询委员会研究案件3件,服务我县发展。",
     {"region": None, "admin_level": "department", "county": "古丈县"}),
    ("我局 naming two places is placed by neither",
     "2024年,我局深入贯彻落实法治政府建设的各项决策部署。\n学习《许昌市农业农村系统工作要点》,借鉴《郑州市法治政府建设经验》。",
     {"region": None, "admin_level": "department", "province": None, "prefecture": None}),
    ("a government's general office reporting to that government is a department",
     "中共武定县委、县人民政府:\n2022年,在县委、县政府的坚强领导下,武定县人民政府办公室坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": "武定县人民政府办公室", "admin_level": "department", "county": "武定县"}),
    ("a city government's general office announcing its own report is a department",
     "2022年,市政府办公厅坚持以习近平法治思想为指导,助力广州打造法治城市标杆。现将2022年度市政府办公厅法治政府建设情况报告如下:",
     {"region": "广州市政府办公厅", "admin_level": "department", "prefecture": "广州市"}),
    ("a town's report that never says 我镇 but speaks of the whole town (全镇, 依法治镇) is no report of the city "
     "whose leaders it names",
     "今年以来,在市委、市政府的坚强领导下,在海安市委全面依法治市委员会的具体指导下,深入学习贯彻习近平法治思想,努力提升依法"
     "行政水平,为全镇高质量发展提供法治保障。\n一、主要工作\n成立全面依法治镇委员会,定期研究法治建设重大问题。",
     {"region": None, "admin_level": "township", "county": "海安市"}),
    ("a district government that never names itself is the place whose documents it issues (印发《常州市天宁区…》)",
     "常州市人民政府:\n2024年,在市委、市政府和区委的坚强领导下,在区人大、区政协的监督支持下,区政府紧扣高质量发展首要任务,"
     "深入推进法治政府建设各项工作,取得了积极成效。\n"
     "一、深化改革\n1.压茬推进重点改革任务。印发《常州市天宁区机构改革方案》,精简优化全区议事协调机构。完成郑陆镇履职事项清单"
     "编制试点任务。\n2.高效履职助力产业发展。推动企业集群入工业园区或小微企业园,依法关停不达标企业50家。",
     {"region": "天宁区", "admin_level": "county", "prefecture": "常州市"}),
    ("… and a town's, whose own plan names it (制定《余坪镇…》), though it follows its city's (贯彻《XX市…》)",
     "一、履职情况\n(一)深学笃行习近平法治思想\n坚持将学习贯彻习近平法治思想作为首要政治任务,全年参与党委理论中心组专题学习6次。"
     "贯彻落实《宜昌市法治建设规划》,制定《余坪镇法治建设三年行动方案》,将“依法治理”纳入全镇高质量发展考核体系。",
     {"region": "余坪镇", "admin_level": "township"}),
    ("… but a street written short (石门街 for 石门街道) that calls itself 我街 is that street",
     "2020年,石门街以习近平新时代中国特色社会主义思想为指导,按照区委、区政府工作部署,以白云湖数字科技城的开发建设为抓手,"
     "推动我街各项事业高质量发展。现将我街2020年度加强法治政府建设的有关情况汇报如下:\n一、本年度主要举措和成效",
     {"region": "石门街", "admin_level": "township", "county": "白云区"}),
    ("… nor a city's whose towns and streets set up their committees (依法治镇(街道)委员会)",
     "2023年义乌市法治政府建设工作情况报告\n2023年以来,义乌市深入贯彻习近平法治思想,全面推进法治政府建设。\n"
     "一、主要工作\n全面推开镇(街)法治化综合改革,14个镇(街)全面建立依法治镇(街道)委员会及配套工作机制。",
     {"region": "义乌市", "admin_level": "county"}),
    ("… but a county's report that strengthens its townships (健全乡镇…) is the county's",
     "2023年,瑞金市坚持以习近平法治思想为指导,全面推进依法行政。\n一、主要工作\n健全乡镇(街道)法治建设工作机制,指导各乡镇落实法治建设责任。",
     {"region": "瑞金市", "admin_level": "county"}),
    ("a street whose report names the zone's bodies only as those that lead it is no zone",
     "2024年,在大鹏新区党工委、管委会的坚强领导下,葵涌党工委、办事处深入学习领会习近平法治思想,认真贯彻党的二十大精神,"
     "严格落实省、市、新区关于法治政府建设决策部署,推动依法治街工作迈上新台阶。现将有关情况报告如下:",
     {"admin_level": None}),
    ("… announcing it above the first headings, whose body speaks of its government's office (县政府办)",
     "根据相关工作要求,现将武定县人民政府办公室2022年开展法治建设工作情况报告如下:\n一、工作开展情况\n(一)强化组织保障\n"
     "一是完善机构。成立并调整充实了县政府办法治建设工作领导小组,认真落实法治建设工作“一把手”负责制。由县政府办党组书记任组长。",
     {"region": "武定县人民政府办公室", "admin_level": "department", "county": "武定县"}),
    ("a report that calls itself only 我局, on a page whose header names a department as its issuer, is that department's",
     "- 发布机构:泉州台商投资区管理委员会自然资源与规划建设交通局\n- 公文生成日期:2025-12-23\n区依法治区办:\n"
     "2025年,根据国家、省、市、区法治建设工作部署,我局全面履行政府部门职能,将法治建设列为重要基础性工作,扎实推进各项任务。",
     {"region": "泉州台商投资区管理委员会自然资源与规划建设交通局", "admin_level": "department", "prefecture": "泉州市"}),
    ("a commission written short (农业农村委) is a district's department, not the district",
     "滨海新区农业农村委2020年法治政府建设情况报告\n根据区司法局《关于报送2020年法治政府建设情况的函》等文件要求,我委认真对照"
     "《区农业农村委依法行政工作要点》,对我委2020年度法治政府建设情况报告如下:",
     {"region": "滨海新区农业农村委", "admin_level": "department", "county": "滨海新区"}),
    ("a department's short name in brackets after its full one is none of its name",
     "2021年,北京市文化市场综合执法总队(以下简称总队)坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": "北京市文化市场综合执法总队", "admin_level": "department", "province": "北京市"}),
    ("a government's general office that opens its report as its subject is a department",
     "2024年,广州市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导,统筹推进法治建设各项任务。",
     {"region": "广州市人民政府办公厅", "admin_level": "department", "prefecture": "广州市"}),
    ("a development zone's general office that titles its report is a department",
     "兰州新区管委会办公室2024年度法治政府建设工作情况报告\n2024年,兰州新区管委会办公室坚持以习近平法治思想为指导,深入贯彻落实新区党工委的部署要求。",
     {"region": "兰州新区管委会办公室", "admin_level": "department"}),
    ("a street that its title names by the short form 街 is the street, though its report never says 我街",
     "2022年胡家园街法治政府建设工作总结\n2022年,在区委区政府的正确领导下,胡家园街认真贯彻落实习近平法治思想,按照滨海新区的部署要求推进法治建设。",
     {"region": "胡家园街", "admin_level": "township", "county": "滨海新区"}),
    ("a road of a street's short name in a report that never speaks of a street's bodies names no street",
     "2022年河东区法治政府建设情况报告\n2022年,河东区推进依法行政,胡家园街拓宽工程如期完工。",
     {"region": "河东区", "admin_level": "county"}),
    ("a county-level city addressing 市人民政府 that its leaders name as another city is the county-level city",
     "市人民政府:\n2023年,在郑州市委、市政府的正确领导下,新密市坚持以习近平法治思想为指导,全力推动法治政府建设。现将有关情况报告如下:",
     {"region": "新密市", "admin_level": "county", "prefecture": "郑州市"}),
    ("a government's general office whose own report's title opens with it is a department, whatever the report",
     "龙游县人民政府办公室2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,现编制并发布本单位2023年度"
     "政府信息公开工作报告。本报告电子版可从龙游县人民政府门户网站下载。\n一、总体情况\n(一)主动公开。2023年,我办全面深化政务公开。",
     {"title": "龙游县人民政府办公室2023年政府信息公开工作年度报告", "region": "龙游县人民政府办公室",
      "admin_level": "department", "county": "龙游县"}),
    ("… with its name on the line above such a title, the title's first words",
     "甘谷县人民政府办公室\n2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n"
     "2024年,甘谷县人民政府办公室严格按照《条例》要求推进政务公开工作。",
     {"title": "甘谷县人民政府办公室2024年政府信息公开工作年度报告", "region": "甘谷县人民政府办公室",
      "admin_level": "department", "county": "甘谷县"}),
    ("… and after the division above it, as its head line writes it whole",
     "重庆市荣昌区人民政府办公室\n2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n",
     {"region": "重庆市荣昌区人民政府办公室", "admin_level": "department", "county": "荣昌区"}),
    ("a header's fields listed with bullets (- 标 题: …) give the title, and a field (- 索引号: …) is never a headline",
     "- 索 引 号: FZ01252-2500-2026-00001\n- 发文机关: 鼓楼区市场监督管理局\n- 成文日期: 2026-01-08\n"
     "- 标 题: 福州市鼓楼区市场监督管理局2025年政府信息公开工作年度报告\n- 发布日期: 2026-01-08\n"
     "本报告依据《中华人民共和国政府信息公开条例》有关规定编制。",
     {"title": "福州市鼓楼区市场监督管理局2025年政府信息公开工作年度报告"}),
    ("… and a page whose first line is a field has no headline from it",
     "- 索 引 号:QZ11107-3001-2024-00006\n- 发布机构:德化县司法局\n- 公文生成日期:2024-03-26\n"
     "根据《中华人民共和国法律援助法》有关规定,现将2023年德化县法律援助中心案件办理情况进行公示。",
     {"title": "[德化县司法局2023年法治政府建设年度报告]"}),
    ("a government's office that its disclosure report's account opens with, under the preamble, reports",
     "根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度"
     "报告格式〉的通知》(国办公开办函〔2021〕30号)编制本报告。本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
     "一、总体情况\n2022年,市政府办公室按照国务院和自治区有关要求,"
     "进一步深入贯彻《条例》规定。2022年度通辽市政府网站主动公开文件共100件。",
     {"region": "通辽市政府办公室", "admin_level": "department", "prefecture": "通辽市"}),
    ("… an autonomous region's too (自治区人民政府办公厅)",
     "新疆维吾尔自治区2022年政府信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》要求,编制本报告。\n一、总体情况\n"
     "2022年,自治区人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导,全力推进政府信息公开。",
     {"region": "新疆维吾尔自治区人民政府办公厅", "admin_level": "department", "province": "新疆维吾尔自治区"}),
    ("… and one that draws itself up (特编制湘西自治州人民政府办公室2021年…报告)",
     "根据《中华人民共和国政府信息公开条例》相关规定和要求,特编制湘西自治州人民政府办公室2021年政府信息公开工作年度报告。\n"
     "一、总体情况\n全年主动公开政府信息5396条。",
     {"region": "湘西自治州人民政府办公室", "admin_level": "department"}),
    ("… or that its account names first where nothing else names who reports (2025年,海城市人民政府办公室坚持…)",
     "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和国务院办公厅、省政府办公厅、市政府办公室关于政府信息公开工作的相关部署要求,编制本报告。报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"
     "一、总体情况\n2025年,海城市人民政府办公室紧紧围绕市委、市政府中心工作,持续深化政府信息公开内容。",
     {"region": "海城市人民政府办公室", "admin_level": "department", "county": "海城市"}),
    ("… but a city whose requirements the report follows (江苏省、常州市有关…要求) is not the one whose office reports",
     "为全面反映政府信息公开工作情况、加强政府信息管理,根据《中华人民共和国政府信息公开条例》和江苏省、常州市有关政府信息公开"
     "工作要求编制,全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况等部分。\n一、总体情况\n"
     "2025年,市政府办公室坚持以习近平新时代中国特色社会主义思想为指导,持续深化政务公开。",
     {"region": None, "admin_level": "department", "prefecture": None}),
    ("… and a zone the account names after the year it tells (本年度保税区认真贯彻…) is the zone, not 本年度保税区",
     "天津港保税区2024年度政府信息公开工作报告 |\n根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《中华人民共和国"
     "政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号),本年度报告由总体情况、主动公开政府信息情况等六部分组成。本年度报告中"
     "所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n"
     "本年度保税区认真贯彻落实《中华人民共和国政府信息公开条例》,按照中央、天津市、滨海新区有关政务公开的部署要求推进各项工作。",
     {"region": "天津港保税区", "admin_level": "development_zone"}),
    ("an archive and a supply cooperative report as departments do (下陆区档案馆, 临沂市供销合作社联合社)",
     "下陆区档案馆2022年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n"
     "2022年,我馆主动公开政府信息36条。",
     {"region": "下陆区档案馆", "admin_level": "department", "county": "下陆区"}),
    ("… a supply cooperative's federation too",
     "本报告由临沂市供销合作社联合社根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n2022年,主动公开政府信息52条。",
     {"region": "临沂市供销合作社联合社", "admin_level": "department", "prefecture": "临沂市"}),
    ("… nor is 今天 before a zone word (今天开发区·铁山区总工会: today, the district's union)",
     "为深入学习贯彻党的十九届四中全会精神,推动全区职工群众深入学习和宣传宪法,今天开发区·铁山区总工会结合市总工会“宪法宣传周”"
     "活动安排,在铁山区开展宪法宣传活动。",
     {"region": "铁山区总工会", "admin_level": "department", "county": "铁山区"}),
    ("a report its government's office compiled (由两城镇人民政府党政办公室编制) is its government's",
     "一、工作基本情况\n本报告是根据《中华人民共和国政府信息公开条例》要求,由两城镇人民政府党政办公室编制。\n"
     "2020年,两城镇主动公开政府信息120条。",
     {"region": "两城镇", "admin_level": "township"}),
    ("… a street's, by its own name, where the office is named after the government its name runs on from",
     "本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由无锡市锡山区人民政府厚桥街道党政办公室编制。\n"
     "一、总体情况\n2023年,厚桥街道主动公开政府信息120条。",
     {"region": "厚桥街道", "admin_level": "township", "county": "锡山区"}),
    ("… and one that only answers questions on it (请与青阳县杜村乡办公室联系) is its government's, by its own name",
     "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有任何疑问,请与青阳县杜村乡办公室联系,"
     "地址:安徽省池州市青阳县杜村乡人民政府二楼党政办。\n2024年,杜村乡收到依申请公开申请0条。",
     {"region": "杜村乡", "admin_level": "township", "county": "青阳县"}),
    ("… and so does the office of its leading group on the work (请联系:龙游县大街乡信息公开领导小组办公室)",
     "根据《中华人民共和国政府信息公开条例》规定,现编制并公布本单位2019年政府信息公开工作年度报告。如对本报告有任何疑问,"
     "请联系:龙游县大街乡信息公开领导小组办公室,邮编:324403。\n一、政府信息公开工作的基本概况\n2019年,乡政府信息工作按照"
     "《条例》的要求开展。",
     {"region": "大街乡", "admin_level": "township", "county": "龙游县"}),
    ("… a zone's, whole (请与福州高新技术产业开发区党政办公室联系)",
     "本报告根据《中华人民共和国政府信息公开条例》要求进行编制。\n对本报告如有疑问,请与福州高新技术产业开发区党政办公室联系。\n"
     "一、总体情况\n2023年,我区主动公开政府信息120条。",
     {"region": "福州高新技术产业开发区", "admin_level": "development_zone"}),
    ("a zone named by its administration (旌德县经济开发区管委会) is the zone of the county named before it",
     "旌德县经济开发区管委会2019年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》要求编制。\n"
     "一、总体情况\n2019年,我委主动公开政府信息56条。",
     {"region": "旌德县经济开发区", "admin_level": "development_zone", "county": "旌德县"}),
    ("the year of a notice's serial number (应急部公告2024年第1号) is not the year reported on",
     "应急部公告 2024年第1号《应急管理部2023年政府信息公开工作报告》\n中华人民共和国应急管理部\n公  告\n2024年 第1号\n"
     "按照《中华人民共和国政府信息公开条例》(国务院令第711号)有关要求,我部编制了《应急管理部2023年政府信息公开工作报告》,现予公布。"
     "\n应急管理部\n2024年1月24日\n应急管理部2023年政府信息公开工作报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制。",
     {"report_year": 2023, "region": "应急管理部"}),
    ("the year a cited law was revised in (《…条例》(2019年修订版)) is not the year reported on",
     "本报告根据《中华人民共和国政府信息公开条例》(2019年修订版)的要求,由朔州市统计局编制。本报告中所列数据的统计期限自"
     "2023年1月1日起至2023年12月31日止。\n一、总体情况\n全年主动公开政府信息120条。",
     {"report_year": 2023}),
    ("… nor where the brackets go on after it ((2019年修订,以下简称《条例》))",
     "本报告根据《中华人民共和国政府信息公开条例》(2019年修订,以下简称《条例》)规定的内容和格式编制。本报告中所列数据的统计期限自"
     "2021年1月1日起至2021年12月31日止。\n一、总体情况\n全年主动公开政府信息120条。",
     {"report_year": 2021}),
    ("a disclosure report's declared statistics period (统计期限自2023年1月1日至12月31日止) is the year it reports on",
     "本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市长宁区新华路街道办事处编制。本年度报告中所列数据的统计期限自"
     "2023年1月1日至12月31日止。\n一、总体情况\n新华路街道主动公开政府信息120条。",
     {"report_year": 2023}),
    ("every township a notice lists (现将各乡镇人民政府…权责清单予以公布) is none of them reporting",
     "各乡镇人民政府、街道办事处,县政府有关部门,县直有关单位:\n为进一步厘清县乡职责边界,经县政府研究同意,现将各乡镇人民政府"
     "(街道办事处)权责清单予以公布。\n乡镇人民政府权责清单共计203项。",
     {"region": None, "admin_level": None}),
    ("会同 before 县's bodies is a verb (还会同县统计、卫生等部门: jointly with), not 会同县",
     "县普法领导小组还会同县统计、卫生、工商等部门，深入乡镇开展法制宣传教育。",
     {"region": None, "county": None}),
    ("a commission written short right after its level word (市科委) is a department, not the city whose Party committee and "
     "government its opening names",
     "2016年,市科委全面贯彻落实《法治政府建设实施纲要(2015—2020年)》和中共天津市委、天津市人民政府《关于贯彻落实<法治政府建设实施纲要"
     "(2015—2020年)>的实施意见》的要求,进一步加快法治政府建设。现将工作情况总结汇报如下。",
     {"region": "天津市科委", "admin_level": "department", "province": "天津市"}),
    ("a department its title names bare before the year (司法局2024年…) reports, not the county its body calls 我县",
     "司法局2024年法治政府建设年度报告\n2024年,我县法治政府建设扎实推进,全年办理行政复议案件12件。",
     {"region": None, "admin_level": "department"}),
    ("what a place does (作为县级行政中心, 召开了…委员会第五次工作会议) is no body's name run into it",
     "永新县禾川镇作为县级行政中心,展现出较高的政务管理水平。该镇2024年主动公开信息15条。",
     {"region": "禾川镇", "admin_level": "township", "county": "永新县"}),
    ("… nor the centre it works on (深入推进综治中心规范化建设), after a zone or a street",
     "2024年,常州经开区深入推进综治中心规范化建设,全年化解矛盾纠纷1200件。",
     {"region": "常州经开区", "admin_level": "development_zone"}),
    ("… (积极推进综治中心实体化运行)",
     "近年来,潍坊市高密市密水街道积极推进综治中心实体化运行,化解矛盾纠纷300件。",
     {"region": "高密市密水街道", "admin_level": "township"}),
    ("Inner Mongolia's townships as a kind (各苏木乡镇人民政府) are no 苏木乡",
     "本报告根据《中华人民共和国政府信息公开条例》规定,汇总全旗各苏木乡镇人民政府、旗直各部门政府信息公开工作情况编制而成。\n"
     "一、总体情况\n2024年,察哈尔右翼后旗主动公开政府信息1200条。",
     {"region": "察哈尔右翼后旗", "admin_level": "county"}),
    ("… nor the committee whose meeting it held",
     "12月14日,蒲城县召开了全面依法治县委员会第五次工作会议。会议传达学习了习近平法治思想。",
     {"region": "蒲城县", "admin_level": "county"}),
    ("a bureau that says it draws up and publishes its report (我局编制并向社会公开…局2023年度…报告) is named by that report",
     "根据《中华人民共和国政府信息公开条例》要求,我局编制并向社会公开莆田市涵江区人力资源和社会保障局2023年度政府信息公开工作年度报告。"
     "本报告在涵江区政府网站公开,如对本年报有任何疑问,请与涵江区人力资源和社会保障局办公室联系(地址:涵江区涵东街道四元街206弄6号,"
     "邮编:351111)。\n一、总体情况\n2023年,我局始终坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "莆田市涵江区人力资源和社会保障局", "admin_level": "department", "county": "涵江区"}),
    ("a government's office whose report issues itself (现公布《南京市江宁区人民政府办公室2023年…》) reports, as written there",
     "根据《中华人民共和国政府信息公开条例》要求,现公布《南京市江宁区人民政府办公室2023年政府信息公开工作年度报告》,"
     "报告中所列数据的统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n2023年,我办认真贯彻落实上级要求。",
     {"region": "南京市江宁区人民政府办公室", "admin_level": "department", "county": "江宁区"}),
    ("places whose requirements a report follows (依据…江苏省、常州市有关…要求编制) are not who reports: the zone its body names",
     "本年报依据《中华人民共和国政府信息公开条例》和江苏省、常州市有关政府信息公开工作要求编制。\n一、总体情况\n"
     "2024年,常州经开区坚持以习近平新时代中国特色社会主义思想为指导,主动公开政府信息1200条。",
     {"region": "常州经开区", "admin_level": "development_zone", "province": "江苏省", "prefecture": "常州市"}),
    ("… and 和 after a title joins it to the county's government (《条例》和县政府…), not 和县",
     "《条例》颁布施行以来,我办(局)高度重视信息公开工作,认真贯彻落实了《条例》和县政府对政府信息公开工作的有关精神及各项要求。",
     {"county": None, "province": None}),
    ("… and written short in the title under a header label spread to its cell's width (标   题), by its full name",
     "发布机构 县政府办公室\n标   题 县政府办2022年度政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》规定编制。"
     "报告电子版通过府谷县人民政府网站全文公开。\n一、总体情况\n2022年,府谷县人民政府办公室严格落实政务公开要求。",
     {"title": "县政府办2022年度政府信息公开工作年度报告", "region": "府谷县人民政府办公室", "admin_level": "department"}),
    ("the places a ranking lists (排名前五的省份为:河北、广东…) are the ranked, not who reports",
     "生态环境部通报2020年1-4月环境行政处罚案件执行情况\n2020年1-4月,全国共下达处罚决定书28369份。\n"
     "2020年1-4月,行政处罚案件数量排名前五的省份为:河北、广东、山东、江苏、河南;行政处罚罚款金额排名前五的省份为:广东、河北、江苏。\n"
     "2020年1-4月,五类案件数量排名前五的省份为:广东、河北、江苏、山东、安徽。",
     {"province": None, "prefecture": None}),
    ("a park written after its county, whose name the gazetteer lists only elsewhere, is the county's park",
     "2022年,奉新县高新技术产业园区管委会坚持依法行政,全面推进政务公开。\n我委全年主动公开政府信息120条。",
     {"region": "奉新县高新技术产业园区", "admin_level": "development_zone", "county": "奉新县"}),
    ("a government reporting to the one above it is the government, though its office is named",
     "楚雄州人民政府:\n2022年,武定县人民政府办公室牵头,武定县坚持以习近平法治思想为指导,全面推进依法行政。",
     {"admin_level": "county", "county": "武定县"}),
    ("a name several counties share is placed by the division code of the page's index number",
     "- 索 引 号:370402/2022-00029\n- 标 题:市中区人力资源和社会保障局2021年度法治政府建设情况报告\n"
     "2021年,市中区人力资源和社会保障局深入贯彻习近平法治思想,全面推进依法行政。",
     {"region": "市中区人力资源和社会保障局", "admin_level": "department", "prefecture": "枣庄市", "county": "市中区"}),
    ("a free trade zone names its province in brackets after the country (here one of its committee's bureaus reports)",
     "中国(上海)自由贸易试验区管理委员会保税区管理局2023年度法治政府建设情况报告\n2023年,保税区管理局党组积极学习贯彻党的二十大精神。",
     {"region": "中国(上海)自由贸易试验区管理委员会保税区管理局", "admin_level": "department", "province": "上海市"}),
    ("a city bureau's branch named after the city's district is placed there, not where an abbreviation of its name points",
     "巴中市自然资源和规划局巴州分局关于2023年法治政府建设工作情况的报告\n根据区法治办的通知,现将我局2023年法治政府建设工作情况报告如下。",
     {"region": "巴中市自然资源和规划局巴州分局", "admin_level": "department", "province": "四川省", "prefecture": "巴中市", "county": "巴州区"}),
    ("one area of a free trade zone reports under the zone's name and its own",
     "中国(福建)自由贸易试验区厦门片区管理委员会深入学习贯彻党的二十大精神,积极推进法治政府建设。",
     {"region": "中国(福建)自由贸易试验区厦门片区", "admin_level": "development_zone", "province": "福建省"}),
    ("a free trade zone's area written short is a development zone",
     "青岛自贸片区2023年法治政府建设年度报告\n2023年,青岛自贸片区坚持以习近平法治思想为指导,着力推进法治政府建设。",
     {"region": "青岛自贸片区", "admin_level": "development_zone", "prefecture": "青岛市"}),
    ("where a spokesman spoke to the press (22日在北京对记者表示) is not who reports",
     "中新社北京2月22日电 (记者 阮煜琳)中国生态环境部新闻发言人刘友宾\n22日在北京对记者表示,2022年生态环境部门持续优化执法方式,"
     "全年共下达行政处罚决定9.10万个。",
     {"region": None, "province": None}),
    ("an enforcement corps (总队) reports as a department, not as its city",
     "北京市文化市场综合执法总队2021年行政执法统计年报\n一、行政执法主体情况\n北京市文化市场综合执法总队对外以北京市文化和旅游局名义执法。",
     {"region": "北京市文化市场综合执法总队", "admin_level": "department", "province": "北京市"}),
    ("a national industrial base its committee governs (基地) is a development zone, not its city",
     "西安航空基地2019年度法治政府建设工作报告\n2019年,航空基地认真贯彻落实党的十九大精神,推进法治政府建设。",
     {"region": "西安航空基地", "admin_level": "development_zone", "province": "陕西省", "prefecture": "西安市"}),
    ("a province serving a free trade zone in its name is the province",
     "2023年,上海市坚持依法行政,服务中国(上海)自由贸易试验区建设,全面推进法治政府建设。",
     {"region": "上海市", "admin_level": "province"}),
    ("a report that names no reporter but speaks of a zone's governing bodies is the zone's its text names most",
     "一、工作开展情况\n党工委、管委会将全区法治建设工作任务列入年度工作要点,明确法治建设职责。\n"
     "将法治建设工作纳入《2021年池州经开区重点工作责任清单》和《池州经开区落实市政府重点工作责任分解清单》。",
     {"region": "池州经开区", "admin_level": "development_zone", "prefecture": "池州市"}),
    ("a report that names no reporter nor speaks of a zone's governing bodies is not a zone's it names",
     "一、工作开展情况\n将全区法治建设工作任务列入年度工作要点,明确法治建设职责。\n"
     "将法治建设工作纳入《2021年池州经开区重点工作责任清单》和《池州经开区落实市政府重点工作责任分解清单》。",
     {"region": None}),
    ("an autonomous county is written by its place and 自治县, without its peoples",
     "2022年,在县委、县政府的坚强领导下,镇宁自治县坚持以习近平法治思想为指导,高质量推进我县法治政府建设。",
     {"region": "镇宁自治县", "admin_level": "county", "prefecture": "安顺市"}),
    ("the governments whose decisions a report carries out are not who reports",
     "2020年,本县深入贯彻党的十九届五中全会精神,认真落实自治区党委、自治区人民政府以及"
     "南宁市委、市人民政府关于法治建设的决策部署,扎实推进法治政府建设。",
     {"region": None, "admin_level": "county"}),
    ("a place named bare is not who reports where the report says 我州 of a prefecture it never names; "
     "it stands in the region it reports to",
     "自治区人民政府:\n2020年,我州坚持以习近平新时代中国特色社会主义思想为指导,贯彻落实习近平总书记关于新疆工作的重要讲话精神。",
     {"region": None, "admin_level": "prefecture", "province": "新疆维吾尔自治区"}),
    ("a zone in no gazetteer stands in the one city its text names",
     "2022年,泾河新城坚持以习近平法治思想为指导,全面推进法治政府建设。\n新城党委会学法6次,配合西安市开展执法检查。",
     {"region": "泾河新城", "admin_level": "development_zone", "province": "陕西省", "prefecture": "西安市"}),
    ("a zone in no gazetteer whose text names two cities stands in neither",
     "2022年,泾河新城坚持以习近平法治思想为指导,全面推进法治政府建设。\n新城党委会学法6次,学习西安市、咸阳市经验。",
     {"region": "泾河新城", "admin_level": "development_zone", "province": None, "prefecture": None}),
    ("a place's name in an honour (全省“平安区”) does not place a zone",
     "2023年,西咸新区坚持以习近平法治思想为指导,全面推进法治政府建设。\n新区连续四年荣获全省“平安区”称号。",
     {"region": "西咸新区", "admin_level": "development_zone", "province": None}),
    ("a zone's name never starts with the 年 of a year a PDF copy spaced",
     "1、12016 年西咸新区法治政府建设情况的报告2016 年,西咸新区认真贯彻党的十八届六中全会精神。",
     {"region": "西咸新区", "admin_level": "development_zone"}),
    ("a county named as before it was renamed (横县, 横州市 since 2021) is found and written as the report writes it, its county field too",
     "横县2020年度法治政府建设情况报告\n2020年,横县深入贯彻党的十九届五中全会精神,扎实推进法治政府建设。",
     {"region": "横县", "admin_level": "county", "county": "横县", "prefecture": "南宁市"}),
    ("all a county's governments as the subject (全县各级行政机关) are the county its text names, by its former name too",
     "在州委、州政府和县委的正确领导下,全县各级行政机关认真贯彻落实党的十八届六中全会精神,全面推进依法行政。\n"
     "下发了《兴仁县人民政府关于推行法律顾问制度的通知》和《兴仁县人民政府工作规则》。",
     {"region": "兴仁县", "admin_level": "county", "county": "兴仁县", "prefecture": "黔西南布依族苗族自治州"}),
    ("all a prefecture's governments as the subject (全州各级政府) are the prefecture, not the region a speech is about",
     "今年以来,在自治区党委、政府坚强领导下,全州各级政府坚持以习近平法治思想为指导,贯彻新疆工作总目标。\n"
     "巴州各族干部群众……推进法治巴州建设,巴州法治政府建设取得新成效。",
     {"region": "巴音郭楞蒙古自治州", "admin_level": "prefecture"}),
    ("divisions written one after another are one place: a 我委 report naming only 重庆市涪陵区 stands in 涪陵区",
     "一、2025年推进法治政府建设的主要举措和成效\n(一)我委通过党委会带头学、理论学习中心组专题学,在系统内掀起学习热潮。\n"
     "根据中共重庆市涪陵区委机构编制委员会的批复,印发《重庆市涪陵区疾病预防控制工作方案》。",
     {"region": None, "admin_level": "department", "province": "重庆市", "county": "涪陵区"}),
    ("a 我局 report whose one place is named once, in its own full name, is that department's",
     "根据法治政府建设年度报告制度的要求,现将我局2022年度法治政府建设工作报告如下:\n"
     "我局高度重视法治政府建设工作。印发《江门市交通运输局行政执法公示办法》,规范执法行为。",
     {"region": "江门市交通运输局", "admin_level": "department", "prefecture": "江门市"}),
    ("a 我厅 report naming places of several divisions is the one department of its ending it names whole again and again",
     "根据《广东省法治政府建设情况定期报告规定》和司法部有关工作要求,现将我厅2017年度法治政府建设情况报告如下:\n"
     "2017年,我厅认真贯彻落实《广东省法治政府建设实施纲要》,推动我厅乃至全省司法行政机关法治政府建设取得了明显成效。\n"
     "一、主要工作情况\n(一)依法全面履行政府职能。一是继续深化行政审批制度改革。推进行政许可标准化工作,"
     "43项行政许可事项全部通过合法性审查,动态修订完善了行政许可事项通用指导目录(2017年版),进一步规范申请条件、办理流程"
     "和审查标准,提高了审批工作的透明度和可预期性,编写了43套办事指南和业务手册。"
     "持续清理并更新行政审批中介服务事项。积极开展“减证便民”行动,进一步缩减了行政许可事项承诺办理时限和申请材料,"
     "承诺办理时限平均压缩超过40%,缩减申请材料95个。"
     "二是做好行政审批职权事项委托下放工作。顺利完成将我厅18项省级行政职权事项"
     "调整由广州、深圳两市实施工作,制定了《广东省司法厅关于调整实施省级行政职权事项的监督管理办法》。三是实施权责清单动态管理。"
     "修订完善我厅权责清单,形成了《广东省司法厅权责清单》(2017版)。",
     {"region": "广东省司法厅", "admin_level": "department", "province": "广东省"}),
    ("…but not a department of its ending it names once (a notice of another it cites)",
     "现将我局2023年度法治政府建设情况报告如下:\n我局贯彻《成都市财政局关于规范资金管理的通知》,配合绵阳市、德阳市开展工作。",
     {"region": None, "admin_level": "department", "province": None}),
    ("…nor one of two of its ending it names whole",
     "现将我局2023年度法治政府建设情况报告如下:\n我局执行《成都市财政局关于资金的通知》《成都市财政局关于预算的通知》,"
     "配合《成都市审计局关于审计的通知》《成都市审计局关于整改的通知》,与绵阳市、德阳市协作。",
     {"region": None, "admin_level": "department", "province": None}),
    ("the body that gives an honour in a passive clause (被…省司法厅评为) is not who reports",
     "近日,井研县委依法治县办被省委依法治省办、省司法厅评为全省“七五”普法中期先进集体,中共井研县司法局机关第一支部"
     "委员会被省司法厅评为全省司法行政系统先进党支部。\n2019年,全县司法行政工作以服务高质量发展为主线,"
     "为县政府重要行政决策事项出具合法性审查意见书160份,举办四川省行政执法人员资格统一考试。",
     {"region": "井研县司法局", "admin_level": "department", "county": "井研县"}),
    ("a place written short before a law firm's name names no department of it",
     "现将我局2024年度法治政府建设工作报告如下:\n我局高度重视法治政府建设。聘请江苏承匠律师事务所律师作为分局法律顾问。",
     {"region": None, "admin_level": "department", "province": None}),
    ("a comprehensive bonded zone written short (综保区) is a zone",
     "2024年,东疆综保区坚持以习近平法治思想为指导,全面推进法治政府建设。",
     {"region": "东疆综保区", "admin_level": "development_zone"}),
    ("an area its own committee governs (景区管理委员会) is a zone, not its city",
     "永安市景区管理委员会2021年法治政府建设工作报告\n2021年,景区管委会坚持依法行政,推进景区法治建设。",
     {"region": "永安市景区", "admin_level": "development_zone", "county": "永安市"}),
    ("a report that calls itself 我局 is the department its preamble says compiled it, though its account opens below",
     "本报告根据《中华人民共和国政府信息公开条例》和《四川省贯彻<中华人民共和国政府信息公开条例>实施办法(试行)》有关规定,"
     "由乐山市林业和园林局办公室编制,报告主要内容包含总体情况、主动公开政府信息情况等六个部分。\n一、总体情况\n"
     "2021年,我局坚持以习近平新时代中国特色社会主义思想为指导,牢固树立“绿水青山就是金山银山”发展理念,"
     "坚决贯彻落实党中央国务院和省委省政府、市委市政府工作部署,切实加强政府信息资源的规范化管理。",
     {"region": "乐山市林业和园林局", "admin_level": "department", "prefecture": "乐山市"}),
    ("a report that calls itself 我局 is the department its preamble says answers on it, not the place its site names",
     "一、总体情况\n本报告根据《中华人民共和国政府信息公开条例》编制。报告的电子版可在“泉州市鲤城区人民政府”门户网站下载。"
     "对本报告如有疑问,请与鲤城区农业农村和水利局联系(地址:泉州市鲤城区)。\n"
     "2022年,本部门主动公开政府信息10条。我局严格落实保密审查制度。",
     {"region": "鲤城区农业农村和水利局", "admin_level": "department", "county": "鲤城区"}),
    ("a report that calls itself 我单位 is the department its preamble says answers on it, not that department's city",
     "本报告根据《中华人民共和国政府信息公开条例》要求编制。报告全文包括:总体情况,主动公开政府信息情况,"
     "收到和处理政府信息公开申请情况等六部分。\n本报告中所列数据的统计期限为2023年1月1日起至2023年12月31日止。"
     "如对本报告有任何疑问,请与铜仁市审计局办公室联系(地址:贵州省铜仁市碧江区)。\n一、总体情况\n"
     "(一)主动公开。2023年,铜仁市审计局认真贯彻落实《中华人民共和国政府信息公开条例》和省、市政府信息公开有关要求,"
     "紧紧围绕市委、市政府中心工作。我单位全年共公开信息434条。",
     {"region": "铜仁市审计局", "admin_level": "department", "prefecture": "铜仁市"}),
    ("a report that calls itself 我单位 is not the township office its preamble names as contact (党政综合办公室)",
     "东风路街道2024年政府信息公开工作年度报告\n如对本报告有任何疑问,请与东风路街道党政综合办公室联系。\n"
     "一、总体情况\n2024年,我单位认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息35条。",
     {"admin_level": "township"}),
    ("a report that calls itself 我局 is the department it says to get in touch with directly (直接与…联系)",
     "本报告电子版可在漳平市人民政府门户网站财政信息公开专栏下载。若有疑问或意见建议,可通过网站的政府信息公开意见箱反映"
     "或直接与漳平市财政局人秘股联系。\n一、总体情况\n2021年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,"
     "主动公开政府信息35条。",
     {"region": "漳平市财政局", "admin_level": "department", "county": "漳平市"}),
    ("… and the department it says to get in touch with after a colon (请联系:涵江区教育局办公室(地址:…))",
     "本报告根据《中华人民共和国政府信息公开条例》编制。本年度报告电子版在莆田市涵江区人民政府网站政府信息公开平台公布,"
     "如对报告有任何疑问,请联系:涵江区教育局办公室(地址:涵江区新涵大街789号,电话:0594-3393156)。\n一、总体情况\n"
     "2021年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息35条。",
     {"region": "涵江区教育局", "admin_level": "department", "county": "涵江区"}),
    ("… and the contact department that opens a paragraph of its body by name, in a text that calls itself no place",
     "本报告依据《中华人民共和国政府信息公开条例》要求编制。电子版可在花山区人民政府网站“政府信息公开”专栏下载。"
     "如有疑问,请与马鞍山市花山区财政局办公室联系(地址:竹园路2号)。\n一、政府信息公开工作总体情况\n"
     "2021年,花山区财政局认真贯彻落实省、市、区关于全面推进政务公开工作的部署和要求,主动公开信息297条。",
     {"admin_level": "department", "county": "花山区"}),
    ("a page's path above the title (> 政务公开 > … > 2020年度工作报告) is no title",
     "进入老年模式 退出老年模式\n> 政务公开 > 信息公开目录 > 信息公开年报 > 2020年度工作报告\n"
     "临海市水利局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局主动公开信息120条。",
     {"title": "临海市水利局2020年政府信息公开工作年度报告", "region": "临海市水利局"}),
    ("a report that names itself after 现公开 (现公开来凤经济开发区信息公开2018年度报告) is that body's",
     "根据《中华人民共和国政府信息公开条例》和《政府信息公开工作年度报告》编制格式的要求,现公开来凤经济开发区信息公开"
     "2018年度报告。本报告由概述,主动公开政府信息情况等六部分组成。\n一、概述\n2018年,我区主动公开政府信息56条。",
     {"region": "来凤经济开发区", "admin_level": "development_zone", "county": "来凤县"}),
    ("a report that names itself after 现向社会公开 is that body's",
     "按照《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>"
     "的通知》的要求,现向社会公开《渭南市发展和改革委员会2022年政府信息公开工作年度报告》。\n"
     "一、总体情况\n2022年,我委政府信息公开工作在省、市政务公开办的悉心指导下,深入学习贯彻党中央、国务院和省委、省政府,"
     "市委、市政府关于全面推进政务公开工作的系列部署,主动公开政府信息120条;渭南市发改委微信公众号发布信息100条。",
     {"region": "渭南市发展和改革委员会", "admin_level": "department", "prefecture": "渭南市"}),
    ("a zone's committee's office that compiled the report (管委会办公室) drew it up for the zone",
     "本报告依据《中华人民共和国政府信息公开条例》,由福州保税区管委会办公室编制。全文包括概述,主动公开政府信息情况等。\n"
     "一、概述\n2010年,我委认真贯彻《条例》,主动公开政府信息120条。",
     {"region": "福州保税区", "admin_level": "development_zone"}),
    ("an industrial zone (工业集中区) whose committee compiled the report is the zone, not its county",
     "2018年3月18日\n本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,由桃源县工业集中区管理委员会"
     "编制。\n一、概述\n2017年,我区主动公开政府信息56条。",
     {"region": "桃源县工业集中区", "admin_level": "development_zone", "county": "桃源县"}),
    ("… but not where the text calls itself a place (我区): the department only answers for its government",
     "本报告依据《中华人民共和国政府信息公开条例》要求编制。电子版可在花山区人民政府网站下载。"
     "如有疑问,请与马鞍山市花山区财政局办公室联系。\n一、总体情况\n2021年,花山区财政局牵头,我区主动公开信息297条。",
     {"admin_level": "county", "region": "花山区"}),
    ("a street named right after its zone in the title (高新区青田街道办事处) reports, placed where it is, not the zone",
     "高新区青田街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n2022年,青田街道坚持以公开为常态。",
     {"region": "青田街道", "admin_level": "township", "prefecture": "滨州市"}),
    ("… and so does one the gazetteer does not list, after a zone named in full (西咸新区底张街道办事处)",
     "西咸新区底张街道办事处2023年度政府信息公开工作年度报告\n一、总体情况\n2023年,底张街道坚持以公开为常态。",
     {"region": "底张街道", "admin_level": "township"}),
    ("… and so does one the gazetteer lists, after a zone named with its city (枣庄高新区兴城街道办事处)",
     "枣庄高新区兴城街道办事处2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,结合我街道实际,编制本报告。",
     {"region": "兴城街道", "admin_level": "township", "prefecture": "枣庄市"}),
    ("… but a zone that names its street in brackets after it (火炬高新区(中山港街道)) is the zone",
     "火炬高新区(中山港街道)2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我区坚持以公开为常态。",
     {"region": "火炬高新区", "admin_level": "development_zone"}),
    ("a county written by its conventional abbreviation (喀左县 for 喀喇沁左翼蒙古族自治县) places its bureau",
     "2022年,喀左县卫健局严格按照《中华人民共和国政府信息公开条例》和县委、县政府关于政府信息公开的有关文件精神要求,"
     "全面落实政府信息公开工作。\n一、总体情况\n2022年,我局进一步深入贯彻条例。",
     {"region": "喀左县卫健局", "admin_level": "department", "province": "辽宁省",
      "county": "喀喇沁左翼蒙古族自治县"}),
    ("和县 after a title in the phrase that says whom the work follows is 和 县委, no county that leads the bureau",
     "2022年,县卫健局严格按照《中华人民共和国政府信息公开条例》和县委、县政府关于政府信息公开的有关文件精神要求,"
     "全面落实政府信息公开工作。\n一、总体情况\n2022年,我局进一步深入贯彻条例。",
     {"region": None, "admin_level": "department", "province": None, "county": None}),
    ("a customs district named by its city (湛江海关) reports as a department, not as the city",
     "湛江海关2023年政府信息公开工作年度报告\n2023年,湛江海关坚持依法行政,全面推进政务公开。",
     {"region": "湛江海关", "admin_level": "department", "prefecture": "湛江市"}),
    ("a government's policy research office (人民政府研究室) reports as its department, not as the city",
     "海口市人民政府研究室2022年政府信息公开工作年度报告\n一、总体情况\n2022年,海口市人民政府研究室认真贯彻落实条例。",
     {"region": "海口市人民政府研究室", "admin_level": "department", "prefecture": "海口市"}),
    ("a page's byline (date, office, view counter) is no addressee that makes the office report for its county",
     "碌曲县2025年政府信息公开工作年度报告\n2026-01-22  碌曲县人民政府办公室   浏览:\n"
     "根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n2025年,碌曲县严格按照条例的各项规定。",
     {"region": "碌曲县", "admin_level": "county"}),
    ("a report whose preamble says it was compiled under the title it quotes (编制完成《鄯善县…年度报告》) is that body's",
     "根据《中华人民共和国政府信息公开条例》、国务院办公厅政府信息与政务公开办公室《关于印发中华人民共和国政府信息公开工作年度"
     "报告格式的通知》(国办公开办函﹝2021﹞30号)、自治区人民政府政务服务办公室《关于做好政府信息公开工作年度报告编制工作的函》"
     "和吐鲁番市人民政府办公室印发的《关于做好2022年政府信息公开工作年度报告编制工作的通知》文件要求,"
     "结合我县29个部门及11个乡镇人民政府信息公开工作年度报告有关统计数据编制完成《鄯善县2022年政府信息公开工作年度报告》。\n"
     "一、总体情况\n"
     "2022年,我县坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "鄯善县", "admin_level": "county", "prefecture": "吐鲁番市"}),
    ("a scenic area named after a county whose name holds a prefecture's (峨眉山 holds 眉山) is in that county",
     "2021年法治政府建设工作报告\n2021年,峨眉山景区管委会坚持依法行政,推进景区法治建设。",
     {"region": "峨眉山景区", "admin_level": "development_zone", "prefecture": "乐山市", "county": "峨眉山市"}),
    ("a commission that manages something for its government (城市管理委员会) is a department, not the city",
     "北京市城市管理委员会2022年法治政府建设年度报告\n2022年,市城市管理委员会坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": "北京市城市管理委员会", "admin_level": "department", "province": "北京市"}),
    ("a commission written short (城市管理委) is a department too, named in full",
     "市城市管理委2023年度行政执法情况报告\n2023年,天津市城市管理委员会在市委、市政府的领导下,坚持依法行政。",
     {"region": "天津市城市管理委员会", "admin_level": "department", "province": "天津市"}),
    ("a district's commission written short in its title is the district's department, named as its page names it",
     "蓟州区城市管理委2024年度行政执法工作报告\n来源:蓟州区城市管理委员会 发布时间:2025-01-24\n"
     "2024年,蓟州区城市管理委深入贯彻习近平法治思想。",
     {"region": "蓟州区城市管理委员会", "admin_level": "department", "province": "天津市", "county": "蓟州区"}),
    ("a commission's office written short (语委办) is a county's department, not the county; its other plate "
     "in brackets is of its name",
     "桑日县藏语委办(编译局)2024年法治政府建设年度报告\n2024年,在县委、县政府的坚强领导下,我(局)深入贯彻落实法治政府建设各项决策部署。",
     {"region": "桑日县藏语委办(编译局)", "admin_level": "department", "province": "西藏自治区", "county": "桑日县"}),
    ("who carries out its province government's demands is not the province its object names bare",
     "2023年, (略) 认真贯彻落实党中央关于全面依法治国的决策部署及省委、省政府工作要求,"
     "强力推动《法治政府建设实施纲要(2021—2025年)》和辽宁省法治政府建设十项重点任务落地落实。",
     {"region": None, "admin_level": None}),
    ("a place a city's report acts on (将平度市…) is not who reports as 我市",
     "2017年,我市认真贯彻党的十九大精神,推进“放管服”改革。在全省率先启动相对集中行政许可权改革工作,"
     "将平度市25个政务服务事项划转行政审批局。",
     {"region": None}),
    ("a province's own report may still say it works to its party committee's and government's plans",
     "黑龙江省2016年度法治政府建设情况报告\n2016年,全省各级行政机关按照党中央、国务院和省委、省政府部署,全面推进依法行政。",
     {"region": "黑龙江省", "admin_level": "province"}),
    ("a department whose title leaves out its city and a 和 is named as its body writes it",
     "市人力资源社会保障局2020年法治政府建设年度报告\n2020年度,上海市人力资源和社会保障局(以下称市人社局)以习近平法治思想为指导。",
     {"region": "上海市人力资源和社会保障局", "admin_level": "department", "province": "上海市"}),
    ("a town that issues a plan under its name, in a page of short lines, one sentence a line, before its body starts",
     "一、履职情况\n(一)深入学习习近平法治思想,全面贯彻依法治国战略部署\n"
     "坚持把学习贯彻习近平法治思想作为首要政治任务,全年参加党委理论中心组专题学习5次。\n"
     "坚持把法治教育纳入干部教育培训总体规划,组织班子成员和中层干部参加法治讲座3场。\n"
     "坚持把述法工作纳入年度考核,镇党委主要负责人在年终述职中专门报告履行法治建设职责情况。\n"
     "以党的二十大精神为指引,制定《余坪镇法治建设三年行动方案》,将依法治理纳入考核体系。\n"
     "严格落实法治护航乡村振兴要求,推动全镇法治阵地建设全覆盖,新建法治文化广场1处,升级12个村(社区)公共法律服务站点,"
     "实现全镇公共法律服务全覆盖。",
     {"region": "余坪镇", "admin_level": "township"}),
    ("a text that calls itself 我委 is a department's, though the only place it names is in a plan it made",
     "一、主要工作推进情况\n(一)全面深化习近平法治思想学习宣传贯彻\n制定实施2024年涪陵区交通法治工作要点、普法计划,"
     "将习近平法治思想作为干部职工培训学习重点内容。\n(二)依法履行职能\n全年我委共办理行政许可12491件,办结率100%。",
     {"region": None, "admin_level": "department"}),
    ("a defence mobilisation office written short (国动办) is a city's department, not the city",
     "2022年,岳阳市国动办深入贯彻习近平法治思想及中共岳阳市委全面依法治市委员会工作部署,将法治思维贯穿人防工程建设全链条。"
     "现将有关情况报告如下:",
     {"region": "岳阳市国动办", "admin_level": "department", "prefecture": "岳阳市"}),
    ("a people's federation whose title names it (残疾人联合会) reports as a department, not as the district its page "
     "gives as issuer",
     "| 发文机关: | 冷水滩区 | 发文日期: | |\n永州市冷水滩区残疾人联合会\n关于2025年度法治政府建设情况的报告\n"
     "2025年,在区委、区政府的坚强领导下,区残联坚持以习近平新时代中国特色社会主义思想为指导,深入践行习近平法治思想。",
     {"region": "永州市冷水滩区残疾人联合会", "admin_level": "department", "prefecture": "永州市", "county": "冷水滩区"}),
    ("a department that writes itself short (市文广旅局) is named in full as the title of a plan it issued writes it",
     "2023年,市文广旅局在市委、市政府的坚强领导下,深入推进依法行政,现将相关情况报告如下:\n一、工作开展情况\n"
     "健全本行业法治建设工作制度,印发《资阳市文化广播电视和旅游局2023年普法工作方案》。",
     {"region": "资阳市文化广播电视和旅游局", "admin_level": "department", "prefecture": "资阳市"}),
    ("a bureau its page issues as 区司法局 is named whole as its title writes it, where the gazetteer cannot place its district",
     "发布单位: 区司法局(区行政复议局)\n西湖区司法局2024年工作总结和2025年工作思路\n2024年以来,全区司法行政工作紧扣主题年要求。",
     {"region": "西湖区司法局", "admin_level": "department"}),
    ("a level word and a bureau (区司法局) name no region where nothing writes the district with it",
     "发布单位: 区司法局\n2024年工作总结\n2024年以来,西湖区司法行政工作紧扣主题年要求,西湖区法治建设稳步推进。",
     {"region": None}),
    ("a news outlet and its writer (山东法制传媒网:(王昌健)) are not who reports: the county its story is about is",
     "山东法制传媒网:(王昌健)为更好贯彻落实《法治政府建设实施纲要(2021—2025年)》,全面推进东阿县法治政府建设向更高水平发展,"
     "3月3日上午,山东省聊城市东阿县人大常委会党组副书记带队对我县2022年度法治政府建设情况开展调研。",
     {"region": "东阿县", "admin_level": "county", "prefecture": "聊城市"}),
    ("an outlet's 讯 with its correspondent (安康新闻网讯(通讯员 郭健)) names no reporter: the bureau its story is about does",
     "安康新闻网讯(通讯员 郭健)近日,石泉县司法局专门安排对2017年度法律扶贫“一村(社区)一法律顾问”工作进行了检查验收。",
     {"region": "石泉县司法局", "admin_level": "department", "county": "石泉县"}),
    ("a dateline with its place after the day (中国江苏网5月20日南通讯) names no reporter",
     "中国江苏网5月20日南通讯 5月19日上午,市委依法治市办召开第二次全体(扩大)会议,全面总结2019年工作开展情况。",
     {"region": None, "admin_level": None}),
    ("a place named bare as a later item of a list of places visited is not who reports",
     "3184 期 / 第7版:科普法制\n东坡区 不断推进法治政府建设工作\n\n本报讯 近日,眉山市人大常委会副主任李永高带队调研"
     "东坡区2020年度法治政府建设情况,区级相关部门负责人陪同调研。\n\n当天,调研组一行首先深入苏辙小学、苏祠街道金龙社区、"
     "尚义镇龚村,了解各地法治建设情况。在随后召开的座谈会上,区人大常委会作关于2020年规范性文件备案审查工作情况的报告。",
     {"region": "东坡区", "admin_level": "county"}),
    ("so is one that supervises and manages state assets (国有资产监督管理委员会)",
     "上海市国有资产监督管理委员会2022年法治政府建设情况报告\n2022年,市国资委坚持依法行政。",
     {"region": "上海市国有资产监督管理委员会", "admin_level": "department"}),
    ("a zone's bureau named first reports, not the zone whose bodies lead it, and stands in the zone's city",
     "2023年,高新区综治局在区党工委、区管委会的正确领导下,坚持以习近平法治思想为指导,推动本部门法治政府建设。\n"
     "高新区2022年平安珠海建设考评位列全市前列,配合珠海市开展专项整治。",
     {"region": "高新区综治局", "admin_level": "department", "prefecture": "珠海市"}),
    ("an autonomous county whose place has three characters (张家川县) is found",
     "2024年,我县全面推进法治政府建设,全县各级行政机关坚持依法行政。\n印发《张家川县法治政府建设实施方案》。",
     {"region": "张家川县", "admin_level": "county", "county": "张家川回族自治县"}),
    ("a two-character county that a year opens the report with (2023年,新县在…) is named, not the province its honours name",
     "2023年,新县在市委、市政府的坚强领导下,始终坚持以习近平法治思想为指导。新县在法治信阳考核中获评优秀,先后获评“河南省法治政府建设示范县”。",
     {"region": "新县", "admin_level": "county", "prefecture": "信阳市"}),
    ("the page's source (来源:区司法局) posted a district's report: the district speaks as 我区 under 区人大, a district's body",
     "关于2025年法治政府建设情况的报告\n来源:区司法局\n发布时间:2026-02-26\n"
     "2025年是承上启下之年。一年来,在区委的坚强领导和区人大及其常委会的有力监督下,我区坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": None, "admin_level": "county"}),
    ("我区 without a people's congress may be a zone's: no level is said",
     "关于2025年法治政府建设情况的报告\n2025年,在区党工委的坚强领导下,我区坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": None, "admin_level": None}),
    ("a town that never names itself stands in the district its opening names as leading it",
     "2021年,我镇在云安区委、区政府的坚强领导下,全面依法行政,为建设高质量发展的美丽云浮提供法治保障。",
     {"region": None, "admin_level": "township", "county": "云安区", "prefecture": "云浮市", "division_code": None}),
    ("a county that never names itself stands in the city that leads it",
     "2022年,我县在承德市委、市政府的正确领导下,坚持以习近平法治思想为指导,全面推进依法行政。",
     {"region": None, "admin_level": "county", "prefecture": "承德市", "province": "河北省"}),
    ("a province's department that says only 我厅 is named by the ministry whose guidance it works under",
     "2019年,在省委、省政府坚强领导下,在交通运输部的指导支持下,我厅认真贯彻落实《四川省人民政府2019年度法治政府建设重点工作安排》,现将相关情况报告如下。\n完成《四川省道路旅客运输管理办法》制定。",
     {"region": "四川省交通运输厅", "admin_level": "department", "province": "四川省"}),
    ("but not by two ministries, nor as a city's bureau",
     "2019年,在司法部、交通运输部的指导下,我厅认真贯彻落实《四川省人民政府2019年度法治政府建设重点工作安排》,现将情况报告如下。\n完成《四川省道路旅客运输管理办法》制定。",
     {"region": None, "admin_level": "department", "province": "四川省"}),
    ("a 街道 called by its short form 街 as its clause's subject is the reporter, not a city its slogan names",
     "2021年是“十四五”规划开局之年。在区委、区政府的正确领导下,松洲街以习近平法治思想为引领,奋力建设广州西岸数字科技桥头堡,现将有关情况报告如下:\n"
     "全街共化解矛盾纠纷。",
     {"region": "松洲街", "admin_level": "township", "county": "白云区", "prefecture": "广州市"}),
    ("a road called 街 is no street office",
     "2021年,我县坚持依法行政。在县委的领导下,解放街改造工程顺利完工,群众满意度不断提升。",
     {"region": None}),
    ("a zone that calls itself by its kind (园区) is the one of that kind the gazetteer lists and the text names in full",
     "2022年,园区坚持以习近平新时代中国特色社会主义思想为指导,紧扣园区发展主题,全力推进依法行政。\n印发《苏州工业园区法治政府建设实施方案(2021-2025年)》。",
     {"region": "苏州工业园区", "admin_level": "development_zone", "prefecture": "苏州市"}),
    ("a city's party committee and its government reporting together (汾阳市委、市政府坚持…) are the city",
     "2020年以来在吕梁市委、市政府的坚强领导下,汾阳市委、市政府坚持深入学习贯彻习近平法治思想,现将我市2020年度法治政府建设工作情况汇报如下。",
     {"region": "汾阳市", "admin_level": "county", "prefecture": "吕梁市"}),
    ("an addressee run into the body on the page's first line (嘉兴市委、嘉兴市人民政府: 2020年,海宁市…) is whom it is sent to",
     "中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市以习近平法治思想为指导,贯彻落实省、嘉兴市法治政府建设推进会精神。现将有关情况报告如下: 一、强化责任落实",
     {"region": "海宁市", "admin_level": "county", "prefecture": "嘉兴市"}),
    ("a department named by its province's short form where the text also writes it in full",
     "日前,河北生态环境厅发布2019年度法治建设情况报告。\n冀环法规【2020】4号\n河北省生态环境厅2019年法治政府建设情况报告\n2019年,我厅坚持依法行政。",
     {"region": "河北省生态环境厅", "admin_level": "department", "province": "河北省", "doc_number": "冀环法规【2020】4号"}),
    ("a county-level city's government, led by its city's party committee and its own, is its own",
     "2022年,在内江市委、市政府和隆昌市委坚强领导下,在市人大、市政协监督支持下,市政府坚持以习近平新时代中国特色社会主义思想为指导,"
     "紧紧围绕省、内江市法治政府建设重点和中心工作。\n一、工作开展情况\n印发《隆昌市法治政府建设实施方案》,推动全市发展走在内江市前列。",
     {"region": "隆昌市", "admin_level": "county", "prefecture": "内江市"}),
    ("a zone's department that names its zone by the kind is the zone's the text writes in full",
     "2025年,新区司法局在新区党工委、管委会的坚强领导和市司法局的具体指导下,按照中央、省市新区关于法治政府建设工作的部署和要求,"
     "以高效能法治建设保障新区高质量发展。\n一、主要举措和成效\n成功申报“金普新区社会治安综合治理”项目,印发《金普新区2025年高水平法治建设方案》。",
     {"region": "金普新区司法局", "admin_level": "department"}),
    ("a zone the text writes after its city's name keeps the city's name whole, though jieba reads 大连 as an adverb",
     "2023年,新区司法局在新区党工委、管委会的坚强领导下,推进法治政府建设。现将相关情况报告如下:\n一、主要举措和成效\n"
     "印发《大连金普新区贯彻落实〈法治政府建设实施纲要〉重要任务举措分工方案》《中共大连金普新区工作委员会法治建设委员会2023年工作要点》;"
     "组织开展《大连金普新区贯彻法治中国建设规划实施方案》落实情况中期评估。",
     {"region": "大连金普新区司法局", "admin_level": "department", "prefecture": "大连市"}),
    ("the year a report announces itself on, not a year of the work it builds on",
     "在中牟新区党工委、管委会的领导下,我镇持续深化法治政府建设实践,在2023年工作基础上稳步提升,各项工作取得阶段性成效。"
     "现将我镇2024年法治政府建设情况报告如下。\n一、压实责任,筑牢法治根基",
     {"report_year": 2024}),
    ("a notice that sends a report on reports on the year of the title it sends, not the year it looks ahead to",
     "各县(市)区司法局,局机关各处室:\n现将《2022年全市司法行政工作总结》印发给你们,希望各单位在此基础上再接再厉,做好2023年各项工作。\n"
     "福州市司法局\n2023年2月2日\n2022年全市司法行政工作总结\n一、坚持党的领导",
     {"report_year": 2022}),
    ("a report that opens on months of a year reports on that year",
     "2019年1月至6月,我局办理行政诉讼案件31宗,其中一审案件25宗,二审案件6宗。针对我局的行政复议案件1宗,尚在审理中。",
     {"report_year": 2019}),
    ("the year a span starts from is no year reported on where the text, not its opening, names another",
     "发布日期:2019-03-20\n主任,各位副主任:\n我受区人民政府委托,报告我区公共法律服务体系建设情况。\n一、近年来所做工作及主要成效\n"
     "近年来,我局紧紧围绕全面推进依法治国战略部署,把健全公共法律服务体系作为总揽司法行政工作的重要抓手,通过统筹推进发展、提升供给能力、"
     "加大保障力度,促进公共法律服务体系建设取得明显成效,群众满意度明显提高。\n"
     "(一)加快推进公共法律服务平台建设\n1.重点推进司法所建设。目前,我区已创成2家省级司法所。\n"
     "2.强化保障。2018年,齐贤司法所被评为全国模范司法所。区财政自2016年起,分三年安排司法所建设专项资金。2016年以来共接待群众咨询1.2万人次。",
     {"report_year": 2018}),
    ("a report on a span of years reports on its last, after which it is written",
     "2022年至2024年,金龙坪街道深入贯彻习近平法治思想,将法治建设贯穿街道治理全过程。现将三年工作情况报告如下:\n一、主要工作成效",
     {"report_year": 2024}),
    ("a target year (到2020年) is not the year reported on; the one year's work plan the report issued is",
     "统筹推进法治政府建设,为推动常州经济社会高质量发展提供坚实的法治保障。\n一、加强领导,提升法治政府建设成效\n"
     "依法治市办根据《法治政府建设实施纲要(2015—2020年)》明确的到2020年基本建成法治政府的目标,"
     "下发《2019年常州市法治政府建设工作计划》,明确规定责任单位。",
     {"report_year": 2019}),
    ("the one year's work plan a report names with its region first, or in the notice that issued it",
     "今年以来,在市委市政府的领导下,市应急管理局按照《随州市2020年法治政府建设工作要点》安排部署,以落实“三项制度”为抓手,"
     "法治建设工作稳步推进。现将工作情况报告如下:",
     {"report_year": 2020}),
    ("a work plan issued in a notice names the year",
     "根据《中共澄江市委全面依法治市委员会办公室关于印发玉溪市2023年法治政府建设工作计划的通知》文件,结合林草工作实际,"
     "学习贯彻党的二十大精神,全面推进依法行政。",
     {"report_year": 2023}),
    ("a city led by its province's bodies is a city, not the county-level city it names as an example",
     "去年以来,在省委、省政府和市委的正确领导下,在市人大常委会的有力监督下,市政府认真贯彻落实党的十九大精神。现将有关情况报告如下。\n"
     "一、加快政府职能转变\n安丘市在全省率先实施镇级“最多跑一次”改革。实施向滨海区放权。",
     {"region": None, "admin_level": "prefecture", "county": None}),
    ("a department of a zone's administrative committee is the department, not the zone",
     "湖南湘江新区管理委员会应急管理局2022年度法治政府建设工作总结\n\n2022年,按照有关工作部署,我局结合应急管理工作实际,扎实推进法治政府建设工作。",
     {"region": "湖南湘江新区管理委员会应急管理局", "admin_level": "department", "report_year": 2022}),
    ("a street called by its short form is the street, not the city its name begins with",
     "2022年,在区委、区政府的正确领导下,黄石街党工委、办事处高举习近平法治思想旗帜,全面推进法治政府建设工作。现将2022年法治政府建设工作报告如下:\n"
     "一、强化组织领导\n黄石街“三重一大”事项均经合法性审查。",
     {"region": "黄石街", "admin_level": "township", "prefecture": "广州市", "county": "白云区"}),
    ("a place that instructions are on (关于西藏工作的重要指示) is not who reports",
     "2023年以来,地区司法处坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记关于西藏工作的重要指示和新时代党的治藏方略。",
     {"region": None, "province": None}),
    ("a place that a central conference is on (中央新疆工作座谈会) is not who reports",
     "106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下,106团深入学习贯彻习近平总书记全面依法治国新理念及第三次中央新疆工作座谈会精神,"
     "全面深化法治团场建设。",
     {"region": None, "province": None, "admin_level": None}),
    ("… but one unit's row of a statistical return is its own",
     "附件:\n一、行政执法工作统计年报\n(一)2021年度行政许可情况\n单位名称 | 行政许可实施数量 | 撤销许可数量 |\n"
     "曲阜市自然资源和规划局 | 0 | 0 | 0 | 0 | 0 |\n合计 | 0 | 0 | 0 | 0 | 0 |",
     {"region": "曲阜市自然资源和规划局", "admin_level": "department"}),
    ("a news site's credit (四川新闻网消息(谢先虎)) is not who reports",
     "四川新闻网消息(谢先虎)12月3日,叙永县司法局组织召开行政复议听证会,公开审查刘某等8人不服正东镇人民政府处理决定复议案。",
     {"region": "叙永县司法局", "admin_level": "department"}),
    ("… nor a newspaper's byline ((深圳侨报 聂朦 陈极鹏))",
     "吉华创新社区法律顾问服务方式\n发布时间: 2018年01月03日\n(深圳侨报 聂朦 陈极鹏)近日,吉华街道举行2018年一社区一法律顾问聘任仪式,"
     "并对2018年一社区一法律顾问工作进行了安排部署。",
     {"region": "吉华街道", "admin_level": "township"}),
    ("a people's organisation reports as a department does: a trade union (章丘区总工会)…",
     "章丘区总工会关于公开2023年度普法数据及履职情况的报告\n现将本单位2023年度普法工作履职情况报告如下:\n一、健全普法工作机制情况",
     {"region": "章丘区总工会", "admin_level": "department", "county": "章丘区"}),
    ("… a women's federation that calls itself by its county's kind (县妇联)…",
     "2023年,县妇联法治建设工作在县委县政府的领导下,紧紧围绕南华县中心工作,为南华县妇女儿童办实事。",
     {"region": "南华县妇联", "admin_level": "department", "county": "南华县"}),
    ("… or is named before another (城西乡妇联积极响应县妇联)",
     "城西乡妇联积极响应县妇联号召,开展“八五”普法宣传活动,维护妇女儿童合法权益。",
     {"region": "城西乡妇联", "admin_level": "department"}),
    ("… and the Youth League's committee of a city (共青团鄂州市委)",
     "共青团鄂州市委2021年法治建设工作情况报告\n2021年,团市委在市委的坚强领导下,深入学习贯彻习近平法治思想。",
     {"region": "共青团鄂州市委", "admin_level": "department", "prefecture": "鄂州市"}),
    ("… or 团 alone before it (团杨陵区委), not a body that attended",
     "近日,团杨陵区委在杨凌高新初级中学举办青少年法治宣传示范活动。团区委、区妇联、区教育局有关负责同志参加活动。",
     {"region": "团杨陵区委", "admin_level": "department", "county": "杨陵区"}),
    ("words that run on from a place to a centre (凌海市高标准打造公共法律服务中心) name no centre",
     "凌海市高标准打造公共法律服务中心,今年以来共接待群众咨询3000余人次。",
     {"region": "凌海市", "admin_level": "county"}),
    ("a government's gazette that carries a district's news (宁波市人民政府公报) is not who reports",
     "首页 期刊 宁波市人民政府公报 鄞州区法律援助工作实现全覆盖 【正文】\n鄞州区法律援助工作实现全覆盖\n"
     "近年来,鄞州区法律援助工作以区法律援助中心为圆心,不断拓展服务。",
     {"region": "鄞州区", "admin_level": "county"}),
    ("… and the Youth League's committee of a district (共青团林芝市巴宜区委员会)",
     "共青团林芝市巴宜区委员会2024年法治政府建设工作总结\n2024年以来,在区委、区政府的坚强领导下,团区委紧密围绕法治政府建设目标,"
     "以实际行动助力巴宜区法治建设工作迈上新台阶。",
     {"region": "共青团林芝市巴宜区委员会", "admin_level": "department", "county": "巴宜区"}),
    ("a kind of body in every county of a province (浙江省县级…中心) is no one body that reports",
     "中新网杭州11月23日电(苏礼昊)截至今年三季度末,浙江省县级社会矛盾纠纷调处化解中心(下称县级矛调中心)共接待群众近101.1万人次,"
     "受理矛盾纠纷27.5万余件。",
     {"region": None, "admin_level": None}),
    ("a page's long path line before the title is head, so the header row after the title is read",
     ">政务公开 >政府信息公开 >政府信息公开 >县政府信息公开 >行政权力 >法治政府建设报告 >青田县法治政府建设工作报告\n首页\n"
     "青田县人民政府2020年法治政府建设年度报告\n索引号: 002652299/2021-111028 发布机构: 青田县人民政府 发布时间: 2021-03-11 15:23:54\n"
     "文号:\n2020年,青田县坚持以习近平总书记全面推进依法治国总目标为工作指引,扎实推进依法执政、公开施政、诚信施政。现将有关情况报告如下:\n"
     + "".join(f"({n})县政府全面推进依法行政,各项工作取得明显成效,法治政府建设水平不断提升。\n" for n in range(12)),
     {"publish_date": "2021-03-11", "region": "青田县"}),
    ("a city's party committee and government written together without a mark (聊城市委市政府) report together",
     "前 言\n2022年是极不平凡、极为重要的一年。这一年,聊城市委市政府持续加强对法治政府建设的组织领导,全面落实中央法治建设“一规划两纲要”和山东省实施方案、具体举措,"
     "推动聊城市成功创建“山东省法治政府建设示范市”。",
     {"region": "聊城市", "admin_level": "prefecture", "province": "山东省"}),
    ("the bodies whose plans a report follows (按照党中央国务院、省委省政府决策部署) are not who reports",
     "2022年,全市法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,按照党中央国务院、省委省政府决策部署和市委工作要求,"
     "持续深化法治政府建设示范市创建成果。宁波市法治政府建设取得积极成效。",
     {"region": "宁波市", "admin_level": "prefecture"}),
    ("我市 led by a named city is the one county-level city of that city the text names",
     "2017年,在台州市市委、市政府的正确领导和省、市法制办的指导下,我市认真贯彻落实党的十九大精神,进一步发挥政府法制工作的作用。\n"
     "一、加强领导\n临海市高度重视法治政府建设工作。",
     {"region": "临海市", "admin_level": "county", "prefecture": "台州市"}),
    ("a report announced above its body is the announcer's on its year; a postal address and a paragraph are no reporter and no title",
     "根据《法治政府建设实施纲要(2021—2025年)》和相关文件要求,现将市人社局2022年法治政府建设情况报告予以公开。\n"
     "本报告包括主要举措和成效、党政主要负责人履行推进法治建设第一责任人职责情况、存在不足和原因、2023年重点工作措施四个部分。"
     "本报告所列数据的期限为2022年1月1日至2022年12月31日。如对本报告有任何疑问,请与市人社局法规处联系(地址:天津市和平区建设路18号;邮编:300040)\n"
     "一、主要举措和成效\n2022年,市人社局坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "天津市人社局", "admin_level": "department", "county": None, "report_year": 2022,
      "title": "[天津市人社局2022年法治政府建设年度报告]"}),
    ("the issuer on its own line under the title reports, not the city it reports to and is led by",
     "关于2019年度法治政府建设情况的报告\n\n镇江市人民政府:\n\n现将我市2019年度法治政府建设情况报告予以呈报,请审阅。\n\n\n"
     "丹阳市人民政府\n\n2020年5月12日\n\n \n\n" + "\n".join(["", " "] * 6) + "\n2019年度法治政府建设情况报告\n\n \n\n丹阳市人民政府\n\n \n\n"
     "2019年,在镇江市委、市政府的领导下,在市人大常委会的监督指导下,我市深入贯彻法治政府建设实施纲要,"
     "按照镇江市《2019年全市推进依法行政建设法治政府工作要点》要求,全力推进依法行政,"
     "加快丹阳法治政府建设步伐,各项工作取得了明显的成效。\n一、2019年法治政府建设工作情况",
     {"region": "丹阳市", "admin_level": "county", "prefecture": "镇江市"}),
    ("a zone named by its kind (起步区, 实验区) is a development zone",
     "济南新旧动能转换起步区管委会2024年度法治政府建设报告\n一、党政主要负责人认真履行推进法治建设第一责任人职责\n"
     "将学习贯彻习近平法治思想纳入党工委理论学习中心组重点学习内容。",
     {"region": "济南新旧动能转换起步区", "admin_level": "development_zone"}),
    ("a province's name a page puts before a city's department is no part of the department's",
     "山东青岛市农业农村局2025年法治政府建设情况报告\n2025年,我局坚持以习近平法治思想为指导,全面推进农业农村法治建设。",
     {"region": "青岛市农业农村局", "admin_level": "department", "prefecture": "青岛市"}),
    ("a government's general office takes the official name its head writes",
     "遂府办〔2025〕3号\n遂宁市人民政府办公室\n关于2024年法治政府建设工作情况的报告\n市委、市政府:\n"
     "2024年,市政府办公室坚持以习近平新时代中国特色社会主义思想为指导,扎实推动法治政府建设工作取得成效。",
     {"region": "遂宁市人民政府办公室", "admin_level": "department"}),
    ("a zone named by its kind (国家旅游度假区) is a development zone",
     "2025年,湄洲岛国家旅游度假区党工委、管委会坚持以习近平新时代中国特色社会主义思想为指导,深入学习践行习近平法治思想。现将全年工作情况报告如下:\n"
     "一、坚持党的全面领导",
     {"region": "湄洲岛国家旅游度假区", "admin_level": "development_zone"}),
    ("the county an opening year introduces after who leads it",
     "2024年,在市委市政府坚强领导下,房县坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作。现将工作情况报告如下:\n"
     "一、主要工作和成效",
     {"region": "房县", "admin_level": "county", "prefecture": "十堰市"}),
    ("the day a report was delivered, run into its first body line, not a repost's time stamp years later",
     "宜昌市人民政府关于2016年法治政府建设情况的报告\n栏目:宜昌市人民政府办公室-通知公告 发布时间:2020-04-13 加入收藏\n"
     "——2017年3月20日在宜昌市第六届人民代表大会常务委员会第一次会议上市人民政府常务副市长袁卫东2016年,在市委的正确领导下,市政府坚持依法行政,"
     "法治政府建设取得新成效。",
     {"publish_date": "2017-03-20", "report_year": 2016}),
    ("a row of header fields is no title, and the body posted by a bureau names who reports",
     "索引号 | 11332500002645216W/2022-35204 | 文号 | |\n组配分类 | 法治政府工作报告 | 发布机构 | 丽水市司法局 |\n"
     "成文日期 | 2022-03-16 | 公开方式 | 主动公开 |\n2021年,丽水市全面贯彻习近平法治思想,认真落实省委、省政府决策部署,"
     "创成首批法治浙江(法治政府)建设示范市,群众满意度连续6年居全省前列。",
     {"region": "丽水市", "admin_level": "prefecture"}),
    ("a municipality's district department takes the name its text writes in full",
     "2025年,区城市管理局坚持以习近平新时代中国特色社会主义思想为指导,深入学习宣传贯彻习近平法治思想,持续推进城市管理法治化。\n"
     "一、主要举措\n制定《重庆市涪陵区城市管理局2025年法治政府建设工作要点》,明确重点工作。",
     {"region": "重庆市涪陵区城市管理局", "admin_level": "department", "county": "涪陵区"}),
    ("a zone's report that never names its zone speaks of its 党工委 and its 管委会",
     "一、主要工作\n党工委理论学习中心组专题学法2次,全区科级以上400余人参加了习近平法治思想专题培训班。"
     "管委会各类会议231次均经合法性审查。",
     {"region": None, "admin_level": "development_zone"}),
    ("a congress named by its term is no department of its province",
     "2025年福建省人力资源和社会保障法治工作的总体要求是:全面贯彻落实党的二十大精神,坚持以习近平法治思想为指导,为人社事业高质量发展提供有力法治保障。\n"
     "一、坚持根本方向,突出党对法治政府建设的全面领导\n贯彻领导干部年度述法制度,厅领导班子成员带头述法。"
     "推动《福建省职工权益保障条例》经福建省第十四届人民代表大会常务委员会审议通过。",
     {"region": None, "admin_level": "department", "province": "福建省"}),
    ("a department led by a named government's committee and government stands in it",
     "2025年,在开平市委、市政府及上级生态环境部门的正确领导下,我局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n"
     "一、主要举措\n2025年制定《江门市生态环境局开平分局行政执法培训方案》,全年开展执法培训5次。",
     {"admin_level": "department", "province": "广东省", "prefecture": "江门市", "county": "开平市"}),
    ("我区 with a district's own government (区政府) and no zone's committees is a district",
     "2020年,在市委、市政府的正确领导下,我区全面贯彻落实习近平总书记全面依法治国新理念新思想新战略,紧紧围绕法治政府建设目标。\n"
     "一、主要工作\n区政府常务会议专题研究法治政府建设工作。",
     {"region": None, "admin_level": "county"}),
    ("an agency with a long name after its province reports as a department (自然保护区管理局)",
     "县委、县政府:\n2025年,在县委、县政府的正确领导下,湖北堵河源国家级自然保护区管理局坚持以习近平新时代中国特色社会主义思想为引领,深入推进保护区依法行政。",
     {"region": "湖北堵河源国家级自然保护区管理局", "admin_level": "department", "province": "湖北省"}),
    ("a city bureau's county branch the opening year introduces is the branch, not its county",
     "2025年,岳阳市生态环境局岳阳县分局(以下简称“我局”)坚持以习近平新时代中国特色社会主义思想为指导,严格对标法治政府建设实施纲要要求。",
     {"region": "岳阳市生态环境局岳阳县分局", "admin_level": "department", "prefecture": "岳阳市", "county": "岳阳县"}),
    ("a department is published by the full name its report also writes",
     "2024年,在省委、省政府的正确领导下,江西省药监局坚持以习近平法治思想为指导,全面推进依法行政。\n"
     "印发《江西省药品监督管理局2024年党组理论学习中心组学习计划》,推动学法常态化。",
     {"region": "江西省药品监督管理局", "admin_level": "department", "province": "江西省"}),
    ("a department written short as 人力社保局 is published by the full name its page header writes",
     "杭州市人力资源和社会保障局\n时间:2021-03-22 16:48\n现将杭州市人力社保局2020年法治政府建设年度工作开展情况报告如下。",
     {"region": "杭州市人力资源和社会保障局", "admin_level": "department", "prefecture": "杭州市"}),
    ("a street written short as 胡家园街 is published by the full name its page also writes",
     "当前位置:胡家园街道> 政务公开> 最新文件\n胡家园街2018年法治政府建设工作总结\n2018年,在区委区政府的正确领导下,胡家园街深入推进法治政府建设。",
     {"region": "胡家园街道", "admin_level": "township"}),
    ("a department written short as 林草局 is published by the full name of its plan's title",
     "2024年,在省委、省政府的坚强领导下,省林草局认真践行习近平法治思想。\n"
     "印发《四川省林业和草原局2024年林草法治建设工作要点》,明确了年度任务。",
     {"region": "四川省林业和草原局", "admin_level": "department", "province": "四川省"}),
    ("a township the gazetteer does not list, written after its county, stands in that county",
     "垫江县桂东街道2025年全面依法治县和法治政府建设工作报告\n因行政区划调整,原长龙镇、黄沙镇合并为桂东街道。桂东街道认真开展自查自纠。",
     {"region": "桂东街道", "admin_level": "township", "province": "重庆市", "county": "垫江县"}),
    ("… and where the opening names it as the subject of what it does (a street renamed from a town: 弋江镇)",
     "2024年,弋阳县弋江街道在法治政府建设的征程中稳步前行,深入贯彻习近平法治思想,扎实推进各项工作。",
     {"region": "弋江街道", "admin_level": "township", "province": "江西省", "county": "弋阳县"}),
    ("… and where a space stands between its name and the year (a title's words set apart)",
     "济南市历下区建筑新村街道 2024年度法治政府建设报告\n2024年,建筑新村街道坚持以习近平新时代中国特色社会主义思想为指导,持续推进依法行政。",
     {"region": "建筑新村街道", "admin_level": "township", "province": "山东省", "county": "历下区"}),
    ("a street the source names with its office (新华街道办事处, of 阿拉善左旗) is that street only where nothing else names it",
     "广州市花都区人民政府新华街道办事处关于2024年度法治政府建设情况的报告\n2024年,新华街坚持以习近平新时代中国特色社会主义思想为指导。",
     {"region": "新华街道", "admin_level": "township", "province": "广东省", "prefecture": "广州市", "county": "花都区"}),
    ("a street no gazetteer lists stands in the county whose leaders it names (在太仓市委、市政府的领导下)",
     "陆渡街道办事处2023年度法治政府建设年度报告\n2023年,在太仓市委、市政府的正确领导下,陆渡街道加强组织领导,推进法治政府建设。",
     {"region": "陆渡街道", "admin_level": "township", "province": "江苏省", "prefecture": "苏州市", "county": "太仓市"}),
    ("a street no gazetteer lists is not placed at another county's street its name ends in (东街道)",
     "桂东街道2025年法治政府建设工作报告\n桂东街道认真开展自查自纠。现将2025年法治建设工作情况报告如下。",
     {"province": None, "prefecture": None, "county": None}),
    ("the issuer on the line above a title that opens with its year is the title's first words",
     "陕西省人民政府办公厅\n2021年度法治建设工作情况报告\n2021年,我厅深入学习习近平法治思想,按照省委、省政府安排部署推进法治建设。",
     {"title": "陕西省人民政府办公厅2021年度法治建设工作情况报告", "region": "陕西省人民政府办公厅",
      "admin_level": "department", "province": "陕西省"}),
    ("a page's header field above the title (发布机构) is who posted it, not who reports",
     "• 索引号: 15239647B/2022-00012\n• 发布机构: 大理州司法局\n关于2021年度法治政府建设情况的报告\n• 大理白族自治州人民政府\n"
     "中共云南省委、省人民政府:\n大理州全面贯彻习近平法治思想,州政府切实履行法治政府建设主体责任,现将有关情况报告如下。",
     {"region": "大理州", "admin_level": "prefecture", "province": "云南省"}),
    ("a quarter of a zone with a committee of its own (南区) is named with it",
     "甘眉工业园区南区管理委员会2023年度法治政府建设工作报告\n2023年,园区坚持以习近平法治思想为指导,推进法治政府建设。",
     {"region": "甘眉工业园区南区", "admin_level": "development_zone"}),
    ("a news item's dateline names where the story was filed, not whose report it summarises",
     "去年依法办结行政复议案件29.3万件\n  本报北京4月1日电  (记者张璁)日前发布的司法部2023年法治政府建设年度报告显示,"
     "2023年,各级行政复议机构始终以维护群众合法权益为落脚点,全国新收行政复议案件31.5万件。\n"
     "  报告显示,司法部持续提升行政复议质效。",
     {"region": "司法部", "admin_level": "department", "province": None}),
    ("the bodies whose duties a new bureau took over (划入…职责) are not who reports",
     "据武汉市硚口机构改革相关工作精神,于2024年6月组建区住房和城市更新局,划入区住房保障和房屋管理局、区城区改造更新局职责。"
     "机构组建后,我局坚持以习近平法治思想为指导。现将2024年法治政府建设情况汇报如下:",
     {"region": None, "admin_level": "department", "prefecture": "武汉市"}),
    ("a text that speaks of its city (立足我市) and of itself as 我局 is the city's bureau, its name unwritten",
     "现就2020年政务公开年度工作情况报告如下:\n推动重点领域立法,立足我市水资源保护,指导市水利与湖泊局起草《咸宁市陆水流域保护条例(草案)》。"
     "\n在网站公开我局对咸宁市政协提案的答复。",
     {"region": None, "admin_level": "department", "prefecture": "咸宁市"}),
    ("a city's bureau right after the year (2022年市交通运输局在…领导下) is the bureau of the city the text names",
     "公示公告\n2022年市交通运输局在市委、市政府和省交通运输厅的正确领导下,深入学习宣传习近平法治思想,"
     "认真贯彻落实国家和省市关于建设法治中国、法治浙江、法治丽水重大部署,全面助力我市创成全国法治政府建设示范市。",
     {"region": "丽水市交通运输局", "admin_level": "department", "prefecture": "丽水市"}),
    ("a zone a clause aims to build (为江北奋力建设…重庆先行示范区提供法治保障) is no reporter",
     "2024年以来,在市委、市政府坚强领导下,全区行政机关坚持以习近平法治思想为指导,"
     "为江北奋力建设中国式现代化重庆先行示范区提供有力法治保障。现将相关情况报告如下。",
     {"region": None, "admin_level": None}),
    ("a page that heads a report with another year's title has the report's own title below it",
     "省应急管理厅 2022 年度法治政府建设工作报告\n\n发布: 2022-06-08 19:50:11\n\n省应急管理厅2019年度法治政府建设工作报告\n\n"
     "2019年,省应急厅在省委、省政府的正确领导下,全面推动实施《法治政府建设实施纲要(2015-2020年)》《山东省法治政府建设实施方案》。",
     {"title": "省应急管理厅2019年度法治政府建设工作报告", "report_year": 2019, "admin_level": "department"}),
    ("a fire brigade reports as a department, named whole",
     "平湖市消防救援大队2023年度法治政府建设情况报告\n2023年,在市委、市政府和市消防救援支队的正确领导下,我大队认真贯彻落实法治政府建设实施纲要。",
     {"region": "平湖市消防救援大队", "admin_level": "department", "county": "平湖市"}),
    ("a government's legal-affairs office by its short name (法制办) is a department, not its city",
     "荆门市政府法制办2014年工作总结\n2014年,在省法制办正确领导下,荆门市政府法制办紧紧围绕市委、市政府工作大局,推进依法行政。",
     {"region": "荆门市政府法制办", "admin_level": "department", "prefecture": "荆门市"}),
    ("a township the gazetteer does not list, after its district, may hold 市 inside its name",
     "黔江区水市乡人民政府关于2020年度法治政府建设情况的报告\n2020年,在区委、区政府的领导下,我乡坚持依法行政。",
     {"region": "水市乡", "admin_level": "township", "county": "黔江区"}),
    ("a district's police (全区公安机关) report as a department; a meeting of bureau heads (公安厅(局)长会议) names no reporter",
     "2023年,全区公安机关在区委、区政府和市公安局的坚强领导下,全面贯彻党的二十大及全国、省、市公安厅(局)长会议精神,"
     "有力维护全区政治社会大局持续安全稳定。",
     {"region": None, "admin_level": "department"}),
    ("a department addressed to its government's legal-affairs office (省政府法制办:) stands in that province",
     "省政府法制办:\n2016年,我厅认真贯彻落实国务院《法治政府建设实施纲要(2015-2020年)》和省政府《江苏省贯彻落实实施方案》,"
     "紧紧围绕人社中心工作,推动各项工作全面纳入法治化轨道。",
     {"region": None, "admin_level": "department", "province": "江苏省"}),
    ("a department's local branch named by a place the gazetteer lacks (龙华监管局) reports as itself, not as the department",
     "2025年,深圳市市场监督管理局龙华监管局深入学习贯彻习近平法治思想,扎实推进依法行政,法治建设各项工作取得了新成效。",
     {"region": "深圳市市场监督管理局龙华监管局", "admin_level": "department", "prefecture": "深圳市"}),
    ("a zone's centre reports as a department of the zone, not as the zone",
     "重庆高新区政务服务和社会事务中心关于2023年法治政府建设的情况报告\n一、2023年主要举措和成效\n"
     "2023年,中心坚持以习近平法治思想为指导,推进依法行政。",
     {"region": "重庆高新区政务服务和社会事务中心", "admin_level": "department"}),
    ("a county-level area the codes file under its prefecture's name too (常德市西洞庭管理区) is found by the name its report writes",
     "西洞庭管理区关于履行推进法治建设第一责任人职责情况的报告\n2024年,我坚持以习近平法治思想为指导,切实履行法治建设第一责任人责任。",
     {"region": "西洞庭管理区", "province": "湖南省", "prefecture": "常德市", "report_year": 2024}),
    ("a news item that names no year but counts from this one's start reports on the year it was published",
     "张家界市人大常委会调研组来慈利县调研\n来源:红网 2020-10-12 15:14:01\n"
     "今年以来,慈利县全面推进依法行政。其中县政府工作部门及乡镇政府应诉的行政案件66件。",
     {"region": "慈利县", "report_year": 2020}),
    ("… and so does a page of the year's second half that counts from this year's start, whatever earlier years it compares with",
     "扎实推进行政应诉工作 增强依法行政意识\n发布时间: 2021-11-15 20:40\n"
     "自治区依法治区办每月定期通报行政机关负责人出庭应诉情况及行政诉讼败诉情况,将各级行政机关负责人出庭应诉、降低行政诉讼败诉率"
     "纳入全面依法治区考核范围,充分履行法治督察职能作用,扎实推进行政机关负责人出庭应诉工作。\n"
     "通过持续督办,全区出庭应诉率从2019年全年的15%提高到2020年全年的29.65%;今年以来继续保持增长态势,1-10月平均出庭应诉率为73.55%,"
     "实现了出庭应诉率2019年低于2020年全国平均出庭应诉率12.15个百分点的转变。",
     {"report_year": 2021}),
    ("a page that names no year and says nothing of this one reports on the year before it was published",
     "慈利县推进依法行政\n来源:红网 2020-03-12 15:14:01\n"
     "慈利县全面推进依法行政。县政府工作部门及乡镇政府应诉的行政案件66件。",
     {"region": "慈利县", "report_year": 2019}),
    ("… unless it was published after the months when a year's reports come out: it tells of the year so far",
     "慈利县推进依法行政\n来源:红网 2020-10-12 15:14:01\n"
     "近年来,慈利县全面推进依法行政。县政府工作部门及乡镇政府应诉的行政案件66件。",
     {"region": "慈利县", "report_year": 2020}),
    ("an ordinary phrase names no region",
     "全市各级行政机关坚持依法行政,在县里和乡里开展了多种形式的宣传活动,取得了较好的效果,群众满意度不断提升。",
     {"region": None, "admin_level": None}),
    ("officials a body sent to the place a story is about are visitors, not who reports",
     "(记者 张鸿雨)3月20日上午,郏县创建省级法治政府建设示范县实地核验工作汇报会举行。省司法厅、市司法局的相关领导和郏县县委副书记、"
     "县长李红民等参加。郏县县委、县政府历来高度重视法治政府建设工作。",
     {"region": "郏县", "admin_level": "county", "province": "河南省"}),
    ("a body's delegation (一行) that came to a county is no reporter",
     "惠民融媒讯(董梦璐)7月26日,四川省司法厅二级巡视员王晓林、省司法厅行政复议与应诉一处副处长李锋一行来到惠民县,调研行政复议等工作。"
     "今年以来,惠民县行政复议共受案83件。",
     {"region": "惠民县", "province": "山东省"}),
    ("the Corps (新疆生产建设兵团) is not the autonomous region, nor the city its meeting was held in",
     "1月21日,新疆生产建设兵团政法维稳工作会议在乌鲁木齐召开。自治区党委副书记、兵团党委书记出席会议并讲话,围绕实现“两个率先、两个力争”的目标,部署了兵团政法稳定工作。\n会议指出,兵团要在2015年率先实现国内生产总值和人均收入比2010年翻一番,"
     "2018年率先全面建成小康社会,2020年力争实现人均收入比2010年翻两番的目标。\n据了解,2012年,兵团司法行政机关办理各类法律服务案件17.4万件。",
     {"region": None, "province": None, "report_year": 2012}),
    ("a title broken inside its rule-of-law word names the department whole",
     "\n静海区卫生健康委2022年度法治\n政府建设情况报告\n2022年区卫健委在区委区政府的坚强领导下,以习近平新时代中国特色社会主义思想为指导,"
     "全面贯彻党的二十大精神,全面落实区委区政府依法治区的工作要求。",
     {"title": "静海区卫生健康委2022年度法治政府建设情况报告", "region": "静海区卫生健康委", "admin_level": "department"}),
    ("a development and reform commission written as 发展改革委 is a department",
     "大连市发展改革委2019年度法治政府建设情况报告\n2019年,市发展改革委全面贯彻党的十九大精神,深入落实《大连市法治政府建设实施方案(2016-2020年)》。",
     {"region": "大连市发展改革委", "admin_level": "department", "prefecture": "大连市"}),
    ("a province a site's banner names by its short form is no reporter (the body says only 市政府)",
     "山东地方志资料归档\n\n山东地情档案\n\n法治政府建设\n\n【概况】 印发《2017年威海市法治政府建设工作计划》,将《威海市法治政府建设实施纲要》"
     "部署的工作任务进一步分解,提出35项工作任务。全面总结全市法治政府建设工作情况,形成专题报告报送省政府、市委和市人大常委会。\n\n"
     "【地方立法】 按照体现威海特色、急需先立的原则,科学制定《2017年市政府规章制定计划》,确定6个政府规章制定项目。",
     {"region": None, "province": None}),
    ("the year a span runs from (自2021年…以来) is no year reported on, even where it is the only one",
     "昆仑讯(通讯员 冯春燕)“法律明白人”覆盖全部连队社区,矛盾纠纷调解成功率达97%……自2021年“八·五”普法规划启动以来,"
     "第十四师昆玉市二二五团坚持以习近平法治思想为指引,构建起大普法格局。\n普法期间,团党委理论学习中心组专题学法26场。",
     {"report_year": None}),
    ("a body another joins with for one activity is its partner, not who reports",
     "让普法宣传更贴近群众\n为提高群众尊法学法守法用法意识,日前,龙井市司法局多举措开展普法宣传活动,为群众提供了良好的学法氛围。\n"
     "狠抓青少年法治教育。该局联合龙井市教育局在全市中小学开展“法佑青春·护航成长”专项活动,综合运用学校、家庭和社会多种法治宣传教育资源,"
     "先后开展校园普法活动6次,为400余名师生普及了法律知识。",
     {"region": "龙井市司法局", "admin_level": "department"}),
    ("a body a bureau sends its opinions to is no reporter",
     "一、上半年工作总结\n(一)紧扣发展大局,扛实服务保障重任\n一是当好重大项目“护航员”。组建专项法律服务团队,为区政府重大行政决策出具法制审核意见27份。"
     "向公安X分局交通管理支队、区交通委、枫泾镇政府制发《行政复议意见书》,推动完善乐园配套交通点位道路设置。",
     {"region": None, "county": None}),
    ("a bureau that calls itself 我局 and names no sector is the kind of bureau whose office it calls its own (司法所)",
     "2017年是海珠区基础建设年,我局在区委、区政府正确领导下,全面推进依法行政。我局南洲司法所荣立集体三等功。",
     {"region": "海珠区司法局", "admin_level": "department", "county": "海珠区"}),
    ("a province's department that names its province by 省 alone is placed by its own document number (豫交党)",
     "关于2023年法治政府建设情况的报告\n\n发布日期:2024-02-26 09:32   文章来源:\n\n豫交党〔2024〕22号\n\n"
     "省交通运输厅认真落实党中央国务院和省委省政府关于法治建设的决策部署,全面学习贯彻习近平法治思想,抓好行业立法、"
     "依法决策、规范执法、强化监督等法治重点工作。现将有关情况报告如下:\n\n一、法治建设工作情况\n",
     {"region": "河南省交通运输厅", "admin_level": "department", "province": "河南省", "doc_number": "豫交党〔2024〕22号"}),
    ("a city's department led by a district's committee and government is a district's, whatever its page calls it",
     "2020年,北京市司法局坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实区委、区政府决策部署,全面履行推进本部门"
     "法治政府建设主体职责。\n一、主要举措\n制定《大兴区行政规范性文件管理办法》,共审核规范性文件24件。",
     {"region": None, "admin_level": "department", "province": "北京市", "county": "大兴区"}),
    ("… but not a city bureau's branch in that district, which its name says",
     "焦作市生态环境局中站分局2022年法治政府建设工作报告\n2022年,在区委、区政府的正确领导下,中站分局坚持依法行政。"
     "\n一、主要举措\n中站区生态环境保护工作取得新成效。",
     {"region": "焦作市生态环境局中站分局", "admin_level": "department"}),
    ("a body a bureau assists with one piece of work is no reporter",
     "(一)深入学习贯彻习近平法治思想。2021年,生态环境局党组集中学习习近平法治思想4次。\n"
     "(二)务实开展法治政府督查。全力配合涪陵区依法治区委员会、区司法局做好市级法治政府建设创建工作。",
     {"region": None}),
    ("a two-character county that opens its title with the year is the county, not a word",
     "佳县2024年度法治建设工作的报告\n\n2024年以来,全县法治建设工作坚持以习近平法治思想为指引,全面推动政府各项工作纳入法治化轨道。"
     "现将2024年度法治建设工作情况汇报如下:",
     {"region": "佳县", "admin_level": "county", "province": "陕西省", "prefecture": "榆林市"}),
    ("a span a page opens with, years before the page was published, is no year reported on",
     "县司法局获评全省行政应诉工作先进集体\n\n发布日期:2022-01-16 浏览次数: [字体: ]\n\n近日,省司法厅印发通报,对20个全省行政应诉工作先进集体予以通报表彰。\n\n"
     "2019年以来,县司法局共承办行政应诉案件近200件,行政机关负责人出庭应诉率100%。",
     {"report_year": None, "publish_date": "2022-01-16"}),
    ("a series of years an honour runs over (2023年、2024年蝉联) names no year told of, where the story counts from this year",
     "以法治为引领,天河区2023年、2024年蝉联“企业家幸福感最强区”,获评首批全省法治政府建设示范地区。\n法治引领\n"
     "天河区始终把党的领导作为法治建设的根本保证。\n2023年以来,完成规范性文件合法性审查26份;今年以来,审查重点文件、协议3000多份。",
     {"report_year": None}),
    ("a span written 年来 (2020年来,) is a span too",
     "县普法办召开年度工作推进会\n\n发布日期:2023-04-12\n\n2020年来,全县累计开展普法活动300余场次,受众12万人次。",
     {"report_year": None, "publish_date": "2023-04-12"}),
    ("a report announced for a span of years is on its last year",
     "县司法局关于行政复议体制改革工作总结报告\n根据上级党委、政府关于全面深化法治政府建设的统一部署,自新一轮行政复议体制改革启动以来,我县系统性推进各项改革任务,"
     "取得了阶段性显著成效。现将2021年至2025年度我县行政复议体制改革工作情况总结报告如下。",
     {"report_year": 2025}),
    ("a bureau's work summary and plan is its own, not its district's",
     "深圳市龙华区司法局2018年工作总结与2019年工作计划\n\n来源:龙华区 日期:2019年05月28日 【字体:\n文件已失效\n\n"
     "今年以来,龙华区司法行政工作全面贯彻党的十九大精神,以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记对广东重要指示精神,"
     "以公共法律服务体系建设为“纲”,以司法行政改革为主线,以问题、效益、创新为导向。",
     {"region": "深圳市龙华区司法局", "admin_level": "department", "county": "龙华区"}),
    ("a court's press conference is the court's news: its 我市 is no government reporting",
     "本报讯(记者 张天一)6月21日,市中级人民法院召开新闻发布会,向社会发布《2021年度全市法院行政案件司法审查报告》。\n"
     "新闻发布会通报了报告主要内容,全面梳理、总结2021年我市行政案件总体特点。2021年,全市法院新收一审行政案件1433件,同比增长19.9%,"
     "审结一审行政案件1316件,同比增长15.2%。\n2021年,全市法院一审行政案件行政机关负责人出庭应诉率90.76%,连续两年位居全省第一;"
     "发布《2020年度南阳市行政机关负责人出庭应诉工作报告》《2021年上半年南阳市行政机关负责人出庭应诉情况》,切实增强行政机关负责人的责任意识。",
     {"region": None, "admin_level": None, "prefecture": None}),
    ("an ethnic township titled by its place and kind (铁石乡 for 铁石苗族彝族乡) is that township",
     "铁石乡2024年度法治政府建设工作情况报告\n2024年,铁石乡始终坚持以习近平新时代中国特色社会主义思想为指导,按照市委、市政府的安排部署,"
     "坚持依法行政。现将全乡法治政府建设工作情况总结如下:\n修订完善《黔西市铁石乡人民政府权力清单和责任清单目录(2024版)》。",
     {"region": "铁石乡", "admin_level": "township", "county": "黔西市", "prefecture": "毕节市"}),
    ("a township's name that five townships and an ethnic township's common form share (大河乡, 大河苗族乡) is the "
     "township as written, placed nowhere without its county",
     "大河乡人民政府关于法治政府建设的情况报告\n2025年,大河乡坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。",
     {"region": "大河乡", "admin_level": "township", "county": None, "prefecture": None, "province": None}),
    ("a photo's caption names the place pictured, not who reports",
     "给行政执法“挑”错,司法部首次点名通报\n2024-12-02 14:00:00 2023年6月21日,浙江湖州西山漾湿地公园,执法人员在进行无人机技能竞赛。"
     "(视觉中国|供图) 2024年,胡玉春多了一项工作。胡玉春是新疆库车市司法局行政执法协调监督办公室负责人。",
     {"prefecture": "阿克苏地区", "county": "库车市"}),
    ("a newspaper's name (湖南日报·新湖南客户端) is the paper's province, not the reporter",
     "湖南日报·新湖南客户端 2025-08-28 17:00:11\n湖南日报·新湖南客户端8月28日讯(记者 邓玉娇 通讯员 梁春燕)8月28日,湘潭市召开"
     "纵深推进法治政府建设新闻发布会,增进社会公众对法治政府建设工作的了解。",
     {"region": "湘潭市", "admin_level": "prefecture", "title": "[湘潭市2025年法治政府建设相关报道]"}),
    ("a district named only in a slogan (“法治宝安建设”) places a street of a name many counties have",
     "2024年,在区委、区政府的正确领导下,新安街道坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。\n"
     "多次主持召开依法治街委员会全体会议、“法治宝安建设”工作部署会等会议。",
     {"region": "新安街道", "county": "宝安区", "prefecture": "深圳市"}),
    ("a news story's lead above its body tells the year, not the next year's plan the body opens with; a reporter who "
     "learnt it at a meeting (记者从…会议上了解到) marks it as news",
     "记者从今天(1月13日)司法部召开的全国司法厅(局)长会议上了解到,2024年司法行政工作取得实质性成效。\n"
     "在立法方面,司法部审查备案法规规章2115件。2025年,司法部围绕重点领域做好重点立法制定修订工作。",
     {"report_year": 2024, "title": "[司法部2024年法治政府建设相关报道]"}),
    ("… nor does the byline in brackets after a dated one (中国甘肃网10月31日讯(西北角·中国甘肃网记者 孙珩力))",
     "中国甘肃网10月31日讯(西北角·中国甘肃网记者 孙珩力)10月30日,白银市生态环境局召开2023年全市第三次生态环境保护工作新闻发布会。\n"
     "今年以来,全市共办理环境行政处罚案件57件。",
     {"region": "白银市生态环境局", "admin_level": "department", "prefecture": "白银市"}),
    ("… nor does one that ends in 消息 (央广网兰州2月16日消息)",
     "央广网兰州2月16日消息(记者李红军)记者从甘肃省司法厅了解到,2022年,甘肃司法行政系统积极为农民工提供法律服务,"
     "全年解答农民工劳动报酬纠纷30472人次。",
     {"prefecture": None}),
    ("a report on one month's work, published early in the next month, is on that month's year",
     "阿图什市司法局2025年1月行政调解工作情况分析报告\n发布机构 阿图什市司法局 发布日期 2025-01-27 18:21\n"
     "一、基本情况\n1月份,我局共受理行政调解案件12件,调解成功10件。",
     {"title": "阿图什市司法局2025年1月行政调解工作情况分析报告", "report_year": 2025}),
    ("a news item of mid-year that counts this year's first months (今年前5个月) is on its own year, though its headline "
     "tells of last year's",
     "去年环保问题举报奖励金额超两千万元\n2023-07-01 22:01:13 来源:京报网\n昨天,生态环境部召开6月例行新闻发布会。发布会上通报,"
     "今年前5个月,全国生态环境部门共下达环境行政处罚决定书2.69万份。另外,去年全国奖励环境问题举报5334件。",
     {"report_year": 2023}),
    ("a news item's dateline with the year in it (深圳新闻网2025年1月26日讯) names where it was filed, not who reports",
     "深圳新闻网2025年1月26日讯(记者 邱嘉熙 通讯员 陈汉羽)2024年,坪山区紧紧围绕全区重大战略,不断提升营商环境的法治化水平。\n"
     "梳理更新894项政务服务事项清单。",
     {"region": "坪山区", "admin_level": "county", "prefecture": "深圳市", "report_year": 2024}),
    ("a line that opens with the day a press conference was held marks a news story",
     "4月25日,潍坊市政府新闻办召开新闻发布会,介绍全市法治政府建设有关情况。2021年,潍坊市法治政府建设各项工作取得明显成效。\n"
     "深入学习贯彻习近平法治思想,切实履行推进法治建设第一责任人职责。",
     {"report_year": 2021, "title": "[潍坊市2021年法治政府建设相关报道]"}),
    ("a government's press office that hosts another body's press conference makes neither the reporter",
     "2月16日上午,济宁市政府新闻办组织召开“全市人防法治建设情况”新闻发布会。记者在发布会上了解到,2022年,"
     "济宁市人民防空办公室不断强化法治理念。济宁市人民防空办公室全年组织12次中心组理论学习。",
     {"region": "济宁市人民防空办公室", "admin_level": "department", "prefecture": "济宁市"}),
    ("a text that opens with 近日, as no report does, is a news story",
     "近日,井研县委依法治县办被省委依法治省办评为全省“七五”普法中期先进集体。\n"
     "2019年,全县司法行政工作以服务高质量发展为主线,以公共法律服务体系建设为总抓手。",
     {"report_year": 2019, "title": "[2019年法治政府建设相关报道]"}),
    ("… and so does one that opens with 当天, the day the story is about",
     "当天,山东省高级人民法院发布2022年山东法院行政案件司法审查报告。2022年,全省法院受理行政一审案件3万件。",
     {"title": "[2022年法治政府建设相关报道]"}),
    ("a photograph's credit closing its caption's line (…早餐会。王祯摄) marks a news story",
     "2022年,包头市坚持依法行政,推进法治政府建设。\n召开政商恳谈早餐会。王祯摄\n全市办理行政复议案件300件。",
     {"region": "包头市", "title": "[包头市2022年法治政府建设相关报道]"}),
    ("a report that never names the rule of law, on the work its opening names, is titled by that work",
     "2025年作为《提升行政执法质量三年行动计划(2023-2025)》的收官之年,大口屯镇紧紧围绕目标深化实践。\n"
     "一、基本情况\n大口屯镇行政执法人员共计10人,行使行政执法事项共计195项。",
     {"title": "[大口屯镇2025年行政执法工作年度报告]"}),
    ("a news story's own headline above its dated line is its title, not one supplied as a report's",
     "钟祥市强力推进“法治钟祥”建设\n\n09.10.2018  11:33\n\n2018年以来,钟祥市深入推进法治政府建设,举办主题宣传日活动65场次。",
     {"title": "钟祥市强力推进“法治钟祥”建设"}),
    ("… past the site's path, and with its source on the dated line",
     "首页\n> 政务公开 > 政务专题 > 法治政府建设\n\n嘉善县奋力打造法治建设新样板\n\n发布日期:2021-05-10 10:38 信息来源:市司法局\n\n"
     "2020年,嘉善县坚持以习近平法治思想为指引,聚焦全国法治政府示范创建。",
     {"title": "嘉善县奋力打造法治建设新样板"}),
    ("… past a site's contact line, which has no word in it",
     "0310-3111082 3047798688@qq.com\n首页 > 周边 > 齐鲁 > 正文\n\n吴店镇“法润吾心”宣讲团奏响普法强音\n\n"
     "来源:大众日报发布时间:2025-12-17 17:11:15\n\n  为打通普法宣传“最后一公里”,菏泽市牡丹区吴店镇打造“法润吾心”法治宣讲团。",
     {"title": "吴店镇“法润吾心”宣讲团奏响普法强音"}),
    ("… but a site's column above the date is no headline",
     "政务公开\n发布时间:2021-03-22 09:35\n2020年,淳安县坚持依法行政,推进法治政府建设。",
     {"title": "[淳安县2020年法治政府建设年度报告]"}),
    ("… nor a body's name above the date",
     "淳安县人民政府\n时间:2021-03-22 09:35 来源:杭州市人民政府门户网站\n2020年,淳安县坚持依法行政,推进法治政府建设。",
     {"title": "[淳安县2020年法治政府建设年度报告]"}),
    ("… and so is a report on information disclosure (政府信息公开工作报告) with no title of its own",
     "根据《中华人民共和国政府信息公开条例》编制本报告,现公布子长市人民政府2023年度政府信息公开工作报告。"
     "本报告所列数据统计时限为2023年1月1日至12月31日。\n一、总体情况\n2023年,子长市主动公开政府信息1000条。",
     {"title": "[子长市2023年政府信息公开工作年度报告]"}),
    ("… whatever else it names, where its opening says it was compiled under the disclosure regulations",
     "本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、常德市、津市市政务公开工作要求,由津市市应急管理局编制。\n"
     "一、总体情况\n2023年,我局坚持依法行政,主动公开政府信息120条。",
     {"title": "[津市市应急管理局2023年政府信息公开工作年度报告]"}),
    ("… or where it says so below a line of the site's chrome that is read as the body's start",
     "信息公开元数据\n|\n||||||||||||||||||||\n一、总体情况 本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。\n"
     "2023年,溪下乡坚持依法行政,主动公开政府信息86条。",
     {"title": "[溪下乡2023年政府信息公开工作年度报告]"}),
    ("… or where it says it compiled its 信息公开年度报告 under the regulations",
     "根据《中华人民共和国政府信息公开条例》的要求,结合我局实际,认真总结,精心编制我局2016年度信息公开年度报告。现报告如下:\n"
     "一、概述\n2016年,县林业局坚持依法行政,推进法治政府建设,主动公开政府信息60条。",
     {"title": "[2016年政府信息公开工作年度报告]"}),
    ("… or where it follows the format of before 2020 (全文电子化率, 因政府信息公开申请行政复议…情况)",
     "一、总体情况\n2016年,县公安局坚持依法行政,推进法治政府建设,主动发布各类信息314条,全文电子化率达100%。\n"
     "二、主动公开政府信息情况\n全年主动公开政府信息120条。",
     {"title": "[2016年政府信息公开工作年度报告]"}),
    ("… or where it follows the format's sections (主动公开政府信息情况, 收到和处理政府信息公开申请情况), declaring nothing",
     "一、总体情况\n2021年,区住建委认真落实《中华人民共和国政府信息公开条例》,聚焦法治政府建设,持续提高政府信息公开工作透明度。\n"
     "二、主动公开政府信息情况\n全年主动公开政府信息660条。\n三、收到和处理政府信息公开申请情况\n全年收到申请3件。",
     {"title": "[2021年政府信息公开工作年度报告]"}),
    ("… or the parts of its overview (主动公开情况, 依申请公开情况, 政府信息管理)",
     "一、总体情况\n2022年,咸宁市司法局坚持以习近平新时代中国特色社会主义思想为指导,推动信息公开工作全面深入开展。\n"
     "(一)主动公开情况\n全年主动公开信息210条。\n(二)依申请公开情况\n全年未收到申请。\n(三)政府信息管理\n严格落实审查制度。",
     {"title": "[咸宁市司法局2022年政府信息公开工作年度报告]"}),
    ("… or its overview's parts as the matters they are (主动公开方面, 依申请公开情况)",
     "一、总体情况\n2023年,大兴乡人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开工作。\n"
     "(一)主动公开方面。2023年大兴乡人民政府共主动公开各类政府信息308条。\n(二)依申请公开情况。2023年未收到申请。",
     {"title": "[大兴乡2023年政府信息公开工作年度报告]"}),
    ("… or where it was compiled under the newly revised regulations (根据新修订的《…条例》…编制本报告)",
     "根据新修订的《中华人民共和国政府信息公开条例》、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的"
     "通知》和省、枣庄市有关工作要求,编制本报告并向社会公开。\n2022年,山亭区坚持依法行政,主动公开政府信息300条。",
     {"title": "[2022年政府信息公开工作年度报告]"}),
    ("… or where its opening publishes it under the regulations (特向社会公布…政府信息公开年度报告)",
     "根据《中华人民共和国政府信息公开条例》规定和有关文件要求。特向社会公布2021年度本镇政府信息公开年度报告。\n"
     "一、概述\n2021年,湖南镇坚持依法行政,主动公开政府信息52条。",
     {"title": "[湖南镇2021年政府信息公开工作年度报告]"}),
    ("… or publishes its 工作报告 under the regulations and others (现向社会公布2021年度本机关政府信息公开工作报告)",
     "根据《中华人民共和国政府信息公开条例》《浙江省政府信息公开暂行办法》,现向社会公布2021年度本机关政府信息公开工作报告。\n"
     "一、总体情况\n2021年,临安区经济和信息化局坚持依法行政,主动公开政府信息71条。",
     {"title": "[临安区经济和信息化局2021年政府信息公开工作年度报告]"}),
    ("a notice that only sends a summary on (现将《…工作总结》印发给你们) is titled by it",
     "各县(市)区司法局,市局机关各处室、直属单位:\n现将《2022年全市司法行政工作总结》印发给你们,希望各单位再接再厉做好2023年"
     "全市司法行政各项工作。\n2022年,福州市司法局坚持以习近平法治思想为指导,全年办理法律援助案件5000件。",
     {"title": "2022年全市司法行政工作总结", "report_year": 2022}),
    ("a summary of all a bureau's work (一、2023年工作总结) with no title is titled as that summary",
     "2023年,县司法局坚持以习近平法治思想为指导,充分发挥司法行政职能作用,各项工作取得新成效。\n一、2023年工作总结\n"
     "(一)法治政府建设。全年完成涉法文件合法性审核64件。\n(二)人民调解。全县调解矛盾纠纷1200件。",
     {"title": "[2023年工作总结]"}),
    ("… or as a half-year's (一、2022年上半年工作总结)",
     "2022年上半年,县司法局坚持以习近平法治思想为指导。\n一、2022年上半年工作总结\n(一)人民调解。调解矛盾纠纷600件。",
     {"title": "[2022年上半年工作总结]"}),
    ("an enforcement report's own title (…行政执法年度数据统计公示) is its title",
     "[ 主题分类 ] 市场监管\n重庆市永川区市场监督管理局2022年行政执法年度数据统计公示\n(表1)行政许可实施情况统计表\n"
     "单位名称 | 许可数量\n重庆市永川区市场监督管理局 | 3211",
     {"title": "重庆市永川区市场监督管理局2022年行政执法年度数据统计公示"}),
    ("… but an excerpt of a rule-of-law report whose opening is on other work keeps the rule of law's title",
     "2021年,宝鸡市形成监督合力,推动各类监督有机贯通。\n全市行政执法机关全面落实行政执法三项制度。",
     {"title": "[宝鸡市2021年法治政府建设年度报告]"}),
    ("a report that mentions a newspaper (在浙江日报刊发) is no news story: its supplied title is a report's",
     "2023年,三门县司法局坚持以习近平法治思想为指导,全面推进依法行政,在浙江日报刊发普法稿件3篇。",
     {"title": "[三门县司法局2023年法治政府建设年度报告]", "admin_level": "department"}),
    ("a report with no title that announces itself on enforcement work is titled by that work",
     "2023年,衢州市应急管理局坚持严格规范公正文明执法,现将2023年度行政执法工作报告如下:\n一、行政执法基本情况",
     {"title": "[衢州市应急管理局2023年行政执法工作年度报告]", "admin_level": "department"}),
    ("a zone the gazetteer codes as a county-level functional area (152971) is no county",
     "关于2022年法治政府建设情况的报告\n2022年,内蒙古阿拉善高新技术产业开发区管理委员会坚持以习近平法治思想为指导,"
     "深入推进依法行政。",
     {"region": "内蒙古阿拉善高新技术产业开发区", "admin_level": "development_zone", "prefecture": "阿拉善盟",
      "county": None}),
    ("会同县府办 is working jointly with the county's office, not 会同县: the bureau stays unplaced",
     "(一)推动法治武义全面提升。制定2024年依法治县工作要点。会同县府办做好县人大审议2023年度法治政府建设情况报告"
     "相关工作。我局新收行政复议案件9件。",
     {"region": None, "county": None, "province": None}),
    ("a department named bare as its opening's subject (农业农村厅坚持…) stands in the province leading it",
     "2025年,在自治区党委、政府的坚强领导下,农业农村厅坚持以习近平法治思想为指导,全面推进依法行政。"
     "严格执行《西藏自治区实施〈中华人民共和国农业技术推广法〉办法》,推进全面依法治藏。",
     {"admin_level": "department", "province": "西藏自治区"}),
    ("a bureau led by a district's committee and government (在区委、区政府的领导下,我局…) stands in the one district "
     "its text names",
     "2024年,在区委、区政府的领导下,我局坚持以习近平生态文明思想为指导,依法履职。\n"
     + "严格规范公正文明执法,持续提升生态环境执法水平。\n" * 60
     + "加强荣昌区濑溪河流域生态保护,获评第五批重庆市生态环境保护实践创新基地。",
     {"admin_level": "department", "province": "重庆市", "county": "荣昌区"}),
    ("a district a bureau's head went to learn from (到永川区学习) is no place of its own",
     "2022年,我局坚持以习近平法治思想为指导,在区委、区政府的正确领导下,立足“一个统筹、四大职能”工作布局。\n"
     "局主要负责同志亲自推动,亲自带队到永川区学习法治政府建设经验。\n"
     "拟定《荣昌区法治政府建设实施方案》,报区委、区政府审定。",
     {"admin_level": "department", "province": "重庆市", "county": "荣昌区"}),
    ("a bureau that works to its county's decisions (围绕县委、县政府决策部署) stands in the county its text names",
     "2025年,我局坚持以习近平法治思想为指导,紧紧围绕县委、县政府决策部署,将法治建设贯穿政务服务全过程。\n"
     + "严格规范公正文明执法,持续提升政务服务水平。\n" * 60
     + "修订完善《阳新县政务信息资源共享管理办法》《阳新县首席数据官制度》,落实《湖北省数据条例》。",
     {"admin_level": "department", "county": "阳新县", "prefecture": "黄石市"}),
    ("a zone's authority named bare (前海管理局坚持…) is none of its departments",
     "2024年,前海管理局始终坚持以习近平法治思想为指导,紧紧围绕《全面深化前海深港现代服务业合作区改革开放方案》,"
     "不断提升法律事务对外开放水平。",
     {"admin_level": None}),
    ("a page of no date whose only year starts a span (2021年以来) tells of no year",
     "近日,司法部、全国普法办印发《关于通报表扬全国“八五”普法中期表现突出的单位和个人的通知》。\n"
     "2021年以来,中山市筑牢全民普法大格局,开展各类普法活动9200多场次。",
     {"report_year": None}),
    ("…but where a title it cites names the year (《武清区2023年度…实施方案》), 2023年以来 is that year's",
     "区人力社保局严格按照相关要求,依法履行工作职责。\n2023年以来,已处理劳动纠纷案件6012件。\n"
     "制定《武清区2023年度保障农民工工资支付工作实施方案》。",
     {"report_year": 2023}),
    ("a news story marked only by 本报讯 and 记者…获悉 gets the title of a report on the work",
     "本报讯(记者宋静涵报道)6月12日,记者在市政府新闻办组织召开的2024年度滨州行政复议工作新闻发布会上获悉:2024年,"
     "全市各级行政复议机关共收到行政复议申请2005件。",
     {"title": "[滨州市2024年法治政府建设相关报道]"}),
    ("我区 under 自治区人民政府 is the region, not the one district of another province it names (上海浦东新区)",
     "2023年,在区局党组的正确领导下,法规处全面贯彻落实依法治疆工作部署,现将一年来的工作总结如下:\n"
     "按照自治区人民政府工作部署,我区持续推进“证照分离”改革。\n"
     "“一业一证”落实情况:“一业一证”是上海浦东新区改革试点任务,当前还没有在全国推广。",
     {"region": None, "province": None}),
    ("a kind's government followed by 办 as the subject (区政府办认真贯彻…) is its general office, a department",
     "2021年,在区委、区政府的坚强领导下,区政府办认真贯彻落实习近平法治思想,以依法行政为重点,着力推动法治政府建设。"
     "现将有关工作情况汇报如下:\n一、基本工作情况\n一是区政府办党组高度重视法治政府建设工作。",
     {"region": None, "admin_level": "department"}),
    ("a report that never names who reports but speaks of its 党工委 and its 管委 (written short) is a zone's",
     "2025年,我区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。现将2025年法治政府建设情况报告如下:\n"
     "一是区党工委高度重视法治建设。二是严格落实管委重大行政决策程序。",
     {"region": None, "admin_level": "development_zone"}),
    ("a page's source runs to the label after it (来源:…司法局发布日期:…): the bureau posted the district's report",
     "您现在的位置:首页 > 政务公开 > 法治政府建设 > 区法治政府建设报告\n来源:广州市南沙区司法局发布日期:2025-01-22\n-\n"
     "2024年,南沙坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,南沙区法治政府建设取得新成效。",
     {"region": "南沙区", "admin_level": "county"}),
    ("the body a report is sent to (州…领导小组办公室:), on a line of its own in the body, is not who reports",
     "Original text of the public notification regarding the 2021 report, retrieved from the county government's website.\n\n"
     "关于2021年度法治政府建设工作情况报告的公示\n来源:炉霍县人民政府\n\n州法治政府建设工作领导小组办公室:\n"
     "在州委、州政府的坚强领导下,我县坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕2021年法治政府建设重点工作安排,"
     "多措并举,狠抓落实。按照《甘孜藏族自治州人民政府2021年度法治政府建设重点工作安排》要求,现将有关情况报告如下:",
     {"region": "炉霍县", "admin_level": "county"}),
    ("a first line that quotes the report's title (《…2018年度法治政府建设工作报告》是2019年…发布的) gives its year",
     "《梧州市人民政府2018年度法治政府建设工作报告》是2019年梧州市人民政府发布的通知。\n"
     "2018年,在自治区党委、自治区人民政府的坚强领导下,我市政府以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。"
     "2020年前基本建成法治政府。2020年目标如期实现。",
     {"region": "梧州市", "report_year": 2018}),
    ("a page of short lines only (a park directory's chrome, then the report's header) is searched whole for its title",
     "广东珠海金湾区产业园区\n" + "".join(f"-\n广东第{n}工业园\n广东-珠海-金湾区\n" for n in range(1, 11))
     + "珠海市金湾区人民政府2021年法治政府建设年度报告\n政策\n发布时间:2022年01月11日",
     {"region": "金湾区", "admin_level": "county", "report_year": 2021}),
    ("a news story that counts from this year's start tells its year of publication, not an earlier year of another figure",
     "市场监管系统今年查办案件31.5万件\n发布时间:2024-11-27 09:57:29\n"
     "中新社 北京8月16日电 (记者 刘亮)记者16日从国务院新闻办公室召开的新闻发布会上获悉,今年以来,中国市场监管系统共查办案件"
     "31.5万件,罚没金额17亿元。\n国家市场监管总局副局长在新闻发布会上介绍,近年来,市场监管部门推动了一系列重要法规的出台和实施。\n"
     "市场监管部门出台多项举措促进民营企业发展。2023年全国登记在册经营主体达到1.84亿户。",
     {"report_year": 2024}),
    ("the year a work began (始于2015年) is not the year reported on, even where it is the only year",
     "在基层法治建设领域深耕十载的长安镇再获殊荣。这个始于2015年的普法品牌,已累计开展活动500余场。",
     {"report_year": None}),
    ("the year of an earlier award a story follows on (继2016年…之后,今年…再次获得) is not the year reported on, where the "
     "story counts years since it",
     "4年援助4000多件案件 市法律援助中心再获全国殊荣\n亳州晚报 2020-03-20 10:10\n"
     "本报讯继2016年亳州市法律援助中心获得司法部表彰的“全国法律援助先进集体”之后,今年市法律援助中心再次获得“全国法律援助"
     "工作先进集体”荣誉称号。\n2016年以来,市法律援助中心共办理各类法律援助案件4714件。",
     {"report_year": None}),
    ("a summary titled with next year's plan (…2021年工作总结和2022年工作思路) names its reporter, not a province its opening names",
     "成文日期: | 2022-06-07 | 公开方式: | 主动公开 |\n椒江区司法局2021年工作总结和2022年工作思路\n"
     "2021年是“十四五”规划开局之年,浙江高质量发展建设共同富裕示范区,椒江司法行政系统在区委、区政府的正确领导下,全力推进司法行政工作。",
     {"region": "椒江区司法局", "admin_level": "department", "county": "椒江区", "report_year": 2021}),
    ("a famous event named after a city (以杭州亚运会安保为主线) places no bureau in that city",
     "2023年,我局深入贯彻全国、省、市公安厅(局)长会议精神,以杭州亚运会亚残运会安保为主线,全面推进法治公安建设。",
     {"province": None, "prefecture": None}),
    ("a year something has run from (自2016年集中管辖, 自2022运行以来) is not the year reported on, even without 以来 or 年",
     "广铁两级法院自2016年集中管辖广州市行政案件,年均审理涉广州市行政案件约2.3万件。该机制自2022运行以来成效显著:"
     "累计受理行政复议纠纷27588件,成功化解6008件。",
     {"report_year": None}),
    ("a story of a press conference held today, from a city's paper (来源:都市快报), is news, titled as a report on the work",
     "来源:都市快报橙柿互动 时间:2023-08-15 15:49:45\n"
     "今日,浙江省政府新闻办举办行政复议化解行政争议情况新闻发布会。去年浙江省行政复议调解成功率达46.3%,居全国首位。",
     {"title": "[浙江省2022年法治政府建设相关报道]"}),
    ("… and by its own headline where one stands above its dated line",
     "浙江去年行政复议调解成功率达46.3%,居全国首位\n来源:都市快报橙柿互动 时间:2023-08-15 15:49:45\n"
     "今日,浙江省政府新闻办举办行政复议化解行政争议情况新闻发布会。去年浙江省行政复议调解成功率达46.3%,居全国首位。",
     {"title": "浙江去年行政复议调解成功率达46.3%,居全国首位", "report_year": 2022}),
    ("a month as the period reported on (2024年7月份) gives its year, not the year before the page's date",
     "2024年7月份安全生产执法通报分析\n发布机构 | 克州应急管理局 | 发布日期 | 2024-08-01 18:45 |\n"
     "2024年7月份,全国各地发生多起较大以上生产安全事故,自治州应急管理系统认真组织开展了安全生产执法检查。",
     {"report_year": 2024}),
    ("the year a change starts from (从2020年27.5%降至2025年8.1%) is not the year reported on; the year it comes to may be",
     "梧州市司法局扎实推进行政复议工作,被诉率从2020年27.5%降至2025年8.1%。该科室加强人员培训管理。",
     {"report_year": 2025}),
    ("… nor the year a count grew from (由2020年的8件增长到2021年的1305件), where what it grew to reads as a target (到2021年)",
     "全省公证行业年均可办理涉农公证1.7万件;环损类鉴定案件由2020年的8件增长到2021年的1305件;连续6年开展法援惠民生活动。",
     {"report_year": None}),
    ("a head line on the year's work (一、2024年上半年工作总结) gives the year before a year the opening names for another task",
     "一、2024年上半年工作总结\n(一)稳步推动全面依法治区。一是开展全区述法,组织全区15个党群部门开展2023年度党政主要负责人述法工作。"
     "二是落实法治建设相关任务。",
     {"report_year": 2024}),
    ("a page whose source is a newspaper (来源:人民日报) is news, titled as a report on the work, not as the annual report",
     "福建公共法律服务体系建设成效明显\n来源:人民日报\n2018年,福建省司法厅持续推进公共法律服务体系建设,全省共办理法律援助案件3万件。",
     {"title": "[福建省2018年法治政府建设相关报道]"}),
    ("a township named after its county (聊城市阳谷县郭屯镇) is that county's, though the gazetteer lists the name only in another",
     "法制传媒网:“八五”普法工作中,山东省聊城市阳谷县郭屯镇严格落实“谁执法谁普法”普法责任制,推动法治建设。",
     {"region": "郭屯镇", "admin_level": "township", "prefecture": "聊城市", "county": "阳谷县"}),
    ("a county's name inside an ordinary word (更新县政府网站: update the county's site) names no county (新县)",
     "编制我单位2021年政府信息公开工作年度报告。\n一、总体情况\n(一)主动公开:坚持以公开为常态、不公开为例外原则,全面、准确、"
     "及时做好公开工作。及时完善和更新县政府网站上开设的内容,第一时间公布涉及人民群众切身利益的信息。",
     {"region": None, "county": None}),
    ("a slogan of a township's own short name (法治宁安 of 宁安镇) names no county (宁安市) to place it in",
     "2023年以来,在县委、县政府的坚强领导下,我镇坚持以习近平新时代中国特色社会主义思想为指导,法治宁安、法治政府、"
     "法治社会一体建设。现将宁安镇法治政府建设情况汇报如下:",
     {"region": "宁安镇", "admin_level": "township", "province": None, "county": None}),
    ("a news story on the figures up to a date (截至2022年5月31日) tells of that date's year, not of the year it is "
     "compared with (与2021年同期相比)",
     "14日上午,西藏自治区政府新闻办举行新闻发布会,介绍西藏行政复议体制改革情况。\n截至2022年5月31日,整合后的各级行政复议机关共收到"
     "复议申请70件,受理63件,其中办结44件,办结率为69.8%,与2021年同期相比,增长了182%。",
     {"report_year": 2022}),
    ("an untitled, undated story whose opening tells of recent years (近年来) reports on no one year: a year it names "
     "is an event's",
     "走进全国普法依法治市史料展示馆,现代多媒体技术、实践教育和法治教育相互融合,优质高效的法治宣传服务获得广泛好评。近年来,"
     "我市统筹推进法治本溪、法治政府和法治社会一体化建设,为推动本溪绿色高质量发展提供了强有力的法治保障。\n"
     "2018年,我市在全省首批完成市委法治建设委员会组建工作。2018年以来集中办理455件行政复议案件,综合纠错率6.77%。",
     {"report_year": None}),
    ("a wire service's flash dateline (新华社北京快讯) is where the story was filed, not who reports",
     "我国法治建设年度成果展现:2019年“成绩单”揭晓\n新华社北京快讯(记者白阳)——日前,我国法治建设的一项重要年度报告——"
     "《中国法治建设年度报告(2019)》正式发布。这是我国连续第12年全面、系统地对外展示法治建设的丰硕成果。",
     {"region": None, "province": None}),
    ("a street in no gazetteer that opens its title before the year (海安街道2024年…报告) is the street, not the zone "
     "whose bodies lead it",
     "海安街道2024年法治政府建设情况报告\n2024年,在市委、市政府及高新区党工委管委会的统一领导下,海安街道坚持以习近平新时代"
     "中国特色社会主义思想为指导,深入贯彻落实党的二十大精神,推进依法行政。",
     {"region": "海安街道", "admin_level": "township"}),
    ("a government a kind's word names (市政府有关部门的指导下) is not the reporter of a text that calls itself by "
     "another kind (我镇): its issuer line names it",
     "重庆市渝北区大盛镇人民政府\n一、2024年推进法治政府建设的主要举措和成效\n2024年,在区委、区政府的坚强领导下,市政府有关部门的"
     "指导下,我镇坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实习近平法治思想,全力推进法治政府建设,各项工作取得了新成绩。",
     {"region": "大盛镇", "admin_level": "township", "county": "渝北区"}),
    ("a city named before a document the work follows (紧紧围绕西安市《…实施方案》) is the document's issuer, not who reports",
     "2025年以来街道深入学习贯彻习近平法治思想,紧紧围绕西安市《法治政府建设实施方案(2021—2025年)》收官目标,锚定全区工作部署,"
     "扎实推进街道法治建设各项工作落地见效,现将全年工作情况汇报如下:\n一、强化组织保障",
     {"region": None, "prefecture": None}),
    ("whose report a leader heard (在听取西藏自治区党委和政府工作汇报时的重要讲话) is not who reports: the department's "
     "name on its own line is",
     "发布时间:2026-12-31 来源:西藏自治区国防动员战备规划处\n西藏自治区国防动员办公室\n"
     "2025年,在区党委、政府的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,贯彻落实习近平总书记"
     "在听取西藏自治区党委和政府工作汇报时的重要讲话精神,扎实推进法治政府建设,现将有关情况报告如下。\n一、主要举措和成效",
     {"region": "西藏自治区国防动员办公室", "admin_level": "department"}),
    ("a place the work was done with (与四川邻水县、大竹县签订合作协议) is a partner, not who reports",
     "一、2024年法治政府建设措施和成效\n(一)强化服务保障,法治护航高质量发展和高水平治理。一是服务保障成渝地区双城经济圈建设。"
     "与四川邻水县、大竹县签订合作协议,围绕社保、医疗、民政等重点领域,梳理“垫邻通办”事项清单42项。",
     {"region": None, "province": None}),
    ("a district that its kind's word names (区委、区政府印发的《…》) is not the reporter of a text that calls itself 本街道",
     "区政府:\n根据中共中央、国务院印发的《法治政府建设实施纲要(2021-2025年)》,以及区委、区政府印发的《普陀区加强法治政府建设实施意见"
     "(2021-2025年)》要求,坚持以习近平新时代中国特色社会主义思想为指导,提供法治保障。现将本街道2025年度法治工作推进情况报告如下:\n"
     "一、2025年推进法治政府建设的主要举措和工作成效",
     {"region": None, "admin_level": "township"}),
    ("towns a merger ended (原长龙镇、黄沙镇合并为桂东街道) are not who reports",
     "因行政区划调整,2025年11月原长龙镇、黄沙镇合并为桂东街道。根据垫江委法治办发〔2025〕4号文件要求,桂东街道认真开展自查自纠。"
     "现将2025年法治建设工作情况报告如下:\n一、主要工作成效",
     {"region": None}),
    ("a place above the township a text calls itself by (我镇) is not who reports: not the site's name, nor a city whose "
     "work plan it follows",
     "• 开平市人民政府门户网站\n发布日期:2020-06-24 15:09\n来源:本网\n"
     "2020年,我镇深入贯彻落实党的十九大精神,深入学习贯彻习近平总书记全面依法治国新理念新思想新战略,紧紧围绕开平市全面依法治市"
     "工作要点开展我镇的依法治镇工作。\n现将今年以来的工作情况汇报如下:\n一、社会环境和谐稳定。",
     {"region": None, "admin_level": "township"}),
    ("an honour's years in quotation marks (荣获“2011—2015年全国法治宣传教育先进城市”) are not the year told of, and a "
     "review of the last ten years (法治崇左这十年) reports on no one year",
     "10月13日,崇左市召开“法治崇左这十年”新闻发布会,记者从发布会上获悉,该市荣获“2011—2015年全国法治宣传教育先进城市”。"
     "截至目前,全市政法系统有95个集体、121名个人获得国家级表彰。\n在法治建设工作方面,2019年成立市委全面依法治市委员会,"
     "2020年将“述法”列入年度述职。",
     {"report_year": None, "region": "崇左市", "admin_level": "prefecture"}),
    ("a department that names itself bare (2021年,教育厅以…) is the one whose full name opens the title of a notice it "
     "issued (印发《四川省教育厅关于…的通知》)",
     "2021年,教育厅以习近平新时代中国特色社会主义思想为引领,深入践行习近平法治思想,全面推进法治政府建设,取得了良好成效。\n"
     "一、主要举措和成效\n(一)统筹疫情防控。印发《四川省教育厅关于统筹做好2021年春季学期学校教育教学与疫情防控工作的通知》,"
     "指导各地各校有序开学。",
     {"region": "四川省教育厅", "admin_level": "department", "province": "四川省"}),
    ("a news item whose paragraphs open on the city's departments in turn (市司法局…/市发改委…/市信访局…) is none of "
     "theirs, and a byline's place (记者…通讯员…邵阳报道) is where the story was filed, not who reports",
     "时刻观察|邵阳:念好“四六诀” 让法治建设“年度体检”成为“常态健康管理”\n红网时刻新闻记者 戴瑾昕 通讯员 黄士成 邵阳报道\n"
     "“市民政局的法定职责涉及到殡葬管理,但2024年市民政局无一例行政处罚案件。请问如何看待这一现象?”4月25日,邵阳市第十七届人大"
     "常委会召开第二十七次会议,听取和审议市人民政府法治政府建设情况的报告。\n法治建设成绩单显成效\n"
     "市司法局充分发挥行政复议主渠道作用,2024年市本级行政复议纠错率达22.62%。\n"
     "市发改委全面实施涉企行政检查,实行惠企政策“码上送”。\n市信访局打造“一站式”矛盾调处平台,全年化解矛盾纠纷8904件。",
     {"region": None, "admin_level": None}),
    ("an untitled, undated story that opens on the years since a Party congress (党的十八大以来) tells their history: the "
     "years it names next are none the year told of",
     "党的十八大以来,省法制办深入贯彻落实党中央依法治国基本方略,扎实推进法治政府建设。从2014年起,依法行政工作纳入省委、省政府年度"
     "综合考评;2015年,设立省委依法治省领导小组依法行政专项组;2016年,印发《云南省法治政府建设规划暨实施方案(2016-2020年)》,"
     "并于2017年9月至10月开展了督察。",
     {"report_year": None}),
    ("… and so does one over a five-year plan's years, whatever years it names (the plan's span, 2021年以来)",
     "“十四五”期间,我市坚持以习近平法治思想为指导,以《法治滁州建设规划(2021-2025年)》为总纲,系统性布局法治建设,深化依法行政,大力改革创新,"
     "为经济社会高质量发展提供坚强法治保障。\n持续健全法治建设体系\n"
     "2021年以来,市委主要负责同志每年主持召开市委依法治市委员会会议,研究部署法治建设重点工作。",
     {"report_year": None}),
    ("… and a year compared with names no year reported on, even alone",
     "全市各级行政复议机关共收到复议申请70件,受理63件,与2021年同期相比,增长了182%。",
     {"report_year": None}),
    ("a department its title names bare (城市管理局2023年度…报告) that calls itself 我局 under its county's leaders is "
     "that county's",
     "城市管理局2023年度法治政府建设情况报告\n2023年,我局在如皋市委、市政府的正确领导下,扎实推进法治政府建设。现将有关情况"
     "汇报如下:",
     {"region": "如皋市城市管理局", "admin_level": "department", "county": "如皋市"}),
    ("… and so is one its opening names bare as its subject (2022年,交通运输厅坚持…) under its province's leaders, "
     "where it calls itself by its Party group (厅党组)",
     "2022年,交通运输厅坚持以习近平法治思想为指导,认真贯彻落实省委、省政府关于法治政府建设的决策部署。\n"
     "厅党组全年专题研究法治工作4次,推动法治四川建设。",
     {"region": "四川省交通运输厅", "admin_level": "department", "province": "四川省"}),
    ("… but a title naming a department by its level (市司法局) is not named bare",
     "市司法局2023年度法治政府建设情况报告\n2023年,我局在市委、市政府的正确领导下,扎实推进法治政府建设。",
     {"region": None, "admin_level": "department"}),
    ("… but a county's slogan places a township of a name many counties have",
     "2023年以来,宁安镇在县委、县政府的坚强领导下,深入推进法治中宁建设。现将宁安镇法治政府建设情况汇报如下:",
     {"region": "宁安镇", "admin_level": "township", "province": "宁夏回族自治区", "county": "中宁县"}),
    ("a national administration's local office is named with it where the text writes it so (国家税务总局…税务局)",
     "国家税务总局珠海市税务局向社会公布本单位2020年政府信息公开工作年度报告。\n一、总体情况\n"
     "2020年,珠海市税务局深入贯彻党中央、国务院决策部署。",
     {"region": "国家税务总局珠海市税务局", "admin_level": "department", "prefecture": "珠海市"}),
    ("a stock phrase ending in 中心 (以人民为中心) is no centre's name: the town before it reports",
     "甘州讯 今年,甘州区大满镇始终坚持以人民为中心,积极践行新时代“枫桥经验”,不断创新诉调、警调、访调“三调对接”"
     "矛盾纠纷调解机制。",
     {"region": "大满镇", "admin_level": "township", "county": "甘州区"}),
    ("a news story that names no year tells of the year it was published in, even early in it",
     "我市法律服务机构有序复工\n日期:2020-04-01  发布人:姜颜\n"
     "近日,记者从市司法局了解到,我市4个律师事务所、3个基层法律服务所开始有序复工。",
     {"report_year": 2020}),
    ("… but one of a year's first month tells of the year just ended",
     "法润江淮 善治安徽\n2026年01月04日08:22 | 来源:安徽日报\n"
     "近日,记者从省司法厅了解到,全省各级司法行政机关扎实推进法治政府建设。",
     {"report_year": 2025, "publish_date": "2026-01-04"}),
    ("a page's time stamp run into its hour and minute before its source (2018年12月14日08:33 | 来源:…) is its date",
     "深圳开展宪法宣传周活动\n2018年12月14日08:33 | 来源:法制日报\n"
     "近日,深圳市司法局组织开展宪法宣传周活动,市民踊跃参与。",
     {"report_year": 2018, "publish_date": "2018-12-14"}),
    ("… and so is a stamp a bar ends, before the page's font size (2021年07月08日08:05 |)",
     "牡丹江市今年拆除违章建筑1800余处\n来源:牡丹江新闻网\n2021年07月08日08:05 |\n小字号\n"
     "7月7日,记者从牡丹江市城管局获悉,进入7月份以来,牡丹江市拆违工作取得明显进展。",
     {"report_year": 2021, "publish_date": "2021-07-08"}),
    ("a news story that names no year alone tells of the year of its one event's date",
     "为了让广大干部群众学法、知法、懂法、守法,增强法律意识。双石镇人民政府于2023年5月25日组织开展了“法治讲堂”活动。"
     "双石镇领导班子成员及全体镇干部共40余人参与了活动。",
     {"report_year": 2023}),
    ("… but not of a date a span starts or ends on (自2019年5月起)",
     "该局自2019年5月起,组织对全市餐饮店开展专项整治,近三年共查处案件1080件。",
     {"report_year": None}),
    ("… but a page early in a year that names none and is no news story reports on the year before",
     "法治政府建设工作情况\n日期:2020-03-01\n"
     "我市坚持以习近平法治思想为指导,扎实推进法治政府建设,全年办理行政复议案件20件。",
     {"report_year": 2019}),
    ("a township's short name run across two words (脱贫攻坚圆满收官和乡村振兴: 官和乡) is no township",
     "政府工作报告\n现在,我代表调风镇人民政府,向大会报告工作。\n一、2021年工作回顾\n"
     "2021年是脱贫攻坚圆满收官和乡村振兴扬帆起航之年。一年来,调风镇在市委、市政府的悉心指导下,扎实推进各项工作。",
     {"region": "调风镇", "admin_level": "township"}),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in REPORTER_CASES],
                         ids=[case[0] for case in REPORTER_CASES])
def test_who_reports_and_where_it_stands(text, expected, knowledge):
    metadata = infer_metadata(text, {}, knowledge)
    assert {field: metadata[field] for field in expected} == expected


HEADER_CASES = [
    ("a header row opening with 公开方式 is no body, so the title under it is found; 信息索取号 is the index number",
     "公开方式: 主动公开 有效期: 长期有效 公开时限: 长期公开 公开范围: 面向全社会 信息索取号: 014554178/2026-07920\n"
     "珠山区文广旅局关于2025年法治建设工作总结的报告\n来源:珠山区文广新旅局 发布时间:2026-02-12 16:10 访问量:\n"
     "2025年,在区委、区政府的正确领导下,区文广旅局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治建设。",
     {"title": "珠山区文广旅局关于2025年法治建设工作总结的报告", "index_number": "014554178/2026-07920",
      "publish_date": "2026-02-12"}),
    ("a title without a rule-of-law word loses its header label (名  称:), and a district a park shares a name with is the district",
     "当前位置:首页> 政务公开> 最新文件\n\n名  称: 滨海新区2023年行政执法工作情况报告\n索引号: 9547-11160-2024-00014\n"
     "发布机构: 区政府\n\n滨海新区始终坚持以习近平新时代中国特色社会主义思想为指导,大力推进严格公正规范文明执法。",
     {"title": "滨海新区2023年行政执法工作情况报告", "admin_level": "county", "province": "天津市"}),
    ("a title in a header row (信息名称: | … | 主题分类: | …) is the title alone, without its label or the next field",
     "索引号: | xhqrmzf-2022-00388 | 发布机构: | 溪湖区人民政府 |\n"
     "信息名称: | 2022年溪湖区法治政府建设工作报告 | 主题分类: | 执行结果公开 |\n发布日期: | 2022-12-26 |\n"
     "2022年,溪湖区坚持以习近平法治思想为指导,扎实推进法治政府建设。",
     {"title": "2022年溪湖区法治政府建设工作报告", "region": "溪湖区", "publish_date": "2022-12-26"}),
    ("… and so is one without a rule-of-law word in the cell after its label (标题: | … | ||)",
     "标题: | 淄博市工业和信息化局2024年政府信息公开工作年度报告 | ||\n---|---|---|---|\n"
     "发文日期: | 2025-01-22 | 发布机构: | 淄博市工业和信息化局 |\n"
     "本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
     {"title": "淄博市工业和信息化局2024年政府信息公开工作年度报告", "region": "淄博市工业和信息化局"}),
    ("a copying site's title over the report's own, whose year its opening names, is not the report's",
     "当前位置:文秘学习网>领导讲话 > 政府政务 >\n\n街道2022年法治政府建设工作总结\n\n发布: 2023-02-03 16:10:09   阅读: 次\n\n"
     "街道2020年法治政府建设工作总结2020年12月10日\n\n为深入贯彻落实习近平新时代中国特色社会主义思想,根据《深圳市龙华区"
     "2020年度法治政府建设工作方案》部署,龙华街道大力开展法治政府建设工作,取得了明显成效。现将有关情况总结如下:",
     {"title": "街道2020年法治政府建设工作总结", "report_year": 2020}),
    ("a title without a rule-of-law word broken after its year and place is read whole",
     "2015 年度桃源县西安镇\n政府信息公开工作年度报告\n2016年3月28日\n"
     "本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,由桃源县西安镇编制。",
     {"title": "2015 年度桃源县西安镇政府信息公开工作年度报告", "region": "西安镇"}),
    ("a title without a rule-of-law word loses the date its page prints after it",
     "上海市杨浦区2023年政府信息公开工作年度报告 2024-02-18\n\n\n"
     "本年度报告根据《中华人民共和国政府信息公开条例》的要求,由上海市杨浦区人民政府办公室编制。",
     {"title": "上海市杨浦区2023年政府信息公开工作年度报告", "publish_date": "2024-02-18"}),
    ("a title that goes on after 和 on the next line is read whole",
     "2022年度法治政府建设工作报告和\n2023年工作思路\n发布时间:2023-02-22 14:47\n"
     "2022年,在县委、县政府的正确领导下,县综合行政执法局坚持依法行政。",
     {"title": "2022年度法治政府建设工作报告和2023年工作思路", "report_year": 2022}),
    ("a site's name joined to a page's title with a hyphen (…情况-ks8凯发官方网站) is no part of it",
     "福建省2023年度法治政府建设情况-ks8凯发官方网站\n\n来源:福建省人民政府门户网站 时间:2024-04-03 11:45\n\n"
     "2023年,我省各级政府及其工作部门坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设。",
     {"title": "福建省2023年度法治政府建设情况", "region": "福建省", "report_year": 2023}),
    ("a page's path written with hyphens (首页-法治政府建设) is no part of the title under it",
     "首页-法治政府建设\n松北区2023年度法治政府建设情况报告\n来源:司法局 发布日期:2024-02-28\n"
     "2023年,松北区坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设。",
     {"title": "松北区2023年度法治政府建设情况报告", "region": "松北区"}),
    ("a long label runs into the title with no colon (公报标题市商务局…), and is no part of it",
     "当前位置:首页 > 政府信息公开 > 政府信息公开年报\n公报标题市商务局2023年度行政执法统计年报\n总号 期号\n"
     "2023年,市商务局坚持严格规范公正文明执法。",
     {"title": "市商务局2023年度行政执法统计年报", "report_year": 2023}),
    ("a site's tag before a title in square brackets ([权威发布]) is no part of it",
     "[权威发布]福建省2017年法治政府建设情况报告\n2017年,福建省坚持依法行政,全面推进法治政府建设。",
     {"title": "福建省2017年法治政府建设情况报告", "region": "福建省"}),
    ("a page saved from a listing loses its place in it after the title (-23篇(第26/40页))",
     "金华市司法局2022年度法治政府建设工作报告-23篇(第26/40页)\n2022年,市司法局坚持以习近平法治思想为指导,推进依法行政。",
     {"title": "金华市司法局2022年度法治政府建设工作报告", "region": "金华市司法局"}),
    ("the date a report was delivered, before the page's time stamp above it",
     "首页>监督工作>专项报告\n三亚市人民政府关于2021年度法治政府建设情况的报告\n2022-04-27 17:02 市人民代表大会常务委员会\n"
     "--2022年4月26日在市八届人大常委会第二次会议上\n三亚市人民政府",
     {"publish_date": "2022-04-26"}),
    ("a portal's 网站发布 run on after the other fields",
     "濮阳市人民政府关于2022年度法治政府建设情况的报告\n序号:1000005294发布机构:市司法局公开形式:主动公开公开时限:常年公开网站发布:2023-03-07",
     {"publish_date": "2023-03-07"}),
    ("a disclosure table's compact number (its year run into its serial) and its 产生日期",
     "上海市市场监督管理局关于2024年度法治政府建设情况的报告\n索取号 | AC6040203-2025-001 | 文 号 | 沪市监法规20240540号 |\n---|---|---|---|\n产生日期 | 2025-01-03 | ||",
     {"doc_number": "沪市监法规20240540号", "publish_date": "2025-01-03"}),
    ("a document number in brackets at the end of the title line",
     "湘潭县自然资源局2025年度法治政府建设工作报告(潭县自然资字〔2025〕79号)\n县委、县人民政府:\n根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求,现将有关情况报告如下。",
     {"doc_number": "潭县自然资字〔2025〕79号"}),
    ("a document number a line cites and goes on after is not the report's (根据武隆委办字〔2019〕20号“三定”方案,…)",
     "重庆市武隆区司法局2021年法治政府建设情况报告\n根据武隆委办字〔2019〕20号“三定”方案,我局为区政府的组成机构,内设科室12个。",
     {"doc_number": None}),
    ("the day a document was made (公文生成日期) before the page's posting time",
     "• 索 引 号:QZ02101-3000-2026-00011\n• 公文生成日期:2026-01-08\n某某区人民政府关于2025年度法治政府建设工作情况的报告\n时间:2026-01-09 09:36",
     {"publish_date": "2026-01-08"}),
    ("a document number on a bulleted line under its label",
     "- 索引号:\n- 113310810026792569/2022-00223\n- 文号:\n- 温建〔2022〕4号\n- 成文日期:\n- 2022-01-10",
     {"doc_number": "温建〔2022〕4号"}),
    ("a spaced label alone on its line, its value on the next",
     "发布机构:\n市政府\n发布日期:\n2020-05-12\n信息名称:\n关于2019年度法治政府建设情况的报告\n文  号:\n丹政发〔2020〕14号\n关 键 词:\n内容概述:",
     {"issuer": "市政府", "doc_number": "丹政发〔2020〕14号", "publish_date": "2020-05-12"}),
    ("a label after an empty field's colon",
     "作者:时间:2024-04-01点击:10",
     {"publish_date": "2024-04-01"}),
    ("a portal's 信息时间 after an empty 信息来源",
     "【信息来源:【信息时间:2024-03-29  阅读次数: 】【字号 】【我要打印】",
     {"publish_date": "2024-03-29"}),
    ("a portal's 生成日期",
     "| 发布机构: | 鼓楼区人民政府办公室 | 生成日期: | 2023-01-20 |",
     {"publish_date": "2023-01-20"}),
    ("a table header with spaced labels",
     "| 索 引 号 | XM00503-25-00-2026-004 | 主题分类 | 行政行为情况 |\n| 发布机构 | 厦门市应急管理局 | 文 号 | 厦应急〔2026〕11号 |",
     {"doc_number": "厦应急〔2026〕11号", "index_number": "XM00503-25-00-2026-004", "issuer": "厦门市应急管理局"}),
    ("bracketed labels",
     "- [ 发文字号 ] 鸡鸣委文〔2026〕3号\n- [ 成文日期 ] 2026-02-12",
     {"doc_number": "鸡鸣委文〔2026〕3号", "publish_date": "2026-02-12"}),
    ("a page header's update time",
     "文章来源:司法局 更新时间:2021/03/29 11:30:01",
     {"publish_date": "2021-03-29"}),
    ("a long label run on from the words before it (宣教科发布日期, 文章发布日期)",
     "信息来源:本网 法规与宣教科发布日期:2023-01-18 分享:",
     {"publish_date": "2023-01-18"}),
    ("a page that spaces its date (2025- 02- 08 08: 53)",
     "发布日期: 2025- 02- 08 08: 53 浏览次数: 字体:[ ] 信息来源: 大岚镇",
     {"publish_date": "2025-02-08"}),
    ("a document's date in brackets under its title, not a repost's bracketed ISO date",
     "湖南省农业农村厅2023年法治政府建设年度报告\n湖南省农业农村厅\n（2024年1月31日）\n2023年,我厅深入学习贯彻习近平法治思想。",
     {"publish_date": "2024-01-31"}),
    ("a repost's bracketed date is not the report's",
     "上海市卫生和计划生育委员会2016年法治政府建设年度报告\n\n( 2021-03-05)\n\n 2017年2月20日\n\n2016年,我委坚持落实纲要。",
     {"publish_date": "2017-02-20"}),
    ("a date alone on a header line",
     "广州市人民政府关于2023年度法治政府建设情况的报告\n• 听全文\n• 2024-01-23\n• 来源:广州市司法局",
     {"publish_date": "2024-01-23"}),
    ("an empty field in a table header takes nothing from the spaced label after it",
     "发布机构 | 文 号 | 驻政文〔2025〕3号 |\n成文日期 | 2025-01-17 | 公文时效 | 有效 |",
     {"issuer": None, "doc_number": "驻政文〔2025〕3号", "publish_date": "2025-01-17"}),
    ("an empty field takes nothing from the label after its colon",
     "发布机构: 生成日期: 2024-03-01\n楚雄州林业和草原局2024年法治政府建设年度报告",
     {"issuer": None, "publish_date": "2024-03-01"}),
    ("an empty 文号 takes nothing from the next label",
     "文号: | 发布机构: | 高新区办公室 | |\n成文日期: | 2025-03-28 | 公开方式: | 主动公开 |",
     {"doc_number": None, "publish_date": "2025-03-28", "issuer": "高新区办公室"}),
    ("labels run into their values",
     "索引号pbxxhxrmzf/2026-00001\n发布机构屏边县新华乡人民政府\n发布日期2026-01-27\n新华乡2025年法治政府建设工作情况报告",
     {"publish_date": "2026-01-27", "issuer": "屏边县新华乡人民政府", "region": "新华乡", "county": "屏边苗族自治县"}),
    ("the publishing office and date on one line",
     "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29",
     {"publish_date": "2023-12-29"}),
    ("a date printed after the title",
     "上海市司法局2016年法治政府建设情况报告 (2017-05-19)",
     {"publish_date": "2017-05-19"}),
    ("a number labelled 文件字号",
     "索引号: 113307277559109857/2025-60384 公开形式: 主动公开\n文件字号: 磐政〔2025〕58号 公开时限: 长期公开\n"
     "发文机关: 磐安县人民政府 成文日期: 2025-07-03\n磐安县人民政府关于动态调整安文街道等10个乡镇(街道)赋权事项的通告",
     {"doc_number": "磐政〔2025〕58号"}),
    ("a label after a slash (备注/文号)",
     "• 索 引 号:QZ08112-0100-2026-00001\n    • 备注/文号:惠交法〔2026〕1号\n    • 发布机构:惠安县交通运输局",
     {"doc_number": "惠交法〔2026〕1号"}),
    ("a cover letter sends the report by its title, which names the reporter; 文件编号 is its number",
     "关于报送《2024年度浦东新区建设和交通委员会法治政府建设情况报告》的报告\n索引号 | SY-310115-2025-00459 |\n文件编号 | 浦建委审〔2025〕2号 |\n"
     "浦东新区法治政府建设工作领导小组办公室:\n根据工作要求,我委编制了《2024年度浦东新区建设和交通委员会法治政府建设情况报告》。",
     {"doc_number": "浦建委审〔2025〕2号", "region": "浦东新区建设和交通委员会", "admin_level": "department", "county": "浦东新区"}),
    ("a number whose year is in square brackets, its label without a colon; the site's tag before the title is not the title's",
     "索引号: 11331004733815418U/2024-161460 公开方式: 主动公开\n发布机构: 区交通运输局 公开日期: 2024-03-25\n有效性 有效 文件编号 台路交【2024】6号\n"
     "【部门文件】台州市路桥区交通运输局2023年度法治政府建设报告\n2023年,路桥区交通运输局在区委、区政府的正确领导下,全面推进法治交通建设。",
     {"doc_number": "台路交【2024】6号", "title": "台州市路桥区交通运输局2023年度法治政府建设报告", "region": "台州市路桥区交通运输局"}),
    ("a ministry that calls itself by its short name is a department with no place",
     "体育总局关于2022年法治政府建设工作情况的报告\n\n2022年,体育总局以习近平新时代中国特色社会主义思想为指引,深入推进依法行政。",
     {"region": "体育总局", "admin_level": "department", "province": None, "report_year": 2022}),
    ("a sentence that ends in a bureau's name is no bureau, and a township named by a common noun no place, there",
     "第二节 司法工作 一、普法工作\n按照上级的统一部署,开展了五年普法教育,农场和所属基层单位均成立了普法领导小组。"
     "为此,农场普法教育工作受到管局表彰,被授予普法工作先进单位。",
     {"region": None, "province": None, "county": None}),
    ("a leader going to a bureau is a visit, not a bureau of that name, by a government's office or a place's",
     "2月10日,龙湖区政府副区长郑曦带队到区司法局指导工作,对行政复议工作情况进行现场调研。2022年,全区受理行政复议案件141件。\n"
     "3月2日,澄海区副区长到区司法局调研。",
     {"region": "龙湖区", "admin_level": "county"}),
    ("where a branch stands is not the branch",
     "2019年,自治区司法厅扎实推进法治建设。监狱管理局在兴安盟保安沼地区设有东部分局,负责辖区监狱管理工作。",
     {"region": None, "prefecture": None}),
    ("a news item's dateline, spaced after its outlet, names where it was filed, not who reports",
     "辽宁四级矛盾纠纷调处化解体系实现全覆盖\n   中新网 沈阳3月20日电(记者 王景巍)3月20日,在辽宁省政府新闻办组织的新闻发布会上,"
     "辽宁省司法厅副厅长表示,2023年,全省共化解矛盾纠纷28.4万余件。",
     {"prefecture": None}),
    ("a page of sections headed by places speaks for each in turn, for none as a whole",
     "温州多地法治建设交出满意“成绩单”\n时间:2022-03-28 16:02:00 来源:中国网温州\n日前,浙江省委依法治省办公布表扬通报。"
     "其中,温州市鹿城区、洞头区、乐清市、瑞安市等4地获得通报表扬。\n鹿城区\n2021年以来,鹿城区坚持运用法治思维,全区成功调解矛盾纠纷10431件。\n"
     "洞头区\n近年来,洞头区坚持全面依法治区,全区成功调处矛盾纠纷2065件。\n乐清市\n2021年,乐清市全市成功调处矛盾纠纷13339件。",
     {"region": None, "admin_level": None, "county": None}),
    ("a date in Chinese printed after the title",
     "上海市民防办公室关于2020年度法治政府建设工作的情况报告 ( 2021年02月10日 )\n沪民防〔2021〕28号 签发人:钟杰\n市政府:",
     {"publish_date": "2021-02-10", "doc_number": "沪民防〔2021〕28号", "region": "上海市民防办公室"}),
    ("the report's own number below a long disclosure table",
     "中共醴陵市委 醴陵市人民政府 关于醴陵市2023年度法治政府建设情况报告\n发布时间:2024-01-22 访问量:次 作者:市司法局 来源:市司法局\n"
     "- 索引号 :103/2024-00292\n- 发文机关:市司法局\n- 发布时间:2024-01-22\n- 有 效 期 :\n- 所属主题:\n- 公开对象:\n- 发文字号:\n"
     "- 公开部门:市司法局\n- 状 态:\n醴报〔2024〕2号 签发人:王某\n中共醴陵市委\n醴陵市人民政府\n关于醴陵市2023年度法治政府建设工作情况的\n报 告\n"
     "中共株洲市委、株洲市人民政府:",
     {"doc_number": "醴报〔2024〕2号", "publish_date": "2024-01-22"}),
    ("a keywords row of the page's header is no title",
     "索引号 题材分类 法治政府工作报告\n发布机构 区司法局 发布时间 2021-02-24\n关键字 南充市,顺庆区人民政府,法治政府建设,工作报告\n"
     "中共南充市顺庆区人民政府党组关于2020年法治政府建设工作的报告(报区委)\n区委:",
     {"region": "顺庆区", "admin_level": "county", "prefecture": "南充市"}),
    ("a line above the title that dates the page is no issuer",
     "浙江/杭州-2026-02-25 00:00:00\n关于2025年法治政府建设情况的报告\n中共杭州市萧山区委、杭州市萧山区人民政府:\n2025年,我局坚持以习近平新时代中国特色社会主义思想为指导。",
     {"admin_level": "department", "prefecture": "杭州市", "county": "萧山区", "publish_date": "2026-02-25"}),
    ("a long first row of bracketed labels is the page's header, not its body",
     "[ 索 引 号 ] 115002407116439937/2026-00002 [ 主题分类 ] 司法;法制 [ 体裁分类 ] 其他\n"
     "[ 发布机构 ] 石柱县石家乡 [ 发文字号 ] 石家府文〔2026〕5号\n[ 标 题 ] 石家乡人民政府关于2025年法治政府建设情况的报告",
     {"doc_number": "石家府文〔2026〕5号", "index_number": "115002407116439937/2026-00002", "issuer": "石柱县石家乡",
      "title": "石家乡人民政府关于2025年法治政府建设情况的报告"}),
    ("a document number in small-form brackets (﹝﹞)",
     "信息名称: | 南京市浦口区2024年度法治政府建设情况报告 | ||\n文 号: | 浦委﹝2025﹞6号 | 关 键 词: | 法治政府 |",
     {"doc_number": "浦委﹝2025﹞6号"}),
    ("the report's own number under its title",
     "湖州市人力资源和社会保障局关于2019年度法治政府建设的工作报告\n湖人社〔2020〕3号 签发人:王某",
     {"doc_number": "湖人社〔2020〕3号"}),
    ("a portal's 发表时间 run on into its click count",
     "临港新片区管委会2020年法治政府建设年度报告\n\n发表时间:2021-02-05点击次数:",
     {"publish_date": "2021-02-05"}),
    ("the report's own number run on after its title in a page's run-together header",
     "某某市人民政府关于2022年度法治政府建设情况的报告\n\n"
     "某某市人民政府关于2022年度法治政府建设情况的报告发布时间:2023-01-31 16:38:31来源:某某市政府办公室浏览字号:大|中|小"
     "  某某市人民政府关于2022年度法治政府建设情况的报告某府〔2023〕6号   2022年以来,在市委的正确领导下,市政府坚持依法行政。",
     {"doc_number": "某府〔2023〕6号", "publish_date": "2023-01-31"}),
    ("an empty field before a label no field reads has no value",
     "索引号: 发文字号: 东政〔2023〕1号\n发文机关: 主题分类:\n成文日期: 2023年02月16日 发布日期: 2023年02月16日\n"
     "海东市2022年度法治政府建设工作情况的报告",
     {"issuer": None, "doc_number": "东政〔2023〕1号", "publish_date": "2023-02-16"}),
    ("a value run into the next field's label ends before it",
     "北京市海淀区人民政府田村路街道办事处2021年法治政府建设情况报告\n\n发布机构:田村路街道办事处日期:2022-02-15 11:47",
     {"issuer": "田村路街道办事处", "publish_date": "2022-02-15"}),
    ("a news story with its writer's byline and no year of its own tells of the year it was published",
     "施秉:“花式”普法助力油菜花节绽放“法治之花”\n2024-03-30 黔东南新闻网 通讯员 刘斌 李凯\n"
     "阳春三月,正是赏花好时节。3月22日,施秉县司法局在上翁哨村开展“春季普法”。",
     {"report_year": 2024, "publish_date": "2024-03-30"}),
    ("a news story with a byline that tells of last year (去年全国新收…) tells of the year before it was published",
     "司法部:去年九成新收行政复议案件实现“案结事了”\n2025-02-28 18:00:00\n来源:人民网 原创稿\n"
     "人民网北京2月28日电 (记者王子锋)在司法部今天举行的新闻发布会上,副部长介绍,去年全国新收行政复议案件74.96万件,"
     "同比增长94.7%。",
     {"report_year": 2024, "publish_date": "2025-02-28"}),
    ("a comparison with last year (比去年) leaves a story with a byline its year of publication",
     "施秉:“花式”普法助力油菜花节绽放“法治之花”\n2024-03-30 黔东南新闻网 通讯员 刘斌 李凯\n"
     "3月22日,施秉县司法局在上翁哨村开展“春季普法”,参加群众比去年多了一倍。",
     {"report_year": 2024, "publish_date": "2024-03-30"}),
    ("a page header's summary row (内容概述: 法治政府建设 有 效 性: 有效) is no title",
     "文       号: 阜政发〔2019〕9号 发文日期: 2019-03-19 11:15\n内容概述: 法治政府建设   有 效 性: 有效\n"
     "阜阳市人民政府关于2018年度法治政府建设情况的报告",
     {"title": "阜阳市人民政府关于2018年度法治政府建设情况的报告", "doc_number": "阜政发〔2019〕9号"}),
    ("a title broken after its year (…人民政府关于2024年 / 法治政府建设情况的报告) is joined",
     "抚顺市顺城区人民政府关于2024年\n法治政府建设情况的报告\n中共抚顺市顺城区委员会:",
     {"title": "抚顺市顺城区人民政府关于2024年法治政府建设情况的报告", "report_year": 2024}),
    ("a title broken after its year whose next line opens with another word (…关于2022年 / 推进法治政府建设…) is joined",
     "盐城市大丰区关于2022年\n推进法治政府建设工作情况的报告\n\n市委、市政府:",
     {"title": "盐城市大丰区关于2022年推进法治政府建设工作情况的报告", "region": "大丰区", "report_year": 2022}),
    ("a page header's 信息索引号 and 发文机构 are its index number and issuer",
     "信息索引号 001008001003010/2022-06213 文件编号\n- 发文机构:普兰县人民政府\n成文日期 2022-02-17 公开时限 长期公开\n"
     "杭州市临平区人民政府关于临平区2021年法治政府建设年度报告",
     {"index_number": "001008001003010/2022-06213", "issuer": "普兰县人民政府"}),
    ("a city's commission (市卫健委…围绕市委市政府) whose only place named is a province, in the titles it forwards, is "
     "not that province's, though it stands in it",
     "市委、市政府:\n2025年,市卫健委坚持以习近平法治思想为指导,紧紧围绕市委市政府的中心工作,现将2025年我委法治政府建设工作情况"
     "报告如下:\n一、2025年工作情况\n组织领导干部按时完成福建干部网络学习。及时转发《福建省卫生健康委员会关于落实2025年卫生健康"
     "系统普法责任清单的通知》。",
     {"region": None, "province": "福建省", "division_code": None, "admin_level": "department"}),
    ("a site's column named by a title word (依法行政) above a whole title is no part of it",
     "字体大小:\n依法行政\n河北省2017年度法治政府建设工作报告\n发布时间:2018/5/17",
     {"title": "河北省2017年度法治政府建设工作报告", "region": "河北省"}),
    ("a site's column with no year printed above the report's own title is no title",
     "镇街法治政府建设报告\n广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告\n来源:珠江街发布日期:2025-01-14",
     {"title": "广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告", "region": "珠江街道"}),
    ("a report no line titles, whose announcement quotes its title (现将《…工作报告》报告如下), is titled by it",
     "信息公开 | 规划计划 | 计划总结 |\n中共洞头区委、洞头区人民政府:\n根据《法治政府建设与责任落实督察工作规定》有关规定,"
     "现将《温州市洞头区综合行政执法局2023年度法治政府建设工作报告》报告如下:",
     {"title": "温州市洞头区综合行政执法局2023年度法治政府建设工作报告", "admin_level": "department", "report_year": 2023}),
    ("a title's kind alone on the line below it ends it (报 告 spread to the title's width, once normalised)",
     "驻马店市人民政府\n关于2024年度法治政府建设工作情况的\n报告\n驻政文〔2025〕3号\n市人大常委会:",
     {"title": "驻马店市人民政府关于2024年度法治政府建设工作情况的报告", "doc_number": "驻政文〔2025〕3号"}),
    ("a date run into the site's address before it and its source after it is the page's stamp",
     "拉萨市2017年度法治政府建设工作情况的报告\n某市政府网站: www.example.gov.cn2018年05月30日来源:市法制办作者:",
     {"publish_date": "2018-05-30"}),
    ("a bulleted date with its hour and minute written out is the page's stamp (run together, once normalised)",
     "某省人民政府2022年度法治政府建设工作情况\n  • 2023年03月30日09时24分\n  • 来源: 司法厅\n  • 【字体:",
     {"publish_date": "2023-03-30"}),
    ("… and so is one before the page's source on its line (run together, once normalised)",
     "眉山市人民政府关于2022年度法治政府建设工作情况的报告\n2023年02月13日14时23分 来源:眉山市人民政府 [字号: ] 打印\n"
     "现将我市2022年度法治政府建设工作情况报告如下。",
     {"publish_date": "2023-02-13"}),
    ("an index number ends where its letters and digits do, not at the next label run on to it once spaces are closed up",
     "湖北省司法厅2023年法治政府建设年度报告\n索 引 号 011043217/2024-15822分    类 政务公开\n发布机构 湖北省司法厅 发文日期 2024-03-27",
     {"index_number": "011043217/2024-15822", "publish_date": "2024-03-27"}),
    ("a date the page prints after the title, with a space, is no part of the title",
     "2024年杨浦区法治政府建设工作情况报告 2025-02-24\n2024年是中华人民共和国成立75周年。今年以来,杨浦区坚持以习近平法治思想为指导。",
     {"title": "2024年杨浦区法治政府建设工作情况报告", "publish_date": "2025-02-24"}),
    ("a labelled date in square brackets is the page's date",
     "某市生态环境局关于2020年度法治政府建设情况的报告\n发布日期:[2021-02-05]\n[ 字体: ] [分享: ]",
     {"publish_date": "2021-02-05"}),
    ("a short label run into the value before it where its colon follows",
     "深圳市龙华区观澜街道办事处2025年法治政府建设年度报告\n\n来源:深圳市龙华区观澜街道办日期:2026年01月19日 【 字体: 打印",
     {"publish_date": "2026-01-19"}),
]


@pytest.mark.parametrize("head, expected", [case[1:] for case in HEADER_CASES], ids=[case[0] for case in HEADER_CASES])
def test_page_header_fields(head, expected, knowledge):
    # a body longer than the tail read for a signature, so that the fields are found in the head
    text = head + "\n本单位坚持以习近平法治思想为指导,全面推进依法行政,各项工作取得明显成效,现将有关情况报告如下。" * (TAIL_LINES + 1)
    metadata = infer_metadata(text, {}, knowledge)
    assert {field: metadata[field] for field in expected} == expected


def test_a_site_s_banner_above_the_page_is_chrome_and_the_title_below_it_is_read(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text(
        "• 高举中国特色社会主义伟大旗帜,全面贯彻习近平新时代中国特色社会主义思想,弘扬伟大建党精神,自信自强、守正创新,"
        "踔厉奋发、勇毅前行,为全面建设社会主义现代化国家、全面推进中华民族伟大复兴而团结奋斗。\n"
        "工作信息\n沈阳市司法局关于2023年法治政府建设情况的报告\n(2024-03-01)\n2023年,市司法局坚持依法行政。",
        encoding="utf-8")
    metadata = process_report(tmp_path / "r.txt", knowledge)["metadata"]
    assert (metadata["title"], metadata["publish_date"]) == ("沈阳市司法局关于2023年法治政府建设情况的报告", "2024-03-01")


def test_a_report_of_no_title_and_no_known_reporter_is_titled_by_its_year(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text("2023年,我局坚持依法行政,全年办理行政复议案件5件,开展普法宣传活动12场次。",
                                    encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["region"] is None
    assert record["metadata"]["title"] == "[2023年法治政府建设年度报告]"


def test_a_supplied_title_names_the_region_the_sidecar_gives(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text("2023年,我局坚持依法行政,全年办理行政复议案件5件,开展普法宣传活动12场次。",
                                    encoding="utf-8")
    (tmp_path / "r.yml").write_text("region: 新源县司法局\n", encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["title"] == "[新源县司法局2023年法治政府建设年度报告]"


def test_a_report_without_a_year_still_gives_what_was_found(tmp_path, knowledge):
    (tmp_path / "r.txt").write_text("宁波高新区法治政府建设工作报告\n高新区坚持以习近平法治思想为指导,全面推进依法行政,"
                                    "各项工作取得明显成效,共办理行政处罚案件131件。", encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["report_year"] is None
    assert record["metadata"]["region"] == "宁波高新区"


@pytest.mark.parametrize("path, year", [
    ("您当前的位置: 首页> 政务公开> 政府信息公开目录> 法治政府建设年度报告 > 2021年度", 2021),
    ("您当前所在的位置: 首页 > 政务公开 > 法治政府建设 > 年度报告 > 街道 > 2023年", 2023),
    ("首页 > 政务公开 > 政府信息公开目录 > 政府文件 > 市政府文件 > 2025年", None),  # the year a file was issued
])
def test_a_page_filed_under_a_year_of_reports_reports_on_it(tmp_path, path, year, knowledge):
    """Where the text names no year, the page's path on its site (chrome, not text) may: a shelf of the year's
    reports."""
    (tmp_path / "r.txt").write_text(f"{path}\n一、新区推进法治政府建设主要举措和成效\n新区坚持以习近平法治思想为指导,"
                                    "共办理行政处罚案件131件。", encoding="utf-8")
    record = process_report(tmp_path / "r.txt", knowledge)
    assert record["metadata"]["report_year"] == year
    assert "首页" not in record["text"]


# Texts read as the pipeline reads them, once normalised: a bureau's summary that a page header says it posted itself
# (来源:区卫健委 over 现将我委…), the source run into the date before it or set apart by a space, is its author's either
# way; a region is written with ASCII brackets however its page wrote them; a ranking table's places, each beside its
# count, are not who reports.
POSTED_BY_ITSELF = ("\n现将我委2021年度法治政府建设工作开展情况总结如下:\n一、主要举措和成效\n(一)高度重视,履行推进法治建设第一责任人"
                    "职责。\n一是强化组织领导。主要领导认真履行推进法治建设第一责任人职责,成立了由委主要领导任组长的法治建设工作领导小组,"
                    "办公室设在委政策法规科,具体负责卫生健康系统法治建设工作的组织协调和督办考核。二是统筹安排部署。结合工作实际,"
                    "在全系统转发了《2021年合川区法治政府建设工作要点》,制定了年度工作计划。")
XIAMEN_ZONE = "自由贸易试验区厦门片区2024年法治政府建设工作报告\n2024年,厦门片区管委会坚持以习近平法治思想为指导,全面推进依法行政。"
POSTED = {"region": "合川区卫健委", "county": "合川区", "publish_date": "2022-03-29"}
RANKING = ("中华人民共和国司法部\n政府信息公开\n2019年全国行政复议案件统计数据\n发布时间:2020-09-29 16:03\n表1:各省受理行政复议案件情况\n"
           + "".join(f"{a}  | {9000 - 100 * n}  | {b}  | {4000 - 100 * n}  | \n"
                     for n, (a, b) in enumerate([("广东", "河北"), ("上海", "浙江"), ("辽宁", "河南"), ("山东", "安徽"),
                                                 ("江苏", "福建"), ("北京", "湖南"), ("四川", "湖北"), ("吉林", "广西")])))


@pytest.mark.parametrize("text, expected", [
    ("日期:2022-03-29来源:区卫健委" + POSTED_BY_ITSELF, POSTED),
    ("日期:2022-03-29 来源:区卫健委" + POSTED_BY_ITSELF, POSTED),
    ("中国（福建）" + XIAMEN_ZONE, {"region": "中国(福建)自由贸易试验区厦门片区"}),
    ("中国(福建)" + XIAMEN_ZONE, {"region": "中国(福建)自由贸易试验区厦门片区"}),
    (RANKING, {"region": None, "province": None}),
])
def test_normalised_texts_read_the_same_however_a_page_spaced_or_bracketed_them(text, expected, knowledge):
    metadata = infer_metadata(normalise(text, knowledge)["text"], {}, knowledge)
    assert {field: metadata[field] for field in expected} == expected


# For each pattern of pattern_needs, texts it matches, one for each way it can: with every needed word taken out, none
# may match, or the pattern would be skipped on a text where it stands
NEEDED_WORD_CASES = {
    "captions": ["执法人员在进行无人机技能竞赛。(视觉中国|供图)", "群众在咨询法律问题 （记者 张三 摄）", "普法现场\n(县司法局供图)"],
}


@pytest.mark.parametrize("key, text", [(key, text) for key, texts in NEEDED_WORD_CASES.items() for text in texts])
def test_a_pattern_that_needs_a_word_matches_nothing_without_it(key, text, knowledge):
    pattern = knowledge["metadata"][key]
    assert re.search(pattern, text)
    for word in knowledge["metadata"]["pattern_needs"][key]:
        text = text.replace(word, "某")
    assert re.search(pattern, text) is None


def test_every_pattern_that_needs_a_word_has_its_cases(knowledge):
    assert set(NEEDED_WORD_CASES) == set(knowledge["metadata"]["pattern_needs"])
