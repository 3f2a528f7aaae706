"""Fixtures of the export tests: the dashboard tests' small package on disk, loaded once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dashboard.data import Package
from dashboard.exports.scope import ExportScope, scope_from_query

# The dashboard tests' package fixtures, shared rather than declared twice.
from tests.dashboard.conftest import package_dir, package_without_news, pkg  # noqa: F401


@pytest.fixture
def scope_of(pkg: Package):  # noqa: F811 (pytest injects the imported fixture)
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
