"""Stage 5b, name indicators: quantities -> the vocabulary's indicators.

Declarative rules (schema/rules.yml) look at the quantity's unit and at the
words of its clause; the first rule that accepts a quantity names it. A figure
that fits no rule stays a quantity only: a wrong indicator is worse than none.
Figures in plan sections, in clauses of intent (确保……以上) and subtypes of a
total given just before them (其中警告49宗) name no indicator.
"""
import re

CLAUSE_BREAK = re.compile(r"[，；;。！？!?：:\n]|,(?!\d{3}(?!\d))")
TITLE = re.compile(r"《[^《》\n]*》")
SUBTYPE = "其中"


def clause_bounds(text, start, end):
    """(start, end) of the clause holding text[start:end]."""
    left = 0
    for match in CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    right_match = CLAUSE_BREAK.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _masked(clause):
    """The clause with 《titles》 blanked, so a cited law's title is no cue."""
    return TITLE.sub(lambda m: "□" * len(m.group()), clause)


def _accepts(rule, quantity, clause, lead):
    """Whether `rule` takes the quantity; `lead` is the sentence up to the clause's end."""
    if quantity["kind"] == "number" and quantity["unit_written"] not in rule.get("units", []):
        return False
    if not any(cue in clause for cue in rule["cues"]):
        return False
    if rule.get("topic") and not any(word in lead for word in rule["topic"]):
        return False
    if rule.get("with") and not any(cue in clause for cue in rule["with"]):
        return False
    return not any(cue in clause for cue in rule.get("not", []))


def first_rule(quantity, clause, lead, rules):
    """The first rule accepting the quantity in its clause, or None."""
    return next((rule for rule in rules if _accepts(rule, quantity, clause, lead)), None)


def name_indicators(text, quantities, rules_config, vocabulary):
    """Indicator rows: each placed quantity a rule names, with its evidence sentence."""
    units = {i["id"]: i["unit"] for i in vocabulary["indicators"]}
    rows = []
    totals_by_sentence = {}
    for quantity in quantities:
        if quantity["plan"]:
            continue
        clause_start, clause_end = clause_bounds(text, quantity["start"], quantity["end"])
        clause = _masked(text[clause_start:clause_end])
        if any(word in clause for word in rules_config["not_facts"]):
            continue
        lead = _masked(text[quantity["sentence_start"]:clause_end])
        rule = first_rule(quantity, clause, lead, rules_config["rules"])
        if rule is None or units[rule["indicator"]] != quantity["unit"]:
            continue
        sentence = (quantity["sentence_start"], quantity["sentence_end"])
        if text.find(SUBTYPE, sentence[0], quantity["start"]) == -1:
            totals_by_sentence.setdefault(sentence, set()).add(rule["indicator"])
        elif rule["indicator"] in totals_by_sentence.get(sentence, set()):
            continue
        rows.append({
            "indicator": rule["indicator"], "value": quantity["value"], "unit": quantity["unit"],
            "qualifier": quantity["qualifier"], "figure": quantity["figure"],
            "evidence": text[sentence[0]:sentence[1]], "start": sentence[0], "end": sentence[1],
            "figure_start": quantity["start"], "figure_end": quantity["end"], "section": quantity["section"],
        })
    return rows
