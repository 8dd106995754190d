"""Stage 2, normalise: text as published -> the text every later stage reads.

Site chrome and a PDF's page numbers are removed (patterns in schema/boilerplate.yml),
full-width digits and letters become ASCII so that figures read the same however they
were typed, and so do what pages and tools leave in a text (characters that print
nothing, unresolved character references, Markdown's marks, straight or corner quotation
marks, thousands separators, spaces around figures); Traditional script becomes
Simplified, and lines are trimmed. Character offsets published with every figure refer
to this normalised text.
"""
import html
import operator
import re
from functools import lru_cache

import cn2an
import opencc

from .patterns import CONTROL_CHARACTERS, alternation

# U+FF10..FF19 digits, U+FF21..FF3A and U+FF41..FF5A letters, and the
# full-width percent sign; other CJK punctuation stays as the report wrote it.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05]}
_FULLWIDTH[0x3000] = 0x20
# translating only the runs of such characters, not every character of the text, is what makes folding quick
_FULLWIDTH_RUN = re.compile("[%s]+" % "".join(map(chr, _FULLWIDTH)))
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[，．：](?=\d)")
_ASCII_SEPARATOR = {"，": ",", "．": ".", "：": ":"}
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003]+")
# A number set apart by spaces from its words, as some sites space digits from Chinese and as text taken from a PDF
# often comes, is closed up, so that its words reach it: first from the words after it, wherever it stands
# (共受理 25 件; 2024 年,在市委…房县坚持…; 学习4 次), not a date's or a time's last part (发布时间:2019-03-06 09:32
# 来源:…) nor a code's (索引号:fzzfjs2022 公文目录:…) ...
_SPACE_AFTER_NUMBER = re.compile(r"(?<![\dA-Za-z:：/.\-])(\d+(?:\.\d+)?) (?=[\u4e00-\u9fff%])")
# ... then from the words before it, where its own words follow it closed up (受理 25件, 约 19.2%): a qualifier before
# it (约, 近) reaches it; not a label's value (发布日期 2022-02-11) nor a row of figures (行政复议 12 5 3)
_SPACE_BEFORE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d+(?:\.\d+)?[\u4e00-\u9fff%])")
# Spaces after a clause's or a sentence's mark inside a line (a page's padding, an ideographic space after its
# commas, sentences run together with a space), which would open the next clause with a space; a table's cell
# (| 行政复议, | 25 |) keeps its own.
_AFTER_CLAUSE_MARK = re.compile(r"(?<=[，,；;。、！？]) +(?=[^\s|])")
# Share of Han characters that OpenCC's t2s changes above which a text is
# taken as Traditional; Simplified reports change almost none.
TRADITIONAL_SHARE = 0.02
# ... of the text's first Han characters (enough to tell the script, few enough to convert quickly)
SCRIPT_SAMPLE = 5000
HAN_CHARACTER = re.compile("[\u4e00-\u9fff]")
_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")


# An HTML character reference left in a text taken from a page (&ldquo;双随机&rdquo;, &nbsp;, &#12289;), which the
# standard library's HTML parser resolves as a browser would.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# Characters that print nothing (zero-width spaces and joiners, soft hyphens, direction marks, a byte-order mark
# inside the text), which some sites scatter through an article against copying or carry over from an editor:
# between a count and its words (行政复议\u200b案件25件) they would hide the words from the figure. Control
# characters too: kept, one broke a report page's front matter into live Markdown and stopped the site.
_INVISIBLE = re.compile(f"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff{CONTROL_CHARACTERS}]")
# … but the controls that break a line (a form feed between pages, a vertical tab, the next-line character) do.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"})


# Quotation marks as mainland texts write them (“”): a pair of straight ones around Chinese in Chinese ("三项制度",
# as some sites type them; not in Latin text, a formula's arguments: =HYPERLINK("…","点击") stays as written) and
# corner brackets (「三项制度」, as Taiwan and Hong Kong write them and some mirrors convert), so that a quoted name
# is one item whatever marks it (“双随机、一公开” is no list).
_STRAIGHT_QUOTED = re.compile(r'(?:^|(?<=[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e"”() ])|(?<=[\u4e00-\u9fff][,:;]))'
                              r'"([^"\nA-Za-z]+)"', re.MULTILINE)
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def fold_quotes(text):
    """Straight quotation marks in pairs and corner brackets as “” and ‘’."""
    if '"' in text:
        text = _STRAIGHT_QUOTED.sub(r"“\1”", text)
    return text.translate(_CORNER_QUOTES) if "「" in text or "『" in text else text


# Markdown's marks, where a tool turned the page into Markdown (## 一、主要工作, **（一）加强领导。**): a heading's
# hashes before its words and the asterisks or underscores around emphasised Chinese.
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)([^*_\s][^*_]*?[\u4e00-\u9fff][^*_]*?)\1")   # words emphasised (not a masked ***/2024-***)


def _unmarked(line):
    """A line without Markdown's heading hashes and emphasis marks."""
    if "#" in line:
        line = _MARKDOWN_HEADING.sub("", line)
    return _MARKDOWN_EMPHASIS.sub(r"\2", line) if "**" in line or "__" in line else line


def _tightened(line):
    """A line with its figures set apart by spaces inside a sentence closed up (共受理 25 件 -> 共受理25件; 2024 年 ->
    2024年; 约 19.2% -> 约19.2%), and no space after a mark that ends a clause or a sentence (2022年, 我市…; …100%。
    近年来)."""
    if " " not in line:
        return line
    closed = _SPACE_BEFORE_NUMBER.sub("", _SPACE_AFTER_NUMBER.sub(r"\1", line))
    return _AFTER_CLAUSE_MARK.sub("", closed)


# A whole number written with thousands separators (12,345件): written without them, as most reports do, so that
# no comma inside a figure is taken for a clause's end.
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")


def fold_width(text):
    """Full-width digits, letters and % -> ASCII; separators between digits too (1，200; 10：30), and
    thousands separators dropped (12,345 -> 12345)."""
    text = _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), text)
    text = _DIGIT_SEPARATOR.sub(lambda m: _ASCII_SEPARATOR[m.group()], text)
    return _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text) if "," in text else text


# A date written in Chinese numerals (二〇二四年三月十日, 二○二三年度), as formal documents date
# their titles and signatures: its year, and a month and day right after it, in digits.
# (a zero typed as a Latin or Greek O or a digit among Chinese numerals, 二O一二年, 二0一二年, is a zero too)
_CHINESE_DIGITS = dict(zip("〇○零OoΟ0一二三四五六七八九", "0000000123456789"))
_CHINESE_YEAR = re.compile(r"(?=[〇○零OoΟ0]{0,3}[一二三四五六七八九])[〇○零OoΟ0一二三四五六七八九]{4}(?=\s*年)")
_CHINESE_MONTH_DAY = re.compile(r"(?<=\d年)([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})([日号]))?")


def fold_chinese_dates(text):
    """二〇二四年三月十日 -> 2024年3月10日; a year alone (二○二三年度) -> 2023年度; other numerals stay."""
    text = _CHINESE_YEAR.sub(lambda m: "".join(_CHINESE_DIGITS[c] for c in m.group()), text)

    def month_day(match):
        month, day, mark = match.group(1), match.group(2), match.group(3)
        try:
            month_number, day_number = int(cn2an.cn2an(month, "smart")), day and int(cn2an.cn2an(day, "smart"))
        except (ValueError, KeyError, IndexError):  # no numeral (十十月)
            return match.group()
        if not 1 <= month_number <= 12 or (day and not 1 <= day_number <= 31):
            return match.group()
        return f"{month_number}月" + (f"{day_number}{mark}" if day else "")
    return _CHINESE_MONTH_DAY.sub(month_day, text)


@lru_cache(maxsize=4)
def _converter(config):
    return opencc.OpenCC(config)


def detect_script(text):
    """'traditional' when OpenCC would change a noticeable share of Han characters."""
    sample = _NOT_HAN.sub("", text[:SCRIPT_SAMPLE * 4])[:SCRIPT_SAMPLE]
    if len(sample) < SCRIPT_SAMPLE:  # a text sparse in Han characters: look at all of it
        sample = _NOT_HAN.sub("", text)[:SCRIPT_SAMPLE]
    if not sample:
        return "simplified"
    converted = _converter("t2s").convert(sample)
    if converted == sample:  # most reports: nothing to count
        return "simplified"
    changed = sum(map(operator.ne, sample, converted))
    return "traditional" if changed / len(sample) > TRADITIONAL_SHARE else "simplified"


def script_phrases(text, script):
    """{Traditional phrase: the term to read} for this text: the domain's phrases (訴願 -> 行政复议) and
    the Taiwan terms no mainland text writes (最佳化 -> 優化), and where the text writes one of those, the
    Taiwan terms a mainland text writes too (檔案 -> 文件). Not OpenCC's whole Taiwan phrasing (tw2sp):
    the Traditional reports are mainland reports mirrored, whose 规范性文件 tw2sp would turn into 规范性文档."""
    wording = script["taiwan_wording"]
    phrases = {**script["phrases"], **wording["sure"]}
    if any(term in text for term in wording["sure"]):
        phrases.update(wording["if_taiwan_worded"])
    return phrases


@lru_cache(maxsize=4)
def _phrase_pattern(phrases):
    return re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


def to_simplified(text, phrases):
    """Traditional -> Simplified character by character (OpenCC t2s, Taiwan and Hong Kong forms of
    a character included), after the phrase table (script_phrases), read in one pass taking the longest
    phrase at each place, so that a phrase kept as it is (檔案管理) shields the term inside it (檔案)."""
    text = _phrase_pattern(tuple(phrases)).sub(lambda match: phrases[match.group()], text)
    # Taiwan and Hong Kong standard forms (著力, 衞生) first become OpenCC's standard Traditional
    # (着力, 衛生), which t2s knows; hk2s is those variants' reversal and then t2s.
    return _converter("hk2s").convert(_converter("tw2t").convert(text))


# Text taken from a PDF's justified lines may put a space after every character (法 治 政 府 建 设).
# A line is taken as spaced out when a single space stands between at least SPACED_SHARE of its
# pairs of neighbouring Chinese characters (at least MIN_SPACED of them); its single spaces are
# then removed and any wider gap, a word break in the spaced text, becomes one space. A table's
# row or a bracketed label (| [ 发文字号 ] | 无 |), spaced only around its marks, keeps its spacing.
SPACED_SHARE, MIN_SPACED = 0.5, 2
_HAN = "\u4e00-\u9fff"
_HAN_GAP = re.compile(rf"(?<=[{_HAN}]) (?=[{_HAN}])")
_HAN_PAIR = re.compile(rf"[{_HAN}](?=[{_HAN}])")
_SINGLE_GAP = re.compile(r"(?<=\S) (?=\S)")
_BULLET = re.compile(r"\s*[-•·*]\s+")


# A date (and time) alone on a spaced-out line (2 0 2 4 - 0 1 - 2 3   1 5 : 0 0) has no Chinese
# to show its spacing, but closed up it is a date, as a row of figures (1 2 5 3) is not.
_DATE_LINE = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_ADJACENT = re.compile(r"\S\S")
_WHITESPACE = re.compile(r"\s")
MIN_LETTERS = 6   # characters a letter-spaced line with too few gaps between Chinese ones must have to be closed up


def _split_bullet(line):
    """(the list bullet a line opens with, as it is, or "", the rest of the line)."""
    bullet = _BULLET.match(line)
    start = bullet.end() if bullet else 0
    return line[:start], line[start:]


def _closed_up(words):
    """Spaced-out words with their letter spacing removed; a wider gap, a word break, becomes one space."""
    return re.sub(r"\s{2,}", " ", _SINGLE_GAP.sub("", words))


def _closed_date(line):
    """A date (and time) alone on a spaced-out line (after a list bullet, kept as it is: • 2 0 2 4 - 0 1 - 2 3),
    closed up; else None."""
    if _ADJACENT.search(line) or " " not in line.strip():
        return None
    bullet, rest = _split_bullet(line)
    closed = _closed_up(rest.strip())
    return bullet + closed if _DATE_LINE.fullmatch(closed) else None


def _letter_spaced(line):
    """Whether a short line with Chinese in it has a space after every character (日 期 : 2 0 2 5 - 0 3 - 0 5, a
    header field's label too short to count its gaps); a row of figures (1 2 5 3) has no Chinese."""
    return not _ADJACENT.search(line) and HAN_CHARACTER.search(line) is not None and len(line.split()) >= MIN_LETTERS


# A line of two lone Chinese characters (报 告, 报   告: a title's last word spread to the title's width) is one
# word spaced out, however wide its gap; a longer line has gaps enough to tell letters from words.
_LONE_CHARACTERS = re.compile(rf"\s*[{_HAN}]\s+[{_HAN}]\s*")


def close_spaced_out(line):
    """A spaced-out line with its letter spacing removed (a list bullet before it kept as it is);
    any other line as it is."""
    if not _WHITESPACE.search(line):  # most lines: nothing to close up
        return line
    if _LONE_CHARACTERS.fullmatch(line):
        return line[:len(line) - len(line.lstrip())] + "".join(line.split())
    gaps = len(_HAN_GAP.findall(line))
    if (gaps < MIN_SPACED or gaps < SPACED_SHARE * (gaps + len(_HAN_PAIR.findall(line)))) and not _letter_spaced(line):
        return _closed_date(line) or line
    bullet, rest = _split_bullet(line)
    return bullet + _closed_up(rest)


# A text copied from a PDF breaks its paragraphs into lines of about one width. It is taken as
# wrapped when most of its lines of some length (WRAPPED_SHARE of those of MIN_LINE or more
# characters, at least MIN_WRAPPED of them) fill WRAP_FILL of its width (the 90th percentile of
# their lengths); a web page's paragraphs, one a line, vary far more. Each full line is then
# joined to the next unless it ends a sentence; a short line ends its paragraph or is a heading.
# A short excerpt of short paragraphs has as many last lines as full ones: it is taken as wrapped
# too when at least MIN_WRAPPED of its full lines, and CUT_SHARE of them, stop in mid-sentence, as
# a web page's whole paragraphs, however long, do not. A line of the page's head (its path from
# the home page, a header field: 发布时间:…) is never joined to another, so that neither takes
# the title or the first paragraph with it.
MIN_LINE, MIN_WRAPPED, WRAPPED_SHARE, WRAP_FILL, CUT_SHARE = 10, 6, 0.6, 0.85, 0.8
SENTENCE_ENDS = ("。", "！", "？", "!", "?", "：", ":", "；", ";")
CLAUSE_MARKS = re.compile("[%s，,]" % "".join(SENTENCE_ENDS))


def unwrap(lines, headings=(), page_head=()):
    """The lines of a hard-wrapped text joined into its paragraphs; any other text as it is. A
    line that opens a heading (`headings`: patterns, 二、…) always starts a line of its own; a
    line of the page's head (`page_head`: patterns) is a line of its own."""
    lengths = sorted(len(line) for line in lines if len(line) >= MIN_LINE)
    if len(lengths) < MIN_WRAPPED:
        return lines
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = lambda line: len(line) >= WRAP_FILL * width  # noqa: E731
    filled = [line for line in lines if len(line) >= MIN_LINE and full(line)]
    cut = [line for line in filled if not line.endswith(SENTENCE_ENDS)]
    if len(filled) < WRAPPED_SHARE * len(lengths) and not (len(cut) >= MIN_WRAPPED and len(cut) >= CUT_SHARE * len(filled)):
        return lines
    of_head = lambda line: any(pattern.search(line) for pattern in page_head)  # noqa: E731
    joined, paragraph = [], ""
    for line, following in zip(lines, [*lines[1:], ""]):
        paragraph += line
        if (not full(line) or line.endswith(SENTENCE_ENDS) or not following or of_head(line) or of_head(following)
                or _opens_heading(following, headings)):
            joined.append(paragraph)
            paragraph = ""
    return joined


@lru_cache(maxsize=8)
def _any_of(patterns):
    """One pattern that matches where any of `patterns` does: one pass over a line, not one a pattern."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


# A date alone on its line ((2024-03-01) under a title, 2024年3月1日 under a signature): a whole line, no cut sentence.
LONE_DATE = re.compile(r"^[(（]?\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*[)）]?$")


def join_page_breaks(lines, page_numbers, headings=()):
    """The lines without a PDF's page numbers (`page_numbers`: patterns of a line); where a page break cut a
    sentence (the line before it ends none and is no heading standing alone or date alone, and the line after
    opens no heading: `headings`, patterns), its two halves joined again."""
    page_number = _any_of(tuple(page_numbers))
    kept, broken = [], False
    for line in lines:
        if page_number.match(line):
            broken = (bool(kept) and not kept[-1].endswith(SENTENCE_ENDS) and not _lone_heading(kept[-1], headings)
                      and not LONE_DATE.match(kept[-1]))
            continue
        if broken and not _opens_heading(line, headings):
            kept[-1] += line
        else:
            kept.append(line)
        broken = False
    return kept


def _lone_heading(line, headings):
    """Whether a line is a heading alone (二、主要工作), not a heading run into its paragraph ((二)…。将…，)."""
    return _opens_heading(line, headings) and not CLAUSE_MARKS.search(line)


def _opens_heading(line, headings):
    return any(pattern.match(line) for pattern in headings)


def strip_chrome(lines, boilerplate):
    drop_line, end_line = _any_of(tuple(boilerplate["drop_lines"])), _any_of(tuple(boilerplate["end_lines"]))
    drop_fragments = [re.compile(p) for p in boilerplate["drop_fragments"]]
    longest = boilerplate["chrome_line_max_chars"]

    def chrome(line):
        return len(line) <= longest and drop_line.search(line) is not None
    kept = []
    for line in lines:
        # 相关阅读 under an article: the headlines after it are other pages' (上半年全国新收行政复议案件逾29万件),
        # but only once the page's own text has begun (福建省…情况 / 来源 / 相关文章: / 2019年,…)
        if end_line.search(line) and sum(map(len, kept)) >= boilerplate["end_after_chars"]:
            break
        if chrome(line):
            continue
        for fragment in drop_fragments:
            line = fragment.sub("", line).strip()
        # what is left of a line once its fragments are gone may be chrome too (字号 | 大 | 中 | 小 → || | ||)
        if line and not chrome(line):
            kept.append(line)
    return kept


@lru_cache(maxsize=4)
def _page_head_patterns(labels, breadcrumb_marks):
    field = re.compile(rf"^(?:{alternation(labels)})\s*[:：]")
    path = re.compile(rf"首页.*(?:{'|'.join(breadcrumb_marks)})")
    return field, path


def _page_head(config):
    """Patterns of a page's head lines: a header field (日期:2022-03-31) and the path from the home page."""
    return _page_head_patterns(tuple(config["header_fields"]), tuple(config["breadcrumb_marks"]))


def normalise(raw_text, knowledge):
    """{text, original, script, page_path}: the normalised text, what it came from, and the page's path from its
    site's home page (首页 > … > 法治政府建设年度报告 > 2021年度), which is chrome, not text, but tells where the
    site files it."""
    script = detect_script(raw_text)
    text = raw_text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = fold_quotes(fold_chinese_dates(fold_width(_INVISIBLE.sub("", text))))
    # closed up before the script is folded, so that a spaced-out Taiwan term (規 範 性 檔 案) is one term
    text = "\n".join(_tightened(_SPACES.sub(" ", close_spaced_out(_unmarked(line))).strip())
                     for line in text.split("\n"))
    if script == "traditional":
        text = to_simplified(text, script_phrases(text, knowledge["script"]))
    lines = text.split("\n")
    page_head = _page_head(knowledge["metadata"])
    # (首页 first: the path pattern starts with it, and most lines have none)
    page_path = [line for line in lines if "首页" in line and page_head[1].search(line)]
    headings = [re.compile(pattern) for pattern in knowledge["structure"]["heading_levels"]]
    # chrome is stripped before the lines are unwrapped, so that a page's list of links (each title cut
    # short: 关于…项目用...) is not taken for a hard-wrapped paragraph and joined to the report
    lines = join_page_breaks([line for line in lines if line], knowledge["boilerplate"]["page_numbers"], headings)
    lines = unwrap(strip_chrome(lines, knowledge["boilerplate"]), headings, page_head)
    return {"text": "\n".join(lines), "original": raw_text, "script": script, "page_path": page_path}
