"""Sources et méthode page: every source with publisher, date, licence, URL and number of
figures; how figures are read, extracted and reconciled; the caveats users must keep in mind.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl
from dash import dcc, html

from dashboard import citations
from dashboard.components import shell
from dashboard.data import Package, current
from dashboard.i18n import (
    and_others,
    caveats,
    colon,
    format_date,
    format_number,
    format_period,
    lang_query,
    method_sections,
    source_licence,
    t,
)
from dashboard.view import lang_of


def _given(periods: tuple[str, ...], lang: str) -> str:
    """`2009–2011, 2015, 2018–2024` for years; months and dates one by one."""
    if periods and all(len(p) == 4 and p.isdigit() for p in periods):
        years, out, run = sorted(int(p) for p in periods), [], []
        for y in years:
            if run and y != run[-1] + 1:
                out.append(citations.year_span((run[0], run[-1])))
                run = []
            run.append(y)
        out.append(citations.year_span((run[0], run[-1])))
        return ", ".join(out)
    return ", ".join(format_period(p, lang) for p in periods)


PANEL_SOURCES = 40  # listed under a chart; beyond, a link to the Sources page lists them all


def sources_panel(uses: list[citations.SourceUse], lang: str, panel_id: str | None = None):
    """Under a chart: each source, the points it gives and a citation ready to paste.

    A `<details>` element, closed at first; source names, titles and citations are the
    sources' own words (`data-content="source"`, class `source-text`)."""
    items = [
        html.Li(
            [
                html.Strong(u.name, className="source-text", **{"data-content": "source"}),
                " — ",
                html.A(u.title or u.url, href=u.url, target="_blank", rel="noopener noreferrer",
                       className="source-text", **{"data-content": "source"})
                if u.url.startswith(("http://", "https://"))
                else html.Span(u.title, className="source-text", **{"data-content": "source"}),
                html.Div(f"{t('values_given', lang).capitalize()}{colon(lang)}"
                         f"{_given(u.periods, lang)} ({len(u.periods)})", className="small"),
                html.Div([html.Span(f"{t('cite_as', lang)}{colon(lang)}", className="small"),
                          html.Code(u.citation, className="citation source-text user-select-all",
                                    **{"data-content": "source"})],
                         className="small"),
            ],
            className="mb-2",
        )
        for u in uses[:PANEL_SOURCES]
    ]  # fmt: skip
    rest = len(uses) - PANEL_SOURCES
    more = (
        html.P(dcc.Link(f"{and_others(rest, lang)} — {t('see_sources', lang)}",
                        href="/sources" + lang_query(lang)), className="small mb-0")
        if rest > 0 else None
    )  # fmt: skip
    return html.Details(
        [
            html.Summary(f"{t('chart_sources', lang)} ({len(uses)})"),
            html.Ul(items, className="list-unstyled mt-2 mb-0") if items else html.P("–"),
            more,
        ],
        className="sources-panel small mb-3",
        **({"id": panel_id} if panel_id else {}),
    )


def publisher_cell(row: dict, lang: str) -> list:
    """Display name; the name as printed and the producer of the figures when they differ."""
    name = row.get("publisher_name") or row["publisher"] or ""
    cell: list = [name]
    if row["publisher"] and row["publisher"] != name:
        cell += [html.Br(), html.Small(row["publisher"], className="text-muted")]
    if row.get("producer") and row["producer"] != name:
        cell += [html.Br(), html.Small(t("figures_by", lang).format(producer=row["producer"]))]
    return cell


def source_rows(pkg: Package) -> pl.DataFrame:
    counts = pkg.derived(
        "figures_by_source", lambda: pkg["observations"].group_by("source_id").len("figures")
    )
    return (
        pkg["sources"]
        .join(counts, on="source_id", how="left")
        .with_columns(pl.col("figures").fill_null(0))
        .sort(["figures", "publisher_name", "publisher"], descending=[True, False, False])
    )


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    lang = lang_of(query)
    head = [t("publisher", lang), t("source", lang), t("date", lang), t("licence", lang),
            t("figures", lang).capitalize()]  # fmt: skip
    body = []
    for r in source_rows(pkg).iter_rows(named=True):
        link = html.A(r["title"] or r["url"], href=r["url"], target="_blank", rel="noopener noreferrer") \
            if (r["url"] or "").startswith(("http://", "https://")) else (r["title"] or "")  # fmt: skip
        body.append(html.Tr([
            html.Td(publisher_cell(r, lang), className="source-text", **{"data-content": "source"}),
            html.Td(link, className="source-text", **{"data-content": "source"}), html.Td(format_date(r["published_on"], lang) if r["published_on"]
                    else format_period(r.get("published_on_text"), lang)),
            html.Td(source_licence(r["licence"], lang)), html.Td(format_number(r["figures"], lang), className="text-end"),
        ]))  # fmt: skip
    content = [
        html.H1(t("sources", lang), className="h3"),
        html.P(
            f"{pkg['sources'].height} sources · {format_number(pkg['observations'].height, lang)} "
            f"{t('observations', lang)} · {t('updated', lang)} {format_date(pkg.updated_on, lang)}"
        ),
        html.Div(html.Table([html.Thead(html.Tr([html.Th(h, scope="col") for h in head])),
                             html.Tbody(body)], className="table table-sm table-striped"),
                 className="table-responsive"),
        html.H2(t("method", lang), className="h4 mt-4"),
        *[html.Section([html.H3(h, className="h6"), html.P(p)]) for h, p in method_sections(lang)],
        html.H2(t("caveats", lang), className="h4 mt-4"),
        html.Ul([html.Li(c) for c in caveats(lang)]),
    ]  # fmt: skip
    return shell("sources", lang, "/sources", lang_query(lang, sep=""), content)
