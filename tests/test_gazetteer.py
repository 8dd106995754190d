"""The gazetteer is built once per change and kept in .cache/gazetteer/: what is kept is what a
fresh build makes, a damaged or unwritable cache costs only the time, and a change of digest builds anew."""
from ruleoflaw import gazetteer


def test_the_kept_divisions_and_automaton_are_what_a_fresh_build_makes():
    fresh = gazetteer._read_divisions(gazetteer.GAZETTEER_DIR)
    assert gazetteer.load_gazetteer() == fresh
    automaton = gazetteer._make_name_automaton()
    assert sorted(automaton.items()) == sorted(gazetteer._name_automaton().items())


def test_a_damaged_cache_entry_is_built_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "BUILT_DIR", tmp_path)
    key = gazetteer._gazetteer_digest()
    damaged = tmp_path / "divisions" / key[:2] / f"{key}.pickle"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"not a pickle")
    assert gazetteer._kept("divisions", lambda: {"built": True}) == {"built": True}
    assert gazetteer._kept("divisions", lambda: {"built": False}) == {"built": True}  # now read back


def test_an_unwritable_cache_only_costs_the_time(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(gazetteer, "BUILT_DIR", blocked)  # no folder can be made under a file
    assert gazetteer._kept("divisions", lambda: {"built": 1}) == {"built": 1}


def test_a_new_digest_builds_anew_and_keeps_only_the_last(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "BUILT_DIR", tmp_path)
    monkeypatch.setattr(gazetteer, "_gazetteer_digest", lambda: "a" * 64)
    gazetteer._kept("divisions", lambda: "old")
    monkeypatch.setattr(gazetteer, "_gazetteer_digest", lambda: "b" * 64)
    assert gazetteer._kept("divisions", lambda: "new") == "new"
    assert [path.stem for path in (tmp_path / "divisions").rglob("*.pickle")] == ["b" * 64]


def test_an_ordinary_word_that_holds_a_place_name_names_no_place():
    """长治久安 holds 长治 (长治市), 真金白银 holds 白银 (白银市): a report of 新疆 wishing for lasting
    peace is not 山西's 长治市. The place itself, written whole or short, is still found."""
    def found(text):
        return [(text[start:end], names) for start, end, names in gazetteer.find_divisions(text)]
    assert found("维护社会稳定和长治久安，出台真金白银的政策，天山南麓") == []
    assert found("担任县政府法律顾问，创新林区管理，发挥新乡贤作用") == []
    assert found("脱贫攻坚圆满收官和乡村振兴扬帆起航") == []
    assert found("长治市、长治、白银市") == [("长治市", ["长治市"]), ("长治", ["长治市"]), ("白银市", ["白银市"])]


def test_a_street_named_after_a_place_names_no_place():
    """大庆路 in 南宫市, 大同路 in 苏州: a street named after a place is an address, not the place; the place written
    in full before a street (大庆市中山路) is still the place."""
    def found(text):
        return [(text[start:end], names) for start, end, names in gazetteer.find_divisions(text)]
    assert found("在大庆路和育才路交叉口悬挂条幅，地址:大同路19号，北京东路，深圳大道") == []
    assert found("大庆市中山路、大庆") == [("大庆市", ["大庆市"]), ("大庆", ["大庆市"])]


def test_a_full_name_wins_over_a_short_one_that_runs_into_it():
    """制定西湖区…: 定西 (定西市, written short) runs into 西湖区, written in full: the text names 西湖区, not a prefecture of
    甘肃; a short name followed by a full one it does not overlap is still both (杭州西湖区)."""
    def found(text):
        return [(text[start:end], names) for start, end, names in gazetteer.find_divisions(text)]
    assert found("制定西湖区人力资源和社会保障局") == [("西湖区", ["西湖区"])]
    assert found("杭州西湖区") == [("杭州", ["杭州市"]), ("西湖区", ["西湖区"])]


def test_an_ordinary_word_that_holds_no_place_name_stops_the_build_naming_its_file(tmp_path):
    (tmp_path / "ordinary_words.csv").write_text("word,note\n长治久安,ok\n风调雨顺,holds no place\n", encoding="utf-8")
    forms = {"长治": ["长治市"], "长治市": ["长治市"]}
    try:
        gazetteer.ordinary_words(tmp_path, forms)
    except ValueError as error:
        assert str(tmp_path / "ordinary_words.csv") in str(error) and "风调雨顺" in str(error)
    else:
        raise AssertionError("a word holding no division's name was accepted")
    (tmp_path / "ordinary_words.csv").write_text("word,note\n长治久安,ok\n", encoding="utf-8")
    assert gazetteer.ordinary_words(tmp_path, forms) == ["长治久安"]


def test_an_area_filed_under_its_prefectures_name_too_is_known_by_its_own():
    divisions = gazetteer.load_gazetteer()
    assert [d["code"] for d in divisions["西洞庭管理区"]] == ["430771"]
    assert "常德市西洞庭管理区" not in divisions
    # … but a kind of area other areas' names end in is no place's name
    assert "秦皇岛市经济技术开发区" in divisions
    assert all(d["level"] == "township" for d in divisions["经济技术开发区"])


def test_a_county_level_name_a_township_shares_is_the_county_where_nothing_else_tells():
    assert gazetteer.resolve("滨海新区", "滨海新区2023年行政执法工作情况报告")["code"] == "120116"
    # … a context that names the township's parents still chooses it
    assert gazetteer.resolve("滨海新区", "台州市路桥区滨海新区")["county"] == "路桥区"
    # … and two divisions of one level stay unresolved
    assert gazetteer.resolve("朝阳区", "朝阳区2023年法治政府建设情况报告") is None


def test_a_county_whose_short_form_holds_a_wider_division_s_is_read_whole():
    """峨眉山 holds 眉山 (眉山市), 五大连池 holds 大连 (大连市): the scenic area of 峨眉山 is in 乐山's 峨眉山市, not in
    眉山市. 眉山 and 大连 alone are still theirs."""
    def found(text):
        return [(text[start:end], names) for start, end, names in gazetteer.find_divisions(text)]
    assert found("峨眉山景区管委会") == [("峨眉山", ["峨眉山市"])]
    assert found("五大连池风景区") == [("五大连池", ["五大连池市"])]
    assert found("眉山、大连") == [("眉山", ["眉山市"]), ("大连", ["大连市"])]
