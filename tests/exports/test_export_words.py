"""The reader's words (issue 13, item 4) in the images and the deck: title, subtitle (before
the unit), note (before the sources) and marks of a year or a period."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation

from dashboard.exports.deck import deck_bytes
from dashboard.exports.images import chart_image, image_spec
from dashboard.exports.scope import scope_from_query
from tests.dashboard.test_reader_words import WORDS


@pytest.mark.usefixtures("image_server")
def test_words_in_the_image(pkg) -> None:
    view = scope_from_query(pkg, WORDS).view
    root = ET.fromstring(chart_image(pkg, "sector", view, image_spec("svg", "16x9")))
    text = " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())
    for words in ("Mon titre", "Chiffres de la filière · Unité : M€", "Note : Provisoire",
                  "Covid", "Crise"):  # fmt: skip
        assert words in text, words


def test_words_in_the_deck(pkg) -> None:
    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope_from_query(pkg, WORDS), ["sector"])))
    texts = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    assert "Mon titre" in texts
    assert "Chiffres de la filière · Repères : 2020 Covid ; 2009–2010 Crise" in texts
    assert any(t.startswith("Note : Provisoire · Sources :") for t in texts)


def test_web_routes_keep_the_words(package_dir) -> None:
    from flask import Flask

    from dashboard.data import ENV_VAR
    from dashboard.exports.web import register_routes

    server = Flask("words-test")
    server.config[ENV_VAR] = str(package_dir)
    register_routes(server)
    client = server.test_client()
    deck = Presentation(io.BytesIO(client.get(f"/export/deck?chart=sector&{WORDS}").data))
    texts = [sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame]
    assert "Mon titre" in texts
    page = client.get(f"/embed/sector?{WORDS}").get_data(as_text=True)
    assert "Mon titre" in page and "Covid" in page and "Note : Provisoire" in page
    snippet = client.get(f"/export/iframe/sector?{WORDS}&format=text").get_data(as_text=True)
    assert "title=Mon" in snippet


def test_words_in_the_workbook(pkg) -> None:
    from openpyxl import load_workbook

    from dashboard.exports.excel import excel_bytes

    wb = load_workbook(io.BytesIO(excel_bytes(pkg, scope_from_query(pkg, WORDS))))
    sheet = wb["Graphiques"]
    assert sheet["A2"].value == (
        "Mon titre · Chiffres de la filière · Note : Provisoire · "
        "Repères : 2020 Covid ; 2009–2010 Crise"
    )
    first = sheet._charts[0].title.tx.rich.p[0].r[0].t
    assert first == "Mon titre"


def test_marks_drawn_over_the_native_chart(pkg) -> None:
    """Each mark is a band over its years' slots of the chart's plot area, its label on top:
    read back, the labels' x positions follow the years (2009–2010 Crise left of 2020 Covid),
    a band lies within the chart frame, and the single year 2020 is one slot wide."""
    from dashboard.exports.deck import PLOT_AREA

    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope_from_query(pkg, WORDS), ["sector"])))
    slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    frame = next(sh for sh in slide.shapes if sh.has_chart)
    shapes = {sh.name: sh for sh in slide.shapes}
    labels = {shapes[f"mark-label:{i}"].text_frame.text: shapes[f"mark-label:{i}"] for i in (0, 1)}
    assert set(labels) == {"Covid", "Crise"}
    assert labels["Crise"].left < labels["Covid"].left
    categories = list(frame.chart.plots[0].categories)
    step = frame.width * PLOT_AREA["w"] / len(categories)
    plot_left = frame.left + frame.width * PLOT_AREA["x"]
    covid, crisis = shapes["mark:0"], shapes["mark:1"]
    assert abs(covid.left - (plot_left + step * categories.index("2020"))) < 2
    assert abs(covid.width - step) < 2
    assert abs(crisis.width - 2 * step) < 2
    assert frame.left <= crisis.left and covid.left + covid.width <= frame.left + frame.width
    assert b"crossBetween" in frame.chart.part.blob and b"manualLayout" in frame.chart.part.blob


def test_marks_drawn_in_english_on_a_comparison(pkg) -> None:
    query = "indicator=jobs&geo=FR,FR-BFC&marks=2016:Reprise;2017-2018:Boom&lang=en"
    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope_from_query(pkg, query), ["sector"])))
    slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    marks = sorted((sh.left, sh.text_frame.text) for sh in slide.shapes
                   if sh.name.startswith("mark-label:"))  # fmt: skip
    assert [text for _, text in marks] == ["Reprise", "Boom"]
