"""Actualités page: news items filtered by region, department, topic, period, "has figures" and
full-text search. Each item shows its figures highlighted in its text (rendered as text, never
HTML), links to the observations they feed and to the original article.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from urllib.parse import urlencode

import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html

from dashboard import news_queries as nq
from dashboard.components import safe_url, shell
from dashboard.data import Package, current
from dashboard.i18n import (
    TOPICS,
    colon,
    format_published,
    format_value,
    label_column,
    lang_of,
    lang_query,
    metric_label,
    status_label,
    t,
    topic_label,
)
from dashboard.ids import Id
from dashboard.view import query_to_dict

SHOWN = 30
# Markers of text quoted in its own language (skipped by the one-language check).
NEWS_CONTENT = {"data-content": "news"}
SOURCE_CONTENT = {"data-content": "source", "className": "source-text"}


def _codes(pkg: Package, level: str) -> set[str]:
    geo = pkg["geographies"]
    return set(geo.filter(pl.col("level") == level)["code"].to_list())


def _options(pkg: Package, level: str, lang: str) -> list[dict[str, str]]:
    col = label_column(lang)
    geo = pkg["geographies"].filter(pl.col("level") == level).select("code", col).sort(col)
    return [{"label": f"{label} ({code})", "value": code} for code, label in geo.iter_rows()]


def item_card(r: dict, figures: pl.DataFrame, lang: str) -> html.Article:
    """One news item; figure spans wrapped in <mark> elements whose children are plain text."""
    pieces = nq.highlight(r["text"] or "", figures)
    about = {
        fid: " · ".join(x for x in (metric_label(metric or indicator, lang),
                                    status_label(status, lang)) if x)
        for fid, metric, indicator, status in figures.select(
            "figure_id", "metric", "indicator", "status").iter_rows()
    }  # fmt: skip
    text = [html.Mark(p, title=about.get(fid) or fid, className="figure", **{"data-figure": fid})
            if fid else p for p, fid in pieces]  # fmt: skip
    links = []
    for f in figures.filter(pl.col("observation_id").is_not_null()).iter_rows(named=True):
        links.append(dcc.Link(
            f"{format_value(f['value'], f['unit'] or '', lang)} → {t('see_in_data', lang)}",
            href=f"/donnees?obs={f['observation_id']}" + lang_query(lang, "&"),
            className="me-2"))  # fmt: skip
    topics = ", ".join(topic_label(x, lang) for x in (r["topics"] or []))
    return html.Article(
        [
            # Title, lead, text and outlet are the article's own words, in its own language.
            html.H2(r["title"] or "", className="h5", **NEWS_CONTENT),
            html.P([html.Span(r["outlet"] or "", **SOURCE_CONTENT),
                    f" · {format_published(r['published_on'], r.get('published_precision'), lang)}"
                    + (f" · {topics}" if topics else "")], className="text-muted small mb-1"),
            html.P(r["lead"], className="fw-semibold", **NEWS_CONTENT)
            if r["lead"] and not (r["text"] or "").startswith(r["lead"].strip()) else None,
            html.P(text, className="news-text", **NEWS_CONTENT),
            html.P([html.Strong(t("feeds", lang) + colon(lang)), *links], className="small")
            if links else None,
            html.A(t("original", lang), href=safe_url(r["url"]), target="_blank",
                   rel="noopener noreferrer", className="small"),
        ],
        className="news-item border-bottom pb-3 mb-3",
        id=f"news-{r['news_id']}",
    )  # fmt: skip


def results(
    pkg: Package, f: nq.NewsFilter, item: str | None = None, limit: int = SHOWN
) -> tuple[str, list]:
    items, figures = pkg["news_items"], pkg["news_figures"]
    if item:
        shown = items.filter(pl.col("news_id") == item)
        total = shown.height
    else:
        rows = nq.matching(items, figures, pkg.region_of, f)
        shown, total = items[rows.head(limit).to_list()], rows.len()
    figs = figures.filter(pl.col("news_id").is_in(shown["news_id"].implode()))
    cards = [
        item_card(r, figs.filter(pl.col("news_id") == r["news_id"]), f.lang)
        for r in shown.iter_rows(named=True)
    ]
    word = t("items", f.lang)
    first = t("first_items", f.lang)
    count = f"{total} {word}" + (f" ({limit} {first})" if total > limit else "")
    return count, cards or [html.P(t("no_news", f.lang))]


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    f, notices = nq.parse_news_filter(query, _codes(pkg, "region"), _codes(pkg, "department"))
    item = query_to_dict(query).get("item")
    lang = f.lang
    count, cards = results(pkg, f, item)
    qs = "&".join(p for p in (f.to_query(), urlencode({"item": item}) if item else "") if p)
    topic_opts = [{"label": topic_label(c, lang), "value": c} for c in TOPICS]

    def lab(text: str, comp, md: int = 3) -> dbc.Col:
        return dbc.Col(
            [html.Label(text, htmlFor=comp.id, className="form-label small"), comp], md=md
        )

    filters = dbc.Row([
        lab(t("search", lang), dcc.Input(id=Id.NEWS_SEARCH, type="search", value=f.q, debounce=0.3,
                                         className="form-control")),
        lab(t("region", lang), dcc.Dropdown(id=Id.NEWS_REGION, placeholder=t("all", lang), options=_options(pkg, "region", lang),
                                            value=f.region)),
        lab(t("department", lang), dcc.Dropdown(id=Id.NEWS_DEPARTMENT, placeholder=t("all", lang), value=f.department,
                                                options=_options(pkg, "department", lang))),
        lab(t("topic", lang), dcc.Dropdown(id=Id.NEWS_TOPIC, placeholder=t("all", lang), options=topic_opts, value=f.topic)),
        lab(t("period_from", lang), dcc.Input(
            id=Id.NEWS_FROM, type="date", value=f.start.isoformat() if f.start else None,
            className="form-control")),
        lab(t("period_to", lang), dcc.Input(
            id=Id.NEWS_TO, type="date", value=f.end.isoformat() if f.end else None,
            className="form-control")),
        lab(" ", dcc.Checklist(id=Id.NEWS_FIGURES, options=[{"label": " " + t("has_figures", lang),
                                                            "value": "1"}],
                                value=["1"] if f.has_figures else [], className="mt-4")),
    ], className="g-3 mb-3")  # fmt: skip
    content = [
        html.H1(t("news", lang), className="h3"),
        filters,
        html.P(count, id=Id.NEWS_COUNT, role="status", className="fw-semibold"),
        html.Div(cards, id=Id.NEWS_LIST),
        html.Button(
            t("more", lang),
            id=Id.NEWS_MORE,
            n_clicks=0,
            className="btn btn-outline-secondary btn-sm",
        ),
    ]
    return shell("news", lang, "/actualites", qs, content, notices)


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


@callback(
    Output(Id.NEWS_COUNT, "children"),
    Output(Id.NEWS_LIST, "children"),
    Output(Id.QUERY, "data", allow_duplicate=True),
    Input(Id.NEWS_SEARCH, "value"),
    Input(Id.NEWS_REGION, "value"),
    Input(Id.NEWS_DEPARTMENT, "value"),
    Input(Id.NEWS_TOPIC, "value"),
    Input(Id.NEWS_FROM, "value"),
    Input(Id.NEWS_TO, "value"),
    Input(Id.NEWS_FIGURES, "value"),
    Input(Id.NEWS_MORE, "n_clicks"),
    State(Id.QUERY, "data"),
    prevent_initial_call=True,
)
def refilter(q, region, department, topic, start, end, has_figures, more=0, query=""):
    pkg = current()
    lang = lang_of(query_to_dict(query or "").get("lang"))
    f = nq.NewsFilter(lang=lang)
    f = replace(f, region=region or None, department=department or None, topic=topic or None,
                start=_date(start), end=_date(end), has_figures=bool(has_figures),
                q=(q or "")[:200])  # fmt: skip
    f, _ = nq.parse_news_filter(f.to_query(), _codes(pkg, "region"), _codes(pkg, "department"))
    count, cards = results(pkg, f, limit=SHOWN * (1 + min(int(more or 0), 100)))
    return count, cards, f.to_query()
