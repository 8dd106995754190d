"""schema/ is validated at load: a mistake is an error naming the file, never a silent miss."""
import shutil

import pytest

from conftest import ROOT
from ruleoflaw.errors import KnowledgeError
from ruleoflaw.knowledge import load_knowledge


@pytest.fixture
def schema_copy(tmp_path):
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    return tmp_path / "schema"


def test_the_shipped_knowledge_loads(knowledge):
    assert len(knowledge["indicators"]["indicators"]) == 49


def test_the_vocabulary_keeps_every_id_of_version_1(knowledge):
    ids = [i["id"] for i in knowledge["indicators"]["indicators"]]
    assert ids[:3] == ["law_study_sessions", "law_exam_participants", "training_sessions"]
    assert {"litigation_loss_rate", "mediation_success_rate", "legal_literates"} <= set(ids)


@pytest.mark.parametrize("written, misspelt, error", [
    ("indicator: exec_meetings", "indicator: exec_meeting", "unknown indicator 'exec_meeting'"),   # a rule's
    ("domain_not: {rulemaking:", "domain_not: {rule_making:", "unknown domain 'rule_making'"),   # a domain's words
], ids=["a rule for an unknown indicator", "words for an unknown domain"])
def test_a_name_the_vocabulary_lacks_is_an_error(schema_copy, written, misspelt, error):
    rules = schema_copy / "rules.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(written, misspelt), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"rules.yml.*{error}"):
        load_knowledge(schema_copy)


def test_words_needed_by_a_pattern_the_cues_lack_is_an_error(schema_copy):
    metadata = schema_copy / "metadata.yml"
    metadata.write_text(metadata.read_text(encoding="utf-8").replace("  captions: [供图", "  caption: [供图"),
                        encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"metadata.yml.*pattern_needs names no pattern of the file: \['caption'\]"):
        load_knowledge(schema_copy)


def test_every_rule_of_a_domain_reads_its_domain_words(knowledge):
    domains = {i["id"]: i["domain"] for i in knowledge["indicators"]["indicators"]}
    rulemaking = [rule for rule in knowledge["rules"]["rules"] if domains[rule["indicator"]] == "rulemaking"]
    assert rulemaking and all("党内" in rule["not"] for rule in rulemaking)


def test_a_field_of_the_wrong_shape_is_an_error_naming_where(schema_copy):
    vocabulary = schema_copy / "indicators.yml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace("unit: percent", "unit: per cent", 1),
                          encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"indicators.yml: at indicators/\d+/unit"):
        load_knowledge(schema_copy)


def test_a_bad_pattern_is_an_error(schema_copy):
    boilerplate = schema_copy / "boilerplate.yml"
    boilerplate.write_text(boilerplate.read_text(encoding="utf-8") + "  - '(unclosed'\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="boilerplate.yml"):
        load_knowledge(schema_copy)


def test_a_key_a_rule_holds_twice_is_an_error_naming_the_file_and_line(schema_copy):
    rules = schema_copy / "rules.yml"
    text = rules.read_text(encoding="utf-8")
    first_cues = text.index("    cues: [")
    rules.write_text(text[:first_cues] + "    cues: [某词]\n" + text[first_cues:], encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"(?s)rules.yml.*'cues' twice.*line \d+"):
        load_knowledge(schema_copy)


def gazetteer_with(folder, table, rows):
    """A gazetteer folder: the real divisions, and `table` (a CSV of names about them) as given."""
    from ruleoflaw.knowledge import SCHEMA_DIR
    for divisions in ("provinces", "cities", "areas", "streets", "bodies"):
        if f"{divisions}.csv" != table:
            (folder / f"{divisions}.csv").symlink_to(SCHEMA_DIR / "gazetteer" / f"{divisions}.csv")
    (folder / table).write_text(rows, encoding="utf-8")
    return folder


def test_a_body_that_is_no_township_of_the_codes_is_an_error_naming_the_file(tmp_path):
    from ruleoflaw.gazetteer import load_gazetteer
    folder = gazetteer_with(tmp_path, "bodies.csv", "name\n社会事务局\n司法局\n")
    with pytest.raises(ValueError, match=r"bodies\.csv: no township-level division is called 司法局"):
        load_gazetteer.__wrapped__(folder)


def test_a_body_the_codes_list_as_a_township_is_no_place():
    from ruleoflaw.gazetteer import load_gazetteer
    assert "社会事务局" not in load_gazetteer() and "灰汤镇" in load_gazetteer()


def test_an_abbreviation_of_no_division_is_an_error_naming_the_file(tmp_path):
    from ruleoflaw.gazetteer import abbreviations
    folder = gazetteer_with(tmp_path, "abbreviations.csv", "written,name,note\n巴州,巴音郭楞自治州,misspelt\n")
    with pytest.raises(ValueError, match=r"abbreviations\.csv: no division is called 巴音郭楞自治州"):
        abbreviations(folder)


def test_a_former_name_of_no_such_division_is_an_error_naming_the_file(tmp_path):
    from ruleoflaw.gazetteer import former_names
    folder = gazetteer_with(tmp_path, "former_names.csv", "written,name,code,release\n横县,横州市,450127,2016\n")
    with pytest.raises(ValueError, match=r"former_names\.csv: 横县: no division 450127 is called 横州市"):
        former_names(folder)


def test_a_people_not_written_in_chinese_characters_is_an_error_naming_the_file(tmp_path):
    from ruleoflaw.gazetteer import _autonomous
    folder = gazetteer_with(tmp_path, "peoples.csv", "people\n回\nHui\n")
    with pytest.raises(ValueError, match=r"peoples\.csv: each row must name a people"):
        _autonomous(folder)
