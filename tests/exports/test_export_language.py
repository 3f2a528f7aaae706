"""One language per file: the workbook and the deck of a view, read back, hold no common
interface word of the other language, in French and in English.

What the package quotes in its sources' own words (source titles, publishers, producers, news
titles, outlets and leads, locators, original texts, notes, entity names, the package's title)
is taken out before the check: it stays in the language it was written in.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import polars as pl
import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.charts import CHARTS
from dashboard.data import Package, load
from dashboard.exports.deck import write_deck
from dashboard.exports.excel import write_excel
from dashboard.exports.images import chart_figure, image_spec, presentation_layout
from dashboard.exports.scope import ExportError, scope_from_query
from dashboard.i18n import t
from dashboard.view import View
from tests.dashboard.real_server import require_real_package
from tests.dashboard.ui_words import leaks

CONTENT_COLUMNS = {
    "sources": ("title", "publisher", "publisher_name", "producer", "url", "licence"),
    "news_items": ("title", "outlet", "lead", "url"),
    "observations": ("locator", "original_text", "note", "entity"),
}


@pytest.fixture(scope="module", params=["fixture", "real"])
def package(request, package_dir: Path) -> Package:
    return load(package_dir if request.param == "fixture" else require_real_package())


def content_strings(pkg: Package) -> list[str]:
    """Every text the package quotes in its own language, longest first."""
    found = {str(pkg.descriptor.get("title") or "Cadran")}
    for table, columns in CONTENT_COLUMNS.items():
        frame = pkg[table]
        for col in columns:
            if col in frame.columns and frame.schema[col] == pl.String:
                found.update(v for v in frame[col].drop_nulls().unique().to_list() if len(v) > 2)
    if "licence" in pkg["sources"].columns:  # a licence names the outlet: keep the outlet only
        found -= set(pkg["sources"]["licence"].drop_nulls().to_list())
    return sorted(found, key=len, reverse=True)


SHORTENED = re.compile(r"(?<=· )([^·;…]+)…")  # a news title cut short in an annotation


def without_content(texts: list[str], content: list[str]) -> list[str]:
    out = []
    for text in texts:
        for quoted in content:
            if quoted in text:
                text = text.replace(quoted, " ")
        text = SHORTENED.sub(
            lambda m: " " if any(q.startswith(m.group(1).strip()) for q in content) else m[0],
            text,
        )
        out.append(text)
    return out


def workbook_texts(path: Path) -> list[str]:
    wb = load_workbook(path)
    texts = list(wb.sheetnames)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            texts += [v for v in row if isinstance(v, str)]
        for chart in getattr(ws, "_charts", []):
            title = chart.title
            texts += [str(title)] if isinstance(title, str) else []
    return texts


def deck_texts(path: Path) -> list[str]:
    texts = []
    for slide in Presentation(path).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_chart and shape.chart.has_title:
                texts.append(shape.chart.chart_title.text_frame.text)
    return texts


def check(texts: list[str], pkg: Package, lang: str) -> None:
    assert len(texts) > 10, texts  # something was read
    cleaned = without_content(texts, content_strings(pkg))
    found = [f"{w!r} in {t[:140]!r}" for t in dict.fromkeys(cleaned) for w in leaks(t, lang)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workbook_speaks_one_language(package: Package, tmp_path: Path, lang: str) -> None:
    scope = scope_from_query(package, "lang=en" if lang == "en" else "")
    out = write_excel(package, scope, tmp_path / f"{lang}.xlsx")
    check(workbook_texts(out), package, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deck_speaks_one_language(package: Package, tmp_path: Path, lang: str) -> None:
    scope = scope_from_query(package, "lang=en" if lang == "en" else "")
    out = write_deck(package, scope, tmp_path / f"{lang}.pptx")
    check(deck_texts(out), package, lang)


def figure_texts(data: dict) -> list[str]:
    """Every string an image draws: title, subtitle, axis and legend titles, annotations (the
    source footer, news labels), trace names, tick and marker texts and hovers."""
    texts: list[str] = []

    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k not in ("meta", "customdata", "x", "y", "z", "font", "marker", "line"):
                    walk(v, k)
        elif isinstance(node, list | tuple):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in ("text", "name", "hovertext", "title"):
            text = re.sub(r"<br\s*/?>", "\n", node)
            texts.append(html.unescape(re.sub(r"<[^>]+>", "", text)))

    walk(data)
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_image_text_speaks_one_language(package: Package, lang: str) -> None:
    """The text of every chart's image (what kaleido draws), in both languages."""
    view = View(lang=lang)
    texts: list[str] = []
    for chart_id in CHARTS:
        try:
            fig = chart_figure(package, chart_id, view)
        except ExportError:
            continue  # no data for this chart in this package
        texts += figure_texts(presentation_layout(fig, image_spec("png"), lang, t("count", lang)))
    check(texts, package, lang)
