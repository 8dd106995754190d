"""Stage 4, structure: normalised text -> sections, blocks and sentences.

Headings come from the report's own markers (一、 -> level 2, (一) -> level 3,
1. -> level 4, (1) -> level 5; patterns in schema/structure.yml). A heading
that runs on into body text on the same line ends at its first full stop. Each
section knows its path of headings, whether it is a plan section (whose figures
are intentions rather than facts), and the vocabulary domain its heading
clearly belongs to.
"""
import re
from bisect import bisect_left, bisect_right

SENTENCE_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』)]*|$)")
YEAR = re.compile(r"(20\d{2})\s*年")
CITED = re.compile(r"《[^《》\n]*》")  # a document a heading names


def _heading_level(line, patterns):
    for depth, pattern in enumerate(patterns):
        if pattern.match(line):
            return depth + 2
    return None


def _split_heading(line, max_chars):
    """Length of the heading part of a line that starts with a heading marker, or 0."""
    stop = line.find("。")
    if stop == -1:
        return len(line) if len(line) <= max_chars else 0
    if stop + 1 <= max_chars:
        return stop + 1
    return 0


def _is_plan(title, report_year, config):
    """Whether a heading opens a section of plans, targets or shortcomings (structure.yml). A document it
    names in 《》 tells none of that (贯彻落实《法治政府建设实施纲要(2021-2025年)》取得明显成效: a plan carried out)."""
    title = CITED.sub("", title)
    if (any(word in title for word in config["plan_headings"])
            and not any(word in title for word in config["carried_out_headings"])):
        return True
    if (any(word in title for word in config["shortcoming_headings"])
            and not any(word in title for word in config["result_headings"])):
        return True
    return report_year is not None and any(int(y) > report_year for y in YEAR.findall(title))


def _plan_document(first_line, config):
    """Whether a document's title line names a plan and no account of work done (2023年“双随机、一公开”抽查工作计划):
    then all of it is plan. A title is short, no clause and names its year (a table's first cell, where a page opens on
    one); a first line that is a paragraph (…根据区司法局工作安排,…开展了…) or a site's column (工作计划) is none."""
    title = CITED.sub("", first_line.split("|")[0].strip())
    if len(title) > config["max_heading_chars"] or re.search("[，,。；;]", title) or not YEAR.search(title):
        return False  # (a plan's title names its year: 工作计划 alone is a site's column over the page's own title)
    return (any(word in title for word in config["plan_headings"])
            and not any(word in title for word in config["account_title_words"]))


def _domain(title, domain_headings):
    """The one domain whose cues the heading names, or None when none or several do.

    Longer cues are read first and blank what they cover, so 谁执法谁普法 is a
    publicity cue and not also the enforcement cue 执法.
    """
    cues = sorted(((cue, domain) for domain, words in domain_headings.items() for cue in words),
                  key=lambda pair: -len(pair[0]))
    named = set()
    for cue, domain in cues:
        if cue in title:
            named.add(domain)
            title = title.replace(cue, "\0" * len(cue))
    return named.pop() if len(named) == 1 else None


def _sentences(text, start, end, section, stamps=()):
    """The sentences of text[start:end], each also ending before a page's time stamp in it (`stamps`, offsets): a page
    run into one line (…行政复议案件29.3万件发布时间:2024-04-28 02:36:39 来源:…) puts its chrome in no sentence of prose."""
    found = []
    spans = (span for match in SENTENCE_END.finditer(text, start, end)
             for span in _cut_at(match.span(), stamps))
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            found.append({"start": s, "end": e, "section": section})
    return found


def _cut_at(span, stamps):
    """`span` cut before each offset of `stamps` (sorted) inside it, found by bisection: a page of many time stamps is
    not read through for every sentence."""
    start, end = span
    edges = [start, *stamps[bisect_right(stamps, start):bisect_left(stamps, end)], end]
    return list(zip(edges, edges[1:]))


def parse_structure(text, knowledge, report_year=None):
    """{sections, blocks, sentences} of a normalised text; all offsets index `text`."""
    config = knowledge["structure"]
    patterns = [re.compile(p) for p in config["heading_levels"]]
    sections = [{"index": 0, "level": 1, "title": "", "start": 0, "end": len(text),
                 "parent": None, "path": [], "plan": _plan_document(text.lstrip().split("\n", 1)[0], config),
                 "domain": None}]
    blocks, sentences = [], []
    stamps = [match.start() for match in re.finditer(config["page_time_stamp"], text)]
    open_sections = [0]
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        level = _heading_level(line, patterns)
        heading_chars = _split_heading(line, config["max_heading_chars"]) if level else 0
        if heading_chars:
            while sections[open_sections[-1]]["level"] >= level:
                sections[open_sections.pop()]["end"] = line_start
            parent = sections[open_sections[-1]]
            title = line[:heading_chars]
            section = {"index": len(sections), "level": level, "title": title, "start": line_start,
                       "end": len(text), "parent": parent["index"], "path": [*parent["path"], title],
                       "plan": parent["plan"] or _is_plan(title, report_year, config),
                       "domain": _domain(title, config["domain_headings"]) or parent["domain"]}
            sections.append(section)
            open_sections.append(section["index"])
            head_end = line_start + heading_chars
            blocks.append({"kind": "heading", "level": level, "start": line_start, "end": head_end,
                           "section": section["index"]})
            sentences += _sentences(text, line_start, head_end, section["index"], stamps)
            body_start = head_end
            while body_start < line_end and text[body_start].isspace():
                body_start += 1
        else:
            body_start = line_start
        if body_start < line_end:
            current = open_sections[-1]
            blocks.append({"kind": "paragraph", "level": None, "start": body_start, "end": line_end,
                           "section": current})
            sentences += _sentences(text, body_start, line_end, current, stamps)
    return {"sections": sections, "blocks": blocks, "sentences": sentences}
