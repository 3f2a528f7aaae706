"""Downloads clicked in the browser: the chart card's menu, filled by the exports' callback.

The app runs in a subprocess (the dashboard's app, which calls `dashboard.exports.web.install`,
reading the fixture package), so this test does not depend on how the dashboard tests serve
theirs. Headless Chromium is Debian's (fixtures in tests/dashboard/conftest.py style).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

SERVE = """
import sys
from werkzeug.serving import make_server
from dashboard.app import app
from dashboard.data import ENV_VAR
app.server.config[ENV_VAR] = sys.argv[1]
server = make_server("127.0.0.1", 0, app.server, threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
"""


@pytest.fixture(scope="module")
def app_url(package_dir: Path) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(package_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        port = proc.stdout.readline().strip()
        assert port.isdigit(), "the app did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def open_menu(page: Page, url: str) -> None:
    page.goto(url)
    toggle = page.locator(".export-menu .dropdown-toggle").first
    expect(toggle).to_be_visible(timeout=15000)
    toggle.click()


def test_excel_download_from_the_sector_chart(page: Page, app_url: str, tmp_path: Path) -> None:
    open_menu(page, app_url + "/secteur?from=2015")
    with page.expect_download() as info:
        page.get_by_text("Rapport Excel (.xlsx)").click()
    download = info.value
    assert download.suggested_filename == "cadran-rapport-revenue-watchmaking-fr-2015-fin.xlsx"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    wb = load_workbook(path)
    assert wb["Séries"]["A2"].value == 2015


def test_png_download_in_english(page: Page, app_url: str, tmp_path: Path) -> None:
    open_menu(page, app_url + "/secteur?lang=en")
    with page.expect_download() as info:
        page.get_by_text("PNG image 16:9").click()
    data = Path(info.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[16:24] == (1920).to_bytes(4, "big") + (1080).to_bytes(4, "big")


def test_embed_draws_offline_inside_an_iframe(page: Page, app_url: str) -> None:
    errors: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith((app_url, "data:", "about:"))
            else outside.append(r.url))  # fmt: skip
    page.set_content(
        f'<iframe src="{app_url}/embed/sector?from=2015" width="600" height="400"></iframe>'
    )
    frame = page.frame_locator("iframe")
    expect(frame.locator("#chart .main-svg").first).to_be_visible(timeout=15000)
    box = frame.locator("#chart").bounding_box()
    assert box is not None and 550 <= box["width"] <= 600 and box["height"] <= 400
    expect(frame.locator("#back")).to_have_attribute("href", "/secteur?from=2015")
    # the source line is HTML under the chart, so it wraps and is never cut (issue 13)
    assert "Sources : Francéclat" in frame.locator("#source").inner_text()
    assert frame.locator("#chart").bounding_box()["height"] <= 400
    assert errors == [] and outside == []


@pytest.mark.parametrize(
    ("item", "suffix", "magic"),
    [
        ("Image SVG", ".svg", b"<svg"),
        ("PDF", ".pdf", b"%PDF-"),
        ("Diaporama PowerPoint (.pptx)", ".pptx", b"PK\x03\x04"),
        ("Données CSV + Parquet (.zip)", ".zip", b"PK\x03\x04"),
        ("Page HTML autonome", ".html", b"<!doctype html>"),
    ],
)
def test_every_menu_download(
    page: Page, app_url: str, item: str, suffix: str, magic: bytes
) -> None:
    open_menu(page, app_url + "/secteur?indicator=jobs")
    with page.expect_download(timeout=30000) as info:
        page.get_by_text(item, exact=True).click()
    assert info.value.suggested_filename.endswith(suffix)
    assert Path(info.value.path()).read_bytes().startswith(magic)


def test_embed_code_opens_in_a_new_tab(page: Page, app_url: str) -> None:
    open_menu(page, app_url + "/secteur")
    with page.context.expect_page() as info:
        page.get_by_text("Intégrer (iframe)").click()
    code = info.value
    expect(code.locator("h1")).to_have_text("Intégrer ce graphique")
    expect(code.locator("textarea")).to_have_value(re.compile(r'^<iframe src="http://127'))
