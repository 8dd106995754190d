"""Report ids and the order of names: places read as they are called."""
import pytest

from ruleoflaw import paths


@pytest.mark.parametrize("name, slug", [
    ("新源县", "xinyuanxian"),
    ("长治市司法局", "changzhishisifaju"),   # not zhang, the commonest reading of 长
    ("南乐县", "nanlexian"),
    ("单县", "shanxian"),
    ("长子县", "zhangzixian"),               # … where zhang is the place's own reading
    ("朝阳市", "chaoyangshi"),
])
def test_a_report_id_reads_a_place_as_it_is_called(name, slug):
    assert paths.slug(name) == slug
    assert paths.report_id({"report_year": 2023, "region": name}) == f"2023-{slug}"


@pytest.mark.parametrize("region, fallback, expected", [
    ("……", "a", "2023-a"),            # a name no letter of which is left: the file's name
    ("🙂", "——", "2023-" + paths.id_digest("🙂")),   # … and where the file's name has none either, a digest
    (None, "xinyuan", "2023-xinyuan"),
    (None, "", "2023"),
])
def test_a_name_that_slugs_to_nothing_still_gives_an_id(region, fallback, expected):
    rid = paths.report_id({"report_year": 2023, "region": region}, fallback=fallback)
    assert rid == expected and paths.checked_id(rid) == rid


def test_names_are_ordered_by_how_their_places_are_read():
    from ruleoflaw.paths import zh_order
    assert sorted(["郑州市", "长治市", "北京市"], key=zh_order) == ["北京市", "长治市", "郑州市"]


def test_every_reading_of_the_table_has_one_syllable_a_character():
    _, readings = paths.place_readings()
    assert readings and all(len(syllables) == len(name) for name, syllables in readings.items())


def test_a_reading_that_does_not_fit_its_name_stops_the_build_naming_the_file(tmp_path):
    table = tmp_path / "readings.csv"
    table.write_text("name,reading\n长治市,chang zhi\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"readings\.csv: row 2 \(长治市\)"):
        paths.place_readings(table)


def _record(source, region, year=2021, prefecture=None, province=None, text=None, sidecar_id=None, figures=None):
    metadata = {"report_year": year, "region": region, "prefecture": prefecture, "province": province}
    return {"id": sidecar_id or paths.report_id(metadata), "source": source, "metadata": metadata,
            "sidecar": {"id": sidecar_id} if sidecar_id else {}, "text_digest": text or source,
            "figures_digest": figures}


def _ids(records, published=None):
    from ruleoflaw.pipeline import assign_unique_ids
    errors = assign_unique_ids(records, published)
    return {record["source"]: record["id"] for record in records}, [error.path for error in errors]


def test_two_towns_of_one_name_get_their_prefectures_names():
    ids, errors = _ids([_record("a.txt", "港口镇", prefecture="中山市", province="广东省"),
                        _record("b.txt", "港口镇", prefecture="防城港市", province="广西壮族自治区")])
    assert ids == {"a.txt": "2021-zhongshanshi-gangkouzhen", "b.txt": "2021-fangchenggangshi-gangkouzhen"}
    assert errors == []


def test_two_reports_on_one_place_and_year_are_told_apart_by_their_files_not_a_parent_they_share():
    ids, _ = _ids([_record("report.txt", "广安市", prefecture="广安市", province="四川省"),
                   _record("news.txt", "广安市", prefecture="广安市", province="四川省")])
    assert ids == {"report.txt": "2021-guanganshi-report", "news.txt": "2021-guanganshi-news"}


def test_the_report_published_under_an_id_keeps_it_when_a_namesake_comes():
    records = [_record("report.txt", "广安市", prefecture="广安市", province="四川省"),
               _record("news.txt", "广安市", prefecture="广安市", province="四川省")]
    ids, _ = _ids(records, published={"2021-guanganshi": "report.txt"})
    assert ids == {"report.txt": "2021-guanganshi", "news.txt": "2021-guanganshi-news"}


def test_a_province_with_a_namesake_is_told_apart_by_its_file():
    ids, _ = _ids([_record("a.txt", "四川省", province="四川省"), _record("b.txt", "四川省", province="四川省")])
    assert ids == {"a.txt": "2021-sichuansheng-a", "b.txt": "2021-sichuansheng-b"}


def test_the_same_text_twice_is_published_once_and_a_taken_sidecar_id_is_refused():
    ids, errors = _ids([_record("a.txt", "新源县", text="same"), _record("b.txt", "新源县", text="same"),
                        _record("c.txt", "港口镇", sidecar_id="2021-xinyuanxian")])
    assert ids == {"a.txt": "2021-xinyuanxian"}
    assert errors == ["b.txt", "c.txt"]


def test_a_copy_of_a_report_stating_its_figures_for_its_place_and_year_is_published_once():
    # (a Traditional-script copy, or the same text under another page's header: other text, the same figures; the
    # first by its file's name is published, as of two files of one text)
    ids, errors = _ids([_record("report.txt", "福建省", figures="f"), _record("trad-copy.txt", "福建省", figures="f"),
                        _record("news.txt", "福建省", figures="g"), _record("other-year.txt", "福建省", 2022, figures="f"),
                        _record("few.txt", "福建省", figures=None), _record("few-too.txt", "福建省", figures=None)])
    assert errors == ["trad-copy.txt"]
    assert set(ids) == {"report.txt", "news.txt", "other-year.txt", "few.txt", "few-too.txt"}


def test_a_name_given_to_tell_namesakes_apart_is_never_another_reports_id():
    # a.txt and b.txt on 新源县 2021, and two files whose region is unread, so that their ids come from their
    # names: the names a.txt would be given
    records = [_record("a.txt", "新源县"), _record("b.txt", "新源县"),
               {**_record("xinyuanxian-a.txt", None, text="c"), "id": "2021-xinyuanxian-a"},
               {**_record("xinyuanxian-a-a.txt", None, text="d"), "id": "2021-xinyuanxian-a-a"}]
    ids, errors = _ids(records)
    assert errors == [] and len(set(ids.values())) == 4, ids


def test_two_files_of_one_name_and_a_sidecar_id_keep_apart():
    records = [_record("a.txt", "新源县"), _record("a.html", "新源县", text="other"),
               _record("news.txt", "新源县", text="news"), _record("z.txt", "港口镇", sidecar_id="2021-xinyuanxian-news")]
    ids, errors = _ids(records)
    assert errors == [] and len(set(ids.values())) == 4
    assert ids["z.txt"] == "2021-xinyuanxian-news"  # a sidecar's id is never renamed


def test_sidecar_ids_that_take_each_name_a_namesake_would_be_given_still_leave_it_one_of_its_own():
    # b.txt, a namesake of a.txt, would be named 2021-xinyuanxian-b, then -b-b, then -b-b-<digest>: each taken
    taken = ["2021-xinyuanxian-b", "2021-xinyuanxian-b-b", f"2021-xinyuanxian-b-b-{paths.id_digest('b.txt')}"]
    records = [_record("a.txt", "新源县"), _record("b.txt", "新源县", text="other"),
               *(_record(f"{name}.txt", "港口镇", text=name, sidecar_id=rid) for name, rid in zip("cde", taken))]
    ids, errors = _ids(records)
    assert errors == [] and len(set(ids.values())) == 5, ids
    assert [ids[f"{name}.txt"] for name in "cde"] == taken


def test_an_id_too_long_for_a_file_name_keeps_its_start_and_a_digest():
    rid = paths.report_id({"report_year": 2023, "region": "壮" * 300})
    assert len(rid) == paths.MAX_ID_CHARS and rid.startswith("2023-zhuangzhuang")
    assert rid != paths.report_id({"report_year": 2023, "region": "壮" * 299})
    assert paths.REPORT_ID.fullmatch(rid)


def test_shaanxi_and_shanxi_read_apart():
    assert paths.slug("陕西省") == "shaanxisheng" and paths.slug("山西省") == "shanxisheng"
