"""Fixtures: the shipped sources built once with no review decision, a reviewer state folder,
the app served on that package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dashboard.real_server import serve
from tests.review.helpers import build, review_state


@pytest.fixture(scope="session")
def unreviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(package, cache): data/raw built with an empty review store."""
    root = tmp_path_factory.mktemp("unreviewed")
    build(root / "tidy", root / "cache", root / "empty-state")
    return root / "tidy", root / "cache"


@pytest.fixture
def state(tmp_path: Path) -> Iterator[Path]:
    with review_state(tmp_path / "state") as folder:
        yield folder


@pytest.fixture
def app(unreviewed: tuple[Path, Path], state: Path):
    from dashboard.app import app
    from dashboard.data import ENV_VAR

    before = app.server.config.get(ENV_VAR)
    app.server.config[ENV_VAR] = str(unreviewed[0])
    yield app
    app.server.config[ENV_VAR] = before


@pytest.fixture
def server(app, unreviewed: tuple[Path, Path]) -> Iterator[str]:
    with serve(unreviewed[0]) as url:
        yield url
