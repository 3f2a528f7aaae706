"""Revue des chiffres (/revue): candidate figures extracted from the news, one decision each.

Logged in: the queue (sentence with the span marked, the extractor's proposal, the
observation it would feed, table figures it agrees or disagrees with, a previous decision
whose extraction changed) and a panel to approve, reject with a reason, or correct fields.
Decisions go to the review store (`dashboard.review.store`) and apply at the next build.
Logged out: a link to the login page; the panel is laid out empty and hidden so the callback
guard knows its controls, and its callbacks refuse to answer (dashboard.review.auth).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html, no_update
from flask_login import current_user
from flask_wtf.csrf import generate_csrf

from dashboard.components import shell
from dashboard.data import Package, current
from dashboard.i18n import colon, format_period, format_value, lang_query, t
from dashboard.review import queue as rq
from dashboard.review import store
from dashboard.review.auth import LOGIN, LOGOUT
from dashboard.view import lang_of

PATH = "/revue"
FIELDS = ("value", "unit", "metric", "indicator", "period", "geo", "segment", "entity")
TEXT_FIELDS = ("unit", "metric", "period", "geo", "segment", "entity")
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Where each field's proposed value is read in a news_figures row.
PROPOSED = {"period": "obs_period", "geo": "obs_geo", "entity": "obs_entity"}


def field_id(name: str) -> str:
    return f"review-{name}"


def proposed(row: Mapping[str, Any], name: str) -> Any:
    """The extractor's proposal for a field (the observation's copy when there is one)."""
    own = PROPOSED.get(name)
    return row.get(own) if own and row.get(own) is not None else row.get(name)


def layout(query: Mapping[str, object]) -> html.Div:
    pkg = current()
    lang = lang_of(query)
    if not current_user.is_authenticated:
        content = [
            html.H1(t("review", lang), className="h3"),
            dbc.Alert(
                [t("review_login_needed", lang) + " ",
                 html.A(t("login", lang), href=f"{LOGIN}?next={PATH}{lang_query(lang, '&')}",
                        id="review-login-link")],
                color="info",
            ),
            html.Div(panel(pkg, [], lang), hidden=True),
        ]  # fmt: skip
    else:
        rows = rq.queue(pkg["news_figures"], store.current())
        content = [
            html.Div(
                [
                    html.H1(t("review", lang), className="h3 me-auto"),
                    html.Span(current_user.id, className="me-2 text-muted", id="review-who"),
                    logout_form(lang),
                ],
                className="d-flex align-items-center",
            ),
            html.P(t("review_intro", lang)),
            panel(pkg, rows, lang),
            html.H2(f"{t('review_queue', lang)} ({len(rows)})", className="h5 mt-4"),
            html.Div(
                [figure_card(pkg, r, lang, n) for n, r in enumerate(rows, start=1)]
                or [html.P(t("review_empty", lang))],
                id="review-queue",
            ),
        ]
    return shell("review", lang, PATH, lang_query(lang, ""), content)


def logout_form(lang: str) -> html.Form:
    return html.Form(
        [
            dcc.Input(type="hidden", name="csrf_token", value=generate_csrf()),
            dcc.Input(type="hidden", name="lang", value=lang),
            html.Button(t("logout", lang), className="btn btn-outline-secondary btn-sm"),
        ],
        method="post",
        action=LOGOUT,
    )


def options(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The figure picker's choices: number, span and the start of the sentence."""
    return [
        {"label": f"{n}. {r['span']} — {r['sentence'][:70]}", "value": r["review_key"]}
        for n, r in enumerate(rows, start=1)
    ]


def panel(pkg: Package, rows: list[dict[str, Any]], lang: str) -> html.Section:
    """The decision panel: which figure, its fields (to correct), a reason, three buttons."""
    indicators = sorted(pkg["indicators"]["code"].to_list())
    first = rows[0] if rows else {}
    inputs = []
    for name in FIELDS:
        if name == "indicator":
            control = dcc.Dropdown(
                id=field_id(name), options=[{"label": c, "value": c} for c in indicators],
                value=proposed(first, name), clearable=False,
            )  # fmt: skip
        elif name == "value":
            control = dcc.Input(id=field_id(name), type="number", value=first.get("value"),
                                className="form-control", debounce=True)  # fmt: skip
        else:
            control = dcc.Input(id=field_id(name), type="text", value=proposed(first, name) or "",
                                className="form-control", debounce=True)  # fmt: skip
        inputs.append(
            dbc.Col(
                [html.Label(t(f"review_{name}" if name != "geo" else "review_place", lang),
                            htmlFor=field_id(name), className="form-label small mb-0"), control],
                md=3,
            )
        )  # fmt: skip
    return html.Section(
        [
            html.Label(t("review_pick", lang), htmlFor="review-figure", className="form-label"),
            dcc.Dropdown(
                id="review-figure",
                options=options(rows),
                value=first.get("review_key"), clearable=False,
            ),
            html.Div(figure_card(pkg, first, lang, 0) if first else None, id="review-detail",
                     className="mt-2"),
            dbc.Row(inputs, className="g-2 mt-1"),
            html.Label(t("review_reason", lang), htmlFor="review-reason",
                       className="form-label small mt-2 mb-0"),
            dcc.Input(id="review-reason", type="text", value="", className="form-control"),
            html.Div(
                [
                    html.Button(t("review_approve", lang), id="review-approve",
                                className="btn btn-success me-2"),
                    html.Button(t("review_reject", lang), id="review-reject",
                                className="btn btn-danger me-2"),
                    html.Button(t("review_correct", lang), id="review-correct",
                                className="btn btn-primary"),
                ],
                className="mt-3",
            ),
            html.Div(id="review-result", role="status", className="mt-2 fw-bold"),
            dcc.Store(id="review-lang", data=lang),
        ],
        className="border rounded p-3",
        **{"aria-label": t("review_pick", lang)},
    )  # fmt: skip


def figure_card(pkg: Package, row: Mapping[str, Any], lang: str, n: int) -> html.Article:
    """One figure: where it was read, the sentence with the span marked, the proposal, the
    observation it would feed and the table figures at that point."""
    items = pkg["news_items"].filter(news_id=row["news_id"])
    item = items.row(0, named=True) if items.height else {}
    before, span, after = rq.highlight(row["sentence"] or "", row["span"] or "")
    geo_names = pkg.labels("geographies", lang)
    codes = {v: k for k, v in pkg.labels("geographies", "fr").items()}
    key = rq.target(dict(row), codes)
    ind_names = pkg.labels("indicators", lang)
    shown = format_value(row["value"], row["unit"] or "other", lang)
    proposal = [
        (t("review_value", lang), shown),
        (t("review_unit", lang), row.get("unit") or "–"),
        (t("review_metric", lang), row.get("metric") or "–"),
        (t("review_indicator", lang), ind_names.get(row.get("indicator") or "", row.get("indicator") or "–")),
        (t("review_period", lang), format_period(key["period"], lang)),
        (t("review_place", lang), geo_names.get(key["geo"] or "", key["geo"] or "–")),
        (t("review_segment", lang), key["segment"] or "–"),
        (t("review_entity", lang), key["entity"] or "–"),
    ]  # fmt: skip
    tables = rq.table_figures(key, row["value"], pkg["observations"])
    comparisons = [
        html.Li(
            f"{t('review_agrees' if f.agrees else 'review_conflict', lang)} "
            f"{format_value(f.value, f.unit, lang)} ({f.observation_id})",
            className="text-success" if f.agrees else "text-danger fw-bold",
        )
        for f in tables
    ] or [html.Li(t("review_no_table", lang), className="text-muted")]
    previous = row.get("previous")
    return html.Article(
        [
            html.P(
                [html.Strong(f"{n}. " if n else ""), item.get("outlet") or "", " · ",
                 html.A(item.get("title") or row["news_id"], href=item.get("url") or "#",
                        target="_blank", rel="noopener noreferrer") if item.get("url")
                 else (item.get("title") or row["news_id"])],
                className="small mb-1",
            ),
            html.Blockquote([before, html.Mark(span, className="review-span"), after],
                            className="border-start ps-2"),
            html.Div(html.Table([
                html.Caption(t("review_proposed", lang), className="caption-top py-0 small"),
                html.Thead(html.Tr([html.Th(k, scope="col") for k, _ in proposal])),
                html.Tbody(html.Tr([html.Td(v) for _, v in proposal])),
            ], className="table table-sm mb-1 review-proposal"), className="table-responsive"),
            html.P(t("review_feeds", lang) + colon(lang) + ", ".join((
                ind_names.get(key["indicator"] or "", key["indicator"] or "–"),
                geo_names.get(key["geo"] or "", key["geo"] or "–"),
                format_period(key["period"], lang),
            )), className="mb-1 review-feeds"),
            html.Ul(comparisons, className="small"),
            dbc.Alert(t("review_previous", lang) + colon(lang) + previous, color="warning")
            if previous else None,
        ],
        className="review-card border-bottom py-2",
        **{"data-key": row["review_key"]},
    )  # fmt: skip


def _row(key: str | None) -> dict[str, Any] | None:
    if not key:
        return None
    figures = current()["news_figures"].filter(review_key=key)
    return figures.row(0, named=True) if figures.height else None


@callback(
    Output("review-detail", "children"),
    *[Output(field_id(name), "value") for name in FIELDS],
    Input("review-figure", "value"),
    State("review-lang", "data"),
    prevent_initial_call=True,  # the page is laid out with its first figure shown
)
def show_figure(key: str | None, lang: str | None) -> tuple:
    """The selected figure's card, and its proposal in the correction fields."""
    lang = lang_of({"lang": lang})
    row = _row(key)
    if row is None:
        return (None, *[None if n == "value" else "" for n in FIELDS])
    decided = store.current().get(row["review_key"])
    shown = {**row, "previous": rq.describe(decided) if decided else row.get("previous_decision")}
    values = [proposed(row, n) for n in FIELDS]
    return (figure_card(current(), shown, lang, 0),
            *[v if n in ("value", "indicator") else (v or "") for n, v in zip(FIELDS, values, strict=True)])  # fmt: skip


@callback(
    Output("review-result", "children"),
    Output("review-figure", "options"),
    Output("review-figure", "value"),
    Input("review-approve", "n_clicks"),
    Input("review-reject", "n_clicks"),
    Input("review-correct", "n_clicks"),
    State("review-figure", "value"),
    State("review-reason", "value"),
    *[State(field_id(name), "value") for name in FIELDS],
    State("review-lang", "data"),
    prevent_initial_call=True,
)
def decide(*args: Any) -> tuple:
    """Record the decision on the selected figure, then move on to the next one."""
    _, _, _, key, reason, *values, lang = args
    lang = lang_of({"lang": lang})
    verb = {"review-approve": "approve", "review-reject": "reject",
            "review-correct": "correct"}.get(str(ctx.triggered_id))  # fmt: skip
    row = _row(key)
    if verb is None or row is None:
        return "", no_update, no_update
    reason = (reason or "").strip()
    changes: dict[str, Any] = {}
    if verb == "reject" and not reason:
        return t("review_needs_reason", lang), no_update, no_update
    if verb == "correct":
        changes, problem = corrections(row, dict(zip(FIELDS, values, strict=True)))
        if problem:
            name, _, given = problem.partition(" ")
            label = t("review_place" if name == "geo" else f"review_{name}", lang)
            shown = label + (f" ({given})" if given else "")
            return t("review_bad_value", lang) + colon(lang) + shown, no_update, no_update
        if not changes:
            return t("review_no_change", lang), no_update, no_update
    result = {**row, **{PROPOSED.get(k, k): v for k, v in changes.items()}}
    if verb != "reject" and not all(proposed(result, n) for n in ("indicator", "geo", "period")):
        return t("review_needs_fields", lang), no_update, no_update
    saved = store.decide(
        key, verb, current_user.id, changes=changes, reason=reason, seen=row["extraction"]
    )
    rest = options(rq.queue(current()["news_figures"], store.current()))
    done = {
        "approve": "review_approved",
        "reject": "review_rejected",
        "correct": "review_corrected",
    }
    message = f"{t(done[verb], lang)}{colon(lang)}{row['span']} — {t('review_saved_by', lang)} {saved.who}"
    return message, rest, rest[0]["value"] if rest else None


def corrections(row: Mapping[str, Any], values: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """Fields whose value differs from the proposal, checked; or the first problem found, as
    `<field>` or `<field> <value given>`."""
    changes: dict[str, Any] = {}
    for name in FIELDS:
        new, old = values.get(name), proposed(row, name)
        if name == "value":
            if new is None or isinstance(new, bool) or not isinstance(new, int | float):
                return {}, "value"
            if float(new) != old:
                changes[name] = float(new)
            continue
        text = (new or "").strip() if isinstance(new, str) else new
        if text in ("", None):
            text = None
        if text == old:
            continue
        if name in ("indicator", "period") and text is None:
            return {}, name
        if name == "period" and not PERIOD.match(text):
            return {}, f"{name} {text}"
        if name == "indicator" and text not in set(current()["indicators"]["code"].to_list()):
            return {}, f"{name} {text}"
        changes[name] = text
    return changes, ""
