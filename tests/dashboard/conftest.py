"""Fixtures: a small data package on disk, the app served in a thread, Debian's Chromium."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dashboard.fixture_package import write_package


@pytest.fixture(scope="session")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("tidy"))


@pytest.fixture(scope="session")
def package_without_news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("tidy_nonews"), with_news=False)


@pytest.fixture(scope="session")
def pkg(package_dir: Path):
    from dashboard.data import load

    return load(package_dir)


@pytest.fixture(scope="session")
def live_server(package_dir: Path) -> Iterator[str]:
    """The app on a free local port, reading the fixture package."""
    from werkzeug.serving import make_server

    from dashboard.app import app
    from dashboard.data import ENV_VAR

    app.server.config[ENV_VAR] = str(package_dir)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
