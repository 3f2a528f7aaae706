"""Fixtures: a small data package on disk, the app served in a thread, Debian's Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dashboard.fixture_package import write_package
from tests.dashboard.real_server import serve


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
    with serve(package_dir) as url:
        yield url
