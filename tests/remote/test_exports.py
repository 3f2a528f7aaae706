"""Exports of charts built from fetched remote sources, read back as a reader sees them: the
workbook's Sources sheet holds each source's licence, the deck's chart slide and the image
footer carry Urssaf's ODbL terms, in French and English. Figures are fictitious fixtures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.data import load
from dashboard.exports.deck import write_deck
from dashboard.exports.excel import write_excel
from dashboard.exports.images import chart_image, ensure_server, image_spec, stop_server
from dashboard.exports.scope import scope_from_query
from dashboard.view import View
from tests.remote.fixtures import URSSAF, fetched_and_built


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory):
    return load(fetched_and_built(tmp_path_factory.mktemp("remote-exports")))


@pytest.fixture(scope="module")
def images() -> Iterator[None]:
    ensure_server()
    yield
    stop_server()


def test_workbook_sources_sheet_holds_each_licence(pkg, tmp_path: Path) -> None:
    out = write_excel(pkg, scope_from_query(pkg, "indicator=jobs&geo=FR-25"), tmp_path / "j.xlsx")
    sheet = load_workbook(out, read_only=True)["Sources"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    urssaf = [r for r in rows if any(c and "Urssaf" in str(c) for c in r)]
    assert urssaf, rows
    assert any("ODbL 1.0 (Open Database License) ; données Urssaf" in str(c) for c in urssaf[0])


def test_deck_chart_slide_carries_the_odbl_terms(pkg, tmp_path: Path) -> None:
    out = write_deck(pkg, scope_from_query(pkg, "indicator=jobs&geo=FR-BFC"), tmp_path / "d.pptx",
                     ["departments_values"])  # fmt: skip
    texts = ["\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
             for slide in Presentation(out).slides]  # fmt: skip
    assert any("données Urssaf sous licence ODbL 1.0 (partage à l'identique)" in t for t in texts)
    out = write_deck(pkg, scope_from_query(pkg, "indicator=jobs&geo=FR-BFC&lang=en"),
                     tmp_path / "e.pptx", ["departments_values"])  # fmt: skip
    texts = ["\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
             for slide in Presentation(out).slides]  # fmt: skip
    assert any("Urssaf data under the ODbL 1.0 licence (share alike)" in t for t in texts)


@pytest.mark.usefixtures("images")
def test_image_footer_carries_the_odbl_terms(pkg) -> None:
    data = chart_image(pkg, "departments_values", View(indicator="jobs", geo="FR-BFC"),
                       image_spec("svg", "16x9"))  # fmt: skip
    root = ET.fromstring(data)
    text = " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())
    assert "Urssaf (2024)" in text
    assert "Données Urssaf sous licence ODbL 1.0 (partage à l'identique)." in text
    assert URSSAF not in text  # the reader sees the publisher, not the source id
