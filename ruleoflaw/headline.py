"""Stage 5e, headline: a report's figures -> one value per indicator, and how it was derived.

A report may state several figures of one indicator: a total and a sub-unit's,
or separate events (1, 1, 2 study sessions). Researchers need one number per
report and indicator, and to know where it came from:

- `single`: the report states one value (perhaps more than once, in different sentences,
  or again rounded: 24.2%, then 约为24%);
- `total`: one figure is the report's stated total (全年共…, 累计…), a total word
  totalling its own clause, never the items of a list it heads;
- `sum`: the figures are separate events of an indicator that adds up
  (sessions, person-times), so they are summed: figures that differ, or equal
  figures that one sentence states apart (培训1次；…培训班1次); not where one counts
  all levels, departments or kinds of what another counts one of;
- `none`: no value: the figures conflict, may include one another, are only some kinds
  of what the indicator counts or parts (其中) of a count of it stated before them; the reason says which.

Every value keeps the offsets of the figures it came from, what their
qualifiers allow of it (300余起 stays "at least 300"), whether a person has
checked them (review) and the quality checks that flag any of them (flags), so
that a table of values alone says which to quote with care. The words and
indicator kinds are data in schema/headline.yml.
"""
import re
from functools import lru_cache

from .patterns import CLOSERS, OPENERS

CLAUSE_MARKS = "，,；;：:。"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_MARKS}]")
LIST_JOINER = "、"
TITLE = re.compile(r"《[^《》\n]*》")
# what stands between two items of one list
LIST_ITEMS = re.compile(f"[^{CLAUSE_MARKS}]*{LIST_JOINER}[^{CLAUSE_MARKS}]*")
DIGIT = re.compile(r"\d")
# a figure's clause going on to another item with a figure
NEXT_LIST_ITEM = re.compile(rf"[^{CLAUSE_MARKS}]*?{LIST_JOINER}[^{CLAUSE_MARKS}]*?\d")
COUNT = r"(\d+(?:\.\d+)?)\s*[余多]?\s*"  # a count before its unit (178件, 5000余份), its number the group
CARRIED_OVER_CHARS = 20  # how far after a figure its bracket saying it includes carried-over work is read


def _total_word(row, text, config):
    """The total word that stands before the figure in its own clause (outside 《titles》 and words such as 公共
    that merely hold one), where the clause names no part (一般程序案件) and no other figure stands between the word
    and this one, nor another item of a list after it (全年共开展区委常委会会前学法20次、常务会会前学法9次: the word heads
    the list, and totals none of its items); else None."""
    clause = CLAUSE_BREAK.split(TITLE.sub("", text[row["start"]:row["figure_start"]]))[-1]
    if any(word in clause for word in config["part_words"]):
        return None
    for word in config["not_total_words"]:
        clause = clause.replace(word, "")
    word = next((word for word in config["total_words"] if word in clause), None)
    heads_a_list = DIGIT.search(clause, clause.rfind(word)) if word else None
    listed_after = NEXT_LIST_ITEM.match(text, row["figure_end"])
    return word if word and not heads_a_list and not listed_after else None


def _part_of_a_count_before(row, text, config, kinds):
    """Whether a figure stands after a breakdown word (其中) of its sentence that follows a count in its unit whose
    clause names the kind of case the indicator counts (`kinds`): a part of that count (…为被告的行政诉讼案件115件,…,
    其中,我局代理市政府…应诉共计31件); not after a count of something wider (受理各类案件200件,其中行政复议案件50件)."""
    before = text[row["start"]:row["figure_start"]]
    unit = re.sub(COUNT, "", text[row["figure_start"]:row["figure_end"]], count=1)
    for word in config["breakdown_words"]:
        at = before.rfind(word)
        counts = re.finditer(COUNT + re.escape(unit), before[:at]) if unit and at > 0 else ()
        if any(any(kind in CLAUSE_BREAK.split(before[:count.start()])[-1] for kind in kinds) for count in counts):
            return True
    return False


def _all_levels_beside_their_own(rows, text, config):
    """The figures that count the sessions of all levels or all departments of a place (全区各级党委(党组)理论学习中心组…
    50次, 各政府部门学法116次), or of all kinds (各类培训讲座40余期), where the others are one body's or one kind's
    (区委理论学习中心组…3次): those may be among them, so the figures are no separate events to add up; [] where all or
    none are."""
    wide = [row for row in rows if _counts_all_levels(row, text, config)]
    return wide if 0 < len(wide) < len(rows) else []


def _counts_all_levels(row, text, config):
    """Whether a figure counts all levels', all departments' or all kinds' events: its own clause says so
    (all_levels), or its sentence opens with all levels or departments as who did it, no figure standing between
    (all_levels_subject: 政府各级各部门坚持…,深入学习研究习近平法治思想11次)."""
    before = text[row["start"]:row["figure_start"]]
    return (re.search(config["all_levels"], _own_item(CLAUSE_BREAK.split(before)[-1])) is not None
            or re.match(config["all_levels_subject"], before) is not None and not DIGIT.search(before))


def _own_item(clause):
    """The words of a figure's own item of its clause: after the 、 that ends an item with a figure of its own
    (全市政府系统各级…中心组学习…130余次、市政府常务会会前学法|9次), else the whole clause (全区各级党委、政府部门…)."""
    figures = list(DIGIT.finditer(clause))
    joiner = clause.find(LIST_JOINER, figures[-1].end()) if figures else -1
    return clause[joiner + 1:] if joiner >= 0 else clause


def _listed_apart(rows, text):
    """Whether two of the figures are items of one list in a sentence, joined by 、 with no clause between them
    (行政处罚案卷30份、行政许可案卷30份): equal values of different things, not one fact stated twice."""
    ordered = sorted(rows, key=lambda row: row["figure_start"])
    return any(first["start"] == second["start"]
               and LIST_ITEMS.fullmatch(text[first["figure_end"]:second["figure_start"]])
               for first, second in zip(ordered, ordered[1:]))


def _dated_to_the_year(row, text, word_of, year_words):
    """Whether a figure is dated to the year: by its own total word (全年开展…8次), or, with no total word of its
    own, by a year word earlier in its sentence that heads the list it stands in (全年共举办各类法治讲座15场次,发放
    宣传资料5000余份,解答法律咨询50余人次: the 50 is the year's too)."""
    if word_of[row["figure_start"]] is not None:
        return word_of[row["figure_start"]] in year_words
    before = TITLE.sub("", text[row["start"]:row["figure_start"]])
    return any(word in before for word in year_words)


def _totals_its_clause_only(row, rows, word_of, dated, year_words, additive):
    """Whether a figure totals its own clause only. Of separate events (sessions, person-times, `additive`): its
    sentence states another figure of its indicator of another value, which extraction kept as no part of it, and
    whose clause has no total word (共开展第一议题学习49次,理论学习中心组开展学习11次; 累计开展68场次广场法治宣传活动,组织送法下乡29次);
    or the word only dates it to the year (全年) and the sentence states another figure of its indicator (全年组织专题
    学习12次,开展领导干部集中学法6次: it dates the list), or another figure is dated so too (全年开展专题学习研讨8次。
    …全年组织…学法6次; 全年接待…法律咨询200余次, beside 全年共举办…讲座15场次,…,解答法律咨询50余人次: none totals
    the rest). (Figures of cases or documents are stages or kinds of one count, 共收到申请85件,受理70件: their total
    stands.) Of any indicator, a figure only the year's word marks totals none of the others its sentence states
    (全年审核区政府文件、决策等75件,备案审查各部门规范性文件15件). `word_of`: each figure's total word (_total_word), by
    its start; `dated`: whether each is dated to the year (_dated_to_the_year)."""
    others = [other for other in rows if other["start"] == row["start"] and other["figure_start"] != row["figure_start"]]
    if word_of[row["figure_start"]] in year_words:
        return bool(others) or additive and sum(dated[other["figure_start"]] for other in rows) > 1
    return additive and (any(other["value"] != row["value"] for other in others)
                         and not any(word_of[other["figure_start"]] not in (None, *year_words) for other in others))


PAPERS = re.compile(COUNT + "[件份个]")  # a count of papers (合同178件, 行政合同78个)
KIND_CHARS = 2  # the noun before a figure that says what kind it counts (国家任务|412个: 任务)


def _other_kinds_reviewed(rows, text, config):
    """The counts of papers of other kinds that the review of one of the figures lists beside it in its sentence
    (审查行政机关合同178件、党政规范性文件1件、其他事项48件: 1 and 48): each standing right after 、, or in an item that
    names the review (…,审查重大行政决策7件), or before one of them in a list (对全区53份重要文件、15份重要合同进行了
    合法性审查); not what a review put out (出具合法性审查意见书8份), nor a breakdown in
    brackets (完成法制审核48份(含合同37份、…)), nor one of a value of the figures' own (重大行政决策合法性审查3件,政府法律
    顾问出具合法性审查意见3件: the same three); [] where there are none."""
    ours = {row["figure_start"] for row in rows}
    values = {row["value"] for row in rows}
    others = []
    for start, end in {(row["start"], row["end"]) for row in rows}:
        for match in PAPERS.finditer(text, start, end):
            before = text[start:match.start()]
            if match.start() in ours or not before or _open_brackets(before):
                continue
            item_start = max(before.rfind(mark) for mark in CLAUSE_MARKS + LIST_JOINER)
            item = before[item_start + 1:]
            listed = (before[item_start:item_start + 1] == LIST_JOINER
                      or any(word in item for word in config["review_words"])
                      or any(_joined_in_a_list(text, match.end(), row["figure_start"]) for row in rows))
            if (listed and not any(word in item for word in config["review_outputs"])
                    and float(match.group(1)) not in values):
                others.append(match.group(1))
    return others


def _joined_in_a_list(text, start, end):
    """Whether text[start:end] runs from one item of a list to the next: a 、 and no clause break between them."""
    between = text[start:end]
    return start < end and LIST_JOINER in between and not CLAUSE_BREAK.search(between)


def _kinds_listed_apart(found, rows, text, config, cues):
    """Why a figure is one kind of those a list counts, not the body's count of them, or None: the list names beside it
    figures of the same kind that no indicator took (国家任务412个、省级任务204个: 204); or each figure's clause names one
    part (`part_words`: 审核一般程序案件43件,简易程序备案5件). Of the same kind: the same unit, the same noun before it
    (任务) and the same indicators' cues in its item (`cues`: {indicator: its vocabulary cues}; not 代理行政复议案件2件、
    行政诉讼案件2件, nor 召开…委员会会议4次、市政府常务会议11次)."""
    named = {row["figure_start"] for row in rows}

    def kinds(item):
        return {indicator for indicator, words in cues.items() if any(word in item for word in words)}

    apart = []
    for row in found:
        unit = text[row["figure_end"] - 1]
        # (from its sentence's start where no mark stands before it: not from the text's, which made a long report's
        # reading grow with the square of its length)
        clause_start = max(row["start"], *(text.rfind(mark, row["start"], row["figure_start"]) + 1 for mark in CLAUSE_MARKS))
        clause_end = min((at for at in (text.find(mark, row["figure_end"], row["end"]) for mark in CLAUSE_MARKS)
                          if at >= 0), default=row["end"])
        own = _item_before(text, clause_start, row["figure_start"])
        for match in _count_in(unit).finditer(text, clause_start, clause_end):
            if match.start() in named:
                continue
            item = _item_before(text, clause_start, match.start())
            first, second = ((match.end(), row["figure_start"]) if match.start() < row["figure_start"]
                             else (row["figure_end"], match.start()))
            # (the kinds of as many words of each as the shorter has: the list's first item holds its verb and
            # topic too, 完成“双随机、一公开”国家任务|412个、省级任务|204个)
            words = min(len(item), len(own))
            if (item[-KIND_CHARS:] == own[-KIND_CHARS:] and kinds(item[-words:]) == kinds(own[-words:])
                    and _joined_in_a_list(text, first, second)):
                apart.append(match.group(1))
    if apart:
        return f"同一列举中同类的其他数值（{'、'.join(apart)}）未计入，报告未给出合计"
    parts = [next((word for word in config["part_words"]
                   if word in CLAUSE_BREAK.split(text[row["start"]:row["figure_start"]])[-1]), None) for row in found]
    return f"数值只是{parts[0]}的部分，报告未给出合计" if all(parts) else None


@lru_cache(maxsize=64)
def _count_in(unit):
    """A count written in `unit` (one character: 件, 个)."""
    return re.compile(COUNT + re.escape(unit))


def _item_before(text, clause_start, at):
    """The words of the list item that a figure at `at` ends, in its clause from `clause_start`: after the last 、
    outside quotes and brackets (完成“双随机、一公开”国家任务412个 is one item)."""
    if text.find(LIST_JOINER, clause_start, at) < 0:  # (most figures: no list)
        return text[clause_start:at]
    depth = 0
    for place in range(at - 1, clause_start - 1, -1):
        depth += (text[place] in CLOSERS) - (text[place] in OPENERS and depth > 0)
        if text[place] == LIST_JOINER and depth == 0:
            return text[place + 1:at]
    return text[clause_start:at]


def _open_brackets(words):
    """Whether a bracket is open at the end of `words`."""
    return sum(map(words.count, "(（")) > sum(map(words.count, ")）"))


def _carried_over(row, text, config):
    """Whether the words right after a figure say it counts work carried over from an earlier year (办结量985件
    (含结转办理数)): more than the year's own."""
    return re.match(config["carried_over"], text[row["figure_end"]:row["figure_end"] + CARRIED_OVER_CHARS]) is not None


def _qualifier(rows):
    """What the qualifiers of the figures a value came from allow of it: exact where all are; at
    least (at most) where each is exact or at least (at most), as a sum of lower bounds is a lower
    bound; about, where they point different ways."""
    qualifiers = {row["qualifier"] for row in rows}
    if qualifiers == {"exact"}:
        return "exact"
    for bound in ("at_least", "at_most"):
        if qualifiers <= {"exact", bound}:
            return bound
    return "approx"


def _decimals(value):
    """The decimal places a figure's value is written to (24 -> 0, 24.2 -> 1)."""
    return len(repr(value).partition(".")[2]) if isinstance(value, float) else 0


def _without_rounded_restatements(rows):
    """The figures but those that only restate another rounded: an approximate figure that another, exact one rounds
    to at its own decimal places (纠错率24.2%, and later 纠错率约为24%): one fact, which the exact figure states."""
    exact = {row["value"] for row in rows if row["qualifier"] == "exact"}
    return [row for row in rows if not (row["qualifier"] == "approx" and any(
        value != row["value"] and round(value, _decimals(row["value"])) == row["value"] for value in exact))]


def _counted_once(rows):
    """The figures of separate events that a sum counts: a value stated in several sentences is one fact,
    counted as often as the one sentence that states it most often (开展专题学法5次。…全年开展专题学法5次、
    集中学法2次: 5 and 2), while equal figures one sentence states apart are each an event (培训1次；…培训班1次)."""
    by_value = {}
    for row in rows:
        by_value.setdefault(row["value"], {}).setdefault(row["start"], []).append(row)
    return [row for sentences in by_value.values() for row in max(sentences.values(), key=len)]


def _number(value):
    return int(value) if float(value).is_integer() else value


def _review(rows):
    """How far a person has checked the figures a value came from: machine where any is as extracted."""
    reviews = {row["review"] for row in rows}
    return next(review for review in ("machine", "corrected", "confirmed") if review in reviews)


def headline_values(rows, text, vocabulary, config, flags=()):
    """[{indicator, value, unit, qualifier, derivation, reason, figure_starts, figure_count, review, flags}]
    in vocabulary order; no qualifier where there is no value. `flags` are the report's quality flags
    (quality.check_figures): a value's are those of the figures it came from."""
    counts = {i["id"]: i.get("counts") for i in vocabulary["indicators"]}
    cues = {i["id"]: i.get("cues", []) for i in vocabulary["indicators"]}
    checks_at = {}
    for flag in flags:
        checks_at.setdefault((flag["indicator"], flag["figure_start"]), []).append(flag["check"])
    values = []
    for indicator in (i["id"] for i in vocabulary["indicators"]):
        stated = [row for row in rows if row["indicator"] == indicator]
        if not stated:
            continue
        found = _without_rounded_restatements(stated)
        distinct = sorted({row["value"] for row in found})
        additive = counts[indicator] in config["additive_counts"]
        word_of = {row["figure_start"]: _total_word(row, text, config) for row in found}
        dated = {row["figure_start"]: _dated_to_the_year(row, text, word_of, config["year_words"]) for row in found}
        totals = [row for row in found if word_of[row["figure_start"]]
                  and not _totals_its_clause_only(row, found, word_of, dated, config["year_words"], additive)]
        total_values = {row["value"] for row in totals}
        value, derivation, reason, used = None, "none", "", found
        # separate events of an indicator that adds up: figures that differ, or one value stated twice in one
        # sentence (stated again in another sentence, it is one fact)
        apart_in_one_sentence = len({row["start"] for row in found}) < len(found)
        separate_events = (additive and not totals
                           and (len(distinct) > 1 or apart_in_one_sentence))
        # a count or an amount stated as a total that another of its figures exceeds is a part's total (…调解室
        # …总数为291件, where the county resolved 836): not the report's
        total = totals[0]["value"] if len(total_values) == 1 else None
        exceeded = (total is not None and found[0]["unit"] in config["summed_units"]
                    and any(row["value"] > total and not _carried_over(row, text, config) for row in found))
        # figures of all levels or kinds beside one body's or kind's, which they may include: none of them adds up
        wide = _all_levels_beside_their_own(found, text, config) if additive and len(distinct) > 1 else []
        other_kinds = _other_kinds_reviewed(found, text, config) if indicator in config["every_kind_reviewed"] else []
        # (of separate events, other kinds are other events: 区委中心组学习5次、党支部学习3次 leaves the branch out)
        kinds_apart = None if additive else _kinds_listed_apart(found, rows, text, config, cues)
        kinds = [kind for kind in config["case_kinds"] if kind in cues[indicator]]
        if kinds and all(_part_of_a_count_before(row, text, config, kinds) for row in found):
            reason = f"数值（{'、'.join(map(str, distinct))}）只是句中前面所述总数的一部分（其中），报告未给出该指标的合计"
        elif other_kinds:
            reason = f"同一审查列举的其他种类文件（{'、'.join(other_kinds)}）未计入，报告未给出合计"
        elif kinds_apart:
            reason = kinds_apart
        elif len(distinct) == 1 and not separate_events and _listed_apart(found, text):
            reason = f"同一句并列的数值（{distinct[0]}）各指一事，报告未给出合计"
        elif len(distinct) == 1 and not separate_events:
            value, derivation = distinct[0], "single"
        elif wide and (total is None or all(word_of[row["figure_start"]] in config["year_words"] for row in totals)):
            # (so too where the year's word alone marks one: 全年系统各级…中心组学习178次 is the system's, beside its own
            # 21; but 全年共举办各类法治讲座15场次 is the report's stated total)
            listed = "、".join(str(row["value"]) for row in wide)
            reason = f"统计各级或各类的数值（{listed}）与其余数值范围不同、不能相加，报告未给出合计"
        elif total is not None and not exceeded:
            value, derivation, used = total, "total", totals
        elif separate_events:
            used = _counted_once(found)
            value, derivation = _number(sum(row["value"] for row in used)), "sum"
        elif exceeded:
            # (a 共 may total one event, 共计73人次参加 one session: the words are the report's, the total a part's)
            reason = (f"写有“{word_of[totals[0]['figure_start']]}”的数值（{total}）小于另一数值（{distinct[-1]}），"
                      "只是部分的合计")
        else:
            # a rate has no total: two of them leave open which one is the report's
            settled_by = "报告未给出合计" if found[0]["unit"] in config["summed_units"] else "报告未说明以哪一个为准"
            reason = f"{len(distinct)} 个数值各不相同（{'、'.join(map(str, distinct))}），{settled_by}"
        values.append({"indicator": indicator, "value": value, "unit": found[0]["unit"],
                       "qualifier": _qualifier(used) if value is not None else "", "derivation": derivation,
                       "reason": reason, "figure_starts": " ".join(str(row["figure_start"]) for row in used),
                       "figure_count": len(stated), "review": _review(used),
                       "flags": " ".join(dict.fromkeys(check for row in used
                                                       for check in checks_at.get((indicator, row["figure_start"]), ())))})
    return values
