"""Browser tests: headless Chromium (Debian's) against the app served on a free port."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PAGES = ["/", "/secteur", "/actualites", "/territoires", "/donnees", "/sources"]


def watch(page: Page, base: str) -> tuple[list[str], list[str]]:
    """Collect console errors and requests leaving the local server."""
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    host = urlparse(base).netloc
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).netloc not in (host, "") and not r.url.startswith("data:")
            else None
        ),
    )
    return errors, outside


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(page: Page, live_server: str, path: str) -> None:
    errors, outside = watch(page, live_server)
    page.goto(live_server + path)
    expect(page.locator("main h1")).to_be_visible(timeout=15000)
    page.wait_for_load_state("networkidle")
    assert errors == []
    assert outside == []
