"""Données page: a filterable, sortable table of observations (dash-ag-grid) with source,
status and locator, and a link to each source. Filters run on the server, so only a bounded
number of rows reaches the browser even for a large package.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html

from dashboard import queries
from dashboard.components import shell
from dashboard.data import Package, current
from dashboard.i18n import (
    colon,
    export_word,
    format_number,
    format_value,
    grid_text,
    status_label,
    t,
    unit_label,
)
from dashboard.ids import Id
from dashboard.view import Notice, lang_of, query_to_dict

MAX_ROWS = 1000  # the grid pages 50 at a time; filters narrow on the server
# Grid column -> its header word in the catalogue.
HEADERS = {
    "observation_id": "col_id", "indicator": "col_indicator", "segment": "col_segment",
    "geo": "col_geo", "period": "col_period", "value": "col_value", "unit": "col_unit",
    "status": "col_status", "approximate": "col_approximate", "entity": "col_entity",
    "source": "col_publisher", "locator": "col_locator",
}  # fmt: skip
SOURCE_WORDS = ("entity", "source", "locator")  # the sources' own words, kept verbatim
STATUSES = ("official", "secondary", "reported", "candidate", "rejected")


def rows(pkg: Package, indicator: str | None, geo: str | None, status: str | None,
         obs_id: str | None = None, lang: str = "fr") -> tuple[pl.DataFrame, int]:  # fmt: skip
    """Observations matching the filters (at most MAX_ROWS) with labels and their source,
    and the number of all matching rows."""
    obs = pkg["observations"]
    cond = pl.lit(True)
    if obs_id:
        cond &= pl.col("observation_id") == obs_id
    if indicator:
        cond &= pl.col("indicator") == indicator
    if geo:
        cond &= pl.col("geo") == geo
    if status:
        cond &= pl.col("status") == status
    total = (
        int(obs.select(cond.sum()).item()) if (obs_id or indicator or geo or status) else obs.height
    )
    src = pkg["sources"].select("source_id", "publisher", pl.col("url").alias("source_url"))

    def label(table: str, col: str) -> pl.Expr:
        names = pkg.labels(table, lang)
        code = pl.col(col).cast(pl.String)
        return code.replace_strict(names, default=code, return_dtype=pl.String).alias(col)

    out = (
        obs.lazy().filter(cond).head(MAX_ROWS).collect()
        .with_columns(pl.col(pl.Categorical).cast(pl.String))
        .join(src, on="source_id", how="left")
        .with_columns(label("indicators", "indicator"), label("segments", "segment"),
                      label("geographies", "geo"))
        .select("observation_id", "indicator", "segment", "geo", "period", "value", "unit",
                "status", "approximate", "entity", "publisher", "source_url", "locator")
    )  # fmt: skip
    return in_words(out, lang), total


def in_words(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """What the grid shows: the value as the one formatter prints it (`value_text`, the number
    stays for sorting), status, unit and approximate in words."""
    shown = [
        format_value(v, u or "", lang)
        for v, u in zip(frame["value"].to_list(), frame["unit"].to_list(), strict=True)
    ]
    statuses = {s: status_label(s, lang) for s in frame["status"].unique().to_list()}
    units = {u: unit_label(u, lang) for u in frame["unit"].unique().to_list() if u}
    return frame.with_columns(
        pl.Series("value_text", shown, dtype=pl.String),
        pl.col("status").replace(statuses),
        pl.col("unit").replace(units),
        pl.when(pl.col("approximate")).then(pl.lit(export_word("yes", lang)))
        .otherwise(pl.lit(export_word("no", lang))).alias("approximate"),
    )  # fmt: skip


def _records(frame: pl.DataFrame) -> list[dict]:
    """Grid rows; the source becomes a markdown link `[publisher](url)` for web addresses."""
    name = pl.col("publisher").fill_null("?").str.replace_all(r"[\[\]()]", " ")
    url = pl.col("source_url").fill_null("")
    web = url.str.starts_with("https://") | url.str.starts_with("http://")
    link = pl.concat_str([pl.lit("["), name, pl.lit("]("), url.str.replace_all(r"[()\s]", ""),
                          pl.lit(")")])  # fmt: skip
    return (
        frame.with_columns(pl.when(web).then(link).otherwise(name).alias("source"))
        .drop("publisher", "source_url")
        .to_dicts()
    )


# Grid columns in reading order; the first ones are shown unless the reader chooses others,
# so the value (in full), its status and its source fit a 1440 px wide screen.
ORDER = ("period", "indicator", "geo", "value", "status", "source", "segment", "entity",
         "unit", "approximate", "locator", "observation_id")  # fmt: skip
SHOWN = ORDER[:8]


def columns(lang: str, shown: list[str] | tuple[str, ...] = SHOWN) -> list[dict]:
    out = [{"field": n, "headerName": export_word(HEADERS[n], lang), "filter": True,
            "sortable": True, "hide": n not in shown} for n in ORDER]  # fmt: skip
    for col in out:
        if col["field"] in ("status", "source", "indicator", "geo"):
            col["minWidth"] = 150
        if col["field"] == "period":
            col["minWidth"] = 90
        if col["field"] == "value":
            col["type"] = "numericColumn"
            col["valueFormatter"] = {"function": "params.data.value_text"}  # i18n.format_value
            col["minWidth"] = 200  # "environ 5 381 000 personnes" never cut
        if col["field"] in SOURCE_WORDS:
            col["cellClass"] = "source-text"
        if col["field"] == "source":
            col["cellRenderer"] = "markdown"
            col["cellRendererParams"] = {"linkTarget": "_blank"}
    return out


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    lang = lang_of(query)
    params = query_to_dict(query)
    notices: list[Notice] = []
    picked: dict[str, str | None] = {}
    for key, allowed in (
        ("indicator", pkg.codes_used("indicator")),
        ("geo", pkg.codes_used("geo")),
        ("status", set(STATUSES)),
    ):
        raw = params.get(key)
        if raw and raw not in allowed:
            notices.append(Notice(key, raw, t("all", lang)))
            raw = None
        picked[key] = raw or None  # fmt: skip
    obs_id = params.get("obs") or None
    frame, total = rows(pkg, picked["indicator"], picked["geo"], picked["status"], obs_id, lang)
    qs = urlencode([(k, v) for k, v in {**picked, "obs": obs_id, "lang": lang}.items()
                    if v and (k, v) != ("lang", "fr")])  # fmt: skip

    def lab(text: str, comp) -> dbc.Col:
        return dbc.Col(
            [html.Label(text, htmlFor=comp.id, className="form-label small"), comp], md=3
        )

    content = [
        html.H1(t("data", lang), className="h3"),
        dbc.Row([
            lab(t("indicator", lang), dcc.Dropdown(id=Id.DATA_INDICATOR, value=picked["indicator"],
                options=queries.options(pkg["indicators"], pkg.codes_used("indicator"), lang))),
            lab(t("geo", lang), dcc.Dropdown(id=Id.DATA_GEO, value=picked["geo"],
                options=queries.options(pkg["geographies"], pkg.codes_used("geo"), lang))),
            lab(t("status", lang), dcc.Dropdown(id=Id.DATA_STATUS, value=picked["status"],
                options=[{"label": status_label(s, lang), "value": s} for s in STATUSES])),
        ], className="g-3 mb-2"),
        html.Details([
            html.Summary(t("columns_shown", lang), className="small"),
            dcc.Checklist(id=Id.DATA_COLUMNS, value=list(SHOWN), inline=True,
                          options=[{"label": export_word(HEADERS[n], lang), "value": n}
                                   for n in ORDER],
                          inputClassName="me-1", labelClassName="me-3 small"),
        ], className="mb-2"),
        html.P(_count(frame.height, total, lang), id=Id.DATA_COUNT, role="status", className="small"),
        dag.AgGrid(id=Id.DATA_GRID, rowData=_records(frame), columnDefs=columns(lang),
                   defaultColDef={"resizable": True, "minWidth": 90},
                   dashGridOptions={"pagination": True, "paginationPageSize": 50,
                                    "localeText": grid_text(lang)},
                   columnSize="responsiveSizeToFit",
                   style={"height": "600px"}),
        html.Div(downloads(picked, lang), id=Id.DATA_DOWNLOADS, className="small mt-2"),
    ]  # fmt: skip
    return shell("data", lang, "/donnees", qs, content, notices)


def downloads(picked: Mapping[str, str | None], lang: str) -> list:
    """Links to every filtered row (not only the grid's page) as files: French Excel CSV,
    standard CSV and an Excel workbook (`exports/rows_files.py`)."""
    query = urlencode([(k, v) for k, v in {**picked, "lang": lang}.items() if v])
    links = [("csv_excel_fr", f"/export/donnees.csv?dialect=excel-fr&{query}"),
             ("csv_standard", f"/export/donnees.csv?dialect=standard&{query}"),
             ("xlsx_file", f"/export/donnees.xlsx?{query}")]  # fmt: skip
    items: list = [f"{t('download_rows', lang)}{colon(lang)}"]
    for key, href in links:
        link = html.A(t(key, lang), href=href, download="", className=f"dl-{key}")
        items += [" · " if len(items) > 1 else "", link]
    return items


@callback(
    Output(Id.DATA_DOWNLOADS, "children"),
    Input(Id.DATA_INDICATOR, "value"),
    Input(Id.DATA_GEO, "value"),
    Input(Id.DATA_STATUS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def relink(indicator, geo, status, query):
    """The download links follow the filters."""
    return downloads({"indicator": indicator, "geo": geo, "status": status},
                     lang_of(query or ""))  # fmt: skip


@callback(
    Output(Id.DATA_GRID, "columnDefs"),
    Input(Id.DATA_COLUMNS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def choose_columns(shown, query):
    """Show the columns the reader ticked (at least the value)."""
    chosen = [c for c in (shown or []) if c in ORDER] or ["value"]
    return columns(lang_of(query or ""), chosen)


def _count(shown: int, total: int, lang: str) -> str:
    return f"{format_number(shown, lang)} {t('rows_shown', lang)} {format_number(total, lang)}"


@callback(
    Output(Id.DATA_GRID, "rowData"),
    Output(Id.DATA_COUNT, "children"),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Input(Id.DATA_INDICATOR, "value"),
    Input(Id.DATA_GEO, "value"),
    Input(Id.DATA_STATUS, "value"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def refilter(indicator, geo, status, query):
    lang = lang_of(query or "")
    frame, total = rows(current(), indicator, geo, status, lang=lang)
    picked = {"indicator": indicator, "geo": geo, "status": status}
    qs = urlencode([(k, v) for k, v in {**picked, "lang": lang}.items()
                    if v and (k, v) != ("lang", "fr")])  # fmt: skip
    return _records(frame), _count(frame.height, total, lang), qs
