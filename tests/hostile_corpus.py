"""Hostile and broken inputs, made by code and named by case (issue: nothing injected, nothing lost).

Each case is files to put in reports/ and what the build must do with them:
`published` (built, with what it says shown as text) or `refused` with words the
error must contain. The texts are written for the tests; none is a copy of a page.
"""
import io
import os
import zlib

BODY = ("2023年，本县坚持以习近平法治思想为指导，全面推进依法行政。全年共受理行政复议案件12件，"
        "办结行政复议案件10件。组织开展法治宣传活动30场次。\n一、主要举措\n召开政府常务会议8次。")
SCRIPT_TITLE = "伊宁县2023年法治政府建设年度报告<img src=x onerror=alert(1)>"
SIDECAR_SCRIPT_TITLE = "<script>alert(2)</script>清水河镇2023年法治政府建设年度报告"
SIDECAR_SCRIPT_REGION = "<img src=x onerror=alert(8)>"
# a link with attributes (attr_list) before a C1 control character, written as a character reference
CONTROL_TITLE = "[x](#){: autofocus=1 onfocus=alert(9) }&#129;丑村2023年法治政府建设年度报告"
FORMULA_REGION = '=HYPERLINK("http://example.invalid","申村")'
FORMULA_SENTENCE = '=HYPERLINK("http://example.invalid","点击")组织开展法治宣传活动9场次。'
ALIAS_BOMB = "\n".join(["a0: &a0 [x, x, x, x, x, x, x, x, x]"] +
                       [f"a{n}: &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, "
                        f"*a{n - 1}, *a{n - 1}]" for n in range(1, 10)] + ["title: *a9"])


def _report(name_zh, year=2023):
    return f"{name_zh}{year}年法治政府建设年度报告\n" + BODY.replace("2023", str(year))


def _png():
    raw = b"\x00\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
            + b"\x90wS\xde" + zlib.compress(raw))


def _encrypted_pdf():
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    page.drawString(100, 750, "2023")
    page.save()
    return buffer.getvalue()


STRAY_PREFIX = _report("乙乡")[:10].encode("utf-8")

# name: ({file name: bytes, text, ("symlink", target) or ("fifo",)}, outcome, words the error names)
CASES = {
    "empty": ({"empty.txt": b""}, "refused", "empty"),
    "whitespace-only": ({"blank.txt": "   \n\n  \t"}, "refused", "empty"),
    "binary": ({"binary.txt": bytes(range(256)) * 8}, "refused", ""),
    "png-as-txt": ({"picture.txt": _png()}, "refused", ""),
    "undecodable": ({"garbled.txt": b"\xff\xfe\xfa" * 50 + "法治".encode("utf-8") + b"\x80\x81\xfe" * 50},
                    "refused", ""),
    "ole-doc": ({"old-word.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600}, "refused", ""),
    "zip-as-docx": ({"broken.docx": b"PK\x03\x04" + b"\x00" * 100}, "refused", ""),
    "no-year": ({"no-year.txt": "某县法治政府建设工作报告\n本县坚持依法行政，受理行政复议案件3件。"}, "refused", "report year"),
    "chrome-only-page": ({"chrome.html": "<html><body><div>站内搜索：</div><div>登录</div></body></html>"},
                         "refused", ""),
    "sidecar-not-yaml": ({"s1.txt": _report("甲镇"), "s1.yml": "title: [unclosed\n  - x: :"}, "refused", "YAML"),
    "sidecar-not-mapping": ({"s2.txt": _report("乙镇"), "s2.yml": "- a\n- b\n"}, "refused", "mapping"),
    "sidecar-id-parent-path": ({"s3.txt": _report("丙镇"), "s3.yml": "id: ../../victim\n"}, "refused", "`id`"),
    "sidecar-id-absolute-path": ({"s4.txt": _report("丁镇"), "s4.yml": "id: /tmp/victim\n"}, "refused", "`id`"),
    "sidecar-id-takes-published-address": ({"s5.txt": _report("戊镇"), "s5.yml": "id: 2021-gangkouzhen\n"},
                                           "refused", "001_d6eaf61c1023c0d0.txt"),
    "sidecar-impossible-date-unquoted": ({"s6.txt": _report("己镇"), "s6.yml": "publish_date: 2024-02-30\n"},
                                         "refused", "YAML"),
    "sidecar-impossible-date-quoted": ({"s7.txt": _report("庚镇"), "s7.yml": "publish_date: '2024-13-01'\n"},
                                       "refused", "`publish_date`"),
    "sidecar-javascript-link": ({"s8.txt": _report("辛镇"), "s8.yml": "source_url: 'javascript:alert(3)'\n"},
                                "refused", "`source_url`"),
    "sidecar-alias-bomb": ({"s9.txt": _report("壬镇"), "s9.yml": ALIAS_BOMB}, "refused", "aliases"),
    "sidecar-year-as-words": ({"s10.txt": _report("癸镇"), "s10.yml": "report_year: twenty twenty-three\n"},
                              "refused", "`report_year`"),
    "sidecar-unknown-level": ({"s11.txt": _report("子镇"), "s11.yml": "admin_level: city\n"},
                              "refused", "`admin_level`"),
    "sidecar-multiline-title": ({"s12.txt": _report("丑镇"), "s12.yml": "title: \"a\\nb\"\n"}, "refused", "`title`"),
    "sidecar-code-with-letters": ({"s13.txt": _report("寅镇"), "s13.yml": "division_code: '65x'\n"},
                                  "refused", "`division_code`"),
    "exact-duplicate-of-a-bundled-report": ({"copy.txt": None}, "refused", "same text"),
    # the same report on another page, with the page's footer: another text, the same figures of the same place and year
    "copy-of-a-bundled-report-on-another-page": ({"copy-on-another-page.txt": ("footer", "\n责任编辑：张三\n")},
                                                 "refused", "same figures"),
    "script-in-title": ({"script-title.txt": SCRIPT_TITLE + "\n" + BODY}, "published", ""),
    # no title line and no place a reader could name: published under a title of its year (its page, citation
    # and catalogue row need one; a build once stopped at its page)
    "no-title-no-place": ({"untitled.txt": "2023年，我局坚持依法行政，全年办理行政复议案件5件，开展普法宣传活动12场次。"},
                          "published", ""),
    "comment-in-title": ({"comment-title.txt": "卯镇2023年法治政府建设年度报告<!--\n" + BODY}, "published", ""),
    "script-in-sidecar-title": ({"s14.txt": _report("辰镇"),
                                 "s14.yml": f"title: '{SIDECAR_SCRIPT_TITLE}'\n"}, "published", ""),
    "formula-in-evidence": ({"formula.txt": "巳镇2023年法治政府建设年度报告\n" + FORMULA_SENTENCE + "\n" + BODY},
                            "published", ""),
    "markdown-link-in-text": ({"md-link.txt": _report("午镇") + "\n详见[此处](javascript:alert(4))。"}, "published", ""),
    "html-in-body": ({"html-body.txt": _report("未镇") + "\n<script>alert(5)</script>受理行政复议案件4件。"},
                     "published", ""),
    # normalise resolves the character references a page left in its text, which here spell markup
    "markup-spelt-as-character-references": ({"entities.txt": "巳乡2023年法治政府建设年度报告&lt;img src=x onerror=alert(6)&gt;\n"
                                                              + BODY + "\n&lt;script&gt;alert(7)&lt;/script&gt;受理行政复议案件4件。"},
                                             "published", ""),
    "unknown-sidecar-field": ({"s15.txt": _report("申镇"), "s15.yml": "titel: 申镇报告\n"}, "published", ""),
    "unquoted-sidecar-date": ({"s16.txt": _report("酉镇"), "s16.yml": "publish_date: 2024-02-14\n"},
                              "published", ""),
    "implausible-figures": ({"implausible.txt": _report("亥镇") + "\n调解成功率150%。全年行政诉讼案件3件，败诉5件。"},
                            "published", ""),
    "dangling-symlink": ({"gone.txt": ("symlink", "nowhere/missing.txt")}, "refused", "does not exist"),
    "symlink-outside-the-folder": ({"outside.txt": ("symlink", "../../victim/keep.txt")}, "refused", "outside its folder"),
    "stray-byte-in-utf8": ({"stray.txt": STRAY_PREFIX + b"\xff" + _report("乙乡")[10:].encode("utf-8")},
                           "refused", f"byte {len(STRAY_PREFIX)} (ff"),
    "utf16-without-bom": ({"utf16.txt": _report("丙乡").encode("utf-16-le")}, "published", ""),
    "page-with-script-text": ({"scripted.html": "<html><head><script>var x='发布日期：2099-01-01';</script></head><body>"
                                                "<article><h1>丁乡2023年法治政府建设年度报告</h1><p>" + BODY.replace("\n", "</p><p>")
                                                + "</p></article></body></html>"}, "published", ""),
    "review-that-no-longer-fits": ({"s18.txt": _report("寅乡"), "s18.yml":
                                    "review:\n  - {figure: 99件, action: confirm, by: 王五, date: 2026-11-30}\n"},
                                   "refused", "review entry 1"),
    "review-that-corrects": ({"s19.txt": _report("卯乡"), "s19.yml":
                              "review:\n  - {figure: 12件, action: correct, correct: {value: 13}, by: 王五, date: 2026-11-30}\n"},
                             "published", ""),
    "machine-float-and-signs": ({"floats.txt": _report("辰乡") + "\n调解成功率1e308%，受理行政复议案件−3件。"}, "published", ""),
    "password-protected-pdf": ({"locked.pdf": _encrypted_pdf()}, "refused", "password-protected"),
    "https-sidecar-link": ({"s17.txt": _report("戌镇"),
                            "s17.yml": "source_url: https://www.example.gov.cn/a.html\nretrieved: 2024-03-01\n"},
                           "published", ""),
    # a catalogue cell once escaped only the title, not the region before it ({{ r.region or r.title | e }})
    "script-in-sidecar-region": ({"s20.txt": _report("亥乡"), "s20.yml": f"region: '{SIDECAR_SCRIPT_REGION}'\n"},
                                 "published", ""),
    # a control character (&#129; resolves to one) broke a page's YAML front matter, which mkdocs then rendered as
    # Markdown: the title's link attributes ran; and one in the text (the Ctrl-Z of a DOS file) stopped the site
    "control-characters-in-the-text": ({"controls.txt": CONTROL_TITLE + "\n" + BODY.replace("。", "。\x07", 1)
                                        + "\x1b受理行政复议案件4件。\x1a"}, "published", ""),
    # … and one in a sidecar is refused by name: the feed's XML cannot hold one (BEL, NUL, ESC), nor a table's reader
    "control-character-in-a-sidecar-title": ({"s21.txt": _report("子乡"),
                                              "s21.yml": 'title: "[点我](javascript:alert(10)) \\x7f 子乡报告"\n'},
                                             "refused", "control character"),
    "bell-in-a-sidecar-region": ({"s29.txt": _report("甲里"), "s29.yml": 'region: "甲里\\a"\n'}, "refused", "`region`"),
    # a name of which no letter is left in an id (……, an emoji) is named by the file, else by a digest: a build once
    # stopped at the id "2023-", naming no file
    "region-of-punctuation-only": ({"s30.txt": _report("乙里"), "s30.yml": "region: '……'\n"}, "published", ""),
    "file-named-without-a-letter": ({"🙂.txt": "关于2023年度法治政府建设情况的报告\n2023年，我们全面推进依法行政。全年共受理行政复议案件7件。"},
                                    "published", ""),
    # backticks in an address once opened a code span inside its Markdown link: the link was not the address
    "sidecar-link-with-backticks": ({"s31.txt": _report("丁里"), "s31.yml": "source_url: 'https://www.example.gov.cn/a.html?c=`d`'\n"},
                                    "published", ""),
    "impossible-date-in-the-header": ({"no-day.txt": "丙里2023年法治政府建设年度报告\n发布日期：2024-02-31\n" + BODY},
                                      "published", ""),
    "figures-too-long-to-be-counts": ({"digits.txt": _report("丑乡") + "\n受理行政复议案件" + "9" * 400 + "件。罚没款"
                                       + "9" * 305 + "亿元。"}, "published", ""),
    "sidecar-correction-not-finite": ({"s22.txt": _report("寅村"), "s22.yml":
                                       "review:\n  - {figure: 12件, action: correct, correct: {value: .inf}, by: 王五, "
                                       "date: 2026-11-30}\n"}, "refused", "not a finite number"),
    "sidecar-nested-too-deep": ({"s23.txt": _report("卯村"), "s23.yml": "title: " + "[" * 400 + "]" * 400 + "\n"},
                                "refused", "nested too deep"),
    "sidecar-lone-surrogate": ({"s24.txt": _report("辰村"), "s24.yml": 'title: "A\\ud800B"\n'}, "refused", "surrogate"),
    "sidecar-id-of-a-site-page": ({"s25.txt": _report("巳村"), "s25.yml": "id: index\n"}, "refused", "`id`"),
    "sidecar-linked-from-outside-the-folder": ({"s26.txt": _report("午村"), "s26.yml": ("symlink", "../../victim/keep.txt")},
                                               "refused", "outside its folder"),
    "named-pipe": ({"pipe.txt": ("fifo",)}, "refused", "not a regular file"),
    "formula-in-a-sidecar-region": ({"s28.txt": _report("申村"), "s28.yml": f"region: '{FORMULA_REGION}'\n"},
                                    "published", ""),
    "region-too-long-for-an-id": ({"s27.txt": _report("未村"), "s27.yml": "region: " + "壮" * 300 + "\n"},
                                  "published", ""),
}


def write_cases(reports_dir, bundled_copy):
    """Write every case's files into reports_dir; `bundled_copy` is the text of a bundled report."""
    for files, _, _ in CASES.values():
        for name, content in files.items():
            content = bundled_copy if content is None else content
            path = reports_dir / name
            if content == ("fifo",):  # a named pipe, which blocks whoever reads it until someone writes
                os.mkfifo(path)
            elif isinstance(content, tuple) and content[0] == "footer":  # ("footer", words): the bundled report, then them
                path.write_bytes(bundled_copy + content[1].encode("utf-8"))
            elif isinstance(content, tuple):  # ("symlink", target)
                path.symlink_to(content[1])
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
