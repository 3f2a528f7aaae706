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
html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #1f2a44; }}
body {{ display: flex; flex-direction: column; }}
#head {{ padding: 6px 10px 0; }}
#head h1 {{ font-size: clamp(14px, 3.4vw, 20px); font-weight: 600; margin: 0; }}
#head p {{ font-size: 12px; color: #6c757d; margin: 0; }}
#chart {{ flex: 1 1 auto; min-height: 120px; position: relative; }}
#foot {{ display: flex; gap: 10px; align-items: flex-end; padding: 2px 10px 4px;
         font-size: 11px; color: #6c757d; }}
#source {{ flex: 1 1 auto; overflow-wrap: anywhere; }}
#back {{ flex: none; font-size: 12px; }}
</style>
</head>
<body>
<div id="head"><h1></h1><p></p></div>
<div id="chart" role="img" aria-label="{html.escape(fig.layout.title.text or chart_id)}"></div>
<div id="foot"><div id="source"></div>
<a id="back" href="{back}" target="_blank" rel="noopener">{word}</a></div>
<script type="application/json" id="figure">{_script_json(fig)}</script>
<script>{FIT_JS.replace("LANG", lang)}</script>
</body>
</html>
"""


# Lays the figure out for the iframe's width, on load and on every resize: the title and the
# source line become HTML above and under the chart (they wrap, never covered or cut), the
# legend sits between them and the plot (plotly grows the margin for it), and below 600 px
# the news labels and coverage note are left to the hover, direct line labels get smaller
# and the map's tile labels too below 500 px, so no two labels overlap.
FIT_JS = """
var base = JSON.parse(document.getElementById("figure").textContent);
var L0 = base.layout, T0 = L0.title || {};
var isSource = function (a) { return a.yref === "paper" && (a.yshift || 0) < 0 && !a.name; };
document.querySelector("#head h1").innerHTML = T0.text || "";
document.querySelector("#head p").innerHTML = (T0.subtitle && T0.subtitle.text) || "";
document.getElementById("source").innerHTML =
  (L0.annotations || []).filter(isSource).map(function (a) { return a.text; }).join("<br>");
var shownWidth = null;
function fit() {
  var w = document.getElementById("chart").clientWidth, narrow = w < 600;
  if (w === shownWidth) { return; }
  shownWidth = w;
  var layout = JSON.parse(JSON.stringify(L0)), data = JSON.parse(JSON.stringify(base.data));
  layout.title = {text: ""};
  layout.annotations = (layout.annotations || []).filter(function (a) {
    var name = a.name || "";
    if (isSource(a)) { return false; }
    return !(narrow && (name.indexOf("news:") === 0 || name === "coverage"));
  });
  layout.annotations.forEach(function (a) {
    if (narrow && (a.name || "").indexOf("line-label") === 0) { a.font.size = 10; }
  });
  layout.margin = Object.assign({}, layout.margin, {t: 8, b: 30});
  if (narrow) {
    layout.margin.l = 45;
    layout.margin.r = Math.min(layout.margin.r || 20, Math.round(w * 0.3));
    layout.font = Object.assign({}, layout.font, {size: 11});
  }
  if (!layout.legend || layout.legend.y === undefined || layout.legend.y >= 1) {
    layout.legend = Object.assign({}, layout.legend, {orientation: "h", x: 0, xanchor: "left",
                                                      y: 1.02, yanchor: "bottom"});
  }
  if (w < 500) {
    data.forEach(function (tr) {
      if (tr.name === "tiles" && tr.textfont) {
        tr.textfont.size = [].concat(tr.textfont.size).map(function (s) { return s * 0.7; });
      }
    });
  }
  Plotly.react("chart", data, layout, {responsive: true, displaylogo: false, locale: "LANG"});
}
fit();
var pending = null;
window.addEventListener("resize", function () {
  clearTimeout(pending);
  pending = setTimeout(fit, 120);
});
"""

# Width / height of each chart's iframe: maps are about square, series charts wide.
ASPECT = {"regions_values": "1 / 1", "regions_news": "1 / 1"}


def iframe_snippet(base_url: str, chart_id: str, view: View, title: str) -> str:
    """The code to paste elsewhere: an iframe on `/embed/<chart_id>?<view>`."""
    query = view.to_query()
    src = f"{base_url.rstrip('/')}/embed/{chart_id}" + (f"?{query}" if query else "")
    aspect = ASPECT.get(chart_id, "16 / 10")  # the iframe keeps it at any width
    return (
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="100%" '
        f'style="border:0;width:100%;height:auto;aspect-ratio:{aspect};min-height:320px" '
        f'loading="lazy"></iframe>'
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
