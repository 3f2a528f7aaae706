"""HTML for sharing one chart: the `/embed/<chart_id>` page, its iframe snippet, a standalone file.

Inputs: the package, a chart id of the registry and a `View`. Outputs: HTML strings.
- `embed_page`: the chart alone, filling its iframe (plotly.js and the French locale served by
  this app, no CDN), the chart's own source line, and a link back to the dashboard page.
- `iframe_snippet`: the `<iframe>` code to paste into another site.
- `standalone_html`: one file with plotly.js inlined (`include_plotlyjs=True`) and the French
  locale script in its head, so it opens offline.
Texts placed into HTML are escaped; the figure JSON is made safe for a `<script>` element.
"""

from __future__ import annotations

import html
from pathlib import Path

import plotly.graph_objects as go

from dashboard.data import Package
from dashboard.exports.atomic import write_atomic
from dashboard.exports.images import LOCALE_JS, chart_figure
from dashboard.i18n import is_english, lang_of, menu_word, t
from dashboard.view import View

PAGE_OF_CHART = {
    "sector": "/secteur",
    "headline": "/",
    "regions_values": "/territoires",
    "departments_values": "/territoires",
    "regions_news": "/territoires",
    "departments_news": "/territoires",
}
PLOTLY_JS_ROUTE = "/embed/static/plotly.min.js"
LOCALE_JS_ROUTE = "/embed/static/plotly-locale-fr.js"


def _script_json(fig: go.Figure) -> str:
    """Figure JSON that cannot close the surrounding <script> element."""
    return fig.to_json().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def back_link(chart_id: str, view: View) -> str:
    query = view.to_query()
    path = PAGE_OF_CHART.get(chart_id, "/")
    return f"{path}?{query}" if query else path


def _fluid(fig: go.Figure) -> go.Figure:
    out = go.Figure(fig)
    out.update_layout(width=None, height=None, autosize=True)
    return out


def embed_page(pkg: Package, chart_id: str, view: View) -> str:
    """The `/embed/<chart_id>` page: the chart sized to the iframe, source line, link back."""
    fig = _fluid(chart_figure(pkg, chart_id, view))
    lang = lang_of(view.lang)
    back = html.escape(back_link(chart_id, view))
    word = t("see_on_cadran", lang)
    locale = "" if is_english(lang) else f'<script src="{LOCALE_JS_ROUTE}"></script>'
    title = html.escape(fig.layout.title.text or chart_id, quote=False)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{locale}
<script src="{PLOTLY_JS_ROUTE}"></script>
<style>
html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; }}
#chart {{ position: absolute; top: 0; left: 0; right: 0; bottom: 1.6em; }}
#back {{ position: absolute; bottom: 0.2em; right: 0.6em; font-size: 12px; }}
</style>
</head>
<body>
<div id="chart" role="img" aria-label="{html.escape(fig.layout.title.text or chart_id)}"></div>
<a id="back" href="{back}" target="_blank" rel="noopener">{word}</a>
<script type="application/json" id="figure">{_script_json(fig)}</script>
<script>
var fig = JSON.parse(document.getElementById("figure").textContent);
Plotly.newPlot("chart", fig.data, fig.layout,
  {{responsive: true, displaylogo: false, locale: "{lang}"}});
</script>
</body>
</html>
"""


def iframe_snippet(base_url: str, chart_id: str, view: View, title: str) -> str:
    """The code to paste elsewhere: an iframe on `/embed/<chart_id>?<view>`."""
    query = view.to_query()
    src = f"{base_url.rstrip('/')}/embed/{chart_id}" + (f"?{query}" if query else "")
    return (
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="100%" '
        f'height="480" style="border:0" loading="lazy"></iframe>'
    )


def embed_code_page(snippet: str, title: str, lang: str) -> str:
    """A small page giving the iframe code to copy, with a live preview of it."""
    head, hint, preview = (
        menu_word(k, lang) for k in ("embed_head", "embed_hint", "embed_preview")
    )
    return f"""<!DOCTYPE html>
<html lang="{lang_of(lang)}">
<head><meta charset="utf-8"><title>{html.escape(head)} – {html.escape(title)}</title>
<style>body {{ font-family: system-ui, sans-serif; margin: 1.5em; max-width: 60em; }}
textarea {{ width: 100%; height: 5em; font-family: monospace; }}</style></head>
<body>
<h1>{html.escape(head)}</h1>
<p>{html.escape(title)}</p>
<label for="code">{html.escape(hint)}</label>
<textarea id="code" readonly onclick="this.select()">{html.escape(snippet)}</textarea>
<h2>{html.escape(preview)}</h2>
{snippet}
</body>
</html>
"""


def standalone_html(pkg: Package, chart_id: str, view: View) -> str:
    """One offline file: plotly.js inlined, French locale in the head."""
    fig = _fluid(chart_figure(pkg, chart_id, view))
    lang = lang_of(view.lang)
    text = fig.to_html(
        include_plotlyjs=True,
        full_html=True,
        default_width="100%",
        default_height="90vh",
        config={"responsive": True, "displaylogo": False, "locale": lang},
    )
    head = '<head><meta charset="utf-8">'
    head += f"<title>{html.escape(fig.layout.title.text or chart_id, quote=False)}</title>"
    if not is_english(lang) and LOCALE_JS.is_file():
        head += "<script>" + LOCALE_JS.read_text(encoding="utf-8") + "</script>"
    text = text.replace("<html>", f'<html lang="{lang}">', 1).replace("<head>", head, 1)
    return text


def write_standalone_html(pkg: Package, chart_id: str, view: View, out: Path) -> Path:
    text = standalone_html(pkg, chart_id, view)
    return write_atomic(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
