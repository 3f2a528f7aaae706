"""Vue d'ensemble: headline cards (revenue, jobs, companies of the whole sector, and the member
companies of France Horlogerie, each naming its perimeter), the headline production series,
and the latest news items. Built from the URL query only (mode, period, lang); no callback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import dash_bootstrap_components as dbc
import polars as pl
from dash import dcc, html

from dashboard import charts, queries
from dashboard.components import chart_card, shell, stat_card
from dashboard.data import Package, current
from dashboard.i18n import format_published, lang_query, t
from dashboard.layouts.sources import sources_panel
from dashboard.view import View, parse_view


@dataclass(frozen=True)
class CardSpec:
    """A headline card: a catalogue label naming its perimeter, and that perimeter's series."""

    label: str
    indicator: str
    entity: str | None = None  # None: the whole sector; else figures about that organisation


# Whole-sector counts and a trade body's members are separate cards, never one series.
CARDS = (
    CardSpec("card_revenue", "revenue"),
    CardSpec("card_jobs", "jobs"),
    CardSpec("card_companies", "companies"),
    CardSpec("card_members", "companies", entity="France Horlogerie"),
)
LATEST_NEWS = 5


def cards(pkg: Package, lang: str) -> dbc.Row:
    """One card per perimeter that has data (an organisation's card only when it has some)."""
    units = dict(pkg["indicators"].select("code", "unit").iter_rows())
    cols = []
    for spec in CARDS:
        view = View(indicator=spec.indicator, entity=spec.entity, lang=lang)
        card = queries.latest_card(
            pkg["observations"], pkg["sources"], view, units.get(spec.indicator, "")
        )
        if spec.entity and card.value is None:
            continue
        label = t(spec.label, lang).format(entity=spec.entity)
        href = "/secteur?" + view.to_query()
        cols.append(dbc.Col(stat_card(label, card, lang, href), md=6, lg=3))
    return dbc.Row(cols, className="g-3 mb-4")


def latest_news(pkg: Package, lang: str) -> html.Section:
    items = (
        pkg["news_items"]
        .filter(pl.col("topics").list.contains("watchmaking"))
        .sort("published_on", descending=True, nulls_last=True)
        .head(LATEST_NEWS)
    )
    suffix = lang_query(lang)
    if items.is_empty():
        body = [html.P(t("no_news", lang))]
    else:
        body = [
            html.Ul(
                [
                    html.Li([
                        html.Span(dcc.Link(r["title"] or "", href=f"/actualites?item={r['news_id']}"
                                           + lang_query(lang, "&")),
                                  **{"data-content": "news"}),  # the article's own words
                        html.Small(f" · {r['outlet'] or ''}, {format_published(r['published_on'], r.get('published_precision'), lang)}",
                                   className="text-muted"),
                    ])
                    for r in items.select("news_id", "title", "outlet", "published_on", "published_precision").iter_rows(named=True)
                ],
                className="list-unstyled",
            ),
            dcc.Link(t("news", lang) + " →",
                     href="/actualites?topic=watchmaking" + suffix.replace("?", "&")),
        ]  # fmt: skip
    return html.Section([html.H2(t("latest_news", lang), className="h5"), *body], className="mb-4")


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    view, notices = parse_view(query, charts.choices_for(pkg))
    view = View(mode=view.mode, base=view.base, start=view.start, end=view.end, lang=view.lang)
    chart = charts.CHARTS["headline"]
    content = [
        html.H1(t("app_title", view.lang), className="h3 mb-3"),
        cards(pkg, view.lang),
        chart_card("headline", chart.build(pkg, view), chart.describe(pkg, view), view.lang,
                   view.to_query()),
        sources_panel(chart.sources(pkg, view), view.lang),
        dcc.Link(t("explore", view.lang) + " →", className="d-block mb-4",
                 href="/secteur" + ("?" + view.to_query() if view.to_query() else "")),
        latest_news(pkg, view.lang),
    ]  # fmt: skip
    return shell("overview", view.lang, "/", view.to_query(), content, notices)
