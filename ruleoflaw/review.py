"""Stage 5c, review: extracted figures + a person's review -> the figures as checked.

Researchers find extraction errors; they fix them at the source, in the
report's sidecar, and the fix survives every rebuild:

    review:
      - {figure: 26件, indicator: litigation_cases, action: confirm, by: 王五, date: 2026-11-30}
      - {figure: 50件, action: reject, by: 王五, date: 2026-11-30, note: 避免的案件，不是败诉}
      - {figure: 3851项, at: 1207, action: correct, correct: {value: 3850}, by: 王五, date: 2026-11-30}

An entry names a figure as written (`figure`), and where that is not unique,
the indicator the extractor gave it (`indicator`) or its offset (`at`). It
confirms the figure, rejects it (it names no indicator), or corrects its
indicator, value or qualifier; a figure the extractor left a quantity can be
given an indicator this way. An entry that matches no figure, or several, is an
error: text and review must agree. Every indicator row carries `review`:
machine, confirmed or corrected; a rejected figure stays in the quantities
with review `rejected`.
"""

MACHINE = "machine"
ACTIONS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}


class ReviewMismatch(ValueError):
    """A review entry that does not fit the report's figures; `number` counts entries from 1."""

    def __init__(self, number, problem):
        super().__init__(f"review entry {number}: {problem}")
        self.number = number


def _target(number, entry, quantities):
    matches = [q for q in quantities if q["figure"] == entry["figure"]
               and entry.get("at") in (None, q["start"])
               and entry.get("indicator") in (None, q["indicator"])]
    if not matches:
        raise ReviewMismatch(number, f"no figure {entry['figure']!r}"
                                     + (f" named {entry['indicator']}" if entry.get("indicator") else "")
                                     + (f" at {entry['at']}" if entry.get("at") is not None else "")
                                     + " is in the text; fix or remove the entry")
    if len(matches) > 1:
        places = ", ".join(str(q["start"]) for q in matches)
        raise ReviewMismatch(number, f"{entry['figure']!r} stands at {places}; add `at:` (one of them)")
    return matches[0]


def _row(quantity, text):
    """An indicator row for a figure the extractor left a quantity only."""
    start, end = quantity["sentence_start"], quantity["sentence_end"]
    return {"value": quantity["value"], "unit": quantity["unit"], "qualifier": quantity["qualifier"],
            "figure": quantity["figure"], "evidence": text[start:end], "start": start, "end": end,
            "figure_start": quantity["start"], "figure_end": quantity["end"], "section": quantity["section"]}


def apply_review(found, entries, text, vocabulary):
    """{quantities, indicators} with the review applied; every row and quantity gains `review`."""
    units = {i["id"]: i["unit"] for i in vocabulary["indicators"]}
    rows = {row["figure_start"]: {**row, "review": MACHINE} for row in found["indicators"]}
    quantities = [{**q, "review": MACHINE} for q in found["quantities"]]
    for number, entry in enumerate(entries, 1):
        quantity = _target(number, entry, quantities)
        row = rows.get(quantity["start"])
        if entry["action"] == "reject":
            rows.pop(quantity["start"], None)
            quantity.update(indicator=None, review=ACTIONS["reject"])
            continue
        if entry["action"] == "confirm":
            if row is None:
                raise ReviewMismatch(number, f"{entry['figure']!r} names no indicator to confirm; "
                                             "use `action: correct` with `correct: {indicator: …}`")
            row["review"] = ACTIONS["confirm"]
            quantity["review"] = ACTIONS["confirm"]
            continue
        change = entry["correct"]
        indicator = change.get("indicator") or (row and row["indicator"])
        if indicator not in units:
            raise ReviewMismatch(number, f"corrects {entry['figure']!r} to an unknown indicator {indicator!r}")
        if units[indicator] != quantity["unit"]:
            raise ReviewMismatch(number, f"{indicator} is in {units[indicator]}, but {entry['figure']!r} "
                                         f"is in {quantity['unit']}")
        row = {**(row or _row(quantity, text)), "indicator": indicator, "review": ACTIONS["correct"]}
        row.update({key: change[key] for key in ("value", "qualifier") if key in change})
        rows[quantity["start"]] = row
        quantity.update(indicator=indicator, review=ACTIONS["correct"])
    ordered = sorted(rows.values(), key=lambda r: r["figure_start"])
    return {**found, "quantities": quantities, "indicators": ordered}
