"""The app served on a free local port, reading the REAL default package (data/tidy).

Shared by the browser tests that check what a reader sees on the shipped data. They skip,
saying why, when the package has not been built (`.venv/bin/python -m etl build`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REAL_PACKAGE = Path(__file__).resolve().parents[2] / "data" / "tidy"


def require_real_package() -> Path:
    if not (REAL_PACKAGE / "datapackage.json").is_file():
        pytest.skip(f"{REAL_PACKAGE} not built: run `.venv/bin/python -m etl build` first")
    return REAL_PACKAGE


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve the Dash app on 127.0.0.1 reading `folder`; restore the app's folder afterwards."""
    from werkzeug.serving import make_server

    from dashboard.app import app
    from dashboard.data import ENV_VAR

    before = app.server.config.get(ENV_VAR)
    app.server.config[ENV_VAR] = str(folder)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        app.server.config[ENV_VAR] = before
