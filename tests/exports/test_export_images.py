"""Chart images through the shared kaleido server: signatures, pixel sizes, text drawn in."""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
from datetime import date

import plotly.graph_objects as go
import pytest
from PIL import Image

from dashboard.exports.images import (
    PRESETS,
    chart_image,
    image_spec,
    parse_size,
    render,
    wrap_line,
)
from dashboard.exports.scope import EmptyViewError, ExportError
from dashboard.view import View

pytestmark = pytest.mark.usefixtures("image_server")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("preset", ["16x9", "4x3", "square", "1200x628"])
def test_png_has_the_preset_pixel_size(pkg, preset: str) -> None:
    data = chart_image(pkg, "sector", View(), image_spec("png", preset))
    assert png_size(data) == parse_size(preset)


def test_transparent_png_has_clear_corners(pkg) -> None:
    data = chart_image(pkg, "sector", View(), image_spec("png", "square", transparent=True))
    img = Image.open(io.BytesIO(data)).convert("RGBA")
    assert img.getpixel((2, img.height - 2))[3] == 0
    opaque = Image.open(io.BytesIO(chart_image(pkg, "sector", View(), image_spec("png", "square"))))
    assert opaque.convert("RGBA").getpixel((2, opaque.height - 2)) == (255, 255, 255, 255)


def svg_text(data: bytes) -> str:
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    return " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


def test_svg_parses_and_carries_title_unit_and_source(pkg) -> None:
    data = chart_image(pkg, "sector", View(), image_spec("svg", "16x9"))
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height")) == ("960", "540")
    text = svg_text(data)
    assert "Chiffre d'affaires – Horlogerie, France" in text
    assert "Unité : M€" in text
    assert "Sources : Francéclat (2009–2024), Insee (2009), L'Est Républicain (2024)." in text


def test_wrap_line() -> None:
    assert wrap_line("a b c", 10) == "a b c"
    assert wrap_line("aaaa bbbb cccc dddd", 9) == "aaaa bbbb<br>cccc dddd"
    assert wrap_line("aaaa bbbb cccc dddd eeee", 9, 2) == "aaaa bbbb<br>cccc ddd…"


def test_source_line_moves_into_the_bottom_margin(pkg) -> None:
    from dashboard.exports.images import chart_figure, presentation_layout

    fig = chart_figure(pkg, "sector", View())
    layout = presentation_layout(fig, image_spec("png", "square"), "fr")["layout"]
    (source,) = [a for a in layout["annotations"] if a["text"].startswith("Sources")]
    assert source["yshift"] == 0 and -0.2 < source["y"] < 0 and source["yanchor"] == "bottom"
    assert layout["width"] == 540 and layout["meta"] == {"cadran_locale": "fr"}


def test_count_charts_name_their_unit(pkg) -> None:
    text = svg_text(chart_image(pkg, "regions_news", View(), image_spec("svg", "square")))
    assert "Nombre d'articles par région" in text and "Unité : articles" in text
    assert "Source : L'Est Républicain (2018–2025)." in text and "Cadran" not in text


def test_pdf_signature_and_page_size(pkg) -> None:
    data = chart_image(pkg, "sector", View(), image_spec("pdf", "4x3"))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/MediaBox" in data


def test_french_locale_reaches_the_renderer() -> None:
    days = [date(2024, m, 1) for m in range(1, 7)]
    fig = go.Figure(go.Scatter(x=days, y=[1, 2, 3, 4, 5, 6]))
    fig.update_xaxes(tickformat="%b %Y")
    french = svg_text(render(fig, image_spec("svg", "16x9"), "fr"))
    english = svg_text(render(fig, image_spec("svg", "16x9"), "en"))
    assert "Fév 2024" in french and "Avr 2024" in french
    assert "Feb 2024" in english and "Avr 2024" not in english


def test_errors(pkg) -> None:
    with pytest.raises(ExportError, match="--format"):
        image_spec("gif")
    with pytest.raises(ExportError, match="sides must be"):
        parse_size("9000x100")
    with pytest.raises(ExportError, match="WIDTHxHEIGHT"):
        parse_size("wide")
    with pytest.raises(ExportError, match="unknown chart"):
        chart_image(pkg, "nope", View(), image_spec("png"))
    with pytest.raises(EmptyViewError):
        chart_image(pkg, "sector", View(start=1990, end=1991), image_spec("png"))
    assert set(PRESETS) == {"16x9", "4x3", "square"}
