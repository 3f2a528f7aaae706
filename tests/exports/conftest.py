"""Fixtures of the export tests: the dashboard tests' small package on disk, loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.data import Package, load
from dashboard.exports.scope import ExportScope, scope_from_query
from tests.dashboard.fixture_package import write_package


@pytest.fixture(scope="session")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("tidy"))


@pytest.fixture(scope="session")
def package_without_news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("tidy_nonews"), with_news=False)


@pytest.fixture(scope="session")
def pkg(package_dir: Path) -> Package:
    return load(package_dir)


@pytest.fixture
def scope_of(pkg: Package):
    def make(query: str = "") -> ExportScope:
        return scope_from_query(pkg, query)

    return make


@pytest.fixture(scope="session")
def image_server() -> Iterator[None]:
    """One kaleido server for the whole session, stopped at the end."""
    from dashboard.exports.images import ensure_server, stop_server

    ensure_server()
    yield
    stop_server()
