"""Territoires page: where the figures and the news are, on a tile-grid map of regions (no
geometry, no tiles, no network), with the departments of Bourgogne-Franche-Comté in focus.
Clicking a region tile offers a link to that region's news.
"""

from __future__ import annotations

from collections.abc import Mapping

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import charts
from dashboard.components import chart_card, shell
from dashboard.data import current
from dashboard.i18n import colon, t
from dashboard.ids import Id
from dashboard.view import View, lang_of, query_to_dict

METRIC_CHART = {"observations": "regions_figures", "news": "regions_news"}
DEPT_CHART = {"observations": "departments_figures", "news": "departments_news"}


def metric_links(metric: str, lang: str) -> dbc.Nav:
    """Two links (figures / news): switching is a navigation, so the URL, the share link and
    the charts' download menus always match what is shown."""
    suffix = "&lang=en" if lang == "en" else ""
    items = [
        ("observations", t("observations", lang).capitalize(), "/territoires?" + suffix[1:]),
        ("news", t("news", lang), "/territoires?metric=news" + suffix),
    ]
    return dbc.Nav(
        [dbc.NavItem(dbc.NavLink(label, href=href.rstrip("?"), active=key == metric,
                                 id=f"{Id.TERR_METRIC}-{key}"))
         for key, label, href in items],
        pills=True, className="mb-3",
    )  # fmt: skip


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    lang = lang_of(query)
    metric = query_to_dict(query).get("metric", "observations")
    notices = []
    if metric not in METRIC_CHART:
        from dashboard.view import Notice

        notices.append(Notice("metric", metric, "observations"))
        metric = "observations"
    view = View(lang=lang)
    qs = "&".join(p for p in (f"metric={metric}" if metric != "observations" else "",
                              "lang=en" if lang == "en" else "") if p)  # fmt: skip
    tiles = charts.CHARTS[METRIC_CHART[metric]]
    depts = charts.CHARTS[DEPT_CHART[metric]]
    content = [
        html.H1(t("territories", lang), className="h3"),
        metric_links(metric, lang),
        dbc.Row([
            dbc.Col(chart_card(METRIC_CHART[metric], tiles.build(pkg, view), tiles.describe(pkg, view),
                               lang, qs, graph_id=Id.TERR_GRAPH, desc_id=Id.TERR_DESC), lg=7),
            dbc.Col(chart_card(DEPT_CHART[metric], depts.build(pkg, view), depts.describe(pkg, view),
                               lang, qs, graph_id=Id.TERR_DEPT_GRAPH, desc_id=Id.TERR_DEPT_DESC),
                    lg=5),
        ]),
        html.Div(id=Id.TERR_LINK, **{"aria-live": "polite"}),
    ]  # fmt: skip
    return shell("territories", lang, "/territoires", qs, content, notices)


@callback(
    Output(Id.TERR_LINK, "children"),
    Input(Id.TERR_GRAPH, "clickData"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def region_link(click, query):
    points = (click or {}).get("points") or []
    code = points[0].get("customdata") if points else None
    if not isinstance(code, str):
        return no_update
    lang = lang_of(query or "")
    label = current().labels("geographies", lang).get(code, code)
    suffix = "&lang=en" if lang == "en" else ""
    return html.P([
        dcc.Link(f"{t('news', lang)}{colon(lang)}{label}", href=f"/actualites?region={code}{suffix}"),
        " · ",
        dcc.Link(f"{t('sector', lang)}{colon(lang)}{label}", href=f"/secteur?geo={code}{suffix}"),
    ])  # fmt: skip
