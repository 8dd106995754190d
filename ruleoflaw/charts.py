"""Charts as HTML bars, drawn at build time: readable without JavaScript, no
library fetched from elsewhere, and legible on a phone. Labels and values are
page text at the page's own size (an SVG scaled to a phone's width shrank them
to 7 px); each bar's length is a share of the longest. A screen reader reads
each bar's label and value, so no table need repeat them.
"""
import html


def bar_chart(items, title, shown=lambda value: f"{value:,.10g}"):
    """HTML of horizontal bars for [(label, value)] or [(label, value, text)], labelled with their values as `shown`
    writes them, or with their own text (≥300: a value stated as 以上 says so)."""
    if not items:
        return ""
    top = max(item[1] for item in items) or 1
    rows = "".join(
        f'<div class="bar-row"><span class="bar-label">{html.escape(str(label))}</span> '
        f'<span class="bar-track"><span class="bar" style="width:{max(0.5, 100 * value / top):.1f}%"></span></span> '
        f'<span class="bar-value">{html.escape(text[0] if text else shown(value))}</span></div>'
        for label, value, *text in items)
    # (the figcaption names the figure: a figure that has one takes no other role)
    return (f'<figure class="bar-chart">'
            f'<figcaption>{html.escape(title)}</figcaption>{rows}</figure>')
