"""A person's review in the sidecar confirms, corrects or rejects extracted figures, and survives rebuilds."""
import pytest

from ruleoflaw.errors import ReportError
from ruleoflaw.pipeline import process_report

TEXT = ("某县2023年法治政府建设年度报告\n2023年，全县共受理行政复议案件12件，办结行政复议案件10件。"
        "通过复议纠错化解行政争议，避免近50件高风险案件。开展法治宣传活动30场次，发放宣传资料5000余份。"
        "组织执法人员参加培训，人数共计12件。")


def _record(tmp_path, knowledge, review):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r.yml").write_text(review, encoding="utf-8")
    return process_report(tmp_path / "r.txt", knowledge)


def _rows(record):
    return {(row["indicator"], row["value"], row["review"]) for row in record["indicators"]}


def test_without_a_review_every_figure_is_the_machines(tmp_path, knowledge):
    record = _record(tmp_path, knowledge, "")
    assert {review for _, _, review in _rows(record)} == {"machine"}


def test_confirm_correct_and_reject(tmp_path, knowledge):
    record = _record(tmp_path, knowledge, """review:
  - {figure: 10件, action: confirm, by: 王五, date: 2026-11-30}
  - {figure: 5000余份, action: correct, correct: {value: 5000, qualifier: exact}, by: 王五, date: 2026-11-30}
  - {figure: 30场次, action: reject, by: 王五, date: 2026-11-30, note: 不是普法活动}
""")
    rows = _rows(record)
    assert ("reconsideration_concluded", 10, "confirmed") in rows
    assert ("publicity_materials", 5000, "corrected") in rows
    assert not any(indicator == "publicity_events" for indicator, _, _ in rows)
    quantity = next(q for q in record["quantities"] if q["figure"] == "30场次")
    assert (quantity["indicator"], quantity["review"]) == (None, "rejected")
    assert next(r for r in record["indicators"] if r["indicator"] == "publicity_materials")["qualifier"] == "exact"


def test_a_figure_left_a_quantity_can_be_given_its_indicator(tmp_path, knowledge):
    text_record = _record(tmp_path, knowledge, "")
    figure = next(q for q in text_record["quantities"] if q["figure"] == "近50件")
    assert figure["indicator"] is None
    record = _record(tmp_path, knowledge, """review:
  - {figure: 近50件, action: correct, correct: {indicator: litigation_cases}, by: 王五, date: 2026-11-30}
""")
    row = next(r for r in record["indicators"] if r["figure"] == "近50件")
    assert (row["indicator"], row["value"], row["qualifier"], row["review"]) == ("litigation_cases", 50, "approx",
                                                                                 "corrected")


@pytest.mark.parametrize("entry, problem", [
    ("{figure: 99件, action: confirm, by: 王五, date: 2026-11-30}", "review entry 1: no figure '99件'"),
    ("{figure: 12件, action: confirm, by: 王五, date: 2026-11-30}", "stands at"),
    ("{figure: 近50件, action: confirm, by: 王五, date: 2026-11-30}", "names no indicator to confirm"),
    ("{figure: 10件, action: correct, correct: {indicator: mediation_success_rate}, by: 王五, date: 2026-11-30}",
     "is in percent"),
    ("{figure: 10件, action: correct, by: 王五, date: 2026-11-30}", "field `review/0`"),
    ("{figure: 10件, action: approve, by: 王五, date: 2026-11-30}", "field `review/0/action`"),
])
def test_an_entry_that_does_not_fit_is_an_error_naming_the_sidecar(entry, problem, tmp_path, knowledge):
    with pytest.raises(ReportError) as raised:
        _record(tmp_path, knowledge, f"review:\n  - {entry}\n")
    assert raised.value.path.endswith("r.yml")
    assert problem in raised.value.problem
