"""Layout pieces shared by every page: the shell (navigation, language link, notices, share
link), the chart card (title inside the figure, text description, download-menu slot) and the
overview cards. Functions return Dash components; they read no files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, clientside_callback, dcc, html

from dashboard import i18n
from dashboard.data import PackageError
from dashboard.i18n import (
    colon,
    format_change,
    format_period,
    format_value,
    modebar_locales,
    plotly_locale,
    t,
)
from dashboard.ids import Id, chart_query, download_slot
from dashboard.markers import reason_text
from dashboard.queries import Card
from dashboard.view import Notice

PAGES: tuple[tuple[str, str], ...] = (
    ("overview", "/"),
    ("sector", "/secteur"),
    ("news", "/actualites"),
    ("territories", "/territoires"),
    ("data", "/donnees"),
    ("sources", "/sources"),
    ("review", "/revue"),
)
# "Share chart…" would upload the figure to Plotly's cloud: never offered (no network, no leak).
GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["sendChartToCloud", "lasso2d", "select2d"],
}


def graph_config(lang: str) -> dict:
    """dcc.Graph config: plotly's French locale (served from assets/vendor, completed by the
    catalogue's modebar words) unless English."""
    return {**GRAPH_CONFIG, "locale": plotly_locale(lang), "locales": modebar_locales(lang)}


def guarded(build: Callable[[Mapping[str, object]], html.Div], query: Mapping[str, object]):
    """Build a page; a missing or unreadable package gives a one-line message, not a blank page."""
    lang = i18n.lang_of(str(query.get("lang") or ""))
    try:
        return localised(build(query), lang)
    except PackageError as exc:
        return dbc.Container(
            dbc.Alert([html.Strong(t("data_unavailable", lang) + colon(lang)), str(exc)],
                      color="danger", className="mt-4", id=Id.NOTICES),
        )  # fmt: skip


def localised(page, lang: str):
    """Give every dropdown of `page` the catalogue's words: dcc.Dropdown's own are English
    ("Search", "Select All")."""
    labels = i18n.dropdown_labels(lang)
    for node in page._traverse():
        if isinstance(node, dcc.Dropdown) and getattr(node, "labels", None) is None:
            node.labels = labels
    return page


def safe_url(url: str | None) -> str:
    """Only http(s) links leave the app; anything else (javascript:, data:...) becomes '#'."""
    return url if isinstance(url, str) and url.startswith(("https://", "http://")) else "#"


def with_lang(path: str, query: str, lang: str) -> str:
    """`path?query` with lang switched to the other language."""
    from urllib.parse import parse_qsl, urlencode

    pairs = [(k, v) for k, v in parse_qsl(query) if k != "lang"]
    if i18n.lang_param(i18n.other_lang(lang)):
        pairs.append(("lang", i18n.other_lang(lang)))
    qs = urlencode(pairs)
    return f"{path}?{qs}" if qs else path


def navbar(active: str, lang: str, path: str, query: str) -> html.Header:
    suffix = i18n.lang_query(lang)
    links = [
        dbc.NavItem(
            dbc.NavLink(t(key, lang), href=href + suffix, active=key == active,
                        className="px-2")
        )
        for key, href in PAGES
    ]  # fmt: skip
    return html.Header(
        dbc.Navbar(
            dbc.Container(
                [
                    dbc.NavbarBrand("Cadran", href="/" + suffix, className="fw-bold"),
                    dbc.Nav(links, className="me-auto flex-wrap"),
                    html.A(
                        t("lang_switch", lang), id=Id.LANG_LINK, href=with_lang(path, query, lang),
                        className="btn btn-outline-light btn-sm",
                        lang=i18n.other_lang(lang),
                    ),
                ],
                fluid=True,
            ),
            color="dark", dark=True, className="mb-3",
        )
    )  # fmt: skip


def notices_block(notices: Sequence[Notice], lang: str) -> html.Div:
    """One line per ignored query parameter, never an error page."""
    if not notices:
        return html.Div(id=Id.NOTICES)
    items = [
        html.Li(
            f"{t('fallback', lang)}{colon(lang)}{n.param}={n.given!r}"
            + (f" → {n.used}" if n.used else "")
        )
        for n in notices
    ]
    return html.Div(
        dbc.Alert(html.Ul(items, className="mb-0"), color="warning", className="py-2"),
        id=Id.NOTICES,
        role="status",
    )


def share_block(lang: str, query: str) -> html.Div:
    """Read-only field with the URL of the current view (filled in the browser) and a copy button."""
    return html.Div(
        [
            html.Label(t("share", lang), htmlFor=Id.SHARE, className="form-label small mb-0 me-2"),
            dcc.Input(id=Id.SHARE, type="text", readOnly=True, value="", className="form-control form-control-sm",
                      style={"maxWidth": "36rem"}),
            dcc.Clipboard(target_id=Id.SHARE, id=Id.SHARE_COPY, title=t("share", lang),
                          className="btn btn-outline-secondary btn-sm ms-1"),
            dcc.Store(id=Id.QUERY, data=query),
        ],
        className="d-flex align-items-center my-2",
    )  # fmt: skip


# The browser tab's title in the page's language (Dash Pages' own title cannot read the query).
PAGE_TITLE = "page-title"
clientside_callback(
    """function (title) {
        if (title) { setTimeout(function () { document.title = title; }, 0); }
        return window.dash_clientside.no_update;
    }""",
    Output(PAGE_TITLE, "modified_timestamp"),
    Input(PAGE_TITLE, "data"),
)


def shell(
    active: str,
    lang: str,
    path: str,
    query: str,
    content: Sequence,
    notices: Sequence[Notice] = (),
) -> html.Div:
    """The page frame: navigation, notices, content, share link, footer."""
    return html.Div(
        [
            navbar(active, lang, path, query),
            dbc.Container(
                [
                    notices_block(notices, lang),
                    html.Main(list(content), lang=lang),
                    share_block(lang, query),
                    html.Footer(
                        html.Small(
                            "Cadran · " + t("app_title", lang).split(":")[-1].strip() + " · "
                            + t("footer_tagline", lang),
                            className="text-muted",
                        ),
                        className="border-top mt-4 py-3",
                    ),
                    dcc.Store(id=PAGE_TITLE, data=i18n.page_title(active, lang)),
                ],
                fluid="lg",
            ),
        ],
        lang=lang,
    )  # fmt: skip


def chart_card(
    chart_id: str,
    figure: go.Figure,
    description: str,
    lang: str,
    query: str,
    graph_id: str | None = None,
    desc_id: str | None = None,
) -> html.Figure:
    """A chart with its text description and the download-menu slot the exports fill.

    The slot is `html.Div(id={"type": "download-slot", "chart": chart_id})`; the Store
    `{"type": "chart-query", "chart": chart_id}` holds the query string of the view shown.
    """
    desc_id = desc_id or f"{chart_id}-description"
    return html.Figure(
        [
            html.Div(
                [
                    # DOWNLOAD MENU SLOT: filled by dashboard/exports (Excel, PNG, PPTX).
                    html.Div(id=download_slot(chart_id), className="download-slot",
                             **{"data-chart": chart_id, "aria-label": t("download", lang)}),
                    dcc.Store(id=chart_query(chart_id), data=query),
                ],
                className="d-flex justify-content-end",
            ),
            dcc.Graph(id=graph_id or f"{chart_id}-graph", figure=figure, config=graph_config(lang),
                      style={"height": "460px"}),
            html.Figcaption(
                [html.Strong(t("describe", lang) + colon(lang)), html.Span(description, id=desc_id)],
                className="small text-muted",
            ),
        ],
        className="chart-card border rounded p-2 mb-4",
        **{"aria-describedby": desc_id},
    )  # fmt: skip


def stat_card(label: str, card: Card, lang: str, href: str | None = None) -> dbc.Card:
    """A headline figure of a named perimeter: value, year, the change against the previous
    available year only when the two are comparable (else the reason), status, source."""
    if card.value is None:
        body = [html.P(t("no_data", lang), className="mb-0")]
    else:
        approx = f"{t('approx', lang)} " if card.approximate else ""
        before = format_period(card.previous_period, lang)
        if card.change is not None:
            delta = f"{format_change(card.change, lang)} {t('vs', lang)} {before}"
        elif card.previous_period and card.change_reason:
            reason = reason_text(card.change_reason, lang)
            delta = f"{t('no_change_given', lang)} {t('vs', lang)} {before}{colon(lang)}{reason}"
        else:
            delta = ""
        body = [
            html.P(approx + format_value(card.value, card.unit, lang), className="h3 mb-0 card-value"),
            html.P(f"{format_period(card.period, lang)}" + (f" · {delta}" if delta else ""),
                   className="mb-1 card-change"),
            html.P(t("disagree", lang), className="text-danger small mb-1") if card.disagree else None,
            html.P(f"({t(card.status, lang)})", className="small mb-1 card-status")
            if card.status != "official" else None,
            html.Small([f"{t('source', lang)}{colon(lang)}",
                        html.A(card.source or "?", href=safe_url(card.source_url), target="_blank",
                               rel="noopener noreferrer")]),
        ]  # fmt: skip
    title = dcc.Link(label, href=href) if href else label
    return dbc.Card(
        dbc.CardBody([html.H2(title, className="h6 text-muted"), *body]),
        className="h-100 stat-card",
    )
