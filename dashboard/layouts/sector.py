"""Secteur page: any indicator by segment and place over time, news on the same time axis.

Layout from the URL query (a share link restores the view); one callback redraws the chart,
its description and the canonical query when a control changes; clicking a news marker shows
that item below the chart as text.
"""

from __future__ import annotations

from collections.abc import Mapping

import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import charts, queries
from dashboard.components import chart_card, safe_url, shell
from dashboard.data import Package, current
from dashboard.i18n import format_period, format_published, format_value, t
from dashboard.ids import Id, chart_query
from dashboard.layouts.sources import sources_panel
from dashboard.view import View, parse_view

CHART = "sector"
STATUS_WORDS = ("official", "reported", "candidate")


def year_bounds(pkg: Package) -> tuple[int, int]:
    """First and last year of the period slider (not before 1990), computed once per package."""

    def compute() -> tuple[int, int]:
        years = pkg["observations"]["period_start"].dt.year().drop_nulls()
        if years.is_empty():
            return 2000, 2025
        return max(int(years.min()), 1990), int(years.max())

    return pkg.derived("year_bounds", compute)


def available(pkg: Package, indicator: str, lang: str) -> tuple[list[dict], list[dict]]:
    """Segment and place options that have data for `indicator` (memoised per package)."""

    def pairs() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        grouped = (
            pkg["observations"]
            .group_by("indicator")
            .agg(pl.col("segment").unique(), pl.col("geo").unique())
            .cast(
                {"indicator": pl.String, "segment": pl.List(pl.String), "geo": pl.List(pl.String)}
            )
        )
        return {ind: (frozenset(segs), frozenset(geos)) for ind, segs, geos in grouped.iter_rows()}

    segs, geos = pkg.derived("indicator_pairs", pairs).get(indicator, (frozenset(), frozenset()))
    return (
        queries.options(pkg["segments"], segs, lang),
        queries.options(pkg["geographies"], geos, lang),
    )


@callback(
    Output(Id.SEGMENT, "options"),
    Output(Id.GEO, "options"),
    Output(Id.SEGMENT, "value"),
    Output(Id.GEO, "value"),
    Input(Id.INDICATOR, "value"),
    State(Id.SEGMENT, "value"),
    State(Id.GEO, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def narrow_options(indicator, segment, geo, query):
    """Offer what has data for the new indicator; keep the segment and place when they have
    some, else fall back to the defaults (watchmaking, France) or the first one available."""
    segs, geos = available(current(), indicator, parse_view(query or "")[0].lang)
    return segs, geos, _keep(segment, segs, View.segment), _keep(geo, geos, View.geo)


def _keep(value: str, options: list[dict], default: str) -> str:
    codes = [o["value"] for o in options]
    if value in codes or not codes:
        return value
    return default if default in codes else codes[0]


def controls(pkg: Package, view: View) -> dbc.Row:
    lang = view.lang
    lo, hi = year_bounds(pkg)
    seg_opts, geo_opts = available(pkg, view.indicator, lang)
    mode_opts = [{"label": t(m, lang), "value": m} for m in ("level", "yoy", "index")]
    years = list(range(lo, hi + 1))

    def labelled(label: str, component, width: int = 3) -> dbc.Col:
        return dbc.Col([html.Label(label, htmlFor=component.id, className="form-label small"),
                        component], md=width)  # fmt: skip

    return dbc.Row(
        [
            labelled(t("indicator", lang), dcc.Dropdown(
                id=Id.INDICATOR, options=queries.options(pkg["indicators"], pkg.codes_used("indicator"), lang),
                value=view.indicator, clearable=False)),
            labelled(t("segment", lang), dcc.Dropdown(
                id=Id.SEGMENT, options=seg_opts,
                value=view.segment, clearable=False)),
            labelled(t("geo", lang), dcc.Dropdown(
                id=Id.GEO, options=geo_opts, value=view.geo, clearable=False)),
            dbc.Col(html.Fieldset([
                html.Legend(t("mode", lang), className="form-label small mb-1",
                            style={"fontSize": "0.875em"}),
                dcc.RadioItems(id=Id.MODE, options=mode_opts, value=view.mode, inline=True,
                               inputClassName="me-1", labelClassName="me-3"),
            ]), md=3),
            labelled(t("base_year", lang), dcc.Dropdown(
                id=Id.BASE, options=years, value=view.base, placeholder="auto"), 2),
            labelled(t("period", lang), dcc.RangeSlider(
                id=Id.YEARS, min=lo, max=hi, step=1, value=[view.start or lo, view.end or hi],
                marks={y: str(y) for y in years if y % 5 == 0}, allowCross=False,
                tooltip={"placement": "bottom"}), 10),
        ],
        className="g-3 mb-3",
    )  # fmt: skip


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    view, notices = parse_view(query, charts.choices_for(pkg))
    chart = charts.CHARTS[CHART]
    qs = view.to_query()
    content = [
        html.H1(t("sector", view.lang), className="h3"),
        controls(pkg, view),
        chart_card(CHART, chart.build(pkg, view), chart.describe(pkg, view), view.lang, qs,
                   graph_id=Id.SECTOR_GRAPH, desc_id=Id.SECTOR_DESC),
        html.Section(id=Id.SECTOR_NEWS, **{"aria-live": "polite"}),
        html.Div(below_chart(pkg, view), id=Id.SECTOR_TABLE),
    ]  # fmt: skip
    return shell("sector", view.lang, "/secteur", qs, content, notices)


def below_chart(pkg: Package, view: View) -> list:
    """Under the chart: the news switch (a link, so the URL says it), the sources panel and
    the values table."""
    switched = view.with_(news=not view.news).to_query()
    switch = dcc.Link(t("hide_news" if view.news else "show_news", view.lang),
                      href="/secteur" + (f"?{switched}" if switched else ""),
                      className="small d-inline-block mb-2 news-switch")  # fmt: skip
    sources = sources_panel(charts.CHARTS[CHART].sources(pkg, view), view.lang)
    return [switch, sources, values_table(pkg, view)]


def values_table(pkg: Package, view: View) -> html.Details:
    """Every source row behind the chart, as a table (the chart's numbers, readable as text)."""
    lang = view.lang
    rows = charts.CHARTS[CHART].table(pkg, view)
    head = [t("period", lang), t("value", lang), t("status", lang), t("source", lang),
            t("locator", lang)]  # fmt: skip
    body = [
        html.Tr([
            html.Td(format_period(r["period"], lang)),
            html.Td((f"{t('approx', lang)} " if r["approximate"] else "")
                    + format_value(r["value"], r["unit"] or "", lang), className="text-end"),
            html.Td(t(r["status"], lang) if r["status"] in STATUS_WORDS else r["status"]),
            html.Td(html.A(r["publisher"] or "?", href=safe_url(r["source_url"]),
                           target="_blank", rel="noopener noreferrer")),
            html.Td(html.Code(r["locator"] or "")),
        ])
        for r in rows.iter_rows(named=True)
    ]  # fmt: skip
    return html.Details(
        [
            html.Summary(f"{t('values_table', lang)} ({rows.height})"),
            html.Div(html.Table([html.Thead(html.Tr([html.Th(h, scope="col") for h in head])),
                                 html.Tbody(body)], className="table table-sm"),
                     className="table-responsive"),
        ],
        className="mb-4",
    )  # fmt: skip


def view_from_controls(
    indicator: str,
    segment: str,
    geo: str,
    mode: str,
    base: int | None,
    years: list[int],
    lang: str,
    bounds: tuple[int, int],
) -> View:
    """Controls -> View; the full year range means 'no limit' so links stay short."""
    lo, hi = bounds
    start, end = (years or [lo, hi])[0], (years or [lo, hi])[-1]
    query = {"indicator": indicator, "segment": segment, "geo": geo, "mode": mode, "lang": lang}
    if base:
        query["base"] = str(base)
    if start > lo:
        query["from"] = str(start)
    if end < hi:
        query["to"] = str(end)
    return parse_view(query, charts.choices_for(current()))[0]  # fmt: skip


@callback(
    Output(Id.SECTOR_GRAPH, "figure"),
    Output(Id.SECTOR_DESC, "children"),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Output(chart_query(CHART), "data"),
    Output(Id.SECTOR_TABLE, "children"),
    Input(Id.INDICATOR, "value"),
    Input(Id.SEGMENT, "value"),
    Input(Id.GEO, "value"),
    Input(Id.MODE, "value"),
    Input(Id.BASE, "value"),
    Input(Id.YEARS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def redraw(indicator, segment, geo, mode, base, years, query):
    pkg = current()
    lang = parse_view(query or "")[0].lang
    view = view_from_controls(indicator, segment, geo, mode, base, years, lang,
                              year_bounds(pkg))  # fmt: skip
    view = view.with_(news=parse_view(query or "")[0].news)  # the news switch is a link
    chart = charts.CHARTS[CHART]
    qs = view.to_query()
    return chart.build(pkg, view), chart.describe(pkg, view), qs, qs, below_chart(pkg, view)


@callback(
    Output(Id.SECTOR_NEWS, "children"),
    Input(Id.SECTOR_GRAPH, "clickData"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def show_news_item(click, query):
    points = (click or {}).get("points") or []
    news_id = points[0].get("customdata") if points else None
    if not isinstance(news_id, str):
        return no_update
    pkg = current()
    lang = parse_view(query or "")[0].lang
    item = pkg["news_items"].filter(pl.col("news_id") == news_id)
    if item.is_empty():
        return no_update
    r = item.row(0, named=True)
    return dbc.Card(
        dbc.CardBody([
            html.H2(r["title"] or "", className="h5"),
            html.P(f"{r['outlet'] or ''} · {format_published(r['published_on'], r.get('published_precision'), lang)}",
                   className="text-muted small"),
            html.P(r["lead"] or ""),
            html.A(t("original", lang), href=safe_url(r["url"]), target="_blank",
                   rel="noopener noreferrer"),
            " · ",
            dcc.Link(t("news", lang),
                     href=f"/actualites?item={news_id}" + ("&lang=en" if lang == "en" else "")),
        ]),
        className="mb-4",
    )  # fmt: skip
