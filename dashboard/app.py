"""Assemble the Dash app: pages, assets, the URL-sync callback, the callback guard.

`server` is the Flask app for production: `gunicorn dashboard.app:server` (data folder from
$CADRAN_DATA, default data/tidy; debug is off unless `python -m dashboard --debug`).
Everything is served from this process: Dash's own scripts (`serve_locally`), plotly.js,
bootstrap's CSS and plotly's French locale from `assets/vendor/` (`make assets`).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import dash
from dash import Dash, Input, Output, html

from dashboard import callback_guard
from dashboard.data import ENV_VAR, data_dir
from dashboard.ids import Id
from dashboard.review import auth as review_auth

HERE = Path(__file__).parent

# Keep the browser's address bar equal to the view shown, and the language link in step.
SYNC_URL_JS = """
function (query) {
    var path = window.location.pathname;
    var url = path + (query ? "?" + query : "");
    if (window.location.pathname + window.location.search !== url) {
        window.history.replaceState(window.history.state, "", url);
    }
    var params = new URLSearchParams(query || "");
    var english = params.get("lang") === "en";
    params.delete("lang");
    if (!english) { params.set("lang", "en"); }
    var other = params.toString();
    return [window.location.origin + url, path + (other ? "?" + other : "")];
}
"""


def create_app(folder: str | os.PathLike[str] | None = None) -> Dash:
    """Build the app reading the package in `folder` (default $CADRAN_DATA or data/tidy)."""
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder=str(HERE / "pages"),
        assets_folder=str(HERE / "assets"),
        serve_locally=True,
        title="Cadran",
        update_title=None,
        suppress_callback_exceptions=True,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
        on_error=callback_guard.refuse_callback_error,
    )
    callback_guard.install(app)
    review_auth.install(app)  # after the guard: a malformed body gets its 400 first
    app.server.config[ENV_VAR] = str(data_dir(folder))
    app.index_string = app.index_string.replace("<html>", '<html lang="fr">', 1)
    app.layout = html.Div(dash.page_container)
    _install_exports(app)
    app.clientside_callback(
        SYNC_URL_JS,
        Output(Id.SHARE, "value"),
        Output(Id.LANG_LINK, "href"),
        Input(Id.QUERY, "data"),
    )
    return app


def _install_exports(app: Dash) -> None:
    """Download routes, /embed/<chart_id> and the charts' download menus, when installed."""
    try:
        web = importlib.import_module("dashboard.exports.web")
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("dashboard.exports"):
            raise
        return
    web.install(app)


app = create_app()
server = app.server
