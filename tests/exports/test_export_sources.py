"""Sources and news in the exports, read back as a reader sees them: the image footer lists
every source (SVG text), the deck has sources slides and the chart's news annotations, charts
with fewer than two values are left out or say why, the workbook's Sources sheet holds the
citations; in French and English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard import charts
from dashboard.data import load
from dashboard.exports.deck import write_deck
from dashboard.exports.excel import write_excel
from dashboard.exports.images import chart_image, image_spec
from dashboard.exports.scope import scope_from_query
from dashboard.view import View

TIDY = Path(__file__).resolve().parents[2] / "data" / "tidy"
CITATION_FR = (
    "Francéclat, « Chiffres clés », 1er juin 2025, https://example.org/fc "
    "(consulté le 1er novembre 2026)."
)
CITATION_EN = (
    "Francéclat, “Chiffres clés”, 1 June 2025, https://example.org/fc (accessed 1 November 2026)."
)


def svg_text(data: bytes) -> str:
    root = ET.fromstring(data)
    return " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


def slide_texts(path: Path) -> list[str]:
    prs = Presentation(path)
    return [
        "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
        for slide in prs.slides
    ]


@pytest.mark.usefixtures("image_server")
def test_image_footer_lists_every_source_in_both_languages(pkg) -> None:
    fr = svg_text(chart_image(pkg, "regions_values", View(indicator="jobs"),
                              image_spec("svg", "16x9")))  # fmt: skip
    assert "Sources : FNAMAC (2018), Insee (2018)." in fr and "Mise à jour : 20 novembre 2026" in fr
    assert "pas de donnée" in fr and "5 régions sur 6 renseignées" in fr
    en = svg_text(chart_image(pkg, "sector", View(lang="en"), image_spec("svg", "16x9")))
    assert "Sources: Francéclat (2009–2024), Insee (2009), L'Est Républicain (2024)." in en
    assert "March 2025 · La filière horlogère à 423…" in en  # the news annotation, drawn


@pytest.mark.usefixtures("image_server")
def test_image_of_the_real_revenue_chart_names_all_its_publishers() -> None:
    if not (TIDY / "datapackage.json").is_file():
        pytest.skip("data/tidy is not built (python -m etl build)")
    pkg = load(TIDY)
    text = svg_text(chart_image(pkg, "sector", View(), image_spec("svg", "16x9")))
    names = {u.name for u in charts.series_sources(pkg, View())}
    assert len(names) > 3
    flat = " ".join(text.split())
    assert all(name in flat for name in names), [n for n in names if n not in flat]
    assert "autres" not in flat.split("Sources :")[-1].split("Mise à jour")[0]


def test_deck_has_sources_slides_and_the_charts_news(pkg, tmp_path: Path) -> None:
    out = write_deck(pkg, scope_from_query(pkg, ""), tmp_path / "fr.pptx", ["sector"])
    texts = slide_texts(out)
    chart_slide, sources_slide = texts[1], texts[2]
    assert "Actualités liées : mars 2025 · La filière horlogère à 423…" in chart_slide
    assert (
        "Sources : Francéclat (2009–2024), Insee (2009) et L'Est Républicain (2024)" in chart_slide
    )
    assert sources_slide.startswith("Sources\n") and CITATION_FR in sources_slide
    assert texts[-1].startswith("Actualités liées\n")  # the chart's news, with their links
    assert "La filière horlogère à 423 millions" in texts[-1]
    every = slide_texts(write_deck(pkg, scope_from_query(pkg, "indicator=all"),
                                   tmp_path / "all.pptx", ["sector"]))  # fmt: skip
    assert every[-1].startswith("Actualités de la période\n")
    links = [
        r.hyperlink.address
        for sh in Presentation(out).slides[1].shapes if sh.has_text_frame
        for p in sh.text_frame.paragraphs for r in p.runs if r.hyperlink.address
    ]  # fmt: skip
    assert links == ["https://example.org/n5"]  # the annotation opens the item
    en = slide_texts(write_deck(pkg, scope_from_query(pkg, "lang=en"), tmp_path / "en.pptx",
                                ["sector"]))  # fmt: skip
    assert "Related news: March 2025 · La filière horlogère à 423…" in en[1]
    assert CITATION_EN in en[2]


def test_deck_with_the_news_switched_off_has_no_annotations(pkg, tmp_path: Path) -> None:
    out = write_deck(pkg, scope_from_query(pkg, "news=0"), tmp_path / "n.pptx", ["sector"])
    assert "Actualités liées" not in slide_texts(out)[1]


def test_deck_leaves_out_single_values_or_says_why(pkg, tmp_path: Path) -> None:
    scope = scope_from_query(pkg, "indicator=establishments")
    default = slide_texts(write_deck(pkg, scope, tmp_path / "d.pptx"))
    assert not any("Établissements par région" in text for text in default)
    asked = slide_texts(write_deck(pkg, scope, tmp_path / "a.pptx", ["regions_values"]))
    assert "Établissements par région, 2018" in asked[1]
    assert "Moins de deux valeurs : à lire comme un chiffre isolé" in asked[1]


def test_workbook_sources_sheet_holds_the_citations(pkg, tmp_path: Path) -> None:
    for query, citation, head in (("", CITATION_FR, "Citation"), ("lang=en", CITATION_EN,
                                                                   "Citation")):  # fmt: skip
        wb = load_workbook(write_excel(pkg, scope_from_query(pkg, query), tmp_path / "w.xlsx"))
        sheet = wb["Sources"]
        header = [c.value for c in sheet[1]]
        rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
        by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
        assert by_id["franceclat"][head] == citation
        assert rows[0][0] == "franceclat"  # official producers first, most values first
    fr = load_workbook(write_excel(pkg, scope_from_query(pkg, "indicator=jobs&geo=all"),
                                   tmp_path / "j.xlsx"))["Sources"]  # fmt: skip
    header = [c.value for c in fr[1]]
    fnamac = next(dict(zip(header, [c.value for c in r], strict=True))
                  for r in fr.iter_rows(min_row=2) if r[0].value == "fnamac")  # fmt: skip
    assert fnamac["Nom"] == "FNAMAC" and fnamac["Producteur des chiffres"] == "Francéclat"
    assert fnamac["Citation"].startswith("FNAMAC [FNAMAC (reprise Francéclat)] (chiffres de "
                                         "Francéclat), « L'emploi horloger par région »")  # fmt: skip


@pytest.mark.usefixtures("image_server")
def test_image_of_a_single_value_says_why(pkg) -> None:
    view = View(indicator="establishments")
    text = svg_text(chart_image(pkg, "regions_values", view, image_spec("svg", "16x9")))
    assert "Moins de deux valeurs : à lire comme un chiffre isolé" in text
    assert "1 région sur 6 renseignée" in text
    en = svg_text(chart_image(pkg, "regions_values", view.with_(lang="en"),
                              image_spec("svg", "16x9")))  # fmt: skip
    assert "Fewer than two values: read it as a single figure" in en
    many = svg_text(chart_image(pkg, "regions_values", View(indicator="jobs"),
                                image_spec("svg", "16x9")))  # fmt: skip
    assert "Moins de deux valeurs" not in many
