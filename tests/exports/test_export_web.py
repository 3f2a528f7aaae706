"""Flask routes of the exports: downloads, embed page, iframe snippet, errors, concurrency."""

from __future__ import annotations

import io
import json
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from flask import Flask
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.data import ENV_VAR
from dashboard.exports.web import download_menu, menu_links, register_routes


@pytest.fixture(scope="module")
def client(package_dir: Path):
    server = Flask("exports-test")
    server.config[ENV_VAR] = str(package_dir)
    register_routes(server)
    return server.test_client()


def test_excel_download(client) -> None:
    resp = client.get("/export/excel?from=2015")
    assert resp.status_code == 200
    assert resp.headers["Content-Disposition"] == (
        'attachment; filename="cadran-rapport-revenue-watchmaking-fr-2015-fin.xlsx"'
    )
    wb = load_workbook(io.BytesIO(resp.data))
    assert [c.value for c in wb["Séries"]["A"][1:]] == list(range(2015, 2025))


def test_deck_and_data_downloads(client) -> None:
    deck = client.get("/export/deck?chart=sector")
    slides = len(Presentation(io.BytesIO(deck.data)).slides)
    assert deck.status_code == 200 and slides == 4  # title, chart, sources, news
    data = client.get("/export/data?indicator=all&segment=all&geo=all")
    desc = json.loads(zipfile.ZipFile(io.BytesIO(data.data)).read("datapackage.json"))
    assert desc["cadran_view"]["query"] == "indicator=all&segment=all&geo=all"


@pytest.mark.parametrize(
    ("url", "status", "text"),
    [
        ("/export/excel?from=1990&to=1991", 404, "no data for this view"),
        ("/export/excel?indicator=nope", 400, "--indicator: 'nope'"),
        ("/export/chart/nope.png", 400, "unknown chart 'nope'"),
        ("/export/chart/sector.png?preset=huge", 400, "--preset"),
        ("/export/chart/sector.gif", 404, ""),
        ("/embed/sector?from=1990&to=1991", 404, "has no data"),
    ],
)
def test_errors_are_one_line(client, url: str, status: int, text: str) -> None:
    resp = client.get(url)
    assert resp.status_code == status
    if text:
        body = resp.get_data(as_text=True)
        assert text in body and body.count("\n") == 1


@pytest.mark.usefixtures("image_server")
def test_png_download(client) -> None:
    resp = client.get("/export/chart/sector.png?preset=4x3&from=2015")
    assert resp.status_code == 200 and resp.mimetype == "image/png"
    assert resp.data[16:24] == (1600).to_bytes(4, "big") + (1200).to_bytes(4, "big")


def test_embed_page_is_self_served(client) -> None:
    resp = client.get("/embed/sector?from=2015")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert 'href="/secteur?from=2015"' in page
    srcs = re.findall(r'<script src="([^"]+)"', page)
    assert srcs == ["/embed/static/plotly-locale-fr.js", "/embed/static/plotly.min.js"]
    for src in srcs:
        script = client.get(src)
        assert script.status_code == 200 and script.mimetype == "text/javascript"
        script.close()
    fig = json.loads(re.search(r'id="figure">(.*?)</script>', page, re.S)[1])
    assert "Sources : Francéclat" in json.dumps(fig["layout"]["annotations"], ensure_ascii=False)
    assert "width" not in fig["layout"] and "height" not in fig["layout"]


def test_iframe_snippet_and_standalone_html(client) -> None:
    snippet = client.get("/export/iframe/sector?lang=en&format=text").get_data(as_text=True)
    assert snippet.startswith('<iframe src="http://localhost/embed/sector?lang=en"')
    page = client.get("/export/iframe/sector?lang=en").get_data(as_text=True)
    assert "<h1>Embed this chart</h1>" in page
    assert '<textarea id="code" readonly onclick="this.select()">&lt;iframe src=' in page
    assert snippet.strip() in page  # the live preview
    resp = client.get("/export/html/sector")
    page = resp.get_data(as_text=True)
    assert resp.headers["Content-Disposition"].endswith('filename="cadran-sector.html"')
    assert '<html lang="fr">' in page and "'Fév'" in page  # locale inlined
    assert not re.search(r'<script[^>]+src="https?:', page)  # plotly.js inlined, no CDN
    assert len(page) > 3_000_000


def test_concurrent_exports_are_separate(client) -> None:
    years = [2009, 2010, 2011, 2015, 2018, 2019, 2020, 2021]

    def fetch(year: int) -> tuple[int, list[int]]:
        resp = client.get(f"/export/excel?from={year}&to={year + 3}")
        ws = load_workbook(io.BytesIO(resp.data))["Séries"]
        return year, [c.value for c in ws["A"][1:]]

    with ThreadPoolExecutor(max_workers=4) as pool:
        for year, got in pool.map(fetch, years):
            assert got[0] >= year and got[-1] <= year + 3


def test_menu_links_keep_the_view() -> None:
    links = menu_links("sector", "indicator=jobs&lang=en")
    assert links["png"] == "/export/chart/sector.png?indicator=jobs&lang=en&preset=16x9"
    assert links["excel"] == "/export/excel?indicator=jobs&lang=en"
    menu = download_menu("sector", "lang=en")
    assert menu.label == "Download / share"
    hrefs = [item.href for item in menu.children]
    assert hrefs[0] == "/export/excel?lang=en" and len(hrefs) == 8
    # a card whose id is not a registered chart gets only the view-wide exports
    other = download_menu("departments", "")
    assert [item.href for item in other.children] == [
        "/export/excel", "/export/deck", "/export/data",
    ]  # fmt: skip
