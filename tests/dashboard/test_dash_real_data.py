"""Smoke test on the real package (data/tidy) when it has been built: every page of a real
server process (`python -m dashboard`) loads in Chromium with no console error."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard.test_dash_browser import PAGES, watch

pytestmark = pytest.mark.browser
TIDY = Path(__file__).resolve().parents[2] / "data" / "tidy"


@pytest.fixture(scope="module")
def real_server() -> Iterator[str]:
    if not (TIDY / "datapackage.json").is_file():
        pytest.skip("data/tidy is not built (python -m etl build)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "--port", str(port), "--data", str(TIDY)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("path", [*PAGES, "/?lang=en", "/secteur?indicator=jobs&mode=yoy"])
def test_real_pages_load_without_console_errors(page: Page, real_server: str, path: str) -> None:
    errors, outside = watch(page, real_server)
    page.goto(real_server + path)
    expect(page.locator("main h1")).to_be_visible(timeout=30_000)
    page.wait_for_load_state("networkidle")
    assert errors == []
    assert outside == []


def test_real_headline_series_keeps_its_gaps(page: Page, real_server: str) -> None:
    page.goto(real_server + "/")
    description = page.locator("#headline-description")
    expect(description).to_contain_text("2012–2014, 2016–2017")
    expect(description).to_contain_text(re.compile(r"423\s?M€ \(2024\)"))
