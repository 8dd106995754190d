"""Stage 5, extract: normalised text + structure -> quantities and indicators.

Two steps, each its own module: `quantities` finds every figure the text
states; `indicators` names the ones the vocabulary knows. Between them, each
figure is placed in its sentence and section.
"""
from bisect import bisect_right

from .indicators import name_indicators
from .quantities import find_quantities


def place(quantities, structure):
    """Each quantity with the sentence it stands in (offsets), where the sentence before it starts (a sentence
    that opens with 其中 is about what that one counted), and its section path and plan flag."""
    sentences = structure["sentences"]
    starts = [s["start"] for s in sentences]
    placed = []
    for quantity in quantities:
        at = bisect_right(starts, quantity["start"]) - 1
        if at < 0 or quantity["start"] >= sentences[at]["end"]:
            continue
        sentence = sentences[at]
        section = structure["sections"][sentence["section"]]
        placed.append({**quantity, "sentence_start": sentence["start"], "sentence_end": sentence["end"],
                       "previous_sentence_start": sentences[at - 1]["start"] if at else sentence["start"],
                       "section": " > ".join(section["path"]), "plan": section["plan"]})
    return placed


def extract(text, structure, knowledge, report_year=None, below_the_nation=False, outside_legal_work=False):
    """{quantities, indicators} of one report; a quantity taken as an indicator names it. With the
    `report_year`, a figure a clause gives for an earlier year is none of the report's; where the reporter stands in a
    province (`below_the_nation`), a figure a clause gives the whole nation is none of its; where the reporter is a
    department whose work is not the law's (`outside_legal_work`), a word any department uses names no figure on law
    unless its sentence speaks of law."""
    quantities = place(find_quantities(text, knowledge["quantities"]), structure)
    # a text that counts from this year's start reports on this year, so 去年 is an earlier year
    counts_this_year = any(word in text for word in knowledge["metadata"]["this_year_words"])
    sections = [(section["start"], section["end"], " > ".join(section["path"])) for section in structure["sections"]]
    indicators = name_indicators(text, quantities, knowledge["rules"], knowledge["indicators"], report_year,
                                 knowledge["checks"]["parts"], counts_this_year, sections, below_the_nation,
                                 outside_legal_work)
    named = {row["figure_start"]: row["indicator"] for row in indicators}
    quantities = [{**q, "indicator": named.get(q["start"])} for q in quantities]
    return {"quantities": quantities, "indicators": indicators}
