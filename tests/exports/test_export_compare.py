"""A compared view (`geo=FR,FR-BFC`) in every export: the workbook's series and its native
chart of both lines, the deck's native chart with one series per place, the images (SVG text,
PDF), the embed page and the web routes; values read back equal the package's."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from flask import Flask
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.compare import PALETTE
from dashboard.data import ENV_VAR
from dashboard.exports.deck import deck_bytes
from dashboard.exports.embed import embed_page
from dashboard.exports.excel import excel_bytes
from dashboard.exports.images import chart_image, image_spec
from dashboard.exports.web import register_routes

QUERY = "indicator=jobs&geo=FR,FR-BFC"
PLACES = ("France", "Bourgogne-Franche-Comté")


def test_workbook_has_both_series_and_one_native_chart_of_them(pkg, scope_of) -> None:
    wb = load_workbook(io.BytesIO(excel_bytes(pkg, scope_of(QUERY))))
    series = wb["Séries"]
    headers = [c.value for c in series[1]]
    assert headers[0] == "Année"
    assert [h for h in headers[1:] if any(p in h for p in PLACES)] == headers[1:]
    assert len(headers) == 3
    column = {("BFC" if "Bourgogne" in h else "FR"): i for i, h in enumerate(headers) if i}
    by_year = {row[0].value: row for row in series.iter_rows(min_row=2)}
    assert by_year[2018][column["BFC"]].value == 3870
    assert by_year[2016][column["BFC"]].value == 3700
    assert by_year[2018][column["FR"]].value == 2830
    data = wb["Données"]
    places = {row[3].value for row in data.iter_rows(min_row=2)}
    assert places == set(PLACES)
    first = wb["Graphiques"]._charts[0]
    assert len(first.series) == 2  # one chart, both places
    refs = [s.val.numRef.f for s in first.series]
    assert refs == ["'Séries'!$B$2:$B$5", "'Séries'!$C$2:$C$5"]
    fills = [s.graphicalProperties.line.solidFill.srgbClr for s in first.series]
    colours = [getattr(f, "val", f) for f in fills]
    assert colours == [c.lstrip("#") for c in PALETTE[:2]]
    assert all(s.marker.size >= 5 for s in first.series)


def test_deck_chart_has_one_series_per_place(pkg, scope_of) -> None:
    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope_of(QUERY), ["sector"])))
    charts = [sh.chart for s in prs.slides for sh in s.shapes if sh.has_chart]
    assert len(charts) == 1
    chart = charts[0]
    assert chart.has_legend
    plot = chart.plots[0]
    cats = list(plot.categories)
    assert cats == ["2015", "2016", "2017", "2018"]  # a year without data stays a gap
    values = {s.name: list(s.values) for s in plot.series}
    assert values == {"France": [3000.0, None, None, 2830.0],
                      "Bourgogne-Franche-Comté": [None, 3700.0, None, 3870.0]}  # fmt: skip
    titles = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    assert "Emplois – Horlogerie, France / Bourgogne-Franche-Comté" in titles


def svg_text(data: bytes) -> str:
    root = ET.fromstring(data)
    return " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


@pytest.mark.usefixtures("image_server")
def test_images_carry_the_line_labels(pkg, scope_of) -> None:
    view = scope_of(QUERY).view
    text = svg_text(chart_image(pkg, "sector", view, image_spec("svg", "16x9")))
    assert "Emplois – Horlogerie, France / Bourgogne-Franche-Comté" in text
    for place in PLACES:
        assert text.count(place) >= 2  # title and the line's own label
    english = svg_text(chart_image(pkg, "sector", view.with_(lang="en"), image_spec("svg")))
    assert "Jobs – Watchmaking, France / Bourgogne-Franche-Comté" in english
    pdf = chart_image(pkg, "sector", view, image_spec("pdf", "4x3"))
    assert pdf.startswith(b"%PDF")


def test_embed_page_draws_both_lines(pkg, scope_of) -> None:
    page = embed_page(pkg, "sector", scope_of(QUERY).view)
    assert page.count('"cadran_role":"compare-line"') == 2
    assert "Bourgogne-Franche-Comt" in page
    assert "/secteur?indicator=jobs&amp;geo=FR,FR-BFC" in page  # the link back keeps both


@pytest.fixture(scope="module")
def client(package_dir: Path):
    server = Flask("compare-exports-test")
    server.config[ENV_VAR] = str(package_dir)
    register_routes(server)
    return server.test_client()


def test_web_routes_keep_the_compared_places(client) -> None:
    resp = client.get(f"/export/excel?{QUERY}")
    assert resp.status_code == 200
    wb = load_workbook(io.BytesIO(resp.data))
    assert len([c for c in wb["Séries"][1] if c.value]) == 3
    snippet = client.get(f"/export/iframe/sector?{QUERY}&format=text").get_data(as_text=True)
    assert "geo=FR,FR-BFC" in snippet.replace("%2C", ",")
    deck = Presentation(io.BytesIO(client.get(f"/export/deck?chart=sector&{QUERY}").data))
    series = [s.name for sl in deck.slides for sh in sl.shapes if sh.has_chart
              for s in sh.chart.plots[0].series]  # fmt: skip
    assert series == list(PLACES)


def test_log_scale_reaches_the_native_charts(pkg, scope_of) -> None:
    scope = scope_of(f"{QUERY}&scale=log")
    wb = load_workbook(io.BytesIO(excel_bytes(pkg, scope)))
    assert wb["Graphiques"]._charts[0].y_axis.scaling.logBase == 10
    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope, ["sector"])))
    chart = next(sh.chart for s in prs.slides for sh in s.shapes if sh.has_chart)
    assert 'c:logBase val="10"' in chart._chartSpace.xml
    # linear by default
    plain = Presentation(io.BytesIO(deck_bytes(pkg, scope_of(QUERY), ["sector"])))
    chart = next(sh.chart for s in plain.slides for sh in s.shapes if sh.has_chart)
    assert "logBase" not in chart._chartSpace.xml
