"""Charts as inline SVG, drawn at build time: readable without JavaScript, no
library fetched from elsewhere, and legible on a phone (horizontal bars scale
with the page width). Each chart stands beside the table it draws.
"""
import html

BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 22, 6, 190, 640


def bar_chart(items, title, unit=""):
    """SVG of horizontal bars for [(label, value)], labelled with their values."""
    if not items:
        return ""
    top = max(value for _, value in items) or 1
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    bars = []
    for row, (label, value) in enumerate(items):
        y = GAP + row * (BAR_HEIGHT + GAP)
        length = max(1.0, (WIDTH - LABEL_WIDTH - 90) * value / top)
        shown = f"{value:,.10g}{unit}"
        bars.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{html.escape(str(label))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" rx="2"></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}">{html.escape(shown)}</text>')
    return (f'<svg class="chart" role="img" aria-label="{html.escape(title)}" viewBox="0 0 {WIDTH} {height}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{html.escape(title)}</title>{"".join(bars)}</svg>')
