"""Fixture reports named by their case, made from a bundled report by code.

Each case carries the same report (港口镇, 2021) in another form researchers
save: another encoding, Traditional script, a saved web page with its chrome, a
Word file, a text PDF, text copied from a PDF (hard-wrapped, or spaced out), or a text without its title line.
"""
import html
import io
import re
from functools import lru_cache

import opencc
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from conftest import REPORTS

SOURCE = REPORTS / "001_d6eaf61c1023c0d0.txt"



def report_lines():
    """The report's own lines: title, header fields, body (no site chrome)."""
    lines = [line.strip() for line in SOURCE.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title_at = next(i for i, line in enumerate(lines) if line.startswith("港口镇2021年"))
    return lines[title_at:]


def gbk_encoded():
    return "\n".join(report_lines()).encode("gbk")


@lru_cache(maxsize=None)
def _converter(config):
    """One OpenCC converter per configuration: making one loads its dictionaries (about 0.1 s),
    which made the Traditional variants of test_variants most of the suite's time."""
    return opencc.OpenCC(config)


def _mirrored(config):
    return lambda text: _converter(config).convert(text)


def _hard_wrapped(text, width=38):
    return "\n".join(line[at:at + width] for line in text.split("\n") for at in range(0, len(line), width))


def paged(text, lines_a_page=24):
    """Hard-wrapped, a page number on a line of its own (— 2 —) after every page's lines."""
    lines = _hard_wrapped(text).split("\n")
    return "\n".join(line + (f"\n— {at // lines_a_page} —" if at % lines_a_page == 0 else "")
                     for at, line in enumerate(lines, 1))


def _broken_by_pages(text, chars_a_page=150):
    """Paragraphs as written, but a page number on a line of its own (— 2 —) every `chars_a_page` characters,
    inside a sentence or a figure wherever it falls (pages printed from a PDF, copied without their line breaks)."""
    pages = [text[at:at + chars_a_page] for at in range(0, len(text), chars_a_page)]
    return "".join(page + (f"\n— {number} —\n" if number < len(pages) else "") for number, page in enumerate(pages, 1))


def _as_markdown(text):
    """What a tool that turns pages into Markdown makes of a report: its headings of the first level after ##,
    those of the second level in bold with the sentence that opens them."""
    lines = []
    for line in text.split("\n"):
        if re.match(r"[一二三四五六七八九十]+、", line) and len(line) < 40:
            line = "## " + line
        else:
            line = re.sub(r"^([（(][一二三四五六七八九十]+[）)][^。]*。)", r"**\1**", line)
        lines.append(line)
    return "\n".join(lines)


def _spaced_out(text):
    return "\n".join(" ".join(line) for line in text.split("\n"))


# What a site or a tool may do to a report's text on its way to a researcher: a mainland page
# mirrored in Traditional script (standard, Hong Kong or Taiwan forms, or with Taiwan's wording
# too: 文件 -> 檔案, 审核 -> 稽核), text copied from a PDF (every paragraph broken into lines of one
# width, page numbers (— 2 —) cutting sentences where the line breaks were lost, every line run into one, or
# every sentence on a line of its own; turned into Markdown (## 一、…, **（一）…。**); a space after every
# character of a justified line, or spaces either side of every figure: 共受理 25 件), zero-width spaces
# scattered through it against copying, a page's character references left unresolved (&ldquo;…&rdquo;), quotation marks typed straight ("三项制度") or as corner brackets
# (「三项制度」, as Taiwan and Hong Kong write them), figures with thousands separators (12,345件), an
# ideographic space after every comma (2022年，　我市…), digits or punctuation written
# full-width (the pages held here write ASCII commas and colons), years or small counts in Chinese numerals (二〇二三年,
# 十二次).
VARIANTS = {
    "traditional": _mirrored("s2t"),
    "hong-kong-traditional": _mirrored("s2hk"),
    "taiwan-traditional": _mirrored("s2tw"),
    "hard-wrapped": _hard_wrapped,
    "broken-by-page-numbers": _broken_by_pages,
    "sentence-a-line": lambda text: re.sub(r"。(?=[^\n])", "。\n", text),
    "markdown": _as_markdown,
    "line-breaks-lost": lambda text: "".join(line.strip() for line in text.split("\n")),
    "figures-set-apart-by-spaces": lambda text: re.sub(r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fff%])",
                                                       r" \1 ", text),
    # a number spaced from the words after it only (2024 年,…; 学习4 次), as a PDF's text often is
    "numbers-spaced-from-what-follows": lambda text: re.sub(r"(\d)(?=[\u4e00-\u9fff%])", r"\1 ", text),
    # … or from the words before it only (受理 25件, 约 19.2%)
    "numbers-spaced-from-what-precedes": lambda text: re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text),
    "thousands-separators": lambda text: re.sub(r"(?<![\d.])\d{4,}(?![\d.年])",
                                                lambda m: m.group() if 1900 <= int(m.group()) <= 2100 else f"{int(m.group()):,}",
                                                text),
    "spaces-after-commas": lambda text: re.sub(r"([，,；;])(?=[^\d\n])", "\\1\u3000", text),
    "straight-quotes": lambda text: text.translate(str.maketrans("“”‘’", "\"\"''")),
    "corner-quotes": lambda text: text.translate(str.maketrans("“”‘’", "「」『』")),
    "html-entities-left": lambda text: text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("、", "&#12289;"),
    "zero-width-spaces": lambda text: "".join(char + "\u200b" * (at % 7 == 0 and char != "\n")
                                              for at, char in enumerate(text, 1)),
    "spaced-out": _spaced_out,
    "taiwan-wording": _mirrored("s2twp"),
    "full-width-digits": lambda text: text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"}),
    "full-width-punctuation": lambda text: text.translate({ord(mark): ord(mark) + 0xFEE0 for mark in ",;:()?!"}),
    "years-in-chinese-numerals": lambda text: re.sub(r"(?:19|20)\d\d(?=年)", lambda m: m.group().translate(
        {ord(d): c for d, c in zip("0123456789", "〇一二三四五六七八九")}), text),
    "counts-in-chinese-numerals": lambda text: re.sub(r"(?<![\d.年月日%])([1-9]\d?)(?=[次件场期个项名人宗起份])",
                                                      lambda m: _in_chinese_numerals(int(m.group(1))), text),
}


def _in_chinese_numerals(number):
    """1-99 as formal documents write small counts (十二次, 二十三件)."""
    digits = "零一二三四五六七八九"
    tens, units = divmod(number, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units or not tens else "")


def big5_traditional():
    """The report mirrored in Taiwan standard forms, which Big5 holds."""
    return VARIANTS["taiwan-traditional"]("\n".join(report_lines())).encode("big5", errors="strict")


def _variant(name):
    return lambda: VARIANTS[name]("\n".join(report_lines())).encode("utf-8")


def saved_page():
    title, header, *body = report_lines()
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_中山市人民政府门户网站</title></head>
<body>
<div class="top">无障碍浏览 长者模式 登录 注册</div>
<nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></nav>
<div class="search"><input type="text" placeholder="站内搜索"><button>搜索</button></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">
{html.escape(header)}
</div>
<div class="content">
{paragraphs}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">港口镇2020年法治政府建设年度报告</a></li></ul></div>
<footer>
<p>版权所有：中山市港口镇人民政府 网站标识码：4420000001</p>
<p>粤ICP备12345678号 粤公网安备 44200002000123号</p>
<p>技术支持：某某网络科技有限公司 访问量：123456</p>
</footer>
</body></html>""".encode("utf-8")


def word_document():
    import docx
    document = docx.Document()
    for line in report_lines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_pdf(chars_per_line=38):
    """A PDF whose paragraphs wrap across lines and pages, each page numbered at its foot (— 2 —), as
    printed reports are."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    y = height - 60

    def number_the_page():
        page.setFont("STSong-Light", 11)
        page.drawCentredString(width / 2, 30, f"— {page.getPageNumber()} —")
    for paragraph in report_lines():
        for start in range(0, len(paragraph), chars_per_line):
            if y < 60:
                number_the_page()
                page.showPage()
                y = height - 60
            page.setFont("STSong-Light", 11)
            page.drawString(50, y, paragraph[start:start + chars_per_line])
            y -= 16
        y -= 8
    number_the_page()
    page.save()
    return buffer.getvalue()


def no_title_line():
    return "\n".join(report_lines()[1:]).encode("utf-8")


CASES = {
    "gbk-encoded.txt": gbk_encoded,
    "big5-traditional.txt": big5_traditional,
    "hong-kong-traditional.txt": _variant("hong-kong-traditional"),
    "hard-wrapped.txt": _variant("hard-wrapped"),
    "spaced-out.txt": _variant("spaced-out"),
    "saved-page.html": saved_page,
    "report.docx": word_document,
    "text-report.pdf": text_pdf,
    "no-title-line.txt": no_title_line,
}


def write_fixtures(folder):
    """Write every case into `folder`; returns {case name: path}."""
    paths = {}
    for name, make in CASES.items():
        paths[name] = folder / name
        paths[name].write_bytes(make())
    return paths
