"""Territoires page: an indicator's values by region (tile-grid map: no geometry, no tiles, no
network) and by department of a chosen region (bars), for a chosen year; the count of news
items by place is its own view (`?metric=news`).

Maps take only figures whose place is exactly the region or department (see
`dashboard.geo_queries`); places without a figure read "pas de donnée", and the coverage
("1 région sur 13 renseignée") is written on the chart. Every chart has its sources panel.
The view lives in the URL like every chart's: `indicator`, `to` (the year), `geo` (the region
whose departments are shown), `lang`; exports and embeds read the same query.
Clicking a region tile offers links to that region's news and series.
"""

from __future__ import annotations

from collections.abc import Mapping

import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import charts, geo_queries
from dashboard.components import chart_card, shell
from dashboard.data import Package, current
from dashboard.i18n import colon, dropdown_labels, lang_query, t
from dashboard.ids import Id, chart_query
from dashboard.layouts.sources import sources_panel
from dashboard.view import Notice, View, lang_of, parse_view, query_to_dict

CHARTS = {"values": ("regions_values", "departments_values"),
          "news": ("regions_news", "departments_news")}  # fmt: skip
DEFAULT = View(indicator="jobs")


def map_indicators(pkg: Package) -> list[str]:
    """Indicators offered: those of MAP_INDICATORS with a figure for a region or department."""

    def compute() -> list[str]:
        obs, geo = pkg["observations"], pkg["geographies"]
        return [
            ind for ind in geo_queries.MAP_INDICATORS
            if any(geo_queries.map_years(obs, geo, ind, DEFAULT.segment, level)
                   for level in ("region", "department"))
        ]  # fmt: skip

    return pkg.derived("map_indicators", compute)


def years_for(pkg: Package, indicator: str) -> list[int]:
    """Years with a figure for a region or a department (those the year list offers)."""
    obs, geo = pkg["observations"], pkg["geographies"]
    return pkg.derived(("map_years", indicator, DEFAULT.segment), lambda: sorted({
        y for level in ("region", "department")
        for y in geo_queries.map_years(obs, geo, indicator, DEFAULT.segment, level)}))  # fmt: skip


def regions(pkg: Package, lang: str) -> list[dict]:
    geo = pkg["geographies"].filter(pl.col("level") == "region")
    labels = pkg.labels("geographies", lang)
    return sorted(
        ({"label": labels.get(c, c), "value": c} for c in geo["code"].to_list()),
        key=lambda o: o["label"],
    )


def map_view(pkg: Package, indicator: str, year: int | None, region: str, lang: str) -> View:
    """The controls' values as a View; the latest year is implied, so links stay short."""
    years = years_for(pkg, indicator)
    end = year if year in years and year != years[-1] else None
    return View(indicator=indicator, geo=region, end=end, lang=lang)


def metric_links(metric: str, lang: str) -> dbc.Nav:
    """Two links (values / news count): switching is a navigation, so the URL, the share link
    and the charts' download menus always match what is shown."""
    items = [
        ("values", t("map_values", lang), "/territoires" + lang_query(lang)),
        ("news", t("map_news", lang), "/territoires?metric=news" + lang_query(lang, "&")),
    ]
    return dbc.Nav(
        [dbc.NavItem(dbc.NavLink(label, href=href, active=key == metric,
                                 id=f"{Id.TERR_METRIC}-{key}"))
         for key, label, href in items],
        pills=True, className="mb-3",
    )  # fmt: skip


def controls(pkg: Package, view: View, year: int | None) -> dbc.Row:
    lang = view.lang
    labels = pkg.labels("indicators", lang)
    inds = [{"label": labels.get(c, c), "value": c} for c in map_indicators(pkg)]
    years = years_for(pkg, view.indicator)

    def labelled(label: str, component, width: int = 4) -> dbc.Col:
        return dbc.Col([html.Label(label, htmlFor=component.id, className="form-label small"),
                        component], md=width)  # fmt: skip

    return dbc.Row(
        [
            labelled(t("indicator", lang), dcc.Dropdown(
                id=Id.TERR_INDICATOR, options=inds, value=view.indicator, clearable=False,
                labels=dropdown_labels(lang))),
            labelled(t("year", lang), dcc.Dropdown(
                id=Id.TERR_YEAR, options=years, value=year, clearable=False,
                labels=dropdown_labels(lang)), 3),
            labelled(t("region", lang), dcc.Dropdown(
                id=Id.TERR_REGION, options=regions(pkg, lang), value=view.geo,
                clearable=False, labels=dropdown_labels(lang)), 5),
        ],
        className="g-3 mb-3",
    )  # fmt: skip


def chart_block(pkg: Package, chart_id: str, view: View, qs: str, ids: tuple[str, str, str]):
    """A chart card and, under it, its sources panel."""
    chart = charts.CHARTS[chart_id]
    graph_id, desc_id, panel_id = ids
    return [
        chart_card(chart_id, chart.build(pkg, view), chart.describe(pkg, view), view.lang, qs,
                   graph_id=graph_id, desc_id=desc_id),
        html.Div(sources_panel(chart.sources(pkg, view), view.lang), id=panel_id),
    ]  # fmt: skip


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    lang = lang_of(query)
    params = query_to_dict(query)
    metric = params.get("metric", "values")
    notices = []
    if metric not in CHARTS:
        notices.append(Notice("metric", metric, "values"))
        metric = "values"
    view, more = parse_view(query, charts.choices_for(pkg), DEFAULT)
    notices += more
    if metric == "values" and view.indicator not in map_indicators(pkg):
        if "indicator" in params:
            notices.append(Notice("indicator", view.indicator, DEFAULT.indicator))
        view = view.with_(indicator=DEFAULT.indicator)
    region = charts.focus_region(pkg, view)
    years = years_for(pkg, view.indicator)
    year = view.end if view.end in years else (years[-1] if years else None)
    view = view.with_(geo=region, end=view.end if view.end in years else None, start=None)
    qs = view.to_query() if metric == "values" else "&".join(
        p for p in ("metric=news", f"geo={region}" if region != geo_queries.FOCUS_REGION else "",
                    lang_query(lang, "")) if p)  # fmt: skip
    if metric == "values" and region == geo_queries.FOCUS_REGION:
        qs = "&".join(p for p in qs.split("&") if p != f"geo={region}")
    tiles, depts = CHARTS[metric]
    content = [
        html.H1(t("territories", lang), className="h3"),
        metric_links(metric, lang),
        controls(pkg, view, year) if metric == "values" else None,
        dbc.Row([
            dbc.Col(chart_block(pkg, tiles, view, qs, (Id.TERR_GRAPH, Id.TERR_DESC,
                                                       Id.TERR_SOURCES)), lg=7),
            dbc.Col(chart_block(pkg, depts, view, qs, (Id.TERR_DEPT_GRAPH, Id.TERR_DEPT_DESC,
                                                       Id.TERR_DEPT_SOURCES)), lg=5),
        ]),
        html.Div(id=Id.TERR_LINK, **{"aria-live": "polite"}),
    ]  # fmt: skip
    return shell("territories", lang, "/territoires", qs, [c for c in content if c], notices)


@callback(
    Output(Id.TERR_GRAPH, "figure"),
    Output(Id.TERR_DESC, "children"),
    Output(Id.TERR_SOURCES, "children"),
    Output(Id.TERR_DEPT_GRAPH, "figure"),
    Output(Id.TERR_DEPT_DESC, "children"),
    Output(Id.TERR_DEPT_SOURCES, "children"),
    Output(Id.TERR_YEAR, "options"),
    Output(Id.TERR_YEAR, "value"),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Output(chart_query("regions_values"), "data"),
    Output(chart_query("departments_values"), "data"),
    Input(Id.TERR_INDICATOR, "value"),
    Input(Id.TERR_YEAR, "value"),
    Input(Id.TERR_REGION, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def redraw(indicator, year, region, query):
    """Redraw both maps for the chosen indicator, year and region (unknown values: no change)."""
    pkg = current()
    lang = lang_of(query or "")
    if indicator not in map_indicators(pkg) or region not in {
        o["value"] for o in regions(pkg, lang)
    }:
        return (no_update,) * 11
    years = years_for(pkg, indicator)
    year = year if year in years else (years[-1] if years else None)
    view = map_view(pkg, indicator, year, region, lang)
    qs = view.to_query()
    if region == geo_queries.FOCUS_REGION:
        qs = "&".join(p for p in qs.split("&") if p != f"geo={region}")
    out = []
    for chart_id in CHARTS["values"]:
        chart = charts.CHARTS[chart_id]
        out += [chart.build(pkg, view), chart.describe(pkg, view),
                sources_panel(chart.sources(pkg, view), lang)]  # fmt: skip
    return (*out, years, year, qs, qs, qs)


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
    suffix = lang_query(lang, "&")
    return html.P([
        dcc.Link(f"{t('news', lang)}{colon(lang)}{label}", href=f"/actualites?region={code}{suffix}"),
        " · ",
        dcc.Link(f"{t('sector', lang)}{colon(lang)}{label}", href=f"/secteur?geo={code}{suffix}"),
    ])  # fmt: skip
