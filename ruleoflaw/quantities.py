"""Stage 5a, extract quantities: normalised text -> every figure it states.

A quantity is a number with its unit (6.8万人次, 5000余份, 99.3%, 十五条,
3800万元), its qualifier (余/多/以上 -> at_least, 约/近/左右 -> approx,
不到/以下 -> at_most) and its place in the text; explicit zero statements
(全年未发生一起行政诉讼案件) are quantities of value 0. Dates, document numbers,
ordinals, enumerators, phone numbers, codes and titles are not quantities. The
grammar is data in schema/quantities.yml.
"""
import re
from bisect import bisect_left
from decimal import Decimal
from itertools import accumulate

import cn2an

from .memo import once_per_object
from .patterns import alternation, may_match, openings

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿"
MINUS_SIGNS = "-−－"
# A magnitude alone (千, 百) is a figure only with a qualifier: 近千人, 百余件 (千名干部入万户 is a slogan); but 十 alone
# before a measure word is ten (会前学法十次).
BARE_MAGNITUDES = {"百", "千", "万"}
THOUSAND = 1000  # 千 in a figure's rest after its 万 (1万8千)
RANGE_JOINERS = r"\s*(?:至|到|-|~|～|—|－)\s*"


@once_per_object
def _compiled(grammar):
    """Regular expressions and lookup tables built from schema/quantities.yml, once."""
    unit_of = {unit: canonical for canonical, units in grammar["units"].items() for unit in units}
    spellings = grammar["unit_spellings"]
    unit_of.update({spelling: unit_of[unit] for spelling, unit in spellings.items()})
    qualifiers = grammar["qualifiers"]
    inside = {w: q for q, words in qualifiers["inside"].items() for w in words}
    after = {w: q for q, words in qualifiers["after"].items() for w in words}
    before = {w: q for q, words in qualifiers["before"].items() for w in words}
    multipliers = "".join(grammar["multipliers"])
    number = rf"(?:{ARABIC})"
    chinese = rf"[{CHINESE_DIGITS}]+"
    pattern = re.compile(
        # every figure opens with a digit or a Chinese numeral (百分之 with its 百): said first, so that the
        # regex engine skips to those characters rather than trying the pattern at every one (twice as fast)
        rf"(?=[\d{CHINESE_DIGITS}])"
        rf"(?P<percent_word>百分之)?"
        rf"(?:(?P<arabic>{number})(?:{RANGE_JOINERS}(?P<arabic_high>{number}))?"
        # a space may stand between the parts of a figure, as around digits in Chinese (罚没 8 万元, 600 余万份)
        rf"(?:\s?(?P<inside_before_multiplier>{alternation(inside)})(?=[{multipliers}]))?(?:\s?(?P<multiplier>[{multipliers}]))?"
        # the rest of a figure written on after its 万 (14万1625件, 1万8千人): one figure, not two
        rf"(?:(?<=万)(?:(?P<rest>\d{{4}})(?![\d.,])|(?P<rest_thousands>[1-9])千))?"
        rf"|(?P<chinese>{chinese})(?:{RANGE_JOINERS}(?P<chinese_high>{chinese}))?)"
        rf"(?:\s?(?P<inside>{alternation(inside)}))?"
        rf"\s?(?P<unit>{alternation(unit_of)})?"
        rf"(?P<inside_after>{alternation(inside)})?"
        rf"(?P<after>{alternation(after)})?"
    )
    zero = grammar["zero_statements"]
    zero_pattern = re.compile(
        rf"(?P<negation>{alternation(zero['negations'])})"
        rf"(?=(?:{alternation(zero['leads_into'])}))"
        rf"(?P<one>一起|一件|一宗|一例|任何)?"
    )
    needs = grammar.get("not_quantity_needs", {})
    excluded = [(kind, re.compile(p, re.M), tuple(needs.get(kind, ()))) for kind, p in grammar["not_quantities"].items()]
    return {"pattern": pattern, "zero": zero_pattern, "zero_rate": re.compile(grammar["zero_rates"]),
            "unit_of": unit_of, "spellings": spellings, "inside": inside,
            "after": after, "before": sorted(before.items(), key=lambda kv: -len(kv[0])),
            "not_before": tuple(qualifiers["not_before"]), "before_words": tuple(before),
            "multipliers": grammar["multipliers"], "excluded": excluded,
            "chinese_units": set(grammar["chinese_numeral_units"]),
            "person_nouns": re.compile(rf"[“\"]?(?:{alternation(grammar['person_nouns'])})"),
            "set_phrases": re.compile(rf"(?=[{openings(grammar['set_phrases'])}])(?<![{CHINESE_DIGITS}])"
                                      rf"(?:{alternation(grammar['set_phrases'])})")}


def parse_number(written):
    """'1,234.5' -> Decimal('1234.5'), '十五' -> 15, '两' -> 2, '三百' -> 300, '千' -> 1000; None if
    not a number. Digits are never rounded: 99999999999999999999 stays itself."""
    if written[0].isdigit():
        value = Decimal(written.replace(",", ""))
        return int(value) if value == value.to_integral_value() and "." not in written else value
    else:
        if written[0] in "十百千万":  # 千余人, 百余件: one thousand, one hundred
            written = "一" + written
        try:
            value = float(cn2an.cn2an(written, "smart"))
        except (ValueError, KeyError, IndexError):
            return None
    return int(value) if value.is_integer() else value


def excluded_spans(text, grammar):
    """[(start, end, kind)] of every digit-bearing run that is not a quantity. Where a pattern names a
    group `excluded`, only that group is the run; the rest of its match is the context that tells."""
    compiled = _compiled(grammar)
    spans = []
    for kind, pattern, needs in compiled["excluded"]:
        if not may_match(text, needs):
            continue
        group = "excluded" if "excluded" in pattern.groupindex else 0
        spans += [(m.start(group), m.end(group), kind) for m in pattern.finditer(text) if m.end(group) > m.start(group)]
    return sorted(spans)


class _Spans:
    """Spans indexed for overlap tests in logarithmic time, so extraction stays linear in
    the report's length: sorted starts and the running maximum of their ends."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [s for s, _, _ in ordered]
        self.reach = list(accumulate((e for _, e, _ in ordered), max))

    def overlap(self, start, end):
        """Whether any span overlaps [start, end)."""
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _qualifier_before(text, start, compiled):
    window = text[max(0, start - 4):start]
    if window.endswith(compiled["not_before"]) or not window.endswith(compiled["before_words"]):
        return None, start
    for word, qualifier in compiled["before"]:
        if window.endswith(word):
            return qualifier, start - len(word)
    return None, start


def _scaled(value, factor, sign=1):
    """sign x value x factor, exact (6.8 x 10000 -> 68000): an int when whole, else a float."""
    if value is None:
        return None
    scaled = Decimal(value) * factor * sign
    return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _negative(text, number_start):
    """Whether a minus sign stands right before the number (−3%, -42件) and is no range
    joiner or code (5-6家, A-3): the figure keeps its sign."""
    before = text[max(0, number_start - 2):number_start]
    if not before or before[-1] not in MINUS_SIGNS:
        return False
    return len(before) == 1 or not (before[0].isascii() and before[0].isalnum() or before[0] in MINUS_SIGNS)


def _read_match(match, text, compiled):
    groups = match.groupdict()
    unit = groups["unit"]
    percent = groups["percent_word"] is not None
    if groups["chinese"] is not None and unit not in compiled["chinese_units"] and not percent:
        return None
    written, written_high = (groups["chinese"], groups["chinese_high"]) if groups["chinese"] is not None \
        else (groups["arabic"], groups["arabic_high"])
    factor = compiled["multipliers"].get(groups["multiplier"] or "", 1)
    sign = -1 if _negative(text, match.start("arabic") if groups["arabic"] else match.start()) else 1
    low = _scaled(parse_number(written), factor, sign)
    rest = int(groups["rest"] or 0) + int(groups["rest_thousands"] or 0) * THOUSAND
    if low is not None and rest:
        low = low + sign * rest
    high = _scaled(parse_number(written_high), factor) if written_high else None
    if low is None:
        return None
    if percent:
        unit = unit or "%"
    canonical = "percent" if percent else compiled["unit_of"].get(unit)
    if unit is None and groups["arabic"] is not None and compiled["person_nouns"].match(text, match.end()):
        # 1521法律明白人, 5万余国家工作人员: a figure written right before the people it counts counts them
        unit, canonical = "人", "count"
    elif unit is None and groups["multiplier"]:
        # 200亿授信额度: a magnitude without a unit is still a figure
        unit, canonical = "", "number"
    if canonical is None:
        return None
    qualifier = "exact"
    for word in (groups["inside_before_multiplier"], groups["inside"], groups["inside_after"]):
        if word:
            qualifier = compiled["inside"][word]
    if groups["after"]:
        qualifier = compiled["after"][groups["after"]]
    start, end = match.span()
    if sign < 0:
        start -= 1  # the figure as written keeps its sign
    before, start = _qualifier_before(text, start, compiled)
    qualifier = before or qualifier
    if groups["chinese"] in BARE_MAGNITUDES and qualifier == "exact":
        return None  # 千名干部入万户 is a slogan; 近千人 and 百余件 are figures
    if high is not None and qualifier == "exact":
        qualifier = "at_least"  # a range 5至6家 is at least its lower bound
    return {"kind": "number", "value": low, "value_high": high, "unit_written": compiled["spellings"].get(unit, unit),
            "unit": canonical, "qualifier": qualifier,
            "start": start, "end": end, "figure": text[start:end]}


def find_quantities(text, grammar):
    """Every quantity in `text`, in order: dicts of value, unit, qualifier, offsets, figure."""
    compiled = _compiled(grammar)
    excluded = excluded_spans(text, grammar)
    excluded_index = _Spans(excluded)
    set_phrases = [m.span() for m in compiled["set_phrases"].finditer(text)]
    found = []
    zero_spans = []
    # zero statements (未发生…), quantities of their own kind, and rates stated as none (败诉率为零), read as a
    # number in % (the % is the rate's, as 百分之 writes one: the rules read a rate in %)
    for pattern, group, kind, unit_written, unit in ((compiled["zero"], 0, "zero", "", "count"),
                                                    (compiled["zero_rate"], "zero", "number", "%", "percent")):
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if excluded_index.overlap(start, end):
                continue
            zero_spans.append((start, end, "zero"))
            found.append({"kind": kind, "value": 0, "value_high": None, "unit_written": unit_written,
                          "unit": unit, "qualifier": "exact", "start": start, "end": end,
                          "figure": text[start:end]})
    blocked = _Spans(excluded + zero_spans + [(s, e, "set_phrase") for s, e in set_phrases])
    for match in compiled["pattern"].finditer(text):
        if not match.group():
            continue
        number_start = match.start("arabic") if match.group("arabic") else match.start("chinese")
        if blocked.overlap(number_start, match.end()):
            continue  # (tested before the figure is read: a blocked run costs no reading)
        quantity = _read_match(match, text, compiled)
        if quantity is not None:
            found.append(quantity)
    return sorted(found, key=lambda q: q["start"])


DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")


def account_for_digits(text, grammar, quantities=None):
    """[(start, end, kind)] for every digit run: 'quantity', a kind of not_quantities, or None.

    None means the run is neither part of a figure nor a known non-figure: a gap
    in the grammar.
    """
    quantities = find_quantities(text, grammar) if quantities is None else quantities
    spans = [(q["start"], q["end"], "quantity") for q in quantities] + excluded_spans(text, grammar)
    accounted = []
    for match in DIGIT_RUN.finditer(text):
        start, end = match.span()
        kind = next((k for s, e, k in spans if s <= start and end <= e), None)
        accounted.append((start, end, kind))
    return accounted
