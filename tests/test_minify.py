"""The built pages, minified: smaller, the same text, links, anchors and scripts."""
from lxml import html as lxml_html

from ruleoflaw.minify import minify_page

PAGE = """<!doctype html>
<html lang="zh">
  <head>
    <meta charset="utf-8">
    <title>新源县2023年法治政府建设年度报告</title>
    <script>var scope = "a  b";  /* kept as written */</script>
  </head>
  <body>
    <article class="md-content__inner">
      <h2 id="_1">提取的指标<a class="headerlink" href="#_1">&para;</a></h2>
      <table>
        <tr>
          <td><a href="../../indicators/law_lectures/">法治讲座场次</a></td>
          <td class="num">16</td>
          <td><a class="evidence" href="#f574">全年共举办各类法治讲座<strong>16场次</strong>，发放宣传资料</a></td>
        </tr>
      </table>
      <p class="report-text">全年办理行政复议案件
        <mark id="f574">56件</mark> ，同比增长 <em>12%</em>。</p>
      <pre>  两个空格
    和换行</pre>
    </article>
  </body>
</html>
"""


def _blocks(tree):
    """The text of every block, its whitespace as a browser shows it (runs collapsed to one space)."""
    return [" ".join(block.text_content().split()) for block in tree.iter("h2", "td", "p", "title")]


def test_a_minified_page_is_smaller_and_reads_the_same():
    minified = minify_page(PAGE)
    before, after = lxml_html.fromstring(PAGE), lxml_html.fromstring(minified)
    assert len(minified.encode()) < 0.85 * len(PAGE.encode())
    assert _blocks(after) == _blocks(before)
    for attribute in ("href", "id", "class"):
        assert [e.get(attribute) for e in after.iter() if e.get(attribute)] == \
               [e.get(attribute) for e in before.iter() if e.get(attribute)]
    assert after.xpath("//pre")[0].text == "  两个空格\n    和换行"
    assert 'var scope = "a  b";  /* kept as written */' in minified


def test_a_title_a_source_wrote_markup_into_stays_escaped():
    page = "<!doctype html><html><head><title>&lt;script&gt;alert(2)&lt;/script&gt;清水河镇 &amp; 报告</title></head><body><p>x</p></body></html>"
    minified = minify_page(page)
    assert "<title>&lt;script&gt;alert(2)&lt;/script&gt;清水河镇 &amp; 报告</title>" in minified
    assert lxml_html.fromstring(minified).findtext(".//title") == "<script>alert(2)</script>清水河镇 & 报告"
