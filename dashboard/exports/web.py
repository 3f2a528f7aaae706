"""Exports in the running app: Flask download routes, the embed page and each chart's menu.

Wiring (one call in `dashboard/app.py:create_app`): `install(app)` = `register_routes(app.server)`
+ `register_menu_callback(app)`. The menu callback fills every chart card's download slot
(`dashboard.ids.download_slot`) from the view stored beside it (`dashboard.ids.chart_query`).

Routes (the query string is the view, as in the dashboard's URLs; `indicator=all` etc. widen
the Excel report and the data bundle):
    /export/excel            Excel report            /export/deck       PowerPoint deck
    /export/data             zipped CSV + Parquet    /export/html/<id>  standalone chart HTML
    /export/chart/<id>.<fmt> png|svg|pdf (?preset=16x9|4x3|square|WxH&transparent=1)
    /export/iframe/<id>      iframe code to copy, with a preview (`format=text`: the code only)
    /embed/<id>              the chart alone, for iframes
Every response is built per request (in memory or its own temporary folder), so concurrent
users get separate files. Bad
options answer 400 and an empty view 404, with one line of text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import dash_bootstrap_components as dbc
import plotly
from dash import MATCH, Dash, Input, Output, ctx
from flask import Flask, Response, request, send_file

from dashboard.charts import CHARTS
from dashboard.data import PackageError, current
from dashboard.exports.scope import (
    EmptyViewError,
    ExportError,
    export_name,
    safe_filename,
    scope_from_query,
)
from dashboard.i18n import menu_word
from dashboard.ids import chart_query, download_slot
from dashboard.view import lang_of, query_to_dict

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "zip": "application/zip",
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


def _attachment(data: bytes | str, name: str, suffix: str) -> Response:
    body = data.encode("utf-8") if isinstance(data, str) else data
    resp = Response(body, mimetype=MIME[suffix])
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _guarded(fn: Callable[..., Response]) -> Callable[..., Response]:
    def wrapper(*args: object, **kwargs: object) -> Response:
        try:
            return fn(*args, **kwargs)
        except EmptyViewError as exc:
            return Response(f"{exc}\n", status=404, mimetype="text/plain")
        except ExportError as exc:
            return Response(f"{exc}\n", status=400, mimetype="text/plain")
        except PackageError as exc:
            return Response(f"{exc}\n", status=503, mimetype="text/plain")

    wrapper.__name__ = f"exports_{fn.__name__}"
    return wrapper


def _params() -> dict[str, str]:
    return query_to_dict(request.query_string.decode("utf-8", "replace"))


def _view_params() -> dict[str, str]:
    keep = ("indicator", "segment", "geo", "entity", "mode", "base", "from", "to", "lang", "scale",
            "title", "subtitle", "note", "marks")  # fmt: skip
    return {k: v for k, v in _params().items() if k in keep}


def register_routes(server: Flask) -> None:
    """Add the export and embed routes to the Dash app's Flask server."""

    @_guarded
    def excel() -> Response:
        from dashboard.exports.excel import excel_bytes

        pkg = current()
        scope = scope_from_query(pkg, _view_params())
        return _attachment(excel_bytes(pkg, scope), export_name(scope, "rapport", "xlsx"), "xlsx")

    @_guarded
    def deck() -> Response:
        from dashboard.exports.deck import deck_bytes

        pkg = current()
        scope = scope_from_query(pkg, _view_params())
        charts = request.args.getlist("chart") or None
        data = deck_bytes(pkg, scope, charts)
        return _attachment(data, export_name(scope, "diaporama", "pptx"), "pptx")

    @_guarded
    def data() -> Response:
        from dashboard.exports.bundle import bundle_bytes

        pkg = current()
        scope = scope_from_query(pkg, _view_params())
        return _attachment(bundle_bytes(pkg, scope), export_name(scope, "donnees", "zip"), "zip")

    @_guarded
    def chart(chart_id: str, fmt: str) -> Response:
        from dashboard.exports.images import chart_image, image_spec

        pkg = current()
        scope = scope_from_query(pkg, _view_params())
        args = _params()
        preset = args.get("preset", "16x9")
        spec = image_spec(fmt, preset, args.get("transparent") in ("1", "true"))
        name = safe_filename(f"cadran-{chart_id}-{preset}", fmt)
        return _attachment(chart_image(pkg, chart_id, scope.view, spec), name, fmt)

    @_guarded
    def standalone(chart_id: str) -> Response:
        from dashboard.exports.embed import standalone_html

        pkg = current()
        view = scope_from_query(pkg, _view_params()).view
        text = standalone_html(pkg, chart_id, view)
        return _attachment(text, safe_filename(f"cadran-{chart_id}", "html"), "html")

    @_guarded
    def iframe(chart_id: str) -> Response:
        from dashboard.exports.embed import embed_code_page, iframe_snippet
        from dashboard.exports.images import chart_figure

        pkg = current()
        view = scope_from_query(pkg, _view_params()).view
        title = chart_figure(pkg, chart_id, view).layout.title.text or chart_id
        snippet = iframe_snippet(request.host_url, chart_id, view, title)
        if _params().get("format") == "text":
            return Response(snippet + "\n", mimetype="text/plain")
        return Response(embed_code_page(snippet, title, view.lang), mimetype="text/html")

    @_guarded
    def embed(chart_id: str) -> Response:
        from dashboard.exports.embed import embed_page

        pkg = current()
        view = scope_from_query(pkg, _view_params()).view
        return Response(embed_page(pkg, chart_id, view), mimetype="text/html")

    @_guarded
    def rows_file(fmt: str) -> Response:
        """The Données page's filtered rows: `/export/donnees.csv?dialect=excel-fr|standard`,
        `/export/donnees.xlsx` (filters indicator, geo, status as on the page)."""
        from dashboard.exports.rows_files import (
            DIALECTS,
            FILTERS,
            csv_bytes,
            file_name,
            filtered_rows,
            xlsx_bytes,
        )

        pkg = current()
        args = _params()
        lang = lang_of(args.get("lang"))
        filters = {k: args.get(k) or None for k in FILTERS}
        known = {"indicator": pkg.codes_used("indicator"), "geo": pkg.codes_used("geo")}
        for key, codes in known.items():
            if filters[key] and filters[key] not in codes:
                raise ExportError(f"option {key}: {filters[key]!r} is not in this data package")
        frame = filtered_rows(pkg, filters, lang)
        if fmt == "xlsx":
            return _attachment(xlsx_bytes(frame, lang), file_name(filters, "xlsx"), "xlsx")
        dialect = args.get("dialect") or "excel-fr"
        if dialect not in DIALECTS:
            raise ExportError(f"option dialect: {dialect!r}; known: {', '.join(DIALECTS)}")
        data = csv_bytes(frame, dialect, lang)
        return _attachment(data, file_name(filters, "csv", dialect), "csv")

    def plotly_js() -> Response:
        return send_file(PLOTLY_JS, mimetype="text/javascript", max_age=86400)

    def locale_js() -> Response:
        from dashboard.exports.images import LOCALE_JS

        if not LOCALE_JS.is_file():
            return Response("", mimetype="text/javascript")
        return send_file(LOCALE_JS, mimetype="text/javascript", max_age=86400)

    rules: list[tuple[str, Callable[..., Response]]] = [
        ("/export/excel", excel),
        ("/export/deck", deck),
        ("/export/data", data),
        ("/export/chart/<chart_id>.<any(png, svg, pdf):fmt>", chart),
        ("/export/html/<chart_id>", standalone),
        ("/export/iframe/<chart_id>", iframe),
        ("/embed/<chart_id>", embed),
        ("/export/donnees.<any(csv, xlsx):fmt>", rows_file),
        ("/embed/static/plotly.min.js", plotly_js),
        ("/embed/static/plotly-locale-fr.js", locale_js),
    ]
    for rule, view_fn in rules:
        server.add_url_rule(rule, endpoint=f"exports.{view_fn.__name__}", view_func=view_fn)


def _word(key: str, lang: str) -> str:
    return menu_word(key, lang)  # the words live in the catalogue (i18n.MENU_WORDS)


def menu_links(chart_id: str, query: str) -> dict[str, str]:
    """Download URLs of one chart for the view in `query`."""
    view_q = urlencode(query_to_dict(query))
    q = f"?{view_q}" if view_q else ""
    sep = "&" if q else "?"
    return {
        "excel": f"/export/excel{q}",
        "png": f"/export/chart/{chart_id}.png{q}{sep}preset=16x9",
        "svg": f"/export/chart/{chart_id}.svg{q}",
        "pdf": f"/export/chart/{chart_id}.pdf{q}",
        "deck": f"/export/deck{q}",
        "data": f"/export/data{q}",
        "html": f"/export/html/{chart_id}{q}",
        "embed": f"/export/iframe/{chart_id}{q}",
    }


def download_menu(chart_id: str, query: str) -> dbc.DropdownMenu:
    """The chart card's menu: one plain link per export (the server sends attachments)."""
    lang = lang_of(query)
    links = menu_links(chart_id, query)
    if chart_id not in CHARTS:  # a card without a registry entry: view-wide exports only
        links = {k: links[k] for k in ("excel", "deck", "data")}
    items = [
        dbc.DropdownMenuItem(
            _word(key, lang), href=url, external_link=True, target="_blank" if key == "embed"
            else None, id={"type": "export-link", "chart": chart_id, "kind": key},
        )
        for key, url in links.items()
    ]  # fmt: skip
    return dbc.DropdownMenu(
        items, label=_word("label", lang), size="sm", color="secondary", align_end=True,
        className="export-menu",
    )  # fmt: skip


def register_menu_callback(app: Dash) -> None:
    """Fill each chart card's download slot from the query stored beside it."""

    @app.callback(
        Output(download_slot(MATCH), "children"),  # type: ignore[arg-type]
        Input(chart_query(MATCH), "data"),  # type: ignore[arg-type]
    )
    def _fill(query: str | None) -> dbc.DropdownMenu:
        chart_id = ctx.outputs_list["id"]["chart"]
        return download_menu(chart_id, query or "")


def install(app: Dash) -> None:
    """Everything the dashboard needs from the exports: routes and menus (once per app)."""
    if "exports.exports_excel" in app.server.view_functions:
        return
    register_routes(app.server)
    register_menu_callback(app)
