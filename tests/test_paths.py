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


def test_names_are_ordered_by_how_their_places_are_read():
    from ruleoflaw.pages import zh_order
    assert sorted(["郑州市", "长治市", "北京市"], key=zh_order) == ["北京市", "长治市", "郑州市"]


def test_every_reading_of_the_table_has_one_syllable_a_character():
    _, readings = paths.place_readings()
    assert readings and all(len(syllables) == len(name) for name, syllables in readings.items())


def test_a_reading_that_does_not_fit_its_name_stops_the_build_naming_the_file(tmp_path):
    table = tmp_path / "readings.csv"
    table.write_text("name,reading\n长治市,chang zhi\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"readings\.csv: row 2 \(长治市\)"):
        paths.place_readings(table)
