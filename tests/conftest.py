"""Fixtures every test suite shares: the browser the Playwright tests drive."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    """Debian's Chromium (never a downloaded build), kept off the network."""
    return {"executable_path": "/usr/bin/chromium", "args": ["--disable-background-networking"]}
