"""Secteur page: any indicator by segment and place over time, news on the same time axis.

Layout from the URL query (a share link restores the view); one callback redraws the chart,
its description and the canonical query when a control changes; clicking a news marker shows
that item below the chart as text.
"""

from __future__ import annotations

from collections.abc import Mapping

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
import polars as pl
from dash import (
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)

from dashboard import charts, queries
from dashboard.change_table import change_frame, reason_words
from dashboard.changes import REASONS
from dashboard.components import chart_card, safe_url, shell
from dashboard.data import Package, current
from dashboard.i18n import (
    colon,
    format_change,
    format_period,
    format_published,
    format_value,
    grid_text,
    lang_query,
    status_label,
    t,
)
from dashboard.ids import Id, chart_query
from dashboard.layouts.sources import sources_panel
from dashboard.markers import reason_text
from dashboard.view import SCALES, View, marks_text, parse_view, query_to_dict

CHART = "sector"
WHOLE_SECTOR = ""  # entity choice meaning "no organisation": the whole segment
FALLBACK_YEAR = 2000
PLAY_STEP_MS = 1200  # time between two end years while the period plays

# Play: the button starts (from the period's first year with data after the start) or pauses;
# each tick moves the end handle to the next year with data; the last year stops it. The
# slider's change redraws the chart through `redraw`, as a hand-moved handle does.
clientside_callback(
    """
    function(clicks, ticks, years, marks, disabled) {
        const ctx = window.dash_clientside.callback_context;
        const button = document.getElementById('PLAY_ID');
        const label = (playing) => button ? button.dataset[playing ? 'pause' : 'play'] : '';
        const have = Object.keys(marks || {}).map(Number).sort((a, b) => a - b);
        if (!years || have.length < 2) { return [window.dash_clientside.no_update, true, label(false)]; }
        const [start, end] = years;
        const after = have.filter((y) => y > start);
        const fired = (ctx.triggered[0] || {}).prop_id || '';
        if (fired === 'PLAY_ID.n_clicks') {
            if (!disabled) { return [window.dash_clientside.no_update, true, label(false)]; }
            const first = end >= have[have.length - 1] && after.length ? after[0] : end;
            return [[start, first], false, label(true)];
        }
        const next = have.filter((y) => y > end);
        if (!next.length) { return [window.dash_clientside.no_update, true, label(false)]; }
        return [[start, next[0]], next.length === 1, label(next.length > 1)];
    }
    """.replace("PLAY_ID", Id.PLAY),
    Output(Id.YEARS, "value", allow_duplicate=True),
    Output(Id.PLAY_TIMER, "disabled"),
    Output(Id.PLAY, "children"),
    Input(Id.PLAY, "n_clicks"),
    Input(Id.PLAY_TIMER, "n_intervals"),
    State(Id.YEARS, "value"),
    State(Id.YEARS, "marks"),
    State(Id.PLAY_TIMER, "disabled"),
    prevent_initial_call=True,
)


def series_years(pkg: Package, view: View) -> list[int]:
    """Years holding a value of the view's series (indicator, segment, place, entity; any of
    the compared ones), whatever the period asked: the period slider and the base-year list
    run over these only."""
    years: set[int] = set()
    for m in view.members():
        key = ("series_years", m.indicator, m.segment, m.geo, m.entity)
        years.update(pkg.derived(
            key, lambda m=m: queries.years_with_data(pkg["observations"], pkg["sources"], m)))  # fmt: skip
    return sorted(years)


def codes(value: str | list | None) -> list[str]:
    """A dropdown's value as a list of codes (a multi dropdown sends a list, or one string)."""
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def joined(value: str | list | None, default: str = "") -> str:
    """Codes as one URL value: `FR,FR-BFC` (the default when nothing is chosen)."""
    chosen = codes(value)
    return ",".join(chosen) if chosen else default


def year_bounds(years: list[int]) -> tuple[int, int]:
    """First and last year with data (a series with none gets a one-year placeholder)."""
    return (years[0], years[-1]) if years else (FALLBACK_YEAR, FALLBACK_YEAR)


def year_marks(years: list[int]) -> dict[int, str]:
    """One stop per year with data; about eight of them labelled so labels never overlap."""
    step = max(1, -(-len(years) // 8))
    last = len(years) - 1
    return {y: str(y) if i % step == 0 or i == last else "" for i, y in enumerate(years)}


def entity_options(pkg: Package, view: View) -> list[dict]:
    """The whole sector, then each organisation with figures for the view's indicator,
    segment and place (France Horlogerie's members...)."""

    def compute() -> list[str]:
        obs = pkg["observations"]
        rows = obs.filter(
            (pl.col("indicator") == view.indicator)
            & (pl.col("segment") == view.segment)
            & (pl.col("geo") == view.geo)
            & pl.col("entity").is_not_null()
            & pl.col("status").is_in(queries.CHARTED)
        )
        return sorted(rows["entity"].cast(pl.String).unique().to_list())

    names = pkg.derived(("entities", view.indicator, view.segment, view.geo), compute)
    whole = {"label": t("whole_sector", view.lang), "value": WHOLE_SECTOR}
    return [whole, *({"label": name, "value": name} for name in names)]


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


def _keep(value: str | list | None, options: list[dict], default: str) -> str | list[str]:
    """The chosen codes that have data (a list stays a list), else the default or the first."""
    offered = [o["value"] for o in options]
    chosen = codes(value)
    kept = [c for c in chosen if c in offered] if offered else chosen
    if not kept:
        kept = [default if default in offered or not offered else offered[0]]
    return kept if isinstance(value, list) else kept[0]


@callback(
    Output(Id.ENTITY, "options"),
    Output(Id.ENTITY, "value"),
    Input(Id.INDICATOR, "value"),
    Input(Id.SEGMENT, "value"),
    Input(Id.GEO, "value"),
    State(Id.ENTITY, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def narrow_entities(indicator, segment, geo, entity, query):
    """Offer the organisations with figures for the new series; keep the one chosen when it
    has some, else go back to the whole sector."""
    lang = parse_view(query or "")[0].lang
    first = View(indicator=indicator, segment=(codes(segment) or [View.segment])[0],
                 geo=(codes(geo) or [View.geo])[0], lang=lang)  # fmt: skip
    opts = entity_options(current(), first)
    offered = [o["value"] for o in opts]
    kept = [e for e in codes(entity) if e in offered] or [WHOLE_SECTOR]
    return opts, kept if isinstance(entity, list) else kept[0]


@callback(
    Output(Id.YEARS, "min"),
    Output(Id.YEARS, "max"),
    Output(Id.YEARS, "marks"),
    Output(Id.YEARS, "value"),
    Input(Id.INDICATOR, "value"),
    Input(Id.SEGMENT, "value"),
    Input(Id.GEO, "value"),
    Input(Id.ENTITY, "value"),
    State(Id.YEARS, "value"),
    State(Id.YEARS, "min"),
    State(Id.YEARS, "max"),
    prevent_initial_call=True,
)
def fit_years(indicator, segment, geo, entity, years, old_lo, old_hi):
    """The period slider of the new series: its years with data; a full range stays full, a
    narrower one is kept within the new years."""
    query = {"indicator": indicator, "segment": joined(segment, View.segment),
             "geo": joined(geo, View.geo), "entity": joined(entity)}  # fmt: skip
    view = parse_view(query, charts.choices_for(current()))[0]
    have = series_years(current(), view)
    lo, hi = year_bounds(have)
    start, end = (years or [old_lo, old_hi])[0], (years or [old_lo, old_hi])[-1]
    if (start, end) == (old_lo, old_hi):
        start, end = lo, hi
    start, end = min(max(start, lo), hi), max(min(end, hi), lo)
    return lo, hi, year_marks(have), [start, end]


def controls(pkg: Package, view: View) -> dbc.Row:
    lang = view.lang
    have = series_years(pkg, view)
    lo, hi = year_bounds(have)
    seg_opts, geo_opts = available(pkg, view.indicator, lang)
    mode_opts = [{"label": t(m, lang), "value": m} for m in ("level", "yoy", "index")]
    start = min(max(view.start or lo, lo), hi)
    end = max(min(view.end or hi, hi), lo)

    def labelled(label: str, component, width: int = 3) -> dbc.Col:
        return dbc.Col([html.Label(label, htmlFor=component.id, className="form-label small"),
                        component], md=width)  # fmt: skip

    return dbc.Row(
        [
            labelled(t("indicator", lang), dcc.Dropdown(
                id=Id.INDICATOR, options=queries.options(pkg["indicators"], pkg.codes_used("indicator"), lang),
                value=view.indicator, clearable=False)),
            labelled(t("segment", lang), dcc.Dropdown(
                id=Id.SEGMENT, options=seg_opts, multi=True,
                value=[view.segment, *view.more_segments], clearable=False)),
            labelled(t("geo", lang), dcc.Dropdown(
                id=Id.GEO, options=geo_opts, value=[view.geo, *view.more_geos], multi=True,
                clearable=False)),
            labelled(t("entity", lang), dcc.Dropdown(
                id=Id.ENTITY, options=entity_options(pkg, view), multi=True,
                value=[e or WHOLE_SECTOR for e in (view.entity, *view.more_entities)],
                clearable=False)),
            dbc.Col(html.P(t("compare_hint", lang), className="small text-muted mb-0"), md=12),
            dbc.Col(html.Fieldset([
                html.Legend(t("mode", lang), className="form-label small mb-1",
                            style={"fontSize": "0.875em"}),
                dcc.RadioItems(id=Id.MODE, options=mode_opts, value=view.mode, inline=True,
                               inputClassName="me-1", labelClassName="me-3"),
            ]), md=4),
            labelled(t("base_year", lang), dcc.Dropdown(
                id=Id.BASE, options=base_years(have, view), value=view.base,
                placeholder="auto"), 2),
            labelled(t("period", lang), dcc.RangeSlider(
                id=Id.YEARS, min=lo, max=hi, step=None, value=[start, end],
                marks=year_marks(have), allowCross=False,
                tooltip={"placement": "bottom"}), 5),
            dbc.Col([
                html.Button(t("play", lang), id=Id.PLAY, n_clicks=0, type="button",
                            className="btn btn-outline-secondary btn-sm mt-4",
                            **{"data-play": t("play", lang), "data-pause": t("pause", lang)}),
                dcc.Interval(id=Id.PLAY_TIMER, interval=PLAY_STEP_MS, disabled=True),
            ], md=1),
        ],
        className="g-3 mb-3",
    )  # fmt: skip


def base_years(have: list[int], view: View) -> list[int]:
    """Index base years offered: the series' years with data inside the period shown."""
    return [y for y in have if (view.start or y) <= y <= (view.end or y)]


def words_form(view: View) -> html.Details:
    """The reader's title, subtitle, note and marks, applied to the chart and the URL."""
    lang = view.lang

    def field(label: str, cid: str, value: str | None, **extra) -> dbc.Col:
        box = dcc.Input(id=cid, type="text", value=value or "", className="form-control",
                        **extra)  # fmt: skip
        return dbc.Col([html.Label(label, htmlFor=cid, className="form-label small"), box], md=6)

    return html.Details([
        html.Summary(t("your_words", lang), className="small"),
        dbc.Row([
            field(t("your_title", lang), Id.WORDS_TITLE, view.title, maxLength=120),
            field(t("your_subtitle", lang), Id.WORDS_SUBTITLE, view.subtitle, maxLength=200),
            field(t("your_note", lang), Id.WORDS_NOTE, view.note, maxLength=300),
            field(t("your_marks", lang), Id.WORDS_MARKS, marks_text(view.marks),
                  placeholder=t("your_marks_hint", lang), maxLength=300),
        ], className="g-2 mb-2"),
        html.Button(t("apply", lang), id=Id.WORDS_APPLY, n_clicks=0, type="button",
                    className="btn btn-outline-secondary btn-sm"),
    ], className="mb-3 words-form")  # fmt: skip


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    view, notices = parse_view(query, charts.choices_for(pkg))
    chart = charts.CHARTS[CHART]
    qs = view.to_query()
    content = [
        html.H1(t("sector", view.lang), className="h3"),
        controls(pkg, view),
        words_form(view),
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
    return [html.Div([switch, scale_switch(view)], className="d-flex gap-4"), sources,
            change_section(pkg, view), values_table(pkg, view)]  # fmt: skip


CHANGE_HEADERS = {
    "series": "change_series", "unit": "change_unit", "year_a": "change_year_a",
    "value_a": "change_value_a", "year_b": "change_year_b", "value_b": "change_value_b",
    "change": "change_abs", "change_pct": "change_pct", "reason": "change_reason",
}  # fmt: skip


def change_records(frame: pl.DataFrame, lang: str) -> tuple[list[dict], list[dict]]:
    """Rows and column definitions of the change grid: numbers stay numbers (so the grid
    sorts them) and each has its text through the one formatter (`423 M€`, `+31,8 %`)."""
    rows = []
    for r in frame.iter_rows(named=True):
        unit = r["unit"] or ""
        row = {k: r[k] for k in ("series", "year_a", "value_a", "year_b", "value_b", "change",
                                 "change_pct")}  # fmt: skip
        for key in ("value_a", "value_b", "change"):
            text = "" if r[key] is None else format_value(r[key], unit, lang)
            row[f"{key}_text"] = f"+{text}" if key == "change" and (r[key] or 0) > 0 else text
        row["change_pct_text"] = "" if r["change_pct"] is None else format_change(
            r["change_pct"], lang)  # fmt: skip
        row["reason"] = reason_words(r, lang)
        rows.append(row)
    columns = []
    for key in ("series", "year_a", "value_a", "year_b", "value_b", "change", "change_pct",
                "reason"):  # fmt: skip
        col = {"field": key, "headerName": t(CHANGE_HEADERS[key], lang), "sortable": True}
        if key in ("value_a", "value_b", "change", "change_pct"):
            col["type"] = "numericColumn"
            col["valueFormatter"] = {"function": f"params.data.{key}_text"}
        columns.append(col)
    return rows, columns


def change_section(pkg: Package, view: View) -> html.Section:
    """The change between the period's first and last years, sortable, with a CSV download."""
    lang = view.lang
    rows, columns = change_records(change_frame(pkg, view), lang)
    return html.Section([
        html.H2(t("change_title", lang), className="h6 mt-3"),
        html.P(t("change_note", lang), className="small text-muted mb-1"),
        dag.AgGrid(id=Id.CHANGE_TABLE, rowData=rows, columnDefs=columns,
                   defaultColDef={"resizable": True, "minWidth": 90},
                   dashGridOptions={"domLayout": "autoHeight", "localeText": grid_text(lang)},
                   columnSize="autoSize", style={"height": None}),
        html.Button(t("change_download", lang), id=Id.CHANGE_DOWNLOAD, n_clicks=0, type="button",
                    className="btn btn-link btn-sm px-0"),
        dcc.Download(id=Id.CHANGE_FILE),
    ], className="mb-3 change-table")  # fmt: skip


@callback(
    Output(Id.CHANGE_FILE, "data"),
    Input(Id.CHANGE_DOWNLOAD, "n_clicks"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def download_changes(clicks, query):
    """The change table of the view shown, as a CSV file (values in base units)."""
    pkg = current()
    view = parse_view(query or "", charts.choices_for(pkg))[0]
    frame = change_frame(pkg, view)
    headers = {key: t(CHANGE_HEADERS[key], view.lang) for key in frame.columns}
    text = frame.with_columns(
        pl.col("reason").replace_strict(
            {r: reason_text(r, view.lang) for r in REASONS}, default=None)
    ).rename(headers).write_csv()  # fmt: skip
    return dcc.send_string(text, "cadran-variations.csv", type="text/csv")


def scale_switch(view: View) -> html.Div:
    """Linear or logarithmic value axis, as links (the URL says it: `scale=log`)."""
    lang = view.lang
    items: list = [f"{t('scale', lang)}{colon(lang)}"]
    for i, scale in enumerate(SCALES):
        word = t(f"scale_{scale}", lang)
        if i:
            items.append(" · ")
        if scale == view.scale:
            items.append(html.Strong(word, **{"aria-current": "true"}))
        else:
            qs = view.with_(scale=scale).to_query()
            items.append(dcc.Link(word, href="/secteur" + (f"?{qs}" if qs else ""),
                                  className=f"scale-{scale}"))  # fmt: skip
    return html.Div(items, className="small mb-2 scale-switch")


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
            html.Td(status_label(r["status"], lang)),
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
    segment: str | list[str],
    geo: str | list[str],
    entity: str | list[str] | None,
    mode: str,
    base: int | None,
    years: list[int],
    lang: str,
) -> View:
    """Controls -> View; the series' full year range means 'no limit' so links stay short."""
    query = {"indicator": indicator, "segment": joined(segment, View.segment),
             "geo": joined(geo, View.geo), "mode": mode, "lang": lang}  # fmt: skip
    if [e for e in codes(entity) if e]:  # only the whole sector: no parameter
        query["entity"] = joined(entity)
    pkg = current()
    choices = charts.choices_for(pkg)
    lo, hi = year_bounds(series_years(pkg, parse_view(query, choices)[0]))
    start, end = (years or [lo, hi])[0], (years or [lo, hi])[-1]
    if base:
        query["base"] = str(base)
    if start > lo:
        query["from"] = str(start)
    if end < hi:
        query["to"] = str(end)
    return parse_view(query, choices)[0]


@callback(
    Output(Id.SECTOR_GRAPH, "figure"),
    Output(Id.SECTOR_DESC, "children"),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Output(chart_query(CHART), "data"),
    Output(Id.SECTOR_TABLE, "children"),
    Output(Id.BASE, "options"),
    Input(Id.INDICATOR, "value"),
    Input(Id.SEGMENT, "value"),
    Input(Id.GEO, "value"),
    Input(Id.ENTITY, "value"),
    Input(Id.MODE, "value"),
    Input(Id.BASE, "value"),
    Input(Id.YEARS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def redraw(indicator, segment, geo, entity, mode, base, years, query):
    pkg = current()
    lang = parse_view(query or "")[0].lang
    view = view_from_controls(indicator, segment, geo, entity, mode, base, years, lang)
    shown = parse_view(query or "")[0]
    view = view.with_(news=shown.news, scale=shown.scale, title=shown.title,
                      subtitle=shown.subtitle, note=shown.note, marks=shown.marks)  # fmt: skip
    chart = charts.CHARTS[CHART]
    qs = view.to_query()
    bases = base_years(series_years(pkg, view), view)
    return (chart.build(pkg, view), chart.describe(pkg, view), qs, qs, below_chart(pkg, view),
            bases)  # fmt: skip


@callback(
    Output(Id.SECTOR_NEWS, "children"),
    Input(Id.SECTOR_GRAPH, "clickData"),
    Input(Id.SECTOR_GRAPH, "clickAnnotationData"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def show_news_item(click, label, query):
    """A click on a news mark or on its label (annotation named `news:<id>`) shows the item."""
    if ctx.triggered_id and "clickAnnotationData" in (ctx.triggered[0].get("prop_id") or ""):
        name = ((label or {}).get("annotation") or {}).get("name") or ""
        news_id = name.removeprefix("news:") if name.startswith("news:") else None
    else:
        points = (click or {}).get("points") or []
        news_id = points[0].get("customdata") if points else None
    if not isinstance(news_id, str) or news_id == "more":
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
                     href=f"/actualites?item={news_id}" + lang_query(lang, "&")),
        ]),
        className="mb-4",
    )  # fmt: skip


@callback(
    Output(Id.SECTOR_GRAPH, "figure", allow_duplicate=True),
    Output(Id.SECTOR_DESC, "children", allow_duplicate=True),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Output(chart_query(CHART), "data", allow_duplicate=True),
    Input(Id.WORDS_APPLY, "n_clicks"),
    State(Id.WORDS_TITLE, "value"),
    State(Id.WORDS_SUBTITLE, "value"),
    State(Id.WORDS_NOTE, "value"),
    State(Id.WORDS_MARKS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def apply_words(clicks, title, subtitle, note, marks, query):
    """Put the reader's words on the chart shown and into its link (and so every export)."""
    pkg = current()
    params = query_to_dict(query or "")
    words = {"title": title, "subtitle": subtitle, "note": note, "marks": marks}
    for key, value in words.items():
        params.pop(key, None)
        if isinstance(value, str) and value.strip():
            params[key] = value
    view = parse_view(params, charts.choices_for(pkg))[0]
    chart = charts.CHARTS[CHART]
    qs = view.to_query()
    return chart.build(pkg, view), chart.describe(pkg, view), qs, qs
